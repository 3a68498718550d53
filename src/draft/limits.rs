//! The form's own limits that a draft read must keep: the time it was
//! saved, rows, choices, the most text each field keeps, and only values
//! the form shows (see `tests/draft.rs`).

use super::error::{damaged, ReadError};
use super::file::Draft;
use crate::criteria::RuleSetId;
use crate::referral::fields::{every_field, fields_of, repeat, Kind, MAX_PROCESSES};
use crate::referral::{keep_max, Referral, Section};

/// The longest a date box's text can be.
pub const DATE_PART_MAX: usize = 20;
/// The earliest and latest save times accepted (1 January 2000 to 1 January
/// 2200, in milliseconds since 1970).
const SAVED_AT_RANGE: std::ops::RangeInclusive<i64> = 0..=7_258_118_400_000;

/// Every value a file carries is one the form shows, and a one-line
/// answer has no line breaks or other control characters (they would
/// reach the mail link's subject and the document's one-line rows).
pub(super) fn check_values(draft: &Draft) -> Result<(), ReadError> {
    let r = &draft.referral;
    let other_rule_sets: Vec<Referral> = RuleSetId::ALL
        .into_iter()
        .filter(|rs| *rs != r.case.criteria.rule_set)
        .map(|rs| Referral::new(chrono::NaiveDate::MIN, rs))
        .collect();
    let this_rule_set = Referral::new(chrono::NaiveDate::MIN, r.case.criteria.rule_set);
    for (f, row) in every_field(r) {
        let value = f.get(r, row);
        if let (Kind::Text { .. }, crate::referral::fields::Value::Text(t)) = (f.kind, &value) {
            if t.chars().any(char::is_control) {
                return Err(damaged(format!(
                    "the field \"{}\" has a line break or another control character, which a one-line answer cannot have",
                    f.id_in(row)
                )));
            }
        }
        // A field only another rule set's form asks, holding a
        // value that no field this form shows holds too.
        let other_only =
            other_rule_sets.iter().any(|o| f.shown(o, row)) && !f.shown(&this_rule_set, row);
        if other_only && !value.is_empty() && !shown_elsewhere(r, f, row) {
            return Err(damaged(format!(
                "the field \"{}\" belongs to another rule set's form, which this referral is not",
                f.id_in(row)
            )));
        }
    }
    Ok(())
}

/// Whether the value of `field` (not shown) is also the value of a field
/// that is shown: emptying it changes a shown field.
fn shown_elsewhere(r: &Referral, field: &crate::referral::fields::Field, row: usize) -> bool {
    let mut emptied = r.clone();
    (field.access.set)(
        &mut emptied,
        row,
        crate::referral::fields::Value::empty_like(&field.get(r, row)),
    );
    every_field(r)
        .into_iter()
        .any(|(f, row)| f.shown(r, row) && f.get(r, row) != f.get(&emptied, row))
}

/// The form's own limits: rows, choices, and the most text it keeps.
pub(super) fn check_limits(draft: &Draft) -> Result<(), ReadError> {
    if !SAVED_AT_RANGE.contains(&draft.saved_at_ms) {
        return Err(damaged("the time it was saved is not a real time"));
    }
    let r = &draft.referral;
    let too_many = |part: &str, found: usize, max: usize| ReadError::TooMany {
        part: part.to_string(),
        found,
        max,
    };
    for section in Section::ALL {
        if let Some(rep) = repeat(section) {
            let rows = (rep.len)(r);
            if rows > rep.max {
                return Err(too_many(
                    &format!("{} in '{}'", rep.plural, section.title()),
                    rep.number(rows - 1),
                    rep.most(),
                ));
            }
        }
        for (f, row) in fields_of(section, r) {
            let over = match (f.kind, f.get(r, row)) {
                (Kind::Text { .. } | Kind::LongText, crate::referral::fields::Value::Text(t)) => {
                    t.chars().count() > keep_max(f.max)
                }
                (Kind::Date, crate::referral::fields::Value::Date(d)) => {
                    [&d.day, &d.month, &d.year]
                        .iter()
                        .any(|p| p.chars().count() > DATE_PART_MAX)
                }
                // A choice of several, each at most once (a list repeating
                // one answer could be any length).
                (Kind::Many { .. }, crate::referral::fields::Value::Many(chosen)) => {
                    let mut seen = std::collections::BTreeSet::new();
                    if !chosen.iter().all(|c| seen.insert(*c)) {
                        return Err(damaged(format!(
                            "an answer to \"{}\" is listed twice",
                            f.id_in(row)
                        )));
                    }
                    false
                }
                _ => false,
            };
            if over {
                return Err(damaged(format!(
                    "the field \"{}\" is longer than the form keeps",
                    f.id_in(row)
                )));
            }
        }
    }
    if r.parallel.len() > MAX_PROCESSES {
        return Err(too_many(
            "other investigations and reviews",
            r.parallel.len(),
            MAX_PROCESSES,
        ));
    }
    let mut seen = std::collections::BTreeSet::new();
    if !r.parallel.iter().all(|p| seen.insert(p.process)) {
        return Err(damaged("an investigation or review is listed twice"));
    }
    if r.parallel
        .iter()
        .any(|p| p.reference.chars().count() > keep_max(crate::referral::SHORT_TEXT_MAX))
    {
        return Err(damaged(
            "a reference for another investigation or review is longer than the form keeps",
        ));
    }
    Ok(())
}
