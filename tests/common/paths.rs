//! Walking a rule set's questionnaire every possible way, and the checks
//! both rule sets share: the provisions property, safety, citations, the
//! question data, and the child death step.
#![allow(dead_code)]

use scr_referral_guide::criteria::{Answer, Answers, QuestionId, RuleSetId, Status};

/// Every finished path from no answers: each question asked answered every
/// way it offers.
pub fn all_paths(rule_set: RuleSetId) -> Vec<Answers> {
    fn walk(answers: Answers, out: &mut Vec<Answers>) {
        match answers.evaluate().next {
            None => out.push(answers),
            Some(q) => {
                assert!(answers.get(q).is_none(), "{q:?} asked twice");
                for choice in answers.rules().question(q).choices {
                    let mut next = answers.clone();
                    next.set(q, choice.answer);
                    walk(next, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(Answers::new(rule_set), &mut out);
    out
}

/// Every complete set of facts the questions allow: each yes/no question
/// answered with each choice it offers.
pub fn all_fact_sets(rule_set: RuleSetId) -> Vec<Answers> {
    let mut sets = vec![Answers::new(rule_set)];
    for q in rule_set.rules().facts() {
        sets = sets
            .into_iter()
            .flat_map(|a| {
                q.choices.iter().map(move |c| {
                    let mut a = a.clone();
                    a.set(q.id, c.answer);
                    a
                })
            })
            .collect();
    }
    sets
}

/// The property: for every complete set of facts, the questionnaire's
/// outcome (answering only what it asks, in its order) equals the
/// provisions evaluated on all the facts; and answers to questions it did
/// not ask change nothing. Returns the number of fact sets.
pub fn check_outcome_is_the_provisions(rule_set: RuleSetId) -> usize {
    let rules = rule_set.rules();
    let sets = all_fact_sets(rule_set);
    for facts in &sets {
        let direct = rules.duties(facts);
        // As a person answers: only what is asked.
        let mut given = Answers::new(rule_set);
        while let Some(q) = given.evaluate().next {
            given.set(q, facts.get(q).expect("a complete set of facts"));
        }
        let walked: Vec<(usize, Status)> = given
            .duties()
            .expect("finished")
            .iter()
            .map(|t| (index(rule_set, t.provision.duty), t.status))
            .collect();
        assert_eq!(walked, direct, "{rule_set:?} {facts:?}");
        // With every fact given at once, in any order, the same.
        let all: Vec<(usize, Status)> = facts
            .duties()
            .expect("every fact answered: finished")
            .iter()
            .map(|t| (index(rule_set, t.provision.duty), t.status))
            .collect();
        assert_eq!(all, walked, "{facts:?}");
        assert_eq!(facts.evaluate().path, given.evaluate().path, "{facts:?}");
    }
    sets.len()
}

fn index(rule_set: RuleSetId, duty: &str) -> usize {
    rule_set
        .rules()
        .provisions
        .iter()
        .position(|p| p.duty == duty)
        .expect("a provision")
}

/// Safety: on every path, every duty that some resolution of the "not
/// sure" answers (each to yes and to no) triggers is in the outcome, and a
/// duty shown as applying is triggered by every resolution. Returns the
/// number of paths with a "not sure". Resolutions that break a consistency
/// rule (`contradictions`: two answers no case can have together) are not
/// cases, and are skipped.
pub fn check_safety(
    rule_set: RuleSetId,
    contradictions: &[(QuestionId, Answer, QuestionId, Answer)],
) -> usize {
    let mut exercised = 0;
    for answers in all_paths(rule_set) {
        let outcome: Vec<(String, Status)> = answers
            .duties()
            .expect("finished")
            .iter()
            .map(|t| (t.provision.duty.to_string(), t.status))
            .collect();
        let unsure: Vec<QuestionId> = answers
            .answers
            .iter()
            .filter(|(_, a)| **a == Answer::NotSure)
            .map(|(q, _)| *q)
            .collect();
        if !unsure.is_empty() {
            exercised += 1;
        }
        let mut triggered_by_all: Option<Vec<String>> = None;
        for mask in 0..(1u32 << unsure.len()) {
            let mut resolved = answers.clone();
            for (i, q) in unsure.iter().enumerate() {
                let mut a = if mask & (1 << i) != 0 {
                    Answer::Yes
                } else {
                    Answer::No
                };
                // Serious Case Reviews: "not sure" whether there is cause for
                // concern about agencies counts as cause for concern: an SCR
                // must be commissioned unless there is definitive evidence
                // that there are none (Buckinghamshire 8.2.7).
                if *q == QuestionId::AgencyConcerns {
                    a = Answer::Yes;
                }
                if resolved
                    .rules()
                    .question(*q)
                    .choices
                    .iter()
                    .any(|c| c.answer == a)
                {
                    resolved.set(*q, a);
                }
            }
            if contradictions.iter().any(|(a, va, b, vb)| {
                resolved.get(*a) == Some(*va) && resolved.get(*b) == Some(*vb)
            }) {
                continue;
            }
            // Finish the resolved questionnaire every way, in case a new
            // question is asked.
            for finished in extend(resolved) {
                let duties: Vec<String> = finished
                    .duties()
                    .expect("finished")
                    .iter()
                    .filter(|t| t.status == Status::Applies)
                    .map(|t| t.provision.duty.to_string())
                    .collect();
                for d in &duties {
                    assert!(
                        outcome.iter().any(|(o, _)| o == d),
                        "{rule_set:?} {answers:?}: a resolution triggers {d}, which the outcome leaves out"
                    );
                }
                triggered_by_all = Some(match triggered_by_all {
                    None => duties,
                    Some(all) => all.into_iter().filter(|d| duties.contains(d)).collect(),
                });
            }
        }
        for (d, status) in &outcome {
            if *status == Status::Applies {
                assert!(
                    triggered_by_all.as_ref().is_some_and(|all| all.contains(d)),
                    "{rule_set:?} {answers:?}: {d} is shown as applying, but some resolution does not trigger it"
                );
            }
        }
    }
    exercised
}

/// Every way of finishing a questionnaire from these answers.
fn extend(answers: Answers) -> Vec<Answers> {
    match answers.evaluate().next {
        None => vec![answers],
        Some(q) => answers
            .rules()
            .question(q)
            .choices
            .iter()
            .flat_map(|c| {
                let mut a = answers.clone();
                a.set(q, c.answer);
                extend(a)
            })
            .collect(),
    }
}

/// Every outcome, duty, finding and step carries a citation to a known
/// source with a locator; the why lists exactly the questions asked.
pub fn check_citations(rule_set: RuleSetId) {
    let known = scr_referral_guide::sources::sources();
    for answers in all_paths(rule_set) {
        let outcome = answers.outcome().expect("finished");
        assert!(
            !outcome.citations.is_empty(),
            "{answers:?}: outcome citation"
        );
        let all = outcome
            .citations
            .iter()
            .chain(outcome.why.iter().flat_map(|f| f.citations.iter()))
            .chain(outcome.next_steps.iter().flat_map(|s| s.citations.iter()))
            .chain(
                outcome
                    .duties
                    .iter()
                    .flat_map(|t| t.provision.citations.iter()),
            );
        for citation in all {
            assert!(
                known.contains_key(citation.source),
                "{answers:?}: unknown source {}",
                citation.source
            );
            assert!(
                !citation.locator.is_empty(),
                "{answers:?}: citation without a locator"
            );
        }
        for finding in &outcome.why {
            assert!(
                !finding.citations.is_empty() && !finding.text.is_empty(),
                "{:?}",
                finding.question
            );
        }
        assert_eq!(
            outcome.why.iter().map(|f| f.question).collect::<Vec<_>>(),
            answers.evaluate().path,
        );
        for t in &outcome.duties {
            if t.status == Status::MayApply {
                assert!(
                    !t.because_not_sure.is_empty(),
                    "{answers:?}: {} may apply, but no 'not sure' is named",
                    t.provision.duty
                );
                for q in &t.because_not_sure {
                    assert_eq!(answers.get(*q), Some(Answer::NotSure));
                }
            }
        }
    }
}

/// A rule set's question data is complete and its addresses unique.
pub fn check_questions(rule_set: RuleSetId) {
    let questions = rule_set.rules().questions;
    for q in questions {
        assert!(
            !q.title.is_empty() && !q.slug.is_empty() && !q.citations.is_empty(),
            "{:?}",
            q.id
        );
        assert!(q.choices.len() >= 2, "{:?}", q.id);
        assert!(
            q.finding
                .iter()
                .zip(["Yes", "No", "Not sure"])
                .all(|(f, label)| { !f.is_empty() || !q.choices.iter().any(|c| c.label == label) }),
            "{:?}: a finding for every answer offered",
            q.id
        );
    }
    let mut slugs: Vec<_> = questions.iter().map(|q| q.slug).collect();
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), questions.len(), "slugs are unique");
}

/// Every path on which the child died (`died` answered yes, the person
/// under 18) ends with the step to check the child death procedures.
pub fn check_child_death_step(rule_set: RuleSetId, under18: QuestionId, died: QuestionId) {
    for answers in all_paths(rule_set) {
        if answers.get(died) != Some(Answer::Yes) || answers.get(under18) != Some(Answer::Yes) {
            continue;
        }
        let outcome = answers.outcome().expect("finished");
        assert!(
            outcome
                .next_steps
                .iter()
                .any(|s| s.text.contains("Child Death Overview Panel")),
            "{answers:?}: no child death step"
        );
    }
}
