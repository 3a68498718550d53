//! Drafts and hand-over files: the referral wrapped with a format name, a
//! schema version and the time it was saved. The same format is kept in the
//! browser's storage (a draft, compact) and downloaded as a file (a
//! hand-over file, indented so it can be read by eye).
//!
//! Reading is strict: anything that is not exactly a draft this site can
//! read is refused with a message saying what is wrong (and, for a changed
//! value, where), and never panics, so a damaged or tampered file cannot
//! break the form the user already has. **Whatever the reader accepts, the
//! writer writes and the reader reads again** (the limits here are the
//! form's own, see `tests/draft.rs`). Format version 1 (drafts and files
//! saved before version 2) is read and brought up to date.

use crate::criteria::RuleSetId;
use crate::referral::fields::{every_field, fields_of, repeat, Kind, MAX_PROCESSES};
use crate::referral::{keep_max, Referral, Section};
use serde::{Deserialize, Serialize};

/// Names the format inside the file, so other JSON files are recognised.
pub const FORMAT: &str = "scr-referral-guide referral";
/// The schema version written now. Version 2 asks whether the referrer is
/// the designated safeguarding lead (`dsl.consulted` is "IAmTheLead",
/// "Yes" or "No"; version 1 had true or false).
pub const VERSION: u32 = 2;
/// The largest file accepted: a guard against files that cannot be drafts.
/// Any referral within the form's limits is far smaller (the largest, with
/// every field at the most the form keeps, is under 31 MB written out).
pub const MAX_BYTES: usize = 40_000_000;
/// The longest a date box's text can be.
pub const DATE_PART_MAX: usize = 20;
/// The earliest and latest save times accepted (1 January 2000 to 1 January
/// 2200, in milliseconds since 1970).
const SAVED_AT_RANGE: std::ops::RangeInclusive<i64> = 0..=7_258_118_400_000;

/// A saved referral.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// The format's name, so no other file is mistaken for a draft.
    pub format: String,
    /// The format's version, so a file from another version is refused.
    pub version: u32,
    /// When it was saved, in milliseconds since 1 January 1970 (UTC).
    pub saved_at_ms: i64,
    /// Counts saves of a kept draft, so that two tabs editing the same
    /// draft notice each other's changes instead of overwriting them.
    #[serde(default)]
    pub revision: u64,
    /// Which tab saved it (a random id per tab).
    #[serde(default)]
    pub writer: String,
    /// The referral itself, as typed.
    pub referral: Referral,
}

/// The same, borrowed, for writing without copying a large referral.
#[derive(Serialize)]
struct DraftRef<'a> {
    format: &'static str,
    version: u32,
    saved_at_ms: i64,
    revision: u64,
    writer: &'a str,
    referral: &'a Referral,
}

impl Draft {
    /// A draft of this referral, saved now.
    pub fn new(referral: Referral, saved_at_ms: i64, revision: u64, writer: &str) -> Self {
        Draft {
            format: FORMAT.to_string(),
            version: VERSION,
            saved_at_ms,
            revision,
            writer: writer.to_string(),
            referral,
        }
    }

    /// The draft as indented JSON, exactly as it is.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// When a kept draft is deleted: `retention_days` after it was saved.
    pub fn expires_at_ms(&self, retention_days: u32) -> i64 {
        expires_at_ms(self.saved_at_ms, retention_days)
    }

    /// Whether a kept draft is past its deletion time.
    pub fn is_expired(&self, now_ms: i64, retention_days: u32) -> bool {
        now_ms >= self.expires_at_ms(retention_days)
    }
}

fn draft_ref<'a>(
    referral: &'a Referral,
    saved_at_ms: i64,
    revision: u64,
    writer: &'a str,
) -> DraftRef<'a> {
    DraftRef {
        format: FORMAT,
        version: VERSION,
        saved_at_ms,
        revision,
        writer,
        referral,
    }
}

/// A hand-over file of this referral (indented JSON).
pub fn to_file(referral: &Referral, saved_at_ms: i64) -> String {
    serde_json::to_string_pretty(&draft_ref(referral, saved_at_ms, 0, "")).unwrap_or_default()
}

/// A draft for the browser's storage (compact JSON).
pub fn to_stored(referral: &Referral, saved_at_ms: i64, revision: u64, writer: &str) -> String {
    serde_json::to_string(&draft_ref(referral, saved_at_ms, revision, writer)).unwrap_or_default()
}

