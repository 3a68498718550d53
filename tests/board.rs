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
    for field in FIELDS
        .into_iter()
        .filter(|f| {
            ![
                "extra_bank_holidays",
                "rapid_review_start",
                "lead_agreement_required",
            ]
            .contains(f)
        })
        .filter(|f| !f.starts_with("practice_"))
    {
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

#[test]
fn the_mailboxes_are_plain_addresses_and_hostile_values_are_refused_naming_the_field() {
    for field in ["secure_mailbox", "business_office_email"] {
        for (value, why) in [
            (
                "scr@board.example.org?bcc=leak%40evil.example&x=",
                "contains '?'",
            ),
            (
                "scr@board.example.org%0D%0ABcc:leak@evil.example",
                "contains '%'",
            ),
            ("scr@board.example.org#x", "contains '#'"),
            ("scr@board.example.org&cc=x@evil.example", "contains '&'"),
            ("scr @board.example.org", "contains a space"),
            (
                "scr@board.example.org\r\nBcc: leak@evil.example",
                "control character",
            ),
            ("scr@board.example.org,leak@evil.example", "contains ','"),
            ("\"scr\"@board.example.org", "contains '\"'"),
            ("Board <scr@board.example.org>", "contains"),
            ("scr@board..example.org", "not a domain name"),
            ("scr@-board.example.org", "not a domain name"),
            ("scr@board.example.o", "not a domain name"),
            (".scr@board.example.org", "not a plain mailbox name"),
            ("scr@@board.example.org", "more than one '@'"),
            ("scr@bøard.example.org", "not a plain letter"),
        ] {
            let (f, message) = error_for(&with(|m| {
                m.insert(field.into(), value.into());
            }));
            assert_eq!(f.as_deref(), Some(field), "{value}: {message}");
            if !value.contains('\r') {
                assert!(
                    message.contains("is not an email address on its own"),
                    "{value}: {message}"
                );
            }
            assert!(
                message.contains(why),
                "{value}: expected {why:?} in {message:?}"
            );
        }
    }
    for good in [
        "secure-bscb@buckscc.gcsx.gov.uk",
        "BF.LSCB@Bracknell-Forest.gcsx.gov.uk",
        "scr+referrals@board.example.org",
        "o'brien@board.example.org",
    ] {
        let profile = BoardProfile::parse(&with(|m| {
            m.insert("secure_mailbox".into(), good.into());
        }))
        .unwrap_or_else(|e| panic!("{good}: {e}"));
        assert_eq!(profile.secure_mailbox, good);
    }
}

#[test]
fn a_key_given_twice_is_an_error_naming_it() {
    let text = include_str!("../deploy/board.example.json").replacen(
        "\"short_name\": \"ASCB\",",
        "\"short_name\": \"ASCB\",\n  \"secure_mailbox\": \"leak@evil.example\",",
        1,
    );
    assert!(text.matches("\"secure_mailbox\"").count() == 2, "{text}");
    let (field, message) = error_for(&text);
    assert_eq!(field.as_deref(), Some("secure_mailbox"));
    assert!(message.contains("more than once"), "{message}");
    // The same value twice is still an error: one must go.
    let text = include_str!("../deploy/board.example.json").replacen(
        "\"short_name\": \"ASCB\",",
        "\"short_name\": \"ASCB\",\n  \"short_name\": \"ASCB\",",
        1,
    );
    assert_eq!(error_for(&text).0.as_deref(), Some("short_name"));
}

#[test]
fn control_characters_and_blank_looking_text_are_errors_naming_the_field() {
    for field in FIELDS.into_iter().filter(|f| {
        ![
            "draft_retention_days",
            "extra_bank_holidays",
            "rule_set",
            "rapid_review_start",
            "lead_agreement_required",
        ]
        .contains(f)
    }) {
        for (value, needle) in [
            ("\u{200B}", "looks blank"),
            ("\u{200C}\u{200D}", "looks blank"),
            ("\u{2060} \u{FEFF}", "looks blank"),
            ("\u{00A0}\u{3000}", "empty"),
            ("OFFICIAL\u{7}-SENSITIVE", "control character (U+0007)"),
            ("OFFICIAL\u{1B}[8m", "control character (U+001B)"),
            ("Anytown\u{85}Board", "control character (U+0085)"),
            ("Anytown\u{2028}Board", "control character (U+2028)"),
            ("\u{202E}draoB nwotynA", "control character (U+202E)"),
        ] {
            let (f, message) = error_for(&with(|m| {
                m.insert(field.into(), value.into());
            }));
            assert_eq!(f.as_deref(), Some(field), "{value:?}: {message}");
            assert!(
                message.contains(needle),
                "{field} {value:?}: expected {needle:?} in {message:?}"
            );
        }
    }
    // The marking must fit where it is printed, every page.
    let (f, message) = error_for(&with(|m| {
        m.insert("protective_marking".into(), "OFFICIAL ".repeat(10).into());
    }));
    assert_eq!(f.as_deref(), Some("protective_marking"));
    assert!(message.contains("60 or fewer"), "{message}");
    // Ordinary text in any script is fine.
    let profile = BoardProfile::parse(&with(|m| {
        m.insert("name".into(), "Bwrdd Diogelu Plant Ynys Môn".into());
    }))
    .unwrap();
    assert_eq!(profile.name, "Bwrdd Diogelu Plant Ynys Môn");
}

#[test]
fn the_fields_a_tool_page_carries_read_back_exactly() {
    use std::collections::BTreeMap;
    let mut profile = BoardProfile::example();
    profile.extra_bank_holidays = vec![chrono::NaiveDate::from_ymd_opt(2027, 12, 29).unwrap()];
    let fields: BTreeMap<&str, String> = profile.text_fields().into_iter().collect();
    assert_eq!(
        BoardProfile::from_text_fields(|k| fields.get(k).cloned()),
        Some(profile.clone())
    );
    // The page's HTML writes an empty field as a space.
    let mut none = BoardProfile::example();
    none.extra_bank_holidays.clear();
    let mut fields: BTreeMap<&str, String> = none.text_fields().into_iter().collect();
    fields.insert("extra_bank_holidays", " ".into());
    assert_eq!(
        BoardProfile::from_text_fields(|k| fields.get(k).cloned()),
        Some(none)
    );
    fields.remove("name");
    assert_eq!(
        BoardProfile::from_text_fields(|k| fields.get(k).cloned()),
        None
    );
}

/// The text fields are the profile's one encoding after the generator has
/// checked it: every tool page carries them and the referral form sends
/// them to its PDF worker. A profile built here by hand, with every field
/// set (the optional ones too), reads back equal to itself; so does one
/// with every optional field left out.
#[test]
fn a_profile_with_every_field_set_reads_back_from_its_text_fields() {
    use scr_referral_guide::board::{Practice, RapidReviewStart};
    use scr_referral_guide::criteria::RuleSetId;
    use std::collections::BTreeMap;
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let read_back = |profile: &BoardProfile| {
        let fields = profile.text_fields();
        let by_name: BTreeMap<&str, String> = fields.iter().cloned().collect();
        assert_eq!(by_name.len(), fields.len(), "each field once");
        for name in FIELDS.iter().chain(&["is_example"]) {
            assert!(by_name.contains_key(name), "{name} is carried");
        }
        BoardProfile::from_text_fields(|k| by_name.get(k).cloned())
    };
    let every = BoardProfile {
        name: "Ynys Môn, Gwynedd and Conwy Safeguarding Children Partnership".into(),
        short_name: "YMGC SCP".into(),
        secure_mailbox: "case-reviews@partnership.example.org".into(),
        business_office_phone: "01248 752 000 (option 3)".into(),
        business_office_email: "business.office@partnership.example.org".into(),
        review_group_name: "Case Review Group, chaired by the independent scrutineer".into(),
        referral_form_name: "Rapid review referral (form 2)".into(),
        draft_retention_days: 28,
        protective_marking: "OFFICIAL-SENSITIVE (personal)".into(),
        referral_deadline: "within 2 working days, by phone first".into(),
        extra_bank_holidays: vec![day(2027, 12, 29), day(2028, 1, 4), day(2028, 7, 31)],
        rule_set: RuleSetId::Cspr,
        rapid_review_start: Some(RapidReviewStart::Notification),
        lead_agreement_required: true,
        practice: Practice {
            supporter: Some("Yes: a colleague or a union representative, not a lawyer.".into()),
            events: Some("A learning event, after the review, for everyone involved.".into()),
            drafts: Some("You see the draft, and have two weeks to comment on it.".into()),
        },
        is_example: true,
    };
    assert_eq!(read_back(&every), Some(every.clone()));
    // Each optional value alone, and the other start of the clock.
    let mut other = every.clone();
    other.is_example = false;
    other.rapid_review_start = Some(RapidReviewStart::Aware);
    other.extra_bank_holidays.truncate(1);
    other.practice.events = None;
    other.lead_agreement_required = false;
    assert_eq!(read_back(&other), Some(other.clone()));
    let none = BoardProfile {
        name: "Anytown Safeguarding Children Board".into(),
        short_name: "ASCB".into(),
        secure_mailbox: "scr@anytown.example.org".into(),
        business_office_phone: "01632 960000".into(),
        business_office_email: "lscb@anytown.example.org".into(),
        review_group_name: "SCR Sub Group".into(),
        referral_form_name: "SCR referral form".into(),
        draft_retention_days: 1,
        protective_marking: "OFFICIAL".into(),
        referral_deadline: "as soon as possible".into(),
        extra_bank_holidays: vec![],
        rule_set: RuleSetId::Scr2006,
        rapid_review_start: None,
        lead_agreement_required: false,
        practice: Practice::default(),
        is_example: false,
    };
    assert_eq!(read_back(&none), Some(none.clone()));
}

#[test]
fn the_rule_set_must_be_named_and_cspr_needs_its_rapid_review_clock() {
    use scr_referral_guide::board::RapidReviewStart;
    use scr_referral_guide::criteria::RuleSetId;
    // Missing: a clear error, never the Serious Case Review rules silently.
    let (field, message) = error_for(&with(|m| {
        m.remove("rule_set");
    }));
    assert_eq!(field.as_deref(), Some("rule_set"));
    assert!(
        message.contains("missing")
            && message.contains("\"cspr\"")
            && message.contains("\"scr-2006\""),
        "{message}"
    );
    // Named: the Serious Case Review rules, with no rapid review clock.
    let old = BoardProfile::parse(&with(|m| {
        m.insert("rule_set".into(), "scr-2006".into());
        m.remove("rapid_review_start");
    }))
    .unwrap();
    assert_eq!(old.rule_set, RuleSetId::Scr2006);
    assert_eq!(old.rapid_review_start, None);
    // The example partnership follows the CSPR rules and says when the
    // rapid review's clock starts.
    let partnership = BoardProfile::example_for(RuleSetId::Cspr);
    assert!(partnership.is_example);
    assert_eq!(partnership.rule_set, RuleSetId::Cspr);
    assert_eq!(
        partnership.rapid_review_start,
        Some(RapidReviewStart::Aware)
    );
    assert!(partnership.secure_mailbox.ends_with("@example.org"));
    let cspr = |start: Option<serde_json::Value>| {
        with(|m| {
            m.insert("rule_set".into(), "cspr".into());
            if let Some(start) = start {
                m.insert("rapid_review_start".into(), start);
            }
        })
    };
    let (f, message) = error_for(&cspr(None));
    assert_eq!(f.as_deref(), Some("rapid_review_start"));
    assert!(
        message.contains("missing") && message.contains("sources differ"),
        "{message}"
    );
    let (f, message) = error_for(&cspr(Some("tomorrow".into())));
    assert_eq!(f.as_deref(), Some("rapid_review_start"));
    assert!(
        message.contains("\"aware\"") && message.contains("\"notification\""),
        "{message}"
    );
    let (_, message) = error_for(&cspr(Some(15.into())));
    assert!(message.contains("text in quotes"), "{message}");
    let both = BoardProfile::parse(&cspr(Some("notification".into()))).unwrap();
    assert_eq!(
        both.rapid_review_start,
        Some(RapidReviewStart::Notification)
    );
    // The clock on a Serious Case Review profile is a mistake worth naming.
    let (f, message) = error_for(&with(|m| {
        m.insert("rapid_review_start".into(), "aware".into());
    }));
    assert_eq!(f.as_deref(), Some("rapid_review_start"));
    assert!(message.contains("\"cspr\" rule set only"), "{message}");
    // An unknown rule set names the two.
    for bad in ["CSPR", "scr", "", "\u{200B}"] {
        let (f, message) = error_for(&with(|m| {
            m.insert("rule_set".into(), bad.into());
        }));
        assert_eq!(f.as_deref(), Some("rule_set"));
        assert!(
            message.contains("\"scr-2006\" or \"cspr\""),
            "{bad:?}: {message}"
        );
    }
}

#[test]
fn a_profile_read_back_from_its_page_keeps_its_rule_set() {
    use scr_referral_guide::criteria::RuleSetId;
    for rule_set in RuleSetId::ALL {
        let profile = BoardProfile::example_for(rule_set);
        let fields = profile.text_fields();
        let read = BoardProfile::from_text_fields(|key| {
            fields
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone())
        })
        .unwrap();
        assert_eq!(read, profile);
    }
}

