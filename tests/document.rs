//! The referral document (src/document/, src/pdf/): every answer in every
//! renderer, the Board's page (sections 2 and 3) with fillable fields, the
//! running header, "(continued)" on split rows, one date format, the tagged
//! structure, right-to-left and complex scripts, the mail link, and the
//! largest referral the form allows. The PDF is read back with poppler
//! (`pdftotext`, `pdfinfo`; Debian's poppler-utils, installed by
//! scripts/setup.sh) and its form fields by reading its objects. Expected
//! values come from the referral given, never from the document under test.
//! Native only.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{any_referral, filled, today};
use proptest::prelude::*;
use scr_referral_guide::board::BoardProfile;
use scr_referral_guide::criteria::RuleSetId;
use scr_referral_guide::document::{self, document, Document};
use scr_referral_guide::pdf;
use scr_referral_guide::referral::*;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

fn font() -> pdf::EmbeddedFont {
    pdf::EmbeddedFont::new(font_raw()).expect("the font parses")
}

/// The font file the site serves, inflated (as the browser does).
fn font_raw() -> Vec<u8> {
    let zlib = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/fonts/DejaVuSans.ttf.zlib"
    ))
    .expect("the PDF font is in public/fonts");
    miniz_oxide::inflate::decompress_to_vec_zlib(&zlib).expect("the font inflates")
}

/// What the browser does with the served font file (DecompressionStream).
fn from_zlib(zlib: Vec<u8>) -> Result<pdf::EmbeddedFont, String> {
    let raw = miniz_oxide::inflate::decompress_to_vec_zlib(&zlib).map_err(|e| format!("{e:?}"))?;
    pdf::EmbeddedFont::new(raw)
}

/// Run a poppler tool on a PDF given on standard input ("-") or as a file.
fn poppler(tool: &str, args: &[&str], bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("scr-doc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{tool}-{}.pdf", rand_name()));
    std::fs::write(&path, bytes).unwrap();
    let mut all: Vec<&str> = args.to_vec();
    let p = path.to_str().unwrap().to_string();
    all.push(&p);
    if tool == "pdftotext" {
        all.push("-");
    }
    let out = Command::new(tool)
        .args(&all)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|_| panic!("{tool} (poppler-utils) is installed: run scripts/setup.sh"));
    let _ = std::fs::remove_file(&path);
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn rand_name() -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    format!(
        "{:?}-{}",
        std::thread::current().id(),
        N.fetch_add(1, Ordering::SeqCst)
    )
    .replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "")
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

/// A date as the document writes dates ("1 June 2020"), made here with
/// chrono's own formatting, not the code under test.
fn long(d: &DateText) -> String {
    let date = chrono::NaiveDate::from_ymd_opt(
        d.year.trim().parse().unwrap(),
        d.month.trim().parse().unwrap(),
        d.day.trim().parse().unwrap(),
    )
    .unwrap();
    date.format("%-d %B %Y").to_string()
}

/// If written out, save the PDF for looking at (DUMP_PDFS=folder).
fn dump(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("DUMP_PDFS") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).unwrap();
    }
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

/// Every answer the referrer typed, from the referral itself (its JSON
/// leaves): text as typed, dates in words. Keys holding a choice (shown by
/// its label), the criteria answers (shown by the questionnaire's words) and
/// free-text dates (`dob_or_age`, see its own test) are left to other tests.
fn typed(r: &Referral) -> Vec<String> {
    fn walk(key: &str, v: &Value, out: &mut Vec<String>) {
        const CHOICES: [&str; 9] = [
            "request",
            "why_not",
            "legal_status",
            "open_to_social_care",
            "records_secured",
            "process",
            "saved",
            "criteria",
            "dob_or_age",
        ];
        if CHOICES.contains(&key) {
            return;
        }
        match v {
            Value::String(s) if !s.trim().is_empty() => out.push(s.clone()),
            Value::Object(m) if m.contains_key("day") && m.contains_key("year") => {
                let d: DateText = serde_json::from_value(v.clone()).unwrap();
                if !d.is_blank() {
                    out.push(long(&d));
                }
            }
            Value::Object(m) => m.iter().for_each(|(k, v)| walk(k, v, out)),
            Value::Array(a) => a.iter().for_each(|v| walk(key, v, out)),
            _ => {}
        }
    }
    let mut out = vec![];
    walk("", &serde_json::to_value(r).unwrap(), &mut out);
    out
}

