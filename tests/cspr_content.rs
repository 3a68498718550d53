//! The Child Safeguarding Practice Review rule set's content
//! (content/cspr/*.toml, converted to JSON by build.rs as
//! "cspr.<name>.json"): every guidance page parses as a `GuidePage`, every
//! block and step cites a known source with a locator, every placeholder is
//! one the profile fills, and the words the shell and tools use parse into
//! their types.

use scr_referral_guide::board::fill;
use scr_referral_guide::board::BoardProfile;
use scr_referral_guide::content::{from_content, BlockKind, GuidePage};
use scr_referral_guide::sources::sources;

macro_rules! cspr {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/cspr.", $name, ".json"))
    };
}

/// Every CSPR guidance page, in the order the site lists them. The pages
/// use the same addresses as the SCR pages, except the first.
fn pages() -> Vec<GuidePage> {
    vec![
        from_content(cspr!("what-is-a-cspr")),
        from_content(cspr!("process")),
        from_content(cspr!("interview")),
        from_content(cspr!("who-sees-the-report")),
        from_content(cspr!("refer")),
        from_content(cspr!("about")),
    ]
}

fn page(slug: &str) -> GuidePage {
    pages()
        .into_iter()
        .find(|p| p.slug == slug)
        .unwrap_or_else(|| panic!("no CSPR page {slug}"))
}

/// A value like the one the lead's profile will give {rapid_review_start}.
const RAPID_REVIEW_START: &str = "the date the local authority notified the Panel";

/// Fill the placeholders the profile fills, plus those filled elsewhere
/// ({last_reviewed} by the page code, {rapid_review_start} by the CSPR
/// profile), and say whether anything in braces is left.
fn unfilled(text: &str, board: &BoardProfile) -> bool {
    let filled = fill(text, board)
        .replace("{last_reviewed}", "25 November 2026")
        .replace("{rapid_review_start}", RAPID_REVIEW_START);
    filled.contains('{') || filled.contains('}')
}

/// Sources whose text may be quoted as statute: legislation itself, or a
/// page whose locator says it quotes the statute there.
fn quotable(reference: &str) -> bool {
    let (id, locator) = reference.split_once(':').unwrap_or((reference, ""));
    id.starts_with("ca2004-") || id.starts_with("si2018-789") || locator.contains("quoting section")
}

fn check_refs(refs: &[String], place: &str) {
    let known = sources();
    assert!(!refs.is_empty(), "{place} has no source");
    for r in refs {
        let (id, locator) = r.split_once(':').unwrap_or((r, ""));
        assert!(known.contains_key(id), "{place}: unknown source {id}");
        assert!(!locator.trim().is_empty(), "{place}: {r} has no locator");
    }
}

/// Every text of a page (lead, blocks, list items, steps), one string.
fn page_text(page: &GuidePage) -> String {
    let mut out = vec![page.title.clone(), page.lead.clone()];
    for section in &page.sections {
        out.push(section.heading.clone());
        for block in &section.blocks {
            out.push(block.text.clone());
            out.extend(block.items.clone());
            for step in &block.steps {
                out.push(format!("{} {}", step.title, step.text));
            }
        }
    }
    out.join(" ")
}

