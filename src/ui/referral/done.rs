//! The confirmation page: the referral as a PDF (made in a worker, see
//! `pdf`), printed, and as plain text with a Copy button; a mail link to the
//! Board's secure mailbox with no personal data; what happens next; and
//! deleting the referral from the device. The document itself is
//! `crate::document`.
//!
//! One rule about the email, said the same way here, in the mail link's
//! body and in `content/referral-form.toml`: the referral goes by secure
//! email to the Board's secure mailbox, as the attached PDF (or, if files
//! cannot be attached, its plain text pasted into the email), with nothing
//! about the child in the subject line.
//!
//! Before the PDF is made, the page names the fields the PDF cannot show
//! properly (right-to-left or complex scripts, `crate::pdf::unsupported`);
//! after, the fields with characters its font lacks.

use super::files::{copy, download};
use super::print::PrintDocument;
use super::state::form;
use crate::content::{refer_done_sections, referral_text};
use crate::document;
use crate::routes::Page;
use crate::ui::browser::clock::today;
use crate::ui::browser::dom::{
    focus_after_render, focus_heading_after_navigation, print, set_title,
};
use crate::ui::browser::nav::redirect;
use crate::ui::common::{board, section_view, text};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

#[derive(Clone, PartialEq)]
enum PdfState {
    Idle,
    Working,
    Done {
        name: String,
        pages: usize,
        missing: Vec<String>,
    },
    Failed,
}

