//! Every page address of the interactive tools. The static site generator
//! writes one HTML file per address (so deep links and reloads work as plain
//! files), and each tool reads the address with [`route`] to choose its view:
//! one table for both.

use crate::criteria::{question_id_by_slug, QuestionId, RuleSetId};
use crate::referral::Section;

/// The interactive tools. Each is its own small WebAssembly build, loaded
/// only on its own pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tool {
    /// The questionnaire: should this case be referred? (`/criteria/...`)
    Criteria,
    /// The deadline calculator (`/deadlines`).
    Deadlines,
    /// The referral form and its document (`/referral/...`).
    Referral,
}

impl Tool {
    /// Every tool.
    pub const ALL: [Tool; 3] = [Tool::Criteria, Tool::Deadlines, Tool::Referral];

    /// The name of its Cargo binary and Trunk source (`tools/<name>.html`),
    /// and its table in `content/site.toml` (`[tools.<name>]`).
    pub fn name(self) -> &'static str {
        match self {
            Tool::Criteria => "criteria",
            Tool::Deadlines => "deadlines",
            Tool::Referral => "referral",
        }
    }

    /// The address of its first page; its other pages are below it.
    pub fn base(self) -> &'static str {
        match self {
            Tool::Criteria => "/criteria",
            Tool::Deadlines => "/deadlines",
            Tool::Referral => "/referral",
        }
    }
}

/// The questionnaire's check page's title.
pub const CRITERIA_CHECK_TITLE: &str = "Check your answers";
/// The result page's heading before the tool knows the answers.
pub const CRITERIA_OUTCOME_TITLE: &str = "Your result";

/// Which page of a tool an address is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// The questionnaire's start page.
    CriteriaStart,
    /// One question.
    Question(QuestionId),
    /// Check your answers (questionnaire).
    CriteriaCheck,
    /// The result.
    CriteriaOutcome,
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
            Page::CriteriaStart
            | Page::Question(_)
            | Page::CriteriaCheck
            | Page::CriteriaOutcome => Tool::Criteria,
            Page::Deadlines => Tool::Deadlines,
            Page::TaskList | Page::Section(_) | Page::ReferralCheck | Page::ReferralDone => {
                Tool::Referral
            }
        }
    }

    /// Its address.
    pub fn path(self) -> String {
        match self {
            Page::CriteriaStart => "/criteria".into(),
            Page::Question(q) => format!("/criteria/{}", crate::criteria::question_slug(q)),
            Page::CriteriaCheck => "/criteria/check".into(),
            Page::CriteriaOutcome => "/criteria/outcome".into(),
            Page::Deadlines => "/deadlines".into(),
            Page::TaskList => "/referral".into(),
            Page::Section(s) => format!("/referral/{}", s.slug()),
            Page::ReferralCheck => "/referral/check".into(),
            Page::ReferralDone => "/referral/done".into(),
        }
    }
}

/// Every page of one tool under a rule set, first page first.
pub fn pages(tool: Tool, rule_set: RuleSetId) -> Vec<Page> {
    match tool {
        Tool::Criteria => std::iter::once(Page::CriteriaStart)
            .chain(
                rule_set
                    .rules()
                    .questions
                    .iter()
                    .map(|q| Page::Question(q.id)),
            )
            .chain([Page::CriteriaCheck, Page::CriteriaOutcome])
            .collect(),
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

/// The questionnaire's page at this address (without query or fragment).
pub fn criteria_page(path: &str) -> Option<Page> {
    match trim_slash(path) {
        "/criteria" => Some(Page::CriteriaStart),
        "/criteria/check" => Some(Page::CriteriaCheck),
        "/criteria/outcome" => Some(Page::CriteriaOutcome),
        other => other
            .strip_prefix("/criteria/")
            .and_then(question_id_by_slug)
            .map(Page::Question),
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
            Tool::Criteria => criteria_page,
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
