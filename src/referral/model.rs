//! What the referrer fills in, kept exactly as typed so nothing is ever
//! lost. How each value is asked for, shown and checked is the field table,
//! [`super::fields`].

use super::choice;
use crate::criteria::{Answers, ParallelProcess};
pub use crate::dates::DateText;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

choice! {
    /// Yes, no, or not known.
    YesNoNotKnown {
        Yes = ("yes", "Yes"),
        No = ("no", "No"),
        NotKnown = ("not-known", "Not known"),
    }
}

choice! {
    /// Whether the case was discussed with the designated safeguarding lead.
    Consulted {
        /// The referrer is the designated safeguarding lead.
        IAmTheLead = ("i-am", "I am the designated safeguarding lead"),
        Yes = ("yes", "Yes, I have discussed it with them"),
        No = ("no", "No"),
    }
}

choice! {
    /// Why the designated safeguarding lead was not consulted.
    NotConsultedReason {
        Urgent = ("urgent", "The referral was too urgent to wait"),
        Unavailable = ("unavailable", "They were not available"),
        /// Asked under the CSPR rules, where the lead agrees the referral.
        Declined = ("declined", "They did not agree the referral"),
    }
}

choice! {
    /// The child's legal status. "None of these" and "Not known" stand alone.
    LegalStatus {
        ChildProtectionPlanNow = ("cp-now", "Subject to a child protection plan now"),
        ChildProtectionPlanBefore = ("cp-before", "Subject to a child protection plan before"),
        ChildInCare = ("in-care", "Looked after (a child in care)"),
        ChildInNeed = ("in-need", "A child in need"),
        EarlyHelp = ("early-help", "Receiving early help"),
        /// A young person who has left care (a relevant or former relevant child).
        CareLeaver = ("care-leaver", "A care leaver"),
        /// Living with someone who is not a close relative under a private arrangement.
        PrivatelyFostered = ("privately-fostered", "Privately fostered"),
        None = ("none", "None of these"),
        NotKnown = ("not-known", "Not known"),
    }
}

impl LegalStatus {
    /// A child protection plan, now or before (then: when, category, how long).
    pub fn is_plan(self) -> bool {
        matches!(
            self,
            LegalStatus::ChildProtectionPlanNow | LegalStatus::ChildProtectionPlanBefore
        )
    }

    /// An answer that cannot be given with any other.
    pub fn is_exclusive(self) -> bool {
        matches!(self, LegalStatus::None | LegalStatus::NotKnown)
    }
}

choice! {
    /// What happened to another child named in the same notification.
    ChildOutcome {
        Died = ("died", "Died"),
        SeriouslyHarmed = ("harmed", "Seriously harmed"),
    }
}

choice! {
    /// What the referral asks the Board to consider.
    Request {
        SeriousCaseReview = ("scr", "Consideration for a Serious Case Review"),
        OtherLearningReview = ("other", "Consideration for another kind of learning review"),
    }
}

/// The referrer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AboutYou {
    /// The referrer's full name.
    pub name: String,
    /// The referrer's job title.
    pub job_title: String,
    /// The agency the referrer works for.
    pub agency: String,
    /// A phone number the Board can reach the referrer on.
    pub phone: String,
    /// The referrer's secure email address, where the reply goes.
    pub email: String,
    /// The date of the referral (usually today).
    pub referral_date: DateText,
}

/// The designated safeguarding lead.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dsl {
    /// Whether the case was discussed with the lead (or the referrer is the lead).
    pub consulted: Option<Consulted>,
    /// The lead's name, when the case was discussed with them.
    pub name: String,
    /// The lead's role.
    pub role: String,
    /// When the case was discussed with the lead.
    pub date_discussed: DateText,
    /// Why the lead was not consulted, if they were not.
    pub why_not: Option<NotConsultedReason>,
    /// More about why the lead was not consulted.
    pub why_not_details: String,
}

/// The child.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    /// The child's full name.
    pub name: String,
    /// Any other names the child is or was known by.
    pub other_names: String,
    /// Whether the date of birth is known; if not, `approximate_age` is asked.
    pub dob_known: Option<bool>,
    /// The child's date of birth, when known.
    pub dob: DateText,
    /// The child's approximate age, when the date of birth is not known.
    pub approximate_age: String,
    /// The child's sex or gender, in the referrer's words.
    pub sex_gender: String,
    /// The child's ethnicity, in the referrer's words.
    pub ethnicity: String,
    /// The child's address, or the area they lived in.
    pub address_or_area: String,
    /// The child's legal status (any that apply, or one that stands alone).
    pub legal_status: Vec<LegalStatus>,
    /// For a child protection plan now or before: when, category, how long.
    pub cp_plan_when: String,
    /// The plan's category (neglect, physical abuse, …).
    pub cp_plan_category: String,
    /// How long the child was on the plan.
    pub cp_plan_how_long: String,
    /// Whether the child was open to children's social care.
    pub open_to_social_care: Option<YesNoNotKnown>,
    /// The child's lead worker or social worker, if any.
    pub lead_worker: String,
    /// The child's school, nursery or other setting.
    pub school_or_setting: String,
    /// The date of death or of the incident that caused serious harm.
    pub incident_date: DateText,
    /// Where the child was and who was caring for them at the time.
    pub where_and_who_caring: String,
    /// Health needs that matter to what happened (asked under the CSPR
    /// rules; files saved before it was asked have none).
    #[serde(default)]
    pub health: String,
}

