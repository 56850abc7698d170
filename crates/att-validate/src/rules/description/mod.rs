//! What the description of an entry says about its category (codes `ATT0251`–`ATT0252`).
//!
//! A description is read as a list of items (“Rifles, spare parts”, “Pistolets et munitions”),
//! each a phrase whose head comes before any qualifying words (“Spare parts *for Leopard 2*”,
//! “Munitions *pour fusils*”, “Infantry fighting vehicles *with 30 mm cannon*”). The last
//! recognised word of a head says what the item is: in “Tank ammunition” it is ammunition. The
//! words are those of [`lexicon`], in English, French and Spanish; words it does not know are
//! ignored, so that a description is flagged only on what it clearly says.

pub mod lexicon;

use super::category::category_name;
use crate::context::ReportContext;
use att_schema::text::fold;
use att_schema::{Arg, Category, Diagnostic, Rule, RuleGroup, Severity, Text, spec};
use lexicon::{Family, Meaning, OutOfScope, PHRASES, word_matches};
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// A description names arms of another category.
pub static DESCRIPTION_CONTRADICTS_CATEGORY: Rule = Rule {
    code: "ATT0251",
    name: "description-contradicts-category",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry’s description names arms of another category (a pistol under I, a frigate under VIII).",
        fr: "La description d’une ligne nomme des armes d’une autre catégorie (un pistolet en I, une frégate en VIII).",
        es: "La descripción de una fila nombra armas de otra categoría (una pistola en I, una fragata en VIII).",
    },
    message: Text {
        en: "The description mentions {term}, which belongs to category {suggested}, not {category} ({name}); check the category or the description.",
        fr: "La description mentionne {term}, qui relève de la catégorie {suggested} et non de la catégorie {category} ({name}) ; vérifiez la catégorie ou la description.",
        es: "La descripción menciona {term}, que corresponde a la categoría {suggested} y no a la categoría {category} ({name}); compruebe la categoría o la descripción.",
    },
    implements: &[&spec::B_DESCRIPTION_CONTRADICTS],
    details: "The description names kinds of arms, and none of them can be of the entry’s category: “pistols” under I, “frigate” under VIII.SA.2, “helicopters” under IV. Only the head of each item counts, not what qualifies it (“Machine guns for armoured vehicles” is machine guns; “Infantry fighting vehicles with 30 mm cannon” is vehicles), and one word that fits the category is enough (“Frigate with helicopter deck” under VI). Words that name several kinds count for each (“mortar” is III or VIII.LW; “machine gun” VIII.SA or VIII.LW; “vehicle” I, II, III or VII). Sub-categories are not compared (a carbine under VIII.SA.4 is not flagged), national categories are not checked, and a description that is out of scope (ATT0252) is not flagged again here. The words are listed in the source (`rules/description/lexicon.rs`) in English, French and Spanish.",
    example: Some(|| {
        contradicts(Category::VIIISa2, "frigates", &[Family::Warships])
            .at("/exports/entries/0/description")
    }),
};

