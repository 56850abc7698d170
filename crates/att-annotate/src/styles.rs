//! The styles part (`xl/styles.xml`): a solid fill per severity, and for each flagged cell a
//! new cell format cloned from the cell's own with only the fill changed, so its number
//! format, font, borders, alignment and protection stay. The findings sheet's few formats are
//! added too. Existing entries are never changed, so every other cell looks as it did.

use crate::error::{AnnotateError, PartKind, PartProblem};
use crate::xml::{Scan, Splice, local_name, malformed, prefix_of, rewrite_start};
use att_schema::Severity;
use quick_xml::events::Event;
use std::collections::HashMap;
use std::ops::Range;

/// The fill colour (ARGB) of a cell flagged with this severity.
pub(crate) fn severity_colour(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "FFFFC7CE",
        Severity::Warning => "FFFFEB9C",
        Severity::Info => "FFDDEBF7",
    }
}

const HEADER_COLOUR: &str = "FFD9D9D9";
const LINK_COLOUR: &str = "FF0563C1";

/// A styles part to use when the workbook has none: the defaults Excel assumes.
pub(crate) const MINIMAL_STYLES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
    "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>",
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>",
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>",
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>",
    "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>",
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>",
    "</styleSheet>"
);

/// The sections of a style sheet in the order the schema requires.
const ORDER: [&[u8]; 11] = [
    b"numFmts",
    b"fonts",
    b"fills",
    b"borders",
    b"cellStyleXfs",
    b"cellXfs",
    b"cellStyles",
    b"dxfs",
    b"tableStyles",
    b"colors",
    b"extLst",
];

/// One list of the style sheet that entries are appended to.
#[derive(Debug, Default)]
struct Section {
    /// Entries it has.
    count: usize,
    /// Where its start tag is, and whether it is an empty tag (`<fills/>`).
    start_tag: Option<(Range<usize>, bool)>,
    /// Where its end tag starts.
    end_tag: Option<usize>,
}

/// The formats of the findings sheet's cells.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FindingsStyles {
    /// Column headings: bold on grey.
    pub heading: u32,
    /// Plain text, top-aligned and wrapped.
    pub text: u32,
    /// A link to a cell.
    pub link: u32,
    /// The severity word, on its severity's fill: error, warning, info.
    pub severity: [u32; 3],
}

/// The styles part and what is appended to it.
pub(crate) struct Styles {
    source: Vec<u8>,
    part: String,
    prefix: String,
    fonts: Section,
    fills: Section,
    borders: Section,
    cell_xfs: Section,
    /// Source ranges of the existing cell formats, in order.
    xfs: Vec<Range<usize>>,
    /// Source range of the first font, cloned for the findings sheet's fonts.
    first_font: Option<Range<usize>>,
    has_style_xfs: bool,
    /// Where a missing section goes: the start of the first later section, or the root's end.
    section_starts: Vec<(usize, usize)>,
    root_end: usize,
    new_fonts: Vec<String>,
    new_fills: Vec<String>,
    new_xfs: Vec<String>,
    fill_of: HashMap<Severity, usize>,
    flagged: HashMap<(u32, Severity), u32>,
}

impl Styles {
    /// Reads the styles part `part`.
    pub(crate) fn parse(source: Vec<u8>, part: &str) -> Result<Styles, AnnotateError> {
        let mut styles = Styles {
            source: Vec::new(),
            part: part.to_owned(),
            prefix: String::new(),
            fonts: Section::default(),
            fills: Section::default(),
            borders: Section::default(),
            cell_xfs: Section::default(),
            xfs: Vec::new(),
            first_font: None,
            has_style_xfs: false,
            section_starts: Vec::new(),
            root_end: 0,
            new_fonts: Vec::new(),
            new_fills: Vec::new(),
            new_xfs: Vec::new(),
            fill_of: HashMap::new(),
            flagged: HashMap::new(),
        };
        styles.scan(&source)?;
        styles.source = source;
        Ok(styles)
    }