#[test]
fn every_answer_in_the_referral_is_in_the_plain_text_and_the_pdf() {
    let r = full();
    let expected = typed(&r);
    assert!(expected.len() > 30, "{expected:?}");
    for v in [
        "Zoë O'Brien-Łukasiewicz",
        "Олена Петренко",
        "1 June 2020",
        "Op Ash, DC Smith",
    ] {
        assert!(expected.iter().any(|e| e == v), "the walk finds {v}");
    }
    let d = doc(&r);
    let text = d.to_text();
    let out = pdf::render(&d, &font()).unwrap();
    dump("full.pdf", &out.bytes);
    assert!(out.missing.is_empty(), "{:?}", out.missing);
    assert!(out.unsupported.is_empty(), "{:?}", out.unsupported);
    let pages = pdf_pages(&out.bytes);
    assert_eq!(pages.len(), out.pages);
    let all = words(&pages.join(" "));
    for v in &expected {
        assert!(text.contains(v.as_str()), "plain text lacks {v:?}");
        assert!(all.contains(&words(v)), "PDF lacks {v:?}");
    }
    // Choices by their labels.
    for v in [
        LegalStatus::ChildInNeed.label(),
        Request::SeriousCaseReview.label(),
        scr_referral_guide::criteria::ParallelProcess::PoliceInvestigation.label(),
    ] {
        assert!(text.contains(v) && all.contains(&words(v)), "{v}");
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
    assert!(text.starts_with("OFFICIAL-SENSITIVE\n"));
    assert!(text.trim_end().ends_with("OFFICIAL-SENSITIVE"));
}

#[test]
fn household_dates_read_like_other_dates_and_ages_stay_as_typed() {
    let mut r = full();
    r.household[1].dob_or_age = "about 35".into();
    r.household.push(HouseholdMember {
        name: "Third Person".into(),
        relationship: "Uncle".into(),
        dob_or_age: "09/08/2004".into(),
        address_if_different: String::new(),
    });
    r.household.push(HouseholdMember {
        name: "Fourth Person".into(),
        relationship: "Aunt".into(),
        dob_or_age: "31 2 1990".into(),
        address_if_different: String::new(),
    });
    let d = doc(&r);
    let text = d.to_text();
    let pdf_text = words(&pdf_pages(&pdf::render(&d, &font()).unwrap().bytes).join(" "));
    // "4 5 1990" and "09/08/2004" are dates; "about 35" and the impossible
    // "31 2 1990" are kept as typed.
    for (shown, not) in [
        ("4 May 1990", Some("4 5 1990")),
        ("9 August 2004", Some("09/08/2004")),
        ("about 35", None),
        ("31 2 1990", None),
    ] {
        assert!(text.contains(shown), "plain text has {shown}");
        assert!(pdf_text.contains(shown), "PDF has {shown}");
        if let Some(not) = not {
            assert!(!text.contains(not) && !pdf_text.contains(not), "{not}");
        }
    }
    assert_eq!(document::date_or_text("2004-08-09"), "9 August 2004");
    assert_eq!(document::date_or_text("9.8.2004"), "9 August 2004");
    assert_eq!(document::date_or_text("9 8 04"), "9 8 04");
    assert_eq!(document::date_or_text("12"), "12");
    assert_eq!(document::date_or_text("9 August 2004"), "9 August 2004");
}

/// The Board's page as the profile and the procedure name it.
fn board_headings(board: &BoardProfile) -> Vec<String> {
    vec![
        format!("For {} to complete", board.short_name),
        "Board reference".into(),
        "Date received".into(),
        format!(
            "Section 2: The {}'s recommendation",
            board.review_group_name
        ),
        "Recommendation".into(),
        format!("Chair of the {}", board.review_group_name),
        "Section 3: The Independent Chair's decision".into(),
        "Decision".into(),
        "Independent Chair".into(),
    ]
}

#[test]
fn the_boards_part_is_a_page_of_its_own_labelled_as_sections_2_and_3_in_every_renderer() {
    let board = BoardProfile::example();
    let r = full();
    let d = document(&r, &board);
    let out = pdf::render(&d, &font()).unwrap();
    let pages = pdf_pages(&out.bytes);
    let last = words(pages.last().unwrap());
    let mut at = 0;
    for h in board_headings(&board) {
        let found = last[at..]
            .find(&h)
            .unwrap_or_else(|| panic!("the Board's page has {h:?}, in order: {last}"));
        at += found;
    }
    // No citation in the document: its sources are on the guidance pages.
    assert!(!last.contains("Buckinghamshire SCB procedure"), "{last}");
    assert!(
        !words(&pages.join(" ")).contains("Source:"),
        "no citation anywhere"
    );
    assert!(
        !last.contains(&r.child.name),
        "only the Board's part on its page"
    );
    assert!(!last.contains("Skeleton chronology"));
    let before = words(&pages[pages.len() - 2]);
    assert!(!before.contains("Section 2:") && !before.contains("Board reference Date received"));
    assert!(
        before.contains("Missed appointment"),
        "the referral ends on the page before"
    );

    // Plain text: the same headings and fields, in the same order, after
    // every answer.
    let text = d.to_text();
    let board_at = text
        .find(&board_headings(&board)[0].to_uppercase())
        .unwrap();
    assert!(text.find("Missed appointment").unwrap() < board_at);
    let mut at = board_at;
    for h in &board_headings(&board)[1..] {
        at += text[at..]
            .find(h.as_str())
            .unwrap_or_else(|| panic!("plain text has {h:?} in order"));
    }
    assert!(text.contains("Section 1: The referral".to_uppercase().as_str()));
}

/// A PDF's dictionary text with a space between each key and its value
/// ("/Type /Page", "/Lang (en-GB)"), as the checks below read it: the
/// renderer writes compactly ("/Type/Page"). Text in strings is kept.
fn spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 11 / 10);
    let mut depth = 0; // inside a string's parentheses
    let mut escaped = false;
    let mut prev = ' ';
    for c in text.chars() {
        if depth > 0 {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            out.push(c);
            prev = c;
            continue;
        }
        let after_value = !prev.is_whitespace() && !matches!(prev, '[' | '<' | '(');
        if (c == '/' && after_value)
            || (matches!(c, '(' | '[') && prev.is_ascii_alphanumeric())
            || (c == '<' && prev.is_ascii_alphanumeric())
        {
            out.push(' ');
        }
        if c == '(' {
            depth = 1;
        }
        out.push(c);
        prev = c;
    }
    out
}

/// The PDF's objects by number, as a reader sees them: the objects written
/// directly (streams, compressed: see [`stream_of`]) and those inside the
/// object streams (dictionaries, written as text), each spaced (see
/// [`spaced`]). The object streams and the cross-reference stream
/// themselves are left out.
fn objects(bytes: &[u8]) -> std::collections::BTreeMap<u32, String> {
    let mut out = std::collections::BTreeMap::new();
    for (n, object) in direct_objects(bytes) {
        if object.contains("/Type /XRef") {
            continue;
        }
        if !object.contains("/Type /ObjStm") {
            out.insert(n, object);
            continue;
        }
        let number = |key| entry(&object, key).unwrap().parse::<usize>().unwrap();
        let (count, first) = (number("N"), number("First"));
        let data = stream_of(&object);
        let head: Vec<usize> = String::from_utf8_lossy(&data[..first])
            .split_whitespace()
            .map(|t| t.parse().unwrap())
            .collect();
        assert_eq!(head.len(), 2 * count, "{count} objects in the stream");
        for (i, pair) in head.chunks(2).enumerate() {
            let end = head.get(2 * i + 3).map_or(data.len(), |e| first + e);
            let inner: String = data[first + pair[1]..end]
                .iter()
                .map(|&b| b as char)
                .collect();
            let inner = spaced(inner.trim());
            assert!(out.insert(pair[0] as u32, inner).is_none(), "once");
        }
    }
    out
}

/// The objects written directly in the file (not in an object stream).
/// A stream's data is skipped by its /Length, so that text in it (the
/// metadata's title) is not read as objects.
fn direct_objects(bytes: &[u8]) -> std::collections::BTreeMap<u32, String> {
    let find = |from: usize, word: &[u8]| {
        bytes[from..]
            .windows(word.len())
            .position(|w| w == word)
            .map(|at| from + at)
    };
    let latin1 = |b: &[u8]| b.iter().map(|&b| b as char).collect::<String>();
    let mut out = std::collections::BTreeMap::new();
    let mut at = 0;
    while let Some(start) = find(at, b" 0 obj") {
        let number = latin1(&bytes[start.saturating_sub(10)..start])
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|n| n.parse().ok());
        let body_start = start + b" 0 obj".len();
        let mut end_from = body_start;
        let next_end = find(body_start, b"endobj").unwrap_or(bytes.len());
        if let Some(dict_end) = find(body_start, b">>\nstream\n").filter(|&d| d < next_end) {
            let dict = spaced(&latin1(&bytes[body_start..dict_end + 2]));
            let length: usize = entry(&dict, "Length").unwrap().parse().unwrap();
            end_from = dict_end + b">>\nstream\n".len() + length;
        }
        let end = find(end_from, b"endobj").unwrap_or(bytes.len());
        if let Some(n) = number {
            let body = latin1(&bytes[body_start..end]);
            // The dictionary spaced; a stream's bytes as they are.
            let body = match body.find("stream\n") {
                Some(at) => spaced(&body[..at]) + &body[at..],
                None => spaced(&body),
            };
            out.insert(n, body.trim().to_string());
        }
        at = end;
    }
    out
}

