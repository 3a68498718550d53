//! Why a draft or hand-over file could not be read, and what the person
//! is told (the words differ for a file and for a kept draft).

use super::file::{MAX_BYTES, VERSION};
use crate::criteria::RuleSetId;

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

/// A [`ReadError::Damaged`] saying what is wrong and where.
pub(super) fn damaged(detail: impl Into<String>) -> ReadError {
    ReadError::Damaged {
        detail: detail.into(),
    }
}
