//! The referral document (src/document.rs, src/pdf.rs): every filled field
//! in every renderer, the Board's sections, the marking on every page, long
//! text and long tables across pages, and arbitrary Unicode. The PDF's text
//! is read back with `pdftotext` (Debian's poppler-utils, installed by
//! scripts/setup.sh). Native only.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{any_referral, filled, today};
use proptest::prelude::*;
use scr_referral_guide::board::BoardProfile;
use scr_referral_guide::document::{self, document, Document};
use scr_referral_guide::pdf;
use scr_referral_guide::referral::*;
use std::io::Write;
use std::process::{Command, Stdio};

fn font() -> pdf::EmbeddedFont {
    let zlib = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/fonts/DejaVuSans.ttf.zlib"
    ))
    .expect("the PDF font is in public/fonts");
    from_zlib(zlib).expect("the font inflates and parses")
}

/// What the browser does with the served font file (DecompressionStream).
fn from_zlib(zlib: Vec<u8>) -> Result<pdf::EmbeddedFont, String> {
    let raw = miniz_oxide::inflate::decompress_to_vec_zlib(&zlib).map_err(|e| format!("{e:?}"))?;
    pdf::EmbeddedFont::new(raw, zlib)
}

/// The text of a PDF, one string per page, in the order it was written.
fn pdf_pages(bytes: &[u8]) -> Vec<String> {
    let mut child = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext (poppler-utils) is installed: run scripts/setup.sh");
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "pdftotext failed");
    let text = String::from_utf8(out.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// Words only: layout (line breaks, columns) does not matter.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// No whitespace at all: a word broken across lines still matches.
fn compact(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The pages' text without the page furniture (marking, footer, page
/// numbers), so that text carried across a page break reads on.
fn body(pages: &[String], d: &Document) -> String {
    pages
        .iter()
        .flat_map(|p| p.lines())
        .filter(|l| {
            let l = l.trim();
            l != d.marking && !l.starts_with("Page ") && !l.starts_with(&d.title)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn full() -> Referral {
    let mut r = filled();
    r.about_you.job_title = "Health visitor".into();
    r.child.other_names = "Ánh Nguyen".into();
    r.child.sex_gender = "Female".into();
    r.child.ethnicity = "Vietnamese".into();
    r.child.school_or_setting = "Żłobek Słoneczko nursery".into();
    r.child.lead_worker = "Şükrü Öztürk, Assessment Team 2".into();
    r.household = vec![
        HouseholdMember {
            name: "Олена Петренко".into(),
            relationship: "Mother".into(),
            dob_or_age: "4 5 1990".into(),
            address_if_different: String::new(),
        },
        HouseholdMember {
            name: "Ștefan Popescu".into(),
            relationship: "Mother's partner".into(),
            dob_or_age: "about 35".into(),
            address_if_different: "12 Bóthar na Trá, Gaillimh".into(),
        },
    ];
    r.case.agency_concerns =
        "Information was not shared between health visiting and the GP.".into();
    r.case.good_practice = "The school made a referral promptly.".into();
    r.parallel = vec![ParallelEntry {
        process: scr_referral_guide::criteria::ParallelProcess::PoliceInvestigation,
        reference: "Op Ash, DC Smith".into(),
    }];
    r.chronology = vec![
        ChronologyRow {
            date: common::date("1", "11", "2026"),
            agency: "Police".into(),
            event: "Child taken to hospital".into(),
        },
        ChronologyRow {
            date: common::date("14", "2", "2026"),
            agency: "Health visiting".into(),
            event: "Missed appointment".into(),
        },
    ];
    r
}

fn doc(r: &Referral) -> Document {
    document(r, &BoardProfile::example())
}

/// Every value the user gave (not "Not given"), from the document model.
fn values(d: &Document) -> Vec<String> {
    let mut out = vec![];
    for part in &d.parts {
        for g in &part.groups {
            for r in &g.rows {
                if r.value != document::NOT_GIVEN {
                    out.push(r.value.clone());
                }
            }
        }
        if let Some(t) = &part.table {
            out.extend(t.rows.iter().flatten().cloned());
        }
    }
    out
}

#[test]
fn every_filled_field_is_in_the_document_model() {
    let r = full();
    let all = values(&doc(&r));
    for v in [
        "Zoë O'Brien-Łukasiewicz",
        "Ayşe Yılmaz",
        "Nguyễn Thị Ánh",
        "Ánh Nguyen",
        "Олена Петренко",
        "12 Bóthar na Trá, Gaillimh",
        "Σοβαρός τραυματισμός",
        "Критерии выполнены",
        "Op Ash, DC Smith",
        "Missed appointment",
        "1 June 2020",
        "Health visiting since 2020",
    ] {
        assert!(all.iter().any(|a| a == v), "{v} missing from the document");
    }
}

#[test]
fn plain_text_has_every_field_the_board_sections_and_the_marking() {
    let d = doc(&full());
    let text = d.to_text();
    for v in values(&d) {
        assert!(text.contains(&v), "plain text lacks {v:?}");
    }
    assert!(text.starts_with("OFFICIAL-SENSITIVE\n"));
    assert!(text.trim_end().ends_with("OFFICIAL-SENSITIVE"));
    for b in &d.board_parts {
        assert!(text.contains(&b.title));
    }
    assert!(text.contains("The Serious Case Review Sub Group's recommendation"));
    assert!(text.contains("The Independent Chair's decision"));
    assert!(text.contains("Where the criteria come from:"));
}

#[test]
fn pdf_has_every_field_the_board_sections_and_the_marking_on_every_page() {
    let d = doc(&full());
    let out = pdf::render(&d, &font()).unwrap();
    assert!(out.missing.is_empty(), "{:?}", out.missing);
    assert!(out.bytes.starts_with(b"%PDF-"));
    let pages = pdf_pages(&out.bytes);
    assert_eq!(pages.len(), out.pages);
    let all = words(&pages.join(" "));
    for v in values(&d) {
        assert!(all.contains(&words(&v)), "PDF lacks {v:?}");
    }
    for b in &d.board_parts {
        assert!(all.contains(&words(&b.title)), "PDF lacks {}", b.title);
    }
    for (i, page) in pages.iter().enumerate() {
        assert_eq!(
            page.matches("OFFICIAL-SENSITIVE").count(),
            2,
            "page {}: marking top and bottom",
            i + 1
        );
        assert!(page.contains(&format!("Page {} of {}", i + 1, pages.len())));
    }
}

#[test]
fn the_boards_own_marking_is_used() {
    let mut board = BoardProfile::example();
    board.protective_marking = "OFFICIAL".into();
    let d = document(&full(), &board);
    let pages = pdf_pages(&pdf::render(&d, &font()).unwrap().bytes);
    assert!(pages
        .iter()
        .all(|p| p.contains("OFFICIAL") && !p.contains("OFFICIAL-SENSITIVE")));
}

#[test]
fn long_text_and_a_200_row_chronology_paginate_without_losing_text() {
    let mut r = full();
    // 10,000 characters of varied words, with line breaks and a very long "word".
    let mut long = String::new();
    let mut n = 0;
    while long.chars().count() < 9_900 {
        long.push_str(&format!("word{n} Ωμέγα-{n} "));
        if n % 50 == 49 {
            long.push('\n');
        }
        n += 1;
    }
    long.push_str(&"x".repeat(300));
    let long: String = long.chars().take(LONG_TEXT_MAX).collect();
    r.case.what_happened = long.clone();
    r.case.why_referring = long.clone();
    r.chronology = (0..200)
        .map(|i| ChronologyRow {
            date: common::date(&(1 + i % 28).to_string(), &(1 + i % 12).to_string(), "2025"),
            agency: format!("Agency {i}"),
            event: format!("Event number {i}: {}", "details ".repeat(i % 7)),
        })
        .collect();
    let d = doc(&r);
    let out = pdf::render(&d, &font()).unwrap();
    let pages = pdf_pages(&out.bytes);
    assert!(pages.len() > 10, "{} pages", pages.len());
    let all = compact(&body(&pages, &d));
    for v in values(&d) {
        assert!(all.contains(&compact(&v)), "PDF lacks part of {:.60}…", v);
    }
    let all = words(&pages.join(" "));
    for i in 0..200 {
        assert!(all.contains(&format!("Agency {i} ")), "row {i}");
    }
    // The chronology's header is repeated on every page the table spans.
    let table_pages: Vec<&String> = pages.iter().filter(|p| p.contains("Agency 1")).collect();
    let with_header = pages
        .iter()
        .filter(|p| p.contains("Date") && p.contains("Event") && p.contains("Agency "))
        .count();
    assert!(with_header >= table_pages.len());
    for (i, page) in pages.iter().enumerate() {
        assert_eq!(
            page.matches("OFFICIAL-SENSITIVE").count(),
            2,
            "page {}",
            i + 1
        );
    }
}

#[test]
fn characters_the_font_cannot_show_are_named_with_their_field() {
    let mut r = full();
    r.child.name = "Ann 한 李".into();
    let d = doc(&r);
    let out = pdf::render(&d, &font()).unwrap();
    assert_eq!(out.missing.len(), 1, "{:?}", out.missing);
    assert_eq!(out.missing[0].field, "The child: Name");
    assert_eq!(out.missing[0].chars, vec!['한', '李']);
    // The plain text keeps them.
    assert!(d.to_text().contains("Ann 한 李"));
    assert!(words(&pdf_pages(&out.bytes).join(" ")).contains("Ann \u{FFFD} \u{FFFD}"));
}

#[test]
fn a_damaged_font_file_is_refused_not_embedded() {
    assert!(from_zlib(b"not zlib".to_vec()).is_err());
    assert!(pdf::EmbeddedFont::new(b"not a font".to_vec(), vec![]).is_err());
    let mut bad = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/fonts/DejaVuSans.ttf.zlib"
    ))
    .unwrap();
    bad.truncate(1000);
    assert!(from_zlib(bad).is_err());
}

#[test]
fn the_pdf_embeds_the_compressed_font_so_stays_small() {
    let out = pdf::render(&doc(&full()), &font()).unwrap();
    assert!(out.bytes.len() < 450_000, "{} bytes", out.bytes.len());
}

#[test]
fn file_name_and_mail_link_carry_no_personal_data() {
    let name = document::pdf_file_name("Anytown NHS Trust (Children's)", today());
    assert_eq!(
        name,
        "SCR-referral-Anytown-NHS-Trust-Children-s-2026-11-23.pdf"
    );
    assert_eq!(
        document::pdf_file_name("Łódź", today()),
        "SCR-referral-d-2026-11-23.pdf"
    );
    assert_eq!(
        document::pdf_file_name("", today()),
        "SCR-referral-2026-11-23.pdf"
    );
    let link = document::mail_link("scr-referrals@example.org", "Anytown NHS Trust", today());
    assert!(link.starts_with("mailto:scr-referrals@example.org?subject=SCR%20referral%20%E2%80%94%20Anytown%20NHS%20Trust%20%E2%80%94%2023%20November%202026&body="));
    let r = full();
    for v in values(&doc(&r)) {
        if v.len() > 4 && !"Anytown NHS Trust 23 November 2026".contains(v.as_str()) {
            assert!(!link.contains(&v.replace(' ', "%20")), "link contains {v}");
        }
    }
    assert!(!link.contains("Zo%C3%AB"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn any_referral_renders_and_the_plain_text_keeps_it_exactly(r in any_referral()) {
        let d = doc(&r);
        let text = d.to_text();
        for v in values(&d) {
            prop_assert!(text.contains(&v));
        }
        let out = pdf::render(&d, &font()).unwrap();
        prop_assert!(out.bytes.starts_with(b"%PDF-"));
        prop_assert!(out.pages >= 1);
    }
}

/// The full referral with a 20-event chronology that the browser tests and
/// the PDF benchmark (scripts/report.mjs) load as a hand-over file. This
/// test keeps the file in step with the model: run it with
/// UPDATE_FIXTURES=1 to rewrite the file after a model change.
#[test]
fn the_browser_fixture_is_a_current_complete_referral() {
    let mut r = full();
    r.chronology = (0..20)
        .map(|i| ChronologyRow {
            date: common::date(&(1 + i % 28).to_string(), &(1 + i % 10).to_string(), "2026"),
            agency: ["Health visiting", "GP", "Police", "School"][i % 4].into(),
            event: format!(
                "Event {}: {}",
                i + 1,
                "Seen at home; concerns noted and shared. ".repeat(1 + i % 3)
            ),
        })
        .collect();
    r.saved = Section::ALL.into_iter().collect();
    assert!(r.validate_all(today()).is_empty());
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/full-referral.json"
    );
    let draft = scr_referral_guide::draft::Draft::new(r, 1_795_000_000_000, 0, "");
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, draft.to_json()).unwrap();
    }
    let stored = std::fs::read(path).expect("run with UPDATE_FIXTURES=1 to create it");
    assert_eq!(scr_referral_guide::draft::read(&stored), Ok(draft));
}
