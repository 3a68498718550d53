//! Shown instead of the site when `board.json` is present but wrong: the site
//! must never quietly use the example Board's mailbox for a real Board.

use crate::board::{ProfileError, PROFILE_FILE};
use leptos::prelude::*;

#[component]
pub fn ProfileErrorPage(error: ProfileError) -> impl IntoView {
    document().set_title("Error in the Board profile – SCR referral guide");
    view! {
        <main class="width-container main" id="main-content">
            <div class="error-summary" role="alert" tabindex="-1">
                <h1 class="heading-l">"This site cannot start: its Board profile has a mistake"</h1>
                <p>"The file " <code>{PROFILE_FILE}</code> " could not be used."</p>
                <dl class="summary-list">
                    <div class="summary-row">
                        <dt>"File"</dt>
                        <dd><code>{PROFILE_FILE}</code></dd>
                    </div>
                    <div class="summary-row">
                        <dt>"Field"</dt>
                        <dd>{error.field.clone().map(|f| view! { <code>{f}</code> }.into_any()).unwrap_or_else(|| "the whole file".into_any())}</dd>
                    </div>
                    <div class="summary-row">
                        <dt>"What is wrong"</dt>
                        <dd class="profile-error-message">{error.message.clone()}</dd>
                    </div>
                </dl>
            </div>
            <p>"If you run this site: correct " <code>{PROFILE_FILE}</code> " (every field is described in the README) and reload the page."</p>
            <p>"If you were trying to make a referral: contact your Local Safeguarding Children Board by your usual route, and tell them this page is showing an error."</p>
        </main>
    }
}
