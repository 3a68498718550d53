//! The deadline calculator tool (`/deadlines`). The rules are in
//! `crate::deadlines`; this page only collects the dates and shows them.
//!
//! The form is the same under both rule sets: a date that must be given and
//! a second, optional one (not asked for under some rules), then the dates
//! worked out, each with its sources. Which dates are asked for, how they
//! are worked out and how the answer is shown depend on the site's rule
//! set, chosen once ([`Rules::of_site`]): [`scr`] for Serious Case Reviews,
//! [`cspr`] for Child Safeguarding Practice Reviews.

mod cspr;
mod scr;

use crate::board::RapidReviewStart;
use crate::content::{deadlines_page, CsprDeadlineWords, DeadlinesPage as DeadlinesText};
use crate::criteria::about::Calculator;
use crate::dates::{long_date_with_weekday, DateInputError, DateText};
use crate::deadlines::{BankHolidays, CsprDeadlines, DayOff, Deadlines};
use crate::ui::browser::dom::{
    focus_after_render, focus_heading_after_navigation, print, title_with_errors,
};
use crate::ui::common::{board, rule_set, text, CiteRefs, SourcesNote};
use crate::ui::widgets::date_input::DateInput;
use crate::ui::widgets::ErrorSummary;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Start the calculator on this page.
pub fn start() {
    crate::ui::browser::start(crate::routes::deadlines_page, DeadlinesPage);
}

/// One date the form asks for: the id its boxes start with (`<id>-day`…),
/// its question and hint, and how error messages name it.
#[derive(Clone)]
struct DateField {
    id: &'static str,
    legend: String,
    hint: String,
    name: String,
}

/// The rules the calculator follows, from the profile.
#[derive(Clone)]
enum Rules {
    /// Serious Case Reviews: the decision and national notification dates.
    Scr,
    /// Child Safeguarding Practice Reviews: notifying the Panel and the
    /// rapid review, whose clock starts as the profile says.
    Cspr {
        start: RapidReviewStart,
        words: CsprDeadlineWords,
    },
}

/// The dates worked out under either rule set (with the words to show
/// them).
#[derive(Clone)]
enum Answer {
    Scr(Deadlines),
    Cspr(CsprDeadlines, CsprDeadlineWords),
}

impl Rules {
    /// The site's rules: the one place the calculator looks at the rule set.
    fn of_site(page: &DeadlinesText) -> Self {
        match rule_set().rules().calculator {
            Calculator::Scr => Rules::Scr,
            // A "cspr" profile always names the rapid review's start
            // (src/board/), and content/cspr/site.toml always has the
            // words (tests/deadlines.rs); the defaults are never used.
            Calculator::Cspr => Rules::Cspr {
                start: board()
                    .rapid_review_start
                    .unwrap_or(RapidReviewStart::Aware),
                words: page.cspr.clone().unwrap_or_default(),
            },
        }
    }

    /// The date that must be given, and the optional one if it is asked for.
    fn fields(&self) -> (DateField, Option<DateField>) {
        match self {
            Rules::Scr => scr::fields(),
            Rules::Cspr { start, words } => cspr::fields(words, *start),
        }
    }

    /// Work the dates out from the dates given (the second only if given).
    fn work_out(
        &self,
        first: NaiveDate,
        second: Option<NaiveDate>,
        holidays: &BankHolidays,
    ) -> Result<Answer, String> {
        match self {
            Rules::Scr => crate::deadlines::calculate(first, second, holidays).map(Answer::Scr),
            Rules::Cspr { start, words } => {
                crate::deadlines::calculate_cspr(first, second, *start, holidays)
                    .map(|r| Answer::Cspr(r, words.clone()))
            }
        }
    }
}

impl Answer {
    /// The worked-out dates, their sources, and a print button.
    fn view(&self, words: &DeadlinesText) -> AnyView {
        match self {
            Answer::Scr(r) => scr::results(r, words).into_any(),
            Answer::Cspr(r, cspr) => cspr::results(r, cspr, words).into_any(),
        }
    }
}

#[derive(Clone, Default)]
struct Errors {
    first: Option<DateInputError>,
    second: Option<DateInputError>,
}

impl Errors {
    fn any(&self) -> bool {
        self.first.is_some() || self.second.is_some()
    }
}

