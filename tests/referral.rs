//! The referral form: its field table and validation rules (src/referral/).
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
    assert_eq!(fields(&e), vec!["consulted-i-am"]);
    let e = r.validate(Section::Agencies, today());
    assert!(message_for(&e, "agency-1-agency").contains("at least one agency"));
}

#[test]
fn dsl_not_consulted_needs_a_reason_not_a_name() {
    let mut r = filled();
    r.dsl = Dsl {
        consulted: Some(Consulted::No),
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
    assert_eq!(
        message_for(
            &r.validate(Section::AboutYou, today()),
            "referral-date-year"
        ),
        "The date of referral must have a year with 4 numbers, for example 2026"
    );
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
        "01632 960000 ext 4521",
        "01632 960000 ext. 4521",
        "01632 960000 extension 4521",
        "01632 960000 x4521",
        "01632 960000 Ext: 4521",
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
        "01632 960000 ext",
        "01632 960000 ext 1234567",
        "01632 960000 ext 45a",
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

#[test]
fn every_date_error_names_its_date_and_its_row() {
    let mut r = filled();
    r.chronology = vec![
        ChronologyRow {
            date: date("3", "4", "2026"),
            agency: "Police".into(),
            event: "Call-out".into(),
        },
        ChronologyRow {
            date: date("3", "4", "26"),
            agency: "Police".into(),
            event: "Visit".into(),
        },
    ];
    assert_eq!(
        message_for(
            &r.validate(Section::Chronology, today()),
            "chronology-2-date-year"
        ),
        "The date of event 2 must have a year with 4 numbers, for example 2026"
    );
    r.chronology[1].date = date("", "4", "2026");
    assert_eq!(
        message_for(
            &r.validate(Section::Chronology, today()),
            "chronology-2-date-day"
        ),
        "The date of event 2 must include a day"
    );
}

#[test]
fn dates_are_in_a_sensible_range_and_in_order() {
    let mut r = filled();
    r.about_you.referral_date = date("1", "1", "1900");
    assert!(
        message_for(&r.validate(Section::AboutYou, today()), "referral-date-day")
            .contains("within the last 12 months")
    );
    // The referral is dated 23 November 2026 (filled()); the incident was on 1 November.
    r = filled();
    r.child.incident_date = date("22", "11", "2026");
    assert_eq!(
        r.validate(Section::Child, today()),
        vec![],
        "an incident before the referral"
    );
    r.about_you.referral_date = date("21", "11", "2026");
    assert_eq!(
        message_for(&r.validate(Section::Child, today()), "incident-date-day"),
        "The date of the death or incident must be on or before the date of referral, 21 November 2026"
    );
    r = filled();
    r.dsl.date_discussed = date("23", "11", "2026");
    assert_eq!(
        r.validate(Section::Dsl, today()),
        vec![],
        "discussed on the day of referral"
    );
    r.about_you.referral_date = date("22", "11", "2026");
    assert_eq!(
        message_for(&r.validate(Section::Dsl, today()), "dsl-date-day"),
        "The date you discussed the case must be on or before the date of referral, 22 November 2026"
    );
    r = filled();
    r.dsl.date_discussed = date("31", "10", "2026");
    assert!(
        message_for(&r.validate(Section::Dsl, today()), "dsl-date-day")
            .contains("on or after the date of the death or incident, 1 November 2026")
    );
}

#[test]
fn the_designated_lead_themselves_has_a_true_answer() {
    let mut r = filled();
    r.dsl = Dsl {
        consulted: Some(Consulted::IAmTheLead),
        ..Default::default()
    };
    assert_eq!(
        r.validate(Section::Dsl, today()),
        vec![],
        "no name, role or date is asked of the lead"
    );
    let doc = scr_referral_guide::document::part(&r, Section::Dsl);
    assert_eq!(
        doc.groups[0].rows[0].value,
        "I am the designated safeguarding lead"
    );
    assert_eq!(doc.groups[0].rows.len(), 1);
}

#[test]
fn none_of_these_and_not_known_stand_alone() {
    let mut r = filled();
    r.child.legal_status = vec![LegalStatus::ChildInNeed, LegalStatus::None];
    assert_eq!(
        message_for(&r.validate(Section::Child, today()), "legal-status"),
        "'None of these' cannot be selected with other answers: select it on its own, or only the answers that apply"
    );
    r.child.legal_status = vec![LegalStatus::NotKnown, LegalStatus::ChildInCare];
    assert!(
        message_for(&r.validate(Section::Child, today()), "legal-status")
            .starts_with("'Not known' cannot be selected")
    );
    r.child.legal_status = vec![LegalStatus::NotKnown];
    assert_eq!(r.validate(Section::Child, today()), vec![]);
}

#[test]
fn chronology_agencies_are_offered_from_those_already_named() {
    let mut r = filled();
    r.agencies.push(AgencyInvolvement {
        agency: " Anytown Police ".into(),
        ..Default::default()
    });
    r.agencies.push(AgencyInvolvement {
        agency: "Anytown NHS Trust".into(),
        ..Default::default()
    });
    assert_eq!(
        r.agency_names(),
        vec!["Anytown NHS Trust", "Anytown Police"]
    );
}

#[test]
fn every_field_is_described_once_with_unique_ids() {
    use scr_referral_guide::referral::fields::{items, Item};
    let mut ids = std::collections::BTreeSet::new();
    for s in SECTIONS {
        for item in items(s) {
            let fields: Vec<_> = match item {
                Item::Field(f) => vec![*f],
                Item::Repeat(rep) => rep.fields.to_vec(),
            };
            for f in fields {
                for id in f.input_ids(0) {
                    assert!(ids.insert(id.clone()), "the id {id} is used twice");
                }
                assert!(
                    !f.label.is_empty() && !f.doc.is_empty() && !f.what.is_empty(),
                    "{}",
                    f.id
                );
            }
        }
    }
}

/// The ids every field draws on a section's page, for every row present.
fn page_ids(r: &Referral, s: Section) -> std::collections::BTreeSet<String> {
    use scr_referral_guide::referral::fields::{items, Item};
    let mut ids = std::collections::BTreeSet::new();
    for item in items(s) {
        match item {
            Item::Field(f) => ids.extend(f.input_ids(0)),
            Item::Repeat(rep) => {
                for row in 0..(rep.len)(r).max(1) {
                    for f in rep.fields {
                        ids.extend(f.input_ids(row));
                    }
                }
            }
        }
    }
    ids
}

/// Answers over their limit are refused on the field itself, with the
/// limit in the message: the ids and the limit written here by hand.
#[test]
fn an_answer_over_its_limit_is_an_error_on_that_field() {
    let long = "x".repeat(201);
    for (id, set) in [
        (
            "name",
            (|r: &mut Referral, v: &str| r.about_you.name = v.into()) as fn(&mut Referral, &str),
        ),
        ("job-title", |r, v| r.about_you.job_title = v.into()),
        ("agency", |r, v| r.about_you.agency = v.into()),
    ] {
        let mut r = filled();
        assert!(r.validate(Section::AboutYou, today()).is_empty());
        set(&mut r, &long);
        let errors = r.validate(Section::AboutYou, today());
        let e = errors
            .iter()
            .find(|e| e.field == id)
            .unwrap_or_else(|| panic!("{id}: no error in {errors:?}"));
        assert!(e.message.contains("200"), "{id}: {}", e.message);
        assert!(page_ids(&r, Section::AboutYou).contains(id));
        set(&mut r, &long[..200]);
        assert!(
            r.validate(Section::AboutYou, today())
                .iter()
                .all(|e| e.field != id),
            "{id}: 200 is allowed"
        );
    }
}

proptest! {
    /// Every error points at an input the page draws (the page draws its
    /// inputs from the same table), whatever was typed, long answers too.
    #[test]
    fn every_error_id_is_an_input_on_its_page(r in common::any_referral()) {
        for s in SECTIONS {
            let ids = page_ids(&r, s);
            for e in r.validate(s, today()) {
                prop_assert!(ids.contains(&e.field), "{:?}: error id {} is not on the page", s, e.field);
            }
        }
    }

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

/// Line breaks count toward a long answer's limit as a reader sees them:
/// a page of blank lines is not a few characters.
#[test]
fn line_breaks_count_as_the_rest_of_their_line() {
    assert_eq!(length_as_read("abc"), 3);
    assert_eq!(
        length_as_read("\n"),
        LINE_CHARS,
        "a blank line is a whole line"
    );
    assert_eq!(
        length_as_read("abc\n"),
        3 + LINE_CHARS - 3,
        "the rest of the line"
    );
    assert_eq!(length_as_read(&"x".repeat(LINE_CHARS)), LINE_CHARS);
    assert_eq!(
        length_as_read(&format!("{}\n", "x".repeat(LINE_CHARS))),
        LINE_CHARS + 1,
        "a full line's break counts one"
    );
    // 200 blank lines: far over the limit, with a message that says why.
    let mut r = filled();
    r.case.what_happened = format!("Events{}", "\n".repeat(200));
    let errors = r.validate(Section::Case, today());
    let e = errors
        .iter()
        .find(|e| e.field == "what-happened")
        .expect("an error on the field");
    assert!(
        e.message
            .contains("Each line break counts as the rest of its line"),
        "{}",
        e.message
    );
    // Ordinary paragraphs under the limit are fine.
    r.case.what_happened = ["A paragraph of about a hundred characters, as a person writes it in a referral to the Board."; 40].join("\n\n");
    assert!(length_as_read(&r.case.what_happened) < LONG_TEXT_MAX);
    assert!(r
        .validate(Section::Case, today())
        .iter()
        .all(|e| e.field != "what-happened"));
}
