//! A TrueType font without its hinting: the glyphs' instructions, and the
//! tables only they use (`cvt `, `fpgm`, `prep`), are left out, and the
//! glyph names (`post`) too. PDF viewers draw the outlines without
//! TrueType hinting, and about a third of DejaVu Sans' glyph data is
//! instructions: taking them out of the embedded subset makes every PDF
//! about 20 KB smaller.

/// The font (as `subsetter` writes it: TrueType outlines, no cmap) without
/// hinting or glyph names, or `None` if it is not such a font as expected
/// (the caller then embeds it as it is).
pub(super) fn unhinted(font: &[u8]) -> Option<Vec<u8>> {
    let tables = directory(font)?;
    let table = |tag: &[u8; 4]| tables.iter().find(|(t, _)| t == tag).map(|(_, data)| *data);
    let head = table(b"head")?;
    let maxp = table(b"maxp")?;
    let loca = table(b"loca")?;
    let glyf = table(b"glyf")?;
    let long_loca = u16_at(head, 50)? == 1;
    let count = usize::from(u16_at(maxp, 4)?);
    let offset = |i: usize| -> Option<usize> {
        if long_loca {
            Some(u32_at(loca, i * 4)? as usize)
        } else {
            Some(usize::from(u16_at(loca, i * 2)?) * 2)
        }
    };

    // Each glyph without its instructions, at an even offset.
    let mut new_glyf = Vec::with_capacity(glyf.len());
    let mut offsets = Vec::with_capacity(count + 1);
    for i in 0..count {
        offsets.push(new_glyf.len());
        let glyph = glyf.get(offset(i)?..offset(i + 1)?)?;
        if !glyph.is_empty() {
            new_glyf.extend_from_slice(&without_instructions(glyph)?);
            if new_glyf.len() % 2 == 1 {
                new_glyf.push(0);
            }
        }
    }
    offsets.push(new_glyf.len());
    let short = new_glyf.len() / 2 <= usize::from(u16::MAX);
    let mut new_loca = Vec::with_capacity(offsets.len() * 4);
    for o in offsets {
        if short {
            new_loca.extend_from_slice(&((o / 2) as u16).to_be_bytes());
        } else {
            new_loca.extend_from_slice(&(o as u32).to_be_bytes());
        }
    }
    let mut new_head = head.to_vec();
    new_head.get_mut(8..12)?.copy_from_slice(&[0; 4]);
    new_head
        .get_mut(50..52)?
        .copy_from_slice(&(i16::from(!short)).to_be_bytes());
    let mut new_maxp = maxp.to_vec();
    if let Some(size) = new_maxp.get_mut(26..28) {
        // maxSizeOfInstructions (version 1.0 maxp).
        size.copy_from_slice(&[0, 0]);
    }
    // post version 3.0: the same header, no glyph names.
    let mut new_post = table(b"post")?.get(..32)?.to_vec();
    new_post[..4].copy_from_slice(&0x0003_0000u32.to_be_bytes());

    let mut out: Vec<([u8; 4], Vec<u8>)> = vec![];
    for (tag, data) in &tables {
        let data = match tag {
            b"cvt " | b"fpgm" | b"prep" => continue,
            b"glyf" => std::mem::take(&mut new_glyf),
            b"loca" => std::mem::take(&mut new_loca),
            b"head" => std::mem::take(&mut new_head),
            b"maxp" => std::mem::take(&mut new_maxp),
            b"post" => std::mem::take(&mut new_post),
            _ => data.to_vec(),
        };
        out.push((*tag, data));
    }
    Some(assemble(out))
}

/// The table directory: each table's tag and bytes.
fn directory(font: &[u8]) -> Option<Vec<([u8; 4], &[u8])>> {
    if u32_at(font, 0)? != 0x0001_0000 {
        return None;
    }
    let n = usize::from(u16_at(font, 4)?);
    (0..n)
        .map(|i| {
            let record = font.get(12 + i * 16..28 + i * 16)?;
            let tag: [u8; 4] = record[..4].try_into().ok()?;
            let offset = u32_at(record, 8)? as usize;
            let length = u32_at(record, 12)? as usize;
            Some((tag, font.get(offset..offset.checked_add(length)?)?))
        })
        .collect()
}

