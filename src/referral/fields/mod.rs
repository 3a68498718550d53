//! THE FIELD TABLE: every field of the referral form, described once.
//!
//! For each field: its input id, its label on the form and in the document,
//! its hint, its kind, its limit, whether it is required, when it is shown,
//! and how its value is read from and written to the [`Referral`]. The
//! section pages, the check page, the document and the validation rules all
//! read this table, so adding or renaming a field is one edit, in
//! [`table`] (the data; this file has the types and what every field can do).
//!
//! In a repeated row (a person, an agency, an event), `{n}` in an id or a
//! message is the row's number.

use super::model::*;
use super::Opt;

/// A field's value as the form holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Text as typed.
    Text(String),
    /// A date as typed in three boxes.
    Date(DateText),
    /// The chosen option's slug, if any.
    One(Option<&'static str>),
    /// The chosen options' slugs.
    Many(Vec<&'static str>),
}

impl Value {
    /// The text (empty for other kinds).
    pub fn text(self) -> String {
        match self {
            Value::Text(t) => t,
            _ => String::new(),
        }
    }
    /// The date (blank for other kinds).
    pub fn date(self) -> DateText {
        match self {
            Value::Date(d) => d,
            _ => DateText::default(),
        }
    }
    /// The chosen slug.
    pub fn one(&self) -> Option<&'static str> {
        match self {
            Value::One(o) => *o,
            _ => None,
        }
    }
    /// The chosen slugs.
    pub fn many(self) -> Vec<&'static str> {
        match self {
            Value::Many(m) => m,
            _ => Vec::new(),
        }
    }
    /// Nothing at all (not even spaces): what a field that was never
    /// shown holds.
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Text(t) => t.is_empty(),
            other => other.is_blank(),
        }
    }
    /// The empty value of the same kind.
    pub fn empty_like(&self) -> Value {
        match self {
            Value::Text(_) => Value::Text(String::new()),
            Value::Date(_) => Value::Date(DateText::default()),
            Value::One(_) => Value::One(None),
            Value::Many(_) => Value::Many(Vec::new()),
        }
    }
    /// Nothing entered.
    pub fn is_blank(&self) -> bool {
        match self {
            Value::Text(t) => t.trim().is_empty(),
            Value::Date(d) => d.is_blank(),
            Value::One(o) => o.is_none(),
            Value::Many(m) => m.is_empty(),
        }
    }
}

/// A check on a one-line text's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Any text.
    Any,
    /// A UK phone number, with an extension if there is one.
    Phone,
    /// An email address.
    Email,
    /// Free text that may be a date ("4 5 1990", or "about 30"): the
    /// document shows a date in words.
    DateOrText,
}

/// What kind of question a field is.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// One line of text.
    Text {
        /// The input's width, as a CSS class ("" for full width).
        width: &'static str,
        /// The input's type ("text", "email", "tel").
        input: &'static str,
        /// The browser's autofill hint.
        autocomplete: &'static str,
        /// The format it is checked against.
        format: Format,
    },
    /// Several lines, with a character count.
    LongText,
    /// Day, month and year.
    Date,
    /// Radios.
    One {
        /// The options, in order.
        options: &'static [Opt],
        /// Whether the radios sit side by side.
        inline: bool,
    },
    /// Checkboxes.
    Many {
        /// The options, in order.
        options: &'static [Opt],
        /// The slugs of options that cannot be chosen with others.
        exclusive: &'static [&'static str],
    },
    /// The questionnaire's route and answers, shown (not typed) here.
    Criteria,
    /// The other investigations and reviews: a checkbox each, with a
    /// reference for each one chosen.
    Processes,
}

/// How a field's value is read and written (`usize`: the row, in a
/// repeated part; 0 otherwise).
#[derive(Clone, Copy)]
pub struct Access {
    /// Reads the field's value from the referral (for a row).
    pub get: fn(&Referral, usize) -> Value,
    /// Writes the field's value into the referral (for a row).
    pub set: fn(&mut Referral, usize, Value),
}

