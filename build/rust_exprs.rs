//! Content turned into Rust expressions for the tools (build.rs): the
//! referral form's words, the flat tables of the site's words, and the
//! sections of "Prepare the referral" that the confirmation page repeats, so
//! the browser build carries the words and no parser for them.

use std::fs;

/// The sections of "Prepare the referral" that the referral's confirmation
/// page repeats ("send" and "next"), without their sources notes (the form
/// carries no citations), as a Rust expression of `Vec<content::Section>`:
/// "<name>.done.rs". The form's WebAssembly then carries these, and no
/// parser for guidance pages.
const REFER_DONE_SECTIONS: [&str; 2] = ["send", "next"];

pub fn write_refer_done(value: &toml::Value, name: &str, out: &std::path::Path) {
    let mut sections = value
        .get("section")
        .and_then(toml::Value::as_array)
        .expect("refer.toml has sections")
        .clone();
    sections.retain(|s| {
        s.get("id")
            .and_then(toml::Value::as_str)
            .is_some_and(|id| REFER_DONE_SECTIONS.contains(&id))
    });
    assert_eq!(
        sections.len(),
        REFER_DONE_SECTIONS.len(),
        "{name}.toml has the sections the confirmation page repeats: {REFER_DONE_SECTIONS:?}"
    );
    let text = |v: &toml::Value, key: &str| v.get(key).map_or("String::new()".to_string(), string);
    let list = |v: &toml::Value, key: &str| v.get(key).map_or("Vec::new()".to_string(), strings);
    let code: Vec<String> = sections
        .iter()
        .map(|section| {
            let blocks: Vec<String> = section
                .get("block")
                .and_then(toml::Value::as_array)
                .into_iter()
                .flatten()
                .map(|b| {
                    let kind = b.get("kind").and_then(toml::Value::as_str).expect("a block has a kind");
                    let kind = format!("{}{}", kind[..1].to_uppercase(), &kind[1..]);
                    let steps: Vec<String> = b
                        .get("step")
                        .and_then(toml::Value::as_array)
                        .into_iter()
                        .flatten()
                        .map(|st| format!("StepItem {{ title: {}, text: {}, sources: Vec::new() }}", text(st, "title"), text(st, "text")))
                        .collect();
                    format!(
                        "Block {{ kind: BlockKind::{kind}, text: {}, items: {}, steps: vec![{}], sources: Vec::new(), site_fact: false }}",
                        text(b, "text"),
                        list(b, "items"),
                        steps.join(", ")
                    )
                })
                .collect();
            format!(
                "Section {{ id: {}, heading: {}, blocks: vec![{}] }}",
                text(section, "id"),
                text(section, "heading"),
                blocks.join(", ")
            )
        })
        .collect();
    fs::write(
        out.join(format!("{name}.done.rs")),
        format!("vec![{}]\n", code.join(",\n")),
    )
    .expect("OUT_DIR is writable");
}

/// A string as a Rust expression.
fn string(value: &toml::Value) -> String {
    format!("{:?}.to_string()", value.as_str().expect("a text value"))
}

/// A list of strings as a Rust expression.
fn strings(value: &toml::Value) -> String {
    let items: Vec<String> = value
        .as_array()
        .expect("a list")
        .iter()
        .map(string)
        .collect();
    format!("vec![{}]", items.join(", "))
}

/// The referral form's words (`content/referral-form.toml`) as a Rust
/// expression of `content::ReferralText` (`referral_text.rs`): the browser
/// build then carries the words, not a parser for them. A key the type
/// lacks, or a missing key, fails the build.
pub fn write_referral_text(value: &toml::Value, path: &std::path::Path) {
    let table = value
        .as_table()
        .expect("content/referral-form.toml is a table");
    let mut fields = Vec::new();
    for (key, item) in table {
        let expr = match key.as_str() {
            "intro" | "intro_sources" | "done_steps" => strings(item),
            "delete" => {
                let inner: Vec<String> = item
                    .as_table()
                    .expect("[delete] is a table")
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", string(v)))
                    .collect();
                format!("DeleteText {{ {} }}", inner.join(", "))
            }
            "section_intro" => {
                let notes: Vec<String> = item
                    .as_table()
                    .expect("[section_intro] is a table")
                    .iter()
                    .map(|(slug, note)| {
                        let sources = note
                            .get("sources")
                            .map_or("Vec::new()".to_string(), strings);
                        format!(
                            "({slug:?}.to_string(), Note {{ text: {}, sources: {sources} }})",
                            string(note.get("text").expect("a note has text"))
                        )
                    })
                    .collect();
                format!("std::collections::BTreeMap::from([{}])", notes.join(", "))
            }
            _ => string(item),
        };
        fields.push(format!("{key}: {expr}"));
    }
    let code = format!("ReferralText {{\n    {}\n}}\n", fields.join(",\n    "));
    fs::write(path, code).expect("OUT_DIR is writable");
}

/// A table of text and lists of text as a Rust expression of `type_name`
/// (written to `path`), so a tool carries the words and no parser for them.
/// A key the type lacks, or a missing key, fails the build.
pub fn write_flat(
    value: &toml::Value,
    type_name: &str,
    optional: &[(&str, &str)],
    path: &std::path::Path,
) {
    let code = format!("{}\n", flat_expr(value, type_name, optional));
    fs::write(path, code).expect("OUT_DIR is writable");
}

/// The Rust expression for write_flat. `optional` names the sub-tables the
/// type may have, as `Option` fields, with their types: a sub-table given
/// becomes `Some(…)` (its own keys all required), one not given `None`.
fn flat_expr(value: &toml::Value, type_name: &str, optional: &[(&str, &str)]) -> String {
    let table = value.as_table().expect("a table");
    let mut fields: Vec<String> = table
        .iter()
        .map(|(key, item)| {
            let sub_table = optional.iter().find(|(name, _)| name == key);
            let expr = match (item, sub_table) {
                (toml::Value::String(_), None) => string(item),
                (toml::Value::Array(_), None) => strings(item),
                (toml::Value::Table(_), Some((_, inner))) => {
                    format!("Some({})", flat_expr(item, inner, &[]))
                }
                (other, _) => panic!(
                    "{type_name}.{key}: only text, lists of text and the sub-tables {optional:?} are supported, not {other:?}"
                ),
            };
            format!("{key}: {expr}")
        })
        .collect();
    for (key, _) in optional {
        if !table.contains_key(*key) {
            fields.push(format!("{key}: None"));
        }
    }
    format!("{type_name} {{\n    {}\n}}", fields.join(",\n    "))
}