/// `/Key value` in an object's dictionary text, up to the next `/` or `>>`.
fn entry<'a>(object: &'a str, key: &str) -> Option<&'a str> {
    let at = object.find(&format!("/{key} "))? + key.len() + 2;
    let rest = &object[at..];
    let end = if let Some(name) = rest.strip_prefix('/') {
        name.find(['/', '>', '\n', ' ']).map(|e| e + 1)
    } else if rest.starts_with('[') {
        rest.find(']').map(|e| e + 1)
    } else if rest.starts_with('(') {
        rest.find(')').map(|e| e + 1)
    } else {
        rest.find(['/', '>', '\n'])
    };
    Some(rest[..end.unwrap_or(rest.len())].trim())
}

/// The text fields of a PDF: name → (flags, number of widgets, the pages
/// they are on).
fn text_fields(bytes: &[u8]) -> std::collections::BTreeMap<String, (u32, usize, Vec<u32>)> {
    let objects = objects(bytes);
    let mut out = std::collections::BTreeMap::new();
    let page_of =
        |o: &str| entry(o, "P").and_then(|p| p.split_whitespace().next()?.parse::<u32>().ok());
    for (n, o) in &objects {
        if entry(o, "FT") != Some("/Tx") {
            continue;
        }
        let name = entry(o, "T").unwrap().trim_matches(['(', ')']).to_string();
        let flags = entry(o, "Ff").map_or(0, |f| f.parse().unwrap());
        let widgets: Vec<u32> = match entry(o, "Kids") {
            Some(kids) => kids
                .trim_matches(['[', ']'])
                .split(" R")
                .filter_map(|k| k.split_whitespace().next()?.parse().ok())
                .collect(),
            None => vec![*n],
        };
        let pages = widgets
            .iter()
            .map(|w| {
                let widget = &objects[w];
                assert!(widget.contains("/Subtype /Widget"), "{widget}");
                assert!(entry(widget, "Rect").is_some(), "{widget}");
                page_of(widget).expect("a widget names its page")
            })
            .collect();
        out.insert(name, (flags, widgets.len(), pages));
    }
    out
}

#[test]
fn the_boards_fields_are_fillable_form_fields_and_the_reference_is_on_every_page() {
    let out = pdf::render(&doc(&full()), &font()).unwrap();
    let info = words(&poppler("pdfinfo", &[], &out.bytes));
    assert!(info.contains("Form: AcroForm"), "{info}");
    let fields = text_fields(&out.bytes);
    let multiline = 1 << 12;
    let names: Vec<&str> = fields.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "board_reference",
            "date_received",
            "decision",
            "decision_by",
            "decision_date",
            "recommendation",
            "recommendation_by",
            "recommendation_date"
        ]
    );
    for name in ["recommendation", "decision"] {
        assert_eq!(
            fields[name].0 & multiline,
            multiline,
            "{name} is multi-line"
        );
    }
    for name in ["board_reference", "date_received", "decision_by"] {
        assert_eq!(fields[name].0 & multiline, 0, "{name} is one line");
    }
    // One Board reference field: a widget in every page's header and one
    // on the Board's page, so typing it once fills every page.
    let (_, widgets, pages) = &fields["board_reference"];
    assert_eq!(*widgets, out.pages + 1);
    let mut distinct = pages.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), out.pages);
    // The other fields are on the last page (the Board's).
    let last = fields["decision"].2[0];
    for name in ["date_received", "recommendation", "recommendation_date"] {
        assert_eq!(fields[name].2, vec![last], "{name}");
    }
    let acroform: String = objects(&out.bytes)
        .into_values()
        .collect::<Vec<_>>()
        .join("\n");
    assert!(acroform.contains("/NeedAppearances true"));
}

#[test]
fn every_page_header_has_the_board_reference_and_the_referral_date_and_nothing_about_the_child() {
    let r = full();
    let out = pdf::render(&doc(&r), &font()).unwrap();
    let date = long(&r.about_you.referral_date);
    for page in 1..=out.pages {
        let p = page.to_string();
        // The top 70 points of the page: the marking and the running header.
        let header = poppler(
            "pdftotext",
            &[
                "-f", &p, "-l", &p, "-x", "0", "-y", "0", "-W", "596", "-H", "70", "-raw",
            ],
            &out.bytes,
        );
        let header = words(&header);
        assert_eq!(
            header,
            format!("OFFICIAL-SENSITIVE Board reference: Date of referral: {date}"),
            "page {page}"
        );
        assert!(!header.contains(&r.child.name));
    }
}

/// A referral with long answers and long events, so that rows split.
fn long_referral() -> Referral {
    let mut r = full();
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
    r.chronology = (0..30)
        .map(|i| ChronologyRow {
            date: common::date(&(1 + i % 28).to_string(), &(1 + i % 12).to_string(), "2025"),
            agency: format!("Agency {i}"),
            event: format!(
                "Event number {i}: {}",
                "details of what happened ".repeat(40 + 7 * (i % 9))
            ),
        })
        .collect();
    r
}

