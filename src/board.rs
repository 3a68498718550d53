//! The Board profile: everything that differs from one Local Safeguarding
//! Children Board to another (name, secure mailbox, the name of its review
//! group, …). Read at start-up from `board.json` beside `index.html`; when
//! that file is absent, the compiled-in example in
//! `content/example-board.json` is used and the site says so on every page.
//!
//! Parsing never falls back silently: a malformed or incomplete file gives a
//! [`ProfileError`] naming the file, the field and what is wrong.

use crate::dates::parse_iso_date;
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::fmt;

/// The file name the site looks for, beside `index.html`.
pub const PROFILE_FILE: &str = "board.json";

const EXAMPLE_PROFILE: &str = include_str!("../content/example-board.json");

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardProfile {
    /// Full name, e.g. "Anytown Safeguarding Children Board".
    pub name: String,
    /// Short name or initials, e.g. "ASCB".
    pub short_name: String,
    /// The secure mailbox that referrals are sent to.
    pub secure_mailbox: String,
    /// The Board business office's phone number.
    pub business_office_phone: String,
    /// The Board business office's email address.
    pub business_office_email: String,
    /// The group that considers referrals, e.g. "SCR Sub Group".
    pub review_group_name: String,
    /// What the Board calls its referral form, e.g. "SCR referral form".
    pub referral_form_name: String,
    /// How many days a draft kept on the device may be kept (1 to 90).
    pub draft_retention_days: u32,
    /// The protective marking printed on the referral, e.g. OFFICIAL-SENSITIVE.
    pub protective_marking: String,
    /// When the Board asks for the referral, in words: "as soon as possible",
    /// "within 24 hours of discussing the case with your designated lead".
    pub referral_deadline: String,
    /// Extra non-working days (e.g. a local substitute holiday). Optional.
    pub extra_bank_holidays: Vec<NaiveDate>,
    /// True only for the compiled-in example profile.
    pub is_example: bool,
}

/// What went wrong reading the profile, said so that whoever maintains the
/// Board's copy of the site can fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileError {
    /// The field at fault, when the fault is in one field.
    pub field: Option<String>,
    /// What is wrong and how to fix it, in plain English.
    pub message: String,
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{PROFILE_FILE}, field `{field}`: {}", self.message),
            None => write!(f, "{PROFILE_FILE}: {}", self.message),
        }
    }
}

impl std::error::Error for ProfileError {}

fn field_error(field: &str, message: impl Into<String>) -> ProfileError {
    ProfileError {
        field: Some(field.to_string()),
        message: message.into(),
    }
}

/// Every field a profile may have, in the order the README documents them.
pub const FIELDS: [&str; 11] = [
    "name",
    "short_name",
    "secure_mailbox",
    "business_office_phone",
    "business_office_email",
    "review_group_name",
    "referral_form_name",
    "draft_retention_days",
    "protective_marking",
    "referral_deadline",
    "extra_bank_holidays",
];

impl BoardProfile {
    /// The compiled-in example profile.
    pub fn example() -> Self {
        let Ok(mut profile) = Self::parse(EXAMPLE_PROFILE) else {
            panic!("content/example-board.json is valid (see tests/board.rs)");
        };
        profile.is_example = true;
        profile
    }

    /// The profile as the generator writes it into each tool page (in a
    /// `<script type="application/json">` element): the profile's fields
    /// and whether it is the example. Every `<` is escaped, so no value can
    /// end the element.
    pub fn embed(&self) -> String {
        let mut fields = Map::new();
        let text = |v: &String| Value::String(v.clone());
        fields.insert("name".into(), text(&self.name));
        fields.insert("short_name".into(), text(&self.short_name));
        fields.insert("secure_mailbox".into(), text(&self.secure_mailbox));
        fields.insert(
            "business_office_phone".into(),
            text(&self.business_office_phone),
        );
        fields.insert(
            "business_office_email".into(),
            text(&self.business_office_email),
        );
        fields.insert("review_group_name".into(), text(&self.review_group_name));
        fields.insert("referral_form_name".into(), text(&self.referral_form_name));
        fields.insert(
            "draft_retention_days".into(),
            Value::from(self.draft_retention_days),
        );
        fields.insert("protective_marking".into(), text(&self.protective_marking));
        fields.insert("referral_deadline".into(), text(&self.referral_deadline));
        fields.insert(
            "extra_bank_holidays".into(),
            Value::Array(
                self.extra_bank_holidays
                    .iter()
                    .map(|d| Value::String(crate::dates::iso_date(*d)))
                    .collect(),
            ),
        );
        let mut outer = Map::new();
        outer.insert("is_example".into(), Value::Bool(self.is_example));
        outer.insert("profile".into(), Value::Object(fields));
        Value::Object(outer).to_string().replace('<', "\\u003c")
    }

