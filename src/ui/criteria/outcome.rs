//! Check your answers, and the result: the route, why (each criterion with
//! its source) and what to do next.

use super::{next_url, url, use_answers};
use crate::criteria::{Answers, Status, Tone};
use crate::routes::Page;
use crate::sources::describe_all;
use crate::stored::REFERRAL_KEY;
use crate::ui::browser::clock::today;
use crate::ui::browser::dom::{focus_heading_after_navigation, print, set_title};
use crate::ui::browser::nav::{navigate, redirect};
use crate::ui::browser::storage::{self, Area};
use crate::ui::common::{opening_words, text, urgent_notice, Cites, SourcesNote};
use crate::ui::widgets::BackLink;
use leptos::prelude::*;

/// Redirect unless the questionnaire is complete (true if redirected).
fn unless_complete(answers: &Answers) -> bool {
    let empty = answers.answers.is_empty() && answers.parallel.is_none();
    if empty {
        redirect(format!("{}?restart=1", Page::CriteriaStart.path()));
        return true;
    }
    if answers.evaluate().route.is_none() {
        redirect(next_url(answers));
        return true;
    }
    false
}

fn answers_list(answers: &Answers, with_change: bool) -> impl IntoView {
    let path = answers.evaluate().path;
    view! {
        <dl class="summary-list">
            {path.into_iter().map(|id| {
                let q = answers.rules().question(id);
                view! {
                    <div class="summary-row">
                        <dt>{q.title}</dt>
                        <dd>{answers.answer_text(id)}</dd>
                        {with_change.then(|| view! {
                            <dd class="summary-actions">
                                <a href=url(id)>"Change"<span class="visually-hidden">{format!(" your answer to: {}", q.title)}</span></a>
                            </dd>
                        })}
                    </div>
                }
            }).collect_view()}
        </dl>
    }
}

/// Check your answers.
pub fn check_page() -> AnyView {
    let answers = use_answers().get_untracked();
    if unless_complete(&answers) {
        return ().into_any();
    }
    set_title(crate::routes::CRITERIA_CHECK_TITLE);
    focus_heading_after_navigation();
    view! {
        <BackLink href=url(*answers.evaluate().path.last().expect("complete"))/>
        <h1 class="heading-l">{crate::routes::CRITERIA_CHECK_TITLE}</h1>
        <p>"Change any answer that is not right. Your other answers are kept."</p>
        {answers_list(&answers, true)}
        <a href=Page::CriteriaOutcome.path() class="button" role="button" draggable="false">"See the result"</a>
    }
    .into_any()
}

fn status_tag(status: Status) -> impl IntoView {
    let (label, class) = match status {
        Status::Met => ("Met", "tag"),
        Status::NotMet => ("Not met", "tag tag-grey"),
        Status::NotSure => ("Not sure", "tag tag-yellow"),
    };
    view! { <strong class=class>{label}</strong> }
}

fn panel_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Act => "panel panel-blue",
        Tone::Consider => "panel panel-amber",
        Tone::Neutral => "panel panel-neutral",
    }
}

/// The result.
pub fn outcome_page() -> AnyView {
    let state = use_answers();
    let answers = state.get_untracked();
    if unless_complete(&answers) {
        return ().into_any();
    }
    let outcome = answers.outcome().expect("complete answers have an outcome");
    set_title(outcome.headline);
    focus_heading_after_navigation();
    let start_again = move |_| {
        state.set(super::no_answers());
        navigate(&Page::CriteriaStart.path());
    };
    // Back to the form's case section if a referral is under way in this tab.
    let referral_started = storage::get(Area::Session, REFERRAL_KEY).is_some();
    let checked_on = crate::dates::long_date(today());
    // Each list's sources in one note after it, fact by fact.
    let step_sources: Vec<(String, String)> = outcome
        .next_steps
        .iter()
        .map(|s| (opening_words(&text(s.text)), describe_all(s.citations)))
        .collect();
    let why_sources: Vec<(String, String)> = outcome
        .why
        .iter()
        .map(|f| (opening_words(f.text), describe_all(f.citations)))
        .collect();
    view! {
        <div class="two-thirds outcome">
            <div class=panel_class(outcome.tone) data-route=format!("{:?}", outcome.route)>
                <h1 class="panel-title">{outcome.headline}</h1>
            </div>
            <p class="lead">{text(outcome.summary)}</p>
            <Cites citations=outcome.citations/>

            <h2 class="heading-m">"What to do next"</h2>
            <ol class="list next-steps">
                {outcome.next_steps.iter().map(|step| view! {
                    <li><p>{text(step.text)}</p></li>
                }).collect_view()}
            </ol>
            <SourcesNote items=step_sources about="What to do next".to_string()/>
            {urgent_notice()}

            <div class="button-group no-print">
                {outcome.refer.then(|| {
                    let (href, label) = if referral_started {
                        (Page::Section(crate::referral::Section::Case).path(), "Return to the referral form")
                    } else {
                        (Page::TaskList.path(), "Start the referral form")
                    };
                    view! { <a href=href class="button" role="button" draggable="false">{label}</a> }
                })}
                <button type="button" class="button button-secondary" on:click=|_| print()>
                    "Print or save this result"
                </button>
            </div>

            <h2 class="heading-m">"Why"</h2>
            <ul class="list list-plain findings">
                {outcome.why.iter().map(|f| view! {
                    <li class="finding">
                        <p>{status_tag(f.status)} " " {f.text}</p>
                    </li>
                }).collect_view()}
            </ul>
            <SourcesNote items=why_sources about="Why".to_string()/>

            <h2 class="heading-m">"Your answers"</h2>
            <p>{format!("Checked on {checked_on}.")}</p>
            {answers_list(&answers, false)}
            <div class="print-only print-write-ins">
                <p class="print-write-line">"Case reference:"</p>
                <p class="print-write-line">"Checked by (name and role):"</p>
            </div>
            <p class="no-print">
                <a href=Page::CriteriaCheck.path()>"Change your answers"</a>
                " or "
                <button type="button" class="link-button" on:click=start_again>"start again"</button>
                "."
            </p>
        </div>
    }
    .into_any()
}
