//! The referral form tool (`/referral/...`): the task list (with drafts and
//! hand-over files), one page per section, check your answers, and the
//! confirmation page with the document. The model and its validation rules
//! are `crate::referral`; where the form is kept is [`state`].

mod check;
mod done;
mod fields;
mod files;
mod handover;
mod notices;
mod pdf;
mod print;
mod section;
mod sections;
mod special;
pub mod state;
mod stored_form;
mod task_list;

use crate::routes::Page;
use crate::ui::browser::nav;
use leptos::prelude::*;

/// Start the referral form on this page.
pub fn start() {
    crate::ui::browser::start(crate::routes::referral_page, App);
}

#[component]
fn App() -> impl IntoView {
    state::FormState::provide();
    let page = nav::page();
    move || match page.get() {
        Some(Page::TaskList) => view! { <task_list::TaskList/> }.into_any(),
        Some(Page::Section(section)) => view! { <section::SectionForm section/> }.into_any(),
        Some(Page::ReferralCheck) => view! { <check::CheckPage/> }.into_any(),
        Some(Page::ReferralDone) => done::done_page(),
        _ => ().into_any(),
    }
}
