//! The help texts of the command line in French and Spanish, each under its English text (the
//! doc comment in `cli.rs` that clap shows in English). A text of the command line missing here
//! fails the test `every_help_text_is_translated`.
//!
//! French typography: a no-break space (U+00A0) before `:`, `;`, `?` and inside « ».

/// `[English, French, Spanish]` for each help text.
pub static TEXTS: &[[&str; 3]] = &[
    [
        "A static HTML page to share: each report's summary and its findings by severity and rule, readable without scripts",
        "Une page HTML statique à partager\u{a0}: le résumé de chaque rapport et ses constats par gravité et par règle, lisible sans script",
        "Una página HTML estática para compartir: el resumen de cada informe y sus hallazgos por gravedad y por regla, legible sin scripts",
    ],
    [
        "Do not compare the reports with each other (the mirror, duplicate and year-on-year checks that run when several reports are given)",
        "Ne pas comparer les rapports entre eux (les contrôles miroirs, de doublons et d’une année sur l’autre, faits quand plusieurs rapports sont donnés)",
        "No comparar los informes entre sí (los controles espejo, de duplicados y de un año a otro, que se hacen cuando se dan varios informes)",
    ],
    [
        "Write a copy of a report workbook with a note on every flagged cell and a first sheet listing every finding",
        "Écrire une copie d’un classeur de rapport avec une note sur chaque cellule signalée et une première feuille qui liste tous les constats",
        "Escribir una copia de un libro de informe con una nota en cada celda señalada y una primera hoja que enumera todos los hallazgos",
    ],
    [
        "The workbook to annotate (.xlsx or .xlsm; `-` reads standard input). An .xls or .ods workbook is refused: save it as .xlsx first",
        "Le classeur à annoter (.xlsx ou .xlsm\u{a0}; `-` lit l’entrée standard). Un classeur .xls ou .ods est refusé\u{a0}: enregistrez-le d’abord en .xlsx",
        "El libro que anotar (.xlsx o .xlsm; `-` lee la entrada estándar). Un libro .xls u .ods se rechaza: guárdelo antes como .xlsx",
    ],
    [
        "The annotated copy to write: .xlsx, or .xlsm for a macro-enabled workbook",
        "La copie annotée à écrire\u{a0}: .xlsx, ou .xlsm pour un classeur à macros",
        "La copia anotada que escribir: .xlsx, o .xlsm para un libro con macros",
    ],
    [
        "Language of the notes and the findings sheet (default: the report's language, else ATT_LANG or the locale, else English)",
        "Langue des notes et de la feuille des constats (par défaut\u{a0}: la langue du rapport, sinon ATT_LANG ou la locale, sinon l’anglais)",
        "Idioma de las notas y de la hoja de hallazgos (por defecto: el idioma del informe, si no ATT_LANG o la configuración regional, si no el inglés)",
    ],
    [
        "Show the notes always, as for printing the copy, instead of when the pointer is over the cell",
        "Afficher les notes en permanence, comme pour imprimer la copie, plutôt qu’au survol de la cellule",
        "Mostrar las notas siempre, como para imprimir la copia, en lugar de al pasar el puntero sobre la celda",
    ],
    [
        "What changed between two reports of one State: a resubmission, or last year's report",
        "Ce qui a changé entre deux rapports d’un même État\u{a0}: une nouvelle soumission, ou le rapport de l’an dernier",
        "Lo que cambió entre dos informes de un mismo Estado: una nueva presentación, o el informe del año anterior",
    ],
    [
        "The earlier report (the first submission, or last year's)",
        "Le rapport le plus ancien (la première soumission, ou celui de l’an dernier)",
        "El informe anterior (la primera presentación, o el del año pasado)",
    ],
    [
        "The later report",
        "Le rapport le plus récent",
        "El informe posterior",
    ],
    [
        "Text for people",
        "Du texte, pour les personnes",
        "Texto, para las personas",
    ],
    [
        "JSON, for programs",
        "Du JSON, pour les programmes",
        "JSON, para los programas",
    ],
    [
        "CSV (UTF-8 with a byte-order mark, which spreadsheet programs need to keep accents)",
        "Du CSV (UTF-8 avec une marque d’ordre des octets, dont les tableurs ont besoin pour garder les accents)",
        "CSV (UTF-8 con marca de orden de bytes, que las hojas de cálculo necesitan para conservar los acentos)",
    ],
    [
        "A standalone HTML page",
        "Une page HTML autonome",
        "Una página HTML autónoma",
    ],
    [
        "Language of the text (default: from ATT_LANG or the locale, else English)",
        "Langue du texte (par défaut\u{a0}: d’après ATT_LANG ou la locale, sinon l’anglais)",
        "Idioma del texto (por defecto: según ATT_LANG o la configuración regional, si no el inglés)",
    ],
    [
        "Settings: limits and severities (default: att.toml in the working directory, when there is one)",
        "Réglages\u{a0}: limites et gravités (par défaut\u{a0}: att.toml dans le dossier de travail, s’il existe)",
        "Ajustes: límites y gravedades (por defecto: att.toml en la carpeta de trabajo, si existe)",
    ],
    [
        "Every flow of a set of reports, the exporter's figures beside the importer's",
        "Chaque flux d’un ensemble de rapports, les chiffres de l’exportateur à côté de ceux de l’importateur",
        "Cada flujo de un conjunto de informes, las cifras del exportador junto a las del importador",
    ],
    [
        "Report files, or folders of reports (any format, mixed)",
        "Des fichiers de rapport, ou des dossiers de rapports (tout format, mêlés)",
        "Archivos de informe, o carpetas de informes (cualquier formato, mezclados)",
    ],
    [
        "Settings: limits (default: att.toml in the working directory, when there is one)",
        "Réglages\u{a0}: limites (par défaut\u{a0}: att.toml dans le dossier de travail, s’il existe)",
        "Ajustes: límites (por defecto: att.toml en la carpeta de trabajo, si existe)",
    ],
    [
        "Every entry of every report as one flat row, for analysts (CSV or a workbook)",
        "Chaque entrée de chaque rapport sur une ligne à plat, pour les analystes (CSV ou classeur)",
        "Cada entrada de cada informe como una fila plana, para los analistas (CSV o libro de cálculo)",
    ],
    [
        "CSV, UTF-8 with a byte-order mark so that Excel and LibreOffice keep accents",
        "Du CSV, en UTF-8 avec une marque d’ordre des octets pour qu’Excel et LibreOffice gardent les accents",
        "CSV, en UTF-8 con marca de orden de bytes para que Excel y LibreOffice conserven los acentos",
    ],
    [
        "A workbook with a header row, filters and frozen panes",
        "Un classeur avec une ligne d’en-têtes, des filtres et des volets figés",
        "Un libro con una fila de encabezados, filtros y paneles inmovilizados",
    ],
    [
        "The file to write; standard output when it is not a terminal (or for CSV)",
        "Le fichier à écrire\u{a0}; la sortie standard quand ce n’est pas un terminal (ou pour le CSV)",
        "El archivo que escribir; la salida estándar cuando no es una terminal (o para el CSV)",
    ],
    [
        "Convert, validate and template Arms Trade Treaty annual reports.",
        "Convertir, valider et préparer les rapports annuels au titre du Traité sur le commerce des armes.",
        "Convertir, validar y preparar los informes anuales del Tratado sobre el Comercio de Armas.",
    ],
    [
        "Convert, validate and template Arms Trade Treaty annual reports.\n\nReads reports as workbooks (.xlsx, .xlsm, .xls, .ods), XML or JSON, recognised from their content. Exit status: 0 no errors (warnings allowed), 1 a report has errors, 2 att could not do its job (unreadable file, bad arguments).",
        "Convertir, valider et préparer les rapports annuels au titre du Traité sur le commerce des armes.\n\nLit les rapports en classeurs (.xlsx, .xlsm, .xls, .ods), en XML ou en JSON, reconnus d’après leur contenu. Code de sortie\u{a0}: 0 aucune erreur (avertissements permis), 1 un rapport comporte des erreurs, 2 att n’a pas pu faire son travail (fichier illisible, arguments incorrects).",
        "Convertir, validar y preparar los informes anuales del Tratado sobre el Comercio de Armas.\n\nLee los informes como libros de cálculo (.xlsx, .xlsm, .xls, .ods), XML o JSON, reconocidos por su contenido. Código de salida: 0 ningún error (se admiten advertencias), 1 un informe tiene errores, 2 att no pudo hacer su trabajo (archivo ilegible, argumentos incorrectos).",
    ],
    [
        "When to colour the output: auto (on a terminal, unless NO_COLOR is set), always, never",
        "Quand colorer la sortie\u{a0}: auto (dans un terminal, sauf si NO_COLOR est défini), always (toujours), never (jamais)",
        "Cuándo colorear la salida: auto (en una terminal, salvo si NO_COLOR está definido), always (siempre), never (nunca)",
    ],
    [
        "When writing to a terminal and NO_COLOR is not set",
        "Dans un terminal, si NO_COLOR n’est pas défini",
        "En una terminal, si NO_COLOR no está definido",
    ],
    [
        "Always, even into a file or a pipe",
        "Toujours, même dans un fichier ou un tube",
        "Siempre, incluso en un archivo o una tubería",
    ],
    ["Never", "Jamais", "Nunca"],
    [
        "Print help (see more with '--help')",
        "Afficher l’aide (plus de détails avec «\u{a0}--help\u{a0}»)",
        "Mostrar la ayuda (más detalles con «--help»)",
    ],
    [
        "Print help (see a summary with '-h')",
        "Afficher l’aide (un résumé avec «\u{a0}-h\u{a0}»)",
        "Mostrar la ayuda (un resumen con «-h»)",
    ],
    ["Print version", "Afficher la version", "Mostrar la versión"],
    [
        "Print this message or the help of the given subcommand(s)",
        "Afficher ce message ou l’aide des sous-commandes indiquées",
        "Mostrar este mensaje o la ayuda de los subcomandos indicados",
    ],
    [
        "Validate reports and print their diagnostics",
        "Valider des rapports et afficher leurs diagnostics",
        "Validar informes y mostrar sus diagnósticos",
    ],
    [
        "Report files, or folders of reports, to validate (folders are searched for .xlsx, .xlsm, .xls, .ods, .xml and .json files; `-` reads standard input). Files are validated in parallel, with a progress bar on a terminal",
        "Les fichiers de rapports, ou dossiers de rapports, à valider (les dossiers sont parcourus à la recherche de fichiers .xlsx, .xlsm, .xls, .ods, .xml et .json\u{a0}; «\u{a0}-\u{a0}» lit l’entrée standard). Les fichiers sont validés en parallèle, avec une barre de progression dans un terminal",
        "Los archivos de informes, o carpetas de informes, que validar (en las carpetas se buscan archivos .xlsx, .xlsm, .xls, .ods, .xml y .json; «-» lee la entrada estándar). Los archivos se validan en paralelo, con una barra de progreso en una terminal",
    ],
    [
        "Output format of the diagnostics",
        "Le format de sortie des diagnostics",
        "El formato de salida de los diagnósticos",
    ],
    [
        "Compiler-style lines for people",
        "Des lignes à la manière d’un compilateur, pour les personnes",
        "Líneas al estilo de un compilador, para las personas",
    ],
    [
        "The diagnostics report as JSON",
        "Le rapport de diagnostics en JSON",
        "El informe de diagnósticos en JSON",
    ],
    [
        "SARIF 2.1.0, for CI systems and code scanning",
        "SARIF 2.1.0, pour l’intégration continue et l’analyse de code",
        "SARIF 2.1.0, para la integración continua y el análisis de código",
    ],
    [
        "Language of the messages (default: from ATT_LANG or the locale, else English)",
        "La langue des messages (par défaut\u{a0}: celle d’ATT_LANG ou des paramètres régionaux, sinon l’anglais)",
        "El idioma de los mensajes (por defecto: el de ATT_LANG o de la configuración regional; si no, el inglés)",
    ],
    ["English", "Anglais", "Inglés"],
    ["French", "Français", "Francés"],
    ["Spanish", "Espagnol", "Español"],
    [
        "Write the diagnostics to this file instead of standard output",
        "Écrire les diagnostics dans ce fichier plutôt que sur la sortie standard",
        "Escribir los diagnósticos en este archivo en lugar de la salida estándar",
    ],
    [
        "Severity configuration (default: att.toml in the working directory, when there is one)",
        "La configuration des gravités (par défaut\u{a0}: le fichier att.toml du dossier de travail, s’il existe)",
        "La configuración de las gravedades (por defecto: el archivo att.toml de la carpeta de trabajo, si existe)",
    ],
    [
        "Show only errors, unreadable files and the summaries of files with errors",
        "N’afficher que les erreurs, les fichiers illisibles et le bilan des fichiers comportant des erreurs",
        "Mostrar solo los errores, los archivos ilegibles y el resumen de los archivos con errores",
    ],
    [
        "Show only the findings of this severity or more severe (the summaries count them all)",
        "N’afficher que les constats de cette gravité ou plus graves (les bilans les comptent tous)",
        "Mostrar solo las observaciones de esta gravedad o más graves (los resúmenes las cuentan todas)",
    ],
    ["Errors only", "Les erreurs seulement", "Solo los errores"],
    [
        "Errors and warnings",
        "Les erreurs et les avertissements",
        "Los errores y las advertencias",
    ],
    [
        "Every finding",
        "Tous les constats",
        "Todas las observaciones",
    ],
    [
        "Instead of a line per finding, show how many findings each rule reported",
        "Au lieu d’une ligne par constat, afficher le nombre de constats de chaque règle",
        "En lugar de una línea por observación, mostrar cuántas observaciones dio cada regla",
    ],
    [
        "In folders, validate only the files whose path matches this glob (`*.xlsx`, `2023/**`); may be given several times",
        "Dans les dossiers, ne valider que les fichiers dont le chemin correspond à ce motif (`*.xlsx`, `2023/**`)\u{a0}; peut être donné plusieurs fois",
        "En las carpetas, validar solo los archivos cuya ruta coincide con este patrón (`*.xlsx`, `2023/**`); puede indicarse varias veces",
    ],
    [
        "In folders, leave out the files whose path matches this glob (`**/drafts/**`); may be given several times",
        "Dans les dossiers, laisser de côté les fichiers dont le chemin correspond à ce motif (`**/drafts/**`)\u{a0}; peut être donné plusieurs fois",
        "En las carpetas, omitir los archivos cuya ruta coincide con este patrón (`**/drafts/**`); puede indicarse varias veces",
    ],
    [
        "Convert a report to another format (default: the canonical JSON document)",
        "Convertir un rapport dans un autre format (par défaut\u{a0}: le document JSON canonique)",
        "Convertir un informe a otro formato (por defecto: el documento JSON canónico)",
    ],
    [
        "The report to convert (`-` reads standard input)",
        "Le rapport à convertir («\u{a0}-\u{a0}» lit l’entrée standard)",
        "El informe que convertir («-» lee la entrada estándar)",
    ],
    [
        "The format to write",
        "Le format à écrire",
        "El formato que escribir",
    ],
    [
        "The canonical JSON document",
        "Le document JSON canonique",
        "El documento JSON canónico",
    ],
    [
        "The XML encoding of the report (docs/xml.md)",
        "Le codage XML du rapport (docs/xml.md)",
        "La codificación XML del informe (docs/xml.md)",
    ],
    [
        "A report workbook (docs/templates.md), in the language of --lang, else the report's",
        "Un classeur de rapport (docs/templates.md), dans la langue de --lang, sinon celle du rapport",
        "Un libro de cálculo de informe (docs/templates.md), en el idioma de --lang o, si no, en el del informe",
    ],
    [
        "Write to this file instead of standard output",
        "Écrire dans ce fichier plutôt que sur la sortie standard",
        "Escribir en este archivo en lugar de la salida estándar",
    ],
    [
        "Language of the diagnostics printed on standard error, and of the workbook written with --to xlsx (default: the report's language, else ATT_LANG or the locale, else English)",
        "La langue des diagnostics affichés sur la sortie d’erreur, et du classeur écrit avec --to xlsx (par défaut\u{a0}: celle du rapport, sinon celle d’ATT_LANG ou des paramètres régionaux, sinon l’anglais)",
        "El idioma de los diagnósticos mostrados en la salida de errores y del libro escrito con --to xlsx (por defecto: el del informe; si no, el de ATT_LANG o de la configuración regional; si no, el inglés)",
    ],
    [
        "Print the JSON Schema of the canonical report (or of the diagnostics report)",
        "Afficher le schéma JSON du rapport canonique (ou du rapport de diagnostics)",
        "Mostrar el esquema JSON del informe canónico (o del informe de diagnósticos)",
    ],
    [
        "Print the schema of `att validate --format json` output instead of the report's",
        "Afficher le schéma de la sortie de `att validate --format json` plutôt que celui du rapport",
        "Mostrar el esquema de la salida de `att validate --format json` en lugar del del informe",
    ],
    [
        "List the rules att checks: code, severity and what each flags (or one rule in full)",
        "Lister les règles que vérifie att\u{a0}: code, gravité et ce que chacune signale (ou une règle en détail)",
        "Enumerar las reglas que comprueba att: código, gravedad y lo que señala cada una (o una regla en detalle)",
    ],
    [
        "Show this rule in full, by code or name (ATT0232, items-zero)",
        "Afficher cette règle en détail, par son code ou son nom (ATT0232, items-zero)",
        "Mostrar esta regla en detalle, por su código o su nombre (ATT0232, items-zero)",
    ],
    [
        "Output format",
        "Le format de sortie",
        "El formato de salida",
    ],
    [
        "One line per rule, for people",
        "Une ligne par règle, pour les personnes",
        "Una línea por regla, para las personas",
    ],
    [
        "The catalogue as JSON",
        "Le catalogue en JSON",
        "El catálogo en JSON",
    ],
    [
        "The catalogue as Markdown: `docs/rules.md`",
        "Le catalogue en Markdown\u{a0}: `docs/rules.md`",
        "El catálogo en Markdown: `docs/rules.md`",
    ],
    [
        "Language of the descriptions (default: from ATT_LANG or the locale, else English)",
        "La langue des descriptions (par défaut\u{a0}: celle d’ATT_LANG ou des paramètres régionaux, sinon l’anglais)",
        "El idioma de las descripciones (por defecto: el de ATT_LANG o de la configuración regional; si no, el inglés)",
    ],
    [
        "Severity configuration to show the severities of (default: att.toml in the working directory, when there is one)",
        "La configuration des gravités à afficher (par défaut\u{a0}: le fichier att.toml du dossier de travail, s’il existe)",
        "La configuración de las gravedades que mostrar (por defecto: el archivo att.toml de la carpeta de trabajo, si existe)",
    ],
    [
        "Write a report workbook: the blank template, or a report pre-filled in it",
        "Écrire un classeur de rapport\u{a0}: le modèle vierge, ou un rapport déjà rempli",
        "Escribir un libro de cálculo de informe: la plantilla en blanco o un informe ya rellenado",
    ],
    [
        "Language of the workbook (default: the --from report's language, else ATT_LANG or the locale, else English)",
        "La langue du classeur (par défaut\u{a0}: celle du rapport de --from, sinon celle d’ATT_LANG ou des paramètres régionaux, sinon l’anglais)",
        "El idioma del libro (por defecto: el del informe de --from; si no, el de ATT_LANG o de la configuración regional; si no, el inglés)",
    ],
    [
        "Fill the workbook with this report: JSON, XML or any workbook, such as last year's report or a national layout (`-` reads standard input)",
        "Remplir le classeur avec ce rapport\u{a0}: JSON, XML ou tout classeur, comme le rapport de l’an dernier ou une présentation nationale («\u{a0}-\u{a0}» lit l’entrée standard)",
        "Rellenar el libro con este informe: JSON, XML o cualquier libro de cálculo, como el informe del año pasado o un formato nacional («-» lee la entrada estándar)",
    ],
    [
        "The workbook to write (.xlsx); standard output when it is not a terminal",
        "Le classeur à écrire (.xlsx)\u{a0}; la sortie standard si ce n’est pas un terminal",
        "El libro que escribir (.xlsx); la salida estándar si no es una terminal",
    ],
    [
        "Settings: limits on the --from report (default: att.toml in the working directory, when there is one)",
        "Les réglages\u{a0}: limites appliquées au rapport de --from (par défaut\u{a0}: le fichier att.toml du dossier de travail, s’il existe)",
        "La configuración: límites aplicados al informe de --from (por defecto: el archivo att.toml de la carpeta de trabajo, si existe)",
    ],
    [
        "Print the completion script of a shell (bash, zsh, fish, powershell)",
        "Afficher le script de complétion d’un shell (bash, zsh, fish, powershell)",
        "Mostrar el script de autocompletado de un shell (bash, zsh, fish, powershell)",
    ],
    [
        "The shell to complete att in",
        "Le shell dans lequel compléter att",
        "El shell en el que autocompletar att",
    ],
    ["Bash", "Bash", "Bash"],
    ["Zsh", "Zsh", "Zsh"],
    ["Fish", "Fish", "Fish"],
    ["PowerShell", "PowerShell", "PowerShell"],
    [
        "Print the manual page of att (roff, for `man`)",
        "Afficher la page de manuel d’att (roff, pour `man`)",
        "Mostrar la página de manual de att (roff, para `man`)",
    ],
    [
        "Language of the page (default: from ATT_LANG or the locale, else English)",
        "La langue de la page (par défaut\u{a0}: celle d’ATT_LANG ou des paramètres régionaux, sinon l’anglais)",
        "El idioma de la página (por defecto: el de ATT_LANG o de la configuración regional; si no, el inglés)",
    ],
    [
        "Write to this file (att.1) instead of standard output",
        "Écrire dans ce fichier (att.1) plutôt que sur la sortie standard",
        "Escribir en este archivo (att.1) en lugar de la salida estándar",
    ],
];