/// A description reads as something the annual report does not cover.
pub static DESCRIPTION_OUT_OF_SCOPE: Rule = Rule {
    code: "ATT0252",
    name: "description-out-of-scope",
    severity: Severity::Info,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry of categories I–VIII is described as ammunition, parts, components or technology, which the annual report does not cover.",
        fr: "Une ligne des catégories I à VIII est décrite comme des munitions, des pièces, des composants ou de la technologie, que le rapport annuel ne couvre pas.",
        es: "Una fila de las categorías I a VIII se describe como munición, piezas, componentes o tecnología, que el informe anual no abarca.",
    },
    message: Text {
        en: "The description {found} is about {kind}, which the annual report does not cover (only the arms of categories I–VIII); if it is reported voluntarily, a national category says so more clearly.",
        fr: "La description {found} porte sur {kind}, que le rapport annuel ne couvre pas (seulement les armes des catégories I à VIII) ; si la déclaration est volontaire, une catégorie nationale l’indique plus clairement.",
        es: "La descripción {found} se refiere a {kind}, que el informe anual no abarca (solo las armas de las categorías I a VIII); si se declara voluntariamente, una categoría nacional lo indica con más claridad.",
    },
    implements: &[&spec::B_DESCRIPTION_OUT_OF_SCOPE],
    details: "An entry of a category I–VIII whose description is about ammunition, parts or components, technology or software, or simulators, and names no arms as such: “12.7 mm ammunition”, “Spare parts for Leopard 2”, “Tank ammunition”, “Munitions pour fusils”. A description that also lists arms (“Rifles, spare parts”, “Pistolas y municiones”, “Helicopters with spare parts package”) is not flagged. Entries of a national category are never flagged: that is how States report such items voluntarily.",
    example: Some(|| {
        Diagnostic::new(&DESCRIPTION_OUT_OF_SCOPE)
            .arg("found", Arg::Quoted("Spare parts for Leopard 2".into()))
            .arg("kind", kind_text(OutOfScope::Parts))
            .at("/exports/entries/0/description")
    }),
};

const fn text(en: &'static str, fr: &'static str, es: &'static str) -> Text {
    Text { en, fr, es }
}

fn kind_text(kind: OutOfScope) -> Text {
    match kind {
        OutOfScope::Ammunition => text("ammunition", "des munitions", "munición"),
        OutOfScope::Parts => text(
            "parts or components",
            "des pièces ou des composants",
            "piezas o componentes",
        ),
        OutOfScope::Technology => text(
            "technology or software",
            "de la technologie ou des logiciels",
            "tecnología o programas informáticos",
        ),
        OutOfScope::Equipment => text(
            "equipment other than the arms themselves",
            "du matériel autre que les armes elles-mêmes",
            "material distinto de las propias armas",
        ),
    }
}

fn contradicts(category: Category, term: &str, families: &[Family]) -> Diagnostic {
    let suggested: Vec<&str> = families.iter().map(|family| family.code()).collect();
    Diagnostic::new(&DESCRIPTION_CONTRADICTS_CATEGORY)
        .arg("term", Arg::Quoted(term.to_owned()))
        .arg("suggested", suggested.join(" / "))
        .arg("category", category.code())
        .arg("name", category_name(category))
}

/// A word of a description: folded, with the span of the text it comes from.
#[derive(Debug)]
struct Word {
    folded: String,
    start: usize,
    end: usize,
}

