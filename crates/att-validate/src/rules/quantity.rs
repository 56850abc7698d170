//! Number of items and the presence of a quantity (codes `ATT0230`–`ATT0233`).

use super::category::category_name;
use super::{Check, Family};
use crate::context::{EntryRef, ReportContext};
use att_schema::{Arg, Category, Diagnostic, Rule, RuleGroup, Severity, Text, spec};

/// An entry has neither a number of items nor a value.
pub static NO_QUANTITY: Rule = Rule {
    code: "ATT0230",
    name: "no-quantity",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry has neither a number of items nor a value.",
        fr: "Une ligne n’a ni nombre d’articles ni valeur.",
        es: "Una fila no tiene ni número de artículos ni valor.",
    },
    message: Text {
        en: "This entry gives neither the number of items nor the value: give at least one of them{?misspelled: (“{misspelled}” looks like a misspelling of {field})}.",
        fr: "Cette ligne n’indique ni le nombre d’articles ni la valeur : indiquez au moins l’un des deux{?misspelled: (« {misspelled} » semble être une faute de frappe pour {field})}.",
        es: "Esta fila no indica ni el número de artículos ni el valor: indique al menos uno de ellos{?misspelled: («{misspelled}» parece una errata de {field})}.",
    },
    implements: &[&spec::B_NO_QUANTITY],
    details: "Raised by the contract check when an entry has neither `items`, nor `value`, nor `withheld` figures. When the entry has an unknown field that is a near-misspelling of `items` or `value` (`itmes`), that is said in this message and not reported a second time as an unknown field.",
    example: Some(|| Diagnostic::new(&NO_QUANTITY).at("/exports/entries/0")),
};

/// The number of items is not a whole number of 0 or more.
pub static ITEMS_INVALID: Rule = Rule {
    code: "ATT0231",
    name: "items-invalid",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The number of items is negative, fractional or text (“several”, “approx. 40”, “10–20”).",
        fr: "Le nombre d’articles est négatif, fractionnaire ou textuel (« plusieurs », « env. 40 », « 10–20 »).",
        es: "El número de artículos es negativo, fraccionario o texto («varios», «aprox. 40», «10–20»).",
    },
    message: Text {
        en: "Number of items must be a whole number of 0 or more; found {found}.",
        fr: "Le nombre d’articles doit être un nombre entier positif ou nul ; trouvé : {found}.",
        es: "El número de artículos debe ser un número entero igual o mayor que 0; se encontró {found}.",
    },
    implements: &[&spec::B_ITEMS_INVALID],
    details: "Raised by the contract check when `items` is negative, fractional or text the reader could not read as a whole number (“several”, “approx. 40”, “10–20”).",
    example: Some(|| {
        Diagnostic::new(&ITEMS_INVALID)
            .arg("found", Arg::Quoted("approx. 40".into()))
            .at("/exports/entries/0/items")
    }),
};

/// The number of items is zero.
pub static ITEMS_ZERO: Rule = Rule {
    code: "ATT0232",
    name: "items-zero",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "The number of items is 0.",
        fr: "Le nombre d’articles est 0.",
        es: "El número de artículos es 0.",
    },
    message: Text {
        en: "The number of items is 0: {?value:if only the value is known, leave the number of items empty}{?alone:an entry reports a transfer, so give the number of items, or remove the entry}.",
        fr: "Le nombre d’articles est 0 : {?value:si seule la valeur est connue, laissez le nombre d’articles vide}{?alone:une ligne déclare un transfert, indiquez donc le nombre d’articles ou supprimez la ligne}.",
        es: "El número de artículos es 0: {?value:si solo se conoce el valor, deje vacío el número de artículos}{?alone:una fila declara una transferencia, así que indique el número de artículos o elimine la fila}.",
    },
    implements: &[&spec::B_ITEMS_ZERO],
    details: "`items` is 0. The message differs when the entry has a value (leave the number empty) and when it has none.",
    example: Some(|| {
        Diagnostic::new(&ITEMS_ZERO)
            .arg("value", "yes")
            .at("/exports/entries/0/items")
    }),
};

/// A count far above what one transfer of the category can be.
pub static ITEMS_IMPLAUSIBLE: Rule = Rule {
    code: "ATT0233",
    name: "items-implausible",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "A number of items is implausibly large for the category (more than 1,000 battle tanks, combat aircraft, attack helicopters or warships; more than 10,000 armoured combat vehicles or artillery systems).",
        fr: "Un nombre d’articles est invraisemblable pour la catégorie (plus de 1 000 chars de combat, avions de combat, hélicoptères d’attaque ou navires de guerre ; plus de 10 000 véhicules blindés de combat ou systèmes d’artillerie).",
        es: "Un número de artículos es inverosímil para la categoría (más de 1000 carros de combate, aviones de combate, helicópteros de ataque o buques de guerra; más de 10 000 vehículos blindados de combate o sistemas de artillería).",
    },
    message: Text {
        en: "{items} items of category {category} ({name}) in one entry is more than {limit}; check the number (is it a value, or a total of several categories?).",
        fr: "{items} articles de la catégorie {category} ({name}) sur une seule ligne, c’est plus de {limit} ; vérifiez le nombre (s’agit-il d’une valeur, ou d’un total de plusieurs catégories ?).",
        es: "{items} artículos de la categoría {category} ({name}) en una sola fila son más de {limit}; compruebe el número (¿es un valor o un total de varias categorías?).",
    },
    implements: &[&spec::B_ITEMS_IMPLAUSIBLE],
    details: "`items` is above the limit of the entry’s category: 1,000 for I (battle tanks), IV, IV.a, IV.b (combat aircraft), V, V.a, V.b (attack helicopters) and VI (warships); 10,000 for II (armoured combat vehicles) and III (artillery). Missiles (VII) and small arms and light weapons (VIII) are counted in thousands and are not checked. Not raised where the reader already warned about how the number was written (locale separators), which is the same cause.",
    example: Some(|| implausible(Category::I, 1200, 1000).at("/exports/entries/0/items")),
};

