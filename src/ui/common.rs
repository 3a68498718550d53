//! Pieces drawn both by the static site generator (natively, to HTML) and
//! by the tools (in the browser): Board words, page titles, citations and
//! guidance sections. Each is written once, here.

use crate::board::fill;
use crate::board::BoardProfile;
use crate::content::{service_name, urgent, BlockKind, Section};
use leptos::prelude::*;

std::thread_local! {
    /// The profile a tool's page carries, for code that runs outside its
    /// components (event handlers, file readers, storage events), where
    /// there is no context to ask.
    static PAGE_BOARD: std::cell::RefCell<Option<BoardProfile>> = const { std::cell::RefCell::new(None) };
}

/// Keep the profile the page carries (a tool does this once, at start).
pub fn set_page_board(board: &BoardProfile) {
    PAGE_BOARD.with(|b| *b.borrow_mut() = Some(board.clone()));
}

/// The Board profile in use: provided as context by the generator or the
/// tool, or, outside the components, the one the page carries.
pub fn board() -> BoardProfile {
    use_context::<BoardProfile>()
        .or_else(|| PAGE_BOARD.with(|b| b.borrow().clone()))
        .expect("a Board profile is provided")
}

/// The rule set the site follows (from the profile).
pub fn rule_set() -> crate::criteria::RuleSetId {
    board().rule_set
}

/// Fill a content string's placeholders from the Board profile.
pub fn text(template: &str) -> String {
    fill(template, &board())
}

/// A page's document title: "<page> – <service> – <Board short name>".
pub fn page_title(page: &str) -> String {
    format!(
        "{page} – {} – {}",
        service_name(board().rule_set),
        board().short_name
    )
}

/// Citations as the reader sees them: each source's short name, linked to
/// its entry on the sources page (address, publisher, date checked), then
/// the locator; several joined with semicolons.
pub fn source_links(refs: Vec<crate::sources::Ref>) -> AnyView {
    let last = refs.len().saturating_sub(1);
    refs.into_iter()
        .enumerate()
        .map(|(i, r)| {
            let name = crate::sources::short_name(&r.id).unwrap_or("").to_string();
            let locator = (!r.locator.is_empty()).then(|| format!(", {}", r.locator));
            let sep = (i < last).then_some("; ");
            view! { <a href=crate::sources::entry_href(&r.id)>{name}</a>{locator}{sep} }
        })
        .collect_view()
        .into_any()
}

/// "Source: …" under a single fact, from static citations (a question, an
/// outcome's headline, a date).
#[component]
pub fn Cites(
    /// The fact's citations, from the rules.
    citations: &'static [crate::sources::Citation],
) -> impl IntoView {
    let refs = crate::sources::refs_of(citations);
    view! { <p class="citation">"Source: " {source_links(refs)}</p> }
}

/// "Source: …" under a single fact, from content-file references.
#[component]
pub fn CiteRefs(
    /// The fact's sources as "source-id:locator".
    refs: Vec<String>,
) -> impl IntoView {
    let refs = crate::sources::refs(&refs);
    view! { <p class="citation">"Source: " {source_links(refs)}</p> }
}

/// A fact's opening words, to say which fact a source note is for:
/// "Holding a review does not assume…".
pub fn opening_words(text: &str) -> String {
    const WORDS: usize = 5;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= WORDS {
        return words.join(" ");
    }
    let start = words[..WORDS].join(" ");
    format!("{}…", start.trim_end_matches([',', ';', ':', '.', '(']))
}

/// The sources of a group of facts (a section), in one compact note: a
/// native disclosure, closed on screen and open in print (style/main.css),
/// so it works without JavaScript. `items` are each fact's opening words
/// and its citations in words, in the order the facts appear; with one
/// fact, the note is just its citations. `about` (the section's heading)
/// is added to the summary for screen readers, so that each note's name
/// says which section it is for.
#[component]
pub fn SourcesNote(
    /// Each fact's opening words with its sources.
    items: Vec<(String, Vec<crate::sources::Ref>)>,
    /// What the note is about, for its summary (a section's heading).
    about: String,
) -> impl IntoView {
    let summary = crate::content::guide_words().sources;
    let body = if items.len() == 1 {
        let only = items.into_iter().next().map(|(_, r)| r).unwrap_or_default();
        view! { <p class="citation">{source_links(only)}</p> }.into_any()
    } else {
        view! {
            <dl class="sources-list">
                {items.into_iter().map(|(fact, cited)| view! {
                    <dt>{fact}</dt>
                    <dd class="citation">{source_links(cited)}</dd>
                }).collect_view()}
            </dl>
        }
        .into_any()
    };
    view! {
        <details class="sources">
            <summary>
                <span class="sources-summary">{summary}<span class="visually-hidden">{format!(": {about}")}</span></span>
            </summary>
            <div class="sources-body">{body}</div>
        </details>
    }
}

