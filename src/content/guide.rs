//! A guidance page (`content/<slug>.toml`): sections of cited blocks.

use super::Link;
use serde::Deserialize;

/// A guidance page (content/<slug>.toml): sections of cited blocks.
#[derive(Clone, Debug, Deserialize)]
pub struct GuidePage {
    /// The page's address without the slash (also its file name).
    pub slug: String,
    /// The page's heading and title.
    pub title: String,
    /// The opening paragraph under the heading.
    pub lead: String,
    /// The page's sections, in order.
    #[serde(rename = "section")]
    pub sections: Vec<Section>,
    /// Other guidance pages whose sections are shown at the end of this one
    /// (each fact is written once).
    #[serde(default)]
    pub include: Vec<String>,
    /// Links to related guidance at the end of the page.
    #[serde(default)]
    pub related: Vec<Link>,
}

/// One section of a guidance page, with its own heading and anchor.
#[derive(Clone, Debug, Deserialize)]
pub struct Section {
    /// The section's anchor (`#id`), linked from the contents list.
    pub id: String,
    /// The section's heading.
    pub heading: String,
    /// The section's content, in order.
    #[serde(rename = "block")]
    pub blocks: Vec<Block>,
}

/// How a block is drawn.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// A paragraph.
    Para,
    /// A bulleted list, with an optional lead-in sentence.
    List,
    /// A numbered sequence of steps, each with a heading.
    Steps,
    /// Exact statutory wording, shown as a quotation with its source.
    Quote,
    /// Highlighted text (GOV.UK inset text).
    Inset,
}

/// One piece of a section: a paragraph, list, steps, quotation or inset.
#[derive(Clone, Debug, Deserialize)]
pub struct Block {
    /// How it is drawn.
    pub kind: BlockKind,
    /// The text (a paragraph, quotation or inset; a list's lead-in).
    #[serde(default)]
    pub text: String,
    /// A list's items.
    #[serde(default)]
    pub items: Vec<String>,
    /// A steps block's steps.
    #[serde(default, rename = "step")]
    pub steps: Vec<StepItem>,
    /// Citations as "source-id:locator" (see content/sources.toml).
    #[serde(default)]
    pub sources: Vec<String>,
    /// The block states only facts about this site itself (how it is built
    /// and what its tests check, or the Board's own contact details), which
    /// have no outside source. Only the accessibility statement has such
    /// blocks (tests/content.rs).
    #[serde(default)]
    pub site_fact: bool,
}

/// One step of a numbered sequence.
#[derive(Clone, Debug, Deserialize)]
pub struct StepItem {
    /// The step's heading.
    pub title: String,
    /// What happens at the step.
    pub text: String,
    /// Where it comes from ("source-id:locator").
    pub sources: Vec<String>,
}

/// A short passage, with its sources if it states a fact.
#[derive(Clone, Debug, Deserialize)]
pub struct Note {
    /// The passage itself.
    pub text: String,
    /// Where its facts come from ("source-id:locator").
    #[serde(default)]
    pub sources: Vec<String>,
}
