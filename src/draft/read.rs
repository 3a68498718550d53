//! Reading a draft or hand-over file: strict, never panicking, naming the
//! field at fault; format version 1 is brought up to date.

use super::error::{damaged, ReadError};
use super::file::{Draft, FORMAT, MAX_BYTES, VERSION};
use super::limits::{check_limits, check_values};
use crate::criteria::RuleSetId;

/// Read a draft or hand-over file for a site following `rule_set`: a
/// referral made under the other rule set is refused. Never panics.
pub fn read_for(bytes: &[u8], rule_set: RuleSetId) -> Result<Draft, ReadError> {
    let draft = read(bytes)?;
    let found = draft.referral.case.criteria.rule_set;
    if found != rule_set {
        return Err(ReadError::OtherRuleSet {
            found,
            site: rule_set,
        });
    }
    Ok(draft)
}

/// Read a draft or hand-over file. Never panics, whatever the bytes.
pub fn read(bytes: &[u8]) -> Result<Draft, ReadError> {
    // A byte-order mark, as some editors add, is not part of the JSON.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ReadError::NotText)?;
    // A key given twice would silently take the last value (a chronology
    // followed by an empty one opens with no events): refused, named.
    if let Ok(Some(path)) = crate::json_keys::first_duplicate(text) {
        return Err(damaged(format!(
            "the field \"{path}\" is given more than once"
        )));
    }
    let mut value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ReadError::NotJson {
            detail: e.to_string(),
        })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(ReadError::WrongFile);
    }
    let version = match value.get("version") {
        None => return Err(damaged("its format version is missing")),
        Some(serde_json::Value::Number(n)) if n.is_u64() => n.as_u64().unwrap_or(0),
        Some(other) => {
            return Err(ReadError::BadVersion {
                found: other.to_string(),
            })
        }
    };
    match version {
        1 => upgrade_from_1(&mut value)?,
        v if v == u64::from(VERSION) => {}
        v if v > u64::from(VERSION) => return Err(ReadError::NewerVersion { version: v }),
        v => return Err(ReadError::OlderVersion { version: v }),
    }
    // Read from the value written out one field to a line, so an error's
    // line names the field at fault.
    let lines = serde_json::to_string_pretty(&value).unwrap_or_default();
    let draft: Draft = serde_json::from_str(&lines).map_err(|e| {
        damaged(match field_on_line(&lines, e.line()) {
            Some(field) => format!("the field \"{field}\": {e}"),
            None => e.to_string(),
        })
    })?;
    check_limits(&draft)?;
    check_values(&draft)?;
    Ok(draft)
}

/// Version 1 asked only yes or no about the designated safeguarding lead.
fn upgrade_from_1(value: &mut serde_json::Value) -> Result<(), ReadError> {
    if let Some(consulted) = value.pointer_mut("/referral/dsl/consulted") {
        *consulted = match consulted {
            serde_json::Value::Bool(true) => "Yes".into(),
            serde_json::Value::Bool(false) => "No".into(),
            serde_json::Value::Null => serde_json::Value::Null,
            _ => {
                return Err(damaged(
                    "the field \"referral.dsl.consulted\" is not true, false or null",
                ))
            }
        };
    }
    value["version"] = VERSION.into();
    Ok(())
}

/// The JSON key on a line of indented JSON (to say which field is wrong).
fn field_on_line(text: &str, line: usize) -> Option<&str> {
    let line = text.lines().nth(line.checked_sub(1)?)?.trim_start();
    let rest = line.strip_prefix('"')?;
    let end = rest.find('"')?;
    rest[end + 1..]
        .trim_start()
        .starts_with(':')
        .then(|| &rest[..end])
}