    fn scan(&mut self, source: &[u8]) -> Result<(), AnnotateError> {
        let part = self.part.clone();
        let mut scan = Scan::new(source, &part)?;
        let mut section: Option<&'static [u8]> = None;
        let mut entry_start: Option<usize> = None;
        let mut root_seen = false;
        while let Some(item) = scan.next()? {
            let (start, empty) = match &item.event {
                Event::Start(start) => (Some(start), false),
                Event::Empty(start) => (Some(start), true),
                Event::End(_) => (None, false),
                _ => continue,
            };
            match (item.depth, start) {
                (0, Some(start)) => {
                    if local_name(start.name().0) != b"styleSheet" {
                        return Err(malformed(&part, PartProblem::WrongRoot(PartKind::Styles)));
                    }
                    if empty {
                        return Err(malformed(&part, PartProblem::EmptyRoot));
                    }
                    self.prefix = prefix_of(start);
                    root_seen = true;
                }
                (0, None) => self.root_end = item.start,
                (1, Some(start)) => {
                    let name = local_name(start.name().0);
                    if let Some(order) = ORDER.iter().position(|known| *known == name) {
                        self.section_starts.push((order, item.start));
                    }
                    section = ORDER.iter().copied().find(|known| *known == name);
                    if name == b"cellStyleXfs" {
                        self.has_style_xfs = true;
                    }
                    if let Some(target) = self.section_mut(name) {
                        target.start_tag = Some((item.start..item.end, empty));
                    }
                    if empty {
                        section = None;
                    }
                }
                (1, None) => {
                    if let Some(name) = section.take()
                        && let Some(target) = self.section_mut(name)
                    {
                        target.end_tag = Some(item.start);
                    }
                }
                (2, Some(start)) => {
                    let name = local_name(start.name().0);
                    let Some(current) = section else { continue };
                    let counts = matches!(
                        (current, name),
                        (b"fonts", b"font")
                            | (b"fills", b"fill")
                            | (b"borders", b"border")
                            | (b"cellXfs", b"xf")
                    );
                    if !counts {
                        continue;
                    }
                    if let Some(target) = self.section_mut(current) {
                        target.count += 1;
                    }
                    if empty {
                        self.entry_done(current, item.start..item.end);
                    } else {
                        entry_start = Some(item.start);
                    }
                }
                (2, None) => {
                    if let (Some(current), Some(from)) = (section, entry_start.take()) {
                        self.entry_done(current, from..item.end);
                    }
                }
                _ => {}
            }
        }
        if !root_seen {
            return Err(malformed(
                &part,
                PartProblem::MissingElement {
                    element: "styleSheet",
                },
            ));
        }
        Ok(())
    }

    fn entry_done(&mut self, section: &[u8], range: Range<usize>) {
        match section {
            b"cellXfs" => self.xfs.push(range),
            b"fonts" if self.first_font.is_none() => self.first_font = Some(range),
            _ => {}
        }
    }

    fn section_mut(&mut self, name: &[u8]) -> Option<&mut Section> {
        match name {
            b"fonts" => Some(&mut self.fonts),
            b"fills" => Some(&mut self.fills),
            b"borders" => Some(&mut self.borders),
            b"cellXfs" => Some(&mut self.cell_xfs),
            _ => None,
        }
    }

    /// Entries the fonts list has before the additions, counting the default font written
    /// when the list is missing.
    fn base_count(section: &Section, default_entries: usize) -> usize {
        if section.start_tag.is_some() {
            section.count
        } else {
            default_entries
        }
    }

    /// The index of a new cell format like `base` with the fill of `severity`.
    pub(crate) fn flagged(&mut self, base: u32, severity: Severity) -> Result<u32, AnnotateError> {
        if let Some(&index) = self.flagged.get(&(base, severity)) {
            return Ok(index);
        }
        let fill = self.severity_fill(severity);
        let xf = match self.xfs.get(base as usize).cloned() {
            Some(range) => self.clone_xf(range, fill)?,
            None => format!(
                "<{p}xf numFmtId=\"0\" fontId=\"0\" fillId=\"{fill}\" borderId=\"0\"{xf_id} applyFill=\"1\"/>",
                p = self.prefix,
                xf_id = self.xf_id()
            ),
        };
        let index = self.push_xf(xf);
        self.flagged.insert((base, severity), index);
        Ok(index)
    }

