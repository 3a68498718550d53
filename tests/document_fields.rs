//! Nothing in the form can be left out of the document: every value of a
//! referral with every field filled in (in both branches of each question
//! that shows other questions) is found in the plain-text document. The
//! expected text comes from the referral itself and from labels written
//! out here by hand, never from the document under test.

#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{date, today};
use scr_referral_guide::board::BoardProfile;
use scr_referral_guide::criteria::{Answer, Answers, ParallelProcess, QuestionId, RuleSetId};
use scr_referral_guide::document::document;
use scr_referral_guide::referral::*;
use serde_json::Value;

/// Labels of the choices, as the form shows them (by variant name).
fn label(variant: &str) -> &'static str {
    match variant {
        "IAmTheLead" => "I am the designated safeguarding lead",
        "Unavailable" => "They were not available",
        "Urgent" => "The referral was too urgent to wait",
        "ChildProtectionPlanNow" => "Subject to a child protection plan now",
        "ChildProtectionPlanBefore" => "Subject to a child protection plan before",
        "ChildInNeed" => "A child in need",
        "NotKnown" => "Not known",
        "SeriousCaseReview" => "Consideration for a Serious Case Review",
        "OtherLearningReview" => "Consideration for another kind of learning review",
        "Coroner" => "A coroner's inquest or inquiry",
        "PoliceInvestigation" => "A police (criminal) investigation",
        "Yes" => "Yes",
        "No" => "No",
        "Died" => "Died",
        "SeriouslyHarmed" => "Seriously harmed",
        "CareLeaver" => "A care leaver",
        "ChildInCare" => "Looked after (a child in care)",
        "PrivatelyFostered" => "Privately fostered",
        other => panic!("no label written for {other}"),
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// What the document must contain for the value at `path`.
fn expected(path: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) if map.contains_key("day") && map.contains_key("month") => {
            let (d, m, y) = (
                map["day"].as_str().unwrap(),
                map["month"].as_str().unwrap(),
                map["year"].as_str().unwrap(),
            );
            if !d.is_empty() {
                let month = MONTHS[m.parse::<usize>().unwrap() - 1];
                out.push((path.into(), format!("{d} {month} {y}")));
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                // The criteria answers are checked on their own below.
                if path == "/case" && k == "criteria" || path.is_empty() && k == "saved" {
                    continue;
                }
                expected(&format!("{path}/{k}"), v, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                expected(&format!("{path}/{i}"), v, out);
            }
        }
        Value::String(s) if s.is_empty() => {}
        Value::String(s) if path.ends_with("/dob_or_age") => out.push((path.into(), s.clone())),
        Value::String(s)
            if s.chars().next().is_some_and(char::is_uppercase) && !s.contains(' ') =>
        {
            out.push((path.into(), label(s).to_string()))
        }
        Value::String(s) => out.push((path.into(), s.clone())),
        Value::Bool(b) => out.push((path.into(), if *b { "Yes" } else { "No" }.to_string())),
        Value::Null => {}
        Value::Number(_) => panic!("{path}: the referral has no numbers"),
    }
}

fn criteria() -> Answers {
    let mut a = Answers::default();
    for (q, ans) in [
        (QuestionId::Under18, Answer::Yes),
        (QuestionId::Died, Answer::Yes),
        (QuestionId::AbuseOrNeglect, Answer::Yes),
        (QuestionId::DiedInCustody, Answer::No),
    ] {
        a.set(q, ans);
    }
    a.parallel = Some(vec![ParallelProcess::Coroner]);
    a
}

