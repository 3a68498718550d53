//! What a rule set says about everything besides its questions and
//! provisions: its example profile, what a profile under it must name, its
//! timescales, its calculator, and its referral document's words and own
//! page. Each rule set's file fills these in its one value ([`RuleSet`]);
//! the rest of the site asks it, and names no rule set.
//!
//! [`RuleSet`]: super::RuleSet

use crate::sources::Citation;

/// The example profile a site is built with when none is given.
#[derive(Debug)]
pub struct Example {
    /// Its file in `content/`.
    pub file: &'static str,
    /// Its text (compiled in).
    pub json: &'static str,
    /// How the generator names it ("the example Board profile").
    pub kind: &'static str,
}

/// A referral's decision, where the rule set gives the referrer a date to
/// count from: so many calendar months after the body is notified.
#[derive(Debug)]
pub struct Decision {
    /// Calendar months after the referral.
    pub months: u32,
    /// Where it comes from.
    pub citations: &'static [Citation],
}

/// A rule set that no longer applies: what every page, outcome and
/// printout says about it.
#[derive(Debug)]
pub struct Superseded {
    /// What replaced it and where to go for an incident now.
    pub text: &'static str,
    /// Where that comes from.
    pub citations: &'static [Citation],
    /// Today's duty, in one sentence, shown with every outcome.
    pub today: &'static str,
    /// Where today's duty comes from.
    pub today_citations: &'static [Citation],
}

/// Which deadline calculator the rule set has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Calculator {
    /// The decision, national notification and completion of a Serious
    /// Case Review.
    Scr,
    /// Notifying the Panel and the rapid review.
    Cspr,
}

/// The referral document's words under the rule set.
#[derive(Debug)]
pub struct DocumentWords {
    /// The document's title.
    pub title: &'static str,
    /// The label of the body's reference, on every page.
    pub reference_label: &'static str,
    /// The start of its file names ("SCR-referral").
    pub file_prefix: &'static str,
    /// The start of the mail's subject line.
    pub subject: &'static str,
    /// The body referred to, as in "the Board's name".
    pub body: &'static str,
}

/// One field of the body's own page, left blank for it. Words may have the
/// profile's `{placeholders}` (`{group}`).
#[derive(Debug)]
pub struct OwnField {
    /// Its id (the PDF form field's name).
    pub id: &'static str,
    /// Its label.
    pub label: &'static str,
    /// Room for several lines.
    pub multiline: bool,
}

/// A section of the body's own page.
#[derive(Debug)]
pub struct OwnSection {
    /// Its heading (may have `{placeholders}`).
    pub heading: &'static str,
    /// Its fields.
    pub fields: &'static [OwnField],
}

/// The body's own page of the referral: its reference, what it decides and
/// how, with the sources.
#[derive(Debug)]
pub struct OwnPage {
    /// The reference's label ("Board reference").
    pub reference: &'static str,
    /// How the body decides (may have `{placeholders}`).
    pub procedure: &'static str,
    /// Where that comes from.
    pub sources: &'static [Citation],
    /// Its two sections.
    pub sections: [OwnSection; 2],
}
