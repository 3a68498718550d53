//! Deadline calculator. Under the Serious Case Review rules ([`calculate`]),
//! from the date the Board was notified of a case,
//! - the decision is due one calendar month later;
//! - Ofsted, the Department for Education and the national panel are told
//!   within five working days of the decision;
//! - the review aims to finish within six months of being initiated.
//!
//! Under the Child Safeguarding Practice Review rules, the notification to
//! the national Panel and the rapid review: see [`cspr`].
//!
//! **Months.** "One month after" is the same day number in the next month.
//! Where that month is shorter (one month after 31 January), the date is
//! the last day of that month (28 or 29 February), never a date that does
//! not exist and never a spill into the following month. Months are
//! calendar months: a deadline that falls at a weekend is not moved.
//!
//! **Working days** skip Saturdays, Sundays and bank holidays in England and
//! Wales (content/bank-holidays.toml, 2015–2030) plus any the Board adds.
//! "Within five working days of" a date means by the fifth working day after
//! it.
//!
//! **Days off.** A date entered or worked out that falls at the weekend or
//! on a bank holiday is not moved, but flagged (see [`DayOff`]), so the
//! person can allow for it or check what they typed.

use crate::cite;
use crate::criteria::RuleSetId;
use crate::dates::parse_iso_date;
use crate::include_content;
use crate::sources::Citation;
use chrono::{Datelike, Months, NaiveDate, Weekday};
use serde::Deserialize;
use std::collections::BTreeSet;

pub mod cspr;

pub use cspr::{calculate_cspr, CsprDate, CsprDeadlines, RapidReviewFrom};

/// Where "the decision is due one month after notification" comes from.
pub use crate::criteria::scr::DECISION_CITES;
/// After a referral is sent, the day its decision is due and the sources,
/// where the rule set gives one: under the Serious Case Review rules, one
/// calendar month after the Board is notified ([`DECISION_CITES`]). The
/// CSPR rules give none the referrer can count from: the rapid review's
/// clock starts with the partners or the notification, not the referral.
pub fn decision_due(
    rule_set: RuleSetId,
    referred: NaiveDate,
) -> Option<(NaiveDate, &'static [Citation])> {
    rule_set
        .rules()
        .decision
        .as_ref()
        .map(|d| (add_months(referred, d.months), d.citations))
}

/// National bodies are told within this many working days of the decision.
pub const NATIONAL_WORKING_DAYS: u32 = 5;
/// The review aims to finish within this many months of starting.
pub const COMPLETION_MONTHS: u32 = 6;
/// The decision is due this many months after the Board is notified.
pub const DECISION_MONTHS: u32 = 1;

/// Where "national bodies are told within five working days" comes from.
pub const NATIONAL_CITES: &[Citation] = &[
    cite!("bucks", "8.2.27"),
    cite!("bracknell", "section C.1(iii)"),
];
/// Where "the review aims to finish within six months" comes from.
pub const COMPLETION_CITES: &[Citation] = &[cite!("bucks", "8.2.39"), cite!("nscb", "2.4")];

/// The bank holidays in England and Wales that the site knows.
pub struct BankHolidays {
    /// The first year the list covers.
    pub first_year: i32,
    /// The last year the list covers.
    pub last_year: i32,
    dates: BTreeSet<NaiveDate>,
}

#[derive(Deserialize)]
struct BankHolidayFile {
    first_year: i32,
    last_year: i32,
    dates: Vec<String>,
}

impl BankHolidays {
    /// The compiled-in list plus a Board's extra days.
    pub fn england_and_wales(extra: &[NaiveDate]) -> Self {
        let file: BankHolidayFile = crate::content::from_content(include_content!("bank-holidays"));
        let mut dates: BTreeSet<NaiveDate> = file
            .dates
            .iter()
            .map(|d| parse_iso_date(d).expect("content/bank-holidays.toml has real dates"))
            .collect();
        dates.extend(extra.iter().copied());
        BankHolidays {
            first_year: file.first_year,
            last_year: file.last_year,
            dates,
        }
    }

    /// Whether `date` is a bank holiday (or a day the Board adds).
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.dates.contains(&date)
    }

    /// The bank holidays in `year`, in order.
    pub fn in_year(&self, year: i32) -> Vec<NaiveDate> {
        self.dates
            .iter()
            .copied()
            .filter(|d| d.year() == year)
            .collect()
    }

    /// Whether `date` is a working day: not a weekend, not a bank holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.day_off(date).is_none()
    }

    /// Why `date` is not a working day, if it is not: a bank holiday (also
    /// when a Board's extra day falls at the weekend), else the weekend.
    pub fn day_off(&self, date: NaiveDate) -> Option<DayOff> {
        if self.contains(date) {
            Some(DayOff::BankHoliday)
        } else if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            Some(DayOff::Weekend)
        } else {
            None
        }
    }

    /// The `n`th working day after `date`.
    pub fn add_working_days(&self, date: NaiveDate, n: u32) -> NaiveDate {
        let mut day = date;
        let mut counted = 0;
        while counted < n {
            day = day.succ_opt().expect("dates stay in range");
            if self.is_working_day(day) {
                counted += 1;
            }
        }
        day
    }

    /// Whether counting working days between these dates relies only on
    /// years the list covers.
    pub fn covers(&self, from: NaiveDate, to: NaiveDate) -> bool {
        from.year() >= self.first_year && to.year() <= self.last_year
    }
}

