//! The Serious Case Review rules (src/criteria/scr/), tested against the
//! independent oracle (tests/oracle/scr-2006.table, written by hand from
//! the provisions alone by someone who had not seen the code), with the
//! properties both rule sets share.

use scr_referral_guide::criteria::{Answer, Answers, QuestionId, RuleSetId, Status};

#[path = "common/oracle.rs"]
mod oracle;
#[path = "common/paths.rs"]
mod paths;

/// The oracle's columns, in its order.
const COLUMNS: [QuestionId; 7] = [
    QuestionId::Under18,
    QuestionId::Died,
    QuestionId::AbuseOrNeglect,
    QuestionId::DiedInCustody,
    QuestionId::LookedAfterOrRegulated,
    QuestionId::SeriouslyHarmed,
    QuestionId::AgencyConcerns,
];

/// The oracle's consistency rules (tests/oracle/PROVISIONS.md, section 3),
/// as pairs of answers no case can have together: dying in custody is
/// dying; a looked-after child, or a child in a regulated setting, is a
/// child.
const CONTRADICTIONS: [(QuestionId, Answer, QuestionId, Answer); 2] = [
    (
        QuestionId::DiedInCustody,
        Answer::Yes,
        QuestionId::Died,
        Answer::No,
    ),
    (
        QuestionId::LookedAfterOrRegulated,
        Answer::Yes,
        QuestionId::Under18,
        Answer::No,
    ),
];

#[test]
fn every_combination_of_answers_gives_the_oracle_s_duties() {
    let (walked, contradictory, paths) =
        oracle::check(RuleSetId::Scr2006, &COLUMNS, &CONTRADICTIONS);
    // "Has the child died?" offers yes and no only: 3^6 * 2 combinations.
    assert_eq!(walked + contradictory, 1458);
    assert!(paths > 30, "{paths} distinct paths");
}

#[test]
fn the_outcome_is_the_provisions_evaluated_on_every_set_of_facts() {
    assert_eq!(
        paths::check_outcome_is_the_provisions(RuleSetId::Scr2006),
        1458
    );
}

#[test]
fn safety_every_duty_a_not_sure_could_trigger_is_shown() {
    assert!(paths::check_safety(RuleSetId::Scr2006, &CONTRADICTIONS) > 30);
}

#[test]
fn every_outcome_duty_finding_and_step_carries_a_citation_that_resolves() {
    paths::check_citations(RuleSetId::Scr2006);
}

#[test]
fn question_data_is_complete() {
    paths::check_questions(RuleSetId::Scr2006);
}

#[test]
fn after_a_death_every_outcome_says_to_check_the_child_death_procedures() {
    paths::check_child_death_step(RuleSetId::Scr2006, QuestionId::Under18, QuestionId::Died);
}

fn answered(pairs: &[(QuestionId, Answer)]) -> Answers {
    let mut a = Answers::new(RuleSetId::Scr2006);
    for (q, v) in pairs {
        a.set(*q, *v);
    }
    a
}

/// A seriously harmed child with abuse or neglect suspected is a notifiable
/// incident even where it is clear that agencies worked well together (the
/// SCR criteria are then not met): the route-by-route rules said "criteria
/// not met" and nothing of the notification.
#[test]
fn serious_harm_with_abuse_suspected_is_notifiable_even_without_agency_concerns() {
    use Answer::*;
    use QuestionId::*;
    let a = answered(&[
        (Under18, Yes),
        (Died, No),
        (AbuseOrNeglect, Yes),
        (SeriouslyHarmed, Yes),
        (AgencyConcerns, No),
    ]);
    assert_eq!(a.evaluate().next, None);
    let duties: Vec<String> = oracle::duties_of(&a).into_iter().collect();
    assert_eq!(duties, ["notifiable"]);
    let outcome = a.outcome().unwrap();
    assert!(outcome
        .headline
        .starts_with("This is a notifiable incident"));
    assert!(outcome.refer);
    // With concerns, both: the SCR and the notification.
    let b = answered(&[
        (Under18, Yes),
        (Died, No),
        (AbuseOrNeglect, Yes),
        (SeriouslyHarmed, Yes),
        (AgencyConcerns, NotSure),
    ]);
    let duties: Vec<String> = oracle::duties_of(&b).into_iter().collect();
    assert_eq!(
        duties,
        ["notifiable", "scr-must"],
        "not sure of concerns counts as concern (8.2.7)"
    );
}

/// A child who died in custody with abuse suspected: the SCR must be
/// commissioned, should always be carried out, and is notifiable.
#[test]
fn a_death_in_custody_with_abuse_suspected_triggers_every_duty() {
    use Answer::*;
    use QuestionId::*;
    let a = answered(&[
        (Under18, Yes),
        (Died, Yes),
        (AbuseOrNeglect, Yes),
        (DiedInCustody, Yes),
    ]);
    assert_eq!(a.evaluate().next, None);
    let order: Vec<&str> = a
        .duties()
        .unwrap()
        .iter()
        .map(|t| t.provision.duty)
        .collect();
    assert_eq!(
        order,
        [
            "scr-must",
            "scr-custody",
            "notifiable",
            "child-death-review"
        ]
    );
    assert!(a
        .duties()
        .unwrap()
        .iter()
        .all(|t| t.status == Status::Applies));
}

