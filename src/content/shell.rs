//! The words of every page's shell (header, footer, banners, a tool page
//! while it loads), the home page and the questionnaire's start.

use super::{DeadlinesPage, Note};
use serde::Deserialize;

/// The words of `content/site.toml` (with a rule set's own `site.toml` laid over them).
#[derive(Clone, Debug, Deserialize)]
pub struct Site {
    /// When the guidance was last checked against its sources (ISO date);
    /// pages show it through `{last_reviewed}`.
    pub last_reviewed: String,
    /// The site's name, in every page's header and title.
    pub service_name: String,
    /// The pages' meta description.
    pub description: String,
    /// The line under the service name on the home page.
    pub tagline: String,
    /// The warning on every page of a site built with the example profile.
    pub example_banner: String,
    /// After the service and Board's name on printouts, for the example.
    pub example_note: String,
    /// The heading of the privacy notice in the footer.
    pub privacy_heading: String,
    /// The privacy notice, one paragraph each.
    pub privacy: Vec<String>,
    /// The home page's words.
    pub home: Home,
    /// The not-found page's words.
    pub not_found: NotFound,
    /// The questionnaire's start page.
    pub criteria: CriteriaStart,
    /// The deadline calculator's page.
    pub deadlines: DeadlinesPage,
    /// What the footer and banner say about working offline.
    pub offline: Offline,
    /// A tool page's words while its code loads.
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
    /// The notice's heading, also the link text to it.
    pub heading: String,
    /// One line for the top of the questionnaire's start, so a phone's
    /// first screen says it beside "Start now" (the notice follows).
    pub short: String,
    /// The notice: who to contact instead.
    pub text: String,
    /// Where the notice's facts come from ("source-id:locator").
    pub sources: Vec<String>,
}

/// The words around a guidance page's sections: its contents list, the link
/// back to it, the note listing a section's sources, related pages and the
/// print button.
#[derive(Clone, Debug, Deserialize)]
pub struct GuideWords {
    /// The heading of the page's contents list.
    pub contents: String,
    /// The link after each section back to the contents list.
    pub back_to_contents: String,
    /// The summary of each section's sources note.
    pub sources: String,
    /// The heading over links to related guidance.
    pub related: String,
    /// The print button's label.
    pub print: String,
}

/// Who publishes the guidance and when it was last reviewed, and the links
/// every page's footer has (about the guidance, accessibility).
#[derive(Clone, Debug, Deserialize)]
pub struct Footer {
    /// Who publishes the guidance and when it was last checked.
    pub published: String,
    /// The (visually hidden) heading of the links.
    pub links_heading: String,
    /// The links themselves (about the guidance, accessibility).
    pub links: Vec<Link>,
}

/// The top of every printout: `printed` has `{date}`, filled in by
/// `web/site.js` as the page prints; `reviewed` is always there.
#[derive(Clone, Debug, Deserialize)]
pub struct PrintWords {
    /// The printed-on line (`{date}` filled as the page prints).
    pub printed: String,
    /// The line saying when the guidance was last checked.
    pub reviewed: String,
}

/// What the footer and update banner say about working offline.
#[derive(Clone, Debug, Deserialize)]
pub struct Offline {
    /// Shown while the site's files are being saved for offline use.
    pub saving: String,
    /// Shown once the site works without a connection.
    pub ready: String,
    /// The banner saying a new version is available.
    pub update: String,
    /// The banner's button that switches to the new version.
    pub update_button: String,
}

/// A tool page's words while its code loads, if it fails, and without
/// JavaScript. `{what}`/`{What}` is the tool's name, `{size}` its size.
#[derive(Clone, Debug, Deserialize)]
pub struct Loading {
    /// The loading message, with the tool's name and size.
    pub status: String,
    /// Shown when nothing has arrived for a while.
    pub slow: String,
    /// Shown when the tool's files could not be loaded.
    pub failed: String,
    /// The button that tries loading again.
    pub retry: String,
    /// Shown without JavaScript: what the tool needs.
    pub no_script: String,
    /// The lead-in to the guidance that works without JavaScript.
    pub instead: String,
}

/// One tool's name and the guidance that covers the same ground.
#[derive(Clone, Debug, Deserialize)]
pub struct ToolText {
    /// The tool's name in a sentence ("the date calculator").
    pub what: String,
    /// Guidance pages that work without the tool.
    pub instead: Vec<Link>,
}

/// The home page's words (`[home]`).
#[derive(Clone, Debug, Deserialize)]
pub struct Home {
    /// The page's heading.
    pub title: String,
    /// The opening paragraph under the heading.
    pub lead: String,
    /// Which rules the site follows, said plainly under the lead, with its
    /// sources (the rules in force; the replaced rules have their notice).
    #[serde(default)]
    pub rules: Option<Note>,
    /// The main ways in, one card each.
    pub entry: Vec<Entry>,
    /// The heading over the links to the other guidance pages.
    pub more_heading: String,
    /// Links to the other guidance pages.
    pub more: Vec<Link>,
}

/// One of the home page's main ways in.
#[derive(Clone, Debug, Deserialize)]
pub struct Entry {
    /// Where it leads.
    pub href: String,
    /// Its heading (the link text).
    pub heading: String,
    /// What the person will find there.
    pub text: String,
    /// Who it is for.
    pub audience: String,
}

/// A link: where it goes and its text.
#[derive(Clone, Debug, Deserialize)]
pub struct Link {
    /// The address it goes to.
    pub href: String,
    /// The link's text.
    pub text: String,
}

/// The not-found page's words.
#[derive(Clone, Debug, Deserialize)]
pub struct NotFound {
    /// The page's heading and title.
    pub title: String,
    /// Its paragraphs.
    pub text: Vec<String>,
}

/// The questionnaire's start page (`[criteria]`).
#[derive(Clone, Debug, Deserialize)]
pub struct CriteriaStart {
    /// The page's heading and title.
    pub title: String,
    /// The caption above each question's heading.
    pub caption: String,
    /// The opening line under the heading.
    pub lead: String,
    /// The paragraphs after the start button.
    pub intro: Vec<String>,
    /// Where the intro's facts come from ("source-id:locator").
    pub intro_sources: Vec<String>,
    /// Shown when the answers were out of order and the person is sent back to the start.
    pub restart_notice: String,
}
