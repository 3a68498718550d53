//! The referral form.
//!
//! - [`model`]: what the referrer fills in, kept exactly as typed;
//! - [`fields`]: **every field described once** — its id, form label,
//!   document label, hint, kind, limit, whether it is required and when it
//!   is shown — used by validation, the section pages, the check page and
//!   the document;
//! - [`rules`]: validation: the table's checks for every field, then the
//!   rules that relate fields (dates in order, at least one agency…).
//!
//! The Board's own sections (reference, the review group's recommendation,
//! the Independent Chair's decision) are not filled in by the referrer:
//! `crate::document` leaves them for the Board. Drafts and hand-over files
//! are `crate::draft`; the pages are `crate::ui::referral`.

/// The field table: every question on the form and how it is asked and checked.
pub mod fields;
/// The referral's data, kept exactly as typed.
pub mod model;
/// Validation: each field's own checks and the rules that relate fields.
pub mod rules;
/// Small text helpers for the form's messages and checks.
pub mod text;

pub use model::*;
pub use rules::FieldError;
pub use text::{capitalise, is_uk_phone, thousands};

use crate::criteria::{Answers, RuleSetId};
use chrono::NaiveDate;

/// The longest text accepted in a short field (names, job titles…).
pub const SHORT_TEXT_MAX: usize = 200;
/// The longest text accepted in a long field (what happened, reasons…).
pub const LONG_TEXT_MAX: usize = 10_000;
/// The width of a printed line, in characters, for [`length_as_read`].
pub const LINE_CHARS: usize = 80;

/// How long a text is as a reader sees it: its characters, with each line
/// break counted as the rest of the printed line it ends (a blank line is
/// a whole line). So a page of blank lines is not a few characters, and
/// the longest answer still fits the document.
pub fn length_as_read(text: &str) -> usize {
    let mut total = 0;
    let mut line = 0;
    for c in text.chars() {
        if c == '\n' {
            total += if line == 0 {
                LINE_CHARS
            } else {
                ((LINE_CHARS - line % LINE_CHARS) % LINE_CHARS).max(1)
            };
            line = 0;
        } else {
            total += 1;
            line += 1;
        }
    }
    total
}

/// The most text the form keeps in any field: beyond its limit, text is
/// kept and flagged up to this; past it, the form says so and keeps what
/// it has (so every draft fits the browser's storage and a hand-over file).
pub const fn keep_max(max: usize) -> usize {
    max * 2
}

/// One option of a choice: its slug (for ids and values) and its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opt {
    /// The option's value in ids, drafts and links.
    pub slug: &'static str,
    /// The option's text on the form and in the document.
    pub label: &'static str,
}

/// Declares a choice enum with each option's slug and label written once.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = ($slug:literal, $label:literal)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $($(#[$vmeta])* #[doc = concat!("The answer \"", $label, "\".")] $variant),+ }

        impl $name {
            /// Every option, in the order the form shows them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every option's slug and label.
            pub const OPTIONS: &'static [$crate::referral::Opt] =
                &[$($crate::referral::Opt { slug: $slug, label: $label }),+];
            /// Its slug.
            pub fn slug(self) -> &'static str {
                Self::OPTIONS[self as usize].slug
            }
            /// Its label.
            pub fn label(self) -> &'static str {
                Self::OPTIONS[self as usize].label
            }
            /// The option with this slug.
            pub fn from_slug(slug: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.slug() == slug)
            }
        }
    };
}
pub(crate) use choice;

impl Section {
    /// Every section, in task-list order.
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

    /// The section whose URL ends in this slug.
    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// A section's state in the task list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionStatus {
    /// Nothing in it has been answered.
    NotStarted,
    /// Something is answered, but it has not been saved as complete.
    InProgress,
    /// Saved with no errors.
    Completed,
    /// Saved, but something in it needs fixing.
    HasErrors,
}

impl SectionStatus {
    /// Its label in the task list.
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
    /// A new, empty referral dated today, under a rule set (its criteria
    /// answers carry it).
    pub fn new(today: NaiveDate, rule_set: RuleSetId) -> Self {
        let mut referral = Referral::default();
        referral.about_you.referral_date = DateText::from_date(today);
        referral.case.criteria = Answers::new(rule_set);
        referral
    }

    /// True when nothing has been entered in the section (the referral
    /// date, which starts as today, and the criteria answers, which come
    /// from the questionnaire, do not count).
    pub fn is_blank(&self, section: Section) -> bool {
        fields::is_blank(self, section)
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

    /// Every problem in one section, in the order its fields are asked.
    pub fn validate(&self, section: Section, today: NaiveDate) -> Vec<FieldError> {
        rules::validate(self, section, today)
    }

    /// The chronology sorted by date (rows without a real date keep their
    /// place at the end, in the order entered).
    pub fn chronology_by_date(&self) -> Vec<ChronologyRow> {
        let mut rows = self.chronology.clone();
        rows.sort_by_key(|r| r.date.date("").ok().map_or((1, NaiveDate::MAX), |d| (0, d)));
        rows
    }

    /// The agencies named so far (the agencies section, then the referrer's
    /// own), without repeats: offered when a chronology event asks which
    /// agency.
    pub fn agency_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let own = std::iter::once(&self.about_you.agency);
        for name in self.agencies.iter().map(|a| &a.agency).chain(own) {
            let name = name.trim();
            if !name.is_empty() && !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
        names
    }
}
