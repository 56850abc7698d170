//! Synthetic but realistic reports: every category, partners named in the three languages,
//! plausible numbers of items and values, re-exports and transit now and then.

use att_schema::codes::{State, StateStatus, all_states};
use att_schema::{
    Basis, Category, Date, Direction, Entry, Lang, Money, NationalDefinition, Party, Report,
    Status, Submission,
};

/// How often each category appears, and the range of items in one row.
struct CategoryProfile {
    category: Category,
    weight: u32,
    max_items: u64,
    unit_price_usd: u64,
    descriptions: &'static [&'static str],
}

const PROFILES: &[CategoryProfile] = &[
    CategoryProfile {
        category: Category::I,
        weight: 2,
        max_items: 60,
        unit_price_usd: 6_000_000,
        descriptions: &[
            "Leopard 2A7 main battle tanks",
            "T-72 tanks (refurbished)",
            "Chars Leclerc",
        ],
    },
    CategoryProfile {
        category: Category::II,
        weight: 4,
        max_items: 200,
        unit_price_usd: 2_500_000,
        descriptions: &[
            "CV90 infantry fighting vehicles",
            "Véhicules blindés VBCI",
            "Vehículos blindados 8x8",
        ],
    },
    CategoryProfile {
        category: Category::III,
        weight: 2,
        max_items: 50,
        unit_price_usd: 4_000_000,
        descriptions: &[
            "155 mm self-propelled howitzers",
            "Mortiers de 120 mm",
            "Obuses autopropulsados de 155 mm",
        ],
    },
    CategoryProfile {
        category: Category::IVa,
        weight: 1,
        max_items: 24,
        unit_price_usd: 90_000_000,
        descriptions: &["Multirole combat aircraft", "Avions de combat Rafale"],
    },
    CategoryProfile {
        category: Category::IVb,
        weight: 1,
        max_items: 12,
        unit_price_usd: 15_000_000,
        descriptions: &["Armed unmanned aerial vehicles"],
    },
    CategoryProfile {
        category: Category::Va,
        weight: 1,
        max_items: 12,
        unit_price_usd: 35_000_000,
        descriptions: &["Attack helicopters", "Helicópteros de ataque"],
    },
    CategoryProfile {
        category: Category::VI,
        weight: 1,
        max_items: 3,
        unit_price_usd: 400_000_000,
        descriptions: &[
            "Frigate",
            "Patrol vessel with anti-ship missiles",
            "Sous-marin",
        ],
    },
    CategoryProfile {
        category: Category::VIIa,
        weight: 2,
        max_items: 500,
        unit_price_usd: 1_000_000,
        descriptions: &[
            "Anti-ship missiles",
            "Missiles de croisière",
            "Lanzacohetes múltiples",
        ],
    },
    CategoryProfile {
        category: Category::VIIb,
        weight: 2,
        max_items: 200,
        unit_price_usd: 120_000,
        descriptions: &["MANPADS launchers and missiles"],
    },
    CategoryProfile {
        category: Category::VIIISa1,
        weight: 12,
        max_items: 5_000,
        unit_price_usd: 600,
        descriptions: &[
            "9 mm self-loading pistols",
            "Pistolets semi-automatiques",
            "Revólveres calibre .38",
        ],
    },
    CategoryProfile {
        category: Category::VIIISa2,
        weight: 12,
        max_items: 5_000,
        unit_price_usd: 1_200,
        descriptions: &[
            "5.56 mm rifles",
            "Carabines de précision",
            "Fusiles de caza",
        ],
    },
    CategoryProfile {
        category: Category::VIIISa3,
        weight: 6,
        max_items: 2_000,
        unit_price_usd: 1_500,
        descriptions: &["Sub-machine guns 9 mm", "Pistolets mitrailleurs"],
    },
    CategoryProfile {
        category: Category::VIIISa4,
        weight: 8,
        max_items: 5_000,
        unit_price_usd: 1_800,
        descriptions: &[
            "Assault rifles 5.56 mm",
            "Fusils d'assaut",
            "Fusiles de asalto",
        ],
    },
    CategoryProfile {
        category: Category::VIIISa5,
        weight: 4,
        max_items: 1_000,
        unit_price_usd: 7_000,
        descriptions: &["Light machine guns 7.62 mm"],
    },
    CategoryProfile {
        category: Category::VIIISa6,
        weight: 2,
        max_items: 1_000,
        unit_price_usd: 900,
        descriptions: &["Shotguns for law enforcement"],
    },
    CategoryProfile {
        category: Category::VIIILw1,
        weight: 3,
        max_items: 500,
        unit_price_usd: 15_000,
        descriptions: &["12.7 mm heavy machine guns", "Mitrailleuses lourdes"],
    },
    CategoryProfile {
        category: Category::VIIILw2,
        weight: 2,
        max_items: 500,
        unit_price_usd: 4_000,
        descriptions: &["40 mm grenade launchers"],
    },
    CategoryProfile {
        category: Category::VIIILw3,
        weight: 1,
        max_items: 100,
        unit_price_usd: 20_000,
        descriptions: &["Portable anti-tank guns"],
    },
    CategoryProfile {
        category: Category::VIIILw4,
        weight: 1,
        max_items: 100,
        unit_price_usd: 25_000,
        descriptions: &["Recoilless rifles 84 mm", "Fusils sans recul"],
    },
    CategoryProfile {
        category: Category::VIIILw5,
        weight: 2,
        max_items: 300,
        unit_price_usd: 80_000,
        descriptions: &["Anti-tank missile launchers"],
    },
    CategoryProfile {
        category: Category::VIIILw6,
        weight: 2,
        max_items: 300,
        unit_price_usd: 10_000,
        descriptions: &["60 mm mortars", "Morteros de 60 mm"],
    },
    CategoryProfile {
        category: Category::VIIILw7,
        weight: 1,
        max_items: 300,
        unit_price_usd: 5_000,
        descriptions: &["Other light weapons"],
    },
];

