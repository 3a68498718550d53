//! `/criteria`: the start, every question and every "check your answers",
//! and the page for addresses the questionnaire used to have.

use super::{back_link, point_id, QUESTIONS, RESULT};
use crate::content::criteria_start;
use crate::criteria::tree::{tree, Node};
use crate::criteria::Answer;
use crate::ui::common::{rule_set, text, CiteRefs, Cites};
use leptos::prelude::*;

/// The start: shown when the address names no question.
fn start(first: &Node) -> impl IntoView {
    let page = criteria_start(rule_set());
    let urgent = crate::content::urgent();
    view! {
        <section class="qn-start" id="start" aria-labelledby="start-h">
            <div class="two-thirds">
                <h1 class="heading-xl" id="start-h" tabindex="-1">{page.title.clone()}</h1>
                <p class="lead">{page.lead.clone()}</p>
                <p class="urgent-short"><strong>{urgent.short}</strong>" "<a href="#urgent">{urgent.heading}</a></p>
                <a href=format!("#{}", point_id(first)) class="button button-start" role="button" draggable="false">"Start now"</a>
                {crate::ui::common::urgent_notice(true)}
                {page.intro.iter().map(|p| view! { <p>{text(p)}</p> }).collect_view()}
                <CiteRefs refs=page.intro_sources.clone()/>
            </div>
        </section>
    }
}

fn answer_word(a: Answer) -> &'static str {
    match a {
        Answer::Yes => "yes",
        Answer::No => "no",
        Answer::NotSure => "not-sure",
    }
}

/// One question, its answers as links to where each leads.
fn question(tree: &[Node], node: &Node) -> impl IntoView {
    let rules = rule_set().rules();
    let q = rules.question(node.question.expect("a question"));
    let id = point_id(node);
    let back = match node.parent {
        Some(p) => format!("#{}", point_id(&tree[p])),
        None => "#start".to_string(),
    };
    let caption = criteria_start(rule_set()).caption;
    view! {
        <section class="qn-node" id=id.clone() aria-labelledby=format!("{id}-h")>
            {back_link(back)}
            <div class="two-thirds">
                <span class="caption">{caption}</span>
                <h1 class="heading-l" id=format!("{id}-h") tabindex="-1">{q.title}</h1>
                <div class="hint">
                    {q.hint.iter().map(|h| view! { <p>{*h}</p> }).collect_view()}
                    {(!q.definition.is_empty()).then(|| view! {
                        <ul>{q.definition.iter().map(|d| view! { <li>{*d}</li> }).collect_view()}</ul>
                    })}
                </div>
                <ul class="qn-answers">
                    {node.children.iter().map(|(answer, child)| {
                        let choice = q.choices.iter().find(|c| c.answer == *answer).expect("offered");
                        view! {
                            <li>
                                <a class="qn-answer" data-answer=answer_word(*answer) href=format!("#{}", point_id(&tree[*child]))>{choice.label}</a>
                                {choice.hint.map(|h| view! { <span class="qn-answer-hint">{h}</span> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <Cites citations=q.citations/>
            </div>
        </section>
    }
}

/// The answers on a path, as a summary list; with "Change" links to where
/// each was asked.
fn answers_list(tree: &[Node], node: &Node, change: bool) -> impl IntoView {
    let rules = rule_set().rules();
    // The point where each question on the path was asked: the ancestors.
    let mut asked_at = Vec::new();
    let mut at = node.parent;
    while let Some(i) = at {
        asked_at.push(i);
        at = tree[i].parent;
    }
    asked_at.reverse();
    view! {
        <dl class="summary-list">
            {node.path.iter().zip(asked_at).map(|(q, point)| {
                let question = rules.question(*q);
                view! {
                    <div class="summary-row">
                        <dt>{question.title}</dt>
                        <dd>{node.answers.answer_text(*q)}</dd>
                        {change.then(|| view! {
                            <dd class="summary-actions">
                                <a href=format!("#{}", point_id(&tree[point]))>"Change"<span class="visually-hidden">{format!(" your answer to: {}", question.title)}</span></a>
                            </dd>
                        })}
                    </div>
                }
            }).collect_view()}
        </dl>
    }
}

/// Check your answers, at the end of a path.
fn check(tree: &[Node], node: &Node) -> impl IntoView {
    let id = point_id(node);
    let back = format!(
        "#{}",
        point_id(&tree[node.parent.expect("an end has a parent")])
    );
    view! {
        <section class="qn-node" id=id.clone() aria-labelledby=format!("{id}-h")>
            {back_link(back)}
            <div class="two-thirds">
                <h1 class="heading-l" id=format!("{id}-h") tabindex="-1">"Check your answers"</h1>
                <p>"Change any answer that is not right. You will be asked the questions after it again."</p>
                {answers_list(tree, node, true)}
                <a href=format!("{RESULT}#r{}", node.key) class="button" role="button" draggable="false">"See the result"</a>
            </div>
        </section>
    }
}

/// The questionnaire page's main content: every question, every check page
/// and the start (last, so that a targeted section can hide it).
pub fn questions_page() -> impl IntoView {
    let tree = tree(rule_set());
    view! {
        <div class="qn">
            {tree.iter().map(|node| {
                if node.is_end() { check(&tree, node).into_any() } else { question(&tree, node).into_any() }
            }).collect_view()}
            {start(&tree[0])}
        </div>
    }
}

/// An address the questionnaire had before it became plain pages: it has
/// changed; start again here.
pub fn moved_page() -> impl IntoView {
    view! {
        <div class="two-thirds">
            <h1 class="heading-l">"The questionnaire has changed"</h1>
            <p>"This address was part of an earlier version of the questionnaire. Your answers were not kept: please answer the questions again."</p>
            <a href=QUESTIONS class="button" role="button" draggable="false">"Start the questionnaire"</a>
        </div>
    }
}
