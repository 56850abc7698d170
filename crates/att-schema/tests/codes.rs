//! Integration tests of the code lists: States, currencies, non-State partners, and text folding.

use att_schema::codes::{
    CurrencyMatch, MatchMethod, NameSource, NonStateKind, StateMatch, StateStatus, all_currencies,
    all_non_state_partners, all_states, currency_by_code, currency_candidates, former_entities,
    recognise_non_state_partner, resolve_currency, resolve_state, resolve_state_detailed,
    state_by_code,
};
use att_schema::lang::Lang;
use att_schema::text::{fold, fold_words};

const STATE_ALIASES: &str = include_str!("../data/state-aliases.tsv");
const CLDR_ALIASES: &str = include_str!("../data/state-aliases-cldr.tsv");
const CURRENCY_ALIASES: &str = include_str!("../data/currency-aliases.tsv");
const PARTNERS: &str = include_str!("../data/non-state-partners.tsv");

/// The data rows of a TSV file: no comments, no header.
fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').collect())
}

/// The alpha-3 code `text` resolves to; panics with the match when it is not `Found`.
fn state(text: &str) -> &'static str {
    match resolve_state(text) {
        StateMatch::Found(s) => s.alpha3,
        other => panic!("{text:?} should name one State, got {other:?}"),
    }
}

/// The codes of an ambiguous match; panics otherwise.
fn ambiguous(text: &str) -> Vec<&'static str> {
    match resolve_state(text) {
        StateMatch::Ambiguous(states) => states.iter().map(|s| s.alpha3).collect(),
        other => panic!("{text:?} should be ambiguous, got {other:?}"),
    }
}

fn home(code: &str) -> &'static att_schema::codes::State {
    state_by_code(code).unwrap_or_else(|| panic!("no State {code}"))
}

fn found_currency(text: &str, home_state: Option<&str>) -> &'static str {
    match resolve_currency(text, home_state.map(home)) {
        CurrencyMatch::Found(c) => c.code,
        other => panic!("{text:?} should be one currency, got {other:?}"),
    }
}

/// The assumed currency and the candidates' codes; panics when the match is not `Assumed`.
fn assumed(text: &str, home_state: Option<&str>) -> (&'static str, Vec<&'static str>) {
    match resolve_currency(text, home_state.map(home)) {
        CurrencyMatch::Assumed {
            currency,
            candidates,
        } => (currency.code, candidates.iter().map(|c| c.code).collect()),
        other => panic!("{text:?} (home {home_state:?}) should be assumed, got {other:?}"),
    }
}

// ----------------------------------------------------------------------------------------------
// fold

#[test]
fn fold_examples() {
    assert_eq!(
        fold("État d’origine\n(si autre…)"),
        "etat d origine si autre"
    );
    assert_eq!(
        fold("Estado importador\u{00A0}final"),
        "estado importador final"
    );
    assert_eq!(fold("Valeur\u{202F}(EUR)"), "valeur eur");
    assert_eq!(
        fold("Lieu(x) intermédiaire(s) – le cas échéant"),
        "lieu x intermediaire s le cas echeant"
    );
    assert_eq!(fold("Nombre d'articles\r\n"), "nombre d articles");
    assert_eq!(fold("CATÉGORIE"), "categorie");
    assert_eq!(fold("Número de artículos"), "numero de articulos");
    assert_eq!(fold("Türkiye"), "turkiye");
    assert_eq!(fold("Observations¹"), "observations");
    assert_eq!(fold("Rapport « néant »"), "rapport neant");
    assert_eq!(fold("Россия"), "россия");
    assert_eq!(fold(" - "), "");
    assert_eq!(
        fold_words("Korea, Dem. People’s Rep."),
        ["korea", "dem", "people", "s", "rep"]
    );
    assert!(fold_words("…").is_empty());
}

// ----------------------------------------------------------------------------------------------
// States: the table

#[test]
fn state_table_covers_iso_and_un() {
    let states = all_states();
    assert_eq!(states.len(), 250, "249 ISO 3166-1 entries and Kosovo");
    let count = |st| states.iter().filter(|s| s.status == st).count();
    assert_eq!(count(StateStatus::Member), 193);
    assert_eq!(count(StateStatus::Observer), 2);
    for (code, status) in [
        ("VAT", StateStatus::Observer),
        ("PSE", StateStatus::Observer),
        ("XKX", StateStatus::Other),
        ("TWN", StateStatus::Other),
        ("GRL", StateStatus::Territory),
        ("HKG", StateStatus::Territory),
        ("SWE", StateStatus::Member),
        ("SSD", StateStatus::Member),
    ] {
        assert_eq!(home(code).status, status, "{code}");
    }
    for s in states {
        assert_eq!(s.alpha3.len(), 3, "{}", s.alpha3);
        assert_eq!(s.alpha2.len(), 2, "{}", s.alpha3);
        for lang in Lang::ALL {
            assert!(!s.short_name(lang).is_empty(), "{} {lang}", s.alpha3);
            assert!(!s.formal_name(lang).is_empty(), "{} {lang}", s.alpha3);
        }
        if s.alpha3 == "ATA" {
            assert_eq!(s.currency, "");
        } else {
            assert!(
                currency_by_code(s.currency).is_some(),
                "{}: currency {}",
                s.alpha3,
                s.currency
            );
        }
    }
}

#[test]
fn un_names() {
    let usa = home("USA");
    assert_eq!(usa.name(), "United States of America");
    assert_eq!(usa.formal_name(Lang::Fr), "États-Unis d'Amérique");
    assert_eq!(usa.formal_name(Lang::Es), "Estados Unidos de América");
    assert_eq!(home("TUR").name(), "Türkiye");
    assert_eq!(home("TUR").short_name(Lang::Fr), "Türkiye");
    assert_eq!(home("CIV").short_name(Lang::Es), "Côte d'Ivoire");
    assert_eq!(home("CZE").name(), "Czechia");
    assert_eq!(home("CZE").formal_name(Lang::En), "Czech Republic");
    assert_eq!(home("KOR").name(), "Republic of Korea");
    assert_eq!(home("PRK").name(), "Democratic People's Republic of Korea");
    assert_eq!(home("MDA").name(), "Republic of Moldova");
    assert_eq!(home("BOL").name(), "Bolivia (Plurinational State of)");
    assert_eq!(home("SWE").formal_name(Lang::Fr), "Royaume de Suède");
    assert_eq!(home("SWE").currency, "SEK");
    assert_eq!(home("XKX").alpha2, "XK");
}

