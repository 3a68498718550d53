//! The laid-out pages written as PDF objects: the embedded font, each
//! page's content (text in marked-content sequences tied to the structure
//! tree, everything else marked as artifacts), the structure tree itself
//! (tagged PDF: headings, paragraphs, tables with header cells, form
//! fields, in reading order), the fillable fields (AcroForm), the
//! document's language and title.

use super::embed::{deflate, subset, write_font};
use super::layout::{Layout, Shape, Tag, PAGE_H, PAGE_W};
use super::xmp::xmp;
use super::EmbeddedFont;
use pdf_writer::types::{
    AnnotationFlags, FieldFlags, FieldType, StructRole, TabOrder, TextRenderingMode,
};
use pdf_writer::writers::StructTreeRoot;
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

/// The form fields' text: the embedded font (F1), 10 pt. A standard font
/// such as Helvetica would be neither embedded (PDF/UA asks for every font
/// to be) nor able to show Greek or Cyrillic.
const FIELD_APPEARANCE: &[u8] = b"/F1 10 Tf 0 g";

/// Hands out object numbers.
struct Ids(i32);

impl Ids {
    fn next(&mut self) -> Ref {
        self.0 += 1;
        Ref::new(self.0)
    }
    fn many(&mut self, n: usize) -> Vec<Ref> {
        (0..n).map(|_| self.next()).collect()
    }
}

/// A marked-content sequence's owner: (page, MCID) per structure element.
type Marked = Vec<Vec<(usize, i32)>>;

