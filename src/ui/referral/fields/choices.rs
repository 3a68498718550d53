//! The fields answered by choosing: radios (one answer) and checkboxes
//! (any number, with an answer such as "None of these" that clears the
//! others).

use crate::referral::fields::{Field, Value};
use crate::referral::Opt;
use crate::ui::referral::field_parts::{described_by, error_message, hint_view};
use crate::ui::referral::Ctx;
use leptos::prelude::*;

/// Radios: one answer, from the options in the form's order.
pub fn radios(
    cx: Ctx,
    f: &'static Field,
    row: usize,
    options: &'static [Opt],
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
    let error_view = error_message(name.clone(), move || cx.error(&first));
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
pub fn checkboxes(
    cx: Ctx,
    f: &'static Field,
    row: usize,
    options: &'static [Opt],
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
        error_message(name.clone(), move || cx.error(&name))
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
