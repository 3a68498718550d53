//! The process as a picture, on each rule set's process page: who does
//! what, and by when, drawn at build time as SVG inside the page (no
//! request, no script; it scales to the screen and prints). Its timescales
//! come from the deadline calculator's own constants, so the picture, the
//! calculator and the page's words (checked by `tests/generator.rs`) cannot
//! say different things. The SVG has a title and a description that say
//! the whole process in words.

use crate::board::BoardProfile;
use crate::criteria::about::Calculator;
use crate::deadlines::{cspr, COMPLETION_MONTHS, DECISION_MONTHS, NATIONAL_WORKING_DAYS};
use crate::ui::common::text;

/// One step of the picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stage {
    /// Who acts ("The local authority").
    pub who: String,
    /// What they do.
    pub what: String,
    /// By when ("Within 5 working days of becoming aware").
    pub when: String,
}

fn stage(who: &str, what: &str, when: String) -> Stage {
    let when = text(&when);
    let mut chars = when.chars();
    let when = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => when,
    };
    Stage {
        who: text(who),
        what: text(what),
        when,
    }
}

fn months(n: u32) -> String {
    if n == 1 {
        "one month".to_string()
    } else {
        format!("{n} months")
    }
}

/// The steps under the rule set the profile follows, with their timescales.
pub fn stages(board: &BoardProfile) -> Vec<Stage> {
    match board.rule_set.rules().calculator {
        Calculator::Scr => vec![
            stage("You and your safeguarding lead", "Discuss the case. If it may meet the criteria, send the referral to {board_short}.", "{deadline}".to_string()),
            stage("The {group}", "Considers the referral and makes a recommendation to the Independent Chair.", "When the referral arrives".to_string()),
            stage("The Independent Chair", "Decides whether to hold a Serious Case Review.", format!("Within {} of the Board being notified", months(DECISION_MONTHS))),
            stage("The Board", "Tells Ofsted, the Department for Education and the national panel of its decision.", format!("Within {NATIONAL_WORKING_DAYS} working days of the decision")),
            stage("The review team", "Carries out the review and writes the report.", format!("Aims to finish within {} of starting", months(COMPLETION_MONTHS))),
        ],
        Calculator::Cspr => {
            let rapid = board
                .rapid_review_start
                .map(|start| (cspr::rapid_review_clock(start).working_days, start.words()));
            let rapid_when = match rapid {
                Some((days, from)) => format!("Within {days} working days of {from}"),
                None => "Within 15 working days".to_string(),
            };
            vec![
                stage("You and your safeguarding lead", "Agree it, then send the referral to {board_short}.", "{deadline}".to_string()),
                stage("The local authority", "Notifies the Child Safeguarding Practice Review Panel, and tells the safeguarding partners.", format!("Within {} working days of becoming aware of the incident", cspr::NOTIFY.working_days)),
                stage("The safeguarding partners", "Carry out a rapid review and send it to the Panel.", rapid_when),
                stage("The safeguarding partners and the Panel", "The partners decide whether to hold a local review. The Panel decides whether to arrange a national review.", "After the rapid review".to_string()),
                stage("The reviewer", "Carries out the review and writes the report.", "If there is a review".to_string()),
            ]
        }
    }
}

/// Text wrapped into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Text for SVG: `&`, `<`, `>` and quotes escaped.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Characters per line in a box (the view box is 320 wide, the text 15 high).
const CHARS: usize = 36;
/// How each kind of line is drawn (GOV.UK's text and secondary text
/// colours, both at least 7:1 on white), as attributes so the picture
/// needs no style sheet and prints as it shows.
const WHEN: &str = "font-size=\"14\" fill=\"#484949\"";
const WHO: &str = "font-size=\"16\" font-weight=\"bold\" fill=\"#0b0c0c\"";
const WHAT: &str = "font-size=\"15\" fill=\"#0b0c0c\"";
/// Height of one line of text.
const LINE: u32 = 20;
/// The gap between boxes, where the arrow is.
const GAP: u32 = 28;

/// The whole picture as an SVG element: one box per stage, top to bottom,
/// joined by arrows, each box saying by when, who and what. `id` names its
/// title and description for `aria-labelledby`/`aria-describedby`.
pub fn svg(stages: &[Stage], title: &str, id: &str) -> String {
    let mut body = String::new();
    let mut y: u32 = 4;
    let mut desc: Vec<String> = Vec::new();
    for (n, s) in stages.iter().enumerate() {
        let when = wrap(&s.when, CHARS);
        let who = wrap(&s.who, CHARS);
        let what = wrap(&s.what, CHARS);
        let lines = (when.len() + who.len() + what.len()) as u32;
        let height = lines * LINE + 20;
        body.push_str(&format!(
            "<rect x=\"2\" y=\"{y}\" width=\"316\" height=\"{height}\" rx=\"4\" fill=\"#fff\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>"
        ));
        let mut ty = y + 24;
        for (style, group) in [(WHEN, &when), (WHO, &who), (WHAT, &what)] {
            for line in group {
                body.push_str(&format!(
                    "<text x=\"14\" y=\"{ty}\" {style}>{}</text>",
                    esc(line)
                ));
                ty += LINE;
            }
        }
        y += height;
        if n + 1 < stages.len() {
            let (top, tip) = (y + 4, y + GAP - 4);
            body.push_str(&format!(
                "<path d=\"M160 {top}V{tip}m-7 -8l7 8 7-8\" fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"3\"/>"
            ));
            y += GAP;
        }
        desc.push(format!("{}. {}: {} {}.", n + 1, s.who, s.what, s.when.trim_end_matches('.')));
    }
    let height = y + 4;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 {height}\" class=\"process-diagram\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>{body}</svg>",
        esc(title),
        esc(&desc.join(" "))
    )
}
