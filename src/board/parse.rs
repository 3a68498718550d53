//! The strict reader of `board.json`, with messages that name the field and
//! say how to fix it.

use super::{
    is_control, is_invisible, plain_address, BoardProfile, Practice, RapidReviewStart, RuleSetId,
    PRACTICE_MAX, PROFILE_FILE,
};
use crate::dates::parse_iso_date;
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::fmt;

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
pub const FIELDS: [&str; 17] = [
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
    "rule_set",
    "rapid_review_start",
    "lead_agreement_required",
    "practice_supporter",
    "practice_events",
    "practice_drafts",
];

impl BoardProfile {
    /// Parse the text of a `board.json`.
    pub fn parse(text: &str) -> Result<Self, ProfileError> {
        // The file's own object is read key by key, so that a key given
        // twice is an error (serde_json would keep the last silently).
        if let Ok(Some(key)) = crate::json_keys::first_duplicate(text) {
            return Err(field_error(
                &key,
                "this field is given more than once. Keep one, with the Board's value: otherwise nobody can tell which one the site uses.",
            ));
        }
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
            rule_set: fields.rule_set()?,
            rapid_review_start: None,
            lead_agreement_required: false,
            practice: Practice {
                supporter: fields.optional_text("practice_supporter")?,
                events: fields.optional_text("practice_events")?,
                drafts: fields.optional_text("practice_drafts")?,
            },
            is_example: false,
        };
        let rapid_review_start = fields.rapid_review_start(profile.rule_set)?;
        let lead_agreement_required = fields.lead_agreement_required(profile.rule_set)?;
        Ok(BoardProfile {
            rapid_review_start,
            lead_agreement_required,
            ..profile
        })
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
        let max = if field == "protective_marking" {
            MARKING_MAX
        } else {
            TEXT_MAX
        };
        self.text_up_to(field, max)
    }

    /// Whether the partnership accepts only referrals its agency's senior
    /// safeguarding lead has agreed: optional (missing means no), a JSON
    /// true or false, and only under the CSPR rules (the SCR form asks
    /// whether the case was discussed, not agreed).
    fn lead_agreement_required(&self, rule_set: RuleSetId) -> Result<bool, ProfileError> {
        const FIELD: &str = "lead_agreement_required";
        match (self.0.get(FIELD), rule_set) {
            (None, _) => Ok(false),
            (Some(Value::Bool(b)), RuleSetId::Cspr) => Ok(*b),
            (Some(Value::Bool(_)), RuleSetId::Scr2006) => Err(field_error(
                FIELD,
                "this field is for the CSPR rules only (\"rule_set\": \"cspr\"): the Serious Case Review form asks whether the case was discussed with the designated safeguarding lead. Remove it.",
            )),
            (Some(other), _) => Err(field_error(
                FIELD,
                format!("this must be true or false, without quotes; it is {}.", kind(other)),
            )),
        }
    }

    /// An optional text field (a practice): missing means not given.
    fn optional_text(&self, field: &str) -> Result<Option<String>, ProfileError> {
        match self.0.get(field) {
            None => Ok(None),
            Some(_) => self.text_up_to(field, PRACTICE_MAX).map(Some),
        }
    }

    fn text_up_to(&self, field: &str, max: usize) -> Result<String, ProfileError> {
        let text = match self.get(field)? {
            Value::String(s) if s.trim().is_empty() => {
                return Err(field_error(
                    field,
                    "this field is empty. Put the Board's own value in quotes.",
                ))
            }
            Value::String(s) => s.trim(),
            other => {
                return Err(field_error(
                    field,
                    format!("this must be text in quotes, but it is {}.", kind(other)),
                ))
            }
        };
        if let Some(c) = text.chars().find(|c| is_control(*c)) {
            return Err(field_error(
                field,
                format!(
                    "this contains a control character (U+{:04X}), which would not print or would change how the text reads. Remove it: write the value on one line, with ordinary spaces.",
                    c as u32
                ),
            ));
        }
        if text.chars().all(is_invisible) {
            return Err(field_error(
                field,
                "this looks blank: it has only spaces or invisible characters (such as a zero-width space). Put the Board's own value in quotes.",
            ));
        }
        let count = text.chars().count();
        if count > max {
            return Err(field_error(
                field,
                format!("this is {count} characters long; it must be {max} or fewer, so that it fits where the site prints it."),
            ));
        }
        Ok(text.to_string())
    }

    fn email(&self, field: &str) -> Result<String, ProfileError> {
        let value = self.text(field)?;
        match plain_address(&value) {
            Ok(()) => Ok(value),
            Err(why) => Err(field_error(
                field,
                format!("\"{value}\" is not an email address on its own: {why}. Write only the plain address, as name@domain, e.g. referrals@board.example.org."),
            )),
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

    /// The rule set: required (never given silently), one the site knows.
    fn rule_set(&self) -> Result<RuleSetId, ProfileError> {
        let names = || {
            RuleSetId::ALL
                .map(|r| format!("\"{}\"", r.name()))
                .join(" or ")
        };
        match self.0.get("rule_set") {
            // Never silently the Serious Case Review rules, which were
            // replaced in England in 2018 to 2020: the profile must say.
            None => Err(field_error(
                "rule_set",
                format!(
                    "this field is missing: say which rules the site follows. Write \"cspr\" for the current arrangements in England (Child Safeguarding Practice Reviews), or \"scr-2006\" for the Serious Case Review rules that applied until 2019 to 2020 (see README.md, \"Rule sets\"). The rule sets are {}.",
                    names()
                ),
            )),
            Some(Value::String(s)) => RuleSetId::from_name(s).ok_or_else(|| {
                field_error(
                    "rule_set",
                    format!("\"{s}\" is not a rule set the site knows. Write {} (see README.md, \"Rule sets\").", names()),
                )
            }),
            Some(other) => Err(field_error(
                "rule_set",
                format!("this must be text in quotes, {}, but it is {}.", names(), kind(other)),
            )),
        }
    }

    /// When the rapid review's clock starts: required for "cspr" (sources
    /// differ, so the partnership must say), not allowed for the SCR rules.
    fn rapid_review_start(
        &self,
        rule_set: RuleSetId,
    ) -> Result<Option<RapidReviewStart>, ProfileError> {
        const FIELD: &str = "rapid_review_start";
        const HOW: &str = "Write \"aware\" (15 working days from the safeguarding partners becoming aware of the incident) or \"notification\" (from the day the notification was sent to the Panel), as the partnership's procedure says.";
        // The rule sets that have a rapid review, by name ("cspr").
        let with: Vec<String> = RuleSetId::ALL
            .into_iter()
            .filter(|r| r.rules().rapid_review_start)
            .map(|r| format!("\"{}\"", r.name()))
            .collect();
        let with = with.join(" or ");
        let name = rule_set.name();
        match (rule_set.rules().rapid_review_start, self.0.get(FIELD)) {
            (false, None) => Ok(None),
            (false, Some(_)) => Err(field_error(
                FIELD,
                format!("this field is for the {with} rule set only: the \"{name}\" rules ({}s) have no rapid review. Remove it, or set \"rule_set\" to {with}.", rule_set.review_name()),
            )),
            (true, None) => Err(field_error(
                FIELD,
                format!("this field is missing, and the \"{name}\" rule set needs it: sources differ on when a rapid review's 15 working days start. {HOW}"),
            )),
            (true, Some(Value::String(s))) => RapidReviewStart::from_name(s)
                .map(Some)
                .ok_or_else(|| field_error(FIELD, format!("\"{s}\" is not one of the two rules. {HOW}"))),
            (true, Some(other)) => Err(field_error(
                FIELD,
                format!("this must be text in quotes, but it is {}. {HOW}", kind(other)),
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

/// The longest protective marking: it is printed centred at the top and
/// bottom of every page.
pub const MARKING_MAX: usize = 60;

/// The longest value of any other text field.
pub const TEXT_MAX: usize = 200;
