//! THE CSPR RULES: "Does this incident trigger a duty to notify?"
//!
//! The current arrangements in England (Child Safeguarding Practice
//! Reviews), top to bottom:
//! 1. the questions ([`QUESTIONS`]), in the order they are asked;
//! 2. the provisions ([`PROVISIONS`]): conditions over the answers, the duty
//!    each creates with its modal verb, citation and what to do next;
//! 3. what *Not sure* may stand for, and the outcome's words when no duty
//!    leads.
//!
//! In short: where a local authority in England knows or suspects that a
//! child has been abused or neglected, it must notify the Child
//! Safeguarding Practice Review Panel if the child dies or is seriously
//! harmed in its area, or dies or is seriously harmed outside England while
//! normally resident in its area (Children Act 2004 s16C(1)); it should do
//! so within five working days of becoming aware. The death of a
//! looked-after child is notified to the Secretary of State and Ofsted
//! whether or not abuse or neglect is known or suspected; so is the death
//! of a care leaver up to and including the age of 24 (care leavers can be
//! 16 or 17), which needs no rapid review. The death of any child is
//! reviewed by a Child Death Overview Panel. A case triggers every one of
//! these that applies.
//!
//! Where statutory text is quoted, it is quoted as the partnership
//! procedures cited quote it (the sources list says so).

mod provisions;
mod questions;

pub use provisions::PROVISIONS;
pub use questions::QUESTIONS;

use super::*;
use crate::cite;
use crate::sources::Citation;
use provisions::{AGREE_WITH_LEAD, NOT_FOR_NOW};
use QuestionId::{
    CareLeaverDied as CareLeaver, CsprLookedAfter as LookedAfter, CsprUnder18 as Under18,
};

/// The duty to notify, as partnerships quote section 16C(1).
const S16C: Citation = cite!(
    "trafford-cspr",
    "first paragraph (quoting Children Act 2004 s16C(1))"
);

/// The CSPR rules, for the machinery in `crate::criteria`.
pub const RULES: RuleSet = RuleSet {
    id: RuleSetId::Cspr,
    questions: QUESTIONS,
    provisions: PROVISIONS,
    consistency: &[
        // Only a child is looked after.
        Condition::Any(&[Condition::No(LookedAfter), Condition::Yes(Under18)]),
        // A care leaver is no longer looked after ("looked after" is asked
        // only of a child).
        Condition::Any(&[
            Condition::No(LookedAfter),
            Condition::No(CareLeaver),
            Condition::No(Under18),
        ]),
    ],
    not_sure_means,
    age_question: Under18,
    nothing: NOTHING,
    adult: ADULT,
    review_name: "Child Safeguarding Practice Review",
    example: about::Example {
        file: "example-partnership.json",
        json: include_str!("../../../content/example-partnership.json"),
        kind: "the example partnership profile",
    },
    // Sources differ on when the rapid review's 15 working days start:
    // the partnership must say.
    rapid_review_start: true,
    // No date the referrer can count from: the rapid review's clock starts
    // with the partners or the notification, not the referral.
    decision: None,
    calculator: about::Calculator::Cspr,
    // The current arrangements in England.
    superseded: None,
    document: about::DocumentWords {
        title: "Referral of a serious child safeguarding incident",
        reference_label: "Partnership reference:",
        file_prefix: "Serious-incident-referral",
        subject: "Serious incident referral",
        body: "partnership",
    },
    own_page: about::OwnPage {
        reference: "Partnership reference",
        procedure: "The duty to notify the Child Safeguarding Practice Review Panel rests with the local authority, which should do so within five working days of becoming aware of the incident. The safeguarding partners then carry out a rapid review and send it to the Panel.",
        sources: &[
            cite!("wirral-current", "para 1.4 and the paragraphs after the s16C(1) quotation"),
            cite!("trafford-cspr", "paragraph after 'The duty to notify events to the Panel rests with the local authority'"),
        ],
        sections: [
            about::OwnSection {
                heading: "Section 2: Notification to the Panel",
                fields: &[
                    about::OwnField { id: "notification_decision", label: "Decision on notifying the Panel", multiline: true },
                    about::OwnField { id: "notification_by", label: "For the local authority", multiline: false },
                    about::OwnField { id: "notification_date", label: "Date notified", multiline: false },
                ],
            },
            about::OwnSection {
                heading: "Section 3: The rapid review",
                fields: &[
                    about::OwnField { id: "rapid_review_outcome", label: "Outcome of the rapid review", multiline: true },
                    about::OwnField { id: "rapid_review_by", label: "For the safeguarding partners", multiline: false },
                    about::OwnField { id: "rapid_review_date", label: "Date sent to the Panel", multiline: false },
                ],
            },
        ],
    },
};

// ---------------------------------------------------------------------------
// 3. Not sure, and the outcome when no duty leads
// ---------------------------------------------------------------------------

/// *Not sure* may stand for yes or no.
pub fn not_sure_means(_: QuestionId, a: Answer) -> &'static [bool] {
    match a {
        Answer::Yes => &[true],
        Answer::No => &[false],
        Answer::NotSure => &[true, false],
    }
}

/// A child, and no notification.
const NOTHING: Fallback = Fallback {
    lead: Lead {
        applies: "This does not appear to be a serious child safeguarding incident, but there may still be learning",
        may_apply: "",
        summary: "From your answers, this is not an incident the local authority must notify to the Panel. If you think the case could still teach agencies something, discuss it with your safeguarding lead.",
        may_summary: "",
        citations: &[S16C],
        may_citations: &[],
        tone: Tone::Neutral,
    },
    steps: &[AGREE_WITH_LEAD, NOT_FOR_NOW],
    refer: true,
};

/// 18 or over, and not a care leaver's death.
const ADULT: Fallback = Fallback {
    lead: Lead {
        applies: "These arrangements are for children, and for care leavers who have died",
        may_apply: "",
        summary: "Child safeguarding practice reviews are about children under 18. The local authority should notify the death of a care leaver up to and including the age of 24. For an adult with needs for care and support, the Safeguarding Adults Board must arrange a Safeguarding Adults Review where there is reasonable cause for concern about how agencies worked together to safeguard the adult, and the adult has died and abuse or neglect is known or suspected to have caused the death, or the adult is alive and is known or suspected to have experienced serious abuse or neglect. It may arrange one in other cases.",
        may_summary: "",
        citations: &[
            cite!("lincs-death", "list under 'Serious incidents which should be reported'"),
            cite!("nyscp-careleaver-omg", "'Statutory guidance requirement:'"),
            cite!("care-act-s44", "section 44(1) to (4)"),
        ],
        may_citations: &[],
        tone: Tone::Neutral,
    },
    steps: &[NextStep {
        text: "Discuss the case with your agency's safeguarding lead, who can advise whether a Safeguarding Adults Review or another process applies.",
        citations: &[cite!("care-act-s44", "section 44(1) to (4)")],
    }],
    refer: false,
};
