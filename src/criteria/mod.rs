//! THE CRITERIA: does this case trigger a duty to notify, refer or review?
//!
//! Two rule sets, each in one file, top to bottom (questions, provisions
//! with their citations, what *Not sure* may stand for, the outcome's words
//! when no duty leads):
//! - [`scr`]: Serious Case Reviews (LSCB Regulations 2006, Working Together
//!   2015), as in the Board documents;
//! - [`cspr`]: Child Safeguarding Practice Reviews (Children Act 2004 s16C,
//!   SI 2018/789, Working Together 2023), the current arrangements in England.
//!
//! A rule set is a list of provisions ([`duties`]): a case triggers every
//! duty whose conditions hold. A Board's or partnership's profile names its
//! rule set; the answers carry it. This file is what both share: answers,
//! the walk through the questions, and the outcome with its "why".

pub mod about;
pub mod cspr;
pub mod duties;
pub mod scr;
pub mod tree;

pub use duties::{Condition, Lead, Modal, NextStep, Provision, Status, Tone, Triggered};
mod answers;
mod outcome;
mod questions;

pub use answers::{Answers, Evaluation};
pub use outcome::{Finding, FindingStatus, Outcome};
pub use questions::{
    question_id_by_slug, question_slug, Answer, Choice, ParallelProcess, Question, QuestionId,
};
pub(crate) use questions::{NO, NOT_SURE, YES};

pub use crate::rule_set::RuleSetId;

impl RuleSetId {
    /// Its rules: everything about it but its name (the registry: one line
    /// a rule set).
    pub fn rules(self) -> &'static RuleSet {
        match self {
            RuleSetId::Scr2006 => &scr::RULES,
            RuleSetId::Cspr => &cspr::RULES,
        }
    }

    /// What its reviews are called ("Serious Case Review").
    pub fn review_name(self) -> &'static str {
        self.rules().review_name
    }
}

/// A rule set: its questions, its provisions and the outcome's words when
/// no duty leads.
pub struct RuleSet {
    /// Which rule set this is.
    pub id: RuleSetId,
    /// The questions, in the order they are asked (facts first).
    pub questions: &'static [Question],
    /// The provisions, strongest duty first.
    pub provisions: &'static [Provision],
    /// Facts that cannot all be true at once, as conditions every possible
    /// case meets (a looked-after person is a child), firmest first: a
    /// resolution of *Not sure* that breaks one is not a possible case.
    pub consistency: &'static [Condition],
    /// The definite values an answer may stand for (*Not sure*: usually both).
    pub not_sure_means: fn(QuestionId, Answer) -> &'static [bool],
    /// The question that asks whether the person was under 18.
    pub age_question: QuestionId,
    /// The outcome when no leading duty is triggered, for a child.
    pub nothing: Fallback,
    /// The outcome when no leading duty is triggered and the person was 18 or over.
    pub adult: Fallback,
    /// What its reviews are called ("Serious Case Review").
    pub review_name: &'static str,
    /// The example profile a site is built with when none is given.
    pub example: about::Example,
    /// Whether a profile under it must say when the rapid review's clock
    /// starts (`rapid_review_start`); refused otherwise.
    pub rapid_review_start: bool,
    /// The referral's decision date, where the rule set gives one.
    pub decision: Option<about::Decision>,
    /// Which deadline calculator it has.
    pub calculator: about::Calculator,
    /// If the rules no longer apply: what every page says about that.
    pub superseded: Option<about::Superseded>,
    /// Its referral document's words.
    pub document: about::DocumentWords,
    /// The Board's or partnership's own page of the document.
    pub own_page: about::OwnPage,
}

/// The outcome's words when no provision that leads is triggered.
#[derive(Debug)]
pub struct Fallback {
    /// Headline, summary and citations (`applies`/`summary` are used).
    pub lead: Lead,
    /// What to do next.
    pub steps: &'static [NextStep],
    /// Whether the outcome offers to start the referral form.
    pub refer: bool,
}

impl RuleSet {
    /// The question with this id.
    pub fn question(&self, id: QuestionId) -> &'static Question {
        self.questions
            .iter()
            .find(|q| q.id == id)
            .expect("every question on a path belongs to its rule set")
    }

    /// The question whose page is /criteria/<slug>.
    pub fn question_by_slug(&self, slug: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.slug == slug)
    }

    /// The first question.
    pub fn first(&self) -> QuestionId {
        self.questions[0].id
    }
}
