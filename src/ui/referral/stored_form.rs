//! Reading and writing the referral form in the browser's storage, for
//! `state` (which decides nothing here: the draft machine decides what to
//! write, this carries it out). The keys are `crate::stored`'s.

use crate::draft;
use crate::draft_machine::{StorageState, Stored, TabForm};
use crate::referral::Referral;
use crate::stored::{DRAFT_KEY, KEEP_KEY, REFERRAL_KEY as SESSION_KEY, REVISION_KEY};
use crate::ui::browser::storage::{self, Area};
use crate::ui::common::board;

/// What the browser accepts now: this tab's storage first (the form keeps
/// what it can), then the device's.
pub fn probe() -> StorageState {
    StorageState::from_probe(
        storage::writable(Area::Session),
        storage::writable(Area::Local),
    )
}

/// What local storage holds under the kept draft's key.
pub fn read_kept() -> Stored {
    match storage::get(Area::Local, DRAFT_KEY) {
        None => Stored::Absent,
        Some(raw) => match draft::read_for(raw.as_bytes(), board().rule_set) {
            Ok(d) => Stored::Draft(Box::new(d)),
            Err(e) => Stored::Unreadable {
                reason: e.message(draft::Origin::Stored),
                raw,
            },
        },
    }
}

/// This tab's form, as session storage holds it.
pub fn read_tab() -> Option<Result<TabForm, (String, String)>> {
    let raw = storage::get(Area::Session, SESSION_KEY)?;
    Some(match draft::read_for(raw.as_bytes(), board().rule_set) {
        Ok(d) => Ok(TabForm {
            referral: d.referral,
            keep: storage::get(Area::Session, KEEP_KEY).as_deref() == Some("1"),
            revision: storage::get(Area::Session, REVISION_KEY).and_then(|r| r.parse().ok()),
        }),
        Err(e) => Err((raw, e.message(draft::Origin::Stored))),
    })
}

/// Remove this tab's form (it is blank).
pub fn clear_tab() {
    for key in [SESSION_KEY, KEEP_KEY, REVISION_KEY] {
        storage::remove(Area::Session, key);
    }
}

/// Write this tab's form, whether it keeps a draft, and the kept draft's
/// revision it last read or wrote. False if storage refused.
pub fn write_tab(referral: &Referral, now_ms: i64, keep: bool, revision: u64) -> bool {
    let text = draft::to_stored(referral, now_ms, 0, "");
    storage::set(Area::Session, SESSION_KEY, &text)
        && storage::set(Area::Session, KEEP_KEY, if keep { "1" } else { "0" })
        && storage::set(Area::Session, REVISION_KEY, &revision.to_string())
}

/// Write the kept draft. False if storage refused.
pub fn write_draft(referral: &Referral, saved_at_ms: i64, revision: u64, tab: &str) -> bool {
    let text = draft::to_stored(referral, saved_at_ms, revision, tab);
    storage::set(Area::Local, DRAFT_KEY, &text)
}
