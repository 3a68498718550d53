//! SCR referral guide.
//!
//! The domain core is plain Rust and builds and tests natively:
//! - [`criteria`]: THE CRITERIA — questions, decision tree, outcomes;
//! - [`deadlines`]: the dates a case or incident sets (decision and
//!   notification dates; notifying the Panel and the rapid review);
//! - [`board`]: the Board profile (everything Board-specific);
//! - [`referral`], [`draft`], [`document`], [`pdf`]: the referral form, its
//!   drafts and hand-over files, and the referral as a document;
//! - [`content`], [`sources`]: the site's words and their sources;
//! - [`routes`]: every tool page's address; [`stored`]: what the site keeps
//!   in the browser, and where.
//!
//! Two builds draw pages, both from [`ui`]:
//! - `ssr` (native): [`site`], the static site generator, renders every page
//!   to HTML at build time;
//! - `csr` (WebAssembly): each interactive tool, loaded only on its pages.

// Every public item says what it is for; scripts/test.sh runs clippy with
// `-D warnings`, so an undocumented one fails the checks.
#![warn(missing_docs)]

pub mod board;
pub mod content;
pub mod criteria;
pub mod dates;
pub mod deadlines;
pub mod document;
pub mod draft;
pub mod draft_machine;
pub mod json_keys;
pub mod pdf;
pub mod referral;
pub mod routes;
pub mod rule_set;
pub mod sources;
pub mod stored;
pub mod validate;

#[cfg(feature = "ssr")]
pub mod site;
#[cfg(any(feature = "csr", feature = "ssr"))]
pub mod ui;