/// A glyph's description without its instructions.
fn without_instructions(glyph: &[u8]) -> Option<Vec<u8>> {
    let contours = u16_at(glyph, 0)? as i16;
    let mut out = glyph.to_vec();
    if contours >= 0 {
        // Simple glyph: header (10), end points, instruction length and
        // instructions, then flags and coordinates.
        let at = 10 + 2 * contours as usize;
        let length = usize::from(u16_at(glyph, at)?);
        glyph.get(at + 2 + length..)?;
        out.splice(at..at + 2 + length, [0, 0]);
        return Some(out);
    }
    // Composite glyph: the components, then instructions if the last
    // component's flags say so.
    const WORDS: u16 = 0x0001;
    const SCALE: u16 = 0x0008;
    const MORE: u16 = 0x0020;
    const XY_SCALE: u16 = 0x0040;
    const TWO_BY_TWO: u16 = 0x0080;
    const INSTRUCTIONS: u16 = 0x0100;
    let mut at = 10;
    loop {
        let flags = u16_at(glyph, at)?;
        let mut size = 4 + if flags & WORDS != 0 { 4 } else { 2 };
        if flags & SCALE != 0 {
            size += 2;
        } else if flags & XY_SCALE != 0 {
            size += 4;
        } else if flags & TWO_BY_TWO != 0 {
            size += 8;
        }
        if flags & MORE == 0 {
            glyph.get(..at + size)?;
            if flags & INSTRUCTIONS != 0 {
                out[at..at + 2].copy_from_slice(&(flags & !INSTRUCTIONS).to_be_bytes());
                out.truncate(at + size);
            }
            return Some(out);
        }
        at += size;
    }
}

/// A font file from its tables: the directory (sorted by tag), each table
/// padded to four bytes, the checksums and head's checkSumAdjustment.
fn assemble(mut tables: Vec<([u8; 4], Vec<u8>)>) -> Vec<u8> {
    tables.sort_by_key(|t| t.0);
    let n = tables.len() as u16;
    let power = 1u16 << (15 - n.leading_zeros() as u16).min(15);
    let mut out = Vec::new();
    out.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    for v in [
        n,
        power * 16,
        power.trailing_zeros() as u16,
        n * 16 - power * 16,
    ] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, data) in &tables {
        if tag == b"head" {
            head_at = Some(offset);
        }
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        offset += data.len().div_ceil(4) * 4;
    }
    for (_, data) in &tables {
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(4) * 4, 0);
    }
    if let Some(at) = head_at {
        let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[at + 8..at + 12].copy_from_slice(&adjustment.to_be_bytes());
    }
    out
}

/// The sum of a table's (or the font's) big-endian 32-bit words.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dejavu() -> Vec<u8> {
        let zlib = include_bytes!("../../public/fonts/DejaVuSans.ttf.zlib");
        miniz_oxide::inflate::decompress_to_vec_zlib(zlib).unwrap()
    }

    #[test]
    fn a_subset_without_hinting_keeps_every_outline_and_advance() {
        let whole = dejavu();
        let face = ttf_parser::Face::parse(&whole, 0).unwrap();
        // Simple glyphs and composite ones (accented letters).
        let chars: Vec<char> = "Aa?ÉéŁőЖλ€".chars().collect();
        let mut remapper = subsetter::GlyphRemapper::new();
        let old: Vec<u16> = chars
            .iter()
            .map(|&c| face.glyph_index(c).unwrap().0)
            .collect();
        for &g in &old {
            remapper.remap(g);
        }
        let subset = subsetter::subset(&whole, 0, &remapper).unwrap();
        let small = unhinted(&subset).expect("a TrueType subset");
        assert!(small.len() < subset.len());
        let tables = directory(&small).unwrap();
        for tag in [b"cvt ", b"fpgm", b"prep"] {
            assert!(tables.iter().all(|(t, _)| t != tag));
        }
        assert_eq!(checksum(&small), 0xB1B0_AFBA, "checkSumAdjustment");
        let new = ttf_parser::Face::parse(&small, 0).unwrap();
        struct Path(Vec<String>);
        impl ttf_parser::OutlineBuilder for Path {
            fn move_to(&mut self, x: f32, y: f32) {
                self.0.push(format!("M{x},{y}"));
            }
            fn line_to(&mut self, x: f32, y: f32) {
                self.0.push(format!("L{x},{y}"));
            }
            fn quad_to(&mut self, a: f32, b: f32, x: f32, y: f32) {
                self.0.push(format!("Q{a},{b},{x},{y}"));
            }
            fn curve_to(&mut self, a: f32, b: f32, c: f32, d: f32, x: f32, y: f32) {
                self.0.push(format!("C{a},{b},{c},{d},{x},{y}"));
            }
            fn close(&mut self) {
                self.0.push("Z".into());
            }
        }
        for (&c, &g) in chars.iter().zip(&old) {
            let g = ttf_parser::GlyphId(g);
            let n = ttf_parser::GlyphId(remapper.get(g.0).unwrap());
            let (mut a, mut b) = (Path(vec![]), Path(vec![]));
            face.outline_glyph(g, &mut a);
            new.outline_glyph(n, &mut b);
            assert!(!a.0.is_empty(), "{c}");
            assert_eq!(a.0, b.0, "{c}'s outline");
            assert_eq!(face.glyph_hor_advance(g), new.glyph_hor_advance(n), "{c}");
        }
    }
}
