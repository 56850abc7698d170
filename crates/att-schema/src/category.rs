//! The categories of conventional arms that reports use (UN Register categories I–VII and the
//! small arms and light weapons of VIII), with their names in three languages.

use crate::lang::Lang;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// A category of conventional arms, as reported in the category column of a report.
///
/// Parent categories (`IV`, `VIII`, `VIII.SA`, …) are allowed where a State did not break a figure
/// down. `national` is a voluntary national category, whose name is given beside it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[allow(clippy::upper_case_acronyms)]
pub enum Category {
    /// Battle tanks
    ///
    /// Tracked or wheeled self-propelled armoured fighting vehicles of at least 16.5 metric tonnes unladen, with a high-muzzle-velocity direct-fire main gun of at least 75 mm.
    #[serde(rename = "I")]
    I,
    /// Armoured combat vehicles
    ///
    /// Tracked, semi-tracked or wheeled self-propelled vehicles with armoured protection and cross-country capability, designed to carry a squad of four or more infantrymen, or armed with an integral weapon of at least 12.5 mm or a missile launcher.
    #[serde(rename = "II")]
    II,
    /// Large-calibre artillery systems
    ///
    /// Guns, howitzers, artillery pieces combining both, mortars and multiple-launch rocket systems of calibre 75 mm and above.
    #[serde(rename = "III")]
    III,
    /// Combat aircraft
    ///
    /// Fixed-wing or variable-geometry aircraft designed, equipped or modified to engage targets with guided missiles, unguided rockets, bombs, guns or cannons, including versions for electronic warfare, suppression of air defence or reconnaissance.
    #[serde(rename = "IV")]
    IV,
    /// Combat aircraft, manned
    #[serde(rename = "IV.a")]
    IVa,
    /// Combat aircraft, unmanned
    #[serde(rename = "IV.b")]
    IVb,
    /// Attack helicopters
    ///
    /// Rotary-wing aircraft designed, equipped or modified to engage targets with guided or unguided anti-armour, air-to-surface, air-to-subsurface or air-to-air weapons, with an integrated fire control and aiming system.
    #[serde(rename = "V")]
    V,
    /// Attack helicopters, manned
    #[serde(rename = "V.a")]
    Va,
    /// Attack helicopters, unmanned
    #[serde(rename = "V.b")]
    Vb,
    /// Warships
    ///
    /// Vessels or submarines armed and equipped for military use with a standard displacement of 500 metric tonnes or above, and smaller ones equipped to launch missiles or torpedoes with a range of at least 25 km.
    #[serde(rename = "VI")]
    VI,
    /// Missiles and missile launchers
    ///
    /// Guided or unguided rockets, ballistic or cruise missiles able to deliver a warhead to a range of at least 25 km and the means designed to launch them, unless counted in I–VI (ground-to-air missiles excluded), and man-portable air-defence systems.
    #[serde(rename = "VII")]
    VII,
    /// Missiles and missile launchers (other than MANPADS)
    #[serde(rename = "VII.a")]
    VIIa,
    /// Man-portable air-defence systems (MANPADS)
    #[serde(rename = "VII.b")]
    VIIb,
    /// Small arms and light weapons
    ///
    /// Small arms and light weapons as listed in the UN Register's voluntary form.
    #[serde(rename = "VIII")]
    VIII,
    /// Small arms
    #[serde(rename = "VIII.SA")]
    VIIISa,
    /// Revolvers and self-loading pistols
    #[serde(rename = "VIII.SA.1")]
    VIIISa1,
    /// Rifles and carbines
    #[serde(rename = "VIII.SA.2")]
    VIIISa2,
    /// Sub-machine guns
    #[serde(rename = "VIII.SA.3")]
    VIIISa3,
    /// Assault rifles
    #[serde(rename = "VIII.SA.4")]
    VIIISa4,
    /// Light machine guns
    #[serde(rename = "VIII.SA.5")]
    VIIISa5,
    /// Other small arms
    #[serde(rename = "VIII.SA.6")]
    VIIISa6,
    /// Light weapons
    #[serde(rename = "VIII.LW")]
    VIIILw,
    /// Heavy machine guns
    #[serde(rename = "VIII.LW.1")]
    VIIILw1,
    /// Hand-held under-barrel and mounted grenade launchers
    #[serde(rename = "VIII.LW.2")]
    VIIILw2,
    /// Portable anti-tank guns
    #[serde(rename = "VIII.LW.3")]
    VIIILw3,
    /// Recoilless rifles
    #[serde(rename = "VIII.LW.4")]
    VIIILw4,
    /// Portable anti-tank missile launchers and rocket systems
    #[serde(rename = "VIII.LW.5")]
    VIIILw5,
    /// Mortars of calibres less than 75 mm
    #[serde(rename = "VIII.LW.6")]
    VIIILw6,
    /// Other light weapons
    #[serde(rename = "VIII.LW.7")]
    VIIILw7,
    /// Voluntary national category
    ///
    /// A category the State uses in its own control list (for example "ML3 ammunition"); its name
    /// is given in `national_category`.
    #[serde(rename = "national")]
    National,
}

