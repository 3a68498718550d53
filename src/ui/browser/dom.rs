//! Page furniture the tools share: the document title, focus after a
//! change of page, and focusing a field or message.

use crate::ui::common::page_title;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Set the document title for a page: "<page> – <service> – <Board>".
pub fn set_title(page: &str) {
    document().set_title(&page_title(page));
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

/// Move keyboard focus to the page's main heading after a change of page
/// within the tool, so screen-reader users hear the new page (a full page
/// load does this for free). Not on the first page the tool draws: there
/// focus stays at the top, so the skip link is the first thing Tab reaches.
pub fn focus_heading_after_navigation() {
    use std::sync::atomic::{AtomicBool, Ordering};
    static FIRST_PAGE_SHOWN: AtomicBool = AtomicBool::new(false);
    if !FIRST_PAGE_SHOWN.swap(true, Ordering::Relaxed) {
        return;
    }
    request_animation_frame(|| {
        if let Some(h1) = document().query_selector("main h1").ok().flatten() {
            if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
                let _ = h1.set_attribute("tabindex", "-1");
                let _ = h1.focus();
            }
        }
    });
}

/// Focus the element with this id (scrolling it into view). False if there
/// is no such element.
pub fn focus_by_id(id: &str) -> bool {
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

/// Open the browser's print window.
pub fn print() {
    let _ = window().print();
}
