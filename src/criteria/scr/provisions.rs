//! The provisions, strongest duty first: conditions over the answers,
//! the duty each creates with its modal verb, citation and what to do next.

use crate::cite;
use crate::criteria::*;
use QuestionId::{
    AbuseOrNeglect as Abuse, AgencyConcerns as Agency, Died, DiedInCustody as Custody,
    LookedAfterOrRegulated as LookedAfter, SeriouslyHarmed as Harmed, Under18,
};

pub(super) const DISCUSS_WITH_DSL: NextStep = NextStep {
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
pub(super) const OTHER_REVIEWS: NextStep = NextStep {
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
