//! The questionnaire pages: start, one question per page, check your
//! answers, and the outcome. The flow itself is in `crate::criteria`.

use crate::content::site;
use crate::criteria::{
    question, question_by_slug, Answer, Answers, ParallelProcess, Question, QuestionId, Route,
    Status,
};
use crate::ui::components::{
    focus_after_render, focus_heading_after_navigation, long_date, set_title, text,
    title_with_errors, today, BackLink, CiteRefs, Cites, ErrorSummary,
};
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::state::criteria_answers;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

const FIRST: QuestionId = QuestionId::Under18;

/// Whether anything has been entered in the referral form in this tab.
fn referral_started() -> bool {
    crate::ui::form_state::form()
        .referral
        .with_untracked(|r| !r.is_empty())
}

fn url(q: QuestionId) -> String {
    format!("/criteria/{}", question(q).slug)
}

/// Where to go after answering: the next question, or the check page.
fn next_url(answers: &Answers) -> String {
    match answers.evaluate().next {
        Some(q) => url(q),
        None => "/criteria/check".to_string(),
    }
}

fn answer_slug(a: Answer) -> &'static str {
    match a {
        Answer::Yes => "yes",
        Answer::No => "no",
        Answer::NotSure => "not-sure",
    }
}

#[component]
pub fn CriteriaStartPage() -> impl IntoView {
    let page = site().criteria;
    set_title(&page.title);
    focus_heading_after_navigation();
    let query = use_query_map();
    let restarted = move || query.read().get("restart").is_some();
    let notice = page.restart_notice.clone();
    let answers = criteria_answers();
    let has_answers = move || answers.with(|a| !a.answers.is_empty());
    view! {
        <div class="two-thirds">
            {move || restarted().then(|| view! {
                <div class="inset" role="status"><p>{notice.clone()}</p></div>
            })}
            <h1 class="heading-xl" tabindex="-1">{page.title.clone()}</h1>
            <p class="lead">{page.lead.clone()}</p>
            {page.intro.iter().map(|p| view! { <p>{text(p)}</p> }).collect_view()}
            <CiteRefs refs=page.intro_sources.clone()/>
            <a href=url(FIRST) class="button button-start" role="button" draggable="false">
                "Start now"
            </a>
            {move || has_answers().then(|| view! {
                <p>
                    "You have answered some questions already. "
                    <a href="/criteria/check">"Continue where you left off"</a>
                    " or "
                    <button type="button" class="link-button" on:click=move |_| answers.set(Answers::default())>
                        "clear your answers"
                    </button>
                    "."
                </p>
            })}
        </div>
    }
}

#[component]
pub fn QuestionPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("slug").unwrap_or_default();
        match question_by_slug(&slug) {
            None => view! { <NotFoundPage/> }.into_any(),
            Some(q) => question_or_redirect(q),
        }
    }
}

