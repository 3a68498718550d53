//! The independent oracle: hand-written truth tables of duties
//! (tests/oracle/<rule set>.table), written from the provisions alone by
//! someone who had not seen the code (tests/oracle/PROVISIONS.md says how).
//! Each row gives, for a combination of answers (Y, N, ?, or * for "any of
//! them"), the set of duties triggered: `panel` applies, `panel?` may apply
//! (some way of resolving a "not sure" triggers it), `none`.
//!
//! This harness expands the rows to every complete combination, checks the
//! table covers each exactly once, and walks the questionnaire as a person
//! would for every combination the questions allow.
#![allow(dead_code)]

use scr_referral_guide::criteria::{Answer, Answers, QuestionId, RuleSetId, Status};
use std::collections::{BTreeMap, BTreeSet};

/// A duty set as the table writes it: ids, "?" after one that may apply.
pub type Duties = BTreeSet<String>;

/// One complete combination of answers, in the table's column order.
pub type Combination = Vec<Answer>;

fn answer(letter: &str) -> Vec<Answer> {
    match letter {
        "Y" => vec![Answer::Yes],
        "N" => vec![Answer::No],
        "?" => vec![Answer::NotSure],
        "*" => vec![Answer::Yes, Answer::No, Answer::NotSure],
        other => panic!("unknown value {other:?} in the truth table"),
    }
}

/// Read a table: every complete combination it covers and its duties.
/// Panics if a combination is covered twice or not at all.
pub fn read(rule_set: &str, columns: usize) -> BTreeMap<Combination, Duties> {
    let path = format!(
        "{}/tests/oracle/{rule_set}.table",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut table = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (facts, duties) = line
            .split_once('|')
            .unwrap_or_else(|| panic!("{path}:{}: no '|'", n + 1));
        let facts: Vec<&str> = facts.split_whitespace().collect();
        assert_eq!(
            facts.len(),
            columns,
            "{path}:{}: {} columns",
            n + 1,
            facts.len()
        );
        let duties: Duties = duties
            .split_whitespace()
            .filter(|d| *d != "none")
            .map(str::to_string)
            .collect();
        let mut combinations: Vec<Combination> = vec![vec![]];
        for letter in facts {
            combinations = combinations
                .into_iter()
                .flat_map(|c| {
                    answer(letter).into_iter().map(move |a| {
                        let mut c = c.clone();
                        c.push(a);
                        c
                    })
                })
                .collect();
        }
        for c in combinations {
            assert!(
                table.insert(c.clone(), duties.clone()).is_none(),
                "{path}:{}: {c:?} is covered by an earlier row too",
                n + 1
            );
        }
    }
    assert_eq!(
        table.len(),
        3usize.pow(columns as u32),
        "{path} must cover every combination exactly once"
    );
    table
}

/// The duties of a finished questionnaire, as the table writes them.
pub fn duties_of(answers: &Answers) -> Duties {
    answers
        .duties()
        .expect("the questionnaire has finished")
        .iter()
        .map(|t| match t.status {
            Status::Applies => t.provision.duty.to_string(),
            Status::MayApply => format!("{}?", t.provision.duty),
        })
        .collect()
}

/// Answer the questionnaire as a person whose answers are `combination`
/// would: each question asked gets its column's answer. Returns the
/// answers given and the questions asked, in order.
pub fn walk(
    rule_set: RuleSetId,
    columns: &[QuestionId],
    combination: &[Answer],
) -> (Answers, Vec<QuestionId>) {
    let mut answers = Answers::new(rule_set);
    let mut asked = Vec::new();
    loop {
        let evaluation = answers.evaluate();
        let Some(q) = evaluation.next else {
            assert_eq!(evaluation.path, asked, "the path is the questions asked");
            return (answers, asked);
        };
        assert!(!asked.contains(&q), "{q:?} asked twice");
        let column = columns
            .iter()
            .position(|c| *c == q)
            .unwrap_or_else(|| panic!("{q:?} is not a column of the table"));
        answers.set(q, combination[column]);
        asked.push(q);
    }
}

