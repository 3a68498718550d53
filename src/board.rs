//! The Board (or safeguarding partnership) profile: everything that differs
//! from one to another (name, secure mailbox, the name of its review group,
//! the rule set it follows, …). The site generator reads it (`--board
//! board.json`) and builds it into every page; without one, a compiled-in
//! example (`content/example-board.json`, or with `--example cspr`
//! `content/example-partnership.json`) is used and every page says so.
//!
//! Parsing never falls back silently: a malformed or incomplete file gives a
//! [`ProfileError`] naming the file, the field and what is wrong. It is
//! strict because every value is printed on pages and referrals or put in
//! a mail link: a key given twice, a control character, text that only
//! looks blank (a zero-width space) or a mailbox that is more than a plain
//! address (`?bcc=…`, `#…`, `%0D%0A…`) is an error.

use crate::dates::parse_iso_date;
pub use crate::rule_set::RuleSetId;
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::fmt;

/// The file name the site looks for, beside `index.html`.
pub const PROFILE_FILE: &str = "board.json";

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
    /// The rules the site follows: Serious Case Reviews ("scr-2006", the
    /// default) or Child Safeguarding Practice Reviews ("cspr").
    pub rule_set: RuleSetId,
    /// When the partnership counts the rapid review's 15 working days from
    /// (sources differ): required for "cspr", not allowed otherwise.
    pub rapid_review_start: Option<RapidReviewStart>,
    /// The partnership's own practice on what staff may ask before a
    /// review, each in a sentence or two; the guidance says "ask the
    /// business office" where one is not given. Optional.
    pub practice: Practice,
    /// True only for a compiled-in example profile.
    pub is_example: bool,
}

/// What a Board or partnership decides for itself about staff in a review
/// (no statute or guidance settles it), in its own words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Practice {
    /// Whether staff may bring someone with them (profile field
    /// `practice_supporter`; fills `{practice_supporter}`).
    pub supporter: Option<String>,
    /// Whether there are events for the practitioners involved
    /// (`practice_events`; fills `{practice_events}`).
    pub events: Option<String>,
    /// Whether staff see and comment on drafts (`practice_drafts`; fills
    /// `{practice_drafts}`).
    pub drafts: Option<String>,
}

/// The practice fields: profile field, placeholder, and how to read it.
pub const PRACTICE_FIELDS: [(&str, &str, fn(&Practice) -> &Option<String>); 3] = [
    ("practice_supporter", "{practice_supporter}", |p| &p.supporter),
    ("practice_events", "{practice_events}", |p| &p.events),
    ("practice_drafts", "{practice_drafts}", |p| &p.drafts),
];

/// The longest a practice field may be (characters).
pub const PRACTICE_MAX: usize = 600;

/// What the guidance says where the profile gives no practice of its own.
pub const PRACTICE_UNKNOWN: &str = "{board_short} decides this for each review. Ask its business office: phone {office_phone} or email {office_email}.";

/// When a rapid review's 15 working days start. Sources differ, so the
/// partnership's profile says which rule it follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RapidReviewStart {
    /// From the day the safeguarding partners became aware of the incident
    /// (profile value "aware").
    Aware,
    /// From the day the notification was sent to the Panel (profile value
    /// "notification").
    Notification,
}

impl RapidReviewStart {
    /// Both rules.
    pub const ALL: [RapidReviewStart; 2] =
        [RapidReviewStart::Aware, RapidReviewStart::Notification];

    /// Its value in a profile.
    pub fn name(self) -> &'static str {
        match self {
            RapidReviewStart::Aware => "aware",
            RapidReviewStart::Notification => "notification",
        }
    }

    /// The rule with this profile value.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.name() == name)
    }

    /// The day the count starts from, in words (fills `{rapid_review_start}`).
    pub fn words(self) -> &'static str {
        match self {
            RapidReviewStart::Aware => {
                "the day the safeguarding partners became aware of the incident"
            }
            RapidReviewStart::Notification => "the day the notification was sent to the Panel",
        }
    }
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
pub const FIELDS: [&str; 16] = [
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
    "practice_supporter",
    "practice_events",
    "practice_drafts",
];

impl BoardProfile {
    /// The compiled-in example profile (a Board, Serious Case Review rules).
    pub fn example() -> Self {
        Self::example_for(RuleSetId::default())
    }

