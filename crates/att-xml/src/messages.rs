//! What the XML reader's and writer's errors say, in English, French and Spanish; the English
//! is their `Display`.

use crate::error::{ReadError, SyntaxProblem, WriteError};
use att_schema::say::{Say, line_column, quote};
use att_schema::{Lang, display_in_english, say};

display_in_english!(ReadError, SyntaxProblem, WriteError);

impl Say for ReadError {
    fn say(&self, lang: Lang) -> String {
        use ReadError as X;
        match self {
            X::Empty => say!(
                lang,
                "the file is empty: an XML report has at least a <report> element",
                "le fichier est vide\u{a0}: un rapport XML a au moins un élément <report>",
                "el archivo está vacío: un informe XML tiene al menos un elemento <report>",
            ),
            X::TooLarge { size, limit } => say!(
                lang,
                "the file is {size} bytes, more than the limit of {limit} bytes for an XML report",
                "le fichier fait {size}\u{a0}octets, plus que la limite de {limit}\u{a0}octets d’un rapport XML",
                "el archivo tiene {size} bytes, más que el límite de {limit} bytes de un informe XML",
            ),
            X::UnsupportedEncoding { encoding } => say!(
                lang,
                "the file is in the {encoding} encoding; att reads XML in UTF-8 or UTF-16 only: save the file as UTF-8",
                "le fichier est dans le codage {encoding}\u{a0}; att ne lit le XML qu’en UTF-8 ou en UTF-16\u{a0}: enregistrez le fichier en UTF-8",
                "el archivo está en la codificación {encoding}; att solo lee XML en UTF-8 o UTF-16: guarde el archivo en UTF-8",
            ),
            X::InvalidText {
                encoding,
                line,
                column,
            } => {
                let at = line_column(*line, *column, lang);
                say!(
                    lang,
                    "not valid {encoding} text: invalid bytes at {at}",
                    "ce n’est pas du texte {encoding} valable\u{a0}: octets non valables à la {at}",
                    "no es texto {encoding} válido: bytes no válidos en la {at}",
                )
            }
            X::Doctype { line, column } => {
                let at = line_column(*line, *column, lang);
                say!(
                    lang,
                    "{at}: the file has a document type declaration (<!DOCTYPE …>); att does not read DTDs, which can define entities and fetch other files: remove the declaration",
                    "{at}\u{a0}: le fichier a une déclaration de type de document (<!DOCTYPE …>)\u{a0}; att ne lit pas les DTD, qui peuvent définir des entités et aller chercher d’autres fichiers\u{a0}: supprimez la déclaration",
                    "{at}: el archivo tiene una declaración de tipo de documento (<!DOCTYPE …>); att no lee DTD, que pueden definir entidades y obtener otros archivos: elimine la declaración",
                )
            }
            X::Syntax {
                line,
                column,
                problem,
            } => {
                let at = line_column(*line, *column, lang);
                let problem = problem.say(lang);
                say!(
                    lang,
                    "not well-formed XML: {at}: {problem}",
                    "XML mal formé\u{a0}: {at}\u{a0}: {problem}",
                    "XML mal formado: {at}: {problem}",
                )
            }
            X::TooDeep {
                line,
                column,
                limit,
            } => {
                let at = line_column(*line, *column, lang);
                say!(
                    lang,
                    "{at}: elements are nested more than {limit} deep; a report is never this deep",
                    "{at}\u{a0}: les éléments sont imbriqués sur plus de {limit}\u{a0}niveaux\u{a0}; un rapport n’est jamais aussi profond",
                    "{at}: los elementos están anidados en más de {limit} niveles; un informe nunca es tan profundo",
                )
            }
            X::TooManyElements {
                line,
                column,
                limit,
            } => {
                let at = line_column(*line, *column, lang);
                say!(
                    lang,
                    "{at}: the file has more than {limit} elements, more than the reader accepts",
                    "{at}\u{a0}: le fichier a plus de {limit}\u{a0}éléments, plus que ce qu’accepte le lecteur",
                    "{at}: el archivo tiene más de {limit} elementos, más de los que admite el lector",
                )
            }
            X::NotAReport {
                line,
                column,
                element,
                namespace,
                expected,
            } => {
                let at = line_column(*line, *column, lang);
                let root = describe_root(element, namespace.as_deref(), lang);
                say!(
                    lang,
                    "{at}: {root}; an ATT annual report in XML is <report xmlns=\"{expected}\">",
                    "{at}\u{a0}: {root}\u{a0}; un rapport annuel du TCA en XML est <report xmlns=\"{expected}\">",
                    "{at}: {root}; un informe anual del TCA en XML es <report xmlns=\"{expected}\">",
                )
            }
            X::UnsupportedVersion {
                line,
                column,
                found,
                namespace,
                supported,
                expected,
            } => {
                let at = line_column(*line, *column, lang);
                say!(
                    lang,
                    "{at}: the report is in version {found} of the XML encoding ({namespace}); this att reads version {supported} ({expected})",
                    "{at}\u{a0}: le rapport est dans la version {found} du codage XML ({namespace})\u{a0}; cet att lit la version {supported} ({expected})",
                    "{at}: el informe está en la versión {found} de la codificación XML ({namespace}); este att lee la versión {supported} ({expected})",
                )
            }
        }
    }
}