/// Whether every answer in `combination` is one its question offers (the
/// SCR "has the child died?" has no "not sure").
pub fn offered(rule_set: RuleSetId, columns: &[QuestionId], combination: &[Answer]) -> bool {
    columns.iter().zip(combination).all(|(q, a)| {
        rule_set
            .rules()
            .question(*q)
            .choices
            .iter()
            .any(|c| c.answer == *a)
    })
}

/// The whole check of a rule set against its table: for every combination
/// the questions allow, the questionnaire's duties are the table's; every
/// question asked could, by the table, change the duties; and no one can
/// give two answers that contradict each other. Returns the number of
/// combinations compared, of contradictory ones, and of distinct paths.
pub fn check(
    rule_set: RuleSetId,
    columns: &[QuestionId],
    contradictions: &[(QuestionId, Answer, QuestionId, Answer)],
) -> (usize, usize, usize) {
    let table = read(rule_set.name(), columns.len());
    let mut walked = 0;
    let mut contradictory = 0;
    let mut paths = BTreeSet::new();
    for (combination, expected) in &table {
        if !offered(rule_set, columns, combination) {
            continue;
        }
        let (answers, asked) = walk(rule_set, columns, combination);
        let got = duties_of(&answers);
        // Answers that contradict each other (PROVISIONS.md, section 3):
        // the oracle lists every duty some corrected reading gives, but the
        // questionnaire never asks the second question once the first is
        // answered, so no one can give both; check that instead.
        let value =
            |q: QuestionId| combination[columns.iter().position(|c| *c == q).expect("a column")];
        if let Some((a, va, b, vb)) = contradictions
            .iter()
            .find(|(a, va, b, vb)| value(*a) == *va && value(*b) == *vb)
        {
            assert!(
                !(asked.contains(a) && asked.contains(b)),
                "{rule_set:?} {}: the questionnaire let {a:?}={va:?} and {b:?}={vb:?} both be given",
                show(columns, combination)
            );
            contradictory += 1;
            continue;
        }
        assert_eq!(
            &got,
            expected,
            "{rule_set:?} answers {}",
            show(columns, combination)
        );
        // Each question asked could, by the table, change the duties: two
        // combinations that agree on the questions asked before it, and
        // differ only in it, have different duties.
        for (i, q) in asked.iter().enumerate() {
            let column = columns.iter().position(|c| c == q).expect("a column");
            let agrees = |other: &Combination| {
                asked[..i].iter().all(|b| {
                    let k = columns.iter().position(|c| c == b).expect("a column");
                    other[k] == combination[k]
                })
            };
            let can_change = table.iter().any(|(other, duties)| {
                offered(rule_set, columns, other)
                    && agrees(other)
                    && rule_set.rules().question(*q).choices.iter().any(|choice| {
                        let mut flipped = other.clone();
                        flipped[column] = choice.answer;
                        table.get(&flipped).is_some_and(|d| d != duties)
                    })
            });
            assert!(
                can_change,
                "{rule_set:?} {}: {q:?} was asked, but no answer to it could change the duties",
                show(columns, combination)
            );
        }
        paths.insert(
            asked
                .iter()
                .map(|q| (*q, answers.get(*q)))
                .collect::<Vec<_>>(),
        );
        walked += 1;
    }
    (walked, contradictory, paths.len())
}

/// A combination in the table's letters, with the column names.
pub fn show(columns: &[QuestionId], combination: &[Answer]) -> String {
    columns
        .iter()
        .zip(combination)
        .map(|(q, a)| {
            let letter = match a {
                Answer::Yes => "Y",
                Answer::No => "N",
                Answer::NotSure => "?",
            };
            format!("{q:?}={letter}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}
