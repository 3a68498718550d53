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
