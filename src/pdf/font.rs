//! The PDF's font (DejaVu Sans), measured and mapped to glyphs.

/// Characters below this are looked up once, when the font is parsed (Latin,
/// Greek, Cyrillic and more): measuring a long referral looks up millions.
const TABLE: u32 = 0x0800;

/// The font, parsed once per PDF.
pub(super) struct Font<'a> {
    pub(super) face: ttf_parser::Face<'a>,
    pub(super) units: f32,
    pub(super) replacement: u16,
    /// Glyph (0: none) and advance in font units, for characters below
    /// [`TABLE`].
    table: Vec<(u16, u16)>,
}

impl<'a> Font<'a> {
    pub(super) fn new(data: &'a [u8]) -> Result<Self, String> {
        let face = ttf_parser::Face::parse(data, 0)
            .map_err(|e| format!("the font could not be read ({e})"))?;
        let replacement = face
            .glyph_index('\u{FFFD}')
            .or_else(|| face.glyph_index('?'))
            .map_or(0, |g| g.0);
        let lookup = |c: char| -> (u16, u16) {
            match (!c.is_control()).then(|| face.glyph_index(c)).flatten() {
                Some(g) => (g.0, face.glyph_hor_advance(g).unwrap_or(0)),
                None => (0, 0),
            }
        };
        let table = (0..TABLE)
            .map(|u| char::from_u32(u).map_or((0, 0), lookup))
            .collect();
        Ok(Font {
            units: f32::from(face.units_per_em()),
            face,
            replacement,
            table,
        })
    }

    /// The glyph for a character, if the font has one (control characters
    /// have none).
    pub(super) fn glyph(&self, c: char) -> Option<u16> {
        if let Some(&(g, _)) = self.table.get(c as usize) {
            return (g != 0).then_some(g);
        }
        if c.is_control() {
            return None;
        }
        self.face.glyph_index(c).map(|g| g.0)
    }

    /// A glyph's advance at `size` points.
    pub(super) fn advance(&self, glyph: u16, size: f32) -> f32 {
        let units = self
            .face
            .glyph_hor_advance(ttf_parser::GlyphId(glyph))
            .unwrap_or(0);
        f32::from(units) * size / self.units
    }

    /// A character's advance at `size` points (the replacement's, if the
    /// font lacks it; a tab as a space).
    pub(super) fn char_width(&self, c: char, size: f32) -> f32 {
        let c = if c == '\t' { ' ' } else { c };
        if let Some(&(g, units)) = self.table.get(c as usize) {
            if g != 0 {
                return f32::from(units) * size / self.units;
            }
        }
        self.advance(self.glyph(c).unwrap_or(self.replacement), size)
    }
}
