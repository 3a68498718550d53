//! The referral form tool (`/referral/...`): the task list (with drafts and
//! hand-over files), one page per section, check your answers, and the
//! confirmation page with the document. The model and its validation rules
//! are `crate::referral`; where the form is kept is [`state`]. What every
//! field needs is [`Ctx`].

mod check;
mod done;
mod field_parts;
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

use crate::referral::fields::{Field, Value};
use crate::referral::FieldError;
use crate::routes::Page;
use crate::ui::browser::nav;
use leptos::prelude::*;
use state::FormState;

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

/// What every field needs: the form and the errors shown on the page.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The form being filled in.
    pub form: FormState,
    /// The errors shown on the page (in the error summary and inline).
    pub errors: RwSignal<Vec<FieldError>>,
}

// Its methods are kept with it: what every kind of field (`fields`,
// `special`) asks of it.
impl Ctx {
    /// The message of the error shown for this input, if any.
    fn error(self, id: &str) -> Option<String> {
        self.errors
            .with(|e| e.iter().find(|e| e.field == id).map(|e| e.message.clone()))
    }

    /// Whether an error points at any of these inputs.
    fn has_error(self, ids: Vec<String>) -> Memo<bool> {
        Memo::new(move |_| {
            self.errors
                .with(|e| e.iter().any(|e| ids.contains(&e.field)))
        })
    }

    /// The field's value in row `row`, as it is now (not tracked).
    fn read(self, f: &'static Field, row: usize) -> Value {
        self.form.referral.with_untracked(|r| f.get(r, row))
    }

    /// Write the field's value in row `row` to the referral.
    fn write(self, f: &'static Field, row: usize, value: Value) {
        self.form.edit(move |r| f.set(r, row, value));
    }
}
