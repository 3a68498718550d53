//! The pages whose job is to be read, as plain HTML: home, the guidance
//! pages (from `content/<slug>.toml`), "Delete everything on this device"
//! and the not-found page. No WebAssembly; the only script is the small
//! `web/site.js`, and every page reads, navigates and prints without it.

use crate::content::{guide_page, guide_words, referral_text, site, GuidePage, Section};
use crate::stored::{Area, STORED_ITEMS};
use crate::ui::common::{guide_section, rule_set, text};
use leptos::prelude::*;

/// The print button: shown by `web/site.js` (it needs JavaScript), so a
/// page without it never shows a button that does nothing.
fn print_button(label: String) -> impl IntoView {
    view! {
        <p class="no-print">
            <button type="button" class="button button-secondary" data-action="print" hidden>{label}</button>
        </p>
    }
}

/// The home page.
pub fn home() -> impl IntoView {
    let home = site(rule_set()).home;
    view! {
        <h1 class="heading-xl">{home.title.clone()}</h1>
        <p class="lead">{text(&home.lead)}</p>
        {home.rules.map(|rules| view! {
            <div class="inset home-rules">
                <p>{text(&rules.text)}</p>
                <crate::ui::common::CiteRefs refs=rules.sources/>
            </div>
        })}
        <ul class="entry-list">
            {home.entry.into_iter().map(|entry| view! {
                <li class="entry">
                    <p class="entry-audience">{entry.audience}</p>
                    <h2 class="heading-m"><a href=entry.href>{entry.heading}</a></h2>
                    <p>{text(&entry.text)}</p>
                </li>
            }).collect_view()}
        </ul>
        <h2 class="heading-m">{home.more_heading}</h2>
        <ul class="list">
            {home.more.into_iter().map(|link| view! {
                <li><a href=link.href>{link.text}</a></li>
            }).collect_view()}
        </ul>
    }
}

/// "Back to contents" after a section: an ordinary link to the contents
/// list, with the GOV.UK "back to top" arrow, not printed.
fn back_to_contents(label: &str) -> AnyView {
    view! {
        <p class="back-to-contents no-print">
            <a href="#contents">
                <svg xmlns="http://www.w3.org/2000/svg" width="13" height="17" viewBox="0 0 13 17" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d="M6.5 0L0 6.5 1.4 8l4-4v13h2V4l4 4L13 6.5z"></path>
                </svg>
                {label.to_string()}
            </a>
        </p>
    }
    .into_any()
}

/// A guidance page: title, lead, a print button, contents (plain in-page
/// links, with a link back to them after each section), its sections and
/// those of any page it includes, and related guidance.
pub fn guide(page: GuidePage) -> impl IntoView {
    let words = guide_words();
    let GuidePage {
        slug,
        title,
        lead,
        sections,
        include,
        related,
        ..
    } = page;
    let diagram = (slug == "process").then(|| {
        let stages = super::diagram::stages(&crate::ui::common::board());
        let caption = "The process at a glance: who does what, and by when";
        view! {
            <figure class="process-figure">
                <figcaption class="heading-s">{caption}</figcaption>
                <div class="process-svg" inner_html=super::diagram::svg(&stages, caption, "process-diagram")></div>
            </figure>
        }
    });
    let mut all: Vec<Section> = sections;
    for other in include.iter().filter_map(|s| guide_page(rule_set(), s)) {
        all.extend(other.sections);
    }
    let contents: Vec<(String, String)> = all
        .iter()
        .map(|s| (s.id.clone(), text(&s.heading)))
        .collect();
    let has_contents = contents.len() > 2;
    view! {
        <div class="two-thirds guide">
            <h1 class="heading-l">{title}</h1>
            <p class="lead">{text(&lead)}</p>
            {print_button(words.print.clone())}
            {diagram}
            {has_contents.then(|| view! {
                <nav class="contents-list no-print" id="contents" aria-labelledby="contents-title">
                    <h2 class="heading-s" id="contents-title">{words.contents.clone()}</h2>
                    <ol>
                        {contents.into_iter().map(|(id, heading)| view! {
                            <li><a href=format!("#{id}")>{heading}</a></li>
                        }).collect_view()}
                    </ol>
                </nav>
            })}
            <div class="guide-body">
                {all.into_iter().map(|section| {
                    let after = has_contents.then(|| back_to_contents(&words.back_to_contents));
                    guide_section(section, after)
                }).collect_view()}
            </div>
            {(!related.is_empty()).then(|| view! {
                <aside class="related no-print" aria-labelledby="related-title">
                    <h2 class="heading-m" id="related-title">{words.related.clone()}</h2>
                    <ul class="list">
                        {related.into_iter().map(|l| view! { <li><a href=l.href>{l.text}</a></li> }).collect_view()}
                    </ul>
                </aside>
            })}
        </div>
    }
}

/// The not-found page (served with status 404).
pub fn not_found() -> impl IntoView {
    let page = site(rule_set()).not_found;
    let home = site(rule_set()).home;
    view! {
        <h1 class="heading-l">{page.title}</h1>
        {page.text.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        <p>"You can go to one of these pages:"</p>
        <ul class="list">
            <li><a href="/">"Home"</a></li>
            {home.entry.into_iter().map(|e| view! { <li><a href=e.href>{e.heading}</a></li> }).collect_view()}
            {home.more.into_iter().map(|l| view! { <li><a href=l.href>{l.text}</a></li> }).collect_view()}
        </ul>
    }
}

/// "Delete everything on this device". `web/site.js` shows which of the
/// listed things are stored now and deletes them; without JavaScript the
/// site stores nothing, and the page says so.
pub fn delete() -> impl IntoView {
    let words = referral_text(crate::ui::common::rule_set()).delete;
    view! {
        <div class="two-thirds" id="delete-page">
            <div id="delete-form">
                <h1 class="heading-l">{words.title.clone()}</h1>
                <p class="lead">{words.lead.clone()}</p>
                <p id="stored-heading" hidden>"Stored in this browser now:"</p>
                <ul class="list list-bullet" id="stored-now" hidden>
                    {STORED_ITEMS.iter().map(|item| view! {
                        <li hidden
                            data-area=match item.area { Area::Session => "session", Area::Local => "local" }
                            data-key=item.key>{item.description}</li>
                    }).collect_view()}
                </ul>
                <p id="nothing-stored">{words.nothing_stored.clone()}</p>
                <div class="warning-text">{words.warning.clone()}</div>
                <button type="button" class="button button-warning" id="delete-everything" hidden>
                    {words.button.clone()}
                </button>
            </div>
            <div id="delete-done" hidden>
                <div class="panel panel-confirmation">
                    <h1 class="panel-title" id="deleted-heading" tabindex="-1">{words.done_heading.clone()}</h1>
                </div>
                <p>{words.done_text.clone()}</p>
                <p><a href="/">"Go to the start"</a></p>
            </div>
        </div>
    }
}
