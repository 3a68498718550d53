//! The Board profile in a message to a web worker (the referral form's PDF
//! worker): the same text fields every tool page carries
//! ([`BoardProfile::text_fields`]), as a JS array of `[name, value]` pairs,
//! read back with [`BoardProfile::from_text_fields`].

use crate::board::BoardProfile;
use js_sys::Array;
use wasm_bindgen::JsValue;

/// The profile's text fields as `[[name, value], …]`, for a message.
pub fn to_js(board: &BoardProfile) -> Array {
    board
        .text_fields()
        .into_iter()
        .map(|(name, value)| Array::of2(&name.into(), &value.into()))
        .collect()
}

/// The profile from a message's `[[name, value], …]` (see [`to_js`]):
/// `None` if it is not such a list or a field is missing or unreadable.
pub fn from_js(pairs: &JsValue) -> Option<BoardProfile> {
    if !Array::is_array(pairs) {
        return None;
    }
    let fields: Vec<(String, String)> = Array::from(pairs)
        .iter()
        .map(|pair| {
            let pair = Array::from(&pair);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect::<Option<_>>()?;
    BoardProfile::from_text_fields(|key| {
        fields
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value.clone())
    })
}
