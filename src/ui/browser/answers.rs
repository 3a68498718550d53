//! The criteria answers' one home in the browser: this tab's session
//! storage, under `stored::CRITERIA_KEY`, in the versioned format of
//! `stored::encode_answers`. The questionnaire writes them; the referral
//! form reads them (and writes them when it opens a draft or file).

use crate::criteria::{Answers, RuleSetId};
use crate::stored::{decode_answers, encode_answers, CRITERIA_KEY};
use crate::ui::browser::storage::{self, Area};

/// The answers given in this tab under the site's rule set (none if there
/// are none, if what is stored is not in this version's format, or if it
/// was answered under the other rule set).
pub fn load(rule_set: RuleSetId) -> Answers {
    storage::get(Area::Session, CRITERIA_KEY)
        .and_then(|text| decode_answers(&text).ok())
        .filter(|answers| answers.rule_set == rule_set)
        .unwrap_or_else(|| Answers::new(rule_set))
}

/// Keep the answers for this tab (no answers: nothing is kept). False if
/// storage refused.
pub fn save(answers: &Answers) -> bool {
    if answers.is_empty() {
        storage::remove(Area::Session, CRITERIA_KEY);
        true
    } else {
        storage::set(Area::Session, CRITERIA_KEY, &encode_answers(answers))
    }
}
