//! The form's fields, drawn from the field table (`crate::referral::fields`):
//! one view per kind, each with its label, hint and inline error (GOV.UK,
//! from `field_parts`). This file chooses the view for a field's kind and
//! shows it while its condition holds; the views are in [`text`] (text,
//! long text with a character count, date), [`choices`] (radios,
//! checkboxes) and `special` (the criteria, the other processes).
//!
//! Inputs are not redrawn as the person types: each shows the value it had
//! when the page was drawn and writes every change to the referral at once,
//! so typing stays fast however long the form is. When the referral is
//! replaced as a whole (a file opened, a draft chosen), the page is drawn
//! again (`FormState::generation`).

mod choices;
mod text;

use super::Ctx;
use crate::referral::fields::{Field, Kind};
use leptos::prelude::*;

/// One field in row `row` (0 outside repeated parts), shown only while its
/// condition holds.
pub fn field_view(cx: Ctx, f: &'static Field, row: usize) -> AnyView {
    if f.when.is_none() {
        return body(cx, f, row);
    }
    let shown = Memo::new(move |_| cx.form.referral.with(|r| f.shown(r, row)));
    (move || shown.get().then(|| body(cx, f, row))).into_any()
}

/// The view for the field's kind.
fn body(cx: Ctx, f: &'static Field, row: usize) -> AnyView {
    match f.kind {
        Kind::Text {
            width,
            input,
            autocomplete,
            ..
        } => text::text_input(cx, f, row, width, input, autocomplete),
        Kind::LongText => text::text_area(cx, f, row),
        Kind::Date => text::date_input(cx, f, row),
        Kind::One { options, inline } => choices::radios(cx, f, row, options, inline),
        Kind::Many { options, exclusive } => choices::checkboxes(cx, f, row, options, exclusive),
        Kind::Criteria => super::special::criteria(cx, f),
        Kind::Processes => super::special::processes(cx, f),
    }
}