/// A section of a guidance page on the referral's confirmation page (each
/// fact written once): its words without its sources note, which the
/// guidance page itself has (the form and its document carry no
/// citations), so the form's WebAssembly carries no table of sources.
pub fn section_view(section: Section) -> impl IntoView {
    let heading = text(&section.heading);
    let (blocks, _) = section_blocks(section.blocks);
    view! {
        <section class="guide-section" aria-labelledby=section.id.clone()>
            <h2 class="heading-m" id=section.id.clone()>{heading}</h2>
            {blocks}
        </section>
    }
}

/// A section's blocks drawn, and each block's sources (the fact's opening
/// words and its citations) in order.
fn section_blocks(
    blocks: Vec<crate::content::Block>,
) -> (AnyView, Vec<(String, Vec<crate::sources::Ref>)>) {
    let mut notes: Vec<(String, Vec<crate::sources::Ref>)> = Vec::new();
    let blocks = blocks
        .into_iter()
        .map(|block| {
            let opening = match block.kind {
                BlockKind::List if block.text.is_empty() => {
                    block.items.first().cloned().unwrap_or_default()
                }
                BlockKind::Quote => format!("“{}", block.text),
                _ => block.text.clone(),
            };
            if !block.sources.is_empty() {
                notes.push((opening_words(&text(&opening)), crate::sources::refs(&block.sources)));
            }
            // A paragraph that cites nothing is the Board's own words (its
            // practice, from the profile, or a fact about this site).
            let uncited = block.sources.is_empty().then_some("uncited");
            match block.kind {
                BlockKind::Para => view! { <p class=uncited>{text(&block.text)}</p> }.into_any(),
                BlockKind::Inset => view! { <div class="inset"><p>{text(&block.text)}</p></div> }.into_any(),
                BlockKind::Quote => view! {
                    <blockquote class="quote"><p>{format!("“{}”", block.text)}</p></blockquote>
                }
                .into_any(),
                BlockKind::List => view! {
                    {(!block.text.is_empty()).then(|| view! { <p>{text(&block.text)}</p> })}
                    <ul class="list">{block.items.iter().map(|i| view! { <li>{text(i)}</li> }).collect_view()}</ul>
                }
                .into_any(),
                BlockKind::Steps => {
                    for step in &block.steps {
                        notes.push((text(&step.title), crate::sources::refs(&step.sources)));
                    }
                    view! {
                        <ol class="steps">
                            {block.steps.into_iter().map(|step| view! {
                                <li>
                                    <h3 class="heading-s">{text(&step.title)}</h3>
                                    <p>{text(&step.text)}</p>
                                </li>
                            }).collect_view()}
                        </ol>
                    }
                    .into_any()
                }
            }
        })
        .collect_view()
        .into_any();
    (blocks, notes)
}

/// A guidance section: its blocks, then one note with every block's
/// sources (see [`SourcesNote`]), then `after` (the guidance pages' "Back to
/// contents" link).
pub fn guide_section(section: Section, after: Option<AnyView>) -> impl IntoView {
    let heading = text(&section.heading);
    let (blocks, notes) = section_blocks(section.blocks);
    view! {
        <section class="guide-section" aria-labelledby=section.id.clone()>
            <h2 class="heading-m" id=section.id.clone()>{heading.clone()}</h2>
            {blocks}
            {(!notes.is_empty()).then(|| view! { <SourcesNote items=notes about=heading/> })}
            {after}
        </section>
    }
}

/// "If a child is at risk now": this site is not the way to report it.
/// Shown on the questionnaire's start page and with every outcome with its
/// sources (`cite`), and on the referral form without (the form carries no
/// citations).
pub fn urgent_notice(cite: bool) -> impl IntoView {
    let urgent = urgent();
    view! {
        <div class="inset inset-urgent" id="urgent">
            <h2 class="heading-s">{urgent.heading}</h2>
            <p>{text(&urgent.text)}</p>
            {cite.then(|| view! { <CiteRefs refs=urgent.sources/> })}
        </div>
    }
}
