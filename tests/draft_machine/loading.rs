//! Loading: what the tab and the device hold, and expiry.

use crate::*;

// Loading

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

// Expiry while the page is open

fn clock(now_ms: i64) -> Event {
    Clock {
        now_ms,
        retention_days: 7,
    }
}

#[test]
fn a_tab_shown_again_after_the_deletion_time_deletes_the_kept_draft() {
    let mut m = keeping(); // saved at T0
    assert_eq!(m.handle(clock(T0 + 7 * DAY - 1)), vec![]);
    assert!(m.keep());
    assert_eq!(m.handle(clock(T0 + 7 * DAY)), vec![RemoveDraft]);
    assert!(!m.keep());
    assert_eq!((m.saved_at_ms(), m.revision()), (None, 0));
    assert_eq!(m.notice(), Some(&Notice::Expired { saved_at_ms: T0 }));
    // The form stays in the tab.
    m.handle(changed());
    assert_eq!(
        m.handle(due(T0 + 7 * DAY, Stored::Absent)),
        vec![WriteTab {
            keep: false,
            revision: 0
        }]
    );
}

#[test]
fn a_change_waiting_to_be_saved_puts_the_deletion_off() {
    let mut m = keeping();
    m.handle(changed());
    assert_eq!(m.handle(clock(T0 + 8 * DAY)), vec![]);
    assert!(m.keep());
}

#[test]
fn the_clock_means_nothing_to_a_tab_not_keeping() {
    let mut m = Machine::new(StorageState::Working);
    assert_eq!(m.handle(clock(T0 + 100 * DAY)), vec![]);
    assert_eq!(m.notice(), None);
}
