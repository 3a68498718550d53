//! The referral as a PDF, made on the device with `pdf-writer`: A4, the
//! protective marking at the top and bottom of every page, "Page X of Y",
//! selectable text in an embedded font (DejaVu Sans: Latin with accents,
//! Greek, Cyrillic), long text wrapped and carried across pages, and the
//! chronology as a table whose header repeats on each page.
//!
//! The layout is done here by hand (word wrap and pagination), because
//! `pdf-writer` only writes PDF objects. A character the font has no glyph
//! for is drawn as U+FFFD and reported with its field, never dropped.
//!
//! The font is served zlib-compressed (`public/fonts/DejaVuSans.ttf.zlib`):
//! the browser inflates it once (its own DecompressionStream, so no inflate
//! code in the WASM) to measure glyphs, and the compressed bytes go into the
//! PDF as they are (a FlateDecode stream), which halves the PDF's size.

use crate::document::{Document, Part, Row};
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, TextRenderingMode, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str};
use std::collections::BTreeMap;

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 56.0;
const TOP: f32 = PAGE_H - 72.0;
const BOTTOM: f32 = 64.0;
const WIDTH: f32 = PAGE_W - 2.0 * MARGIN_X;
const LABEL_W: f32 = 160.0;
const GAP: f32 = 12.0;

const BODY: f32 = 10.0;
const LABEL: f32 = 9.5;
const HEADING: f32 = 13.0;
const TITLE: f32 = 18.0;
const SMALL: f32 = 8.5;

/// A character that could not be shown, and the field it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    pub field: String,
    pub chars: Vec<char>,
}

pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: usize,
    pub missing: Vec<Missing>,
}

/// The PDF's font: the TrueType file, and the same compressed with zlib.
pub struct EmbeddedFont {
    raw: Vec<u8>,
    zlib: Vec<u8>,
}

impl EmbeddedFont {
    /// From the font file the site serves (`zlib`) and the same inflated
    /// (`raw`). Checks that the font can be read.
    pub fn new(raw: Vec<u8>, zlib: Vec<u8>) -> Result<Self, String> {
        Font::new(&raw)?;
        Ok(EmbeddedFont { raw, zlib })
    }
}

/// The font, measured and mapped to glyphs.
struct Font<'a> {
    face: ttf_parser::Face<'a>,
    units: f32,
    replacement: u16,
}

impl<'a> Font<'a> {
    fn new(data: &'a [u8]) -> Result<Self, String> {
        let face = ttf_parser::Face::parse(data, 0)
            .map_err(|e| format!("the font could not be read ({e})"))?;
        let replacement = face
            .glyph_index('\u{FFFD}')
            .or_else(|| face.glyph_index('?'))
            .map_or(0, |g| g.0);
        Ok(Font {
            units: f32::from(face.units_per_em()),
            face,
            replacement,
        })
    }

    /// The glyph for a character, if the font has one (control characters
    /// have none).
    fn glyph(&self, c: char) -> Option<u16> {
        if c.is_control() {
            return None;
        }
        self.face.glyph_index(c).map(|g| g.0)
    }

    fn advance(&self, glyph: u16, size: f32) -> f32 {
        let units = self
            .face
            .glyph_hor_advance(ttf_parser::GlyphId(glyph))
            .unwrap_or(0);
        f32::from(units) * size / self.units
    }
}

/// One run of text placed on a page.
struct Run {
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    glyphs: Vec<u16>,
}

enum Shape {
    Line { x1: f32, y1: f32, x2: f32, y2: f32 },
    Fill { x: f32, y: f32, w: f32, h: f32 },
    Frame { x: f32, y: f32, w: f32, h: f32 },
}

#[derive(Default)]
struct Page {
    runs: Vec<Run>,
    shapes: Vec<Shape>,
}

struct TableHeader {
    headers: Vec<&'static str>,
    columns: Vec<(f32, f32)>,
}

/// Lays text out on pages, carrying on to a new page when one is full.
struct Layout<'a> {
    font: &'a Font<'a>,
    pages: Vec<Page>,
    y: f32,
    /// Glyph → character, for the text-extraction map.
    used: BTreeMap<u16, char>,
    missing: Vec<Missing>,
    field: String,
    table: Option<TableHeader>,
}

