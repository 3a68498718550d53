//! The referral form model and its validation rules (src/referral.rs).
//! Native only (proptest).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use scr_referral_guide::referral::*;

mod common;
use common::{any_text, date, filled, today};

fn fields(errors: &[FieldError]) -> Vec<&str> {
    errors.iter().map(|e| e.field.as_str()).collect()
}

fn message_for<'a>(errors: &'a [FieldError], field: &str) -> &'a str {
    &errors
        .iter()
        .find(|e| e.field == field)
        .unwrap_or_else(|| panic!("no error for {field}: {errors:?}"))
        .message
}

const SECTIONS: [Section; 8] = Section::ALL;

#[test]
fn a_complete_referral_in_any_script_has_no_errors() {
    let r = filled();
    for s in SECTIONS {
        assert_eq!(r.validate(s, today()), vec![], "{s:?}");
    }
}

#[test]
fn required_fields_are_named_with_how_to_fix() {
    let r = Referral::default();
    let e = r.validate(Section::AboutYou, today());
    assert_eq!(
        fields(&e),
        vec![
            "name",
            "job-title",
            "agency",
            "phone",
            "email",
            "referral-date-day"
        ]
    );
    assert_eq!(message_for(&e, "name"), "Enter your name");
    assert_eq!(
        message_for(&e, "referral-date-day"),
        "Enter the date of referral"
    );
    let e = r.validate(Section::Dsl, today());
    assert_eq!(fields(&e), vec!["consulted-yes"]);
    let e = r.validate(Section::Agencies, today());
    assert!(message_for(&e, "agency-1-agency").contains("at least one agency"));
}

#[test]
fn dsl_not_consulted_needs_a_reason_not_a_name() {
    let mut r = filled();
    r.dsl = Dsl {
        consulted: Some(false),
        ..Default::default()
    };
    assert_eq!(
        fields(&r.validate(Section::Dsl, today())),
        vec!["why-not-urgent"]
    );
    r.dsl.why_not = Some(NotConsultedReason::Urgent);
    assert_eq!(r.validate(Section::Dsl, today()), vec![]);
}

#[test]
fn dates_must_be_real_four_digit_and_not_in_the_future() {
    let mut r = filled();
    r.about_you.referral_date = date("31", "2", "2026");
    assert!(
        message_for(&r.validate(Section::AboutYou, today()), "referral-date-day")
            .contains("has no day 31")
    );
    r.about_you.referral_date = date("1", "2", "26");
    assert!(message_for(
        &r.validate(Section::AboutYou, today()),
        "referral-date-year"
    )
    .contains("4 numbers"));
    r.about_you.referral_date = date("24", "11", "2026");
    assert!(
        message_for(&r.validate(Section::AboutYou, today()), "referral-date-day")
            .contains("today or in the past")
    );
    r.child.incident_date = date("1", "1", "2027");
    assert!(
        message_for(&r.validate(Section::Child, today()), "incident-date-day")
            .contains("today or in the past")
    );
}

#[test]
fn date_of_birth_is_before_the_incident_and_the_child_was_under_18() {
    let mut r = filled();
    r.child.dob = date("2", "11", "2026");
    assert!(message_for(&r.validate(Section::Child, today()), "dob-day")
        .contains("before the date of the death or incident"));
    r.child.dob = date("1", "11", "2008");
    assert!(
        message_for(&r.validate(Section::Child, today()), "dob-day").contains("18 or over"),
        "18th birthday on the incident date"
    );
    r.child.dob = date("2", "11", "2008");
    assert_eq!(
        r.validate(Section::Child, today()),
        vec![],
        "the day before the 18th birthday"
    );
    r.child.dob_known = Some(false);
    assert_eq!(
        fields(&r.validate(Section::Child, today())),
        vec!["approximate-age"]
    );
}

#[test]
fn phone_and_email_formats() {
    for good in [
        "01632 960 001",
        "07700 900982",
        "+44 7700 900 982",
        "+44 (0)1632 960001",
        "020-7946-0000",
    ] {
        assert!(is_uk_phone(good), "{good}");
    }
    for bad in [
        "12345",
        "+1 202 555 0100",
        "0163 296",
        "01632 96000a",
        "",
        "+44",
    ] {
        assert!(!is_uk_phone(bad), "{bad}");
    }
    let mut r = filled();
    r.about_you.email = "zoe at nhs".into();
    assert!(
        message_for(&r.validate(Section::AboutYou, today()), "email").contains("correct format")
    );
}

#[test]
fn long_text_gets_a_count_not_silent_truncation() {
    let mut r = filled();
    r.case.what_happened = "é".repeat(LONG_TEXT_MAX + 5);
    let e = r.validate(Section::Case, today());
    assert_eq!(
        message_for(&e, "what-happened"),
        "What happened must be 10,000 characters or fewer; it is 10,005. Shorten it by 5."
    );
    assert_eq!(
        r.case.what_happened.chars().count(),
        LONG_TEXT_MAX + 5,
        "kept, not cut"
    );
    r.case.what_happened = "é".repeat(LONG_TEXT_MAX);
    assert_eq!(
        r.validate(Section::Case, today()),
        vec![],
        "the limit counts characters, not bytes"
    );
}

#[test]
fn counts_have_thousands_separators() {
    assert_eq!(thousands(0), "0");
    assert_eq!(thousands(999), "999");
    assert_eq!(thousands(1000), "1,000");
    assert_eq!(thousands(10_000), "10,000");
    assert_eq!(thousands(1_234_567), "1,234,567");
}

#[test]
fn repeatable_rows_are_checked_one_by_one() {
    let mut r = filled();
    r.household = vec![
        HouseholdMember {
            name: "Ana".into(),
            relationship: "Mother".into(),
            ..Default::default()
        },
        HouseholdMember::default(),
    ];
    assert_eq!(
        fields(&r.validate(Section::Household, today())),
        vec!["household-2-name", "household-2-relationship"]
    );
    r.chronology = vec![
        ChronologyRow {
            date: date("3", "4", "2026"),
            agency: "Police".into(),
            event: "Call-out".into(),
        },
        ChronologyRow::default(),
    ];
    assert_eq!(
        fields(&r.validate(Section::Chronology, today())),
        vec![
            "chronology-2-date-day",
            "chronology-2-agency",
            "chronology-2-event"
        ]
    );
}

#[test]
fn chronology_sorts_by_date_keeping_undated_rows_last() {
    let mut r = filled();
    let row = |d: DateText, e: &str| ChronologyRow {
        date: d,
        agency: "A".into(),
        event: e.into(),
    };
    r.chronology = vec![
        row(date("5", "5", "2026"), "b"),
        row(date("", "", ""), "x"),
        row(date("1", "1", "2025"), "a"),
    ];
    let order: Vec<_> = r
        .chronology_by_date()
        .into_iter()
        .map(|r| r.event)
        .collect();
    assert_eq!(order, vec!["a", "b", "x"]);
}

proptest! {
    #[test]
    fn any_unicode_round_trips_exactly_through_json(name in any_text(), event in any_text(), day in any_text()) {
        let mut r = filled();
        r.child.name = name.clone();
        r.chronology.push(ChronologyRow { date: DateText { day: day.clone(), month: "1".into(), year: "2026".into() }, agency: name.clone(), event: event.clone() });
        let json = serde_json::to_string(&r).unwrap();
        let back: Referral = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, r.clone());
        // Validation never panics on arbitrary input.
        for s in SECTIONS { let _ = r.validate(s, today()); }
    }
}