    /// Read the profile a page carries (see [`BoardProfile::embed`]), with
    /// the same checks as `board.json` itself.
    pub fn from_embedded(text: &str) -> Result<Self, ProfileError> {
        let value: Value = serde_json::from_str(text).map_err(|e| ProfileError {
            field: None,
            message: format!("the page's copy of the profile is damaged ({e})"),
        })?;
        let is_example = value
            .get("is_example")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let profile = value.get("profile").cloned().unwrap_or(Value::Null);
        let mut parsed = Self::parse(&profile.to_string())?;
        parsed.is_example = is_example;
        Ok(parsed)
    }

    /// Parse the text of a `board.json`.
    pub fn parse(text: &str) -> Result<Self, ProfileError> {
        let value: Value = serde_json::from_str(text).map_err(|e| ProfileError {
            field: None,
            message: format!(
                "the file is not valid JSON (line {}, column {}: {}). Check the quotes, commas and braces against deploy/board.example.json.",
                e.line(),
                e.column(),
                e.to_string().split(" at line").next().unwrap_or_default()
            ),
        })?;
        let Value::Object(table) = value else {
            return Err(ProfileError {
                field: None,
                message: "the file must be one JSON object: { \"name\": \"…\", … }.".into(),
            });
        };
        if let Some(unknown) = table.keys().find(|k| !FIELDS.contains(&k.as_str())) {
            return Err(field_error(
                unknown,
                format!(
                    "this is not a field the site knows. Check its spelling; the fields are: {}.",
                    FIELDS.join(", ")
                ),
            ));
        }
        let fields = Fields(&table);
        let profile = BoardProfile {
            name: fields.text("name")?,
            short_name: fields.text("short_name")?,
            secure_mailbox: fields.email("secure_mailbox")?,
            business_office_phone: fields.text("business_office_phone")?,
            business_office_email: fields.email("business_office_email")?,
            review_group_name: fields.text("review_group_name")?,
            referral_form_name: fields.text("referral_form_name")?,
            draft_retention_days: fields.days("draft_retention_days")?,
            protective_marking: fields.text("protective_marking")?,
            referral_deadline: fields.text("referral_deadline")?,
            extra_bank_holidays: fields.dates("extra_bank_holidays")?,
            is_example: false,
        };
        Ok(profile)
    }
}

/// Typed access to the profile's fields with messages that say how to fix them.
struct Fields<'a>(&'a Map<String, Value>);

fn kind(value: &Value) -> &'static str {
    match value {
        Value::String(_) => "text",
        Value::Number(n) if n.is_u64() || n.is_i64() => "a whole number",
        Value::Number(_) => "a decimal number",
        Value::Bool(_) => "true/false",
        Value::Null => "null",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

impl Fields<'_> {
    fn get(&self, field: &str) -> Result<&Value, ProfileError> {
        self.0.get(field).ok_or_else(|| {
            field_error(
                field,
                "this field is missing. Add it: every field is required (see README.md).",
            )
        })
    }

    fn text(&self, field: &str) -> Result<String, ProfileError> {
        match self.get(field)? {
            Value::String(s) if s.trim().is_empty() => Err(field_error(
                field,
                "this field is empty. Put the Board's own value in quotes.",
            )),
            Value::String(s) => Ok(s.trim().to_string()),
            other => Err(field_error(
                field,
                format!("this must be text in quotes, but it is {}.", kind(other)),
            )),
        }
    }

    fn email(&self, field: &str) -> Result<String, ProfileError> {
        let value = self.text(field)?;
        if crate::validate::is_email(&value) {
            Ok(value)
        } else {
            Err(field_error(
                field,
                format!("\"{value}\" is not an email address. Write it as name@domain, e.g. referrals@board.example.org."),
            ))
        }
    }

    fn days(&self, field: &str) -> Result<u32, ProfileError> {
        match self.get(field)? {
            Value::Number(n) if n.as_u64().is_some_and(|n| (1..=90).contains(&n)) => {
                Ok(n.as_u64().unwrap_or(0) as u32)
            }
            Value::Number(n) if n.is_i64() || n.is_u64() => Err(field_error(
                field,
                format!("{n} is out of range. Give a whole number of days from 1 to 90."),
            )),
            other => Err(field_error(
                field,
                format!(
                    "this must be a whole number of days from 1 to 90 (no quotes), but it is {}.",
                    kind(other)
                ),
            )),
        }
    }

    /// An optional list of dates: missing means none.
    fn dates(&self, field: &str) -> Result<Vec<NaiveDate>, ProfileError> {
        let Some(value) = self.0.get(field) else {
            return Ok(Vec::new());
        };
        let Value::Array(items) = value else {
            return Err(field_error(
                field,
                "this must be a list of dates, e.g. [\"2027-12-27\"], or [] for none.",
            ));
        };
        items
            .iter()
            .map(|item| {
                let Value::String(text) = item else {
                    return Err(field_error(
                        field,
                        format!("each entry must be a date like \"2027-12-27\", but one is {}.", kind(item)),
                    ));
                };
                parse_iso_date(text).ok_or_else(|| {
                    field_error(
                        field,
                        format!("\"{text}\" is not a real date. Write dates as year-month-day, e.g. \"2027-12-27\"."),
                    )
                })
            })
            .collect()
    }
}