fn question_or_redirect(q: &'static Question) -> AnyView {
    let answers = criteria_answers();
    let current = answers.get_untracked();
    let evaluation = current.evaluate();
    if current.answers.is_empty() && current.parallel.is_none() && q.id != FIRST {
        return view! { <Redirect path="/criteria?restart=1"/> }.into_any();
    }
    let reachable = evaluation.path.contains(&q.id) || evaluation.next == Some(q.id);
    if !reachable {
        return view! { <Redirect path=next_url(&current)/> }.into_any();
    }
    // Back: the question before this one on the path, or the start page.
    let position = evaluation
        .path
        .iter()
        .position(|p| *p == q.id)
        .unwrap_or(evaluation.path.len());
    let back = if position == 0 {
        "/criteria".to_string()
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
            <span class="caption">{site().criteria.caption}</span>
            <h1 class="heading-l" tabindex="-1">{q.title}</h1>
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
    let answers = criteria_answers();
    let selected = RwSignal::new(answers.get_untracked().get(q.id));
    let error = RwSignal::new(false);
    let navigate = use_navigate();
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
                navigate(&next_url(&answers.get_untracked()), Default::default());
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
    let answers = criteria_answers();
    let initial = answers.get_untracked().parallel;
    let chosen = RwSignal::new(initial.clone().unwrap_or_default());
    let none = RwSignal::new(initial.map(|l| l.is_empty()).unwrap_or(false));
    let error = RwSignal::new(false);
    let navigate = use_navigate();
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
        navigate(&next_url(&answers.get_untracked()), Default::default());
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

/// Redirect unless the questionnaire is complete.
fn unless_complete(answers: &Answers) -> Option<AnyView> {
    let empty = answers.answers.is_empty() && answers.parallel.is_none();
    if empty {
        return Some(view! { <Redirect path="/criteria?restart=1"/> }.into_any());
    }
    let evaluation = answers.evaluate();
    evaluation
        .route
        .is_none()
        .then(|| view! { <Redirect path=next_url(answers)/> }.into_any())
}

fn answers_list(answers: &Answers, with_change: bool) -> impl IntoView {
    let path = answers.evaluate().path;
    view! {
        <dl class="summary-list">
            {path.into_iter().map(|id| {
                let q = question(id);
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

#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let answers = criteria_answers().get_untracked();
    if let Some(redirect) = unless_complete(&answers) {
        return redirect;
    }
    set_title("Check your answers");
    focus_heading_after_navigation();
    view! {
        <BackLink href=url(*answers.evaluate().path.last().expect("complete"))/>
        <h1 class="heading-l" tabindex="-1">"Check your answers"</h1>
        <p>"Change any answer that is not right. Your other answers are kept."</p>
        {answers_list(&answers, true)}
        <a href="/criteria/outcome" class="button" role="button" draggable="false">"See the result"</a>
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

fn panel_class(route: Route) -> &'static str {
    match route {
        Route::MustCommission | Route::ShouldAlwaysCommission => "panel panel-blue",
        Route::MayMeetCriteria | Route::NotifiableIncident => "panel panel-amber",
        Route::CriteriaNotMet | Route::Adult => "panel panel-neutral",
    }
}

#[component]
pub fn OutcomePage() -> impl IntoView {
    let state = criteria_answers();
    let answers = state.get_untracked();
    if let Some(redirect) = unless_complete(&answers) {
        return redirect;
    }
    let outcome = answers.outcome().expect("complete answers have an outcome");
    set_title(outcome.headline);
    focus_heading_after_navigation();
    let navigate = use_navigate();
    let start_again = move |_| {
        state.set(Answers::default());
        navigate("/criteria", Default::default());
    };
    let checked_on = long_date(today());
    view! {
        <div class="two-thirds outcome">
            <div class=panel_class(outcome.route) data-route=format!("{:?}", outcome.route)>
                <h1 class="panel-title" tabindex="-1">{outcome.headline}</h1>
            </div>
            <p class="lead">{text(outcome.summary)}</p>
            <Cites citations=outcome.citations/>

            <h2 class="heading-m">"What to do next"</h2>
            <ol class="list next-steps">
                {outcome.next_steps.iter().map(|step| view! {
                    <li>
                        <p>{text(step.text)}</p>
                        <Cites citations=step.citations/>
                    </li>
                }).collect_view()}
            </ol>

            <div class="button-group no-print">
                {outcome.refer.then(|| {
                    // Back to the form's case section if a referral is under way.
                    let (href, label) = if referral_started() {
                        ("/referral/case", "Return to the referral form")
                    } else {
                        ("/referral", "Start the referral form")
                    };
                    view! { <a href=href class="button" role="button" draggable="false">{label}</a> }
                })}
                <button type="button" class="button button-secondary" on:click=move |_| { let _ = window().print(); }>
                    "Print or save this result"
                </button>
            </div>

            <h2 class="heading-m">"Why"</h2>
            <ul class="list list-plain findings">
                {outcome.why.iter().map(|f| view! {
                    <li class="finding">
                        <p>{status_tag(f.status)} " " {f.text}</p>
                        <Cites citations=f.citations/>
                    </li>
                }).collect_view()}
            </ul>

            <h2 class="heading-m">"Your answers"</h2>
            <p>{format!("Checked on {checked_on}.")}</p>
            {answers_list(&answers, false)}
            <p class="no-print">
                <a href="/criteria/check">"Change your answers"</a>
                " or "
                <button type="button" class="link-button" on:click=start_again>"start again"</button>
                "."
            </p>
        </div>
    }
    .into_any()
}
