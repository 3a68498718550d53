//! Drafts and hand-over files (src/draft.rs), and the task list statuses.
//! Native only (proptest).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{any_referral, filled, today};
use proptest::prelude::*;
use scr_referral_guide::draft::{self, Draft, ReadError, MAX_ROWS, VERSION};
use scr_referral_guide::referral::*;

const NOW: i64 = 1_795_000_000_000;
const DAY: i64 = 24 * 60 * 60 * 1000;

fn file(referral: Referral) -> String {
    Draft::new(referral, NOW, 3, "tab-a").to_json()
}

/// Change one JSON value in a draft file, as someone editing it by hand would.
fn tampered(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_str(&file(filled())).unwrap();
    edit(&mut value);
    serde_json::to_vec_pretty(&value).unwrap()
}

#[test]
fn a_draft_reads_back_exactly() {
    let d = Draft::new(filled(), NOW, 3, "tab-a");
    assert_eq!(draft::read(d.to_json().as_bytes()), Ok(d));
}

#[test]
fn files_that_are_not_drafts_are_refused_with_a_reason() {
    assert_eq!(draft::read(b""), Err(ReadError::Empty));
    assert_eq!(draft::read(b" \n"), Err(ReadError::Empty));
    assert_eq!(draft::read(&[0xff, 0xfe, 0x00]), Err(ReadError::NotText));
    assert!(matches!(
        draft::read(b"Dear Board,"),
        Err(ReadError::NotJson { .. })
    ));
    assert_eq!(draft::read(br#"{"name": "x"}"#), Err(ReadError::WrongFile));
    assert_eq!(draft::read(b"[1, 2]"), Err(ReadError::WrongFile));
    let big = vec![b' '; draft::MAX_BYTES + 1];
    let mut big = big;
    big[0] = b'{';
    assert!(matches!(draft::read(&big), Err(ReadError::TooLarge { .. })));
    // Every refusal says what to do.
    for e in [
        ReadError::Empty,
        ReadError::NotText,
        ReadError::WrongFile,
        ReadError::TooLarge { bytes: 3_000_000 },
    ] {
        assert!(e.message().contains("Choose"), "{e:?}: {}", e.message());
    }
}

#[test]
fn other_versions_are_named() {
    let newer = tampered(|v| v["version"] = (VERSION + 1).into());
    assert_eq!(
        draft::read(&newer),
        Err(ReadError::NewerVersion {
            version: u64::from(VERSION) + 1
        })
    );
    assert!(draft::read(&newer)
        .unwrap_err()
        .message()
        .contains("newer version"));
    let older = tampered(|v| v["version"] = 0.into());
    assert_eq!(
        draft::read(&older),
        Err(ReadError::OlderVersion { version: 0 })
    );
    let missing = tampered(|v| {
        v.as_object_mut().unwrap().remove("version");
    });
    assert!(matches!(
        draft::read(&missing),
        Err(ReadError::Damaged { .. })
    ));
}

#[test]
fn tampered_values_are_refused_and_say_where() {
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "the field \"records_secured\": unknown variant `Maybe`",
            tampered(|v| v["referral"]["records_secured"] = "Maybe".into()),
        ),
        (
            "the field \"shoe_size\": unknown field",
            tampered(|v| v["referral"]["child"]["shoe_size"] = 5.into()),
        ),
        (
            "the field \"name\": invalid type",
            tampered(|v| v["referral"]["child"]["name"] = 42.into()),
        ),
        (
            "missing field `child`",
            tampered(|v| {
                v["referral"].as_object_mut().unwrap().remove("child");
            }),
        ),
        (
            "listed twice",
            tampered(|v| {
                let entry = serde_json::json!({"process": "Coroner", "reference": ""});
                v["referral"]["parallel"] = serde_json::json!([entry.clone(), entry]);
            }),
        ),
    ];
    for (expected, bytes) in cases {
        let error = draft::read(&bytes).unwrap_err();
        assert!(
            matches!(&error, ReadError::Damaged { detail } if detail.contains(expected)),
            "{expected}: {error:?}"
        );
        assert!(error.message().contains("changed or damaged"));
    }
    let rows = tampered(|v| {
        let row = v["referral"]["agencies"][0].clone();
        v["referral"]["agencies"] = serde_json::Value::Array(vec![row; MAX_ROWS + 1]);
    });
    assert_eq!(
        draft::read(&rows),
        Err(ReadError::TooManyRows {
            part: "the agencies involved",
            rows: MAX_ROWS + 1
        })
    );
}

