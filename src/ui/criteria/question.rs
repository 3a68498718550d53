//! One question per page (GOV.UK question page): yes/no/not sure, or the
//! checkboxes for other processes.

use super::{first, next_url, url, use_answers};
use crate::content::criteria_start;
use crate::criteria::{Answer, ParallelProcess, Question, QuestionId};
use crate::routes::Page;
use crate::ui::browser::dom::{
    focus_after_render, focus_heading_after_navigation, title_with_errors,
};
use crate::ui::browser::nav::{navigate, redirect};
use crate::ui::common::Cites;
use crate::ui::widgets::{BackLink, ErrorSummary};
use leptos::prelude::*;

fn answer_slug(a: Answer) -> &'static str {
    match a {
        Answer::Yes => "yes",
        Answer::No => "no",
        Answer::NotSure => "not-sure",
    }
}

/// The question's page, or a redirect to the question that must come first.
pub fn question_page(q: &'static Question) -> AnyView {
    let answers = use_answers();
    let current = answers.get_untracked();
    let evaluation = current.evaluate();
    if current.answers.is_empty() && current.parallel.is_none() && q.id != first() {
        redirect(format!("{}?restart=1", Page::CriteriaStart.path()));
        return ().into_any();
    }
    let reachable = evaluation.path.contains(&q.id) || evaluation.next == Some(q.id);
    if !reachable {
        redirect(next_url(&current));
        return ().into_any();
    }
    // Back: the question before this one on the path, or the start page.
    let position = evaluation
        .path
        .iter()
        .position(|p| *p == q.id)
        .unwrap_or(evaluation.path.len());
    let back = if position == 0 {
        Page::CriteriaStart.path()
    } else {
        url(evaluation.path[position - 1])
    };
    if q.id == QuestionId::ParallelProcesses {
        view! { <ParallelQuestion q back/> }.into_any()
    } else {
        view! { <YesNoQuestion q back/> }.into_any()
    }
}

/// The legend-as-heading, hint and definition list shared by question pages.
fn question_heading(q: &'static Question) -> impl IntoView {
    view! {
        <legend class="legend">
            <span class="caption">{criteria_start(crate::ui::common::rule_set()).caption}</span>
            <h1 class="heading-l">{q.title}</h1>
        </legend>
        <div class="hint" id="question-hint">
            {q.hint.iter().map(|h| view! { <p>{*h}</p> }).collect_view()}
            {(!q.definition.is_empty()).then(|| view! {
                <ul>{q.definition.iter().map(|d| view! { <li>{*d}</li> }).collect_view()}</ul>
            })}
        </div>
    }
}

/// The frame every question page shares (GOV.UK question page): back link,
/// error summary, the question as the fieldset's legend and heading, the
/// inline error, the page's own controls, Continue, and the sources.
#[component]
fn QuestionFrame(
    q: &'static Question,
    back: String,
    error: RwSignal<bool>,
    message: &'static str,
    /// The input the error summary's link focuses.
    first_input: String,
    on_submit: impl FnMut(web_sys::SubmitEvent) + 'static,
    children: Children,
) -> impl IntoView {
    let summary = Signal::derive(move || {
        if error.get() {
            vec![(first_input.clone(), message.to_string())]
        } else {
            vec![]
        }
    });
    view! {
        <BackLink href=back/>
        <div class="two-thirds">
            <ErrorSummary errors=summary/>
            <form novalidate on:submit=on_submit>
                <div class="form-group" class:form-group-error=move || error.get()>
                    <fieldset class="fieldset" aria-describedby=move || if error.get() { "question-hint question-error" } else { "question-hint" }>
                        {question_heading(q)}
                        {move || error.get().then(|| view! {
                            <p class="error-message" id="question-error"><span class="visually-hidden">"Error: "</span>{message}</p>
                        })}
                        {children()}
                    </fieldset>
                </div>
                <button type="submit" class="button">"Continue"</button>
            </form>
            <Cites citations=q.citations/>
        </div>
    }
}