#[test]
fn every_cspr_page_parses_and_every_block_is_cited() {
    let board = BoardProfile::example();
    let pages = pages();
    let slugs: Vec<&str> = pages.iter().map(|p| p.slug.as_str()).collect();
    assert_eq!(
        slugs,
        [
            "what-is-a-cspr",
            "process",
            "interview",
            "who-sees-the-report",
            "refer",
            "about"
        ]
    );
    for page in &pages {
        assert!(
            !unfilled(&page.lead, &board),
            "{}: lead placeholder",
            page.slug
        );
        assert!(!page.sections.is_empty(), "{}: no sections", page.slug);
        let mut ids = std::collections::BTreeSet::new();
        for section in &page.sections {
            assert!(
                ids.insert(section.id.clone()),
                "{}: duplicate section id {}",
                page.slug,
                section.id
            );
            for (i, block) in section.blocks.iter().enumerate() {
                let place = format!("{}#{} block {}", page.slug, section.id, i + 1);
                assert!(!block.site_fact, "{place}: CSPR pages state no site facts");
                let mut texts = vec![block.text.clone()];
                texts.extend(block.items.clone());
                if scr_referral_guide::board::PRACTICE_FIELDS
                    .iter()
                    .any(|(_, placeholder, _)| block.text.trim() == *placeholder)
                {
                    // The partnership's own practice, from its profile.
                    assert!(block.sources.is_empty(), "{place}: the profile's words cite nothing");
                } else if block.kind == BlockKind::Steps {
                    assert!(!block.steps.is_empty(), "{place}: no steps");
                    for step in &block.steps {
                        check_refs(&step.sources, &format!("{place} step {}", step.title));
                        texts.push(step.title.clone());
                        texts.push(step.text.clone());
                    }
                } else {
                    check_refs(&block.sources, &place);
                }
                if block.kind == BlockKind::List {
                    assert!(!block.items.is_empty(), "{place}: empty list");
                }
                if block.kind == BlockKind::Quote {
                    assert!(
                        block.sources.iter().all(|s| quotable(s)),
                        "{place}: only statute is quoted"
                    );
                }
                for text in texts {
                    assert!(
                        !unfilled(&text, &board),
                        "{place}: unfilled placeholder in {text:?}"
                    );
                }
            }
        }
        for include in &page.include {
            assert!(
                slugs.contains(&include.as_str()),
                "{}: includes unknown page {include}",
                page.slug
            );
        }
        for link in &page.related {
            assert!(link.href.starts_with('/'), "{}: {}", page.slug, link.href);
        }
    }
}

#[test]
fn the_process_page_says_where_sources_differ_and_uses_the_profile_rule() {
    let process = page_text(&page("process"));
    for needle in [
        "{rapid_review_start}",
        "Sources differ on the day the 15 working days are counted from",
        "becoming aware of the incident",
        "the date the notification was sent to the Panel",
        // Both modal verbs, each as its source has it (D2).
        "\"You must do this within 5 working days of becoming aware of the incident\"",
        "\"should do so within five working days",
        // Looked-after children and care leavers (D5, D6).
        "whether or not abuse or neglect is known or suspected",
        "up to and including the age of 24",
        "does not need a rapid review",
    ] {
        assert!(process.contains(needle), "process page lacks: {needle}");
    }
}

#[test]
fn the_interview_page_includes_who_sees_the_report_and_attributes_the_blame_sentence() {
    let interview = page("interview");
    assert_eq!(interview.include, vec!["who-sees-the-report".to_string()]);
    let text = page_text(&interview);
    for needle in [
        "agency summary",
        "practitioner learning events",
        "without fear of being blamed for actions they took in good faith",
        "outcome",
        "{office_phone}",
    ] {
        assert!(text.contains(needle), "interview page lacks: {needle}");
    }
    // The sentence is quoted from Working Together as the Board document
    // that quotes it gives it (seed 004, NSCB 12.1, "1. Principles"), not
    // from an article's re-quotation.
    for section in &interview.sections {
        for block in &section.blocks {
            if block.text.contains("in good faith\"") {
                assert!(
                    block.sources.iter().any(|s| s.starts_with("nscb:1. Principles")),
                    "{}",
                    block.text
                );
            }
        }
    }
}

#[test]
fn the_about_page_names_the_rules_and_the_change() {
    let about = page("about");
    assert!(about.lead.contains("{last_reviewed}") && about.lead.contains("{board}"));
    let text = page_text(&about);
    for needle in [
        "Children Act 2004",
        "Children and Social Work Act 2017",
        "SI 2018/789",
        "Working Together to Safeguard Children 2023",
        "chapter 5",
        "29 June 2018",
        "29 September 2019",
        "Serious Case Reviews",
        "Local Safeguarding Children Boards",
        "check the current procedures",
    ] {
        assert!(text.contains(needle), "about page lacks: {needle}");
    }
}

use scr_referral_guide::content::{CriteriaStart, DeadlinesPage, Home};

/// A table of content/cspr/site.toml, as build.rs wrote it on its own.
fn site_table<T: serde::de::DeserializeOwned>(table: &str) -> T {
    let json = match table {
        "home" => cspr!("site.home"),
        "criteria" => cspr!("site.criteria"),
        "deadlines" => cspr!("site.deadlines"),
        other => panic!("no table {other}"),
    };
    from_content(json)
}

