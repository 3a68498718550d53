//! The finished PDF made smaller with PDF 1.5's compressed object streams:
//! every object that is not a stream (the structure tree's elements, pages,
//! form fields, font dictionaries) is moved into `/Type /ObjStm` streams,
//! compressed, and the classic cross-reference table and trailer are
//! replaced by a compressed `/Type /XRef` stream. Stream objects (the font,
//! the pages' content, the metadata) are copied byte for byte.
//!
//! It reads the file `pdf-writer` wrote (`N G obj` … `endobj`, an `xref`
//! table, `trailer`, `startxref`): each object is found from the table's
//! offsets, never by searching for `endobj`, since text in a dictionary
//! (a title, a label) may contain any keyword.

/// The most objects put in one object stream: a viewer reading one object
/// inflates and parses its whole stream, so streams stay small.
const PER_STREAM: usize = 200;

/// How hard the object and cross-reference streams are compressed
/// (miniz_oxide's levels run from 0 to 10). Measured natively on the
/// largest referral's PDF: level 6 packs it in 19 ms, level 9 in 23 ms for
/// 85 bytes less (3 for a full referral), level 1 in 13 ms for 12 KB more.
const LEVEL: u8 = 6;

/// Where an object is: its bytes in the input, and whether it stays a
/// direct object (streams, and objects of a generation other than 0).
struct Object<'a> {
    number: u32,
    generation: u16,
    /// The whole object, `N G obj` to `endobj` and what follows it.
    whole: &'a [u8],
    /// Its value (what lies between `obj` and `endobj`), trimmed.
    value: &'a [u8],
    direct: bool,
}

/// An entry of the new cross-reference stream: type 0 (free), 1 (at an
/// offset in the file) or 2 (in an object stream), and its two fields.
type Entry = (u8, u64, u64);

/// Rewrite a PDF with a classic cross-reference table (as `pdf-writer`'s
/// `Pdf::finish` writes it) so that every non-stream object of generation
/// 0 is in a compressed object stream, with a cross-reference stream in
/// place of the table and trailer. The header is raised to PDF 1.5 if it
/// declares less. Fails, with the reason, on a file it cannot read so.
pub fn pack(pdf: &[u8]) -> Result<Vec<u8>, String> {
    let xref_at = startxref(pdf)?;
    let (table, trailer) = read_table(pdf, xref_at)?;
    let mut in_use: Vec<(u64, u32, u16)> = vec![];
    let mut free: Vec<(u32, u16)> = vec![];
    for &(number, offset, generation, used) in &table {
        if used {
            in_use.push((offset, number, generation));
        } else {
            free.push((number, generation));
        }
    }
    free.sort_unstable();
    in_use.sort_unstable();
    let first = in_use.first().map_or(xref_at, |o| o.0 as usize);
    let mut objects = vec![];
    for (i, &(offset, number, generation)) in in_use.iter().enumerate() {
        let end = in_use.get(i + 1).map_or(xref_at, |o| o.0 as usize);
        let whole = pdf
            .get(offset as usize..end)
            .ok_or(format!("object {number}: offset {offset} out of the file"))?;
        let head = format!("{number} {generation} obj");
        let value = whole
            .strip_prefix(head.as_bytes())
            .map(trim)
            .and_then(|v| v.strip_suffix(b"endobj"))
            .map(trim)
            .ok_or(format!("object {number} is not at offset {offset}"))?;
        // A stream's value ends with `endstream` after an end of line (a
        // name such as `/Xendstream` has no space before it).
        let stream = value.ends_with(b"endstream")
            && value
                .len()
                .checked_sub(10)
                .is_some_and(|at| value[at].is_ascii_whitespace());
        objects.push(Object {
            number,
            generation,
            whole,
            value,
            direct: stream || generation != 0,
        });
    }

    let header = &pdf[..first];
    let mut out = Vec::with_capacity(pdf.len());
    out.extend_from_slice(header);
    if header.len() >= 8 && header.starts_with(b"%PDF-1.") && header[7] < b'5' {
        out[7] = b'5';
    }
    let size = table.iter().map(|t| t.0 + 1).max().unwrap_or(1);
    let mut entries: Vec<Entry> = vec![(0, 0, 0); size as usize];
    for (i, &(number, generation)) in free.iter().enumerate() {
        // Free entries are chained from object 0 (always free), each to
        // the next free number, the last back to 0.
        let next = free.get(i + 1).map_or(0, |f| f.0);
        entries[number as usize] = (0, u64::from(next), u64::from(generation));
    }
    for o in objects.iter().filter(|o| o.direct) {
        entries[o.number as usize] = (1, out.len() as u64, u64::from(o.generation));
        out.extend_from_slice(o.whole);
    }

    let mut packed: Vec<&Object> = objects.iter().filter(|o| !o.direct).collect();
    packed.sort_unstable_by_key(|o| o.number);
    let mut next_number = size;
    for group in packed.chunks(PER_STREAM) {
        let number = next_number;
        next_number += 1;
        let mut offsets = Vec::new();
        let mut bodies = Vec::new();
        for (index, o) in group.iter().enumerate() {
            entries[o.number as usize] = (2, u64::from(number), index as u64);
            offsets.extend_from_slice(format!("{} {} ", o.number, bodies.len()).as_bytes());
            bodies.extend_from_slice(o.value);
            bodies.push(b'\n');
        }
        offsets.pop();
        offsets.push(b'\n');
        let first = offsets.len();
        offsets.extend_from_slice(&bodies);
        let dict = format!("/Type/ObjStm/N {}/First {first}", group.len());
        entries.push((1, out.len() as u64, 0));
        write_stream(&mut out, number, dict.as_bytes(), &offsets);
    }

    // The cross-reference stream, which lists itself.
    let number = next_number;
    let at = out.len() as u64;
    entries.push((1, at, 0));
    let widths = [
        1,
        width(entries.iter().map(|e| e.1).max().unwrap_or(0)),
        width(entries.iter().map(|e| e.2).max().unwrap_or(0)),
    ];
    // Each row is written as its difference from the row above (the PNG
    // "Up" predictor): neighbouring offsets differ little, so the rows
    // compress to a tenth of what they would as they are.
    let columns: usize = widths.iter().sum();
    let mut data = Vec::with_capacity(entries.len() * (columns + 1));
    let mut above = vec![0u8; columns];
    for &(kind, a, b) in &entries {
        let row = [
            &[kind][..],
            &a.to_be_bytes()[8 - widths[1]..],
            &b.to_be_bytes()[8 - widths[2]..],
        ]
        .concat();
        data.push(2);
        data.extend(row.iter().zip(&above).map(|(r, u)| r.wrapping_sub(*u)));
        above = row;
    }
    let dict = format!(
        "/Type/XRef/Size {}/W[1 {} {}]/DecodeParms<</Predictor 12/Columns {columns}>>",
        entries.len(),
        widths[1],
        widths[2]
    );
    write_stream(
        &mut out,
        number,
        &[dict.as_bytes(), &trailer].concat(),
        &data,
    );
    out.extend_from_slice(format!("startxref\n{at}\n%%EOF").as_bytes());
    Ok(out)
}

