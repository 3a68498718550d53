//! Dates in words and ISO form, written by hand (a few lines) rather than
//! with chrono's formatting machinery, which would add ~20 KB to the browser
//! build. chrono still does the calendar arithmetic.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

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

/// "23 November 2026" (the GOV.UK style).
pub fn long_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        MONTHS[date.month0() as usize],
        date.year()
    )
}

/// "Monday 23 November 2026".
pub fn long_date_with_weekday(date: NaiveDate) -> String {
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    format!(
        "{} {}",
        DAYS[date.weekday().num_days_from_monday() as usize],
        long_date(date)
    )
}

/// "2026-11-23".
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Parse exactly "YYYY-MM-DD" into a real date.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = &text[range];
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

/// What is wrong with a day/month/year date input, in GOV.UK words. Each
/// names the part to fix (the UI highlights that input).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateInputError {
    /// What is wrong and how to fix it.
    pub message: String,
    /// Which inputs are wrong: any of "day", "month", "year".
    pub parts: Vec<&'static str>,
}

fn date_error(message: String, parts: &[&'static str]) -> DateInputError {
    DateInputError {
        message,
        parts: parts.to_vec(),
    }
}

/// Read a GOV.UK date input (three boxes). `what` names the date for the
/// messages, e.g. "the date the Board was notified". Only real dates with a
/// four-digit year pass; spaces around numbers are ignored.
pub fn parse_date_input(
    day: &str,
    month: &str,
    year: &str,
    what: &str,
) -> Result<NaiveDate, DateInputError> {
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    let missing: Vec<&'static str> = [("day", day), ("month", month), ("year", year)]
        .into_iter()
        .filter(|(_, v)| v.is_empty())
        .map(|(name, _)| name)
        .collect();
    match missing.len() {
        3 => {
            return Err(date_error(
                format!("Enter {what}"),
                &["day", "month", "year"],
            ))
        }
        0 => {}
        _ => {
            let names = missing.join(" and a ");
            return Err(date_error(
                format!("{} must include a {names}", capitalise(what)),
                &missing,
            ));
        }
    }
    let digits = |v: &str| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit());
    if !digits(year) || year.len() != 4 {
        return Err(date_error(
            format!(
                "{} must have a year with 4 numbers, for example 2026",
                capitalise(what)
            ),
            &["year"],
        ));
    }
    let bad: Vec<&'static str> = [("day", day), ("month", month)]
        .into_iter()
        .filter(|(_, v)| !digits(v) || v.len() > 2)
        .map(|(name, _)| name)
        .collect();
    if !bad.is_empty() {
        return Err(date_error(
            format!(
                "{} must be a real date, written in numbers, for example 27 3 2026",
                capitalise(what)
            ),
            &bad,
        ));
    }
    let (d, m, y): (u32, u32, i32) = (
        day.parse().unwrap_or(0),
        month.parse().unwrap_or(0),
        year.parse().unwrap_or(0),
    );
    if y < 1900 {
        return Err(date_error(
            format!(
                "{} must be in 1900 or later, for example 2026",
                capitalise(what)
            ),
            &["year"],
        ));
    }
    if !(1..=12).contains(&m) {
        return Err(date_error(
            format!(
                "{} must be a real date: the month must be from 1 to 12",
                capitalise(what)
            ),
            &["month"],
        ));
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        date_error(
            format!(
                "{} must be a real date: {} {} has no day {d}",
                capitalise(what),
                MONTHS[m as usize - 1],
                y
            ),
            &["day"],
        )
    })
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// A date as typed into a GOV.UK date input: kept as text so that a wrong
/// value is never lost, and read with [`DateText::date`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateText {
    /// The day as typed.
    pub day: String,
    /// The month as typed.
    pub month: String,
    /// The year as typed.
    pub year: String,
}

impl DateText {
    /// The boxes filled with a real date.
    pub fn from_date(date: NaiveDate) -> Self {
        DateText {
            day: date.day().to_string(),
            month: date.month().to_string(),
            year: date.year().to_string(),
        }
    }

    /// Whether all three boxes are empty (spaces aside).
    pub fn is_blank(&self) -> bool {
        self.day.trim().is_empty() && self.month.trim().is_empty() && self.year.trim().is_empty()
    }

    /// The date, or what is wrong with it (`what` names it in messages).
    pub fn date(&self, what: &str) -> Result<NaiveDate, DateInputError> {
        parse_date_input(&self.day, &self.month, &self.year, what)
    }
}
