//! Provisions and duties: the machinery both rule sets share.
//!
//! A rule set is a list of **provisions**, each a condition over the facts
//! (the answers to its yes/no questions) and the **duty** it creates, with
//! its modal verb as the source has it and its citation. A case triggers
//! every duty whose condition holds. *Not sure* stands for each value it
//! may mean (usually yes and no): a duty that holds for every such value
//! **applies**; one that holds for some **may apply**, and is never left
//! out. The questionnaire asks, in the rule set's order, only the questions
//! whose answer can still change the set of duties.

use super::{Answer, Answers, QuestionId, RuleSet};
use crate::sources::Citation;

/// A condition over a rule set's facts.
#[derive(Debug)]
pub enum Condition {
    /// The answer to the question is yes.
    Yes(QuestionId),
    /// The answer to the question is no.
    No(QuestionId),
    /// Every one of these holds.
    All(&'static [Condition]),
    /// At least one of these holds.
    Any(&'static [Condition]),
}

impl Condition {
    /// Whether the condition holds, with each fact definite (`fact(q)`).
    pub fn holds(&self, fact: &dyn Fn(QuestionId) -> bool) -> bool {
        match self {
            Condition::Yes(q) => fact(*q),
            Condition::No(q) => !fact(*q),
            Condition::All(cs) => cs.iter().all(|c| c.holds(fact)),
            Condition::Any(cs) => cs.iter().any(|c| c.holds(fact)),
        }
    }

    /// The questions the condition reads.
    pub fn facts(&self, out: &mut Vec<QuestionId>) {
        match self {
            Condition::Yes(q) | Condition::No(q) => {
                if !out.contains(q) {
                    out.push(*q)
                }
            }
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.facts(out)),
        }
    }
}

/// The modal verb of a duty, as its source has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modal {
    /// "must": a requirement.
    Must,
    /// "should": what is expected unless there is a good reason not to.
    Should,
    /// No modal verb: the source states what is done ("notifies", "are reviewed").
    Does,
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

/// A step of "what to do next".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// The step, with `{placeholders}` from the profile.
    pub text: &'static str,
    /// Where it comes from.
    pub citations: &'static [Citation],
}

/// The outcome's headline and summary when a provision is the strongest
/// one triggered (or when none is: [`RuleSet::nothing`]).
#[derive(Debug)]
pub struct Lead {
    /// The headline when the duty applies.
    pub applies: &'static str,
    /// The headline when it may apply (a *Not sure* could trigger it).
    pub may_apply: &'static str,
    /// The summary when it applies.
    pub summary: &'static str,
    /// The summary when it may apply.
    pub may_summary: &'static str,
    /// Where the summary comes from.
    pub citations: &'static [Citation],
    /// Where the summary comes from when the duty may apply.
    pub may_citations: &'static [Citation],
    /// How the result is presented when it applies (may apply: `Consider`).
    pub tone: Tone,
}

/// A provision: conditions over the facts, and the duty they create.
#[derive(Debug)]
pub struct Provision {
    /// The duty's id, as the hand-written truth tables name it ("panel").
    pub duty: &'static str,
    /// Its short name, where the outcome refers back to it ("Notifying
    /// the Child Safeguarding Practice Review Panel").
    pub label: &'static str,
    /// When the duty arises.
    pub when: Condition,
    /// Its modal verb, as the source has it.
    pub modal: Modal,
    /// The duty in one sentence: who must or should do what, by when.
    pub text: &'static str,
    /// Where it comes from (a locator that contains it).
    pub citations: &'static [Citation],
    /// Whether it means the person should send the referral form.
    pub refer: bool,
    /// The outcome's headline when this is the strongest duty triggered;
    /// `None` for a duty that never leads (it is listed, not headlined).
    pub lead: Option<Lead>,
    /// What to do next because of it.
    pub steps: &'static [NextStep],
}

/// Whether a triggered duty applies for certain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// It holds for every value the *Not sure* answers may stand for.
    Applies,
    /// It holds for some of them.
    MayApply,
}

/// The duties a set of answers triggers: (index into the rule set's
/// provisions, status), strongest first.
pub type DutySet = Vec<(usize, Status)>;

/// A duty the answers trigger, for the outcome page.
#[derive(Clone, Debug)]
pub struct Triggered {
    /// The provision.
    pub provision: &'static Provision,
    /// Whether it applies or may apply.
    pub status: Status,
    /// The questions answered *Not sure* on which it depends (empty when it applies).
    pub because_not_sure: Vec<QuestionId>,
}

