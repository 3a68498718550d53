//! The questionnaire's whole tree, worked out once: every point a person can
//! reach (a question to answer, or the end with its outcome), each named by
//! the answers that lead to it. The site generator writes it as plain pages
//! (`crate::site::questionnaire`), and the board's review page lists every
//! path from it. A point's name is only ever part of an address's fragment
//! (after `#`), which browsers never send to the server.

use super::{Answer, Answers, QuestionId, RuleSetId};

/// One point of the questionnaire.
#[derive(Clone, Debug)]
pub struct Node {
    /// The answers given so far, one letter each in the order asked
    /// ("y" yes, "n" no, "u" not sure): "" at the start.
    pub key: String,
    /// The answers given so far.
    pub answers: Answers,
    /// The questions asked so far, in order.
    pub path: Vec<QuestionId>,
    /// The question asked here; `None` at the end (the outcome is known).
    pub question: Option<QuestionId>,
    /// Where each answer to the question leads (index into the tree).
    pub children: Vec<(Answer, usize)>,
    /// The point before this one, if any.
    pub parent: Option<usize>,
}

impl Node {
    /// Whether this is the end of a path.
    pub fn is_end(&self) -> bool {
        self.question.is_none()
    }
}

/// An answer's letter in a point's key.
pub fn letter(a: Answer) -> char {
    match a {
        Answer::Yes => 'y',
        Answer::No => 'n',
        Answer::NotSure => 'u',
    }
}

/// The key of the point these answers reach by the questionnaire's own
/// walk (answers off the path are ignored), and whether it is the end.
pub fn key_of(answers: &Answers) -> (String, bool) {
    let evaluation = answers.evaluate();
    let key = evaluation
        .path
        .iter()
        .map(|q| letter(answers.get(*q).expect("path questions are answered")))
        .collect();
    (key, evaluation.next.is_none())
}

/// Every point of a rule set's questionnaire, the start first, each
/// point's children after it (depth first, answers in the order offered).
pub fn tree(rule_set: RuleSetId) -> Vec<Node> {
    fn visit(answers: Answers, key: String, parent: Option<usize>, out: &mut Vec<Node>) -> usize {
        let evaluation = answers.evaluate();
        let index = out.len();
        out.push(Node {
            key: key.clone(),
            answers: answers.clone(),
            path: evaluation.path,
            question: evaluation.next,
            children: Vec::new(),
            parent,
        });
        if let Some(q) = evaluation.next {
            for choice in answers.rules().question(q).choices {
                let mut next = answers.clone();
                next.set(q, choice.answer);
                let child = visit(
                    next,
                    format!("{key}{}", letter(choice.answer)),
                    Some(index),
                    out,
                );
                out[index].children.push((choice.answer, child));
            }
        }
        index
    }
    let mut out = Vec::new();
    visit(Answers::new(rule_set), String::new(), None, &mut out);
    out
}
