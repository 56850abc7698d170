//! `docs/xml.md` stays true to the code: its complete example is the writer's output, and it
//! names every element the writer writes and every rule the reader raises.

mod common;

fn docs() -> String {
    std::fs::read_to_string(common::fixtures().join("../docs/xml.md")).expect("docs/xml.md exists")
}

#[test]
fn the_complete_example_is_the_committed_writer_output() {
    let example = String::from_utf8(common::xml_fixture("valid-every-field.xml")).expect("UTF-8");
    assert!(
        docs().contains(&format!("```xml\n{example}```")),
        "docs/xml.md should show fixtures/xml/valid-every-field.xml verbatim"
    );
}

#[test]
fn the_mapping_table_names_every_element_and_attribute_the_writer_writes() {
    let docs = docs();
    let example = String::from_utf8(common::xml_fixture("valid-every-field.xml")).expect("UTF-8");
    let raw = att_xml::write(
        &common::json_reports()
            .into_iter()
            .find(|(name, _)| name == "invalid-raw-values-kept.json")
            .expect("fixture")
            .1,
    )
    .expect("writes");
    for xml in [example, raw] {
        for tag in xml.split('<').skip(2) {
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if name.is_empty() {
                continue;
            }
            assert!(
                docs.contains(&format!("<{name}>")) || docs.contains(&format!("<{name} ")),
                "docs/xml.md does not show <{name}>"
            );
        }
    }
    for attribute in ["schema_version=", "code=", "name=", "raw="] {
        assert!(
            docs.contains(attribute),
            "docs/xml.md does not show {attribute}"
        );
    }
}

#[test]
fn every_rule_of_the_reader_is_documented() {
    let docs = docs();
    for rule in att_xml::RULES {
        assert!(
            docs.contains(rule.code),
            "{} is not in docs/xml.md",
            rule.code
        );
    }
    assert!(docs.contains(att_xml::NAMESPACE));
}
