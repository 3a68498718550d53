//! The Board's or partnership's own page of the referral, left blank for
//! it: its reference, then what it decides, as its rules set that out.
//! Under the Serious Case Review rules: the review group's recommendation
//! and the Independent Chair's decision (sections 2 and 3 of the form, as
//! Buckinghamshire's procedure numbers them). Under the CSPR rules: the
//! local authority's decision on notifying the Panel, and the rapid review.

use super::{BoardField, BoardPage, BoardSection, REFERENCE_FIELD};
use crate::board::{fill, BoardProfile};
use crate::criteria::RuleSetId;

fn field(id: &'static str, label: &str, multiline: bool) -> BoardField {
    BoardField {
        id,
        label: label.to_string(),
        multiline,
    }
}

/// The own page for a referral under `rule_set`: as the rule set describes
/// it, with the profile's words filled in.
pub fn board_page(rule_set: RuleSetId, board: &BoardProfile) -> BoardPage {
    let short = &board.short_name;
    let own = &rule_set.rules().own_page;
    let mut sections = vec![BoardSection {
        heading: "Reference".to_string(),
        fields: vec![
            field(REFERENCE_FIELD, own.reference, false),
            field("date_received", "Date received", false),
        ],
    }];
    sections.extend(own.sections.iter().map(|s| {
        BoardSection {
            heading: fill(s.heading, board),
            fields: s
                .fields
                .iter()
                .map(|f| field(f.id, &fill(f.label, board), f.multiline))
                .collect(),
        }
    }));
    BoardPage {
        heading: format!("For {short} to complete"),
        intro: format!("This page is for {short}. The person making the referral leaves it blank."),
        procedure: fill(own.procedure, board),
        sections,
    }
}
