//! What the workbook reader's errors say, in English, French and Spanish; the English is their
//! `Display`.

use crate::container::error::{
    Encryption, OleProblem, OtherFile, PartProblem, ReadError, SheetName, SheetProblem,
    UnsupportedWorkbook, ZipProblem,
};
use crate::container::limits::LimitExceeded;
use att_schema::say::{Say, quote};
use att_schema::{Lang, display_in_english, say};

display_in_english!(
    ReadError,
    LimitExceeded,
    Encryption,
    ZipProblem,
    OleProblem,
    OtherFile,
    UnsupportedWorkbook,
    PartProblem,
    SheetProblem,
    SheetName,
);

impl Say for ReadError {
    fn say(&self, lang: Lang) -> String {
        use ReadError as W;
        match self {
            W::Encrypted(how) => {
                let how = how.say(lang);
                say!(
                    lang,
                    "the workbook is protected with a password ({how}); att cannot read encrypted workbooks: open it, remove the password (in Excel: File › Info › Protect Workbook › Encrypt with Password, and clear it) and save it again",
                    "le classeur est protégé par un mot de passe ({how})\u{a0}; att ne lit pas les classeurs chiffrés\u{a0}: ouvrez-le, retirez le mot de passe (dans Excel\u{a0}: Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe, et videz-le) puis enregistrez-le de nouveau",
                    "el libro está protegido con una contraseña ({how}); att no lee libros cifrados: ábralo, quite la contraseña (en Excel: Archivo › Información › Proteger libro › Cifrar con contraseña, y bórrela) y guárdelo de nuevo",
                )
            }
            W::Zip(problem) => {
                let problem = problem.say(lang);
                say!(
                    lang,
                    "the file is not a readable .xlsx or .ods workbook: {problem}",
                    "le fichier n’est pas un classeur .xlsx ou .ods lisible\u{a0}: {problem}",
                    "el archivo no es un libro .xlsx u .ods legible: {problem}",
                )
            }
            W::Ole(problem) => {
                let problem = problem.say(lang);
                say!(
                    lang,
                    "the file is not a readable .xls workbook: {problem}",
                    "le fichier n’est pas un classeur .xls lisible\u{a0}: {problem}",
                    "el archivo no es un libro .xls legible: {problem}",
                )
            }
            W::NotAWorkbook(what) => {
                let what = what.say(lang);
                say!(
                    lang,
                    "the file is not a workbook: {what}",
                    "le fichier n’est pas un classeur\u{a0}: {what}",
                    "el archivo no es un libro de cálculo: {what}",
                )
            }
            W::Unsupported(kind) => kind.say(lang),
            W::Malformed(Some(detail)) => say!(
                lang,
                "the workbook is damaged ({detail}); open it in a spreadsheet program and save it again",
                "le classeur est endommagé ({detail})\u{a0}; ouvrez-le dans un tableur et enregistrez-le de nouveau",
                "el libro está dañado ({detail}); ábralo en una hoja de cálculo y guárdelo de nuevo",
            ),
            W::Malformed(None) => say!(
                lang,
                "the workbook is damaged (the spreadsheet parser failed on it); open it in a spreadsheet program and save it again",
                "le classeur est endommagé (l’analyseur de tableur a échoué)\u{a0}; ouvrez-le dans un tableur et enregistrez-le de nouveau",
                "el libro está dañado (el analizador de hojas de cálculo falló); ábralo en una hoja de cálculo y guárdelo de nuevo",
            ),
            W::Part { part, problem } => {
                let problem = problem.say(lang);
                say!(
                    lang,
                    "the part {part} of the workbook cannot be read: {problem}",
                    "la partie {part} du classeur ne peut pas être lue\u{a0}: {problem}",
                    "la parte {part} del libro no se puede leer: {problem}",
                )
            }
            W::Sheet { sheet, problem } => {
                let (sheet, problem) = (sheet.say(lang), problem.say(lang));
                say!(
                    lang,
                    "sheet {sheet} cannot be read: {problem}",
                    "la feuille {sheet} ne peut pas être lue\u{a0}: {problem}",
                    "la hoja {sheet} no se puede leer: {problem}",
                )
            }
            W::Limit(limit) => {
                let limit = limit.say(lang);
                say!(
                    lang,
                    "the workbook is too large to read safely: {limit}",
                    "le classeur est trop grand pour être lu sans risque\u{a0}: {limit}",
                    "el libro es demasiado grande para leerlo sin riesgo: {limit}",
                )
            }
        }
    }
}