/// Another child who died or was seriously harmed in the same incident
/// (CSPR rules: one notification gives the details of up to 4 children).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherChild {
    /// Their full name.
    pub name: String,
    /// Their date of birth or age, as typed.
    pub dob_or_age: String,
    /// Whether they died or were seriously harmed.
    pub outcome: Option<ChildOutcome>,
    /// Their sex or gender, in the referrer's words.
    pub sex_gender: String,
    /// Their ethnicity, in the referrer's words.
    pub ethnicity: String,
    /// Their address, or the area they lived in.
    pub address_or_area: String,
    /// The local authority area where they normally live.
    pub normally_lives: String,
    /// Their legal status (any that apply, or one that stands alone).
    pub legal_status: Vec<LegalStatus>,
    /// Health needs that matter to what happened.
    pub health: String,
}

/// One member of the family or household.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HouseholdMember {
    /// Their name.
    pub name: String,
    /// Their relationship to the child.
    pub relationship: String,
    /// Their date of birth or age.
    pub dob_or_age: String,
    /// Their address, if not the child's.
    pub address_if_different: String,
}

/// The case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// What the referral asks the Board to consider.
    pub request: Option<Request>,
    /// A summary of what happened to the child.
    pub what_happened: String,
    /// The questionnaire's answers (from their one home, see `crate::stored`).
    pub criteria: Answers,
    /// Why the referrer thinks the case meets the criteria.
    pub why_referring: String,
    /// Other children involved or affected (asked under the CSPR rules;
    /// files saved before it was asked have none).
    #[serde(default)]
    pub other_children: String,
    /// Where the incident happened (CSPR rules; none in older files).
    #[serde(default)]
    pub incident_place: String,
    /// Its time, if known (CSPR rules).
    #[serde(default)]
    pub incident_time: String,
    /// The local authority area where the child normally lives, which
    /// decides who notifies for an incident outside England (CSPR rules).
    #[serde(default)]
    pub normally_lives: String,
    /// When the referrer's agency became aware of the incident (CSPR rules).
    #[serde(default)]
    pub agency_aware: DateText,
    /// When the local authority became aware, if known: the Panel's five
    /// working days run from it (CSPR rules).
    #[serde(default)]
    pub la_aware: DateText,
    /// Whether the local authority's children's social care already knows.
    #[serde(default)]
    pub la_knows: Option<YesNoNotKnown>,
    /// Whether the local authority has already notified the Panel.
    #[serde(default)]
    pub la_notified: Option<YesNoNotKnown>,
    /// What has been done since, to keep the child and other children safe.
    #[serde(default)]
    pub immediate_action: String,
    /// Other incidents or reviews linked to this one.
    #[serde(default)]
    pub linked_cases: String,
    /// Whether there is media interest.
    #[serde(default)]
    pub media_interest: Option<YesNoNotKnown>,
    /// Documents the referrer holds that the partnership may ask for (a
    /// list, not the documents).
    #[serde(default)]
    pub supporting_documents: String,
    /// Concerns about how agencies worked together.
    pub agency_concerns: String,
    /// Good practice the referrer has seen.
    pub good_practice: String,
}

/// One agency involved with the child or family.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencyInvolvement {
    /// The agency's name.
    pub agency: String,
    /// What the agency's involvement was.
    pub involvement: String,
    /// Who to contact there (name and secure email or phone).
    pub contact: String,
    /// Whether the agency is still involved.
    pub still_involved: Option<bool>,
}

/// Another investigation or review, with its reference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParallelEntry {
    /// Which process it is.
    pub process: ParallelProcess,
    /// Its reference, if the referrer has one.
    pub reference: String,
}

/// One event in the skeleton chronology.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChronologyRow {
    /// When it happened.
    pub date: DateText,
    /// The agency that knows of it.
    pub agency: String,
    /// What happened.
    pub event: String,
}

/// The sections of the form, in task-list order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Section {
    /// About the referrer.
    AboutYou,
    /// The designated safeguarding lead.
    Dsl,
    /// About the child.
    Child,
    /// The child's family and household.
    Household,
    /// About the case and the criteria.
    Case,
    /// The agencies involved.
    Agencies,
    /// Other processes under way, and records secured.
    Parallel,
    /// The skeleton chronology.
    Chronology,
}

/// The whole referral as the referrer fills it in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// Section 1: the referrer.
    pub about_you: AboutYou,
    /// The designated safeguarding lead.
    pub dsl: Dsl,
    /// The child.
    pub child: Child,
    /// Other children who died or were seriously harmed in the same
    /// incident (CSPR rules; none in files saved before it was asked).
    /// Not written when there are none, so a tab still on the form's
    /// previous version can read such a draft.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub more_children: Vec<OtherChild>,
    /// The family and household, one row a person.
    pub household: Vec<HouseholdMember>,
    /// The case, and the questionnaire's answers.
    pub case: Case,
    /// The agencies involved, one row each.
    pub agencies: Vec<AgencyInvolvement>,
    /// Whether the agencies' records have been secured.
    pub records_secured: Option<YesNoNotKnown>,
    /// Other investigations or reviews under way, with their references.
    pub parallel: Vec<ParallelEntry>,
    /// The skeleton chronology, one row an event.
    pub chronology: Vec<ChronologyRow>,
    /// Sections the referrer has saved with "Save and continue" (so an
    /// empty but deliberately checked section counts as completed).
    #[serde(default)]
    pub saved: BTreeSet<Section>,
}
