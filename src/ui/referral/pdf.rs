//! Making the referral's PDF. The renderer is its own WebAssembly build
//! (`src/bin/pdf_worker.rs`), run in a web worker that starts the first
//! time a PDF is made: its code and the font are not part of the form's
//! first load, and making a long PDF never freezes the page.

use crate::board::BoardProfile;
use crate::referral::Referral;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
}

/// A PDF made on this device.
pub struct Made {
    /// The file.
    pub bytes: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
    /// "Field (U+0627, …)" for each field with characters the font lacks.
    pub missing: Vec<String>,
}

/// The worker, started on first use. Its start script's address is on the
/// page (`data-worker`, written by the generator).
fn worker() -> Result<web_sys::Worker, String> {
    if let Some(worker) = WORKER.with(|w| w.borrow().clone()) {
        return Ok(worker);
    }
    let url = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("tool"))
        .and_then(|e| e.get_attribute("data-worker"))
        .ok_or("this page does not say where the PDF maker is")?;
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options(&url, &options)
        .map_err(|_| "the PDF maker could not be started".to_string())?;
    WORKER.with(|w| *w.borrow_mut() = Some(worker.clone()));
    Ok(worker)
}

fn forget_worker() {
    WORKER.with(|w| {
        if let Some(worker) = w.borrow_mut().take() {
            worker.terminate();
        }
    });
}

fn field(object: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(object, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Make the referral's PDF (one at a time).
pub async fn make(referral: &Referral, board: &BoardProfile) -> Result<Made, String> {
    let worker = worker()?;
    let message = js_sys::Object::new();
    let referral = serde_json::to_string(referral).map_err(|e| e.to_string())?;
    let _ = js_sys::Reflect::set(&message, &"referral".into(), &referral.into());
    let board = crate::ui::browser::profile::to_js(board);
    let _ = js_sys::Reflect::set(&message, &"board".into(), &board.into());
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |event: web_sys::MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = reject.call1(&JsValue::NULL, &"the PDF maker could not be loaded".into());
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    if worker.post_message(&message).is_err() {
        forget_worker();
        return Err("the PDF maker could not be reached".into());
    }
    let data = match wasm_bindgen_futures::JsFuture::from(answer).await {
        Ok(data) => data,
        Err(reason) => {
            // Start afresh next time (e.g. after the connection returns).
            forget_worker();
            return Err(reason.as_string().unwrap_or_default());
        }
    };
    if field(&data, "ok").as_bool() != Some(true) {
        return Err(field(&data, "error").as_string().unwrap_or_default());
    }
    let bytes = js_sys::Uint8Array::new(&field(&data, "pdf")).to_vec();
    let pages = field(&data, "pages").as_f64().unwrap_or(0.0) as usize;
    let missing = js_sys::Array::from(&field(&data, "missing"))
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    Ok(Made {
        bytes,
        pages,
        missing,
    })
}
