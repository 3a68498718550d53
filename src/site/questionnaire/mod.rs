//! The questionnaire as plain pages, worked out at build time from the rule
//! set's tree (`crate::criteria::tree`). No WebAssembly.
//!
//! - `/criteria`: every question a person can reach, each in its own
//!   section named by the answers that lead to it (`#q…`), every "check
//!   your answers" (`#c…`), and the start. Answers are links; a style rule
//!   shows only the section the address's fragment names (`:target`), and
//!   the start when it names none.
//! - `/criteria/result`: every outcome (`#r…`): each distinct outcome once,
//!   and each end's own answers, shown by a style sheet made for the page
//!   ([`result_css`]).
//! - `/criteria/paths`: every path with the duties it ends in, for a Board's
//!   or partnership's legal or policy lead.
//!
//! The fragment is never sent to the server, so the answers stay on the
//! device: in no request path, query string or server log. It works with
//! JavaScript off, by keyboard and with a screen reader (following a link
//! to a fragment moves there). `web/site.js` only improves it: it moves
//! focus to the heading, sets the page title, and keeps the answers in
//! this tab for the referral form.

mod paths;
mod questions;
mod result;

use crate::criteria::tree::Node;
use leptos::prelude::*;

pub use crate::routes::{
    QUESTIONNAIRE as QUESTIONS, QUESTIONNAIRE_PATHS as PATHS, QUESTIONNAIRE_RESULT as RESULT,
};
pub use paths::paths_page;
pub use questions::{moved_page, questions_page};
pub use result::{result_css, result_page};

/// The fragment of a point: `q…` a question, `c…` check your answers.
fn point_id(node: &Node) -> String {
    if node.is_end() {
        format!("c{}", node.key)
    } else {
        format!("q{}", node.key)
    }
}

fn back_link(href: String) -> impl IntoView {
    view! { <a href=href class="back-link">"Back"</a> }
}
