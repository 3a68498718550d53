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

use super::*;
use crate::cite;
use crate::sources::Citation;
use QuestionId::{
    CareLeaverDied as CareLeaver, CsprAbuseOrNeglect as Abuse, CsprDied as Died,
    CsprHarmed as Harmed, CsprLookedAfter as LookedAfter, CsprUnder18 as Under18,
};

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
        json: include_str!("../../content/example-partnership.json"),
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
// 1. The questions
// ---------------------------------------------------------------------------

/// The duty to notify, as partnerships quote section 16C(1).
const S16C: Citation = cite!(
    "trafford-cspr",
    "first paragraph (quoting Children Act 2004 s16C(1))"
);

/// The questions, in the order they are asked (the facts the provisions read).
pub const QUESTIONS: &[Question] = &[
    Question {
        id: QuestionId::CsprUnder18,
        slug: "under-18",
        title: "Was the person under 18 at the time of the death or harm?",
        short: "Under 18",
        hint: &["A child is anyone under 18. Whatever the age, a later question asks whether the person was a care leaver: a care leaver can be 16 or 17, or an adult up to their 25th birthday."],
        definition: &[],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The person was under 18: a child.",
            "The person was 18 or over: of these arrangements, only the notification of a care leaver's death can apply.",
            "You were not sure whether the person was under 18. If they were, this may be a serious child safeguarding incident.",
        ],
        citations: &[
            cite!("lincs-death", "list under 'Serious incidents which should be reported'"),
            cite!("nyscp-careleaver-process", "opening paragraphs (care leavers up to and including the age of 17 years, regardless of abuse or neglect) and heading 'Care leaver'"),
        ],
    },
    Question {
        id: QuestionId::CsprDied,
        slug: "child-died",
        title: "Has the child or young person died?",
        short: "Has died",
        hint: &["Include a death by suspected suicide."],
        definition: &[],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The child or young person has died.",
            "The child or young person has not died.",
            "You were not sure whether the child or young person has died.",
        ],
        citations: &[S16C, cite!("govuk-report-sin-2018", "heading 'Reporting safeguarding incidents'")],
    },
    Question {
        id: QuestionId::CsprHarmed,
        slug: "serious-harm",
        title: "Has the child been seriously harmed?",
        short: "Seriously harmed",
        hint: &["Serious harm includes, but is not limited to:"],
        definition: &[
            "serious or long-term impairment of a child's mental health, or of their intellectual, emotional, social or behavioural development",
            "impairment of physical health",
            "Judgement should be exercised where the impairment is likely to be long-term, even if this is not yet certain. Even if a child recovers, including from a one-off incident, serious harm may still have occurred.",
        ],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The child has been seriously harmed.",
            "The child has not been seriously harmed.",
            "You were not sure whether the harm was serious. Even if a child recovers, serious harm may still have occurred.",
        ],
        citations: &[
            cite!("dfe-sin-stats", "background text, after the section 16C(1) duty (serious harm also covers impairment of physical health)"),
            cite!("tees-protocol", "section 2, para 2.2 (protocol following Working Together 2023)"),
            cite!("derbyshire-death", "'Scope of this chapter' (the June 2019 version of the chapter)"),
            cite!("nelincs-cspr", "opening (impairment of physical health)"),
        ],
    },
    Question {
        id: QuestionId::CsprAbuseOrNeglect,
        slug: "known-or-suspected",
        title: "Is abuse or neglect of the child known or suspected?",
        short: "Abuse or neglect known or suspected",
        hint: &["A suspicion is enough: abuse or neglect does not need to be proven."],
        definition: &[],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "Abuse or neglect is known or suspected.",
            "Abuse or neglect is not known or suspected.",
            "You were not sure whether abuse or neglect is known or suspected.",
        ],
        citations: &[S16C],
    },
    Question {
        id: QuestionId::CsprLookedAfter,
        slug: "looked-after-child",
        title: "Was the child looked after by a local authority?",
        short: "A looked-after child",
        hint: &["A looked-after child is one in the care of a local authority, or provided with accommodation by it for a continuous period of more than 24 hours."],
        definition: &[],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The child was looked after. Where a looked-after child has died, the local authority must notify the Secretary of State and Ofsted, whether or not abuse or neglect is known or suspected.",
            "The child was not looked after.",
            "You were not sure whether the child was looked after. If they were and they have died, the local authority must notify the death, whatever the cause.",
        ],
        citations: &[
            cite!("children-act-1989", "section 22(1) and (2)"),
            cite!("wirral-current", "after the five working days paragraph"),
        ],
    },
    Question {
        id: QuestionId::CareLeaverDied,
        slug: "care-leaver",
        title: "Was the person a care leaver, aged 24 or under?",
        short: "A care leaver aged 24 or under",
        hint: &["A care leaver is someone up to their 25th birthday who is no longer looked after, and who was looked after for at least 13 weeks that began after they were 14 and ended after they were 16. So a care leaver can be 16 or 17."],
        definition: &[],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The person was a care leaver aged 24 or under. Where a care leaver has died, the local authority should notify the Secretary of State and Ofsted, where it knows the person was a care leaver.",
            "The person was not a care leaver aged 24 or under.",
            "You were not sure whether the person was a care leaver aged 24 or under. If they were and they have died, the local authority should notify the death.",
        ],
        citations: &[
            cite!("nyscp-careleaver-process", "heading 'Care leaver'"),
            cite!("nyscp-careleaver-process", "opening paragraphs (care leavers up to and including the age of 17 years, regardless of abuse or neglect)"),
            cite!("nyscp-careleaver-omg", "'Statutory guidance requirement:'"),
        ],
    },
];

