//! Names of categories as reports write them: the template's names in three languages, their
//! usual variants ("Armored", "MANPADS", "Rifles & carbines", "SALW", "ALPC", "APAL"), and the
//! qualifiers that name a sub-category under its parent ("Manned", "Pilotés", "Other").

use att_schema::text::fold;
use att_schema::{Category, Lang};
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Other names of categories, in any language.
const ALIASES: &[(Category, &[&str])] = &[
    (
        Category::I,
        &[
            "Main battle tanks",
            "MBT",
            "Tanks",
            "Chars de bataille",
            "Chars",
            "Tanques",
            "Tanques de batalla",
            "Tanques de combate",
        ],
    ),
    (
        Category::II,
        &[
            "ACV",
            "Armoured combat vehicle",
            "Armoured fighting vehicles",
            "AFV",
            "Véhicules de combat blindés",
            "Vehículos de combate blindados",
        ],
    ),
    (
        Category::III,
        &[
            "Artillery",
            "Large calibre artillery",
            "Artillery systems",
            "Artillerie",
            "Artillerie de gros calibre",
            "Artillería",
            "Artillería de gran calibre",
        ],
    ),
    (
        Category::IVb,
        &["UCAV", "Unmanned combat aerial vehicles", "Combat drones"],
    ),
    (
        Category::VI,
        &["War ships", "Navires de guerre", "Buques de guerra"],
    ),
    (
        Category::VII,
        &[
            "Missiles",
            "Missile launchers",
            "Misiles",
            "Lance-missiles",
            "Misiles y lanzadores de misiles",
            "Lanzadores de misiles",
            "Missiles and launchers",
        ],
    ),
    (
        Category::VIIb,
        &[
            "MANPADS",
            "Man-portable air defence systems",
            "Sistemas portátiles de defensa antiaérea",
            "Sistemas de defensa antiaérea portátiles",
            "Systèmes de défense aérienne portables",
        ],
    ),
    (
        Category::VIII,
        &[
            "SALW",
            "ALPC",
            "APAL",
            "Small arms & light weapons",
            "Small arms/light weapons",
            "Armes légères et armes de petit calibre",
            "Armes de petit calibre et armes légères",
            "Armas pequeñas y ligeras",
            "Armas ligeras y pequeñas",
        ],
    ),
    (
        Category::VIIISa1,
        &[
            "Revolvers",
            "Pistols",
            "Self-loading pistols",
            "Revolvers and pistols",
            "Pistolets",
            "Revolvers et pistolets",
            "Pistolas",
            "Revólveres",
            "Revólveres y pistolas",
            "Handguns",
        ],
    ),
    (
        Category::VIIISa2,
        &[
            "Rifles",
            "Carbines",
            "Fusils",
            "Carabines",
            "Fusiles",
            "Carabinas",
        ],
    ),
    (
        Category::VIIISa3,
        &["SMG", "Submachine guns", "Pistolets-mitrailleurs"],
    ),
    (Category::VIIISa5, &["LMG"]),
    (Category::VIIILw1, &["HMG"]),
    (
        Category::VIIILw2,
        &[
            "Grenade launchers",
            "Under-barrel grenade launchers",
            "Mounted grenade launchers",
            "Lance-grenades",
            "Lanzagranadas",
        ],
    ),
    (
        Category::VIIILw3,
        &["Anti-tank guns", "Canons antichars", "Cañones antitanque"],
    ),
    (Category::VIIILw4, &["Recoilless guns"]),
    (
        Category::VIIILw5,
        &[
            "Anti-tank missile launchers",
            "Portable anti-tank rocket launchers",
            "Anti-tank rocket launchers",
        ],
    ),
    (
        Category::VIIILw6,
        &[
            "Mortars < 75 mm",
            "Mortars under 75 mm",
            "Mortars below 75 mm",
            "Mortars of calibre less than 75 mm",
            "Mortiers < 75 mm",
            "Morteros < 75 mm",
        ],
    ),
];

