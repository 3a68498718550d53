//! The confirmation page: the referral as a PDF (made here, with the font
//! fetched from this site only now), as plain text with a Copy button, and
//! printed; a mail link to the Board's secure mailbox with no personal data;
//! what happens next; and deleting the referral from the device. The
//! document itself is `crate::document` and `crate::pdf`.

use crate::content::{guide_page, referral_text};
use crate::document::{self, Document};
use crate::pdf::EmbeddedFont;
use crate::ui::components::files::download;
use crate::ui::components::{
    board, focus_after_render, focus_heading_after_navigation, set_title, text, today, Cites,
};
use crate::ui::form_state::form;
use crate::ui::pages::guide::section_view;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The PDF font (zlib-compressed), served by this site and fetched the
/// first time a PDF is made.
const FONT_URL: &str = "/fonts/DejaVuSans.ttf.zlib";

thread_local! {
    static FONT: RefCell<Option<Rc<EmbeddedFont>>> = const { RefCell::new(None) };
}

async fn font() -> Result<Rc<EmbeddedFont>, String> {
    if let Some(font) = FONT.with(|f| f.borrow().clone()) {
        return Ok(font);
    }
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(FONT_URL))
            .await
            .map_err(|_| "the font could not be fetched".to_string())?
            .dyn_into()
            .map_err(|_| "no response".to_string())?;
    if !response.ok() {
        return Err(format!(
            "the font could not be fetched ({})",
            response.status()
        ));
    }
    let buffer = response.array_buffer().map_err(|_| "no body".to_string())?;
    let zlib = wasm_bindgen_futures::JsFuture::from(buffer)
        .await
        .map_err(|_| "the font could not be read".to_string())?;
    let zlib = js_sys::Uint8Array::new(&zlib).to_vec();
    let raw = inflate(&zlib).await?;
    let font = Rc::new(EmbeddedFont::new(raw, zlib)?);
    FONT.with(|f| *f.borrow_mut() = Some(font.clone()));
    Ok(font)
}

/// Inflate zlib data with the browser's own DecompressionStream.
async fn inflate(zlib: &[u8]) -> Result<Vec<u8>, String> {
    let failed = |_| "the font could not be unpacked".to_string();
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(zlib));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(failed)?;
    // `new DecompressionStream("deflate")` ("deflate" is the zlib format);
    // web-sys marks the type unstable, so it is reached through Reflect.
    let class = js_sys::Reflect::get(&js_sys::global(), &"DecompressionStream".into())
        .map_err(failed)?
        .dyn_into::<js_sys::Function>()
        .map_err(|_| "this browser cannot unpack the font".to_string())?;
    let inflater = js_sys::Reflect::construct(&class, &js_sys::Array::of1(&"deflate".into()))
        .map_err(failed)?;
    let side = |name: &str| js_sys::Reflect::get(&inflater, &name.into()).map_err(failed);
    let pair = web_sys::ReadableWritablePair::new(
        &side("readable")?.unchecked_into(),
        &side("writable")?.unchecked_into(),
    );
    let stream = blob.stream().pipe_through(&pair);
    let response =
        web_sys::Response::new_with_opt_readable_stream(Some(&stream)).map_err(failed)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Copy text to the clipboard. False if the browser refused.
