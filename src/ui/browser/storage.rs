//! The only module that touches browser storage. Storage can be missing or
//! blocked (private modes, policies), and then accessing it throws: every
//! call here checks first and fails soft, so the tools keep working.
//!
//! Which keys hold what is listed once, in `crate::stored`.

pub use crate::stored::Area;

fn area(which: Area) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match which {
        Area::Session => window.session_storage(),
        Area::Local => window.local_storage(),
    }
    .ok()
    .flatten()
}

/// True when this storage area exists and accepts a write now (it may be
/// blocked, or full).
pub fn writable(which: Area) -> bool {
    const PROBE: &str = "scr-guide.probe";
    area(which).is_some_and(|s| {
        let ok = s.set_item(PROBE, "1").is_ok();
        let _ = s.remove_item(PROBE);
        ok
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

/// Remove a key (nothing happens if storage is unavailable).
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
