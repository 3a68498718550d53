//! The static part of each tool page: its heading, the loading state (what
//! is loading, how big it is, a progress bar), the failure state with a
//! retry, and what to read instead without JavaScript. `web/site.js` loads
//! the tool; the tool then draws its page in place of this.

use super::ToolFiles;
use crate::board::BoardProfile;
use crate::content::{site, ToolText};
use crate::referral::Section;
use crate::routes::Page;
use crate::ui::common::rule_set;
use leptos::prelude::*;

/// The heading a tool page shows before its tool has loaded.
pub fn title(page: Page) -> String {
    let site = site(rule_set());
    let referral = crate::content::referral_text(crate::ui::common::rule_set());
    match page {
        Page::Deadlines => site.deadlines.title,
        Page::TaskList => referral.title,
        Page::Section(s) => Section::title(s).to_string(),
        Page::ReferralCheck => referral.check_title,
        Page::ReferralDone => referral.done_title,
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "120 KB": what the person's connection will carry.
fn size_words(bytes: u64) -> String {
    format!("{} KB", bytes.div_ceil(1024))
}

/// The tool's placeholder in `main`, with everything the loader needs in
/// data attributes.
pub fn frame(
    page: Page,
    words: &ToolText,
    files: &ToolFiles,
    board: &BoardProfile,
) -> impl IntoView {
    let loading = site(rule_set()).loading;
    let fill = |t: &str| {
        t.replace("{what}", &words.what)
            .replace("{What}", &capitalise(&words.what))
            .replace("{size}", &size_words(files.transfer_bytes))
    };
    view! {
        <div id="tool" class="tool"
            data-tool=page.tool().name()
            data-js=files.js.clone()
            data-wasm=files.wasm.clone()
            data-wasm-bytes=files.wasm_bytes.to_string()
            data-worker=files.worker.clone()>
            <h1 class="heading-l">{title(page)}</h1>
            <div class="tool-loading" id="tool-loading" role="status">
                <p>{fill(&loading.status)}</p>
                <progress class="tool-progress" id="tool-progress" aria-label=fill("Loading {what}")></progress>
                <p class="tool-slow" id="tool-slow" hidden>{loading.slow.clone()}</p>
            </div>
            <div class="tool-failed" id="tool-failed" role="alert" hidden>
                <p class="error-message-plain">{fill(&loading.failed)}</p>
                <button type="button" class="button" id="tool-retry">{loading.retry.clone()}</button>
            </div>
            <div class="tool-no-script">
                <p>{fill(&loading.no_script)}</p>
                <p>{loading.instead.clone()}</p>
                <ul class="list">
                    {words.instead.iter().map(|l| view! { <li><a href=l.href.clone()>{l.text.clone()}</a></li> }).collect_view()}
                </ul>
            </div>
            // The Board profile, checked by the generator, for the tool to read.
            <div id="board-profile" hidden>
                {board.text_fields().into_iter().map(|(key, value)| view! { <span data-key=key>{value}</span> }).collect_view()}
            </div>
        </div>
    }
}

/// What a tool page preloads: its code and WebAssembly, fetched while the
/// page and styles arrive.
pub fn preloads(files: &ToolFiles) -> Vec<(String, &'static str)> {
    vec![
        (files.js.clone(), "modulepreload"),
        (files.wasm.clone(), "fetch"),
    ]
}
