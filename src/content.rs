//! Content compiled in from `content/`: the site's words live in TOML files,
//! not in the UI code. Board-specific words are placeholders filled from the
//! [`BoardProfile`] by [`fill`], so each fact (the mailbox, say) is in one place.

use crate::board::BoardProfile;
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
    toml::from_str(include_str!("../content/site.toml")).expect("content/site.toml is valid")
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
