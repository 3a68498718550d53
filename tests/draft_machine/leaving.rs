//! Leaving the page, and the first save's choice.

use crate::*;

// Leaving the page

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

// The first save's choice

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
