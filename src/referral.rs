//! The referral form: its model (what the referrer fills in, kept exactly as
//! typed so nothing is ever lost) and its validation (pure functions that
//! return field-level errors saying what is wrong and how to fix it).
//!
//! Sections follow the Board referral forms in the source documents
//! (Buckinghamshire SCB procedure 8.2.12–8.2.24 and Appendix A; Bracknell
//! Forest LSCB guidance, sections B and C and Case Review Notification Form
//! A). The Board's own sections (reference, date received, the review
//! group's recommendation and the Independent Chair's decision) are not
//! filled in by the referrer: [`BOARD_SECTIONS`] names them so that a
//! document can leave them blank.
//!
//! The pages that fill it in are in `src/ui/pages/referral.rs`; drafts and
//! hand-over files are in `crate::draft`.

use crate::criteria::{Answers, ParallelProcess};
pub use crate::dates::DateText;
use crate::validate::is_email;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The longest text accepted in a short field (names, job titles…).
pub const SHORT_TEXT_MAX: usize = 200;
/// The longest text accepted in a long field (what happened, reasons…).
pub const LONG_TEXT_MAX: usize = 10_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum YesNoNotKnown {
    Yes,
    No,
    NotKnown,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AboutYou {
    pub name: String,
    pub job_title: String,
    pub agency: String,
    pub phone: String,
    pub email: String,
    pub referral_date: DateText,
}

/// Why the designated safeguarding lead was not consulted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NotConsultedReason {
    Urgent,
    Unavailable,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dsl {
    pub consulted: Option<bool>,
    pub name: String,
    pub role: String,
    pub date_discussed: DateText,
    pub why_not: Option<NotConsultedReason>,
    pub why_not_details: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegalStatus {
    ChildProtectionPlanNow,
    ChildProtectionPlanBefore,
    ChildInCare,
    ChildInNeed,
    EarlyHelp,
    None,
    NotKnown,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    pub name: String,
    pub other_names: String,
    /// Whether the date of birth is known; if not, `approximate_age` is asked.
    pub dob_known: Option<bool>,
    pub dob: DateText,
    pub approximate_age: String,
    pub sex_gender: String,
    pub ethnicity: String,
    pub address_or_area: String,
    pub legal_status: Vec<LegalStatus>,
    /// For a child protection plan now or before: when, category, how long.
    pub cp_plan_when: String,
    pub cp_plan_category: String,
    pub cp_plan_how_long: String,
    pub open_to_social_care: Option<YesNoNotKnown>,
    pub lead_worker: String,
    pub school_or_setting: String,
    /// The date of death or of the incident that caused serious harm.
    pub incident_date: DateText,
    pub where_and_who_caring: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HouseholdMember {
    pub name: String,
    pub relationship: String,
    pub dob_or_age: String,
    pub address_if_different: String,
}

/// What the referral asks the Board to consider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Request {
    SeriousCaseReview,
    OtherLearningReview,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub request: Option<Request>,
    pub what_happened: String,
    /// The questionnaire's answers (prefilled when the user came from it).
    pub criteria: Answers,
    pub why_referring: String,
    pub agency_concerns: String,
    pub good_practice: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencyInvolvement {
    pub agency: String,
    pub involvement: String,
    pub contact: String,
    pub still_involved: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParallelEntry {
    pub process: ParallelProcess,
    pub reference: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChronologyRow {
    pub date: DateText,
    pub agency: String,
    pub event: String,
}

/// The whole referral as the referrer fills it in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    pub about_you: AboutYou,
    pub dsl: Dsl,
    pub child: Child,
    pub household: Vec<HouseholdMember>,
    pub case: Case,
    pub agencies: Vec<AgencyInvolvement>,
    pub records_secured: Option<YesNoNotKnown>,
    pub parallel: Vec<ParallelEntry>,
    pub chronology: Vec<ChronologyRow>,
    /// Sections the referrer has saved with "Save and continue" (so an
    /// empty but deliberately checked section counts as completed).
    #[serde(default)]
    pub saved: BTreeSet<Section>,
}

/// The Board's own parts of the form, left blank for the Board to complete.
pub const BOARD_SECTIONS: [&str; 3] = [
    "For the Board: reference number and date received",
    "The review group's recommendation",
    "The Independent Chair's decision",
];

/// A problem with one field: its id (as the form's input ids) and a
/// message that says what is wrong and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

fn error(field: impl Into<String>, message: impl Into<String>) -> FieldError {
    FieldError {
        field: field.into(),
        message: message.into(),
    }
}

/// Required short text: present and within the limit.
fn required(errors: &mut Vec<FieldError>, field: &str, value: &str, what: &str) {
    if value.trim().is_empty() {
        errors.push(error(field, format!("Enter {what}")));
    } else {
        length(errors, field, value, what, SHORT_TEXT_MAX);
    }
}

/// Any text: within its limit (counted in characters, never truncated).
pub fn length(errors: &mut Vec<FieldError>, field: &str, value: &str, what: &str, max: usize) {
    let count = value.chars().count();
    if count > max {
        errors.push(error(
            field,
            format!(
                "{} must be {} characters or fewer; it is {}. Shorten it by {}.",
                capitalise(what),
                thousands(max),
                thousands(count),
                thousands(count - max)
            ),
        ));
    }
}

/// A count in the GOV.UK style: 10,000.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The text with its first letter in upper case.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// A UK phone number: digits with optional spaces, brackets and hyphens;
/// 10 or 11 digits starting 0, or +44 followed by 9 or 10 digits.
pub fn is_uk_phone(value: &str) -> bool {
    let compact: String = value
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')'))
        .collect();
    if let Some(rest) = compact.strip_prefix("+44") {
        let rest = rest.strip_prefix('0').unwrap_or(rest);
        (9..=10).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_digit())
    } else {
        compact.starts_with('0')
            && (10..=11).contains(&compact.len())
            && compact.bytes().all(|b| b.is_ascii_digit())
    }
}

/// A date that must be real and not in the future.
fn past_date(
    errors: &mut Vec<FieldError>,
    field: &str,
    value: &DateText,
    what: &str,
    today: NaiveDate,
) -> Option<NaiveDate> {
    match value.date(what) {
        Err(e) => {
            let part = e.parts.first().copied().unwrap_or("day");
            errors.push(error(format!("{field}-{part}"), e.message));
            None
        }
        Ok(date) if date > today => {
            errors.push(error(
                format!("{field}-day"),
                format!("{} must be today or in the past", capitalise(what)),
            ));
            None
        }
        Ok(date) => Some(date),
    }
}

/// The sections of the form, in task-list order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Section {
    AboutYou,
    Dsl,
    Child,
    Household,
    Case,
    Agencies,
    Parallel,
    Chronology,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::AboutYou,
        Section::Dsl,
        Section::Child,
        Section::Household,
        Section::Case,
        Section::Agencies,
        Section::Parallel,
        Section::Chronology,
    ];

    /// The section's name, as in the task list and page heading.
    pub fn title(self) -> &'static str {
        match self {
            Section::AboutYou => "About you",
            Section::Dsl => "Designated safeguarding lead",
            Section::Child => "The child",
            Section::Household => "Family and household",
            Section::Case => "The case",
            Section::Agencies => "Agencies involved",
            Section::Parallel => "Other investigations and reviews",
            Section::Chronology => "Skeleton chronology",
        }
    }

    /// The last part of the section's URL.
    pub fn slug(self) -> &'static str {
        match self {
            Section::AboutYou => "about-you",
            Section::Dsl => "safeguarding-lead",
            Section::Child => "child",
            Section::Household => "household",
            Section::Case => "case",
            Section::Agencies => "agencies",
            Section::Parallel => "other-reviews",
            Section::Chronology => "chronology",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// A section's state in the task list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionStatus {
    NotStarted,
    InProgress,
    Completed,
    HasErrors,
}

