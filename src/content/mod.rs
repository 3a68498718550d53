//! Content compiled in from `content/`: the site's words live in TOML files,
//! not in the UI code. Board-specific words are placeholders filled from the
//! profile by `crate::board::fill`, so each fact (the mailbox, say) is in one place.

mod guide;
mod shell;
mod tools;

pub use guide::{Block, BlockKind, GuidePage, Note, Section, StepItem};
pub use shell::{
    CriteriaStart, Entry, Footer, GuideWords, Home, Link, Loading, NotFound, Offline, PrintWords,
    Site, ToolText, Urgent,
};
pub use tools::{CsprDeadlineWords, DeadlinesPage, DeleteText, ReferralText};

use crate::include_content;
use crate::rule_set::RuleSetId;

/// All of the site's shell and home-page words under a rule set (the
/// generator's; a tool reads only the part it shows, with the functions
/// below). The CSPR words are content/cspr/site.toml over content/site.toml.
pub fn site(rule_set: RuleSetId) -> Site {
    from_content(site_json(rule_set.content_folder()))
}

// Each rule set's content files, by its content folder (made by build.rs
// from the folders of content/, so this file names no rule set).
include!(concat!(env!("OUT_DIR"), "/rule_set_content.rs"));

/// The service's name ("SCR referral guide").
pub fn service_name(rule_set: RuleSetId) -> String {
    site_values(rule_set).service_name
}

/// The questionnaire's start page.
pub fn criteria_start(rule_set: RuleSetId) -> CriteriaStart {
    criteria_start_of(rule_set.content_folder())
}

/// The deadline calculator's page.
pub fn deadlines_page(rule_set: RuleSetId) -> DeadlinesPage {
    deadlines_page_of(rule_set.content_folder())
}

/// "If a child is at risk now" (the same under both rule sets).
pub fn urgent() -> Urgent {
    include!(concat!(env!("OUT_DIR"), "/site.urgent.rs"))
}

/// The words around guidance sections (drawn by the generator and by the
/// referral's confirmation page).
pub fn guide_words() -> GuideWords {
    from_content(include_content!("site.guide"))
}

/// The top-level values of `content/site.toml` that the tools use.
struct SiteValues {
    service_name: String,
    last_reviewed: String,
}

fn site_values(rule_set: RuleSetId) -> SiteValues {
    site_values_of(rule_set.content_folder())
}

/// When the guidance was last reviewed, in words ("25 November 2026").
pub fn last_reviewed(rule_set: RuleSetId) -> String {
    let date = site_values(rule_set).last_reviewed;
    crate::dates::parse_iso_date(&date)
        .map(crate::dates::long_date)
        .unwrap_or(date)
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
    match serde_json::from_str(json) {
        Ok(value) => value,
        // Not `expect`: that would format the error with Debug, whose code
        // every tool would then carry.
        Err(_) => panic!("content files match their types (see tests/content.rs)"),
    }
}

/// Every guidance page under a rule set, in the order the site lists them
/// (content/*.toml for Serious Case Reviews, content/cspr/*.toml for
/// Child Safeguarding Practice Reviews; the accessibility statement is
/// the same for both).
pub fn guide_pages(rule_set: RuleSetId) -> Vec<GuidePage> {
    guide_pages_json(rule_set.content_folder())
        .into_iter()
        .chain([include_content!("accessibility")])
        .map(from_content)
        .collect()
}

/// The guidance page whose URL is /<slug>, under a rule set.
pub fn guide_page(rule_set: RuleSetId, slug: &str) -> Option<GuidePage> {
    guide_pages(rule_set).into_iter().find(|p| p.slug == slug)
}

/// The sections of "Prepare the referral" (`refer.toml`) that the
/// referral's confirmation page repeats (sending, and what happens next),
/// without their sources notes: build.rs keeps only these for the form.
pub fn refer_done_sections(rule_set: RuleSetId) -> Vec<Section> {
    refer_done_of(rule_set.content_folder())
}

/// The referral form's words under a rule set (`content/referral-form.toml`,
/// with `content/cspr/referral-form.toml` over it for the CSPR rules),
/// turned into Rust by build.rs, so no parsing is needed at run time.
pub fn referral_text(rule_set: RuleSetId) -> ReferralText {
    referral_text_of(rule_set.content_folder())
}
