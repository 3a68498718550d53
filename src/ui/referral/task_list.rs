//! The task list: every section and its status, keeping a draft on the
//! device, and hand-over files.

use super::handover::{download_handover, HandOver};
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
            <FirstSaveChoice/>
            <span class="caption-l">{text(&words.caption)}</span>
            <h1 class="heading-xl">{words.title.clone()}</h1>
            <p class="lead">{text(&words.lead)}</p>
            {words.intro.iter().map(|p| view! { <p>{text(p)}</p> }).collect_view()}
            {crate::ui::common::urgent_notice(false)}
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

/// The first save's choice, once a section is saved in a tab that keeps
/// the form nowhere else: keep a draft on this device, or download a
/// hand-over file (`crate::draft_machine` decides when it is shown).
#[component]
fn FirstSaveChoice() -> impl IntoView {
    let words = referral_text(crate::ui::common::rule_set());
    let f = form();
    move || {
        f.offers_choice.get().then(|| {
            let w = words.clone();
            view! {
                <div class="notification" role="region" aria-labelledby="first-save-choice-heading" id="first-save-choice">
                    <h2 class="heading-s" id="first-save-choice-heading">{w.choice_heading.clone()}</h2>
                    <p>{w.choice_text.clone()}</p>
                    <div class="button-group">
                        <button type="button" class="button" id="choice-keep" aria-describedby="choice-keep-hint"
                            on:click=move |_| f.set_keep(true)>{w.choice_keep.clone()}</button>
                        <button type="button" class="button button-secondary" id="choice-file" aria-describedby="choice-file-hint"
                            on:click=move |_| download_handover(f)>{w.choice_file.clone()}</button>
                    </div>
                    <p class="hint" id="choice-keep-hint"><strong>{w.choice_keep.clone()}</strong>": "{text(&w.choice_keep_hint)}</p>
                    <p class="hint" id="choice-file-hint"><strong>{w.choice_file.clone()}</strong>": "{w.choice_file_hint.clone()}</p>
                    <button type="button" class="link-button" id="choice-later" on:click=move |_| f.hide_choice()>{w.choice_later.clone()}</button>
                </div>
            }
        })
    }
}
