//! The questionnaire as plain pages, worked out at build time from the rule
//! set's tree (`crate::criteria::tree`). No WebAssembly.
//!
//! - `/criteria`: every question a person can reach, each in its own
//!   section named by the answers that lead to it (`#q…`), every "check
//!   your answers" (`#c…`), and the start. Answers are links; a style rule
//!   shows only the section the address's fragment names (`:target`), and
//!   the start when it names none.
//! - `/criteria/result`: every outcome (`#r…`): each distinct outcome once,
//!   and each end's own answers, shown by a style sheet made for the page
//!   ([`result_css`]).
//! - `/criteria/paths`: every path with the duties it ends in, for a Board's
//!   or partnership's legal or policy lead.
//!
//! The fragment is never sent to the server, so the answers stay on the
//! device: in no request path, query string or server log. It works with
//! JavaScript off, by keyboard and with a screen reader (following a link
//! to a fragment moves there). `web/site.js` only improves it: it moves
//! focus to the heading, sets the page title, and keeps the answers in
//! this tab for the referral form.

use crate::content::criteria_start;
use crate::criteria::tree::{tree, Node};
use crate::criteria::{Answer, FindingStatus, Status, Tone};
use crate::sources::{refs_of, Ref};
use crate::stored;
use crate::ui::common::{
    opening_words, rule_set, source_links, text, CiteRefs, Cites, SourcesNote,
};
use leptos::prelude::*;

pub use crate::routes::{
    QUESTIONNAIRE as QUESTIONS, QUESTIONNAIRE_PATHS as PATHS, QUESTIONNAIRE_RESULT as RESULT,
};

/// The fragment of a point: `q…` a question, `c…` check your answers.
fn point_id(node: &Node) -> String {
    if node.is_end() {
        format!("c{}", node.key)
    } else {
        format!("q{}", node.key)
    }
}

fn back_link(href: String) -> impl IntoView {
    view! { <a href=href class="back-link">"Back"</a> }
}

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
                {crate::ui::common::urgent_notice()}
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
    let mut css = String::from("/* Made by the site generator (src/site/questionnaire.rs). */\n");
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
    let rows: Vec<(
        String,
        &'static str,
        FindingStatus,
        &'static str,
        &'static [crate::sources::Citation],
        String,
    )> = rules
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
    let today = rule_set().rules().superseded.as_ref().map(|s| view! {
        <div class="inset-text qn-today">
            <p>{s.today}</p>
            <p class="citation">"Source: " {source_links(refs_of(s.today_citations))}</p>
        </div>
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
            <div class="qn-urgent"><div class="two-thirds">{crate::ui::common::urgent_notice()}</div></div>
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