/// One field.
#[derive(Clone, Copy)]
pub struct Field {
    /// The input's id (`{n}`: the row number). A date's boxes are
    /// `<id>-day`, `-month`, `-year`; a choice's first option `<id>-<slug>`.
    pub id: &'static str,
    /// The question on the form.
    pub label: &'static str,
    /// Its label in the document and on the check page.
    pub doc: &'static str,
    /// The hint under the question, if any.
    pub hint: Option<&'static str>,
    /// How it is asked, shown and checked.
    pub kind: Kind,
    /// What it is, in messages ("your name", "the date of event {n}").
    pub what: &'static str,
    /// Whether it must be answered before the section is complete.
    pub required: bool,
    /// The longest text accepted (text kinds).
    pub max: usize,
    /// Shown only when this holds (`None`: always).
    pub when: Option<fn(&Referral, usize) -> bool>,
    /// Answers to offer while typing (free text is still allowed).
    pub suggest: Option<fn(&Referral) -> Vec<String>>,
    /// How its value is read and written.
    pub access: Access,
    /// The number `{n}` gives its first row (2 for the children after the
    /// first; 1 otherwise).
    pub first: usize,
}

/// A part of a section that repeats: a person, an agency, an event.
#[derive(Clone, Copy)]
pub struct Repeat {
    /// Prefix of its rows' ids ("household": "household-{n}-…").
    pub id: &'static str,
    /// What one row is ("person": "Add another person").
    pub noun: &'static str,
    /// What several rows are ("people").
    pub plural: &'static str,
    /// A row's heading ("Person": "Person 2").
    pub heading: &'static str,
    /// The fields each row asks.
    pub fields: &'static [Field],
    /// The most rows the form and the reader accept.
    pub max: usize,
    /// How many rows the referral has.
    pub len: fn(&Referral) -> usize,
    /// Adds an empty row.
    pub add: fn(&mut Referral),
    /// Removes the row at this index.
    pub remove: fn(&mut Referral, usize),
    /// What the document says when there are no rows.
    pub empty: &'static str,
    /// The document shows the rows as a table (the chronology).
    pub table: bool,
    /// The heading, in the document, of the fields that follow the rows
    /// and are about all of them ("" if none follow).
    pub then: &'static str,
    /// Asked only when this holds (`None`: always).
    pub when: Option<fn(&Referral) -> bool>,
}

impl Repeat {
    /// Whether it is asked, given the answers so far.
    pub fn shown(&self, r: &Referral) -> bool {
        self.when.is_none_or(|when| when(r))
    }

    /// The number of row `row` (0-based) as the person reads it: "Child 2".
    pub fn number(&self, row: usize) -> usize {
        row + self.fields[0].first
    }

    /// The most of its kind the referral can name, counting any named
    /// before its rows (4 children: the first and 3 more).
    pub fn most(&self) -> usize {
        self.number(self.max - 1)
    }
}

/// One thing a section asks.
#[derive(Clone, Copy)]
pub enum Item {
    /// A single field.
    Field(Field),
    /// A part that repeats, one row each.
    Repeat(Repeat),
}

// The table itself: kept one field to a line or two, so it reads as a table.
/// The field table itself, one section to a constant.
#[rustfmt::skip]
pub mod table;

/// Everything a section asks, in order.
pub fn items(section: Section) -> &'static [Item] {
    match section {
        Section::AboutYou => table::ABOUT_YOU,
        Section::Dsl => table::DSL,
        Section::Child => table::CHILD,
        Section::Household => table::HOUSEHOLD,
        Section::Case => table::CASE,
        Section::Agencies => table::AGENCIES,
        Section::Parallel => table::PARALLEL,
        Section::Chronology => table::CHRONOLOGY,
    }
}

/// The repeated part of a section, if it has one.
pub fn repeat(section: Section) -> Option<&'static Repeat> {
    items(section).iter().find_map(|i| match i {
        Item::Repeat(r) => Some(r),
        Item::Field(_) => None,
    })
}

/// The most other investigations and reviews (one of each kind).
pub const MAX_PROCESSES: usize = crate::criteria::ParallelProcess::ALL.len();

impl Field {
    /// Its id in row `row` (0-based): "agency-2-agency" (for the second
    /// row, or the first row of a part numbered from 2).
    pub fn id_in(&self, row: usize) -> String {
        self.id.replace("{n}", &(row + self.first).to_string())
    }