// ---------------------------------------------------------------------------
// 2. The provisions, strongest duty first
// ---------------------------------------------------------------------------

const AGREE_WITH_LEAD: NextStep = NextStep {
    text: "Before you refer, talk to the safeguarding lead in your agency. Some partnerships require their agreement to the referral; others ask you to discuss the case with them, or with a manager, to set out why you are referring it.",
    citations: &[
        cite!("plymouth-rr", "heading 'Rapid Review Referral'"),
        cite!("kscmp-referral", "main text (agreement to refer)"),
        cite!("havering-notify", "page body"),
    ],
};
const INFORM_PARTNERS: NextStep = NextStep {
    text: "Inform the safeguarding partners: complete the {form} and send it to {board_short}'s secure mailbox, {mailbox}, {deadline}. Do it as soon as you can: if some information is not available yet, do not wait for it, as it can be added later.",
    citations: &[
        cite!("wirral-current", "para 1.4"),
        cite!("havering-notify", "page body"),
        cite!("lambeth-sin", "page body (a referral should be made as soon as possible)"),
    ],
};
const LA_NOTIFIES: NextStep = NextStep {
    text: "The duty to notify the Child Safeguarding Practice Review Panel rests with the local authority. It must notify the Panel, and should do so within five working days of becoming aware of the incident. Where a looked-after child has died, it must also notify the Secretary of State and Ofsted. It should also notify them of the death of a care leaver up to and including the age of 24, where it knows the person was a care leaver.",
    citations: &[
        cite!("wirral-current", "para 1.4 and the paragraphs after the s16C(1) quotation"),
        cite!("nyscp-careleaver-omg", "'Statutory guidance requirement:'"),
    ],
};
const RAPID_REVIEW: NextStep = NextStep {
    text: "The safeguarding partners then hold a rapid review, within 15 working days counted from {rapid_review_start}; as soon as it is complete, they should send a copy to the Panel. The safeguarding partners decide whether a local child safeguarding practice review is appropriate; the Panel decides whether to arrange a national review.",
    citations: &[
        cite!("trafford-cspr", "paragraph after 'The duty to notify events to the Panel rests with the local authority'"),
        cite!("cambs-cspr", "section 'Duty on local authorities to notify incidents'"),
        cite!("trafford-cspr", "paragraph beginning 'Meeting the criteria does not mean' (it is for the partners to determine whether a review is appropriate)"),
        cite!("ca2004-s16b", "section 16B(1)"),
    ],
};
const NOT_FOR_NOW: NextStep = NextStep {
    text: "This route is for learning from what happened, not for protecting a child now: do not use the referral form to make a safeguarding referral. If you think a child is in immediate danger, phone 999; to raise a concern about a child, make a safeguarding referral to children's social care.",
    citations: &[
        cite!("cambs-cspr", "heading 'Referring a case for a Rapid Review' (do not use the Rapid Review Referral form to make a safeguarding referral)"),
        cite!("cambs-concern", "opening paragraphs (immediate danger: phone 999; a concern: a safeguarding referral)"),
    ],
};
const CHILD_DEATH: NextStep = NextStep {
    text: "Whatever the answer here, make sure the child's death has been reported under the local child death procedures: the deaths of all children are reviewed, by a Child Death Overview Panel.",
    citations: &[cite!("notts-cdr", "Scope of this chapter (an overview of all child deaths up to the age of 18 years, undertaken by a panel)")],
};

