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

use super::*;
use crate::cite;
use QuestionId::{
    AbuseOrNeglect as Abuse, AgencyConcerns as Agency, Died, DiedInCustody as Custody,
    LookedAfterOrRegulated as LookedAfter, SeriouslyHarmed as Harmed, Under18,
};

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
        json: include_str!("../../content/example-board.json"),
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
// 1. The questions
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// 2. The provisions, strongest duty first
// ---------------------------------------------------------------------------

const DISCUSS_WITH_DSL: NextStep = NextStep {
    text: "Before you refer, discuss the case, and your reasons for referring it, with your agency's designated safeguarding lead.",
    citations: &[cite!("bucks", "8.2.13 and Appendix A"), cite!("bracknell", "section C.1(i)")],
};
const SEND_FORM: NextStep = NextStep {
    text:
        "Complete the {form} and send it to {board_short}'s secure mailbox, {mailbox}, {deadline}.",
    citations: &[
        cite!("bucks", "8.2.14 and Appendix A"),
        cite!("bracknell", "section B.1(ii)"),
    ],
};
const WHAT_HAPPENS: NextStep = NextStep {
    text: "The {group} considers the referral and makes a recommendation to the Board's Independent Chair, who decides. A decision should be made within one month of the Board being notified of the incident.",
    citations: &[
        cite!("bucks", "8.2.18, 8.2.22 and 8.2.23"),
        cite!("bracknell", "section C.1(ii) and (iii)"),
    ],
};
const SECURE_RECORDS: NextStep = NextStep {
    text: "Make sure your agency's records about the child and family are kept secure: they will be needed if a review goes ahead.",
    citations: &[
        cite!("bolton", "What happens in a Serious Case Review? (reading the case records)"),
        cite!("cambs", "What will happen?"),
        cite!("bucks", "8.2.26"),
    ],
};
const PARALLEL_NO_DELAY: NextStep = NextStep {
    text: "Say on the form whether a police investigation, an inquest or another review is under way. In most cases these should not delay a Serious Case Review: the review's chair should meet the police, the Crown Prosecution Service or the coroner early to clarify how the review can go ahead without delay.",
    citations: &[cite!("bucks", "8.2.55 to 8.2.57"), cite!("bracknell", "section A.5(ii)")],
};
const OTHER_REVIEWS: NextStep = NextStep {
    text: "Where the SCR criteria are not met, the Board must still consider whether another review is needed, and it may commission an SCR or another kind of learning review. One kind is what Bracknell Forest's Board calls a Child Protection Incident Review: a review of a serious child protection incident that does not meet the SCR criteria, where legal or policy requirements or the Board's standards were not met and a review will bring learning, or where there is good practice to share. Where it is not clear whether the criteria are met, or your agency thinks a learning review would help, the case should still be sent to the Board on the {form}.",
    citations: &[
        cite!("bucks", "8.2.15 and 8.2.16"),
        cite!("bracknell", "sections A.2, A.3(i) and (ii), and C.1(iv)"),
    ],
};
const CHILD_DEATHS_REVIEWED: NextStep = NextStep {
    text: "Whatever the answer here, make sure the child's death has been reported under {board_short}'s child death procedures. The deaths of all children up to 18 are reviewed by a Child Death Overview Panel, which uses what it finds to help prevent other children's deaths; an unexpected death also has a rapid response, in which key professionals come together to enquire into it. Either can lead to a Serious Case Review. Ask your designated safeguarding lead if you are not sure it has been reported.",
    citations: &[
        cite!("bucks", "Related Policies, Procedures, and Guidance (Child Death Overview Panel Procedure; Rapid Response Procedure)"),
        cite!("bracknell", "section A.1"),
        cite!("notts-child-death", "Scope of this chapter; section 1, Child Death Overview Panel"),
    ],
};

const NOTIFY_INCIDENT: NextStep = NextStep {
    text: "The local authority should report the incident to Ofsted and to the Board within five working days of becoming aware of it. Tell your designated safeguarding lead, who can contact {board_short}'s business office to check whether the incident is a notifiable incident and has been reported.",
    citations: &[
        cite!("pan-dorset", "section 1, Criteria for Notifiable Incidents"),
        cite!("north-yorkshire", "Responsibilities of an organisation where a notifiable incident occurs"),
    ],
};

