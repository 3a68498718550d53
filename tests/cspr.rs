//! The Child Safeguarding Practice Review rules (src/criteria/cspr/),
//! tested against the independent oracle (tests/oracle/cspr.table, written
//! by hand from the provisions alone by someone who had not seen the code),
//! with the properties both rule sets share.

use scr_referral_guide::criteria::{Answer, Answers, QuestionId, RuleSetId, Status};

#[path = "common/oracle.rs"]
mod oracle;
#[path = "common/paths.rs"]
mod paths;

/// The oracle's columns, in its order.
const COLUMNS: [QuestionId; 6] = [
    QuestionId::CsprUnder18,
    QuestionId::CsprDied,
    QuestionId::CsprHarmed,
    QuestionId::CsprAbuseOrNeglect,
    QuestionId::CsprLookedAfter,
    QuestionId::CareLeaverDied,
];

fn start() -> Answers {
    Answers::new(RuleSetId::Cspr)
}

/// The oracle's consistency rules (tests/oracle/PROVISIONS.md, section 3),
/// as pairs of answers no case can have together: only a child is looked
/// after; a care leaver is no longer looked after.
const CONTRADICTIONS: [(QuestionId, Answer, QuestionId, Answer); 2] = [
    (
        QuestionId::CsprLookedAfter,
        Answer::Yes,
        QuestionId::CsprUnder18,
        Answer::No,
    ),
    (
        QuestionId::CsprLookedAfter,
        Answer::Yes,
        QuestionId::CareLeaverDied,
        Answer::Yes,
    ),
];

#[test]
fn every_combination_of_answers_gives_the_oracle_s_duties() {
    let (walked, contradictory, paths) = oracle::check(RuleSetId::Cspr, &COLUMNS, &CONTRADICTIONS);
    assert_eq!(
        walked + contradictory,
        729,
        "every combination of the six questions' answers"
    );
    assert_eq!(
        contradictory, 135,
        "3^4 + 3^4 - 3^3 combinations break a rule"
    );
    assert!(paths > 40, "{paths} distinct paths");
}

#[test]
fn the_outcome_is_the_provisions_evaluated_on_every_set_of_facts() {
    assert_eq!(paths::check_outcome_is_the_provisions(RuleSetId::Cspr), 729);
}

#[test]
fn safety_every_duty_a_not_sure_could_trigger_is_shown() {
    assert!(paths::check_safety(RuleSetId::Cspr, &CONTRADICTIONS) > 40);
}

#[test]
fn every_outcome_duty_finding_and_step_carries_a_citation_that_resolves() {
    paths::check_citations(RuleSetId::Cspr);
}

#[test]
fn question_data_is_complete() {
    paths::check_questions(RuleSetId::Cspr);
}

#[test]
fn after_a_child_death_every_outcome_says_to_check_the_child_death_procedures() {
    paths::check_child_death_step(
        RuleSetId::Cspr,
        QuestionId::CsprUnder18,
        QuestionId::CsprDied,
    );
}

fn answered(pairs: &[(QuestionId, Answer)]) -> Answers {
    let mut a = start();
    for (q, v) in pairs {
        a.set(*q, *v);
    }
    a
}

fn duty_ids(a: &Answers) -> Vec<String> {
    oracle::duties_of(a).into_iter().collect()
}

/// The case an independent review found: a 16- or 17-year-old care leaver
/// (no longer looked after) dies, abuse or neglect not known or suspected.
/// Their death is notified whatever the cause; "Not sure" whether they were
/// a care leaver never ends in "nothing to notify".
#[test]
fn a_care_leaver_under_18_who_dies_is_notified_whatever_the_cause() {
    use Answer::*;
    use QuestionId::*;
    for (care_leaver, expected) in [
        (Yes, vec!["care-leaver-death", "child-death-review"]),
        (NotSure, vec!["care-leaver-death?", "child-death-review"]),
        (No, vec!["child-death-review"]),
    ] {
        let a = answered(&[
            (CsprUnder18, Yes),
            (CsprDied, Yes),
            (CsprAbuseOrNeglect, No),
            (CsprLookedAfter, No),
            (CareLeaverDied, care_leaver),
        ]);
        assert_eq!(a.evaluate().next, None);
        let mut expected: Vec<String> = expected.into_iter().map(str::to_string).collect();
        expected.sort();
        assert_eq!(duty_ids(&a), expected, "care leaver: {care_leaver:?}");
        let outcome = a.outcome().unwrap();
        if care_leaver != No {
            assert!(
                outcome.headline.contains("care leaver"),
                "{}",
                outcome.headline
            );
        } else {
            assert!(outcome.headline.contains("does not appear"));
        }
        // Whatever the answer, the child death review is listed and its step given.
        assert!(outcome
            .next_steps
            .iter()
            .any(|s| s.text.contains("Child Death Overview Panel")));
    }
}

/// A looked-after child who dies with abuse suspected triggers the Panel
/// notification and the looked-after child's notification, and the child
/// death review: every duty, not one route.
#[test]
fn a_looked_after_child_who_dies_with_abuse_suspected_triggers_every_duty() {
    use Answer::*;
    use QuestionId::*;
    let a = answered(&[
        (CsprUnder18, Yes),
        (CsprDied, Yes),
        (CsprAbuseOrNeglect, Yes),
        (CsprLookedAfter, Yes),
    ]);
    assert_eq!(
        a.evaluate().next,
        None,
        "a care leaver is no longer looked after: not asked"
    );
    assert_eq!(
        duty_ids(&a),
        vec!["child-death-review", "lac-death", "panel"]
    );
    let outcome = a.outcome().unwrap();
    assert!(outcome
        .headline
        .starts_with("This is a serious child safeguarding incident"));
    let order: Vec<&str> = outcome.duties.iter().map(|t| t.provision.duty).collect();
    assert_eq!(
        order,
        ["panel", "lac-death", "child-death-review"],
        "strongest first"
    );
}

