//! Layout by hand (`pdf-writer` only writes PDF objects): text placed on A4
//! pages with word wrap and pagination, each piece of text tagged with the
//! structure element it belongs to (or marked as an artifact: page furniture,
//! repeated headers, "(continued)"), and the form fields' boxes.

mod fields;
mod table;

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
}
