//! The category of each entry (codes `ATT0210`–`ATT0214`).

use super::{Check, Family};
use crate::context::ReportContext;
use att_schema::text::fold;
use att_schema::{Arg, Category, Diagnostic, Lang, Rule, RuleGroup, Severity, Text, spec};
use std::collections::HashSet;

/// An entry has no category.
pub static CATEGORY_MISSING: Rule = Rule {
    code: "ATT0210",
    name: "category-missing",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry has no category.",
        fr: "Une ligne n’a pas de catégorie.",
        es: "Una fila no tiene categoría.",
    },
    message: Text {
        en: "The category is missing: give one of I–VIII (for example VIII.SA.2, rifles and carbines){?misspelled: (“{misspelled}” looks like a misspelling of this field)}.",
        fr: "La catégorie n’est pas indiquée : donnez l’une des catégories I à VIII (par exemple VIII.SA.2, fusils et carabines){?misspelled: (« {misspelled} » semble être une faute de frappe pour ce champ)}.",
        es: "Falta la categoría: indique una de las categorías I a VIII (por ejemplo, VIII.SA.2, fusiles y carabinas){?misspelled: («{misspelled}» parece una errata de este campo)}.",
    },
    implements: &[&spec::B_CATEGORY],
    details: "Raised by the contract check when an entry has no `category`.",
    example: Some(|| Diagnostic::new(&CATEGORY_MISSING).at("/exports/entries/0/category")),
};

/// An entry's category is not a known code.
pub static CATEGORY_UNKNOWN: Rule = Rule {
    code: "ATT0211",
    name: "category-unknown",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry's category is not one of the categories I–VIII or a national category.",
        fr: "La catégorie d’une ligne n’est ni l’une des catégories I à VIII ni une catégorie nationale.",
        es: "La categoría de una fila no es una de las categorías I a VIII ni una categoría nacional.",
    },
    message: Text {
        en: "{found} is not a category of the report{?closest: (did you mean {closest}, {closest_name}?)}: use I–VIII or a sub-category such as IV.a or VIII.SA.2, or mark a national category as such.",
        fr: "{found} n’est pas une catégorie du rapport{?closest: (vouliez-vous dire {closest}, {closest_name} ?)} : utilisez I à VIII ou une sous-catégorie comme IV.a ou VIII.SA.2, ou signalez une catégorie nationale comme telle.",
        es: "{found} no es una categoría del informe{?closest: (¿quiso decir {closest}, {closest_name}?)}: use I a VIII o una subcategoría como IV.a o VIII.SA.2, o indique que se trata de una categoría nacional.",
    },
    implements: &[&spec::B_CATEGORY],
    details: "Raised by the contract check when a category (of an entry or of a national definition) is not one of the codes `I` … `VIII.LW.7` or `national`, and is not an aggregate (ATT0213). When the text is a code written differently (`viii.sa.2`, `IV a`) or a category’s name in one of the three languages, the message suggests the code.",
    example: Some(|| {
        Diagnostic::new(&CATEGORY_UNKNOWN)
            .arg("found", Arg::Quoted("Battle Tanks".into()))
            .arg("closest", "I")
            .arg("closest_name", category_name(Category::I))
            .at("/exports/entries/0/category")
    }),
};

/// An entry gives only a parent category, not the sub-category.
pub static CATEGORY_PARENT: Rule = Rule {
    code: "ATT0212",
    name: "category-parent",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry gives only a parent category (IV, V, VII, VIII, VIII.SA, VIII.LW), not its sub-category.",
        fr: "Une ligne n’indique qu’une catégorie principale (IV, V, VII, VIII, VIII.SA, VIII.LW), sans sa sous-catégorie.",
        es: "Una fila solo indica una categoría principal (IV, V, VII, VIII, VIII.SA, VIII.LW), sin su subcategoría.",
    },
    message: Text {
        en: "The category {category} ({name}) has sub-categories ({children}); give the one that applies, so that the figure can be compared with other reports.",
        fr: "La catégorie {category} ({name}) a des sous-catégories ({children}) ; indiquez celle qui s’applique, afin que le chiffre puisse être comparé à d’autres rapports.",
        es: "La categoría {category} ({name}) tiene subcategorías ({children}); indique la que corresponda, para que la cifra pueda compararse con otros informes.",
    },
    implements: &[&spec::B_CATEGORY_COARSE],
    details: "An entry’s category is one that has sub-categories: IV, V, VII, VIII, VIII.SA or VIII.LW. National definitions of such categories are not flagged.",
    example: Some(|| parent(Category::VIIISa).at("/exports/entries/0/category")),
};

