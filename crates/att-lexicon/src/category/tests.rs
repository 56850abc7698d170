use super::*;
use att_schema::Category as C;
use att_schema::Lang;

fn read(text: &str) -> CategoryReading {
    read_category(text)
}

fn cat(category: C) -> CategoryReading {
    CategoryReading::Category(category)
}

#[test]
fn spellings_of_the_spec() {
    for (text, expected) in [
        ("I", C::I),
        ("1", C::I),
        ("Cat. I", C::I),
        ("Category I", C::I),
        ("Catégorie I", C::I),
        ("Categoría III", C::III),
        ("I - Battle tanks", C::I),
        ("I. Battle tanks", C::I),
        ("Battle Tanks", C::I),
        ("II", C::II),
        ("VI", C::VI),
        ("8", C::VIII),
        ("IV", C::IV),
        ("IV(a)", C::IVa),
        ("IV a", C::IVa),
        ("IV.a", C::IVa),
        ("IVa", C::IVa),
        ("IV (b)", C::IVb),
        ("4a", C::IVa),
        ("4 a)", C::IVa),
        ("V.b", C::Vb),
        ("VII.b", C::VIIb),
        ("7a", C::VIIa),
        ("VIII a) 2", C::VIIISa2),
        ("VIII(b)(3)", C::VIIILw3),
        ("VIII.SA.2", C::VIIISa2),
        ("VIII SA 2", C::VIIISa2),
        ("VIII.LW.7", C::VIIILw7),
        ("8a2", C::VIIISa2),
        ("8 b 6", C::VIIILw6),
        ("VIIIa", C::VIIISa),
        ("VIII.SA", C::VIIISa),
        ("VIII.LW", C::VIIILw),
        ("Small arms – rifles and carbines", C::VIIISa2),
        ("Small arms - Rifles & carbines", C::VIIISa2),
        ("Rifles and carbines", C::VIIISa2),
        ("SALW", C::VIII),
        ("ALPC", C::VIII),
        ("APAL", C::VIII),
        ("Small arms", C::VIIISa),
        ("Armes de petit calibre", C::VIIISa),
        ("Armas pequeñas", C::VIIISa),
        ("Light weapons", C::VIIILw),
        ("Armes légères", C::VIIILw),
        ("Armas ligeras", C::VIIILw),
        ("Armes légères et de petit calibre", C::VIII),
        ("Armas pequeñas y armas ligeras", C::VIII),
        ("MANPADS", C::VIIb),
        ("Manned combat aircraft", C::IVa),
        ("IV Manned", C::IVa),
        ("IV a) Manned", C::IVa),
        ("VIII - Small arms", C::VIIISa),
        ("VIII.SA.2 Rifles and carbines", C::VIIISa2),
        ("1. Revolvers and self-loading pistols", C::VIIISa1),
        ("a) Small arms", C::VIIISa),
        ("b) Light weapons", C::VIIILw),
        ("I - Tanks (Leopard 2A7)", C::I),
        ("Cat I Leopard", C::I),
        ("Armored combat vehicles", C::II),
    ] {
        assert_eq!(read(text), cat(expected), "{text:?}");
    }
}

#[test]
fn every_name_in_every_language() {
    for category in C::ALL {
        if category == C::National {
            continue; // its name is the State's own, given beside it
        }
        for lang in Lang::ALL {
            let name = category.name(lang);
            assert_eq!(read(name), cat(category), "{name:?}");
            assert_eq!(read(&name.to_uppercase()), cat(category), "{name:?}");
            let coded = format!("{} - {name}", category.code());
            assert_eq!(read(&coded), cat(category), "{coded:?}");
        }
        assert_eq!(read(category.code()), cat(category), "{}", category.code());
    }
}

#[test]
fn aggregates() {
    for text in [
        "I–VII",
        "I-VIII",
        "I - VII",
        "I to VII",
        "Categories I to VII",
        "I a VII",
        "I, II and III",
        "I-VII (total)",
        "Total",
        "TOTAL",
        "Grand total",
        "Sous-total",
        "All categories",
        "Toutes catégories",
        "Todas las categorías",
        "Total general",
        "Total général",
    ] {
        assert_eq!(read(text), CategoryReading::Aggregate, "{text:?}");
    }
}

