//! THE SCR RULES: "Should this case be referred for a Serious Case Review?"
//!
//! The Serious Case Review rules as the Board documents set them out (the
//! Local Safeguarding Children Boards Regulations 2006, regulation 5, and
//! Working Together 2015 chapter 4), top to bottom:
//! 1. the questions, their hints and their answers ([`QUESTIONS`]);
//! 2. the provisions ([`PROVISIONS`]): conditions over the answers, the duty
//!    each creates with its modal verb, citation and what to do next;
//! 3. what *Not sure* may stand for, and the outcome's words when no duty
//!    leads.
//!
//! In short: an SCR **must** be commissioned where abuse or neglect is known
//! or suspected **and** the child has died (including by suspected suicide),
//! or has been seriously harmed and there is cause for concern about how
//! agencies worked together — and, for a seriously harmed child, unless it is
//! clear there are no such concerns. An SCR **should always** be carried out
//! when a child dies in custody or detention, even if those criteria are not
//! met. A child's death or serious harm with abuse or neglect known or
//! suspected, and the death of a looked-after child or of a child in a
//! regulated setting, is a **notifiable incident** that the local authority
//! should report to Ofsted and the Board. Every child's death is reviewed
//! by a Child Death Overview Panel. A case triggers every one that applies.
//!
//! Board-specific words are `{placeholders}` filled from the Board profile by
//! `board::fill` (e.g. `{group}` is the Board's review group).

mod provisions;
mod questions;

pub use provisions::PROVISIONS;
pub use questions::QUESTIONS;

use super::*;
use crate::cite;
use provisions::{DISCUSS_WITH_DSL, OTHER_REVIEWS};
use QuestionId::{Died, DiedInCustody as Custody, LookedAfterOrRegulated as LookedAfter, Under18};

/// The SCR rules, for the machinery in `crate::criteria`.
pub const RULES: RuleSet = RuleSet {
    id: RuleSetId::Scr2006,
    questions: QUESTIONS,
    provisions: PROVISIONS,
    consistency: &[
        // Dying in custody is dying.
        Condition::Any(&[Condition::No(Custody), Condition::Yes(Died)]),
        // A looked-after child, or a child in a regulated setting, is a child.
        Condition::Any(&[Condition::No(LookedAfter), Condition::Yes(Under18)]),
    ],
    not_sure_means,
    age_question: Under18,
    nothing: NOTHING,
    adult: ADULT,
    review_name: "Serious Case Review",
    example: about::Example {
        file: "example-board.json",
        json: include_str!("../../../content/example-board.json"),
        kind: "the example Board profile",
    },
    rapid_review_start: false,
    decision: Some(about::Decision {
        months: crate::deadlines::DECISION_MONTHS,
        citations: DECISION_CITES,
    }),
    calculator: about::Calculator::Scr,
    superseded: Some(about::Superseded {
        text: "These are the Serious Case Review rules. In England, Local Safeguarding Children Boards and Serious Case Reviews have been replaced by safeguarding partners and Child Safeguarding Practice Reviews: the move had to be complete by 29 September 2019. For an incident now, follow your local safeguarding partners' procedures: where abuse or neglect of a child is known or suspected and the child has died or been seriously harmed, the local authority must notify the Child Safeguarding Practice Review Panel.",
        citations: &[
            cite!("wirral-wt2018", "Key Changes from Working Together 2015"),
            cite!("derbyshire-scr", "Please Note (start of the chapter)"),
            cite!("trafford-cspr", "first paragraph (quoting Children Act 2004 s16C(1))"),
        ],
        today: "Today's duty: where abuse or neglect of a child is known or suspected and the child has died or been seriously harmed, the local authority must notify the Child Safeguarding Practice Review Panel, and should do so within five working days of becoming aware of the incident.",
        today_citations: &[
            cite!("trafford-cspr", "first paragraph (quoting Children Act 2004 s16C(1))"),
            cite!("wirral-current", "para 1.4 and the paragraphs after the s16C(1) quotation"),
        ],
    }),
    document: about::DocumentWords {
        title: "Referral for a Serious Case Review",
        reference_label: "Board reference:",
        file_prefix: "SCR-referral",
        subject: "SCR referral",
        body: "Board",
    },
    own_page: about::OwnPage {
        reference: "Board reference",
        procedure: "The {group} puts its recommendation in writing to the Independent Chair in section 2 of the referral form; the Independent Chair replies with the decision in section 3.",
        sources: &[cite!("bucks", "8.2.22 and 8.2.23")],
        sections: [
            about::OwnSection {
                heading: "Section 2: The {group}'s recommendation",
                fields: &[
                    about::OwnField { id: "recommendation", label: "Recommendation", multiline: true },
                    about::OwnField { id: "recommendation_by", label: "Chair of the {group}", multiline: false },
                    about::OwnField { id: "recommendation_date", label: "Date", multiline: false },
                ],
            },
            about::OwnSection {
                heading: "Section 3: The Independent Chair's decision",
                fields: &[
                    about::OwnField { id: "decision", label: "Decision", multiline: true },
                    about::OwnField { id: "decision_by", label: "Independent Chair", multiline: false },
                    about::OwnField { id: "decision_date", label: "Date", multiline: false },
                ],
            },
        ],
    },
};