#[test]
fn codes_resolve() {
    for s in all_states() {
        assert_eq!(state(s.alpha3), s.alpha3);
        assert_eq!(state_by_code(s.alpha3).map(|x| x.alpha3), Some(s.alpha3));
        assert_eq!(
            state_by_code(&s.alpha3.to_lowercase()).map(|x| x.alpha3),
            Some(s.alpha3)
        );
        assert_eq!(state_by_code(s.alpha2).map(|x| x.alpha3), Some(s.alpha3));
        assert_eq!(
            state_by_code(&format!(" {} ", s.alpha2.to_lowercase())).map(|x| x.alpha3),
            Some(s.alpha3)
        );
        // Two capital letters are an alpha-2 code in free text too.
        assert_eq!(state(s.alpha2), s.alpha3);
    }
    assert!(state_by_code("ZZZ").is_none());
    assert!(state_by_code("").is_none());
    assert!(state_by_code("SWED").is_none());
    // Lowercase two- and three-letter words are not codes: "per" is not Peru.
    assert!(!matches!(resolve_state("per"), StateMatch::Found(_)));
}

// ----------------------------------------------------------------------------------------------
// States: names and aliases

#[test]
fn every_name_resolves_to_its_state() {
    for s in all_states() {
        for lang in Lang::ALL {
            for name in [s.short_name(lang), s.formal_name(lang)] {
                assert_eq!(state(name), s.alpha3, "{name:?} ({lang})");
                assert_eq!(
                    state(&name.to_uppercase()),
                    s.alpha3,
                    "{name:?} upper-cased"
                );
                assert_eq!(
                    state(&format!("  {name}\n")),
                    s.alpha3,
                    "{name:?} with spaces"
                );
            }
        }
    }
}

#[test]
fn every_alias_in_the_table_resolves_to_its_state() {
    let mut count = 0;
    for row in rows(STATE_ALIASES) {
        assert_eq!(state(row[1]), row[0], "alias {:?}", row[1]);
        count += 1;
    }
    assert!(count > 400, "{count} aliases");
}

#[test]
fn aliases_reports_use() {
    let cases: &[(&str, &[&str])] = &[
        (
            "USA",
            &[
                "USA",
                "US",
                "U.S.A.",
                "U.S.",
                "United States",
                "United States of America",
                "Etats-Unis",
                "États-Unis",
                "Etats-Unis d'Amérique",
                "ETATS-UNIS D'AMERIQUE",
                "EE.UU.",
                "EEUU",
                "Estados Unidos",
                "Estados Unidos de América",
                "united states",
            ],
        ),
        (
            "GBR",
            &[
                "UK",
                "U.K.",
                "United Kingdom",
                "Great Britain",
                "Britain",
                "Royaume-Uni",
                "Reino Unido",
                "United Kingdom of Great Britain & Northern Ireland",
            ],
        ),
        (
            "KOR",
            &[
                "Korea, Rep.",
                "Korea (Republic of)",
                "Korea, Republic of",
                "Rep. of Korea",
                "Republic of Korea",
                "South Korea",
                "Corée du Sud",
                "Corea del Sur",
                "République de Corée",
                "República de Corea",
                "Corée, République de",
            ],
        ),
        (
            "PRK",
            &[
                "Korea, Dem. People's Rep.",
                "Korea, DPR",
                "DPRK",
                "North Korea",
                "Democratic People's Republic of Korea",
                "Corée du Nord",
                "Corea del Norte",
            ],
        ),
        (
            "TUR",
            &[
                "Turkey",
                "Türkiye",
                "Turkiye",
                "TÜRKİYE",
                "Turquie",
                "Turquía",
                "Turquia",
            ],
        ),
        (
            "CIV",
            &[
                "Ivory Coast",
                "Côte d'Ivoire",
                "Cote d'Ivoire",
                "Côte d’Ivoire",
                "COTE D IVOIRE",
                "Costa de Marfil",
            ],
        ),
        (
            "CZE",
            &[
                "Czech Republic",
                "Czechia",
                "République tchèque",
                "Tchéquie",
                "República Checa",
                "Chequia",
            ],
        ),
        (
            "RUS",
            &[
                "Russia",
                "Russian Federation",
                "Russie",
                "Fédération de Russie",
                "Rusia",
                "Federación de Rusia",
            ],
        ),
        (
            "IRN",
            &[
                "Iran",
                "Iran, Islamic Rep.",
                "Iran (Islamic Republic of)",
                "Islamic Republic of Iran",
                "Irán",
            ],
        ),
        ("SYR", &["Syria", "Syrian Arab Republic", "Syrie", "Siria"]),
        (
            "LAO",
            &[
                "Laos",
                "Lao PDR",
                "Lao P.D.R.",
                "Lao People's Democratic Republic",
            ],
        ),
        ("VNM", &["Vietnam", "Viet Nam", "Viêt Nam"]),
        (
            "MDA",
            &["Moldova", "Republic of Moldova", "Moldavie", "Moldavia"],
        ),
        (
            "TZA",
            &["Tanzania", "United Republic of Tanzania", "Tanzanie"],
        ),
        (
            "VEN",
            &[
                "Venezuela",
                "Venezuela (Bolivarian Republic of)",
                "Venezuela, RB",
            ],
        ),
        (
            "BOL",
            &["Bolivia", "Bolivia (Plurinational State of)", "Bolivie"],
        ),
        (
            "MKD",
            &[
                "Macedonia",
                "North Macedonia",
                "FYROM",
                "The former Yugoslav Republic of Macedonia",
                "Macédoine du Nord",
                "Macedonia del Norte",
            ],
        ),
        ("SWZ", &["Swaziland", "Eswatini", "Suazilandia"]),
        ("MMR", &["Burma", "Myanmar", "Birmanie", "Birmania"]),
        (
            "NLD",
            &[
                "Holland",
                "The Netherlands",
                "Netherlands",
                "Netherlands (Kingdom of the)",
                "Pays-Bas",
                "Países Bajos",
            ],
        ),
        ("CPV", &["Cape Verde", "Cabo Verde", "Cap-Vert"]),
        ("TLS", &["East Timor", "Timor-Leste", "Timor oriental"]),
        ("VAT", &["Vatican", "Holy See", "Saint-Siège", "Santa Sede"]),
        ("PSE", &["Palestine", "State of Palestine", "Palestina"]),
        (
            "ARE",
            &[
                "UAE",
                "U.A.E.",
                "United Arab Emirates",
                "Emirats arabes unis",
                "Émirats arabes unis",
                "Emiratos Árabes Unidos",
            ],
        ),
        (
            "SAU",
            &["KSA", "Saudi Arabia", "Arabie saoudite", "Arabia Saudita"],
        ),
        (
            "COD",
            &[
                "DRC",
                "DR Congo",
                "D.R. Congo",
                "Congo, Dem. Rep.",
                "RDC",
                "Democratic Republic of the Congo",
                "République démocratique du Congo",
                "Rép. dém. du Congo",
                "Congo-Kinshasa",
            ],
        ),
        (
            "COG",
            &[
                "Republic of the Congo",
                "Congo, Rep.",
                "Congo-Brazzaville",
                "République du Congo",
            ],
        ),
        ("BRN", &["Brunei", "Brunei Darussalam"]),
        (
            "FSM",
            &[
                "Micronesia",
                "Micronesia (Federated States of)",
                "Micronesia, Fed. Sts.",
            ],
        ),
        (
            "KNA",
            &[
                "St Kitts",
                "St. Kitts and Nevis",
                "Saint Kitts and Nevis",
                "St Kitts & Nevis",
                "Saint-Kitts-et-Nevis",
            ],
        ),
        (
            "LCA",
            &[
                "St Lucia",
                "St. Lucia",
                "Saint Lucia",
                "Sainte-Lucie",
                "Ste-Lucie",
                "Santa Lucía",
            ],
        ),
        (
            "VCT",
            &[
                "St Vincent",
                "St. Vincent and the Grenadines",
                "Saint Vincent and the Grenadines",
            ],
        ),
        (
            "TWN",
            &["Taiwan", "Chinese Taipei", "Taiwan, Province of China"],
        ),
        (
            "HKG",
            &[
                "Hong Kong",
                "Hong Kong SAR",
                "China, Hong Kong SAR",
                "Hong Kong, China",
            ],
        ),
        ("XKX", &["Kosovo", "Republic of Kosovo"]),
        ("CHN", &["China", "People's Republic of China", "PRC"]),
        ("GIN", &["Guinea", "Guinée", "Republic of Guinea"]),
        ("ZAF", &["South Africa", "Afrique du Sud", "Sudáfrica"]),
    ];
    for (code, names) in cases {
        for name in *names {
            assert_eq!(state(name), *code, "{name:?}");
        }
    }
}