/// Words that mean the same as a word of the template's names.
fn synonym(word: &str) -> Option<&'static [&'static str]> {
    let replacement: &'static [&'static str] = match word {
        "armored" => &["armoured"],
        "defense" => &["defence"],
        "caliber" => &["calibre"],
        "calibers" => &["calibres"],
        "antitank" => &["anti", "tank"],
        "antichar" | "antichars" => &["anti", "char"],
        "antitanque" => &["anti", "tanque"],
        "submachine" => &["sub", "machine"],
        "manportable" => &["man", "portable"],
        "selfloading" => &["self", "loading"],
        "warships" | "warship" => &["war", "ship"],
        "machineguns" => &["machine", "gun"],
        _ => return None,
    };
    Some(replacement)
}

/// Articles, prepositions and conjunctions, which names may have or not ("Rifles & carbines").
const STOPWORDS: &[&str] = &[
    "and", "et", "y", "e", "of", "de", "des", "du", "d", "del", "the", "les", "la", "los", "las",
    "le", "el", "l", "a", "au", "aux", "al",
];

/// The words of a folded name, for lookup: synonyms replaced, stopwords dropped, a final "s"
/// dropped ("arms" → "arm").
pub(crate) fn name_words(folded: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in folded.split(' ').filter(|w| !w.is_empty()) {
        match synonym(word) {
            Some(parts) => out.extend(parts.iter().map(|p| stem(p).to_owned())),
            None if STOPWORDS.contains(&word) => {}
            None => out.push(stem(word).to_owned()),
        }
    }
    out
}

fn stem(word: &str) -> &str {
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
        &word[..word.len() - 1]
    } else {
        word
    }
}

/// The category that names `words`: a name, an alias, or a parent followed by a descendant or a
/// qualifier ("Small arms – rifles and carbines", "SALW – light weapons – mortars < 75 mm").
pub(crate) fn resolve_name(words: &[String]) -> Option<Category> {
    if words.is_empty() {
        return None;
    }
    if let Some(&category) = NAMES.get(&words.join(" ")) {
        return Some(category);
    }
    for split in 1..words.len() {
        let Some(&parent) = NAMES.get(&words[..split].join(" ")) else {
            continue;
        };
        let rest = &words[split..];
        let child = resolve_name(rest).or_else(|| qualified(parent, rest));
        if let Some(child) = child
            && is_descendant(child, parent)
        {
            return Some(child);
        }
    }
    None
}

/// The sub-category of `parent` that a qualifier names ("manned" under IV, "pilotés" under V,
/// "other" under VIII.LW, "MANPADS" under VII).
pub(crate) fn qualified(parent: Category, words: &[String]) -> Option<Category> {
    QUALIFIERS.get(&(parent, words.join(" "))).copied()
}

/// Whether `category` refines `ancestor` (directly or further down).
pub(crate) fn is_descendant(category: Category, ancestor: Category) -> bool {
    let mut current = category.parent();
    while let Some(parent) = current {
        if parent == ancestor {
            return true;
        }
        current = parent.parent();
    }
    false
}

/// Categories with a name: every one but the national category, whose name is the State's.
fn named_categories() -> impl Iterator<Item = Category> {
    Category::ALL
        .into_iter()
        .filter(|c| *c != Category::National)
}

fn key_of(text: &str) -> String {
    name_words(&fold(text)).join(" ")
}

/// Key → category, for names and aliases. Panics on a conflict: the tables are compiled in and a
/// test builds them.
static NAMES: LazyLock<HashMap<String, Category>> = LazyLock::new(|| {
    let mut names: HashMap<String, Category> = HashMap::default();
    let mut insert =
        |key: String, category: Category, source: &str, strict: bool| match names.get(&key) {
            Some(&existing) if existing != category => {
                assert!(
                    !strict,
                    "category name {source:?} means both {existing} and {category}"
                );
            }
            Some(_) => {}
            None => {
                names.insert(key, category);
            }
        };
    for category in named_categories() {
        for lang in Lang::ALL {
            let name = category.name(lang);
            insert(key_of(name), category, name, true);
        }
    }
    for (category, aliases) in ALIASES {
        for alias in *aliases {
            insert(key_of(alias), *category, alias, true);
        }
    }
    // Names without their bracketed part ("Man-portable air-defence systems"), unless that is
    // another category's name (VII.a without "(other than MANPADS)" is VII).
    for category in named_categories() {
        for lang in Lang::ALL {
            let name = category.name(lang);
            if let Some(open) = name.find('(') {
                insert(key_of(&name[..open]), category, name, false);
            }
        }
    }
    // Qualifier first: "Manned combat aircraft", "Unmanned attack helicopters".
    for ((parent, qualifier), child) in QUALIFIERS.iter() {
        for lang in Lang::ALL {
            let key = format!("{qualifier} {}", key_of(parent.name(lang)));
            insert(key, *child, child.name(lang), false);
        }
    }
    names
});