impl SectionStatus {
    pub fn label(self) -> &'static str {
        match self {
            SectionStatus::NotStarted => "Not started",
            SectionStatus::InProgress => "In progress",
            SectionStatus::Completed => "Completed",
            SectionStatus::HasErrors => "Has errors",
        }
    }
}

impl Referral {
    /// A new, empty referral dated today.
    pub fn new(today: NaiveDate) -> Self {
        let mut referral = Referral::default();
        referral.about_you.referral_date = DateText::from_date(today);
        referral
    }

    /// True when nothing has been entered in the section (the referral
    /// date, which starts as today, does not count).
    pub fn is_blank(&self, section: Section) -> bool {
        match section {
            Section::AboutYou => {
                let a = &self.about_you;
                [&a.name, &a.job_title, &a.agency, &a.phone, &a.email]
                    .iter()
                    .all(|t| t.trim().is_empty())
            }
            Section::Dsl => self.dsl == Dsl::default(),
            Section::Child => self.child == Child::default(),
            Section::Household => self.household.is_empty(),
            Section::Case => {
                Case {
                    criteria: Answers::default(),
                    ..self.case.clone()
                } == Case::default()
            }
            Section::Agencies => self.agencies.is_empty() && self.records_secured.is_none(),
            Section::Parallel => self.parallel.is_empty(),
            Section::Chronology => self.chronology.is_empty(),
        }
    }