    /// The compiled-in example profile for a rule set: a Board
    /// (content/example-board.json) or a safeguarding partnership
    /// (content/example-partnership.json).
    pub fn example_for(rule_set: RuleSetId) -> Self {
        let example = &rule_set.rules().example;
        let (file, text) = (example.file, example.json);
        let Ok(mut profile) = Self::parse(text) else {
            panic!("content/{file} is valid (see tests/board.rs)");
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
    /// with [`BoardProfile::from_text_fields`]): the fields of [`FIELDS`],
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
            practice: Practice {
                supporter: fields.optional_text("practice_supporter")?,
                events: fields.optional_text("practice_events")?,
                drafts: fields.optional_text("practice_drafts")?,
            },
            is_example: false,
        };
        let rapid_review_start = fields.rapid_review_start(profile.rule_set)?;
        Ok(BoardProfile {
            rapid_review_start,
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

    /// The rule set: optional, "scr-2006" when missing.
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

/// A character that must never be in a profile's text: C0 and C1 control
/// characters, line and paragraph separators, and the invisible controls
/// that change the direction text is read in.
pub fn is_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A character that shows nothing: white space, and format characters
/// such as the zero-width space, joiners, the word joiner, the byte-order
/// mark, soft hyphen and variation selectors.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFF8}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// Whether `value` is a plain address (an addr-spec: local part `@`
/// domain, nothing else), saying what is wrong if not. Characters that
/// would change a `mailto:` link (`?`, `#`, `%`, `&`), spaces, quotes and
/// anything outside ASCII are refused.
pub fn plain_address(value: &str) -> Result<(), String> {
    if let Some(c) = value.chars().find(|c| {
        matches!(
            c,
            '?' | '#'
                | '%'
                | '&'
                | ','
                | ';'
                | ':'
                | '<'
                | '>'
                | '"'
                | '('
                | ')'
                | '['
                | ']'
                | '\\'
        ) || c.is_whitespace()
            || c.is_control()
    }) {
        return Err(match c {
            c if c.is_whitespace() => "it contains a space".to_string(),
            c if c.is_control() => format!("it contains a control character (U+{:04X})", c as u32),
            c => format!("it contains '{c}'"),
        });
    }
    if let Some(c) = value.chars().find(|c| !c.is_ascii()) {
        return Err(format!(
            "it contains '{c}', which is not a plain letter, digit or sign"
        ));
    }
    let Some((local, domain)) = value.split_once('@') else {
        return Err("it has no '@'".into());
    };
    if domain.contains('@') {
        return Err("it has more than one '@'".into());
    }
    const LOCAL: &str = "!$'*+-/=^_`{|}~.";
    if local.is_empty()
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
        || !local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || LOCAL.contains(c))
    {
        return Err(format!(
            "the part before '@' (\"{local}\") is not a plain mailbox name"
        ));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    if labels.len() < 2
        || !labels.iter().all(label_ok)
        || !labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()))
    {
        return Err(format!(
            "the part after '@' (\"{domain}\") is not a domain name like board.example.org"
        ));
    }
    if value.len() > 254 {
        return Err("it is longer than an email address can be".into());
    }
    Ok(())
}

/// Replace `{placeholders}` with the Board profile's values.
pub fn fill(text: &str, board: &BoardProfile) -> String {
    let rapid_review_start = board
        .rapid_review_start
        .map(RapidReviewStart::words)
        .unwrap_or_default();
    // The practice sentences first: their default names the office, whose
    // placeholders the pairs below then fill.
    let text = PRACTICE_FIELDS.iter().fold(text.to_string(), |acc, (_, key, get)| {
        acc.replace(key, get(&board.practice).as_deref().unwrap_or(PRACTICE_UNKNOWN))
    });
    let pairs: [(&str, String); 12] = [
        ("{board}", board.name.clone()),
        ("{board_short}", board.short_name.clone()),
        ("{group}", board.review_group_name.clone()),
        ("{mailbox}", board.secure_mailbox.clone()),
        ("{office_phone}", board.business_office_phone.clone()),
        ("{office_email}", board.business_office_email.clone()),
        ("{form}", board.referral_form_name.clone()),
        ("{retention_days}", board.draft_retention_days.to_string()),
        ("{marking}", board.protective_marking.clone()),
        ("{deadline}", board.referral_deadline.clone()),
        (
            "{last_reviewed}",
            crate::content::last_reviewed(board.rule_set),
        ),
        ("{rapid_review_start}", rapid_review_start.to_string()),
    ];
    pairs.iter().fold(text, |acc, (key, value)| {
        acc.replace(key, value)
    })
}