#[test]
fn unknown_and_contradictory() {
    for text in [
        "",
        "ML3 ammunition",
        "Tanks & stuff",
        "Mortars",
        "IX",
        "9",
        "12",
        "0",
        "I - Armoured combat vehicles",
        "VIII.SA.7",
        "VIII 2",
        "I think so",
        "2 units",
        "1 200",
        "Category",
        "IV c",
        "Ivory",
        "Vehicles",
        "3. Rifles and carbines",
        "a) Manned",
    ] {
        assert_eq!(read(text), CategoryReading::Unknown, "{text:?}");
    }
}

#[test]
fn group_rows() {
    for (text, expected) in [
        ("I. Battle tanks", C::I),
        ("IV a) Manned", C::IVa),
        ("VIII. Small arms and light weapons", C::VIII),
        ("Category II – Armoured combat vehicles", C::II),
        ("IV", C::IV),
        ("a) Small arms", C::VIIISa),
        ("1. Revolvers and self-loading pistols", C::VIIISa1),
    ] {
        assert_eq!(read_group_row_category(text), Some(expected), "{text:?}");
    }
    for text in ["1", "12", "a) Manned", "Total", "I–VII", "Notes", ""] {
        assert_eq!(read_group_row_category(text), None, "{text:?}");
    }
}

#[test]
fn subgroups_under_their_parent() {
    for (text, parent, expected) in [
        ("a) Small arms", C::VIII, C::VIIISa),
        ("b) Light weapons", C::VIII, C::VIIILw),
        ("a)", C::VIII, C::VIIISa),
        (
            "1. Revolvers and self-loading pistols",
            C::VIIISa,
            C::VIIISa1,
        ),
        ("1. Revolvers and self-loading pistols", C::VIII, C::VIIISa1),
        ("2", C::VIIISa, C::VIIISa2),
        ("2.", C::VIIILw, C::VIIILw2),
        ("iv)", C::VIIISa, C::VIIISa4),
        ("a) Manned", C::IV, C::IVa),
        ("b) Unmanned", C::V, C::Vb),
        ("Unmanned", C::IV, C::IVb),
        ("b) Non pilotés", C::IV, C::IVb),
        ("b) MANPADS", C::VII, C::VIIb),
        ("a) Other than MANPADS", C::VII, C::VIIa),
        ("7. Other", C::VIIILw, C::VIIILw7),
        ("6. Autres", C::VIIISa, C::VIIISa6),
        ("VIII.SA.2", C::VIIISa, C::VIIISa2),
        ("VIII.SA.2", C::VIII, C::VIIISa2),
        (
            "a) Pistols and revolvers (all calibres)",
            C::VIII,
            C::VIIISa,
        ),
    ] {
        assert_eq!(
            read_subgroup(text, parent),
            Some(expected),
            "{text:?} under {parent}"
        );
    }
    for (text, parent) in [
        ("a) Small arms", C::IV),
        ("1.", C::VIII),
        ("b) Manned", C::IV),
        ("2. Rifles and carbines", C::VIIILw),
        ("VIII.SA.2", C::VIIILw),
        ("c)", C::IV),
        ("", C::IV),
        ("Manned", C::I),
    ] {
        assert_eq!(read_subgroup(text, parent), None, "{text:?} under {parent}");
    }
}

#[test]
fn the_national_category_is_read_by_its_code_and_names() {
    for text in [
        "national",
        "National category",
        "Catégorie nationale",
        "categoria nacional",
    ] {
        assert_eq!(
            read_category(text),
            CategoryReading::Category(C::National),
            "{text:?}"
        );
    }
    assert_eq!(
        read_category("National category of ammunition"),
        CategoryReading::Unknown
    );
}

#[test]
fn every_category_reads_back_from_its_code_and_name_in_every_language() {
    for lang in att_schema::Lang::ALL {
        for category in C::ALL {
            let text = format!("{} – {}", category.code(), category.name(lang));
            let expected = CategoryReading::Category(category);
            if category != C::National {
                assert_eq!(read_category(&text), expected, "{text:?}");
            }
            assert_eq!(
                read_category(category.name(lang)),
                expected,
                "{lang:?} {category}"
            );
        }
    }
}

/// Records `text` in `wrong` when it does not read as `expected`, so that a test lists every
/// failing spelling at once.
fn check(text: &'static str, expected: C, wrong: &mut Vec<(&'static str, CategoryReading)>) {
    let found = read(text);
    if found != cat(expected) {
        wrong.push((text, found));
    }
}

