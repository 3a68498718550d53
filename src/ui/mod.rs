//! Everything that draws pages, in two builds:
//! - [`common`] (both builds): Board words, titles, citations, guidance
//!   sections — drawn to HTML at build time and by the tools alike;
//! - `csr` only (WebAssembly): [`browser`] (storage, clock, focus, in-tool
//!   navigation, start-up), [`widgets`] (form controls and the error
//!   summary) and one folder per tool: [`deadlines`],
//!   [`referral`].

pub mod common;

#[cfg(feature = "csr")]
pub mod browser;
#[cfg(feature = "csr")]
pub mod deadlines;
#[cfg(feature = "csr")]
pub mod referral;
#[cfg(feature = "csr")]
pub mod widgets;
