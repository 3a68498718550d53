//! Moving between one tool's pages without reloading the tool. Every page
//! has its own address and its own HTML file, so a reload or a deep link
//! always works; within a tool, a click on a link to another of its pages
//! (or `navigate`) changes the address and the view in place. Links to
//! anything else are ordinary links.

use crate::routes::{Page, Router};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The address shown now: its path and its query string ("?a=b" or "").
#[derive(Clone, Copy)]
struct Location {
    path: RwSignal<String>,
    search: RwSignal<String>,
    router: Router,
}

thread_local! {
    /// The tool's one address (a page has one tool). Kept here rather than
    /// as context, so event handlers, which run outside any component, can
    /// change page too.
    static HERE: std::cell::OnceCell<Location> = const { std::cell::OnceCell::new() };
}

fn here() -> Location {
    HERE.with(|h| *h.get().expect("nav::provide ran when the tool started"))
}

fn read_location() -> (String, String) {
    let location = window().location();
    (
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
    )
}

/// Start following the address for the tool whose router this is. Call
/// once, when the tool starts.
pub fn provide(router: Router) {
    let (path, search) = read_location();
    let here = Location {
        path: RwSignal::new(path),
        search: RwSignal::new(search),
        router,
    };
    HERE.with(|h| {
        let _ = h.set(here);
    });
    let back = window_event_listener(leptos::ev::popstate, move |_| {
        let (path, search) = read_location();
        here.path.set(path);
        here.search.set(search);
    });
    let clicks = window_event_listener(leptos::ev::click, move |ev| follow_link(ev, router));
    // The tool lives as long as the page.
    std::mem::forget(back);
    std::mem::forget(clicks);
}

/// The link to another page of this site that this click follows in this
/// tab, if it is one (a plain click, not to another window or a download,
/// not to a place on this page).
fn site_link(ev: &web_sys::MouseEvent) -> Option<web_sys::HtmlAnchorElement> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let link = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())?;
    if !link.target().is_empty() || link.has_attribute("download") {
        return None;
    }
    let origin = window().location().origin().unwrap_or_default();
    let same_page = {
        let (here_path, here_search) = read_location();
        here_path == link.pathname() && here_search == link.search()
    };
    if link.origin() != origin || (same_page && !link.hash().is_empty()) {
        return None;
    }
    Some(link)
}

/// Whether this click loads another page of this site in this tab (a
/// link the tool does not follow in place: call it after the tool's own
/// click listener, which marks those it follows).
pub fn loads_site_page(ev: &web_sys::MouseEvent) -> bool {
    site_link(ev).is_some()
}

/// A click on a link to another page of this tool: change page in place.
fn follow_link(ev: web_sys::MouseEvent, router: Router) {
    let Some(link) = site_link(&ev) else {
        return;
    };
    let path = link.pathname();
    let search = link.search();
    if router(&path).is_some() {
        ev.prevent_default();
        navigate(&format!("{path}{search}"));
    }
}

/// Go to another page of this tool (a path, optionally with a query).
pub fn navigate(href: &str) {
    let here = here();
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
    let (path, search) = read_location();
    window().scroll_to_with_x_and_y(0.0, 0.0);
    here.search.set(search);
    here.path.set(path);
}

/// The page shown now, if it is one of a tool's pages.
pub fn page() -> Memo<Option<Page>> {
    let here = here();
    Memo::new(move |_| here.path.with(|p| (here.router)(p)))
}

/// A value from the query string, e.g. `query("return")` for "?return=check".
pub fn query(name: &str) -> Option<String> {
    let here = here();
    let search = here.search.get_untracked();
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// Show another page of this tool in place of this one, without a history
/// entry (for a page that cannot be shown yet, e.g. a question reached
/// before the ones it depends on). Runs after the current render.
pub fn redirect(href: String) {
    let here = here();
    queue_microtask(move || {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
        }
        let (path, search) = read_location();
        here.search.set(search);
        here.path.set(path);
    });
}
