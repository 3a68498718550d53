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
        hint: &["A child is anyone under 18. The next question asks about care leavers up to the age of 24."],
        definition: &[],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The person was under 18: a child.",
            "The person was 18 or over, so only a care leaver's death is notified under these arrangements.",
            "You were not sure whether the person was under 18. If they were, this may be a serious child safeguarding incident.",
        ],
        citations: &[cite!("lincs-death", "list under 'Serious incidents which should be reported'")],
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
            "impairment of physical health (Working Together 2018 said so in terms; the 2023 wording quoted here leaves the sentence out)",
            "Where the impairment is likely to be long-term, even if that is not yet certain, use your judgement. Even if a child recovers, including from a one-off incident, serious harm may still have occurred.",
        ],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The child has been seriously harmed.",
            "The child has not been seriously harmed.",
            "You were not sure whether the harm was serious. Even if a child recovers, serious harm may still have occurred.",
        ],
        citations: &[
            cite!("tees-protocol", "section 2, para 2.2 (Working Together 2023)"),
            cite!("derbyshire-death", "'Scope of this chapter' (Working Together 2018)"),
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
        hint: &["A looked-after child is one in the care of a local authority, or provided with accommodation by it (for example in foster care or a children's home)."],
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
        hint: &["Select all that apply. Tell the safeguarding partners about them: a review may run alongside them."],
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
        // Over 18: only a care leaver's death is notified.
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
    text: "Before you refer, agree it with the safeguarding lead in your agency. Discuss the case with them, or with a manager, to set out why you are referring it.",
    citations: &[
        cite!("plymouth-rr", "heading 'Rapid Review Referral'"),
        cite!("havering-notify", "page body"),
    ],
};
const INFORM_PARTNERS: NextStep = NextStep {
    text: "Inform the safeguarding partners: complete the {form} and send it to {board_short}'s secure mailbox, {mailbox}, {deadline}. Do it as soon as you can: if some information is not available yet, do not wait for it, as it can be added later.",
    citations: &[
        cite!("wirral-current", "para 1.4"),
        cite!("havering-notify", "page body"),
    ],
};
const LA_NOTIFIES: NextStep = NextStep {
    text: "The duty to notify the Child Safeguarding Practice Review Panel rests with the local authority. It must notify the Panel, and should do so within five working days of becoming aware of the incident. Where a looked-after child has died, it must also notify the Secretary of State and Ofsted.",
    citations: &[
        cite!("wirral-current", "para 1.4 and the paragraphs after the s16C(1) quotation"),
    ],
};
const RAPID_REVIEW: NextStep = NextStep {
    text: "The safeguarding partners then hold a rapid review, within 15 working days counted from {rapid_review_start}, and send it to the Panel. It decides whether a local child safeguarding practice review is appropriate; the Panel decides whether to review the case nationally. You and your manager will be told the outcome.",
    citations: &[
        cite!("trafford-cspr", "paragraph after 'The duty to notify events to the Panel rests with the local authority'"),
        cite!("cambs-cspr", "section 'Duty on local authorities to notify incidents'"),
        cite!("havering-notify", "page body"),
    ],
};
const NOT_FOR_NOW: NextStep = NextStep {
    text: "This route is for learning from what happened, not for protecting a child now: if any child is at risk, act on that first, through children's social care or the police.",
    citations: &[cite!("cambs-cspr", "heading 'Referring a case for a Rapid Review'")],
};
const CHILD_DEATH: NextStep = NextStep {
    text: "Whatever the answer here, make sure the child's death has been reported under the local child death procedures: the deaths of all children are reviewed, by a Child Death Overview Panel.",
    citations: &[cite!("notts-child-death", "Scope of this chapter; section 1, Child Death Overview Panel")],
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
            "Some answers were not certain, and a definite answer could make this a serious child safeguarding incident. Do not decide alone: discuss it with your agency's safeguarding lead and inform the safeguarding partners, who decide with the local authority whether to notify.",
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
                    text: "Make sure the local authority knows of the death and that the person was a care leaver: tell your safeguarding lead, who can check it has been notified.",
                    citations: &[cite!("nyscp-careleaver-process", "opening paragraphs")],
                },
            ],
            false,
        ),
        Route::CsprNotSerious => (
            "This does not appear to be a serious child safeguarding incident, but there may still be learning",
            "From your answers, this is not an incident the local authority must notify to the Panel. If you think the case could still teach agencies something, discuss it with your safeguarding lead: safeguarding partners may review cases for learning even where these criteria do not apply.",
            &[S16C, cite!("slough-sin", "amendment note at the top of the chapter")],
            vec![AGREE_WITH_LEAD, NOT_FOR_NOW],
            true,
        ),
        Route::CsprAdult => (
            "These arrangements are for children, and for care leavers who have died",
            "Child safeguarding practice reviews are about children under 18. The death of a care leaver up to and including the age of 24 is notified, but an adult's death or harm otherwise falls to other reviews.",
            &[
                cite!("lincs-death", "list under 'Serious incidents which should be reported'"),
                cite!("nyscp-careleaver-omg", "'Statutory guidance requirement:'"),
            ],
            vec![NextStep {
                text: "Discuss the case with your agency's safeguarding lead, who can advise whether another review or process applies.",
                citations: &[cite!("havering-notify", "page body")],
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