#[test]
fn provisions_are_named_as_the_oracle_names_them_and_keep_their_modal_verb() {
    let ids: Vec<&str> = RuleSetId::Scr2006
        .rules()
        .provisions
        .iter()
        .map(|p| p.duty)
        .collect();
    assert_eq!(
        ids,
        [
            "scr-must",
            "scr-custody",
            "notifiable",
            "child-death-review"
        ]
    );
    for p in RuleSetId::Scr2006.rules().provisions {
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

/// Buckinghamshire 8.2 paragraphs whose lists are empty in the source
/// document (8.2.3, 8.2.4, 8.2.8, 8.2.19, 8.2.40–47, 8.2.63): nothing may be
/// cited to them. Ranges ("8.2.17 to 8.2.19") count every paragraph in them.
fn cites_an_empty_bucks_paragraph(citation: &scr_referral_guide::sources::Citation) -> bool {
    const EMPTY: &[u32] = &[3, 4, 8, 19, 40, 41, 42, 43, 44, 45, 46, 47, 63];
    if citation.source != "bucks" {
        return false;
    }
    let words: Vec<&str> = citation
        .locator
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| w.strip_prefix("8.2.").and_then(|n| n.parse::<u32>().ok());
    words.iter().enumerate().any(|(i, w)| {
        let Some(start) = number(w) else { return false };
        let end = (words.get(i + 1) == Some(&"to"))
            .then(|| words.get(i + 2).and_then(|e| number(e)))
            .flatten()
            .unwrap_or(start);
        (start..=end).any(|n| EMPTY.contains(&n))
    })
}

#[test]
fn no_question_or_outcome_cites_an_empty_paragraph() {
    let empty = cite_check_example();
    assert!(
        cites_an_empty_bucks_paragraph(&empty),
        "the check itself works"
    );
    for q in RuleSetId::Scr2006.rules().questions {
        for c in q.citations {
            assert!(!cites_an_empty_bucks_paragraph(c), "{:?}: {c:?}", q.id);
        }
    }
    for answers in paths::all_paths(RuleSetId::Scr2006) {
        let outcome = answers.outcome().unwrap();
        for c in outcome
            .citations
            .iter()
            .chain(outcome.next_steps.iter().flat_map(|s| s.citations.iter()))
            .chain(
                outcome
                    .duties
                    .iter()
                    .flat_map(|t| t.provision.citations.iter()),
            )
        {
            assert!(!cites_an_empty_bucks_paragraph(c), "{answers:?}: {c:?}");
        }
    }
}

fn cite_check_example() -> scr_referral_guide::sources::Citation {
    scr_referral_guide::sources::Citation {
        source: "bucks",
        locator: "8.2.17 to 8.2.20",
    }
}

#[test]
fn seriously_harmed_includes_serious_sexual_abuse_and_custody_names_the_1983_act() {
    let harmed = RuleSetId::Scr2006
        .rules()
        .question(QuestionId::SeriouslyHarmed);
    assert!(
        harmed.definition.iter().any(|d| d.contains("sexual abuse")),
        "a child seriously harmed by sexual abuse, with no injury, must not be told 'No'"
    );
    let custody = RuleSetId::Scr2006
        .rules()
        .question(QuestionId::DiedInCustody);
    assert!(custody
        .definition
        .iter()
        .any(|d| d.contains("Mental Health Act 1983")));
    for q in RuleSetId::Scr2006.rules().questions {
        for text in q.hint.iter().chain(q.definition).chain(q.finding.iter()) {
            assert!(
                !text.contains("Mental Health Act 1998")
                    && !text.contains("Mental Health Act 2005")
            );
        }
    }
}

#[test]
fn the_notifiable_incident_cites_a_source_that_states_the_rule() {
    // Bracknell A.5(iii) only says that notification rules vary by agency;
    // the rule itself is cited to a Board procedure that sets it out.
    use Answer::*;
    use QuestionId::*;
    let a = answered(&[
        (Under18, Yes),
        (Died, Yes),
        (AbuseOrNeglect, No),
        (DiedInCustody, No),
        (LookedAfterOrRegulated, Yes),
    ]);
    let outcome = a.outcome().unwrap();
    assert_eq!(outcome.duties[0].provision.duty, "notifiable");
    let all: Vec<_> = outcome
        .citations
        .iter()
        .chain(outcome.next_steps.iter().flat_map(|s| s.citations.iter()))
        .chain(
            outcome
                .duties
                .iter()
                .flat_map(|t| t.provision.citations.iter()),
        )
        .collect();
    assert!(all.iter().any(|c| c.source == "pan-dorset"));
    assert!(!all
        .iter()
        .any(|c| c.source == "bracknell" && c.locator.contains("A.5(iii)")));
    // The source says the local authority "should" report: not "must".
    assert!(!outcome.summary.contains("must notify"));
}
