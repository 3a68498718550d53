//! Hand-over files: download the form, or open one (read with the strict
//! reader in `crate::draft`; the form is not changed if it is refused, and
//! a form already started is replaced only after the person confirms).

use super::files::{chosen_file, download};
use super::state::{form, FormState};
use crate::content::referral_text;
use crate::draft::{self, Draft, Origin};
use crate::ui::browser::clock::{local_date_time, now_ms, today};
use crate::ui::browser::dom::focus_after_render;
use crate::ui::widgets::ErrorSummary;
use leptos::prelude::*;

/// Download this tab's form as a hand-over file.
pub fn download_handover(f: FormState) {
    let text = f.referral.with_untracked(|r| draft::to_file(r, now_ms()));
    download(
        &draft::file_name(crate::ui::common::rule_set(), today()),
        "application/json",
        text.as_bytes(),
    );
    f.downloaded();
}

/// Download and open hand-over files.
#[component]
pub fn HandOver() -> impl IntoView {
    let words = referral_text(crate::ui::common::rule_set());
    let f = form();
    let error = RwSignal::new(None::<String>);
    let opened = RwSignal::new(None::<String>);
    // A file read and waiting for the person to confirm it replaces the form.
    let waiting = RwSignal::new(None::<Draft>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let open = move |d: Draft| {
        let saved = local_date_time(d.saved_at_ms);
        f.open(d);
        waiting.set(None);
        opened.set(Some(format!(
            "Opened the hand-over file saved on {saved}. Check each section before you produce the referral."
        )));
        if let Some(input) = input_ref.get_untracked() {
            input.set_value("");
        }
        focus_after_render("opened-notice");
    };
    let on_open = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = input_ref.get_untracked() else {
            return;
        };
        // A new attempt: the last message goes, so the next one is heard.
        error.set(None);
        opened.set(None);
        waiting.set(None);
        leptos::task::spawn_local(async move {
            let result = match chosen_file(&input).await {
                None => Err("Choose a hand-over file to open".to_string()),
                Some(Err(message)) => Err(message),
                Some(Ok(bytes)) => draft::read_for(&bytes, crate::ui::common::board().rule_set)
                    .map_err(|e| e.message(Origin::File)),
            };
            match result {
                Ok(d) if f.referral.with_untracked(|r| r.is_empty()) => open(d),
                Ok(d) => {
                    waiting.set(Some(d));
                    focus_after_render("confirm-replace");
                }
                Err(message) => {
                    error.set(Some(message));
                    focus_after_render("error-summary");
                }
            }
        });
    };
    view! {
        <h2 class="heading-m">{words.handover_heading.clone()}</h2>
        <p>{words.handover_text.clone()}</p>
        <button type="button" class="button button-secondary" id="download-handover" on:click=move |_| download_handover(f)>
            "Download a hand-over file"
        </button>
        {move || opened.get().map(|m| view! {
            <div class="notification notification-success" id="opened-notice" tabindex="-1" role="status"><p>{m}</p></div>
        })}
        {move || waiting.get().map(|d| {
            let saved = local_date_time(d.saved_at_ms);
            view! {
                <div class="notification notification-warning" id="confirm-replace" tabindex="-1" role="alert">
                    <p>{format!("The file was saved on {saved}. Opening it will replace the form you have started in this tab: what you have typed here will be lost unless you download it first.")}</p>
                    <div class="button-group">
                        <button type="button" class="button button-warning" id="replace-with-file"
                            on:click=move |_| { if let Some(d) = waiting.get_untracked() { open(d) } }>
                            "Replace my form with the file"
                        </button>
                        <button type="button" class="button button-secondary" id="keep-my-form"
                            on:click=move |_| {
                                waiting.set(None);
                                if let Some(input) = input_ref.get_untracked() { input.set_value(""); }
                            }>
                            "Keep my form"
                        </button>
                    </div>
                </div>
            }
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
