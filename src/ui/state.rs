//! App-wide state kept while the tab is open: the questionnaire answers
//! (read later by the referral form). Saved to session storage on every
//! change, so a reload keeps them and closing the tab clears them.

use crate::criteria::Answers;
use crate::ui::storage;
use leptos::prelude::*;

const ANSWERS_KEY: &str = "scr-guide.criteria.v1";

#[derive(Clone, Copy)]
pub struct CriteriaState(pub RwSignal<Answers>);

impl CriteriaState {
    pub fn provide() {
        let answers =
            RwSignal::new(storage::load_session::<Answers>(ANSWERS_KEY).unwrap_or_default());
        Effect::new(move |_| {
            let value = answers.get();
            if value == Answers::default() {
                storage::remove_session(ANSWERS_KEY);
            } else {
                storage::save_session(ANSWERS_KEY, &value);
            }
        });
        provide_context(CriteriaState(answers));
    }
}

pub fn criteria_answers() -> RwSignal<Answers> {
    expect_context::<CriteriaState>().0
}
