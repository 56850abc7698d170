//! What a refusal to annotate says, in English, French and Spanish; the English is its
//! `Display`.

use crate::error::{
    AnnotateError, Encryption, LimitExceeded, OtherFile, PartKind, PartProblem, SheetKind,
    WorkbookFormat, ZipProblem,
};
use att_schema::say::{Say, colon, quote};
use att_schema::{Lang, display_in_english, say};

display_in_english!(
    AnnotateError,
    OtherFile,
    ZipProblem,
    Encryption,
    WorkbookFormat,
    SheetKind,
    PartKind,
    PartProblem,
    LimitExceeded,
);

impl Say for AnnotateError {
    fn say(&self, lang: Lang) -> String {
        use AnnotateError as A;
        match self {
            A::NotAWorkbook(what) => {
                let what = what.say(lang);
                say!(
                    lang,
                    "not a workbook: {what}",
                    "ce n’est pas un classeur\u{a0}: {what}",
                    "no es un libro de cálculo: {what}",
                )
            }
            A::Zip(problem) => problem.say(lang),
            A::Encrypted(how) => {
                let how = how.say(lang);
                say!(
                    lang,
                    "the workbook is encrypted ({how}): remove the password (save a copy without it) and annotate that copy",
                    "le classeur est chiffré ({how})\u{a0}: retirez le mot de passe (enregistrez-en une copie sans mot de passe) et annotez cette copie",
                    "el libro está cifrado ({how}): quite la contraseña (guarde una copia sin ella) y anote esa copia",
                )
            }
            A::UnsupportedFormat { format } => {
                let format = format.say(lang);
                say!(
                    lang,
                    "{format} workbooks cannot be annotated in place: open the file in Excel or LibreOffice, save it as an Excel workbook (.xlsx), and annotate that copy",
                    "les classeurs {format} ne peuvent pas être annotés sur place\u{a0}: ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le en classeur Excel (.xlsx) et annotez cette copie",
                    "los libros {format} no se pueden anotar directamente: abra el archivo en Excel o LibreOffice, guárdelo como libro de Excel (.xlsx) y anote esa copia",
                )
            }
            A::MissingPart { part } => say!(
                lang,
                "the workbook has no {part} part",
                "le classeur n’a pas de partie {part}",
                "el libro no tiene ninguna parte {part}",
            ),
            A::MalformedPart { part, problem } => {
                let problem = problem.say(lang);
                say!(
                    lang,
                    "the part {part} cannot be read: {problem}",
                    "la partie {part} ne peut pas être lue\u{a0}: {problem}",
                    "la parte {part} no se puede leer: {problem}",
                )
            }
            A::UnknownSheet { sheet, available } => {
                let sheet = quote(sheet, lang);
                let c = colon(lang);
                say!(
                    lang,
                    "a finding is placed on the sheet {sheet}, which the workbook does not have (its sheets{c}{available})",
                    "un constat est placé sur la feuille {sheet}, que le classeur n’a pas (ses feuilles{c}{available})",
                    "un hallazgo está situado en la hoja {sheet}, que el libro no tiene (sus hojas{c}{available})",
                )
            }
            A::NotAWorksheet { sheet, kind } => {
                let (sheet, kind) = (quote(sheet, lang), kind.say(lang));
                say!(
                    lang,
                    "a finding is placed on the sheet {sheet}, which is a {kind}, not a worksheet with cells",
                    "un constat est placé sur la feuille {sheet}, qui est une {kind}, pas une feuille de calcul avec des cellules",
                    "un hallazgo está situado en la hoja {sheet}, que es una {kind}, no una hoja de cálculo con celdas",
                )
            }
            A::CellOutOfRange { sheet, row, column } => {
                let sheet = quote(sheet, lang);
                say!(
                    lang,
                    "a finding is placed on row {row}, column {column} (from 0) of {sheet}, beyond the last cell of a worksheet (XFD1048576)",
                    "un constat est placé à la ligne {row}, colonne {column} (à partir de 0) de {sheet}, au-delà de la dernière cellule d’une feuille (XFD1048576)",
                    "un hallazgo está situado en la fila {row}, columna {column} (desde 0) de {sheet}, más allá de la última celda de una hoja (XFD1048576)",
                )
            }
            A::Limit(limit) => limit.say(lang),
        }
    }
}

