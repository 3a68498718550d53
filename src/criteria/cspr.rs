//! THE CSPR RULES: "Is this a serious child safeguarding incident to refer
//! to the safeguarding partners?"
//!
//! The current arrangements in England (Child Safeguarding Practice
//! Reviews), top to bottom:
//! 1. the questions ([`QUESTIONS`]);
//! 2. the decision tree for definite answers ([`decide`]);
//! 3. what *Not sure* may stand for ([`resolutions`]) and the safe
//!    combination ([`combine`]): where some way of resolving *Not sure*
//!    would need a notification, the result is never "no notification";
//! 4. each route's outcome.
//!
//! In short: where a local authority in England knows or suspects that a
//! child has been abused or neglected, it must notify the Child
//! Safeguarding Practice Review Panel if the child dies or is seriously
//! harmed in its area, or dies or is seriously harmed outside England while
//! normally resident in its area (Children Act 2004 s16C(1)); it should do
//! so within five working days of becoming aware. The death of a looked-after
//! child is notified to the Secretary of State and Ofsted whether or not
//! abuse or neglect is known or suspected; so is the death of a care leaver
//! up to and including the age of 24, which needs no rapid review. Others
//! who work with children inform the safeguarding partners.
//!
//! Where statutory text is quoted, it is quoted as the partnership
//! procedures cited quote it (the sources list says so).

use super::*;
use crate::cite;
use crate::sources::Citation;

/// The CSPR rules, for the machinery in `crate::criteria`.
pub const RULES: RuleSet = RuleSet {
    id: RuleSetId::Cspr,
    questions: QUESTIONS,
    decide,
    resolutions,
    combine,
    ask_parallel: |route| !matches!(route, Route::CsprAdult | Route::CsprCareLeaverDeath),
    outcome,
    tone: |route| match route {
        Route::CsprSeriousIncident => Tone::Act,
        Route::CsprMayBeSerious | Route::CsprLookedAfterDeath | Route::CsprCareLeaverDeath => {
            Tone::Consider
        }
        _ => Tone::Neutral,
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

pub const QUESTIONS: &[Question] = &[
    Question {
        id: QuestionId::CsprUnder18,
        slug: "under-18",
        title: "Was the person under 18 at the time of the death or harm?",
        short: "Under 18",
        hint: &["A child is anyone under 18. Care leavers are asked about too, whatever their age: a care leaver can be 16 or 17, or an adult up to their 25th birthday."],
        definition: &[],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The person was under 18: a child.",
            "The person was 18 or over, so only a care leaver's death is notified under these arrangements.",
            "You were not sure whether the person was under 18. If they were, this may be a serious child safeguarding incident.",
        ],
        citations: &[
            cite!("lincs-death", "list under 'Serious incidents which should be reported'"),
            cite!("nyscp-careleaver-process", "opening paragraphs (care leavers up to and including the age of 17 years, regardless of abuse or neglect) and heading 'Care leaver'"),
        ],
    },
    Question {
        id: QuestionId::CareLeaverDied,
        slug: "care-leaver",
        title: "Was the person a care leaver, aged 24 or under, who has died?",
        short: "A care leaver aged 24 or under who has died",
        hint: &["A care leaver is someone up to their 25th birthday who is no longer looked after, and who was looked after for at least 13 weeks that began after they were 14 and ended after they were 16."],
        definition: &[],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "A care leaver aged 24 or under has died: the local authority notifies the Secretary of State and Ofsted.",
            "The person was not a care leaver aged 24 or under who has died.",
            "You were not sure whether the person was a care leaver aged 24 or under who has died. If so, their death is notified.",
        ],
        citations: &[
            cite!("nyscp-careleaver-process", "heading 'Care leaver'"),
            cite!("nyscp-careleaver-process", "opening paragraphs (care leavers up to and including the age of 17 years, regardless of abuse or neglect)"),
            cite!("nyscp-careleaver-omg", "'Statutory guidance requirement:'"),
        ],
    },
    Question {
        id: QuestionId::CsprDied,
        slug: "child-died",
        title: "Has the child died?",
        short: "The child has died",
        hint: &["Include a death by suspected suicide."],
        definition: &[],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The child has died.",
            "The child has not died, so serious harm is considered instead.",
            "You were not sure whether the child has died.",
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
            "impairment of physical health (a June 2019 procedure quoting Working Together includes it; a protocol following Working Together 2023 leaves it out)",
            "Judgement should be exercised where the impairment is likely to be long-term, even if this is not yet certain. Even if a child recovers, including from a one-off incident, serious harm may still have occurred.",
        ],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The child has been seriously harmed.",
            "The child has not been seriously harmed.",
            "You were not sure whether the harm was serious. Even if a child recovers, serious harm may still have occurred.",
        ],
        citations: &[
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
            "The child was looked after: their death is notified to the Secretary of State and Ofsted whether or not abuse or neglect is known or suspected.",
            "The child was not looked after.",
            "You were not sure whether the child was looked after. If so, their death is notified whatever the cause.",
        ],
        citations: &[
            cite!("children-act-1989", "section 22(1) and (2)"),
            cite!("wirral-current", "after the five working days paragraph"),
        ],
    },
    Question {
        id: QuestionId::ParallelProcesses,
        slug: "other-processes",
        title: "Are any of these other processes under way or expected?",
        short: "Other processes",
        hint: &["Select all that apply. These processes may be carried out alongside a review or at a later stage."],
        definition: &[],
        choices: &[],
        finding: ["", "", ""],
        citations: &[cite!("barnsley-lcspr", "heading 'Working Together to Safeguard Children 2023'")],
    },
];

