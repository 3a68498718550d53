//! THE CRITERIA: should this incident be referred for a review?
//!
//! Two rule sets, each in one file, top to bottom (questions, decision
//! tree, what *Not sure* may stand for, outcomes with their citations):
//! - [`scr`]: Serious Case Reviews (LSCB Regulations 2006, Working Together
//!   2015), as in the Board documents;
//! - [`cspr`]: Child Safeguarding Practice Reviews (Children Act 2004 s16C,
//!   SI 2018/789, Working Together 2023), the current arrangements in England.
//!
//! A Board's or partnership's profile names its rule set; the answers carry
//! it. This file is the machinery both share: answers, *Not sure* handled by
//! trying every way of resolving it and taking the safe combination, and
//! the outcome's "why" from each question's findings.

pub mod cspr;
pub mod scr;

use crate::sources::Citation;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The rule sets.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum RuleSetId {
    /// Serious Case Reviews (LSCB Regulations 2006), profile value "scr-2006".
    #[default]
    #[serde(rename = "scr-2006")]
    Scr2006,
    /// Child Safeguarding Practice Reviews, profile value "cspr".
    #[serde(rename = "cspr")]
    Cspr,
}

impl RuleSetId {
    /// Every rule set.
    pub const ALL: [RuleSetId; 2] = [RuleSetId::Scr2006, RuleSetId::Cspr];

    /// Its name in a profile ("scr-2006", "cspr").
    pub fn name(self) -> &'static str {
        match self {
            RuleSetId::Scr2006 => "scr-2006",
            RuleSetId::Cspr => "cspr",
        }
    }

    /// The rule set with this profile name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.name() == name)
    }

    /// What its reviews are called ("Serious Case Review").
    pub fn review_name(self) -> &'static str {
        match self {
            RuleSetId::Scr2006 => "Serious Case Review",
            RuleSetId::Cspr => "Child Safeguarding Practice Review",
        }
    }

    /// Its rules.
    pub fn rules(self) -> &'static RuleSet {
        match self {
            RuleSetId::Scr2006 => &scr::RULES,
            RuleSetId::Cspr => &cspr::RULES,
        }
    }
}

/// A rule set: its questions and the functions that say where answers lead.
pub struct RuleSet {
    pub id: RuleSetId,
    /// The questions, in the order they are asked.
    pub questions: &'static [Question],
    /// The decision tree for definite (yes/no) answers; `answer(q)` is
    /// `None` while question `q` is unanswered.
    pub decide: fn(&dyn Fn(QuestionId) -> Option<bool>) -> Step,
    /// The definite values an answer may stand for (*Not sure*: usually both).
    pub resolutions: fn(QuestionId, Answer) -> &'static [bool],
    /// The safe combination of the routes the resolutions reach.
    pub combine: fn(&[Route]) -> Route,
    /// Whether the other-processes question is asked on a route.
    pub ask_parallel: fn(Route) -> bool,
    /// What the outcome says for a route.
    pub outcome: fn(Route, &Answers) -> OutcomeText,
    /// How strongly the result page presents a route.
    pub tone: fn(Route) -> Tone,
}

/// How strongly a result is presented.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Refer now (the review or notification is required).
    Act,
    /// Refer so others can decide (not certain, or a notifiable death).
    Consider,
    /// Nothing to refer under these rules, but something to do.
    Neutral,
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
    Under18,
    Died,
    AbuseOrNeglect,
    DiedInCustody,
    LookedAfterOrRegulated,
    SeriouslyHarmed,
    AgencyConcerns,
    /// Other processes (both rule sets).
    ParallelProcesses,
    // Child Safeguarding Practice Reviews.
    CsprUnder18,
    CareLeaverDied,
    CsprDied,
    CsprHarmed,
    CsprAbuseOrNeglect,
    CsprLookedAfter,
}

/// An answer to a yes/no question. *Not sure* is offered wherever a
/// professional may honestly not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