impl<'a> Layout<'a> {
    fn new(font: &'a Font<'a>) -> Self {
        Layout {
            font,
            pages: vec![Page::default()],
            y: TOP,
            used: BTreeMap::new(),
            missing: vec![],
            field: String::new(),
            table: None,
        }
    }

    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("there is always a page")
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = TOP;
        if self.table.is_some() {
            self.table_header();
        }
    }

    /// Make room for `height`, starting a new page if needed.
    fn ensure(&mut self, height: f32) {
        if self.y - height < BOTTOM {
            self.new_page();
        }
    }

    /// Glyphs for a line of text, noting characters the font cannot show.
    fn glyphs(&mut self, text: &str) -> Vec<u16> {
        let mut glyphs = Vec::with_capacity(text.len());
        let mut missing = vec![];
        for c in text.chars() {
            let c = if c == '\t' { ' ' } else { c };
            match self.font.glyph(c) {
                Some(g) => {
                    self.used.entry(g).or_insert(c);
                    glyphs.push(g);
                }
                None => {
                    if !missing.contains(&c) {
                        missing.push(c);
                    }
                    self.used.entry(self.font.replacement).or_insert('\u{FFFD}');
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

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| {
                let c = if c == '\t' { ' ' } else { c };
                self.font
                    .advance(self.font.glyph(c).unwrap_or(self.font.replacement), size)
            })
            .sum()
    }

    /// Break text into lines no wider than `width`: at spaces where
    /// possible, inside a word only when the word alone is too wide.
    /// Line breaks in the text are kept.
    fn wrap(&self, text: &str, width: f32, size: f32) -> Vec<String> {
        let mut lines = vec![];
        for paragraph in text.split('\n') {
            let paragraph = paragraph.strip_suffix('\r').unwrap_or(paragraph);
            let mut line = String::new();
            let mut line_w = 0.0;
            for word in paragraph.split_inclusive(' ') {
                let word_w = self.width(word, size);
                let word_w_trimmed = self.width(word.trim_end_matches(' '), size);
                if line_w + word_w_trimmed <= width || line.is_empty() && word_w_trimmed <= width {
                    line.push_str(word);
                    line_w += word_w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line).trim_end_matches(' ').to_string());
                    line_w = 0.0;
                }
                if word_w_trimmed <= width {
                    line.push_str(word);
                    line_w = word_w;
                } else {
                    // A word wider than the column: break it by characters.
                    for c in word.chars() {
                        let c_w = self.width(c.encode_utf8(&mut [0; 4]), size);
                        if line_w + c_w > width && !line.is_empty() {
                            lines.push(std::mem::take(&mut line));
                            line_w = 0.0;
                        }
                        line.push(c);
                        line_w += c_w;
                    }
                }
            }
            lines.push(line.trim_end_matches(' ').to_string());
        }
        lines
    }

    fn text_at(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        let glyphs = self.glyphs(text);
        if !glyphs.is_empty() {
            self.page().runs.push(Run {
                x,
                y,
                size,
                bold,
                glyphs,
            });
        }
    }

    /// A wrapped paragraph across the full width.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, space_after: f32) {
        let leading = size * 1.35;
        for line in self.wrap(text, WIDTH, size) {
            self.ensure(leading);
            self.y -= leading;
            self.text_at(MARGIN_X, self.y + size * 0.3, size, bold, &line);
        }
        self.y -= space_after;
    }

    /// A line across the page at the current position.
    fn rule(&mut self) {
        let y = self.y;
        self.page().shapes.push(Shape::Line {
            x1: MARGIN_X,
            y1: y,
            x2: MARGIN_X + WIDTH,
            y2: y,
        });
    }

    fn heading(&mut self, text: &str) {
        // Keep a heading with at least three lines of what follows.
        self.ensure(HEADING * 1.6 + BODY * 1.35 * 3.0);
        self.y -= 10.0;
        self.field = text.to_string();
        self.paragraph(text, HEADING, true, 2.0);
        self.rule();
        self.y -= 6.0;
    }

    /// A label and its value side by side; long values carry on line by
    /// line onto the next page. On each page the label's lines are written
    /// before the value's, so that text extraction reads each one whole.
    fn row(&mut self, part: &str, row: &Row) {
        self.field = format!("{part}: {}", row.label);
        let labels = self.wrap(&row.label, LABEL_W, LABEL);
        let values = self.wrap(&row.value, WIDTH - LABEL_W - GAP, BODY);
        self.columns(&[
            (MARGIN_X, LABEL, true, labels),
            (MARGIN_X + LABEL_W + GAP, BODY, false, values),
        ]);
        self.y -= 5.0;
    }

    /// Columns of wrapped lines placed side by side, line by line, onto as
    /// many pages as they need. On each page, each column's lines are
    /// written together (column order), so extracted text keeps each whole.
    fn columns(&mut self, columns: &[(f32, f32, bool, Vec<String>)]) {
        let leading = BODY * 1.35;
        let height = columns.iter().map(|c| c.3.len()).max().unwrap_or(0);
        // Short rows stay together, and a long one starts with at least
        // four lines (so a label is never split from its value's start).
        self.ensure(leading * height.min(4) as f32);
        let mut start = 0;
        while start < height {
            if self.y - leading < BOTTOM {
                self.new_page();
            }
            let room = ((self.y - BOTTOM) / leading).floor().max(1.0) as usize;
            let end = height.min(start + room);
            let top = self.y;
            for (x, size, bold, lines) in columns {
                for (k, line) in lines.iter().enumerate().take(end).skip(start) {
                    let y = top - leading * (k - start + 1) as f32 + BODY * 0.3;
                    self.text_at(*x, y, *size, *bold, line);
                }
            }
            self.y = top - leading * (end - start) as f32;
            start = end;
        }
    }

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
            self.text_at(*x + 4.0, y + 4.0 + LABEL * 0.3, LABEL, true, header);
        }
        self.y -= 2.0;
        self.table = Some(table);
    }

    fn table(&mut self, part: &str, headers: &[&'static str], rows: &[Vec<String>]) {
        let columns = vec![
            (MARGIN_X, 95.0),
            (MARGIN_X + 95.0, 115.0),
            (MARGIN_X + 210.0, WIDTH - 210.0),
        ];
        self.ensure(LABEL * 1.35 + 6.0 + BODY * 1.35 * 2.0);
        self.table = Some(TableHeader {
            headers: headers.to_vec(),
            columns: columns.clone(),
        });
        self.table_header();
        for (n, cells) in rows.iter().enumerate() {
            self.field = format!("{part}: event {}", n + 1);
            let wrapped: Vec<(f32, f32, bool, Vec<String>)> = cells
                .iter()
                .zip(&columns)
                .map(|(cell, (x, w))| (x + 4.0, BODY, false, self.wrap(cell, w - 8.0, BODY)))
                .collect();
            self.columns(&wrapped);
            self.y -= 4.0;
            self.rule();
        }
        self.table = None;
        self.y -= 6.0;
    }

    fn part(&mut self, number: usize, part: &Part) {
        let title = part.section.title();
        self.heading(&format!("{number}. {title}"));
        if let Some(empty) = part.empty {
            self.paragraph(empty, BODY, false, 4.0);
        }
        for group in &part.groups {
            if let Some(h) = &group.heading {
                self.ensure(LABEL * 1.35 * 3.0);
                self.y -= 4.0;
                self.field = format!("{title}: {h}");
                self.paragraph(h, BODY, true, 2.0);
            }
            for row in &group.rows {
                self.row(title, row);
            }
        }
        if let Some(table) = &part.table {
            self.table(title, &table.headers, &table.rows);
        }
    }

    /// A line to write on, with its label.
    fn write_line(&mut self, label: &str) {
        let leading = BODY * 2.2;
        self.ensure(leading);
        self.y -= leading;
        let y = self.y;
        self.text_at(MARGIN_X, y + 3.0, LABEL, true, label);
        self.page().shapes.push(Shape::Line {
            x1: MARGIN_X + LABEL_W + GAP,
            y1: y + 1.0,
            x2: MARGIN_X + WIDTH,
            y2: y + 1.0,
        });
    }

    fn write_box(&mut self, height: f32) {
        self.ensure(height + 8.0);
        self.y -= height + 8.0;
        let y = self.y;
        self.page().shapes.push(Shape::Frame {
            x: MARGIN_X,
            y,
            w: WIDTH,
            h: height,
        });
    }
}