/// What the root element is, when it is not the report.
fn describe_root(element: &str, namespace: Option<&str>, lang: Lang) -> String {
    match (element.rsplit(':').next(), namespace) {
        (Some("report"), None) => say!(
            lang,
            "the root element <{element}> has no namespace",
            "l’élément racine <{element}> n’a pas d’espace de noms",
            "el elemento raíz <{element}> no tiene espacio de nombres",
        ),
        (Some("report"), Some(namespace)) => {
            let namespace = quote(namespace, lang);
            say!(
                lang,
                "the root element <{element}> is in the namespace {namespace}",
                "l’élément racine <{element}> est dans l’espace de noms {namespace}",
                "el elemento raíz <{element}> está en el espacio de nombres {namespace}",
            )
        }
        (_, None) => say!(
            lang,
            "the root element is <{element}>",
            "l’élément racine est <{element}>",
            "el elemento raíz es <{element}>",
        ),
        (_, Some(namespace)) => {
            let namespace = quote(namespace, lang);
            say!(
                lang,
                "the root element is <{element}> in the namespace {namespace}",
                "l’élément racine est <{element}> dans l’espace de noms {namespace}",
                "el elemento raíz es <{element}> en el espacio de nombres {namespace}",
            )
        }
    }
}

impl Say for SyntaxProblem {
    fn say(&self, lang: Lang) -> String {
        use SyntaxProblem as S;
        match self {
            S::IllegalCharacter { code } => {
                let code = format!("U+{code:04X}");
                say!(
                    lang,
                    "the character {code} is not allowed in XML",
                    "le caractère {code} n’est pas admis en XML",
                    "el carácter {code} no está permitido en XML",
                )
            }
            S::UndefinedEntity { name } => say!(
                lang,
                "the entity &{name}; is not defined: only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are allowed",
                "l’entité &{name}; n’est pas définie\u{a0}: seules &amp; &lt; &gt; &quot; &apos; et les références de caractère comme &#233; sont admises",
                "la entidad &{name}; no está definida: solo se admiten &amp; &lt; &gt; &quot; &apos; y referencias de carácter como &#233;",
            ),
            S::UnterminatedReference => say!(
                lang,
                "“&” must start a reference such as &amp; or &#233; and end with “;” (write a lone & as &amp;)",
                "«\u{a0}&\u{a0}» doit ouvrir une référence comme &amp; ou &#233; terminée par «\u{a0};\u{a0}» (écrivez un & isolé &amp;)",
                "«&» debe abrir una referencia como &amp; o &#233; terminada en «;» (escriba un & suelto como &amp;)",
            ),
            S::InvalidCharacterReference {
                written: Some(written),
            } => say!(
                lang,
                "&{written}; is not a valid character reference",
                "&{written}; n’est pas une référence de caractère valable",
                "&{written}; no es una referencia de carácter válida",
            ),
            S::InvalidCharacterReference { written: None } => say!(
                lang,
                "a character reference is not valid: write it as &#233; or &#xE9;",
                "une référence de caractère n’est pas valable\u{a0}: écrivez-la &#233; ou &#xE9;",
                "una referencia de carácter no es válida: escríbala como &#233; o &#xE9;",
            ),
            S::TooManyEntities => say!(
                lang,
                "an attribute value holds too many references",
                "une valeur d’attribut contient trop de références",
                "un valor de atributo contiene demasiadas referencias",
            ),
            S::LessThanInAttribute => say!(
                lang,
                "an attribute value may not contain '<' (write it as &lt;)",
                "une valeur d’attribut ne peut pas contenir «\u{a0}<\u{a0}» (écrivez-le &lt;)",
                "un valor de atributo no puede contener «<» (escríbalo como &lt;)",
            ),
            S::MisplacedDeclaration => say!(
                lang,
                "the XML declaration (<?xml …?>) must be at the very start of the file",
                "la déclaration XML (<?xml …?>) doit être au tout début du fichier",
                "la declaración XML (<?xml …?>) debe estar al principio del archivo",
            ),
            S::DeclarationWithoutVersion => say!(
                lang,
                "the XML declaration must start with its version: <?xml version=\"1.0\"?>",
                "la déclaration XML doit commencer par sa version\u{a0}: <?xml version=\"1.0\"?>",
                "la declaración XML debe empezar por su versión: <?xml version=\"1.0\"?>",
            ),
            S::UnknownVersion => say!(
                lang,
                "the XML declaration names a version that is neither 1.0 nor 1.1; declare version=\"1.0\"",
                "la déclaration XML indique une version qui n’est ni 1.0 ni 1.1\u{a0}; déclarez version=\"1.0\"",
                "la declaración XML indica una versión que no es ni 1.0 ni 1.1; declare version=\"1.0\"",
            ),
            S::UnsupportedVersion { version } => say!(
                lang,
                "XML version {version} is not supported; declare version=\"1.0\"",
                "la version {version} de XML n’est pas prise en charge\u{a0}; déclarez version=\"1.0\"",
                "la versión {version} de XML no es compatible; declare version=\"1.0\"",
            ),
            S::SecondRoot => say!(
                lang,
                "a second root element: everything in an XML file is inside one root element",
                "un second élément racine\u{a0}: tout le contenu d’un fichier XML est dans un seul élément racine",
                "un segundo elemento raíz: todo el contenido de un archivo XML está dentro de un único elemento raíz",
            ),
            S::TextBeforeRoot => say!(
                lang,
                "text before the root element: everything in an XML file is inside one root element",
                "du texte avant l’élément racine\u{a0}: tout le contenu d’un fichier XML est dans un seul élément racine",
                "texto antes del elemento raíz: todo el contenido de un archivo XML está dentro de un único elemento raíz",
            ),
            S::TextAfterRoot => say!(
                lang,
                "text after the root element: everything in an XML file is inside one root element",
                "du texte après l’élément racine\u{a0}: tout le contenu d’un fichier XML est dans un seul élément racine",
                "texto después del elemento raíz: todo el contenido de un archivo XML está dentro de un único elemento raíz",
            ),
            S::NoElement => say!(
                lang,
                "the file has no element: an XML report has at least a <report> element",
                "le fichier n’a aucun élément\u{a0}: un rapport XML a au moins un élément <report>",
                "el archivo no tiene ningún elemento: un informe XML tiene al menos un elemento <report>",
            ),
            S::CutShort {
                element,
                opened_line,
                opened_column,
            } => {
                let opened = line_column(*opened_line, *opened_column, lang);
                say!(
                    lang,
                    "the file ends before <{element}> (opened at {opened}) is closed: the XML is cut short",
                    "le fichier se termine avant la fermeture de <{element}> (ouvert à la {opened})\u{a0}: le XML est tronqué",
                    "el archivo termina antes de que se cierre <{element}> (abierto en la {opened}): el XML está cortado",
                )
            }
            S::MismatchedEndTag {
                found,
                expected,
                opened,
            } => match opened {
                Some((line, column)) => {
                    let opened = line_column(*line, *column, lang);
                    say!(
                        lang,
                        "the end tag </{found}> does not close <{expected}> (opened at {opened})",
                        "la balise de fin </{found}> ne ferme pas <{expected}> (ouvert à la {opened})",
                        "la etiqueta de cierre </{found}> no cierra <{expected}> (abierto en la {opened})",
                    )
                }
                None => say!(
                    lang,
                    "the end tag </{found}> does not close <{expected}>",
                    "la balise de fin </{found}> ne ferme pas <{expected}>",
                    "la etiqueta de cierre </{found}> no cierra <{expected}>",
                ),
            },
            S::UnmatchedEndTag { name } => say!(
                lang,
                "the end tag </{name}> closes no open element",
                "la balise de fin </{name}> ne ferme aucun élément ouvert",
                "la etiqueta de cierre </{name}> no cierra ningún elemento abierto",
            ),
            S::MissingEndTag { name } => say!(
                lang,
                "<{name}> is not closed: the XML is cut short",
                "<{name}> n’est pas fermé\u{a0}: le XML est tronqué",
                "<{name}> no está cerrado: el XML está cortado",
            ),
            S::DoubleHyphenInComment => say!(
                lang,
                "a comment may not contain “--” before its end",
                "un commentaire ne peut pas contenir «\u{a0}--\u{a0}» avant sa fin",
                "un comentario no puede contener «--» antes de su final",
            ),
            S::InvalidBangMarkup => say!(
                lang,
                "“<!” must start a comment (<!-- … -->) or a CDATA section (<![CDATA[ … ]]>)",
                "«\u{a0}<!\u{a0}» doit ouvrir un commentaire (<!-- … -->) ou une section CDATA (<![CDATA[ … ]]>)",
                "«<!» debe abrir un comentario (<!-- … -->) o una sección CDATA (<![CDATA[ … ]]>)",
            ),
            S::UnclosedProcessingInstruction => say!(
                lang,
                "a processing instruction (<? … ?>) is not closed: the XML is cut short",
                "une instruction de traitement (<? … ?>) n’est pas fermée\u{a0}: le XML est tronqué",
                "una instrucción de procesamiento (<? … ?>) no está cerrada: el XML está cortado",
            ),
            S::UnclosedDeclaration => say!(
                lang,
                "the XML declaration (<?xml … ?>) is not closed: the XML is cut short",
                "la déclaration XML (<?xml … ?>) n’est pas fermée\u{a0}: le XML est tronqué",
                "la declaración XML (<?xml … ?>) no está cerrada: el XML está cortado",
            ),
            S::UnclosedComment => say!(
                lang,
                "a comment (<!-- … -->) is not closed: the XML is cut short",
                "un commentaire (<!-- … -->) n’est pas fermé\u{a0}: le XML est tronqué",
                "un comentario (<!-- … -->) no está cerrado: el XML está cortado",
            ),
            S::UnclosedDoctype => say!(
                lang,
                "a document type declaration is not closed",
                "une déclaration de type de document n’est pas fermée",
                "una declaración de tipo de documento no está cerrada",
            ),
            S::UnclosedCData => say!(
                lang,
                "a CDATA section (<![CDATA[ … ]]>) is not closed: the XML is cut short",
                "une section CDATA (<![CDATA[ … ]]>) n’est pas fermée\u{a0}: le XML est tronqué",
                "una sección CDATA (<![CDATA[ … ]]>) no está cerrada: el XML está cortado",
            ),
            S::UnclosedTag => say!(
                lang,
                "a tag is not closed (a “>” is missing): the XML is cut short",
                "une balise n’est pas fermée (il manque un «\u{a0}>\u{a0}»)\u{a0}: le XML est tronqué",
                "una etiqueta no está cerrada (falta un «>»): el XML está cortado",
            ),
            S::UnclosedAttributeValue => say!(
                lang,
                "an attribute value is not closed (a quotation mark is missing)",
                "une valeur d’attribut n’est pas fermée (il manque un guillemet)",
                "un valor de atributo no está cerrado (falta una comilla)",
            ),
            S::AttributeWithoutEquals => say!(
                lang,
                "an attribute name must be followed by “=” and a value in quotation marks",
                "un nom d’attribut doit être suivi de «\u{a0}=\u{a0}» et d’une valeur entre guillemets",
                "un nombre de atributo debe ir seguido de «=» y de un valor entre comillas",
            ),
            S::AttributeWithoutValue => say!(
                lang,
                "“=” must be followed by the attribute value in quotation marks",
                "«\u{a0}=\u{a0}» doit être suivi de la valeur de l’attribut entre guillemets",
                "«=» debe ir seguido del valor del atributo entre comillas",
            ),
            S::UnquotedAttributeValue => say!(
                lang,
                "attribute values must be in quotation marks",
                "les valeurs d’attribut doivent être entre guillemets",
                "los valores de atributo deben ir entre comillas",
            ),
            S::DuplicateAttribute => say!(
                lang,
                "the same attribute is given twice in one tag",
                "le même attribut figure deux fois dans une balise",
                "el mismo atributo aparece dos veces en una etiqueta",
            ),
            S::UndeclaredPrefix {
                prefix,
                name: Some(name),
            } => {
                let quoted = quote(prefix, lang);
                say!(
                    lang,
                    "the prefix {quoted} of <{name}> is not declared (declare it with xmlns:{prefix}=\"…\")",
                    "le préfixe {quoted} de <{name}> n’est pas déclaré (déclarez-le avec xmlns:{prefix}=\"…\")",
                    "el prefijo {quoted} de <{name}> no está declarado (declárelo con xmlns:{prefix}=\"…\")",
                )
            }
            S::UndeclaredPrefix { prefix, name: None } => {
                let quoted = quote(prefix, lang);
                say!(
                    lang,
                    "the prefix {quoted} is not declared (declare it with xmlns:{prefix}=\"…\")",
                    "le préfixe {quoted} n’est pas déclaré (déclarez-le avec xmlns:{prefix}=\"…\")",
                    "el prefijo {quoted} no está declarado (declárelo con xmlns:{prefix}=\"…\")",
                )
            }
            S::ReservedPrefix { prefix, namespace } => {
                let (prefix, namespace) = (quote(prefix, lang), quote(namespace, lang));
                say!(
                    lang,
                    "the prefix {prefix} may not be bound to the namespace {namespace}: the prefixes xml and xmlns and their namespaces are reserved",
                    "le préfixe {prefix} ne peut pas être lié à l’espace de noms {namespace}\u{a0}: les préfixes xml et xmlns et leurs espaces de noms sont réservés",
                    "el prefijo {prefix} no puede vincularse al espacio de nombres {namespace}: los prefijos xml y xmlns y sus espacios de nombres están reservados",
                )
            }
            S::TooManyNamespaceDeclarations { limit } => say!(
                lang,
                "more than {limit} namespace declarations (xmlns) are in effect at once; a report needs one",
                "plus de {limit}\u{a0}déclarations d’espace de noms (xmlns) sont en vigueur à la fois\u{a0}; un rapport n’en demande qu’une",
                "hay más de {limit} declaraciones de espacio de nombres (xmlns) en vigor a la vez; un informe necesita una",
            ),
            S::Unreadable => say!(
                lang,
                "the XML parser could not read the text here",
                "l’analyseur XML n’a pas pu lire le texte à cet endroit",
                "el analizador XML no pudo leer el texto en este lugar",
            ),
        }
    }
}