    /// True when nothing at all has been entered or saved.
    pub fn is_empty(&self) -> bool {
        self.saved.is_empty() && Section::ALL.iter().all(|s| self.is_blank(*s))
    }

    /// The section's status: completed once saved without errors; has
    /// errors once saved with errors; otherwise not started or in progress.
    pub fn status(&self, section: Section, today: NaiveDate) -> SectionStatus {
        let saved = self.saved.contains(&section);
        let ok = self.validate(section, today).is_empty();
        match (saved, ok) {
            (true, true) => SectionStatus::Completed,
            (true, false) => SectionStatus::HasErrors,
            (false, _) if self.is_blank(section) => SectionStatus::NotStarted,
            (false, _) => SectionStatus::InProgress,
        }
    }

    /// Every problem in every section, in form order.
    pub fn validate_all(&self, today: NaiveDate) -> Vec<(Section, Vec<FieldError>)> {
        Section::ALL
            .into_iter()
            .map(|s| (s, self.validate(s, today)))
            .filter(|(_, e)| !e.is_empty())
            .collect()
    }

    /// Every problem in one section.
    pub fn validate(&self, section: Section, today: NaiveDate) -> Vec<FieldError> {
        let mut e = Vec::new();
        match section {
            Section::AboutYou => {
                let a = &self.about_you;
                required(&mut e, "name", &a.name, "your name");
                required(&mut e, "job-title", &a.job_title, "your job title");
                required(&mut e, "agency", &a.agency, "your agency");
                if a.phone.trim().is_empty() {
                    e.push(error("phone", "Enter your phone number"));
                } else if !is_uk_phone(&a.phone) {
                    e.push(error("phone", "Enter a UK phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"));
                }
                if a.email.trim().is_empty() {
                    e.push(error("email", "Enter your secure email address"));
                } else if !is_email(a.email.trim()) {
                    e.push(error(
                        "email",
                        "Enter an email address in the correct format, like name@agency.gov.uk",
                    ));
                }
                past_date(
                    &mut e,
                    "referral-date",
                    &a.referral_date,
                    "the date of referral",
                    today,
                );
            }
            Section::Dsl => {
                let d = &self.dsl;
                match d.consulted {
                    None => e.push(error("consulted-yes", "Select yes if you discussed the case with your designated safeguarding lead")),
                    Some(true) => {
                        required(&mut e, "dsl-name", &d.name, "the designated safeguarding lead's name");
                        required(&mut e, "dsl-role", &d.role, "their role");
                        past_date(&mut e, "dsl-date", &d.date_discussed, "the date you discussed the case", today);
                    }
                    Some(false) => {
                        if d.why_not.is_none() {
                            e.push(error("why-not-urgent", "Select why you did not discuss the case with your designated safeguarding lead"));
                        }
                        length(&mut e, "why-not-details", &d.why_not_details, "the details", LONG_TEXT_MAX);
                    }
                }
            }
            Section::Child => self.validate_child(&mut e, today),
            Section::Household => {
                for (i, m) in self.household.iter().enumerate() {
                    let n = i + 1;
                    required(
                        &mut e,
                        &format!("household-{n}-name"),
                        &m.name,
                        &format!("the name of person {n}"),
                    );
                    required(
                        &mut e,
                        &format!("household-{n}-relationship"),
                        &m.relationship,
                        &format!("person {n}'s relationship to the child"),
                    );
                    length(
                        &mut e,
                        &format!("household-{n}-dob"),
                        &m.dob_or_age,
                        "the date of birth or age",
                        SHORT_TEXT_MAX,
                    );
                    length(
                        &mut e,
                        &format!("household-{n}-address"),
                        &m.address_if_different,
                        "the address",
                        SHORT_TEXT_MAX,
                    );
                }
            }
            Section::Case => {
                let c = &self.case;
                if c.request.is_none() {
                    e.push(error(
                        "request-scr",
                        "Select what you are asking the Board to consider",
                    ));
                }
                if c.criteria.outcome().is_none() {
                    e.push(error("criteria", "Answer the questions about the criteria"));
                }
                for (field, value, what, needed) in [
                    ("what-happened", &c.what_happened, "what happened", true),
                    (
                        "why-referring",
                        &c.why_referring,
                        "why you are referring the case",
                        true,
                    ),
                    (
                        "agency-concerns",
                        &c.agency_concerns,
                        "the concerns about how agencies worked together",
                        false,
                    ),
                    (
                        "good-practice",
                        &c.good_practice,
                        "the good practice seen",
                        false,
                    ),
                ] {
                    if needed && value.trim().is_empty() {
                        e.push(error(field, format!("Enter {what}")));
                    }
                    length(&mut e, field, value, what, LONG_TEXT_MAX);
                }
            }
            Section::Agencies => {
                if self.agencies.is_empty() {
                    e.push(error("agency-1-agency", "Add at least one agency involved with the child or family, starting with your own"));
                }
                for (i, a) in self.agencies.iter().enumerate() {
                    let n = i + 1;
                    required(
                        &mut e,
                        &format!("agency-{n}-agency"),
                        &a.agency,
                        &format!("the name of agency {n}"),
                    );
                    if a.involvement.trim().is_empty() {
                        e.push(error(
                            format!("agency-{n}-involvement"),
                            format!("Enter the nature and dates of agency {n}'s involvement"),
                        ));
                    }
                    length(
                        &mut e,
                        &format!("agency-{n}-involvement"),
                        &a.involvement,
                        "the involvement",
                        LONG_TEXT_MAX,
                    );
                    length(
                        &mut e,
                        &format!("agency-{n}-contact"),
                        &a.contact,
                        "the contact",
                        SHORT_TEXT_MAX,
                    );
                    if a.still_involved.is_none() {
                        e.push(error(
                            format!("agency-{n}-still-yes"),
                            format!("Select whether agency {n} is still involved"),
                        ));
                    }
                }
                if self.records_secured.is_none() {
                    e.push(error(
                        "records-yes",
                        "Select whether case records have been secured",
                    ));
                }
            }
            Section::Parallel => {
                for entry in &self.parallel {
                    length(
                        &mut e,
                        &format!("parallel-{}-reference", entry.process.slug()),
                        &entry.reference,
                        "the reference or contact",
                        SHORT_TEXT_MAX,
                    );
                }
            }
            Section::Chronology => {
                for (i, row) in self.chronology.iter().enumerate() {
                    let n = i + 1;
                    past_date(
                        &mut e,
                        &format!("chronology-{n}-date"),
                        &row.date,
                        &format!("the date of event {n}"),
                        today,
                    );
                    required(
                        &mut e,
                        &format!("chronology-{n}-agency"),
                        &row.agency,
                        &format!("the agency for event {n}"),
                    );
                    if row.event.trim().is_empty() {
                        e.push(error(
                            format!("chronology-{n}-event"),
                            format!("Enter what happened at event {n}"),
                        ));
                    }
                    length(
                        &mut e,
                        &format!("chronology-{n}-event"),
                        &row.event,
                        "the event",
                        LONG_TEXT_MAX,
                    );
                }
            }
        }
        e
    }

