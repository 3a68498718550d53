//! Content files: they parse into their types, every citation resolves, and
//! every placeholder is one the Board profile fills.

use scr_referral_guide::board::fill;
use scr_referral_guide::board::BoardProfile;
use scr_referral_guide::content::site;
use scr_referral_guide::criteria::RuleSetId;
use scr_referral_guide::dates::{iso_date, long_date, long_date_with_weekday, parse_iso_date};
use scr_referral_guide::sources::sources;

#[test]
fn site_content_parses_and_fills_every_placeholder() {
    for rule_set in RuleSetId::ALL {
        site_content_parses_and_fills(rule_set);
    }
}

fn site_content_parses_and_fills(rule_set: RuleSetId) {
    let site = site(rule_set);
    let board = BoardProfile::example_for(rule_set);
    let mut texts = vec![site.home.lead.clone(), site.example_banner.clone()];
    texts.extend(site.privacy.clone());
    texts.extend(site.home.entry.iter().map(|e| e.text.clone()));
    texts.extend(site.criteria.intro.clone());
    texts.extend([site.footer.published.clone(), site.print.reviewed.clone()]);
    for text in texts {
        let filled = fill(&text, &board);
        assert!(
            !filled.contains('{') && !filled.contains('}'),
            "unfilled placeholder in {text:?}"
        );
    }
    assert!(fill("{mailbox}", &board).contains("@example.org"));
    // Filled in as the page prints, and by the calculator.
    assert!(site.print.printed.contains("{date}"));
    assert!(
        site.deadlines.weekend.contains("{date}") && site.deadlines.bank_holiday.contains("{date}")
    );
    // Every page's footer links to the about page and the accessibility statement.
    let links: Vec<&str> = site.footer.links.iter().map(|l| l.href.as_str()).collect();
    assert_eq!(links, ["/about", "/accessibility"]);
}

