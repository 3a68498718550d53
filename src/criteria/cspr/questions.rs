//! The questions, their hints and their answers.

use super::S16C;
use crate::cite;
use crate::criteria::*;

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
