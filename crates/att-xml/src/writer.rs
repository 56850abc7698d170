//! From the canonical report to its XML encoding: deterministic output (fields in the order of
//! the model, two spaces of indentation, one element per line, `\n` line ends) that the XSD in
//! `schemas/` describes exactly.

use crate::error::WriteError;
use crate::lexical::{Lexical, RawKind};
use crate::tree::is_xml_char;
use crate::{NAMESPACE, SCHEMA_LOCATION};
use att_schema::source_map::pointer_push;
use att_schema::{
    Contact, Direction, Entry, Lenient, Money, NationalDefinition, Party, Report, Submission,
    Withheld, WithheldFigures,
};

const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// Writes `report` as an XML document.
pub(crate) fn write_report(report: &Report) -> Result<String, WriteError> {
    let mut writer = Writer {
        out: String::with_capacity(4096),
        open: Vec::new(),
    };
    writer
        .out
        .push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    writer.report(report)?;
    Ok(writer.out)
}

struct Writer {
    out: String,
    /// Open elements, and whether each has content yet (its start tag is then closed).
    open: Vec<(&'static str, bool)>,
}

impl Writer {
    fn report(&mut self, report: &Report) -> Result<(), WriteError> {
        let location = format!("{NAMESPACE} {SCHEMA_LOCATION}");
        self.open(
            "report",
            &[
                ("xmlns", NAMESPACE, ""),
                ("xmlns:xsi", XSI, ""),
                ("xsi:schemaLocation", &location, ""),
                ("schema_version", &report.schema_version, "/schema_version"),
            ],
        )?;
        if let Some(party) = &report.reporting_state {
            self.party("reporting_state", party, "/reporting_state")?;
        }
        self.lenient("year", report.year.as_ref(), "/year")?;
        if let Some(submission) = &report.submission {
            self.submission(submission)?;
        }
        self.direction("exports", &report.exports)?;
        self.direction("imports", &report.imports)?;
        self.open("national_definitions", &[])?;
        for (index, definition) in report.national_definitions.iter().enumerate() {
            let pointer = pointer_push("/national_definitions", index);
            self.national_definition(definition, &pointer)?;
        }
        self.close();
        self.close();
        Ok(())
    }

    fn submission(&mut self, submission: &Submission) -> Result<(), WriteError> {
        self.open("submission", &[])?;
        self.lenient("date", submission.date.as_ref(), "/submission/date")?;
        self.lenient("public", submission.public.as_ref(), "/submission/public")?;
        self.string(
            "language",
            submission.language.as_deref(),
            "/submission/language",
        )?;
        self.string(
            "template",
            submission.template.as_deref(),
            "/submission/template",
        )?;
        if let Some(contact) = &submission.contact {
            self.contact(contact)?;
        }
        if let Some(withheld) = &submission.withheld {
            self.withheld(withheld)?;
        }
        self.close();
        Ok(())
    }

    fn contact(&mut self, contact: &Contact) -> Result<(), WriteError> {
        self.open("contact", &[])?;
        let fields = [
            ("name", &contact.name),
            ("position", &contact.position),
            ("organisation", &contact.organisation),
            ("address", &contact.address),
            ("telephone", &contact.telephone),
            ("email", &contact.email),
        ];
        for (name, value) in fields {
            let pointer = pointer_push("/submission/contact", name);
            self.string(name, value.as_deref(), &pointer)?;
        }
        self.close();
        Ok(())
    }

    fn withheld(&mut self, withheld: &Withheld) -> Result<(), WriteError> {
        let pointer = "/submission/withheld";
        self.open("withheld", &[])?;
        self.lenient(
            "commercially_sensitive",
            withheld.commercially_sensitive.as_ref(),
            &pointer_push(pointer, "commercially_sensitive"),
        )?;
        self.lenient(
            "national_security",
            withheld.national_security.as_ref(),
            &pointer_push(pointer, "national_security"),
        )?;
        self.string(
            "note",
            withheld.note.as_deref(),
            &pointer_push(pointer, "note"),
        )?;
        self.close();
        Ok(())
    }

    fn direction(&mut self, name: &'static str, direction: &Direction) -> Result<(), WriteError> {
        let pointer = pointer_push("", name);
        self.open(name, &[])?;
        self.lenient(
            "status",
            direction.status.as_ref(),
            &pointer_push(&pointer, "status"),
        )?;
        self.lenient(
            "basis",
            direction.basis.as_ref(),
            &pointer_push(&pointer, "basis"),
        )?;
        self.open("entries", &[])?;
        let entries = pointer_push(&pointer, "entries");
        for (index, entry) in direction.entries.iter().enumerate() {
            self.entry(entry, &pointer_push(&entries, index))?;
        }
        self.close();
        self.close();
        Ok(())
    }

    fn entry(&mut self, entry: &Entry, pointer: &str) -> Result<(), WriteError> {
        let field = |name: &str| pointer_push(pointer, name);
        self.open("entry", &[])?;
        self.lenient("category", entry.category.as_ref(), &field("category"))?;
        let national = entry.national_category.as_deref();
        self.string("national_category", national, &field("national_category"))?;
        if let Some(partner) = &entry.partner {
            self.party("partner", partner, &field("partner"))?;
        }
        self.lenient("items", entry.items.as_ref(), &field("items"))?;
        if let Some(value) = &entry.value {
            self.money(value, &field("value"))?;
        }
        if let Some(withheld) = &entry.withheld {
            self.withheld_figures(withheld, &field("withheld"))?;
        }
        self.lenient("basis", entry.basis.as_ref(), &field("basis"))?;
        if let Some(origin) = &entry.state_of_origin {
            self.party("state_of_origin", origin, &field("state_of_origin"))?;
        }
        if let Some(locations) = &entry.intermediate_locations {
            let list = field("intermediate_locations");
            self.open("intermediate_locations", &[])?;
            for (index, location) in locations.iter().enumerate() {
                self.party("location", location, &pointer_push(&list, index))?;
            }
            self.close();
        }
        self.string(
            "description",
            entry.description.as_deref(),
            &field("description"),
        )?;
        self.string("comments", entry.comments.as_deref(), &field("comments"))?;
        self.close();
        Ok(())
    }

