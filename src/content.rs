//! Content compiled in from `content/`: the site's words live in TOML files,
//! not in the UI code. Board-specific words are placeholders filled from the
//! profile by `crate::board::fill`, so each fact (the mailbox, say) is in one place.

use crate::include_content;
use crate::rule_set::RuleSetId;
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
pub struct Site {
    /// When the guidance was last checked against its sources (ISO date);
    /// pages show it through `{last_reviewed}`.
    pub last_reviewed: String,
    pub service_name: String,
    /// The pages' meta description.
    pub description: String,
    pub tagline: String,
    pub example_banner: String,
    /// After the service and Board's name on printouts, for the example.
    pub example_note: String,
    pub privacy_heading: String,
    pub privacy: Vec<String>,
    pub home: Home,
    pub not_found: NotFound,
    pub criteria: CriteriaStart,
    pub deadlines: DeadlinesPage,
    pub offline: Offline,
    pub loading: Loading,
    /// This is not the way to report a child at risk now.
    pub urgent: Urgent,
    /// The furniture of a guidance page.
    pub guide: GuideWords,
    /// What every page's footer says besides privacy.
    pub footer: Footer,
    /// What every printout says at the top.
    pub print: PrintWords,
    /// Each tool's words, by tool name (`routes::Tool::name`).
    pub tools: std::collections::BTreeMap<String, ToolText>,
}

