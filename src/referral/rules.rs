//! Validation: pure functions returning field-level errors that say what is
//! wrong and how to fix it. First every field's own checks, from the field
//! table (required, limit, format, a real date not in the future, a choice
//! made, exclusive options alone), then the rules that relate fields.

use super::fields::{items, Field, Format, Item, Kind};
use super::model::*;
use super::text::{capitalise, is_uk_phone, thousands};
use crate::criteria::RuleSetId;
use crate::dates::long_date;
use crate::validate::is_email;
use chrono::NaiveDate;

/// A problem with one field: its input id and a message that says what is
/// wrong and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The id of the input at fault (its first box for a date or choice).
    pub field: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

fn error(field: impl Into<String>, message: impl Into<String>) -> FieldError {
    FieldError {
        field: field.into(),
        message: message.into(),
    }
}

/// Text over its limit: counted in characters, never cut short.
pub fn length_message(what: &str, max: usize, count: usize) -> String {
    format!(
        "{} must be {} characters or fewer; it is {}. Shorten it by {}.",
        capitalise(what),
        thousands(max),
        thousands(count),
        thousands(count - max)
    )
}

/// Every problem in one section, in the order its fields are asked.
pub fn validate(r: &Referral, section: Section, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for item in items(section) {
        match item {
            Item::Field(f) => check(&mut errors, r, f, 0, today),
            Item::Repeat(rep) => {
                let rows = (rep.len)(r);
                if rows > rep.max && rep.shown(r) {
                    errors.push(error(
                        rep.fields[0].error_id(0),
                        format!(
                            "There are {} {}; the most is {}. Remove {}.",
                            rep.number(rows - 1),
                            rep.plural,
                            rep.most(),
                            rows - rep.max
                        ),
                    ));
                }
                for row in 0..rows {
                    for f in rep.fields {
                        check(&mut errors, r, f, row, today);
                    }
                }
            }
        }
    }
    relations(&mut errors, r, section, today);
    errors
}

/// One field's own checks.
fn check(errors: &mut Vec<FieldError>, r: &Referral, f: &Field, row: usize, today: NaiveDate) {
    if !f.shown(r, row) {
        return;
    }
    let what = f.what_in(row);
    let id = f.id_in(row);
    let value = f.get(r, row);
    match f.kind {
        Kind::Text { format, .. } => {
            let text = value.text();
            if text.trim().is_empty() {
                if f.required {
                    errors.push(error(&id, format!("Enter {what}")));
                }
                return;
            }
            let count = text.chars().count();
            if count > f.max {
                errors.push(error(&id, length_message(&what, f.max, count)));
            } else if format == Format::Phone && !is_uk_phone(&text) {
                errors.push(error(&id, "Enter a UK phone number, like 01632 960 001, 07700 900 982 or 01632 960 000 ext 4521"));
            } else if format == Format::Email && !is_email(text.trim()) {
                errors.push(error(
                    &id,
                    "Enter an email address in the correct format, like name@agency.gov.uk",
                ));
            }
        }
        Kind::LongText => {
            let text = value.text();
            if f.required && text.trim().is_empty() {
                errors.push(error(&id, format!("Enter {what}")));
            }
            let count = super::length_as_read(&text);
            if count > f.max {
                let mut message = length_message(&what, f.max, count);
                if text.contains('\n') {
                    message.push_str(" Each line break counts as the rest of its line.");
                }
                errors.push(error(&id, message));
            }
        }
        Kind::Date => {
            let date = value.date();
            if date.is_blank() && !f.required {
                return;
            }
            past_date(errors, &id, &date, &what, today);
        }
        Kind::One { options, .. } => {
            // An answer this question does not offer (from a file made
            // under the other rule set's wording) is asked again.
            let offered = value
                .one()
                .is_none_or(|v| options.iter().any(|o| o.slug == v));
            if f.required && value.is_blank() || !offered {
                errors.push(error(f.error_id(row), format!("Select {what}")));
            }
        }
        Kind::Many { options, exclusive } => {
            let chosen = value.many();
            if f.required && chosen.is_empty() {
                errors.push(error(&id, format!("Select {what}")));
            } else if chosen.len() > 1 {
                if let Some(alone) = chosen.iter().find(|c| exclusive.contains(c)) {
                    let label = options
                        .iter()
                        .find(|o| o.slug == *alone)
                        .map_or("", |o| o.label);
                    errors.push(error(
                        &id,
                        format!("'{label}' cannot be selected with other answers: select it on its own, or only the answers that apply"),
                    ));
                }
            }
        }
        Kind::Criteria => {
            if r.case.criteria.outcome().is_none() {
                errors.push(error(&id, "Answer the questions about the criteria"));
            }
        }
        Kind::Processes => {
            for entry in &r.parallel {
                let count = entry.reference.chars().count();
                if count > f.max {
                    errors.push(error(
                        format!("parallel-{}-reference", entry.process.slug()),
                        length_message(
                            &format!(
                                "the reference for {}",
                                entry.process.label().to_ascii_lowercase()
                            ),
                            f.max,
                            count,
                        ),
                    ));
                }
            }
        }
    }
}

