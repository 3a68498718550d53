//! The browser side of every tool: start-up, storage, the clock, focus and
//! moving between a tool's pages.

pub mod answers;
pub mod clock;
pub mod dom;
pub mod nav;
pub mod storage;

use crate::board::BoardProfile;
use crate::routes::Tool;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Start a tool: read the Board profile the page carries, then draw the
/// tool in place of the page's `#tool` placeholder (its heading and loading
/// state), and mark it `data-ready`. `web/site.js` calls this through the
/// tool's `main`.
pub fn start<V: IntoView + 'static>(tool: Tool, app: impl FnOnce() -> V + 'static) {
    console_error_panic_hook::set_once();
    let root = document()
        .get_element_by_id("tool")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("the page has a #tool element");
    let embedded = document()
        .get_element_by_id("board-profile")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    // The generator checked the profile; a page that fails here was damaged.
    let board = BoardProfile::from_embedded(&embedded).expect("the page carries a valid Board profile");
    root.set_inner_html("");
    let _ = root.set_attribute("data-ready", "");
    leptos::mount::mount_to(root, move || {
        provide_context(board);
        nav::provide(tool);
        app()
    })
    .forget();
}