pub(super) fn write(
    l: &Layout,
    embedded: &EmbeddedFont,
    title: &str,
    producer: &str,
) -> Result<Vec<u8>, String> {
    let font = subset(l, &embedded.raw)?;
    let mut ids = Ids(0);
    let catalog = ids.next();
    let tree = ids.next();
    let info = ids.next();
    let type0 = ids.next();
    let cid = ids.next();
    let descriptor = ids.next();
    let font_file = ids.next();
    let cmap_id = ids.next();
    let struct_root = ids.next();
    let empty_appearance = ids.next();
    let metadata = ids.next();
    let page_ids = ids.many(l.pages.len());
    let content_ids = ids.many(l.pages.len());
    let parent_arrays = ids.many(l.pages.len());
    let elem_ids = ids.many(l.elems.len());
    let widget_ids: Vec<Vec<Ref>> = l.pages.iter().map(|p| ids.many(p.widgets.len())).collect();
    // A field with several widgets (the Board reference) is a parent
    // field with the widgets as its kids; a field with one widget is the
    // widget itself.
    let mut widgets_of: Vec<Vec<Ref>> = vec![vec![]; l.fields.len()];
    for (page, refs) in l.pages.iter().zip(&widget_ids) {
        for (w, id) in page.widgets.iter().zip(refs) {
            widgets_of[w.field].push(*id);
        }
    }
    let field_ids: Vec<Ref> = widgets_of
        .iter()
        .map(|w| if w.len() == 1 { w[0] } else { ids.next() })
        .collect();

    // Compact (not pretty) writing: no indentation or line per key, about a
    // quarter less for the uncompressed dictionaries (the structure tree).
    let mut pdf = Pdf::with_settings(pdf_writer::Settings { pretty: false });
    {
        let mut c = pdf.catalog(catalog);
        c.pages(tree);
        c.lang(TextStr("en-GB"));
        c.mark_info().marked(true);
        c.viewer_preferences().display_doc_title(true);
        c.pair(Name(b"StructTreeRoot"), struct_root);
        c.metadata(metadata);
        let mut form = c.form();
        form.fields(field_ids.iter().copied());
        form.pair(Name(b"NeedAppearances"), true);
        form.default_appearance(Str(FIELD_APPEARANCE));
        form.default_resources().fonts().pair(Name(b"F1"), type0);
    }
    pdf.pages(tree)
        .kids(page_ids.iter().copied())
        .count(page_ids.len() as i32);
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr(producer));
    let xmp = xmp(title, producer);
    pdf.metadata(metadata, xmp.as_bytes());
    pdf.form_xobject(empty_appearance, b"")
        .bbox(Rect::new(0.0, 0.0, 1.0, 1.0));

    write_font(
        &mut pdf,
        l,
        &font,
        [type0, cid, descriptor, font_file, cmap_id],
    );

    // Pages and their content; which element owns each marked sequence.
    let mut marked: Marked = vec![vec![]; l.elems.len()];
    let annotations = l.pages.len() as i32;
    let mut next_annotation_key = annotations;
    let mut annotation_keys: Vec<Vec<i32>> = vec![];
    for (i, page) in l.pages.iter().enumerate() {
        let keys: Vec<i32> = page
            .widgets
            .iter()
            .map(|_| {
                next_annotation_key += 1;
                next_annotation_key - 1
            })
            .collect();
        let mut p = pdf.page(page_ids[i]);
        p.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .parent(tree)
            .contents(content_ids[i])
            .struct_parents(i as i32)
            .tab_order(TabOrder::StructureOrder);
        if !page.widgets.is_empty() {
            p.annotations(widget_ids[i].iter().copied());
        }
        p.resources().fonts().pair(Name(b"F1"), type0);
        p.finish();
        annotation_keys.push(keys);

        let (content, owners) = page_content(l, i, &font.new_id, &mut marked);
        pdf.stream(content_ids[i], &deflate(&content))
            .filter(Filter::FlateDecode);
        pdf.indirect(parent_arrays[i])
            .array()
            .items(owners.iter().map(|e| elem_ids[*e]));
    }

    // Form fields and their widgets.
    for (f, field) in l.fields.iter().enumerate() {
        let flags = if field.multiline {
            FieldFlags::MULTILINE
        } else {
            FieldFlags::empty()
        };
        if widgets_of[f].len() != 1 {
            let mut parent = pdf.form_field(field_ids[f]);
            parent
                .field_type(FieldType::Text)
                .partial_name(TextStr(field.name))
                .alternate_name(TextStr(&field.label))
                .field_flags(flags)
                .vartext_default_appearance(Str(FIELD_APPEARANCE));
            parent.children(widgets_of[f].iter().copied());
        }
    }
    for (i, page) in l.pages.iter().enumerate() {
        for (k, w) in page.widgets.iter().enumerate() {
            let field = &l.fields[w.field];
            let single = widgets_of[w.field].len() == 1;
            let mut annot = if single {
                let mut f = pdf.form_field(widget_ids[i][k]);
                f.field_type(FieldType::Text)
                    .partial_name(TextStr(field.name))
                    .alternate_name(TextStr(&field.label))
                    .field_flags(if field.multiline {
                        FieldFlags::MULTILINE
                    } else {
                        FieldFlags::empty()
                    })
                    .vartext_default_appearance(Str(FIELD_APPEARANCE));
                f.into_annotation()
            } else {
                let mut a = pdf.annotation(widget_ids[i][k]);
                a.subtype(pdf_writer::types::AnnotationType::Widget);
                a.parent(field_ids[w.field]);
                a
            };
            let [x1, y1, x2, y2] = w.rect;
            annot
                .rect(Rect::new(x1, y1, x2, y2))
                .page(page_ids[i])
                .flags(AnnotationFlags::PRINT)
                .struct_parent(annotation_keys[i][k]);
            annot.appearance().normal().stream(empty_appearance);
        }
    }

    // The structure tree.
    {
        let mut root = pdf.indirect(struct_root).start::<StructTreeRoot>();
        root.child(elem_ids[0]);
        let mut tree = root.parent_tree();
        let mut nums = tree.nums();
        for (i, array) in parent_arrays.iter().enumerate() {
            nums.insert(i as i32, *array);
        }
        for (i, page) in l.pages.iter().enumerate() {
            for (k, w) in page.widgets.iter().enumerate() {
                nums.insert(annotation_keys[i][k], elem_ids[w.elem]);
            }
        }
        nums.finish();
        tree.finish();
        root.parent_tree_next_key(next_annotation_key);
    }
    for (e, elem) in l.elems.iter().enumerate() {
        let mut s = pdf.struct_element(elem_ids[e]);
        s.kind(elem.role);
        s.parent(if e == 0 {
            struct_root
        } else {
            elem_ids[elem.parent]
        });
        if let Some(alt) = &elem.alt {
            s.alt(TextStr(alt));
        }
        if let Some(scope) = elem.scope {
            s.attributes().push().table().scope(scope);
        }
        let on_one_page = marked[e]
            .first()
            .filter(|(first, _)| marked[e].iter().all(|(p, _)| p == first))
            .map(|(p, _)| *p);
        if let Some(p) = on_one_page {
            s.page(page_ids[p]);
        }
        let mut kids = s.children();
        for &k in &elem.kids {
            kids.struct_element(elem_ids[k]);
        }
        for &(p, mcid) in &marked[e] {
            if on_one_page.is_some() {
                kids.marked_content_id(mcid);
            } else {
                kids.marked_content_ref()
                    .page(page_ids[p])
                    .marked_content_id(mcid);
            }
        }
        for &(p, k) in &elem.widgets {
            kids.object_ref().page(page_ids[p]).object(widget_ids[p][k]);
        }
    }
    Ok(pdf.finish())
}