    fn clone_xf(&self, range: Range<usize>, fill: usize) -> Result<String, AnnotateError> {
        let element = &self.source[range];
        let mut scan = Scan::new(element, &self.part)?;
        let first = scan
            .next()?
            .ok_or_else(|| malformed(&self.part, PartProblem::EmptyCellFormat))?;
        let (start, empty) = match &first.event {
            Event::Start(start) => (start, false),
            Event::Empty(start) => (start, true),
            _ => return Err(malformed(&self.part, PartProblem::CellFormatNotElement)),
        };
        let fill = fill.to_string();
        let mut out = rewrite_start(
            start,
            empty,
            &[("fillId", Some(&fill)), ("applyFill", Some("1"))],
            &self.part,
        )?;
        out.extend_from_slice(&element[first.end..]);
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    fn xf_id(&self) -> &'static str {
        if self.has_style_xfs {
            " xfId=\"0\""
        } else {
            ""
        }
    }

    fn push_xf(&mut self, xf: String) -> u32 {
        let index = Self::base_count(&self.cell_xfs, 1) + self.new_xfs.len();
        self.new_xfs.push(xf);
        u32::try_from(index).unwrap_or(u32::MAX)
    }

    fn severity_fill(&mut self, severity: Severity) -> usize {
        if let Some(&fill) = self.fill_of.get(&severity) {
            return fill;
        }
        let fill = self.push_fill(severity_colour(severity));
        self.fill_of.insert(severity, fill);
        fill
    }

    fn push_fill(&mut self, colour: &str) -> usize {
        let p = &self.prefix;
        let index = Self::base_count(&self.fills, 2) + self.new_fills.len();
        self.new_fills.push(format!(
            "<{p}fill><{p}patternFill patternType=\"solid\"><{p}fgColor rgb=\"{colour}\"/><{p}bgColor indexed=\"64\"/></{p}patternFill></{p}fill>"
        ));
        index
    }

    /// A font like the workbook's first, with `extra` children and, if `recolour`, without its
    /// colour.
    fn push_font(&mut self, extra: &str, recolour: bool) -> Result<usize, AnnotateError> {
        let p = self.prefix.clone();
        let mut children = String::new();
        if let Some(range) = self.first_font.clone() {
            let element = &self.source[range];
            let mut scan = Scan::new(element, &self.part)?;
            let mut skip_depth: Option<usize> = None;
            while let Some(item) = scan.next()? {
                if item.depth == 0 {
                    continue;
                }
                if let Some(depth) = skip_depth {
                    if matches!(item.event, Event::End(_)) && item.depth == depth {
                        skip_depth = None;
                    }
                    continue;
                }
                let is_colour = match &item.event {
                    Event::Start(start) | Event::Empty(start) => {
                        item.depth == 1 && local_name(start.name().0) == b"color"
                    }
                    _ => false,
                };
                if recolour && is_colour {
                    if matches!(item.event, Event::Start(_)) {
                        skip_depth = Some(item.depth);
                    }
                    continue;
                }
                children.push_str(&String::from_utf8_lossy(&element[item.start..item.end]));
            }
        } else {
            children = format!("<{p}sz val=\"11\"/><{p}name val=\"Calibri\"/>");
        }
        let index = Self::base_count(&self.fonts, 1) + self.new_fonts.len();
        self.new_fonts
            .push(format!("<{p}font>{extra}{children}</{p}font>"));
        Ok(index)
    }

