//! A section's questions, drawn from the field table in its order, with
//! the repeated parts (people, agencies, events) that can be added to and
//! removed from.

use super::fields::field_view;
use super::Ctx;
use crate::referral::fields::{items, Item, Repeat};
use crate::referral::{capitalise, Section};
use crate::ui::browser::dom::focus_by_id;
use leptos::prelude::*;

/// Everything the section asks.
pub fn section_fields(cx: Ctx, section: Section) -> impl IntoView {
    items(section)
        .iter()
        .map(|item| match item {
            Item::Field(f) => field_view(cx, f, 0),
            Item::Repeat(rep) if cx.form.referral.with_untracked(|r| rep.shown(r)) => {
                repeated(cx, rep).into_any()
            }
            Item::Repeat(_) => ().into_any(),
        })
        .collect_view()
}

fn focus_later(id: String) {
    request_animation_frame(move || {
        focus_by_id(&id);
    });
}

/// The rows of a repeated part, then "Add another …". Adding a row draws
/// only the new row; removing one draws the section again (the rows after
/// it move up).
fn repeated(cx: Ctx, rep: &'static Repeat) -> impl IntoView {
    let rows = Memo::new(move |_| cx.form.referral.with(rep.len));
    let noun = rep.noun;
    view! {
        <For each=move || 0..rows.get() key=|i| *i let:i>
            {
                let n = rep.number(i);
                view! {
                    <fieldset class="fieldset repeat-row" id=format!("{}-{n}", rep.id)>
                        <legend class="legend"><span class="heading-m">{format!("{} {n}", rep.heading)}</span></legend>
                        {rep.fields.iter().map(|f| field_view(cx, f, i)).collect_view()}
                        <button type="button" class="button button-secondary" id=format!("remove-{noun}-{n}")
                            on:click=move |_| {
                                cx.form.edit(|r| (rep.remove)(r, i));
                                cx.form.redraw();
                                cx.errors.set(vec![]);
                                focus_later("add-row".to_string());
                            }>
                            {format!("Remove {noun} {n}")}
                        </button>
                    </fieldset>
                }
            }
        </For>
        {(rep.table).then(|| view! {
            {move || (rows.get() > 1).then(|| view! {
                <button type="button" class="button button-secondary" id="sort-chronology"
                    on:click=move |_| {
                        cx.form.edit(|r| r.chronology = r.chronology_by_date());
                        cx.form.redraw();
                        cx.errors.set(vec![]);
                    }>"Sort by date"</button>
            })}
        })}
        // Announced when it appears (the button it describes is then off).
        <p class="hint" id="rows-limit" role="status">{move || {
            let count = rows.get();
            (count >= rep.max).then(|| format!("{} is the most {} the form takes.", capitalise(&rep.most().to_string()), rep.plural))
        }}</p>
        <button type="button" class="button button-secondary" id="add-row"
            prop:disabled=move || { rows.get() >= rep.max }
            aria-describedby="rows-limit"
            on:click=move |_| {
                if cx.form.referral.with_untracked(rep.len) >= rep.max {
                    return;
                }
                cx.form.edit(rep.add);
                let n = cx.form.referral.with_untracked(rep.len);
                focus_later(rep.fields[0].error_id(n - 1));
            }>
            {move || if rows.get() > 0 || rep.number(0) > 1 {
                format!("Add another {noun}")
            } else if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
                format!("Add an {noun}")
            } else {
                format!("Add a {noun}")
            }}
        </button>
    }
}
