//! The embedded font: a subset of DejaVu Sans (the document's glyphs and
//! every glyph the Board may type into the form fields), compressed, with
//! its widths and its map back to Unicode.

use super::layout::Layout;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Name, Pdf, Rect, Ref, Str};
use std::ops::RangeInclusive;
use subsetter::GlyphRemapper;

/// What the Board may type in the form fields besides the document's own
/// characters: the embedded subset always keeps these glyphs (about 750 of
/// DejaVu Sans), so that a viewer can show any name or note in Latin (with
/// Latin-1 Supplement and Latin Extended-A), Greek or Cyrillic, with common
/// punctuation (dashes, curly quotes, ellipsis), the euro sign and the
/// trade mark sign. The font's map back to Unicode and its widths cover
/// them too, so a viewer can find the glyph for each typed character.
pub(super) const FORM_COVERAGE: [RangeInclusive<u32>; 8] = [
    0x0020..=0x007E,
    0x00A0..=0x017F,
    0x0370..=0x03FF,
    0x0400..=0x04FF,
    0x2010..=0x2027,
    0x2030..=0x203A,
    0x20AC..=0x20AC,
    0x2122..=0x2122,
];

/// How hard the streams are compressed (miniz_oxide's levels run from 0 to
/// 10). The largest referral's text is about 7 MB before compression:
/// measured natively, level 3 makes it 2.0 MB in 35 ms, level 6 1.95 MB in
/// 57 ms, level 1 2.2 MB in 19 ms (over its budget in budgets.json).
const LEVEL: u8 = 3;

/// A stream's data compressed for FlateDecode.
pub(super) fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, LEVEL)
}

/// The embedded font: the subset and how its glyphs are numbered.
pub(super) struct Subset {
    /// The font file (TrueType, with no cmap table: the PDF maps characters).
    pub(super) file: Vec<u8>,
    /// Each glyph of the whole font → its number in the subset (0: not in it).
    pub(super) new_id: Vec<u16>,
    /// The subset's glyphs in the order of their new numbers (1, 2, …):
    /// the glyph in the whole font and the character it shows.
    pub(super) glyphs: Vec<(u16, char)>,
}

/// The font cut down to the glyphs used in `l` and those of
/// [`FORM_COVERAGE`], renumbered from 1 (.notdef stays 0).
pub(super) fn subset(l: &Layout, raw: &[u8]) -> Result<Subset, String> {
    let mut remapper = GlyphRemapper::new();
    let mut new_id = vec![0u16; l.used.len()];
    let mut glyphs = vec![];
    let for_fields = FORM_COVERAGE
        .iter()
        .flat_map(|r| r.clone())
        .filter_map(char::from_u32)
        .filter_map(|c| Some((l.font.glyph(c)?, c)));
    for (glyph, c) in l.used_glyphs().chain(for_fields) {
        let slot = &mut new_id[usize::from(glyph)];
        if glyph == 0 || *slot != 0 {
            continue;
        }
        *slot = remapper.remap(glyph);
        glyphs.push((glyph, c));
    }
    let file = subsetter::subset(raw, 0, &remapper)
        .map_err(|e| format!("the font could not be subset ({e})"))?;
    let file = super::unhinted::unhinted(&file).unwrap_or(file);
    Ok(Subset {
        file,
        new_id,
        glyphs,
    })
}

/// The embedded font: Type 0 with a TrueType CID font whose CIDs are the
/// subset's glyph numbers, its widths, the compressed subset, and the map
/// back to Unicode (for every glyph of the subset, so that text can be
/// copied and a viewer can draw what is typed into a form field).
pub(super) fn write_font(pdf: &mut Pdf, l: &Layout, font: &Subset, ids: [Ref; 5]) {
    let [type0, cid, descriptor, font_file, cmap_id] = ids;
    // A subset's name starts with a tag of six capital letters and "+"; the
    // tag is made from the glyphs kept, so the same subset has the same name.
    let mut hash: u32 = 0x811C_9DC5;
    for &(glyph, _) in &font.glyphs {
        for b in glyph.to_be_bytes() {
            hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
    let mut name = Vec::with_capacity(17);
    for _ in 0..6 {
        name.push(b'A' + (hash % 26) as u8);
        hash /= 26;
    }
    name.extend_from_slice(b"+DejaVuSans");
    let font_name = Name(&name);
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
        // The subset's glyphs are numbered 1, 2, … in this order.
        // To a tenth of a unit (a thousandth of the text size): the text
        // is placed line by line, so the difference never adds up past a line.
        cid_font.widths().consecutive(
            1,
            font.glyphs
                .iter()
                .map(|&(glyph, _)| (l.font.advance(glyph, 1000.0) * 10.0).round() / 10.0),
        );
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
    pdf.stream(font_file, &deflate(&font.file))
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), font.file.len() as i32);
    let mut cmap = UnicodeCmap::new(Name(b"Custom"), system);
    for (new, &(_, c)) in (1u16..).zip(&font.glyphs) {
        cmap.pair(new, c);
    }
    pdf.cmap(cmap_id, &deflate(&cmap.finish()))
        .filter(Filter::FlateDecode);
}
