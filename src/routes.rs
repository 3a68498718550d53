//! Every page address of the interactive tools, and of the questionnaire.
//! The static site generator writes one HTML file per address (so deep
//! links and reloads work as plain files), and each tool reads the address
//! with [`route`] to choose its view: one table for both.

use crate::criteria::tree::key_of;
use crate::criteria::{Answers, RuleSetId};
use crate::referral::Section;

/// The questionnaire (plain pages made at build time, no WebAssembly: see
/// `crate::site::questionnaire`): every question, each at a fragment.
pub const QUESTIONNAIRE: &str = "/criteria";
/// The questionnaire's outcomes, each at a fragment.
pub const QUESTIONNAIRE_RESULT: &str = "/criteria/result";
/// Every path through the questionnaire, for review.
pub const QUESTIONNAIRE_PATHS: &str = "/criteria/paths";

/// The questionnaire's addresses before it became plain pages (one per
/// question, check and outcome, under either rule set): each is kept as a
/// page that says the questionnaire has changed and links to its start, so
/// that no old link breaks.
pub const QUESTIONNAIRE_OLD: [&str; 16] = [
    "/criteria/age",
    "/criteria/died",
    "/criteria/abuse-or-neglect",
    "/criteria/custody",
    "/criteria/looked-after",
    "/criteria/seriously-harmed",
    "/criteria/working-together",
    "/criteria/under-18",
    "/criteria/care-leaver",
    "/criteria/child-died",
    "/criteria/serious-harm",
    "/criteria/known-or-suspected",
    "/criteria/looked-after-child",
    "/criteria/other-processes",
    "/criteria/check",
    "/criteria/outcome",
];

/// The questionnaire's "check your answers" for these answers (to change
/// them), or its start if they are not complete. The answers are only in
/// the fragment, which is never sent to the server.
pub fn questionnaire_check(answers: &Answers) -> String {
    match key_of(answers) {
        (key, true) => format!("{QUESTIONNAIRE}#c{key}"),
        _ => QUESTIONNAIRE.to_string(),
    }
}

/// The interactive tools. Each is its own small WebAssembly build, loaded
/// only on its own pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tool {
    /// The deadline calculator (`/deadlines`).
    Deadlines,
    /// The referral form and its document (`/referral/...`).
    Referral,
}

impl Tool {
    /// Every tool.
    pub const ALL: [Tool; 2] = [Tool::Deadlines, Tool::Referral];

    /// The name of its Cargo binary and Trunk source (`tools/<name>.html`),
    /// and its table in `content/site.toml` (`[tools.<name>]`).
    pub fn name(self) -> &'static str {
        match self {
            Tool::Deadlines => "deadlines",
            Tool::Referral => "referral",
        }
    }

    /// The address of its first page; its other pages are below it.
    pub fn base(self) -> &'static str {
        match self {
            Tool::Deadlines => "/deadlines",
            Tool::Referral => "/referral",
        }
    }
}

/// Which page of a tool an address is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// The deadline calculator.
    Deadlines,
    /// The referral form's task list.
    TaskList,
    /// One section of the referral form.
    Section(Section),
    /// Check your answers (referral form).
    ReferralCheck,
    /// The referral is ready: the document.
    ReferralDone,
}

impl Page {
    /// The tool that draws this page.
    pub fn tool(self) -> Tool {
        match self {
            Page::Deadlines => Tool::Deadlines,
            Page::TaskList | Page::Section(_) | Page::ReferralCheck | Page::ReferralDone => {
                Tool::Referral
            }
        }
    }

    /// Its address.
    pub fn path(self) -> String {
        match self {
            Page::Deadlines => "/deadlines".into(),
            Page::TaskList => "/referral".into(),
            Page::Section(s) => format!("/referral/{}", s.slug()),
            Page::ReferralCheck => "/referral/check".into(),
            Page::ReferralDone => "/referral/done".into(),
        }
    }
}

/// Every page of one tool under a rule set, first page first.
pub fn pages(tool: Tool, _rule_set: RuleSetId) -> Vec<Page> {
    match tool {
        Tool::Deadlines => vec![Page::Deadlines],
        Tool::Referral => std::iter::once(Page::TaskList)
            .chain(Section::ALL.into_iter().map(Page::Section))
            .chain([Page::ReferralCheck, Page::ReferralDone])
            .collect(),
    }
}

fn trim_slash(path: &str) -> &str {
    match path.strip_suffix('/') {
        Some(p) if !p.is_empty() => p,
        _ => path,
    }
}

/// The deadline calculator's page at this address.
pub fn deadlines_page(path: &str) -> Option<Page> {
    (trim_slash(path) == "/deadlines").then_some(Page::Deadlines)
}

/// The referral form's page at this address.
pub fn referral_page(path: &str) -> Option<Page> {
    match trim_slash(path) {
        "/referral" => Some(Page::TaskList),
        "/referral/check" => Some(Page::ReferralCheck),
        "/referral/done" => Some(Page::ReferralDone),
        other => other
            .strip_prefix("/referral/")
            .and_then(Section::from_slug)
            .map(Page::Section),
    }
}

/// A tool's router: its page at an address, if the address is one of its
/// pages. Each tool's build uses only its own, so it carries no other
/// tool's pages.
pub type Router = fn(&str) -> Option<Page>;

impl Tool {
    /// This tool's router.
    pub fn router(self) -> Router {
        match self {
            Tool::Deadlines => deadlines_page,
            Tool::Referral => referral_page,
        }
    }
}

/// The tool page at this address (without query or fragment; a trailing
/// slash is ignored), if it is one.
pub fn route(path: &str) -> Option<Page> {
    Tool::ALL.into_iter().find_map(|t| (t.router())(path))
}