#[component]
fn DeadlinesPage() -> impl IntoView {
    let page = deadlines_page(rule_set());
    let rules = Rules::of_site(&page);
    let (first_field, second_field) = rules.fields();
    let first = RwSignal::new(DateText::default());
    let second = RwSignal::new(DateText::default());
    let errors = RwSignal::new(Errors::default());
    let result = RwSignal::new(None::<Answer>);
    title_with_errors(text(&page.title), move || errors.with(Errors::any));
    focus_heading_after_navigation();

    let on_submit = {
        let first_name = first_field.name.clone();
        let second_name = second_field.as_ref().map(|f| f.name.clone());
        move |ev: web_sys::SubmitEvent| {
            ev.prevent_default();
            let first_date = first.get_untracked().date(&first_name);
            let second_text = second.get_untracked();
            let second_date = second_name
                .as_ref()
                .filter(|_| !second_text.is_blank())
                .map(|name| second_text.date(name));
            let mut new_errors = Errors {
                first: first_date.clone().err(),
                second: second_date.clone().and_then(Result::err),
            };
            let mut answer = None;
            if let (Ok(f), None | Some(Ok(_))) = (&first_date, &second_date) {
                let holidays = BankHolidays::england_and_wales(&board().extra_bank_holidays);
                match rules.work_out(*f, second_date.and_then(Result::ok), &holidays) {
                    Ok(a) => answer = Some(a),
                    Err(message) => {
                        new_errors.second = Some(DateInputError {
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
        }
    };

    let ids = (first_field.id, second_field.as_ref().map_or("", |f| f.id));
    let error_links = move || {
        let e = errors.get();
        [(ids.0, e.first), (ids.1, e.second)]
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

    let words = page.clone();
    view! {
        <div class="two-thirds">
            <ErrorSummary errors=Signal::derive(error_links)/>
            <h1 class="heading-l">{text(&page.title)}</h1>
            <p class="lead">{text(&page.lead)}</p>
            <form class="no-print" novalidate on:submit=on_submit>
                <DateInput id=first_field.id legend=first_field.legend hint=first_field.hint
                    value=first on_change=Callback::new(move |d| first.set(d))
                    error=Signal::derive(move || errors.get().first)/>
                {second_field.map(|f| view! {
                    <DateInput id=f.id legend=f.legend hint=f.hint
                        value=second on_change=Callback::new(move |d| second.set(d))
                        error=Signal::derive(move || errors.get().second)/>
                })}
                <button type="submit" class="button">{page.submit.clone()}</button>
            </form>
            {move || result.get().map(|r| r.view(&words))}
            <h2 class="heading-m">{page.method_heading.clone()}</h2>
            {page.rules.iter().map(|r| view! { <p>{text(r)}</p> }).collect_view()}
            <CiteRefs refs=page.rules_sources.clone()/>
        </div>
    }
}

/// "Friday 25 December 2026 is a bank holiday in England and Wales.", under
/// a date that is not a working day (the rules decide which: see
/// `crate::deadlines::DayOff`).
fn day_off_note(day_off: Option<DayOff>, date: NaiveDate, words: &DeadlinesText) -> impl IntoView {
    day_off.map(|day_off| {
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
    label: String,
    id: &'static str,
    date: NaiveDate,
    day_off: Option<DayOff>,
    words: &DeadlinesText,
) -> impl IntoView {
    view! {
        <div class="summary-row">
            <dt>{label}</dt>
            <dd id=id>{long_date_with_weekday(date)}{day_off_note(day_off, date, words)}</dd>
        </div>
    }
}

/// The results under either rule set: the rows, one note with each worked
/// out date's sources (its label, its citations in words), what the dates
/// count from, the warning when the bank holidays are not known, and a
/// print button.
fn results_section(
    rows: impl IntoView,
    sources: Vec<(String, Vec<crate::sources::Ref>)>,
    notes: impl IntoView,
    bank_holidays_known: bool,
    words: &DeadlinesText,
) -> impl IntoView {
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 class="heading-m" id="results-title" tabindex="-1">{words.results_heading.clone()}</h2>
            <dl class="summary-list">{rows}</dl>
            <SourcesNote items=sources about=words.results_heading.clone()/>
            {notes}
            {(!bank_holidays_known).then(|| view! {
                <div class="warning-text">{words.beyond_holidays.clone()}</div>
            })}
            <p class="no-print">
                <button type="button" class="button button-secondary" on:click=|_| print()>{words.print.clone()}</button>
            </p>
        </section>
    }
}