/// The partnership's own practice (supporter, events, drafts) is optional:
/// where given, the guidance says it; where not, it says to ask the
/// business office, with its phone and email. Too long, or not text, is a
/// clear error naming the field.
#[test]
fn practice_is_optional_and_filled_into_the_guidance() {
    use scr_referral_guide::board::fill;
    let plain = BoardProfile::parse(&with(|_| {})).unwrap();
    let said = fill("{practice_supporter}", &plain);
    assert!(said.contains("Ask its business office"), "{said}");
    assert!(said.contains(&plain.business_office_phone), "{said}");
    assert!(said.contains(&plain.business_office_email), "{said}");
    assert!(!said.contains('{'), "{said}");
    let given = BoardProfile::parse(&with(|m| {
        m.insert(
            "practice_supporter".into(),
            serde_json::Value::String(
                "You may bring a colleague or a union representative.".into(),
            ),
        );
    }))
    .unwrap();
    assert_eq!(
        fill("{practice_supporter} {practice_drafts}", &given)
            .split(" ")
            .next(),
        Some("You")
    );
    assert!(fill("{practice_drafts}", &given).contains("Ask its business office"));
    let (field, message) = error_for(&with(|m| {
        m.insert(
            "practice_events".into(),
            serde_json::Value::String("x".repeat(601)),
        );
    }));
    assert_eq!(field.as_deref(), Some("practice_events"));
    assert!(message.contains("600 or fewer"), "{message}");
    let (field, _) = error_for(&with(|m| {
        m.insert("practice_drafts".into(), serde_json::Value::Bool(true));
    }));
    assert_eq!(field.as_deref(), Some("practice_drafts"));
}

