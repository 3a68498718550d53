//! Citations: every outcome, process fact and guidance paragraph names where
//! it comes from. Sources are listed once, in `content/sources.toml`.

use serde::Deserialize;
use std::collections::BTreeMap;

/// A pointer into a source: its id in `content/sources.toml` and a locator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Citation {
    pub source: &'static str,
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

#[derive(Clone, Debug, Deserialize)]
pub struct Source {
    pub id: String,
    pub short: String,
    pub title: String,
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
