//! The profile as it travels after the generator has checked it: as text
//! fields in a tool page's hidden spans (what every page carries), and as
//! JSON in the message to the PDF worker.

use super::{BoardProfile, Practice, ProfileError, RapidReviewStart, RuleSetId, PRACTICE_FIELDS};
use crate::dates::parse_iso_date;
use serde_json::{Map, Value};

impl BoardProfile {
    /// The profile as JSON, for the referral tool's message to the PDF
    /// worker (read back there with [`BoardProfile::from_embedded`]): the
    /// profile's fields and whether it is the example. Every `<` is
    /// escaped, so the text is safe inside HTML too.
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
        fields.insert("rule_set".into(), text(&self.rule_set.name().to_string()));
        if let Some(start) = self.rapid_review_start {
            fields.insert("rapid_review_start".into(), text(&start.name().to_string()));
        }
        for (field, _, get) in PRACTICE_FIELDS {
            if let Some(value) = get(&self.practice) {
                fields.insert(field.into(), text(value));
            }
        }
        let mut outer = Map::new();
        outer.insert("is_example".into(), Value::Bool(self.is_example));
        outer.insert("profile".into(), Value::Object(fields));
        Value::Object(outer).to_string().replace('<', "\\u003c")
    }

    /// Each field as text, for a tool page to carry in its HTML (read back
    /// with [`BoardProfile::from_text_fields`]): the fields of [`FIELDS`](super::FIELDS),
    /// then "is_example". Lists are comma-separated.
    pub fn text_fields(&self) -> Vec<(&'static str, String)> {
        let holidays: Vec<String> = self
            .extra_bank_holidays
            .iter()
            .map(|d| crate::dates::iso_date(*d))
            .collect();
        vec![
            ("name", self.name.clone()),
            ("short_name", self.short_name.clone()),
            ("secure_mailbox", self.secure_mailbox.clone()),
            ("business_office_phone", self.business_office_phone.clone()),
            ("business_office_email", self.business_office_email.clone()),
            ("review_group_name", self.review_group_name.clone()),
            ("referral_form_name", self.referral_form_name.clone()),
            (
                "draft_retention_days",
                self.draft_retention_days.to_string(),
            ),
            ("protective_marking", self.protective_marking.clone()),
            ("referral_deadline", self.referral_deadline.clone()),
            ("extra_bank_holidays", holidays.join(",")),
            ("rule_set", self.rule_set.name().to_string()),
            (
                "rapid_review_start",
                self.rapid_review_start
                    .map(RapidReviewStart::name)
                    .unwrap_or("")
                    .to_string(),
            ),
            (
                "practice_supporter",
                self.practice.supporter.clone().unwrap_or_default(),
            ),
            (
                "practice_events",
                self.practice.events.clone().unwrap_or_default(),
            ),
            (
                "practice_drafts",
                self.practice.drafts.clone().unwrap_or_default(),
            ),
            ("is_example", self.is_example.to_string()),
        ]
    }

    /// The profile from the fields a page carries (see
    /// [`BoardProfile::text_fields`]). The generator checked the profile,
    /// so this only reads it: `None` if a field is missing or unreadable.
    /// (An empty field may arrive as a space: the HTML renderer writes one.)
    pub fn from_text_fields(get: impl Fn(&str) -> Option<String>) -> Option<Self> {
        Some(BoardProfile {
            name: get("name")?,
            short_name: get("short_name")?,
            secure_mailbox: get("secure_mailbox")?,
            business_office_phone: get("business_office_phone")?,
            business_office_email: get("business_office_email")?,
            review_group_name: get("review_group_name")?,
            referral_form_name: get("referral_form_name")?,
            draft_retention_days: get("draft_retention_days")?.parse().ok()?,
            protective_marking: get("protective_marking")?,
            referral_deadline: get("referral_deadline")?,
            extra_bank_holidays: get("extra_bank_holidays")?
                .split(',')
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(parse_iso_date)
                .collect::<Option<Vec<_>>>()?,
            rule_set: RuleSetId::from_name(get("rule_set")?.trim())?,
            rapid_review_start: match get("rapid_review_start")?.trim() {
                "" => None,
                name => Some(RapidReviewStart::from_name(name)?),
            },
            practice: {
                let given = |field: &str| {
                    get(field)
                        .map(|v| v.trim().to_string())
                        .filter(|v| !v.is_empty())
                };
                Practice {
                    supporter: given("practice_supporter"),
                    events: given("practice_events"),
                    drafts: given("practice_drafts"),
                }
            },
            is_example: get("is_example")? == "true",
        })
    }

    /// Read the profile the PDF worker is sent (see [`BoardProfile::embed`]),
    /// with the same checks as `board.json` itself.
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
}