impl Say for OtherFile {
    fn say(&self, lang: Lang) -> String {
        match self {
            OtherFile::NeitherZipNorOle => say!(
                lang,
                "the file is neither a zip container (.xlsx, .xlsm) nor an OLE file (.xls)",
                "le fichier n’est ni un conteneur zip (.xlsx, .xlsm) ni un fichier OLE (.xls)",
                "el archivo no es ni un contenedor zip (.xlsx, .xlsm) ni un archivo OLE (.xls)",
            ),
            OtherFile::DamagedOle => say!(
                lang,
                "it is a damaged OLE compound file",
                "c’est un fichier composé OLE endommagé",
                "es un archivo compuesto OLE dañado",
            ),
            OtherFile::OleWithoutWorkbook => say!(
                lang,
                "it is an OLE compound file with no workbook in it",
                "c’est un fichier composé OLE sans classeur",
                "es un archivo compuesto OLE sin libro de cálculo",
            ),
            OtherFile::WordDocument => say!(
                lang,
                "it is a Word document (.docx), not a spreadsheet",
                "c’est un document Word (.docx), pas un classeur",
                "es un documento de Word (.docx), no una hoja de cálculo",
            ),
            OtherFile::PowerPointPresentation => say!(
                lang,
                "it is a PowerPoint presentation (.pptx), not a spreadsheet",
                "c’est une présentation PowerPoint (.pptx), pas un classeur",
                "es una presentación de PowerPoint (.pptx), no una hoja de cálculo",
            ),
            OtherFile::NotAnOfficeDocument => say!(
                lang,
                "it is a zip archive without [Content_Types].xml, so not an Office document",
                "c’est une archive zip sans [Content_Types].xml, donc pas un document Office",
                "es un archivo zip sin [Content_Types].xml, así que no es un documento de Office",
            ),
        }
    }
}

impl Say for ZipProblem {
    fn say(&self, lang: Lang) -> String {
        match self {
            ZipProblem::Unreadable(detail) => say!(
                lang,
                "the workbook's zip container cannot be read ({detail})",
                "le conteneur zip du classeur ne peut pas être lu ({detail})",
                "el contenedor zip del libro no se puede leer ({detail})",
            ),
            ZipProblem::DuplicateNames => say!(
                lang,
                "the workbook's zip container cannot be read (two entries have the same name)",
                "le conteneur zip du classeur ne peut pas être lu (deux entrées ont le même nom)",
                "el contenedor zip del libro no se puede leer (dos entradas tienen el mismo nombre)",
            ),
            ZipProblem::Entry { entry, detail } => say!(
                lang,
                "the entry {entry} of the workbook's zip container cannot be read ({detail})",
                "l’entrée {entry} du conteneur zip du classeur ne peut pas être lue ({detail})",
                "la entrada {entry} del contenedor zip del libro no se puede leer ({detail})",
            ),
            ZipProblem::Write(detail) => say!(
                lang,
                "the annotated copy cannot be written ({detail})",
                "la copie annotée ne peut pas être écrite ({detail})",
                "la copia anotada no se puede escribir ({detail})",
            ),
            ZipProblem::WrittenTwice { part } => say!(
                lang,
                "the annotated copy cannot be written (the part {part} would be written twice)",
                "la copie annotée ne peut pas être écrite (la partie {part} serait écrite deux fois)",
                "la copia anotada no se puede escribir (la parte {part} se escribiría dos veces)",
            ),
        }
    }
}

impl Say for Encryption {
    fn say(&self, lang: Lang) -> String {
        match self {
            Encryption::ZipPart { part } => say!(
                lang,
                "the part {part} is encrypted",
                "la partie {part} est chiffrée",
                "la parte {part} está cifrada",
            ),
            Encryption::EncryptedPackage => say!(
                lang,
                "an OLE container holding an EncryptedPackage stream",
                "un conteneur OLE qui contient un flux EncryptedPackage",
                "un contenedor OLE que contiene un flujo EncryptedPackage",
            ),
        }
    }
}

impl Say for WorkbookFormat {
    fn say(&self, lang: Lang) -> String {
        match (self, lang) {
            (WorkbookFormat::Xls, Lang::En | Lang::Fr) => "Excel 97–2003 (.xls)",
            (WorkbookFormat::Xls, Lang::Es) => "de Excel 97–2003 (.xls)",
            (WorkbookFormat::Ods, _) => "OpenDocument (.ods)",
            (WorkbookFormat::Xlsb, Lang::En) => "Excel binary (.xlsb)",
            (WorkbookFormat::Xlsb, Lang::Fr) => "Excel binaires (.xlsb)",
            (WorkbookFormat::Xlsb, Lang::Es) => "binarios de Excel (.xlsb)",
        }
        .to_owned()
    }
}

