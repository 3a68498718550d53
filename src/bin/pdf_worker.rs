//! The PDF renderer's WebAssembly build, run in a web worker that the
//! referral form starts only when a PDF is made (`web/pdf-boot.js` loads it
//! with the font). It turns a referral into the PDF document, on the device.

#![warn(missing_docs)]

#[cfg(target_arch = "wasm32")]
mod worker {
    use scr_referral_guide::document::document;
    use scr_referral_guide::pdf::{render, EmbeddedFont};
    use scr_referral_guide::referral::Referral;
    use scr_referral_guide::ui::browser::profile;
    use wasm_bindgen::prelude::*;

    fn set(object: &js_sys::Object, name: &str, value: &JsValue) {
        let _ = js_sys::Reflect::set(object, &name.into(), value);
    }

    /// Make the PDF of `referral` (the form's JSON) for the Board whose
    /// profile is `board` (the text fields the page carries, as `[name,
    /// value]` pairs: `ui::browser::profile`), with the font (`raw`,
    /// the TrueType file). Returns `{ pdf, pages, missing,
    /// unsupported }`: the fields with characters the font lacks, and those
    /// in scripts the PDF cannot draw properly.
    #[wasm_bindgen]
    pub fn make_pdf(referral: &str, board: JsValue, raw: Vec<u8>) -> Result<JsValue, JsValue> {
        let referral: Referral =
            serde_json::from_str(referral).map_err(|e| JsValue::from_str(&e.to_string()))?;
        let board = profile::from_js(&board)
            .ok_or_else(|| JsValue::from_str("the page's copy of the Board profile is damaged"))?;
        let font = EmbeddedFont::new(raw).map_err(|e| JsValue::from_str(&e))?;
        let rendered =
            render(&document(&referral, &board), &font).map_err(|e| JsValue::from_str(&e))?;
        let out = js_sys::Object::new();
        set(
            &out,
            "pdf",
            &js_sys::Uint8Array::from(rendered.bytes.as_slice()).into(),
        );
        set(&out, "pages", &JsValue::from(rendered.pages as u32));
        let missing = js_sys::Array::new();
        for m in rendered.missing {
            let chars: Vec<String> = m
                .chars
                .iter()
                .map(|c| format!("U+{:04X}", *c as u32))
                .collect();
            missing.push(&JsValue::from_str(&format!(
                "{} ({})",
                m.field,
                chars.join(", ")
            )));
        }
        set(&out, "missing", &missing.into());
        // Fields the PDF cannot show properly (right-to-left or complex
        // scripts): "The child: Name (Arabic, written right to left)".
        let unsupported = js_sys::Array::new();
        for u in rendered.unsupported {
            unsupported.push(&JsValue::from_str(&u.describe()));
        }
        set(&out, "unsupported", &unsupported.into());
        Ok(out.into())
    }
}

fn main() {}
