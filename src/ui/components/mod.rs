//! Small shared pieces of page furniture.

use crate::board::BoardProfile;
use crate::content::{fill, site};
use leptos::prelude::*;

/// The Board profile in use (provided by the app at start-up).
pub fn board() -> BoardProfile {
    expect_context::<BoardProfile>()
}

/// Fill a content string's placeholders from the Board profile.
pub fn text(template: &str) -> String {
    fill(template, &board())
}

/// Set the document title for a page: "<page> – <service> – <Board short name>".
pub fn set_title(page: &str) {
    let title = format!("{page} – {} – {}", site().service_name, board().short_name);
    document().set_title(&title);
}

/// Move keyboard focus to the page's main heading after an in-app
/// navigation, so screen-reader users hear the new page (the GOV.UK
/// pattern relies on a full page load doing this for free).
pub fn focus_heading_after_navigation() {
    Effect::new(move |_| {
        if let Some(h1) = document().query_selector("main h1").ok().flatten() {
            use wasm_bindgen::JsCast;
            if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
                let is_first_load = document()
                    .active_element()
                    .map(|el| el.tag_name() == "BODY")
                    .unwrap_or(true)
                    && window()
                        .history()
                        .map(|h| h.length().unwrap_or(1) <= 1)
                        .unwrap_or(true);
                if !is_first_load {
                    let _ = h1.focus();
                }
            }
        }
    });
}

/// A back link (GOV.UK pattern).
#[component]
pub fn BackLink(href: String) -> impl IntoView {
    view! { <a href=href class="back-link">"Back"</a> }
}
