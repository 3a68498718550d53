//! The referrer's parts of the document: every section of the form, each
//! field with its label and its value exactly as typed.

use crate::criteria::{question, Answers};
use crate::referral::{Referral, Section};

/// What an optional field shows when it was left empty.
pub const NOT_GIVEN: &str = "Not given";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub label: String,
    pub value: String,
}

/// A titled group of rows within a part ("Person 1", "Agency 2").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub heading: Option<String>,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

/// One section of the form as a document part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub section: Section,
    pub groups: Vec<Group>,
    pub table: Option<Table>,
    /// Shown when the part has no rows or table at all.
    pub empty: Option<&'static str>,
}

fn row(label: impl Into<String>, value: impl Into<String>) -> Row {
    let value = value.into();
    Row {
        label: label.into(),
        value: if value.trim().is_empty() {
            NOT_GIVEN.to_string()
        } else {
            value
        },
    }
}

fn group(rows: Vec<Row>) -> Group {
    Group {
        heading: None,
        rows,
    }
}

/// A date in words ("12 April 2026"), or as typed if it is not a real date.
pub fn date(d: &crate::referral::DateText) -> String {
    match d.date("") {
        Ok(date) => crate::dates::long_date(date),
        Err(_) if d.is_blank() => String::new(),
        // Kept as typed, so nothing is lost.
        Err(_) => format!("{}/{}/{}", d.day, d.month, d.year),
    }
}

fn yes_no(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "Yes",
        Some(false) => "No",
        None => "",
    }
}

/// The criteria answers: the route, then each question on the path.
pub fn criteria_rows(answers: &Answers) -> Vec<Row> {
    let mut rows = vec![row(
        "Outcome of the criteria questions",
        answers
            .outcome()
            .map(|o| o.headline.to_string())
            .unwrap_or_default(),
    )];
    for q in answers.evaluate().path {
        rows.push(row(question(q).title, answers.answer_text(q)));
    }
    if let Some(outcome) = answers.outcome() {
        rows.push(row(
            "Where the criteria come from",
            crate::sources::describe_all(outcome.citations),
        ));
    }
    rows
}

/// Every part of the referral, in form order.
pub fn parts(r: &Referral) -> Vec<Part> {
    Section::ALL.into_iter().map(|s| part(r, s)).collect()
}

pub fn part(r: &Referral, section: Section) -> Part {
    let mut table = None;
    let mut empty = None;
    let groups = match section {
        Section::AboutYou => {
            let a = &r.about_you;
            vec![group(vec![
                row("Name", &a.name),
                row("Job title", &a.job_title),
                row("Agency", &a.agency),
                row("Phone", &a.phone),
                row("Secure email", &a.email),
                row("Date of referral", date(&a.referral_date)),
            ])]
        }
        Section::Dsl => {
            let d = &r.dsl;
            let mut rows = vec![row(
                "Discussed with the designated safeguarding lead",
                yes_no(d.consulted),
            )];
            match d.consulted {
                Some(true) => rows.extend([
                    row("Their name", &d.name),
                    row("Their role", &d.role),
                    row("Date discussed", date(&d.date_discussed)),
                ]),
                Some(false) => rows.extend([
                    row("Why not", d.why_not.map(|w| w.label()).unwrap_or_default()),
                    row("Details", &d.why_not_details),
                ]),
                None => {}
            }
            vec![group(rows)]
        }
        Section::Child => {
            let c = &r.child;
            let mut rows = vec![
                row("Name", &c.name),
                row("Other names or aliases", &c.other_names),
            ];
            match c.dob_known {
                Some(false) => rows.push(row("Approximate age", &c.approximate_age)),
                _ => rows.push(row("Date of birth", date(&c.dob))),
            }
            rows.extend([
                row("Sex or gender", &c.sex_gender),
                row("Ethnicity", &c.ethnicity),
                row("Address or area", &c.address_or_area),
                row(
                    "Legal status",
                    c.legal_status
                        .iter()
                        .map(|l| l.label())
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            ]);
            if c.legal_status.iter().any(|l| l.is_plan()) {
                rows.extend([
                    row("Child protection plan: when", &c.cp_plan_when),
                    row("Child protection plan: category", &c.cp_plan_category),
                    row("Child protection plan: how long", &c.cp_plan_how_long),
                ]);
            }
            rows.extend([
                row(
                    "Open to children's social care",
                    c.open_to_social_care.map(|v| v.label()).unwrap_or_default(),
                ),
                row("Lead worker", &c.lead_worker),
                row("School or setting", &c.school_or_setting),
                row(
                    "Date of the death or of the incident",
                    date(&c.incident_date),
                ),
                row(
                    "Where the child was and who was caring for them",
                    &c.where_and_who_caring,
                ),
            ]);
            vec![group(rows)]
        }
        Section::Household => {
            if r.household.is_empty() {
                empty = Some("No family or household members added");
            }
            r.household
                .iter()
                .enumerate()
                .map(|(i, m)| Group {
                    heading: Some(format!("Person {}", i + 1)),
                    rows: vec![
                        row("Name", &m.name),
                        row("Relationship to the child", &m.relationship),
                        row("Date of birth or age", &m.dob_or_age),
                        row("Address, if different", &m.address_if_different),
                    ],
                })
                .collect()
        }
        Section::Case => {
            let c = &r.case;
            let mut rows = vec![row(
                "The referral asks for",
                c.request.map(|q| q.label()).unwrap_or_default(),
            )];
            rows.push(row("What happened", &c.what_happened));
            rows.extend(criteria_rows(&c.criteria));
            rows.extend([
                row("Why you are referring", &c.why_referring),
                row(
                    "Concerns about how agencies worked together",
                    &c.agency_concerns,
                ),
                row("Good practice seen", &c.good_practice),
            ]);
            vec![group(rows)]
        }
        Section::Agencies => {
            let mut groups: Vec<Group> = r
                .agencies
                .iter()
                .enumerate()
                .map(|(i, a)| Group {
                    heading: Some(format!("Agency {}", i + 1)),
                    rows: vec![
                        row("Agency", &a.agency),
                        row("Nature and dates of involvement", &a.involvement),
                        row("Contact", &a.contact),
                        row("Still involved", yes_no(a.still_involved)),
                    ],
                })
                .collect();
            groups.push(group(vec![row(
                "Case records secured",
                r.records_secured.map(|v| v.label()).unwrap_or_default(),
            )]));
            groups
        }
        Section::Parallel => {
            if r.parallel.is_empty() {
                empty = Some("None that the referrer knows of");
                vec![]
            } else {
                vec![group(
                    r.parallel
                        .iter()
                        .map(|p| row(p.process.label(), &p.reference))
                        .collect(),
                )]
            }
        }
        Section::Chronology => {
            if r.chronology.is_empty() {
                empty = Some("No events added");
            } else {
                table = Some(Table {
                    headers: vec!["Date", "Agency", "Event"],
                    rows: r
                        .chronology_by_date()
                        .iter()
                        .map(|c| vec![date(&c.date), c.agency.clone(), c.event.clone()])
                        .collect(),
                });
            }
            vec![]
        }
    };
    Part {
        section,
        groups,
        table,
        empty,
    }
}