/// Other processes that may run alongside a review. Noting them changes the
/// referral form; they never stop or delay a referral.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ParallelProcess {
    PoliceInvestigation,
    Coroner,
    DomesticHomicideReview,
    SafeguardingAdultsReview,
    Mappa,
    SingleAgencyReview,
}

impl ParallelProcess {
    pub const ALL: [ParallelProcess; 6] = [
        ParallelProcess::PoliceInvestigation,
        ParallelProcess::Coroner,
        ParallelProcess::DomesticHomicideReview,
        ParallelProcess::SafeguardingAdultsReview,
        ParallelProcess::Mappa,
        ParallelProcess::SingleAgencyReview,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ParallelProcess::PoliceInvestigation => "A police (criminal) investigation",
            ParallelProcess::Coroner => "A coroner's inquest or inquiry",
            ParallelProcess::DomesticHomicideReview => "A Domestic Homicide Review",
            ParallelProcess::SafeguardingAdultsReview => "A Safeguarding Adults Review",
            ParallelProcess::Mappa => "A MAPPA (multi-agency public protection) review",
            ParallelProcess::SingleAgencyReview => "A single-agency serious incident review",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            ParallelProcess::PoliceInvestigation => "police",
            ParallelProcess::Coroner => "coroner",
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
    pub answer: Answer,
    pub label: &'static str,
    pub hint: Option<&'static str>,
}

/// A question, with what each answer means for the outcome's "why".
#[derive(Debug)]
pub struct Question {
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
    pub choices: &'static [Choice],
    /// What the outcome says for each answer: (yes, no, not sure).
    pub finding: [&'static str; 3],
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

/// Where the answers lead (each rule set reaches only its own routes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Route {
    // Serious Case Reviews, weakest first (see `scr::combine`).
    /// 18 or over: not this procedure; consider a Safeguarding Adults Review.
    Adult,
    /// The SCR criteria are not met: the Board may still commission an SCR or
    /// another learning review.
    CriteriaNotMet,
    /// A looked-after child died, or a child died in a regulated setting:
    /// a notifiable serious incident; refer so the Board can consider it.
    NotifiableIncident,
    /// Some answers were *Not sure* and a definite answer could meet the
    /// criteria: refer anyway so the Board's group can decide.
    MayMeetCriteria,
    /// A death in custody or detention: an SCR should always be carried out.
    ShouldAlwaysCommission,
    /// The statutory criteria are met: the Board must commission an SCR.
    MustCommission,
    // Child Safeguarding Practice Reviews, weakest first (see `cspr::combine`).
    /// 18 or over and not a care leaver's death: not this process.
    CsprAdult,
    /// Not a serious child safeguarding incident: other learning may help.
    CsprNotSerious,
    /// A care leaver (up to and including 24) has died: notify the Secretary
    /// of State and Ofsted; no rapid review.
    CsprCareLeaverDeath,
    /// A looked-after child has died without abuse or neglect known or
    /// suspected: notify the Secretary of State and Ofsted.
    CsprLookedAfterDeath,
    /// Some answers were *Not sure* and a definite answer could make it a
    /// serious child safeguarding incident: refer so the partners can decide.
    CsprMayBeSerious,
    /// A serious child safeguarding incident: the local authority must
    /// notify the Panel, and the partners hold a rapid review.
    CsprSeriousIncident,
}

/// One step of a decision tree: ask a question, or stop at a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Ask(QuestionId),
    Done(Route),
}

/// Everything the person has answered, under one rule set. Answers to
/// questions that are no longer on the path (after a change) are kept but
/// ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// The rule set the answers were given under (drafts and answers saved
    /// before there were two are Serious Case Review answers).
    #[serde(default)]
    pub rule_set: RuleSetId,
    pub answers: BTreeMap<QuestionId, Answer>,
    /// `Some(empty)` means "none of these that I know of".
    pub parallel: Option<Vec<ParallelProcess>>,
}