impl RuleSet {
    /// The yes/no questions (the facts), in the order they are asked.
    pub fn facts(&self) -> impl Iterator<Item = &'static super::Question> {
        self.questions
            .iter()
            .filter(|q| q.id != QuestionId::ParallelProcesses)
    }

    /// The definite values an answer may stand for.
    fn values(&self, q: QuestionId, a: Answer) -> &'static [bool] {
        (self.not_sure_means)(q, a)
    }

    /// The resolutions of `answers` to definite facts: every value each
    /// *Not sure* may stand for, keeping only those that meet the rule
    /// set's consistency rules (a looked-after person is a child), in
    /// their order. Facts not answered count as no: provisions do
    /// not depend on them once the flow has stopped asking.
    fn resolutions(&self, answers: &Answers) -> Vec<Vec<(QuestionId, bool)>> {
        let unsure: Vec<QuestionId> = answers
            .answers
            .iter()
            .filter(|(q, a)| self.values(**q, **a).len() > 1)
            .map(|(q, _)| *q)
            .collect();
        let all: Vec<Vec<(QuestionId, bool)>> = (0..(1usize << unsure.len()))
            .map(|mask| {
                answers
                    .answers
                    .iter()
                    .map(|(q, a)| match unsure.iter().position(|u| u == q) {
                        Some(bit) => (*q, mask & (1 << bit) != 0),
                        None => (*q, self.values(*q, *a)[0]),
                    })
                    .collect()
            })
            .collect();
        let fact = |r: &Vec<(QuestionId, bool)>| {
            let r = r.clone();
            move |q: QuestionId| r.iter().find(|(f, _)| *f == q).is_some_and(|(_, v)| *v)
        };
        // The rules, in order: each is kept if some resolution meets it with
        // the rules kept before it. So a rule that the definite answers
        // already break (a contradiction) is dropped, and widens nothing
        // else.
        let mut kept: Vec<Vec<(QuestionId, bool)>> = all;
        for rule in self.consistency {
            let meeting: Vec<_> = kept
                .iter()
                .filter(|r| rule.holds(&fact(r)))
                .cloned()
                .collect();
            if !meeting.is_empty() {
                kept = meeting;
            }
        }
        kept
    }

    /// The duties triggered by `answers` (see [`RuleSet::resolutions`]).
    pub fn duties(&self, answers: &Answers) -> DutySet {
        let resolutions = self.resolutions(answers);
        let mut counts = vec![0usize; self.provisions.len()];
        for r in &resolutions {
            let fact = |q: QuestionId| r.iter().find(|(f, _)| *f == q).is_some_and(|(_, v)| *v);
            for (i, p) in self.provisions.iter().enumerate() {
                if p.when.holds(&fact) {
                    counts[i] += 1;
                }
            }
        }
        counts
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(i, n)| {
                let status = if *n == resolutions.len() {
                    Status::Applies
                } else {
                    Status::MayApply
                };
                (i, status)
            })
            .collect()
    }

    /// The duty set for every way of answering `open` (each question's own
    /// choices), starting from `answers`.
    fn every_completion(&self, answers: &Answers, open: &[QuestionId], out: &mut Vec<DutySet>) {
        match open.split_first() {
            None => {
                let set = self.duties(answers);
                if !out.contains(&set) {
                    out.push(set);
                }
            }
            Some((q, rest)) => {
                for choice in self.question(*q).choices {
                    let mut next = answers.clone();
                    next.set(*q, choice.answer);
                    self.every_completion(&next, rest, out);
                }
            }
        }
    }

    /// Whether the answer to `q` can change the set of duties, for some way
    /// of answering the other open questions.
    fn matters(&self, answers: &Answers, q: QuestionId, open: &[QuestionId]) -> bool {
        let others: Vec<QuestionId> = open.iter().copied().filter(|o| *o != q).collect();
        let mut base = Vec::new();
        self.assignments(answers, &others, &mut base);
        base.iter().any(|completion| {
            let mut seen: Option<DutySet> = None;
            self.question(q).choices.iter().any(|choice| {
                let mut next = completion.clone();
                next.set(q, choice.answer);
                let set = self.duties(&next);
                match &seen {
                    None => {
                        seen = Some(set);
                        false
                    }
                    Some(first) => *first != set,
                }
            })
        })
    }

    /// Every way of answering `open`, starting from `answers`.
    fn assignments(&self, answers: &Answers, open: &[QuestionId], out: &mut Vec<Answers>) {
        match open.split_first() {
            None => out.push(answers.clone()),
            Some((q, rest)) => {
                for choice in self.question(*q).choices {
                    let mut next = answers.clone();
                    next.set(*q, choice.answer);
                    self.assignments(&next, rest, out);
                }
            }
        }
    }

    /// The questions not yet answered in `answers` that some provision reads.
    fn open(&self, answers: &Answers) -> Vec<QuestionId> {
        let mut read = Vec::new();
        for p in self.provisions {
            p.when.facts(&mut read);
        }
        self.facts()
            .map(|q| q.id)
            .filter(|q| read.contains(q) && answers.get(*q).is_none())
            .collect()
    }

    /// The next question to ask given `answers` (only those answers, in
    /// any order): the first, in the rule set's order, whose answer can
    /// still change the set of duties; `None` when no answer can.
    pub fn next_question(&self, answers: &Answers) -> Option<QuestionId> {
        let open = self.open(answers);
        open.iter()
            .copied()
            .find(|q| self.matters(answers, *q, &open))
    }

    /// Every duty set some way of answering the open questions leads to.
    pub fn reachable(&self, answers: &Answers) -> Vec<DutySet> {
        let mut out = Vec::new();
        self.every_completion(answers, &self.open(answers), &mut out);
        out
    }

    /// The *Not sure* answers that a duty depends on: those for which two
    /// possible resolutions, differing only in that answer, disagree on
    /// whether the duty holds.
    pub fn depends_on(&self, answers: &Answers, index: usize) -> Vec<QuestionId> {
        let resolutions = self.resolutions(answers);
        let holds = |r: &Vec<(QuestionId, bool)>| {
            let fact = |q: QuestionId| r.iter().find(|(f, _)| *f == q).is_some_and(|(_, v)| *v);
            self.provisions[index].when.holds(&fact)
        };
        answers
            .answers
            .iter()
            .filter(|(q, a)| self.values(**q, **a).len() > 1)
            .map(|(q, _)| *q)
            .filter(|q| {
                resolutions.iter().any(|a| {
                    resolutions.iter().any(|b| {
                        a.iter()
                            .zip(b)
                            .all(|((fa, va), (_, vb))| fa == q || va == vb)
                            && holds(a) != holds(b)
                    })
                })
            })
            .collect()
    }
}