/// The names of values in usage lines (`<FILE>`), in French and Spanish.
pub static VALUE_NAMES: &[[&str; 3]] = &[
    ["OLD", "ANCIEN", "ANTERIOR"],
    ["NEW", "NOUVEAU", "NUEVO"],
    ["FILE", "FICHIER", "ARCHIVO"],
    ["FORMAT", "FORMAT", "FORMATO"],
    ["LANG", "LANGUE", "IDIOMA"],
    ["SEVERITY", "GRAVITÉ", "GRAVEDAD"],
    ["GLOB", "MOTIF", "PATRÓN"],
    ["WHEN", "QUAND", "CUÁNDO"],
    ["INPUT", "ENTRÉE", "ENTRADA"],
    ["TO", "FORMAT", "FORMATO"],
    ["RULE", "RÈGLE", "REGLA"],
    ["REPORT", "RAPPORT", "INFORME"],
    ["SHELL", "SHELL", "SHELL"],
    ["COMMAND", "COMMANDE", "COMANDO"],
];

/// The words clap writes around the help texts, in French and Spanish.
pub static FRAME: &[[&str; 3]] = &[
    ["Usage:", "Utilisation\u{a0}:", "Uso:"],
    ["Commands", "Commandes", "Comandos"],
    ["Options", "Options", "Opciones"],
    ["Arguments", "Arguments", "Argumentos"],
    ["[OPTIONS]", "[OPTIONS]", "[OPCIONES]"],
    ["default", "par défaut", "por defecto"],
    ["possible values", "valeurs possibles", "valores posibles"],
    ["Possible values", "Valeurs possibles", "Valores posibles"],
];