/// Where the questionnaire stands: the next question, or the route.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The questions on the current path, in order, that have answers.
    pub path: Vec<QuestionId>,
    /// The next question to ask, if any.
    pub next: Option<QuestionId>,
    /// The route, once every question that could change it is answered.
    pub route: Option<Route>,
}

impl Answers {
    /// No answers yet, under a rule set.
    pub fn new(rule_set: RuleSetId) -> Self {
        Answers {
            rule_set,
            ..Default::default()
        }
    }

    /// The rules these answers were given under.
    pub fn rules(&self) -> &'static RuleSet {
        self.rule_set.rules()
    }

    /// Whether nothing has been answered.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.parallel.is_none()
    }

    /// What the person answered to `q`, in words ("" if unanswered).
    pub fn answer_text(&self, q: QuestionId) -> String {
        if q == QuestionId::ParallelProcesses {
            return match &self.parallel {
                Some(list) if list.is_empty() => "None that I know of".to_string(),
                Some(list) => list
                    .iter()
                    .map(|p| p.label())
                    .collect::<Vec<_>>()
                    .join("; "),
                None => String::new(),
            };
        }
        self.get(q)
            .and_then(|a| {
                self.rules()
                    .question(q)
                    .choices
                    .iter()
                    .find(|c| c.answer == a)
            })
            .map(|c| c.label.to_string())
            .unwrap_or_default()
    }

    pub fn get(&self, q: QuestionId) -> Option<Answer> {
        self.answers.get(&q).copied()
    }

    pub fn set(&mut self, q: QuestionId, a: Answer) {
        self.answers.insert(q, a);
    }

    /// Run the tree for every way of resolving the *Not sure* answers.
    /// A question is asked if any resolution needs it; the route is known
    /// once no resolution needs another question.
    pub fn evaluate(&self) -> Evaluation {
        let (path, next, routes) = self.walk_tree();
        let route = match next {
            // Stop early when every way of answering the rest gives the
            // same route: asking more could not change the outcome.
            Some(next) => match self.reachable_routes().as_slice() {
                [only] => *only,
                _ => {
                    return Evaluation {
                        path,
                        next: Some(next),
                        route: None,
                    }
                }
            },
            None => (self.rules().combine)(&routes),
        };
        // Other processes change the referral form, so they are asked on
        // every route except the adult one (not this procedure).
        let asks_parallel = (self.rules().ask_parallel)(route);
        let next =
            (asks_parallel && self.parallel.is_none()).then_some(QuestionId::ParallelProcesses);
        let mut path = path;
        if self.parallel.is_some() && asks_parallel {
            path.push(QuestionId::ParallelProcesses);
        }
        Evaluation {
            path,
            next,
            route: next.is_none().then_some(route),
        }
    }

    /// The tree run for every resolution of the *Not sure* answers: the
    /// answered questions on the path, the next question any resolution
    /// needs, and the routes the resolutions reach.
    fn walk_tree(&self) -> (Vec<QuestionId>, Option<QuestionId>, Vec<Route>) {
        let unsure: Vec<QuestionId> = self
            .answers
            .iter()
            .filter(|(q, a)| (self.rules().resolutions)(**q, **a).len() > 1)
            .map(|(q, _)| *q)
            .collect();
        let mut routes = Vec::new();
        let mut needed = Vec::new();
        let mut visited = Vec::new();
        for mask in 0..(1u32 << unsure.len()) {
            let value = |q: QuestionId| -> Option<bool> {
                let a = self.get(q)?;
                let options = (self.rules().resolutions)(q, a);
                if options.len() == 1 {
                    return Some(options[0]);
                }
                let bit = unsure.iter().position(|u| *u == q).expect("unsure");
                Some(mask & (1 << bit) != 0)
            };
            // Record which questions this resolution reaches.
            let touched = std::cell::RefCell::new(Vec::new());
            let step = (self.rules().decide)(&|q| {
                touched.borrow_mut().push(q);
                value(q)
            });
            visited.extend(touched.into_inner());
            match step {
                Step::Ask(q) => needed.push(q),
                Step::Done(route) => routes.push(route),
            }
        }
        let path: Vec<QuestionId> = self
            .rules()
            .questions
            .iter()
            .map(|q| q.id)
            .filter(|q| visited.contains(q) && self.answers.contains_key(q))
            .collect();
        (path, self.choose(needed), routes)
    }
}

