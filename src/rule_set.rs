//! Which rule set a site follows: the identity of each, and nothing else, so
//! that every module can name a rule set without depending on the rules
//! (no import circle). What a rule set *is* — its questions, provisions,
//! words, timescales, example profile, document and profile rules — is its
//! one value in `crate::criteria` ([`RuleSetId::rules`]), and its content
//! folder.

use serde::{Deserialize, Serialize};

/// The rule sets.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum RuleSetId {
    /// Serious Case Reviews (LSCB Regulations 2006), profile value "scr-2006".
    #[default]
    #[serde(rename = "scr-2006")]
    Scr2006,
    /// Child Safeguarding Practice Reviews, profile value "cspr".
    #[serde(rename = "cspr")]
    Cspr,
}

/// Each rule set's name in a profile and its content folder under
/// `content/` ("" for the folder itself): the one list of rule sets.
const NAMES: [(RuleSetId, &str, &str); 2] = [
    (RuleSetId::Scr2006, "scr-2006", ""),
    (RuleSetId::Cspr, "cspr", "cspr"),
];

impl RuleSetId {
    /// Every rule set.
    pub const ALL: [RuleSetId; 2] = [RuleSetId::Scr2006, RuleSetId::Cspr];

    fn names(self) -> (RuleSetId, &'static str, &'static str) {
        NAMES
            .into_iter()
            .find(|(id, _, _)| *id == self)
            .expect("every rule set is named")
    }

    /// Its name in a profile ("scr-2006", "cspr").
    pub fn name(self) -> &'static str {
        self.names().1
    }

    /// Its content folder under `content/` ("" for `content/` itself: the
    /// shared files and the first rule set's pages).
    pub fn content_folder(self) -> &'static str {
        self.names().2
    }

    /// The rule set with this profile name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.name() == name)
    }
}
