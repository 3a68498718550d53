//! The site generator builds a whole site for every rule set it knows, from
//! that rule set's one value, content folder and example profile (run with
//! `--features ssr`: `cargo test --features ssr --test generator`).

use scr_referral_guide::board::BoardProfile;
use scr_referral_guide::criteria::RuleSetId;
use scr_referral_guide::routes::Tool;
use scr_referral_guide::site::{questionnaire, render, Assets, ToolFiles};
use std::collections::BTreeMap;

/// The shared files' addresses, as the generator would name them.
fn assets() -> Assets {
    let tools: BTreeMap<Tool, ToolFiles> = Tool::ALL
        .into_iter()
        .map(|t| {
            (
                t,
                ToolFiles {
                    js: format!("/{}-0000000000000000.js", t.name()),
                    wasm: format!("/{}-0000000000000000_bg.wasm", t.name()),
                    wasm_bytes: 1000,
                    transfer_bytes: 500,
                    worker: None,
                },
            )
        })
        .collect();
    Assets {
        css: "/main-0000000000000000.css".into(),
        print_css: "/print-0000000000000000.css".into(),
        noscript_css: "/noscript-0000000000000000.css".into(),
        site_js: "/site-0000000000000000.js".into(),
        favicon: "/favicon-0000000000000000.svg".into(),
        tools,
        result_css: "/criteria-result-0000000000000000.css".into(),
    }
}

#[test]
fn the_generator_builds_a_site_for_every_rule_set_it_knows() {
    assert!(RuleSetId::ALL.len() >= 2);
    for rule_set in RuleSetId::ALL {
        let board = BoardProfile::example_for(rule_set);
        assert_eq!(
            board.rule_set, rule_set,
            "{rule_set:?}: its example profile names it"
        );
        let pages = render(&board, &assets());
        let paths: Vec<&str> = pages.iter().map(|p| p.path.as_str()).collect();
        for needed in [
            "/",
            "/criteria",
            "/criteria/result",
            "/criteria/paths",
            "/deadlines",
            "/referral",
            "/404",
            "/accessibility",
        ] {
            assert!(paths.contains(&needed), "{rule_set:?}: no page {needed}");
        }
        let guide = scr_referral_guide::content::guide_pages(rule_set);
        assert!(
            guide.len() >= 6,
            "{rule_set:?}: its content folder's guidance pages"
        );
        for page in &guide {
            assert!(
                paths.contains(&format!("/{}", page.slug).as_str()),
                "{rule_set:?}: /{}",
                page.slug
            );
        }
        for page in &pages {
            assert!(
                page.html.starts_with("<!DOCTYPE html>"),
                "{rule_set:?} {}",
                page.path
            );
            assert!(
                !page.html.contains("{board}") && !page.html.contains("{mailbox}"),
                "{rule_set:?} {}: a placeholder left",
                page.path
            );
            assert!(
                page.html.contains(&board.name),
                "{rule_set:?} {}: the profile's name",
                page.path
            );
        }
        // The questionnaire's pages come from the rule set's own questions.
        let questions = pages.iter().find(|p| p.path == "/criteria").unwrap();
        for q in rule_set.rules().facts() {
            assert!(
                questions.html.contains(q.title)
                    || questions.html.contains(&q.title.replace('\'', "&#x27;")),
                "{rule_set:?}: {}",
                q.title
            );
        }
        assert!(questionnaire::result_css(rule_set).contains(":target"));
    }
}

/// Every page of a site that follows rules that no longer apply (the
/// Serious Case Review rules) says so, with where to go now and its
/// sources, on screen and in print; a site under the current rules does not.
#[test]
fn every_page_under_replaced_rules_says_so_and_none_under_current_rules() {
    for rule_set in RuleSetId::ALL {
        let board = BoardProfile::example_for(rule_set);
        let pages = render(&board, &assets());
        for page in &pages {
            let says = page.html.contains("superseded-banner");
            match &rule_set.rules().superseded {
                Some(notice) => {
                    assert!(says, "{rule_set:?} {}: no notice", page.path);
                    assert!(page
                        .html
                        .contains("Child Safeguarding Practice Review Panel"));
                    assert!(!notice.citations.is_empty());
                }
                None => assert!(
                    !says,
                    "{rule_set:?} {}: a notice under current rules",
                    page.path
                ),
            }
        }
    }
    assert!(RuleSetId::Scr2006.rules().superseded.is_some());
    assert!(RuleSetId::Cspr.rules().superseded.is_none());
}

