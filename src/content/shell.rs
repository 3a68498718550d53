//! The words of every page's shell (header, footer, banners, a tool page
//! while it loads), the home page and the questionnaire's start.

use super::{DeadlinesPage, Note};
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

#[derive(Clone, Debug, Deserialize)]
pub struct CriteriaStart {
    pub title: String,
    pub caption: String,
    pub lead: String,
    pub intro: Vec<String>,
    pub intro_sources: Vec<String>,
    pub restart_notice: String,
}
