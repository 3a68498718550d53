//! Typing and saving: the save timer, writes, storage full or blocked.

use crate::*;

// Typing and saving

#[test]
fn typing_starts_one_save_timer_until_it_fires() {
    let mut m = Machine::new(StorageState::Working);
    assert_eq!(m.handle(changed()), vec![TIMER]);
    assert!(m.pending());
    assert_eq!(m.handle(changed()), vec![]);
    assert_eq!(m.handle(Changed { by_person: false }), vec![]);
}

#[test]
fn the_timer_saves_this_tab_s_form_then_the_machine_is_idle() {
    let mut m = Machine::new(StorageState::Working);
    m.handle(changed());
    assert!(!m.wants_kept());
    assert_eq!(
        m.handle(due(T0, Stored::Absent)),
        vec![WriteTab {
            keep: false,
            revision: 0
        }]
    );
    assert!(!m.pending());
    assert_eq!(m.saves(), 1);
    assert_eq!(m.handle(written()), vec![]);
    // A second timer or a flush with nothing waiting writes nothing.
    assert_eq!(m.handle(due(T0 + 1, Stored::Absent)), vec![]);
    assert_eq!(m.saves(), 1);
}

#[test]
fn a_blank_form_not_kept_is_removed_from_the_tab() {
    let mut m = Machine::new(StorageState::Working);
    m.handle(Changed { by_person: false });
    let blank = SaveDue {
        now_ms: T0,
        blank: true,
        kept: Stored::Absent,
    };
    assert_eq!(m.handle(blank), vec![ClearTab]);
}

#[test]
fn a_change_by_the_person_saves_the_kept_draft_with_the_next_revision() {
    let mut m = keeping();
    assert_eq!(m.handle(changed()), vec![TIMER]);
    assert!(m.wants_kept());
    assert_eq!(
        m.handle(due(T0 + 2 * DAY, kept(3, T0, "Ann"))),
        vec![
            WriteTab {
                keep: true,
                revision: 3
            },
            WriteDraft {
                revision: 4,
                saved_at_ms: T0 + 2 * DAY
            }
        ]
    );
    assert_eq!(m.revision(), 3, "not until the write is done");
    assert_eq!(m.handle(written()), vec![]);
    assert_eq!(m.revision(), 4);
    assert_eq!(m.saved_at_ms(), Some(T0 + 2 * DAY));
}

#[test]
fn a_change_by_the_page_alone_never_saves_the_kept_draft() {
    let mut m = keeping();
    m.handle(Changed { by_person: false });
    assert!(!m.wants_kept());
    assert_eq!(
        m.handle(due(T0 + 2 * DAY, Stored::Absent)),
        vec![WriteTab {
            keep: true,
            revision: 3
        }]
    );
    assert_eq!(
        m.saved_at_ms(),
        Some(T0),
        "its deletion date is not put off"
    );
}

#[test]
fn storage_full_during_the_visit_is_said_and_the_revision_stays() {
    let mut m = keeping();
    m.handle(changed());
    m.handle(due(T0 + DAY, kept(3, T0, "Ann")));
    let failed = Written {
        tab_ok: true,
        draft_ok: false,
    };
    assert_eq!(m.handle(failed), vec![]);
    assert_eq!(m.storage(), StorageState::Full);
    assert_eq!(m.revision(), 3);
    assert_eq!(m.saved_at_ms(), Some(T0));
}

#[test]
fn storage_that_frees_up_is_probed_and_used_again() {
    let mut m = Machine::new(StorageState::Full);
    m.handle(changed());
    assert_eq!(
        m.handle(due(T0, Stored::Absent)),
        vec![WriteTab {
            keep: false,
            revision: 0
        }]
    );
    assert_eq!(m.handle(written()), vec![ProbeStorage]);
    assert_eq!(m.handle(Probed(StorageState::Working)), vec![]);
    assert_eq!(m.storage(), StorageState::Working);
}

#[test]
fn storage_blocked_at_load_stays_blocked_when_a_write_fails() {
    let mut m = Machine::new(StorageState::Unavailable);
    m.handle(changed());
    m.handle(due(T0, Stored::Absent));
    let failed = Written {
        tab_ok: false,
        draft_ok: true,
    };
    assert_eq!(m.handle(failed), vec![]);
    assert_eq!(m.storage(), StorageState::Unavailable);
}

#[test]
fn probing_storage_reads_each_area() {
    assert_eq!(StorageState::from_probe(true, true), StorageState::Working);
    assert_eq!(
        StorageState::from_probe(true, false),
        StorageState::DraftsOff
    );
    assert_eq!(
        StorageState::from_probe(false, true),
        StorageState::Unavailable
    );
    assert_eq!(
        StorageState::from_probe(false, false),
        StorageState::Unavailable
    );
    assert!(StorageState::Full.loses_typing() && StorageState::Unavailable.loses_typing());
    assert!(!StorageState::Working.loses_typing() && !StorageState::DraftsOff.loses_typing());
}

#[test]
fn with_local_storage_blocked_the_tab_saves_but_no_draft_is_kept() {
    let s = Machine::start(Loaded {
        now_ms: T0,
        retention_days: 7,
        storage: StorageState::DraftsOff,
        tab: tab("Ann", true, Some(3)),
        kept: kept(3, T0, "Ann"),
    });
    let mut m = s.machine;
    m.handle(changed());
    assert!(!m.wants_kept());
    assert_eq!(
        m.handle(due(T0, Stored::Absent)),
        vec![WriteTab {
            keep: false,
            revision: 3
        }]
    );
}

#[test]
fn an_unreadable_tab_form_is_never_written_over() {
    let (mut m, _, _) = load(
        Some(Err(("{bad".into(), "damaged".into()))),
        Stored::Absent,
        T0,
    );
    m.handle(changed());
    assert_eq!(m.handle(due(T0, Stored::Absent)), vec![]);
    // Deleted by the person: then the form is saved.
    assert_eq!(
        m.handle(DiscardUnreadable(Area::Session)),
        vec![RemoveTabForm, TIMER]
    );
    assert_eq!(m.notice(), None);
    assert_eq!(
        m.handle(due(T0, Stored::Absent)),
        vec![WriteTab {
            keep: false,
            revision: 0
        }]
    );
}
