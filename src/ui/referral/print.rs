//! The referral for printing: a print-only rendering of the same document
//! model as the PDF and plain text, with the Board's marking, "Board
//! reference: ____", the referral's date and "Page X of Y" in every printed
//! page's margins, and the Board's page on a page of its own.

use crate::document::{Document, BLANK};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Print the protective marking at the top and bottom of every printed page,
/// "Board reference: ____" and the referral's date in every page's header,
/// and "Page X of Y", while this page is shown (as the PDF does). The
/// marking comes from the Board profile, so the rule is added through the
/// CSS object model (which the Content-Security-Policy allows, unlike an
/// inline style) and removed when the page goes.
fn print_marking_on_every_page(marking: &str, date: &str, reference_label: &str) {
    let quoted = |text: &str| {
        text.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace(['\n', '\r'], " ")
    };
    let (marking, date) = (quoted(marking), quoted(date));
    let reference = quoted(&format!("{reference_label} {BLANK}"));
    let rule = format!(
        "@page {{ margin: 18mm 14mm 16mm; \
         @top-left {{ content: \"{reference}\"; font: 8pt Arial, sans-serif; vertical-align: bottom; }} \
         @top-center {{ content: \"{marking}\"; font: 700 9pt Arial, sans-serif; }} \
         @top-right {{ content: \"{date}\"; font: 8pt Arial, sans-serif; vertical-align: bottom; }} \
         @bottom-center {{ content: \"{marking}\"; font: 700 9pt Arial, sans-serif; }} \
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

/// The referral for printing: only shown by the print stylesheet. The same
/// document as the PDF and plain text: section 1 (the referrer's parts),
/// then the Board's page (its reference, sections 2 and 3) on a page of its
/// own. The marking, reference, date and page numbers are in the page
/// margins (see above).
#[component]
pub fn PrintDocument(doc: Document) -> impl IntoView {
    print_marking_on_every_page(&doc.marking, &doc.running_date(), &doc.reference_label);
    let board = doc.board_page.clone();
    view! {
        <div class="print-only print-document" id="print-document">
            <p class="print-title">{doc.title.clone()}</p>
            {doc.heading_lines().into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            {doc.notice.clone().map(|n| view! { <p class="print-notice">{n}</p> })}
            <p class="print-section-heading">{doc.referral_heading.clone()}</p>
            {doc.parts.iter().enumerate().map(|(i, part)| view! {
                <div class="print-part">
                    <p class="print-heading">{doc.part_heading(i)}</p>
                    {part.empty.map(|e| view! { <p>{e}</p> })}
                    {part.groups.iter().map(|g| view! {
                        {g.heading.clone().map(|h| view! { <p class="print-subheading">{h}</p> })}
                        <dl class="summary-list">
                            {g.rows.iter().map(|r| view! {
                                <div class="summary-row"><dt>{r.label.clone()}</dt><dd class="pre-wrap" dir="auto">{r.value.clone()}</dd></div>
                            }).collect_view()}
                        </dl>
                    }).collect_view()}
                    {part.table.clone().map(|t| view! {
                        <table class="table print-table">
                            <colgroup><col class="print-col-date"/><col class="print-col-agency"/><col/></colgroup>
                            <thead><tr>{t.headers.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                            <tbody>{t.rows.into_iter().map(|r| view! {
                                <tr>{r.into_iter().map(|c| view! { <td class="pre-wrap" dir="auto">{c}</td> }).collect_view()}</tr>
                            }).collect_view()}</tbody>
                        </table>
                    })}
                </div>
            }).collect_view()}
            <div class="print-board-page" id="print-board-page">
                <p class="print-section-heading">{board.heading.clone()}</p>
                <p>{board.intro.clone()}</p>
                <p>{board.procedure.clone()}</p>
                {board.sections.iter().map(|s| view! {
                    <div class="print-board-part">
                        <p class="print-heading">{s.heading.clone()}</p>
                        {s.fields.iter().map(|f| if f.multiline {
                            view! {
                                <p class="print-write-label">{f.label.clone()}</p>
                                <div class="print-write-in"></div>
                            }.into_any()
                        } else {
                            view! { <p class="print-write-line">{f.label.clone()}</p> }.into_any()
                        }).collect_view()}
                    </div>
                }).collect_view()}
            </div>
        </div>
    }
}
