//! The readers' refusals in the language of the messages: why a file is none of the formats,
//! or why its reader could not read it.

use super::{Say, quote, too_large};
use crate::say;
use att_schema::Lang;

impl Say for att_core::LoadError {
    fn say(&self, lang: Lang) -> String {
        use att_core::LoadError as L;
        match self {
            L::UnknownFormat => say!(
                lang,
                "not a report format att reads: expected a workbook (.xlsx, .xlsm, .xls, .ods), XML or JSON",
                "ce n’est pas un format de rapport que lit att\u{a0}: un classeur (.xlsx, .xlsm, .xls, .ods), du XML ou du JSON est attendu",
                "no es un formato de informe que att lea: se espera un libro de cálculo (.xlsx, .xlsm, .xls, .ods), XML o JSON",
            ),
            L::Empty => say!(
                lang,
                "the file is empty",
                "le fichier est vide",
                "el archivo está vacío",
            ),
            L::TooLarge { size, limit } => too_large(*size, *limit, lang),
            L::Json(error) => error.say(lang),
            L::Xml(error) => error.say(lang),
            L::Workbook(error) => error.say(lang),
        }
    }
}

impl Say for att_json::ReadError {
    fn say(&self, lang: Lang) -> String {
        att_schema::Say::say(self, lang)
    }
}

impl Say for att_xml::ReadError {
    fn say(&self, lang: Lang) -> String {
        att_schema::Say::say(self, lang)
    }
}

impl Say for att_xlsx::ReadError {
    fn say(&self, lang: Lang) -> String {
        use att_xlsx::ReadError as W;
        match self {
            W::Encrypted { detail } => say!(
                lang,
                "the workbook is protected with a password ({detail}); att cannot read encrypted workbooks: open it, remove the password (in Excel: File › Info › Protect Workbook › Encrypt with Password, and clear it) and save it again",
                "le classeur est protégé par un mot de passe ({detail})\u{a0}; att ne lit pas les classeurs chiffrés\u{a0}: ouvrez-le, retirez le mot de passe (dans Excel\u{a0}: Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe, et videz-le) puis enregistrez-le de nouveau",
                "el libro está protegido con una contraseña ({detail}); att no lee libros cifrados: ábralo, quite la contraseña (en Excel: Archivo › Información › Proteger libro › Cifrar con contraseña, y bórrela) y guárdelo de nuevo",
            ),
            W::Zip(detail) => say!(
                lang,
                "the file is not a readable .xlsx or .ods workbook: the zip container is damaged ({detail})",
                "le fichier n’est pas un classeur .xlsx ou .ods lisible\u{a0}: le conteneur zip est endommagé ({detail})",
                "el archivo no es un libro .xlsx u .ods legible: el contenedor zip está dañado ({detail})",
            ),
            W::Ole(detail) => say!(
                lang,
                "the file is not a readable .xls workbook: {detail}",
                "le fichier n’est pas un classeur .xls lisible\u{a0}: {detail}",
                "el archivo no es un libro .xls legible: {detail}",
            ),
            W::NotAWorkbook(detail) => say!(
                lang,
                "the file is not a workbook: {detail}",
                "le fichier n’est pas un classeur\u{a0}: {detail}",
                "el archivo no es un libro de cálculo: {detail}",
            ),
            W::Unsupported(detail) => say!(
                lang,
                "{detail}",
                "ce type de classeur n’est pas lu par att\u{a0}: {detail}",
                "att no lee este tipo de libro: {detail}",
            ),
            W::Malformed(detail) => say!(
                lang,
                "the workbook is damaged ({detail}); open it in a spreadsheet program and save it again",
                "le classeur est endommagé ({detail})\u{a0}; ouvrez-le dans un tableur et enregistrez-le de nouveau",
                "el libro está dañado ({detail}); ábralo en una hoja de cálculo y guárdelo de nuevo",
            ),
            W::Part { part, reason } => say!(
                lang,
                "the part {part} of the workbook cannot be read: {reason}",
                "la partie {part} du classeur ne peut pas être lue\u{a0}: {reason}",
                "la parte {part} del libro no se puede leer: {reason}",
            ),
            W::Sheet { sheet, reason } => {
                let sheet = quote(sheet, lang);
                say!(
                    lang,
                    "sheet {sheet} cannot be read: {reason}",
                    "la feuille {sheet} ne peut pas être lue\u{a0}: {reason}",
                    "la hoja {sheet} no se puede leer: {reason}",
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

impl Say for att_xlsx::LimitExceeded {
    fn say(&self, lang: Lang) -> String {
        use att_xlsx::LimitExceeded as E;
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
                let sheet = quote(sheet, lang);
                say!(
                    lang,
                    "the workbook has more than {limit} non-empty cells (the limit was reached on sheet {sheet})",
                    "le classeur a plus de {limit}\u{a0}cellules non vides (la limite a été atteinte sur la feuille {sheet})",
                    "el libro tiene más de {limit} celdas no vacías (se alcanzó el límite en la hoja {sheet})",
                )
            }
            E::MergedCells { sheet, limit } => {
                let sheet = quote(sheet, lang);
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
                let sheet = quote(sheet, lang);
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
