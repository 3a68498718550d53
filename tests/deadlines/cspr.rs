//! The Child Safeguarding Practice Review timescales: 5 working days to
//! notify the Panel, 15 working days for the rapid review. Every expected
//! date was worked out by hand with a calendar (the bank holidays are those
//! in content/bank-holidays.toml), day by day in the comments.

use super::{d, holidays};
use scr_referral_guide::board::fill;
use scr_referral_guide::board::{BoardProfile, RapidReviewStart};
use scr_referral_guide::content::deadlines_page;
use scr_referral_guide::criteria::RuleSetId;
use scr_referral_guide::deadlines::cspr::{rapid_review_clock, NOTIFY};
use scr_referral_guide::deadlines::{
    calculate_cspr, CsprDate, DayOff, DayOffFlag, RapidReviewFrom,
};
use scr_referral_guide::sources::sources;

use RapidReviewStart::{Aware, Notification};

fn flag(which: CsprDate, date: chrono::NaiveDate, day_off: DayOff) -> DayOffFlag<CsprDate> {
    DayOffFlag {
        which,
        date,
        day_off,
    }
}

#[test]
fn an_ordinary_week() {
    let h = holidays();
    // Aware Wednesday 11 November 2026. Notify: Thu 12, Fri 13, Mon 16,
    // Tue 17, Wed 18. Rapid review: three whole weeks of working days,
    // (Thu 12 … Wed 18 = 5, … Wed 25 = 10, Thu 26, Fri 27, Mon 30, Tue 1,
    // Wed 2 December = 15).
    let r = calculate_cspr(d(2026, 11, 11), None, Aware, &h).unwrap();
    assert_eq!(r.aware, d(2026, 11, 11));
    assert_eq!(r.notification_sent, None);
    assert_eq!(r.notify_due, d(2026, 11, 18));
    assert_eq!(r.rapid_review_from, RapidReviewFrom::Aware);
    assert_eq!(r.rapid_review_counted_from, d(2026, 11, 11));
    assert_eq!(r.rapid_review_due, d(2026, 12, 2));
    assert!(r.bank_holidays_known);
    assert!(r.days_off.is_empty());

    // Under the notification rule, a notification sent the same day counts
    // from that day: the same dates.
    let r = calculate_cspr(d(2026, 11, 11), Some(d(2026, 11, 11)), Notification, &h).unwrap();
    assert_eq!(r.notify_due, d(2026, 11, 18));
    assert_eq!(r.rapid_review_from, RapidReviewFrom::NotificationSent);
    assert_eq!(r.rapid_review_due, d(2026, 12, 2));
}

#[test]
fn over_christmas_and_new_year() {
    let h = holidays();
    // Aware Friday 18 December 2026. Bank holidays: Fri 25 Dec, Mon 28 Dec
    // (Boxing Day, a Saturday, moved), Fri 1 Jan 2027.
    // Notify: Mon 21, Tue 22, Wed 23, Thu 24, (Fri 25, Sat, Sun, Mon 28),
    // Tue 29 December.
    // Rapid review from aware: Mon 21 … Thu 24 (4), Tue 29, Wed 30, Thu 31
    // (7), (Fri 1 Jan), Mon 4 … Fri 8 (12), Mon 11, Tue 12, Wed 13 (15).
    let r = calculate_cspr(d(2026, 12, 18), None, Aware, &h).unwrap();
    assert_eq!(r.notify_due, d(2026, 12, 29));
    assert_eq!(r.rapid_review_due, d(2027, 1, 13));
    assert!(r.days_off.is_empty(), "worked-out dates are working days");
    assert!(r.bank_holidays_known);

    // The notification rule, the notification sent Wednesday 23 December:
    // Thu 24 (1), Tue 29, Wed 30, Thu 31 (4), Mon 4 … Fri 8 Jan (9),
    // Mon 11 … Fri 15 (14), Mon 18 January (15).
    let r = calculate_cspr(d(2026, 12, 18), Some(d(2026, 12, 23)), Notification, &h).unwrap();
    assert_eq!(r.notification_sent, Some(d(2026, 12, 23)));
    assert_eq!(r.notify_due, d(2026, 12, 29));
    assert_eq!(r.rapid_review_from, RapidReviewFrom::NotificationSent);
    assert_eq!(r.rapid_review_counted_from, d(2026, 12, 23));
    assert_eq!(r.rapid_review_due, d(2027, 1, 18));

    // The aware rule ignores a notification date for the rapid review (it
    // is still shown): Wednesday 13 January, as above.
    let r = calculate_cspr(d(2026, 12, 18), Some(d(2026, 12, 23)), Aware, &h).unwrap();
    assert_eq!(r.notification_sent, Some(d(2026, 12, 23)));
    assert_eq!(r.rapid_review_from, RapidReviewFrom::Aware);
    assert_eq!(r.rapid_review_due, d(2027, 1, 13));
}