/// The confirmation page (only with a complete, valid form).
pub fn done_page() -> AnyView {
    let f = form();
    let referral = f.referral.get_untracked();
    if !referral.validate_all(today()).is_empty() {
        redirect(Page::ReferralCheck.path());
        return ().into_any();
    }
    let words = referral_text(crate::ui::common::rule_set());
    set_title(&words.done_title);
    focus_heading_after_navigation();
    let board = board();
    let doc = document::document(&referral, &board);
    let plain = doc.to_text();
    // Fields the PDF cannot show properly (right-to-left or complex
    // scripts): known from the text alone, so said before the PDF is made.
    let unsupported: Vec<String> = crate::pdf::unsupported(&doc)
        .iter()
        .map(|u| u.describe())
        .collect();
    let file_name = document::pdf_file_name(
        referral.case.criteria.rule_set,
        &referral.about_you.agency,
        today(),
    );
    let mail = document::mail_link(
        referral.case.criteria.rule_set,
        &board.secure_mailbox,
        &referral.about_you.agency,
        today(),
    );
    let refer = refer_done_sections(crate::ui::common::rule_set());
    let section = |id: &str| refer.iter().find(|s| s.id == id).cloned().map(section_view);

    let pdf_state = RwSignal::new(PdfState::Idle);
    let for_pdf = StoredValue::new((referral.clone(), board.clone()));
    let make_pdf = move |_| {
        if pdf_state.get_untracked() == PdfState::Working {
            return;
        }
        pdf_state.set(PdfState::Working);
        let name = file_name.clone();
        leptos::task::spawn_local(async move {
            let (referral, board) = for_pdf.get_value();
            let started = now();
            let made = super::pdf::make(&referral, &board).await;
            record_timing(now() - started);
            let state = match made {
                Err(reason) => {
                    leptos::logging::warn!("The PDF could not be made: {reason}");
                    PdfState::Failed
                }
                Ok(made) => {
                    download(&name, "application/pdf", &made.bytes);
                    PdfState::Done {
                        name,
                        pages: made.pages,
                        missing: made.missing,
                    }
                }
            };
            pdf_state.try_set(state);
            focus_after_render("pdf-status");
        });
    };

    let copied = RwSignal::new(None::<bool>);
    let plain_for_copy = plain.clone();
    let on_copy = move |_| {
        let text = plain_for_copy.clone();
        leptos::task::spawn_local(async move {
            let ok = copy(&text).await;
            if !ok {
                // Fallback: select the text so the user can copy it.
                if let Some(area) = document()
                    .get_element_by_id("plain-text")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                {
                    let _ = area.focus();
                    area.select();
                }
            }
            copied.try_set(Some(ok));
        });
    };

    let deleted = RwSignal::new(false);
    let words2 = words.clone();
    let words3 = words.clone();
    view! {
        <div class="two-thirds no-print">
            <span class="caption-l">{doc.title.clone()}</span>
            <h1 class="heading-l">{words.done_title.clone()}</h1>
            <div class="inset not-sent" id="not-sent">
                <p><strong>{format!("{} steps left:", words.done_steps.len())}</strong></p>
                <ol class="list list-number">
                    {words.done_steps.iter().map(|s| view! { <li>{text(s)}</li> }).collect_view()}
                </ol>
                <p>{text(&words.done_lead)}</p>
            </div>

            <h2 class="heading-m">{words.pdf_heading.clone()}</h2>
            <p>{words.pdf_text.clone()}</p>
            {(!unsupported.is_empty()).then(|| view! {
                <div class="warning-text" id="pdf-unsupported">
                    <p>"The PDF cannot show these answers properly, because they are written right to left or in a script whose letters join or combine, which the PDF cannot draw:"</p>
                    <ul class="list">
                        {unsupported.iter().map(|u| view! { <li>{u.clone()}</li> }).collect_view()}
                    </ul>
                    <p>"The PDF marks each of them. The printed referral and the plain text below show them correctly: print the referral, or paste the plain text into the email as well as attaching the PDF."</p>
                </div>
            })}
            <div class="button-group">
                <button type="button" class="button" id="download-pdf" on:click=make_pdf
                    aria-describedby="pdf-status">
                    "Download the referral (PDF)"
                </button>
                <button type="button" class="button button-secondary" id="print-referral"
                    on:click=|_| print()>
                    "Print the referral"
                </button>
            </div>
            <div id="pdf-status" tabindex="-1" role="status">
                {move || match pdf_state.get() {
                    PdfState::Idle => ().into_any(),
                    PdfState::Working => view! { <p>"Making the PDF…"</p> }.into_any(),
                    PdfState::Failed => view! { <div class="warning-text">{words2.font_error.clone()}</div> }.into_any(),
                    PdfState::Done { name, pages, missing } => view! {
                        <p>{format!("Downloaded {name} ({pages} page{}).", if pages == 1 { "" } else { "s" })}</p>
                        {(!missing.is_empty()).then(|| view! {
                            <div class="warning-text" id="missing-characters">
                                {words2.missing_chars.replace("{fields}", &missing.join("; "))}
                            </div>
                        })}
                    }.into_any(),
                }}
            </div>

            <h3 class="heading-s">{words.text_heading.clone()}</h3>
            <div class="form-group">
                <label class="label" for="plain-text">"The referral as plain text"</label>
                <div class="hint" id="plain-text-hint">{text(&words.text_hint)}</div>
                <textarea class="textarea plain-text" id="plain-text" readonly rows="10"
                    aria-describedby="plain-text-hint">{plain.clone()}</textarea>
            </div>
            <button type="button" class="button button-secondary" id="copy-text" on:click=on_copy>"Copy the text"</button>
            <div role="status" id="copy-status">
                {move || copied.get().map(|ok| if ok {
                    view! { <p class="copy-ok">"Copied. Paste it into a secure email."</p> }.into_any()
                } else {
                    view! { <p>"Your browser did not let this site copy. The text is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it."</p> }.into_any()
                })}
            </div>

            {section("send")}
            <p><a class="button button-secondary" role="button" id="mail-link" href=mail>
                {format!("Open an email to {}", board.secure_mailbox)}
            </a></p>
            <p class="hint">{text(&words.mail_note)}</p>
            {section("next")}
            {crate::deadlines::decision_due(board.rule_set, today()).map(|(due, _)| view! {
                <p id="decision-due">{text(&words.decision_due).replace("{date}", &crate::dates::long_date_with_weekday(due))}</p>
            })}

            <h2 class="heading-m">{words.delete_heading.clone()}</h2>
            {move || if deleted.get() {
                view! { <p id="deleted-notice">{words3.delete_done.clone()}</p> }.into_any()
            } else {
                view! {
                    <p>{words3.delete_text.clone()}</p>
                    <button type="button" class="button button-warning" id="delete-after-sending"
                        on:click=move |_| { f.delete_everything(); deleted.set(true); }>
                        "Delete everything on this device"
                    </button>
                }.into_any()
            }}
        </div>
        <PrintDocument doc/>
    }
    .into_any()
}

/// The time the last PDF took, in milliseconds, for the benchmarks in
/// scripts/bench.mjs (kept on the page, never sent anywhere).
fn record_timing(ms: f64) {
    if let Some(body) = document().body() {
        // Tenths of a millisecond, without the float formatting code.
        let tenths = (ms * 10.0).round() as i64;
        let _ = body.set_attribute("data-pdf-ms", &format!("{}.{}", tenths / 10, tenths % 10));
    }
}
