//! Guidance pages, rendered from content/<slug>.toml: a contents list,
//! sections of cited blocks, and a print button where the page is printable.

use crate::content::{guide_page, BlockKind, GuidePage, Section};
use crate::ui::components::{
    focus_by_id, focus_heading_after_navigation, set_title, text, CiteRefs,
};
use crate::ui::pages::not_found::NotFoundPage;
use leptos::prelude::*;

/// One cited section of a guidance page (also shown on the referral's
/// confirmation page, so each fact is written once).
pub fn section_view(section: Section) -> impl IntoView {
    view! {
        <section class="guide-section" aria-labelledby=section.id.clone()>
            <h2 class="heading-m" id=section.id.clone() tabindex="-1">{text(&section.heading)}</h2>
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

#[component]
pub fn GuidePageView(slug: &'static str) -> impl IntoView {
    let Some(page) = guide_page(slug) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    set_title(&page.title);
    focus_heading_after_navigation();
    let GuidePage {
        title,
        lead,
        sections,
        include,
        printable,
        related,
        ..
    } = page;
    let mut all: Vec<Section> = sections;
    for other in include.iter().filter_map(|s| guide_page(s)) {
        all.extend(other.sections);
    }
    let contents: Vec<(String, String)> = all
        .iter()
        .map(|s| (s.id.clone(), text(&s.heading)))
        .collect();
    // Open at a section when the URL names one (/interview#rights).
    request_animation_frame(|| {
        let hash = window().location().hash().unwrap_or_default();
        if let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) {
            focus_by_id(id);
        }
    });
    view! {
        <div class="two-thirds guide">
            <h1 class="heading-l" tabindex="-1">{title}</h1>
            <p class="lead">{text(&lead)}</p>
            {printable.then(|| view! {
                <p class="no-print">
                    <button type="button" class="button button-secondary" on:click=|_| { let _ = window().print(); }>
                        "Print this page"
                    </button>
                </p>
            })}
            {(contents.len() > 2).then(|| view! {
                <nav class="contents-list no-print" aria-labelledby="contents-title">
                    <h2 class="heading-s" id="contents-title">"Contents"</h2>
                    <ol>
                        {contents.into_iter().map(|(id, heading)| {
                            let target = id.clone();
                            view! {
                                <li><a href=format!("#{id}") on:click=move |ev: web_sys::MouseEvent| {
                                    ev.prevent_default();
                                    let _ = window().history().map(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("#{target}"))));
                                    focus_by_id(&target);
                                }>{heading}</a></li>
                            }
                        }).collect_view()}
                    </ol>
                </nav>
            })}
            <div class="guide-body">
                {all.into_iter().map(section_view).collect_view()}
            </div>
            {(!related.is_empty()).then(|| view! {
                <aside class="related no-print" aria-labelledby="related-title">
                    <h2 class="heading-m" id="related-title">"Related guidance"</h2>
                    <ul class="list">
                        {related.into_iter().map(|l| view! { <li><a href=l.href>{l.text}</a></li> }).collect_view()}
                    </ul>
                </aside>
            })}
        </div>
    }
    .into_any()
}
