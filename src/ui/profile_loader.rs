//! Fetches `board.json` from the site's own origin. 404 (or the 204 that the
//! shipped nginx config answers for a missing profile) means "absent": the
//! compiled-in example is used. Anything else that is not a good profile is an
//! error, shown on the error page, never a silent fallback.

use crate::board::{BoardProfile, ProfileError, PROFILE_FILE};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

fn fetch_error(message: String) -> ProfileError {
    ProfileError {
        field: None,
        message,
    }
}

pub async fn load() -> Result<BoardProfile, ProfileError> {
    let window = web_sys::window().expect("a browser window");
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    let url = format!("/{PROFILE_FILE}");
    let response = JsFuture::from(window.fetch_with_str_and_init(&url, &init))
        .await
        .map_err(|_| {
            fetch_error("the file could not be fetched from this site. Check the web server is running and serves it.".into())
        })?;
    let response: Response = response.unchecked_into();
    match response.status() {
        404 | 204 => Ok(BoardProfile::example()),
        200 => {
            let text = JsFuture::from(response.text().map_err(|_| fetch_error("the file could not be read.".into()))?)
                .await
                .map_err(|_| fetch_error("the file could not be read.".into()))?
                .as_string()
                .unwrap_or_default();
            BoardProfile::parse(&text)
        }
        status => Err(fetch_error(format!(
            "the web server answered {status} when the site asked for it. It should serve the file, or answer 404 if there is none."
        ))),
    }
}