/// For each "not sure", the outcome names the duty it could trigger.
#[test]
fn each_not_sure_names_the_duty_it_could_trigger() {
    use Answer::*;
    use QuestionId::*;
    let a = answered(&[
        (CsprUnder18, Yes),
        (CsprDied, Yes),
        (CsprAbuseOrNeglect, NotSure),
        (CsprLookedAfter, NotSure),
        (CareLeaverDied, No),
    ]);
    let duties = a.duties().unwrap();
    let by = |d: &str| {
        duties
            .iter()
            .find(|t| t.provision.duty == d)
            .unwrap()
            .clone()
    };
    assert_eq!(by("panel").status, Status::MayApply);
    assert_eq!(by("panel").because_not_sure, vec![CsprAbuseOrNeglect]);
    assert_eq!(by("lac-death").status, Status::MayApply);
    assert_eq!(by("lac-death").because_not_sure, vec![CsprLookedAfter]);
    assert_eq!(by("child-death-review").status, Status::Applies);
}

/// The words keep the sources' "must", "should" and "may".
#[test]
fn outcomes_say_what_the_sources_say() {
    use Answer::*;
    use QuestionId::*;
    let serious = answered(&[
        (CsprUnder18, Yes),
        (CsprDied, No),
        (CsprHarmed, Yes),
        (CsprAbuseOrNeglect, Yes),
    ])
    .outcome()
    .unwrap();
    let all = serious
        .next_steps
        .iter()
        .map(|s| s.text)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(serious
        .summary
        .contains("must notify the Child Safeguarding Practice Review Panel"));
    assert!(all.contains("should do so within five working days"));
    assert!(all.contains("safeguarding lead"));
    assert!(all.contains("not for protecting a child now"));
    assert!(all.contains("15 working days counted from {rapid_review_start}"));
    assert!(
        !all.contains("Child Death Overview Panel"),
        "the child did not die"
    );

    let leaver = answered(&[(CsprUnder18, No), (CsprDied, Yes), (CareLeaverDied, Yes)])
        .outcome()
        .unwrap();
    assert!(leaver.summary.contains("does not require a rapid review"));
    assert!(
        !leaver.refer,
        "no form to the partners for a care leaver's death alone"
    );

    let maybe = answered(&[
        (CsprUnder18, Yes),
        (CsprDied, No),
        (CsprHarmed, Yes),
        (CsprAbuseOrNeglect, NotSure),
    ])
    .outcome()
    .unwrap();
    assert!(maybe
        .headline
        .starts_with("This may be a serious child safeguarding incident"));
    assert!(maybe
        .summary
        .contains("should inform the safeguarding partners of any incident"));
    assert!(maybe.summary.contains("should discuss"));
}

/// The duty ids the oracle names are the provisions' own, and each
/// provision's modal verb is in its sentence.
#[test]
fn provisions_are_named_as_the_oracle_names_them_and_keep_their_modal_verb() {
    let ids: Vec<&str> = RuleSetId::Cspr
        .rules()
        .provisions
        .iter()
        .map(|p| p.duty)
        .collect();
    assert_eq!(
        ids,
        [
            "panel",
            "lac-death",
            "care-leaver-death",
            "child-death-review"
        ]
    );
    for p in RuleSetId::Cspr.rules().provisions {
        use scr_referral_guide::criteria::Modal;
        match p.modal {
            Modal::Must => assert!(p.text.contains(" must "), "{}", p.duty),
            Modal::Should => assert!(p.text.contains(" should "), "{}", p.duty),
            Modal::Does => assert!(
                !p.text.contains(" must ") && !p.text.contains(" should "),
                "{}",
                p.duty
            ),
        }
    }
}

/// The sources of the Serious Case Review rules (the five Board documents
/// and the statute and guidance they set out).
const SCR_SOURCES: [&str; 7] = [
    "reg5",
    "wt2015",
    "bucks",
    "bracknell",
    "cambs",
    "bolton",
    "nscb",
];

#[test]
fn the_cspr_rules_cite_none_of_the_serious_case_review_sources() {
    for answers in paths::all_paths(RuleSetId::Cspr) {
        let outcome = answers.outcome().unwrap();
        let cited = outcome
            .citations
            .iter()
            .chain(outcome.next_steps.iter().flat_map(|s| s.citations.iter()))
            .chain(outcome.why.iter().flat_map(|f| f.citations.iter()))
            .chain(
                outcome
                    .duties
                    .iter()
                    .flat_map(|t| t.provision.citations.iter()),
            );
        for c in cited {
            assert!(
                !SCR_SOURCES.contains(&c.source),
                "CSPR rules cite {}",
                c.source
            );
        }
    }
}

#[test]
fn each_rule_set_asks_only_its_own_questions() {
    for rs in RuleSetId::ALL {
        for answers in paths::all_paths(rs) {
            for q in answers.evaluate().path {
                assert!(
                    rs.rules().questions.iter().any(|r| r.id == q),
                    "{rs:?} asks {q:?}"
                );
            }
        }
    }
}
