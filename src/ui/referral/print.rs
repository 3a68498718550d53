//! The referral for printing: a print-only rendering of the same document
//! model as the PDF and plain text, with the Board's marking and "Page X of
//! Y" in every printed page's margins.

use crate::document::Document;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
pub fn PrintDocument(doc: Document) -> impl IntoView {
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
