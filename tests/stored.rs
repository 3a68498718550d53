//! What the site keeps in the browser: the criteria answers' one home and
//! its versioned format, and the list the delete page shows.

use scr_referral_guide::criteria::{Answer, Answers, ParallelProcess, QuestionId};
use scr_referral_guide::stored::*;

#[test]
fn answers_are_stored_in_a_named_versioned_format_and_read_back() {
    let mut answers = Answers::default();
    answers.set(QuestionId::Under18, Answer::Yes);
    answers.set(QuestionId::Died, Answer::NotSure);
    answers.parallel = Some(vec![ParallelProcess::Coroner]);
    let text = encode_answers(&answers);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], "scr-guide/criteria-answers");
    assert_eq!(value["version"], 1);
    assert_eq!(decode_answers(&text), Ok(answers));
}

#[test]
fn anything_else_is_refused_with_a_reason() {
    let good = encode_answers(&Answers::default());
    let cases = [
        ("", "could not be read"),
        ("{}", "could not be read"),
        (
            r#"{"answers":{"answers":{},"parallel":null}}"#,
            "could not be read",
        ),
        (
            &good.replace("criteria-answers", "other"),
            "not saved answers",
        ),
        (&good.replace("\"version\":1", "\"version\":2"), "version 2"),
        (&good.replace("}}", "},\"extra\":1}"), "could not be read"),
    ];
    for (text, reason) in cases {
        let error = decode_answers(text).expect_err(text);
        assert!(error.contains(reason), "{text}: {error}");
    }
}

/// Every key the site's code may store under, found by reading the code
/// itself (Rust and the page script), with where it lives: the delete page
/// must list each one that holds what a person typed or chose, and only
/// bookkeeping keys (a storage probe, a revision number, the keep switch)
/// may be left off. The expected list is written here by hand.
#[test]
fn the_delete_page_lists_every_key_a_person_can_fill() {
    let listed: Vec<(&str, Area)> = STORED_ITEMS.iter().map(|i| (i.key, i.area)).collect();
    assert_eq!(
        listed,
        [
            ("scr-guide.criteria", Area::Session),
            ("scr-guide.referral", Area::Session),
            ("scr-guide.return", Area::Session),
            ("scr-guide.draft", Area::Local),
        ]
    );
    assert!(STORED_ITEMS.iter().all(|i| !i.description.is_empty()));
    const BOOKKEEPING: [&str; 3] = ["scr-guide.probe", "scr-guide.keep", "scr-guide.revision"];
    let mut found = std::collections::BTreeSet::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("src"), root.join("web")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                for (at, _) in text.match_indices("scr-guide.") {
                    let key: String = text[at..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
                        .collect();
                    // Format names ("scr-guide/…") use a slash, not a dot.
                    found.insert(key);
                }
            }
        }
    }
    for key in &found {
        assert!(
            listed.iter().any(|(k, _)| k == key) || BOOKKEEPING.contains(&key.as_str()),
            "{key} is stored but not listed on the delete page"
        );
    }
    assert!(found.len() >= 7, "the scan found the keys: {found:?}");
}