/// When a draft saved at `saved_at_ms` is deleted: `retention_days` later.
pub fn expires_at_ms(saved_at_ms: i64, retention_days: u32) -> i64 {
    saved_at_ms.saturating_add(i64::from(retention_days).saturating_mul(24 * 60 * 60 * 1000))
}

/// Where the draft being read came from (the messages differ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A hand-over file the person chose.
    File,
    /// A draft this browser kept.
    Stored,
}

/// Why a draft or hand-over file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The file has nothing in it.
    Empty,
    /// The file is larger than any referral the form allows.
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// The file is not text.
    NotText,
    /// The text is not JSON.
    NotJson {
        /// Where and why, for the person.
        detail: String,
    },
    /// It is JSON, but not a draft of this site.
    WrongFile,
    /// The version is there but is not a whole number.
    BadVersion {
        /// The version as found.
        found: String,
    },
    /// A draft from a newer version of the site.
    NewerVersion {
        /// Its version.
        version: u64,
    },
    /// A draft from an older version the site no longer reads.
    OlderVersion {
        /// Its version.
        version: u64,
    },
    /// A draft whose fields were changed or damaged.
    Damaged {
        /// Which field and how, for the person.
        detail: String,
    },
    /// More rows in a part than the form allows.
    TooMany {
        /// The part ("agencies").
        part: String,
        /// How many the file has.
        found: usize,
        /// How many the form allows.
        max: usize,
    },
    /// A referral under the other rule set: this site cannot check it
    /// against its own rules.
    OtherRuleSet {
        /// The file's rule set.
        found: RuleSetId,
        /// This site's.
        site: RuleSetId,
    },
}

impl ReadError {
    /// What is wrong and what to do, for the person opening a file or
    /// whose browser holds the draft.
    pub fn message(&self, origin: Origin) -> String {
        let (thing, again) = match origin {
            Origin::File => ("The file", "Ask the person who sent it for a new copy."),
            Origin::Stored => (
                "The saved form",
                "Download it to keep it, then delete it to start again.",
            ),
        };
        match self {
            ReadError::Empty => match origin {
                Origin::File => "The file is empty. Choose the hand-over file (it ends in .json) that was downloaded from this site.".into(),
                Origin::Stored => "The saved form is empty.".into(),
            },
            ReadError::TooLarge { bytes } => format!(
                "{thing} is too large to be a hand-over file from this site ({} MB; the most is {} MB). Choose the file that was downloaded from this site.",
                bytes / 1_000_000,
                MAX_BYTES / 1_000_000
            ),
            ReadError::NotText | ReadError::NotJson { .. } | ReadError::WrongFile => match origin {
                Origin::File => "The file is not a hand-over file from this site. Choose the file that was downloaded with 'Download a hand-over file' (it ends in .json).".into(),
                Origin::Stored => format!("The saved form is not in a format this site knows. {again}"),
            },
            ReadError::BadVersion { found } => format!(
                "{thing}'s format version is {found}, which is not a version number (it should be a whole number, such as {VERSION}): it has been changed since it was saved. {again}"
            ),
            ReadError::NewerVersion { version } => format!(
                "{thing} was saved by a newer version of this site (format version {version}; this site reads versions 1 to {VERSION}). Reload the page to get the newest version, then try again."
            ),
            ReadError::OlderVersion { version } => format!(
                "{thing} was saved by a version of this site (format version {version}) that this site cannot read. {again}"
            ),
            ReadError::Damaged { detail } => format!(
                "{thing} has been changed or damaged since it was saved, so it cannot be opened safely ({detail}). {again}"
            ),
            ReadError::TooMany { part, found, max } => format!(
                "{thing} has {found} {part}; the most this site accepts is {max}. {again}"
            ),
            ReadError::OtherRuleSet { found, site } => format!(
                "{thing} is a referral for a {}, but this site follows the {} rules, so it cannot be opened here. Open it on the site it was made with.",
                found.review_name(),
                site.review_name()
            ),
        }
    }
}

fn damaged(detail: impl Into<String>) -> ReadError {
    ReadError::Damaged {
        detail: detail.into(),
    }
}

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

