//! Check your answers: every section as a summary card with a Change link
//! that returns here, then the finish step.

use super::notices::DraftNotices;
use super::state::form;
use super::task_list::{section_statuses, status_tag};
use crate::content::referral_text;
use crate::document::{self, Part};
use crate::referral::{Section, SectionStatus};
use crate::routes::Page;
use crate::ui::browser::clock::today;
use crate::ui::browser::dom::{
    focus_after_render, focus_heading_after_navigation, title_with_errors,
};
use crate::ui::browser::nav::navigate;
use crate::ui::common::text;
use crate::ui::widgets::{BackLink, ErrorSummary};
use leptos::prelude::*;

/// Check your answers: every section as a summary card with a Change link
/// that returns here, then the finish step.
#[component]
pub fn CheckPage() -> impl IntoView {
    let words = referral_text(crate::ui::common::rule_set());
    let f = form();
    let problems = RwSignal::new(Vec::<(String, String)>::new());
    title_with_errors(words.check_title.clone(), move || {
        problems.with(|p| !p.is_empty())
    });
    focus_heading_after_navigation();
    let on_finish = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let found = f.referral.with_untracked(|r| r.validate_all(today()));
        if found.is_empty() {
            f.referral.update(|r| r.saved.extend(Section::ALL));
            problems.set(vec![]);
            navigate(&Page::ReferralDone.path());
        } else {
            f.referral
                .update(|r| r.saved.extend(found.iter().map(|(s, _)| *s)));
            problems.set(
                found
                    .into_iter()
                    .map(|(s, errors)| {
                        let count = errors.len();
                        (
                            format!("{}?return=check", Page::Section(s).path()),
                            format!(
                                "{}: {}{}",
                                s.title(),
                                errors[0].message,
                                if count > 1 {
                                    format!(" (and {} more)", count - 1)
                                } else {
                                    String::new()
                                }
                            ),
                        )
                    })
                    .collect(),
            );
            focus_after_render("error-summary");
        }
    };
    let parts = Memo::new(move |_| f.referral.with(document::parts));
    let statuses = section_statuses(f);
    view! {
        <BackLink href=Page::TaskList.path()/>
        <div class="two-thirds">
            <DraftNotices/>
            <ErrorSummary errors=problems/>
            <h1 class="heading-l">{words.check_title.clone()}</h1>
            <p class="lead">{words.check_lead.clone()}</p>
            {move || parts.get().into_iter().map(|part| {
                let status = statuses.get()[part.section as usize];
                summary_card(part, status)
            }).collect_view()}
            <h2 class="heading-m">"Produce the referral"</h2>
            <p>{text(&words.finish_text)}</p>
            <form novalidate on:submit=on_finish>
                <button type="submit" class="button" id="finish">"Finish and produce the referral"</button>
            </form>
        </div>
    }
}

fn summary_card(part: Part, status: SectionStatus) -> impl IntoView {
    let s = part.section;
    let change = format!("{}?return=check", Page::Section(s).path());
    let title_id = format!("card-{}", s.slug());
    let labelled_by = title_id.clone();
    view! {
        <section class="summary-card" aria-labelledby=labelled_by>
            <div class="summary-card-title-wrapper">
                <h2 class="summary-card-title" id=title_id>{s.title()}</h2>
                <a class="summary-card-action" href=change id=format!("change-{}", s.slug())>
                    "Change"<span class="visually-hidden">{format!(" {}", s.title().to_ascii_lowercase())}</span>
                </a>
            </div>
            <div class="summary-card-content">
                {(status != SectionStatus::Completed).then(|| view! {
                    <p class="summary-card-status"><strong class=status_tag(status)>{status.label()}</strong></p>
                })}
                {part.empty.map(|e| view! { <p>{e}</p> })}
                {part.groups.into_iter().map(|g| view! {
                    {g.heading.map(|h| view! { <h3 class="heading-s">{h}</h3> })}
                    <dl class="summary-list">
                        {g.rows.into_iter().map(|row| view! {
                            <div class="summary-row"><dt>{row.label}</dt><dd class="pre-wrap">{row.value}</dd></div>
                        }).collect_view()}
                    </dl>
                }).collect_view()}
                {part.table.map(|t| {
                    let headers = t.headers.clone();
                    view! {
                    <table class="table table-stack">
                        <caption class="visually-hidden">"Skeleton chronology, in date order"</caption>
                        <thead><tr>{t.headers.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {t.rows.into_iter().map(|r| view! {
                                <tr>{r.into_iter().zip(headers.clone()).map(|(c, h)| view! { <td class="pre-wrap" data-label=h>{c}</td> }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }})}
            </div>
        </section>
    }
}