    /// Adds the formats of the findings sheet.
    pub(crate) fn findings_styles(&mut self) -> Result<FindingsStyles, AnnotateError> {
        let p = self.prefix.clone();
        let xf_id = self.xf_id();
        let bold = self.push_font(&format!("<{p}b/>"), false)?;
        let link = self.push_font(&format!("<{p}u/><{p}color rgb=\"{LINK_COLOUR}\"/>"), true)?;
        let grey = self.push_fill(HEADER_COLOUR);
        let top = format!("<{p}alignment vertical=\"top\"/>");
        let wrapped = format!("<{p}alignment vertical=\"top\" wrapText=\"1\"/>");
        let heading = self.push_xf(format!(
            "<{p}xf numFmtId=\"0\" fontId=\"{bold}\" fillId=\"{grey}\" borderId=\"0\"{xf_id} applyFont=\"1\" applyFill=\"1\"/>"
        ));
        let text = self.push_xf(format!(
            "<{p}xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"{xf_id} applyAlignment=\"1\">{wrapped}</{p}xf>"
        ));
        let link = self.push_xf(format!(
            "<{p}xf numFmtId=\"0\" fontId=\"{link}\" fillId=\"0\" borderId=\"0\"{xf_id} applyFont=\"1\" applyAlignment=\"1\">{top}</{p}xf>"
        ));
        let mut severity = [0; 3];
        for (slot, level) in
            severity
                .iter_mut()
                .zip([Severity::Error, Severity::Warning, Severity::Info])
        {
            let fill = self.severity_fill(level);
            *slot = self.push_xf(format!(
                "<{p}xf numFmtId=\"0\" fontId=\"0\" fillId=\"{fill}\" borderId=\"0\"{xf_id} applyFill=\"1\" applyAlignment=\"1\">{top}</{p}xf>"
            ));
        }
        Ok(FindingsStyles {
            heading,
            text,
            link,
            severity,
        })
    }

    /// The styles part with every addition written.
    pub(crate) fn finish(self) -> Result<Vec<u8>, AnnotateError> {
        let p = self.prefix.clone();
        let mut splice = Splice::new(&self.source);
        let defaults = [
            (
                b"fonts".as_slice(),
                &self.fonts,
                &self.new_fonts,
                format!("<{p}font><{p}sz val=\"11\"/><{p}name val=\"Calibri\"/></{p}font>"),
                1,
            ),
            (
                b"fills".as_slice(),
                &self.fills,
                &self.new_fills,
                format!(
                    "<{p}fill><{p}patternFill patternType=\"none\"/></{p}fill><{p}fill><{p}patternFill patternType=\"gray125\"/></{p}fill>"
                ),
                2,
            ),
            (
                b"borders".as_slice(),
                &self.borders,
                &Vec::new(),
                format!(
                    "<{p}border><{p}left/><{p}right/><{p}top/><{p}bottom/><{p}diagonal/></{p}border>"
                ),
                1,
            ),
            (
                b"cellXfs".as_slice(),
                &self.cell_xfs,
                &self.new_xfs,
                format!("<{p}xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"),
                1,
            ),
        ];
        for (name, section, added, default_entries, default_count) in defaults {
            let name_text = String::from_utf8_lossy(name);
            let entries: String = added.concat();
            match (&section.start_tag, section.end_tag) {
                (Some((tag, false)), Some(end)) => {
                    if added.is_empty() {
                        continue;
                    }
                    let start = self.with_count(tag.clone(), section.count + added.len())?;
                    splice.replace(tag.start, tag.end, start);
                    splice.insert(end, entries.into_bytes());
                }
                (Some((tag, true)), _) => {
                    if added.is_empty() {
                        continue;
                    }
                    let mut open = self.with_count(tag.clone(), added.len())?;
                    open.extend_from_slice(format!("{entries}</{p}{name_text}>").as_bytes());
                    splice.replace(tag.start, tag.end, open);
                }
                _ => {
                    let order = ORDER.iter().position(|known| *known == name).unwrap_or(0);
                    let at = self
                        .section_starts
                        .iter()
                        .filter(|(other, _)| *other > order)
                        .map(|&(_, at)| at)
                        .min()
                        .unwrap_or(self.root_end);
                    let count = default_count + added.len();
                    splice.insert(
                        at,
                        format!(
                            "<{p}{name_text} count=\"{count}\">{default_entries}{entries}</{p}{name_text}>"
                        )
                        .into_bytes(),
                    );
                }
            }
        }
        Ok(splice.finish())
    }

    /// The start tag at `range` (of a list, possibly empty) as a start tag with `count`.
    fn with_count(&self, range: Range<usize>, count: usize) -> Result<Vec<u8>, AnnotateError> {
        let element = &self.source[range];
        let mut scan = Scan::new(element, &self.part)?;
        let count = count.to_string();
        match scan.next()?.map(|item| item.event) {
            Some(Event::Start(start) | Event::Empty(start)) => {
                rewrite_start(&start, false, &[("count", Some(&count))], &self.part)
            }
            _ => Err(malformed(&self.part, PartProblem::StyleListWithoutStart)),
        }
    }

