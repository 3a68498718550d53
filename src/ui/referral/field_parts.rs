//! What every field draws around its input(s), whatever its kind (GOV.UK):
//! the hint, the inline error message (`<id>-error`), the "too long to
//! keep" message, and the `aria-describedby` that points the inputs at
//! them. The field kinds (`fields`, `special`) all draw these from here.

use crate::referral::fields::Field;
use crate::referral::{keep_max, thousands};
use leptos::prelude::*;

/// The ids an input's `aria-describedby` names, in the order they are
/// read: the hint (`<id>-hint`), any other message (`extra`), then the
/// error (`<id>-error`). `None` (no attribute) when there is none.
pub fn described_by(id: &str, hint: bool, error: bool, extra: Option<String>) -> Option<String> {
    let mut parts = vec![];
    if hint {
        parts.push(format!("{id}-hint"));
    }
    if let Some(extra) = extra {
        parts.push(extra);
    }
    if error {
        parts.push(format!("{id}-error"));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The inline error message while there is one (GOV.UK error message):
/// `<id>-error`, inside the field's form group, which the input(s) name in
/// `aria-describedby` (see [`described_by`]).
pub fn error_message(
    id: String,
    message: impl Fn() -> Option<String> + Send + 'static,
) -> impl IntoView {
    move || {
        message().map(|m| {
            view! {
                <p class="error-message" id=format!("{id}-error")>
                    <span class="visually-hidden">"Error: "</span>{m}
                </p>
            }
        })
    }
}

/// The field's hint, if it has one: `<id>-hint`.
pub fn hint_view(f: &'static Field, id: &str) -> Option<impl IntoView> {
    f.hint
        .map(|h| view! { <div class="hint" id=format!("{id}-hint")>{h}</div> })
}

/// "This is too long to keep": text past the most the form keeps is left
/// on the screen, not stored, and the person is told (`<id>-too-long`).
pub fn too_long_view(id: String, too_long: RwSignal<Option<usize>>, max: usize) -> impl IntoView {
    move || {
        too_long.get().map(|count| {
            view! {
                <p class="error-message" id=format!("{id}-too-long") role="alert">
                    {format!(
                        "This is too long to keep: it has {} characters, and the form keeps up to {}. Shorten it: until you do, your last change here is not saved.",
                        thousands(count),
                        thousands(keep_max(max))
                    )}
                </p>
            }
        })
    }
}
