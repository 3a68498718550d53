//! The document laid out: the title, section 1 (the referrer's parts), the
//! Board's page with its fillable fields, then every page's running header
//! (the marking, "Board reference" with a field, the referral's date) and
//! footer.

use super::layout::*;
use super::scripts;
use crate::document::{cell_name, field_name, Document, Part, Row, REFERENCE_FIELD};
use pdf_writer::types::{StructRole, TableHeaderScope};

/// The height of a box to write a recommendation or decision in.
const BOX: f32 = 135.0;

/// The note after an answer this PDF cannot show properly.
fn note(text: &str) -> Option<String> {
    scripts::check("", text).map(|u| {
        format!(
            "[This PDF cannot show this answer properly: it is in {}{}. The printed referral and the plain text show it correctly.]",
            u.scripts.join(", "),
            if u.right_to_left {
                ", written right to left"
            } else {
                ""
            }
        )
    })
}

/// Lay the whole document out.
pub(super) fn compose(doc: &Document, l: &mut Layout) {
    let root = 0;
    l.heading(1, &doc.title, root);
    for line in doc.heading_lines() {
        l.field = "Title".to_string();
        l.p(root, &line, BODY, 0.0);
    }
    if let Some(notice) = &doc.notice {
        l.y -= 6.0;
        l.field = "Notice".to_string();
        l.p(root, notice, BODY, 0.0);
    }
    l.y -= 6.0;

    let referral = l.elem(StructRole::Sect, root);
    l.heading(2, &doc.referral_heading, referral);
    for (i, part) in doc.parts.iter().enumerate() {
        compose_part(l, referral, &doc.part_heading(i), part);
    }

    board_page(doc, l);
    furniture(doc, l);
}

fn compose_part(l: &mut Layout, parent: usize, heading: &str, part: &Part) {
    let sect = l.elem(StructRole::Sect, parent);
    l.heading(3, heading, sect);
    if let Some(empty) = part.empty {
        l.field = part.section.title().to_string();
        l.p(sect, empty, BODY, 4.0);
    }
    for group in &part.groups {
        let title = group.heading.as_deref();
        if let Some(h) = title {
            l.ensure(BODY * 1.35 * 4.0);
            l.heading(4, h, sect);
        }
        if group.rows.is_empty() {
            continue;
        }
        // Each answer is a table row: its label a row header, its value a cell.
        let table = l.elem(StructRole::Table, sect);
        let body = l.elem(StructRole::TBody, table);
        for row in &group.rows {
            compose_row(l, body, field_name(part, title, &row.label), row);
        }
    }
    if let Some(table) = &part.table {
        l.table(
            sect,
            &table.headers,
            &table.rows,
            |n, header| cell_name(part, n, header),
            |_, text| note(text),
        );
    }
}

/// A label and its value side by side; long values carry on line by line
/// onto the next page, where the label is repeated with "(continued)".
fn compose_row(l: &mut Layout, body: usize, field: String, row: &Row) {
    let tr = l.elem(StructRole::TR, body);
    let th = l.elem(StructRole::TH, tr);
    l.elems[th].scope = Some(TableHeaderScope::Row);
    let td = l.elem(StructRole::TD, tr);
    let labels = l.wrap(&row.label, LABEL_W, LABEL);
    let value_w = WIDTH - LABEL_W - GAP;
    let mut values = l.wrap(&row.value, value_w, BODY);
    if let Some(note) = note(&row.value) {
        values.extend(l.wrap(&note, value_w, BODY));
    }
    l.columns(&[
        Cell {
            x: MARGIN_X,
            size: LABEL,
            bold: true,
            lines: labels,
            tag: Tag::Elem(th),
            repeat: true,
            field: field.clone(),
        },
        Cell {
            x: MARGIN_X + LABEL_W + GAP,
            size: BODY,
            bold: false,
            lines: values,
            tag: Tag::Elem(td),
            repeat: false,
            field,
        },
    ]);
    l.y -= 5.0;
}

