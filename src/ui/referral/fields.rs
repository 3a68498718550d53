//! Form fields bound to one value in the referral (GOV.UK text input,
//! textarea with character count, radios, checkboxes, date input), each with
//! its label, hint and inline error. Every keystroke is stored at once, so
//! nothing typed is lost, whatever the errors.

use super::state::FormState;
use crate::dates::{DateInputError, DateText};
use crate::referral::{thousands, FieldError, Referral};
use crate::ui::widgets::date_input::DateInput;
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
}

/// Reads and writes one value in the referral. Type-erased on purpose:
/// every field of a kind shares one copy of its view code, which keeps the
/// WASM small (generic closures would copy it once per field).
pub struct Lens<T: 'static> {
    get: Box<Getter<T>>,
    set: Box<Setter<T>>,
}

type Getter<T> = dyn Fn(&Referral) -> T + Send + Sync;
type Setter<T> = dyn Fn(&mut Referral, T) + Send + Sync;

impl<T: 'static> Lens<T> {
    pub fn new(
        get: impl Fn(&Referral) -> T + Send + Sync + 'static,
        set: impl Fn(&mut Referral, T) + Send + Sync + 'static,
    ) -> Self {
        Lens {
            get: Box::new(get),
            set: Box::new(set),
        }
    }
}

type Bound<T> = StoredValue<Lens<T>>;

impl Ctx {
    fn get<T: 'static>(self, lens: Bound<T>) -> T {
        lens.with_value(|l| self.form.referral.with(|r| (l.get)(r)))
    }

    fn set<T: 'static>(self, lens: Bound<T>, value: T) {
        lens.with_value(|l| self.form.referral.update(|r| (l.set)(r, value)));
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

/// Optional settings of a text input.
#[derive(Clone, Copy, Default)]
pub struct Input {
    pub hint: Option<&'static str>,
    /// A width class, e.g. "input-width-20".
    pub width: &'static str,
    pub autocomplete: Option<&'static str>,
    /// "text" unless set ("email", "tel").
    pub kind: Option<&'static str>,
}

pub fn text_input(cx: Ctx, id: String, label: String, opts: Input, lens: Lens<String>) -> AnyView {
    let lens = StoredValue::new(lens);
    let has_error = {
        let id = id.clone();
        Memo::new(move |_| cx.error(&id).is_some())
    };
    let describe = {
        let id = id.clone();
        move || described_by(&id, opts.hint.is_some(), has_error.get(), None)
    };
    let error_view = {
        let id = id.clone();
        move || cx.error(&id).map(|m| error_message(&id, m))
    };
    view! {
        <div class="form-group" class:form-group-error=has_error>
            <label class="label" for=id.clone()>{label}</label>
            {opts.hint.map(|h| view! { <div class="hint" id=format!("{id}-hint")>{h}</div> })}
            {error_view}
            <input class=format!("input {}", opts.width) class:input-error=has_error id=id.clone() name=id.clone()
                type=opts.kind.unwrap_or("text") autocomplete=opts.autocomplete.unwrap_or("off")
                spellcheck="false" aria-describedby=describe
                prop:value=move || cx.get(lens)
                on:input=move |ev| cx.set(lens, event_target_value(&ev))/>
        </div>
    }
    .into_any()
}