/// A real date, not in the future. Returns it when it is.
fn past_date(
    errors: &mut Vec<FieldError>,
    id: &str,
    value: &DateText,
    what: &str,
    today: NaiveDate,
) -> Option<NaiveDate> {
    match value.date(what) {
        Err(e) => {
            let part = e.parts.first().copied().unwrap_or("day");
            errors.push(error(format!("{id}-{part}"), e.message));
            None
        }
        Ok(date) if date > today => {
            errors.push(error(
                format!("{id}-day"),
                format!("{} must be today or in the past", capitalise(what)),
            ));
            None
        }
        Ok(date) => Some(date),
    }
}

/// A date field's value, if it is a real date.
fn real(value: &DateText) -> Option<NaiveDate> {
    value.date("").ok()
}

/// The rules that relate fields to each other.
fn relations(errors: &mut Vec<FieldError>, r: &Referral, section: Section, today: NaiveDate) {
    let referral = real(&r.about_you.referral_date);
    let incident = real(&r.child.incident_date);
    let already =
        |errors: &Vec<FieldError>, id: &str| errors.iter().any(|e| e.field.starts_with(id));
    match section {
        Section::AboutYou => {
            if let Some(date) = referral {
                let year_ago = today
                    .checked_sub_months(chrono::Months::new(12))
                    .unwrap_or(today);
                if date < year_ago && !already(errors, "referral-date") {
                    errors.push(error(
                        "referral-date-day",
                        "The date of referral must be within the last 12 months: it is usually today's date",
                    ));
                }
            }
        }
        Section::Dsl => {
            // The same date, asked as "discussed" (SCR) or "agreed" (CSPR).
            let (id, what) = match r.case.criteria.rule_set {
                RuleSetId::Scr2006 => ("dsl-date", "The date you discussed the case"),
                RuleSetId::Cspr => ("agreed-date", "The date they agreed the referral"),
            };
            if r.dsl.consulted != Some(Consulted::Yes) || already(errors, id) {
                return;
            }
            let Some(discussed) = real(&r.dsl.date_discussed) else {
                return;
            };
            let day = format!("{id}-day");
            if let Some(referral) = referral.filter(|d| discussed > *d) {
                errors.push(error(
                    day.clone(),
                    format!(
                        "{what} must be on or before the date of referral, {}",
                        long_date(referral)
                    ),
                ));
            } else if let Some(incident) = incident.filter(|d| discussed < *d) {
                errors.push(error(
                    day.clone(),
                    format!(
                        "{what} must be on or after the date of the death or incident, {}",
                        long_date(incident)
                    ),
                ));
            }
        }
        Section::Child => {
            if let (Some(incident), Some(referral)) = (incident, referral) {
                if incident > referral && !already(errors, "incident-date") {
                    errors.push(error(
                        "incident-date-day",
                        format!("The date of the death or incident must be on or before the date of referral, {}", long_date(referral)),
                    ));
                }
            }
            if r.child.dob_known != Some(true) || already(errors, "dob") {
                return;
            }
            if let (Some(dob), Some(incident)) = (real(&r.child.dob), incident) {
                if dob > incident {
                    errors.push(error(
                        "dob-day",
                        "The date of birth must be before the date of the death or incident",
                    ));
                } else if dob
                    .checked_add_months(chrono::Months::new(18 * 12))
                    .is_some_and(|eighteen| eighteen <= incident)
                {
                    errors.push(error(
                        "dob-day",
                        format!(
                            "The child was 18 or over at the time of the incident. {}s are for children: see the questionnaire's advice about other reviews",
                            r.case.criteria.rule_set.review_name()
                        ),
                    ));
                }
            }
        }
        Section::Agencies => {
            if r.agencies.is_empty() {
                errors.insert(
                    0,
                    error("agency-1-agency", "Add at least one agency involved with the child or family, starting with your own"),
                );
            }
        }
        Section::Household | Section::Case | Section::Parallel | Section::Chronology => {}
    }
}
