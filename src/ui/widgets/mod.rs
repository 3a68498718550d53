//! Small pieces of page furniture the tools share (GOV.UK patterns): the
//! back link, the error summary and the date input. Each takes values and
//! callbacks; none reaches into a tool's state.

pub mod date_input;

use crate::ui::browser::dom::focus_by_id;
use leptos::prelude::*;

/// A back link (GOV.UK pattern).
#[component]
pub fn BackLink(
    /// Where the link goes.
    href: String,
) -> impl IntoView {
    view! { <a href=href class="back-link">"Back"</a> }
}

/// GOV.UK error summary: shown while there are errors, each a link (target
/// input id, message) that moves focus to the field it names. Give it focus
/// with `focus_after_render("error-summary")` when a submit fails.
#[component]
pub fn ErrorSummary(
    /// Each error's input id and message, in page order.
    #[prop(into)]
    errors: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| view! {
            <div class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                <h2 class="error-summary-title" id="error-summary-title">"There is a problem"</h2>
                <ul class="error-summary-list">
                    {list.into_iter().map(|(target, message)| {
                        if target.starts_with('/') {
                            // Another page (e.g. a section of the form).
                            return view! { <li><a href=target>{message}</a></li> }.into_any();
                        }
                        let focus_target = target.clone();
                        view! {
                            <li><a href=format!("#{target}") on:click=move |ev: web_sys::MouseEvent| {
                                // Focus the field, without changing the address.
                                ev.prevent_default();
                                focus_by_id(&focus_target);
                            }>{message}</a></li>
                        }.into_any()
                    }).collect_view()}
                </ul>
            </div>
        })
    }
}