#[test]
fn every_cldr_name_resolves_to_its_state() {
    let mut count = 0;
    for row in rows(CLDR_ALIASES) {
        assert_eq!(state(row[2]), row[0], "CLDR name {:?} ({})", row[2], row[1]);
        count += 1;
    }
    assert!(count > 400, "{count} CLDR names");
}

/// Names in the languages national layouts use besides the Treaty's three.
#[test]
fn names_in_german_italian_portuguese_and_dutch() {
    for (name, code) in [
        ("Indien", "IND"),
        ("Grossbritannien", "GBR"),
        ("Großbritannien", "GBR"),
        ("Vereinigtes Königreich", "GBR"),
        ("Island", "ISL"),
        ("Südkorea", "KOR"),
        ("Weißrussland", "BLR"),
        ("Elfenbeinküste", "CIV"),
        ("Deutschland", "DEU"),
        ("Regno Unito", "GBR"),
        ("Stati Uniti d'America", "USA"),
        ("Paesi Bassi", "NLD"),
        ("Corea del Sud", "KOR"),
        ("Federazione Russa", "RUS"),
        ("Emirados Árabes Unidos", "ARE"),
        ("Reino Unido", "GBR"),
        ("Coreia do Sul", "KOR"),
        ("Países Baixos", "NLD"),
        ("Verenigd Koninkrijk", "GBR"),
        ("Verenigde Staten", "USA"),
        ("Zuid-Korea", "KOR"),
        ("Duitsland", "DEU"),
        ("IJsland", "ISL"),
    ] {
        assert_eq!(state(name), code, "{name:?}");
    }
    // "Island" is German for Iceland; as a word of a longer name it is still an island.
    assert_eq!(state("Christmas Island"), "CXR");
    assert_eq!(state("Norfolk Island"), "NFK");
}

