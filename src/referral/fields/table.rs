//! THE FIELD TABLE, section by section: `field(id, form label, document
//! label, what it is in messages, kind, where its value is)`, then what
//! differs from the defaults (required, always shown): `hint`, `optional`,
//! `when` (shown only when), `suggest` (answers offered while typing).

use super::{Access, Field, Format, Item, Kind, Repeat, Value};
use crate::referral::model::*;
use crate::criteria::RuleSetId;
use crate::referral::{Opt, LONG_TEXT_MAX, SHORT_TEXT_MAX};

const YES_NO: &[Opt] = &[Opt { slug: "yes", label: "Yes" }, Opt { slug: "no", label: "No" }];

const TEXT: Kind = Kind::Text { width: "", input: "text", autocomplete: "off", format: Format::Any };
const TEXT_20: Kind = Kind::Text { width: "input-width-20", input: "text", autocomplete: "off", format: Format::Any };
const TEXT_10: Kind = Kind::Text { width: "input-width-10", input: "text", autocomplete: "off", format: Format::Any };

macro_rules! text {
    ($($p:ident).+) => { Access { get: |r, _| Value::Text(r.$($p).+.clone()), set: |r, _, v| r.$($p).+ = v.text() } };
}
macro_rules! date {
    ($($p:ident).+) => { Access { get: |r, _| Value::Date(r.$($p).+.clone()), set: |r, _, v| r.$($p).+ = v.date() } };
}
macro_rules! one {
    ($t:ident, $($p:ident).+) => {
        Access { get: |r, _| Value::One(r.$($p).+.map($t::slug)), set: |r, _, v| r.$($p).+ = v.one().and_then($t::from_slug) }
    };
}
macro_rules! yes_no {
    ($($p:ident).+) => {
        Access {
            get: |r, _| Value::One(r.$($p).+.map(|b| if b { "yes" } else { "no" })),
            set: |r, _, v| r.$($p).+ = v.one().map(|s| s == "yes"),
        }
    };
}
macro_rules! row_text {
    ($list:ident . $f:ident) => {
        Access {
            get: |r, i| Value::Text(r.$list.get(i).map(|x| x.$f.clone()).unwrap_or_default()),
            set: |r, i, v| if let Some(x) = r.$list.get_mut(i) { x.$f = v.text(); },
        }
    };
}

