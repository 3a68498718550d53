//! The calculator under the Child Safeguarding Practice Review rules: the
//! date the local authority became aware of the incident and, if the
//! partnership counts the rapid review from the notification, the date the
//! notification was sent (optional); then the last day to notify the Panel
//! and the last day to complete the rapid review. Its words are in
//! content/cspr/site.toml (`[deadlines.cspr]`).

use super::{results_section, row, DateField};
use crate::board::RapidReviewStart;
use crate::content::{CsprDeadlineWords, DeadlinesPage as DeadlinesText};
use crate::dates::long_date_with_weekday;
use crate::deadlines::cspr::{rapid_review_clock, NOTIFY};
use crate::deadlines::{CsprDate, CsprDeadlines, RapidReviewFrom};
use crate::sources::refs_of;
use crate::ui::common::text;
use leptos::prelude::*;

/// The dates the form asks for: when the local authority became aware and,
/// only when the rapid review counts from the notification, when the
/// notification was sent (optional).
pub(super) fn fields(
    words: &CsprDeadlineWords,
    start: RapidReviewStart,
) -> (DateField, Option<DateField>) {
    (
        DateField {
            id: "aware",
            legend: words.aware_legend.clone(),
            hint: words.aware_hint.clone(),
            name: words.aware_name.clone(),
        },
        (start == RapidReviewStart::Notification).then(|| DateField {
            id: "sent",
            legend: words.sent_legend.clone(),
            hint: words.sent_hint.clone(),
            name: words.sent_name.clone(),
        }),
    )
}

/// The worked-out dates, their sources, a warning when the notification
/// was sent late, what the rapid review counts from (an assumption when the
/// notification is not sent yet), and a print button.
pub(super) fn results(
    r: &CsprDeadlines,
    cspr: &CsprDeadlineWords,
    words: &DeadlinesText,
) -> impl IntoView {
    let rapid_review_label = match r.rapid_review_from {
        RapidReviewFrom::Aware => &cspr.rapid_review_aware_row,
        RapidReviewFrom::NotificationSent => &cspr.rapid_review_sent_row,
        RapidReviewFrom::AssumedNotification => &cspr.rapid_review_assumed_row,
    };
    let rapid_review_cites = rapid_review_clock(r.rapid_review_from.rule()).cites;
    let sources = vec![
        (cspr.notify_row.clone(), refs_of(NOTIFY.cites)),
        (rapid_review_label.clone(), refs_of(rapid_review_cites)),
    ];
    let line = |which: CsprDate, label: &String, id: &'static str, date| {
        row(label.clone(), id, date, r.day_off(which), words)
    };
    let rows = view! {
        {line(CsprDate::Aware, &cspr.aware_row, "result-aware", r.aware)}
        {r.notification_sent.map(|d| line(CsprDate::NotificationSent, &cspr.sent_row, "result-sent", d))}
        {line(CsprDate::NotifyDue, &cspr.notify_row, "result-notify", r.notify_due)}
        {line(CsprDate::RapidReviewDue, rapid_review_label, "result-rapid-review", r.rapid_review_due)}
    };
    let template = match r.rapid_review_from {
        RapidReviewFrom::Aware => &cspr.from_aware,
        RapidReviewFrom::NotificationSent => &cspr.from_sent,
        RapidReviewFrom::AssumedNotification => &cspr.assumed,
    };
    let note = text(template).replace(
        "{date}",
        &long_date_with_weekday(r.rapid_review_counted_from),
    );
    let note = if r.rapid_review_from == RapidReviewFrom::AssumedNotification {
        view! { <div class="inset" id="rapid-review-assumed"><p>{note}</p></div> }.into_any()
    } else {
        view! { <p id="rapid-review-from">{note}</p> }.into_any()
    };
    let late = r.notified_late().then(|| {
        let warning =
            text(&cspr.sent_late).replace("{date}", &long_date_with_weekday(r.notify_due));
        view! { <div class="warning-text" id="notified-late">{warning}</div> }
    });
    results_section(
        rows,
        sources,
        view! { {late}{note} },
        r.bank_holidays_known,
        words,
    )
}
