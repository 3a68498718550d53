//! Small shared pieces of page furniture.

pub mod date_input;

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
/// navigation, so screen-reader users hear the new page (a full page load
/// does this for free). Not on the first page of a visit: there focus stays
/// at the top, so the skip link is the first thing Tab reaches.
pub fn focus_heading_after_navigation() {
    use std::sync::atomic::{AtomicBool, Ordering};
    static FIRST_PAGE_SHOWN: AtomicBool = AtomicBool::new(false);
    if !FIRST_PAGE_SHOWN.swap(true, Ordering::Relaxed) {
        return;
    }
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        if let Some(h1) = document().query_selector("main h1").ok().flatten() {
            if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
                let _ = h1.focus();
            }
        }
    });
}

/// A back link (GOV.UK pattern).
#[component]
pub fn BackLink(href: String) -> impl IntoView {
    view! { <a href=href class="back-link">"Back"</a> }
}

/// "Source: …" under a fact, from static citations.
#[component]
pub fn Cites(citations: &'static [crate::sources::Citation]) -> impl IntoView {
    let text = crate::sources::describe_all(citations);
    view! { <p class="citation">"Source: " {text}</p> }
}

/// "Source: …" from content-file references of the form "id:locator".
#[component]
pub fn CiteRefs(refs: Vec<String>) -> impl IntoView {
    let text = refs
        .iter()
        .map(|r| {
            let (id, locator) = r.split_once(':').unwrap_or((r.as_str(), ""));
            crate::sources::describe(id, locator.trim())
        })
        .collect::<Vec<_>>()
        .join("; ");
    view! { <p class="citation">"Source: " {text}</p> }
}

/// Today's date in the browser's local time zone.
pub fn today() -> chrono::NaiveDate {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .expect("the browser's date is a real date")
}

pub use crate::dates::long_date;
