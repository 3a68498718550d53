//! The static site generator: every page of the site as HTML, made at
//! build time from the content files and the Board profile, with one shell.
//! Guidance pages are complete HTML; a tool's pages carry its heading, a
//! loading state and a no-JavaScript message, and load only that tool's
//! WebAssembly. `src/bin/site.rs` lays the files out in `dist/`.

pub mod assets;
pub mod diagram;
pub mod pages;
pub mod questionnaire;
pub mod shell;
pub mod sources_page;
pub mod tools;

use crate::board::BoardProfile;
use crate::content::{guide_pages, site};
use crate::routes::{self, Tool};
use leptos::prelude::*;
use shell::{document, Head};
use std::collections::BTreeMap;

/// One tool's built files, as the page refers to them.
#[derive(Clone, Debug)]
pub struct ToolFiles {
    /// Its wasm-bindgen JavaScript module (address).
    pub js: String,
    /// Its WebAssembly (address).
    pub wasm: String,
    /// The WebAssembly's size, for the progress bar.
    pub wasm_bytes: u64,
    /// What the connection carries for the tool's code (gzip), for the
    /// loading message.
    pub transfer_bytes: u64,
    /// The PDF worker's start script (referral form only): loaded only when
    /// a PDF is made.
    pub worker: Option<String>,
}

/// The addresses of the shared files, each with a content hash in its name.
#[derive(Clone, Debug)]
pub struct Assets {
    /// The style sheet.
    pub css: String,
    /// The print style sheet.
    pub print_css: String,
    /// Styles used only when JavaScript is off.
    pub noscript_css: String,
    /// The one small script every page has (`web/site.js`).
    pub site_js: String,
    /// The icon.
    pub favicon: String,
    /// Each tool's files.
    pub tools: BTreeMap<Tool, ToolFiles>,
    /// The questionnaire result page's own style sheet
    /// ([`questionnaire::result_css`]).
    pub result_css: String,
}

/// One page: its address and its HTML.
#[derive(Clone, Debug)]
pub struct PageOut {
    /// The address people use, e.g. `/criteria/died` (the file is
    /// `criteria/died.html`; `/` is `index.html`).
    pub path: String,
    /// The whole HTML document.
    pub html: String,
}

impl PageOut {
    /// The file in `dist/` that holds it.
    pub fn file(&self) -> String {
        match self.path.as_str() {
            "/" => "index.html".to_string(),
            p => format!("{}.html", p.trim_start_matches('/')),
        }
    }
}

fn head(title: &str) -> Head {
    Head {
        title: title.to_string(),
        preloads: Vec::new(),
        styles: Vec::new(),
    }
}

/// Every page of the site, rendered for this Board.
pub fn render(board: &BoardProfile, assets: &Assets) -> Vec<PageOut> {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(board.clone());
        let mut out = Vec::new();
        let mut add = |path: &str, html: String| {
            out.push(PageOut {
                path: path.to_string(),
                html,
            })
        };
        let site = site(board.rule_set);
        add("/", document(head(&site.home.title), assets, pages::home()));
        for page in guide_pages(board.rule_set) {
            let path = format!("/{}", page.slug);
            let title = page.title.clone();
            add(&path, document(head(&title), assets, pages::guide(page)));
        }
        let delete_title = crate::content::referral_text(crate::ui::common::rule_set())
            .delete
            .title;
        add(
            "/delete",
            document(head(&delete_title), assets, pages::delete()),
        );
        add(
            "/404",
            document(head(&site.not_found.title), assets, pages::not_found()),
        );
        // The questionnaire: plain pages, no WebAssembly.
        let questionnaire_title = crate::content::criteria_start(board.rule_set).title;
        add(
            questionnaire::QUESTIONS,
            document(
                head(&questionnaire_title),
                assets,
                questionnaire::questions_page(),
            ),
        );
        add(
            questionnaire::RESULT,
            document(
                Head {
                    styles: vec![assets.result_css.clone()],
                    ..head("Your result")
                },
                assets,
                questionnaire::result_page(),
            ),
        );
        add(
            questionnaire::PATHS,
            document(
                head("Every path through the questionnaire"),
                assets,
                questionnaire::paths_page(),
            ),
        );
        for old in crate::routes::QUESTIONNAIRE_OLD {
            add(
                old,
                document(
                    head("The questionnaire has changed"),
                    assets,
                    questionnaire::moved_page(),
                ),
            );
        }
        for tool in Tool::ALL {
            let files = &assets.tools[&tool];
            let words = &site.tools[tool.name()];
            for page in routes::pages(tool, board.rule_set) {
                let title = tools::title(page);
                let head = Head {
                    title: title.clone(),
                    preloads: tools::preloads(files),
                    styles: Vec::new(),
                };
                let frame = tools::frame(page, words, files, board);
                add(&page.path(), document(head, assets, frame));
            }
        }
        // Last: the sources page, from the citations the pages above link.
        let cited = sources_page::citers(&out, &sources_page::tool_citations(board.rule_set));
        out.push(PageOut {
            path: sources_page::PATH.to_string(),
            html: document(head(sources_page::TITLE), assets, sources_page::sources_page(cited)),
        });
        out
    })
}
