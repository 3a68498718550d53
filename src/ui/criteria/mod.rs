//! The questionnaire tool (`/criteria/...`): start, one question per page,
//! check your answers, and the result. The flow itself is `crate::criteria`;
//! these views only display it and collect answers.

mod outcome;
mod question;
mod start;

use crate::criteria::{Answers, QuestionId};
use crate::routes::Page;
use crate::ui::browser::{answers, nav};
use crate::ui::common::board;
use leptos::prelude::*;

/// The answers, shared by the questionnaire's pages (kept in the one home,
/// `ui::browser::answers`, on every change).
#[derive(Clone, Copy)]
struct AnswersState(RwSignal<Answers>);

fn use_answers() -> RwSignal<Answers> {
    expect_context::<AnswersState>().0
}

/// The site's rule set's first question.
fn first() -> QuestionId {
    board().rule_set.rules().first()
}

/// No answers yet, under the site's rule set.
fn no_answers() -> Answers {
    Answers::new(board().rule_set)
}

/// A question's address.
fn url(q: QuestionId) -> String {
    Page::Question(q).path()
}

/// Where to go after answering: the next question, or the check page.
fn next_url(answers: &Answers) -> String {
    match answers.evaluate().next {
        Some(q) => url(q),
        None => Page::CriteriaCheck.path(),
    }
}

/// Start the questionnaire on this page.
pub fn start() {
    crate::ui::browser::start(crate::routes::criteria_page, App);
}

#[component]
fn App() -> impl IntoView {
    let rules = board().rule_set.rules();
    let state = RwSignal::new(answers::load(rules.id));
    Effect::new(move |_| state.with(answers::save));
    provide_context(AnswersState(state));
    let page = nav::page();
    move || match page.get() {
        Some(Page::CriteriaStart) => view! { <start::StartPage/> }.into_any(),
        // A question of this site's rules (another rule set's address
        // shows the start page).
        Some(Page::Question(q)) if rules.questions.iter().any(|r| r.id == q) => {
            question::question_page(rules.question(q))
        }
        Some(Page::Question(_)) => view! { <start::StartPage/> }.into_any(),
        Some(Page::CriteriaCheck) => outcome::check_page(),
        Some(Page::CriteriaOutcome) => outcome::outcome_page(),
        _ => ().into_any(),
    }
}
