//! "Delete everything on this device": one click from every page (the
//! header link), then one button. Empties local and session storage.

use crate::content::referral_text;
use crate::ui::components::{focus_after_render, focus_heading_after_navigation, set_title};
use crate::ui::form_state::form;
use leptos::prelude::*;

#[component]
pub fn DeletePage() -> impl IntoView {
    let words = referral_text().delete;
    set_title(&words.title);
    focus_heading_after_navigation();
    let f = form();
    let deleted = RwSignal::new(false);
    let stored = move || {
        let mut items = vec![];
        if crate::ui::state::criteria_answers().with(|a| *a != Default::default()) {
            items.push("your answers to the criteria questions".to_string());
        }
        if f.referral.with(|r| !r.is_empty()) {
            items.push("the referral form in this tab".to_string());
        }
        if f.keep.get() {
            items.push("the draft kept on this device".to_string());
        }
        items
    };
    let on_delete = move |_| {
        f.delete_everything();
        deleted.set(true);
        focus_after_render("deleted-heading");
    };
    let words_done = words.clone();
    view! {
        <div class="two-thirds">
            {move || if deleted.get() {
                view! {
                    <div class="panel panel-confirmation">
                        <h1 class="panel-title" id="deleted-heading" tabindex="-1">{words_done.done_heading.clone()}</h1>
                    </div>
                    <p>{words_done.done_text.clone()}</p>
                    <p><a href="/">"Go to the start"</a></p>
                }.into_any()
            } else {
                let items = stored();
                view! {
                    <h1 class="heading-l" tabindex="-1">{words.title.clone()}</h1>
                    <p class="lead">{words.lead.clone()}</p>
                    {if items.is_empty() {
                        view! { <p id="stored-now">{words.nothing_stored.clone()}</p> }.into_any()
                    } else {
                        view! {
                            <p>"Stored in this browser now:"</p>
                            <ul class="list list-bullet" id="stored-now">
                                {items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <div class="warning-text">{words.warning.clone()}</div>
                    <button type="button" class="button button-warning" id="delete-everything" on:click=on_delete>
                        {words.button.clone()}
                    </button>
                }.into_any()
            }}
        </div>
    }
}