/// The families of spellings that national layouts and the UN Register use: words abbreviated
/// with a full stop, names inverted around a comma, bracketed qualifiers, former names.
#[test]
fn abbreviated_inverted_and_qualified_names() {
    for (name, code) in [
        // Abbreviated words.
        ("Czech Rep.", "CZE"),
        ("Dominican Rep.", "DOM"),
        ("Central African Rep.", "CAF"),
        ("Rep. of Moldova", "MDA"),
        ("Dem. Rep. of the Congo", "COD"),
        ("United Rep. of Tanzania", "TZA"),
        ("Lao People's Dem. Rep.", "LAO"),
        ("Syrian Arab Rep.", "SYR"),
        ("Bosnia & Herz.", "BIH"),
        ("Bosnie-Herzég.", "BIH"),
        ("Bosnien u. Herzeg.", "BIH"),
        ("Ver. Arab. Emirate", "ARE"),
        ("Verein. Staaten", "USA"),
        ("Franz. Guayana", "GUF"),
        ("Brit. Jungferninseln", "VGB"),
        ("Amerik. Jungferninseln", "VIR"),
        ("Dominikan. Rep.", "DOM"),
        ("Zentralafrik. Rep.", "CAF"),
        ("Tschech. Rep.", "CZE"),
        ("Russ. Föderation", "RUS"),
        ("Neukaled.", "NCL"),
        ("U.S.A", "USA"),
        // Inverted around a comma.
        ("Korea, Republik", "KOR"),
        ("Congo, Rép. dém. du", "COD"),
        ("Iran, Islamische Republik", "IRN"),
        ("Tanzania, United Rep. of", "TZA"),
        ("Moldau, Republik", "MDA"),
        ("Micronesia, Fed. States of", "FSM"),
        ("Venezuela, Bolivarian Rep. of", "VEN"),
        ("China, Volksrepublik", "CHN"),
        ("Tchéquie, Rép.", "CZE"),
        // Bracketed qualifiers.
        ("Korea (Süd)", "KOR"),
        ("Korea (Nord)", "PRK"),
        ("Corée (Sud)", "KOR"),
        ("Korea (Rep.)", "KOR"),
        ("Kongo (Dem. Rep.)", "COD"),
        ("Kongo, Demokratische Republik (ex-Zaire)", "COD"),
        ("Sudan (South)", "SSD"),
        ("Virgin Islands (US)", "VIR"),
        ("Myanmar (Union)", "MMR"),
        ("Taiwan (Chinese Taipei)", "TWN"),
        ("Venezuela (Bolivarian Republic of)", "VEN"),
        // Former names of States that continue.
        ("Swaziland", "SWZ"),
        ("Burma", "MMR"),
        ("Zaire", "COD"),
        ("Ceylon", "LKA"),
        ("Upper Volta", "BFA"),
        ("Dahomey", "BEN"),
        ("The former Yugoslav Republic of Macedonia", "MKD"),
        ("Viet Nam", "VNM"),
    ] {
        assert_eq!(state(name), code, "{name:?}");
    }
    let abbreviated = resolve_state_detailed("Bosnien und Herzeg.");
    assert_eq!(abbreviated.method, MatchMethod::Abbreviation);
    assert_eq!(abbreviated.matched_name, Some("Bosnien und Herzegowina"));
}

#[test]
fn former_entities_resolve_to_their_successors() {
    for former in former_entities() {
        for name in former.names() {
            let resolution = resolve_state_detailed(name);
            assert_eq!(
                resolution.former.map(|f| f.code),
                Some(former.code),
                "{name:?}"
            );
            assert_eq!(resolution.method, MatchMethod::FormerEntity, "{name:?}");
            let successors: Vec<&str> = former.successors().iter().map(|s| s.alpha3).collect();
            let candidates: Vec<&str> = resolution.candidates.iter().map(|s| s.alpha3).collect();
            assert_eq!(candidates, successors, "{name:?}");
        }
    }
    assert_eq!(ambiguous("Netherlands Antilles"), ["BES", "CUW", "SXM"]);
    assert_eq!(ambiguous("Serbia and Montenegro"), ["MNE", "SRB"]);
    assert_eq!(ambiguous("Tchécoslovaquie"), ["CZE", "SVK"]);
    assert_eq!(state("East Germany"), "DEU");
    let antilles = resolve_state_detailed("Antillen, Niederl.");
    assert_eq!(antilles.method, MatchMethod::Abbreviation);
    assert_eq!(antilles.former.map(|f| f.code), Some("ANT"));
    assert_eq!(
        antilles
            .former
            .and_then(|f| f.sovereign())
            .map(|s| s.alpha3),
        Some("NLD")
    );
    assert_eq!(ambiguous("Antilles, Néerland."), ["BES", "CUW", "SXM"]);
}

#[test]
fn territories_and_other_entities_resolve_with_their_status() {
    for (name, code, status, sovereign) in [
        ("Antarctica", "ATA", StateStatus::Other, None),
        ("Antarktis", "ATA", StateStatus::Other, None),
        ("Bouvet Island", "BVT", StateStatus::Territory, Some("NOR")),
        ("Île Bouvet", "BVT", StateStatus::Territory, Some("NOR")),
        ("Hong Kong", "HKG", StateStatus::Territory, Some("CHN")),
        ("Hongkong", "HKG", StateStatus::Territory, Some("CHN")),
        ("Macau", "MAC", StateStatus::Territory, Some("CHN")),
        ("Kosovo", "XKX", StateStatus::Other, None),
        ("Taiwan", "TWN", StateStatus::Other, None),
        ("China, Taiwan", "TWN", StateStatus::Other, None),
        ("Greenland", "GRL", StateStatus::Territory, Some("DNK")),
        ("Curaçao", "CUW", StateStatus::Territory, Some("NLD")),
        ("Cook Islands", "COK", StateStatus::Other, Some("NZL")),
        ("Western Sahara", "ESH", StateStatus::Territory, None),
        (
            "Franz. Polynesien",
            "PYF",
            StateStatus::Territory,
            Some("FRA"),
        ),
    ] {
        let found = home(state(name));
        assert_eq!(found.alpha3, code, "{name:?}");
        assert_eq!(found.status, status, "{name:?}");
        assert_eq!(found.sovereign().map(|s| s.alpha3), sovereign, "{name:?}");
        assert!(!found.is_state(), "{name:?}");
    }
    assert!(home("SWE").is_state() && home("VAT").is_state());
}

#[test]
fn a_territory_written_with_its_sovereign_is_the_territory() {
    for (name, code) in [
        ("Greenland (Denmark)", "GRL"),
        ("Puerto Rico (USA)", "PRI"),
        ("Bermuda, UK", "BMU"),
        ("Nouvelle-Calédonie (France)", "NCL"),
    ] {
        let resolution = resolve_state_detailed(name);
        assert_eq!(state(name), code, "{name:?}");
        assert_eq!(
            resolution.method,
            MatchMethod::TerritoryWithSovereign,
            "{name:?}"
        );
    }
    assert_eq!(ambiguous("Greenland / Iceland"), ["GRL", "ISL"]);
}

