//! What the site keeps in the browser, under which key, in which format.
//! The one list: the tools use these keys, and the "Delete everything on
//! this device" page lists them.
//!
//! **The criteria answers have one home**: this tab's session storage under
//! [`CRITERIA_KEY`], in the versioned format of [`encode_answers`] and
//! [`decode_answers`]. The questionnaire writes them; the referral form
//! (a separate build) reads the route and answers from there, and writes
//! them there when it opens a draft or hand-over file.

use crate::criteria::Answers;
use serde::{Deserialize, Serialize};

/// Where a value is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// This tab only; gone when the tab closes.
    Session,
    /// This device, until deleted.
    Local,
}

/// The questionnaire's answers (session storage), see [`encode_answers`].
pub const CRITERIA_KEY: &str = "scr-guide.criteria";
/// This tab's referral form (session storage), in the draft format.
pub const REFERRAL_KEY: &str = "scr-guide.referral";
/// "1" while this tab keeps a draft on the device (session storage).
pub const KEEP_KEY: &str = "scr-guide.keep";
/// The kept draft's revision this tab last read or wrote (session storage).
pub const REVISION_KEY: &str = "scr-guide.revision";
/// The referral draft kept on this device (local storage), in the draft format.
pub const DRAFT_KEY: &str = "scr-guide.draft";

/// One kind of thing the site may keep, described for the person.
#[derive(Clone, Copy, Debug)]
pub struct StoredItem {
    /// Where it is kept.
    pub area: Area,
    /// Its key.
    pub key: &'static str,
    /// What it is, in words that follow "Stored in this browser now:".
    pub description: &'static str,
}

/// The form's section a person left for the questionnaire (an address
/// under `/referral/`, nothing they typed), so its result can take them
/// back there, in this tab only.
pub const RETURN_KEY: &str = "scr-guide.return";

/// Everything the site may keep that a person typed or chose.
pub const STORED_ITEMS: [StoredItem; 4] = [
    StoredItem {
        area: Area::Session,
        key: CRITERIA_KEY,
        description: "your answers to the criteria questions, in this tab",
    },
    StoredItem {
        area: Area::Session,
        key: REFERRAL_KEY,
        description: "the referral form in this tab",
    },
    StoredItem {
        area: Area::Session,
        key: RETURN_KEY,
        description: "which part of the referral form to go back to, in this tab",
    },
    StoredItem {
        area: Area::Local,
        key: DRAFT_KEY,
        description: "the referral draft kept on this device",
    },
];

/// The name written into stored answers, so nothing else is mistaken for them.
pub const ANSWERS_FORMAT: &str = "scr-guide/criteria-answers";
/// The version of that format this build writes and reads.
pub const ANSWERS_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredAnswers {
    format: String,
    version: u32,
    answers: Answers,
}

/// The answers as stored: `{"format": …, "version": 1, "answers": {…}}`.
pub fn encode_answers(answers: &Answers) -> String {
    let stored = StoredAnswers {
        format: ANSWERS_FORMAT.to_string(),
        version: ANSWERS_VERSION,
        answers: answers.clone(),
    };
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Read stored answers. Anything not in exactly this format and version is
/// an error saying why (the caller starts again with no answers).
pub fn decode_answers(text: &str) -> Result<Answers, String> {
    let stored: StoredAnswers = serde_json::from_str(text)
        .map_err(|e| format!("the saved answers could not be read ({e})"))?;
    if stored.format != ANSWERS_FORMAT {
        return Err(format!("not saved answers (format {:?})", stored.format));
    }
    if stored.version != ANSWERS_VERSION {
        return Err(format!(
            "the saved answers are version {}, this site reads version {ANSWERS_VERSION}",
            stored.version
        ));
    }
    Ok(stored.answers)
}
