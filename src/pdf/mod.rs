//! The referral as a PDF, made on the device with `pdf-writer`: A4, the
//! protective marking at the top and bottom of every page, a running header
//! with "Board reference" (a fillable field, the same on every page) and
//! the referral's date, "Page X of Y", selectable text in an embedded font
//! (DejaVu Sans: Latin with accents, Greek, Cyrillic), long text wrapped
//! and carried across pages (a label or an event's date and agency repeated
//! with "(continued)"), the chronology as a table whose header repeats on
//! each page, and the Board's page (its reference, sections 2 and 3) on a
//! page of its own with fillable form fields.
//!
//! It is a tagged PDF: a structure tree of headings, paragraphs, tables
//! with header cells and form fields in reading order, page furniture
//! marked as artifacts, the language (en-GB) and the title shown as the
//! window's title, so a screen reader can read it.
//!
//! The parts: `layout` (word wrap, pagination, tagging), `compose` (the
//! document laid out), `write` (the PDF objects), [`objstm`] (every object
//! that is not a stream moved into compressed object streams), `font`,
//! `unhinted` (the embedded subset without hinting), and [`scripts`]
//! (text this renderer cannot draw properly).
//!
//! A character the font has no glyph for is drawn as U+FFFD and reported
//! with its field ([`Missing`]), never dropped. Text in a right-to-left
//! script or one that needs shaping is reported too ([`Unsupported`]), with
//! a note beside it in the PDF: this renderer has no bidi or shaping.
//!
//! The font is served zlib-compressed (`public/fonts/DejaVuSans.ttf.zlib`):
//! the browser inflates it once (its own DecompressionStream, so no inflate
//! code in the WASM) to measure glyphs. The PDF embeds only a subset of it
//! (`subsetter`): the glyphs the document uses, and for the fillable fields
//! every glyph of Latin (with Latin-1 Supplement and Latin Extended-A),
//! Greek and Cyrillic, so that whatever the Board types can be shown
//! (`embed::FORM_COVERAGE`). The font, the pages' content and the map back
//! to Unicode are compressed (FlateDecode, `miniz_oxide`'s deflate); the XMP
//! metadata, which declares PDF/UA-1, is left uncompressed. The other
//! objects (mostly the structure tree's dictionaries) are compressed
//! together in object streams, with a cross-reference stream (PDF 1.5):
//! about 40% less for a full referral.

mod compose;
mod embed;
mod font;
mod layout;
pub mod objstm;
pub mod scripts;
mod unhinted;
mod write;
mod xmp;

use crate::document::Document;
pub use scripts::{unsupported, Unsupported};

/// Characters that could not be shown, and the field they are in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    /// The field, as the document names it ("The child: Name").
    pub field: String,
    /// The characters the font lacks, each once, in order.
    pub chars: Vec<char>,
}

/// A PDF made from a document.
pub struct Rendered {
    /// The file.
    pub bytes: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
    /// Fields with characters the font lacks (drawn as U+FFFD).
    pub missing: Vec<Missing>,
    /// Fields the PDF cannot show properly (right-to-left or complex
    /// scripts): the print version and plain text show them correctly.
    pub unsupported: Vec<Unsupported>,
}

/// The PDF's font: the TrueType file (the PDF embeds a subset of it).
pub struct EmbeddedFont {
    raw: Vec<u8>,
}

impl EmbeddedFont {
    /// From the font file the site serves, inflated. Checks that the font
    /// can be read.
    pub fn new(raw: Vec<u8>) -> Result<Self, String> {
        font::Font::new(&raw)?;
        Ok(EmbeddedFont { raw })
    }
}

/// Render the document as a PDF with the given font.
pub fn render(doc: &Document, embedded: &EmbeddedFont) -> Result<Rendered, String> {
    let mut rendered = render_with_xref_table(doc, embedded)?;
    rendered.bytes = objstm::pack(&rendered.bytes)?;
    Ok(rendered)
}

/// The same PDF as [`render`] makes, before its objects are put in object
/// streams: every object written directly, with a classic cross-reference
/// table, as `pdf-writer` writes it. For comparing the two.
pub fn render_with_xref_table(doc: &Document, embedded: &EmbeddedFont) -> Result<Rendered, String> {
    let font = font::Font::new(&embedded.raw)?;
    let mut l = layout::Layout::new(&font);
    compose::compose(doc, &mut l);
    let bytes = write::write(&l, embedded, &doc.title, &doc.producer)?;
    Ok(Rendered {
        bytes,
        pages: l.pages.len(),
        missing: l.missing,
        unsupported: unsupported(doc),
    })
}
