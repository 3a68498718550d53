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
