//! Layout by hand (`pdf-writer` only writes PDF objects): text placed on A4
//! pages with word wrap and pagination, each piece of text tagged with the
//! structure element it belongs to (or marked as an artifact: page furniture,
//! repeated headers, "(continued)"), and the form fields' boxes.

use super::font::Font;
use super::Missing;
use pdf_writer::types::{StructRole, TableHeaderScope};

pub(super) const PAGE_W: f32 = 595.28;
pub(super) const PAGE_H: f32 = 841.89;
pub(super) const MARGIN_X: f32 = 56.0;
pub(super) const TOP: f32 = PAGE_H - 76.0;
pub(super) const BOTTOM: f32 = 64.0;
pub(super) const WIDTH: f32 = PAGE_W - 2.0 * MARGIN_X;
pub(super) const LABEL_W: f32 = 160.0;
pub(super) const GAP: f32 = 12.0;

pub(super) const BODY: f32 = 10.0;
pub(super) const LABEL: f32 = 9.5;
pub(super) const HEADING: f32 = 13.0;
pub(super) const TITLE: f32 = 18.0;
pub(super) const SMALL: f32 = 8.5;

/// What a piece of content is, for the structure tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tag {
    /// Not content: rules, boxes, repeated table headers, "(continued)".
    Artifact,
    /// Page furniture: the marking, running header and footer.
    Pagination,
    /// Content of this structure element.
    Elem(usize),
}

/// One run of text placed on a page.
pub(super) struct Run {
    pub(super) x: f32,
    pub(super) y: f32,
    pub(super) size: f32,
    pub(super) bold: bool,
    pub(super) glyphs: Vec<u16>,
    pub(super) tag: Tag,
}

/// Lines and boxes (always artifacts).
pub(super) enum Shape {
    Line { x1: f32, y1: f32, x2: f32, y2: f32 },
    Fill { x: f32, y: f32, w: f32, h: f32 },
    Frame { x: f32, y: f32, w: f32, h: f32 },
}

/// A form field's widget on a page.
pub(super) struct Widget {
    /// Index into [`Layout::fields`].
    pub(super) field: usize,
    /// Lower left and upper right corners.
    pub(super) rect: [f32; 4],
    /// The `Form` structure element it belongs to.
    pub(super) elem: usize,
}

#[derive(Default)]
pub(super) struct Page {
    pub(super) runs: Vec<Run>,
    pub(super) shapes: Vec<Shape>,
    pub(super) widgets: Vec<Widget>,
}

/// A structure element: its role, its children (elements, in reading
/// order) and its widgets. Its text is found from the runs tagged with it.
pub(super) struct Elem {
    pub(super) role: StructRole,
    pub(super) parent: usize,
    pub(super) kids: Vec<usize>,
    /// (page, index into that page's widgets).
    pub(super) widgets: Vec<(usize, usize)>,
    pub(super) scope: Option<TableHeaderScope>,
    /// Replacement text read instead of the element's contents.
    pub(super) alt: Option<String>,
}

/// A fillable text field.
pub(super) struct FormField {
    /// The field's name (`/T`).
    pub(super) name: &'static str,
    /// Its name for people (`/TU`), as a screen reader says it.
    pub(super) label: String,
    pub(super) multiline: bool,
}

/// A column of wrapped lines in a row that may run across pages.
pub(super) struct Cell {
    pub(super) x: f32,
    pub(super) size: f32,
    pub(super) bold: bool,
    pub(super) lines: Vec<String>,
    pub(super) tag: Tag,
    /// On a page the row continues onto, when this cell is already complete,
    /// repeat it with "(continued)" (the date and agency of an event, the
    /// label of an answer).
    pub(super) repeat: bool,
    /// The field it shows, for [`Missing`].
    pub(super) field: String,
}

struct TableHeader {
    headers: Vec<&'static str>,
    columns: Vec<(f32, f32)>,
}

