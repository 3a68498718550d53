//! Citations: every outcome, process fact and guidance paragraph names where
//! it comes from. Sources are listed once, in `content/sources.toml`.

use serde::Deserialize;
use std::collections::BTreeMap;

/// A pointer into a source: its id in `content/sources.toml` and a locator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Citation {
    /// The source's id in `content/sources.toml`.
    pub source: &'static str,
    /// Where in the source (a paragraph, section or heading).
    pub locator: &'static str,
}

/// Shorthand used by the criteria data: `cite!("bucks", "8.2.7")`. A macro
/// (a struct literal) rather than a function, so `&[cite!(..)]` is `'static`.
#[macro_export]
macro_rules! cite {
    ($source:expr, $locator:expr) => {
        $crate::sources::Citation {
            source: $source,
            locator: $locator,
        }
    };
}

/// One source as `content/sources.toml` lists it.
#[derive(Clone, Debug, Deserialize)]
pub struct Source {
    /// What citations call it.
    pub id: String,
    /// Its name in a citation ("Bolton SCB leaflet").
    pub short: String,
    /// Its full title.
    pub title: String,
    /// Who publishes it.
    #[serde(default)]
    pub publisher: Option<String>,
    /// Its address on the publisher's own site.
    #[serde(default)]
    pub url: Option<String>,
    /// Why it has no address (no copy on the publisher's site).
    #[serde(default)]
    pub no_copy: Option<String>,
    /// When it was last read (ISO date).
    #[serde(default)]
    pub checked: Option<String>,
    /// The date it gives itself, as it gives it ("December 2025").
    #[serde(default)]
    pub published: Option<String>,
    /// What it adds that the pages leave out (another partnership's practice).
    #[serde(default)]
    pub note: Option<String>,
}

/// A citation with owned parts: from a content file's "id:locator" or
/// from a [`Citation`] in the rule data. Every citation a page shows is one
/// of these, drawn as a link to its source's entry on the sources page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ref {
    /// The source's id.
    pub id: String,
    /// Where in the source (may be empty).
    pub locator: String,
}

/// Content-file references ("id:locator") as [`Ref`]s.
pub fn refs(texts: &[String]) -> Vec<Ref> {
    texts
        .iter()
        .map(|r| {
            let (id, locator) = r.split_once(':').unwrap_or((r.as_str(), ""));
            Ref {
                id: id.trim().to_string(),
                locator: locator.trim().to_string(),
            }
        })
        .collect()
}

/// Rule-data citations as [`Ref`]s.
pub fn refs_of(citations: &[Citation]) -> Vec<Ref> {
    citations
        .iter()
        .map(|c| Ref {
            id: c.source.to_string(),
            locator: c.locator.to_string(),
        })
        .collect()
}

/// The sources page's address.
pub const SOURCES_PAGE: &str = "/sources";

/// The address of a source's entry on the sources page.
pub fn entry_href(id: &str) -> String {
    format!("{SOURCES_PAGE}#src-{id}")
}

#[derive(Deserialize)]
struct SourceFile {
    source: Vec<Source>,
}

/// All sources, by id (parsed once).
pub fn sources() -> &'static BTreeMap<String, Source> {
    static SOURCES: std::sync::OnceLock<BTreeMap<String, Source>> = std::sync::OnceLock::new();
    SOURCES.get_or_init(|| {
        let file: SourceFile = crate::content::from_content(crate::include_content!("sources"));
        file.source.into_iter().map(|s| (s.id.clone(), s)).collect()
    })
}

include!(concat!(env!("OUT_DIR"), "/sources_short.rs"));

/// "Buckinghamshire SCB procedure 8.2, para 8.2.7" — a citation in words.
pub fn describe(source: &str, locator: &str) -> String {
    let name = short_name(source).unwrap_or(source).to_string();
    if locator.is_empty() {
        name
    } else {
        format!("{name}, {locator}")
    }
}

/// Several citations in words, joined with semicolons.
pub fn describe_all(citations: &[Citation]) -> String {
    citations
        .iter()
        .map(|c| describe(c.source, c.locator))
        .collect::<Vec<_>>()
        .join("; ")
}
