//! The questionnaire's start page.

use super::{first, no_answers, url, use_answers};
use crate::content::criteria_start;
use crate::routes::Page;
use crate::ui::browser::dom::{focus_heading_after_navigation, set_title};
use crate::ui::browser::nav::query;
use crate::ui::common::{text, urgent_notice, CiteRefs};
use leptos::prelude::*;

#[component]
pub fn StartPage() -> impl IntoView {
    let page = criteria_start(crate::ui::common::rule_set());
    set_title(&page.title);
    focus_heading_after_navigation();
    let restarted = query("restart").is_some();
    let answers = use_answers();
    let has_answers = move || answers.with(|a| !a.answers.is_empty());
    view! {
        <div class="two-thirds">
            {restarted.then(|| view! {
                <div class="inset" role="status"><p>{page.restart_notice.clone()}</p></div>
            })}
            <h1 class="heading-xl">{page.title.clone()}</h1>
            <p class="lead">{page.lead.clone()}</p>
            {page.intro.iter().map(|p| view! { <p>{text(p)}</p> }).collect_view()}
            <CiteRefs refs=page.intro_sources.clone()/>
            {urgent_notice()}
            <a href=url(first()) class="button button-start" role="button" draggable="false">
                "Start now"
            </a>
            {move || has_answers().then(|| view! {
                <p>
                    "You have answered some questions already. "
                    <a href=Page::CriteriaCheck.path()>"Continue where you left off"</a>
                    " or "
                    <button type="button" class="link-button" on:click=move |_| answers.set(no_answers())>
                        "clear your answers"
                    </button>
                    "."
                </p>
            })}
        </div>
    }
}
