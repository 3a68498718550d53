//! The answers given, and the walk through the questions they lead to.

use super::{Answer, ParallelProcess, QuestionId, RuleSet, RuleSetId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    pub(super) fn on_path(&self, path: &[QuestionId]) -> Answers {
        let mut a = Answers::new(self.rule_set);
        for q in path {
            a.set(*q, self.get(*q).expect("path questions are answered"));
        }
        a
    }
}