/// Every field filled, each with its own words; `branch` picks which of
/// the questions that show other questions are answered which way.
fn everything(branch: bool) -> Referral {
    let t = |s: &str| format!("{s} {}", if branch { "α" } else { "β" });
    Referral {
        about_you: AboutYou {
            name: t("Referrer name"),
            job_title: t("Referrer job"),
            agency: t("Referrer agency"),
            phone: "01632 960000 ext 4521".into(),
            email: "referrer@agency.example".into(),
            referral_date: date("23", "11", "2026"),
        },
        dsl: if branch {
            Dsl {
                consulted: Some(Consulted::Yes),
                name: t("Lead name"),
                role: t("Lead role"),
                date_discussed: date("20", "11", "2026"),
                ..Default::default()
            }
        } else {
            Dsl {
                consulted: Some(Consulted::No),
                why_not: Some(NotConsultedReason::Unavailable),
                why_not_details: t("Why not details"),
                ..Default::default()
            }
        },
        child: Child {
            name: t("Child name"),
            other_names: t("Child alias"),
            dob_known: Some(branch),
            dob: if branch {
                date("1", "6", "2020")
            } else {
                DateText::default()
            },
            approximate_age: if branch {
                String::new()
            } else {
                t("About six")
            },
            sex_gender: t("Sex or gender"),
            ethnicity: t("Ethnicity"),
            address_or_area: t("Child address"),
            legal_status: if branch {
                vec![
                    LegalStatus::ChildProtectionPlanNow,
                    LegalStatus::ChildInNeed,
                ]
            } else {
                vec![LegalStatus::NotKnown]
            },
            cp_plan_when: if branch {
                t("Plan when")
            } else {
                String::new()
            },
            cp_plan_category: if branch {
                t("Plan category")
            } else {
                String::new()
            },
            cp_plan_how_long: if branch {
                t("Plan how long")
            } else {
                String::new()
            },
            open_to_social_care: Some(YesNoNotKnown::NotKnown),
            lead_worker: t("Lead worker"),
            school_or_setting: t("School"),
            incident_date: date("1", "11", "2026"),
            where_and_who_caring: t("Where and who"),
            // Asked under the CSPR rules only (see the CSPR test).
            health: String::new(),
        },
        // Asked under the CSPR rules only (see the CSPR test).
        more_children: vec![],
        household: vec![HouseholdMember {
            name: t("Household name"),
            relationship: t("Relationship"),
            dob_or_age: t("About thirty"),
            address_if_different: t("Household address"),
        }],
        case: Case {
            request: Some(if branch {
                Request::SeriousCaseReview
            } else {
                Request::OtherLearningReview
            }),
            what_happened: t("What happened"),
            criteria: criteria(),
            why_referring: t("Why referring"),
            agency_concerns: t("Agency concerns"),
            good_practice: t("Good practice"),
            // The rest are asked under the CSPR rules only (see the CSPR test).
            ..Case::default()
        },
        agencies: vec![AgencyInvolvement {
            agency: t("Agency one"),
            involvement: t("Involvement"),
            contact: t("Agency contact"),
            still_involved: Some(branch),
        }],
        records_secured: Some(YesNoNotKnown::Yes),
        parallel: vec![
            ParallelEntry {
                process: ParallelProcess::PoliceInvestigation,
                reference: t("Police reference"),
            },
            ParallelEntry {
                process: ParallelProcess::Coroner,
                reference: t("Coroner reference"),
            },
        ],
        chronology: vec![ChronologyRow {
            date: date("14", "2", "2026"),
            agency: t("Event agency"),
            event: t("Event text"),
        }],
        saved: Section::ALL.into_iter().collect(),
    }
}

#[test]
fn every_value_of_a_full_referral_is_in_the_document() {
    for branch in [true, false] {
        let r = everything(branch);
        assert!(
            r.validate_all(today()).is_empty(),
            "{:?}",
            r.validate_all(today())
        );
        let text = document(&r, &BoardProfile::example()).to_text();
        let mut wanted = Vec::new();
        expected("", &serde_json::to_value(&r).unwrap(), &mut wanted);
        assert!(wanted.len() > 40, "the walk found {} values", wanted.len());
        for (path, value) in wanted {
            assert!(
                text.contains(&value),
                "branch {branch}: {path} = {value:?} is not in the document"
            );
        }
        // The criteria: the result and each answer.
        for expected in [
            "This case meets the criteria",
            "Under 18",
            "The child has died",
            "Abuse or neglect known or suspected",
        ] {
            assert!(text.contains(expected), "{expected}");
        }
        // The CSPR rules' own questions are not asked here, even where a
        // file carries their answers.
        assert!(!text.contains("Health information") && !text.contains("Other children affected"));
        let mut more = r.clone();
        more.more_children = vec![OtherChild {
            name: "Hidden child".into(),
            ..Default::default()
        }];
        let text = document(&more, &BoardProfile::example()).to_text();
        assert!(
            !text.contains("Hidden child") && !text.contains("Child 1"),
            "{text}"
        );
        assert!(text.contains("Discussed with the designated safeguarding lead"));
        assert!(text.contains("Board reference:") && text.contains("Independent Chair"));
    }
}

