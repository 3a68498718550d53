//! SCR referral guide.
//!
//! The domain core is plain Rust and builds and tests natively:
//! - [`board`]: the Board profile (everything Board-specific),
//! - [`validate`]: shared input checks.
//!
//! The browser app (Leptos, client-side rendered) is in [`ui`], behind the
//! `csr` feature that Trunk turns on.

pub mod board;
pub mod content;
pub mod criteria;
pub mod dates;
pub mod deadlines;
pub mod document;
pub mod draft;
pub mod pdf;
pub mod referral;
pub mod sources;
pub mod validate;

#[cfg(feature = "csr")]
pub mod ui;
