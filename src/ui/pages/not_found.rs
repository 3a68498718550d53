use crate::content::site;
use crate::ui::components::{focus_heading_after_navigation, set_title};
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let page = site().not_found;
    set_title(&page.title);
    focus_heading_after_navigation();
    let home = site().home;
    view! {
        <h1 class="heading-l" tabindex="-1">{page.title}</h1>
        {page.text.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        <p>"You can go to one of these pages:"</p>
        <ul class="list">
            <li><a href="/">"Home"</a></li>
            {home.entry.into_iter().map(|e| view! { <li><a href=e.href>{e.heading}</a></li> }).collect_view()}
            {home.more.into_iter().map(|l| view! { <li><a href=l.href>{l.text}</a></li> }).collect_view()}
        </ul>
    }
}
