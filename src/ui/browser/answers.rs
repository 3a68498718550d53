//! The criteria answers' one home in the browser: this tab's session
//! storage, under `stored::CRITERIA_KEY`, in the versioned format of
//! `stored::encode_answers`. The questionnaire writes them; the referral
//! form reads them (and writes them when it opens a draft or file).

use crate::criteria::Answers;
use crate::stored::{decode_answers, encode_answers, CRITERIA_KEY};
use crate::ui::browser::storage::{self, Area};

/// The answers given in this tab (none if there are none, or if what is
/// stored is not in this version's format).
pub fn load() -> Answers {
    storage::get(Area::Session, CRITERIA_KEY)
        .and_then(|text| decode_answers(&text).ok())
        .unwrap_or_default()
}

/// Keep the answers for this tab (no answers: nothing is kept). False if
/// storage refused.
pub fn save(answers: &Answers) -> bool {
    if *answers == Answers::default() {
        storage::remove(Area::Session, CRITERIA_KEY);
        true
    } else {
        storage::set(Area::Session, CRITERIA_KEY, &encode_answers(answers))
    }
}
