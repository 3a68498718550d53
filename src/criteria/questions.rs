//! The questions' vocabulary: their ids and addresses, the answers and
//! choices offered, and the other processes a case may have.

use super::RuleSetId;
use crate::sources::Citation;
use serde::{Deserialize, Serialize};

/// The address (slug) of the question with this id. Both rule sets ask the
/// other-processes question, each in its own words, at the same address;
/// every other id belongs to one rule set. For the question itself ask its
/// rule set: [`RuleSet::question`].
pub fn question_slug(id: QuestionId) -> &'static str {
    RuleSetId::ALL
        .iter()
        .find_map(|r| r.rules().questions.iter().find(|q| q.id == id))
        .expect("every question belongs to a rule set")
        .slug
}

/// The id of the question whose page is /criteria/<slug>, in any rule set
/// (the reverse of [`question_slug`]).
pub fn question_id_by_slug(slug: &str) -> Option<QuestionId> {
    RuleSetId::ALL
        .iter()
        .find_map(|r| r.rules().question_by_slug(slug))
        .map(|q| q.id)
}

/// The questions of both rule sets (each asks only its own).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum QuestionId {
    // Serious Case Reviews.
    /// SCR: was the person under 18?
    Under18,
    /// SCR: has the child died?
    Died,
    /// SCR: is abuse or neglect known or suspected?
    AbuseOrNeglect,
    /// SCR: did the child die in custody or detention?
    DiedInCustody,
    /// SCR: was the child looked after, or in a regulated setting?
    LookedAfterOrRegulated,
    /// SCR: has the child been seriously harmed?
    SeriouslyHarmed,
    /// SCR: is there cause for concern about how agencies worked together?
    AgencyConcerns,
    /// Other processes: no longer asked by the questionnaire (it cannot
    /// change a duty; the referral form asks it), kept so that answers saved
    /// before still read.
    ParallelProcesses,
    // Child Safeguarding Practice Reviews.
    /// CSPR: was the person under 18?
    CsprUnder18,
    /// Whether the person was a care leaver (the name is kept so that
    /// answers saved before still read).
    CareLeaverDied,
    /// CSPR: has the child died?
    CsprDied,
    /// CSPR: has the child been seriously harmed?
    CsprHarmed,
    /// CSPR: is abuse or neglect known or suspected?
    CsprAbuseOrNeglect,
    /// CSPR: was the child looked after?
    CsprLookedAfter,
}

/// An answer to a yes/no question. *Not sure* is offered wherever a
/// professional may honestly not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Answer {
    /// The fact holds.
    Yes,
    /// The fact does not hold.
    No,
    /// The person does not know: it may stand for either.
    NotSure,
}

/// Other processes that may run alongside a review. Noting them changes the
/// referral form; they never stop or delay a referral.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ParallelProcess {
    /// A police investigation.
    PoliceInvestigation,
    /// A coroner's inquest or inquiry.
    Coroner,
    /// The review of a child's death by the child death review partners.
    ChildDeathReview,
    /// Family court proceedings about the child or a brother or sister.
    FamilyProceedings,
    /// The local authority designated officer's process, for an allegation
    /// against someone who works with children.
    Lado,
    /// A domestic homicide review.
    DomesticHomicideReview,
    /// A safeguarding adults review.
    SafeguardingAdultsReview,
    /// A MAPPA (multi-agency public protection) review.
    Mappa,
    /// A single-agency serious incident review.
    SingleAgencyReview,
}

impl ParallelProcess {
    /// Every process, in the order the form lists them.
    pub const ALL: [ParallelProcess; 9] = [
        ParallelProcess::PoliceInvestigation,
        ParallelProcess::Coroner,
        ParallelProcess::ChildDeathReview,
        ParallelProcess::FamilyProceedings,
        ParallelProcess::Lado,
        ParallelProcess::DomesticHomicideReview,
        ParallelProcess::SafeguardingAdultsReview,
        ParallelProcess::Mappa,
        ParallelProcess::SingleAgencyReview,
    ];

    /// Its name on the form and in the document.
    pub fn label(self) -> &'static str {
        match self {
            ParallelProcess::PoliceInvestigation => "A police (criminal) investigation",
            ParallelProcess::Coroner => "A coroner's inquest or inquiry",
            ParallelProcess::ChildDeathReview => "A child death review",
            ParallelProcess::FamilyProceedings => "Family court proceedings (for example, care proceedings)",
            ParallelProcess::Lado => "The local authority designated officer (LADO), for an allegation against someone who works with children",
            ParallelProcess::DomesticHomicideReview => "A Domestic Homicide Review",
            ParallelProcess::SafeguardingAdultsReview => "A Safeguarding Adults Review",
            ParallelProcess::Mappa => "A MAPPA (multi-agency public protection) review",
            ParallelProcess::SingleAgencyReview => "A single-agency serious incident review",
        }
    }

    /// Its value in ids and drafts.
    pub fn slug(self) -> &'static str {
        match self {
            ParallelProcess::PoliceInvestigation => "police",
            ParallelProcess::Coroner => "coroner",
            ParallelProcess::ChildDeathReview => "cdr",
            ParallelProcess::FamilyProceedings => "family-proceedings",
            ParallelProcess::Lado => "lado",
            ParallelProcess::DomesticHomicideReview => "dhr",
            ParallelProcess::SafeguardingAdultsReview => "sar",
            ParallelProcess::Mappa => "mappa",
            ParallelProcess::SingleAgencyReview => "single-agency",
        }
    }
}

/// One choice on a question page.
#[derive(Debug)]
pub struct Choice {
    /// The answer it gives.
    pub answer: Answer,
    /// Its text on the page.
    pub label: &'static str,
    /// The hint under it, if any.
    pub hint: Option<&'static str>,
}

/// A question, with what each answer means for the outcome's "why".
#[derive(Debug)]
pub struct Question {
    /// Which question it is.
    pub id: QuestionId,
    /// The last part of the page's URL: /criteria/<slug>.
    pub slug: &'static str,
    /// The question, shown as the page heading.
    pub title: &'static str,
    /// Short name used on the summary and outcome pages.
    pub short: &'static str,
    /// Hint paragraphs shown under the question.
    pub hint: &'static [&'static str],
    /// A definition list shown in the hint (e.g. what "seriously harmed" means).
    pub definition: &'static [&'static str],
    /// The answers offered, in order.
    pub choices: &'static [Choice],
    /// What the outcome says for each answer: (yes, no, not sure).
    pub finding: [&'static str; 3],
    /// Where the question and its findings come from.
    pub citations: &'static [Citation],
}

/// "Yes".
pub(crate) const YES: Choice = Choice {
    answer: Answer::Yes,
    label: "Yes",
    hint: None,
};
/// "No".
pub(crate) const NO: Choice = Choice {
    answer: Answer::No,
    label: "No",
    hint: None,
};
/// "Not sure".
pub(crate) const NOT_SURE: Choice = Choice {
    answer: Answer::NotSure,
    label: "Not sure",
    hint: None,
};
