//! Pieces drawn both by the static site generator (natively, to HTML) and
//! by the tools (in the browser): Board words, page titles, citations and
//! guidance sections. Each is written once, here.

use crate::board::BoardProfile;
use crate::content::{fill, service_name, urgent, BlockKind, Section};
use leptos::prelude::*;

/// The Board profile in use (provided as context by the generator or the tool).
pub fn board() -> BoardProfile {
    expect_context::<BoardProfile>()
}

/// Fill a content string's placeholders from the Board profile.
pub fn text(template: &str) -> String {
    fill(template, &board())
}

/// A page's document title: "<page> – <service> – <Board short name>".
pub fn page_title(page: &str) -> String {
    format!("{page} – {} – {}", service_name(), board().short_name)
}

/// "Source: …" under a fact, from static citations (the criteria, deadlines).
#[component]
pub fn Cites(citations: &'static [crate::sources::Citation]) -> impl IntoView {
    let text = crate::sources::describe_all(citations);
    view! { <p class="citation">"Source: " {text}</p> }
}

/// "Source: …" from content-file references of the form "id:locator".
#[component]
pub fn CiteRefs(refs: Vec<String>) -> impl IntoView {
    let text = refs
        .iter()
        .map(|r| {
            let (id, locator) = r.split_once(':').unwrap_or((r.as_str(), ""));
            crate::sources::describe(id, locator.trim())
        })
        .collect::<Vec<_>>()
        .join("; ");
    view! { <p class="citation">"Source: " {text}</p> }
}

/// One cited section of a guidance page. Drawn on the guidance pages and on
/// the referral's confirmation page, so each fact is written once.
pub fn section_view(section: Section) -> impl IntoView {
    view! {
        <section class="guide-section" aria-labelledby=section.id.clone()>
            <h2 class="heading-m" id=section.id.clone()>{text(&section.heading)}</h2>
            {section.blocks.into_iter().map(|block| {
                let body = match block.kind {
                    BlockKind::Para => view! { <p>{text(&block.text)}</p> }.into_any(),
                    BlockKind::Inset => view! { <div class="inset"><p>{text(&block.text)}</p></div> }.into_any(),
                    BlockKind::Quote => view! {
                        <blockquote class="quote"><p>{format!("“{}”", block.text)}</p></blockquote>
                    }.into_any(),
                    BlockKind::List => view! {
                        {(!block.text.is_empty()).then(|| view! { <p>{text(&block.text)}</p> })}
                        <ul class="list">{block.items.iter().map(|i| view! { <li>{text(i)}</li> }).collect_view()}</ul>
                    }.into_any(),
                    BlockKind::Steps => view! {
                        <ol class="steps">
                            {block.steps.into_iter().map(|step| view! {
                                <li>
                                    <h3 class="heading-s">{text(&step.title)}</h3>
                                    <p>{text(&step.text)}</p>
                                    <CiteRefs refs=step.sources/>
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any(),
                };
                let sources = block.sources;
                view! { {body} {(!sources.is_empty()).then(|| view! { <CiteRefs refs=sources/> })} }
            }).collect_view()}
        </section>
    }
}

/// "If a child is at risk now": this site is not the way to report it.
/// Shown on the questionnaire's start page and with every outcome.
pub fn urgent_notice() -> impl IntoView {
    let urgent = urgent();
    view! {
        <div class="inset inset-urgent" id="urgent">
            <h2 class="heading-s">{urgent.heading}</h2>
            <p>{text(&urgent.text)}</p>
            <CiteRefs refs=urgent.sources/>
        </div>
    }
}