    /// What it is, in row `row`: "the date of event 2".
    pub fn what_in(&self, row: usize) -> String {
        self.what.replace("{n}", &(row + self.first).to_string())
    }

    /// Whether it is asked, given the answers so far.
    pub fn shown(&self, r: &Referral, row: usize) -> bool {
        self.when.is_none_or(|when| when(r, row))
    }

    /// Its value in row `row`.
    pub fn get(&self, r: &Referral, row: usize) -> Value {
        (self.access.get)(r, row)
    }

    /// Change its value in row `row`, as the form enters it: a one-line
    /// answer keeps no line breaks or other control characters (a browser's
    /// one-line box drops line breaks; pasted control characters would
    /// reach the mail link's subject).
    pub fn set(&self, r: &mut Referral, row: usize, value: Value) {
        let value = match (self.kind, value) {
            (Kind::Text { .. }, Value::Text(t)) if t.chars().any(char::is_control) => {
                Value::Text(t.chars().filter(|c| !c.is_control()).collect())
            }
            (_, v) => v,
        };
        (self.access.set)(r, row, value)
    }

    /// The id an error about this field points to (the first input).
    pub fn error_id(&self, row: usize) -> String {
        let id = self.id_in(row);
        match self.kind {
            Kind::Date => format!("{id}-day"),
            Kind::One { options, .. } => format!("{id}-{}", options[0].slug),
            _ => id,
        }
    }

    /// Every input id it draws in row `row`.
    pub fn input_ids(&self, row: usize) -> Vec<String> {
        let id = self.id_in(row);
        match self.kind {
            Kind::Date => ["day", "month", "year"]
                .iter()
                .map(|p| format!("{id}-{p}"))
                .collect(),
            Kind::One { options, .. } => {
                options.iter().map(|o| format!("{id}-{}", o.slug)).collect()
            }
            Kind::Many { options, .. } => options
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    if i == 0 {
                        id.clone()
                    } else {
                        format!("{id}-{}", o.slug)
                    }
                })
                .collect(),
            // Each process's box, and its reference once it is ticked.
            Kind::Processes => crate::criteria::ParallelProcess::ALL
                .iter()
                .flat_map(|p| {
                    let id = format!("parallel-{}", p.slug());
                    [format!("{id}-reference"), id]
                })
                .collect(),
            Kind::Criteria => vec![id],
            Kind::Text { .. } | Kind::LongText => vec![id],
        }
    }
}

/// True when nothing has been typed or chosen in the section (the referral
/// date, which starts as today, and the criteria answers do not count).
pub fn is_blank(r: &Referral, section: Section) -> bool {
    items(section).iter().all(|item| match item {
        Item::Field(f) => match f.kind {
            Kind::Criteria => true,
            Kind::Processes => r.parallel.is_empty(),
            _ if f.id == "referral-date" => true,
            _ => f.get(r, 0).is_blank(),
        },
        Item::Repeat(rep) => !rep.shown(r) || (rep.len)(r) == 0,
    })
}

/// Every field of one section with each row it has in `r`, in the order
/// the form asks them: a field once, a repeated field once per row.
pub fn fields_of(section: super::Section, r: &Referral) -> Vec<(&'static Field, usize)> {
    items(section)
        .iter()
        .flat_map(|item| {
            let (fields, rows): (&'static [Field], usize) = match item {
                Item::Field(f) => (std::slice::from_ref(f), 1),
                Item::Repeat(rep) => (rep.fields, (rep.len)(r)),
            };
            fields
                .iter()
                .flat_map(move |f| (0..rows).map(move |row| (f, row)))
        })
        .collect()
}

/// Every field of every section with each row it has in `r`, in order.
pub fn every_field(r: &Referral) -> Vec<(&'static Field, usize)> {
    super::Section::ALL
        .into_iter()
        .flat_map(|section| fields_of(section, r))
        .collect()
}

/// `r` as the form would hold it: every field entered through
/// [`Field::set`] (a one-line answer without control characters).
pub fn as_entered(r: &Referral) -> Referral {
    let mut out = r.clone();
    for (f, row) in every_field(r) {
        f.set(&mut out, row, f.get(r, row));
    }
    out
}