/// The notice on the questionnaire's start page and every outcome: this is
/// not the way to report a child at risk now.
#[derive(Clone, Debug, Deserialize)]
pub struct Urgent {
    pub heading: String,
    /// One line for the top of the questionnaire's start, so a phone's
    /// first screen says it beside "Start now" (the notice follows).
    pub short: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// The words around a guidance page's sections: its contents list, the link
/// back to it, the note listing a section's sources, related pages and the
/// print button.
#[derive(Clone, Debug, Deserialize)]
pub struct GuideWords {
    pub contents: String,
    pub back_to_contents: String,
    /// The summary of each section's sources note.
    pub sources: String,
    pub related: String,
    pub print: String,
}

/// Who publishes the guidance and when it was last reviewed, and the links
/// every page's footer has (about the guidance, accessibility).
#[derive(Clone, Debug, Deserialize)]
pub struct Footer {
    pub published: String,
    /// The (visually hidden) heading of the links.
    pub links_heading: String,
    pub links: Vec<Link>,
}

/// The top of every printout: `printed` has `{date}`, filled in by
/// `web/site.js` as the page prints; `reviewed` is always there.
#[derive(Clone, Debug, Deserialize)]
pub struct PrintWords {
    pub printed: String,
    pub reviewed: String,
}

/// What the footer and update banner say about working offline.
#[derive(Clone, Debug, Deserialize)]
pub struct Offline {
    pub saving: String,
    pub ready: String,
    pub update: String,
    pub update_button: String,
}

/// A tool page's words while its code loads, if it fails, and without
/// JavaScript. `{what}`/`{What}` is the tool's name, `{size}` its size.
#[derive(Clone, Debug, Deserialize)]
pub struct Loading {
    pub status: String,
    pub slow: String,
    pub failed: String,
    pub retry: String,
    pub no_script: String,
    pub instead: String,
}

/// One tool's name and the guidance that covers the same ground.
#[derive(Clone, Debug, Deserialize)]
pub struct ToolText {
    pub what: String,
    pub instead: Vec<Link>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Home {
    pub title: String,
    pub lead: String,
    /// Which rules the site follows, said plainly under the lead, with its
    /// sources (the rules in force; the replaced rules have their notice).
    #[serde(default)]
    pub rules: Option<Note>,
    pub entry: Vec<Entry>,
    /// The heading over the links to the other guidance pages.
    pub more_heading: String,
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

#[derive(Clone, Debug, Deserialize)]
pub struct CriteriaStart {
    pub title: String,
    pub caption: String,
    pub lead: String,
    pub intro: Vec<String>,
    pub intro_sources: Vec<String>,
    pub restart_notice: String,
}

/// A guidance page (content/<slug>.toml): sections of cited blocks.
#[derive(Clone, Debug, Deserialize)]
pub struct GuidePage {
    pub slug: String,
    pub title: String,
    pub lead: String,
    #[serde(rename = "section")]
    pub sections: Vec<Section>,
    /// Other guidance pages whose sections are shown at the end of this one
    /// (each fact is written once).
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub related: Vec<Link>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Section {
    pub id: String,
    pub heading: String,
    #[serde(rename = "block")]
    pub blocks: Vec<Block>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// A paragraph.
    Para,
    /// A bulleted list, with an optional lead-in sentence.
    List,
    /// A numbered sequence of steps, each with a heading.
    Steps,
    /// Exact statutory wording, shown as a quotation with its source.
    Quote,
    /// Highlighted text (GOV.UK inset text).
    Inset,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub items: Vec<String>,
    #[serde(default, rename = "step")]
    pub steps: Vec<StepItem>,
    /// Citations as "source-id:locator" (see content/sources.toml).
    #[serde(default)]
    pub sources: Vec<String>,
    /// The block states only facts about this site itself (how it is built
    /// and what its tests check, or the Board's own contact details), which
    /// have no outside source. Only the accessibility statement has such
    /// blocks (tests/content.rs).
    #[serde(default)]
    pub site_fact: bool,
}

#[derive(Clone, Debug, Deserialize)]
pub struct StepItem {
    pub title: String,
    pub text: String,
    pub sources: Vec<String>,
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

/// "Prepare the referral" (`refer.toml`), whose sections the referral's
/// confirmation page repeats.
pub fn refer_page(rule_set: RuleSetId) -> GuidePage {
    from_content(refer_json(rule_set.content_folder()))
}

/// The deadline calculator's words (`[deadlines]` in content/site.toml and
/// content/cspr/site.toml).
#[derive(Clone, Debug, Deserialize)]
pub struct DeadlinesPage {
    /// The page's heading and title.
    pub title: String,
    /// What the calculator does.
    pub lead: String,
    /// How the dates are worked out, one paragraph each.
    pub rules: Vec<String>,
    /// Where those rules come from ("source-id:locator").
    pub rules_sources: Vec<String>,
    /// "{date} is at the weekend."
    pub weekend: String,
    /// "{date} is a bank holiday in England and Wales."
    pub bank_holiday: String,
    /// The print button's label.
    pub print: String,
    /// The form's button.
    pub submit: String,
    /// The heading above the worked-out dates.
    pub results_heading: String,
    /// The warning when a count runs past the years whose bank holidays
    /// the site knows.
    pub beyond_holidays: String,
    /// Shown when the date entered is after the rule set's rules were
    /// replaced (the Serious Case Review rules only; empty for rules in
    /// force); `{date}` is the day they ended.
    pub replaced: String,
    /// The heading above `rules`.
    pub method_heading: String,
    /// The Child Safeguarding Practice Review calculator's form and results
    /// (`[deadlines.cspr]`, only in content/cspr/site.toml; the Serious Case
    /// Review calculator's labels are in its view).
    #[serde(default)]
    pub cspr: Option<CsprDeadlineWords>,
}

/// The Child Safeguarding Practice Review calculator's words. `{date}` is a
/// date in words with its day of the week; the profile's placeholders
/// (`{board}`, `{rapid_review_start}`) are filled as on every page.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CsprDeadlineWords {
    /// The question asking when the local authority became aware.
    pub aware_legend: String,
    /// Its hint (an example date).
    pub aware_hint: String,
    /// That date in error messages ("Enter the date …").
    pub aware_name: String,
    /// The question asking when the notification was sent (optional; only
    /// under the "notification" rule).
    pub sent_legend: String,
    /// Its hint.
    pub sent_hint: String,
    /// That date in error messages.
    pub sent_name: String,
    /// The results' label for the day of becoming aware.
    pub aware_row: String,
    /// The results' label for the day the notification was sent.
    pub sent_row: String,
    /// The results' label for the last day to notify the Panel.
    pub notify_row: String,
    /// The rapid review's last day, counted from becoming aware.
    pub rapid_review_aware_row: String,
    /// The rapid review's last day, counted from the notification sent.
    pub rapid_review_sent_row: String,
    /// The rapid review's last day, assuming the notification is sent on
    /// the last day to notify.
    pub rapid_review_assumed_row: String,
    /// Under the results: what the rapid review was counted from (the day
    /// of becoming aware, `{date}`).
    pub from_aware: String,
    /// Under the results: counted from the notification sent on `{date}`.
    pub from_sent: String,
    /// Under the results: the assumption made when the notification is not
    /// sent yet (`{date}` the last day to notify).
    pub assumed: String,
    /// A warning when the notification was sent after the last day to
    /// notify (`{date}`).
    pub sent_late: String,
}

/// The referral form's words (`content/referral-form.toml`).
#[derive(Clone, Debug, Deserialize)]
pub struct ReferralText {
    pub title: String,
    pub caption: String,
    pub lead: String,
    pub intro: Vec<String>,
    pub intro_sources: Vec<String>,
    pub guidance_link: String,
    pub keep_heading: String,
    pub keep_label: String,
    pub keep_hint: String,
    pub keep_off: String,
    pub storage_unavailable: String,
    pub storage_full: String,
    /// Local storage is blocked or full: this tab keeps the form, but no
    /// draft can be kept on the device.
    pub drafts_off: String,
    /// The first save's choice: keep a draft on this device, or a hand-over
    /// file (a question, what happens now, each option with its hint, and
    /// putting it off).
    pub choice_heading: String,
    pub choice_text: String,
    pub choice_keep: String,
    pub choice_keep_hint: String,
    pub choice_file: String,
    pub choice_file_hint: String,
    pub choice_later: String,
    pub handover_heading: String,
    pub handover_text: String,
    pub open_label: String,
    pub open_hint: String,
    pub resumed: String,
    pub expired: String,
    pub unreadable: String,
    pub conflict: String,
    pub deleted_elsewhere: String,
    pub check_title: String,
    pub check_lead: String,
    pub finish_text: String,
    pub done_title: String,
    pub done_lead: String,
    pub pdf_heading: String,
    pub pdf_text: String,
    pub text_heading: String,
    pub text_hint: String,
    pub mail_note: String,
    /// After sending, when the rule set gives one: the day the decision is
    /// due (`{date}`).
    pub decision_due: String,
    pub font_error: String,
    pub missing_chars: String,
    pub delete_heading: String,
    pub delete_text: String,
    pub delete_done: String,
    pub delete: DeleteText,
    /// Each section page's opening words, by section slug.
    pub section_intro: std::collections::BTreeMap<String, Note>,
}

/// A short passage, with its sources if it states a fact.
#[derive(Clone, Debug, Deserialize)]
pub struct Note {
    pub text: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct DeleteText {
    pub title: String,
    pub lead: String,
    pub nothing_stored: String,
    pub warning: String,
    pub button: String,
    pub done_heading: String,
    pub done_text: String,
}

/// The referral form's words under a rule set (`content/referral-form.toml`,
/// with `content/cspr/referral-form.toml` over it for the CSPR rules),
/// turned into Rust by build.rs, so no parsing is needed at run time.
pub fn referral_text(rule_set: RuleSetId) -> ReferralText {
    referral_text_of(rule_set.content_folder())
}
