//! The typed fields: a one-line text input, a long text with a GOV.UK
//! character count, and a GOV.UK date (day, month and year).

use crate::referral::fields::{Field, Value};
use crate::referral::{keep_max, thousands};
use crate::ui::referral::field_parts::{described_by, error_message, hint_view, too_long_view};
use crate::ui::referral::Ctx;
use leptos::prelude::*;

/// A one-line text input, with the suggestions the form already knows
/// (a `datalist`) where the field has them.
pub fn text_input(
    cx: Ctx,
    f: &'static Field,
    row: usize,
    width: &'static str,
    input: &'static str,
    autocomplete: &'static str,
) -> AnyView {
    let id = f.id_in(row);
    let has_error = cx.has_error(vec![id.clone()]);
    let too_long = RwSignal::new(None::<usize>);
    let initial = cx.read(f, row).text();
    let list = f.suggest.map(|_| format!("{id}-list"));
    let suggestions = f
        .suggest
        .map(|from| cx.form.referral.with_untracked(from))
        .unwrap_or_default();
    let describe = {
        let id = id.clone();
        move || {
            described_by(
                &id,
                f.hint.is_some(),
                has_error.get(),
                too_long.get().map(|_| format!("{id}-too-long")),
            )
        }
    };
    let error_view = {
        let id = id.clone();
        error_message(id.clone(), move || cx.error(&id))
    };
    view! {
        <div class="form-group" class:form-group-error=move || has_error.get() || too_long.get().is_some()>
            <label class="label" for=id.clone()>{f.label}</label>
            {hint_view(f, &id)}
            {error_view}
            <input class=format!("input {width}") class:input-error=has_error id=id.clone() name=id.clone()
                type=input autocomplete=autocomplete spellcheck="false" aria-describedby=describe
                list=list.clone() value=initial
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let count = text.chars().count();
                    if count > keep_max(f.max) {
                        too_long.set(Some(count));
                    } else {
                        too_long.set(None);
                        cx.write(f, row, Value::Text(text));
                    }
                }/>
            {list.map(|list| view! {
                <datalist id=list>{suggestions.into_iter().map(|s| view! { <option value=s></option> }).collect_view()}</datalist>
            })}
            {too_long_view(id.clone(), too_long, f.max)}
        </div>
    }
    .into_any()
}

/// A textarea with a GOV.UK character count: shown as you type, announced
/// to screen readers when you pause; text over the limit is kept (up to the
/// most the form keeps) and flagged.
pub fn text_area(cx: Ctx, f: &'static Field, row: usize) -> AnyView {
    let id = f.id_in(row);
    let max = f.max;
    let initial = cx.read(f, row).text();
    let count = RwSignal::new(crate::referral::length_as_read(&initial));
    let too_long = RwSignal::new(None::<usize>);
    let count_message = move || {
        let n = count.get();
        if n > max {
            let over = n - max;
            (
                true,
                format!(
                    "You have {} character{} too many",
                    thousands(over),
                    if over == 1 { "" } else { "s" }
                ),
            )
        } else {
            let left = max - n;
            (
                false,
                format!(
                    "You have {} character{} remaining",
                    thousands(left),
                    if left == 1 { "" } else { "s" }
                ),
            )
        }
    };
    // Screen readers hear the count once typing pauses, not per keystroke.
    let announced = RwSignal::new(String::new());
    let generation = StoredValue::new(0u32);
    let announce_later = move || {
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        set_timeout(
            move || {
                // The field may be gone (the person moved on): then do nothing.
                if generation.try_get_value() == Some(mine) {
                    announced.try_set(count_message().1);
                }
            },
            std::time::Duration::from_millis(1000),
        );
    };
    let has_error = cx.has_error(vec![id.clone()]);
    let describe = {
        let id = id.clone();
        move || {
            described_by(
                &id,
                f.hint.is_some(),
                has_error.get(),
                Some(format!("{id}-info")),
            )
        }
    };
    let error_view = {
        let id = id.clone();
        error_message(id.clone(), move || cx.error(&id))
    };
    view! {
        <div class="form-group character-count" class:form-group-error=move || has_error.get() || too_long.get().is_some()>
            <label class="label" for=id.clone()>{f.label}</label>
            {hint_view(f, &id)}
            {error_view}
            <textarea class="textarea" class:input-error=has_error id=id.clone() name=id.clone() rows="6"
                spellcheck="true" aria-describedby=describe prop:value=initial
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let n = crate::referral::length_as_read(&text);
                    count.set(n);
                    announce_later();
                    if n > keep_max(max) {
                        too_long.set(Some(n));
                    } else {
                        too_long.set(None);
                        cx.write(f, row, Value::Text(text));
                    }
                }></textarea>
            <div class="hint character-count-message" class:error-message-plain=move || count_message().0
                id=format!("{id}-info") aria-hidden="true">{move || count_message().1}</div>
            <div class="visually-hidden" aria-live="polite">{move || announced.get()}</div>
            {too_long_view(id.clone(), too_long, max)}
        </div>
    }
    .into_any()
}

/// GOV.UK date input: day, month and year, the box at fault highlighted.
pub fn date_input(cx: Ctx, f: &'static Field, row: usize) -> AnyView {
    let id = f.id_in(row);
    let has_error = cx.has_error(f.input_ids(row));
    let initial = cx.read(f, row).date();
    let error = {
        let prefix = format!("{id}-");
        Memo::new(move |_| {
            cx.errors.with(|errors| {
                errors.iter().find_map(|e| {
                    let part = e.field.strip_prefix(&prefix)?;
                    ["day", "month", "year"]
                        .contains(&part)
                        .then(|| (part.to_string(), e.message.clone()))
                })
            })
        })
    };
    let describe = {
        let id = id.clone();
        move || described_by(&id, f.hint.is_some(), has_error.get(), None)
    };
    let part = |name: &'static str, label: &'static str, width: &'static str, value: String| {
        let input_id = format!("{id}-{name}");
        let wrong = move || error.with(|e| e.as_ref().is_some_and(|(p, _)| p == name));
        view! {
            <div class="form-group">
                <label class="label" for=input_id.clone()>{label}</label>
                <input class=format!("input {width}") class:input-error=wrong id=input_id.clone() name=input_id
                    type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                    maxlength=crate::draft::DATE_PART_MAX.to_string() value=value
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        let mut date = cx.read(f, row).date();
                        match name {
                            "day" => date.day = text,
                            "month" => date.month = text,
                            _ => date.year = text,
                        }
                        cx.write(f, row, Value::Date(date));
                    }/>
            </div>
        }
    };
    view! {
        <div class="form-group" class:form-group-error=has_error>
            <fieldset class="fieldset" role="group" aria-describedby=describe>
                <legend class="legend"><span class="heading-s">{f.label}</span></legend>
                {hint_view(f, &id)}
                {error_message(id.clone(), move || error.get().map(|(_, m)| m))}
                <div class="date-input">
                    {part("day", "Day", "input-width-2", initial.day.clone())}
                    {part("month", "Month", "input-width-2", initial.month.clone())}
                    {part("year", "Year", "input-width-4", initial.year.clone())}
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}