/// Where "a decision is due within one month of the Board being notified"
/// comes from.
pub const DECISION_CITES: &[crate::sources::Citation] = &[
    cite!("bucks", "8.2.18 and 8.2.22"),
    cite!("bracknell", "section C.1(ii)"),
];

// ---------------------------------------------------------------------------
// 3. Not sure, and the outcome when no duty leads
// ---------------------------------------------------------------------------

/// The definite values a *Not sure* answer may stand for. For agency
/// concerns, *Not sure* means it is not clear there are none, which counts as
/// cause for concern (Buckinghamshire 8.2.7; Working Together 2015 ch. 4).
pub fn not_sure_means(q: QuestionId, a: Answer) -> &'static [bool] {
    match (q, a) {
        (_, Answer::Yes) => &[true],
        (_, Answer::No) => &[false],
        (QuestionId::AgencyConcerns, Answer::NotSure) => &[true],
        (_, Answer::NotSure) => &[true, false],
    }
}

/// A child, and none of the duties that lead.
const NOTHING: Fallback = Fallback {
    lead: Lead {
        applies: "The criteria for a Serious Case Review do not appear to be met, but there is still something to do",
        may_apply: "",
        summary: "From your answers, the statutory criteria for an SCR are not met. The Board must still consider whether another review is needed, and may commission an SCR or another kind of learning review, so discuss the case before deciding not to refer.",
        may_summary: "",
        citations: &[cite!("bracknell", "sections A.2 and C.1(iv)"), cite!("bucks", "8.2.15 and 8.2.16")],
        may_citations: &[],
        tone: Tone::Neutral,
    },
    steps: &[DISCUSS_WITH_DSL, OTHER_REVIEWS],
    refer: true,
};

/// 18 or over.
const ADULT: Fallback = Fallback {
    lead: Lead {
        applies: "This procedure is for children: for an adult, other reviews may apply",
        may_apply: "",
        summary: "Serious Case Reviews are about children under 18. For an adult, other reviews may be relevant, such as a Safeguarding Adults Review, a Domestic Homicide Review or a MAPPA review.",
        may_summary: "",
        citations: &[
            cite!("reg5", "regulation 5(2)"),
            cite!("bracknell", "section A.1 (reviews of child deaths up to the age of 18)"),
            cite!("bracknell", "section A.5(i)"),
        ],
        may_citations: &[],
        tone: Tone::Neutral,
    },
    steps: &[NextStep {
        text: "Discuss the case with your agency's safeguarding lead, who can advise whether another review or process applies.",
        citations: &[cite!("bracknell", "section A.5(i)"), cite!("bucks", "8.2.55")],
    }],
    refer: false,
};
