//! The labels of title pages and of the lines above tables, in English, French and Spanish, as
//! the 2017 template, the provisional template and national layouts word them.

use crate::label::Label::{self, *};
use crate::vocab::Words;

/// How a label phrase may be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// Alone in its cell, or followed by a colon.
    Any,
    /// Only followed by a colon ("Exports:", "State:"): alone, the word is something else
    /// (a section title, a heading).
    ColonOnly,
    /// Alone or with a colon, saying the opposite of the label ("The report may not be made
    /// public", "Private").
    Negated,
}

/// Every recognised label phrase.
pub(crate) const LABELS: &[(Label, Form, Words)] = &[
    (
        ReportingState,
        Form::Any,
        Words {
            en: &[
                "Reporting State",
                "Reporting State Party",
                "State Party",
                "Reporting country",
                "Reporting Government",
                "Name of reporting State",
                "Name of the reporting State",
                "Reporting State (name)",
            ],
            fr: &[
                "État partie",
                "État déclarant",
                "État partie déclarant",
                "État partie soumettant le rapport",
                "Nom de l'État partie",
                "Pays déclarant",
            ],
            es: &[
                "Estado informante",
                "Estado parte",
                "Estado Parte informante",
                "Estado Parte que presenta el informe",
                "Nombre del Estado Parte",
                "País informante",
            ],
        },
    ),
    (
        ReportingStateCode,
        Form::Any,
        Words {
            en: &[
                "ISO code of the reporting State",
                "Reporting State code",
                "Reporting State ISO code",
                "Code of the reporting State",
            ],
            fr: &[
                "Code ISO de l'État partie",
                "Code de l'État partie",
                "Code ISO de l'État déclarant",
            ],
            es: &[
                "Código ISO del Estado informante",
                "Código del Estado informante",
                "Código ISO del Estado parte",
            ],
        },
    ),
    (
        ReportingState,
        Form::ColonOnly,
        Words {
            en: &["State", "Country"],
            fr: &["État", "Pays"],
            es: &["Estado", "País"],
        },
    ),
    (
        Year,
        Form::Any,
        Words {
            en: &[
                "Calendar year",
                "Reporting year",
                "Reporting period",
                "Year",
                "Year of report",
                "Period covered",
                "Period covered by the report",
                "Reporting calendar year",
            ],
            fr: &[
                "Année civile",
                "Année",
                "Année de référence",
                "Période couverte",
                "Période de référence",
                "Période couverte par le rapport",
                "Année civile couverte",
            ],
            es: &[
                "Año civil",
                "Año calendario",
                "Año",
                "Año del informe",
                "Período que abarca el informe",
                "Periodo que abarca el informe",
                "Período de referencia",
                "Periodo de referencia",
                "Período abarcado",
            ],
        },
    ),
    (
        SubmissionDate,
        Form::Any,
        Words {
            en: &[
                "Date of submission",
                "Submission date",
                "Date submitted",
                "Date",
                "Date of report",
                "Date of the report",
                "Date of transmission",
            ],
            fr: &[
                "Date de soumission",
                "Date de présentation",
                "Date de transmission",
                "Date",
                "Date du rapport",
                "Date de dépôt",
            ],
            es: &[
                "Fecha de presentación",
                "Fecha",
                "Fecha de envío",
                "Fecha del informe",
                "Fecha de transmisión",
            ],
        },
    ),
    (
        ContactName,
        Form::Any,
        Words {
            en: &[
                "Name",
                "Contact name",
                "Name of contact person",
                "Contact person",
                "National point of contact",
                "Point of contact",
                "Name of the contact person",
                "Full name",
            ],
            fr: &[
                "Nom",
                "Nom de la personne à contacter",
                "Personne à contacter",
                "Point de contact national",
                "Point de contact",
                "Nom et prénom",
            ],
            es: &[
                "Nombre",
                "Persona de contacto",
                "Nombre de la persona de contacto",
                "Punto de contacto nacional",
                "Punto de contacto",
                "Nombre y apellidos",
            ],
        },
    ),
    (
        Position,
        Form::Any,
        Words {
            en: &[
                "Position",
                "Job title",
                "Function",
                "Position/title",
                "Title/position",
                "Rank",
            ],
            fr: &["Fonction", "Titre", "Poste", "Fonction/titre"],
            es: &["Cargo", "Puesto", "Función", "Título"],
        },
    ),
    (
        Position,
        Form::ColonOnly,
        Words {
            en: &["Title"],
            fr: &[],
            es: &[],
        },
    ),
    (
        Organisation,
        Form::Any,
        Words {
            en: &[
                "Organisation",
                "Organization",
                "Ministry",
                "Department",
                "Agency",
                "Submitting authority",
                "Authority",
                "Ministry/Department",
                "Institution",
                "Ministry/agency",
                "Government agency",
                "Office",
            ],
            fr: &[
                "Organisme",
                "Organisation",
                "Ministère",
                "Service",
                "Autorité",
                "Autorité compétente",
                "Institution",
                "Administration",
                "Département",
            ],
            es: &[
                "Organismo",
                "Organización",
                "Ministerio",
                "Autoridad",
                "Institución",
                "Departamento",
                "Entidad",
                "Dependencia",
                "Oficina",
            ],
        },
    ),
    (
        Address,
        Form::Any,
        Words {
            en: &[
                "Address",
                "Postal address",
                "Mailing address",
                "Office address",
            ],
            fr: &["Adresse", "Adresse postale"],
            es: &["Dirección", "Dirección postal", "Domicilio"],
        },
    ),
    (
        Telephone,
        Form::Any,
        Words {
            en: &[
                "Telephone",
                "Tel",
                "Tel.",
                "Phone",
                "Telephone number",
                "Phone number",
                "Tel. no.",
            ],
            fr: &[
                "Téléphone",
                "Tél.",
                "Numéro de téléphone",
                "N° de téléphone",
            ],
            es: &["Teléfono", "Número de teléfono", "Tel."],
        },
    ),
    (
        Email,
        Form::Any,
        Words {
            en: &[
                "E-mail",
                "Email",
                "E-mail address",
                "Email address",
                "Electronic mail",
            ],
            fr: &[
                "Courriel",
                "Adresse électronique",
                "Mél",
                "Adresse de courriel",
                "Courrier électronique",
            ],
            es: &[
                "Correo electrónico",
                "Correo-e",
                "Dirección de correo electrónico",
                "Correo",
            ],
        },
    ),
    (
        Public,
        Form::Any,
        Words {
            en: &[
                "May the report be made public?",
                "Public",
                "Publication",
                "Public report",
                "Report may be made public",
                "The report may be made public",
                "May be made public",
                "Consent to publication",
                "Make report public",
                "Can the report be made public?",
                "Publicly available",
                "May this report be made publicly available?",
                "Report can be made public",
            ],
            fr: &[
                "Le rapport peut-il être rendu public ?",
                "Le rapport peut être rendu public",
                "Rendre le rapport public",
                "Rapport public",
                "Peut être rendu public",
                "Accord pour publication",
            ],
            es: &[
                "¿Puede hacerse público el informe?",
                "El informe puede hacerse público",
                "Informe público",
                "Publicación",
                "Puede hacerse público",
                "¿Se puede hacer público el informe?",
                "Hacer público el informe",
            ],
        },
    ),
    (
        Public,
        Form::Negated,
        Words {
            en: &[
                "Private",
                "Not public",
                "Not to be made public",
                "May not be made public",
                "The report may not be made public",
                "Report not to be published",
                "Not for publication",
                "Private report",
            ],
            fr: &[
                "Non public",
                "Rapport non public",
                "Le rapport ne peut pas être rendu public",
                "Ne pas rendre public",
                "Ne pas publier",
                "Rapport confidentiel",
            ],
            es: &[
                "No público",
                "Informe no público",
                "El informe no puede hacerse público",
                "No hacer público",
                "No publicar",
                "Informe confidencial",
            ],
        },
    ),
    (
        ExportsIncluded,
        Form::ColonOnly,
        Words {
            en: &["Exports"],
            fr: &["Exportations"],
            es: &["Exportaciones"],
        },
    ),
    (
        ImportsIncluded,
        Form::ColonOnly,
        Words {
            en: &["Imports"],
            fr: &["Importations"],
            es: &["Importaciones"],
        },
    ),
    (
        NationalDefinitionsIncluded,
        Form::Any,
        Words {
            en: &[
                "National definitions",
                "National definitions (Annex 2)",
                "Annex 2",
                "Annex 2 – National definitions",
                "National definitions of categories",
            ],
            fr: &[
                "Définitions nationales",
                "Définitions nationales (annexe 2)",
                "Annexe 2",
                "Annexe 2 – Définitions nationales",
                "Définitions nationales des catégories",
            ],
            es: &[
                "Definiciones nacionales",
                "Definiciones nacionales (anexo 2)",
                "Anexo 2",
                "Anexo 2 – Definiciones nacionales",
                "Definiciones nacionales de las categorías",
            ],
        },
    ),
    (
        Basis,
        Form::Any,
        Words {
            en: &[
                "Basis of data",
                "Basis",
                "Type of data",
                "Data basis",
                "Basis of figures",
                "Authorized or actual",
                "Authorised/Actual",
                "Data type",
                "Nature of data",
                "Basis of the data",
                "Basis of reporting",
            ],
            fr: &[
                "Type de données",
                "Base des données",
                "Nature des données",
                "Autorisées ou effectives",
                "Base",
                "Données",
            ],
            es: &[
                "Tipo de datos",
                "Base de los datos",
                "Naturaleza de los datos",
                "Autorizadas o efectivas",
                "Base",
                "Datos",
            ],
        },
    ),
    (
        Currency,
        Form::Any,
        Words {
            en: &[
                "Currency",
                "Currency used",
                "Currency of values",
                "Currency of the values",
            ],
            fr: &["Monnaie", "Devise", "Monnaie utilisée", "Devise utilisée"],
            es: &["Moneda", "Divisa", "Moneda utilizada", "Moneda empleada"],
        },
    ),
    (
        Language,
        Form::Any,
        Words {
            en: &["Language", "Language of report", "Language of the report"],
            fr: &["Langue", "Langue du rapport"],
            es: &["Idioma", "Idioma del informe", "Lengua"],
        },
    ),
    (
        TemplateVersion,
        Form::Any,
        Words {
            en: &[
                "Template version",
                "Template",
                "Version of template",
                "Reporting template",
                "Form version",
            ],
            fr: &["Version du modèle", "Modèle", "Modèle de rapport"],
            es: &[
                "Versión de la plantilla",
                "Plantilla",
                "Modelo de informe",
                "Formulario",
            ],
        },
    ),
    (
        SchemaVersion,
        Form::Any,
        Words {
            en: &["Schema version", "Version of schema"],
            fr: &["Version du schéma"],
            es: &["Versión del esquema"],
        },
    ),
];