#[test]
fn over_easter() {
    let h = holidays();
    // Aware Thursday 25 March 2027; Good Friday 26 March, Easter Monday 29.
    // Notify: Tue 30, Wed 31, Thu 1, Fri 2, Mon 5 April.
    // Rapid review from aware: … Mon 5 (5), Tue 6 … Fri 9 (9),
    // Mon 12 … Fri 16 (14), Mon 19 April (15).
    let r = calculate_cspr(d(2027, 3, 25), None, Aware, &h).unwrap();
    assert_eq!(r.notify_due, d(2027, 4, 5));
    assert_eq!(r.rapid_review_due, d(2027, 4, 19));
}

#[test]
fn a_notification_not_yet_sent_is_assumed_sent_on_the_last_day_to_notify() {
    let h = holidays();
    // Aware Friday 18 December 2026: notify by Tuesday 29 December. From
    // then: Wed 30, Thu 31 (2), (Fri 1 Jan), Mon 4 … Fri 8 (7),
    // Mon 11 … Fri 15 (12), Mon 18, Tue 19, Wed 20 January 2027 (15).
    let r = calculate_cspr(d(2026, 12, 18), None, Notification, &h).unwrap();
    assert_eq!(r.notify_due, d(2026, 12, 29));
    assert_eq!(r.rapid_review_from, RapidReviewFrom::AssumedNotification);
    assert_eq!(r.rapid_review_counted_from, d(2026, 12, 29));
    assert_eq!(r.rapid_review_due, d(2027, 1, 20));
    assert_eq!(r.rapid_review_from.rule(), Notification);
}

#[test]
fn entered_dates_on_a_day_off_are_flagged_not_moved() {
    let h = holidays();
    // Aware Saturday 7 November 2026: the counts start on Monday 9.
    // Notify: Mon 9 … Fri 13 November. Rapid review: Fri 13 (5), Fri 20
    // (10), Fri 27 November (15).
    let r = calculate_cspr(d(2026, 11, 7), None, Aware, &h).unwrap();
    assert_eq!(r.aware, d(2026, 11, 7), "not moved");
    assert_eq!(r.notify_due, d(2026, 11, 13));
    assert_eq!(r.rapid_review_due, d(2026, 11, 27));
    assert_eq!(
        r.days_off,
        vec![flag(CsprDate::Aware, d(2026, 11, 7), DayOff::Weekend)]
    );
    assert_eq!(r.day_off(CsprDate::Aware), Some(DayOff::Weekend));
    assert_eq!(r.day_off(CsprDate::NotifyDue), None);

    // Aware on Christmas Day, Friday 25 December 2026: (Mon 28), Tue 29,
    // Wed 30, Thu 31, (Fri 1 Jan), Mon 4, Tue 5 January. Rapid review:
    // Tue 5 (5), Wed 6 … Fri 8 (8), Mon 11 … Fri 15 (13), Mon 18, Tue 19 (15).
    let r = calculate_cspr(d(2026, 12, 25), None, Aware, &h).unwrap();
    assert_eq!(r.notify_due, d(2027, 1, 5));
    assert_eq!(r.rapid_review_due, d(2027, 1, 19));
    assert_eq!(
        r.days_off,
        vec![flag(CsprDate::Aware, d(2026, 12, 25), DayOff::BankHoliday)]
    );

    // Aware Monday 9 November, notification sent Saturday 14 November:
    // notify by Mon 16 (Tue 10 … Fri 13, Mon 16); the rapid review counts
    // from the Saturday: Mon 16 … Fri 20 (5), Mon 23 … Fri 27 (10),
    // Mon 30, Tue 1, Wed 2, Thu 3, Fri 4 December (15).
    let r = calculate_cspr(d(2026, 11, 9), Some(d(2026, 11, 14)), Notification, &h).unwrap();
    assert_eq!(r.notify_due, d(2026, 11, 16));
    assert_eq!(r.rapid_review_due, d(2026, 12, 4));
    assert_eq!(
        r.days_off,
        vec![flag(
            CsprDate::NotificationSent,
            d(2026, 11, 14),
            DayOff::Weekend
        )]
    );
}

#[test]
fn a_notification_before_becoming_aware_is_refused() {
    let h = holidays();
    for start in RapidReviewStart::ALL {
        let err = calculate_cspr(d(2026, 11, 10), Some(d(2026, 11, 9)), start, &h).unwrap_err();
        assert_eq!(
            err,
            "The date the notification was sent to the Panel must be the same as or after the date the local authority became aware of the incident"
        );
    }
}

