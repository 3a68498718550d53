//! Content compiled in from `content/`: the site's words live in TOML files,
//! not in the UI code. Board-specific words are placeholders filled from the
//! [`BoardProfile`] by [`fill`], so each fact (the mailbox, say) is in one place.

use crate::board::BoardProfile;
use crate::include_content;
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
pub struct Site {
    pub service_name: String,
    pub tagline: String,
    pub example_banner: String,
    pub privacy_heading: String,
    pub privacy: Vec<String>,
    pub home: Home,
    pub not_found: NotFound,
    pub criteria: CriteriaStart,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Home {
    pub title: String,
    pub lead: String,
    pub entry: Vec<Entry>,
    pub more: Vec<Link>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Entry {
    pub href: String,
    pub heading: String,
    pub text: String,
    pub audience: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Link {
    pub href: String,
    pub text: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct NotFound {
    pub title: String,
    pub text: Vec<String>,
}

/// The site's shell and home-page words.
pub fn site() -> Site {
    from_content(include_content!("site"))
}

/// The JSON that build.rs made from `content/<name>.toml`.
#[macro_export]
macro_rules! include_content {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json"))
    };
}

/// Deserialise a content file (checked by the native tests, so a mistake
/// fails the test run, not a visitor's page).
pub fn from_content<T: serde::de::DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).expect("content files match their types (see tests/content.rs)")
}

/// Replace `{placeholders}` with the Board profile's values.
pub fn fill(text: &str, board: &BoardProfile) -> String {
    let pairs: [(&str, String); 10] = [
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
    ];
    pairs.iter().fold(text.to_string(), |acc, (key, value)| {
        acc.replace(key, value)
    })
}

#[derive(Clone, Debug, Deserialize)]
pub struct CriteriaStart {
    pub title: String,
    pub caption: String,
    pub lead: String,
    pub intro: Vec<String>,
    pub intro_sources: Vec<String>,
    pub restart_notice: String,
}