/// A figure of an entry is withheld rather than given.
pub static FIGURE_WITHHELD: Rule = Rule {
    code: "ATT0234",
    name: "figure-withheld",
    severity: Severity::Info,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry’s number of items or value is withheld (“classified”, “n.d.”) rather than given.",
        fr: "Le nombre d’articles ou la valeur d’une ligne n’est pas communiqué (« confidentiel », « n.d. ») au lieu d’être indiqué.",
        es: "El número de artículos o el valor de una fila no se divulga («confidencial», «n.d.») en lugar de indicarse.",
    },
    message: Text {
        en: "{figure}: figure withheld ({found}), as Article 13(3) allows for commercially sensitive or national security information; it is not counted as missing.",
        fr: "{figure} : chiffre non communiqué ({found}), comme l’article 13, paragraphe 3, le permet pour les informations commercialement sensibles ou relatives à la sécurité nationale ; il n’est pas compté comme manquant.",
        es: "{figure}: cifra no divulgada ({found}), como permite el artículo 13, párrafo 3, para la información comercialmente sensible o de seguridad nacional; no se cuenta como faltante.",
    },
    implements: &[&spec::B_NO_QUANTITY],
    details: "An entry gives, in place of its number of items or its value, the word the report used to withhold it (`withheld.items`, `withheld.value`: “classified”, “confidentiel”, “n.d.”). One info per withheld figure, at it, naming the figure and the word. A withheld figure is a quantity: an entry whose figures are all withheld is not “neither items nor value” (ATT0230).",
    example: Some(|| {
        Diagnostic::new(&FIGURE_WITHHELD)
            .arg("figure", crate::fields::label("/exports/entries/0/items"))
            .arg("found", Arg::Quoted("classified".into()))
            .at("/exports/entries/0/withheld/items")
    }),
};

/// The largest plausible number of items of `category` in one entry, where there is one.
pub fn plausible_limit(category: Category) -> Option<u64> {
    match category.top_level() {
        Category::I | Category::IV | Category::V | Category::VI => Some(1_000),
        Category::II | Category::III => Some(10_000),
        _ => None,
    }
}

fn implausible(category: Category, items: u64, limit: u64) -> Diagnostic {
    Diagnostic::new(&ITEMS_IMPLAUSIBLE)
        .arg("items", group_thousands(items))
        .arg("category", category.code())
        .arg("name", category_name(category))
        .arg("limit", group_thousands(limit))
}

/// `1200` as `1 200`, thousands grouped with a narrow no-break space, which reads the same in
/// the three languages of the messages.
fn group_thousands(number: u64) -> String {
    let digits = number.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push('\u{202F}');
        }
        grouped.push(digit);
    }
    grouped
}

/// The quantity family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "quantity",
    rules: &[
        &NO_QUANTITY,
        &ITEMS_INVALID,
        &ITEMS_ZERO,
        &ITEMS_IMPLAUSIBLE,
        &FIGURE_WITHHELD,
    ],
    check: Check::Report(check),
};

/// Reports numbers of items that are zero or implausibly large, and figures withheld.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    for entry in cx.entries() {
        withheld(cx, &entry, out);
        let Some(items) = entry.entry.items.as_ref().and_then(|i| i.typed()).copied() else {
            continue;
        };
        if !cx.is_clear_at(|| entry.field("items")) {
            continue;
        }
        let pointer = || entry.field("items");
        if items == 0 {
            let with_value = entry.entry.value.is_some();
            out.push(
                Diagnostic::new(&ITEMS_ZERO)
                    .arg(if with_value { "value" } else { "alone" }, "yes")
                    .at(pointer()),
            );
            continue;
        }
        let category = entry
            .entry
            .category
            .as_ref()
            .and_then(|c| c.typed())
            .copied();
        if let Some(category) = category
            && let Some(limit) = plausible_limit(category)
            && items > limit
        {
            out.push(implausible(category, items, limit).at(pointer()));
        }
    }
}

/// Reports each figure `entry` withholds, with the word the report used.
fn withheld(cx: &ReportContext<'_>, entry: &EntryRef<'_>, out: &mut Vec<Diagnostic>) {
    let Some(figures) = &entry.entry.withheld else {
        return;
    };
    let at = entry.field("withheld");
    for (figure, word) in [("items", &figures.items), ("value", &figures.value)] {
        let Some(word) = word.as_deref().filter(|word| !word.is_empty()) else {
            continue;
        };
        let pointer = att_schema::source_map::pointer_push(&at, figure);
        if !cx.is_clear(&pointer) {
            continue;
        }
        out.push(
            Diagnostic::new(&FIGURE_WITHHELD)
                .arg("figure", crate::fields::label(&entry.field(figure)))
                .arg("found", Arg::Quoted(crate::shorten(word)))
                .at(pointer),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(group_thousands(7), "7");
        assert_eq!(group_thousands(1000), "1\u{202F}000");
        assert_eq!(group_thousands(1234567), "1\u{202F}234\u{202F}567");
    }

    #[test]
    fn limits_only_major_systems() {
        assert_eq!(plausible_limit(Category::Va), Some(1_000));
        assert_eq!(plausible_limit(Category::II), Some(10_000));
        assert_eq!(plausible_limit(Category::VIIa), None);
        assert_eq!(plausible_limit(Category::VIIISa2), None);
        assert_eq!(plausible_limit(Category::National), None);
    }
}
