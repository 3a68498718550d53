//! The sources page (`/sources`): every source this site cites, with its
//! title, publisher, address, date and the pages that cite it. Every
//! citation on every page is a link to its entry here
//! ([`crate::ui::common::source_links`]), so each can be followed.
//!
//! Which pages cite which source is read from the pages themselves (their
//! links to this page), so the list cannot drift from what the pages say;
//! the tools draw their citations in the browser, so theirs are listed
//! from their data ([`tool_citations`]).

use super::PageOut;
use crate::criteria::about::Calculator;
use crate::criteria::RuleSetId;
use crate::sources::{entry_href, refs, refs_of, sources, Ref, SOURCES_PAGE};
use crate::ui::common::{rule_set, text};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The page's title.
pub const TITLE: &str = "Sources";

/// How the sources page lists a source cited on every page.
pub const EVERY_PAGE: &str = "Every page (the notice at the top)";

/// A page that cites a source: its address and its title.
pub type Citer = (String, String);

/// The sources the tools cite, by tool page, for a rule set: the deadline
/// calculator's dates and rules, and the referral form's notes.
pub fn tool_citations(rule_set: RuleSetId) -> Vec<(String, Vec<Ref>)> {
    let deadlines = crate::content::deadlines_page(rule_set);
    let mut calculator = refs(&deadlines.rules_sources);
    match rule_set.rules().calculator {
        Calculator::Scr => {
            use crate::deadlines::*;
            for cites in [
                DECISION_CITES,
                NATIONAL_CITES,
                COMPLETION_CITES,
                SCR_RULES_ENDED_CITES,
            ] {
                calculator.extend(refs_of(cites));
            }
        }
        Calculator::Cspr => {
            use crate::deadlines::cspr::{rapid_review_clock, NOTIFY};
            calculator.extend(refs_of(NOTIFY.cites));
            for start in crate::board::RapidReviewStart::ALL {
                calculator.extend(refs_of(rapid_review_clock(start).cites));
            }
        }
    }
    let form = crate::content::referral_text(rule_set);
    let mut referral = refs(&form.intro_sources);
    for note in form.section_intro.values() {
        referral.extend(refs(&note.sources));
    }
    if let Some(decision) = &rule_set.rules().decision {
        referral.extend(refs_of(decision.citations));
    }
    vec![
        ("/deadlines".to_string(), calculator),
        ("/referral".to_string(), referral),
    ]
}

/// Which pages cite each source: every link to a source's entry in the
/// pages' HTML, and the tools' citations. Each page once per source, in
/// the order the pages are given.
pub fn citers(pages: &[PageOut], tools: &[(String, Vec<Ref>)]) -> BTreeMap<String, Vec<Citer>> {
    let mut out: BTreeMap<String, Vec<Citer>> = BTreeMap::new();
    fn add(out: &mut BTreeMap<String, Vec<Citer>>, id: &str, path: &str, title: &str) {
        let list = out.entry(id.to_string()).or_default();
        if !list.iter().any(|(p, _)| p == path) {
            list.push((path.to_string(), title.to_string()));
        }
    }
    let marker = format!("href=\"{}", entry_href(""));
    for page in pages {
        let title = page_title(&page.html);
        for (at, _) in page.html.match_indices(&marker) {
            let rest = &page.html[at + marker.len()..];
            let id = &rest[..rest.find('"').unwrap_or(0)];
            add(&mut out, id, &page.path, &title);
        }
    }
    // A source every page cites (the notice that the rules were replaced,
    // in the shell) is listed once, as cited on every page.
    for list in out.values_mut() {
        if list.len() == pages.len() {
            *list = vec![("/".to_string(), EVERY_PAGE.to_string())];
        }
    }
    for (path, cited) in tools {
        let title = pages
            .iter()
            .find(|p| &p.path == path)
            .map(|p| page_title(&p.html))
            .unwrap_or_else(|| path.clone());
        for r in cited {
            add(&mut out, &r.id, path, &title);
        }
    }
    out
}

/// A page's own title: its `<title>` up to the service's name.
fn page_title(html: &str) -> String {
    let start = html.find("<title>").map(|i| i + 7).unwrap_or(0);
    let end = html[start..].find("</title>").map(|i| start + i).unwrap_or(start);
    let whole = &html[start..end];
    whole.split(" – ").next().unwrap_or(whole).to_string()
}

/// The page: what it is, then each cited source in the order the sources
/// file lists them, as a description list a person can print.
pub fn sources_page(cited: BTreeMap<String, Vec<Citer>>) -> impl IntoView {
    let all = sources();
    let mut listed: Vec<&crate::sources::Source> = all.values().filter(|s| cited.contains_key(&s.id)).collect();
    listed.sort_by_key(|s| s.short.to_lowercase());
    let count = listed.len();
    let replaced = rule_set().rules().superseded.is_some();
    view! {
        <div class="two-thirds guide sources-page">
            <h1 class="heading-l">{TITLE}</h1>
            <p class="lead">{format!("The {count} sources this guidance cites, with where to read each one and when it was last checked. Every \u{201c}Source\u{201d} note on this site links to its entry here.")}</p>
            {replaced.then(|| view! {
                <p>"The documents of the Serious Case Review rules are listed as the Board used them. They describe rules that have been replaced."</p>
            })}
            <ul class="list list-plain source-entries">
                {listed.into_iter().map(|s| {
                    let pages = cited.get(&s.id).cloned().unwrap_or_default();
                    entry(s, pages)
                }).collect_view()}
            </ul>
        </div>
    }
}

/// One source's entry.
fn entry(s: &crate::sources::Source, pages: Vec<Citer>) -> impl IntoView {
    let address = match (&s.url, &s.no_copy) {
        (Some(url), _) => view! { <a href=url.clone() class="source-url">{url.clone()}</a> }.into_any(),
        (None, Some(why)) => view! { <span>{why.clone()}</span> }.into_any(),
        (None, None) => view! { <span>"Not known"</span> }.into_any(),
    };
    view! {
        <li class="source-entry" id=format!("src-{}", s.id)>
            <h2 class="heading-s">{s.short.clone()}</h2>
            <p>{s.title.clone()}</p>
            <dl class="summary-list source-facts">
                {s.publisher.clone().map(|p| view! { <div class="summary-row"><dt>"Publisher"</dt><dd>{p}</dd></div> })}
                {s.published.clone().map(|p| view! { <div class="summary-row"><dt>"Its date"</dt><dd>{p}</dd></div> })}
                <div class="summary-row"><dt>"Address"</dt><dd>{address}</dd></div>
                <div class="summary-row"><dt>"Last checked"</dt><dd>{s.checked.clone().map(|d| long(&d)).unwrap_or_else(|| "Not known".to_string())}</dd></div>
                <div class="summary-row"><dt>"Cited on"</dt><dd>
                    <ul class="list list-plain">
                        {pages.into_iter().map(|(path, title)| view! { <li><a href=path>{text(&title)}</a></li> }).collect_view()}
                    </ul>
                </dd></div>
                {s.note.clone().map(|n| view! { <div class="summary-row"><dt>"Note"</dt><dd>{n}</dd></div> })}
            </dl>
        </li>
    }
}

/// An ISO date in words ("5 December 2026"), or as given if it is not one.
fn long(iso: &str) -> String {
    chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .map(crate::dates::long_date)
        .unwrap_or_else(|_| iso.to_string())
}

/// The page's address, for the generator.
pub const PATH: &str = SOURCES_PAGE;
