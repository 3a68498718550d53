//! The Board's or partnership's own page of the referral, left blank for
//! it: its reference, then what it decides, as its rules set that out.
//! Under the Serious Case Review rules: the review group's recommendation
//! and the Independent Chair's decision (sections 2 and 3 of the form, as
//! Buckinghamshire's procedure numbers them). Under the CSPR rules: the
//! local authority's decision on notifying the Panel, and the rapid review.

use super::{BoardField, BoardPage, BoardSection, REFERENCE_FIELD};
use crate::board::BoardProfile;
use crate::criteria::RuleSetId;
use crate::sources::describe;

fn field(id: &'static str, label: &str, multiline: bool) -> BoardField {
    BoardField {
        id,
        label: label.to_string(),
        multiline,
    }
}

fn section(heading: String, fields: Vec<BoardField>) -> BoardSection {
    BoardSection { heading, fields }
}

/// The own page for a referral under `rule_set`.
pub fn board_page(rule_set: RuleSetId, board: &BoardProfile) -> BoardPage {
    let short = &board.short_name;
    let group = &board.review_group_name;
    let (reference, procedure, source, second, third) = match rule_set {
        RuleSetId::Scr2006 => (
            "Board reference",
            format!("The {group} puts its recommendation in writing to the Independent Chair in section 2 of the referral form; the Independent Chair replies with the decision in section 3."),
            describe("bucks", "8.2.22 and 8.2.23"),
            section(
                format!("Section 2: The {group}'s recommendation"),
                vec![
                    field("recommendation", "Recommendation", true),
                    field("recommendation_by", &format!("Chair of the {group}"), false),
                    field("recommendation_date", "Date", false),
                ],
            ),
            section(
                "Section 3: The Independent Chair's decision".to_string(),
                vec![
                    field("decision", "Decision", true),
                    field("decision_by", "Independent Chair", false),
                    field("decision_date", "Date", false),
                ],
            ),
        ),
        RuleSetId::Cspr => (
            "Partnership reference",
            "The duty to notify the Child Safeguarding Practice Review Panel rests with the local authority, which should do so within five working days of becoming aware of the incident. The safeguarding partners then carry out a rapid review and send it to the Panel.".to_string(),
            [
                describe("wirral-current", "para 1.4 and the paragraphs after the s16C(1) quotation"),
                describe("trafford-cspr", "paragraph after 'The duty to notify events to the Panel rests with the local authority'"),
            ]
            .join("; "),
            section(
                "Section 2: Notification to the Panel".to_string(),
                vec![
                    field("notification_decision", "Decision on notifying the Panel", true),
                    field("notification_by", "For the local authority", false),
                    field("notification_date", "Date notified", false),
                ],
            ),
            section(
                "Section 3: The rapid review".to_string(),
                vec![
                    field("rapid_review_outcome", "Outcome of the rapid review", true),
                    field("rapid_review_by", "For the safeguarding partners", false),
                    field("rapid_review_date", "Date sent to the Panel", false),
                ],
            ),
        ),
    };
    BoardPage {
        heading: format!("For {short} to complete"),
        intro: format!("This page is for {short}. The person making the referral leaves it blank."),
        procedure,
        source: format!("Source: {source}"),
        sections: vec![
            section(
                "Reference".to_string(),
                vec![
                    field(REFERENCE_FIELD, reference, false),
                    field("date_received", "Date received", false),
                ],
            ),
            second,
            third,
        ],
    }
}