#[test]
fn the_cspr_site_words_parse_fill_and_cite() {
    let board = BoardProfile::example();
    let values: serde_json::Value = serde_json::from_str(cspr!("site._")).unwrap();
    for key in ["service_name", "description", "tagline", "example_banner"] {
        let text = values[key]
            .as_str()
            .unwrap_or_else(|| panic!("cspr/site.toml has no {key}"));
        assert!(!text.is_empty() && !unfilled(text, &board), "{key}");
    }
    assert!(values["example_banner"]
        .as_str()
        .unwrap()
        .contains("example"));
    let home: Home = site_table("home");
    let mut texts = vec![home.title.clone(), home.lead.clone()];
    assert_eq!(home.entry.len(), 3);
    let entries: Vec<&str> = home.entry.iter().map(|e| e.href.as_str()).collect();
    assert_eq!(entries, ["/criteria", "/interview", "/referral"]);
    for e in &home.entry {
        texts.extend([e.heading.clone(), e.text.clone(), e.audience.clone()]);
    }
    let more: Vec<&str> = home.more.iter().map(|l| l.href.as_str()).collect();
    for href in [
        "/what-is-a-cspr",
        "/process",
        "/who-sees-the-report",
        "/refer",
        "/deadlines",
    ] {
        assert!(more.contains(&href), "home links lack {href}");
    }
    let criteria: CriteriaStart = site_table("criteria");
    check_refs(&criteria.intro_sources, "cspr site [criteria]");
    texts.extend(criteria.intro.clone());
    texts.extend([
        criteria.title.clone(),
        criteria.caption.clone(),
        criteria.lead.clone(),
        criteria.restart_notice.clone(),
    ]);
    let deadlines: DeadlinesPage = site_table("deadlines");
    check_refs(&deadlines.rules_sources, "cspr site [deadlines]");
    texts.extend(deadlines.rules.clone());
    texts.extend([
        deadlines.title.clone(),
        deadlines.lead.clone(),
        deadlines.print.clone(),
    ]);
    assert!(deadlines.weekend.contains("{date}") && deadlines.bank_holiday.contains("{date}"));
    let rules = deadlines.rules.join(" ");
    assert!(rules.contains("5 working days") && rules.contains("15 working days"));
    assert!(rules.contains("{rapid_review_start}"));
    for text in texts {
        assert!(!unfilled(&text, &board), "unfilled placeholder in {text:?}");
    }
}

#[test]
fn the_cspr_tools_link_to_cspr_guidance_that_exists() {
    use scr_referral_guide::content::ToolText;
    let tools: std::collections::BTreeMap<String, ToolText> = from_content(cspr!("site.tools"));
    let names: Vec<&str> = tools.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        ["deadlines", "referral"],
        "the questionnaire is plain pages: no tool"
    );
    let pages = pages();
    for (name, tool) in &tools {
        assert!(!tool.what.is_empty() && !tool.instead.is_empty(), "{name}");
        for link in &tool.instead {
            let (path, anchor) = link.href.split_once('#').unwrap_or((&link.href, ""));
            let page = pages
                .iter()
                .find(|p| format!("/{}", p.slug) == path)
                .unwrap_or_else(|| panic!("{name}: no CSPR page {path}"));
            assert!(
                anchor.is_empty() || page.sections.iter().any(|s| s.id == anchor),
                "{name}: {} has no section {anchor}",
                path
            );
        }
    }
}

/// Serious harm as the law puts it, physical harm included, in both rule
/// sets' wording: on the page and in the question's hint (a lead with a
/// seriously injured infant must not read "physical injury may not count").
#[test]
fn serious_harm_includes_physical_harm_in_both_rule_sets() {
    use scr_referral_guide::criteria::{QuestionId, RuleSetId};
    let cspr = RuleSetId::Cspr.rules().question(QuestionId::CsprHarmed);
    let hint = cspr.definition.join(" ");
    assert!(hint.contains("impairment of physical health"), "{hint}");
    assert!(
        !hint.contains("leaves it out"),
        "no doubt cast on it: {hint}"
    );
    assert!(
        cspr.citations.iter().any(|c| c.source == "dfe-sin-stats"),
        "the publisher's own page"
    );
    let scr = RuleSetId::Scr2006
        .rules()
        .question(QuestionId::SeriouslyHarmed);
    assert!(scr
        .definition
        .join(" ")
        .contains("physical or mental health"));
    let process = pages()
        .into_iter()
        .find(|p| p.slug == "process")
        .expect("the process page");
    let text: String = process
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(|b| format!("{:?}", b)))
        .collect();
    assert!(text.contains("also covers impairment of physical health"));
    assert!(!text.contains("The wording has changed"));
}
