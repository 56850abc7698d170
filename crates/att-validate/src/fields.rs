//! What each place in the canonical document is, and its name in three languages, so that
//! messages can name a field as the user knows it ("Number of items", not `items`).

use att_schema::Text;
use serde_json::Value;
use std::sync::LazyLock;

/// The kind of object found at a pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// The whole report.
    Report,
    /// `/submission`.
    Submission,
    /// `/submission/contact`.
    Contact,
    /// `/submission/withheld`.
    Withheld,
    /// `/exports` or `/imports`.
    Direction,
    /// An entry of a direction.
    Entry,
    /// The value of an entry.
    Money,
    /// The figures an entry withholds.
    WithheldFigures,
    /// A party: reporting State, partner, State of origin, intermediate location.
    Party,
    /// An Annex 2 definition.
    NationalDefinition,
    /// Anything else (inside an unknown field).
    Other,
}

impl Shape {
    /// The field names an object of this shape may have, as the generated JSON Schema lists
    /// them (so that they follow the types).
    pub fn fields(self) -> &'static [String] {
        FIELDS
            .iter()
            .find(|(shape, _)| *shape == self)
            .map_or(&[], |(_, names)| names.as_slice())
    }
}

/// The properties of each shape's definition in the report schema.
static FIELDS: LazyLock<Vec<(Shape, Vec<String>)>> = LazyLock::new(|| {
    let schema = att_schema::schema::report_schema();
    let properties = |definition: &Value| -> Vec<String> {
        definition["properties"]
            .as_object()
            .map(|properties| properties.keys().cloned().collect())
            .unwrap_or_default()
    };
    let definition = |name: &str| properties(&schema["$defs"][name]);
    vec![
        (Shape::Report, properties(&schema)),
        (Shape::Submission, definition("Submission")),
        (Shape::Contact, definition("Contact")),
        (Shape::Withheld, definition("Withheld")),
        (Shape::Direction, definition("Direction")),
        (Shape::Entry, definition("Entry")),
        (Shape::Money, definition("Money")),
        (Shape::WithheldFigures, definition("WithheldFigures")),
        (Shape::Party, definition("Party")),
        (Shape::NationalDefinition, definition("NationalDefinition")),
    ]
});