impl Say for WriteError {
    fn say(&self, lang: Lang) -> String {
        match self {
            WriteError::Unrepresentable { pointer, code } => {
                let code = format!("U+{code:04X}");
                say!(
                    lang,
                    "the text at {pointer} holds the character {code}, which XML 1.0 cannot represent",
                    "le texte en {pointer} contient le caractère {code}, que XML 1.0 ne peut pas représenter",
                    "el texto en {pointer} contiene el carácter {code}, que XML 1.0 no puede representar",
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::say::untranslated;

    /// Every problem of well-formedness, with names that are no English words.
    fn problems() -> Vec<SyntaxProblem> {
        use SyntaxProblem as S;
        let name = || "d:x".to_owned();
        vec![
            S::IllegalCharacter { code: 1 },
            S::UndefinedEntity {
                name: "nbsp".into(),
            },
            S::UnterminatedReference,
            S::InvalidCharacterReference {
                written: Some("#xZZ".into()),
            },
            S::InvalidCharacterReference { written: None },
            S::TooManyEntities,
            S::LessThanInAttribute,
            S::MisplacedDeclaration,
            S::DeclarationWithoutVersion,
            S::UnknownVersion,
            S::UnsupportedVersion {
                version: "2.0".into(),
            },
            S::SecondRoot,
            S::TextBeforeRoot,
            S::TextAfterRoot,
            S::NoElement,
            S::CutShort {
                element: name(),
                opened_line: 1,
                opened_column: 2,
            },
            S::MismatchedEndTag {
                found: name(),
                expected: "d:y".into(),
                opened: Some((1, 2)),
            },
            S::MismatchedEndTag {
                found: name(),
                expected: "d:y".into(),
                opened: None,
            },
            S::UnmatchedEndTag { name: name() },
            S::MissingEndTag { name: name() },
            S::DoubleHyphenInComment,
            S::InvalidBangMarkup,
            S::UnclosedProcessingInstruction,
            S::UnclosedDeclaration,
            S::UnclosedComment,
            S::UnclosedDoctype,
            S::UnclosedCData,
            S::UnclosedTag,
            S::UnclosedAttributeValue,
            S::AttributeWithoutEquals,
            S::AttributeWithoutValue,
            S::UnquotedAttributeValue,
            S::DuplicateAttribute,
            S::UndeclaredPrefix {
                prefix: "d".into(),
                name: Some(name()),
            },
            S::UndeclaredPrefix {
                prefix: "d".into(),
                name: None,
            },
            S::ReservedPrefix {
                prefix: "xml".into(),
                namespace: "urn:x".into(),
            },
            S::TooManyNamespaceDeclarations { limit: 128 },
            S::Unreadable,
        ]
    }

    /// Every error, each problem of well-formedness among them.
    fn samples() -> Vec<Box<dyn Say>> {
        let mut all: Vec<Box<dyn Say>> = vec![
            Box::new(ReadError::Empty),
            Box::new(ReadError::TooLarge { size: 9, limit: 1 }),
            Box::new(ReadError::UnsupportedEncoding {
                encoding: "EBCDIC".into(),
            }),
            Box::new(ReadError::InvalidText {
                encoding: "UTF-8",
                line: 1,
                column: 2,
            }),
            Box::new(ReadError::Doctype { line: 1, column: 2 }),
            Box::new(ReadError::TooDeep {
                line: 1,
                column: 2,
                limit: 32,
            }),
            Box::new(ReadError::TooManyElements {
                line: 1,
                column: 2,
                limit: 9,
            }),
            Box::new(WriteError::Unrepresentable {
                pointer: "/x".into(),
                code: 0xFFFE,
            }),
        ];
        for (element, namespace) in [
            ("report", None),
            ("r:report", Some("urn:x")),
            ("html", None),
            ("h:html", Some("urn:x")),
        ] {
            all.push(Box::new(ReadError::NotAReport {
                line: 1,
                column: 2,
                element: element.into(),
                namespace: namespace.map(str::to_owned),
                expected: "urn:att",
            }));
        }
        all.push(Box::new(ReadError::UnsupportedVersion {
            line: 1,
            column: 2,
            found: "2.0".into(),
            namespace: "urn:att-2.0".into(),
            supported: "1.0",
            expected: "urn:att-1.0",
        }));
        all.extend(problems().into_iter().map(|problem| {
            Box::new(ReadError::Syntax {
                line: 1,
                column: 2,
                problem,
            }) as Box<dyn Say>
        }));
        all
    }

    #[test]
    fn every_error_is_said_in_french_and_spanish() {
        let problems: Vec<String> = samples()
            .iter()
            .flat_map(|error| untranslated(error.as_ref(), &["report", "html"]))
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_english_message_is_the_display() {
        for problem in problems() {
            assert_eq!(problem.to_string(), problem.say(Lang::En));
        }
        let error = ReadError::Doctype { line: 2, column: 3 };
        assert_eq!(error.to_string(), error.say(Lang::En));
    }
}