/// The label as the workbook writer writes it, in each language: English, French, Spanish.
pub(crate) fn canonical(label: Label) -> [&'static str; 3] {
    match label {
        ReportingState => ["Reporting State", "État partie", "Estado informante"],
        ReportingStateCode => [
            "ISO code of the reporting State",
            "Code ISO de l'État partie",
            "Código ISO del Estado informante",
        ],
        Year => ["Calendar year", "Année civile", "Año civil"],
        SubmissionDate => [
            "Date of submission",
            "Date de soumission",
            "Fecha de presentación",
        ],
        ContactName => ["Name", "Nom", "Nombre"],
        Position => ["Position", "Fonction", "Cargo"],
        Organisation => ["Organisation", "Organisme", "Organismo"],
        Address => ["Address", "Adresse", "Dirección"],
        Telephone => ["Telephone", "Téléphone", "Teléfono"],
        Email => ["E-mail", "Courriel", "Correo electrónico"],
        Public => [
            "May the report be made public?",
            "Le rapport peut-il être rendu public ?",
            "¿Puede hacerse público el informe?",
        ],
        NilExports => [
            "Nil report – exports",
            "Rapport « néant » – exportations",
            "Informe nulo – exportaciones",
        ],
        NilImports => [
            "Nil report – imports",
            "Rapport « néant » – importations",
            "Informe nulo – importaciones",
        ],
        ExportsIncluded => [
            "Exports table",
            "Tableau des exportations",
            "Cuadro de exportaciones",
        ],
        ImportsIncluded => [
            "Imports table",
            "Tableau des importations",
            "Cuadro de importaciones",
        ],
        NationalDefinitionsIncluded => [
            "National definitions (Annex 2)",
            "Définitions nationales (annexe 2)",
            "Definiciones nacionales (anexo 2)",
        ],
        WithheldCommerciallySensitive => [
            "Commercially sensitive information withheld",
            "Informations commercialement sensibles non communiquées",
            "Información comercial sensible omitida",
        ],
        WithheldNationalSecurity => [
            "National security information withheld",
            "Informations relatives à la sécurité nationale non communiquées",
            "Información relativa a la seguridad nacional omitida",
        ],
        WithheldNote => [
            "Information withheld",
            "Informations non communiquées",
            "Información omitida",
        ],
        Basis => ["Basis of data", "Type de données", "Tipo de datos"],
        Currency => ["Currency", "Monnaie", "Moneda"],
        Language => ["Language", "Langue", "Idioma"],
        TemplateVersion => ["Template", "Modèle", "Plantilla"],
        SchemaVersion => ["Schema version", "Version du schéma", "Versión del esquema"],
    }
}
