//! What leaves the page only by the person's own hand: files they download
//! or open, and text they copy. Downloads are made on this device (a Blob and
//! a temporary object URL) and go only where the person saves them.

use wasm_bindgen::JsCast;

/// Offer `contents` as a download called `name`. False if the browser refused.
pub fn download(name: &str, mime: &str, contents: &[u8]) -> bool {
    let try_download = || -> Option<()> {
        let array = js_sys::Uint8Array::from(contents);
        let parts = js_sys::Array::of1(&array);
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    try_download().is_some()
}

/// The bytes of the file chosen in a file input (None if none is chosen).
pub async fn chosen_file(input: &web_sys::HtmlInputElement) -> Option<Result<Vec<u8>, String>> {
    let file = input.files()?.get(0)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
    Some(
        buffer
            .map(|b| js_sys::Uint8Array::new(&b).to_vec())
            .map_err(|_| "The file could not be read. Choose it again.".to_string()),
    )
}

/// Copy text to the clipboard. False if the browser refused.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok();
    let Some(clipboard) = clipboard.filter(|c| !c.is_undefined()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &text.into()) else {
        return false;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
