//! Shared test data: a complete referral in several scripts, and a
//! strategy for arbitrary referrals (any Unicode in every text field).
#![allow(dead_code)]

use chrono::NaiveDate;
use proptest::prelude::*;
use scr_referral_guide::criteria::{Answer, ParallelProcess, QuestionId};
use scr_referral_guide::referral::*;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub fn date(d: &str, m: &str, y: &str) -> DateText {
    DateText {
        day: d.into(),
        month: m.into(),
        year: y.into(),
    }
}

pub fn filled() -> Referral {
    let mut criteria = scr_referral_guide::criteria::Answers::default();
    for (q, a) in [
        (QuestionId::Under18, Answer::Yes),
        (QuestionId::Died, Answer::Yes),
        (QuestionId::AbuseOrNeglect, Answer::Yes),
        (QuestionId::DiedInCustody, Answer::No),
    ] {
        criteria.set(q, a);
    }
    criteria.parallel = Some(vec![]);
    Referral {
        about_you: AboutYou {
            name: "Zoë O'Brien-Łukasiewicz".into(),
            job_title: "Health visitor".into(),
            agency: "Anytown NHS Trust".into(),
            phone: "+44 1632 960 001".into(),
            email: "zoe.obrien@nhs.example".into(),
            referral_date: DateText::from_date(today()),
        },
        dsl: Dsl {
            consulted: Some(Consulted::Yes),
            name: "Ayşe Yılmaz".into(),
            role: "Named nurse".into(),
            date_discussed: date("20", "11", "2026"),
            ..Default::default()
        },
        child: Child {
            name: "Nguyễn Thị Ánh".into(),
            dob_known: Some(true),
            dob: date("1", "6", "2020"),
            address_or_area: "Anytown".into(),
            legal_status: vec![LegalStatus::ChildInNeed],
            open_to_social_care: Some(YesNoNotKnown::Yes),
            incident_date: date("1", "11", "2026"),
            where_and_who_caring: "At home with mother".into(),
            ..Default::default()
        },
        case: Case {
            request: Some(Request::SeriousCaseReview),
            what_happened: "Σοβαρός τραυματισμός".into(),
            why_referring: "Критерии выполнены".into(),
            criteria,
            ..Default::default()
        },
        agencies: vec![AgencyInvolvement {
            agency: "Anytown NHS Trust".into(),
            involvement: "Health visiting since 2020".into(),
            still_involved: Some(true),
            ..Default::default()
        }],
        records_secured: Some(YesNoNotKnown::Yes),
        ..Default::default()
    }
}

pub fn any_text() -> impl Strategy<Value = String> {
    // Mostly short; one in ten longer than a one-line answer may be (200
    // characters), so the limits' errors are generated too.
    prop_oneof![
        9 => proptest::collection::vec(any::<char>(), 0..40),
        1 => proptest::collection::vec(any::<char>(), 190..260),
    ]
    .prop_map(|c| c.into_iter().collect())
}

/// A date box holds at most `draft::DATE_PART_MAX` characters.
fn date_text(t: &[String]) -> DateText {
    let part = |s: &String| {
        s.chars()
            .take(scr_referral_guide::draft::DATE_PART_MAX)
            .collect()
    };
    DateText {
        day: part(&t[0]),
        month: part(&t[1]),
        year: part(&t[2]),
    }
}

