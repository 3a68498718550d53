//! Keep on this device turned on and off; notices; deleting everything.

use crate::*;

// Keep on this device, on and off

#[test]
fn keeping_turned_on_with_no_draft_saves_revision_1_at_once() {
    let mut m = Machine::new(StorageState::Working);
    assert_eq!(
        m.handle(KeepOn {
            kept: Stored::Absent,
            same_as_ours: false
        }),
        vec![TIMER]
    );
    assert!(m.keep());
    assert_eq!(
        m.handle(due(T0, Stored::Absent)),
        vec![
            WriteTab {
                keep: true,
                revision: 0
            },
            WriteDraft {
                revision: 1,
                saved_at_ms: T0
            }
        ]
    );
    m.handle(written());
    assert_eq!(m.saved_at_ms(), Some(T0));
}

#[test]
fn keeping_turned_on_over_the_same_draft_carries_on_from_its_revision() {
    let mut m = Machine::new(StorageState::Working);
    m.handle(KeepOn {
        kept: kept(8, T0, "Ann"),
        same_as_ours: true,
    });
    assert_eq!(m.revision(), 8);
    assert_eq!(m.notice(), None);
}

#[test]
fn keeping_turned_on_over_a_different_draft_asks_which_to_keep() {
    let mut m = Machine::new(StorageState::Working);
    assert_eq!(
        m.handle(KeepOn {
            kept: kept(8, T0, "Theirs"),
            same_as_ours: false
        }),
        vec![TIMER]
    );
    assert!(m.keep());
    assert_eq!(
        m.notice(),
        Some(&Notice::Conflict {
            theirs: draft(8, T0, "Theirs")
        })
    );
    assert_eq!(
        m.handle(due(T0, Stored::Absent)),
        vec![WriteTab {
            keep: true,
            revision: 8
        }]
    );
}

#[test]
fn keeping_turned_on_over_an_unreadable_draft_waits_for_the_person() {
    let mut m = Machine::new(StorageState::Working);
    let unreadable = Stored::Unreadable {
        raw: "x".into(),
        reason: "y".into(),
    };
    assert_eq!(
        m.handle(KeepOn {
            kept: unreadable,
            same_as_ours: false
        }),
        vec![]
    );
    assert!(!m.keep());
    assert_eq!(
        m.notice(),
        Some(&Notice::Unreadable {
            area: Area::Local,
            raw: "x".into(),
            reason: "y".into()
        })
    );
    // Deleted by the person: the form is saved again.
    assert_eq!(
        m.handle(DiscardUnreadable(Area::Local)),
        vec![RemoveDraft, TIMER]
    );
    assert_eq!(m.notice(), None);
}

#[test]
fn keeping_turned_off_deletes_the_draft() {
    let mut m = keeping();
    assert_eq!(m.handle(KeepOff), vec![RemoveDraft, TIMER]);
    assert!(!m.keep());
    assert_eq!(m.saved_at_ms(), None);
    assert_eq!(
        m.handle(due(T0, Stored::Absent)),
        vec![WriteTab {
            keep: false,
            revision: 3
        }]
    );
}

// Notices and deleting everything

#[test]
fn hiding_a_notice_hides_it() {
    let mut m = keeping();
    assert_eq!(m.handle(HideNotice), vec![]);
    assert_eq!(m.notice(), None);
}

#[test]
fn deleting_everything_empties_storage_and_starts_again() {
    let mut m = keeping();
    m.handle(changed());
    m.handle(due(T0 + DAY, kept(3, T0, "Ann")));
    m.handle(written());
    m.handle(changed());
    assert_eq!(m.handle(DeleteEverything), vec![ClearAll]);
    assert!(!m.keep() && !m.pending());
    assert_eq!(
        m.saves(),
        1,
        "the count goes on, so a page can wait for the next save"
    );
    assert_eq!((m.notice(), m.saved_at_ms(), m.revision()), (None, None, 0));
    // The new, empty form is then removed from the tab, never written.
    m.handle(Changed { by_person: false });
    let blank = SaveDue {
        now_ms: T0,
        blank: true,
        kept: Stored::Absent,
    };
    assert_eq!(m.handle(blank), vec![ClearTab]);
    assert_eq!(m.saves(), 2);
}

#[test]
fn deleting_everything_with_storage_full_probes_it_again() {
    let mut m = Machine::new(StorageState::Full);
    assert_eq!(m.handle(DeleteEverything), vec![ClearAll, ProbeStorage]);
}
