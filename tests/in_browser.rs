//! In-browser Rust tests (wasm-bindgen-test, headless Chromium): the parts of
//! the app that only exist in a browser.
#![cfg(all(target_arch = "wasm32", feature = "csr"))]

use scr_referral_guide::board::BoardProfile;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_profile_a_page_carries_reads_back_in_wasm() {
    // The generator writes each profile field into a tool page as text
    // (`text_fields`, hidden spans); the tool reads them back
    // (`from_text_fields`), every field and whether it is the example,
    // under both rule sets, with a practice of the partnership's own.
    use scr_referral_guide::criteria::RuleSetId;
    for rule_set in RuleSetId::ALL {
        let mut profile = BoardProfile::example_for(rule_set);
        profile.practice.supporter = Some("You may bring a colleague.".into());
        let fields = profile.text_fields();
        let read = BoardProfile::from_text_fields(|key| {
            fields
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone())
        })
        .expect("reads back");
        assert_eq!(read, profile, "{rule_set:?}");
        assert!(read.is_example);
    }
}

#[wasm_bindgen_test]
fn the_profile_sent_to_the_pdf_worker_reads_back_in_wasm() {
    // The referral form sends the PDF worker the same text fields, as a JS
    // array of [name, value] pairs (`ui::browser::profile`); the worker
    // reads them back, every field and whether it is the example.
    use scr_referral_guide::criteria::RuleSetId;
    use scr_referral_guide::ui::browser::profile;
    for rule_set in RuleSetId::ALL {
        let mut board = BoardProfile::example_for(rule_set);
        board.practice.drafts = Some("You see the draft.".into());
        board.extra_bank_holidays = vec![chrono::NaiveDate::from_ymd_opt(2027, 12, 29).unwrap()];
        let read = profile::from_js(&profile::to_js(&board).into()).expect("reads back");
        assert_eq!(read, board, "{rule_set:?}");
        assert!(read.is_example);
    }
    // Anything else is refused, not misread.
    assert_eq!(profile::from_js(&"{}".into()), None);
    assert_eq!(profile::from_js(&js_sys::Array::new().into()), None);
}

#[wasm_bindgen_test]
fn example_profile_parses_in_wasm() {
    let profile = BoardProfile::example();
    assert_eq!(profile.secure_mailbox, "scr-referrals@example.org");
}

#[wasm_bindgen_test]
fn criteria_answers_have_one_home_in_session_storage() {
    use scr_referral_guide::criteria::{Answer, Answers, QuestionId, RuleSetId};
    use scr_referral_guide::stored::{decode_answers, CRITERIA_KEY};
    use scr_referral_guide::ui::browser::{answers, storage};
    let mut given = Answers::default();
    given.set(QuestionId::Under18, Answer::NotSure);
    assert!(answers::save(&given));
    let raw = storage::get(storage::Area::Session, CRITERIA_KEY).expect("stored under the one key");
    assert_eq!(
        decode_answers(&raw),
        Ok(given.clone()),
        "in the documented format"
    );
    assert_eq!(answers::load(RuleSetId::Scr2006), given);
    // Answers given under the other rule set are not this site's answers.
    let mut cspr = Answers::new(RuleSetId::Cspr);
    cspr.set(QuestionId::CsprUnder18, Answer::Yes);
    assert!(answers::save(&cspr));
    assert_eq!(answers::load(RuleSetId::Cspr), cspr);
    assert_eq!(answers::load(RuleSetId::Scr2006), Answers::default());
    // Something else under the key is not mistaken for answers.
    assert!(storage::set(
        storage::Area::Session,
        CRITERIA_KEY,
        "{\"answers\":{}}"
    ));
    assert_eq!(answers::load(RuleSetId::Scr2006), Answers::default());
    // No answers: nothing is kept.
    assert!(answers::save(&Answers::default()));
    assert_eq!(storage::get(storage::Area::Session, CRITERIA_KEY), None);
}

#[wasm_bindgen_test]
fn blocked_storage_fails_soft_instead_of_throwing() {
    use scr_referral_guide::ui::browser::storage::{self, Area};
    // Make every access to sessionStorage throw, as a browser does when
    // storage is blocked by policy or a privacy mode.
    struct Restore;
    impl Drop for Restore {
        fn drop(&mut self) {
            // Put the real property back.
            let _ = js_sys::eval(
                "Object.defineProperty(window, 'sessionStorage', window.__realSessionStorage)",
            );
        }
    }
    js_sys::eval(
        "window.__realSessionStorage = Object.getOwnPropertyDescriptor(window, 'sessionStorage') \
            || Object.getOwnPropertyDescriptor(Window.prototype, 'sessionStorage'); \
         Object.defineProperty(window, 'sessionStorage', { configurable: true, \
            get() { throw new DOMException('blocked', 'SecurityError'); } })",
    )
    .expect("can redefine sessionStorage");
    let _restore = Restore;
    assert!(
        !storage::set(Area::Session, "test.blocked", "1"),
        "save reports failure"
    );
    assert_eq!(
        storage::get(Area::Session, "test.blocked"),
        None,
        "load finds nothing"
    );
    assert!(
        !storage::writable(Area::Session),
        "the blocked area is not writable"
    );
    assert!(storage::writable(Area::Local), "the other area still is");
    storage::remove(Area::Session, "test.blocked"); // and does not throw
    drop(_restore);
    assert!(
        storage::set(Area::Session, "test.restored", "1"),
        "storage works again for the other tests"
    );
    storage::remove(Area::Session, "test.restored");
}

#[wasm_bindgen_test]
fn clear_all_empties_both_storage_areas() {
    use scr_referral_guide::ui::browser::storage::{self, Area};
    assert!(storage::writable(Area::Local) && storage::writable(Area::Session));
    assert!(storage::set(Area::Local, "test.local", "1"));
    assert!(storage::set(Area::Session, "test.session", "1"));
    storage::clear_all();
    let window = web_sys::window().unwrap();
    assert_eq!(
        window.local_storage().unwrap().unwrap().length().unwrap(),
        0
    );
    assert_eq!(
        window.session_storage().unwrap().unwrap().length().unwrap(),
        0
    );
}