/// The Board's page, on a page of its own: the reference, then sections 2
/// and 3, each field fillable.
fn board_page(doc: &Document, l: &mut Layout) {
    let page = &doc.board_page;
    l.new_page();
    let sect = l.elem(StructRole::Sect, 0);
    l.y += 10.0;
    l.heading(2, &page.heading, sect);
    l.field = page.heading.clone();
    l.p(sect, &page.intro, BODY, 2.0);
    l.p(sect, &page.procedure, BODY, 2.0);
    for section in &page.sections {
        let s = l.elem(StructRole::Sect, sect);
        l.heading(3, &section.heading, s);
        for field in &section.fields {
            let index = l.fields.len();
            l.fields.push(FormField {
                name: field.id,
                label: format!("{}: {}", section.heading, field.label),
                multiline: field.multiline,
            });
            if field.multiline {
                l.field_box(s, index, &field.label, BOX);
            } else {
                l.field_line(s, index, &field.label);
            }
        }
    }
}

/// Every page's running header and footer, now that the count is known:
/// the marking at the top and bottom; "Board reference:" with a field (the
/// same field as on the Board's page, so typing it once fills every page)
/// and the referral's date; the title, the Board and "Page X of Y".
fn furniture(doc: &Document, l: &mut Layout) {
    let total = l.pages.len();
    let reference = l.fields.iter().position(|f| f.name == REFERENCE_FIELD);
    // The header's fields are read once, not on every page.
    let repeated = l.elem(StructRole::Div, 0);
    l.elems[repeated].alt = Some(format!(
        "The {} field is repeated in every page's header.",
        doc.reference_label.trim_end_matches(':')
    ));
    let marking_w = l.width(&doc.marking, LABEL);
    let label_w = l.width(&doc.reference_label, SMALL);
    let date = doc.running_date();
    let date_w = l.width(&date, SMALL);
    let footer_left = format!("{} · {}", doc.title, doc.board_short);
    let header_y = PAGE_H - 58.0;
    l.field = "The protective marking".to_string();
    for i in 0..total {
        let page_text = format!("Page {} of {}", i + 1, total);
        let page_w = l.width(&page_text, SMALL);
        let centre = (PAGE_W - marking_w) / 2.0;
        let runs = [
            (centre, PAGE_H - 40.0, LABEL, true, doc.marking.as_str()),
            (
                MARGIN_X,
                header_y,
                SMALL,
                false,
                doc.reference_label.as_str(),
            ),
            (
                PAGE_W - MARGIN_X - date_w,
                header_y,
                SMALL,
                false,
                date.as_str(),
            ),
            (centre, 28.0, LABEL, true, doc.marking.as_str()),
            (MARGIN_X, 42.0, SMALL, false, footer_left.as_str()),
            (
                PAGE_W - MARGIN_X - page_w,
                42.0,
                SMALL,
                false,
                page_text.as_str(),
            ),
        ];
        for (x, y, size, bold, text) in runs {
            let glyphs = l.glyphs(text);
            l.pages[i].runs.push(Run {
                x,
                y,
                size,
                bold,
                glyphs,
                tag: Tag::Pagination,
            });
        }
        let x1 = MARGIN_X + label_w + 4.0;
        let x2 = x1 + 150.0;
        l.pages[i].shapes.push(Shape::Line {
            x1,
            y1: header_y - 2.0,
            x2,
            y2: header_y - 2.0,
        });
        l.pages[i].shapes.push(Shape::Line {
            x1: MARGIN_X,
            y1: PAGE_H - 66.0,
            x2: MARGIN_X + WIDTH,
            y2: PAGE_H - 66.0,
        });
        if let Some(field) = reference {
            l.widget_on(i, repeated, field, [x1, header_y - 1.5, x2, header_y + 9.0]);
        }
    }
}
