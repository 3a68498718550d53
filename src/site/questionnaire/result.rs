//! `/criteria/result`: every outcome once, each end's own parts, and the
//! style sheet that shows the ones the address names.

use super::QUESTIONS;
use crate::criteria::tree::{tree, Node};
use crate::criteria::{Answer, FindingStatus, Status, Tone};
use crate::sources::{refs_of, Ref};
use crate::stored;
use crate::ui::common::{opening_words, rule_set, source_links, text, Cites, SourcesNote};
use leptos::prelude::*;

fn panel_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Act => "panel panel-blue",
        Tone::Consider => "panel panel-amber",
        Tone::Neutral => "panel panel-neutral",
    }
}

fn status_tag(status: FindingStatus) -> impl IntoView {
    let (label, class) = match status {
        FindingStatus::Met => ("Yes", "tag"),
        FindingStatus::NotMet => ("No", "tag tag-grey"),
        FindingStatus::NotSure => ("Not sure", "tag tag-yellow"),
    };
    view! { <strong class=class>{label}</strong> }
}

/// What an end's outcome says, apart from its "why" and its answers: ends
/// with the same key share one rendered outcome.
fn outcome_key(node: &Node) -> String {
    let o = node.answers.outcome().expect("an end has an outcome");
    let duties: Vec<String> = o
        .duties
        .iter()
        .map(|t| format!("{}:{:?}", t.provision.duty, t.status))
        .collect();
    let steps: Vec<&str> = o.next_steps.iter().map(|s| s.text).collect();
    format!(
        "{}|{}|{:?}|{:?}|{}",
        o.headline, o.summary, duties, steps, o.refer
    )
}

/// The ends of the tree, and for each its outcome group; and one end of
/// each group (whose outcome the group shares).
fn groups(tree: &[Node]) -> (Vec<(&Node, usize)>, Vec<&Node>) {
    let mut keys: Vec<String> = Vec::new();
    let mut firsts = Vec::new();
    let mut ends = Vec::new();
    for node in tree.iter().filter(|n| n.is_end()) {
        let key = outcome_key(node);
        let group = match keys.iter().position(|k| *k == key) {
            Some(g) => g,
            None => {
                keys.push(key);
                firsts.push(node);
                keys.len() - 1
            }
        };
        ends.push((node, group));
    }
    (ends, firsts)
}

/// The result page's own style sheet: for each end, when the address
/// names it, its group's outcome and its own answers are shown (the rest
/// stays hidden by `style/main.css`).
pub fn result_css(rule_set: crate::criteria::RuleSetId) -> String {
    let tree = tree(rule_set);
    let (ends, _) = groups(&tree);
    let mut css =
        String::from("/* Made by the site generator (src/site/questionnaire/result.rs). */\n");
    for (node, group) in ends {
        let k = &node.key;
        let mut shown = vec![
            format!("#r{k}:target~#o{group}"),
            format!("#r{k}:target~* #t{k}"),
        ];
        if node.answers.answers.values().any(|a| *a == Answer::NotSure) {
            shown.push(format!("#r{k}:target~#w{k}"));
        }
        for q in &node.path {
            shown.push(format!(
                "#r{k}:target~* .{}",
                row_class(rule_set, *q, node.answers.get(*q).expect("asked"))
            ));
        }
        css.push_str(&shown.join(","));
        css.push_str("{display:block}\n");
    }
    css
}

/// The class of a shared "why" row: the question's place in the rule set
/// and the answer's letter ("s3y").
fn row_class(
    rule_set: crate::criteria::RuleSetId,
    q: crate::criteria::QuestionId,
    a: Answer,
) -> String {
    let index = rule_set
        .rules()
        .questions
        .iter()
        .position(|r| r.id == q)
        .expect("the rule set's question");
    format!("s{index}{}", crate::criteria::tree::letter(a))
}