#[test]
fn a_partnership_may_require_the_leads_agreement_under_the_cspr_rules_only() {
    // The example partnership requires it; a profile that does not say is "no".
    let example = BoardProfile::example_for(scr_referral_guide::criteria::RuleSetId::Cspr);
    assert!(example.lead_agreement_required);
    let cspr = |value: Option<serde_json::Value>| {
        let mut m: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(include_str!("../content/example-partnership.json")).unwrap();
        m.remove("lead_agreement_required");
        if let Some(v) = value {
            m.insert("lead_agreement_required".into(), v);
        }
        BoardProfile::parse(&serde_json::Value::Object(m).to_string())
    };
    assert!(!cspr(None).unwrap().lead_agreement_required);
    assert!(!cspr(Some(false.into())).unwrap().lead_agreement_required);
    assert!(cspr(Some(true.into())).unwrap().lead_agreement_required);
    let e = cspr(Some("true".into())).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("lead_agreement_required"));
    assert!(
        e.message.contains("true or false, without quotes"),
        "{}",
        e.message
    );
    // Under the SCR rules the form asks about a discussion: refused.
    let (field, message) = error_for(&with(|m| {
        m.insert("lead_agreement_required".into(), true.into());
    }));
    assert_eq!(field.as_deref(), Some("lead_agreement_required"));
    assert!(message.contains("CSPR rules only"), "{message}");
}
