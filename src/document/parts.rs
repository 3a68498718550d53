//! The referrer's parts of the document, made from the field table
//! (`crate::referral::fields`): every section of the form, each field shown
//! with its document label and its value as typed (a date in words, a
//! choice by its label).

use crate::criteria::Answers;
use crate::referral::fields::{items, Field, Format, Item, Kind, Repeat, Value};
use crate::referral::{DateText, Referral, Section};

/// What an optional field shows when it was left empty.
pub const NOT_GIVEN: &str = "Not given";

/// A label and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The field's label in the document.
    pub label: String,
    /// Its value as typed (a date in words, a choice by its label).
    pub value: String,
}

/// A titled group of rows within a part ("Person 1", "Agency 2").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The group's heading, if the part has several groups.
    pub heading: Option<String>,
    /// Its rows, in the order the form asks them.
    pub rows: Vec<Row>,
}

/// Rows shown as a table (the chronology).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The column headings.
    pub headers: Vec<&'static str>,
    /// One row of cells each.
    pub rows: Vec<Vec<String>>,
}

/// One section of the form as a document part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// The form's section it shows.
    pub section: Section,
    /// Its groups of rows (one, or one per repeated row).
    pub groups: Vec<Group>,
    /// The rows as a table, for the chronology.
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

/// A date in words ("12 April 2026"), or as typed if it is not a real date.
pub fn date(d: &DateText) -> String {
    match d.date("") {
        Ok(date) => crate::dates::long_date(date),
        Err(_) if d.is_blank() => String::new(),
        // Kept as typed, so nothing is lost.
        Err(_) => format!("{}/{}/{}", d.day, d.month, d.year),
    }
}

/// Free text that may be a date: "9 8 2004", "09/08/2004", "9.8.2004",
/// "9-8-2004" (day, month, year) or "2004-08-09" becomes "9 August 2004";
/// anything else ("about 35", "9 August 2004", "2004") is kept as typed,
/// so the document has one format for dates.
pub fn date_or_text(text: &str) -> String {
    let numbers: Vec<&str> = text
        .trim()
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '.' | '-'))
        .filter(|p| !p.is_empty())
        .collect();
    let separators_only = text
        .trim()
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '/' | '.' | '-'));
    if numbers.len() != 3 || !separators_only {
        return text.to_string();
    }
    let (day, month, year) = if numbers[0].len() == 4 {
        (numbers[2], numbers[1], numbers[0])
    } else {
        (numbers[0], numbers[1], numbers[2])
    };
    match crate::dates::parse_date_input(day, month, year, "the date") {
        Ok(date) => crate::dates::long_date(date),
        Err(_) => text.to_string(),
    }
}

/// The criteria answers as the Board needs them: the result and each
/// answer by its short name (the criteria's sources are on the guidance
/// pages, not in the referral).
pub fn criteria_rows(answers: &Answers) -> Vec<Row> {
    let mut rows = vec![row(
        "Result of the criteria questions",
        answers
            .outcome()
            .map(|o| o.headline.to_string())
            .unwrap_or_default(),
    )];
    for q in answers.evaluate().path {
        rows.push(row(
            answers.rules().question(q).short,
            answers.answer_text(q),
        ));
    }
    rows
}

/// A field's value as the document shows it.
fn value(f: &crate::referral::fields::Field, v: &Value) -> String {
    match (f.kind, v) {
        (
            Kind::Text {
                format: Format::DateOrText,
                ..
            },
            Value::Text(t),
        ) => date_or_text(t),
        _ => shown_value(f, v),
    }
}

/// The field the Panel's clock runs from (CSPR rules).
const LA_AWARE: &str = "la-aware";

/// When the local authority should notify the Panel: five working days
/// after it became aware (the calculator's own rule), if that date is given.
fn notify_by(r: &Referral) -> Option<Row> {
    let aware = r.case.la_aware.date("").ok()?;
    let clock = crate::deadlines::cspr::NOTIFY;
    let due = crate::deadlines::BankHolidays::england_and_wales(&[])
        .add_working_days(aware, clock.working_days);
    Some(row(
        format!(
            "The Panel to be notified by ({} working days after the local authority became aware)",
            clock.working_days
        ),
        crate::dates::long_date_with_weekday(due),
    ))
}

