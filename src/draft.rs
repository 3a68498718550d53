//! Drafts and hand-over files: the referral wrapped with a format name, a
//! schema version and the time it was saved. The same format is kept in the
//! browser's storage (a draft) and downloaded as a file (a hand-over file,
//! e.g. from a practitioner to their designated safeguarding lead).
//!
//! Reading is strict: anything that is not exactly a draft of this version
//! is refused with a message saying what is wrong, and never panics, so a
//! damaged or tampered file cannot break the form the user already has.

use crate::referral::Referral;
use serde::{Deserialize, Serialize};

/// Names the format inside the file, so other JSON files are recognised.
pub const FORMAT: &str = "scr-referral-guide referral";
/// The schema version written now. Raise it when the model changes in a way
/// older drafts cannot be read as, and add a migration in [`read`].
pub const VERSION: u32 = 1;
/// The largest hand-over file accepted (a full referral is far smaller).
pub const MAX_BYTES: usize = 2_000_000;
/// The most rows accepted in any repeatable part of the form.
pub const MAX_ROWS: usize = 500;

/// A saved referral.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub format: String,
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
    pub referral: Referral,
}

impl Draft {
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

    /// The draft as JSON (pretty, so a hand-over file can be read by eye).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a referral always serialises")
    }

    /// When a kept draft is deleted: `retention_days` after it was saved.
    pub fn expires_at_ms(&self, retention_days: u32) -> i64 {
        expires_at_ms(self.saved_at_ms, retention_days)
    }

    pub fn is_expired(&self, now_ms: i64, retention_days: u32) -> bool {
        now_ms >= self.expires_at_ms(retention_days)
    }
}

/// When a draft saved at `saved_at_ms` is deleted: `retention_days` later.
pub fn expires_at_ms(saved_at_ms: i64, retention_days: u32) -> i64 {
    saved_at_ms.saturating_add(i64::from(retention_days).saturating_mul(24 * 60 * 60 * 1000))
}

/// Why a draft or hand-over file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    Empty,
    TooLarge { bytes: usize },
    NotText,
    NotJson { detail: String },
    WrongFile,
    NewerVersion { version: u64 },
    OlderVersion { version: u64 },
    Damaged { detail: String },
    TooManyRows { part: &'static str, rows: usize },
}

impl ReadError {
    /// What is wrong and what to do, for the person opening the file.
    pub fn message(&self) -> String {
        match self {
            ReadError::Empty => "The file is empty. Choose the hand-over file (it ends in .json) that was downloaded from this site.".into(),
            ReadError::TooLarge { bytes } => format!(
                "The file is too large to be a hand-over file ({} KB; the most is {} KB). Choose the file that was downloaded from this site.",
                bytes / 1000,
                MAX_BYTES / 1000
            ),
            ReadError::NotText | ReadError::NotJson { .. } | ReadError::WrongFile => {
                "The file is not a hand-over file from this site. Choose the file that was downloaded with 'Download a hand-over file' (it ends in .json).".into()
            }
            ReadError::NewerVersion { version } => format!(
                "The file was made by a newer version of this site (format version {version}; this site reads version {VERSION}). Reload the page to get the newest version, then try again."
            ),
            ReadError::OlderVersion { version } => format!(
                "The file was made by an older version of this site (format version {version}) that this site can no longer read. Ask the person who sent it to open it and send it again, or copy the answers across by hand."
            ),
            ReadError::Damaged { detail } => format!(
                "The file has been changed or damaged since it was downloaded, so it cannot be opened safely ({detail}). Ask for a new copy."
            ),
            ReadError::TooManyRows { part, rows } => format!(
                "The file has {rows} rows in {part}; the most this site accepts is {MAX_ROWS}. Ask for a new copy."
            ),
        }
    }
}

/// Read a draft or hand-over file. Never panics, whatever the bytes.
pub fn read(bytes: &[u8]) -> Result<Draft, ReadError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ReadError::NotText)?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| ReadError::NotJson {
        detail: e.to_string(),
    })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(ReadError::WrongFile);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        None => {
            return Err(ReadError::Damaged {
                detail: "its version number is missing".into(),
            })
        }
        Some(v) if v > u64::from(VERSION) => return Err(ReadError::NewerVersion { version: v }),
        Some(v) if v < u64::from(VERSION) => return Err(ReadError::OlderVersion { version: v }),
        Some(_) => {}
    }
    let draft: Draft = serde_json::from_str(text).map_err(|e| ReadError::Damaged {
        detail: match field_on_line(text, e.line()) {
            Some(field) => format!("the field \"{field}\": {e}"),
            None => e.to_string(),
        },
    })?;
    let r = &draft.referral;
    for (part, rows) in [
        ("the family and household", r.household.len()),
        ("the agencies involved", r.agencies.len()),
        ("the other investigations and reviews", r.parallel.len()),
        ("the chronology", r.chronology.len()),
    ] {
        if rows > MAX_ROWS {
            return Err(ReadError::TooManyRows { part, rows });
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    if !r.parallel.iter().all(|p| seen.insert(p.process)) {
        return Err(ReadError::Damaged {
            detail: "an investigation or review is listed twice".into(),
        });
    }
    Ok(draft)
}

/// The JSON key on a line of the file (to say which field is wrong; the
/// files are pretty-printed, one field per line).
fn field_on_line(text: &str, line: usize) -> Option<&str> {
    let line = text.lines().nth(line.checked_sub(1)?)?.trim_start();
    let rest = line.strip_prefix('"')?;
    let end = rest.find('"')?;
    rest[end + 1..]
        .trim_start()
        .starts_with(':')
        .then(|| &rest[..end])
}

/// A file name for a hand-over file: no personal data, only the date.
pub fn file_name(today: chrono::NaiveDate) -> String {
    format!("SCR-referral-draft-{}.json", crate::dates::iso_date(today))
}