/// An entry is an aggregate over several categories.
pub static CATEGORY_AGGREGATE: Rule = Rule {
    code: "ATT0213",
    name: "category-aggregate",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry's category is an aggregate (“I–VII”, “total”, “SALW”) rather than one category.",
        fr: "La catégorie d’une ligne est un agrégat (« I–VII », « total », « ALPC ») et non une catégorie.",
        es: "La categoría de una fila es un agregado («I–VII», «total», «APAL») y no una categoría.",
    },
    message: Text {
        en: "{found} groups several categories; report each category on its own row.",
        fr: "{found} regroupe plusieurs catégories ; déclarez chaque catégorie sur sa propre ligne.",
        es: "{found} agrupa varias categorías; declare cada categoría en su propia fila.",
    },
    implements: &[&spec::B_CATEGORY_COARSE],
    details: "Raised by the contract check when a category is a range of categories (`I–VII`), a total (`total`, `all categories`, `toutes`, `todas`) or small arms and light weapons as a whole (`SALW`, `ALPC`, `APAL`).",
    example: Some(|| {
        Diagnostic::new(&CATEGORY_AGGREGATE)
            .arg("found", Arg::Quoted("I–VII".into()))
            .at("/exports/entries/0/category")
    }),
};

/// A national category is used without its definition in Annex 2.
pub static NATIONAL_CATEGORY_UNDEFINED: Rule = Rule {
    code: "ATT0214",
    name: "national-category-undefined",
    severity: Severity::Info,
    group: RuleGroup::Report,
    summary: Text {
        en: "A voluntary national category is used but not defined in the national definitions (Annex 2).",
        fr: "Une catégorie nationale volontaire est utilisée mais n’est pas définie dans les définitions nationales (annexe 2).",
        es: "Se usa una categoría nacional voluntaria que no se define en las definiciones nacionales (anexo 2).",
    },
    message: Text {
        en: "The national category {found}{?count: (used by {count} entries)} has no definition in Annex 2; add one so that readers know what it covers.",
        fr: "La catégorie nationale {found}{?count: (utilisée par {count} lignes)} n’a pas de définition dans l’annexe 2 ; ajoutez-en une pour que les lecteurs sachent ce qu’elle recouvre.",
        es: "La categoría nacional {found}{?count: (usada en {count} filas)} no tiene definición en el anexo 2; añada una para que los lectores sepan qué abarca.",
    },
    implements: &[&spec::B_NATIONAL_UNDEFINED],
    details: "An entry of category `national` names a national category that no item of `national_definitions` defines (names compared ignoring case, accents and punctuation). Reported once per national category, at its first entry, with the number of entries that use it.",
    example: Some(|| {
        Diagnostic::new(&NATIONAL_CATEGORY_UNDEFINED)
            .arg("found", Arg::Quoted("ML3 ammunition".into()))
            .arg("count", "2")
            .at("/exports/entries/4/national_category")
    }),
};

/// A category's name in each language.
pub fn category_name(category: Category) -> Text {
    Text {
        en: category.name(Lang::En),
        fr: category.name(Lang::Fr),
        es: category.name(Lang::Es),
    }
}

fn parent(category: Category) -> Diagnostic {
    let children: Vec<&str> = category.children().map(Category::code).collect();
    Diagnostic::new(&CATEGORY_PARENT)
        .arg("category", category.code())
        .arg("name", category_name(category))
        .arg("children", children.join(", "))
}