/// Every part of the referral, in form order.
pub fn parts(r: &Referral) -> Vec<Part> {
    Section::ALL.into_iter().map(|s| part(r, s)).collect()
}

/// One section as a document part.
pub fn part(r: &Referral, section: Section) -> Part {
    let mut out = Part {
        section,
        groups: Vec::new(),
        table: None,
        empty: None,
    };
    let mut rows = Vec::new();
    let mut after_rows: Option<&'static str> = None;
    for item in items(section) {
        match item {
            Item::Field(f) => match f.kind {
                Kind::Criteria => rows.extend(criteria_rows(&r.case.criteria)),
                Kind::Processes if r.parallel.is_empty() => {
                    out.empty = Some("None that the referrer knows of")
                }
                Kind::Processes => rows.extend(
                    r.parallel
                        .iter()
                        .map(|p| row(p.process.label(), &p.reference)),
                ),
                _ if f.shown(r, 0) => {
                    rows.push(row(f.doc, value(f, &f.get(r, 0))));
                    if f.id == LA_AWARE {
                        rows.extend(notify_by(r));
                    }
                }
                _ => {}
            },
            Item::Repeat(rep) => {
                if !rows.is_empty() {
                    // "Child 1" when children 2 to 4 follow.
                    let numbered = rep.number(0) > 1 && rep.shown(r) && (rep.len)(r) > 0;
                    out.groups.push(Group {
                        heading: numbered.then(|| format!("{} 1", rep.heading)),
                        rows: std::mem::take(&mut rows),
                    });
                }
                repeated(&mut out, r, rep);
                after_rows = Some(rep.then);
            }
        }
    }
    if !rows.is_empty() {
        // Fields after the rows are about all of them ("All agencies").
        let heading = after_rows.filter(|h| !h.is_empty()).map(str::to_string);
        out.groups.push(Group { heading, rows });
    }
    out
}

fn repeated(out: &mut Part, r: &Referral, rep: &Repeat) {
    let count = (rep.len)(r);
    if !rep.shown(r) {
        return;
    }
    if count == 0 {
        out.empty = (!rep.empty.is_empty()).then_some(rep.empty);
        return;
    }
    if rep.table {
        // In date order; rows without a real date last, as entered.
        let mut order: Vec<usize> = (0..count).collect();
        let key = |i: &usize| {
            let date = rep
                .fields
                .iter()
                .find(|f| matches!(f.kind, Kind::Date))
                .map(|f| f.get(r, *i).date());
            date.and_then(|d| d.date("").ok())
                .map_or((1, chrono::NaiveDate::MAX), |d| (0, d))
        };
        order.sort_by_key(key);
        out.table = Some(Table {
            headers: rep.fields.iter().map(|f| f.doc).collect(),
            rows: order
                .into_iter()
                .map(|i| rep.fields.iter().map(|f| value(f, &f.get(r, i))).collect())
                .collect(),
        });
        return;
    }
    for i in 0..count {
        out.groups.push(Group {
            heading: Some(format!("{} {}", rep.heading, rep.number(i))),
            rows: rep
                .fields
                .iter()
                .filter(|f| f.shown(r, i))
                .map(|f| row(f.doc, value(f, &f.get(r, i))))
                .collect(),
        });
    }
}

/// The value a field shows in the document and on the check page: text as
/// typed, a date in words, a choice by its label.
fn shown_value(f: &Field, value: &Value) -> String {
    match (&f.kind, value) {
        (_, Value::Text(t)) => t.clone(),
        (_, Value::Date(d)) => super::date(d),
        (Kind::One { options, .. }, Value::One(Some(slug)))
        | (Kind::Many { options, .. }, Value::One(Some(slug))) => options
            .iter()
            .find(|o| o.slug == *slug)
            .map_or("", |o| o.label)
            .to_string(),
        (Kind::Many { options, .. }, Value::Many(slugs)) => slugs
            .iter()
            .filter_map(|s| options.iter().find(|o| o.slug == *s))
            .map(|o| o.label)
            .collect::<Vec<_>>()
            .join("; "),
        _ => String::new(),
    }
}
