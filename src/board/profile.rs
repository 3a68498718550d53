//! The profile itself: the Board's or partnership's values, its own
//! practice, the rapid review's start rule, and the compiled-in examples.

use super::RuleSetId;
use chrono::NaiveDate;

/// The values a Board or partnership fills in, checked, as every page uses them.
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
    /// The partnership accepts only referrals that the agency's senior
    /// safeguarding lead has agreed (CSPR rules; optional, default no).
    pub lead_agreement_required: bool,
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

/// How to read one practice field from the profile.
type ReadPractice = fn(&Practice) -> &Option<String>;

/// The practice fields: profile field, placeholder, and how to read it.
pub const PRACTICE_FIELDS: [(&str, &str, ReadPractice); 3] = [
    ("practice_supporter", "{practice_supporter}", |p| {
        &p.supporter
    }),
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
}