/// A State matched through only part of its name, or through another entity's name, is never
/// `Found`: the detailed resolution says what it was matched to.
#[test]
fn no_silent_guess() {
    for (text, candidate, matched) in [
        ("Indian", "IOT", "British Indian Ocean Territory"),
        ("New Guinea", "PNG", "Papua New Guinea"),
        ("Leone", "SLE", "Sierra Leone"),
    ] {
        let resolution = resolve_state_detailed(text);
        assert_eq!(resolution.method, MatchMethod::PartOfName, "{text:?}");
        assert!(!resolution.is_confident(), "{text:?}");
        assert_eq!(resolution.matched_name, Some(matched), "{text:?}");
        let codes: Vec<&str> = resolution.candidates.iter().map(|s| s.alpha3).collect();
        assert_eq!(codes, [candidate], "{text:?}");
        assert!(
            matches!(resolve_state(text), StateMatch::Unknown { closest: Some(s) } if s.alpha3 == candidate),
            "{text:?}"
        );
    }
    // The ocean is a region, not the territory named after it.
    assert!(
        matches!(resolve_state("Océan Indien"), StateMatch::NotAState(p) if p.key == "indian-ocean")
    );
    let india = resolve_state_detailed("Indien");
    assert_eq!(india.state().map(|s| s.alpha3), Some("IND"));
    assert_eq!(india.method, MatchMethod::Alias);
    assert_eq!(india.source, Some(NameSource::Cldr("de")));
    let spelling = resolve_state_detailed("Swedn");
    assert_eq!(spelling.method, MatchMethod::Spelling);
    assert!(!spelling.is_confident());
}

#[test]
fn how_each_text_was_matched() {
    for (text, method) in [
        ("SWE", MatchMethod::Code),
        ("Sweden", MatchMethod::Name),
        ("Royaume de Suède", MatchMethod::Name),
        ("Schweden", MatchMethod::Alias),
        ("Swaziland", MatchMethod::Alias),
        ("Herzegovina", MatchMethod::DistinctivePart),
        ("Kitts", MatchMethod::DistinctivePart),
        ("Arabische Emirate", MatchMethod::DistinctivePart),
        ("France (EU member)", MatchMethod::Contained),
        ("various", MatchMethod::NotAState),
        ("Atlantis", MatchMethod::NoMatch),
    ] {
        let resolution = resolve_state_detailed(text);
        assert_eq!(resolution.method, method, "{text:?}");
        assert_eq!(
            resolution.is_confident(),
            matches!(resolution.outcome, StateMatch::Found(_)),
            "{text:?}"
        );
    }
    assert_eq!(
        resolve_state_detailed("Royaume de Suède").source,
        Some(NameSource::UnName(Lang::Fr))
    );
    assert_eq!(ambiguous("Kongo"), ["COD", "COG"]);
}

#[test]
fn england_is_not_a_state() {
    assert!(!matches!(resolve_state("England"), StateMatch::Found(_)));
}

#[test]
fn word_order_abbreviations_and_connectors_do_not_matter() {
    for name in [
        "Korea, Rep.",
        "Rep. of Korea",
        "Republic of Korea",
        "Korea Republic",
        "KOREA, REPUBLIC OF",
    ] {
        assert_eq!(state(name), "KOR", "{name:?}");
    }
    assert_eq!(state("Congo, Democratic Republic of the"), "COD");
    assert_eq!(state("Bosnia & Herzegovina"), "BIH");
    assert_eq!(state("Bosnia-Herzegovina"), "BIH");
    assert_eq!(state("Cayman Is."), "CYM");
    assert_eq!(state("Turks & Caicos Isl."), "TCA");
    assert_eq!(state("Virgin Islands, U.S."), "VIR");
    assert_eq!(state("Germany, Fed. Rep."), "DEU");
    assert_eq!(state("Trinidad y Tobago"), "TTO");
    assert_eq!(state("Macedonia (FYROM)"), "MKD");
    assert_eq!(state("Republic of Korea (South Korea)"), "KOR");
    assert_eq!(state("Kosovo (UNSCR 1244)"), "XKX");
    assert_eq!(state("Sweden ²"), "SWE");
    assert_eq!(state("France (EU member)"), "FRA");
    assert_eq!(state("S. Korea"), "KOR");
    assert_eq!(state("N. Korea"), "PRK");
    assert_eq!(state("Russian Fed."), "RUS");
    assert_eq!(state("E.U.A."), "USA");
}

#[test]
fn a_part_of_a_name_fitting_one_state_is_that_state() {
    assert_eq!(state("Bosnia"), "BIH");
    assert_eq!(state("Herzegovina"), "BIH");
    assert_eq!(state("Kitts"), "KNA");
    assert_eq!(state("Trinidad"), "TTO");
}

#[test]
fn ambiguous_names() {
    assert_eq!(ambiguous("Congo"), ["COD", "COG"]);
    assert_eq!(ambiguous("CONGO"), ["COD", "COG"]);
    assert_eq!(ambiguous("Korea"), ["KOR", "PRK"]);
    assert_eq!(ambiguous("Corée"), ["KOR", "PRK"]);
    assert_eq!(ambiguous("Corea"), ["KOR", "PRK"]);
    assert_eq!(ambiguous("Virgin Islands"), ["VGB", "VIR"]);
    assert_eq!(ambiguous("Îles Vierges"), ["VGB", "VIR"]);
    assert_eq!(ambiguous("Saint Martin"), ["MAF", "SXM"]);
    assert_eq!(ambiguous("Germany / Netherlands"), ["DEU", "NLD"]);
    // A whole name wins over a part of another one.
    assert_eq!(state("Guinea"), "GIN");
    assert_eq!(state("Sudan"), "SDN");
    assert_eq!(state("Niger"), "NER");
    assert_eq!(state("Samoa"), "WSM");
    assert_eq!(state("Dominica"), "DMA");
    assert_eq!(state("Georgia"), "GEO");
}

