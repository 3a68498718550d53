//! The browser app: thin Leptos components that display the domain core and
//! collect answers. Routes and the page shell are in [`app`].

pub mod app;
pub mod components;
pub mod form_state;
pub mod pages;
mod profile_loader;
pub mod state;
pub mod storage;
pub use profile_loader::load as load_profile;

use leptos::prelude::*;

/// Read the Board profile, then mount the app.
pub fn start() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        let profile = profile_loader::load().await;
        if let Some(loading) = document().get_element_by_id("loading") {
            loading.remove();
        }
        leptos::mount::mount_to_body(move || view! { <app::App profile/> });
    });
}