/// The provisions, strongest duty first.
pub const PROVISIONS: &[Provision] = &[
    Provision {
        duty: "scr-must",
        label: "A Serious Case Review, which must be commissioned",
        // Regulation 5(2): (a) abuse or neglect known or suspected, and
        // (b)(i) the child has died, or (b)(ii) has been seriously harmed
        // and there is cause for concern about how agencies worked together.
        when: Condition::All(&[
            Condition::Yes(Under18),
            Condition::Yes(Abuse),
            Condition::Any(&[
                Condition::Yes(Died),
                Condition::All(&[Condition::Yes(Harmed), Condition::Yes(Agency)]),
            ]),
        ]),
        modal: Modal::Must,
        text: "Where abuse or neglect is known or suspected and the child has died, or has been seriously harmed and there is cause for concern about how agencies worked together, the Board must commission a Serious Case Review.",
        citations: &[cite!("reg5", "regulation 5(2)"), cite!("bucks", "8.2.5")],
        refer: true,
        lead: Some(Lead {
            applies: "This case meets the criteria for a Serious Case Review: refer it now",
            may_apply: "This case may meet the criteria: refer it so the Board can decide",
            summary: "The Board must commission a Serious Case Review where abuse or neglect is known or suspected and the child has died, or has been seriously harmed and there is cause for concern about how agencies worked together.",
            may_summary: "Some answers were not certain, and a definite answer could mean the criteria are met. Where it is not clear whether a case meets the criteria, it should still be referred: the {group} considers it and makes a recommendation to the Board's Independent Chair, who decides.",
            citations: &[cite!("reg5", "regulation 5(2)"), cite!("nscb", "2.1"), cite!("bucks", "8.2.5")],
            may_citations: &[cite!("bucks", "8.2.16"), cite!("bracknell", "section C.1(i)")],
            tone: Tone::Act,
        }),
        steps: &[DISCUSS_WITH_DSL, SEND_FORM, SECURE_RECORDS, WHAT_HAPPENS, PARALLEL_NO_DELAY],
    },
    Provision {
        duty: "scr-custody",
        label: "A Serious Case Review after a death in custody or detention",
        when: Condition::All(&[
            Condition::Yes(Under18),
            Condition::Yes(Died),
            Condition::Yes(Custody),
        ]),
        modal: Modal::Should,
        text: "Where a child dies in custody or detention, a Serious Case Review should always be carried out, even where the other criteria are not met.",
        citations: &[cite!("wt2015", "chapter 4"), cite!("bracknell", "section A.2(ii)"), cite!("nscb", "2.1")],
        refer: true,
        lead: Some(Lead {
            applies: "A Serious Case Review should always be carried out: refer it now",
            may_apply: "A Serious Case Review may be needed: refer it so the Board can decide",
            summary: "When a child dies in custody or detention, an SCR should always be carried out, even where the other criteria are not met.",
            may_summary: "You were not sure whether the child died in custody or detention. If they did, an SCR should always be carried out. Where it is not clear whether a case meets the criteria, it should still be referred: the {group} considers it and makes a recommendation to the Board's Independent Chair, who decides.",
            citations: &[cite!("wt2015", "chapter 4"), cite!("bracknell", "section A.2(ii)"), cite!("nscb", "2.1")],
            may_citations: &[cite!("bracknell", "section A.2(ii)"), cite!("bucks", "8.2.16")],
            tone: Tone::Act,
        }),
        steps: &[DISCUSS_WITH_DSL, SEND_FORM, SECURE_RECORDS, WHAT_HAPPENS, PARALLEL_NO_DELAY],
    },
    Provision {
        duty: "notifiable",
        label: "Notifying a notifiable incident",
        // The criteria for notifiable incidents: death or serious harm with
        // abuse or neglect known or suspected; the death of a looked-after
        // child, or of a child in a regulated setting, whatever the cause.
        when: Condition::All(&[
            Condition::Yes(Under18),
            Condition::Any(&[
                Condition::All(&[
                    Condition::Yes(Abuse),
                    Condition::Any(&[Condition::Yes(Died), Condition::Yes(Harmed)]),
                ]),
                Condition::All(&[Condition::Yes(Died), Condition::Yes(LookedAfter)]),
            ]),
        ]),
        modal: Modal::Should,
        text: "Where a child has died or been seriously harmed and abuse or neglect is known or suspected, or a looked-after child, or a child in a regulated setting or service, has died whatever the cause, it is a notifiable incident: the local authority should report it to Ofsted and the Board within five working days of becoming aware of it.",
        citations: &[cite!("pan-dorset", "section 1, Criteria for Notifiable Incidents")],
        refer: true,
        lead: Some(Lead {
            applies: "This is a notifiable incident: refer it so the Board can consider a review",
            may_apply: "This may be a notifiable incident: refer it so the Board can consider it",
            summary: "A notifiable incident is one where a child has died or been seriously harmed and abuse or neglect is known or suspected, or where a looked-after child, or a child in a regulated setting or service, has died, even where abuse or neglect is not known or suspected. Not every notifiable incident leads to a Serious Case Review, but Boards are required to consider reviews of cases that do not meet the SCR criteria, and a case should be referred where it is not clear whether the criteria are met.",
            may_summary: "Some answers were not certain, and a definite answer could make this a notifiable incident, which the local authority should report to Ofsted and the Board. Where it is not clear whether a case meets the criteria, it should still be referred.",
            citations: &[
                cite!("pan-dorset", "section 1, Criteria for Notifiable Incidents"),
                cite!("bucks", "8.2.15 and 8.2.16"),
            ],
            may_citations: &[
                cite!("pan-dorset", "section 1, Criteria for Notifiable Incidents"),
                cite!("bucks", "8.2.16"),
            ],
            tone: Tone::Consider,
        }),
        steps: &[DISCUSS_WITH_DSL, NOTIFY_INCIDENT, SEND_FORM, WHAT_HAPPENS, PARALLEL_NO_DELAY],
    },
    Provision {
        duty: "child-death-review",
        label: "The child death review",
        when: Condition::All(&[Condition::Yes(Under18), Condition::Yes(Died)]),
        modal: Modal::Does,
        text: "Where a child has died, the death is reviewed by a Child Death Overview Panel, whatever the cause.",
        citations: &[
            cite!("bracknell", "section A.1"),
            cite!("notts-child-death", "Scope of this chapter; section 1, Child Death Overview Panel"),
        ],
        refer: false,
        lead: None,
        steps: &[CHILD_DEATHS_REVIEWED],
    },
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
