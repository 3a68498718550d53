//! Messages about the draft (resumed, expired, unreadable, changed in
//! another tab, deleted elsewhere) and about storage that is full, shown at
//! the top of every form page, where the person is typing.

use super::files::download;
use super::handover::download_handover;
use super::state::{form, Notice, StorageState};
use crate::content::referral_text;
use crate::draft;
use crate::ui::browser::clock::{local_date_time, today};
use crate::ui::common::{board, text};
use leptos::prelude::*;

/// A notice's words with the draft's dates filled in.
pub fn fill_dates(template: &str, saved_at_ms: i64) -> String {
    let retention = board().draft_retention_days;
    text(template)
        .replace("{saved}", &local_date_time(saved_at_ms))
        .replace(
            "{expires}",
            &local_date_time(draft::expires_at_ms(saved_at_ms, retention)),
        )
}

/// Messages about the draft: shown at the top of every form page.
#[component]
pub fn DraftNotices() -> impl IntoView {
    let f = form();
    let words = referral_text(crate::ui::common::rule_set());
    let full = words.storage_full.clone();
    let blocked = words.storage_unavailable.clone();
    // Typing that is not being kept: said at once, on every form page, with
    // the way to keep a copy.
    let storage = move || {
        let (id, message) = match f.storage.get() {
            StorageState::Full => ("storage-full", full.clone()),
            StorageState::Unavailable => ("storage-unavailable", blocked.clone()),
            StorageState::Working | StorageState::DraftsOff => return None,
        };
        Some(view! {
            <div class="notification notification-warning" role="alert" id=id>
                <p>{message}</p>
                <button type="button" class="button button-secondary" id=format!("{id}-download")
                    on:click=move |_| download_handover(f)>"Download a hand-over file"</button>
            </div>
        })
    };
    let notices = move || {
        let notice = f.notice.get()?;
        let words = words.clone();
        Some(match notice {
            Notice::Resumed { saved_at_ms } => view! {
                <div class="notification" role="status" id="draft-notice">
                    <p>{fill_dates(&words.resumed, saved_at_ms)}</p>
                    <button type="button" class="link-button" on:click=move |_| f.hide_notice()>"Hide this message"</button>
                </div>
            }.into_any(),
            Notice::Expired { saved_at_ms } => view! {
                <div class="notification" role="status" id="draft-notice">
                    <p>{fill_dates(&words.expired, saved_at_ms)}</p>
                    <button type="button" class="link-button" on:click=move |_| f.hide_notice()>"Hide this message"</button>
                </div>
            }.into_any(),
            Notice::DeletedElsewhere => view! {
                <div class="notification notification-warning" role="alert" id="draft-notice">
                    <p>{words.deleted_elsewhere.clone()}</p>
                    <button type="button" class="link-button" on:click=move |_| f.hide_notice()>"Hide this message"</button>
                </div>
            }.into_any(),
            Notice::Unreadable { area, raw, reason } => {
                let raw_bytes = raw.clone().into_bytes();
                view! {
                    <div class="notification notification-warning" role="alert" id="draft-notice">
                        <p>{words.unreadable.clone()}</p>
                        <p class="body-s">{reason}</p>
                        <div class="button-group">
                            <button type="button" class="button button-secondary" id="download-unreadable"
                                on:click=move |_| { download(&format!("unreadable-{}", draft::file_name(crate::ui::common::rule_set(), today())), "application/json", &raw_bytes); }>
                                "Download the saved form"
                            </button>
                            <button type="button" class="button button-warning" id="delete-unreadable"
                                on:click=move |_| f.discard_unreadable(area)>
                                "Delete it"
                            </button>
                        </div>
                    </div>
                }.into_any()
            }
            Notice::Conflict { theirs } => {
                let theirs = *theirs;
                let mine = theirs.clone();
                view! {
                    <div class="notification notification-warning" role="alert" id="draft-notice">
                        <p>{fill_dates(&words.conflict, theirs.saved_at_ms)}</p>
                        <div class="button-group">
                            <button type="button" class="button" id="use-theirs"
                                on:click=move |_| f.use_theirs(theirs.clone())>
                                "Use the other version"
                            </button>
                            <button type="button" class="button button-secondary" id="keep-ours"
                                on:click=move |_| f.keep_ours(&mine)>
                                "Keep this version"
                            </button>
                        </div>
                    </div>
                }.into_any()
            }
        })
    };
    view! { {storage} {notices} }
}