#[test]
fn a_kept_draft_expires_after_the_boards_limit() {
    let d = Draft::new(filled(), NOW, 1, "tab-a");
    assert_eq!(d.expires_at_ms(7), NOW + 7 * DAY);
    assert!(!d.is_expired(NOW + 7 * DAY - 1, 7));
    assert!(d.is_expired(NOW + 7 * DAY, 7));
    assert!(d.is_expired(NOW + DAY, 1));
    // Absurd values do not overflow.
    let far = Draft::new(filled(), i64::MAX - 5, 1, "tab-a");
    assert!(!far.is_expired(NOW, u32::MAX));
}

#[test]
fn the_file_name_has_no_personal_data() {
    let name = draft::file_name(today());
    assert_eq!(name, "SCR-referral-draft-2026-11-23.json");
}

#[test]
fn task_list_statuses() {
    let mut r = Referral::new(today());
    for s in Section::ALL {
        assert_eq!(r.status(s, today()), SectionStatus::NotStarted, "{s:?}");
    }
    r.about_you.name = "Zoë".into();
    assert_eq!(
        r.status(Section::AboutYou, today()),
        SectionStatus::InProgress
    );
    r.saved.insert(Section::AboutYou);
    assert_eq!(
        r.status(Section::AboutYou, today()),
        SectionStatus::HasErrors
    );
    // Optional sections are completed once saved, even when empty.
    r.saved.insert(Section::Household);
    assert_eq!(
        r.status(Section::Household, today()),
        SectionStatus::Completed
    );
    let mut done = filled();
    done.saved = Section::ALL.into_iter().collect();
    for s in Section::ALL {
        assert_eq!(done.status(s, today()), SectionStatus::Completed, "{s:?}");
    }
    assert!(done.validate_all(today()).is_empty());
    // A complete but unsaved section is still in progress.
    done.saved.remove(&Section::Child);
    assert_eq!(
        done.status(Section::Child, today()),
        SectionStatus::InProgress
    );
}

#[test]
fn sections_have_unique_slugs_in_order() {
    for (i, s) in Section::ALL.into_iter().enumerate() {
        assert_eq!(Section::from_slug(s.slug()), Some(s));
        assert_eq!(
            s as usize, i,
            "the UI indexes statuses by `section as usize`"
        );
    }
    assert_eq!(Section::from_slug("nope"), None);
}

proptest! {
    #[test]
    fn any_referral_round_trips_exactly_through_a_draft(r in any_referral(), at in any::<i64>(), rev in any::<u64>()) {
        let d = Draft::new(r, at, rev, "tab-b");
        prop_assert_eq!(draft::read(d.to_json().as_bytes()), Ok(d.clone()));
        // Validation and statuses never panic on it.
        for s in Section::ALL {
            let _ = d.referral.status(s, today());
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_reader(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        prop_assert!(draft::read(&bytes).is_err() || serde_json::from_slice::<serde_json::Value>(&bytes).is_ok());
    }

    #[test]
    fn damaged_drafts_never_panic_the_reader(r in any_referral(), cut in any::<usize>(), byte in any::<u8>()) {
        let mut bytes = file(r).into_bytes();
        let i = cut % bytes.len();
        bytes[i] = byte;
        let _ = draft::read(&bytes);
        bytes.truncate(i);
        let _ = draft::read(&bytes);
    }
}
