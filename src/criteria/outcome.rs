//! The outcome the answers lead to: the duties triggered and the "why".

use super::{Answer, Answers, NextStep, QuestionId, Status, Tone, Triggered};
use crate::sources::Citation;

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
