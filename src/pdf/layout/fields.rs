//! The Board's or partnership's fillable fields: a line or a box to type
//! in, and the widgets that place them on their pages.

use super::*;

impl Layout<'_> {
    /// A label to the left of a line to write on, with a fillable field
    /// over the line.
    pub(in crate::pdf) fn field_line(&mut self, parent: usize, field: usize, label: &str) {
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
    pub(in crate::pdf) fn field_box(
        &mut self,
        parent: usize,
        field: usize,
        label: &str,
        height: f32,
    ) {
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
    pub(in crate::pdf) fn widget(&mut self, parent: usize, field: usize, rect: [f32; 4]) -> usize {
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
    pub(in crate::pdf) fn widget_on(
        &mut self,
        page: usize,
        parent: usize,
        field: usize,
        rect: [f32; 4],
    ) {
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
