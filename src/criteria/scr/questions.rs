//! The questions, their hints and their answers.

use crate::cite;
use crate::criteria::*;

/// The questions, in the order they are asked (the facts the provisions read).
pub const QUESTIONS: &[Question] = &[
    Question {
        id: QuestionId::Under18,
        slug: "age",
        title: "Was the person under 18 at the time of the death or harm?",
        short: "Under 18",
        hint: &["Serious Case Reviews are for children. For an adult, other reviews may apply."],
        definition: &[],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The person was under 18, so this procedure applies.",
            "The person was 18 or over, so this children's procedure does not apply.",
            "You were not sure whether the person was under 18. If they were 18 or over, this procedure does not apply, and another kind of review, such as a Safeguarding Adults Review, may be relevant.",
        ],
        citations: &[
            cite!("reg5", "regulation 5(2)"),
            cite!("bracknell", "section A.1 (reviews of child deaths up to the age of 18)"),
            cite!("bracknell", "section A.5(i)"),
        ],
    },
    Question {
        id: QuestionId::Died,
        slug: "died",
        title: "Has the child died?",
        short: "The child has died",
        hint: &["Include a death by suspected suicide."],
        definition: &[],
        choices: &[YES, NO],
        finding: [
            "The child has died. This includes a death by suspected suicide: criterion 5(2)(b)(i).",
            "The child has not died, so criterion 5(2)(b)(i) is not met; serious harm is considered instead.",
            "",
        ],
        citations: &[cite!("reg5", "regulation 5(2)(b)(i)"), cite!("bucks", "8.2.6")],
    },
    Question {
        id: QuestionId::AbuseOrNeglect,
        slug: "abuse-or-neglect",
        title: "Is abuse or neglect of the child known or suspected?",
        short: "Abuse or neglect known or suspected",
        hint: &[
            "A suspicion is enough: abuse or neglect does not need to be proven.",
            "Include cases where abuse or neglect may have been a factor in what happened.",
        ],
        definition: &[],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "Abuse or neglect is known or suspected: criterion 5(2)(a) is met.",
            "Abuse or neglect is not known or suspected, so criterion 5(2)(a) is not met.",
            "You were not sure whether abuse or neglect is known or suspected (criterion 5(2)(a)).",
        ],
        citations: &[
            cite!("reg5", "regulation 5(2)(a)"),
            cite!("nscb", "2.1"),
            cite!("cambs", "Why are you carrying out a SCR?"),
            cite!("bolton", "When will a Serious Case Review be held?"),
        ],
    },
    Question {
        id: QuestionId::DiedInCustody,
        slug: "custody",
        title: "Did the child die in custody or while detained?",
        short: "Died in custody or detention",
        hint: &["Answer yes if the child died in any of these circumstances:"],
        definition: &[
            "in custody, including police custody",
            "on remand or following sentencing",
            "in a Young Offender Institution, a secure training centre or a secure children's home",
            "while detained under the Mental Health Act 1983",
            "aged 16 or 17, while subject to a deprivation of liberty order under the Mental Capacity Act 2005",
        ],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The child died in custody or detention: an SCR should always be carried out, even where the other criteria are not met.",
            "The child did not die in custody or detention.",
            "You were not sure whether the child died in custody or detention. If they did, an SCR should always be carried out.",
        ],
        citations: &[
            cite!("wt2015", "chapter 4"),
            cite!("bracknell", "section A.2(ii)"),
            cite!("nscb", "2.1"),
            cite!("mha1983", "the Act's title and citation (1983 c. 20); the Board documents give the year wrongly"),
        ],
    },
    Question {
        id: QuestionId::LookedAfterOrRegulated,
        slug: "looked-after",
        title: "Was the child looked after, or did they die in a regulated setting or service?",
        short: "Looked after, or died in a regulated setting",
        hint: &[
            "A looked-after child is one in the care of a local authority, or provided with accommodation by it for more than 24 hours.",
            "The death of a looked-after child, or of a child in a regulated setting or service, is a notifiable incident even where abuse or neglect is not known or suspected.",
        ],
        definition: &[],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The child was looked after or died in a regulated setting or service. That makes the death a notifiable incident, even where abuse or neglect is not known or suspected: the local authority should report it to Ofsted and the Board within five working days.",
            "The child was not looked after and did not die in a regulated setting or service.",
            "You were not sure whether the child was looked after or died in a regulated setting or service. If so, the death is a notifiable incident that the local authority should report to Ofsted and the Board.",
        ],
        citations: &[
            cite!("pan-dorset", "section 1, Criteria for Notifiable Incidents"),
            cite!("north-yorkshire", "Definitions of Notifiable Incidents and Seriously Harmed"),
            cite!("children-act-1989", "section 22(1) and (2)"),
        ],
    },
    Question {
        id: QuestionId::SeriouslyHarmed,
        slug: "seriously-harmed",
        title: "Has the child been seriously harmed?",
        short: "Seriously harmed",
        hint: &["Seriously harmed includes, but is not limited to, a child who, through abuse or neglect, has:"],
        definition: &[
            "had a potentially life-threatening injury",
            "suffered serious and/or likely long-term impairment of their physical or mental health, or of their physical, intellectual, emotional, social or behavioural development",
            "been seriously harmed as a result of sexual abuse, or subjected to particularly serious sexual abuse",
            "This list is not exhaustive. If the child has recovered, that does not mean there was no serious harm.",
        ],
        choices: &[YES, NO, NOT_SURE],
        finding: [
            "The child has been seriously harmed: the first part of criterion 5(2)(b)(ii) is met.",
            "The child has not been seriously harmed, so criterion 5(2)(b)(ii) is not met.",
            "You were not sure whether the harm was serious (criterion 5(2)(b)(ii)). Remember that a child's recovery does not mean there was no serious harm.",
        ],
        citations: &[
            cite!("reg5", "regulation 5(2)(b)(ii)"),
            cite!("cambs", "Why are you carrying out a SCR?"),
            cite!("bolton", "When will a Serious Case Review be held?"),
            cite!("north-yorkshire", "Definitions of Notifiable Incidents and Seriously Harmed"),
        ],
    },
    Question {
        id: QuestionId::AgencyConcerns,
        slug: "working-together",
        title: "Is there cause for concern about how agencies worked together to safeguard the child?",
        short: "Concern about how agencies worked together",
        hint: &[
            "This means the local authority, the Board's partner agencies or anyone else involved with the child.",
            "Where abuse or neglect is known or suspected and a child has been seriously harmed, an SCR must be commissioned unless it is clear that there are no such concerns.",
        ],
        definition: &[],
        choices: &[
            Choice { answer: Answer::Yes, label: "Yes, there is cause for concern", hint: None },
            Choice {
                answer: Answer::No,
                label: "No, it is clear there are no such concerns",
                hint: Some("Only if there is definitive evidence that there are no concerns about how agencies worked together."),
            },
            NOT_SURE,
        ],
        finding: [
            "There is cause for concern about how agencies worked together: criterion 5(2)(b)(ii) is met.",
            "It is clear there are no concerns about how agencies worked together, so criterion 5(2)(b)(ii) is not met.",
            "It is not clear that there are no concerns about how agencies worked together. Where a child has been seriously harmed and abuse or neglect is known or suspected, that counts as cause for concern: unless it is clear there are none, an SCR must be commissioned.",
        ],
        citations: &[cite!("reg5", "regulation 5(2)(b)(ii)"), cite!("bucks", "8.2.7"), cite!("nscb", "2.1")],
    },
];