/// Append object `number` as a FlateDecode stream of `data` with the
/// dictionary entries `dict` (and its filter and length).
fn write_stream(out: &mut Vec<u8>, number: u32, dict: &[u8], data: &[u8]) {
    let data = miniz_oxide::deflate::compress_to_vec_zlib(data, LEVEL);
    out.extend_from_slice(format!("{number} 0 obj\n<<").as_bytes());
    out.extend_from_slice(dict);
    let tail = format!("/Filter/FlateDecode/Length {}>>\nstream\n", data.len());
    out.extend_from_slice(tail.as_bytes());
    out.extend_from_slice(&data);
    out.extend_from_slice(b"\nendstream\nendobj\n\n");
}

/// How many bytes a cross-reference field needs for values up to `max`
/// (at least 1).
fn width(max: u64) -> usize {
    (8 - max.leading_zeros() as usize / 8).max(1)
}

/// Bytes without the white space (PDF's: space, tab, CR, LF, FF, NUL) at
/// either end.
fn trim(bytes: &[u8]) -> &[u8] {
    let white = |b: &u8| b" \t\r\n\x0c\0".contains(b);
    let start = bytes.iter().position(|b| !white(b)).unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !white(b))
        .map_or(start, |e| e + 1);
    &bytes[start..end]
}

/// The offset after the last `startxref`, checked to be an `xref` table.
fn startxref(pdf: &[u8]) -> Result<usize, String> {
    let tail = pdf.len().saturating_sub(64);
    let at = pdf[tail..]
        .windows(9)
        .rposition(|w| w == b"startxref")
        .ok_or("no startxref at the end")?;
    let rest = std::str::from_utf8(&pdf[tail + at + 9..]).map_err(|e| e.to_string())?;
    let offset: usize = rest
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .ok_or("startxref has no offset")?;
    if pdf.get(offset..offset + 4) != Some(b"xref") {
        return Err(format!("no xref table at {offset}"));
    }
    Ok(offset)
}

/// An entry of the xref table: number, offset, generation, in use.
type Row = (u32, u64, u16, bool);

/// The table's entries and the trailer dictionary's entries other than
/// /Size (as written, to copy).
fn read_table(pdf: &[u8], at: usize) -> Result<(Vec<Row>, Vec<u8>), String> {
    let after = &pdf[at + 4..];
    let end = after
        .windows(7)
        .position(|w| w == b"trailer")
        .ok_or("no trailer after the xref table")?;
    let table = std::str::from_utf8(&after[..end]).map_err(|e| e.to_string())?;
    let mut tokens = table.split_ascii_whitespace();
    let mut entries = vec![];
    let bad = || "the xref table cannot be read".to_string();
    while let Some(start) = tokens.next() {
        let start: u32 = start.parse().map_err(|_| bad())?;
        let count: u32 = tokens.next().and_then(|c| c.parse().ok()).ok_or_else(bad)?;
        for number in start..start + count {
            let (Some(offset), Some(generation), Some(kind)) =
                (tokens.next(), tokens.next(), tokens.next())
            else {
                return Err(bad());
            };
            let offset = offset.parse().map_err(|_| bad())?;
            let generation = generation.parse().map_err(|_| bad())?;
            entries.push((number, offset, generation, kind == "n"));
        }
    }
    let trailer = trim(&after[end + 7..]);
    let trailer = trailer
        .windows(9)
        .position(|w| w == b"startxref")
        .map(|e| trim(&trailer[..e]))
        .and_then(|t| t.strip_prefix(b"<<")?.strip_suffix(b">>"))
        .ok_or("the trailer is not a dictionary")?;
    Ok((entries, without_size(trailer)))
}

/// A trailer's entries with its /Size removed (the new stream has its
/// own). Other entries (/Root, /Info, /ID) are kept as they are.
fn without_size(entries: &[u8]) -> Vec<u8> {
    let Some(at) = entries.windows(5).position(|w| w == b"/Size") else {
        return entries.to_vec();
    };
    let rest = trim(&entries[at + 5..]);
    let digits = rest
        .iter()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(rest.len());
    [&entries[..at], &rest[digits..]].concat()
}