#[test]
fn a_notification_sent_after_the_last_day_to_notify_is_late() {
    let h = holidays();
    // Aware Wednesday 11 November 2026: the last day to notify is Wednesday
    // 18 November (see an_ordinary_week).
    let on_time = calculate_cspr(d(2026, 11, 11), Some(d(2026, 11, 18)), Notification, &h).unwrap();
    assert!(!on_time.notified_late(), "sent on the last day is in time");
    let not_sent = calculate_cspr(d(2026, 11, 11), None, Notification, &h).unwrap();
    assert!(!not_sent.notified_late(), "not sent yet is not late");
    // Sent Thursday 19 November, a day late. The rapid review counts from
    // then: Fri 20 (1), Mon 23 … Fri 27 (6), Mon 30 … Fri 4 December (11),
    // Mon 7, Tue 8, Wed 9, Thu 10 December (15).
    let late = calculate_cspr(d(2026, 11, 11), Some(d(2026, 11, 19)), Notification, &h).unwrap();
    assert!(late.notified_late());
    assert_eq!(late.notify_due, d(2026, 11, 18));
    assert_eq!(late.rapid_review_due, d(2026, 12, 10));
}

#[test]
fn dates_past_the_known_bank_holidays_are_said_to_be() {
    let h = holidays();
    // Aware Friday 20 December 2030 (Christmas Wed 25, Boxing Day Thu 26):
    // notify by Mon 23, Tue 24, Fri 27, Mon 30, Tue 31 December 2030, but
    // the rapid review runs into 2031, beyond the list.
    let r = calculate_cspr(d(2030, 12, 20), None, Aware, &h).unwrap();
    assert_eq!(r.notify_due, d(2030, 12, 31));
    assert!(!r.bank_holidays_known);
}

#[test]
fn the_dates_worked_out_are_working_days_in_order() {
    let h = holidays();
    let mut day = d(2026, 1, 1);
    while day < d(2028, 1, 1) {
        for start in RapidReviewStart::ALL {
            let r = calculate_cspr(day, None, start, &h).unwrap();
            assert_eq!(r.day_off(CsprDate::NotifyDue), None, "{day}");
            assert_eq!(r.day_off(CsprDate::RapidReviewDue), None, "{day}");
            assert!(day < r.notify_due && r.notify_due < r.rapid_review_due);
        }
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn the_timescales_cite_known_sources() {
    assert_eq!(NOTIFY.working_days, 5);
    let known = sources();
    for clock in std::iter::once(NOTIFY).chain(RapidReviewStart::ALL.map(rapid_review_clock)) {
        assert!(!clock.cites.is_empty());
        for cite in clock.cites {
            assert!(known.contains_key(cite.source), "{}", cite.source);
            assert!(!cite.locator.is_empty());
        }
    }
    let ids = |start| {
        rapid_review_clock(start)
            .cites
            .iter()
            .map(|c| c.source)
            .collect::<Vec<_>>()
    };
    assert_eq!(rapid_review_clock(Aware).working_days, 15);
    assert_eq!(rapid_review_clock(Notification).working_days, 15);
    assert_eq!(ids(Aware), ["trafford-cspr"]);
    assert_eq!(ids(Notification), ["cambs-cspr"]);
}

#[test]
fn the_cspr_calculator_has_its_words_and_the_scr_one_has_none() {
    assert!(deadlines_page(RuleSetId::Scr2006).cspr.is_none());
    let page = deadlines_page(RuleSetId::Cspr);
    let words = page
        .cspr
        .clone()
        .expect("content/cspr/site.toml has [deadlines.cspr]");
    let all = [
        &words.aware_legend,
        &words.aware_hint,
        &words.aware_name,
        &words.sent_legend,
        &words.sent_hint,
        &words.sent_name,
        &words.aware_row,
        &words.sent_row,
        &words.notify_row,
        &words.rapid_review_aware_row,
        &words.rapid_review_sent_row,
        &words.rapid_review_assumed_row,
        &words.from_aware,
        &words.from_sent,
        &words.assumed,
    ];
    for start in RapidReviewStart::ALL {
        let mut board = BoardProfile::example_for(RuleSetId::Cspr);
        board.rapid_review_start = Some(start);
        let mut texts: Vec<&String> = all.to_vec();
        texts.extend([&page.title, &page.lead]);
        texts.extend(&page.rules);
        for text in texts {
            let filled = fill(text, &board).replace("{date}", "Tuesday 29 December 2026");
            assert!(!text.trim().is_empty());
            assert!(!filled.contains('{') && !filled.contains('}'), "{text}");
        }
    }
    for note in [&words.from_aware, &words.from_sent, &words.assumed] {
        assert!(note.contains("{date}"), "{note}");
    }
    assert!(words.assumed.starts_with("Assumption:"));
    assert!(words.rapid_review_assumed_row.contains("assuming"));
    // The labels do not say who must or should: the rules paragraph says
    // which source says which.
    for text in all {
        assert!(!text.contains("must") && !text.contains("should"), "{text}");
    }
    // The words both calculators share are the same.
    let scr = deadlines_page(RuleSetId::Scr2006);
    assert_eq!(page.submit, scr.submit);
    assert_eq!(page.results_heading, scr.results_heading);
    assert_eq!(page.method_heading, scr.method_heading);
    assert_eq!(page.beyond_holidays, scr.beyond_holidays);
}