const LAC_STEP: NextStep = NextStep {
    text: "Make sure the local authority knows of the death: tell your safeguarding lead, and inform the safeguarding partners on the {form}, to {mailbox}. If local partners think learning can be gained, they may undertake a local child safeguarding practice review.",
    citations: &[
        cite!("slough-sin", "amendment note at the top of the chapter"),
        cite!("wirral-current", "para 1.4"),
    ],
};
const CARE_LEAVER_STEP: NextStep = NextStep {
    text: "Make sure the local authority knows of the death and that the person was a care leaver: local authorities should notify the death where they are aware of the person's care leaver status.",
    citations: &[cite!("nyscp-careleaver-process", "opening paragraphs")],
};

/// The provisions, strongest duty first.
pub const PROVISIONS: &[Provision] = &[
    Provision {
        duty: "panel",
        label: "Notifying the Child Safeguarding Practice Review Panel",
        // s16C(1): abuse or neglect known or suspected, and the child has
        // died or been seriously harmed.
        when: Condition::All(&[
            Condition::Yes(Under18),
            Condition::Any(&[Condition::Yes(Died), Condition::Yes(Harmed)]),
            Condition::Yes(Abuse),
        ]),
        modal: Modal::Must,
        text: "Where abuse or neglect of a child is known or suspected and the child has died or been seriously harmed, the local authority must notify the Child Safeguarding Practice Review Panel. It should do so within five working days of becoming aware of the incident.",
        citations: &[S16C, cite!("wirral-current", "para 1.4 and the paragraphs after the s16C(1) quotation")],
        refer: true,
        lead: Some(Lead {
            applies: "This is a serious child safeguarding incident: refer it to the safeguarding partners now",
            may_apply: "This may be a serious child safeguarding incident: refer it so the partners can decide",
            summary: "Where abuse or neglect of a child is known or suspected and the child has died or been seriously harmed, in the local authority's area or outside England while normally living in it, the local authority must notify the Child Safeguarding Practice Review Panel.",
            may_summary: "Some answers were not certain, and a definite answer could make this a serious child safeguarding incident. Others who have functions relating to children should inform the safeguarding partners of any incident they think should be considered for a review. Staffordshire's guidance says that an agency other than the local authority should discuss an incident that appears to meet the criteria with its local authority counterparts, to reach an agreement on whether or not to notify.",
            citations: &[S16C, cite!("govuk-report-sin", "heading 'Notify the Child Safeguarding Practice Review Panel'")],
            may_citations: &[cite!("staffs-sin", "'But what are the first steps taken?'"), cite!("wirral-current", "para 1.4")],
            tone: Tone::Act,
        }),
        steps: &[AGREE_WITH_LEAD, INFORM_PARTNERS, LA_NOTIFIES, RAPID_REVIEW, NOT_FOR_NOW],
    },
    Provision {
        duty: "lac-death",
        label: "Notifying a looked-after child's death",
        when: Condition::All(&[
            Condition::Yes(Under18),
            Condition::Yes(Died),
            Condition::Yes(LookedAfter),
        ]),
        modal: Modal::Must,
        text: "Where a looked-after child has died, the local authority must notify the Secretary of State and Ofsted, whether or not abuse or neglect is known or suspected.",
        citations: &[cite!("wirral-current", "after the five working days paragraph")],
        refer: true,
        lead: Some(Lead {
            applies: "A looked-after child has died: the death is notified whatever the cause",
            may_apply: "This may be the death of a looked-after child, which is notified whatever the cause",
            summary: "The local authority must notify the Secretary of State and Ofsted when a looked-after child has died, whether or not abuse or neglect is known or suspected. The Panel does not consider such a death unless abuse or neglect is known or suspected.",
            may_summary: "You were not sure of some answers. If the child was looked after, the local authority must notify the Secretary of State and Ofsted of the death, whether or not abuse or neglect is known or suspected.",
            citations: &[
                cite!("wirral-current", "after the five working days paragraph"),
                cite!("govuk-report-sin", "heading 'Notify the Child Safeguarding Practice Review Panel'"),
            ],
            may_citations: &[cite!("wirral-current", "after the five working days paragraph")],
            tone: Tone::Consider,
        }),
        steps: &[AGREE_WITH_LEAD, LAC_STEP],
    },
    Provision {
        duty: "care-leaver-death",
        label: "Notifying a care leaver's death",
        // A care leaver is no longer looked after: a child who was looked
        // after is notified as a looked-after child.
        when: Condition::All(&[
            Condition::Yes(Died),
            Condition::Yes(CareLeaver),
            Condition::Any(&[Condition::No(Under18), Condition::No(LookedAfter)]),
        ]),
        modal: Modal::Should,
        text: "Where a care leaver up to and including the age of 24 has died, the local authority should notify the Secretary of State for Education and Ofsted, where it knows the person was a care leaver, whether or not abuse or neglect is known or suspected. This notification does not need a rapid review.",
        citations: &[
            cite!("nyscp-careleaver-omg", "'Statutory guidance requirement:'"),
            cite!("nyscp-careleaver-process", "opening paragraphs (care leavers up to and including the age of 17 years, regardless of abuse or neglect; local authorities should now also notify the death of a care leaver up to and including the age of 24 where they are aware of their care leaver status)"),
            cite!("slough-sin", "amendment note at the top of the chapter"),
        ],
        refer: false,
        lead: Some(Lead {
            applies: "A care leaver has died: the local authority should notify the death, without a rapid review",
            may_apply: "This may be the death of a care leaver, which the local authority should notify",
            summary: "The local authority should notify the Secretary of State for Education and Ofsted of the death of a care leaver up to and including the age of 24, where it knows the person was a care leaver. The death of a care leaver does not require a rapid review or a local child safeguarding practice review, though local partners may undertake one if they think learning can be gained.",
            may_summary: "You were not sure of some answers. If the person was a care leaver aged 24 or under, the local authority should notify the Secretary of State for Education and Ofsted of their death.",
            citations: &[
                cite!("nyscp-careleaver-process", "opening paragraphs (local authorities should now also notify the death of a care leaver up to and including the age of 24 where they are aware of their care leaver status)"),
                cite!("slough-sin", "amendment note at the top of the chapter"),
            ],
            may_citations: &[cite!("nyscp-careleaver-process", "opening paragraphs (should now also notify)")],
            tone: Tone::Consider,
        }),
        steps: &[AGREE_WITH_LEAD, CARE_LEAVER_STEP],
    },
    Provision {
        duty: "child-death-review",
        label: "The child death review",
        when: Condition::All(&[Condition::Yes(Under18), Condition::Yes(Died)]),
        modal: Modal::Does,
        text: "Where a child under 18 has died, the death is reviewed by a Child Death Overview Panel, whatever the cause.",
        citations: &[cite!("notts-cdr", "Scope of this chapter (an overview of all child deaths up to the age of 18 years, undertaken by a panel)")],
        refer: false,
        lead: None,
        steps: &[CHILD_DEATH],
    },
];

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