impl Say for Encryption {
    fn say(&self, lang: Lang) -> String {
        match self {
            Encryption::EncryptedPackage => say!(
                lang,
                "it is an encrypted Office file: an OLE container holding an EncryptedPackage stream",
                "c’est un fichier Office chiffré\u{a0}: un conteneur OLE qui contient un flux EncryptedPackage",
                "es un archivo de Office cifrado: un contenedor OLE que contiene un flujo EncryptedPackage",
            ),
            Encryption::XlsFilePass => say!(
                lang,
                "the .xls workbook is encrypted (it has a FILEPASS record)",
                "le classeur .xls est chiffré (il a un enregistrement FILEPASS)",
                "el libro .xls está cifrado (tiene un registro FILEPASS)",
            ),
            Encryption::ZipPart { part } => say!(
                lang,
                "the part {part} is encrypted",
                "la partie {part} est chiffrée",
                "la parte {part} está cifrada",
            ),
            Encryption::OpenDocument => say!(
                lang,
                "the OpenDocument spreadsheet is encrypted",
                "le classeur OpenDocument est chiffré",
                "la hoja de cálculo OpenDocument está cifrada",
            ),
        }
    }
}

impl Say for ZipProblem {
    fn say(&self, lang: Lang) -> String {
        match self {
            ZipProblem::Damaged(detail) => say!(
                lang,
                "the zip container is damaged ({detail})",
                "le conteneur zip est endommagé ({detail})",
                "el contenedor zip está dañado ({detail})",
            ),
            ZipProblem::Unsupported(detail) => say!(
                lang,
                "its zip container uses a feature att does not read ({detail}); open it in a spreadsheet program and save it again",
                "son conteneur zip utilise une fonction que att ne lit pas ({detail})\u{a0}; ouvrez-le dans un tableur et enregistrez-le de nouveau",
                "su contenedor zip usa una función que att no lee ({detail}); ábralo en una hoja de cálculo y guárdelo de nuevo",
            ),
        }
    }
}

impl Say for OleProblem {
    fn say(&self, lang: Lang) -> String {
        match self {
            OleProblem::Damaged(detail) => say!(
                lang,
                "the OLE container is damaged ({detail})",
                "le conteneur OLE est endommagé ({detail})",
                "el contenedor OLE está dañado ({detail})",
            ),
            OleProblem::Stream { stream, detail } => say!(
                lang,
                "the {stream} stream cannot be read ({detail})",
                "le flux {stream} ne peut pas être lu ({detail})",
                "el flujo {stream} no se puede leer ({detail})",
            ),
        }
    }
}

impl Say for OtherFile {
    fn say(&self, lang: Lang) -> String {
        match self {
            OtherFile::NeitherZipNorOle => say!(
                lang,
                "it is neither a zip container (.xlsx, .xlsm, .ods) nor an OLE compound file (.xls)",
                "ce n’est ni un conteneur zip (.xlsx, .xlsm, .ods) ni un fichier composé OLE (.xls)",
                "no es ni un contenedor zip (.xlsx, .xlsm, .ods) ni un archivo compuesto OLE (.xls)",
            ),
            OtherFile::WordDocument => say!(
                lang,
                "it is a Word 97–2003 document (.doc), not a spreadsheet",
                "c’est un document Word 97–2003 (.doc), pas un classeur",
                "es un documento de Word 97–2003 (.doc), no una hoja de cálculo",
            ),
            OtherFile::PowerPointPresentation => say!(
                lang,
                "it is a PowerPoint 97–2003 presentation (.ppt), not a spreadsheet",
                "c’est une présentation PowerPoint 97–2003 (.ppt), pas un classeur",
                "es una presentación de PowerPoint 97–2003 (.ppt), no una hoja de cálculo",
            ),
            OtherFile::OleWithoutWorkbook => say!(
                lang,
                "it is an OLE compound file with no Workbook stream in it",
                "c’est un fichier composé OLE sans flux Workbook",
                "es un archivo compuesto OLE sin flujo Workbook",
            ),
            OtherFile::WordOpenXml => say!(
                lang,
                "it is a Word document (.docx), not a spreadsheet",
                "c’est un document Word (.docx), pas un classeur",
                "es un documento de Word (.docx), no una hoja de cálculo",
            ),
            OtherFile::PowerPointOpenXml => say!(
                lang,
                "it is a PowerPoint presentation (.pptx), not a spreadsheet",
                "c’est une présentation PowerPoint (.pptx), pas un classeur",
                "es una presentación de PowerPoint (.pptx), no una hoja de cálculo",
            ),
            OtherFile::ZipWithoutWorkbook => say!(
                lang,
                "it is a zip archive with no workbook in it (neither xl/workbook.xml nor content.xml)",
                "c’est une archive zip sans classeur (ni xl/workbook.xml ni content.xml)",
                "es un archivo zip sin libro de cálculo (ni xl/workbook.xml ni content.xml)",
            ),
            OtherFile::OpenDocument { mimetype } => say!(
                lang,
                "it is an OpenDocument file of another kind ({mimetype}), not a spreadsheet",
                "c’est un fichier OpenDocument d’un autre type ({mimetype}), pas un classeur",
                "es un archivo OpenDocument de otro tipo ({mimetype}), no una hoja de cálculo",
            ),
        }
    }
}

