//! Text this renderer cannot draw correctly even when the font has every
//! glyph: it places glyphs one after another, left to right, with no bidi
//! reordering and no shaping. So right-to-left scripts (Hebrew, Arabic,
//! Urdu…) come out backwards (and Arabic unjoined), and scripts whose
//! letters combine or change shape (Devanagari, Bengali, Thai…) come out
//! wrong. Such text is found per field before anything is drawn, so the
//! person is told which fields the PDF cannot show properly; the print
//! version and the plain text show them correctly (the browser shapes them).

use crate::document::Document;

/// A field whose text the PDF cannot show properly, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsupported {
    /// The field, as the document names it ("The child: Name").
    pub field: String,
    /// The scripts found, in order of first appearance ("Arabic", "Hebrew").
    pub scripts: Vec<&'static str>,
    /// Whether any of it is written right to left.
    pub right_to_left: bool,
}

impl Unsupported {
    /// "The child: Name (Arabic, written right to left)".
    pub fn describe(&self) -> String {
        format!(
            "{} ({}{})",
            self.field,
            self.scripts.join(", "),
            if self.right_to_left {
                ", written right to left"
            } else {
                ""
            }
        )
    }
}

/// The script of a character the PDF cannot show properly, and whether it
/// is written right to left; `None` for text it draws correctly.
pub fn script(c: char) -> Option<(&'static str, bool)> {
    let u = c as u32;
    let rtl = |name| Some((name, true));
    let complex = |name| Some((name, false));
    match u {
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => rtl("Hebrew"),
        0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFE => {
            rtl("Arabic")
        }
        0x0700..=0x074F | 0x0860..=0x086F => rtl("Syriac"),
        0x0780..=0x07BF => rtl("Thaana"),
        0x07C0..=0x07FF => rtl("N'Ko"),
        0x0800..=0x085F => rtl("Samaritan or Mandaic"),
        0x10800..=0x10FFF | 0x1E800..=0x1EFFF => rtl("a right-to-left script"),
        // Marks and controls that make text run right to left.
        0x200F | 0x202B | 0x202E | 0x2067 => rtl("right-to-left direction marks"),
        0x0900..=0x097F | 0xA8E0..=0xA8FF => complex("Devanagari"),
        0x0980..=0x09FF => complex("Bengali"),
        0x0A00..=0x0A7F => complex("Gurmukhi"),
        0x0A80..=0x0AFF => complex("Gujarati"),
        0x0B00..=0x0B7F => complex("Odia"),
        0x0B80..=0x0BFF => complex("Tamil"),
        0x0C00..=0x0C7F => complex("Telugu"),
        0x0C80..=0x0CFF => complex("Kannada"),
        0x0D00..=0x0D7F => complex("Malayalam"),
        0x0D80..=0x0DFF => complex("Sinhala"),
        0x0E00..=0x0E7F => complex("Thai"),
        0x0E80..=0x0EFF => complex("Lao"),
        0x0F00..=0x0FFF => complex("Tibetan"),
        0x1000..=0x109F | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F => complex("Myanmar"),
        0x1100..=0x11FF | 0xA960..=0xA97F | 0xD7B0..=0xD7FF => complex("Hangul jamo"),
        0x1780..=0x17FF | 0x19E0..=0x19FF => complex("Khmer"),
        0x1800..=0x18AF => complex("Mongolian"),
        0x1900..=0x1AFF | 0x1B00..=0x1C4F | 0xA800..=0xA8DF | 0xA900..=0xA9DF | 0xAA00..=0xAA5F => {
            complex("a script whose letters combine")
        }
        _ => None,
    }
}

/// The scripts in `text` the PDF cannot show properly, if any.
pub fn check(field: &str, text: &str) -> Option<Unsupported> {
    // Every script above starts at U+0590 or later: text of characters
    // below U+0580 (UTF-8 bytes below 0xD6, as most text is) has none, and
    // this byte scan is far quicker than looking at each character.
    if text.bytes().all(|b| b < 0xD6) {
        return None;
    }
    let mut found = Unsupported {
        field: field.to_string(),
        scripts: vec![],
        right_to_left: false,
    };
    for c in text.chars() {
        if let Some((name, rtl)) = script(c) {
            if !found.scripts.contains(&name) {
                found.scripts.push(name);
            }
            found.right_to_left |= rtl;
        }
    }
    (!found.scripts.is_empty()).then_some(found)
}

/// Every field of the document with text the PDF cannot show properly, in
/// reading order, each field once. The confirmation page shows this before
/// the PDF is made, and [`super::render`] returns the same.
pub fn unsupported(doc: &Document) -> Vec<Unsupported> {
    let mut out: Vec<Unsupported> = vec![];
    for text in doc.texts() {
        let Some(found) = check(&text.field, text.text) else {
            continue;
        };
        match out.iter_mut().find(|u| u.field == found.field) {
            Some(u) => {
                for s in found.scripts {
                    if !u.scripts.contains(&s) {
                        u.scripts.push(s);
                    }
                }
                u.right_to_left |= found.right_to_left;
            }
            None => out.push(found),
        }
    }
    out
}