/// Render the document as a PDF with the given font.
pub fn render(doc: &Document, embedded: &EmbeddedFont) -> Result<Rendered, String> {
    let font = Font::new(&embedded.raw)?;
    let mut l = Layout::new(&font);

    l.field = "Title".to_string();
    l.paragraph(&doc.title, TITLE, true, 4.0);
    for line in doc.heading_lines() {
        l.paragraph(&line, BODY, false, 0.0);
    }
    l.y -= 6.0;
    for (i, part) in doc.parts.iter().enumerate() {
        l.part(i + 1, part);
    }
    l.heading("For the Board: leave blank");
    for part in &doc.board_parts {
        l.ensure(HEADING * 3.0 + if part.write_in { 150.0 } else { 0.0 });
        l.y -= 4.0;
        l.field = part.title.clone();
        l.paragraph(&part.title, BODY + 1.0, true, 0.0);
        if part.write_in {
            l.write_box(130.0);
        }
        for field in &part.fields {
            l.write_line(field);
        }
        l.y -= 8.0;
    }

    // Header and footer on every page, now that the count is known.
    let total = l.pages.len();
    let marking_w = l.width(&doc.marking, LABEL);
    let footer_left = format!("{} · {}", doc.title, doc.board_short);
    for i in 0..total {
        let page_text = format!("Page {} of {}", i + 1, total);
        let page_w = l.width(&page_text, SMALL);
        let marking = l.glyphs(&doc.marking);
        let left = l.glyphs(&footer_left);
        let number = l.glyphs(&page_text);
        let page = &mut l.pages[i];
        let centre = (PAGE_W - marking_w) / 2.0;
        page.runs.push(Run {
            x: centre,
            y: PAGE_H - 40.0,
            size: LABEL,
            bold: true,
            glyphs: marking.clone(),
        });
        page.runs.push(Run {
            x: centre,
            y: 28.0,
            size: LABEL,
            bold: true,
            glyphs: marking,
        });
        page.runs.push(Run {
            x: MARGIN_X,
            y: 42.0,
            size: SMALL,
            bold: false,
            glyphs: left,
        });
        page.runs.push(Run {
            x: PAGE_W - MARGIN_X - page_w,
            y: 42.0,
            size: SMALL,
            bold: false,
            glyphs: number,
        });
    }

    let bytes = write(&l, embedded, &doc.title);
    Ok(Rendered {
        bytes,
        pages: total,
        missing: l.missing,
    })
}