impl Answers {
    /// Which of the questions the resolutions need to ask next: the first,
    /// in the rule set's order, whose answer could change where the answers
    /// lead (a question that cannot is not asked; if none can, the first).
    fn choose(&self, mut needed: Vec<QuestionId>) -> Option<QuestionId> {
        let order = |q: &QuestionId| self.rules().questions.iter().position(|r| r.id == *q);
        needed.sort_by_key(order);
        needed.dedup();
        if needed.len() < 2 {
            return needed.first().copied();
        }
        let matters = |q: QuestionId| {
            let mut outcomes = self.rules().question(q).choices.iter().map(|choice| {
                let mut next = self.clone();
                next.set(q, choice.answer);
                next.reachable_routes()
            });
            let first = outcomes.next();
            outcomes.any(|o| Some(o) != first)
        };
        needed
            .iter()
            .copied()
            .find(|q| matters(*q))
            .or(needed.first().copied())
    }

    /// Every route that some way of answering the remaining questions leads to.
    fn reachable_routes(&self) -> Vec<Route> {
        let mut routes = match self.walk_tree() {
            (_, Some(q), _) => self
                .rules()
                .question(q)
                .choices
                .iter()
                .flat_map(|choice| {
                    let mut next = self.clone();
                    next.set(q, choice.answer);
                    next.reachable_routes()
                })
                .collect(),
            (_, None, routes) => vec![(self.rules().combine)(&routes)],
        };
        routes.sort();
        routes.dedup();
        routes
    }
}

/// Whether a criterion is met, as the outcome's "why" shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Met,
    NotMet,
    NotSure,
}

/// One line of the outcome's "why".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub question: QuestionId,
    pub status: Status,
    pub text: &'static str,
    pub citations: &'static [Citation],
}

/// A step of "what to do next".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    pub text: &'static str,
    pub citations: &'static [Citation],
}

/// What the outcome page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub route: Route,
    /// How strongly the result page presents it.
    pub tone: Tone,
    pub headline: &'static str,
    pub summary: &'static str,
    pub citations: &'static [Citation],
    pub why: Vec<Finding>,
    pub next_steps: Vec<NextStep>,
    /// Whether the outcome offers to start the referral form.
    pub refer: bool,
}

/// What an outcome says, besides the "why": from the rule set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeText {
    pub headline: &'static str,
    pub summary: &'static str,
    pub citations: &'static [Citation],
    pub next_steps: Vec<NextStep>,
    /// Whether the outcome offers to start the referral form.
    pub refer: bool,
}

impl Answers {
    /// The outcome, once the route is known.
    pub fn outcome(&self) -> Option<Outcome> {
        let evaluation = self.evaluate();
        let route = evaluation.route?;
        let why = evaluation
            .path
            .iter()
            .filter(|q| **q != QuestionId::ParallelProcesses)
            .map(|q| {
                let question = self.rules().question(*q);
                let answer = self.get(*q).expect("path questions are answered");
                let (status, text) = match answer {
                    Answer::Yes => (Status::Met, question.finding[0]),
                    Answer::No => (Status::NotMet, question.finding[1]),
                    Answer::NotSure => (Status::NotSure, question.finding[2]),
                };
                // "Under 18: no" and "not died" are facts, not unmet criteria
                // in themselves; the status still shows the answer's effect.
                Finding {
                    question: *q,
                    status,
                    text,
                    citations: question.citations,
                }
            })
            .collect();
        let text = (self.rules().outcome)(route, self);
        Some(Outcome {
            route,
            tone: (self.rules().tone)(route),
            headline: text.headline,
            summary: text.summary,
            citations: text.citations,
            why,
            next_steps: text.next_steps,
            refer: text.refer,
        })
    }
}
