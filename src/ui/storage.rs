//! The only module that touches browser storage. Storage can be missing or
//! blocked (private modes, policies), and then accessing it throws: every
//! call here checks first and fails soft, so the app keeps working.

use serde::{de::DeserializeOwned, Serialize};

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Read a value saved in this tab's session storage.
pub fn load_session<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = session()?.get_item(key).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Save a value to this tab's session storage. Returns false when storage is
/// unavailable or full.
pub fn save_session<T: Serialize>(key: &str, value: &T) -> bool {
    let Some(storage) = session() else {
        return false;
    };
    let Ok(text) = serde_json::to_string(value) else {
        return false;
    };
    storage.set_item(key, &text).is_ok()
}

/// Remove a value from this tab's session storage.
pub fn remove_session(key: &str) {
    if let Some(storage) = session() {
        let _ = storage.remove_item(key);
    }
}
