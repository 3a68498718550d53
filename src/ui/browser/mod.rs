//! The browser side of every tool: start-up, storage, the clock, focus,
//! moving between a tool's pages, and the Board profile in a message to a
//! worker.

pub mod answers;
pub mod clock;
pub mod dom;
pub mod nav;
pub mod profile;
pub mod storage;

use crate::board::BoardProfile;
use crate::routes::Router;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Start a tool (`router` maps its addresses to its pages): read the Board profile the page carries, then draw the
/// tool in place of the page's `#tool` placeholder (its heading and loading
/// state), and mark it `data-ready`. `web/site.js` calls this through the
/// tool's `main`.
pub fn start<V: IntoView + 'static>(router: Router, app: impl FnOnce() -> V + 'static) {
    // Panic messages in the console while developing; release builds leave
    // the formatting code out (a panic there stops the tool, and the page
    // shows its failure state).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let root = document()
        .get_element_by_id("tool")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("the page has a #tool element");
    // The profile the page carries, one field to an element; the generator
    // checked it, so a page where it is missing was damaged.
    let field = |key: &str| {
        document()
            .query_selector(&format!("#board-profile [data-key={key}]"))
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
    };
    let Some(board) = BoardProfile::from_text_fields(field) else {
        panic!("the page carries a valid Board profile");
    };
    crate::ui::common::set_page_board(&board);
    root.set_inner_html("");
    let _ = root.set_attribute("data-ready", "");
    leptos::mount::mount_to(root, move || {
        provide_context(board);
        nav::provide(router);
        app()
    })
    .forget();
}