/// (parent, qualifier key) → child: the words a child's name adds to its parent's.
static QUALIFIERS: LazyLock<HashMap<(Category, String), Category>> = LazyLock::new(|| {
    let mut qualifiers = HashMap::default();
    for child in named_categories() {
        let Some(parent) = child.parent() else {
            continue;
        };
        for lang in Lang::ALL {
            let child_words = name_words(&fold(child.name(lang)));
            let parent_words = name_words(&fold(parent.name(lang)));
            let extra = if child_words.starts_with(&parent_words) {
                &child_words[parent_words.len()..]
            } else if child_words.ends_with(&parent_words) {
                &child_words[..child_words.len() - parent_words.len()]
            } else {
                continue;
            };
            if !extra.is_empty() {
                qualifiers.insert((parent, extra.join(" ")), child);
            }
        }
    }
    qualifiers.insert((Category::VII, "manpad".to_owned()), Category::VIIb);
    qualifiers
});

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> Option<Category> {
        resolve_name(&name_words(&fold(text)))
    }

    #[test]
    fn every_name_in_every_language() {
        for category in named_categories() {
            for lang in Lang::ALL {
                assert_eq!(
                    name(category.name(lang)),
                    Some(category),
                    "{}",
                    category.name(lang)
                );
            }
        }
    }

    #[test]
    fn aliases_and_variants() {
        for (text, expected) in [
            ("Armored combat vehicles", Category::II),
            ("Man-portable air defense systems", Category::VIIb),
            ("Rifles & carbines", Category::VIIISa2),
            ("Manned combat aircraft", Category::IVa),
            ("Unmanned attack helicopters", Category::Vb),
            ("Submachine guns", Category::VIIISa3),
            ("Small arms – rifles and carbines", Category::VIIISa2),
            (
                "SALW – light weapons – heavy machine guns",
                Category::VIIILw1,
            ),
            ("Armes légères", Category::VIIILw),
            ("Armes légères et de petit calibre", Category::VIII),
            ("Battle tank", Category::I),
        ] {
            assert_eq!(name(text), Some(expected), "{text:?}");
        }
        assert_eq!(
            name("Mortars"),
            None,
            "mortars of 75 mm and more are category III"
        );
        assert_eq!(name("Tanks & stuff"), None);
    }

    #[test]
    fn qualifiers_name_children() {
        let words = |text: &str| name_words(&fold(text));
        assert_eq!(
            qualified(Category::IV, &words("Manned")),
            Some(Category::IVa)
        );
        assert_eq!(
            qualified(Category::V, &words("non pilotés")),
            Some(Category::Vb)
        );
        assert_eq!(
            qualified(Category::IV, &words("no tripulados")),
            Some(Category::IVb)
        );
        assert_eq!(
            qualified(Category::VIIILw, &words("Other")),
            Some(Category::VIIILw7)
        );
        assert_eq!(
            qualified(Category::VII, &words("MANPADS")),
            Some(Category::VIIb)
        );
        assert_eq!(
            qualified(Category::VII, &words("other than MANPADS")),
            Some(Category::VIIa)
        );
        assert_eq!(qualified(Category::I, &words("Manned")), None);
    }

    #[test]
    fn descendants() {
        assert!(is_descendant(Category::VIIISa2, Category::VIII));
        assert!(is_descendant(Category::VIIISa2, Category::VIIISa));
        assert!(!is_descendant(Category::VIII, Category::VIII));
        assert!(!is_descendant(Category::IVa, Category::V));
    }
}