/// The ids of every sources-page entry a page links to.
fn cited_ids(html: &str) -> Vec<String> {
    html.split("href=\"/sources#src-")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_string())
        .collect()
}

/// Every citation on every page is a link to an entry on that site's
/// sources page, and every entry has an address (or says why there is
/// none), a publisher and the date it was last checked, and lists the page.
/// Every "Source" note is made of such links: no citation is plain text.
#[test]
fn every_citation_links_to_a_sources_entry_with_an_address_and_a_date() {
    for rule_set in RuleSetId::ALL {
        let board = BoardProfile::example_for(rule_set);
        let pages = render(&board, &assets());
        let sources = pages
            .iter()
            .find(|p| p.path == "/sources")
            .unwrap_or_else(|| panic!("{rule_set:?}: no sources page"));
        let mut linked = 0;
        for page in &pages {
            for id in cited_ids(&page.html) {
                linked += 1;
                let start = sources
                    .html
                    .find(&format!("id=\"src-{id}\""))
                    .unwrap_or_else(|| panic!("{rule_set:?} {}: {id} has no entry", page.path));
                let entry = &sources.html[start..];
                let entry = &entry[..entry[1..].find("id=\"src-").map(|e| e + 1).unwrap_or(entry.len())];
                assert!(!entry.contains(">Not known<"), "{rule_set:?}: {id} lacks an address or date");
                assert!(entry.contains("Publisher"), "{rule_set:?}: {id} has no publisher");
                assert!(
                    entry.contains(&format!("href=\"{}\"", page.path))
                        || entry.contains(scr_referral_guide::site::sources_page::EVERY_PAGE),
                    "{rule_set:?}: {id}'s entry does not list {}",
                    page.path
                );
            }
            // Every citation paragraph holds links, not only words.
            for (at, _) in page.html.match_indices("class=\"citation\"") {
                let rest = &page.html[at..];
                let end = rest.find("</").unwrap();
                let inner = &rest[..rest[end..].find("</p>").map(|e| end + e).unwrap_or(end)];
                assert!(
                    inner.contains("/sources#src-"),
                    "{rule_set:?} {}: a citation without a link: {}",
                    page.path,
                    &inner[..inner.len().min(200)]
                );
            }
        }
        assert!(linked > 100, "{rule_set:?}: only {linked} citations linked");
    }
}

/// The process page's picture says who does what by when, with the
/// calculator's own timescales, which the page's words state too; it has
/// a title and a description in words, and nothing wider than the screen.
#[test]
fn the_process_diagram_matches_the_words_and_has_a_text_alternative() {
    let words = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    ];
    for rule_set in RuleSetId::ALL {
        let board = BoardProfile::example_for(rule_set);
        let pages = render(&board, &assets());
        let process = pages.iter().find(|p| p.path == "/process").unwrap();
        let html = &process.html;
        let svg_at = html.find("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320").expect("the diagram");
        let svg = &html[svg_at..svg_at + html[svg_at..].find("</svg>").unwrap()];
        assert!(svg.contains("role=\"img\"") && svg.contains("<title") && svg.contains("<desc"), "{rule_set:?}");
        let desc = &svg[svg.find("<desc").unwrap()..svg.find("</desc>").unwrap()];
        let after = &html[svg_at + svg.len()..];
        let body: String = after.split('<').map(|t| t.split_once('>').map(|(_, x)| x).unwrap_or("")).collect();
        let mut numbers = 0;
        for unit in [" working days", " months", " month"] {
            for (at, _) in desc.match_indices(unit) {
                let before = desc[..at].rsplit(' ').next().unwrap();
                let n = before
                    .parse::<usize>()
                    .ok()
                    .or_else(|| words.iter().position(|w| *w == before))
                    .unwrap_or_else(|| panic!("{rule_set:?}: a timescale without a number: {before}{unit}"));
                numbers += 1;
                assert!(
                    body.contains(&format!("{n}{unit}")) || body.contains(&format!("{}{unit}", words[n])),
                    "{rule_set:?}: the diagram's {n}{unit} are not in the page's words"
                );
            }
        }
        assert!(numbers >= 1, "{rule_set:?}: the diagram gives timescales");
        assert!(desc.contains("1. "), "{rule_set:?}: the description numbers the steps");
    }
}