/// Every value a file carries is one the form shows, and a one-line
/// answer has no line breaks or other control characters (they would
/// reach the mail link's subject and the document's one-line rows).
fn check_values(draft: &Draft) -> Result<(), ReadError> {
    let r = &draft.referral;
    let other_rule_sets: Vec<Referral> = RuleSetId::ALL
        .into_iter()
        .filter(|rs| *rs != r.case.criteria.rule_set)
        .map(|rs| Referral::new(chrono::NaiveDate::MIN, rs))
        .collect();
    let this_rule_set = Referral::new(chrono::NaiveDate::MIN, r.case.criteria.rule_set);
    for (f, row) in every_field(r) {
        let value = f.get(r, row);
        if let (Kind::Text { .. }, crate::referral::fields::Value::Text(t)) = (f.kind, &value) {
            if t.chars().any(char::is_control) {
                return Err(damaged(format!(
                    "the field \"{}\" has a line break or another control character, which a one-line answer cannot have",
                    f.id_in(row)
                )));
            }
        }
        // A field only another rule set's form asks, holding a
        // value that no field this form shows holds too.
        let other_only =
            other_rule_sets.iter().any(|o| f.shown(o, row)) && !f.shown(&this_rule_set, row);
        if other_only && !value.is_empty() && !shown_elsewhere(r, f, row) {
            return Err(damaged(format!(
                "the field \"{}\" belongs to another rule set's form, which this referral is not",
                f.id_in(row)
            )));
        }
    }
    Ok(())
}

/// Whether the value of `field` (not shown) is also the value of a field
/// that is shown: emptying it changes a shown field.
fn shown_elsewhere(r: &Referral, field: &crate::referral::fields::Field, row: usize) -> bool {
    let mut emptied = r.clone();
    (field.access.set)(
        &mut emptied,
        row,
        crate::referral::fields::Value::empty_like(&field.get(r, row)),
    );
    every_field(r)
        .into_iter()
        .any(|(f, row)| f.shown(r, row) && f.get(r, row) != f.get(&emptied, row))
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

/// The form's own limits: rows, choices, and the most text it keeps.
fn check_limits(draft: &Draft) -> Result<(), ReadError> {
    if !SAVED_AT_RANGE.contains(&draft.saved_at_ms) {
        return Err(damaged("the time it was saved is not a real time"));
    }
    let r = &draft.referral;
    let too_many = |part: &str, found: usize, max: usize| ReadError::TooMany {
        part: part.to_string(),
        found,
        max,
    };
    for section in Section::ALL {
        if let Some(rep) = repeat(section) {
            let rows = (rep.len)(r);
            if rows > rep.max {
                return Err(too_many(
                    &format!("{} in '{}'", rep.plural, section.title()),
                    rep.number(rows - 1),
                    rep.most(),
                ));
            }
        }
        for (f, row) in fields_of(section, r) {
            let over = match (f.kind, f.get(r, row)) {
                (Kind::Text { .. } | Kind::LongText, crate::referral::fields::Value::Text(t)) => {
                    t.chars().count() > keep_max(f.max)
                }
                (Kind::Date, crate::referral::fields::Value::Date(d)) => {
                    [&d.day, &d.month, &d.year]
                        .iter()
                        .any(|p| p.chars().count() > DATE_PART_MAX)
                }
                _ => false,
            };
            if over {
                return Err(damaged(format!(
                    "the field \"{}\" is longer than the form keeps",
                    f.id_in(row)
                )));
            }
        }
    }
    if r.parallel.len() > MAX_PROCESSES {
        return Err(too_many(
            "other investigations and reviews",
            r.parallel.len(),
            MAX_PROCESSES,
        ));
    }
    let mut seen = std::collections::BTreeSet::new();
    if !r.parallel.iter().all(|p| seen.insert(p.process)) {
        return Err(damaged("an investigation or review is listed twice"));
    }
    if r.parallel
        .iter()
        .any(|p| p.reference.chars().count() > keep_max(crate::referral::SHORT_TEXT_MAX))
    {
        return Err(damaged(
            "a reference for another investigation or review is longer than the form keeps",
        ));
    }
    let mut statuses = std::collections::BTreeSet::new();
    if !r.child.legal_status.iter().all(|s| statuses.insert(*s)) {
        return Err(damaged("a legal status is listed twice"));
    }
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

/// A file name for a hand-over file: no personal data, only the kind of
/// referral and the date.
pub fn file_name(rule_set: RuleSetId, today: chrono::NaiveDate) -> String {
    format!(
        "{}-draft-{}.json",
        crate::document::file_prefix(rule_set),
        crate::dates::iso_date(today)
    )
}