impl Category {
    /// Every category of §4 in table order, parents before their children; `National` last.
    pub const ALL: [Category; 30] = [
        Category::I,
        Category::II,
        Category::III,
        Category::IV,
        Category::IVa,
        Category::IVb,
        Category::V,
        Category::Va,
        Category::Vb,
        Category::VI,
        Category::VII,
        Category::VIIa,
        Category::VIIb,
        Category::VIII,
        Category::VIIISa,
        Category::VIIISa1,
        Category::VIIISa2,
        Category::VIIISa3,
        Category::VIIISa4,
        Category::VIIISa5,
        Category::VIIISa6,
        Category::VIIILw,
        Category::VIIILw1,
        Category::VIIILw2,
        Category::VIIILw3,
        Category::VIIILw4,
        Category::VIIILw5,
        Category::VIIILw6,
        Category::VIIILw7,
        Category::National,
    ];

    /// The code used in the canonical document: `I` … `VIII.LW.7`, or `national`.
    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The category's name in `lang`, as in the 2017 template.
    pub fn name(self, lang: Lang) -> &'static str {
        let info = self.info();
        match lang {
            Lang::En => info.en,
            Lang::Fr => info.fr,
            Lang::Es => info.es,
        }
    }

    /// The category this one refines (`VIII.SA` for `VIII.SA.2`, `VIII` for `VIII.SA`).
    pub fn parent(self) -> Option<Category> {
        self.info().parent
    }

    /// The categories that refine this one directly.
    pub fn children(self) -> impl Iterator<Item = Category> {
        Category::ALL
            .into_iter()
            .filter(move |child| child.parent() == Some(self))
    }

    /// Whether the category has sub-categories, so that a figure given under it was not broken
    /// down (`IV`, `V`, `VII`, `VIII`, `VIII.SA`, `VIII.LW`).
    pub fn is_parent(self) -> bool {
        self.info().is_parent
    }

    /// The top-level category (`VIII` for `VIII.SA.2`; itself for `I`).
    pub fn top_level(self) -> Category {
        let mut category = self;
        while let Some(parent) = category.parent() {
            category = parent;
        }
        category
    }

    /// The category with this canonical code, exactly as written in the document.
    pub fn from_code(code: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == code)
    }

    fn info(self) -> &'static CategoryInfo {
        &CATEGORY_TABLE[self as usize]
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

struct CategoryInfo {
    code: &'static str,
    parent: Option<Category>,
    /// Whether another category has this one as its parent.
    is_parent: bool,
    en: &'static str,
    fr: &'static str,
    es: &'static str,
}

/// Rows of `data/categories.tsv`, in the order of [`Category::ALL`], then `national`.
static CATEGORY_TABLE: LazyLock<Vec<CategoryInfo>> = LazyLock::new(|| {
    let rows: Vec<[&'static str; 5]> = include_str!("../data/categories.tsv")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .skip(1)
        .map(|line| {
            let cols: Vec<&'static str> = line.split('\t').collect();
            cols.try_into()
                .unwrap_or_else(|_| panic!("data/categories.tsv: expected 5 columns in {line:?}"))
        })
        .collect();
    let category_of = |code: &str| {
        let index = rows
            .iter()
            .position(|row| row[0] == code)
            .unwrap_or_else(|| panic!("data/categories.tsv: unknown parent {code}"));
        Category::ALL[index]
    };
    let mut table: Vec<CategoryInfo> = rows
        .iter()
        .map(|&[code, parent, en, fr, es]| CategoryInfo {
            code,
            parent: (!parent.is_empty()).then(|| category_of(parent)),
            is_parent: rows.iter().any(|row| row[1] == code),
            en,
            fr,
            es,
        })
        .collect();
    table.push(CategoryInfo {
        code: "national",
        parent: None,
        is_parent: false,
        en: "National category",
        fr: "Catégorie nationale",
        es: "Categoría nacional",
    });
    table
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parent_is_a_category_with_children() {
        let parents: Vec<&str> = Category::ALL
            .into_iter()
            .filter(|category| category.is_parent())
            .map(Category::code)
            .collect();
        assert_eq!(parents, ["IV", "V", "VII", "VIII", "VIII.SA", "VIII.LW"]);
        for category in Category::ALL {
            assert_eq!(category.is_parent(), category.children().next().is_some());
        }
    }
}