/// One outcome: what every end of its group shares.
fn outcome_body(group: usize, node: &Node) -> impl IntoView {
    let outcome = node.answers.outcome().expect("an end has an outcome");
    let id = format!("o{group}");
    let step_sources: Vec<(String, Vec<Ref>)> = outcome
        .next_steps
        .iter()
        .map(|s| (opening_words(&text(s.text)), refs_of(s.citations)))
        .collect();
    let duty_sources: Vec<(String, Vec<Ref>)> = outcome
        .duties
        .iter()
        .map(|t| {
            (
                opening_words(t.provision.text),
                refs_of(t.provision.citations),
            )
        })
        .collect();
    let referral = crate::routes::Page::TaskList.path();
    let referral_case = crate::routes::Page::Section(crate::referral::Section::Case).path();
    view! {
        <section class="qn-o" id=id.clone() aria-labelledby=format!("{id}-h")>
            <div class="two-thirds outcome">
                <div class=panel_class(outcome.tone)>
                    <h1 class="panel-title" id=format!("{id}-h") tabindex="-1">{text(outcome.headline)}</h1>
                </div>
                <p class="lead">{text(outcome.summary)}</p>
                <Cites citations=outcome.citations/>

                {(!outcome.duties.is_empty()).then(|| view! {
                    <h2 class="heading-m">"What applies"</h2>
                    <ul class="list list-plain duties">
                        {outcome.duties.iter().map(|t| view! {
                            <li class="duty" data-duty=t.provision.duty data-status=match t.status { Status::Applies => "applies", Status::MayApply => "may-apply" }>
                                <p>
                                    {match t.status {
                                        Status::Applies => view! { <strong class="tag">"Applies"</strong> }.into_any(),
                                        Status::MayApply => view! { <strong class="tag tag-yellow">"May apply"</strong> }.into_any(),
                                    }}
                                    " " {text(t.provision.text)}
                                </p>
                            </li>
                        }).collect_view()}
                    </ul>
                    <SourcesNote items=duty_sources.clone() about="What applies".to_string()/>
                })}

                <h2 class="heading-m">"What to do next"</h2>
                <ol class="list next-steps">
                    {outcome.next_steps.iter().map(|step| view! { <li><p>{text(step.text)}</p></li> }).collect_view()}
                </ol>
                <SourcesNote items=step_sources about="What to do next".to_string()/>

                <div class="button-group no-print">
                    {outcome.refer.then(|| view! {
                        <a href=referral.clone() class="button qn-refer" role="button" draggable="false"
                            data-return=referral_case.clone()>"Start the referral form"</a>
                    })}
                    <button type="button" class="button button-secondary" data-action="print" hidden>"Print or save this result"</button>
                </div>
            </div>
        </section>
    }
}