#[component]
fn YesNoQuestion(q: &'static Question, back: String) -> impl IntoView {
    let answers = use_answers();
    let selected = RwSignal::new(answers.get_untracked().get(q.id));
    let error = RwSignal::new(false);
    title_with_errors(q.title.to_string(), move || error.get());
    focus_heading_after_navigation();
    const MESSAGE: &str = "Select an answer to continue";
    let first_id = format!("answer-{}", answer_slug(q.choices[0].answer));
    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        match selected.get_untracked() {
            None => {
                error.set(true);
                focus_after_render("error-summary");
            }
            Some(answer) => {
                answers.update(|a| a.set(q.id, answer));
                navigate(&next_url(&answers.get_untracked()));
            }
        }
    };
    view! {
        <QuestionFrame q back error message=MESSAGE first_input=first_id on_submit>
            <div class="radios">
                {q.choices.iter().map(|choice| {
                    let id = format!("answer-{}", answer_slug(choice.answer));
                    let hint_id = format!("{id}-hint");
                    let answer = choice.answer;
                    view! {
                        <div class="radios-item">
                            <input class="radios-input" type="radio" name="answer" id=id.clone()
                                value=answer_slug(answer)
                                aria-describedby=choice.hint.map(|_| hint_id.clone())
                                prop:checked=move || selected.get() == Some(answer)
                                on:change=move |_| selected.set(Some(answer))/>
                            <label class="radios-label" for=id>{choice.label}</label>
                            {choice.hint.map(|h| view! { <div class="radios-hint" id=hint_id.clone()>{h}</div> })}
                        </div>
                    }
                }).collect_view()}
            </div>
        </QuestionFrame>
    }
}

#[component]
fn ParallelQuestion(q: &'static Question, back: String) -> impl IntoView {
    let answers = use_answers();
    let initial = answers.get_untracked().parallel;
    let chosen = RwSignal::new(initial.clone().unwrap_or_default());
    let none = RwSignal::new(initial.map(|l| l.is_empty()).unwrap_or(false));
    let error = RwSignal::new(false);
    title_with_errors(q.title.to_string(), move || error.get());
    focus_heading_after_navigation();
    const MESSAGE: &str =
        "Select the processes under way or expected, or select 'None of these that I know of'";
    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let list = chosen.get_untracked();
        if list.is_empty() && !none.get_untracked() {
            error.set(true);
            focus_after_render("error-summary");
            return;
        }
        answers.update(|a| {
            a.parallel = Some(if none.get_untracked() {
                Vec::new()
            } else {
                list
            })
        });
        navigate(&next_url(&answers.get_untracked()));
    };
    let toggle = move |p: ParallelProcess, on: bool| {
        chosen.update(|list| {
            list.retain(|x| *x != p);
            if on {
                list.push(p);
                list.sort();
            }
        });
        if on {
            none.set(false);
        }
    };
    view! {
        <QuestionFrame q back error message=MESSAGE first_input="parallel-police".to_string() on_submit>
            <div class="checkboxes">
                {ParallelProcess::ALL.iter().map(|p| {
                    let p = *p;
                    let id = format!("parallel-{}", p.slug());
                    view! {
                        <div class="checkboxes-item">
                            <input class="checkboxes-input" type="checkbox" id=id.clone() value=p.slug()
                                prop:checked=move || chosen.with(|l| l.contains(&p))
                                on:change=move |ev| toggle(p, event_target_checked(&ev))/>
                            <label class="checkboxes-label" for=id>{p.label()}</label>
                        </div>
                    }
                }).collect_view()}
                <div class="radios-divider">"or"</div>
                <div class="checkboxes-item">
                    <input class="checkboxes-input" type="checkbox" id="parallel-none" value="none"
                        prop:checked=move || none.get()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            none.set(on);
                            if on { chosen.set(Vec::new()); }
                        }/>
                    <label class="checkboxes-label" for="parallel-none">"None of these that I know of"</label>
                </div>
            </div>
        </QuestionFrame>
    }
}