fn cspr_criteria() -> Answers {
    let mut a = common::cspr_answers();
    a.parallel = Some(vec![ParallelProcess::Coroner]);
    a
}

#[test]
fn every_value_of_a_full_cspr_referral_is_in_the_document() {
    for branch in [true, false] {
        let mut r = everything(branch);
        r.case.criteria = cspr_criteria();
        let mark = if branch { "α" } else { "β" };
        r.child.health = format!("Health needs {mark}");
        r.case.other_children = format!("Other children {mark}");
        r.case.incident_place = format!("At home {mark}");
        r.case.incident_time = format!("About 3pm {mark}");
        r.case.normally_lives = format!("Anytown Council {mark}");
        r.case.agency_aware = date("2", "11", "2026");
        r.case.la_knows = Some(YesNoNotKnown::Yes);
        r.case.la_notified = Some(if branch {
            YesNoNotKnown::No
        } else {
            YesNoNotKnown::NotKnown
        });
        r.case.immediate_action = format!("Strategy discussion held {mark}");
        r.case.linked_cases = format!("An earlier incident in 2025 {mark}");
        r.case.media_interest = Some(YesNoNotKnown::No);
        r.case.supporting_documents = format!("Strategy discussion notes {mark}");
        if branch {
            // Monday 2 November 2026: five working days later is Monday 9 November.
            r.case.la_aware = date("2", "11", "2026");
        }
        // Children 2 to 4, each with every detail (branch α), or one (β).
        let statuses = [
            vec![LegalStatus::ChildInCare],
            vec![LegalStatus::CareLeaver, LegalStatus::ChildInNeed],
            vec![LegalStatus::PrivatelyFostered],
        ];
        r.more_children = statuses
            .iter()
            .take(if branch { 3 } else { 1 })
            .enumerate()
            .map(|(i, legal_status)| OtherChild {
                name: format!("Second child {i} {mark}"),
                dob_or_age: format!("About {} {mark}", i + 4),
                outcome: Some(if i == 1 {
                    ChildOutcome::Died
                } else {
                    ChildOutcome::SeriouslyHarmed
                }),
                sex_gender: format!("Sex {i} {mark}"),
                ethnicity: format!("Ethnicity {i} {mark}"),
                address_or_area: format!("Address {i} {mark}"),
                normally_lives: format!("Othertown Council {i} {mark}"),
                legal_status: legal_status.clone(),
                health: format!("Asthma {i} {mark}"),
            })
            .collect();
        assert!(
            r.validate_all(today()).is_empty(),
            "{:?}",
            r.validate_all(today())
        );
        let text = document(&r, &BoardProfile::example_for(RuleSetId::Cspr)).to_text();
        let mut wanted = Vec::new();
        expected("", &serde_json::to_value(&r).unwrap(), &mut wanted);
        for (path, value) in wanted {
            // The request is put in the CSPR rules' words.
            let value = match (path.as_str(), value.as_str()) {
                ("/case/request", "Consideration for a Serious Case Review") => {
                    "Consideration as a serious child safeguarding incident (a notification to the Panel and a rapid review)".to_string()
                }
                // So is the lead's part.
                ("/dsl/consulted", "I am the designated safeguarding lead") => {
                    "I am my agency's senior safeguarding lead".to_string()
                }
                _ => value,
            };
            assert!(
                text.contains(&value),
                "branch {branch}: {path} = {value:?} is not in the document"
            );
        }
        for expected in [
            "This is a serious child safeguarding incident",
            "Under 18",
            "Has died",
            "Abuse or neglect known or suspected",
            "A looked-after child",
            "A care leaver aged 24 or under",
            "Health information",
            "Other children affected",
            "Where the incident happened",
            "Date the referrer's agency became aware",
            "Immediate action taken",
            "Media interest",
            "Partnership reference:",
            "Agreed with the agency's senior safeguarding lead",
            "Child 2",
            "Section 2: Notification to the Panel",
            "Section 3: The rapid review",
        ] {
            assert!(text.contains(expected), "branch {branch}: {expected}");
        }
        // Each child's details under its own heading, the first as "Child 1".
        assert!(text.contains("Child 1"));
        assert_eq!(text.contains("Child 4"), branch, "{text}");
        assert!(!text.contains("Child 5"));
        if branch {
            assert!(text.contains("Date agreed"));
            assert!(text.contains("REFERRAL OF A SERIOUS CHILD SAFEGUARDING INCIDENT"));
            assert!(text.contains("The Panel to be notified by (5 working days after the local authority became aware):\nMonday 9 November 2026"), "{text}");
        } else {
            assert!(
                !text.contains("The Panel to be notified by"),
                "no date without the local authority's"
            );
        }
        for scr_only in [
            "Serious Case Review",
            "Independent Chair",
            "Board reference",
        ] {
            assert!(!text.contains(scr_only), "branch {branch}: {scr_only}");
        }
    }
}

