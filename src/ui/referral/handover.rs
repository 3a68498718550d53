//! Hand-over files: download the form, or open one (read with the strict
//! reader in `crate::draft`; the form is not changed if it is refused).

use super::files::{chosen_file, download};
use super::state::form;
use crate::content::referral_text;
use crate::draft::{self, Draft};
use crate::ui::browser::clock::{local_date_time, now_ms, today};
use crate::ui::browser::dom::focus_after_render;
use crate::ui::widgets::ErrorSummary;
use leptos::prelude::*;

/// Download and open hand-over files.
#[component]
pub fn HandOver() -> impl IntoView {
    let words = referral_text();
    let f = form();
    let error = RwSignal::new(None::<String>);
    let opened = RwSignal::new(None::<String>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let on_download = move |_| {
        let d = Draft::new(f.referral.get_untracked(), now_ms(), 0, "");
        download(
            &draft::file_name(today()),
            "application/json",
            d.to_json().as_bytes(),
        );
    };
    let on_open = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = input_ref.get_untracked() else {
            return;
        };
        // A new attempt: the last message goes, so the next one is heard.
        error.set(None);
        opened.set(None);
        leptos::task::spawn_local(async move {
            let result = match chosen_file(&input).await {
                None => Err("Choose a hand-over file to open".to_string()),
                Some(Err(message)) => Err(message),
                Some(Ok(bytes)) => draft::read(&bytes).map_err(|e| e.message()),
            };
            match result {
                Ok(d) => {
                    let saved = local_date_time(d.saved_at_ms);
                    f.open(d);
                    error.set(None);
                    opened.set(Some(format!(
                        "Opened the hand-over file saved on {saved}. Check each section before you produce the referral."
                    )));
                    input.set_value("");
                    focus_after_render("opened-notice");
                }
                Err(message) => {
                    opened.set(None);
                    error.set(Some(message));
                    focus_after_render("error-summary");
                }
            }
        });
    };
    view! {
        <h2 class="heading-m">{words.handover_heading.clone()}</h2>
        <p>{words.handover_text.clone()}</p>
        <button type="button" class="button button-secondary" id="download-handover" on:click=on_download>
            "Download a hand-over file"
        </button>
        {move || opened.get().map(|m| view! {
            <div class="notification notification-success" id="opened-notice" tabindex="-1" role="status"><p>{m}</p></div>
        })}
        <ErrorSummary errors=Signal::derive(move || {
            error.get().map(|m| vec![("handover-file".to_string(), m)]).unwrap_or_default()
        })/>
        <form novalidate on:submit=on_open>
            <div class="form-group" class:form-group-error=move || error.get().is_some()>
                <label class="label" for="handover-file">{words.open_label.clone()}</label>
                <div class="hint" id="handover-file-hint">{words.open_hint.clone()}</div>
                {move || error.get().map(|m| view! {
                    <p class="error-message" id="handover-file-error"><span class="visually-hidden">"Error: "</span>{m}</p>
                })}
                <input class="file-upload" type="file" id="handover-file" name="handover-file" accept=".json,application/json"
                    node_ref=input_ref
                    aria-describedby=move || if error.get().is_some() { "handover-file-hint handover-file-error" } else { "handover-file-hint" }/>
            </div>
            <button type="submit" class="button button-secondary" id="open-handover">"Open the file"</button>
        </form>
    }
}