impl Say for UnsupportedWorkbook {
    fn say(&self, lang: Lang) -> String {
        match self {
            UnsupportedWorkbook::Xlsb => say!(
                lang,
                "binary Excel workbooks (.xlsb) are not read by att: open the file in Excel and save it as .xlsx",
                "att ne lit pas les classeurs Excel binaires (.xlsb)\u{a0}: ouvrez le fichier dans Excel et enregistrez-le en .xlsx",
                "att no lee libros binarios de Excel (.xlsb): abra el archivo en Excel y guárdelo como .xlsx",
            ),
        }
    }
}

impl Say for PartProblem {
    fn say(&self, lang: Lang) -> String {
        match self {
            PartProblem::Missing => say!(
                lang,
                "it is missing from the container",
                "elle manque dans le conteneur",
                "falta en el contenedor",
            ),
            PartProblem::NoWorkbook => say!(
                lang,
                "it names no workbook (no officeDocument relationship)",
                "elle ne désigne aucun classeur (pas de relation officeDocument)",
                "no designa ningún libro (no hay relación officeDocument)",
            ),
            PartProblem::Unreadable(detail) => say!(
                lang,
                "its compressed data cannot be read ({detail})",
                "ses données compressées ne peuvent pas être lues ({detail})",
                "sus datos comprimidos no se pueden leer ({detail})",
            ),
            PartProblem::NotWellFormed { offset, detail } => say!(
                lang,
                "it is not well-formed XML at byte {offset} ({detail})",
                "ce n’est pas du XML bien formé à l’octet {offset} ({detail})",
                "no es XML bien formado en el byte {offset} ({detail})",
            ),
            PartProblem::Parser(detail) => parser_failed(detail, lang),
        }
    }
}

impl Say for SheetProblem {
    fn say(&self, lang: Lang) -> String {
        match self {
            SheetProblem::Dimensions {
                first_row,
                end_row,
                first_col,
                end_col,
            } => say!(
                lang,
                "its DIMENSIONS record is invalid (rows {first_row}–{end_row}, columns {first_col}–{end_col})",
                "son enregistrement DIMENSIONS n’est pas valable (lignes {first_row} à {end_row}, colonnes {first_col} à {end_col})",
                "su registro DIMENSIONS no es válido (filas {first_row}–{end_row}, columnas {first_col}–{end_col})",
            ),
            SheetProblem::Parser(detail) => parser_failed(detail, lang),
        }
    }
}

fn parser_failed(detail: &att_schema::say::Detail, lang: Lang) -> String {
    say!(
        lang,
        "the spreadsheet parser could not read it ({detail})",
        "l’analyseur de tableur n’a pas pu la lire ({detail})",
        "el analizador de hojas de cálculo no pudo leerla ({detail})",
    )
}

impl Say for SheetName {
    fn say(&self, lang: Lang) -> String {
        match self {
            SheetName::Named(name) => quote(name, lang),
            SheetName::Numbered(number) => {
                say!(lang, "number {number}", "nº\u{a0}{number}", "n.º {number}",)
            }
        }
    }
}