    fn money(&mut self, money: &Money, pointer: &str) -> Result<(), WriteError> {
        self.open("value", &[])?;
        self.lenient(
            "amount",
            money.amount.as_ref(),
            &pointer_push(pointer, "amount"),
        )?;
        let currency = money.currency.as_deref();
        self.string("currency", currency, &pointer_push(pointer, "currency"))?;
        self.close();
        Ok(())
    }

    fn withheld_figures(
        &mut self,
        figures: &WithheldFigures,
        pointer: &str,
    ) -> Result<(), WriteError> {
        self.open("withheld", &[])?;
        let items = figures.items.as_deref();
        self.string("items", items, &pointer_push(pointer, "items"))?;
        let value = figures.value.as_deref();
        self.string("value", value, &pointer_push(pointer, "value"))?;
        self.close();
        Ok(())
    }

    fn national_definition(
        &mut self,
        definition: &NationalDefinition,
        pointer: &str,
    ) -> Result<(), WriteError> {
        let field = |name: &str| pointer_push(pointer, name);
        self.open("national_definition", &[])?;
        self.lenient("category", definition.category.as_ref(), &field("category"))?;
        let national = definition.national_category.as_deref();
        self.string("national_category", national, &field("national_category"))?;
        let text = definition.definition.as_deref();
        self.string("definition", text, &field("definition"))?;
        self.close();
        Ok(())
    }

    fn party(
        &mut self,
        name: &'static str,
        party: &Party,
        pointer: &str,
    ) -> Result<(), WriteError> {
        let code_pointer = pointer_push(pointer, "code");
        let name_pointer = pointer_push(pointer, "name");
        let mut attributes: Vec<(&str, &str, &str)> = Vec::with_capacity(2);
        if let Some(code) = &party.code {
            attributes.push(("code", code, &code_pointer));
        }
        if let Some(party_name) = &party.name {
            attributes.push(("name", party_name, &name_pointer));
        }
        self.leaf(name, &attributes, "", pointer)
    }

    fn string(
        &mut self,
        name: &'static str,
        value: Option<&str>,
        pointer: &str,
    ) -> Result<(), WriteError> {
        match value {
            Some(text) => self.leaf(name, &[], text, pointer),
            None => Ok(()),
        }
    }

    fn lenient<T: Lexical>(
        &mut self,
        name: &'static str,
        value: Option<&Lenient<T>>,
        pointer: &str,
    ) -> Result<(), WriteError> {
        match value {
            None => Ok(()),
            Some(Lenient::Typed(typed)) => self.leaf(name, &[], &typed.write(), pointer),
            Some(Lenient::Raw(raw)) => {
                let (kind, text) = RawKind::of(raw);
                self.leaf(name, &[("raw", kind.name(), pointer)], &text, pointer)
            }
        }
    }

    /// Closes the start tag of the innermost open element before its first child.
    fn begin_child(&mut self) {
        if let Some((_, has_content)) = self.open.last_mut()
            && !*has_content
        {
            self.out.push_str(">\n");
            *has_content = true;
        }
    }

    fn indent(&mut self) {
        for _ in 0..self.open.len() {
            self.out.push_str("  ");
        }
    }

    /// Writes `<name` and the attributes, each `(name, value, pointer of the value)`.
    fn start_tag(
        &mut self,
        name: &str,
        attributes: &[(&str, &str, &str)],
    ) -> Result<(), WriteError> {
        self.begin_child();
        self.indent();
        self.out.push('<');
        self.out.push_str(name);
        for (key, value, pointer) in attributes {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value, true, pointer)?;
            self.out.push('"');
        }
        Ok(())
    }

    /// Opens an element that holds other elements.
    fn open(
        &mut self,
        name: &'static str,
        attributes: &[(&str, &str, &str)],
    ) -> Result<(), WriteError> {
        self.start_tag(name, attributes)?;
        self.open.push((name, false));
        Ok(())
    }

    fn close(&mut self) {
        if let Some((name, has_content)) = self.open.pop() {
            if has_content {
                self.indent();
                self.out.push_str("</");
                self.out.push_str(name);
                self.out.push_str(">\n");
            } else {
                self.out.push_str("/>\n");
            }
        }
    }

    /// An element with text only (none when `text` is empty).
    fn leaf(
        &mut self,
        name: &str,
        attributes: &[(&str, &str, &str)],
        text: &str,
        pointer: &str,
    ) -> Result<(), WriteError> {
        self.start_tag(name, attributes)?;
        if text.is_empty() {
            self.out.push_str("/>\n");
        } else {
            self.out.push('>');
            escape_into(&mut self.out, text, false, pointer)?;
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push_str(">\n");
        }
        Ok(())
    }
}

/// Appends `text` escaped for element content or (with `attribute`) a double-quoted attribute
/// value, so that a reader gets exactly `text` back: line ends and tabs that XML would
/// normalise are written as character references.
fn escape_into(
    out: &mut String,
    text: &str,
    attribute: bool,
    pointer: &str,
) -> Result<(), WriteError> {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            c if is_xml_char(c) => out.push(c),
            c => {
                return Err(WriteError::Unrepresentable {
                    pointer: pointer.to_owned(),
                    code: u32::from(c),
                });
            }
        }
    }
    Ok(())
}