/// The folded words of `segment`, each with its place in `segment`.
fn words(segment: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start = None;
    for (index, c) in segment.char_indices().chain([(segment.len(), ' ')]) {
        match (c.is_alphanumeric() && index < segment.len(), start) {
            (true, None) => start = Some(index),
            (false, Some(from)) => {
                for folded in fold(&segment[from..index]).split(' ') {
                    if !folded.is_empty() {
                        words.push(Word {
                            folded: folded.to_owned(),
                            start: from,
                            end: index,
                        });
                    }
                }
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// A phrase of the lexicon found in a description, with the words as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// What the phrase says.
    pub meaning: Meaning,
    /// The phrase as the description writes it.
    pub written: String,
}

/// A phrase of the lexicon split into its words, and what it means.
type SplitPhrase = (Vec<&'static str>, Meaning);

/// The phrases of the lexicon by their first word, each split into its words once.
static PHRASES_BY_FIRST_WORD: LazyLock<FxHashMap<&'static str, Vec<SplitPhrase>>> =
    LazyLock::new(|| {
        let mut index: FxHashMap<&'static str, Vec<SplitPhrase>> = FxHashMap::default();
        for (phrase, meaning) in PHRASES {
            let parts: Vec<&'static str> = phrase.split(' ').collect();
            index.entry(parts[0]).or_default().push((parts, *meaning));
        }
        index
    });

/// The lexicon words a folded word of a description can be (itself, or itself without the
/// plural or feminine ending [`word_matches`] allows).
fn stems(word: &str) -> impl Iterator<Item = &str> {
    let without = |suffix: &str| word.strip_suffix(suffix);
    [
        Some(word),
        without("s"),
        without("es"),
        without("x"),
        without("e"),
    ]
    .into_iter()
    .flatten()
}

/// The phrases of one segment of a description, longest match first, in order.
fn phrases(segment: &str) -> Vec<Found> {
    let words = words(segment);
    let mut found = Vec::new();
    let mut at = 0;
    while at < words.len() {
        let best = stems(&words[at].folded)
            .filter_map(|stem| PHRASES_BY_FIRST_WORD.get(stem))
            .flatten()
            .filter(|(parts, _)| {
                at + parts.len() <= words.len()
                    && parts
                        .iter()
                        .zip(&words[at..])
                        .all(|(part, word)| word_matches(part, &word.folded))
            })
            .map(|(parts, meaning)| (parts.len(), *meaning))
            .max_by_key(|(len, _)| *len);
        match best {
            Some((len, meaning)) => {
                found.push(Found {
                    meaning,
                    written: segment[words[at].start..words[at + len - 1].end].to_owned(),
                });
                at += len;
            }
            None => at += 1,
        }
    }
    found
}

/// One item of a description: the recognised phrases of its head.
#[derive(Debug, Default)]
struct Item {
    head: Vec<Found>,
}

impl Item {
    /// What the item is: the last arms or out-of-scope phrase of its head.
    fn nature(&self) -> Option<&Found> {
        self.head
            .iter()
            .rev()
            .find(|found| matches!(found.meaning, Meaning::Arms(_) | Meaning::OutOfScope(_)))
    }
}

/// The items of a description.
fn items(description: &str) -> Vec<Item> {
    let separators = |c: char| {
        matches!(
            c,
            ',' | ';' | '/' | '+' | '&' | '(' | ')' | '[' | ']' | '\n'
        )
    };
    let mut items = Vec::new();
    let normalised = description
        .replace(" - ", ",")
        .replace(" – ", ",")
        .replace(" — ", ",");
    for segment in normalised.split(separators) {
        let mut item = Item::default();
        let mut qualified = false;
        for found in phrases(segment) {
            match found.meaning {
                Meaning::Separator => {
                    items.push(std::mem::take(&mut item));
                    qualified = false;
                }
                Meaning::Qualifier => qualified = true,
                Meaning::Neutral => {}
                _ if !qualified => item.head.push(found),
                _ => {}
            }
        }
        items.push(item);
    }
    items.retain(|item| !item.head.is_empty());
    items
}

/// What a description says against its category.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// The description is about something the report does not cover.
    OutOfScope(OutOfScope),
    /// The description names arms that cannot be of the category.
    Contradicts(Found, &'static [Family]),
}

/// Reads `description` against `category`; `None` when it says nothing against it.
pub fn read(description: &str, category: Category) -> Option<Reading> {
    let accepted = Family::of(category);
    if accepted.is_empty() {
        return None;
    }
    let items = items(description);
    let natures: Vec<&Found> = items.iter().filter_map(Item::nature).collect();
    let names_arms = natures
        .iter()
        .any(|found| matches!(found.meaning, Meaning::Arms(_)));
    if !names_arms {
        return natures.iter().find_map(|found| match found.meaning {
            Meaning::OutOfScope(kind) => Some(Reading::OutOfScope(kind)),
            _ => None,
        });
    }
    let arms: Vec<(&Found, &'static [Family])> = items
        .iter()
        .flat_map(|item| &item.head)
        .filter_map(|found| match found.meaning {
            Meaning::Arms(families) => Some((found, families)),
            _ => None,
        })
        .collect();
    let fits = arms
        .iter()
        .any(|(_, families)| families.iter().any(|family| accepted.contains(family)));
    if fits {
        return None;
    }
    arms.first()
        .map(|(found, families)| Reading::Contradicts((*found).clone(), families))
}

/// The description family: its rules, and the check that raises them.
pub static FAMILY: super::Family = super::Family {
    name: "description",
    rules: &[&DESCRIPTION_CONTRADICTS_CATEGORY, &DESCRIPTION_OUT_OF_SCOPE],
    check: super::Check::Report(check),
};

/// Reports descriptions that contradict their category or read as out of scope. A report
/// repeats its descriptions, so each description is read once for each category it is under.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    let mut readings: FxHashMap<(&str, Category), Option<Reading>> = FxHashMap::default();
    for entry in cx.entries() {
        let (Some(description), Some(category)) = (
            entry.entry.description.as_deref(),
            entry.entry.category.as_ref().and_then(|c| c.typed()),
        ) else {
            continue;
        };
        if !cx.is_clear_at(|| entry.field("description"))
            || !cx.is_clear_at(|| entry.field("category"))
        {
            continue;
        }
        let reading = readings
            .entry((description, *category))
            .or_insert_with(|| read(description, *category));
        match reading {
            Some(Reading::OutOfScope(kind)) => out.push(
                Diagnostic::new(&DESCRIPTION_OUT_OF_SCOPE)
                    .arg("found", Arg::Quoted(crate::shorten(description)))
                    .arg("kind", kind_text(*kind))
                    .at(entry.field("description")),
            ),
            Some(Reading::Contradicts(found, families)) => {
                out.push(
                    contradicts(*category, &found.written, families).at(entry.field("description")),
                );
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category as C;

    fn contradicts(description: &str, category: Category) -> Option<String> {
        match read(description, category) {
            Some(Reading::Contradicts(found, _)) => Some(found.written),
            _ => None,
        }
    }

    fn out_of_scope(description: &str, category: Category) -> Option<OutOfScope> {
        match read(description, category) {
            Some(Reading::OutOfScope(kind)) => Some(kind),
            _ => None,
        }
    }

    #[test]
    fn descriptions_that_fit_their_category_are_not_flagged() {
        let fine = [
            ("Pistols", C::VIIISa1),
            ("Pistolets semi-automatiques 9 mm", C::VIIISa1),
            ("Pistolas Glock 17", C::VIIISa1),
            ("5.56 mm rifles", C::VIIISa2),
            ("Fusiles de asalto", C::VIIISa4),
            ("Carbines", C::VIIISa4),
            ("Pistolets mitrailleurs", C::VIIISa3),
            ("Sub-machine guns", C::VIIISa3),
            ("Frigate", C::VI),
            ("Frégates multimissions", C::VI),
            ("Frigate with helicopter deck", C::VI),
            ("Minehunter", C::VI),
            ("Offshore patrol vessels", C::VI),
            ("Avions de combat Rafale", C::IVa),
            ("Combat drones", C::IVb),
            ("CV90 infantry fighting vehicles", C::II),
            ("Infantry fighting vehicles with 30 mm cannon", C::II),
            ("BMP-2 anti-tank missile carrier", C::II),
            ("Véhicules blindés", C::II),
            ("Vehículos blindados de transporte de tropas", C::II),
            ("Main battle tanks Leopard 2A7", C::I),
            ("Chars de combat Leclerc", C::I),
            ("Self-propelled howitzers", C::III),
            ("120 mm mortars", C::III),
            ("60 mm mortars", C::VIIILw6),
            ("Heavy machine guns for armoured vehicles", C::VIIILw1),
            ("Machine guns", C::VIIISa5),
            ("Mitrailleuses", C::VIIILw1),
            ("Vehicle-mounted grenade launchers", C::VIIILw2),
            ("Lance-grenades", C::VIIILw2),
            ("Anti-tank guided missiles", C::VIIILw5),
            ("Anti-tank guided missiles", C::VIIa),
            ("Man-portable air-defence systems", C::VIIb),
            ("MANPADS", C::VIIb),
            ("Attack helicopters", C::Va),
            ("Hélicoptères d'attaque Tigre", C::Va),
            ("Fuel tanks for rifles", C::VIIISa2),
            ("Anti-tank weapons", C::VIIILw5),
            ("Small arms", C::VIII),
            ("Rifles and pistols", C::VIIISa),
            ("Armes légères et de petit calibre", C::VIII),
            ("Unknown model 2000", C::I),
            ("", C::I),
            ("Radar for frigates", C::VIIILw7),
        ];
        for (description, category) in fine {
            assert_eq!(
                read(description, category),
                None,
                "{description} under {category}"
            );
        }
    }

    #[test]
    fn descriptions_naming_other_arms_contradict() {
        assert_eq!(contradicts("Pistols", C::I).as_deref(), Some("Pistols"));
        assert_eq!(
            contradicts("Frigate", C::VIIISa2).as_deref(),
            Some("Frigate")
        );
        assert_eq!(
            contradicts("Frégates", C::VIII).as_deref(),
            Some("Frégates")
        );
        assert_eq!(
            contradicts("Helicopters", C::IVa).as_deref(),
            Some("Helicopters")
        );
        assert_eq!(
            contradicts("Machine guns for armoured vehicles", C::II).as_deref(),
            Some("Machine guns")
        );
        assert_eq!(
            contradicts("Sub-machine guns", C::III).as_deref(),
            Some("Sub-machine guns")
        );
        assert_eq!(
            contradicts("Carros de combate", C::VI).as_deref(),
            Some("Carros de combate")
        );
        assert_eq!(
            contradicts("Fusils d’assaut", C::VIIILw).as_deref(),
            Some("Fusils d’assaut")
        );
    }

    #[test]
    fn descriptions_of_what_the_report_does_not_cover() {
        use OutOfScope::*;
        assert_eq!(
            out_of_scope("12.7 mm ammunition", C::VIIILw1),
            Some(Ammunition)
        );
        assert_eq!(out_of_scope("Spare parts for Leopard 2", C::I), Some(Parts));
        assert_eq!(out_of_scope("Tank ammunition", C::VIII), Some(Ammunition));
        assert_eq!(
            out_of_scope("Munitions pour fusils", C::VIIISa2),
            Some(Ammunition)
        );
        assert_eq!(
            out_of_scope("Repuestos para helicópteros", C::V),
            Some(Parts)
        );
        assert_eq!(out_of_scope("Missile components", C::VII), Some(Parts));
        assert_eq!(
            out_of_scope("Fire control software", C::VI),
            Some(Technology)
        );
        assert_eq!(out_of_scope("Tank simulators", C::I), Some(Equipment));
        assert_eq!(out_of_scope("Hand grenades", C::VIIILw7), Some(Ammunition));
        assert_eq!(out_of_scope("Rifle grenades", C::VIIISa2), Some(Ammunition));
    }

    #[test]
    fn arms_listed_beside_what_is_out_of_scope_keep_the_entry_in_scope() {
        for (description, category) in [
            ("Rifles, spare parts", C::VIIISa2),
            ("Rifles with ammunition", C::VIIISa2),
            ("Pistolas y municiones", C::VIIISa1),
            ("Helicopters with spare parts package", C::Va),
            ("Armoured vehicles (spare parts included)", C::II),
            ("Grenade launchers", C::VIIILw2),
        ] {
            assert_eq!(read(description, category), None, "{description}");
        }
    }

    #[test]
    fn national_categories_are_not_read() {
        assert_eq!(read("12.7 mm ammunition", C::National), None);
        assert_eq!(read("Frigates", C::National), None);
    }

    #[test]
    fn every_phrase_is_folded_and_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (phrase, _) in PHRASES {
            assert_eq!(fold(phrase), *phrase, "{phrase} is not folded");
            assert!(seen.insert(*phrase), "{phrase} twice");
        }
    }
}
