//! The CSPR form's own questions: the children after the first (up to 4
//! in one notification) and the senior safeguarding lead's agreement.
//! Expected ids and messages are written out here by hand.
#![cfg(not(target_arch = "wasm32"))]

use scr_referral_guide::criteria::RuleSetId;
use scr_referral_guide::draft::{read_for, Draft, ReadError};
use scr_referral_guide::referral::*;

mod common;
use common::{cspr_answers, date, filled, today};

fn fields(errors: &[FieldError]) -> Vec<&str> {
    errors.iter().map(|e| e.field.as_str()).collect()
}

fn cspr() -> Referral {
    let mut r = filled();
    r.case.criteria = cspr_answers();
    r
}

fn child(name: &str) -> OtherChild {
    OtherChild {
        name: name.into(),
        dob_or_age: "About 6".into(),
        outcome: Some(ChildOutcome::SeriouslyHarmed),
        address_or_area: "Anytown".into(),
        normally_lives: "Anytown Council".into(),
        legal_status: vec![LegalStatus::CareLeaver],
        ..Default::default()
    }
}

#[test]
fn each_later_child_is_numbered_from_2_and_checked_on_its_own() {
    let mut r = cspr();
    r.more_children = vec![child("Second"), OtherChild::default()];
    assert_eq!(
        fields(&r.validate(Section::Child, today())),
        vec![
            "child-3-name",
            "child-3-outcome-died",
            "child-3-dob",
            "child-3-address",
            "child-3-normally-lives",
            "child-3-legal-status",
        ]
    );
    let e = r.validate(Section::Child, today());
    assert_eq!(e[0].message, "Enter the name of child 3");
    r.more_children[1] = child("Third");
    assert_eq!(r.validate(Section::Child, today()), vec![]);
}

#[test]
fn four_children_is_the_most_in_one_notification() {
    let mut r = cspr();
    r.more_children = vec![child("2"), child("3"), child("4")];
    assert_eq!(r.validate(Section::Child, today()), vec![]);
    r.more_children.push(child("5"));
    let e = r.validate(Section::Child, today());
    assert_eq!(
        e[0].message,
        "There are 5 children; the most is 4. Remove 1."
    );
    // A hand-over file with a fifth child is refused, saying why.
    let file = Draft::new(r, 1_764_000_000_000, 1, "test").to_json();
    match read_for(file.as_bytes(), RuleSetId::Cspr) {
        Err(ReadError::TooMany { found, max, .. }) => assert_eq!((found, max), (5, 4)),
        other => panic!("a fifth child was not refused: {other:?}"),
    }
}

#[test]
fn the_serious_case_review_form_asks_for_one_child_only() {
    let mut r = filled();
    r.more_children = vec![OtherChild::default(); 4];
    assert_eq!(r.validate(Section::Child, today()), vec![]);
}

#[test]
fn under_the_cspr_rules_the_lead_agrees_the_referral() {
    let mut r = cspr();
    r.dsl = Dsl::default();
    assert_eq!(
        fields(&r.validate(Section::Dsl, today())),
        vec!["agreed-i-am"]
    );
    r.dsl.consulted = Some(Consulted::Yes);
    assert_eq!(
        fields(&r.validate(Section::Dsl, today())),
        vec!["dsl-name", "dsl-role", "agreed-date-day"]
    );
    r.dsl.name = "Ayşe Yılmaz".into();
    r.dsl.role = "Named nurse".into();
    r.about_you.referral_date = date("21", "11", "2026");
    r.dsl.date_discussed = date("22", "11", "2026");
    let e = r.validate(Section::Dsl, today());
    assert_eq!(fields(&e), vec!["agreed-date-day"]);
    assert_eq!(
        e[0].message,
        "The date they agreed the referral must be on or before the date of referral, 21 November 2026"
    );
    r.dsl.date_discussed = date("20", "11", "2026");
    assert_eq!(r.validate(Section::Dsl, today()), vec![]);
    r.dsl = Dsl {
        consulted: Some(Consulted::No),
        ..Default::default()
    };
    assert_eq!(
        fields(&r.validate(Section::Dsl, today())),
        vec!["why-not-agreed-urgent"]
    );
}

#[test]
fn a_lead_who_did_not_agree_is_a_true_answer_under_the_cspr_rules_only() {
    let mut r = cspr();
    r.dsl = Dsl {
        consulted: Some(Consulted::No),
        why_not: Some(NotConsultedReason::Declined),
        ..Default::default()
    };
    assert_eq!(r.validate(Section::Dsl, today()), vec![]);
    // The Serious Case Review form does not offer it: asked again.
    let mut scr = filled();
    scr.dsl = r.dsl.clone();
    let e = scr.validate(Section::Dsl, today());
    assert_eq!(fields(&e), vec!["why-not-urgent"]);
    assert_eq!(
        e[0].message,
        "Select why you did not discuss the case with your designated safeguarding lead"
    );
}

#[test]
fn the_leads_agreement_is_on_or_after_the_incident() {
    let mut r = cspr();
    r.dsl.date_discussed = date("31", "10", "2026");
    let e = r.validate(Section::Dsl, today());
    assert_eq!(fields(&e), vec!["agreed-date-day"]);
    assert_eq!(
        e[0].message,
        "The date they agreed the referral must be on or after the date of the death or incident, 1 November 2026"
    );
}

#[test]
fn every_field_of_a_repeated_part_is_numbered_from_the_same_row() {
    use scr_referral_guide::referral::fields::repeat;
    for section in Section::ALL {
        if let Some(rep) = repeat(section) {
            let first = rep.fields[0].first;
            assert!(rep.fields.iter().all(|f| f.first == first), "{section:?}");
            assert_eq!(rep.number(0), first);
        }
    }
    let children = repeat(Section::Child).expect("children 2 to 4");
    assert_eq!((children.number(0), children.most()), (2, 4));
}
