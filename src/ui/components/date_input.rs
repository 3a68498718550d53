//! GOV.UK date input: day, month and year boxes in a fieldset, with the
//! inline error message and per-box error highlighting.

use crate::dates::DateInputError;
use leptos::prelude::*;

/// The three text values of a date input.
#[derive(Clone, Copy)]
pub struct DateFields {
    pub day: RwSignal<String>,
    pub month: RwSignal<String>,
    pub year: RwSignal<String>,
}

impl DateFields {
    pub fn new() -> Self {
        DateFields {
            day: RwSignal::new(String::new()),
            month: RwSignal::new(String::new()),
            year: RwSignal::new(String::new()),
        }
    }
}

impl Default for DateFields {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn DateInput(
    /// Prefix for the input ids: `<id>-day`, `<id>-month`, `<id>-year`.
    id: &'static str,
    legend: &'static str,
    hint: &'static str,
    fields: DateFields,
    #[prop(into)] error: Signal<Option<DateInputError>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if error.get().is_some() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    let part = move |name: &'static str,
                     label: &'static str,
                     signal: RwSignal<String>,
                     width: &'static str| {
        let input_id = format!("{id}-{name}");
        let has_error = move || error.with(|e| e.as_ref().is_some_and(|e| e.parts.contains(&name)));
        view! {
            <div class="form-group">
                <label class="label" for=input_id.clone()>{label}</label>
                <input class=format!("input {width}") class:input-error=has_error id=input_id.clone() name=input_id
                    type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                    prop:value=move || signal.get()
                    on:input=move |ev| signal.set(event_target_value(&ev))/>
            </div>
        }
    };
    view! {
        <div class="form-group" class:form-group-error=move || error.get().is_some()>
            <fieldset class="fieldset" role="group" aria-describedby=described>
                <legend class="legend"><span class="heading-s">{legend}</span></legend>
                <div class="hint" id=hint_id.clone()>{hint}</div>
                {move || error.get().map(|e| view! {
                    <p class="error-message" id=error_id.clone()><span class="visually-hidden">"Error: "</span>{e.message}</p>
                })}
                <div class="date-input">
                    {part("day", "Day", fields.day, "input-width-2")}
                    {part("month", "Month", fields.month, "input-width-2")}
                    {part("year", "Year", fields.year, "input-width-4")}
                </div>
            </fieldset>
        </div>
    }
}
