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

use crate::sources::Citation;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    /// Other processes: no longer asked by the questionnaire (it cannot
    /// change a duty; the referral form asks it), kept so that answers saved
    /// before still read.
    ParallelProcesses,
    // Child Safeguarding Practice Reviews.
    CsprUnder18,
    /// Whether the person was a care leaver (the name is kept so that
    /// answers saved before still read).
    CareLeaverDied,
    CsprDied,
    CsprHarmed,
    CsprAbuseOrNeglect,
    CsprLookedAfter,
}

/// An answer to a yes/no question. *Not sure* is offered wherever a
/// professional may honestly not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
    /// The answers to the yes/no questions.
    pub answers: BTreeMap<QuestionId, Answer>,
    /// Other processes, from answers saved when the questionnaire asked
    /// them (`Some(empty)`: "none of these that I know of"); the referral
    /// form starts its own list from them.
    pub parallel: Option<Vec<ParallelProcess>>,
}

/// Where the questionnaire stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The questions on the current path, in the order asked, that have answers.
    pub path: Vec<QuestionId>,
    /// The next question to ask, if any (`None`: the outcome is known).
    pub next: Option<QuestionId>,
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
        self.get(q)
            .and_then(|a| {
                self.rules()
                    .questions
                    .iter()
                    .find(|r| r.id == q)?
                    .choices
                    .iter()
                    .find(|c| c.answer == a)
            })
            .map(|c| c.label.to_string())
            .unwrap_or_default()
    }

    /// The answer to `q`, if given.
    pub fn get(&self, q: QuestionId) -> Option<Answer> {
        self.answers.get(&q).copied()
    }

    /// Answer `q`.
    pub fn set(&mut self, q: QuestionId, a: Answer) {
        self.answers.insert(q, a);
    }

    /// Walk the questions as the person would: from no answers, ask the
    /// next question and take the answer given, until a question has no
    /// answer or no answer can change the duties any more.
    pub fn evaluate(&self) -> Evaluation {
        let rules = self.rules();
        let mut asked = Answers::new(self.rule_set);
        let mut path = Vec::new();
        loop {
            match rules.next_question(&asked) {
                None => return Evaluation { path, next: None },
                Some(q) => match self.get(q) {
                    Some(a) if rules.question(q).choices.iter().any(|c| c.answer == a) => {
                        asked.set(q, a);
                        path.push(q);
                    }
                    _ => {
                        return Evaluation {
                            path,
                            next: Some(q),
                        }
                    }
                },
            }
        }
    }

    /// Only the answers on the path.
    fn on_path(&self, path: &[QuestionId]) -> Answers {
        let mut a = Answers::new(self.rule_set);
        for q in path {
            a.set(*q, self.get(*q).expect("path questions are answered"));
        }
        a
    }
}

/// Whether a criterion is met, as the outcome's "why" shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FindingStatus {
    /// Answered yes.
    Met,
    /// Answered no.
    NotMet,
    /// Answered not sure.
    NotSure,
}

/// One line of the outcome's "why".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The question.
    pub question: QuestionId,
    /// The answer's effect.
    pub status: FindingStatus,
    /// What the answer means.
    pub text: &'static str,
    /// Where it comes from.
    pub citations: &'static [Citation],
}

/// What the outcome page shows.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// Every duty triggered, strongest first.
    pub duties: Vec<Triggered>,
    /// How strongly the result page presents it.
    pub tone: Tone,
    /// The headline.
    pub headline: &'static str,
    /// The summary under it.
    pub summary: &'static str,
    /// Where the summary comes from.
    pub citations: &'static [Citation],
    /// Each answer on the path and what it means.
    pub why: Vec<Finding>,
    /// What to do next, from every duty triggered (each step once).
    pub next_steps: Vec<NextStep>,
    /// Whether the outcome offers to start the referral form.
    pub refer: bool,
}

impl Answers {
    /// The duties the answers on the path trigger, once the outcome is known.
    pub fn duties(&self) -> Option<Vec<Triggered>> {
        let evaluation = self.evaluate();
        if evaluation.next.is_some() {
            return None;
        }
        let rules = self.rules();
        let given = self.on_path(&evaluation.path);
        Some(
            rules
                .duties(&given)
                .into_iter()
                .map(|(i, status)| Triggered {
                    provision: &rules.provisions[i],
                    status,
                    because_not_sure: match status {
                        Status::Applies => vec![],
                        Status::MayApply => rules.depends_on(&given, i),
                    },
                })
                .collect(),
        )
    }

    /// The outcome, once no answer can change the duties.
    pub fn outcome(&self) -> Option<Outcome> {
        let duties = self.duties()?;
        let rules = self.rules();
        let path = self.evaluate().path;
        let why = path
            .iter()
            .map(|q| {
                let question = rules.question(*q);
                let (status, text) = match self.get(*q).expect("path questions are answered") {
                    Answer::Yes => (FindingStatus::Met, question.finding[0]),
                    Answer::No => (FindingStatus::NotMet, question.finding[1]),
                    Answer::NotSure => (FindingStatus::NotSure, question.finding[2]),
                };
                Finding {
                    question: *q,
                    status,
                    text,
                    citations: question.citations,
                }
            })
            .collect();
        let leader = duties.iter().find(|t| t.provision.lead.is_some());
        let fallback = match self.get(rules.age_question) {
            Some(Answer::No) => &rules.adult,
            _ => &rules.nothing,
        };
        let (lead, status) = match leader {
            Some(t) => (t.provision.lead.as_ref().expect("leads"), t.status),
            None => (&fallback.lead, Status::Applies),
        };
        let mut next_steps: Vec<NextStep> = Vec::new();
        let mut add = |steps: &'static [NextStep]| {
            for step in steps {
                if !next_steps.iter().any(|s| s.text == step.text) {
                    next_steps.push(step.clone());
                }
            }
        };
        if leader.is_none() {
            add(fallback.steps);
        }
        for t in &duties {
            add(t.provision.steps);
        }
        let refer =
            duties.iter().any(|t| t.provision.refer) || (leader.is_none() && fallback.refer);
        Some(Outcome {
            tone: match status {
                Status::Applies => lead.tone,
                Status::MayApply => Tone::Consider,
            },
            headline: match status {
                Status::Applies => lead.applies,
                Status::MayApply => lead.may_apply,
            },
            summary: match status {
                Status::Applies => lead.summary,
                Status::MayApply => lead.may_summary,
            },
            citations: match status {
                Status::Applies => lead.citations,
                Status::MayApply => lead.may_citations,
            },
            duties,
            why,
            next_steps,
            refer,
        })
    }
}
