//! The accessibility statement (`content/accessibility.toml`): it follows
//! the model statement's structure, says what the browser tests check and
//! what they do not, and cites its sources where it states facts that are not
//! about the site itself.

use scr_referral_guide::dates::parse_iso_date;

#[test]
fn the_accessibility_statement_follows_the_model_and_cites_what_is_not_about_the_site() {
    let page = scr_referral_guide::content::guide_page(
        scr_referral_guide::criteria::RuleSetId::Scr2006,
        "accessibility",
    )
    .expect("statement");
    let headings: Vec<&str> = page.sections.iter().map(|s| s.heading.as_str()).collect();
    for heading in [
        "How accessible this website is",
        "What to do if you cannot use this website",
        "Enforcement procedure",
        "Technical information about this website's accessibility",
        "How we tested this website",
    ] {
        assert!(
            headings.contains(&heading),
            "statement lacks the section: {heading}"
        );
    }
    let blocks = || page.sections.iter().flat_map(|s| s.blocks.iter());
    let all = |f: fn(&scr_referral_guide::content::Block) -> bool| {
        blocks()
            .filter(|b| f(b))
            .map(|b| format!("{} {}", b.text, b.items.join(" ")))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let site_facts = all(|b| b.site_fact);
    let cited = all(|b| !b.site_fact);
    // Who to contact comes from the Board profile.
    assert!(site_facts.contains("{office_email}") && site_facts.contains("{office_phone}"));
    // What the browser tests check (tests/e2e/helpers.mjs and the rest).
    for needle in [
        "axe-core",
        "320 pixels",
        "keyboard",
        "JavaScript turned off",
        "one main heading",
    ] {
        assert!(
            site_facts.contains(needle),
            "statement does not say: {needle}"
        );
    }
    // It says what was not tested, and claims no full compliance.
    assert!(site_facts.contains("not yet been tested with screen readers"));
    assert!(site_facts.contains("do not yet say that it fully meets"));
    // What WCAG is, and what the regulations say, cite their sources.
    assert!(cited.contains("Web Content Accessibility Guidelines (WCAG) 2.2"));
    assert!(cited.contains("Equality Act 2010"));
    let refs: Vec<&String> = blocks().flat_map(|b| b.sources.iter()).collect();
    assert!(refs.iter().any(|r| r.starts_with("wcag22:")));
    assert!(refs.iter().any(|r| r.starts_with("psbar2018:")));
}

#[test]
fn new_sources_have_an_address_and_a_date_checked() {
    let file: serde_json::Value =
        serde_json::from_str(scr_referral_guide::include_content!("sources")).unwrap();
    for id in ["wcag22", "psbar2018"] {
        let source = file["source"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id)
            .unwrap_or_else(|| panic!("no source {id}"));
        assert!(
            source["url"]
                .as_str()
                .is_some_and(|u| u.starts_with("https://")),
            "{id}"
        );
        assert!(
            source["checked"]
                .as_str()
                .and_then(parse_iso_date)
                .is_some(),
            "{id}"
        );
    }
}