const COMMENTS: [&str; 8] = [
    "Sale to armed forces",
    "Government-to-government transfer",
    "Vente aux forces armées",
    "Don",
    "Venta a la policía nacional",
    "Temporary export for demonstration",
    "Re-export after repair",
    "Préstamo",
];

/// Generates reports from a seed, so that every run measures the same data.
pub struct Generator {
    rng: fastrand::Rng,
    states: Vec<&'static State>,
    total_weight: u32,
}

impl Generator {
    /// A generator whose output depends only on `seed`.
    pub fn new(seed: u64) -> Self {
        let states = all_states()
            .iter()
            .filter(|state| state.status == StateStatus::Member)
            .collect();
        Generator {
            rng: fastrand::Rng::with_seed(seed),
            states,
            total_weight: PROFILES.iter().map(|p| p.weight).sum(),
        }
    }

    /// A complete, correct report with `entries` entries split between exports and imports.
    pub fn report(&mut self, entries: usize) -> Report {
        let reporting = self.state();
        let lang = Lang::ALL[self.rng.usize(..Lang::ALL.len())];
        let exports = entries - entries / 3;
        let mut report = Report {
            reporting_state: Some(Party::state(reporting.alpha3, reporting.short_name(lang))),
            year: Some(2023.into()),
            submission: Some(Submission {
                date: Date::new(2024, 5, self.rng.u8(2..=31)).map(Into::into),
                public: Some(self.rng.bool().into()),
                language: Some(lang.code().to_owned()),
                template: Some("att-2017".to_owned()),
                ..Submission::default()
            }),
            exports: self.direction(exports, reporting),
            imports: self.direction(entries - exports, reporting),
            ..Report::default()
        };
        if report
            .exports
            .entries
            .iter()
            .chain(&report.imports.entries)
            .any(|entry| entry.national_category.is_some())
        {
            report.national_definitions.push(NationalDefinition {
                category: Some(Category::National.into()),
                national_category: Some("ML3 ammunition".to_owned()),
                definition: Some("Ammunition for the weapons of ML1 and ML2.".to_owned()),
            });
        }
        report
    }

    fn direction(&mut self, entries: usize, reporting: &'static State) -> Direction {
        if entries == 0 {
            return Direction {
                status: Some(Status::Nil.into()),
                basis: None,
                entries: Vec::new(),
            };
        }
        let mut rows: Vec<Entry> = (0..entries).map(|_| self.entry(reporting)).collect();
        rows.sort_by_key(|entry| entry.category.as_ref().and_then(|c| c.typed().copied()));
        Direction {
            status: Some(Status::Reported.into()),
            basis: Some(Basis::Actual.into()),
            entries: rows,
        }
    }

    fn entry(&mut self, reporting: &'static State) -> Entry {
        let profile = self.profile();
        let partner = loop {
            let state = self.state();
            if state.alpha3 != reporting.alpha3 {
                break state;
            }
        };
        let items = self.rng.u64(1..=profile.max_items);
        let national = self.rng.u32(..100) == 0;
        let currency = if self.rng.bool() {
            "USD"
        } else {
            reporting.currency
        };
        let with_value = self.rng.u32(..10) < 7;
        let mut entry = Entry {
            category: Some(profile.category.into()),
            partner: Some(self.party(partner)),
            items: Some(items.into()),
            value: with_value.then(|| Money::new(items * profile.unit_price_usd, currency)),
            description: Some(
                profile.descriptions[self.rng.usize(..profile.descriptions.len())].to_owned(),
            ),
            comments: Some(COMMENTS[self.rng.usize(..COMMENTS.len())].to_owned()),
            ..Entry::default()
        };
        if national {
            entry.category = Some(Category::National.into());
            entry.national_category = Some("ML3 ammunition".to_owned());
            entry.description = Some("12.7 mm cartridges".to_owned());
        }
        if self.rng.u32(..20) == 0 {
            let origin = self.state();
            if origin.alpha3 != reporting.alpha3 && origin.alpha3 != partner.alpha3 {
                entry.state_of_origin = Some(self.party(origin));
            }
        }
        if self.rng.u32(..30) == 0 {
            let transit = self.state();
            if transit.alpha3 != reporting.alpha3 && transit.alpha3 != partner.alpha3 {
                entry.intermediate_locations = Some(vec![self.party(transit)]);
            }
        }
        entry
    }

    /// A State named as reports name it: its short name in one of the three languages.
    fn party(&mut self, state: &'static State) -> Party {
        let lang = Lang::ALL[self.rng.usize(..Lang::ALL.len())];
        Party::state(state.alpha3, state.short_name(lang))
    }

    fn state(&mut self) -> &'static State {
        self.states[self.rng.usize(..self.states.len())]
    }

    fn profile(&mut self) -> &'static CategoryProfile {
        let mut pick = self.rng.u32(..self.total_weight);
        for profile in PROFILES {
            if pick < profile.weight {
                return profile;
            }
            pick -= profile.weight;
        }
        &PROFILES[0]
    }
}
