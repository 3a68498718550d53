//! The draft format (its name, version and largest size) and the draft
//! type, written as a hand-over file or a draft for the browser's storage.

use crate::criteria::RuleSetId;
use crate::referral::Referral;
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

/// A file name for a hand-over file: no personal data, only the kind of
/// referral and the date.
pub fn file_name(rule_set: RuleSetId, today: chrono::NaiveDate) -> String {
    format!(
        "{}-draft-{}.json",
        crate::document::file_prefix(rule_set),
        crate::dates::iso_date(today)
    )
}