#[test]
fn rows_split_across_pages_repeat_their_label_or_date_and_agency_with_continued() {
    let r = long_referral();
    let d = doc(&r);
    let out = pdf::render(&d, &font()).unwrap();
    dump("long.pdf", &out.bytes);
    let pages = pdf_pages(&out.bytes);
    // "What happened" runs over a page: the next page starts with the label
    // again, "(continued)".
    assert!(
        pages
            .iter()
            .any(|p| words(p).contains("What happened (continued)")),
        "the label is repeated"
    );
    // Every event that starts on one page and ends on another has its date
    // and agency repeated with "(continued)" on the page it ends on.
    let sorted = r.chronology_by_date();
    let mut split = 0;
    for row in &sorted {
        let start = format!("Event number {}:", row.agency.trim_start_matches("Agency "));
        let first = pages.iter().position(|p| p.contains(&start)).unwrap();
        let next = pages.get(first + 1).map(|p| words(p)).unwrap_or_default();
        let continued = format!("{} (continued) {} (continued)", long(&row.date), row.agency);
        if next.contains(&continued) {
            split += 1;
        }
    }
    assert!(split >= 3, "{split} events split across pages");
    // Nothing is lost: every event whole in the text once the page
    // furniture and the repeated cells are taken out.
    let mut body = pages
        .iter()
        .map(|p| {
            p.lines()
                .filter(|l| {
                    let l = l.trim();
                    l != "OFFICIAL-SENSITIVE"
                        && !l.starts_with("Page ")
                        && !l.starts_with(&d.title)
                        && !l.starts_with("Board reference:")
                        && l != "Date Agency Event"
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(" ");
    body = words(&body).replace("What happened (continued) ", "");
    for row in &sorted {
        body = body.replace(
            &format!(
                "{} (continued) {} (continued) ",
                long(&row.date),
                row.agency
            ),
            "",
        );
    }
    let body = compact(&body);
    for row in &sorted {
        assert!(
            body.contains(&compact(&row.event)),
            "{:.40} is whole",
            row.event
        );
    }
    assert!(body.contains(&compact(&r.case.what_happened)));
}

#[test]
fn the_pdf_is_tagged_with_headings_tables_header_cells_and_form_fields_in_reading_order() {
    let r = full();
    let d = doc(&r);
    let out = pdf::render(&d, &font()).unwrap();
    let info = words(&poppler("pdfinfo", &[], &out.bytes));
    assert!(info.contains("Tagged: yes"), "{info}");
    assert!(
        info.contains("Title: Referral for a Serious Case Review"),
        "{info}"
    );
    assert!(info.contains("Metadata Stream: yes"), "{info}");
    let xmp = poppler("pdfinfo", &["-meta"], &out.bytes);
    assert!(
        xmp.contains("<rdf:li xml:lang=\"x-default\">Referral for a Serious Case Review</rdf:li>"),
        "{xmp}"
    );
    let raw: String = objects(&out.bytes)
        .into_values()
        .collect::<Vec<_>>()
        .join("\n");
    for needle in [
        "/Lang (en-GB)",
        "/Marked true",
        "/DisplayDocTitle true",
        "/Scope /Column",
        "/Scope /Row",
        "/Tabs /S",
    ] {
        assert!(raw.contains(needle), "the PDF has {needle}");
    }
    let tree = poppler("pdfinfo", &["-struct-text"], &out.bytes);
    for role in [
        "Document", "H1", "H2", "H3", "H4", "Sect", "P", "Table", "THead", "TBody", "TR", "TH",
        "TD", "Form",
    ] {
        assert!(
            tree.lines().any(|l| {
                let l = l.trim_start();
                l == role
                    || l.starts_with(&format!("{role} "))
                    || l.starts_with(&format!("{role}:"))
            }),
            "structure has {role}: {tree:.2000}"
        );
    }
    // Reading order: the title, section 1 and its parts in order, every
    // answer inside, then the Board's page and its fields.
    let order = [
        "Referral for a Serious Case Review".to_string(),
        "Section 1: The referral".into(),
        "1.1 About you".into(),
        r.about_you.name.clone(),
        "1.3 The child".into(),
        r.child.name.clone(),
        "1.8 Skeleton chronology".into(),
        "Child taken to hospital".into(),
        format!("For {} to complete", BoardProfile::example().short_name),
        "Section 2: The Serious Case Review Sub Group's recommendation".into(),
        "Section 3: The Independent Chair's decision".into(),
    ];
    let mut at = 0;
    for item in &order {
        at += tree[at..]
            .find(item.as_str())
            .unwrap_or_else(|| panic!("{item:?} in reading order in {tree:.3000}"));
    }
    // The page furniture is not read: the marking is not in the tree.
    assert!(!tree.contains("OFFICIAL-SENSITIVE"));
    assert!(!tree.contains("Page 1 of"));
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
fn right_to_left_and_complex_scripts_are_named_by_field_and_noted_in_the_pdf() {
    let mut r = full();
    r.child.name = "سارة أحمد".into();
    r.household[0].name = "שרה כהן".into();
    r.chronology[1].event = "Seen by नर्स at home".into();
    r.case.what_happened = "Mixed: \u{202E}reversed".into();
    let d = doc(&r);
    let out = pdf::render(&d, &font()).unwrap();
    dump("rtl.pdf", &out.bytes);
    let found: Vec<String> = out.unsupported.iter().map(|u| u.describe()).collect();
    assert_eq!(
        found,
        [
            "The child: Name (Arabic, written right to left)",
            "Family and household: Person 1: Name (Hebrew, written right to left)",
            "The case: What happened (right-to-left direction marks, written right to left)",
            // The chronology is in date order: 14 February before 1 November.
            "Skeleton chronology: event 1: Event (Devanagari)",
        ]
    );
    // The confirmation page asks the same function before the PDF is made.
    assert_eq!(pdf::unsupported(&d), out.unsupported);
    // The PDF says so beside each one, for whoever reads it.
    let text = words(&pdf_pages(&out.bytes).join(" "));
    assert_eq!(
        text.matches("This PDF cannot show this answer properly")
            .count(),
        4,
        "{text}"
    );
    // A referral in Latin, Greek and Cyrillic scripts has none.
    assert!(pdf::render(&doc(&full()), &font())
        .unwrap()
        .unsupported
        .is_empty());
    // The plain text keeps the text exactly.
    assert!(d.to_text().contains("سارة أحمد"));
}

#[test]
fn script_detection_by_character() {
    use pdf::scripts::script;
    for (c, name, rtl) in [
        ('א', "Hebrew", true),
        ('ب', "Arabic", true),
        ('ے', "Arabic", true), // Urdu's yeh barree
        ('ﻻ', "Arabic", true), // a presentation form
        ('क', "Devanagari", false),
        ('ক', "Bengali", false),
        ('ก', "Thai", false),
        ('\u{200F}', "right-to-left direction marks", true),
    ] {
        assert_eq!(script(c), Some((name, rtl)), "{c}");
    }
    for c in ['a', 'é', 'Ω', 'Ж', '李', '€', ' ', '\u{200B}'] {
        assert_eq!(script(c), None, "{c}");
    }
}

#[test]
fn a_damaged_font_file_is_refused_not_embedded() {
    assert!(from_zlib(b"not zlib".to_vec()).is_err());
    assert!(pdf::EmbeddedFont::new(b"not a font".to_vec()).is_err());
    let mut bad = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/fonts/DejaVuSans.ttf.zlib"
    ))
    .unwrap();
    bad.truncate(1000);
    assert!(from_zlib(bad).is_err());
}

/// A stream's bytes, inflated (every stream but the metadata is
/// compressed), from the object's text as [`objects`] gives it.
fn stream_of(object: &str) -> Vec<u8> {
    let start = object.find("stream\n").expect("a stream") + "stream\n".len();
    let end = object.rfind("endstream").expect("the stream's end");
    let bytes: Vec<u8> = object[start..end].chars().map(|c| c as u8).collect();
    assert!(object.contains("/Filter /FlateDecode"), "compressed");
    miniz_oxide::inflate::decompress_to_vec_zlib(&bytes).expect("the stream inflates")
}

#[test]
fn the_pdf_embeds_a_subset_of_the_font_that_covers_what_the_board_may_type() {
    let out = pdf::render(&doc(&full()), &font()).unwrap();
    let objects = objects(&out.bytes);
    let whole = font_raw().len();
    let file = objects
        .values()
        .find(|o| o.contains("/Length1"))
        .expect("the font file");
    let subset = stream_of(file);
    assert!(subset.len() < whole / 4, "a subset: {} bytes", subset.len());
    // The map back to Unicode covers the document's characters and, for
    // the form fields, Latin (with Latin-1 Supplement and Latin Extended-A),
    // Greek and Cyrillic, each to its own glyph (code).
    let cmap = objects
        .values()
        .find(|o| o.contains("/Type /CMap"))
        .expect("the ToUnicode map");
    let cmap = String::from_utf8(stream_of(cmap)).unwrap();
    let mut codes = std::collections::BTreeMap::new();
    for line in cmap.lines() {
        let hex: Vec<&str> = line
            .split(['<', '>'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if let [code, unicode] = hex[..] {
            if let (Ok(code), Ok(u)) = (
                u16::from_str_radix(code, 16),
                u32::from_str_radix(unicode, 16),
            ) {
                if let Some(c) = char::from_u32(u) {
                    assert!(codes.insert(c, code).is_none(), "{c} once");
                }
            }
        }
    }
    for c in "Nguyễn Thị Ánh Олена ŁŽŧőŸ ÆßÞ Ωλ ЖЯЄЇґ €–’…".chars()
    {
        if c != ' ' {
            assert!(codes.contains_key(&c), "{c} is in the subset");
        }
    }
}

#[test]
fn file_name_and_mail_link_carry_no_personal_data() {
    let name = document::pdf_file_name(
        RuleSetId::Scr2006,
        "Anytown NHS Trust (Children's)",
        today(),
    );
    assert_eq!(
        name,
        "SCR-referral-Anytown-NHS-Trust-Children-s-2026-11-23.pdf"
    );
    assert_eq!(
        document::pdf_file_name(RuleSetId::Scr2006, "Łódź", today()),
        "SCR-referral-d-2026-11-23.pdf"
    );
    assert_eq!(
        document::pdf_file_name(RuleSetId::Scr2006, "", today()),
        "SCR-referral-2026-11-23.pdf"
    );
    let link = document::mail_link(
        RuleSetId::Scr2006,
        "scr-referrals@example.org",
        "Anytown NHS Trust",
        today(),
    );
    assert!(link.starts_with("mailto:scr-referrals@example.org?subject=SCR%20referral%20%E2%80%94%20Anytown%20NHS%20Trust%20%E2%80%94%2023%20November%202026&body="));
    // Under the CSPR rules, the name and subject say what the referral is.
    assert_eq!(
        document::pdf_file_name(RuleSetId::Cspr, "Anytown NHS Trust", today()),
        "Serious-incident-referral-Anytown-NHS-Trust-2026-11-23.pdf"
    );
    let cspr = document::mail_link(RuleSetId::Cspr, "a@b.example", "Anytown NHS Trust", today());
    assert!(
        cspr.contains("subject=Serious%20incident%20referral%20%E2%80%94%20Anytown"),
        "{cspr}"
    );
    let r = full();
    for v in typed(&r) {
        if v.len() > 4 && !"Anytown NHS Trust 23 November 2026".contains(v.as_str()) {
            assert!(
                !link.contains(&document::percent_encode(&v)),
                "link contains {v}"
            );
        }
    }
}

/// Read a mailto link back: the address, then each header's decoded value.
fn mailto_parts(link: &str) -> (String, Vec<(String, String)>) {
    let decode = |s: &str| {
        let bytes = s.as_bytes();
        let mut out = vec![];
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    };
    let rest = link.strip_prefix("mailto:").unwrap();
    let (address, query) = rest.split_once('?').unwrap();
    assert!(
        !address.contains('#') && !query.contains('#'),
        "no fragment: {link}"
    );
    let headers = query
        .split('&')
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap();
            (k.to_string(), decode(v))
        })
        .collect();
    (decode(address), headers)
}

#[test]
fn the_mail_link_encodes_every_part_so_no_value_adds_a_header_or_ends_the_subject() {
    for (mailbox, agency) in [
        (
            "scr@board.example.org",
            "Anytown & District?bcc=x@evil.example#y",
        ),
        ("scr@board.example.org", "A%0D%0ABcc: leak@evil.example"),
        (
            "scr+referrals@board.example.org",
            "Police\r\nBcc: leak@evil.example",
        ),
        // A profile can no longer hold these (src/board/ refuses them), but
        // the link is safe even so.
        ("scr@board.example.org?bcc=leak%40evil.example&x=", "Police"),
        ("scr@board.example.org#x", "Police"),
    ] {
        let link = document::mail_link(RuleSetId::Scr2006, mailbox, agency, today());
        let (address, headers) = mailto_parts(&link);
        assert_eq!(address, mailbox, "{link}");
        let keys: Vec<&str> = headers.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["subject", "body"], "{link}");
        assert_eq!(
            headers[0].1,
            format!("SCR referral — {} — 23 November 2026", agency.trim())
        );
        assert!(!link.contains(['\r', '\n', ' ', '#']), "{link}");
    }
}

#[test]
fn the_mail_link_and_the_page_give_one_rule_about_what_goes_in_the_email() {
    let (_, headers) = mailto_parts(&document::mail_link(
        RuleSetId::Scr2006,
        "a@b.example",
        "X",
        today(),
    ));
    let body = &headers[1].1;
    for needle in [
        "attach the PDF",
        "paste the referral's plain text",
        "secure email",
        "child's details out of the subject",
    ] {
        assert!(body.contains(needle), "the body says {needle:?}: {body}");
    }
    let content = include_str!("../content/referral-form.toml");
    let value = |key: &str| -> String {
        let line = content
            .lines()
            .find(|l| l.starts_with(&format!("{key} = \"")))
            .unwrap_or_else(|| panic!("{key} in content/referral-form.toml"));
        line[key.len() + 4..line.len() - 1].to_string()
    };
    for key in ["text_hint", "mail_note"] {
        let text = &value(key);
        assert!(text.contains("secure email"), "{key}: {text}");
        assert!(
            !text.contains("do not type the child's details"),
            "{key}: {text}"
        );
    }
    let note = &value("mail_note");
    assert!(
        note.contains("attach the PDF") && note.contains("paste"),
        "{note}"
    );
    assert!(note.contains("subject line"), "{note}");
}

/// `n` characters of words that differ by `seed` and a count.
fn lorem(n: usize, seed: &str) -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.chars().count() < n {
        s.push_str(&format!("{seed}{i} lorem ipsum dolor sit amet "));
        i += 1;
    }
    s.chars().take(n).collect()
}

/// The largest referral the form allows: 200 events of 10,000 characters,
/// every text field at its limit.
fn largest() -> Referral {
    let text = lorem;
    let short = |seed: &str| text(SHORT_TEXT_MAX, seed);
    let long = |seed: &str| text(LONG_TEXT_MAX, seed);
    let mut r = full();
    r.about_you.name = short("name");
    r.about_you.job_title = short("job");
    r.about_you.agency = short("agency");
    r.child.name = short("child");
    r.child.other_names = short("other");
    r.child.sex_gender = short("sex");
    r.child.ethnicity = short("ethnicity");
    r.child.address_or_area = short("address");
    r.child.lead_worker = short("lead");
    r.child.school_or_setting = short("school");
    r.child.where_and_who_caring = long("where");
    r.dsl.name = short("dsl");
    r.dsl.role = short("role");
    r.case.what_happened = long("what");
    r.case.why_referring = long("why");
    r.case.agency_concerns = long("concerns");
    r.case.good_practice = long("good");
    for m in &mut r.household {
        m.name = short("member");
        m.relationship = short("relationship");
        m.address_if_different = short("maddress");
    }
    for a in &mut r.agencies {
        a.agency = short("agency");
        a.involvement = long("involvement");
        a.contact = short("contact");
    }
    for p in &mut r.parallel {
        p.reference = short("reference");
    }
    r.chronology = (0..200)
        .map(|i| ChronologyRow {
            date: common::date(&(1 + i % 28).to_string(), &(1 + i % 12).to_string(), "2025"),
            agency: short(&format!("ag{i}x")),
            event: text(LONG_TEXT_MAX, &format!("e{i}w")),
        })
        .collect();
    r
}

#[test]
fn the_largest_referral_the_form_allows_renders_whole() {
    let r = largest();
    let d = doc(&r);
    let font = font();
    let started = std::time::Instant::now();
    let out = pdf::render(&d, &font).unwrap();
    let ms = started.elapsed().as_millis();
    println!(
        "largest referral: {} pages, {} bytes, {ms} ms (native, this build's profile)",
        out.pages,
        out.bytes.len()
    );
    dump("largest.pdf", &out.bytes);
    assert!(out.pages > 500, "{} pages", out.pages);
    let text = compact(&pdf_pages(&out.bytes).join(" "));
    // Each event's own words, first and last, are there.
    for i in [0, 57, 199] {
        for marker in [format!("e{i}w0"), format!("e{i}w")] {
            assert!(text.contains(&marker), "event {i}: {marker}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn any_referral_renders_and_the_plain_text_keeps_it_exactly(r in any_referral()) {
        let d = doc(&r);
        let text = d.to_text();
        for t in d.texts() {
            prop_assert!(
                text.contains(t.text)
                    || text.contains(&t.text.to_uppercase())
                    || t.field.starts_with("The Board"),
                "{:?}: {:?}", t.field, t.text
            );
        }
        let out = pdf::render(&d, &font()).unwrap();
        prop_assert!(out.bytes.starts_with(b"%PDF-"));
        prop_assert!(out.pages >= 1);
    }
}

/// The full referral with a 20-event chronology that the browser tests and
/// the PDF benchmark (scripts/bench.mjs) load as a hand-over file. This
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

/// An accent typed as a separate mark (as some keyboards and pasted text
/// give it) is drawn as the one accented letter, not over the next letter;
/// a byte-order mark is not taken for Arabic.
#[test]
fn decomposed_accents_are_composed_and_a_byte_order_mark_is_no_script() {
    let mut r = full();
    r.child.name = "Ze\u{301}lie Andre\u{301}".into();
    r.about_you.agency = "\u{FEFF}Anytown NHS Trust".into();
    let d = doc(&r);
    let out = pdf::render(&d, &font()).unwrap();
    let text = pdf_pages(&out.bytes).join(" ");
    assert!(text.contains("Zélie André"), "composed in the PDF");
    assert!(
        !text.contains('\u{301}'),
        "no separate combining mark is drawn"
    );
    assert!(
        out.unsupported
            .iter()
            .all(|u| !u.scripts.iter().any(|s| s.contains("Arabic"))),
        "{:?}",
        out.unsupported
    );
}

/// A referral under the Serious Case Review rules says, under its title in
/// the PDF, the plain text and the print, that those rules were replaced and
/// what applies now; one under the current rules has no such notice.
#[test]
fn a_referral_under_replaced_rules_carries_the_notice_in_every_renderer() {
    let d = doc(&full());
    let notice = d.notice.clone().expect("the SCR rules carry a notice");
    assert!(notice.contains("replaced"), "{notice}");
    assert!(
        notice.contains("Child Safeguarding Practice Review Panel"),
        "{notice}"
    );
    let text = d.to_text();
    let (before, after) = text.split_at(text.find(&notice).expect("the plain text has the notice"));
    assert!(
        before.contains(&d.title.to_ascii_uppercase()),
        "under the title"
    );
    assert!(after.contains("SECTION 1"), "before the referral");
    let pdf_text = words(&pdf_pages(&pdf::render(&d, &font()).unwrap().bytes)[0]);
    assert!(
        pdf_text.contains(&words(&notice)),
        "the PDF's first page has the notice"
    );
    let mut current = full();
    current.case.criteria.rule_set = scr_referral_guide::criteria::RuleSetId::Cspr;
    assert_eq!(
        doc(&current).notice,
        None,
        "no notice under the current rules"
    );
}

/// The full referral of the browser tests, the size report and the PDF
/// benchmark (tests/fixtures/full-referral.json: a 20-event chronology). It
/// is a version 2 file saved before the CSPR form's later questions (more
/// children and the rest): it must still open, as such files do.
fn fixture() -> Referral {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/full-referral.json"
    );
    let stored = std::fs::read(path).expect("tests/fixtures/full-referral.json");
    scr_referral_guide::draft::read(&stored)
        .expect("the fixture is a draft")
        .referral
}

/// The same referral as made under the CSPR rules (the criteria answered
/// with that rule set's questions).
fn under_cspr(mut r: Referral) -> Referral {
    let mut a = common::cspr_answers();
    a.parallel = Some(vec![]);
    r.case.criteria = a;
    r
}

/// The questions only the CSPR form asks, every text at its limit.
fn cspr_at_limits(mut r: Referral) -> Referral {
    use scr_referral_guide::referral::{LONG_TEXT_MAX, SHORT_TEXT_MAX};
    let text = lorem;
    let c = &mut r.case;
    c.incident_place = text(SHORT_TEXT_MAX, "place");
    c.incident_time = text(SHORT_TEXT_MAX, "time");
    c.normally_lives = text(SHORT_TEXT_MAX, "lives");
    c.agency_aware = DateText {
        day: "2".into(),
        month: "11".into(),
        year: "2026".into(),
    };
    c.la_aware = c.agency_aware.clone();
    c.la_knows = Some(YesNoNotKnown::Yes);
    c.la_notified = Some(YesNoNotKnown::NotKnown);
    c.media_interest = Some(YesNoNotKnown::No);
    c.immediate_action = text(LONG_TEXT_MAX, "action");
    c.linked_cases = text(LONG_TEXT_MAX, "linked");
    c.supporting_documents = text(LONG_TEXT_MAX, "docs");
    c.other_children = text(LONG_TEXT_MAX, "children");
    r.child.health = text(LONG_TEXT_MAX, "health");
    // Children 2 to 4 of one notification, every text at its limit.
    r.more_children = (2..=4)
        .map(|n| scr_referral_guide::referral::OtherChild {
            name: text(SHORT_TEXT_MAX, &format!("child{n}name")),
            dob_or_age: text(SHORT_TEXT_MAX, &format!("child{n}age")),
            outcome: Some(scr_referral_guide::referral::ChildOutcome::Died),
            sex_gender: text(SHORT_TEXT_MAX, &format!("child{n}sex")),
            ethnicity: text(SHORT_TEXT_MAX, &format!("child{n}eth")),
            address_or_area: text(SHORT_TEXT_MAX, &format!("child{n}addr")),
            normally_lives: text(SHORT_TEXT_MAX, &format!("child{n}lives")),
            legal_status: vec![scr_referral_guide::referral::LegalStatus::CareLeaver],
            health: text(LONG_TEXT_MAX, &format!("child{n}health")),
        })
        .collect();
    r
}

/// Every kind of PDF the checks below look at, for both rule sets: a
/// minimal referral (nothing filled in), the full one and the largest the
/// form allows. (name, rule set, kind, document)
fn pdfs_to_check() -> Vec<(String, RuleSetId, &'static str, Document)> {
    let mut out = vec![];
    for rule_set in [RuleSetId::Scr2006, RuleSetId::Cspr] {
        let board = BoardProfile::example_for(rule_set);
        for (kind, r) in [
            ("minimal", Referral::default()),
            ("full", fixture()),
            ("largest", largest()),
        ] {
            let r = match (rule_set, kind) {
                (RuleSetId::Cspr, "largest") => cspr_at_limits(under_cspr(r)),
                (RuleSetId::Cspr, _) => under_cspr(r),
                _ => r,
            };
            let name = format!("{}-{kind}.pdf", rule_set.name());
            out.push((name, rule_set, kind, document(&r, &board)));
        }
    }
    out
}

/// budgets.json, read when the test runs (the budgets are kept only there).
fn budgets() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/budgets.json"))
        .expect("budgets.json");
    serde_json::from_str(&text).expect("budgets.json is JSON")
}

#[test]
fn the_full_and_the_largest_referrals_pdfs_are_within_their_size_budgets() {
    let budgets = budgets();
    let font = font();
    let mut over = vec![];
    for (name, _, kind, d) in pdfs_to_check() {
        let key = match kind {
            "full" => "full_referral",
            "largest" => "largest_referral",
            _ => continue,
        };
        let budget = budgets["pdf_bytes"][key]
            .as_u64()
            .unwrap_or_else(|| panic!("budgets.json has pdf_bytes.{key}"));
        let made = pdf::render(&d, &font).unwrap().bytes;
        dump(&name, &made);
        let bytes = made.len() as u64;
        println!("{name}: {bytes} bytes (budget {budget})");
        if bytes > budget {
            over.push(format!(
                "{name} is {bytes} bytes, over pdf_bytes.{key} {budget}"
            ));
        }
    }
    assert!(over.is_empty(), "{}", over.join("\n"));
}

/// A PDF expanded by qpdf: every object written directly, with a classic
/// cross-reference table, streams uncompressed (`--qdf`), the same file
/// identifier every time (`--static-id`).
fn expanded(bytes: &[u8]) -> Vec<u8> {
    let dir = std::env::temp_dir().join(format!("scr-objstm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let name = rand_name();
    let (from, to) = (
        dir.join(format!("{name}.pdf")),
        dir.join(format!("{name}-qdf.pdf")),
    );
    std::fs::write(&from, bytes).unwrap();
    let out = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable", "--static-id"])
        .args([&from, &to])
        .output()
        .expect("qpdf is installed: run scripts/setup.sh");
    assert!(
        out.status.success(),
        "qpdf --qdf: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let qdf = std::fs::read(&to).unwrap();
    let _ = std::fs::remove_file(from);
    let _ = std::fs::remove_file(to);
    qdf
}

/// Where qpdf finds each object (`qpdf --show-xref`): number → whether it
/// is in an object stream.
fn compressed(bytes: &[u8]) -> std::collections::BTreeMap<u32, bool> {
    let path = std::env::temp_dir().join(format!("scr-xref-{}.pdf", rand_name()));
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("qpdf")
        .arg("--show-xref")
        .arg(&path)
        .output()
        .expect("qpdf is installed: run scripts/setup.sh");
    let _ = std::fs::remove_file(&path);
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let (number, how) = l.split_once("/0: ").expect("generation 0");
            (number.parse().unwrap(), how.starts_with("compressed"))
        })
        .collect()
}

/// Every object that is not a stream is in a compressed object stream,
/// with a cross-reference stream instead of the classic table: the PDF
/// read back (expanded by qpdf) is the same, object for object, as before
/// packing, for both rule sets, and text that a reader searching for PDF
/// keywords would trip on (in the document's title, a dictionary, and in
/// an answer) reads back exactly.
#[test]
fn every_object_but_the_streams_is_in_an_object_stream_and_reads_back_the_same() {
    let font = font();
    let hostile_title =
        r"Referral endobj 9 0 obj stream endstream xref trailer %%EOF startxref ) ( \ end";
    let hostile_answer = "Typed: endobj\n7 0 obj\nstream\nxref\n%%EOF ) ( \\ Łódź Ωλ Жя endstream";
    let mut r = full();
    r.case.what_happened = hostile_answer.into();
    let mut hostile = doc(&r);
    hostile.title = hostile_title.into();
    hostile.reference_label = "Référence endobj ) \\ Ж:".into();
    let mut pdfs: Vec<(String, Document)> = pdfs_to_check()
        .into_iter()
        .filter(|(_, _, kind, _)| *kind != "largest")
        .map(|(name, _, _, d)| (name, d))
        .collect();
    pdfs.push(("hostile.pdf".into(), hostile));
    for (name, d) in &pdfs {
        let before = pdf::render_with_xref_table(d, &font).unwrap().bytes;
        let after = pdf::render(d, &font).unwrap().bytes;
        dump(name, &after);
        // A PDF 1.5 (or later) header with its binary comment line, and no
        // classic table or trailer.
        assert!(
            before.starts_with(b"%PDF-1.") && before[7] >= b'5',
            "{name}"
        );
        assert_eq!(after[..15], before[..15], "{name}: the header");
        assert!(after[10..14].iter().all(|b| *b >= 128), "{name}");
        let has = |bytes: &[u8], word: &[u8]| bytes.windows(word.len()).any(|w| w == word);
        assert!(has(&before, b"\nxref\n") && has(&before, b"\ntrailer\n"));
        assert!(
            !has(&after, b"\nxref\n") && !has(&after, b"\ntrailer\n"),
            "{name}"
        );
        // The same objects, the same numbers: streams written directly,
        // everything else compressed; new only the object streams and the
        // cross-reference stream.
        let was = compressed(&before);
        let now = compressed(&after);
        assert!(!was.values().any(|c| *c), "{name}");
        let read = objects(&after);
        assert_eq!(
            read.keys().collect::<Vec<_>>(),
            was.keys().collect::<Vec<_>>(),
            "{name}"
        );
        for (n, object) in &read {
            let stream = object.ends_with("endstream");
            assert_eq!(
                now[n], !stream,
                "{name}: object {n} compressed unless a stream"
            );
        }
        let added = now.keys().filter(|n| !was.contains_key(n)).count();
        let streams = read.values().filter(|o| o.ends_with("endstream")).count();
        assert_eq!(
            now.values().filter(|c| !**c).count(),
            streams + added,
            "{name}"
        );
        assert!(
            (2..=3).contains(&added),
            "{name}: {added} object streams and the xref stream"
        );
        // Every object's dictionary survives: qpdf's expansion of the
        // packed PDF is the expansion of the unpacked one, byte for byte.
        assert!(
            expanded(&after) == expanded(&before),
            "{name}: the same when expanded"
        );
        if name != "hostile.pdf" {
            // (The hostile title would mislead this reader of the
            // unpacked file, which searches it for `endobj`.)
            assert_eq!(read, objects(&before), "{name}");
        }
    }
    let (_, d) = pdfs.last().unwrap();
    let bytes = pdf::render(d, &font).unwrap().bytes;
    let info = poppler("pdfinfo", &[], &bytes);
    assert!(
        info.lines()
            .any(|l| words(l) == format!("Title: {hostile_title}")),
        "{info}"
    );
    let text = words(&pdf_pages(&bytes).join(" "));
    assert!(text.contains(&words(hostile_answer)), "{text}");
    assert!(text.contains(&words(hostile_title)), "{text}");
}

/// Checks each PDF with page-validation's PDF/UA-1 profile (what it prints:
/// see the script).
const PDF_UA_CHECK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/pdf-ua-check.py");

/// Every PDF the tests make, for both rule sets, is declared and checked as
/// PDF/UA-1 (page-validation: every rule passes) and is sound (qpdf
/// --check). Both tools are installed by scripts/setup.sh: page-validation
/// in the project's .venv, qpdf from Debian.
#[test]
fn every_pdf_passes_pdf_ua_1_and_qpdf_check() {
    let python = concat!(env!("CARGO_MANIFEST_DIR"), "/.venv/bin/python");
    let dir = std::env::temp_dir().join(format!("scr-pdf-ua-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let font = font();
    let mut paths = vec![];
    for (name, _, _, d) in pdfs_to_check() {
        let out = pdf::render(&d, &font).unwrap();
        let path = dir.join(&name);
        std::fs::write(&path, &out.bytes).unwrap();
        dump(&name, &out.bytes);
        paths.push(path.to_str().unwrap().to_string());
    }
    let mut problems = vec![];
    for path in &paths {
        let out = Command::new("qpdf")
            .arg("--check")
            .arg(path)
            .output()
            .expect("qpdf is installed: run scripts/setup.sh");
        let said = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        // qpdf exits 0 when it finds nothing, 3 on warnings, 2 on errors.
        if !out.status.success() || said.contains("WARNING") {
            problems.push(format!("qpdf --check {path}:\n{said}"));
        }
    }
    let out = Command::new(python)
        .arg(PDF_UA_CHECK)
        .args(&paths)
        .output()
        .unwrap_or_else(|e| {
            panic!("page-validation is installed in .venv ({python}: {e}): run scripts/setup.sh")
        });
    let said = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "page-validation could not check the PDFs (run scripts/setup.sh if it is missing):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut checked = 0;
    for line in said.lines() {
        let parts: Vec<&str> = line.split('\t').collect();
        match parts.as_slice() {
            [path, "FAIL", rule, message] => {
                problems.push(format!("PDF/UA-1 rule {rule} fails in {path}: {message}"))
            }
            [path, passed, total, failed, checks_failed, compliant] => {
                checked += 1;
                println!(
                    "{path}: PDF/UA-1 rules passed {passed} of {total}, compliant {compliant}"
                );
                if passed != total
                    || *failed != "0"
                    || *checks_failed != "0"
                    || *compliant != "True"
                {
                    problems.push(format!(
                        "{path}: {passed} of {total} PDF/UA-1 rules pass ({failed} rules, {checks_failed} checks fail; compliant: {compliant})"
                    ));
                }
            }
            _ => problems.push(format!("page-validation said: {line}")),
        }
    }
    assert_eq!(
        checked,
        paths.len(),
        "page-validation checked every PDF:\n{said}"
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// How long the full and the largest referral take to render (median of
/// 9), and without the object streams (the file as `pdf-writer` writes
/// it), with their sizes, for comparing builds: `cargo test --release --test document --
/// --ignored --nocapture pdf_timing`. Not a test of a budget: timings
/// depend on the machine (scripts/bench.sh measures them in the browser).
#[test]
#[ignore]
fn pdf_timing() {
    let font = font();
    let stored = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/full-referral.json"
    ))
    .unwrap();
    let full = scr_referral_guide::draft::read(&stored).unwrap().referral;
    type Render = fn(&Document, &pdf::EmbeddedFont) -> Result<pdf::Rendered, String>;
    let ways: [(&str, Render); 2] = [
        ("", pdf::render),
        (", before object streams", pdf::render_with_xref_table),
    ];
    for (name, r) in [("full", full), ("largest", largest())] {
        let d = doc(&r);
        for (way, render) in ways {
            let mut bytes = 0;
            let mut ms: Vec<f64> = (0..9)
                .map(|_| {
                    let started = std::time::Instant::now();
                    let out = render(&d, &font).unwrap();
                    bytes = std::hint::black_box(out.bytes.len());
                    started.elapsed().as_secs_f64() * 1000.0
                })
                .collect();
            ms.sort_by(f64::total_cmp);
            println!(
                "{name} referral{way}: median {:.1} ms (min {:.1}, max {:.1}), {bytes} bytes",
                ms[4], ms[0], ms[8]
            );
        }
    }
}
