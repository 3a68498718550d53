//! The profile as it travels after the generator has checked it: as text
//! fields, one to a hidden span in every tool page, and the same fields in
//! the referral form's message to the PDF worker.

use super::{BoardProfile, Practice, RapidReviewStart, RuleSetId};
use crate::dates::parse_iso_date;

impl BoardProfile {
    /// Each field as text, for a tool page to carry in its HTML and the
    /// referral form to send its PDF worker (read back with
    /// [`BoardProfile::from_text_fields`]): the fields of
    /// [`FIELDS`](super::FIELDS), then "is_example". Lists are comma-separated.
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
                "lead_agreement_required",
                self.lead_agreement_required.to_string(),
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
            lead_agreement_required: get("lead_agreement_required")?.trim() == "true",
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
}
