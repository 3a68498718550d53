//! The deadline calculator tool (`/deadlines`). The rules are in
//! `crate::deadlines`; this page only collects the dates and shows them.

use crate::content::{deadlines_page, DeadlinesPage as DeadlinesText};
use crate::dates::{long_date_with_weekday, DateInputError, DateText};
use crate::deadlines::{
    calculate, BankHolidays, DayOff, Deadlines, Which, COMPLETION_CITES, DECISION_CITES,
    NATIONAL_CITES,
};
use crate::sources::describe_all;
use crate::ui::browser::dom::{
    focus_after_render, focus_heading_after_navigation, print, title_with_errors,
};
use crate::ui::common::{board, CiteRefs, SourcesNote};
use crate::ui::widgets::date_input::DateInput;
use crate::ui::widgets::ErrorSummary;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Start the calculator on this page.
pub fn start() {
    crate::ui::browser::start(crate::routes::deadlines_page, DeadlinesPage);
}

#[derive(Clone, Default)]
struct Errors {
    notified: Option<DateInputError>,
    decided: Option<DateInputError>,
}

impl Errors {
    fn any(&self) -> bool {
        self.notified.is_some() || self.decided.is_some()
    }
}

#[component]
fn DeadlinesPage() -> impl IntoView {
    let page = deadlines_page(crate::ui::common::rule_set());
    let words = page.clone();
    let notified = RwSignal::new(DateText::default());
    let decided = RwSignal::new(DateText::default());
    let errors = RwSignal::new(Errors::default());
    let result = RwSignal::new(None::<Deadlines>);
    title_with_errors(page.title.clone(), move || errors.with(Errors::any));
    focus_heading_after_navigation();

    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let notified_date = notified
            .get_untracked()
            .date("the date the Board was notified");
        let decided = decided.get_untracked();
        let decided_date = (!decided.is_blank()).then(|| decided.date("the date of the decision"));
        let mut new_errors = Errors {
            notified: notified_date.clone().err(),
            decided: decided_date.clone().and_then(Result::err),
        };
        let mut answer = None;
        if let (Ok(n), None | Some(Ok(_))) = (&notified_date, &decided_date) {
            let holidays = BankHolidays::england_and_wales(&board().extra_bank_holidays);
            match calculate(*n, decided_date.and_then(Result::ok), &holidays) {
                Ok(d) => answer = Some(d),
                Err(message) => {
                    new_errors.decided = Some(DateInputError {
                        message,
                        parts: vec!["day", "month", "year"],
                    })
                }
            }
        }
        let failed = new_errors.any();
        errors.set(new_errors);
        result.set(answer);
        focus_after_render(if failed {
            "error-summary"
        } else {
            "results-title"
        });
    };

    let error_links = move || {
        let e = errors.get();
        [("notified", e.notified), ("decided", e.decided)]
            .into_iter()
            .filter_map(|(id, e)| {
                e.map(|e| {
                    (
                        format!("{id}-{}", e.parts.first().copied().unwrap_or("day")),
                        e.message,
                    )
                })
            })
            .collect::<Vec<_>>()
    };

    view! {
        <div class="two-thirds">
            <ErrorSummary errors=Signal::derive(error_links)/>
            <h1 class="heading-l">{page.title.clone()}</h1>
            <p class="lead">{page.lead.clone()}</p>
            <form class="no-print" novalidate on:submit=on_submit>
                <DateInput id="notified" legend="When was the Board notified of the case?"
                    hint="For example, 27 3 2026" value=notified on_change=Callback::new(move |d| notified.set(d))
                    error=Signal::derive(move || errors.get().notified)/>
                <DateInput id="decided" legend="If the decision has been made, when was it made? (optional)"
                    hint="Leave this blank to use the latest date the decision is due. For example, 20 4 2026"
                    value=decided on_change=Callback::new(move |d| decided.set(d)) error=Signal::derive(move || errors.get().decided)/>
                <button type="submit" class="button">"Work out the dates"</button>
            </form>
            {move || result.get().map(|r| results(&r, &words))}
            <h2 class="heading-m">"How the dates are worked out"</h2>
            {page.rules.iter().map(|r| view! { <p>{r.clone()}</p> }).collect_view()}
            <CiteRefs refs=page.rules_sources.clone()/>
        </div>
    }
}

/// "Friday 25 December 2026 is a bank holiday in England and Wales.", under
/// a date that is not a working day (the rules decide which: see
/// `crate::deadlines::DayOff`).
fn day_off_note(
    r: &Deadlines,
    which: Which,
    date: NaiveDate,
    words: &DeadlinesText,
) -> impl IntoView {
    r.day_off(which).map(|day_off| {
        let template = match day_off {
            DayOff::Weekend => &words.weekend,
            DayOff::BankHoliday => &words.bank_holiday,
        };
        let note = template.replace("{date}", &long_date_with_weekday(date));
        view! { <p class="date-flag">{note}</p> }
    })
}

/// One row of the results: what the date is, the date, and whether it is a
/// day off.
fn row(
    r: &Deadlines,
    which: Which,
    label: &'static str,
    id: &'static str,
    date: NaiveDate,
    words: &DeadlinesText,
) -> impl IntoView {
    view! {
        <div class="summary-row">
            <dt>{label}</dt>
            <dd id=id>{long_date_with_weekday(date)}{day_off_note(r, which, date, words)}</dd>
        </div>
    }
}

/// The worked-out dates, their sources, and a print button.
fn results(r: &Deadlines, words: &DeadlinesText) -> impl IntoView {
    const DECISION: &str = "Decision due by (one month)";
    const NATIONAL: &str = "Ofsted, the Department for Education and the national panel told by (five working days after the decision)";
    const COMPLETION: &str = "Review aims to finish by (six months after it starts)";
    let sources = vec![
        (DECISION.to_string(), describe_all(DECISION_CITES)),
        (NATIONAL.to_string(), describe_all(NATIONAL_CITES)),
        (COMPLETION.to_string(), describe_all(COMPLETION_CITES)),
    ];
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 class="heading-m" id="results-title" tabindex="-1">"The dates"</h2>
            <dl class="summary-list">
                {row(r, Which::Notified, "Board notified", "result-notified", r.notified, words)}
                {r.decided.map(|d| row(r, Which::Decided, "Decision made", "result-decided", d, words))}
                {row(r, Which::DecisionDue, DECISION, "result-decision", r.decision_due, words)}
                {row(r, Which::NationalNotification, NATIONAL, "result-national", r.national_notification_due, words)}
                {row(r, Which::CompletionTarget, COMPLETION, "result-completion", r.completion_target, words)}
            </dl>
            <SourcesNote items=sources about="The dates".to_string()/>
            {(r.decision != r.decision_due).then(|| view! {
                <p>{format!("The last two dates count from the decision on {}.", long_date_with_weekday(r.decision))}</p>
            })}
            {(r.decision == r.decision_due).then(|| view! {
                <p>"The last two dates count from the latest date the decision is due. Enter the actual decision date, once known, for exact dates."</p>
            })}
            {(!r.bank_holidays_known).then(|| view! {
                <div class="warning-text">"These dates run past 2030, beyond the bank holidays this site knows: check them against the published bank holidays."</div>
            })}
            <p class="no-print">
                <button type="button" class="button button-secondary" on:click=|_| print()>{words.print.clone()}</button>
            </p>
        </section>
    }
}
