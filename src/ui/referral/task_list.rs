//! The task list: every section and its status, keeping a draft on the
//! device, and hand-over files.

use super::handover::HandOver;
use super::notices::DraftNotices;
use super::state::{form, FormState, StorageState};
use crate::content::referral_text;
use crate::draft;
use crate::referral::{Section, SectionStatus};
use crate::routes::Page;
use crate::ui::browser::clock::{local_date_time, today};
use crate::ui::browser::dom::{focus_heading_after_navigation, set_title};
use crate::ui::common::{board, text};
use leptos::prelude::*;

/// Every section's status, in `Section::ALL` order (index by `section as usize`).
pub fn section_statuses(f: FormState) -> Memo<[SectionStatus; 8]> {
    Memo::new(move |_| {
        let today = today();
        f.referral
            .with(|r| Section::ALL.map(|s| r.status(s, today)))
    })
}

pub fn status_tag(status: SectionStatus) -> &'static str {
    match status {
        SectionStatus::NotStarted => "tag tag-grey",
        SectionStatus::InProgress => "tag tag-blue",
        SectionStatus::Completed => "tag tag-green",
        SectionStatus::HasErrors => "tag tag-red",
    }
}

/// The task list: every section and its status, drafts and hand-over files.
#[component]
pub fn TaskList() -> impl IntoView {
    let words = referral_text(crate::ui::common::rule_set());
    let f = form();
    set_title(&words.title);
    focus_heading_after_navigation();
    let statuses = section_statuses(f);
    let completed = move || {
        statuses
            .get()
            .iter()
            .filter(|s| **s == SectionStatus::Completed)
            .count()
    };
    view! {
        <div class="two-thirds">
            <DraftNotices/>
            <span class="caption-l">{text(&words.caption)}</span>
            <h1 class="heading-xl">{words.title.clone()}</h1>
            <p class="lead">{text(&words.lead)}</p>
            {words.intro.iter().map(|p| view! { <p>{text(p)}</p> }).collect_view()}
            <p><a href="/refer">{words.guidance_link.clone()}</a></p>

            <h2 class="heading-m" id="sections-heading">"Sections"</h2>
            <p id="progress">{move || format!("You have completed {} of {} sections.", completed(), Section::ALL.len())}</p>
            <ul class="task-list" aria-labelledby="sections-heading">
                {Section::ALL.into_iter().map(|s| {
                    let status = move || statuses.get()[s as usize];
                    let status_id = format!("status-{}", s.slug());
                    view! {
                        <li class="task-list-item">
                            <a class="task-list-link" href=Page::Section(s).path() aria-describedby=status_id.clone()>{s.title()}</a>
                            <strong class=move || status_tag(status()) id=status_id>{move || status().label()}</strong>
                        </li>
                    }
                }).collect_view()}
                <li class="task-list-item">
                    <a class="task-list-link" href=Page::ReferralCheck.path() aria-describedby="status-check">"Check your answers and produce the referral"</a>
                    <strong class=move || if completed() == Section::ALL.len() { "tag tag-blue" } else { "tag tag-grey" } id="status-check">
                        {move || if completed() == Section::ALL.len() { "Ready" } else { "Complete every section first" }}
                    </strong>
                </li>
            </ul>

            <KeepDraft/>
            <HandOver/>
            <h2 class="heading-m">"Finished with the form?"</h2>
            <p>
                "When you have sent the referral, or if you no longer need it, "
                <a href="/delete">"delete everything on this device"</a>"."
            </p>
        </div>
    }
}

/// "Keep a draft on this device", with when it was saved and when it will
/// be deleted, or why drafts are off.
#[component]
fn KeepDraft() -> impl IntoView {
    let words = referral_text(crate::ui::common::rule_set());
    let f = form();
    let retention = board().draft_retention_days;
    let status_words = words.clone();
    view! {
        <h2 class="heading-m" id="keep-heading">{words.keep_heading.clone()}</h2>
        {move || match f.storage.get() {
            StorageState::Unavailable => view! {
                <div class="warning-text" id="storage-off" role="alert">{status_words.storage_unavailable.clone()}</div>
            }.into_any(),
            StorageState::DraftsOff => view! {
                <div class="warning-text" id="drafts-off" role="status">{status_words.drafts_off.clone()}</div>
            }.into_any(),
            _ => view! {
                <div class="form-group">
                    <div class="checkboxes">
                        <div class="checkboxes-item">
                            <input class="checkboxes-input" type="checkbox" id="keep-draft" name="keep-draft"
                                aria-describedby="keep-draft-hint"
                                prop:checked=move || f.keep.get()
                                on:change=move |ev| f.set_keep(event_target_checked(&ev))/>
                            <label class="checkboxes-label" for="keep-draft">{status_words.keep_label.clone()}</label>
                            <div class="radios-hint" id="keep-draft-hint">{text(&status_words.keep_hint)}</div>
                        </div>
                    </div>
                </div>
            }.into_any(),
        }}
        <p id="draft-status" role="status">{move || {
            match (f.keep.get(), f.saved_at_ms.get()) {
                (true, Some(at)) => format!(
                    "Draft saved on this device on {}. It will be deleted on {} unless you change it.",
                    local_date_time(at),
                    local_date_time(draft::expires_at_ms(at, retention))
                ),
                (true, None) => "A draft will be saved on this device when you next change something.".to_string(),
                (false, _) => words.keep_off.clone(),
            }
        }}</p>
    }
}
