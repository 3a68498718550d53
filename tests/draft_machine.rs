//! Keeping the referral form (src/draft_machine.rs): every transition of
//! the state machine, with the clock as a value. Expected values are
//! written out by hand, never computed by the code under test.

mod common;
use common::filled;
use scr_referral_guide::draft::Draft;
use scr_referral_guide::draft_machine::{
    Decision::{self, *},
    Event::{self, *},
    Loaded, Machine, Notice, StorageState, Stored, TabForm,
};
use scr_referral_guide::referral::Referral;
use scr_referral_guide::stored::Area;

/// 1 November 2026, 00:53:20 UTC.
const T0: i64 = 1_793_494_400_000;
const DAY: i64 = 86_400_000;
const TIMER: Decision = StartSaveTimer { after_ms: 300 };

fn named(name: &str) -> Referral {
    let mut r = filled();
    r.about_you.name = name.to_string();
    r
}

fn draft(revision: u64, saved_at_ms: i64, name: &str) -> Box<Draft> {
    Box::new(Draft::new(named(name), saved_at_ms, revision, "other-tab"))
}

fn kept(revision: u64, saved_at_ms: i64, name: &str) -> Stored {
    Stored::Draft(draft(revision, saved_at_ms, name))
}

fn load(
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

fn tab(name: &str, keep: bool, revision: Option<u64>) -> Option<Result<TabForm, (String, String)>> {
    Some(Ok(TabForm {
        referral: named(name),
        keep,
        revision,
    }))
}

/// A tab that opened the kept draft (revision 3, saved at T0).
fn keeping() -> Machine {
    load(None, kept(3, T0, "Ann"), T0 + DAY).0
}

fn changed() -> Event {
    Changed { by_person: true }
}

fn due(now_ms: i64, kept: Stored) -> Event {
    SaveDue {
        now_ms,
        blank: false,
        kept,
    }
}

fn written() -> Event {
    Written {
        tab_ok: true,
        draft_ok: true,
    }
}

fn leaving(within_site: bool) -> Event {
    Leaving {
        within_site,
        blank: false,
    }
}

// ---- Loading ----

#[test]
fn load_with_nothing_stored_starts_a_new_form() {
    let (m, referral, decisions) = load(None, Stored::Absent, T0);
    assert_eq!(referral, None);
    assert_eq!(decisions, vec![]);
    assert!(!m.keep());
    assert_eq!(m.notice(), None);
    assert_eq!(m.saved_at_ms(), None);
    assert_eq!(m.revision(), 0);
    assert!(!m.pending());
}

#[test]
fn load_in_a_new_tab_opens_the_kept_draft_and_says_so() {
    let (m, referral, decisions) = load(None, kept(3, T0, "Ann"), T0 + DAY);
    assert_eq!(referral, Some(named("Ann")));
    assert_eq!(decisions, vec![]);
    assert!(m.keep());
    assert_eq!(m.revision(), 3);
    assert_eq!(m.saved_at_ms(), Some(T0));
    assert_eq!(m.notice(), Some(&Notice::Resumed { saved_at_ms: T0 }));
}

#[test]
fn load_at_the_deletion_time_deletes_the_kept_draft_and_says_so() {
    // 7 days after the save, to the millisecond.
    let (m, referral, decisions) = load(None, kept(3, T0, "Ann"), T0 + 7 * DAY);
    assert_eq!(referral, None);
    assert_eq!(decisions, vec![RemoveDraft]);
    assert!(!m.keep());
    assert_eq!(m.saved_at_ms(), None);
    assert_eq!(m.notice(), Some(&Notice::Expired { saved_at_ms: T0 }));
}

#[test]
fn load_a_millisecond_before_the_deletion_time_opens_the_draft() {
    let (m, referral, decisions) = load(None, kept(3, T0, "Ann"), T0 + 7 * DAY - 1);
    assert_eq!(referral, Some(named("Ann")));
    assert_eq!(decisions, vec![]);
    assert_eq!(m.notice(), Some(&Notice::Resumed { saved_at_ms: T0 }));
}

#[test]
fn reload_of_a_keeping_tab_at_the_draft_s_revision_takes_the_draft_without_a_notice() {
    let (m, referral, _) = load(tab("Ann", true, Some(3)), kept(3, T0, "Ann"), T0 + DAY);
    assert_eq!(referral, Some(named("Ann")));
    assert!(m.keep());
    assert_eq!(m.revision(), 3);
    assert_eq!(m.notice(), None);
}

#[test]
fn reload_of_a_keeping_tab_after_another_tab_changed_the_draft_keeps_both() {
    let (m, referral, _) = load(tab("Ours", true, Some(2)), kept(5, T0, "Theirs"), T0 + DAY);
    assert_eq!(referral, Some(named("Ours")), "this tab's version is kept");
    assert!(m.keep());
    assert_eq!(m.revision(), 2, "still the revision this tab last saw");
    assert_eq!(m.saved_at_ms(), Some(T0));
    assert_eq!(
        m.notice(),
        Some(&Notice::Conflict {
            theirs: draft(5, T0, "Theirs")
        })
    );
}

#[test]
fn reload_of_a_keeping_tab_whose_form_is_the_draft_s_is_no_conflict() {
    // The tab records the revision before its own save: one behind, same form.
    let (m, referral, _) = load(tab("Ann", true, Some(2)), kept(3, T0, "Ann"), T0 + DAY);
    assert_eq!(referral, Some(named("Ann")));
    assert_eq!(m.revision(), 3);
    assert_eq!(m.notice(), None);
}

#[test]
fn reload_of_a_tab_not_keeping_ignores_the_kept_draft() {
    let (m, referral, _) = load(tab("Ours", false, None), Stored::Absent, T0);
    assert_eq!(referral, Some(named("Ours")));
    assert!(!m.keep());
    assert_eq!(m.notice(), None);
    assert!(!Loaded::wants_kept(&tab("Ours", false, None)));
    assert!(Loaded::wants_kept(&tab("Ours", true, None)));
    assert!(Loaded::wants_kept(&None));
    assert!(!Loaded::wants_kept(&Some(Err(("x".into(), "y".into())))));
}

#[test]
fn reload_of_a_keeping_tab_whose_draft_was_deleted_stops_keeping() {
    let (m, referral, _) = load(tab("Ours", true, Some(4)), Stored::Absent, T0);
    assert_eq!(referral, Some(named("Ours")));
    assert!(!m.keep());
    assert_eq!(m.notice(), None);
}

#[test]
fn an_unreadable_tab_form_is_kept_and_the_person_told() {
    let (m, referral, decisions) = load(
        Some(Err(("{bad".into(), "damaged".into()))),
        kept(3, T0, "Ann"),
        T0,
    );
    assert_eq!(referral, None);
    assert_eq!(decisions, vec![]);
    assert!(!m.keep());
    assert_eq!(
        m.notice(),
        Some(&Notice::Unreadable {
            area: Area::Session,
            raw: "{bad".into(),
            reason: "damaged".into()
        })
    );
}

#[test]
fn an_unreadable_kept_draft_is_kept_and_the_person_told() {
    let unreadable = Stored::Unreadable {
        raw: "{v99".into(),
        reason: "newer".into(),
    };
    let (m, referral, decisions) = load(None, unreadable, T0);
    assert_eq!(referral, None);
    assert_eq!(decisions, vec![]);
    assert!(!m.keep());
    assert_eq!(
        m.notice(),
        Some(&Notice::Unreadable {
            area: Area::Local,
            raw: "{v99".into(),
            reason: "newer".into()
        })
    );
}

// ---- Typing and saving ----

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

// ---- Two tabs ----

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

// ---- Keep on this device, on and off ----

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

// ---- Notices and deleting everything ----

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

// ---- Leaving the page ----

#[test]
fn a_blank_form_never_warns() {
    let mut m = Machine::new(StorageState::Unavailable);
    assert_eq!(
        m.handle(Leaving {
            within_site: false,
            blank: true
        }),
        vec![]
    );
}

#[test]
fn a_form_kept_only_in_this_tab_warns_when_the_tab_goes_not_within_the_site() {
    let mut m = Machine::new(StorageState::Working);
    m.handle(changed());
    m.handle(due(T0, Stored::Absent));
    assert_eq!(m.handle(leaving(false)), vec![WarnBeforeLeaving]);
    assert_eq!(
        m.handle(leaving(true)),
        vec![],
        "the tab keeps it on the site's other pages"
    );
}

#[test]
fn a_saved_kept_draft_never_warns_but_an_unsaved_change_does() {
    let mut m = keeping();
    assert!(m.kept_beyond_tab());
    assert_eq!(m.handle(leaving(false)), vec![]);
    m.handle(changed());
    assert_eq!(m.handle(leaving(false)), vec![WarnBeforeLeaving]);
    m.handle(due(T0 + DAY, kept(3, T0, "Ann")));
    m.handle(written());
    assert_eq!(m.handle(leaving(false)), vec![]);
}

#[test]
fn a_download_since_the_last_change_never_warns() {
    let mut m = Machine::new(StorageState::Working);
    m.handle(changed());
    assert_eq!(m.handle(Downloaded), vec![]);
    assert_eq!(m.handle(leaving(false)), vec![]);
    m.handle(Changed { by_person: false });
    assert_eq!(
        m.handle(leaving(false)),
        vec![],
        "the page's own change is not the person's"
    );
    m.handle(changed());
    assert_eq!(m.handle(leaving(false)), vec![WarnBeforeLeaving]);
}

#[test]
fn storage_not_keeping_typing_warns_even_within_the_site_until_downloaded() {
    for state in [StorageState::Unavailable, StorageState::Full] {
        let mut m = Machine::new(state);
        m.handle(changed());
        assert_eq!(
            m.handle(leaving(true)),
            vec![WarnBeforeLeaving],
            "{state:?}"
        );
        m.handle(Downloaded);
        assert_eq!(m.handle(leaving(true)), vec![], "{state:?}");
    }
}

#[test]
fn a_conflict_warns_when_the_tab_goes_this_tab_s_version_is_not_kept() {
    let mut m = keeping();
    m.handle(OtherTabSaved(draft(4, T0, "Theirs")));
    assert!(!m.kept_beyond_tab());
    assert_eq!(m.handle(leaving(false)), vec![WarnBeforeLeaving]);
    assert_eq!(m.handle(leaving(true)), vec![]);
}

#[test]
fn an_unreadable_tab_form_warns_even_within_the_site() {
    let (mut m, _, _) = load(
        Some(Err(("{bad".into(), "damaged".into()))),
        Stored::Absent,
        T0,
    );
    m.handle(changed());
    assert_eq!(m.handle(leaving(true)), vec![WarnBeforeLeaving]);
}

// ---- The first save's choice ----

#[test]
fn the_first_section_saved_offers_the_choice_until_one_is_made() {
    let mut m = Machine::new(StorageState::Working);
    assert!(!m.offers_choice());
    assert_eq!(m.handle(SectionSaved), vec![]);
    assert!(m.offers_choice());
    m.handle(KeepOn {
        kept: Stored::Absent,
        same_as_ours: false,
    });
    assert!(!m.offers_choice());
    m.handle(KeepOff);
    m.handle(SectionSaved);
    assert!(!m.offers_choice(), "offered once");
}

#[test]
fn a_hand_over_file_or_hiding_it_is_a_choice_made() {
    let mut m = Machine::new(StorageState::Working);
    m.handle(SectionSaved);
    m.handle(Downloaded);
    assert!(!m.offers_choice());
    let mut m = Machine::new(StorageState::Working);
    m.handle(SectionSaved);
    m.handle(HideChoice);
    assert!(!m.offers_choice());
    m.handle(SectionSaved);
    assert!(!m.offers_choice());
}

#[test]
fn the_choice_is_not_offered_to_a_tab_already_keeping_or_when_storage_cannot_keep_a_draft() {
    let mut m = keeping();
    m.handle(SectionSaved);
    assert!(!m.offers_choice());
    for state in [
        StorageState::DraftsOff,
        StorageState::Unavailable,
        StorageState::Full,
    ] {
        let mut m = Machine::new(state);
        m.handle(SectionSaved);
        assert!(!m.offers_choice(), "{state:?}");
    }
}
