//! Deadline calculator and date input: known answers, worked out by hand
//! with a calendar. The Child Safeguarding Practice Review timescales are
//! in deadlines/cspr.rs.

#[path = "deadlines/cspr.rs"]
mod cspr;

use chrono::{Datelike, NaiveDate, Weekday};
use scr_referral_guide::dates::parse_date_input;
use scr_referral_guide::deadlines::{
    add_months, calculate, BankHolidays, DayOff, DayOffFlag, Which,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn holidays() -> BankHolidays {
    BankHolidays::england_and_wales(&[])
}

#[test]
fn one_month_lands_on_a_real_date() {
    assert_eq!(add_months(d(2026, 1, 31), 1), d(2026, 2, 28));
    assert_eq!(add_months(d(2028, 1, 31), 1), d(2028, 2, 29), "leap year");
    assert_eq!(add_months(d(2026, 3, 31), 1), d(2026, 4, 30));
    assert_eq!(add_months(d(2026, 1, 30), 1), d(2026, 2, 28));
    assert_eq!(
        add_months(d(2026, 2, 28), 1),
        d(2026, 3, 28),
        "not month-end to month-end"
    );
    assert_eq!(
        add_months(d(2026, 12, 15), 1),
        d(2027, 1, 15),
        "across the year"
    );
    assert_eq!(
        add_months(d(2026, 8, 31), 6),
        d(2027, 2, 28),
        "six months from 31 August"
    );
    assert_eq!(
        add_months(d(2027, 8, 31), 6),
        d(2028, 2, 29),
        "six months into a leap February"
    );
}

#[test]
fn five_working_days_skip_weekends() {
    let h = holidays();
    // Friday 6 Nov 2026 -> Mon 9, Tue 10, Wed 11, Thu 12, Fri 13.
    assert_eq!(h.add_working_days(d(2026, 11, 6), 5), d(2026, 11, 13));
    // Saturday -> counts from Monday.
    assert_eq!(h.add_working_days(d(2026, 11, 7), 5), d(2026, 11, 13));
    // Wednesday 11 Nov 2026 -> Thu 12, Fri 13, Mon 16, Tue 17, Wed 18.
    assert_eq!(h.add_working_days(d(2026, 11, 11), 5), d(2026, 11, 18));
}

#[test]
fn five_working_days_skip_easter() {
    let h = holidays();
    // 2026: Good Friday 3 April, Easter Monday 6 April.
    // Wed 1 Apr -> Thu 2, (Fri 3 GF), Tue 7, Wed 8, Thu 9, Fri 10.
    assert_eq!(h.add_working_days(d(2026, 4, 1), 5), d(2026, 4, 10));
    // 2027: Good Friday 26 March, Easter Monday 29 March.
    // Thu 25 Mar -> (Fri 26), (Mon 29), Tue 30, Wed 31, Thu 1, Fri 2, Mon 5.
    assert_eq!(h.add_working_days(d(2027, 3, 25), 5), d(2027, 4, 5));
}

#[test]
fn five_working_days_over_christmas_and_new_year() {
    let h = holidays();
    // 2026: Christmas Fri 25, Boxing Day (Sat) substitute Mon 28 Dec; 1 Jan 2027 Fri.
    // Wed 23 Dec 2026 -> Thu 24, Tue 29, Wed 30, Thu 31, Mon 4 Jan.
    assert_eq!(h.add_working_days(d(2026, 12, 23), 5), d(2027, 1, 4));
    // 2027: Christmas Sat, Boxing Sun -> Mon 27 and Tue 28 Dec. 2028: 1 Jan is Sat -> Mon 3 Jan.
    // Fri 24 Dec 2027 -> Wed 29, Thu 30, Fri 31, Tue 4 Jan, Wed 5 Jan.
    assert_eq!(h.add_working_days(d(2027, 12, 24), 5), d(2028, 1, 5));
}

#[test]
fn the_bank_holiday_data_follows_the_rules_and_the_one_off_days() {
    let h = holidays();
    for year in 2015..=2030 {
        let days = h.in_year(year);
        let expected = match year {
            2022 => 10, // Platinum Jubilee (2), State Funeral
            2023 => 9,  // Coronation
            _ => 8,
        };
        assert_eq!(days.len(), expected, "{year}: {days:?}");
        for day in &days {
            assert!(
                !matches!(day.weekday(), Weekday::Sat | Weekday::Sun),
                "{day} is a weekend"
            );
        }
    }
    for one_off in [
        d(2020, 5, 8),
        d(2022, 6, 2),
        d(2022, 6, 3),
        d(2022, 9, 19),
        d(2023, 5, 8),
    ] {
        assert!(h.contains(one_off), "{one_off}");
    }
    assert!(
        !h.contains(d(2020, 5, 4)),
        "early May 2020 moved to the 8th"
    );
    assert!(!h.contains(d(2022, 5, 30)), "spring 2022 moved to 2 June");
    for substitute in [
        d(2015, 12, 28),
        d(2016, 12, 27),
        d(2017, 1, 2),
        d(2021, 12, 27),
        d(2021, 12, 28),
        d(2022, 1, 3),
        d(2028, 1, 3),
    ] {
        assert!(h.contains(substitute), "substitute day {substitute}");
    }
}

#[test]
fn extra_board_holidays_count() {
    let h = BankHolidays::england_and_wales(&[d(2026, 11, 9)]);
    assert_eq!(h.add_working_days(d(2026, 11, 6), 5), d(2026, 11, 16));
}

#[test]
fn calculate_gives_all_three_dates() {
    let h = holidays();
    let r = calculate(d(2026, 1, 31), None, &h).unwrap();
    assert_eq!(r.decision_due, d(2026, 2, 28));
    assert_eq!(r.decision, d(2026, 2, 28));
    // Sat 28 Feb -> Mon 2, Tue 3, Wed 4, Thu 5, Fri 6 March.
    assert_eq!(r.national_notification_due, d(2026, 3, 6));
    assert_eq!(r.completion_target, d(2026, 8, 28));
    assert!(r.bank_holidays_known);

    let r = calculate(d(2026, 3, 10), Some(d(2026, 4, 1)), &h).unwrap();
    assert_eq!(r.decision_due, d(2026, 4, 10));
    assert_eq!(
        r.national_notification_due,
        d(2026, 4, 10),
        "Easter skipped"
    );
    assert_eq!(r.completion_target, d(2026, 10, 1));

    assert!(calculate(d(2026, 3, 10), Some(d(2026, 3, 9)), &h).is_err());
    let late = calculate(d(2030, 12, 20), None, &h).unwrap();
    assert!(!late.bank_holidays_known, "2031 is beyond the list");
}

#[test]
fn a_day_off_is_a_weekend_or_a_bank_holiday() {
    let h = holidays();
    assert_eq!(
        h.day_off(d(2026, 12, 25)),
        Some(DayOff::BankHoliday),
        "Christmas Day 2026, a Friday"
    );
    assert_eq!(
        h.day_off(d(2026, 2, 28)),
        Some(DayOff::Weekend),
        "a Saturday"
    );
    assert_eq!(h.day_off(d(2026, 3, 1)), Some(DayOff::Weekend), "a Sunday");
    assert_eq!(h.day_off(d(2026, 11, 25)), None, "a Wednesday");
    // Christmas Day 2027 is a Saturday: the bank holiday is Monday 27th.
    assert_eq!(h.day_off(d(2027, 12, 25)), Some(DayOff::Weekend));
    assert_eq!(h.day_off(d(2027, 12, 27)), Some(DayOff::BankHoliday));
    // A Board's extra day counts as a bank holiday, even at the weekend.
    let extra = BankHolidays::england_and_wales(&[d(2026, 11, 9), d(2026, 11, 7)]);
    assert_eq!(extra.day_off(d(2026, 11, 9)), Some(DayOff::BankHoliday));
    assert_eq!(extra.day_off(d(2026, 11, 7)), Some(DayOff::BankHoliday));
}

fn flag(which: Which, date: NaiveDate, day_off: DayOff) -> DayOffFlag {
    DayOffFlag {
        which,
        date,
        day_off,
    }
}

#[test]
fn dates_that_fall_on_a_day_off_are_flagged_not_moved() {
    let h = holidays();
    // Notified Wednesday 25 November 2026: the decision is due on Friday 25
    // December 2026, Christmas Day. The six months run from then to Friday
    // 25 June 2027; five working days skip the holidays to Tuesday 5 January.
    let r = calculate(d(2026, 11, 25), None, &h).unwrap();
    assert_eq!(r.decision_due, d(2026, 12, 25), "not moved");
    assert_eq!(r.national_notification_due, d(2027, 1, 5));
    assert_eq!(r.completion_target, d(2027, 6, 25));
    assert_eq!(
        r.days_off,
        vec![flag(
            Which::DecisionDue,
            d(2026, 12, 25),
            DayOff::BankHoliday
        )]
    );
    assert_eq!(r.day_off(Which::DecisionDue), Some(DayOff::BankHoliday));
    assert_eq!(r.day_off(Which::Notified), None);

    // Notified Saturday 31 January 2026: due Saturday 28 February.
    let r = calculate(d(2026, 1, 31), None, &h).unwrap();
    assert_eq!(
        r.days_off,
        vec![
            flag(Which::Notified, d(2026, 1, 31), DayOff::Weekend),
            flag(Which::DecisionDue, d(2026, 2, 28), DayOff::Weekend),
        ]
    );

    // Notified Friday 2 October 2026, decided Tuesday 3 November: the review
    // aims to finish by Monday 3 May 2027, the early May bank holiday.
    let r = calculate(d(2026, 10, 2), Some(d(2026, 11, 3)), &h).unwrap();
    assert_eq!(r.decided, Some(d(2026, 11, 3)));
    assert_eq!(
        r.days_off,
        vec![flag(
            Which::CompletionTarget,
            d(2027, 5, 3),
            DayOff::BankHoliday
        )]
    );

    // Notified Tuesday 1 December 2026 (due Friday 1 January 2027, New
    // Year's Day), decided on Christmas Day: both are flagged; the other
    // dates count from the decision (Tuesday 5 January, Friday 25 June).
    let r = calculate(d(2026, 12, 1), Some(d(2026, 12, 25)), &h).unwrap();
    assert_eq!(
        r.days_off,
        vec![
            flag(Which::Decided, d(2026, 12, 25), DayOff::BankHoliday),
            flag(Which::DecisionDue, d(2027, 1, 1), DayOff::BankHoliday),
        ]
    );
    assert_eq!(r.national_notification_due, d(2027, 1, 5));
    assert_eq!(r.completion_target, d(2027, 6, 25));
}

#[test]
fn the_national_notification_date_is_never_a_day_off() {
    let h = holidays();
    let mut day = d(2026, 1, 1);
    while day < d(2028, 1, 1) {
        let r = calculate(day, None, &h).unwrap();
        assert_eq!(r.day_off(Which::NationalNotification), None, "{day}");
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn date_input_errors_say_what_to_fix() {
    let what = "the date the Board was notified";
    let e = |d: &str, m: &str, y: &str| parse_date_input(d, m, y, what).unwrap_err();
    assert_eq!(
        e("", "", "").message,
        "Enter the date the Board was notified"
    );
    assert_eq!(
        e("3", "", "2026").message,
        "The date the Board was notified must include a month"
    );
    assert_eq!(e("", "", "2026").parts, vec!["day", "month"]);
    assert_eq!(
        e("", "", "2026").message,
        "The date the Board was notified must include a day and a month"
    );
    assert_eq!(
        e("31", "2", "2026").message,
        "The date the Board was notified must be a real date: February 2026 has no day 31"
    );
    assert_eq!(e("29", "2", "2027").parts, vec!["day"]);
    assert_eq!(e("1", "13", "2026").parts, vec!["month"]);
    assert_eq!(
        e("1", "1", "26").message,
        "The date the Board was notified must have a year with 4 numbers, for example 2026"
    );
    assert_eq!(e("1", "1", "0026").parts, vec!["year"]);
    assert_eq!(
        e("1", "1", "0026").message,
        "The date the Board was notified must be in 1900 or later, for example 2026"
    );
    assert_eq!(e("first", "1", "2026").parts, vec!["day"]);
    assert_eq!(e("1", "Jan", "2026").parts, vec!["month"]);
    assert_eq!(
        parse_date_input(" 29 ", "02", "2028", what),
        Ok(d(2028, 2, 29))
    );
    assert_eq!(parse_date_input("1", "1", "2026", what), Ok(d(2026, 1, 1)));
}

#[test]
fn after_sending_the_decision_is_due_a_month_later_only_under_the_scr_rules() {
    use scr_referral_guide::criteria::RuleSetId;
    use scr_referral_guide::deadlines::decision_due;
    // Referred Saturday 31 January 2026: February has no 31st, so the last
    // day of February, Saturday 28.
    let (due, cites) = decision_due(RuleSetId::Scr2006, d(2026, 1, 31)).unwrap();
    assert_eq!(due, d(2026, 2, 28));
    assert!(cites.iter().any(|c| c.source == "bucks"));
    // Under the CSPR rules the referrer has no date to count from.
    assert_eq!(decision_due(RuleSetId::Cspr, d(2026, 1, 31)), None);
}

/// Dates before 2015 are outside the bank holidays the site knows, as dates
/// after 2030 are: the warning says so in words true for both.
#[test]
fn dates_before_2015_are_outside_the_bank_holidays_known_and_the_warning_says_so() {
    let h = holidays();
    assert!(!h.covers(d(2014, 12, 1), d(2015, 1, 10)), "from 2014");
    assert!(!h.covers(d(2030, 12, 1), d(2031, 1, 10)), "into 2031");
    assert!(h.covers(d(2015, 1, 5), d(2030, 12, 31)));
    for rs in scr_referral_guide::criteria::RuleSetId::ALL {
        let words = scr_referral_guide::content::deadlines_page(rs).beyond_holidays;
        assert!(words.contains("outside 2015 to 2030"), "{words}");
        assert!(!words.contains("past 2030"), "{words}");
    }
}
