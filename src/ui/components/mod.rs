//! Small shared pieces of page furniture.

pub mod date_input;
pub mod fields;
pub mod files;

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

/// Focus the element with this id (scrolling it into view). False if there
/// is no such element.
pub fn focus_by_id(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(el) = document().get_element_by_id(id) else {
        return false;
    };
    el.scroll_into_view();
    el.dyn_into::<web_sys::HtmlElement>()
        .map(|el| el.focus().is_ok())
        .unwrap_or(false)
}

/// Focus an element once the view has re-rendered.
pub fn focus_after_render(id: &'static str) {
    request_animation_frame(move || {
        focus_by_id(id);
    });
}

/// Keep the document title as "<title>", or "Error: <title>" while the page
/// shows errors (the GOV.UK pattern).
pub fn title_with_errors(title: String, has_errors: impl Fn() -> bool + Send + Sync + 'static) {
    Effect::new(move |_| {
        set_title(&format!(
            "{}{title}",
            if has_errors() { "Error: " } else { "" }
        ))
    });
}

/// GOV.UK error summary: shown while there are errors, each a link (target
/// input id, message) that moves focus to the field it names. Give it focus
/// with `focus_after_render("error-summary")` when a submit fails.
#[component]
pub fn ErrorSummary(#[prop(into)] errors: Signal<Vec<(String, String)>>) -> impl IntoView {
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
                                // Focus the field without a router navigation.
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

/// A saved time in the browser's time zone: "23 November 2026 at 10:48".
pub fn local_date_time(ms: i64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let date =
        chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date());
    match date {
        Some(date) => format!(
            "{} at {:02}:{:02}",
            long_date(date),
            d.get_hours(),
            d.get_minutes()
        ),
        None => String::new(),
    }
}