// ---------------------------------------------------------------------------
// 2. The decision tree, for definite answers
// ---------------------------------------------------------------------------

/// The decision tree for definite (yes/no) answers.
pub fn decide(answer: &dyn Fn(QuestionId) -> Option<bool>) -> Step {
    use QuestionId::*;
    use Route::*;
    macro_rules! ask {
        ($q:expr) => {
            match answer($q) {
                Some(value) => value,
                None => return Step::Ask($q),
            }
        };
    }
    if !ask!(CsprUnder18) {
        // 18 or over: only a care leaver's death is notified.
        return Step::Done(if ask!(CareLeaverDied) {
            CsprCareLeaverDeath
        } else {
            CsprAdult
        });
    }
    let died = ask!(CsprDied);
    if !died && !ask!(CsprHarmed) {
        return Step::Done(CsprNotSerious);
    }
    // s16C(1): abuse or neglect known or suspected, and death or serious harm.
    if ask!(CsprAbuseOrNeglect) {
        return Step::Done(CsprSeriousIncident);
    }
    // A looked-after child's death is notified whatever the cause.
    if died && ask!(CsprLookedAfter) {
        return Step::Done(CsprLookedAfterDeath);
    }
    // So is a care leaver's death, whatever the cause and whatever their
    // age: care leavers can be 16 or 17 ("relevant children", no longer
    // looked after), and the notification runs up to the 25th birthday.
    if died && ask!(CareLeaverDied) {
        return Step::Done(CsprCareLeaverDeath);
    }
    Step::Done(CsprNotSerious)
}

// ---------------------------------------------------------------------------
// 3. Not sure: what it may stand for, and the safe combination
// ---------------------------------------------------------------------------

/// *Not sure* may stand for yes or no.
pub fn resolutions(_: QuestionId, a: Answer) -> &'static [bool] {
    match a {
        Answer::Yes => &[true],
        Answer::No => &[false],
        Answer::NotSure => &[true, false],
    }
}

/// The safe combination: all the same, that route; if some resolution is a
/// serious incident and others are not, "may be serious" (refer so the
/// partners decide); otherwise the strongest, so a death that may need
/// notifying is notified.
pub fn combine(routes: &[Route]) -> Route {
    let min = *routes.iter().min().expect("at least one route");
    let max = *routes.iter().max().expect("at least one route");
    if min == max {
        min
    } else if max == Route::CsprSeriousIncident {
        Route::CsprMayBeSerious
    } else {
        max
    }
}

// ---------------------------------------------------------------------------
// 4. Outcomes
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
    text: "The duty to notify the Child Safeguarding Practice Review Panel rests with the local authority. It must notify the Panel, and should do so within five working days of becoming aware of the incident. Where a looked-after child has died, it must also notify the Secretary of State and Ofsted. It also notifies them of the death of a care leaver up to and including the age of 24.",
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

