//! One section of the form on one page: its fields, "Save and continue",
//! and the errors (GOV.UK error summary and inline messages).

use super::notices::DraftNotices;
use super::sections::section_fields;
use super::state::{form, FormState};
use super::Ctx;
use crate::content::referral_text;
use crate::referral::*;
use crate::routes::Page;
use crate::ui::browser::clock::today;
use crate::ui::browser::dom::{
    focus_after_render, focus_heading_after_navigation, title_with_errors,
};
use crate::ui::browser::nav::{navigate, query};
use crate::ui::common::text;
use crate::ui::widgets::{BackLink, ErrorSummary};
use leptos::prelude::*;

#[component]
pub fn SectionForm(section: Section) -> impl IntoView {
    let f = form();
    let returning = query("return").as_deref() == Some("check");
    let back = if returning {
        Page::ReferralCheck
    } else {
        Page::TaskList
    }
    .path();
    // Coming back to a section saved with errors shows them at once.
    let initial = f.referral.with_untracked(|r| {
        if r.saved.contains(&section) {
            r.validate(section, today())
        } else {
            vec![]
        }
    });
    let errors = RwSignal::new(initial);
    let cx = Ctx { form: f, errors };
    title_with_errors(section.title().to_string(), move || {
        errors.with(|e| !e.is_empty())
    });
    focus_heading_after_navigation();
    prefill(f, section);
    let back_link = back.clone();
    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let found = f.referral.with_untracked(|r| r.validate(section, today()));
        f.mark_saved(section);
        if found.is_empty() {
            errors.set(vec![]);
            navigate(&back);
        } else {
            errors.set(found);
            focus_after_render("error-summary");
        }
    };
    let summary = Signal::derive(move || {
        errors.with(|e| {
            e.iter()
                .map(|e| (e.field.clone(), e.message.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <BackLink href=back_link/>
        <div class="two-thirds">
            <DraftNotices/>
            <ErrorSummary errors=summary/>
            <span class="caption-l">{text(&referral_text(crate::ui::common::rule_set()).caption)}</span>
            <h1 class="heading-l">{section.title()}</h1>
            {referral_text(crate::ui::common::rule_set()).section_intro.get(section.slug()).cloned().map(|note| view! {
                <p>{text(&note.text)}</p>
            })}
            <form novalidate on:submit=on_submit>
                // Drawn again only when the referral is replaced as a whole.
                {move || {
                    f.generation.track();
                    section_fields(cx, section)
                }}
                {lead_required(f, section)}
                <button type="submit" class="button" id="save-section">"Save and continue"</button>
            </form>
            <p><a href=Page::TaskList.path()>"Return to the task list"</a>" (everything you have typed is kept)"</p>
        </div>
    }
}

/// Where the partnership accepts only referrals the agency's senior
/// safeguarding lead has agreed (the profile says so) and the referrer
/// answers that the lead has not: said under the lead's questions.
fn lead_required(f: FormState, section: Section) -> Option<impl IntoView> {
    let board = crate::ui::common::board();
    (section == Section::Dsl && board.lead_agreement_required).then(|| {
        let words = text(&referral_text(board.rule_set).lead_required);
        // The live region is always there, so its words are announced.
        view! {
            <div role="status">
                {move || {
                    (f.referral.with(|r| r.dsl.consulted) == Some(Consulted::No)).then(|| {
                        view! {
                            <div class="warning-text" id="lead-required">
                                <span class="visually-hidden">"Warning: "</span>{words.clone()}
                            </div>
                        }
                    })
                }}
            </div>
        }
    })
}

/// Fill in what the form already knows when a section is first opened.
fn prefill(f: FormState, section: Section) {
    let (saved, parallel, agencies, criteria) = f.referral.with_untracked(|r| {
        (
            r.saved.contains(&section),
            r.parallel.is_empty(),
            r.agencies.is_empty(),
            r.case.criteria.parallel.clone(),
        )
    });
    if saved {
        return;
    }
    match section {
        // The questionnaire's answer about other processes.
        Section::Parallel if parallel => {
            if let Some(list) = &criteria {
                let entries: Vec<ParallelEntry> = list
                    .iter()
                    .map(|p| ParallelEntry {
                        process: *p,
                        reference: String::new(),
                    })
                    .collect();
                if !entries.is_empty() {
                    f.referral.update(|r| r.parallel = entries);
                }
            }
        }
        // The referrer's own agency is the first agency involved.
        Section::Agencies if agencies => f.referral.update(|r| {
            r.agencies.push(AgencyInvolvement {
                agency: r.about_you.agency.clone(),
                ..Default::default()
            })
        }),
        _ => {}
    }
}
