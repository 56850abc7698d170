//! The category of each entry (codes `ATT0210`–`ATT0214`).

use att_schema::{Rule, RuleGroup, Severity, Text};

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
        en: "The category is missing: give one of I–VIII (for example VIII.SA.2, rifles and carbines).",
        fr: "La catégorie n’est pas indiquée : donnez l’une des catégories I à VIII (par exemple VIII.SA.2, fusils et carabines).",
        es: "Falta la categoría: indique una de las categorías I a VIII (por ejemplo, VIII.SA.2, fusiles y carabinas).",
    },
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
        en: "{found} is not a category of the report: use I–VIII or a sub-category such as IV.a or VIII.SA.2, or mark a national category as such.",
        fr: "{found} n’est pas une catégorie du rapport : utilisez I à VIII ou une sous-catégorie comme IV.a ou VIII.SA.2, ou signalez une catégorie nationale comme telle.",
        es: "{found} no es una categoría del informe: use I a VIII o una subcategoría como IV.a o VIII.SA.2, o indique que se trata de una categoría nacional.",
    },
};

/// An entry is an aggregate over several categories.
pub static CATEGORY_AGGREGATE: Rule = Rule {
    code: "ATT0213",
    name: "category-aggregate",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry's category is an aggregate (“I–VII”, “total”) rather than one category.",
        fr: "La catégorie d’une ligne est un agrégat (« I–VII », « total ») et non une catégorie.",
        es: "La categoría de una fila es un agregado («I–VII», «total») y no una categoría.",
    },
    message: Text {
        en: "{found} groups several categories; report each category on its own row.",
        fr: "{found} regroupe plusieurs catégories ; déclarez chaque catégorie sur sa propre ligne.",
        es: "{found} agrupa varias categorías; declare cada categoría en su propia fila.",
    },
};
