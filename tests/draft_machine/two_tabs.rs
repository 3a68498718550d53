//! Two tabs keeping the same draft.

use crate::*;

// Two tabs

#[test]
fn this_tab_older_another_tab_saved_since_nothing_is_written_over_it() {
    let mut m = keeping();
    m.handle(changed());
    assert_eq!(
        m.handle(due(T0 + DAY, kept(4, T0 + 1000, "Theirs"))),
        vec![WriteTab {
            keep: true,
            revision: 3
        }]
    );
    assert_eq!(
        m.notice(),
        Some(&Notice::Conflict {
            theirs: draft(4, T0 + 1000, "Theirs")
        })
    );
    // Typing on: this tab's form is kept in the tab, the draft is not touched.
    m.handle(changed());
    assert!(!m.wants_kept());
    assert_eq!(
        m.handle(due(T0 + DAY + 5, Stored::Absent)),
        vec![WriteTab {
            keep: true,
            revision: 3
        }]
    );
}

#[test]
fn this_tab_newer_it_saves_over_its_own_revision() {
    let mut m = keeping();
    m.handle(changed());
    let decisions = m.handle(due(T0 + DAY, kept(3, T0, "Ann")));
    assert_eq!(
        decisions[1],
        WriteDraft {
            revision: 4,
            saved_at_ms: T0 + DAY
        }
    );
    assert_eq!(m.notice(), Some(&Notice::Resumed { saved_at_ms: T0 }));
}

#[test]
fn another_tab_s_save_is_heard_at_once() {
    let mut m = keeping();
    assert_eq!(
        m.handle(OtherTabSaved(draft(4, T0 + 1000, "Theirs"))),
        vec![]
    );
    assert_eq!(
        m.notice(),
        Some(&Notice::Conflict {
            theirs: draft(4, T0 + 1000, "Theirs")
        })
    );
}

#[test]
fn a_save_at_this_tab_s_own_revision_is_not_a_conflict() {
    let mut m = keeping();
    m.handle(OtherTabSaved(draft(3, T0, "Ann")));
    assert_eq!(m.notice(), Some(&Notice::Resumed { saved_at_ms: T0 }));
}

#[test]
fn another_tab_s_save_means_nothing_to_a_tab_not_keeping() {
    let mut m = Machine::new(StorageState::Working);
    m.handle(OtherTabSaved(draft(4, T0, "Theirs")));
    m.handle(OtherTabDeleted);
    assert_eq!(m.notice(), None);
    assert!(!m.keep());
}

#[test]
fn both_tabs_typing_the_second_to_save_hears_of_the_first_and_waits() {
    let mut a = keeping();
    let mut b = keeping();
    a.handle(changed());
    b.handle(changed());
    // A saves first: revision 4.
    assert_eq!(
        a.handle(due(T0 + DAY, kept(3, T0, "Ann")))[1],
        WriteDraft {
            revision: 4,
            saved_at_ms: T0 + DAY
        }
    );
    a.handle(written());
    // B hears of it before its own timer fires, and writes only its tab.
    b.handle(OtherTabSaved(draft(4, T0 + DAY, "A's")));
    assert!(!b.wants_kept());
    assert_eq!(
        b.handle(due(T0 + DAY + 100, kept(4, T0 + DAY, "A's"))),
        vec![WriteTab {
            keep: true,
            revision: 3
        }]
    );
    // The person in B keeps B's version: it is saved over A's, as revision 5.
    assert_eq!(b.handle(KeepOurs { their_revision: 4 }), vec![TIMER]);
    assert_eq!(b.notice(), None);
    assert_eq!(
        b.handle(due(T0 + DAY + 200, kept(4, T0 + DAY, "A's"))),
        vec![
            WriteTab {
                keep: true,
                revision: 4
            },
            WriteDraft {
                revision: 5,
                saved_at_ms: T0 + DAY + 200
            }
        ]
    );
    b.handle(written());
    // Now A hears of B.
    a.handle(OtherTabSaved(draft(5, T0 + DAY + 200, "B's")));
    assert_eq!(
        a.notice(),
        Some(&Notice::Conflict {
            theirs: draft(5, T0 + DAY + 200, "B's")
        })
    );
}

#[test]
fn taking_the_other_tab_s_version_saves_on_from_its_revision() {
    let mut m = keeping();
    m.handle(OtherTabSaved(draft(6, T0 + 500, "Theirs")));
    assert_eq!(
        m.handle(UseTheirs(draft(6, T0 + 500, "Theirs"))),
        vec![TIMER]
    );
    assert_eq!(m.notice(), None);
    assert_eq!(m.revision(), 6);
    assert_eq!(m.saved_at_ms(), Some(T0 + 500));
    assert_eq!(
        m.handle(due(T0 + 900, kept(6, T0 + 500, "Theirs")))[1],
        WriteDraft {
            revision: 7,
            saved_at_ms: T0 + 900
        }
    );
}

#[test]
fn another_tab_deleting_the_draft_stops_keeping_and_says_so() {
    let mut m = keeping();
    assert_eq!(m.handle(OtherTabDeleted), vec![]);
    assert!(!m.keep());
    assert_eq!(m.saved_at_ms(), None);
    assert_eq!(m.revision(), 0);
    assert_eq!(m.notice(), Some(&Notice::DeletedElsewhere));
    // The form is still saved in this tab, and no draft is written.
    m.handle(changed());
    assert_eq!(
        m.handle(due(T0, Stored::Absent)),
        vec![WriteTab {
            keep: false,
            revision: 0
        }]
    );
}