impl Say for SheetKind {
    fn say(&self, lang: Lang) -> String {
        match self {
            SheetKind::Chart => say!(
                lang,
                "chart sheet",
                "feuille de graphique",
                "hoja de gráfico"
            ),
            SheetKind::Dialog => say!(
                lang,
                "dialog sheet",
                "feuille de dialogue",
                "hoja de diálogo"
            ),
            SheetKind::Macro => say!(lang, "macro sheet", "feuille de macros", "hoja de macros"),
            SheetKind::Unknown => say!(
                lang,
                "sheet of an unknown kind",
                "feuille d’un type inconnu",
                "hoja de un tipo desconocido",
            ),
        }
    }
}

impl Say for PartKind {
    fn say(&self, lang: Lang) -> String {
        match self {
            PartKind::Sheet => say!(lang, "a sheet", "une feuille", "una hoja"),
            PartKind::Workbook => say!(lang, "a workbook", "un classeur", "un libro"),
            PartKind::Styles => say!(
                lang,
                "a styleSheet",
                "une feuille de styles (styleSheet)",
                "una hoja de estilos (styleSheet)",
            ),
            PartKind::Comments => say!(
                lang,
                "a list of comments",
                "une liste de commentaires",
                "una lista de comentarios",
            ),
        }
    }
}

impl Say for PartProblem {
    fn say(&self, lang: Lang) -> String {
        use PartProblem as P;
        match self {
            P::Compressed(detail) => say!(
                lang,
                "its compressed data cannot be read ({detail})",
                "ses données compressées ne peuvent pas être lues ({detail})",
                "sus datos comprimidos no se pueden leer ({detail})",
            ),
            P::Utf16 => say!(
                lang,
                "it is encoded in UTF-16, not UTF-8",
                "elle est codée en UTF-16, pas en UTF-8",
                "está codificada en UTF-16, no en UTF-8",
            ),
            P::NotUtf8 => say!(
                lang,
                "it is not UTF-8 text",
                "ce n’est pas du texte UTF-8",
                "no es texto UTF-8",
            ),
            P::NotWellFormed { offset, detail } => say!(
                lang,
                "it is not well-formed XML at byte {offset} ({detail})",
                "ce n’est pas du XML bien formé à l’octet {offset} ({detail})",
                "no es XML bien formado en el byte {offset} ({detail})",
            ),
            P::Attribute(detail) => say!(
                lang,
                "an attribute cannot be read ({detail})",
                "un attribut ne peut pas être lu ({detail})",
                "un atributo no se puede leer ({detail})",
            ),
            P::WrongRoot(kind) => {
                let kind = kind.say(lang);
                say!(
                    lang,
                    "its root element is not {kind}",
                    "son élément racine n’est pas {kind}",
                    "su elemento raíz no es {kind}",
                )
            }
            P::EmptyRoot => say!(
                lang,
                "its root element is empty",
                "son élément racine est vide",
                "su elemento raíz está vacío",
            ),
            P::MissingElement { element } => say!(
                lang,
                "it has no {element} element",
                "elle n’a pas d’élément {element}",
                "no tiene ningún elemento {element}",
            ),
            P::Unclosed { element } => say!(
                lang,
                "it has no closing </{element}>",
                "il lui manque la balise de fin </{element}>",
                "le falta la etiqueta de cierre </{element}>",
            ),
            P::NoEnd => say!(
                lang,
                "it has no end",
                "elle n’a pas de fin",
                "no tiene final"
            ),
            P::RowNumber { written } => {
                let written = quote(written, lang);
                say!(
                    lang,
                    "a row has the number {written}",
                    "une ligne porte le numéro {written}",
                    "una fila tiene el número {written}",
                )
            }
            P::RowsOutOfOrder { row, previous } => say!(
                lang,
                "row {row} comes after row {previous}: rows are not in order",
                "la ligne {row} vient après la ligne {previous}\u{a0}: les lignes ne sont pas dans l’ordre",
                "la fila {row} viene después de la fila {previous}: las filas no están en orden",
            ),
            P::CellReference { written } => {
                let written = quote(written, lang);
                say!(
                    lang,
                    "a cell has the reference {written}",
                    "une cellule a la référence {written}",
                    "una celda tiene la referencia {written}",
                )
            }
            P::CellInOtherRow { cell, row } => say!(
                lang,
                "the cell {cell} is in row {row}",
                "la cellule {cell} est dans la ligne {row}",
                "la celda {cell} está en la fila {row}",
            ),
            P::CellsOutOfOrder { cell, previous } => say!(
                lang,
                "the cell {cell} comes after {previous}: cells are not in order",
                "la cellule {cell} vient après {previous}\u{a0}: les cellules ne sont pas dans l’ordre",
                "la celda {cell} viene después de {previous}: las celdas no están en orden",
            ),
            P::SheetWithoutName => say!(
                lang,
                "a sheet has no name",
                "une feuille n’a pas de nom",
                "una hoja no tiene nombre",
            ),
            P::SheetWithoutRelationship { sheet } => {
                let sheet = quote(sheet, lang);
                say!(
                    lang,
                    "the sheet {sheet} has no r:id",
                    "la feuille {sheet} n’a pas de r:id",
                    "la hoja {sheet} no tiene r:id",
                )
            }
            P::MissingRelationship { sheet, id } => {
                let sheet = quote(sheet, lang);
                say!(
                    lang,
                    "the sheet {sheet} points to the relationship {id}, which does not exist",
                    "la feuille {sheet} renvoie à la relation {id}, qui n’existe pas",
                    "la hoja {sheet} remite a la relación {id}, que no existe",
                )
            }
            P::SheetOutsidePackage { sheet } => {
                let sheet = quote(sheet, lang);
                say!(
                    lang,
                    "the sheet {sheet} is outside the package",
                    "la feuille {sheet} est hors du paquet",
                    "la hoja {sheet} está fuera del paquete",
                )
            }
            P::NoSheets => say!(
                lang,
                "it lists no sheets",
                "elle ne liste aucune feuille",
                "no enumera ninguna hoja",
            ),
            P::DefinedNameSheet { written } => {
                let written = quote(written, lang);
                say!(
                    lang,
                    "a defined name has localSheetId {written}",
                    "un nom défini a le localSheetId {written}",
                    "un nombre definido tiene el localSheetId {written}",
                )
            }
            P::NoContentTypes => say!(
                lang,
                "it declares no content types",
                "elle ne déclare aucun type de contenu",
                "no declara ningún tipo de contenido",
            ),
            P::EmptyCellFormat => say!(
                lang,
                "a cell format is empty",
                "un format de cellule est vide",
                "un formato de celda está vacío",
            ),
            P::CellFormatNotElement => say!(
                lang,
                "a cell format is not an element",
                "un format de cellule n’est pas un élément",
                "un formato de celda no es un elemento",
            ),
            P::StyleListWithoutStart => say!(
                lang,
                "a style list has no start tag",
                "une liste de styles n’a pas de balise d’ouverture",
                "una lista de estilos no tiene etiqueta de apertura",
            ),
            P::DrawingMissing { id } => say!(
                lang,
                "its legacyDrawing points to {id}, which is no drawing of the package",
                "son legacyDrawing renvoie à {id}, qui n’est pas un dessin du paquet",
                "su legacyDrawing remite a {id}, que no es un dibujo del paquete",
            ),
        }
    }
}