/// A line that ends where the text goes on to the next line keeps one
/// space at its end (drawn as nothing), so that text read from the PDF (a
/// screen reader, copying) has a space between the words either side.
fn soft_break(line: String) -> String {
    let mut line = line.trim_end_matches(' ').to_string();
    line.push(' ');
    line
}

/// Lays text out on pages, carrying on to a new page when one is full.
pub(super) struct Layout<'a> {
    pub(super) font: &'a Font<'a>,
    pub(super) pages: Vec<Page>,
    pub(super) y: f32,
    /// Glyph → character, for the text-extraction map ('\0': not used).
    /// A table rather than a map: it is looked up for every character.
    pub(super) used: Vec<char>,
    pub(super) missing: Vec<Missing>,
    /// The field being laid out, for [`Missing`].
    pub(super) field: String,
    table: Option<TableHeader>,
    /// What the text being placed is.
    pub(super) tag: Tag,
    /// The structure tree; element 0 is the document.
    pub(super) elems: Vec<Elem>,
    pub(super) fields: Vec<FormField>,
}

impl<'a> Layout<'a> {
    pub(super) fn new(font: &'a Font<'a>) -> Self {
        Layout {
            font,
            pages: vec![Page::default()],
            y: TOP,
            used: vec!['\0'; usize::from(font.face.number_of_glyphs())],
            missing: vec![],
            field: String::new(),
            table: None,
            tag: Tag::Artifact,
            elems: vec![Elem {
                role: StructRole::Document,
                parent: 0,
                kids: vec![],
                widgets: vec![],
                scope: None,
                alt: None,
            }],
            fields: vec![],
        }
    }

    /// A new structure element, the last child of `parent`.
    pub(super) fn elem(&mut self, role: StructRole, parent: usize) -> usize {
        let id = self.elems.len();
        self.elems.push(Elem {
            role,
            parent,
            kids: vec![],
            widgets: vec![],
            scope: None,
            alt: None,
        });
        self.elems[parent].kids.push(id);
        id
    }

