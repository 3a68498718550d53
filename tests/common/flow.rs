//! Walking a rule set's questionnaire as a person would, for the truth
//! table tests of both rule sets (tests/criteria.rs, tests/cspr.rs).
#![allow(dead_code)]

use scr_referral_guide::criteria::{Answer, Answers, QuestionId, Route};
use std::collections::BTreeMap;

/// One completed path: its row key, its route and the answers given.
pub type Path = (String, Route, Answers);

fn letter(a: Option<Answer>) -> char {
    match a {
        Some(Answer::Yes) => 'Y',
        Some(Answer::No) => 'N',
        Some(Answer::NotSure) => '?',
        None => '-',
    }
}

/// The truth table's key for these answers: one letter per column, "-"
/// for a question not on the path.
pub fn row_key(columns: &[QuestionId], answers: &Answers, path: &[QuestionId]) -> String {
    columns
        .iter()
        .map(|q| letter(path.contains(q).then(|| answers.get(*q)).flatten()).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Answer the next question every possible way ("none" for the other
/// processes) until each path reaches an outcome.
pub fn walk(columns: &[QuestionId], answers: Answers, out: &mut Vec<Path>) {
    let evaluation = answers.evaluate();
    match (evaluation.next, evaluation.route) {
        (Some(QuestionId::ParallelProcesses), _) => {
            let mut next = answers.clone();
            next.parallel = Some(vec![]);
            walk(columns, next, out);
        }
        (Some(q), _) => {
            assert!(answers.get(q).is_none(), "{q:?} asked twice");
            assert!(
                answers.rules().questions.iter().any(|r| r.id == q),
                "{q:?} is not a question of {:?}",
                answers.rule_set
            );
            for choice in answers.rules().question(q).choices {
                let mut next = answers.clone();
                next.set(q, choice.answer);
                walk(columns, next, out);
            }
        }
        (None, Some(route)) => {
            out.push((row_key(columns, &answers, &evaluation.path), route, answers))
        }
        (None, None) => panic!("flow stopped with neither a question nor a route: {answers:?}"),
    }
}

/// Every path from no answers.
pub fn all_paths(columns: &[QuestionId], start: Answers) -> Vec<Path> {
    let mut out = Vec::new();
    walk(columns, start, &mut out);
    out
}

/// A hand-written truth table: rows of letters, then the route's name.
pub fn truth_table(text: &'static str) -> BTreeMap<String, &'static str> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            let (route, key) = words.split_last().expect("a row");
            (key.join(" "), *route)
        })
        .collect()
}

/// Check every reachable path against the table, and every row is reached;
/// returns the number of paths.
pub fn check_truth_table(
    columns: &[QuestionId],
    start: Answers,
    table: &'static str,
    name: fn(Route) -> &'static str,
) -> usize {
    let table = truth_table(table);
    let paths = all_paths(columns, start);
    let mut reached = BTreeMap::new();
    for (key, route, _) in &paths {
        let expected = table.get(key).unwrap_or_else(|| {
            panic!("reachable combination {key} is missing from the truth table")
        });
        assert_eq!(name(*route), *expected, "route for answers {key}");
        assert!(
            reached.insert(key.clone(), ()).is_none(),
            "two paths give the same row {key}"
        );
    }
    let unreached: Vec<_> = table.keys().filter(|k| !reached.contains_key(*k)).collect();
    assert!(
        unreached.is_empty(),
        "truth table rows the flow never reaches: {unreached:?}"
    );
    paths.len()
}

/// Resolve every Not sure to yes and to no, re-run the flow with the
/// definite answers (answering anything newly asked every possible way),
/// and collect the routes.
pub fn definite_routes(columns: &[QuestionId], answers: &Answers) -> Vec<Route> {
    let unsure: Vec<QuestionId> = answers
        .answers
        .iter()
        .filter(|(_, a)| **a == Answer::NotSure)
        .map(|(q, _)| *q)
        .collect();
    let mut routes = Vec::new();
    for mask in 0..(1u32 << unsure.len()) {
        let mut resolved = answers.clone();
        for (i, q) in unsure.iter().enumerate() {
            let value = if mask & (1 << i) != 0 {
                Answer::Yes
            } else {
                Answer::No
            };
            resolved.set(*q, value);
        }
        routes.extend(all_paths(columns, resolved).into_iter().map(|(_, r, _)| r));
    }
    routes
}

/// For every question a path asks (other than the form-only "other
/// processes"), some pair of answers leads to different routes or to
/// different follow-up questions.
pub fn check_every_question_can_matter(columns: &[QuestionId], start: Answers) {
    for (_, _, answers) in all_paths(columns, start.clone()) {
        let path = answers.evaluate().path;
        for (i, q) in path.iter().enumerate() {
            if *q == QuestionId::ParallelProcesses {
                continue;
            }
            let mut prefix = start.clone();
            for earlier in &path[..i] {
                prefix.set(*earlier, answers.get(*earlier).unwrap());
            }
            let mut results = Vec::new();
            for choice in start.rules().question(*q).choices {
                let mut a = prefix.clone();
                a.set(*q, choice.answer);
                let mut routes: Vec<_> = all_paths(columns, a).iter().map(|(_, r, _)| *r).collect();
                routes.sort();
                routes.dedup();
                results.push(routes);
            }
            results.dedup();
            assert!(
                results.len() > 1,
                "{q:?} after {:?} cannot change the outcome",
                &path[..i]
            );
        }
    }
}

/// Every outcome, finding and step carries a citation to a known source
/// with a locator; the why lists exactly the criteria questions asked.
pub fn check_citations(columns: &[QuestionId], start: Answers) {
    let known = scr_referral_guide::sources::sources();
    for (key, _, answers) in all_paths(columns, start) {
        let outcome = answers.outcome().unwrap();
        assert!(!outcome.citations.is_empty(), "{key}: outcome citation");
        let all = outcome
            .citations
            .iter()
            .chain(outcome.why.iter().flat_map(|f| f.citations.iter()))
            .chain(outcome.next_steps.iter().flat_map(|s| s.citations.iter()));
        for citation in all {
            assert!(
                known.contains_key(citation.source),
                "{key}: unknown source {}",
                citation.source
            );
            assert!(
                !citation.locator.is_empty(),
                "{key}: citation without a locator"
            );
        }
        for finding in &outcome.why {
            assert!(
                !finding.citations.is_empty() && !finding.text.is_empty(),
                "{key}: {:?}",
                finding.question
            );
        }
        let asked: Vec<_> = answers
            .evaluate()
            .path
            .into_iter()
            .filter(|q| *q != QuestionId::ParallelProcesses)
            .collect();
        assert_eq!(
            outcome.why.iter().map(|f| f.question).collect::<Vec<_>>(),
            asked,
            "{key}"
        );
    }
}

/// A rule set's question data is complete and its addresses unique.
pub fn check_questions(questions: &[scr_referral_guide::criteria::Question]) {
    for q in questions {
        assert!(
            !q.title.is_empty() && !q.slug.is_empty() && !q.citations.is_empty(),
            "{:?}",
            q.id
        );
        if q.id != QuestionId::ParallelProcesses {
            assert!(q.choices.len() >= 2, "{:?}", q.id);
        }
    }
    let mut slugs: Vec<_> = questions.iter().map(|q| q.slug).collect();
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), questions.len(), "slugs are unique");
}

/// Every path on which the child died (`died` answered Yes) ends with the
/// step to check the child death procedures, except on the routes `except`.
pub fn check_child_death_step(paths: &[Path], died: QuestionId, except: &[Route]) {
    for (key, route, answers) in paths {
        if answers.get(died) != Some(Answer::Yes) || except.contains(route) {
            continue;
        }
        let outcome = answers.outcome().unwrap();
        assert!(
            outcome
                .next_steps
                .iter()
                .any(|s| s.text.contains("Child Death Overview Panel")),
            "{key}: no child death step"
        );
    }
}