/// A textarea with a GOV.UK character count: the count is shown as you
/// type and announced to screen readers when you pause; text over the
/// limit is kept (never cut off) and flagged.
pub fn text_area(
    cx: Ctx,
    id: String,
    label: String,
    hint: Option<&'static str>,
    max: usize,
    lens: Lens<String>,
) -> AnyView {
    let lens = StoredValue::new(lens);
    let count_message = move || {
        let count = cx.get(lens).chars().count();
        if count > max {
            let over = count - max;
            (
                true,
                format!(
                    "You have {} character{} too many",
                    thousands(over),
                    if over == 1 { "" } else { "s" }
                ),
            )
        } else {
            let left = max - count;
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
                // The field may be gone (the user moved on): then do nothing.
                if generation.try_get_value() == Some(mine) {
                    announced.try_set(count_message().1);
                }
            },
            std::time::Duration::from_millis(1000),
        );
    };
    let has_error = {
        let id = id.clone();
        Memo::new(move |_| cx.error(&id).is_some())
    };
    let describe = {
        let id = id.clone();
        move || {
            described_by(
                &id,
                hint.is_some(),
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
        <div class="form-group character-count" class:form-group-error=has_error>
            <label class="label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <div class="hint" id=format!("{id}-hint")>{h}</div> })}
            {error_view}
            <textarea class="textarea" class:input-error=has_error id=id.clone() name=id.clone() rows="6"
                spellcheck="true" aria-describedby=describe
                prop:value=move || cx.get(lens)
                on:input=move |ev| {
                    cx.set(lens, event_target_value(&ev));
                    announce_later();
                }></textarea>
            <div class="hint character-count-message" class:error-message-plain=move || count_message().0
                id=format!("{id}-info") aria-hidden="true">{move || count_message().1}</div>
            <div class="visually-hidden" aria-live="polite">{move || announced.get()}</div>
        </div>
    }
    .into_any()
}

/// One radio button's slug (for its id), label and value.
pub type Choice<T> = (&'static str, &'static str, T);

/// A group of radios. The first radio's id is `<name>-<first slug>`, which
/// is the id errors point to.
#[allow(clippy::too_many_arguments)]
pub fn radios<T: Copy + PartialEq + Send + Sync + 'static>(
    cx: Ctx,
    name: String,
    legend: String,
    hint: Option<&'static str>,
    inline: bool,
    choices: Vec<Choice<T>>,
    lens: Lens<Option<T>>,
) -> AnyView {
    let lens = StoredValue::new(lens);
    let first = format!("{name}-{}", choices.first().map(|c| c.0).unwrap_or(""));
    let has_error = {
        let first = first.clone();
        Memo::new(move |_| cx.error(&first).is_some())
    };
    let describe = {
        let name = name.clone();
        move || described_by(&name, hint.is_some(), has_error.get(), None)
    };
    let error_view = {
        let (name, first) = (name.clone(), first.clone());
        move || cx.error(&first).map(|m| error_message(&name, m))
    };
    view! {
        <div class="form-group" class:form-group-error=has_error>
            <fieldset class="fieldset" aria-describedby=describe>
                <legend class="legend"><span class="heading-s">{legend}</span></legend>
                {hint.map(|h| view! { <div class="hint" id=format!("{name}-hint")>{h}</div> })}
                {error_view}
                <div class="radios" class:radios-inline=inline>
                    {choices.into_iter().map(|(slug, label, value)| {
                        let id = format!("{name}-{slug}");
                        view! {
                            <div class="radios-item">
                                <input class="radios-input" type="radio" id=id.clone() name=name.clone() value=slug
                                    prop:checked=move || cx.get(lens) == Some(value)
                                    on:change=move |_| cx.set(lens, Some(value))/>
                                <label class="radios-label" for=id>{label}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}

/// Yes / No radios.
pub fn yes_no(
    cx: Ctx,
    name: String,
    legend: String,
    hint: Option<&'static str>,
    lens: Lens<Option<bool>>,
) -> AnyView {
    radios(
        cx,
        name,
        legend,
        hint,
        true,
        vec![("yes", "Yes", true), ("no", "No", false)],
        lens,
    )
}

/// A group of checkboxes over a list of values. The first checkbox's id
/// is `name` itself (where errors point).
#[allow(clippy::too_many_arguments)]
pub fn checkboxes<T: Copy + PartialEq + Send + Sync + 'static>(
    cx: Ctx,
    name: &'static str,
    legend: String,
    hint: Option<&'static str>,
    choices: Vec<Choice<T>>,
    lens: Lens<Vec<T>>,
) -> AnyView {
    let lens = StoredValue::new(lens);
    let has_error = Memo::new(move |_| cx.error(name).is_some());
    view! {
        <div class="form-group" class:form-group-error=has_error>
            <fieldset class="fieldset" aria-describedby=move || described_by(name, hint.is_some(), has_error.get(), None)>
                <legend class="legend"><span class="heading-s">{legend}</span></legend>
                {hint.map(|h| view! { <div class="hint" id=format!("{name}-hint")>{h}</div> })}
                {move || cx.error(name).map(|m| error_message(name, m))}
                <div class="checkboxes">
                    {choices.into_iter().enumerate().map(|(i, (slug, label, value))| {
                        let id = if i == 0 { name.to_string() } else { format!("{name}-{slug}") };
                        view! {
                            <div class="checkboxes-item">
                                <input class="checkboxes-input" type="checkbox" id=id.clone() name=name value=slug
                                    prop:checked=move || cx.get(lens).contains(&value)
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        let mut list = cx.get(lens);
                                        list.retain(|v| *v != value);
                                        if on { list.push(value); }
                                        cx.set(lens, list);
                                    }/>
                                <label class="checkboxes-label" for=id>{label}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}

/// A date input bound to a date in the referral. Its errors point to
/// `<id>-day`, `<id>-month` or `<id>-year`.
pub fn date_field(
    cx: Ctx,
    id: String,
    legend: String,
    hint: String,
    lens: Lens<DateText>,
) -> AnyView {
    let lens = StoredValue::new(lens);
    let prefix = format!("{id}-");
    let error = Signal::derive(move || {
        cx.errors.with(|errors| {
            errors.iter().find_map(|e| {
                let part = e.field.strip_prefix(&prefix)?;
                let part = ["day", "month", "year"].into_iter().find(|p| *p == part)?;
                Some(DateInputError {
                    message: e.message.clone(),
                    parts: vec![part],
                })
            })
        })
    });
    view! {
        <DateInput id=id legend=legend hint=hint
            value=Signal::derive(move || cx.get(lens))
            on_change=Callback::new(move |d| cx.set(lens, d))
            error=error/>
    }
    .into_any()
}
