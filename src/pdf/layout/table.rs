//! Tables and rows of cells that run across pages: the chronology with its
//! header row repeated on each page, and the label and value columns of
//! every answer.

use super::*;

impl Layout<'_> {
    /// Cells placed side by side, line by line, onto as many pages as they
    /// need. On each page, each cell's lines are written together (column
    /// order), so extracted text and the structure tree keep each whole. On
    /// a page the row continues onto, a complete cell marked `repeat` is
    /// repeated with "(continued)" (as an artifact: it is not new content).
    pub(in crate::pdf) fn columns(&mut self, cells: &[Cell]) {
        let leading = BODY * 1.35;
        let height = cells.iter().map(|c| c.lines.len()).max().unwrap_or(0);
        // Short rows stay together, and a long one starts with at least
        // four lines (so a label is never split from its value's start).
        self.ensure(leading * height.min(4) as f32);
        let mut pos = vec![0; cells.len()];
        let mut first = true;
        let done = |pos: &[usize]| cells.iter().zip(pos).all(|(c, p)| *p >= c.lines.len());
        while !done(&pos) {
            if self.y - leading < BOTTOM {
                self.new_page();
            }
            let room = ((self.y - BOTTOM) / leading).floor().max(1.0) as usize;
            let top = self.y;
            let mut used = 0;
            for (cell, p) in cells.iter().zip(pos.iter_mut()) {
                let mut slot = 0;
                self.field.clone_from(&cell.field);
                let place = |l: &mut Self, slot: &mut usize, text: &str, tag: Tag| {
                    let y = top - leading * (*slot + 1) as f32 + BODY * 0.3;
                    l.tag = tag;
                    l.text_at(cell.x, y, cell.size, cell.bold, text);
                    *slot += 1;
                };
                if !first && cell.repeat && *p >= cell.lines.len() {
                    for line in &cell.lines {
                        if slot + 1 < room {
                            place(self, &mut slot, line, Tag::Artifact);
                        }
                    }
                    place(self, &mut slot, "(continued)", Tag::Artifact);
                }
                while *p < cell.lines.len() && slot < room {
                    place(self, &mut slot, &cell.lines[*p], cell.tag);
                    *p += 1;
                }
                used = used.max(slot);
            }
            self.y = top - leading * used as f32;
            first = false;
            if !done(&pos) {
                self.y = BOTTOM;
            }
        }
    }

    /// The table's header row: tagged `TH` cells the first time, an
    /// artifact where it is repeated on a new page.
    pub(super) fn table_header(&mut self) {
        let Some(table) = self.table.take() else {
            return;
        };
        let h = LABEL * 1.35 + 6.0;
        self.y -= h;
        let y = self.y;
        self.page().shapes.push(Shape::Fill {
            x: MARGIN_X,
            y,
            w: WIDTH,
            h,
        });
        for (header, (x, _)) in table.headers.iter().zip(&table.columns) {
            self.tag = Tag::Artifact;
            self.text_at(*x + 4.0, y + 4.0 + LABEL * 0.3, LABEL, true, header);
        }
        self.y -= 2.0;
        self.table = Some(table);
    }

    /// A table with a header row repeated on every page it spans, under
    /// `parent`; `names` gives each cell's field name (for [`Missing`]).
    pub(in crate::pdf) fn table(
        &mut self,
        parent: usize,
        headers: &[&'static str],
        rows: &[Vec<String>],
        names: impl Fn(usize, &str) -> String,
        note: impl Fn(&str, &str) -> Option<String>,
    ) {
        let columns = vec![
            (MARGIN_X, 95.0),
            (MARGIN_X + 95.0, 115.0),
            (MARGIN_X + 210.0, WIDTH - 210.0),
        ];
        let table = self.elem(StructRole::Table, parent);
        let head = self.elem(StructRole::THead, table);
        let head_row = self.elem(StructRole::TR, head);
        self.ensure(LABEL * 1.35 + 6.0 + BODY * 1.35 * 2.0);
        // The first header row is content (TH cells); repeats are artifacts.
        let h = LABEL * 1.35 + 6.0;
        self.y -= h;
        let y = self.y;
        self.page().shapes.push(Shape::Fill {
            x: MARGIN_X,
            y,
            w: WIDTH,
            h,
        });
        for (header, (x, _)) in headers.iter().zip(&columns) {
            let th = self.elem(StructRole::TH, head_row);
            self.elems[th].scope = Some(TableHeaderScope::Column);
            self.tag = Tag::Elem(th);
            self.field = header.to_string();
            self.text_at(*x + 4.0, y + 4.0 + LABEL * 0.3, LABEL, true, header);
        }
        self.y -= 2.0;
        self.table = Some(TableHeader {
            headers: headers.to_vec(),
            columns: columns.clone(),
        });
        let body = self.elem(StructRole::TBody, table);
        for (n, cells) in rows.iter().enumerate() {
            let tr = self.elem(StructRole::TR, body);
            let mut placed = vec![];
            for ((cell, (x, w)), header) in cells.iter().zip(&columns).zip(headers) {
                let td = self.elem(StructRole::TD, tr);
                let mut lines = self.wrap(cell, w - 8.0, BODY);
                if let Some(note) = note(header, cell) {
                    lines.extend(self.wrap(&note, w - 8.0, BODY));
                }
                placed.push(Cell {
                    x: x + 4.0,
                    size: BODY,
                    bold: false,
                    lines,
                    tag: Tag::Elem(td),
                    repeat: header != headers.last().unwrap_or(header),
                    field: names(n, header),
                });
            }
            self.columns(&placed);
            self.y -= 4.0;
            self.rule();
        }
        self.table = None;
        self.y -= 6.0;
    }
}