#[test]
fn unknown_names_suggest_the_closest_state() {
    let closest = |text: &str| match resolve_state(text) {
        StateMatch::Unknown { closest } => closest.map(|s| s.alpha3),
        other => panic!("{text:?} should be unknown, got {other:?}"),
    };
    assert_eq!(closest("Swedn"), Some("SWE"));
    assert_eq!(closest("Nrway"), Some("NOR"));
    assert_eq!(closest("Germnay"), Some("DEU"));
    assert_eq!(closest("Untied Kingdom"), Some("GBR"));
    assert_eq!(closest("Atlantis"), None);
    assert_eq!(closest("Wakanda"), None);
    assert_eq!(closest(""), None);
    assert_eq!(closest(" – "), None);
    // The pronoun "us" is not the United States: short aliases count inside a text only in
    // capitals.
    assert!(
        matches!(resolve_state("Unknown to us"), StateMatch::NotAState(p) if p.key == "unknown")
    );
    assert_eq!(closest("sold to us"), None);
    assert_eq!(state("sold to US"), "USA");
}

// ----------------------------------------------------------------------------------------------
// Non-State partners

#[test]
fn partner_table() {
    let partners = all_non_state_partners();
    for kind in [
        NonStateKind::Placeholder,
        NonStateKind::Organisation,
        NonStateKind::Region,
    ] {
        assert!(partners.iter().any(|p| p.kind == kind), "{kind:?}");
    }
    for p in partners {
        for lang in Lang::ALL {
            assert!(!p.name(lang).is_empty(), "{} {lang}", p.key);
        }
    }
}

#[test]
fn every_partner_variant_is_recognised() {
    for row in rows(PARTNERS) {
        for variant in row[2].split('|') {
            let found = recognise_non_state_partner(variant).map(|p| p.key);
            assert_eq!(found, Some(row[0]), "{variant:?}");
            match resolve_state(variant) {
                StateMatch::NotAState(p) => assert_eq!(p.key, row[0], "{variant:?}"),
                // Written as an ISO 3166-1 alpha-2 code, a code wins (documented in
                // resolve_state): "AU" is Australia, "UA" Ukraine.
                StateMatch::Found(s) if ["AU", "UA"].contains(&variant) => {
                    assert_eq!(s.alpha2, variant)
                }
                other => panic!("{variant:?} should not be a State, got {other:?}"),
            }
        }
    }
}

#[test]
fn partners_in_three_languages() {
    let cases: &[(&str, NonStateKind, &[&str])] = &[
        (
            "various",
            NonStateKind::Placeholder,
            &[
                "various",
                "Various countries",
                "VARIOUS",
                "several",
                "multiple",
                "Divers",
                "plusieurs",
                "Plusieurs pays",
                "varios",
                "Varios países",
                "diversos",
            ],
        ),
        (
            "undisclosed",
            NonStateKind::Placeholder,
            &[
                "undisclosed",
                "Not disclosed",
                "confidential",
                "Classified",
                "withheld",
                "non divulgué",
                "Non divulgué",
                "confidentiel",
                "no divulgado",
                "Confidencial",
                "Undisclosed (national security)",
            ],
        ),
        (
            "unknown",
            NonStateKind::Placeholder,
            &["unknown", "Inconnu", "desconocido"],
        ),
        (
            "european-union",
            NonStateKind::Organisation,
            &[
                "EU",
                "eu",
                "European Union",
                "Union européenne",
                "UE",
                "Unión Europea",
                "EU member states",
                "Various EU countries",
            ],
        ),
        (
            "nato",
            NonStateKind::Organisation,
            &["NATO", "OTAN", "North Atlantic Treaty Organization"],
        ),
        (
            "nspa",
            NonStateKind::Organisation,
            &[
                "NATO Support and Procurement Agency",
                "NATO Support and Procurement Agency (NSPA)",
                "NSPA",
                "Agence OTAN de soutien et d'acquisition",
            ],
        ),
        (
            "united-nations",
            NonStateKind::Organisation,
            &[
                "United Nations",
                "UN",
                "U.N.",
                "Nations Unies",
                "ONU",
                "Naciones Unidas",
                "UN peacekeeping mission",
            ],
        ),
        ("osce", NonStateKind::Organisation, &["OSCE"]),
        (
            "african-union",
            NonStateKind::Organisation,
            &[
                "African Union",
                "Union africaine",
                "Unión Africana",
                "African Union Mission in Somalia (AMISOM)",
            ],
        ),
        ("ecowas", NonStateKind::Organisation, &["ECOWAS", "CEDEAO"]),
        (
            "eda",
            NonStateKind::Organisation,
            &["EDA", "European Defence Agency"],
        ),
        ("occar", NonStateKind::Organisation, &["OCCAR"]),
        (
            "africa",
            NonStateKind::Region,
            &["Africa", "Afrique", "África"],
        ),
        ("europe", NonStateKind::Region, &["Europe", "Europa"]),
        ("asia", NonStateKind::Region, &["Asia", "Asie"]),
        (
            "middle-east",
            NonStateKind::Region,
            &["Middle East", "Moyen-Orient", "Oriente Medio"],
        ),
        (
            "latin-america",
            NonStateKind::Region,
            &["Latin America", "Amérique latine", "América Latina"],
        ),
        (
            "south-america",
            NonStateKind::Region,
            &["South America", "Amérique du Sud", "América del Sur"],
        ),
        (
            "north-america",
            NonStateKind::Region,
            &["North America", "Amérique du Nord", "América del Norte"],
        ),
        (
            "oceania",
            NonStateKind::Region,
            &["Oceania", "Océanie", "Oceanía"],
        ),
        (
            "caribbean",
            NonStateKind::Region,
            &["Caribbean", "Caraïbes", "Caribe"],
        ),
    ];
    for (key, kind, names) in cases {
        for name in *names {
            let p = recognise_non_state_partner(name)
                .unwrap_or_else(|| panic!("{name:?} should be recognised as {key}"));
            assert_eq!((p.key, p.kind), (*key, *kind), "{name:?}");
        }
    }
    let eu = recognise_non_state_partner("EU")
        .map(|p| [p.name(Lang::En), p.name(Lang::Fr), p.name(Lang::Es)]);
    assert_eq!(
        eu,
        Some(["European Union", "Union européenne", "Unión Europea"])
    );
}

