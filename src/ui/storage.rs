//! The only module that touches browser storage. Storage can be missing or
//! blocked (private modes, policies), and then accessing it throws: every
//! call here checks first and fails soft, so the app keeps working.
//!
//! Session storage lasts as long as the tab; local storage is used only for
//! a draft the user has chosen to keep on this device.

use serde::{de::DeserializeOwned, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Session,
    Local,
}

fn area(which: Area) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match which {
        Area::Session => window.session_storage(),
        Area::Local => window.local_storage(),
    }
    .ok()
    .flatten()
}

/// True when both storage areas exist and accept a write.
pub fn available() -> bool {
    const PROBE: &str = "scr-guide.probe";
    [Area::Session, Area::Local].into_iter().all(|which| {
        area(which).is_some_and(|s| {
            let ok = s.set_item(PROBE, "1").is_ok();
            let _ = s.remove_item(PROBE);
            ok
        })
    })
}

/// The text saved under a key, if any.
pub fn get(which: Area, key: &str) -> Option<String> {
    area(which)?.get_item(key).ok().flatten()
}

/// Save text under a key. False when storage is unavailable or full.
pub fn set(which: Area, key: &str, text: &str) -> bool {
    area(which).is_some_and(|s| s.set_item(key, text).is_ok())
}

pub fn remove(which: Area, key: &str) {
    if let Some(s) = area(which) {
        let _ = s.remove_item(key);
    }
}

/// Empty both storage areas for this site.
pub fn clear_all() {
    for which in [Area::Session, Area::Local] {
        if let Some(s) = area(which) {
            let _ = s.clear();
        }
    }
}

/// Read a value saved in this tab's session storage.
pub fn load_session<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&get(Area::Session, key)?).ok()
}

/// Save a value to this tab's session storage. Returns false when storage is
/// unavailable or full.
pub fn save_session<T: Serialize>(key: &str, value: &T) -> bool {
    serde_json::to_string(value).is_ok_and(|text| set(Area::Session, key, &text))
}

/// Remove a value from this tab's session storage.
pub fn remove_session(key: &str) {
    remove(Area::Session, key);
}