/// A page's content stream, and the element owning each MCID on it.
fn page_content(
    l: &Layout,
    i: usize,
    new_id: &[u16],
    marked: &mut Marked,
) -> (Vec<u8>, Vec<usize>) {
    let page = &l.pages[i];
    let mut owners = vec![];
    let mut c = Content::new();
    c.begin_marked_content(Name(b"Artifact"));
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
    c.end_marked_content();
    // Bold is the regular face filled and lightly stroked.
    c.set_fill_gray(0.0)
        .set_stroke_gray(0.0)
        .set_line_width(0.35);
    c.begin_text();
    let mut open: Option<Tag> = None;
    // The content so far: `c`'s operators are moved here before each
    // string of glyphs, which is written here as it is (see `push_glyphs`).
    let mut out: Vec<u8> = Vec::new();
    // The font size and rendering mode are set only when they change.
    let mut state: Option<(f32, bool)> = None;
    for run in &page.runs {
        if open != Some(run.tag) {
            if open.is_some() {
                c.end_marked_content();
            }
            match run.tag {
                Tag::Artifact => {
                    c.begin_marked_content(Name(b"Artifact"));
                }
                Tag::Pagination => {
                    c.begin_marked_content_with_properties(Name(b"Artifact"))
                        .properties()
                        .pair(Name(b"Type"), Name(b"Pagination"));
                }
                Tag::Elem(e) => {
                    let mcid = owners.len() as i32;
                    owners.push(e);
                    marked[e].push((i, mcid));
                    c.begin_marked_content_with_properties(role_tag(l.elems[e].role))
                        .properties()
                        .identify(mcid);
                }
            }
            open = Some(run.tag);
        }
        if state.is_none_or(|(size, _)| size != run.size) {
            c.set_font(Name(b"F1"), run.size);
        }
        if state.is_none_or(|(_, bold)| bold != run.bold) {
            c.set_text_rendering_mode(if run.bold {
                TextRenderingMode::FillStroke
            } else {
                TextRenderingMode::Fill
            });
        }
        state = Some((run.size, run.bold));
        c.set_text_matrix([1.0, 0.0, 0.0, 1.0, run.x, run.y]);
        out.extend_from_slice(
            std::mem::replace(&mut c, Content::new())
                .finish()
                .as_slice(),
        );
        push_glyphs(&mut out, run.glyphs.iter().map(|g| new_id[usize::from(*g)]));
        out.extend_from_slice(b" Tj\n");
    }
    if open.is_some() {
        c.end_marked_content();
    }
    c.end_text();
    out.extend_from_slice(c.finish().as_slice());
    (out, owners)
}

/// A string of glyphs (two bytes each) as a literal string with the bytes
/// as they are, escaping only what must be: half the size of the hex string
/// pdf-writer writes for bytes outside ASCII, and so less to compress.
fn push_glyphs(out: &mut Vec<u8>, glyphs: impl Iterator<Item = u16>) {
    out.push(b'(');
    for glyph in glyphs {
        for b in glyph.to_be_bytes() {
            match b {
                b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', b]),
                // A carriage return in a literal string is read as a line
                // end (a line feed): it is written as the escape.
                b'\r' => out.extend_from_slice(b"\\r"),
                _ => out.push(b),
            }
        }
    }
    out.push(b')');
}

/// The marked-content tag for an element's text (its role's name).
fn role_tag(role: StructRole) -> Name<'static> {
    role.to_name()
}
