//! The calculator under the Serious Case Review rules: the date the Board
//! was notified and, if made, the date of the decision; then the decision,
//! national notification and completion dates.

use super::{results_section, row, DateField};
use crate::content::DeadlinesPage as DeadlinesText;
use crate::dates::long_date_with_weekday;
use crate::deadlines::{
    Deadlines, Which, COMPLETION_CITES, DECISION_CITES, NATIONAL_CITES, SCR_RULES_ENDED,
    SCR_RULES_ENDED_CITES,
};
use crate::sources::refs_of;
use leptos::prelude::*;

/// The dates the form asks for: when the Board was notified, and the
/// decision date (optional).
pub(super) fn fields() -> (DateField, Option<DateField>) {
    (
        DateField {
            id: "notified",
            legend: "When was the Board notified of the case?".into(),
            hint: "For example, 27 3 2018".into(),
            name: "the date the Board was notified".into(),
        },
        Some(DateField {
            id: "decided",
            legend: "If the decision has been made, when was it made? (optional)".into(),
            hint: "Leave this blank to use the latest date the decision is due. For example, 20 4 2018".into(),
            name: "the date of the decision".into(),
        }),
    )
}

/// The worked-out dates, their sources, and a print button.
pub(super) fn results(r: &Deadlines, words: &DeadlinesText) -> impl IntoView {
    const DECISION: &str = "Decision due by (one month)";
    const NATIONAL: &str = "Ofsted, the Department for Education and the national panel told by (five working days after the decision)";
    const COMPLETION: &str = "Review aims to finish by (six months after it starts)";
    let sources = vec![
        (DECISION.to_string(), refs_of(DECISION_CITES)),
        (NATIONAL.to_string(), refs_of(NATIONAL_CITES)),
        (COMPLETION.to_string(), refs_of(COMPLETION_CITES)),
    ];
    let line = |which: Which, label: &str, id: &'static str, date| {
        row(label.to_string(), id, date, r.day_off(which), words)
    };
    let rows = view! {
        {line(Which::Notified, "Board notified", "result-notified", r.notified)}
        {r.decided.map(|d| line(Which::Decided, "Decision made", "result-decided", d))}
        {line(Which::DecisionDue, DECISION, "result-decision", r.decision_due)}
        {line(Which::NationalNotification, NATIONAL, "result-national", r.national_notification_due)}
        {line(Which::CompletionTarget, COMPLETION, "result-completion", r.completion_target)}
    };
    let note = if r.decision != r.decision_due {
        format!(
            "The last two dates count from the decision on {}.",
            long_date_with_weekday(r.decision)
        )
    } else {
        "The last two dates count from the latest date the decision is due. Enter the actual decision date, once known, for exact dates.".to_string()
    };
    let replaced = (r.after_rules_ended && !words.replaced.is_empty())
        .then_some(&words.replaced)
        .map(|w| {
            let text = w.replace("{date}", &crate::dates::long_date(SCR_RULES_ENDED));
            view! { <div class="warning-text" id="rules-replaced">{text}<span class="citation">" Source: " {crate::ui::common::source_links(refs_of(SCR_RULES_ENDED_CITES))}</span></div> }
        });
    results_section(
        rows,
        sources,
        view! { {replaced} <p>{note}</p> },
        r.bank_holidays_known,
        words,
    )
}
