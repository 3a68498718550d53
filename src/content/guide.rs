//! A guidance page (`content/<slug>.toml`): sections of cited blocks.

use super::Link;
use serde::Deserialize;

/// A guidance page (content/<slug>.toml): sections of cited blocks.
#[derive(Clone, Debug, Deserialize)]
pub struct GuidePage {
    pub slug: String,
    pub title: String,
    pub lead: String,
    #[serde(rename = "section")]
    pub sections: Vec<Section>,
    /// Other guidance pages whose sections are shown at the end of this one
    /// (each fact is written once).
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub related: Vec<Link>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Section {
    pub id: String,
    pub heading: String,
    #[serde(rename = "block")]
    pub blocks: Vec<Block>,
}

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

#[derive(Clone, Debug, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub items: Vec<String>,
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

#[derive(Clone, Debug, Deserialize)]
pub struct StepItem {
    pub title: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// A short passage, with its sources if it states a fact.
#[derive(Clone, Debug, Deserialize)]
pub struct Note {
    pub text: String,
    #[serde(default)]
    pub sources: Vec<String>,
}