    fn validate_child(&self, e: &mut Vec<FieldError>, today: NaiveDate) {
        let c = &self.child;
        required(e, "child-name", &c.name, "the child's name");
        length(
            e,
            "child-other-names",
            &c.other_names,
            "other names",
            SHORT_TEXT_MAX,
        );
        let incident = past_date(
            e,
            "incident-date",
            &c.incident_date,
            "the date of the death or incident",
            today,
        );
        match c.dob_known {
            None => e.push(error(
                "dob-known-yes",
                "Select whether you know the child's date of birth",
            )),
            Some(true) => {
                if let Some(dob) = past_date(e, "dob", &c.dob, "the child's date of birth", today) {
                    if let Some(incident) = incident {
                        if dob > incident {
                            e.push(error("dob-day", "The date of birth must be before the date of the death or incident"));
                        } else if dob
                            .checked_add_months(chrono::Months::new(18 * 12))
                            .is_some_and(|eighteen| eighteen <= incident)
                        {
                            e.push(error(
                                "dob-day",
                                "The child was 18 or over at the time of the incident. Serious Case Reviews are for children: see the questionnaire's advice about a Safeguarding Adults Review",
                            ));
                        }
                    }
                }
            }
            Some(false) => required(
                e,
                "approximate-age",
                &c.approximate_age,
                "the child's approximate age",
            ),
        }
        for (field, value, what) in [
            ("sex-gender", &c.sex_gender, "sex or gender"),
            ("ethnicity", &c.ethnicity, "ethnicity"),
            ("lead-worker", &c.lead_worker, "the lead worker"),
            ("school", &c.school_or_setting, "the school or setting"),
            ("cp-when", &c.cp_plan_when, "when the plan was in place"),
            ("cp-category", &c.cp_plan_category, "the category"),
            ("cp-how-long", &c.cp_plan_how_long, "how long"),
        ] {
            length(e, field, value, what, SHORT_TEXT_MAX);
        }
        required(
            e,
            "address",
            &c.address_or_area,
            "the child's address or area",
        );
        if c.legal_status.is_empty() {
            e.push(error(
                "legal-status",
                "Select the child's legal status, or 'Not known'",
            ));
        }
        if c.open_to_social_care.is_none() {
            e.push(error(
                "social-care-yes",
                "Select whether the child is open to children's social care",
            ));
        }
        if c.where_and_who_caring.trim().is_empty() {
            e.push(error(
                "where-who",
                "Enter where the child was and who was caring for them at the time",
            ));
        }
        length(
            e,
            "where-who",
            &c.where_and_who_caring,
            "where the child was and who was caring for them",
            LONG_TEXT_MAX,
        );
    }