/// Any referral: every text field arbitrary Unicode, every choice any
/// value, and up to three rows in each repeatable part.
pub fn any_referral() -> impl Strategy<Value = Referral> {
    (
        proptest::collection::vec(any_text(), 52),
        proptest::collection::vec(proptest::collection::vec(any_text(), 4), 0..4),
        any::<[u8; 17]>(),
    )
        .prop_map(|(t, rows, c)| {
            let yn = |b: u8| match b % 3 {
                0 => None,
                1 => Some(true),
                _ => Some(false),
            };
            let ynk = |b: u8| match b % 4 {
                0 => None,
                1 => Some(YesNoNotKnown::Yes),
                2 => Some(YesNoNotKnown::No),
                _ => Some(YesNoNotKnown::NotKnown),
            };
            // Either rule set; the CSPR-only fields are typed only under it.
            let cspr = c[11] % 2 == 1;
            let mut criteria = scr_referral_guide::criteria::Answers::new(if cspr {
                scr_referral_guide::criteria::RuleSetId::Cspr
            } else {
                scr_referral_guide::criteria::RuleSetId::Scr2006
            });
            criteria.set(
                if cspr {
                    QuestionId::CsprUnder18
                } else {
                    QuestionId::Under18
                },
                [Answer::Yes, Answer::No, Answer::NotSure][c[0] as usize % 3],
            );
            let only_cspr = |text: &String| if cspr { text.clone() } else { String::new() };
            Referral {
                about_you: AboutYou {
                    name: t[0].clone(),
                    job_title: t[1].clone(),
                    agency: t[2].clone(),
                    phone: t[3].clone(),
                    email: t[4].clone(),
                    referral_date: date_text(&t[5..8]),
                },
                dsl: Dsl {
                    consulted: [
                        None,
                        Some(Consulted::IAmTheLead),
                        Some(Consulted::Yes),
                        Some(Consulted::No),
                    ][c[1] as usize % 4],
                    name: t[8].clone(),
                    role: t[9].clone(),
                    date_discussed: date_text(&t[10..13]),
                    why_not: [
                        None,
                        Some(NotConsultedReason::Urgent),
                        Some(NotConsultedReason::Unavailable),
                    ][c[2] as usize % 3],
                    why_not_details: t[13].clone(),
                },
                child: Child {
                    name: t[14].clone(),
                    other_names: t[15].clone(),
                    dob_known: yn(c[3]),
                    dob: date_text(&t[16..19]),
                    approximate_age: t[19].clone(),
                    sex_gender: t[20].clone(),
                    ethnicity: t[21].clone(),
                    address_or_area: t[22].clone(),
                    legal_status: LegalStatus::ALL
                        .iter()
                        .copied()
                        .filter(|l| (c[4] as u32 | (c[12] as u32) << 8) & (1 << (*l as u32)) != 0)
                        .collect(),
                    cp_plan_when: t[23].clone(),
                    cp_plan_category: t[24].clone(),
                    cp_plan_how_long: t[25].clone(),
                    open_to_social_care: ynk(c[5]),
                    lead_worker: t[26].clone(),
                    school_or_setting: t[27].clone(),
                    incident_date: date_text(&t[28..31]),
                    where_and_who_caring: t[31].clone(),
                    health: only_cspr(&t[38]),
                },
                more_children: if cspr {
                    rows.iter()
                        .take(3)
                        .map(|r| OtherChild {
                            name: r[0].clone(),
                            dob_or_age: r[1].clone(),
                            outcome: [
                                None,
                                Some(ChildOutcome::Died),
                                Some(ChildOutcome::SeriouslyHarmed),
                            ][c[1] as usize % 3],
                            sex_gender: r[2].clone(),
                            ethnicity: r[3].clone(),
                            address_or_area: r[0].clone(),
                            normally_lives: r[1].clone(),
                            legal_status: LegalStatus::ALL
                                .iter()
                                .copied()
                                .filter(|l| c[12] as u32 & (1 << (*l as u32)) != 0)
                                .collect(),
                            health: r[2].clone(),
                        })
                        .collect()
                } else {
                    vec![]
                },
                household: rows
                    .iter()
                    .map(|r| HouseholdMember {
                        name: r[0].clone(),
                        relationship: r[1].clone(),
                        dob_or_age: r[2].clone(),
                        address_if_different: r[3].clone(),
                    })
                    .collect(),
                case: Case {
                    request: [
                        None,
                        Some(Request::SeriousCaseReview),
                        Some(Request::OtherLearningReview),
                    ][c[6] as usize % 3],
                    what_happened: t[32].clone(),
                    criteria,
                    why_referring: t[33].clone(),
                    other_children: only_cspr(&t[39]),
                    incident_place: only_cspr(&t[40]),
                    incident_time: only_cspr(&t[41]),
                    normally_lives: only_cspr(&t[42]),
                    agency_aware: if cspr {
                        date_text(&t[43..46])
                    } else {
                        DateText::default()
                    },
                    la_aware: if cspr {
                        date_text(&t[46..49])
                    } else {
                        DateText::default()
                    },
                    la_knows: if cspr { ynk(c[14]) } else { None },
                    la_notified: if cspr { ynk(c[15]) } else { None },
                    immediate_action: only_cspr(&t[49]),
                    linked_cases: only_cspr(&t[50]),
                    media_interest: if cspr { ynk(c[16]) } else { None },
                    supporting_documents: only_cspr(&t[51]),
                    agency_concerns: t[34].clone(),
                    good_practice: t[35].clone(),
                },
                agencies: rows
                    .iter()
                    .map(|r| AgencyInvolvement {
                        agency: r[0].clone(),
                        involvement: r[1].clone(),
                        contact: r[2].clone(),
                        still_involved: yn(c[7]),
                    })
                    .collect(),
                records_secured: ynk(c[8]),
                parallel: ParallelProcess::ALL
                    .iter()
                    .filter(|p| (c[9] as u32 | (c[13] as u32) << 8) & (1 << (**p as u32)) != 0)
                    .map(|p| ParallelEntry {
                        process: *p,
                        reference: t[36].clone(),
                    })
                    .collect(),
                chronology: rows
                    .iter()
                    .map(|r| ChronologyRow {
                        date: date_text(&r[..3]),
                        agency: r[3].clone(),
                        event: t[37].clone(),
                    })
                    .collect(),
                saved: Section::ALL
                    .iter()
                    .copied()
                    .filter(|s| c[10] & (1 << (*s as u8)) != 0)
                    .collect(),
            }
        })
}

/// A death with abuse suspected under the CSPR rules (not looked after,
/// not a care leaver): answers whose outcome is a notification.
#[allow(dead_code)]
pub fn cspr_answers() -> scr_referral_guide::criteria::Answers {
    use scr_referral_guide::criteria::{Answers, RuleSetId};
    let mut a = Answers::new(RuleSetId::Cspr);
    for (q, ans) in [
        (QuestionId::CsprUnder18, Answer::Yes),
        (QuestionId::CsprDied, Answer::Yes),
        (QuestionId::CsprAbuseOrNeglect, Answer::Yes),
        (QuestionId::CsprLookedAfter, Answer::No),
        (QuestionId::CareLeaverDied, Answer::No),
    ] {
        a.set(q, ans);
    }
    a
}