/// The same day `n` calendar months later, or the last day of that month
/// when it is shorter (see the module notes).
pub fn add_months(date: NaiveDate, n: u32) -> NaiveDate {
    date.checked_add_months(Months::new(n))
        .expect("dates stay in range")
}

/// Why a date is not a working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayOff {
    /// A Saturday or Sunday.
    Weekend,
    /// A bank holiday in England and Wales, or a day the Board adds.
    BankHoliday,
}

/// One of the calculator's dates, entered or worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    /// When the Board was notified (entered).
    Notified,
    /// When the decision was made (entered, optional).
    Decided,
    /// When the decision is due.
    DecisionDue,
    /// When national bodies must be told.
    NationalNotification,
    /// When the review aims to finish.
    CompletionTarget,
}

/// A date that is not a working day: which date (of the SCR calculator's
/// dates, [`Which`], unless said otherwise), and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayOffFlag<W = Which> {
    /// Which of the calculator's dates it is.
    pub which: W,
    /// The date.
    pub date: NaiveDate,
    /// Why it is not a working day.
    pub day_off: DayOff,
}

/// The dates among `dates` (in order; `None` for one not entered) that are
/// not working days, flagged (shared by both rule sets' calculators).
fn day_off_flags<W: Copy>(
    dates: &[(W, Option<NaiveDate>)],
    holidays: &BankHolidays,
) -> Vec<DayOffFlag<W>> {
    dates
        .iter()
        .filter_map(|&(which, date)| {
            let date = date?;
            holidays.day_off(date).map(|day_off| DayOffFlag {
                which,
                date,
                day_off,
            })
        })
        .collect()
}

/// Why one of `flags`' dates is not a working day, if it is not.
fn day_off_of<W: PartialEq>(flags: &[DayOffFlag<W>], which: W) -> Option<DayOff> {
    flags.iter().find(|f| f.which == which).map(|f| f.day_off)
}

/// The calculator's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadlines {
    /// When the Board was notified (entered).
    pub notified: NaiveDate,
    /// The decision date, if it was entered.
    pub decided: Option<NaiveDate>,
    /// One month after the Board was notified.
    pub decision_due: NaiveDate,
    /// The decision date used for the next two (the actual one if given,
    /// otherwise the latest it should be).
    pub decision: NaiveDate,
    /// Five working days after the decision.
    pub national_notification_due: NaiveDate,
    /// Six months after the review is initiated (taken as the decision date).
    pub completion_target: NaiveDate,
    /// False when a working-day count runs past the years the bank-holiday
    /// list covers (then only weekends are skipped for those years).
    pub bank_holidays_known: bool,
    /// Every date above that falls at the weekend or on a bank holiday, in
    /// the order the dates are listed.
    pub days_off: Vec<DayOffFlag>,
    /// True when the Board was notified after [`SCR_RULES_ENDED`]: by then
    /// Boards and these rules had been replaced.
    pub after_rules_ended: bool,
}

/// The last day Local Safeguarding Children Boards could run: the move to
/// safeguarding partners had to be complete by 29 September 2019.
pub const SCR_RULES_ENDED: NaiveDate = match NaiveDate::from_ymd_opt(2019, 9, 29) {
    Some(d) => d,
    None => panic!("a real date"),
};

/// Where [`SCR_RULES_ENDED`] comes from.
pub const SCR_RULES_ENDED_CITES: &[Citation] = &[
    crate::cite!("wirral-wt2018", "Key Changes from Working Together 2015"),
    crate::cite!("derbyshire-scr", "Please Note (start of the chapter)"),
];

impl Deadlines {
    /// Why this date is not a working day, if it is not.
    pub fn day_off(&self, which: Which) -> Option<DayOff> {
        day_off_of(&self.days_off, which)
    }
}

/// Work out the deadlines. `decided` is the date of the decision, if it has
/// been made; it must not be before `notified`.
pub fn calculate(
    notified: NaiveDate,
    decided: Option<NaiveDate>,
    holidays: &BankHolidays,
) -> Result<Deadlines, String> {
    if let Some(d) = decided {
        if d < notified {
            return Err(
                "The decision date must be the same as or after the date the Board was notified"
                    .into(),
            );
        }
    }
    let decision_due = add_months(notified, DECISION_MONTHS);
    let decision = decided.unwrap_or(decision_due);
    let national_notification_due = holidays.add_working_days(decision, NATIONAL_WORKING_DAYS);
    let completion_target = add_months(decision, COMPLETION_MONTHS);
    let dates = [
        (Which::Notified, Some(notified)),
        (Which::Decided, decided),
        (Which::DecisionDue, Some(decision_due)),
        (Which::NationalNotification, Some(national_notification_due)),
        (Which::CompletionTarget, Some(completion_target)),
    ];
    let days_off = day_off_flags(&dates, holidays);
    Ok(Deadlines {
        notified,
        decided,
        decision_due,
        decision,
        national_notification_due,
        completion_target,
        bank_holidays_known: holidays.covers(notified, national_notification_due),
        days_off,
        after_rules_ended: notified > SCR_RULES_ENDED,
    })
}