    /// The chronology sorted by date (rows without a real date keep their
    /// place at the end, in the order entered).
    pub fn chronology_by_date(&self) -> Vec<ChronologyRow> {
        let mut rows = self.chronology.clone();
        rows.sort_by_key(|r| r.date.date("").ok().map_or((1, NaiveDate::MAX), |d| (0, d)));
        rows
    }
}

impl YesNoNotKnown {
    pub fn label(self) -> &'static str {
        match self {
            YesNoNotKnown::Yes => "Yes",
            YesNoNotKnown::No => "No",
            YesNoNotKnown::NotKnown => "Not known",
        }
    }
}

impl NotConsultedReason {
    pub fn label(self) -> &'static str {
        match self {
            NotConsultedReason::Urgent => "The referral was too urgent to wait",
            NotConsultedReason::Unavailable => "They were not available",
        }
    }
}

impl LegalStatus {
    pub const ALL: [LegalStatus; 7] = [
        LegalStatus::ChildProtectionPlanNow,
        LegalStatus::ChildProtectionPlanBefore,
        LegalStatus::ChildInCare,
        LegalStatus::ChildInNeed,
        LegalStatus::EarlyHelp,
        LegalStatus::None,
        LegalStatus::NotKnown,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LegalStatus::ChildProtectionPlanNow => "Subject to a child protection plan now",
            LegalStatus::ChildProtectionPlanBefore => "Subject to a child protection plan before",
            LegalStatus::ChildInCare => "Looked after (a child in care)",
            LegalStatus::ChildInNeed => "A child in need",
            LegalStatus::EarlyHelp => "Receiving early help",
            LegalStatus::None => "None of these",
            LegalStatus::NotKnown => "Not known",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            LegalStatus::ChildProtectionPlanNow => "cp-now",
            LegalStatus::ChildProtectionPlanBefore => "cp-before",
            LegalStatus::ChildInCare => "in-care",
            LegalStatus::ChildInNeed => "in-need",
            LegalStatus::EarlyHelp => "early-help",
            LegalStatus::None => "none",
            LegalStatus::NotKnown => "not-known",
        }
    }

    /// A child protection plan, now or before (then: when, category, how long).
    pub fn is_plan(self) -> bool {
        matches!(
            self,
            LegalStatus::ChildProtectionPlanNow | LegalStatus::ChildProtectionPlanBefore
        )
    }
}

impl Request {
    pub fn label(self) -> &'static str {
        match self {
            Request::SeriousCaseReview => "Consideration for a Serious Case Review",
            Request::OtherLearningReview => "Consideration for another kind of learning review",
        }
    }
}
