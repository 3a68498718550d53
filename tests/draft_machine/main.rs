//! Keeping the referral form (src/draft_machine.rs): every transition of
//! the state machine, with the clock as a value. Expected values are
//! written out by hand, never computed by the code under test.
//! Native only (the shared test data uses proptest).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;

mod keeping;
mod leaving;
mod loading;
mod saving;
mod two_tabs;
use common::filled;
pub(crate) use scr_referral_guide::draft::Draft;
pub(crate) use scr_referral_guide::draft_machine::{
    Decision::{self, *},
    Event::{self, *},
    Loaded, Machine, Notice, StorageState, Stored, TabForm,
};
pub(crate) use scr_referral_guide::referral::Referral;
pub(crate) use scr_referral_guide::stored::Area;

/// 1 November 2026, 00:53:20 UTC.
pub(crate) const T0: i64 = 1_793_494_400_000;
pub(crate) const DAY: i64 = 86_400_000;
pub(crate) const TIMER: Decision = StartSaveTimer { after_ms: 300 };

pub(crate) fn named(name: &str) -> Referral {
    let mut r = filled();
    r.about_you.name = name.to_string();
    r
}

pub(crate) fn draft(revision: u64, saved_at_ms: i64, name: &str) -> Box<Draft> {
    Box::new(Draft::new(named(name), saved_at_ms, revision, "other-tab"))
}

pub(crate) fn kept(revision: u64, saved_at_ms: i64, name: &str) -> Stored {
    Stored::Draft(draft(revision, saved_at_ms, name))
}

pub(crate) fn load(
    tab: Option<Result<TabForm, (String, String)>>,
    kept: Stored,
    now_ms: i64,
) -> (Machine, Option<Referral>, Vec<Decision>) {
    let s = Machine::start(Loaded {
        now_ms,
        retention_days: 7,
        storage: StorageState::Working,
        tab,
        kept,
    });
    (s.machine, s.referral, s.decisions)
}

pub(crate) fn tab(
    name: &str,
    keep: bool,
    revision: Option<u64>,
) -> Option<Result<TabForm, (String, String)>> {
    Some(Ok(TabForm {
        referral: named(name),
        keep,
        revision,
    }))
}

/// A tab that opened the kept draft (revision 3, saved at T0).
pub(crate) fn keeping() -> Machine {
    load(None, kept(3, T0, "Ann"), T0 + DAY).0
}

pub(crate) fn changed() -> Event {
    Changed { by_person: true }
}

pub(crate) fn due(now_ms: i64, kept: Stored) -> Event {
    SaveDue {
        now_ms,
        blank: false,
        kept,
    }
}

pub(crate) fn written() -> Event {
    Written {
        tab_ok: true,
        draft_ok: true,
    }
}

pub(crate) fn leaving(within_site: bool) -> Event {
    Leaving {
        within_site,
        blank: false,
    }
}