/// The category a text that is not a category code most likely means: the code written in
/// another case or with other punctuation (`viii.sa.2`, `IV a`), or a category's name in one of
/// the three languages (`Battle tanks`, `Fusils d’assaut`).
pub fn closest_category(text: &str) -> Option<Category> {
    let folded = fold(text);
    if folded.is_empty() {
        return None;
    }
    let squeezed: String = folded.split(' ').collect();
    Category::ALL
        .into_iter()
        .filter(|category| *category != Category::National)
        .find(|category| {
            let code: String = fold(category.code()).split(' ').collect();
            code == squeezed
                || Lang::ALL
                    .into_iter()
                    .any(|lang| fold(category.name(lang)) == folded)
        })
}

/// The category family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "category",
    rules: &[
        &CATEGORY_MISSING,
        &CATEGORY_UNKNOWN,
        &CATEGORY_PARENT,
        &CATEGORY_AGGREGATE,
        &NATIONAL_CATEGORY_UNDEFINED,
    ],
    check: Check::Report(check),
};

/// Category cells that sum several categories rather than naming one.
pub fn is_aggregate(text: &str) -> bool {
    let folded = att_schema::text::fold(text);
    let words: Vec<&str> = folded.split(' ').collect();
    let roman = |w: &str| !w.is_empty() && w.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    let is_range =
        text.contains(['–', '-', '—']) && words.len() == 2 && words.iter().all(|w| roman(w));
    let totals = [
        "total",
        "totals",
        "all",
        "all categories",
        "sum",
        "grand total",
        "i vii",
        "i viii",
        "todas",
        "toutes",
        "toutes categories",
        "todas las categorias",
        "tous",
        "salw",
        "alpc",
        "apal",
        "small arms and light weapons",
        "armes legeres et de petit calibre",
        "armas pequenas y armas ligeras",
    ];
    is_range || totals.contains(&folded.as_str())
}

/// Reports parent categories and national categories without a definition.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    let defined: HashSet<String> = cx
        .report
        .national_definitions
        .iter()
        .filter_map(|definition| definition.national_category.as_deref())
        .map(fold)
        .collect();
    let mut undefined: Vec<(String, Diagnostic, usize)> = Vec::new();
    for entry in cx.entries() {
        let Some(category) = entry.entry.category.as_ref().and_then(|c| c.typed()) else {
            continue;
        };
        if !cx.is_clear_at(|| entry.field("category")) {
            continue;
        }
        if category.is_parent() {
            out.push(parent(*category).at(entry.field("category")));
            continue;
        }
        let Some(name) = entry.entry.national_category.as_deref() else {
            continue;
        };
        if *category != Category::National {
            continue;
        }
        let key = fold(name);
        if key.is_empty()
            || defined.contains(&key)
            || !cx.is_clear_at(|| entry.field("national_category"))
        {
            continue;
        }
        match undefined.iter_mut().find(|(seen, _, _)| *seen == key) {
            Some((_, _, count)) => *count += 1,
            None => undefined.push((
                key,
                Diagnostic::new(&NATIONAL_CATEGORY_UNDEFINED)
                    .arg("found", Arg::Quoted(crate::shorten(name)))
                    .at(entry.field("national_category")),
                1,
            )),
        }
    }
    out.extend(undefined.into_iter().map(|(_, diagnostic, count)| {
        if count > 1 {
            diagnostic.arg("count", count.to_string())
        } else {
            diagnostic
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_code_of_a_category_written_otherwise() {
        assert_eq!(closest_category("viii.sa.2"), Some(Category::VIIISa2));
        assert_eq!(closest_category("IV a"), Some(Category::IVa));
        assert_eq!(closest_category("Battle Tanks"), Some(Category::I));
        assert_eq!(closest_category("Fusils d'assaut"), Some(Category::VIIISa4));
        assert_eq!(closest_category("Buques de guerra"), Some(Category::VI));
        assert_eq!(closest_category("Tanks and other things"), None);
        assert_eq!(closest_category("national"), None);
        assert_eq!(closest_category(" - "), None);
    }
}
