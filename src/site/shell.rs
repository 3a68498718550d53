//! The page shell every page shares, written once: the document head, skip
//! link, header, example-profile banner, print header, main landmark and
//! footer. Rendered to HTML at build time.

use super::Assets;
use crate::content::site;
use crate::ui::common::{board, page_title, rule_set, text};
use leptos::prelude::*;

/// The policy sent in a `<meta>` element (the web server also sends it as a
/// header, with `frame-ancestors`, in `deploy/security-headers.conf`).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/// What differs between pages in the head.
pub struct Head {
    /// The page's own title (the shell adds the service and Board).
    pub title: String,
    /// Files the page needs soon: `(href, as)` for `<link rel="preload">`,
    /// or `(href, "modulepreload")`.
    pub preloads: Vec<(String, &'static str)>,
    /// The page's own style sheets, after the site's (addresses).
    pub styles: Vec<String>,
}

/// A whole HTML document: the shell around `main`.
pub fn document(head: Head, assets: &Assets, main: impl IntoView + 'static) -> String {
    let site = site(rule_set());
    let board = board();
    let title = page_title(&head.title);
    let preloads = head
        .preloads
        .clone()
        .into_iter()
        .map(|(href, kind)| {
            if kind == "modulepreload" {
                view! { <link rel="modulepreload" href=href/> }.into_any()
            } else {
                // Low priority: the styles and the page come first, so the
                // text shows while the tool's code arrives.
                view! { <link rel="preload" href=href r#as=kind crossorigin="anonymous" fetchpriority="low"/> }
                    .into_any()
            }
        })
        .collect_view();
    let page = view! {
        <html lang="en-GB">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta http-equiv="Content-Security-Policy" content=CSP/>
                <meta name="referrer" content="no-referrer"/>
                <meta name="description" content=site.description.clone()/>
                <meta name="theme-color" content="#0b4f6c"/>
                <title>{title}</title>
                <link rel="stylesheet" href=assets.css.clone()/>
                <link rel="stylesheet" href=assets.print_css.clone() media="print"/>
                <noscript><link rel="stylesheet" href=assets.noscript_css.clone()/></noscript>
                <link rel="icon" href=assets.favicon.clone() type="image/svg+xml"/>
                {head.styles.iter().map(|href| view! { <link rel="stylesheet" href=href.clone()/> }).collect_view()}
                {preloads}
                <script type="module" src=assets.site_js.clone()></script>
            </head>
            <body>
                <a href="#main-content" class="skip-link">"Skip to main content"</a>
                <header class="header">
                    <div class="width-container header-inner">
                        <a href="/" class="header-board">{board.name.clone()}</a>
                        <span class="header-service">{site.service_name.clone()}</span>
                        <a href="/delete" class="header-delete" id="header-delete">"Delete everything on this device"</a>
                    </div>
                </header>
                {board.is_example.then(|| view! {
                    <div class="example-banner" role="region" aria-label="Example profile warning">
                        <div class="width-container">
                            <p><strong class="tag tag-red">"Example"</strong> " " {site.example_banner.clone()}</p>
                        </div>
                    </div>
                })}
                {rule_set().rules().superseded.as_ref().map(|s| view! {
                    <div class="superseded-banner" role="region" aria-label="These rules have been replaced">
                        <div class="width-container">
                            <p><strong class="tag tag-yellow">"Replaced"</strong> " " {text(s.text)}</p>
                            <p class="citation">"Source: " {crate::ui::common::source_links(crate::sources::refs_of(s.citations))}</p>
                        </div>
                    </div>
                })}
                <div class="update-banner" id="update-banner" role="status" hidden>
                    <div class="width-container">
                        <p>{site.offline.update.clone()} " "
                            <button type="button" class="link-button" id="update-reload">{site.offline.update_button.clone()}</button>
                        </p>
                    </div>
                </div>
                <div class="print-only print-header">
                    <p class="print-header-source">
                        {format!("{} · {}", site.service_name, board.name)}
                        {board.is_example.then(|| site.example_note.clone())}
                    </p>
                    <p class="print-header-dates">
                        <span id="printed-on" data-template=site.print.printed.clone()></span>
                        {text(&site.print.reviewed)}
                    </p>
                </div>
                <div class="width-container">
                    <main class="main" id="main-content" tabindex="-1">{main}</main>
                </div>
                <footer class="footer">
                    <div class="width-container">
                        <h2 class="visually-hidden">{site.footer.links_heading.clone()}</h2>
                        <ul class="footer-links">
                            {site.footer.links.iter().map(|l| view! {
                                <li><a href=l.href.clone()>{l.text.clone()}</a></li>
                            }).collect_view()}
                        </ul>
                        <h2 class="heading-s">{site.privacy_heading.clone()}</h2>
                        {site.privacy.iter().map(|p| view! { <p class="body-s">{text(p)}</p> }).collect_view()}
                        <p class="body-s" id="offline-status" hidden data-saving=site.offline.saving.clone() data-ready=site.offline.ready.clone()></p>
                        <p class="body-s">
                            {format!("{} · {} · Business office: {}, ", site.service_name, board.name, board.business_office_phone)}
                            <a href=format!("mailto:{}", board.business_office_email)>{board.business_office_email.clone()}</a>
                        </p>
                        <p class="body-s">{text(&site.footer.published)}</p>
                    </div>
                </footer>
            </body>
        </html>
    };
    let html = page.to_html();
    // Leptos marks text boundaries with empty comments for hydration; these
    // pages are never hydrated, so they go. (Typed text cannot contain
    // "<!>": every "<" in text is escaped.)
    format!("<!DOCTYPE html>\n{}\n", html.replace("<!>", ""))
}