    /// The `numFmtId` of the cell format `index`.
    #[cfg(test)]
    fn number_format_of(&self, index: usize) -> Option<String> {
        let range = self.xfs.get(index)?.clone();
        let element = &self.source[range];
        let mut scan = Scan::new(element, &self.part).ok()?;
        let item = scan.next().ok()??;
        match &item.event {
            Event::Start(start) | Event::Empty(start) => {
                crate::xml::attribute(start, b"numFmtId", &self.part).ok()?
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLES: &str = r#"<?xml version="1.0"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;

    fn reparse(bytes: Vec<u8>) -> Styles {
        Styles::parse(bytes, "xl/styles.xml").expect("reparses")
    }

    #[test]
    fn clones_a_format_with_the_severity_fill() {
        let mut styles =
            Styles::parse(STYLES.as_bytes().to_vec(), "xl/styles.xml").expect("parses");
        let date_error = styles.flagged(1, Severity::Error).expect("adds");
        assert_eq!(date_error, 2);
        assert_eq!(styles.flagged(1, Severity::Error), Ok(2));
        assert_eq!(styles.flagged(0, Severity::Warning), Ok(3));
        let out = String::from_utf8(styles.finish().expect("writes")).expect("utf-8");
        assert!(out.contains("<fills count=\"4\">"), "{out}");
        assert!(out.contains("<fgColor rgb=\"FFFFC7CE\"/>"));
        assert!(out.contains(
            "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\"><alignment horizontal=\"center\"/></xf>"
        ));
        let styles = reparse(out.into_bytes());
        assert_eq!(styles.xfs.len(), 4);
        assert_eq!(styles.fills.count, 4);
        assert_eq!(styles.number_format_of(2).as_deref(), Some("164"));
    }

    #[test]
    fn adds_the_findings_sheet_formats() {
        let mut styles =
            Styles::parse(STYLES.as_bytes().to_vec(), "xl/styles.xml").expect("parses");
        let findings = styles.findings_styles().expect("adds");
        assert_eq!(findings.heading, 2);
        let out = String::from_utf8(styles.finish().expect("writes")).expect("utf-8");
        assert!(out.contains("<fonts count=\"3\">"), "{out}");
        assert!(out.contains(
            "<font><u/><color rgb=\"FF0563C1\"/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        ));
        assert!(out.contains(
            "<font><b/><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/></font>"
        ));
        let styles = reparse(out.into_bytes());
        assert_eq!(styles.xfs.len(), 2 + 6);
    }

    #[test]
    fn adds_missing_lists_in_schema_order() {
        let source = r#"<x:styleSheet xmlns:x="main"><x:borders count="1"><x:border/></x:borders><x:cellStyles/></x:styleSheet>"#;
        let mut styles = Styles::parse(source.as_bytes().to_vec(), "s").expect("parses");
        assert_eq!(styles.flagged(0, Severity::Info), Ok(1));
        let out = String::from_utf8(styles.finish().expect("writes")).expect("utf-8");
        let fonts = out.find("<x:fonts count=\"1\">").expect("fonts added");
        let fills = out.find("<x:fills count=\"3\">").expect("fills added");
        let borders = out.find("<x:borders").expect("borders kept");
        let xfs = out.find("<x:cellXfs count=\"2\">").expect("cellXfs added");
        let cell_styles = out.find("<x:cellStyles/>").expect("kept");
        assert!(
            fonts < fills && fills < borders && borders < xfs && xfs < cell_styles,
            "{out}"
        );
        assert!(out.contains("fillId=\"2\""));
    }

    #[test]
    fn starts_from_the_minimal_styles() {
        let mut styles =
            Styles::parse(MINIMAL_STYLES.as_bytes().to_vec(), "xl/styles.xml").expect("parses");
        assert_eq!(styles.flagged(0, Severity::Warning), Ok(1));
        assert_eq!(styles.flagged(7, Severity::Warning), Ok(2));
        let styles = reparse(styles.finish().expect("writes"));
        assert_eq!(styles.xfs.len(), 3);
    }
}