impl Say for LimitExceeded {
    fn say(&self, lang: Lang) -> String {
        use LimitExceeded as E;
        match self {
            E::ZipEntries { count, limit } => say!(
                lang,
                "the zip container has {count} entries, more than the limit of {limit}",
                "le conteneur zip a {count}\u{a0}entrées, plus que la limite de {limit}",
                "el contenedor zip tiene {count} entradas, más que el límite de {limit}",
            ),
            E::PartSize { part, size, limit } => say!(
                lang,
                "the part {part} inflates to {size} bytes, more than the limit of {limit} bytes",
                "la partie {part} se décompresse en {size}\u{a0}octets, plus que la limite de {limit}\u{a0}octets",
                "la parte {part} se descomprime en {size} bytes, más que el límite de {limit} bytes",
            ),
            E::TotalSize { size, limit } => say!(
                lang,
                "the parts inflate to {size} bytes in all, more than the limit of {limit} bytes",
                "les parties se décompressent en {size}\u{a0}octets au total, plus que la limite de {limit}\u{a0}octets",
                "las partes se descomprimen en {size} bytes en total, más que el límite de {limit} bytes",
            ),
            E::CompressionRatio {
                part,
                compressed,
                size,
                ratio,
                limit,
            } => say!(
                lang,
                "the part {part} is compressed {ratio} times ({compressed} bytes inflating to {size}), more than the limit of {limit} times: this looks like a zip bomb",
                "la partie {part} est compressée {ratio}\u{a0}fois ({compressed}\u{a0}octets qui se décompressent en {size}), plus que la limite de {limit}\u{a0}fois\u{a0}: cela ressemble à une bombe de décompression",
                "la parte {part} está comprimida {ratio} veces ({compressed} bytes que se descomprimen en {size}), más que el límite de {limit} veces: parece una bomba zip",
            ),
            E::SharedStrings { part, size, limit } => say!(
                lang,
                "the shared strings ({part}) inflate to {size} bytes, more than the limit of {limit} bytes",
                "les chaînes partagées ({part}) se décompressent en {size}\u{a0}octets, plus que la limite de {limit}\u{a0}octets",
                "las cadenas compartidas ({part}) se descomprimen en {size} bytes, más que el límite de {limit} bytes",
            ),
            E::Sheets { count, limit } => say!(
                lang,
                "the workbook has {count} sheets, more than the limit of {limit}",
                "le classeur a {count}\u{a0}feuilles, plus que la limite de {limit}",
                "el libro tiene {count} hojas, más que el límite de {limit}",
            ),
            E::Cells { sheet, limit } => {
                let sheet = sheet.say(lang);
                say!(
                    lang,
                    "the workbook has more than {limit} non-empty cells (the limit was reached on sheet {sheet})",
                    "le classeur a plus de {limit}\u{a0}cellules non vides (la limite a été atteinte sur la feuille {sheet})",
                    "el libro tiene más de {limit} celdas no vacías (se alcanzó el límite en la hoja {sheet})",
                )
            }
            E::MergedCells { sheet, limit } => {
                let sheet = sheet.say(lang);
                say!(
                    lang,
                    "the merged areas of the workbook cover more than {limit} cells (the limit was reached on sheet {sheet})",
                    "les zones fusionnées du classeur couvrent plus de {limit}\u{a0}cellules (la limite a été atteinte sur la feuille {sheet})",
                    "las áreas combinadas del libro cubren más de {limit} celdas (se alcanzó el límite en la hoja {sheet})",
                )
            }
            E::DenseGrid {
                sheet,
                range,
                cells,
                far_cell,
                limit,
            } => {
                let sheet = sheet.say(lang);
                say!(
                    lang,
                    "sheet {sheet} spans {range} ({cells} cells), more than the limit of {limit} for .xls and .ods sheets; delete the stray content at {far_cell}, or save the workbook as .xlsx",
                    "la feuille {sheet} s’étend sur {range} ({cells}\u{a0}cellules), plus que la limite de {limit} pour les feuilles .xls et .ods\u{a0}; supprimez le contenu égaré en {far_cell}, ou enregistrez le classeur en .xlsx",
                    "la hoja {sheet} abarca {range} ({cells} celdas), más que el límite de {limit} para las hojas .xls y .ods; elimine el contenido suelto en {far_cell} o guarde el libro como .xlsx",
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::say::{Detail, untranslated};

    /// Every error of the reader, each kind of problem and limit, with payloads that are no
    /// English words; a library's detail is the text `DETAIL`.
    fn samples() -> Vec<ReadError> {
        let detail = || Detail::of(&DETAIL);
        let part = || "xl/d.xml".to_owned();
        let sheet = || SheetName::Named("Datos".into());
        let mut all: Vec<ReadError> = [
            Encryption::EncryptedPackage,
            Encryption::XlsFilePass,
            Encryption::ZipPart { part: part() },
            Encryption::OpenDocument,
        ]
        .into_iter()
        .map(ReadError::Encrypted)
        .collect();
        all.extend([
            ReadError::Zip(ZipProblem::Damaged(detail())),
            ReadError::Zip(ZipProblem::Unsupported(detail())),
            ReadError::Ole(OleProblem::Damaged(detail())),
            ReadError::Ole(OleProblem::Stream {
                stream: "Workbook",
                detail: detail(),
            }),
            ReadError::Unsupported(UnsupportedWorkbook::Xlsb),
            ReadError::Malformed(Some(detail())),
            ReadError::Malformed(None),
        ]);
        all.extend(
            [
                OtherFile::NeitherZipNorOle,
                OtherFile::WordDocument,
                OtherFile::PowerPointPresentation,
                OtherFile::OleWithoutWorkbook,
                OtherFile::WordOpenXml,
                OtherFile::PowerPointOpenXml,
                OtherFile::ZipWithoutWorkbook,
                OtherFile::OpenDocument {
                    mimetype: "application/vnd.oasis.opendocument.text".into(),
                },
            ]
            .into_iter()
            .map(ReadError::NotAWorkbook),
        );
        all.extend(
            [
                PartProblem::Missing,
                PartProblem::NoWorkbook,
                PartProblem::Unreadable(detail()),
                PartProblem::NotWellFormed {
                    offset: 7,
                    detail: detail(),
                },
                PartProblem::Parser(detail()),
            ]
            .into_iter()
            .map(|problem| ReadError::Part {
                part: part(),
                problem,
            }),
        );
        for sheet in [sheet(), SheetName::Numbered(2)] {
            all.extend(
                [
                    SheetProblem::Dimensions {
                        first_row: 9,
                        end_row: 3,
                        first_col: 0,
                        end_col: 2,
                    },
                    SheetProblem::Parser(detail()),
                ]
                .into_iter()
                .map(|problem| ReadError::Sheet {
                    sheet: sheet.clone(),
                    problem,
                }),
            );
        }
        all.extend(
            [
                LimitExceeded::ZipEntries { count: 9, limit: 1 },
                LimitExceeded::PartSize {
                    part: part(),
                    size: 9,
                    limit: 1,
                },
                LimitExceeded::TotalSize { size: 9, limit: 1 },
                LimitExceeded::CompressionRatio {
                    part: part(),
                    compressed: 1,
                    size: 900,
                    ratio: 900,
                    limit: 250,
                },
                LimitExceeded::SharedStrings {
                    part: part(),
                    size: 9,
                    limit: 1,
                },
                LimitExceeded::Sheets { count: 9, limit: 1 },
                LimitExceeded::Cells {
                    sheet: sheet(),
                    limit: 1,
                },
                LimitExceeded::MergedCells {
                    sheet: SheetName::Numbered(3),
                    limit: 1,
                },
                LimitExceeded::DenseGrid {
                    sheet: sheet(),
                    range: "A1:IV9".into(),
                    cells: 9,
                    far_cell: "IV9".into(),
                    limit: 1,
                },
            ]
            .into_iter()
            .map(ReadError::Limit),
        );
        all
    }

    /// What a library says, in English, which the messages quote as it is.
    const DETAIL: &str = "the library says: not found";

    #[test]
    fn every_error_is_said_in_french_and_spanish() {
        let problems: Vec<String> = samples()
            .iter()
            .flat_map(|error| untranslated(error, &[DETAIL, "Workbook", "EncryptedPackage"]))
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_english_message_is_the_display() {
        for error in samples() {
            assert_eq!(error.to_string(), error.say(Lang::En));
        }
        let unnamed = SheetName::Numbered(2);
        assert_eq!(unnamed.to_string(), "number 2");
        assert_eq!(SheetName::from("Exports").to_string(), "“Exports”");
    }
}