    pub(super) fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("there is always a page")
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = TOP;
        if self.table.is_some() {
            self.table_header();
        }
    }

    /// Make room for `height`, starting a new page if needed.
    pub(super) fn ensure(&mut self, height: f32) {
        if self.y - height < BOTTOM {
            self.new_page();
        }
    }

    /// Note that `glyph` shows `c` (the first character drawn with it).
    fn mark_used(&mut self, glyph: u16, c: char) {
        if let Some(slot) = self.used.get_mut(usize::from(glyph)) {
            if *slot == '\0' {
                *slot = c;
            }
        }
    }

    /// The glyphs used, with the character each shows.
    pub(super) fn used_glyphs(&self) -> impl Iterator<Item = (u16, char)> + '_ {
        self.used
            .iter()
            .enumerate()
            .filter(|(_, c)| **c != '\0')
            .map(|(g, c)| (g as u16, *c))
    }

    /// Glyphs for a line of text, noting characters the font cannot show.
    pub(super) fn glyphs(&mut self, text: &str) -> Vec<u16> {
        let mut glyphs = Vec::with_capacity(text.len());
        let mut missing = vec![];
        for c in text.chars() {
            let c = if c == '\t' { ' ' } else { c };
            match self.font.glyph(c) {
                Some(g) => {
                    self.mark_used(g, c);
                    glyphs.push(g);
                }
                None => {
                    if !missing.contains(&c) {
                        missing.push(c);
                    }
                    self.mark_used(self.font.replacement, '\u{FFFD}');
                    glyphs.push(self.font.replacement);
                }
            }
        }
        if !missing.is_empty() {
            let field = self.field.clone();
            match self.missing.iter_mut().find(|m| m.field == field) {
                Some(m) => {
                    for c in missing {
                        if !m.chars.contains(&c) {
                            m.chars.push(c);
                        }
                    }
                }
                None => self.missing.push(Missing {
                    field,
                    chars: missing,
                }),
            }
        }
        glyphs
    }

    pub(super) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.font.char_width(c, size)).sum()
    }

    /// Break text into lines no wider than `width`: at spaces where
    /// possible, inside a word only when the word alone is too wide.
    /// Line breaks in the text are kept. The text is composed first (NFC),
    /// so "e" and a combining accent are drawn as one "é".
    pub(super) fn wrap(&self, text: &str, width: f32, size: f32) -> Vec<String> {
        use unicode_normalization::UnicodeNormalization;
        // Text of characters below U+0300 (UTF-8 bytes below 0xCC: the
        // first combining mark is U+0300) is already composed; most text is,
        // and composing it anyway is a good part of laying out a long PDF.
        let composed: String;
        let text = if text.bytes().all(|b| b < 0xCC) {
            text
        } else {
            composed = text.nfc().collect();
            composed.as_str()
        };
        let mut lines = vec![];
        let space = self.font.char_width(' ', size);
        for paragraph in text.split('\n') {
            let paragraph = paragraph.strip_suffix('\r').unwrap_or(paragraph);
            let mut line = String::new();
            let mut line_w = 0.0;
            for word in paragraph.split_inclusive(' ') {
                let trimmed = word.trim_end_matches(' ');
                let word_w_trimmed = self.width(trimmed, size);
                let word_w = word_w_trimmed + space * (word.len() - trimmed.len()) as f32;
                if line_w + word_w_trimmed <= width || line.is_empty() && word_w_trimmed <= width {
                    line.push_str(word);
                    line_w += word_w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(soft_break(std::mem::take(&mut line)));
                    line_w = 0.0;
                }
                if word_w_trimmed <= width {
                    line.push_str(word);
                    line_w = word_w;
                } else {
                    // A word wider than the column: break it by characters.
                    for c in word.chars() {
                        let c_w = self.font.char_width(c, size);
                        if line_w + c_w > width && !line.is_empty() {
                            lines.push(std::mem::take(&mut line));
                            line_w = 0.0;
                        }
                        line.push(c);
                        line_w += c_w;
                    }
                }
            }
            lines.push(soft_break(line));
        }
        if let Some(last) = lines.last_mut() {
            last.truncate(last.trim_end_matches(' ').len());
        }
        lines
    }

    /// A run of text at a position, tagged as [`Layout::tag`] says.
    pub(super) fn text_at(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        let glyphs = self.glyphs(text);
        if !glyphs.is_empty() {
            let tag = self.tag;
            self.page().runs.push(Run {
                x,
                y,
                size,
                bold,
                glyphs,
                tag,
            });
        }
    }

    /// A wrapped paragraph across the full width.
    pub(super) fn paragraph(&mut self, text: &str, size: f32, bold: bool, space_after: f32) {
        let leading = size * 1.35;
        for line in self.wrap(text, WIDTH, size) {
            self.ensure(leading);
            self.y -= leading;
            self.text_at(MARGIN_X, self.y + size * 0.3, size, bold, &line);
        }
        self.y -= space_after;
    }

    /// A paragraph element (`P`) under `parent`.
    pub(super) fn p(&mut self, parent: usize, text: &str, size: f32, space_after: f32) {
        self.tag = Tag::Elem(self.elem(StructRole::P, parent));
        self.paragraph(text, size, false, space_after);
    }

    /// A line across the page at the current position.
    pub(super) fn rule(&mut self) {
        let y = self.y;
        self.page().shapes.push(Shape::Line {
            x1: MARGIN_X,
            y1: y,
            x2: MARGIN_X + WIDTH,
            y2: y,
        });
    }

    /// A heading element under `parent`, kept with at least three lines of
    /// what follows. Level 1 is the title; 2 and 3 are ruled.
    pub(super) fn heading(&mut self, level: u8, text: &str, parent: usize) -> usize {
        let (role, size) = match level {
            1 => (StructRole::H1, TITLE),
            2 => (StructRole::H2, HEADING + 1.0),
            3 => (StructRole::H3, HEADING),
            _ => (StructRole::H4, BODY),
        };
        let elem = self.elem(role, parent);
        self.ensure(size * 1.6 + BODY * 1.35 * 3.0);
        self.y -= if level <= 3 { 10.0 } else { 4.0 };
        self.field = text.to_string();
        self.tag = Tag::Elem(elem);
        self.paragraph(text, size, true, 2.0);
        if level == 2 || level == 3 {
            self.rule();
            self.y -= 6.0;
        }
        elem
    }

    /// Cells placed side by side, line by line, onto as many pages as they
    /// need. On each page, each cell's lines are written together (column
    /// order), so extracted text and the structure tree keep each whole. On
    /// a page the row continues onto, a complete cell marked `repeat` is
    /// repeated with "(continued)" (as an artifact: it is not new content).
    pub(super) fn columns(&mut self, cells: &[Cell]) {
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
    fn table_header(&mut self) {
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
    pub(super) fn table(
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

    /// A label to the left of a line to write on, with a fillable field
    /// over the line.
    pub(super) fn field_line(&mut self, parent: usize, field: usize, label: &str) {
        let leading = BODY * 2.4;
        let lines = self.wrap(label, LABEL_W, LABEL);
        let line_h = LABEL * 1.3;
        self.ensure(leading + line_h * (lines.len() - 1) as f32);
        self.y -= leading + line_h * (lines.len() - 1) as f32;
        let y = self.y;
        self.tag = Tag::Elem(self.elem(StructRole::P, parent));
        self.field = label.to_string();
        // The label's last line sits on the line to write on.
        for (k, line) in lines.iter().enumerate() {
            let above = (lines.len() - 1 - k) as f32 * line_h;
            self.text_at(MARGIN_X, y + 3.0 + above, LABEL, true, line);
        }
        let x1 = MARGIN_X + LABEL_W + GAP;
        self.page().shapes.push(Shape::Line {
            x1,
            y1: y + 1.0,
            x2: MARGIN_X + WIDTH,
            y2: y + 1.0,
        });
        self.widget(parent, field, [x1, y + 1.5, MARGIN_X + WIDTH, y + 17.0]);
    }

    /// A label above a box to write in, with a fillable field over the box.
    pub(super) fn field_box(&mut self, parent: usize, field: usize, label: &str, height: f32) {
        self.ensure(LABEL * 1.35 + height + 8.0);
        self.tag = Tag::Elem(self.elem(StructRole::P, parent));
        self.field = label.to_string();
        self.paragraph(label, LABEL, true, 3.0);
        self.y -= height;
        let y = self.y;
        self.page().shapes.push(Shape::Frame {
            x: MARGIN_X,
            y,
            w: WIDTH,
            h: height,
        });
        self.widget(
            parent,
            field,
            [
                MARGIN_X + 1.0,
                y + 1.0,
                MARGIN_X + WIDTH - 1.0,
                y + height - 1.0,
            ],
        );
        self.y -= 6.0;
    }

    /// A widget of `field` on the current page, in a new `Form` element
    /// under `parent`.
    pub(super) fn widget(&mut self, parent: usize, field: usize, rect: [f32; 4]) -> usize {
        let form = self.elem(StructRole::Form, parent);
        let page = self.pages.len() - 1;
        let index = self.pages[page].widgets.len();
        self.pages[page].widgets.push(Widget {
            field,
            rect,
            elem: form,
        });
        self.elems[form].widgets.push((page, index));
        form
    }

    /// A widget on a given page (the running header's).
    pub(super) fn widget_on(&mut self, page: usize, parent: usize, field: usize, rect: [f32; 4]) {
        let form = self.elem(StructRole::Form, parent);
        let index = self.pages[page].widgets.len();
        self.pages[page].widgets.push(Widget {
            field,
            rect,
            elem: form,
        });
        self.elems[form].widgets.push((page, index));
    }
}
