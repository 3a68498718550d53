//! The two fields that are not typed: the criteria (the questionnaire's
//! route and answers, from their one home) and the other investigations and
//! reviews (a checkbox each, with a reference for each one chosen).

use super::field_parts::{described_by, error_message, hint_view};
use super::Ctx;
use crate::criteria::ParallelProcess;
use crate::document;
use crate::referral::fields::Field;
use crate::referral::{keep_max, ParallelEntry};
use leptos::prelude::*;

/// The criteria: a link to the questionnaire, or the route and answers.
pub fn criteria(cx: Ctx, f: &'static Field) -> AnyView {
    let answers = cx.form.referral.with_untracked(|r| r.case.criteria.clone());
    let has_error = cx.has_error(vec![f.id.to_string()]);
    // No input: the links that answer the questions point at the error.
    let describe = move || described_by(f.id, false, has_error.get(), None);
    view! {
        <div class="form-group" class:form-group-error=has_error id=f.id tabindex="-1">
            <h2 class="heading-s">{f.label}</h2>
            {error_message(f.id.to_string(), move || cx.error(f.id))}
            {if answers.outcome().is_none() {
                view! {
                    <p>"Answer the criteria questions. It takes about two minutes, and your answers come back here."</p>
                    <p><a href=crate::routes::QUESTIONNAIRE class="button button-secondary" role="button" id="answer-criteria" aria-describedby=describe on:click=remember_return>"Answer the criteria questions"</a></p>
                }.into_any()
            } else {
                view! {
                    <p class="hint">"From your answers to the criteria questions."</p>
                    <dl class="summary-list" id="criteria-answers">
                        {document::criteria_rows(&answers).into_iter().map(|row| view! {
                            <div class="summary-row"><dt>{row.label}</dt><dd>{row.value}</dd></div>
                        }).collect_view()}
                    </dl>
                    <p><a href=crate::routes::questionnaire_check(&answers) id="change-criteria" aria-describedby=describe on:click=remember_return>"Change your answers to the criteria questions"</a></p>
                }.into_any()
            }}
        </div>
    }
    .into_any()
}

/// Before going to the questionnaire: keep, for this tab, the section to
/// come back to (the case), so the result returns there even when the
/// form is still blank (a blank form keeps nothing in the tab).
fn remember_return(_: leptos::ev::MouseEvent) {
    let here = crate::routes::Page::Section(crate::referral::Section::Case).path();
    crate::ui::browser::storage::set(
        crate::ui::browser::storage::Area::Session,
        crate::stored::RETURN_KEY,
        &here,
    );
}

/// The other investigations and reviews, each with its reference.
pub fn processes(cx: Ctx, f: &'static Field) -> AnyView {
    view! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby=described_by(f.id, f.hint.is_some(), false, None)>
                <legend class="legend"><span class="heading-s">{f.label}</span></legend>
                {hint_view(f, f.id)}
                <div class="checkboxes">
                    {ParallelProcess::ALL.into_iter().map(|p| process(cx, f, p)).collect_view()}
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}

fn process(cx: Ctx, f: &'static Field, p: ParallelProcess) -> impl IntoView {
    let id = format!("parallel-{}", p.slug());
    let reference_id = format!("{id}-reference");
    let entry = move |r: &crate::referral::Referral| {
        r.parallel
            .iter()
            .find(|e| e.process == p)
            .map(|e| e.reference.clone())
    };
    let selected = RwSignal::new(cx.form.referral.with_untracked(|r| entry(r).is_some()));
    let has_error = cx.has_error(vec![reference_id.clone()]);
    let too_long = RwSignal::new(false);
    view! {
        <div class="checkboxes-item">
            <input class="checkboxes-input" type="checkbox" id=id.clone() name="parallel" value=p.slug()
                prop:checked=move || selected.get()
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    selected.set(on);
                    cx.form.edit(move |r| {
                        r.parallel.retain(|e| e.process != p);
                        if on {
                            r.parallel.push(ParallelEntry { process: p, reference: String::new() });
                            r.parallel.sort_by_key(|e| e.process);
                        }
                    });
                }/>
            <label class="checkboxes-label" for=id>{p.label()}</label>
        </div>
        {move || selected.get().then(|| {
            let initial = cx.form.referral.with_untracked(entry).unwrap_or_default();
            let reference_id = reference_id.clone();
            let describe = {
                let id = reference_id.clone();
                move || described_by(&id, false, has_error.get(), too_long.get().then(|| format!("{id}-too-long")))
            };
            let error_view = {
                let id = reference_id.clone();
                error_message(id.clone(), move || cx.error(&id))
            };
            view! {
                <div class="conditional">
                    <div class="form-group" class:form-group-error=move || has_error.get() || too_long.get()>
                        <label class="label" for=reference_id.clone()>"Reference number or contact (optional)"</label>
                        {error_view}
                        {let too_long_id = format!("{reference_id}-too-long"); move || too_long.get().then(|| view! {
                            <p class="error-message" id=too_long_id.clone() role="alert">"This is too long to keep. Shorten it: until you do, your last change here is not saved."</p>
                        })}
                        <input class="input input-width-20" type="text" id=reference_id.clone() name=reference_id.clone()
                            autocomplete="off" spellcheck="false" aria-describedby=describe value=initial
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                let over = text.chars().count() > keep_max(f.max);
                                too_long.set(over);
                                if !over {
                                    cx.form.edit(move |r| {
                                        if let Some(e) = r.parallel.iter_mut().find(|e| e.process == p) {
                                            e.reference = text;
                                        }
                                    });
                                }
                            }/>
                    </div>
                </div>
            }
        })}
    }
}