/// Splits a pointer into its unescaped reference tokens.
pub fn tokens(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|token| token.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// The shape of the object at `pointer`.
pub fn shape_of(pointer: &str) -> Shape {
    let tokens = tokens(pointer);
    let tokens: Vec<&str> = tokens.iter().map(String::as_str).collect();
    let is_index = |token: &str| token.parse::<usize>().is_ok();
    match tokens.as_slice() {
        [] => Shape::Report,
        ["submission"] => Shape::Submission,
        ["submission", "contact"] => Shape::Contact,
        ["submission", "withheld"] => Shape::Withheld,
        ["exports" | "imports"] => Shape::Direction,
        ["exports" | "imports", "entries", i] if is_index(i) => Shape::Entry,
        ["exports" | "imports", "entries", i, "value"] if is_index(i) => Shape::Money,
        ["exports" | "imports", "entries", i, "withheld"] if is_index(i) => Shape::WithheldFigures,
        [
            "exports" | "imports",
            "entries",
            i,
            "partner" | "state_of_origin",
        ] if is_index(i) => Shape::Party,
        [
            "exports" | "imports",
            "entries",
            i,
            "intermediate_locations",
            j,
        ] if is_index(i) && is_index(j) => Shape::Party,
        ["reporting_state"] => Shape::Party,
        ["national_definitions", i] if is_index(i) => Shape::NationalDefinition,
        _ => Shape::Other,
    }
}

const fn text(en: &'static str, fr: &'static str, es: &'static str) -> Text {
    Text { en, fr, es }
}

/// The name of the field at `pointer`, as the template calls it.
pub fn label(pointer: &str) -> Text {
    let tokens = tokens(pointer);
    let Some(field) = tokens.last() else {
        return text("The report", "Le rapport", "El informe");
    };
    let parent = att_schema::source_map::pointer_parent(pointer).unwrap_or_default();
    let direction = tokens.first().map(String::as_str);
    match (shape_of(parent), field.as_str()) {
        (Shape::Report, "schema_version") => {
            text("Schema version", "Version du schéma", "Versión del esquema")
        }
        (Shape::Report, "reporting_state") => {
            text("Reporting State", "État déclarant", "Estado informante")
        }
        (Shape::Report, "year") => text("Reporting year", "Année civile", "Año civil"),
        (Shape::Report, "submission") => text(
            "Submission details",
            "Renseignements sur la soumission",
            "Datos de presentación",
        ),
        (Shape::Report, "exports") => text("Exports", "Exportations", "Exportaciones"),
        (Shape::Report, "imports") => text("Imports", "Importations", "Importaciones"),
        (Shape::Report, "national_definitions") => text(
            "National definitions (Annex 2)",
            "Définitions nationales (annexe 2)",
            "Definiciones nacionales (anexo 2)",
        ),
        (Shape::Submission, "date") => text(
            "Date of submission",
            "Date de soumission",
            "Fecha de presentación",
        ),
        (Shape::Submission, "public") => text(
            "May be made public",
            "Peut être rendu public",
            "Puede hacerse público",
        ),
        (Shape::Submission, "language") => text("Language", "Langue", "Idioma"),
        (Shape::Submission, "template") => text("Template", "Modèle", "Plantilla"),
        (Shape::Submission, "contact") => text(
            "National point of contact",
            "Point de contact national",
            "Punto de contacto nacional",
        ),
        (Shape::Submission, "withheld") => text(
            "Withheld information",
            "Informations non communiquées",
            "Información no divulgada",
        ),
        (Shape::Contact, "name") => text("Contact name", "Nom du contact", "Nombre del contacto"),
        (Shape::Contact, "position") => text("Position", "Fonction", "Cargo"),
        (Shape::Contact, "organisation") => text("Organisation", "Organisation", "Organización"),
        (Shape::Contact, "address") => text("Address", "Adresse", "Dirección"),
        (Shape::Contact, "telephone") => text("Telephone", "Téléphone", "Teléfono"),
        (Shape::Contact, "email") => text("E-mail", "Courriel", "Correo electrónico"),
        (Shape::Withheld, "commercially_sensitive") => text(
            "Commercially sensitive information withheld",
            "Informations commercialement sensibles non communiquées",
            "Información comercialmente sensible no divulgada",
        ),
        (Shape::Withheld, "national_security") => text(
            "National security information withheld",
            "Informations relatives à la sécurité nationale non communiquées",
            "Información de seguridad nacional no divulgada",
        ),
        (Shape::Withheld, "note") => text(
            "Note on withheld information",
            "Note sur les informations non communiquées",
            "Nota sobre la información no divulgada",
        ),
        (Shape::Direction, "status") => text("Status", "Statut", "Estado del cuadro"),
        (Shape::Direction, "basis") | (Shape::Entry, "basis") => text(
            "Authorized or actual",
            "Autorisées ou effectives",
            "Autorizadas o efectivas",
        ),
        (Shape::Direction, "entries") => {
            text("Table rows", "Lignes du tableau", "Filas del cuadro")
        }
        (Shape::Entry, "category") | (Shape::NationalDefinition, "category") => {
            text("Category", "Catégorie", "Categoría")
        }
        (Shape::Entry, "national_category") | (Shape::NationalDefinition, "national_category") => {
            text(
                "National category",
                "Catégorie nationale",
                "Categoría nacional",
            )
        }
        (Shape::Entry, "partner") if direction == Some("imports") => {
            text("Exporting State", "État exportateur", "Estado exportador")
        }
        (Shape::Entry, "partner") => text(
            "Final importing State",
            "État importateur final",
            "Estado importador final",
        ),
        (Shape::Entry, "items") => text(
            "Number of items",
            "Nombre d’articles",
            "Número de artículos",
        ),
        (Shape::Entry, "value") => text("Value", "Valeur", "Valor"),
        (Shape::Entry, "withheld") => text(
            "Figures withheld",
            "Chiffres non communiqués",
            "Cifras no divulgadas",
        ),
        (Shape::WithheldFigures, "items") => text(
            "Number of items withheld",
            "Nombre d’articles non communiqué",
            "Número de artículos no divulgado",
        ),
        (Shape::WithheldFigures, "value") => text(
            "Value withheld",
            "Valeur non communiquée",
            "Valor no divulgado",
        ),
        (Shape::Entry, "state_of_origin") => {
            text("State of origin", "État d’origine", "Estado de origen")
        }
        (Shape::Entry, "intermediate_locations") => text(
            "Intermediate location(s)",
            "Lieu(x) intermédiaire(s)",
            "Lugar(es) intermedio(s)",
        ),
        (Shape::Entry, "description") => text(
            "Description of item",
            "Description de l’article",
            "Descripción del artículo",
        ),
        (Shape::Entry, "comments") => text(
            "Comments on the transfer",
            "Observations sur le transfert",
            "Observaciones sobre la transferencia",
        ),
        (Shape::Money, "amount") => text("Value", "Valeur", "Valor"),
        (Shape::Money, "currency") => text("Currency", "Monnaie", "Moneda"),
        (Shape::Party, "code") => text("State code", "Code de l’État", "Código del Estado"),
        (Shape::Party, "name") => text("Name", "Nom", "Nombre"),
        (Shape::NationalDefinition, "definition") => text("Definition", "Définition", "Definición"),
        (Shape::Other, index)
            if index.parse::<usize>().is_ok() && parent.ends_with("/intermediate_locations") =>
        {
            text(
                "Intermediate location",
                "Lieu intermédiaire",
                "Lugar intermedio",
            )
        }
        (Shape::Direction, index) | (Shape::Other, index) if index.parse::<usize>().is_ok() => {
            text("Row", "Ligne", "Fila")
        }
        _ => text("This field", "Ce champ", "Este campo"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::Lang;

    #[test]
    fn knows_the_shape_of_each_object() {
        assert_eq!(shape_of(""), Shape::Report);
        assert_eq!(shape_of("/exports/entries/3"), Shape::Entry);
        assert_eq!(shape_of("/imports/entries/0/value"), Shape::Money);
        assert_eq!(
            shape_of("/exports/entries/1/intermediate_locations/2"),
            Shape::Party
        );
        assert_eq!(shape_of("/exports/entries/x"), Shape::Other);
        assert_eq!(
            shape_of("/national_definitions/0"),
            Shape::NationalDefinition
        );
    }

    #[test]
    fn knows_the_fields_of_each_shape_from_the_schema() {
        assert_eq!(
            Shape::Money.fields(),
            ["amount".to_owned(), "currency".to_owned()]
        );
        assert!(
            Shape::Entry
                .fields()
                .iter()
                .any(|f| f == "intermediate_locations")
        );
        assert!(
            Shape::Report
                .fields()
                .iter()
                .any(|f| f == "national_definitions")
        );
        for shape in [
            Shape::Report,
            Shape::Submission,
            Shape::Contact,
            Shape::Withheld,
            Shape::Direction,
            Shape::Entry,
            Shape::Money,
            Shape::WithheldFigures,
            Shape::Party,
            Shape::NationalDefinition,
        ] {
            assert!(!shape.fields().is_empty(), "{shape:?}");
        }
        assert!(Shape::Other.fields().is_empty());
    }

    #[test]
    fn names_fields_as_the_template_does() {
        assert_eq!(
            label("/exports/entries/3/items").get(Lang::Fr),
            "Nombre d’articles"
        );
        assert_eq!(
            label("/exports/entries/3/partner").en,
            "Final importing State"
        );
        assert_eq!(label("/imports/entries/3/partner").es, "Estado exportador");
        assert_eq!(label("/exports/entries/0/value/currency").en, "Currency");
        assert_eq!(label("/year").fr, "Année civile");
        assert_eq!(
            label("/imports/entries/2/intermediate_locations/1").en,
            "Intermediate location"
        );
    }
}

/// The name of the field at `pointer` as the subject of a sentence: in French and Spanish with
/// its definite article ("L’État importateur final « … » n’est pas…", "El código del Estado
/// debe ser…"); in English as [`label`].
pub fn subject(pointer: &str) -> Text {
    let label = label(pointer);
    let with_article = |table: &[(&'static str, &'static str)], name: &'static str| {
        table
            .iter()
            .find(|(bare, _)| *bare == name)
            .map_or(name, |(_, subject)| *subject)
    };
    Text {
        en: label.en,
        fr: with_article(FRENCH_SUBJECTS, label.fr),
        es: with_article(SPANISH_SUBJECTS, label.es),
    }
}

/// French labels and the same with their article.
static FRENCH_SUBJECTS: &[(&str, &str)] = &[
    ("Version du schéma", "La version du schéma"),
    ("État déclarant", "L’État déclarant"),
    ("Année civile", "L’année civile"),
    ("Date de soumission", "La date de soumission"),
    (
        "Peut être rendu public",
        "La mention «\u{a0}peut être rendu public\u{a0}»",
    ),
    ("Langue", "La langue"),
    ("Modèle", "Le modèle"),
    ("Nom du contact", "Le nom du contact"),
    ("Fonction", "La fonction"),
    ("Organisation", "L’organisation"),
    ("Adresse", "L’adresse"),
    ("Téléphone", "Le téléphone"),
    ("Courriel", "Le courriel"),
    ("Statut", "Le statut"),
    (
        "Autorisées ou effectives",
        "La base (autorisées ou effectives)",
    ),
    ("Catégorie", "La catégorie"),
    ("Catégorie nationale", "La catégorie nationale"),
    ("État exportateur", "L’État exportateur"),
    ("État importateur final", "L’État importateur final"),
    ("Nombre d’articles", "Le nombre d’articles"),
    ("Valeur", "La valeur"),
    ("État d’origine", "L’État d’origine"),
    ("Lieu(x) intermédiaire(s)", "Le ou les lieux intermédiaires"),
    ("Description de l’article", "La description de l’article"),
    (
        "Observations sur le transfert",
        "Les observations sur le transfert",
    ),
    ("Monnaie", "La monnaie"),
    ("Code de l’État", "Le code de l’État"),
    ("Nom", "Le nom"),
    ("Définition", "La définition"),
    ("Lieu intermédiaire", "Le lieu intermédiaire"),
    ("Ligne", "La ligne"),
];

/// Spanish labels and the same with their article.
static SPANISH_SUBJECTS: &[(&str, &str)] = &[
    ("Versión del esquema", "La versión del esquema"),
    ("Estado informante", "El Estado informante"),
    ("Año civil", "El año civil"),
    ("Fecha de presentación", "La fecha de presentación"),
    (
        "Puede hacerse público",
        "La indicación «puede hacerse público»",
    ),
    ("Idioma", "El idioma"),
    ("Plantilla", "La plantilla"),
    ("Nombre del contacto", "El nombre del contacto"),
    ("Cargo", "El cargo"),
    ("Organización", "La organización"),
    ("Dirección", "La dirección"),
    ("Teléfono", "El teléfono"),
    ("Correo electrónico", "El correo electrónico"),
    ("Estado del cuadro", "El estado del cuadro"),
    (
        "Autorizadas o efectivas",
        "La base (autorizadas o efectivas)",
    ),
    ("Categoría", "La categoría"),
    ("Categoría nacional", "La categoría nacional"),
    ("Estado exportador", "El Estado exportador"),
    ("Estado importador final", "El Estado importador final"),
    ("Número de artículos", "El número de artículos"),
    ("Valor", "El valor"),
    ("Estado de origen", "El Estado de origen"),
    (
        "Lugar(es) intermedio(s)",
        "El lugar o los lugares intermedios",
    ),
    ("Descripción del artículo", "La descripción del artículo"),
    (
        "Observaciones sobre la transferencia",
        "Las observaciones sobre la transferencia",
    ),
    ("Moneda", "La moneda"),
    ("Código del Estado", "El código del Estado"),
    ("Nombre", "El nombre"),
    ("Definición", "La definición"),
    ("Lugar intermedio", "El lugar intermedio"),
    ("Fila", "La fila"),
];

#[cfg(test)]
mod subject_tests {
    use super::*;

    #[test]
    fn a_field_as_subject_has_its_article() {
        let partner = subject("/exports/entries/0/partner");
        assert_eq!(partner.fr, "L’État importateur final");
        assert_eq!(partner.es, "El Estado importador final");
        assert_eq!(partner.en, label("/exports/entries/0/partner").en);
        assert_eq!(subject("/reporting_state/code").fr, "Le code de l’État");
        assert_eq!(subject("/submission/date").es, "La fecha de presentación");
    }

    #[test]
    fn every_subject_begins_with_an_article_and_keeps_its_label() {
        for (bare, with) in FRENCH_SUBJECTS {
            assert!(
                ["Le ", "La ", "L’", "Les "]
                    .iter()
                    .any(|a| with.starts_with(a)),
                "{with}"
            );
            let start: String = bare.to_lowercase().chars().take(3).collect();
            assert!(with.to_lowercase().contains(&start), "{with}");
        }
        for (_, with) in SPANISH_SUBJECTS {
            assert!(
                ["El ", "La ", "Los ", "Las "]
                    .iter()
                    .any(|a| with.starts_with(a)),
                "{with}"
            );
        }
    }
}
