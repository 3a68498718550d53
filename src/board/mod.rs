//! The Board (or safeguarding partnership) profile: everything that differs
//! from one to another (name, secure mailbox, the name of its review group,
//! the rule set it follows, …). The site generator reads it (`--board
//! board.json`) and builds it into every page; without one, a compiled-in
//! example (`content/example-board.json`, or with `--example cspr`
//! `content/example-partnership.json`) is used and every page says so.
//!
//! Parsing never falls back silently: a malformed or incomplete file gives a
//! [`ProfileError`] naming the file, the field and what is wrong. It is
//! strict because every value is printed on pages and referrals or put in
//! a mail link: a key given twice, a control character, text that only
//! looks blank (a zero-width space) or a mailbox that is more than a plain
//! address (`?bcc=…`, `#…`, `%0D%0A…`) is an error.

mod encode;
mod parse;
mod profile;

pub use crate::rule_set::RuleSetId;
pub use crate::validate::{is_control, is_invisible, plain_address};
pub use parse::{ProfileError, FIELDS, MARKING_MAX, TEXT_MAX};
pub use profile::{
    BoardProfile, Practice, RapidReviewStart, PRACTICE_FIELDS, PRACTICE_MAX, PRACTICE_UNKNOWN,
};

/// The file name the site looks for, beside `index.html`.
pub const PROFILE_FILE: &str = "board.json";

/// Replace `{placeholders}` with the Board profile's values.
pub fn fill(text: &str, board: &BoardProfile) -> String {
    let rapid_review_start = board
        .rapid_review_start
        .map(RapidReviewStart::words)
        .unwrap_or_default();
    // The practice sentences first: their default names the office, whose
    // placeholders the pairs below then fill.
    let text = PRACTICE_FIELDS
        .iter()
        .fold(text.to_string(), |acc, (_, key, get)| {
            acc.replace(
                key,
                get(&board.practice).as_deref().unwrap_or(PRACTICE_UNKNOWN),
            )
        });
    let pairs: [(&str, String); 12] = [
        ("{board}", board.name.clone()),
        ("{board_short}", board.short_name.clone()),
        ("{group}", board.review_group_name.clone()),
        ("{mailbox}", board.secure_mailbox.clone()),
        ("{office_phone}", board.business_office_phone.clone()),
        ("{office_email}", board.business_office_email.clone()),
        ("{form}", board.referral_form_name.clone()),
        ("{retention_days}", board.draft_retention_days.to_string()),
        ("{marking}", board.protective_marking.clone()),
        ("{deadline}", board.referral_deadline.clone()),
        (
            "{last_reviewed}",
            crate::content::last_reviewed(board.rule_set),
        ),
        ("{rapid_review_start}", rapid_review_start.to_string()),
    ];
    pairs
        .iter()
        .fold(text, |acc, (key, value)| acc.replace(key, value))
}
