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
    pub name: String,
    pub job_title: String,
    pub agency: String,
    pub phone: String,
    pub email: String,
    pub referral_date: DateText,
}

/// The designated safeguarding lead.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dsl {
    pub consulted: Option<Consulted>,
    pub name: String,
    pub role: String,
    pub date_discussed: DateText,
    pub why_not: Option<NotConsultedReason>,
    pub why_not_details: String,
}

/// The child.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    pub name: String,
    pub other_names: String,
    /// Whether the date of birth is known; if not, `approximate_age` is asked.
    pub dob_known: Option<bool>,
    pub dob: DateText,
    pub approximate_age: String,
    pub sex_gender: String,
    pub ethnicity: String,
    pub address_or_area: String,
    pub legal_status: Vec<LegalStatus>,
    /// For a child protection plan now or before: when, category, how long.
    pub cp_plan_when: String,
    pub cp_plan_category: String,
    pub cp_plan_how_long: String,
    pub open_to_social_care: Option<YesNoNotKnown>,
    pub lead_worker: String,
    pub school_or_setting: String,
    /// The date of death or of the incident that caused serious harm.
    pub incident_date: DateText,
    pub where_and_who_caring: String,
    /// Health needs that matter to what happened (asked under the CSPR
    /// rules; files saved before it was asked have none).
    #[serde(default)]
    pub health: String,
}

/// One member of the family or household.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HouseholdMember {
    pub name: String,
    pub relationship: String,
    pub dob_or_age: String,
    pub address_if_different: String,
}

/// The case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub request: Option<Request>,
    pub what_happened: String,
    /// The questionnaire's answers (from their one home, see `crate::stored`).
    pub criteria: Answers,
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
    pub agency_concerns: String,
    pub good_practice: String,
}

/// One agency involved with the child or family.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencyInvolvement {
    pub agency: String,
    pub involvement: String,
    pub contact: String,
    pub still_involved: Option<bool>,
}

/// Another investigation or review, with its reference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParallelEntry {
    pub process: ParallelProcess,
    pub reference: String,
}

/// One event in the skeleton chronology.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChronologyRow {
    pub date: DateText,
    pub agency: String,
    pub event: String,
}

/// The sections of the form, in task-list order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Section {
    AboutYou,
    Dsl,
    Child,
    Household,
    Case,
    Agencies,
    Parallel,
    Chronology,
}

/// The whole referral as the referrer fills it in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    pub about_you: AboutYou,
    pub dsl: Dsl,
    pub child: Child,
    pub household: Vec<HouseholdMember>,
    pub case: Case,
    pub agencies: Vec<AgencyInvolvement>,
    pub records_secured: Option<YesNoNotKnown>,
    pub parallel: Vec<ParallelEntry>,
    pub chronology: Vec<ChronologyRow>,
    /// Sections the referrer has saved with "Save and continue" (so an
    /// empty but deliberately checked section counts as completed).
    #[serde(default)]
    pub saved: BTreeSet<Section>,
}