/// Every family of spellings of codes: brackets and dots around sub-categories, "Cat."/
/// "Category"/"Kat." in front, arabic or roman top numbers, roman sub-numbers, a name after.
#[test]
fn spelling_families_of_codes() {
    let mut wrong = Vec::new();
    for (text, expected) in [
        ("IV (b)", C::IVb),
        ("IV.(b)", C::IVb),
        ("IV. (b)", C::IVb),
        ("IV-b", C::IVb),
        ("Cat. 2", C::II),
        ("Cat.2", C::II),
        ("Category II", C::II),
        ("CAT III", C::III),
        ("cat III", C::III),
        ("Category 4a", C::IVa),
        ("Cat. IV(a)", C::IVa),
        ("Kat. III", C::III),
        ("Kategorie VI", C::VI),
        ("VIII(a)(ii)", C::VIIISa2),
        ("VIII (a) (ii)", C::VIIISa2),
        ("VIII a ii", C::VIIISa2),
        ("VIII(b)(iii)", C::VIIILw3),
        ("VIII (b) (vii)", C::VIIILw7),
        ("VIII.SA.ii", C::VIIISa2),
        ("VIII a) 2", C::VIIISa2),
        ("VIII (A)(2)", C::VIIISa2),
        ("VIII.A.1", C::VIIISa1),
        ("VIII-b-7", C::VIIILw7),
        ("8.b.7", C::VIIILw7),
        ("VIIIb7", C::VIIILw7),
        ("Cat. VIII.b.3", C::VIIILw3),
        (
            "VII. (b) Man-Portable Air-Defence Systems (MANPADS).",
            C::VIIb,
        ),
        ("VII. (a) Missiles and missile launchers", C::VIIa),
        ("IV. (a) Combat aircraft", C::IVa),
        ("III. Large calibre artillery systems", C::III),
        ("I. Battle tanks", C::I),
        ("II. Armoured combat vehicles", C::II),
        ("V. Attack helicopters", C::V),
        ("VI. Warships", C::VI),
        ("Category VIII – Small arms and light weapons", C::VIII),
        ("VIII(a)(ii) Rifles and carbines", C::VIIISa2),
    ] {
        check(text, expected, &mut wrong);
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Names with and without codes in the three languages, in the forms reports use.
#[test]
fn names_in_three_languages() {
    let mut wrong = Vec::new();
    for (text, expected) in [
        ("Chars de combat", C::I),
        ("Chars de bataille", C::I),
        ("Carros de combate", C::I),
        ("Tanques de batalla", C::I),
        ("Véhicules blindés de combat", C::II),
        ("Vehículos blindados de combate", C::II),
        ("Systèmes d'artillerie de gros calibre", C::III),
        ("Sistemas de artillería de gran calibre", C::III),
        ("Avions de combat", C::IV),
        ("Aviones de combate", C::IV),
        ("Hélicoptères d'attaque", C::V),
        ("Helicópteros de ataque", C::V),
        ("Navires de guerre", C::VI),
        ("Buques de guerra", C::VI),
        ("Missiles et lanceurs de missiles", C::VII),
        ("Misiles y lanzamisiles", C::VII),
        ("Misiles y lanzadores de misiles", C::VII),
        ("Systèmes portatifs de défense aérienne", C::VIIb),
        ("Sistemas portátiles de defensa aérea", C::VIIb),
        ("Sistemas portátiles de defensa antiaérea", C::VIIb),
        ("III. Systèmes d'artillerie de gros calibre", C::III),
        (
            "VII b) Systèmes portatifs de défense aérienne (MANPADS)",
            C::VIIb,
        ),
        ("Cat. VI – Buques de guerra", C::VI),
        ("Large calibre artillery systems", C::III),
        ("Large calibre artillery", C::III),
        ("Man-Portable Air-Defence Systems (MANPADS)", C::VIIb),
        ("Unmanned combat aerial vehicles", C::IVb),
        ("Combat aircraft (unmanned)", C::IVb),
        ("Attack helicopters, unmanned", C::Vb),
        ("Assault rifles", C::VIIISa4),
        ("Fusils d'assaut", C::VIIISa4),
        ("Fusiles de asalto", C::VIIISa4),
        ("Mitrailleuses lourdes", C::VIIILw1),
        ("Ametralladoras pesadas", C::VIIILw1),
    ] {
        check(text, expected, &mut wrong);
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