fn write(l: &Layout, embedded: &EmbeddedFont, title: &str) -> Vec<u8> {
    let mut next = 1;
    let mut id = || {
        next += 1;
        Ref::new(next - 1)
    };
    let catalog = id();
    let tree = id();
    let info = id();
    let type0 = id();
    let cid = id();
    let descriptor = id();
    let font_file = id();
    let cmap_id = id();
    let page_ids: Vec<(Ref, Ref)> = l.pages.iter().map(|_| (id(), id())).collect();

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().map(|(p, _)| *p))
        .count(page_ids.len() as i32);
    pdf.document_info(info)
        .title(pdf_writer::TextStr(title))
        .producer(pdf_writer::TextStr("SCR referral guide"));

    let font_name = Name(b"DejaVuSans");
    pdf.type0_font(type0)
        .base_font(font_name)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap_id);
    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    {
        let mut cid_font = pdf.cid_font(cid);
        cid_font
            .subtype(CidFontType::Type2)
            .base_font(font_name)
            .system_info(system)
            .font_descriptor(descriptor)
            .default_width(0.0)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        let mut widths = cid_font.widths();
        for &glyph in l.used.keys() {
            widths.consecutive(glyph, [l.font.advance(glyph, 1000.0)]);
        }
    }
    let face = &l.font.face;
    let scale = 1000.0 / l.font.units;
    let bbox = face.global_bounding_box();
    pdf.font_descriptor(descriptor)
        .name(font_name)
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(
            f32::from(bbox.x_min) * scale,
            f32::from(bbox.y_min) * scale,
            f32::from(bbox.x_max) * scale,
            f32::from(bbox.y_max) * scale,
        ))
        .italic_angle(0.0)
        .ascent(f32::from(face.ascender()) * scale)
        .descent(f32::from(face.descender()) * scale)
        .cap_height(f32::from(face.capital_height().unwrap_or(face.ascender())) * scale)
        .stem_v(80.0)
        .font_file2(font_file);
    pdf.stream(font_file, &embedded.zlib)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), embedded.raw.len() as i32);
    let mut cmap = UnicodeCmap::new(Name(b"Custom"), system);
    for (&glyph, &c) in &l.used {
        cmap.pair(glyph, c);
    }
    pdf.cmap(cmap_id, &cmap.finish());

    for (page, (page_id, content_id)) in l.pages.iter().zip(&page_ids) {
        let mut p = pdf.page(*page_id);
        p.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .parent(tree)
            .contents(*content_id);
        p.resources().fonts().pair(Name(b"F1"), type0);
        p.finish();

        let mut c = Content::new();
        c.set_line_width(0.6);
        c.set_stroke_gray(0.45);
        for shape in &page.shapes {
            match *shape {
                Shape::Line { x1, y1, x2, y2 } => {
                    c.move_to(x1, y1).line_to(x2, y2).stroke();
                }
                Shape::Fill { x, y, w, h } => {
                    c.set_fill_gray(0.92).rect(x, y, w, h).fill_nonzero();
                }
                Shape::Frame { x, y, w, h } => {
                    c.rect(x, y, w, h).stroke();
                }
            }
        }
        // Bold is the regular face filled and lightly stroked.
        c.set_fill_gray(0.0)
            .set_stroke_gray(0.0)
            .set_line_width(0.35);
        c.begin_text();
        for run in &page.runs {
            let mut bytes = Vec::with_capacity(run.glyphs.len() * 2);
            for g in &run.glyphs {
                bytes.extend_from_slice(&g.to_be_bytes());
            }
            c.set_font(Name(b"F1"), run.size);
            c.set_text_rendering_mode(if run.bold {
                TextRenderingMode::FillStroke
            } else {
                TextRenderingMode::Fill
            });
            c.set_text_matrix([1.0, 0.0, 0.0, 1.0, run.x, run.y]);
            c.show(Str(&bytes));
        }
        c.end_text();
        pdf.stream(*content_id, &c.finish());
    }
    pdf.finish()
}
