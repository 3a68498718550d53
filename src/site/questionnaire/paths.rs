//! `/criteria/paths`: every path with the duties it ends in, and the
//! provisions and consistency rules behind them.

use crate::criteria::tree::{tree, Node};
use crate::criteria::{Answer, Status};
use crate::sources::refs_of;
use crate::ui::common::{rule_set, source_links, text};
use leptos::prelude::*;

/// A condition in words, with the questions' short names.
fn condition_words(c: &crate::criteria::Condition, nested: bool) -> String {
    use crate::criteria::Condition;
    let rules = rule_set().rules();
    let words = match c {
        Condition::Yes(q) => format!("{}: yes", rules.question(*q).short),
        Condition::No(q) => format!("{}: no", rules.question(*q).short),
        Condition::All(cs) => cs
            .iter()
            .map(|c| condition_words(c, true))
            .collect::<Vec<_>>()
            .join(" and "),
        Condition::Any(cs) => cs
            .iter()
            .map(|c| condition_words(c, true))
            .collect::<Vec<_>>()
            .join(" or "),
    };
    match c {
        Condition::All(_) | Condition::Any(_) if nested => format!("({words})"),
        _ => words,
    }
}

fn modal_word(m: crate::criteria::Modal) -> &'static str {
    match m {
        crate::criteria::Modal::Must => "must",
        crate::criteria::Modal::Should => "should",
        crate::criteria::Modal::Does => "no modal verb (states what is done)",
    }
}

/// Every path through the questionnaire with the duties it ends in, and
/// the provisions and consistency rules behind them: for a Board's or
/// partnership's legal or policy lead to review before publishing.
pub fn paths_page() -> impl IntoView {
    let rules = rule_set().rules();
    let tree = tree(rule_set());
    let ends: Vec<&Node> = tree.iter().filter(|n| n.is_end()).collect();
    view! {
        <h1 class="heading-xl">"Every path through the questionnaire"</h1>
        <p class="lead">{text("For {board_short}'s legal or policy lead: the rules this site follows, and every path through its questions with the duties it ends in, made from the same data as the questionnaire.")}</p>
        <p>"A case triggers every duty whose conditions hold. \u{201c}Not sure\u{201d} stands for each answer it could be: a duty that holds for all of them applies; one that holds for some may apply, and is always shown. A question is asked only while its answer can still change the duties."</p>
        <p><button type="button" class="button button-secondary no-print" data-action="print" hidden>"Print this page"</button></p>

        <h2 class="heading-l">"The provisions"</h2>
        {rules.provisions.iter().map(|p| view! {
            <section class="provision">
                <h3 class="heading-m">{format!("{} ({})", p.label, p.duty)}</h3>
                <p>{text(p.text)}</p>
                <dl class="summary-list">
                    <div class="summary-row"><dt>"When"</dt><dd>{condition_words(&p.when, false)}</dd></div>
                    <div class="summary-row"><dt>"Modal verb"</dt><dd>{modal_word(p.modal)}</dd></div>
                    <div class="summary-row"><dt>"Source"</dt><dd>{source_links(refs_of(p.citations))}</dd></div>
                </dl>
            </section>
        }).collect_view()}

        <h2 class="heading-l">"What cannot be true at once"</h2>
        <p>"A way of reading \u{201c}not sure\u{201d} that breaks one of these is not a possible case, and is not counted:"</p>
        <ul class="list list-bullet">
            {rules.consistency.iter().map(|c| view! { <li>{condition_words(c, false)}</li> }).collect_view()}
        </ul>
        // Questions whose "not sure" counts as one answer only.
        {rules.facts().filter(|q| (rules.not_sure_means)(q.id, Answer::NotSure).len() == 1).map(|q| {
            let counts_as = if (rules.not_sure_means)(q.id, Answer::NotSure)[0] { "yes" } else { "no" };
            view! { <p>{format!("\u{201c}Not sure\u{201d} to \u{201c}{}\u{201d} counts as {counts_as}. ", q.title)} {q.finding[2]}</p> }
        }).collect_view()}

        <h2 class="heading-l">{format!("Every path ({})", ends.len())}</h2>
        <table class="table paths">
            <caption class="visually-hidden">"Each path's answers and the duties it ends in"</caption>
            <thead><tr><th scope="col">"#"</th><th scope="col">"Answers"</th><th scope="col">"Duties"</th></tr></thead>
            <tbody>
                {ends.iter().enumerate().map(|(i, node)| {
                    let duties = node.answers.duties().expect("an end");
                    view! {
                        <tr>
                            <td>{(i + 1).to_string()}</td>
                            <td>{node.path.iter().map(|q| format!("{}: {}", rules.question(*q).short, node.answers.answer_text(*q).to_lowercase())).collect::<Vec<_>>().join("; ")}</td>
                            <td>{if duties.is_empty() { "none".to_string() } else {
                                duties.iter().map(|t| match t.status {
                                    Status::Applies => t.provision.duty.to_string(),
                                    Status::MayApply => format!("{} (may apply)", t.provision.duty),
                                }).collect::<Vec<_>>().join(", ")
                            }}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