#[test]
fn content_citations_resolve() {
    let known = sources();
    for reference in RuleSetId::ALL
        .into_iter()
        .flat_map(|r| site(r).criteria.intro_sources)
    {
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
    let pages: Vec<_> = RuleSetId::ALL.into_iter().flat_map(guide_pages).collect();
    assert_eq!(pages.len(), 14);
    for page in &pages {
        let mut ids = std::collections::BTreeSet::new();
        assert!(
            !without_last_reviewed(&fill(&page.lead, &board)).contains('{'),
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
                    !without_last_reviewed(&fill(&all_text, &board)).contains('{'),
                    "{place}: unfilled placeholder"
                );
                if block.site_fact {
                    // A fact about this site itself (its build, its tests,
                    // the Board's contacts): only the accessibility
                    // statement says such things, and they cite nothing.
                    assert_eq!(page.slug, "accessibility", "{place}: site facts");
                    assert!(
                        block.sources.is_empty(),
                        "{place}: a site fact cites nothing"
                    );
                    assert!(block.kind != BlockKind::Steps, "{place}");
                } else if scr_referral_guide::board::PRACTICE_FIELDS
                    .iter()
                    .any(|(_, placeholder, _)| block.text.trim() == *placeholder)
                {
                    // The Board's own practice, in its profile's words (or
                    // "ask the business office"): no source says it.
                    assert!(
                        block.sources.is_empty(),
                        "{place}: the profile's words cite nothing"
                    );
                    assert_eq!(block.kind, BlockKind::Para, "{place}");
                } else if block.kind == BlockKind::Steps {
                    assert!(!block.steps.is_empty(), "{place}");
                    for step in &block.steps {
                        check(&step.sources, &format!("{place} step {}", step.title));
                    }
                } else {
                    check(&block.sources, &place);
                }
                if block.kind == BlockKind::Quote {
                    assert!(
                        block.sources.iter().all(|s| s.starts_with("reg5:")
                            || s.starts_with("ca2004-")
                            || s.starts_with("si2018-789")
                            || s.contains("quoting section")),
                        "{place}: only statute is quoted (from legislation, or as a page quoting it says)"
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
    let page = scr_referral_guide::content::guide_page(RuleSetId::Scr2006, "interview").unwrap();
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
        // What the leaflets say about anonymity, and who to ask without a manager.
        "anonymised",
        "may be approached",
        "volunteer",
        "Individual Management Review",
    ] {
        assert!(text.contains(needle), "interview page lacks: {needle}");
    }
    // Bolton: staff off sick "may be approached to seek their consent", not
    // "will be asked"; the de-brief has no stated timing.
    assert!(!text.contains("will be asked for your consent"));
    assert!(!text.contains("When the review is over"));
    assert_eq!(page.include, vec!["who-sees-the-report".to_string()]);
}

#[test]
fn referral_form_words_parse_fill_and_cite() {
    for rule_set in RuleSetId::ALL {
        referral_form_words_parse_fill_and_cite_for(rule_set);
    }
}

fn referral_form_words_parse_fill_and_cite_for(rule_set: RuleSetId) {
    let words = scr_referral_guide::content::referral_text(rule_set);
    let board = BoardProfile::example_for(rule_set);
    let mut texts = vec![
        words.lead.clone(),
        words.keep_hint.clone(),
        words.choice_keep_hint.clone(),
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

/// `{last_reviewed}` is the site-wide review date (content/site.toml), filled
/// by the page code rather than from the Board profile.
fn without_last_reviewed(text: &str) -> String {
    text.replace("{last_reviewed}", "")
}

/// The raw site.toml (as JSON), for keys the shell's `Site` type does not read.
fn site_json() -> serde_json::Value {
    serde_json::from_str(scr_referral_guide::include_content!("site")).unwrap()
}

#[test]
fn the_review_date_is_in_one_place_and_the_about_page_shows_it() {
    let site = site_json();
    let date = site["last_reviewed"]
        .as_str()
        .expect("site.toml has last_reviewed");
    assert!(
        parse_iso_date(date).is_some(),
        "last_reviewed is an ISO date: {date}"
    );
    let about =
        scr_referral_guide::content::guide_page(RuleSetId::Scr2006, "about").expect("about page");
    assert!(about.lead.contains("{last_reviewed}") && about.lead.contains("{board}"));
    // The date is written nowhere else: every other page uses the placeholder.
    for page in RuleSetId::ALL
        .into_iter()
        .flat_map(scr_referral_guide::content::guide_pages)
    {
        let all = serde_json::to_string(
            &page
                .sections
                .iter()
                .map(|s| {
                    s.blocks
                        .iter()
                        .map(|b| format!("{} {}", b.text, b.items.join(" ")))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>(),
        )
        .unwrap();
        assert!(
            !all.contains(date) && !page.lead.contains(date),
            "{}: date written out",
            page.slug
        );
    }
    // It says plainly that the arrangements have since been replaced.
    let text: String = about
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(|b| b.text.clone()))
        .collect::<Vec<_>>()
        .join(" ");
    for needle in [
        "Local Safeguarding Children Boards Regulations 2006",
        "Working Together to Safeguard Children 2015",
        "Children and Social Work Act 2017",
        "Working Together to Safeguard Children 2018",
        "Child Safeguarding Practice Reviews",
        "29 June 2018",
        "29 September 2019",
        "check the current procedures",
    ] {
        assert!(text.contains(needle), "about page lacks: {needle}");
    }
}

#[test]
fn the_child_at_risk_now_notice_is_cited() {
    let site = site_json();
    let urgent = &site["urgent"];
    let text = urgent["text"]
        .as_str()
        .expect("site.toml has [urgent] text");
    assert!(urgent["heading"].as_str().is_some_and(|h| !h.is_empty()));
    for needle in [
        "not the way to report",
        "children's social care",
        "police",
        "999",
    ] {
        assert!(text.contains(needle), "urgent notice lacks: {needle}");
    }
    let known = sources();
    let refs = urgent["sources"].as_array().expect("[urgent] sources");
    assert!(!refs.is_empty());
    for r in refs {
        let (id, locator) = r.as_str().unwrap().split_once(':').unwrap();
        assert!(known.contains_key(id), "unknown source {id}");
        assert!(!locator.trim().is_empty());
    }
}

/// Buckinghamshire 8.2 paragraphs whose lists are empty in the source
/// document: nothing may be cited to them.
const EMPTY_BUCKS_PARAGRAPHS: &[u32] = &[3, 4, 8, 19, 40, 41, 42, 43, 44, 45, 46, 47, 63];

/// The 8.2.N paragraph numbers a Buckinghamshire locator names, with
/// "8.2.A to 8.2.B" ranges expanded.
pub fn bucks_paragraphs(locator: &str) -> Vec<u32> {
    let words: Vec<&str> = locator
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| w.strip_prefix("8.2.").and_then(|n| n.parse::<u32>().ok());
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if let Some(n) = number(w) {
            out.push(n);
            if words.get(i + 1) == Some(&"to") {
                if let Some(end) = words.get(i + 2).and_then(|e| number(e)) {
                    out.extend(n + 1..end);
                }
            }
        }
    }
    out
}

#[test]
fn locators_parse_as_expected() {
    assert_eq!(bucks_paragraphs("8.2.17 to 8.2.19"), vec![17, 18, 19]);
    assert_eq!(
        bucks_paragraphs("8.2.60, 8.2.61 and 8.2.65 to 8.2.67"),
        vec![60, 61, 65, 66, 67]
    );
    assert_eq!(bucks_paragraphs("Appendix A"), Vec::<u32>::new());
}

#[test]
fn nothing_is_cited_to_an_empty_paragraph_and_the_mental_health_act_is_1983() {
    use scr_referral_guide::content::{guide_pages, referral_text};
    let mut refs: Vec<String> = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    for page in RuleSetId::ALL.into_iter().flat_map(guide_pages) {
        texts.push(page.lead.clone());
        for section in page.sections {
            for block in section.blocks {
                refs.extend(block.sources.clone());
                texts.push(format!("{} {}", block.text, block.items.join(" ")));
                for step in block.steps {
                    refs.extend(step.sources.clone());
                    texts.push(step.text.clone());
                }
            }
        }
    }
    for site in RuleSetId::ALL.map(site) {
        refs.extend(site.criteria.intro_sources.clone());
        refs.extend(site.deadlines.rules_sources.clone());
    }
    for words in RuleSetId::ALL.map(referral_text) {
        refs.extend(words.intro_sources.clone());
        for note in words.section_intro.values() {
            refs.extend(note.sources.clone());
        }
    }
    for r in &refs {
        if let Some(locator) = r.strip_prefix("bucks:") {
            for n in bucks_paragraphs(locator) {
                assert!(
                    !EMPTY_BUCKS_PARAGRAPHS.contains(&n),
                    "{r}: 8.2.{n} is empty in the source"
                );
            }
        }
    }
    for text in &texts {
        for wrong in ["Mental Health Act 1998", "Mental Health Act 2005"] {
            assert!(!text.contains(wrong), "{wrong} in {text:?}");
        }
        if text.contains("Mental Health Act") {
            assert!(text.contains("Mental Health Act 1983"), "{text:?}");
        }
    }
}

/// The referral's confirmation page repeats two sections of "Prepare the
/// referral" (sending, and what happens next), made at build time without
/// their sources: the same words as the guidance page, for both rule sets.
#[test]
fn the_confirmation_page_repeats_the_refer_pages_sending_and_next_sections() {
    use scr_referral_guide::content::{guide_page, refer_done_sections};
    use scr_referral_guide::criteria::RuleSetId;
    for rule_set in [RuleSetId::Scr2006, RuleSetId::Cspr] {
        let done = refer_done_sections(rule_set);
        let ids: Vec<&str> = done.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["send", "next"], "{rule_set:?}");
        let page = guide_page(rule_set, "refer").expect("a refer page");
        for section in &done {
            let full = page.sections.iter().find(|s| s.id == section.id).unwrap();
            assert_eq!(section.heading, full.heading);
            assert_eq!(section.blocks.len(), full.blocks.len());
            for (short, long) in section.blocks.iter().zip(&full.blocks) {
                assert_eq!(
                    (short.kind, &short.text, &short.items),
                    (long.kind, &long.text, &long.items)
                );
                let steps = |b: &scr_referral_guide::content::Block| {
                    b.steps
                        .iter()
                        .map(|s| (s.title.clone(), s.text.clone()))
                        .collect::<Vec<_>>()
                };
                assert_eq!(steps(short), steps(long));
                assert!(short.sources.is_empty(), "the form carries no citations");
            }
        }
    }
}