#[test]
fn short_abbreviations_need_capitals_inside_a_longer_text() {
    assert!(recognise_non_state_partner("plus d'un pays").is_none());
    assert!(recognise_non_state_partner("eu countries").is_none());
    assert_eq!(
        recognise_non_state_partner("EU countries").map(|p| p.key),
        Some("european-union")
    );
    assert_eq!(
        recognise_non_state_partner("un").map(|p| p.key),
        Some("united-nations")
    );
}

#[test]
fn no_state_name_is_a_non_state_partner() {
    let mut names: Vec<&str> = Vec::new();
    for s in all_states() {
        for lang in Lang::ALL {
            names.push(s.short_name(lang));
            names.push(s.formal_name(lang));
        }
    }
    names.extend(rows(STATE_ALIASES).map(|r| r[1]));
    for name in names {
        assert_eq!(
            recognise_non_state_partner(name).map(|p| p.key),
            None,
            "{name:?}"
        );
    }
    for name in [
        "Republic of South Africa",
        "United States of America",
        "Central African Republic",
        "Guinea-Bissau",
    ] {
        assert!(recognise_non_state_partner(name).is_none(), "{name:?}");
    }
}

// ----------------------------------------------------------------------------------------------
// Currencies

#[test]
fn currency_table() {
    let currencies = all_currencies();
    assert_eq!(currencies.len(), 178);
    let minor = |code| currency_by_code(code).and_then(|c| c.minor_units);
    assert_eq!(minor("EUR"), Some(2));
    assert_eq!(minor("JPY"), Some(0));
    assert_eq!(minor("KWD"), Some(3));
    assert_eq!(minor("CLF"), Some(4));
    assert_eq!(minor("XAU"), None);
    assert_eq!(currency_by_code("EUR").map(|c| c.numeric), Some("978"));
    assert_eq!(
        currency_by_code("USD").map(|c| c.name(Lang::Es)),
        Some("Dólar estadounidense")
    );
    assert_eq!(
        currency_by_code("EUR").map(|c| c.symbols().to_vec()),
        Some(vec!["€"])
    );
    for withdrawn in ["BGN", "HRK", "ANG", "SLL", "ZWL", "FRF"] {
        assert!(currency_by_code(withdrawn).is_none(), "{withdrawn}");
    }
}

#[test]
fn every_currency_resolves_by_code_and_name() {
    // No currency name is generic: each of the 178 × 3 names names its own currency. (Generic
    // words such as "dollars" or "francs" are aliases, not names.)
    for c in all_currencies() {
        assert_eq!(currency_by_code(c.code).map(|x| x.code), Some(c.code));
        assert_eq!(
            currency_by_code(&c.code.to_lowercase()).map(|x| x.code),
            Some(c.code)
        );
        assert_eq!(found_currency(c.code, None), c.code);
        for lang in Lang::ALL {
            assert_eq!(
                found_currency(c.name(lang), None),
                c.code,
                "{:?} ({lang})",
                c.name(lang)
            );
        }
    }
}

#[test]
fn every_currency_alias_and_symbol_resolves_to_its_currency() {
    let check = |text: &str, code: &str| match resolve_currency(text, None) {
        CurrencyMatch::Found(c) => assert_eq!(c.code, code, "{text:?}"),
        CurrencyMatch::Assumed { candidates, .. } => {
            assert!(
                candidates.iter().any(|c| c.code == code),
                "{text:?}: {code} not a candidate"
            )
        }
        CurrencyMatch::Unknown => {
            // A generic sign with no convention: with a home State of that currency, it is it.
            let state = all_states().iter().find(|s| s.currency == code);
            match (state, state.map(|s| resolve_currency(text, Some(s)))) {
                (Some(_), Some(CurrencyMatch::Assumed { currency, .. })) => {
                    assert_eq!(currency.code, code, "{text:?}")
                }
                (None, _) => {}
                (_, other) => panic!("{text:?} should be {code}, got {other:?}"),
            }
        }
    };
    for row in rows(CURRENCY_ALIASES) {
        check(row[1], row[0]);
    }
    for c in all_currencies() {
        for symbol in c.symbols() {
            check(symbol, c.code);
        }
    }
}

#[test]
fn currency_codes_symbols_and_names() {
    for (text, code) in [
        ("€", "EUR"),
        ("EUR", "EUR"),
        ("eur", "EUR"),
        ("euros", "EUR"),
        ("Euro", "EUR"),
        ("US$", "USD"),
        ("US $", "USD"),
        ("USD", "USD"),
        ("US dollars", "USD"),
        ("U.S. Dollars", "USD"),
        ("dollars des États-Unis", "USD"),
        ("dólares estadounidenses", "USD"),
        ("Dólares EE.UU.", "USD"),
        ("SEK", "SEK"),
        ("Swedish kronor", "SEK"),
        ("kronor", "SEK"),
        ("couronnes suédoises", "SEK"),
        ("coronas suecas", "SEK"),
        ("£", "GBP"),
        ("pounds sterling", "GBP"),
        ("livres sterling", "GBP"),
        ("libras esterlinas", "GBP"),
        ("CHF", "CHF"),
        ("SFr.", "CHF"),
        ("Swiss francs", "CHF"),
        ("francs suisses", "CHF"),
        ("francos suizos", "CHF"),
        ("yen", "JPY"),
        ("Yen japonais", "JPY"),
        ("renminbi", "CNY"),
        ("R$", "BRL"),
        ("₹", "INR"),
        ("zł", "PLN"),
        ("Kč", "CZK"),
        ("USD 1,200,000", "USD"),
        ("€ 500 000", "EUR"),
        ("1 200 000 SEK", "SEK"),
        ("(EUR)", "EUR"),
        ("1'200'000 CHF", "CHF"),
    ] {
        assert_eq!(found_currency(text, None), code, "{text:?}");
    }
}

