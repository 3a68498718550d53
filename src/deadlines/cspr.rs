//! The Child Safeguarding Practice Review timescales: from the day the
//! local authority became aware of a serious child safeguarding incident,
//! - the local authority notifies the Child Safeguarding Practice Review
//!   Panel within 5 working days ([`NOTIFY`]);
//! - the safeguarding partners complete a rapid review within 15 working
//!   days ([`rapid_review_clock`]), counted from the day the partnership's
//!   profile names ([`RapidReviewStart`]: sources differ): the day of
//!   becoming aware, or the day the notification was sent to the Panel.
//!
//! Working days and days off are as for the Serious Case Review dates (see
//! the parent module): the same bank holidays, and "within 5 working days
//! of" a date means by the fifth working day after it. A date entered that
//! falls at the weekend or on a bank holiday is flagged, not moved; a date
//! worked out is always a working day.
//!
//! **A notification not yet sent.** Under the "notification" rule, when no
//! notification date is given, the rapid review is counted from the last
//! day to notify: the latest it can be due if the Panel is notified in
//! time. [`RapidReviewFrom::AssumedNotification`] says so, for the page to
//! say it is an assumption.

use super::{day_off_flags, day_off_of, BankHolidays, DayOff, DayOffFlag};
use crate::board::RapidReviewStart;
use crate::cite;
use crate::sources::Citation;
use chrono::NaiveDate;

/// A timescale counted in working days, with where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    /// How many working days.
    pub working_days: u32,
    /// The sources that give it.
    pub cites: &'static [Citation],
}

/// Notifying the Panel: 5 working days from the local authority becoming
/// aware of the incident (GOV.UK: "must"; partnerships' procedures, such as
/// Wirral's: "should").
pub const NOTIFY: Clock = Clock {
    working_days: 5,
    cites: &[
        cite!(
            "govuk-report-sin",
            "heading 'Notify the Child Safeguarding Practice Review Panel'"
        ),
        cite!("wirral-current", "after the section 16C(1) quotation"),
    ],
};

/// The rapid review counted from the safeguarding partners becoming aware
/// of the incident (Trafford's partnership).
const RAPID_REVIEW_FROM_AWARE: Clock = Clock {
    working_days: 15,
    cites: &[cite!(
        "trafford-cspr",
        "paragraph after 'The duty to notify events to the Panel rests with the local authority'"
    )],
};

/// The rapid review counted from the day the notification was sent to the
/// Panel (Cambridgeshire and Peterborough's partnership).
const RAPID_REVIEW_FROM_NOTIFICATION: Clock = Clock {
    working_days: 15,
    cites: &[cite!(
        "cambs-cspr",
        "section 'Duty on local authorities to notify incidents to the Child Safeguarding Practice Review Panel' (calculated from the date that the notification was sent to the Panel)"
    )],
};

/// The rapid review's timescale under the partnership's rule.
pub fn rapid_review_clock(start: RapidReviewStart) -> Clock {
    match start {
        RapidReviewStart::Aware => RAPID_REVIEW_FROM_AWARE,
        RapidReviewStart::Notification => RAPID_REVIEW_FROM_NOTIFICATION,
    }
}

/// One of the CSPR calculator's dates, entered or worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsprDate {
    /// When the local authority became aware of the incident (entered).
    Aware,
    /// When the notification was sent to the Panel (entered, optional).
    NotificationSent,
    /// The last day to notify the Panel.
    NotifyDue,
    /// The last day to complete the rapid review.
    RapidReviewDue,
}

/// What the rapid review's 15 working days were counted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RapidReviewFrom {
    /// The day of becoming aware (the "aware" rule).
    Aware,
    /// The day the notification was sent, as entered (the "notification"
    /// rule).
    NotificationSent,
    /// The last day to notify: the notification is not sent yet, so this
    /// assumes it is sent on that day (the "notification" rule).
    AssumedNotification,
}

impl RapidReviewFrom {
    /// The partnership's rule this follows.
    pub fn rule(self) -> RapidReviewStart {
        match self {
            RapidReviewFrom::Aware => RapidReviewStart::Aware,
            RapidReviewFrom::NotificationSent | RapidReviewFrom::AssumedNotification => {
                RapidReviewStart::Notification
            }
        }
    }
}

/// The CSPR calculator's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsprDeadlines {
    /// When the local authority became aware of the incident (entered).
    pub aware: NaiveDate,
    /// When the notification was sent to the Panel, if it was entered.
    pub notification_sent: Option<NaiveDate>,
    /// The last day to notify the Panel: 5 working days after `aware`.
    pub notify_due: NaiveDate,
    /// What the rapid review was counted from.
    pub rapid_review_from: RapidReviewFrom,
    /// The day it was counted from.
    pub rapid_review_counted_from: NaiveDate,
    /// The last day to complete the rapid review: 15 working days after
    /// `rapid_review_counted_from`.
    pub rapid_review_due: NaiveDate,
    /// False when a working-day count runs past the years the bank-holiday
    /// list covers (then only weekends are skipped for those years).
    pub bank_holidays_known: bool,
    /// Every date above that falls at the weekend or on a bank holiday, in
    /// the order the dates are listed.
    pub days_off: Vec<DayOffFlag<CsprDate>>,
}

impl CsprDeadlines {
    /// Why this date is not a working day, if it is not.
    pub fn day_off(&self, which: CsprDate) -> Option<DayOff> {
        day_off_of(&self.days_off, which)
    }

    /// True when the notification was sent after the last day to notify
    /// the Panel (more than 5 working days after becoming aware).
    pub fn notified_late(&self) -> bool {
        self.notification_sent
            .is_some_and(|sent| sent > self.notify_due)
    }
}

/// Work out the CSPR dates. `aware` is the day the local authority became
/// aware of the incident; `notification_sent` the day the notification was
/// sent to the Panel, if it has been (it must not be before `aware`);
/// `start` the partnership's rule for the rapid review's clock.
pub fn calculate_cspr(
    aware: NaiveDate,
    notification_sent: Option<NaiveDate>,
    start: RapidReviewStart,
    holidays: &BankHolidays,
) -> Result<CsprDeadlines, String> {
    if notification_sent.is_some_and(|sent| sent < aware) {
        return Err("The date the notification was sent to the Panel must be the same as or after the date the local authority became aware of the incident".into());
    }
    let notify_due = holidays.add_working_days(aware, NOTIFY.working_days);
    let (rapid_review_from, counted_from) = match (start, notification_sent) {
        (RapidReviewStart::Aware, _) => (RapidReviewFrom::Aware, aware),
        (RapidReviewStart::Notification, Some(sent)) => (RapidReviewFrom::NotificationSent, sent),
        (RapidReviewStart::Notification, None) => {
            (RapidReviewFrom::AssumedNotification, notify_due)
        }
    };
    let rapid_review_due =
        holidays.add_working_days(counted_from, rapid_review_clock(start).working_days);
    let dates = [
        (CsprDate::Aware, Some(aware)),
        (CsprDate::NotificationSent, notification_sent),
        (CsprDate::NotifyDue, Some(notify_due)),
        (CsprDate::RapidReviewDue, Some(rapid_review_due)),
    ];
    Ok(CsprDeadlines {
        aware,
        notification_sent,
        notify_due,
        rapid_review_from,
        rapid_review_counted_from: counted_from,
        rapid_review_due,
        bank_holidays_known: holidays.covers(aware, rapid_review_due.max(notify_due)),
        days_off: day_off_flags(&dates, holidays),
    })
}
