//! In-browser Rust tests (wasm-bindgen-test, headless Chromium): the parts of
//! the app that only exist in a browser.
#![cfg(all(target_arch = "wasm32", feature = "csr"))]

use scr_referral_guide::board::BoardProfile;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn missing_profile_file_means_the_example_profile() {
    // The test runner's server has no board.json: the loader must fall back to
    // the compiled-in example (and mark it as the example).
    let profile = scr_referral_guide::ui::load_profile()
        .await
        .expect("no error for a missing file");
    assert!(profile.is_example);
    assert_eq!(profile, BoardProfile::example());
}

#[wasm_bindgen_test]
fn example_profile_parses_in_wasm() {
    let profile = BoardProfile::example();
    assert_eq!(profile.secure_mailbox, "scr-referrals@example.org");
}

#[wasm_bindgen_test]
fn session_storage_round_trips_and_clears() {
    use scr_referral_guide::criteria::{Answer, Answers, QuestionId};
    use scr_referral_guide::ui::storage;
    let mut answers = Answers::default();
    answers.set(QuestionId::Under18, Answer::NotSure);
    assert!(storage::save_session("test.answers", &answers));
    assert_eq!(
        storage::load_session::<Answers>("test.answers"),
        Some(answers)
    );
    storage::remove_session("test.answers");
    assert_eq!(storage::load_session::<Answers>("test.answers"), None);
}

#[wasm_bindgen_test]
fn blocked_storage_fails_soft_instead_of_throwing() {
    use scr_referral_guide::ui::storage;
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
        !storage::save_session("test.blocked", &1u8),
        "save reports failure"
    );
    assert_eq!(
        storage::load_session::<u8>("test.blocked"),
        None,
        "load finds nothing"
    );
    storage::remove_session("test.blocked"); // and does not throw
    drop(_restore);
    assert!(
        storage::save_session("test.restored", &1u8),
        "storage works again for the other tests"
    );
    storage::remove_session("test.restored");
}

#[wasm_bindgen_test]
fn clear_all_empties_both_storage_areas() {
    use scr_referral_guide::ui::storage::{self, Area};
    assert!(storage::available());
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
