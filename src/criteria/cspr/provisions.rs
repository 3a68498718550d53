//! The provisions, strongest duty first: conditions over the answers,
//! the duty each creates with its modal verb, citation and what to do next.

use super::S16C;
use crate::cite;
use crate::criteria::*;
use QuestionId::{
    CareLeaverDied as CareLeaver, CsprAbuseOrNeglect as Abuse, CsprDied as Died,
    CsprHarmed as Harmed, CsprLookedAfter as LookedAfter, CsprUnder18 as Under18,
};

pub(super) const AGREE_WITH_LEAD: NextStep = NextStep {
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
pub(super) const NOT_FOR_NOW: NextStep = NextStep {
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