async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok();
    let Some(clipboard) = clipboard.filter(|c| !c.is_undefined()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &text.into()) else {
        return false;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
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

#[component]
pub fn ReferralDonePage() -> impl IntoView {
    let f = form();
    let referral = f.referral.get_untracked();
    if !referral.validate_all(today()).is_empty() {
        return view! { <Redirect path="/referral/check"/> }.into_any();
    }
    let words = referral_text();
    set_title(&words.done_title);
    focus_heading_after_navigation();
    let board = board();
    let doc = document::document(&referral, &board);
    let plain = doc.to_text();
    let file_name = document::pdf_file_name(&referral.about_you.agency, today());
    let mail = document::mail_link(&board.secure_mailbox, &referral.about_you.agency, today());
    let refer = guide_page("refer");
    let section = |id: &str| {
        refer
            .as_ref()
            .and_then(|p| p.sections.iter().find(|s| s.id == id).cloned())
            .map(section_view)
    };

    let pdf_state = RwSignal::new(PdfState::Idle);
    let doc_for_pdf = StoredValue::new(doc.clone());
    let make_pdf = move |_| {
        if pdf_state.get_untracked() == PdfState::Working {
            return;
        }
        pdf_state.set(PdfState::Working);
        let name = file_name.clone();
        leptos::task::spawn_local(async move {
            let state = match font().await {
                Err(_) => PdfState::Failed,
                Ok(font) => {
                    let started = now();
                    let rendered = doc_for_pdf.with_value(|d| crate::pdf::render(d, &font));
                    let ms = now() - started;
                    record_timing(ms);
                    match rendered {
                        Err(_) => PdfState::Failed,
                        Ok(out) => {
                            download(&name, "application/pdf", &out.bytes);
                            PdfState::Done {
                                name,
                                pages: out.pages,
                                missing: out
                                    .missing
                                    .iter()
                                    .map(|m| {
                                        format!(
                                            "{} ({})",
                                            m.field,
                                            m.chars
                                                .iter()
                                                .map(|c| format!("U+{:04X}", *c as u32))
                                                .collect::<Vec<_>>()
                                                .join(", ")
                                        )
                                    })
                                    .collect(),
                            }
                        }
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
            <div class="panel panel-confirmation">
                <h1 class="panel-title" tabindex="-1">{words.done_title.clone()}</h1>
                <div class="panel-body">{doc.title.clone()}</div>
            </div>
            <p class="lead">{text(&words.done_lead)}</p>

            <h2 class="heading-m">{words.pdf_heading.clone()}</h2>
            <p>{words.pdf_text.clone()}</p>
            <div class="button-group">
                <button type="button" class="button" id="download-pdf" on:click=make_pdf
                    aria-describedby="pdf-status">
                    "Download the referral (PDF)"
                </button>
                <button type="button" class="button button-secondary" id="print-referral"
                    on:click=move |_| { let _ = window().print(); }>
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
                <div class="hint" id="plain-text-hint">{words.text_hint.clone()}</div>
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
            <p id="decision-due">{format!(
                "If {} receives your referral today, the decision is due by {}.",
                board.short_name,
                crate::dates::long_date_with_weekday(crate::deadlines::add_months(today(), 1))
            )}</p>
            <Cites citations=crate::deadlines::DECISION_CITES/>

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

/// The time the last PDF took, in milliseconds, for the benchmark in
/// scripts/report.mjs (kept on the page, never sent anywhere).
fn record_timing(ms: f64) {
    if let Some(body) = document().body() {
        let _ = body.set_attribute("data-pdf-ms", &format!("{ms:.1}"));
    }
}

/// Print the protective marking at the top and bottom of every printed page,
/// with "Page X of Y", while this page is shown. The marking comes from the
/// Board profile, so the rule is added through the CSS object model (which
/// the Content-Security-Policy allows, unlike an inline style) and removed
/// when the page goes.
fn print_marking_on_every_page(marking: &str) {
    let quoted = marking
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace(['\n', '\r'], " ");
    let rule = format!(
        "@page {{ margin: 16mm 14mm; \
         @top-center {{ content: \"{quoted}\"; font: 700 9pt Arial, sans-serif; }} \
         @bottom-center {{ content: \"{quoted}\"; font: 700 9pt Arial, sans-serif; }} \
         @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); font: 8pt Arial, sans-serif; }} }}"
    );
    let first_sheet = || {
        document()
            .style_sheets()
            .get(0)
            .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
    };
    let Some(sheet) = first_sheet() else {
        return;
    };
    let Ok(len) = sheet.css_rules().map(|r| r.length()) else {
        return;
    };
    if let Ok(index) = sheet.insert_rule_with_index(&rule, len) {
        on_cleanup(move || {
            if let Some(sheet) = first_sheet() {
                let _ = sheet.delete_rule(index);
            }
        });
    }
}

/// The referral for printing: only shown by the print stylesheet. The
/// marking and page numbers are in the page margins (see above).
#[component]
fn PrintDocument(doc: Document) -> impl IntoView {
    print_marking_on_every_page(&doc.marking);
    view! {
        <div class="print-only print-document" id="print-document">
            <p class="print-title">{doc.title.clone()}</p>
            {doc.heading_lines().into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            {doc.parts.iter().enumerate().map(|(i, part)| view! {
                <div class="print-part">
                    <p class="print-heading">{format!("{}. {}", i + 1, part.section.title())}</p>
                    {part.empty.map(|e| view! { <p>{e}</p> })}
                    {part.groups.iter().map(|g| view! {
                        {g.heading.clone().map(|h| view! { <p class="print-subheading">{h}</p> })}
                        <dl class="summary-list">
                            {g.rows.iter().map(|r| view! {
                                <div class="summary-row"><dt>{r.label.clone()}</dt><dd class="pre-wrap">{r.value.clone()}</dd></div>
                            }).collect_view()}
                        </dl>
                    }).collect_view()}
                    {part.table.clone().map(|t| view! {
                        <table class="table">
                            <thead><tr>{t.headers.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                            <tbody>{t.rows.into_iter().map(|r| view! {
                                <tr>{r.into_iter().map(|c| view! { <td class="pre-wrap">{c}</td> }).collect_view()}</tr>
                            }).collect_view()}</tbody>
                        </table>
                    })}
                </div>
            }).collect_view()}
            <p class="print-heading">"For the Board: leave blank"</p>
            {doc.board_parts.iter().map(|b| view! {
                <div class="print-board-part">
                    <p class="print-subheading">{b.title.clone()}</p>
                    {b.write_in.then(|| view! { <div class="print-write-in"></div> })}
                    {b.fields.iter().map(|f| view! { <p class="print-write-line">{*f}</p> }).collect_view()}
                </div>
            }).collect_view()}
        </div>
    }
}
