//! Board profile parsing: good, missing, malformed, wrong types.

use scr_referral_guide::board::{BoardProfile, FIELDS};

fn example_json() -> serde_json::Value {
    serde_json::from_str(include_str!("../deploy/board.example.json")).unwrap()
}

fn with(change: impl FnOnce(&mut serde_json::Map<String, serde_json::Value>)) -> String {
    let mut v = example_json();
    change(v.as_object_mut().unwrap());
    v.to_string()
}

fn error_for(text: &str) -> (Option<String>, String) {
    let e = BoardProfile::parse(text).expect_err("should be rejected");
    (e.field, e.message)
}

#[test]
fn the_shipped_example_and_deploy_template_parse() {
    let example = BoardProfile::example();
    assert!(example.is_example);
    assert_eq!(example.name, "Example Safeguarding Children Board");
    assert!(
        example.secure_mailbox.ends_with("@example.org"),
        "the example can reach nobody"
    );
    let template = BoardProfile::parse(include_str!("../deploy/board.example.json")).unwrap();
    assert!(
        !template.is_example,
        "a file from disk is never the example"
    );
    assert_eq!(template.draft_retention_days, 7);
    assert_eq!(template.protective_marking, "OFFICIAL-SENSITIVE");
}

#[test]
fn every_required_field_is_named_when_missing() {
    for field in FIELDS.into_iter().filter(|f| *f != "extra_bank_holidays") {
        let (f, message) = error_for(&with(|m| {
            m.remove(field);
        }));
        assert_eq!(f.as_deref(), Some(field));
        assert!(message.contains("missing"), "{field}: {message}");
    }
}

#[test]
fn malformed_json_names_the_line() {
    let (field, message) = error_for("{\n  \"name\": \"x\",\n  oops\n}");
    assert_eq!(field, None);
    assert!(message.contains("not valid JSON (line 3"), "{message}");
    let (_, message) = error_for("[1, 2]");
    assert!(message.contains("one JSON object"), "{message}");
    let (_, message) = error_for("");
    assert!(message.contains("not valid JSON"), "{message}");
}

#[test]
fn wrong_types_and_values_say_what_to_do() {
    let cases: Vec<(String, &str, &str)> = vec![
        (
            with(|m| {
                m.insert("name".into(), 5.into());
            }),
            "name",
            "must be text in quotes, but it is a whole number",
        ),
        (
            with(|m| {
                m.insert("name".into(), "  ".into());
            }),
            "name",
            "empty",
        ),
        (
            with(|m| {
                m.insert("draft_retention_days".into(), "7".into());
            }),
            "draft_retention_days",
            "but it is text",
        ),
        (
            with(|m| {
                m.insert("draft_retention_days".into(), 0.into());
            }),
            "draft_retention_days",
            "out of range",
        ),
        (
            with(|m| {
                m.insert("draft_retention_days".into(), 91.into());
            }),
            "draft_retention_days",
            "out of range",
        ),
        (
            with(|m| {
                m.insert("draft_retention_days".into(), 7.5.into());
            }),
            "draft_retention_days",
            "decimal number",
        ),
        (
            with(|m| {
                m.insert("secure_mailbox".into(), "scr at example.org".into());
            }),
            "secure_mailbox",
            "not an email address",
        ),
        (
            with(|m| {
                m.insert("business_office_email".into(), "a@b".into());
            }),
            "business_office_email",
            "not an email address",
        ),
        (
            with(|m| {
                m.insert("extra_bank_holidays".into(), "2027-12-27".into());
            }),
            "extra_bank_holidays",
            "list of dates",
        ),
        (
            with(|m| {
                m.insert(
                    "extra_bank_holidays".into(),
                    serde_json::json!(["2027-02-30"]),
                );
            }),
            "extra_bank_holidays",
            "not a real date",
        ),
        (
            with(|m| {
                m.insert("extra_bank_holidays".into(), serde_json::json!([20271227]));
            }),
            "extra_bank_holidays",
            "but one is a whole number",
        ),
        (
            with(|m| {
                m.insert("mailbox".into(), "x@example.org".into());
            }),
            "mailbox",
            "not a field the site knows",
        ),
    ];
    for (text, field, needle) in cases {
        let (f, message) = error_for(&text);
        assert_eq!(f.as_deref(), Some(field), "{message}");
        assert!(
            message.contains(needle),
            "{field}: expected {needle:?} in {message:?}"
        );
    }
}

#[test]
fn extra_bank_holidays_are_optional() {
    let profile = BoardProfile::parse(&with(|m| {
        m.remove("extra_bank_holidays");
    }))
    .unwrap();
    assert!(profile.extra_bank_holidays.is_empty());
}

#[test]
fn extra_bank_holidays_are_read_and_values_trimmed() {
    let profile = BoardProfile::parse(&with(|m| {
        m.insert(
            "extra_bank_holidays".into(),
            serde_json::json!(["2027-12-29", "2028-01-04"]),
        );
        m.insert("name".into(), "  Anytown SCB  ".into());
    }))
    .unwrap();
    assert_eq!(profile.extra_bank_holidays.len(), 2);
    assert_eq!(profile.name, "Anytown SCB");
}