#[test]
fn each_rule_set_names_its_own_body_and_service_in_the_document() {
    let mut r = everything(true);
    r.case.criteria = cspr_criteria();
    let cspr = document(&r, &BoardProfile::example_for(RuleSetId::Cspr));
    assert_eq!(cspr.producer, "CSPR referral guide");
    let fields: Vec<String> = cspr.texts().into_iter().map(|t| t.field).collect();
    assert!(
        fields.contains(&"The partnership's mailbox".to_string()),
        "{fields:?}"
    );
    assert!(!fields.iter().any(|f| f.contains("Board")), "{fields:?}");

    let scr = document(&everything(true), &BoardProfile::example());
    assert_eq!(scr.producer, "SCR referral guide");
    let fields: Vec<String> = scr.texts().into_iter().map(|t| t.field).collect();
    assert!(
        fields.contains(&"The Board's mailbox".to_string()),
        "{fields:?}"
    );
}

#[test]
fn the_age_check_names_the_rule_sets_own_review() {
    let mut r = everything(true);
    r.case.criteria = cspr_criteria();
    // Born 30 years before the incident: an adult.
    let mut dob = r.child.incident_date.clone();
    dob.year = (dob.year.parse::<i32>().unwrap() - 30).to_string();
    r.child.dob_known = Some(true);
    r.child.dob = dob;
    let messages: Vec<String> = r
        .validate(Section::Child, today())
        .into_iter()
        .map(|e| e.message)
        .collect();
    assert!(
        messages.iter().any(|m| m.contains("18 or over")
            && m.contains("Child Safeguarding Practice Reviews are for children")),
        "{messages:?}"
    );
    assert!(!messages.iter().any(|m| m.contains("Serious Case Review")));
}

#[test]
fn case_records_secured_is_about_all_the_agencies_not_the_last_one() {
    let r = everything(true);
    let part = scr_referral_guide::document::part(&r, Section::Agencies);
    let last = part.groups.last().unwrap();
    assert_eq!(last.heading.as_deref(), Some("All agencies"));
    assert_eq!(last.rows[0].label, "Case records secured");
}

#[test]
fn household_dates_of_birth_read_like_every_other_date() {
    let mut r = everything(true);
    r.household[0].dob_or_age = "9 8 2004".into();
    let part = scr_referral_guide::document::part(&r, Section::Household);
    assert!(part.groups[0]
        .rows
        .iter()
        .any(|row| row.value == "9 August 2004"));
    r.household[0].dob_or_age = "about 30".into();
    let part = scr_referral_guide::document::part(&r, Section::Household);
    assert!(part.groups[0]
        .rows
        .iter()
        .any(|row| row.value == "about 30"));
}
