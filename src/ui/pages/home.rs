use crate::content::site;
use crate::ui::components::{focus_heading_after_navigation, set_title, text};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let home = site().home;
    set_title(&home.title);
    focus_heading_after_navigation();
    view! {
        <h1 class="heading-xl" tabindex="-1">{home.title.clone()}</h1>
        <p class="lead">{text(&home.lead)}</p>
        <ul class="entry-list">
            {home.entry.into_iter().map(|entry| view! {
                <li class="entry">
                    <p class="entry-audience">{entry.audience}</p>
                    <h2 class="heading-m"><a href=entry.href>{entry.heading}</a></h2>
                    <p>{text(&entry.text)}</p>
                </li>
            }).collect_view()}
        </ul>
        <h2 class="heading-m">"More about Serious Case Reviews"</h2>
        <ul class="list">
            {home.more.into_iter().map(|link| view! {
                <li><a href=link.href>{link.text}</a></li>
            }).collect_view()}
        </ul>
    }
}
