//! The form's fields, drawn from the field table (`crate::referral::fields`):
//! one view per kind (text, long text with a character count, date, radios,
//! checkboxes), each with its label, hint and inline error (GOV.UK).
//!
//! Inputs are not redrawn as the person types: each shows the value it had
//! when the page was drawn and writes every change to the referral at once,
//! so typing stays fast however long the form is. When the referral is
//! replaced as a whole (a file opened, a draft chosen), the page is drawn
//! again (`FormState::generation`).

use super::state::FormState;
use crate::referral::fields::{Field, Kind, Value};
use crate::referral::{keep_max, thousands, FieldError};
use leptos::prelude::*;

/// What every field needs: the form and the errors shown on the page.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub form: FormState,
    pub errors: RwSignal<Vec<FieldError>>,
}

impl Ctx {
    fn error(self, id: &str) -> Option<String> {
        self.errors
            .with(|e| e.iter().find(|e| e.field == id).map(|e| e.message.clone()))
    }

    /// Whether an error points at any of these inputs.
    fn has_error(self, ids: Vec<String>) -> Memo<bool> {
        Memo::new(move |_| {
            self.errors
                .with(|e| e.iter().any(|e| ids.contains(&e.field)))
        })
    }

    fn read(self, f: &'static Field, row: usize) -> Value {
        self.form.referral.with_untracked(|r| f.get(r, row))
    }

    fn write(self, f: &'static Field, row: usize, value: Value) {
        self.form.edit(move |r| f.set(r, row, value));
    }
}

fn described_by(id: &str, hint: bool, error: bool, extra: Option<String>) -> Option<String> {
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

fn error_message(id: &str, message: String) -> impl IntoView {
    view! {
        <p class="error-message" id=format!("{id}-error")>
            <span class="visually-hidden">"Error: "</span>{message}
        </p>
    }
}

fn hint_view(f: &'static Field, id: &str) -> Option<impl IntoView> {
    f.hint
        .map(|h| view! { <div class="hint" id=format!("{id}-hint")>{h}</div> })
}

/// "This is too long to keep": text past the most the form keeps is left
/// on the screen, not stored, and the person is told.
fn too_long_view(id: String, too_long: RwSignal<Option<usize>>, max: usize) -> impl IntoView {
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

/// One field in row `row` (0 outside repeated parts), shown only while its
/// condition holds.
pub fn field_view(cx: Ctx, f: &'static Field, row: usize) -> AnyView {
    if f.when.is_none() {
        return body(cx, f, row);
    }
    let shown = Memo::new(move |_| cx.form.referral.with(|r| f.shown(r, row)));
    (move || shown.get().then(|| body(cx, f, row))).into_any()
}

fn body(cx: Ctx, f: &'static Field, row: usize) -> AnyView {
    match f.kind {
        Kind::Text {
            width,
            input,
            autocomplete,
            ..
        } => text_input(cx, f, row, width, input, autocomplete),
        Kind::LongText => text_area(cx, f, row),
        Kind::Date => date_input(cx, f, row),
        Kind::One { options, inline } => radios(cx, f, row, options, inline),
        Kind::Many { options, exclusive } => checkboxes(cx, f, row, options, exclusive),
        Kind::Criteria => super::special::criteria(cx, f),
        Kind::Processes => super::special::processes(cx, f),
    }
}

fn text_input(
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
        move || cx.error(&id).map(|m| error_message(&id, m))
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
fn text_area(cx: Ctx, f: &'static Field, row: usize) -> AnyView {
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
        move || cx.error(&id).map(|m| error_message(&id, m))
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
fn date_input(cx: Ctx, f: &'static Field, row: usize) -> AnyView {
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
                {let id = id.clone(); move || error.get().map(|(_, m)| error_message(&id, m))}
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

fn radios(
    cx: Ctx,
    f: &'static Field,
    row: usize,
    options: &'static [crate::referral::Opt],
    inline: bool,
) -> AnyView {
    let name = f.id_in(row);
    let first = f.error_id(row);
    let has_error = cx.has_error(vec![first.clone()]);
    let chosen = RwSignal::new(cx.read(f, row).one());
    let describe = {
        let name = name.clone();
        move || described_by(&name, f.hint.is_some(), has_error.get(), None)
    };
    let error_view = {
        let (name, first) = (name.clone(), first.clone());
        move || cx.error(&first).map(|m| error_message(&name, m))
    };
    view! {
        <div class="form-group" class:form-group-error=has_error>
            <fieldset class="fieldset" aria-describedby=describe>
                <legend class="legend"><span class="heading-s">{f.label}</span></legend>
                {hint_view(f, &name)}
                {error_view}
                <div class="radios" class:radios-inline=inline>
                    {options.iter().map(|o| {
                        let id = format!("{name}-{}", o.slug);
                        let slug = o.slug;
                        view! {
                            <div class="radios-item">
                                <input class="radios-input" type="radio" id=id.clone() name=name.clone() value=slug
                                    prop:checked=move || chosen.get() == Some(slug)
                                    on:change=move |_| {
                                        chosen.set(Some(slug));
                                        cx.write(f, row, Value::One(Some(slug)));
                                    }/>
                                <label class="radios-label" for=id>{o.label}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}

/// Checkboxes. An exclusive answer ("None of these", "Not known") comes
/// after an "or", and choosing it clears the others (and the reverse).
fn checkboxes(
    cx: Ctx,
    f: &'static Field,
    row: usize,
    options: &'static [crate::referral::Opt],
    exclusive: &'static [&'static str],
) -> AnyView {
    let name = f.id_in(row);
    let has_error = cx.has_error(vec![name.clone()]);
    let chosen = RwSignal::new(cx.read(f, row).many());
    let toggle = move |slug: &'static str, on: bool| {
        chosen.update(|list| {
            if on {
                if exclusive.contains(&slug) {
                    list.clear();
                } else {
                    list.retain(|s| !exclusive.contains(s));
                }
                list.push(slug);
                // Keep the form's order.
                list.sort_by_key(|s| options.iter().position(|o| o.slug == *s));
            } else {
                list.retain(|s| *s != slug);
            }
        });
        cx.write(f, row, Value::Many(chosen.get_untracked()));
    };
    let describe = {
        let name = name.clone();
        move || described_by(&name, f.hint.is_some(), has_error.get(), None)
    };
    let error_view = {
        let name = name.clone();
        move || cx.error(&name).map(|m| error_message(&name, m))
    };
    view! {
        <div class="form-group" class:form-group-error=has_error>
            <fieldset class="fieldset" aria-describedby=describe>
                <legend class="legend"><span class="heading-s">{f.label}</span></legend>
                {hint_view(f, &name)}
                {error_view}
                <div class="checkboxes">
                    {options.iter().enumerate().map(|(i, o)| {
                        let id = if i == 0 { name.clone() } else { format!("{name}-{}", o.slug) };
                        let slug = o.slug;
                        let first_exclusive = exclusive.first() == Some(&slug);
                        view! {
                            {first_exclusive.then(|| view! { <div class="radios-divider">"or"</div> })}
                            <div class="checkboxes-item">
                                <input class="checkboxes-input" type="checkbox" id=id.clone() name=name.clone() value=slug
                                    prop:checked=move || chosen.with(|c| c.contains(&slug))
                                    on:change=move |ev| toggle(slug, event_target_checked(&ev))/>
                                <label class="checkboxes-label" for=id>{o.label}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}