impl Say for LimitExceeded {
    fn say(&self, lang: Lang) -> String {
        match self {
            LimitExceeded::ZipEntries { count, limit } => say!(
                lang,
                "the workbook's zip container has {count} entries, more than the limit of {limit}",
                "le conteneur zip du classeur a {count}\u{a0}entrées, plus que la limite de {limit}",
                "el contenedor zip del libro tiene {count} entradas, más que el límite de {limit}",
            ),
            LimitExceeded::PartSize { part, size, limit } => say!(
                lang,
                "the part {part} inflates to {size} bytes or more, more than the limit of {limit} bytes",
                "la partie {part} se décompresse en {size}\u{a0}octets ou plus, plus que la limite de {limit}\u{a0}octets",
                "la parte {part} se descomprime en {size} bytes o más, más que el límite de {limit} bytes",
            ),
            LimitExceeded::TotalSize { limit } => say!(
                lang,
                "the parts of the workbook that must be read inflate to more than {limit} bytes together",
                "les parties du classeur à lire se décompressent en plus de {limit}\u{a0}octets au total",
                "las partes del libro que deben leerse se descomprimen en más de {limit} bytes en total",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::say::{Detail, untranslated};

    /// What a library says, quoted as it is.
    const DETAIL: &str = "the library says: not found";

    /// Every refusal, each kind of problem among them, with names that are no English words.
    fn samples() -> Vec<AnnotateError> {
        let detail = || Detail::of(&DETAIL);
        let part = || "xl/d.xml".to_owned();
        let sheet = || "Datos".to_owned();
        let mut all: Vec<AnnotateError> = [
            OtherFile::NeitherZipNorOle,
            OtherFile::DamagedOle,
            OtherFile::OleWithoutWorkbook,
            OtherFile::WordDocument,
            OtherFile::PowerPointPresentation,
            OtherFile::NotAnOfficeDocument,
        ]
        .into_iter()
        .map(AnnotateError::NotAWorkbook)
        .collect();
        all.extend(
            [
                ZipProblem::Unreadable(detail()),
                ZipProblem::DuplicateNames,
                ZipProblem::Entry {
                    entry: part(),
                    detail: detail(),
                },
                ZipProblem::Write(detail()),
                ZipProblem::WrittenTwice { part: part() },
            ]
            .into_iter()
            .map(AnnotateError::Zip),
        );
        all.extend([
            AnnotateError::Encrypted(Encryption::ZipPart { part: part() }),
            AnnotateError::Encrypted(Encryption::EncryptedPackage),
            AnnotateError::MissingPart { part: part() },
            AnnotateError::UnknownSheet {
                sheet: sheet(),
                available: "Uno, Dos".into(),
            },
            AnnotateError::CellOutOfRange {
                sheet: sheet(),
                row: 2,
                column: 20_000,
            },
        ]);
        all.extend(
            [
                WorkbookFormat::Xls,
                WorkbookFormat::Ods,
                WorkbookFormat::Xlsb,
            ]
            .map(|format| AnnotateError::UnsupportedFormat { format }),
        );
        all.extend(
            [
                SheetKind::Chart,
                SheetKind::Dialog,
                SheetKind::Macro,
                SheetKind::Unknown,
            ]
            .map(|kind| AnnotateError::NotAWorksheet {
                sheet: sheet(),
                kind,
            }),
        );
        let mut problems = vec![
            PartProblem::Compressed(detail()),
            PartProblem::Utf16,
            PartProblem::NotUtf8,
            PartProblem::NotWellFormed {
                offset: 7,
                detail: detail(),
            },
            PartProblem::Attribute(detail()),
            PartProblem::EmptyRoot,
            PartProblem::MissingElement {
                element: "sheetData",
            },
            PartProblem::Unclosed { element: "xml" },
            PartProblem::NoEnd,
            PartProblem::RowNumber {
                written: "x".into(),
            },
            PartProblem::RowsOutOfOrder {
                row: 2,
                previous: 3,
            },
            PartProblem::CellReference {
                written: "A0".into(),
            },
            PartProblem::CellInOtherRow {
                cell: "B3".into(),
                row: 2,
            },
            PartProblem::CellsOutOfOrder {
                cell: "B3".into(),
                previous: "C3".into(),
            },
            PartProblem::SheetWithoutName,
            PartProblem::SheetWithoutRelationship { sheet: sheet() },
            PartProblem::MissingRelationship {
                sheet: sheet(),
                id: "rId9".into(),
            },
            PartProblem::SheetOutsidePackage { sheet: sheet() },
            PartProblem::NoSheets,
            PartProblem::DefinedNameSheet {
                written: "x".into(),
            },
            PartProblem::NoContentTypes,
            PartProblem::EmptyCellFormat,
            PartProblem::CellFormatNotElement,
            PartProblem::StyleListWithoutStart,
            PartProblem::DrawingMissing { id: "rId9".into() },
        ];
        problems.extend(
            [
                PartKind::Sheet,
                PartKind::Workbook,
                PartKind::Styles,
                PartKind::Comments,
            ]
            .map(PartProblem::WrongRoot),
        );
        all.extend(
            problems
                .into_iter()
                .map(|problem| AnnotateError::MalformedPart {
                    part: part(),
                    problem,
                }),
        );
        all.extend(
            [
                LimitExceeded::ZipEntries { count: 9, limit: 1 },
                LimitExceeded::PartSize {
                    part: part(),
                    size: 9,
                    limit: 1,
                },
                LimitExceeded::TotalSize { limit: 1 },
            ]
            .map(AnnotateError::Limit),
        );
        all
    }

    #[test]
    fn every_refusal_is_said_in_french_and_spanish() {
        let quoted = [
            DETAIL,
            "EncryptedPackage",
            "Excel",
            "LibreOffice",
            "OpenDocument",
        ];
        let problems: Vec<String> = samples()
            .iter()
            .flat_map(|error| untranslated(error, &quoted))
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_english_message_is_the_display() {
        for error in samples() {
            assert_eq!(error.to_string(), error.say(Lang::En));
        }
    }
}
