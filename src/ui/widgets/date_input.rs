//! GOV.UK date input: day, month and year boxes in a fieldset, with the
//! inline error message and error highlighting on the box that is wrong.

use crate::dates::{DateInputError, DateText};
use leptos::prelude::*;

/// A GOV.UK date input: a fieldset of day, month and year boxes.
#[component]
pub fn DateInput(
    /// Prefix for the input ids: `<id>-day`, `<id>-month`, `<id>-year`.
    #[prop(into)]
    id: String,
    /// The question, as the fieldset's legend.
    #[prop(into)]
    legend: String,
    /// The hint under it (an example date).
    #[prop(into)]
    hint: String,
    /// The date as typed.
    #[prop(into)]
    value: Signal<DateText>,
    /// Called with the new value whenever a box changes.
    on_change: Callback<DateText>,
    /// What is wrong with the date, if anything (highlights the box at fault).
    #[prop(into)]
    error: Signal<Option<DateInputError>>,
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
    let part = |name: &'static str, label: &'static str, width: &'static str| {
        let input_id = format!("{id}-{name}");
        let has_error = move || error.with(|e| e.as_ref().is_some_and(|e| e.parts.contains(&name)));
        let read = move |d: &DateText| match name {
            "day" => d.day.clone(),
            "month" => d.month.clone(),
            _ => d.year.clone(),
        };
        view! {
            <div class="form-group">
                <label class="label" for=input_id.clone()>{label}</label>
                <input class=format!("input {width}") class:input-error=has_error id=input_id.clone() name=input_id
                    type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                    prop:value=move || value.with(read)
                    on:input=move |ev| {
                        let mut d = value.get_untracked();
                        let text = event_target_value(&ev);
                        match name {
                            "day" => d.day = text,
                            "month" => d.month = text,
                            _ => d.year = text,
                        }
                        on_change.run(d);
                    }/>
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
                    {part("day", "Day", "input-width-2")}
                    {part("month", "Month", "input-width-2")}
                    {part("year", "Year", "input-width-4")}
                </div>
            </fieldset>
        </div>
    }
}
