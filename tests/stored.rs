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

#[test]
fn the_delete_page_lists_every_key_a_person_can_fill() {
    let keys: Vec<&str> = STORED_ITEMS.iter().map(|i| i.key).collect();
    assert_eq!(keys, [CRITERIA_KEY, REFERRAL_KEY, DRAFT_KEY]);
    assert_eq!(STORED_ITEMS[2].area, Area::Local);
    assert!(STORED_ITEMS.iter().all(|i| !i.description.is_empty()));
}