/// One end's own part, before the shared "why": what its "not sure"
/// answers could change (only for an end with one).
fn not_sure_part(node: &Node) -> Option<impl IntoView> {
    let outcome = node.answers.outcome().expect("an end has an outcome");
    let rules = rule_set().rules();
    let unsure: Vec<(String, Vec<&'static str>)> = node
        .path
        .iter()
        .filter(|q| node.answers.get(**q) == Some(Answer::NotSure))
        .map(|q| {
            let could: Vec<&'static str> = outcome
                .duties
                .iter()
                .filter(|t| t.because_not_sure.contains(q))
                .map(|t| t.provision.label)
                .collect();
            (rules.question(*q).title.to_string(), could)
        })
        .collect();
    (!unsure.is_empty()).then(|| view! {
        <section class="qn-w" id=format!("w{}", node.key) aria-label="What your not sure answers could change">
            <div class="two-thirds outcome">
                <h2 class="heading-m">"What your \u{201c}not sure\u{201d} answers could change"</h2>
                <dl class="summary-list not-sure">
                    {unsure.into_iter().map(|(question, could)| view! {
                        <div class="summary-row">
                            <dt>{question}</dt>
                            <dd>{if could.is_empty() {
                                view! { <p>"Either answer leads to the same duties."</p> }.into_any()
                            } else {
                                view! { <ul class="list list-plain">{could.into_iter().map(|d| view! { <li>{format!("May apply: {d}")}</li> }).collect_view()}</ul> }.into_any()
                            }}</dd>
                        </div>
                    }).collect_view()}
                </dl>
            </div>
        </section>
    })
}

/// Every answer to every question and what it means, with its sources,
/// once: the page's style sheet shows the rows of the end the address names.
fn why_rows() -> impl IntoView {
    let rules = rule_set().rules();
    // A row: its class, the question's title, the finding's status and
    // words, its citations, and its key ("question:answer").
    type WhyRow = (
        String,
        &'static str,
        FindingStatus,
        &'static str,
        &'static [crate::sources::Citation],
        String,
    );
    let rows: Vec<WhyRow> = rules
        .facts()
        .flat_map(|q| {
            q.choices.iter().map(move |c| {
                let (status, finding) = match c.answer {
                    Answer::Yes => (FindingStatus::Met, q.finding[0]),
                    Answer::No => (FindingStatus::NotMet, q.finding[1]),
                    Answer::NotSure => (FindingStatus::NotSure, q.finding[2]),
                };
                (
                    row_class(rules.id, q.id, c.answer),
                    q.title,
                    status,
                    finding,
                    q.citations,
                    format!("{:?}:{:?}", q.id, c.answer),
                )
            })
        })
        .collect();
    let summary = crate::content::guide_words().sources;
    view! {
        <section class="qn-why" aria-label="Your answers, and what they mean">
            <div class="two-thirds outcome">
                <h2 class="heading-m">"Your answers, and what they mean"</h2>
                <ul class="list list-plain findings">
                    {rows.iter().map(|(class, title, status, finding, _, answer)| view! {
                        <li class=format!("finding qn-row {class}") data-answer=answer.clone()>
                            <p class="finding-question">{*title}</p>
                            <p>{status_tag(*status)} " " {*finding}</p>
                        </li>
                    }).collect_view()}
                </ul>
                <details class="sources">
                    <summary><span class="sources-summary">{summary}<span class="visually-hidden">": Your answers"</span></span></summary>
                    <div class="sources-body">
                        <dl class="sources-list">
                            {rows.iter().map(|(class, _, _, finding, cited, _)| view! {
                                <div class=format!("qn-row {class}")>
                                    <dt>{opening_words(finding)}</dt>
                                    <dd class="citation">{source_links(refs_of(cited))}</dd>
                                </div>
                            }).collect_view()}
                        </dl>
                    </div>
                </details>
            </div>
        </section>
    }
}

/// One end's own part, after the shared "why": the way back to its
/// answers, to change them.
fn tail_part(node: &Node) -> impl IntoView {
    view! {
        <p class="qn-t no-print" id=format!("t{}", node.key)>
            <a href=format!("{QUESTIONS}#c{}", node.key)>"Change your answers"</a>
        </p>
    }
}

/// What every end's result closes with: the lines to write on in print,
/// and starting again.
fn closing() -> impl IntoView {
    let today = rule_set().rules().superseded.as_ref().map(|s| {
        view! {
            <div class="inset-text qn-today">
                <p>{s.today}</p>
                <p class="citation">"Source: " {source_links(refs_of(s.today_citations))}</p>
            </div>
        }
    });
    view! {
        <div class="qn-urgent">
            <div class="two-thirds outcome">
                {today}
                <div class="print-only print-write-ins">
                    <p class="print-write-line">"Case reference:"</p>
                    <p class="print-write-line">"Checked by (name and role):"</p>
                </div>
                <p class="no-print"><a href=format!("{QUESTIONS}#start")>"Start again"</a></p>
            </div>
        </div>
    }
}

/// The result page's main content: an anchor per end (the address names
/// one), each outcome once,
/// each end's "not sure" part, every answer's meaning once, each end's
/// tail, and what to show when the address names none. The page's own
/// style sheet ([`result_css`]) shows the right parts.
pub fn result_page() -> impl IntoView {
    let tree = tree(rule_set());
    let (ends, firsts) = groups(&tree);
    view! {
        <div class="qn" data-rule-set=rule_set().name() data-format=stored::ANSWERS_FORMAT data-version=stored::ANSWERS_VERSION.to_string()>
            {ends.iter().map(|(node, _)| view! { <span class="qn-r" id=format!("r{}", node.key)></span> }).collect_view()}
            {firsts.iter().enumerate().map(|(g, node)| outcome_body(g, node)).collect_view()}
            // "If a child is at risk now", once, with every outcome.
            <div class="qn-urgent"><div class="two-thirds">{crate::ui::common::urgent_notice(true)}</div></div>
            {ends.iter().filter_map(|(node, _)| not_sure_part(node)).collect_view()}
            {why_rows()}
            <div class="two-thirds">{ends.iter().map(|(node, _)| tail_part(node)).collect_view()}</div>
            {closing()}
            <section class="qn-start" id="start" aria-labelledby="start-h">
                <div class="two-thirds">
                    <h1 class="heading-l" id="start-h" tabindex="-1">"Your result"</h1>
                    <p>"There is no result to show yet: answer the questions first."</p>
                    <a href=QUESTIONS class="button" role="button" draggable="false">"Answer the questions"</a>
                </div>
            </section>
        </div>
    }
}