/// A field with the usual defaults: required, always shown.
const fn field(id: &'static str, label: &'static str, doc: &'static str, what: &'static str, kind: Kind, access: Access) -> Field {
    let max = match kind { Kind::LongText => LONG_TEXT_MAX, _ => SHORT_TEXT_MAX };
    Field { id, label, doc, hint: None, kind, what, required: true, max, when: None, suggest: None, access, first: 1 }
}
const fn hint(mut f: Field, hint: &'static str) -> Field { f.hint = Some(hint); f }
const fn optional(mut f: Field) -> Field { f.required = false; f }
const fn when(mut f: Field, when: fn(&Referral, usize) -> bool) -> Field { f.when = Some(when); f }
/// A field of the children after the first: its rows are numbered from 2
/// ("Child 2"), and it is asked under the CSPR rules only.
const fn later_child(mut f: Field) -> Field { f.first = 2; f.when = Some(cspr); f }
const fn suggest(mut f: Field, from: fn(&Referral) -> Vec<String>) -> Field { f.suggest = Some(from); f }

/// What the "About you" section asks.
pub const ABOUT_YOU: &[Item] = &[
    Item::Field(field("name", "Your full name", "Name", "your name",
        Kind::Text { width: "input-width-20", input: "text", autocomplete: "name", format: Format::Any }, text!(about_you.name))),
    Item::Field(field("job-title", "Job title", "Job title", "your job title",
        Kind::Text { width: "input-width-20", input: "text", autocomplete: "organization-title", format: Format::Any }, text!(about_you.job_title))),
    Item::Field(hint(field("agency", "Agency", "Agency", "your agency",
        Kind::Text { width: "", input: "text", autocomplete: "organization", format: Format::Any }, text!(about_you.agency)),
        "The organisation you work for, for example Anytown NHS Trust")),
    Item::Field(hint(field("phone", "Phone number", "Phone", "your phone number",
        Kind::Text { width: "input-width-20", input: "tel", autocomplete: "tel", format: Format::Phone }, text!(about_you.phone)),
        "A UK number, for example 01632 960 001, 07700 900 982, or 01632 960 000 ext 4521")),
    Item::Field(hint(field("email", "Secure email address", "Secure email", "your secure email address",
        Kind::Text { width: "", input: "email", autocomplete: "email", format: Format::Email }, text!(about_you.email)),
        "The reply will come to this address, so use your agency's secure email")),
    Item::Field(hint(field("referral-date", "Date of referral", "Date of referral", "the date of referral",
        Kind::Date, date!(about_you.referral_date)), "Today's date is filled in. For example, 27 3 2026")),
];

fn discussed(r: &Referral, _: usize) -> bool { r.dsl.consulted == Some(Consulted::Yes) }
fn discussed_scr(r: &Referral, row: usize) -> bool { discussed(r, row) && scr(r, row) }
fn discussed_cspr(r: &Referral, row: usize) -> bool { discussed(r, row) && cspr(r, row) }
fn not_discussed(r: &Referral, _: usize) -> bool { r.dsl.consulted == Some(Consulted::No) }
fn not_discussed_scr(r: &Referral, row: usize) -> bool { not_discussed(r, row) && scr(r, row) }
fn not_discussed_cspr(r: &Referral, row: usize) -> bool { not_discussed(r, row) && cspr(r, row) }

/// Whether the lead agreed the referral (the same answers as `Consulted`,
/// in the CSPR form's words: partnerships ask for the lead's agreement).
const CSPR_AGREED: &[Opt] = &[
    Opt { slug: "i-am", label: "I am my agency's senior safeguarding lead" },
    Opt { slug: "yes", label: "Yes, they have agreed it" },
    Opt { slug: "no", label: "No" },
];

/// What the designated safeguarding lead section asks.
pub const DSL: &[Item] = &[
    Item::Field(when(field("consulted", "Have you discussed the case with your designated safeguarding lead?",
        "Discussed with the designated safeguarding lead",
        "whether you have discussed the case with your designated safeguarding lead, or that you are the lead",
        Kind::One { options: Consulted::OPTIONS, inline: false }, one!(Consulted, dsl.consulted)), scr)),
    Item::Field(when(field("agreed", "Has your agency's senior safeguarding lead agreed the referral?",
        "Agreed with the agency's senior safeguarding lead",
        "whether your agency's senior safeguarding lead has agreed the referral, or that you are the lead",
        Kind::One { options: CSPR_AGREED, inline: false }, one!(Consulted, dsl.consulted)), cspr)),
    Item::Field(when(field("dsl-name", "Their name", "Their name", "the safeguarding lead's name",
        TEXT_20, text!(dsl.name)), discussed)),
    Item::Field(when(hint(field("dsl-role", "Their role", "Their role", "their role", TEXT_20, text!(dsl.role)),
        "For example, named nurse for safeguarding"), discussed)),
    Item::Field(when(hint(field("dsl-date", "When did you discuss it?", "Date discussed", "the date you discussed the case",
        Kind::Date, date!(dsl.date_discussed)), "For example, 20 11 2026"), discussed_scr)),
    Item::Field(when(hint(field("agreed-date", "When did they agree it?", "Date agreed", "the date they agreed the referral",
        Kind::Date, date!(dsl.date_discussed)), "For example, 20 11 2026"), discussed_cspr)),
    Item::Field(when(field("why-not", "Why not?", "Why not", "why you did not discuss the case with your designated safeguarding lead",
        Kind::One { options: NotConsultedReason::OPTIONS.split_at(2).0, inline: false }, one!(NotConsultedReason, dsl.why_not)), not_discussed_scr)),
    Item::Field(when(field("why-not-agreed", "Why not?", "Why not", "why your senior safeguarding lead has not agreed the referral",
        Kind::One { options: NotConsultedReason::OPTIONS, inline: false }, one!(NotConsultedReason, dsl.why_not)), not_discussed_cspr)),
    Item::Field(when(optional(hint(field("why-not-details", "Details (optional)", "Details", "the details",
        Kind::LongText, text!(dsl.why_not_details)), "For example, who you tried to contact and when")), not_discussed)),
];

fn dob_known(r: &Referral, _: usize) -> bool { r.child.dob_known == Some(true) }
fn dob_unknown(r: &Referral, _: usize) -> bool { r.child.dob_known == Some(false) }
fn on_a_plan(r: &Referral, _: usize) -> bool { r.child.legal_status.iter().any(|l| l.is_plan()) }
/// Asked under the Serious Case Review rules only.
fn scr(r: &Referral, _: usize) -> bool { r.case.criteria.rule_set == RuleSetId::Scr2006 }
/// Asked under the Child Safeguarding Practice Review rules only.
fn cspr(r: &Referral, _: usize) -> bool { r.case.criteria.rule_set == RuleSetId::Cspr }

/// What the "About the child" section asks.
pub const CHILD: &[Item] = &[
    Item::Field(field("child-name", "The child's full name", "Name", "the child's name", TEXT_20, text!(child.name))),
    Item::Field(optional(field("child-other-names", "Other names or aliases (optional)", "Other names or aliases", "other names",
        TEXT_20, text!(child.other_names)))),
    Item::Field(field("dob-known", "Do you know the child's date of birth?", "Date of birth known",
        "whether you know the child's date of birth", Kind::One { options: YES_NO, inline: true }, yes_no!(child.dob_known))),
    Item::Field(when(hint(field("dob", "Date of birth", "Date of birth", "the child's date of birth",
        Kind::Date, date!(child.dob)), "For example, 1 6 2020"), dob_known)),
    Item::Field(when(hint(field("approximate-age", "Approximate age", "Approximate age", "the child's approximate age",
        TEXT_10, text!(child.approximate_age)), "For example, about 3 years, or 6 weeks"), dob_unknown)),
    Item::Field(optional(field("sex-gender", "Sex or gender (optional)", "Sex or gender", "sex or gender", TEXT_10, text!(child.sex_gender)))),
    Item::Field(optional(field("ethnicity", "Ethnicity (optional)", "Ethnicity", "ethnicity", TEXT_20, text!(child.ethnicity)))),
    Item::Field(field("address", "Address, or the area if the address is not known", "Address or area",
        "the child's address or area", TEXT, text!(child.address_or_area))),
    Item::Field(hint(field("legal-status", "Legal status", "Legal status", "the child's legal status, or 'Not known'",
        Kind::Many { options: LegalStatus::OPTIONS, exclusive: &["none", "not-known"] },
        Access {
            get: |r, _| Value::Many(r.child.legal_status.iter().map(|l| l.slug()).collect()),
            set: |r, _, v| r.child.legal_status = v.many().into_iter().filter_map(LegalStatus::from_slug).collect(),
        }), "Select all that apply")),
    Item::Field(when(optional(hint(field("cp-when", "Child protection plan: when (optional)", "Child protection plan: when",
        "when the plan was in place", TEXT_20, text!(child.cp_plan_when)), "For example, March 2025 to now")), on_a_plan)),
    Item::Field(when(optional(hint(field("cp-category", "Category (optional)", "Child protection plan: category",
        "the category", TEXT_20, text!(child.cp_plan_category)), "For example, neglect")), on_a_plan)),
    Item::Field(when(optional(hint(field("cp-how-long", "How long (optional)", "Child protection plan: how long",
        "how long", TEXT_10, text!(child.cp_plan_how_long)), "For example, 8 months")), on_a_plan)),
    Item::Field(field("social-care", "Is the child's case open to children's social care?", "Open to children's social care",
        "whether the child is open to children's social care",
        Kind::One { options: YesNoNotKnown::OPTIONS, inline: true }, one!(YesNoNotKnown, child.open_to_social_care))),
    Item::Field(optional(hint(field("lead-worker", "Lead worker in children's social care (optional)", "Lead worker",
        "the lead worker", TEXT_20, text!(child.lead_worker)), "Their name and team, if the case is open"))),
    Item::Field(optional(field("school", "School or setting (optional)", "School or setting", "the school or setting",
        TEXT, text!(child.school_or_setting)))),
    Item::Field(hint(field("incident-date", "Date of the child's death, or of the incident that caused serious harm",
        "Date of the death or of the incident", "the date of the death or incident", Kind::Date, date!(child.incident_date)),
        "For example, 1 11 2026")),
    Item::Field(field("where-who", "Where was the child, and who was caring for them, at the time?",
        "Where the child was and who was caring for them", "where the child was and who was caring for them",
        Kind::LongText, text!(child.where_and_who_caring))),
    Item::Field(when(optional(hint(field("health", "Health information (optional)", "Health information",
        "the health information", Kind::LongText, text!(child.health)),
        "Any health needs, conditions or disabilities that matter to what happened")), cspr)),
    Item::Repeat(Repeat {
        id: "child", noun: "child", plural: "children", heading: "Child",
        fields: &[
            later_child(field("child-{n}-name", "Full name", "Name", "the name of child {n}", TEXT_20, row_text!(more_children.name))),
            later_child(field("child-{n}-outcome", "Did this child die, or were they seriously harmed?", "Died or seriously harmed",
                "whether child {n} died or was seriously harmed", Kind::One { options: ChildOutcome::OPTIONS, inline: true },
                Access {
                    get: |r, i| Value::One(r.more_children.get(i).and_then(|c| c.outcome).map(ChildOutcome::slug)),
                    set: |r, i, v| if let Some(c) = r.more_children.get_mut(i) { c.outcome = v.one().and_then(ChildOutcome::from_slug); },
                })),
            later_child(hint(field("child-{n}-dob", "Date of birth or age", "Date of birth or age", "child {n}'s date of birth or age",
                Kind::Text { width: "input-width-20", input: "text", autocomplete: "off", format: Format::DateOrText },
                row_text!(more_children.dob_or_age)), "For example, 4 5 2019, or about 6")),
            later_child(optional(field("child-{n}-sex-gender", "Sex or gender (optional)", "Sex or gender", "child {n}'s sex or gender",
                TEXT_10, row_text!(more_children.sex_gender)))),
            later_child(optional(field("child-{n}-ethnicity", "Ethnicity (optional)", "Ethnicity", "child {n}'s ethnicity",
                TEXT_20, row_text!(more_children.ethnicity)))),
            later_child(field("child-{n}-address", "Address, or the area if the address is not known", "Address or area",
                "child {n}'s address or area", TEXT, row_text!(more_children.address_or_area))),
            later_child(hint(field("child-{n}-normally-lives", "Which local authority area does this child normally live in?",
                "Local authority area where the child normally lives", "the area where child {n} normally lives", TEXT_20,
                row_text!(more_children.normally_lives)), "For example, Anytown Council. If you do not know, say so")),
            later_child(hint(field("child-{n}-legal-status", "Legal status", "Legal status", "child {n}'s legal status, or 'Not known'",
                Kind::Many { options: LegalStatus::OPTIONS, exclusive: &["none", "not-known"] },
                Access {
                    get: |r, i| Value::Many(r.more_children.get(i).map(|c| c.legal_status.iter().map(|l| l.slug()).collect()).unwrap_or_default()),
                    set: |r, i, v| if let Some(c) = r.more_children.get_mut(i) {
                        c.legal_status = v.many().into_iter().filter_map(LegalStatus::from_slug).collect();
                    },
                }), "Select all that apply")),
            later_child(optional(hint(field("child-{n}-health", "Health information (optional)", "Health information",
                "child {n}'s health information", Kind::LongText, row_text!(more_children.health)),
                "Any health needs, conditions or disabilities that matter to what happened"))),
        ],
        max: 3,
        len: |r| r.more_children.len(),
        add: |r| r.more_children.push(OtherChild::default()),
        remove: |r, i| if i < r.more_children.len() { r.more_children.remove(i); },
        empty: "",
        table: false,
        then: "",
        when: Some(|r| cspr(r, 0)),
    }),
];

/// What the family and household section asks (one row a person).
pub const HOUSEHOLD: &[Item] = &[Item::Repeat(Repeat {
    id: "household", noun: "person", plural: "people", heading: "Person",
    fields: &[
        field("household-{n}-name", "Name", "Name", "the name of person {n}", TEXT_20, row_text!(household.name)),
        hint(field("household-{n}-relationship", "Relationship to the child", "Relationship to the child",
            "person {n}'s relationship to the child", TEXT_20, row_text!(household.relationship)),
            "For example, mother, stepfather, half-sister"),
        optional(hint(field("household-{n}-dob", "Date of birth or age (optional)", "Date of birth or age",
            "person {n}'s date of birth or age",
            Kind::Text { width: "input-width-20", input: "text", autocomplete: "off", format: Format::DateOrText },
            row_text!(household.dob_or_age)), "For example, 4 5 1990, or about 30")),
        optional(field("household-{n}-address", "Address, if different from the child's (optional)", "Address, if different",
            "person {n}'s address", TEXT, row_text!(household.address_if_different))),
    ],
    max: 30,
    len: |r| r.household.len(),
    add: |r| r.household.push(HouseholdMember::default()),
    remove: |r, i| if i < r.household.len() { r.household.remove(i); },
    empty: "No family or household members added",
    table: false,
    then: "",
    when: None,
})];

/// What a referral asks the safeguarding partners to consider (the same
/// answers as `Request`, in the CSPR rules' words).
const CSPR_REQUEST: &[Opt] = &[
    Opt { slug: "scr", label: "Consideration as a serious child safeguarding incident (a notification to the Panel and a rapid review)" },
    Opt { slug: "other", label: "Consideration for another kind of learning review" },
];

/// What the "About the case" section asks.
pub const CASE: &[Item] = &[
    Item::Field(when(field("request", "What are you asking the Board to consider?", "The referral asks for",
        "what you are asking the Board to consider", Kind::One { options: Request::OPTIONS, inline: false },
        one!(Request, case.request)), scr)),
    Item::Field(when(field("cspr-request", "What are you asking the safeguarding partners to consider?", "The referral asks for",
        "what you are asking the safeguarding partners to consider", Kind::One { options: CSPR_REQUEST, inline: false },
        one!(Request, case.request)), cspr)),
    Item::Field(when(hint(field("what-happened", "What happened?", "What happened", "what happened", Kind::LongText,
        text!(case.what_happened)), "A brief account: what happened to the child, when and where"), scr)),
    Item::Field(when(hint(field("incident", "What happened?", "What happened", "what happened", Kind::LongText,
        text!(case.what_happened)),
        "A brief account: what happened to the child, and the date, place and, if known, time of the incident. If it happened away from where the child normally lives, say where they normally live"), cspr)),
    Item::Field(field("criteria", "The criteria", "The criteria", "the answers to the questions about the criteria",
        Kind::Criteria, Access { get: |_, _| Value::One(None), set: |_, _, _| {} })),
    Item::Field(when(hint(field("why-referring", "Why are you referring the case?", "Why you are referring",
        "why you are referring the case", Kind::LongText, text!(case.why_referring)), "Which criteria you think are met, and why"), scr)),
    Item::Field(when(hint(field("why-serious", "Why are you referring the incident?", "Why you are referring",
        "why you are referring the incident", Kind::LongText, text!(case.why_referring)),
        "Why you think it is a serious child safeguarding incident: the death or serious harm, and why abuse or neglect is known or suspected"), cspr)),
    Item::Field(when(field("incident-place", "Where did the incident happen?", "Where the incident happened",
        "where the incident happened", TEXT, text!(case.incident_place)), cspr)),
    Item::Field(when(optional(hint(field("incident-time", "Time of the incident, if known (optional)", "Time of the incident",
        "the time of the incident", TEXT_10, text!(case.incident_time)), "For example, 3pm, or in the night")), cspr)),
    Item::Field(when(hint(field("normally-lives", "Which local authority area does the child normally live in?",
        "Local authority area where the child normally lives", "the area where the child normally lives", TEXT_20,
        text!(case.normally_lives)), "For example, Anytown Council. If you do not know, say so"), cspr)),
    Item::Field(when(hint(field("agency-aware", "When did your agency become aware of the incident?",
        "Date the referrer's agency became aware", "the date your agency became aware", Kind::Date,
        date!(case.agency_aware)), "For example, 2 11 2026"), cspr)),
    Item::Field(when(field("la-knows", "Does the local authority's children's social care know about the incident?",
        "The local authority knows", "whether the local authority knows",
        Kind::One { options: YesNoNotKnown::OPTIONS, inline: true }, one!(YesNoNotKnown, case.la_knows)), cspr)),
    Item::Field(when(optional(hint(field("la-aware", "When did the local authority become aware? (optional)",
        "Date the local authority became aware", "the date the local authority became aware", Kind::Date,
        date!(case.la_aware)), "If you know it. The local authority should notify the Panel within 5 working days of this date")), cspr)),
    Item::Field(when(field("la-notified", "Has the local authority notified the Child Safeguarding Practice Review Panel?",
        "The local authority has notified the Panel", "whether the local authority has notified the Panel",
        Kind::One { options: YesNoNotKnown::OPTIONS, inline: true }, one!(YesNoNotKnown, case.la_notified)), cspr)),
    Item::Field(when(hint(field("immediate-action", "What has been done since, to keep the child and other children safe?",
        "Immediate action taken", "the immediate action taken", Kind::LongText, text!(case.immediate_action)),
        "For example, a strategy discussion, a child protection enquiry, or other children moved to safety"), cspr)),
    Item::Field(when(optional(hint(field("other-children", "Other children affected (optional)", "Other children affected",
        "the other children affected", Kind::LongText, text!(case.other_children)),
        "Any other children involved in or affected by the incident, such as brothers and sisters, with their ages if known")), cspr)),
    Item::Field(when(optional(hint(field("linked-cases", "Linked cases (optional)", "Linked cases",
        "the linked cases", Kind::LongText, text!(case.linked_cases)),
        "Other incidents or reviews linked to this one, such as an earlier incident in the same family")), cspr)),
    Item::Field(when(hint(field("media-interest", "Is there media interest in the incident?", "Media interest",
        "whether there is media interest",
        Kind::One { options: YesNoNotKnown::OPTIONS, inline: true }, one!(YesNoNotKnown, case.media_interest)),
        "If there is, phone the partnership's business office as well, before you send the referral (its number is at the foot of every page)"), cspr)),
    Item::Field(when(optional(hint(field("supporting-documents", "Supporting documents you hold (optional)",
        "Supporting documents held", "the supporting documents", Kind::LongText, text!(case.supporting_documents)),
        "List them, for example a strategy discussion's notes. This form does not take attachments")), cspr)),
    Item::Field(optional(hint(field("agency-concerns", "Concerns about how agencies worked together (optional)",
        "Concerns about how agencies worked together", "the concerns about how agencies worked together", Kind::LongText,
        text!(case.agency_concerns)), "Any concern about how your agency, or others, worked together to safeguard the child"))),
    Item::Field(optional(field("good-practice", "Good practice seen (optional)", "Good practice seen", "the good practice seen",
        Kind::LongText, text!(case.good_practice)))),
];

/// What the agencies section asks (one row an agency), then about records.
pub const AGENCIES: &[Item] = &[
    Item::Repeat(Repeat {
        id: "agency", noun: "agency", plural: "agencies", heading: "Agency",
        fields: &[
            field("agency-{n}-agency", "Agency", "Agency", "the name of agency {n}", TEXT_20, row_text!(agencies.agency)),
            hint(field("agency-{n}-involvement", "Nature and dates of involvement", "Nature and dates of involvement",
                "the nature and dates of agency {n}'s involvement", Kind::LongText, row_text!(agencies.involvement)),
                "For example, health visiting from June 2020 to now"),
            optional(hint(field("agency-{n}-contact", "Contact (optional)", "Contact", "agency {n}'s contact", TEXT_20,
                row_text!(agencies.contact)), "A name and secure email or phone")),
            field("agency-{n}-still", "Is the agency still involved?", "Still involved", "whether agency {n} is still involved",
                Kind::One { options: YES_NO, inline: true },
                Access {
                    get: |r, i| Value::One(r.agencies.get(i).and_then(|a| a.still_involved).map(|b| if b { "yes" } else { "no" })),
                    set: |r, i, v| if let Some(a) = r.agencies.get_mut(i) { a.still_involved = v.one().map(|s| s == "yes"); },
                }),
        ],
        max: 30,
        len: |r| r.agencies.len(),
        add: |r| r.agencies.push(AgencyInvolvement::default()),
        remove: |r, i| if i < r.agencies.len() { r.agencies.remove(i); },
        empty: "No agencies added",
        table: false,
        then: "All agencies",
        when: None,
    }),
    Item::Field(field("records", "Have the case records been secured?", "Case records secured",
        "whether case records have been secured",
        Kind::One { options: YesNoNotKnown::OPTIONS, inline: true }, one!(YesNoNotKnown, records_secured))),
];

/// What the other processes section asks.
pub const PARALLEL: &[Item] = &[Item::Field(optional(hint(field("parallel", "Which of these are under way or planned?",
    "Other investigations and reviews", "the reference or contact", Kind::Processes,
    Access { get: |_, _| Value::One(None), set: |_, _, _| {} }),
    "Select all that apply, and give a reference or contact if you know one. If none, save the section as it is.")))];

/// What the chronology section asks (one row an event).
pub const CHRONOLOGY: &[Item] = &[Item::Repeat(Repeat {
    id: "chronology", noun: "event", plural: "events", heading: "Event",
    fields: &[
        hint(field("chronology-{n}-date", "Date", "Date", "the date of event {n}", Kind::Date,
            Access {
                get: |r, i| Value::Date(r.chronology.get(i).map(|c| c.date.clone()).unwrap_or_default()),
                set: |r, i, v| if let Some(c) = r.chronology.get_mut(i) { c.date = v.date(); },
            }), "For example, 14 2 2026"),
        suggest(hint(field("chronology-{n}-agency", "Agency", "Agency", "the agency for event {n}", TEXT_20,
            row_text!(chronology.agency)), "Choose an agency you have listed, or type another"), Referral::agency_names),
        field("chronology-{n}-event", "What happened", "Event", "what happened at event {n}", Kind::LongText,
            row_text!(chronology.event)),
    ],
    max: 200,
    len: |r| r.chronology.len(),
    add: |r| r.chronology.push(ChronologyRow::default()),
    remove: |r, i| if i < r.chronology.len() { r.chronology.remove(i); },
    empty: "No events added",
    table: true,
    then: "",
    when: None,
})];
