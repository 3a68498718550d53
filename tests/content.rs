//! Content files: they parse into their types, every citation resolves, and
//! every placeholder is one the Board profile fills.

use scr_referral_guide::board::BoardProfile;
use scr_referral_guide::content::{fill, site};
use scr_referral_guide::dates::{iso_date, long_date, long_date_with_weekday, parse_iso_date};
use scr_referral_guide::sources::sources;

#[test]
fn site_content_parses_and_fills_every_placeholder() {
    let site = site();
    let board = BoardProfile::example();
    let mut texts = vec![site.home.lead.clone(), site.example_banner.clone()];
    texts.extend(site.privacy.clone());
    texts.extend(site.home.entry.iter().map(|e| e.text.clone()));
    texts.extend(site.criteria.intro.clone());
    for text in texts {
        let filled = fill(&text, &board);
        assert!(
            !filled.contains('{') && !filled.contains('}'),
            "unfilled placeholder in {text:?}"
        );
    }
    assert!(fill("{mailbox}", &board).contains("@example.org"));
}

#[test]
fn content_citations_resolve() {
    let known = sources();
    for reference in site().criteria.intro_sources {
        let id = reference.split(':').next().unwrap();
        assert!(known.contains_key(id), "unknown source {id}");
    }
}

#[test]
fn dates_format_and_parse_by_hand() {
    let d = parse_iso_date("2026-11-23").unwrap();
    assert_eq!(long_date(d), "23 November 2026");
    assert_eq!(long_date_with_weekday(d), "Monday 23 November 2026");
    assert_eq!(iso_date(d), "2026-11-23");
    assert_eq!(
        long_date(parse_iso_date("2028-02-29").unwrap()),
        "29 February 2028"
    );
    for bad in [
        "2026-02-30",
        "2027-02-29",
        "26-11-23",
        "2026-1-23",
        "2026/11/23",
        "2026-11-2x",
        "",
        "２０２６-11-23",
    ] {
        assert_eq!(parse_iso_date(bad), None, "{bad}");
    }
}

#[test]
fn every_guidance_block_and_step_is_cited_with_a_known_source() {
    use scr_referral_guide::content::{guide_pages, BlockKind};
    let known = sources();
    let board = BoardProfile::example();
    let check = |refs: &[String], place: &str| {
        assert!(!refs.is_empty(), "{place} has no source");
        for r in refs {
            let (id, locator) = r.split_once(':').unwrap_or((r, ""));
            assert!(known.contains_key(id), "{place}: unknown source {id}");
            assert!(!locator.trim().is_empty(), "{place}: {r} has no locator");
        }
    };
    let pages = guide_pages();
    assert_eq!(pages.len(), 5);
    for page in &pages {
        let mut ids = std::collections::BTreeSet::new();
        assert!(
            !fill(&page.lead, &board).contains('{'),
            "{}: lead placeholder",
            page.slug
        );
        for section in &page.sections {
            assert!(
                ids.insert(section.id.clone()),
                "{}: duplicate section id {}",
                page.slug,
                section.id
            );
            for (i, block) in section.blocks.iter().enumerate() {
                let place = format!("{}#{} block {}", page.slug, section.id, i + 1);
                let all_text = format!(
                    "{} {} {}",
                    block.text,
                    block.items.join(" "),
                    block
                        .steps
                        .iter()
                        .map(|s| format!("{} {}", s.title, s.text))
                        .collect::<Vec<_>>()
                        .join(" ")
                );
                assert!(
                    !fill(&all_text, &board).contains('{'),
                    "{place}: unfilled placeholder"
                );
                if block.kind == BlockKind::Steps {
                    assert!(!block.steps.is_empty(), "{place}");
                    for step in &block.steps {
                        check(&step.sources, &format!("{place} step {}", step.title));
                    }
                } else {
                    check(&block.sources, &place);
                }
                if block.kind == BlockKind::Quote {
                    assert!(
                        block.sources.iter().all(|s| s.starts_with("reg5:")),
                        "{place}: only statute is quoted"
                    );
                }
            }
        }
        for include in &page.include {
            assert!(
                pages.iter().any(|p| &p.slug == include),
                "{}: includes unknown page {include}",
                page.slug
            );
        }
    }
}

#[test]
fn the_interview_page_covers_the_rights_the_leaflets_give() {
    let page = scr_referral_guide::content::guide_page("interview").unwrap();
    let text: String = page
        .sections
        .iter()
        .flat_map(|s| {
            s.blocks
                .iter()
                .map(|b| format!("{} {}", b.text, b.items.join(" ")))
        })
        .collect::<Vec<_>>()
        .join(" ");
    for needle in [
        "bring someone to support you",
        "cannot speak for you",
        "correct any factual errors",
        "see and comment on your agency's report",
        "off sick",
        "time to prepare",
        "staff care",
        "de-brief",
        "not part of any disciplinary process",
        "{office_phone}",
    ] {
        assert!(text.contains(needle), "interview page lacks: {needle}");
    }
    assert_eq!(page.include, vec!["who-sees-the-report".to_string()]);
}

#[test]
fn referral_form_words_parse_fill_and_cite() {
    let words = scr_referral_guide::content::referral_text();
    let board = BoardProfile::example();
    let mut texts = vec![
        words.lead.clone(),
        words.keep_hint.clone(),
        words.resumed.clone(),
        words.expired.clone(),
        words.conflict.clone(),
        words.caption.clone(),
    ];
    texts.extend(words.intro.clone());
    texts.extend([words.done_lead.clone(), words.mail_note.clone()]);
    for text in texts {
        // {saved} and {expires} are the draft's own dates, filled by the page.
        let filled = fill(&text, &board)
            .replace("{saved}", "")
            .replace("{expires}", "");
        assert!(
            !filled.contains('{') && !filled.contains('}'),
            "unfilled placeholder in {text:?}"
        );
    }
    assert!(fill(&words.keep_hint, &board).contains("7 days"));
    let known = sources();
    for (slug, note) in &words.section_intro {
        assert!(
            scr_referral_guide::referral::Section::from_slug(slug).is_some(),
            "intro for unknown section {slug}"
        );
        let filled = fill(&note.text, &board);
        assert!(!filled.contains('{'), "unfilled placeholder in {slug}");
        for reference in &note.sources {
            let id = reference.split(':').next().unwrap();
            assert!(known.contains_key(id), "unknown source {id}");
        }
    }
    for reference in &words.intro_sources {
        let id = reference.split(':').next().unwrap();
        assert!(known.contains_key(id), "unknown source {id}");
    }
}