#[test]
fn shared_signs_are_assumed() {
    // "$": the home State's dollar, else the US dollar.
    let (code, candidates) = assumed("$", Some("CAN"));
    assert_eq!(code, "CAD");
    assert!(candidates.contains(&"USD") && candidates.contains(&"CAD"));
    let (code, candidates) = assumed("$", None);
    assert_eq!(code, "USD");
    assert!(candidates.contains(&"CAD") && candidates.contains(&"AUD"));
    assert_eq!(assumed("$", Some("SWE")).0, "USD", "SEK is not a dollar");
    assert_eq!(assumed("$", Some("ECU")).0, "USD");
    assert_eq!(assumed("dollars", Some("AUS")).0, "AUD");
    assert_eq!(assumed("dollars", None).0, "USD");
    assert_eq!(assumed("dólares", None).0, "USD");
    assert_eq!(assumed("Dollars", Some("NZL")).0, "NZD");
    // "kr": the home State's crown; no convention otherwise.
    let (code, candidates) = assumed("kr", Some("SWE"));
    assert_eq!(code, "SEK");
    assert_eq!(candidates, ["DKK", "ISK", "NOK", "SEK"]);
    assert_eq!(assumed("kr", Some("NOR")).0, "NOK");
    assert_eq!(assumed("kr.", Some("DNK")).0, "DKK");
    assert_eq!(resolve_currency("kr", None), CurrencyMatch::Unknown);
    assert_eq!(
        resolve_currency("kr", Some(home("FRA"))),
        CurrencyMatch::Unknown
    );
    // "¥": JPY by convention, CNY in a Chinese report.
    assert_eq!(assumed("¥", None), ("JPY", vec!["CNY", "JPY"]));
    assert_eq!(assumed("¥", Some("CHN")).0, "CNY");
    // Francs, pesos, CFA: only with a home State.
    assert_eq!(resolve_currency("francs", None), CurrencyMatch::Unknown);
    assert_eq!(assumed("francs", Some("CHE")).0, "CHF");
    assert_eq!(assumed("francs CFA", Some("SEN")).0, "XOF");
    assert_eq!(assumed("FCFA", Some("CMR")).0, "XAF");
    assert_eq!(resolve_currency("pesos", None), CurrencyMatch::Unknown);
    assert_eq!(assumed("pesos", Some("MEX")).0, "MXN");
    assert_eq!(assumed("pounds", None).0, "GBP");
    assert_eq!(assumed("livres", Some("LBN")).0, "LBP");
}

#[test]
fn qualified_signs_resolve_alone_and_shared_signs_with_the_home_state() {
    for (text, code) in [
        ("$ CA", "CAD"),
        ("CA$", "CAD"),
        ("$CA", "CAD"),
        ("NZ$", "NZD"),
        ("$ NZ", "NZD"),
        ("A$", "AUD"),
        ("HK$", "HKD"),
        ("S$", "SGD"),
        ("US $", "USD"),
        ("R", "ZAR"),
        ("Kč", "CZK"),
        ("Schweizer Franken", "CHF"),
        ("franchi svizzeri", "CHF"),
        ("US-Dollar", "USD"),
    ] {
        assert_eq!(found_currency(text, None), code, "{text:?}");
        assert_eq!(
            found_currency(text, Some("FRA")),
            code,
            "{text:?} needs no home"
        );
    }
    // "C$" is the Canadian dollar and the Nicaraguan córdoba.
    assert_eq!(assumed("C$", None).0, "CAD");
    assert_eq!(assumed("C$", Some("NIC")).0, "NIO");
    // The CFA franc of the reporting State's union.
    for (text, home_state, code) in [
        ("FCFA", "CIV", "XOF"),
        ("F CFA", "TGO", "XOF"),
        ("FCFA", "BFA", "XOF"),
        ("F CFA", "CMR", "XAF"),
        ("FCFA", "TCD", "XAF"),
    ] {
        assert_eq!(assumed(text, Some(home_state)), (code, vec!["XAF", "XOF"]));
    }
    assert_eq!(
        resolve_currency("FCFA", Some(home("FRA"))),
        CurrencyMatch::Unknown
    );
    assert_eq!(assumed("kr.", Some("ISL")).0, "ISK");
}

#[test]
fn candidates_say_whether_a_text_is_a_currency() {
    let codes = |text: &str| {
        currency_candidates(text)
            .iter()
            .map(|c| c.code)
            .collect::<Vec<_>>()
    };
    assert_eq!(codes("EUR"), ["EUR"]);
    assert_eq!(codes("eur 1 200"), ["EUR"]);
    assert_eq!(codes("FCFA"), ["XAF", "XOF"]);
    assert_eq!(codes("kr"), ["DKK", "ISK", "NOK", "SEK"]);
    assert!(codes("$").len() > 10);
    for text in ["", "tanks", "EUR'000", "k€", "N/A"] {
        assert!(codes(text).is_empty(), "{text:?}");
    }
    // Every resolvable text has candidates, and a found currency is the only one.
    for row in rows(CURRENCY_ALIASES) {
        let candidates = codes(row[1]);
        assert!(candidates.contains(&row[0]), "{:?}", row[1]);
        if let CurrencyMatch::Found(c) = resolve_currency(row[1], None) {
            assert_eq!(candidates, [c.code], "{:?}", row[1]);
        }
    }
}

#[test]
fn unknown_currencies() {
    // Scales change the amounts: they are left to the caller, not silently dropped.
    for text in [
        "",
        "  ",
        "-",
        "Atlantis dollars",
        "XYZ",
        "gold bars",
        "N/A",
        "EUR'000",
        "USD thousands",
        "k€",
    ] {
        assert_eq!(
            resolve_currency(text, None),
            CurrencyMatch::Unknown,
            "{text:?}"
        );
    }
}

#[test]
fn repeated_resolutions_give_the_same_answer() {
    use att_schema::codes::{StateMatch, resolve_state};
    for _ in 0..3 {
        assert!(matches!(resolve_state("Norway"), StateMatch::Found(s) if s.alpha3 == "NOR"));
        assert!(matches!(resolve_state("  Norway "), StateMatch::Found(s) if s.alpha3 == "NOR"));
        assert!(matches!(resolve_state("Congo"), StateMatch::Ambiguous(ref s) if s.len() == 2));
        assert!(matches!(
            resolve_state("Atlantis"),
            StateMatch::Unknown { closest: None }
        ));
    }
}