/// What the outcome says for a route.
pub fn outcome(route: Route, answers: &Answers) -> OutcomeText {
    let child_died = answers.get(QuestionId::CsprDied) == Some(Answer::Yes);
    let (headline, summary, citations, mut next_steps, refer): (_, _, &'static [Citation], Vec<NextStep>, bool) = match route {
        Route::CsprSeriousIncident => (
            "This is a serious child safeguarding incident: refer it to the safeguarding partners now",
            "Where abuse or neglect of a child is known or suspected and the child has died or been seriously harmed, in the local authority's area or outside England while normally living in it, the local authority must notify the Child Safeguarding Practice Review Panel.",
            &[S16C, cite!("govuk-report-sin", "heading 'Notify the Child Safeguarding Practice Review Panel'")],
            vec![AGREE_WITH_LEAD, INFORM_PARTNERS, LA_NOTIFIES, RAPID_REVIEW, NOT_FOR_NOW],
            true,
        ),
        Route::CsprMayBeSerious => (
            "This may be a serious child safeguarding incident: refer it so the partners can decide",
            "Some answers were not certain, and a definite answer could make this a serious child safeguarding incident. Others who have functions relating to children should inform the safeguarding partners of any incident they think should be considered for a review. Staffordshire's guidance says that an agency other than the local authority should discuss an incident that appears to meet the criteria with its local authority counterparts, to reach an agreement on whether or not to notify.",
            &[cite!("staffs-sin", "'But what are the first steps taken?'"), cite!("wirral-current", "para 1.4")],
            vec![AGREE_WITH_LEAD, INFORM_PARTNERS, LA_NOTIFIES, RAPID_REVIEW, NOT_FOR_NOW],
            true,
        ),
        Route::CsprLookedAfterDeath => (
            "A looked-after child has died: the death is notified whatever the cause",
            "The local authority must notify the Secretary of State and Ofsted when a looked-after child has died, whether or not abuse or neglect is known or suspected. The Panel does not consider such a death unless abuse or neglect is known or suspected.",
            &[
                cite!("wirral-current", "after the five working days paragraph"),
                cite!("govuk-report-sin", "heading 'Notify the Child Safeguarding Practice Review Panel'"),
            ],
            vec![
                AGREE_WITH_LEAD,
                NextStep {
                    text: "Make sure the local authority knows of the death: tell your safeguarding lead, and inform the safeguarding partners on the {form}, to {mailbox}. If local partners think learning can be gained, they may undertake a local child safeguarding practice review.",
                    citations: &[cite!("slough-sin", "amendment note at the top of the chapter"), cite!("wirral-current", "para 1.4")],
                },
            ],
            true,
        ),
        Route::CsprCareLeaverDeath => (
            "A care leaver has died: the death is notified, without a rapid review",
            "The local authority notifies the Secretary of State for Education and Ofsted of the death of a care leaver up to and including the age of 24. The death of a care leaver does not require a rapid review or a local child safeguarding practice review, though local partners may undertake one if they think learning can be gained.",
            &[
                cite!("nyscp-careleaver-omg", "'Statutory guidance requirement:'"),
                cite!("slough-sin", "amendment note at the top of the chapter"),
            ],
            vec![
                AGREE_WITH_LEAD,
                NextStep {
                    text: "Make sure the local authority knows of the death and that the person was a care leaver: local authorities notify the death where they are aware of the person's care leaver status.",
                    citations: &[cite!("nyscp-careleaver-process", "opening paragraphs")],
                },
            ],
            false,
        ),
        Route::CsprNotSerious => (
            "This does not appear to be a serious child safeguarding incident, but there may still be learning",
            "From your answers, this is not an incident the local authority must notify to the Panel. If you think the case could still teach agencies something, discuss it with your safeguarding lead.",
            &[S16C],
            vec![AGREE_WITH_LEAD, NOT_FOR_NOW],
            true,
        ),
        Route::CsprAdult => (
            "These arrangements are for children, and for care leavers who have died",
            "Child safeguarding practice reviews are about children under 18. The death of a care leaver up to and including the age of 24 is notified. For an adult with needs for care and support, the Safeguarding Adults Board must arrange a Safeguarding Adults Review where there is reasonable cause for concern about how agencies worked together to safeguard the adult, and the adult has died and abuse or neglect is known or suspected to have caused the death, or the adult is alive and is known or suspected to have experienced serious abuse or neglect. It may arrange one in other cases.",
            &[
                cite!("lincs-death", "list under 'Serious incidents which should be reported'"),
                cite!("nyscp-careleaver-omg", "'Statutory guidance requirement:'"),
                cite!("care-act-s44", "section 44(1) to (4)"),
            ],
            vec![NextStep {
                text: "Discuss the case with your agency's safeguarding lead, who can advise whether a Safeguarding Adults Review or another process applies.",
                citations: &[cite!("care-act-s44", "section 44(1) to (4)")],
            }],
            false,
        ),
        other => unreachable!("{other:?} is not a CSPR route"),
    };
    if child_died {
        next_steps.push(CHILD_DEATH);
    }
    OutcomeText {
        headline,
        summary,
        citations,
        next_steps,
        refer,
    }
}
