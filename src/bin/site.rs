//! The static site generator. Lays out the whole site in one folder:
//! every page as HTML (rendered for the Board profile), the shared files
//! with content-hashed names, each tool's WebAssembly as Trunk built it,
//! the PDF worker and font, and the service worker with its file list.
//!
//! ```text
//! site --tools target/tools --out dist [--board path/to/board.json | --example scr-2006|cspr]
//! ```
//!
//! Without `--board` an example profile is used (every page says so): the
//! example Board (Serious Case Review rules) unless `--example cspr` asks
//! for the example safeguarding partnership. A
//! broken profile stops the generator with the file, the field and what is
//! wrong, and nothing is written: readers never get a half-configured site.
//! The site is built in a new folder beside `--out` and moved into place
//! only when complete.

#![warn(missing_docs)]

use scr_referral_guide::board::BoardProfile;
use scr_referral_guide::criteria::RuleSetId;
use scr_referral_guide::routes::Tool;
use scr_referral_guide::site::assets::{self, copy_hashed, gzip, trunk_output, write};
use scr_referral_guide::site::{render, Assets, ToolFiles};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

struct Args {
    tools: PathBuf,
    out: PathBuf,
    board: Option<PathBuf>,
    example: RuleSetId,
}

fn args() -> Result<Args, String> {
    let mut tools = None;
    let mut out = None;
    let mut board = None;
    let mut example = RuleSetId::default();
    let mut list = std::env::args().skip(1);
    while let Some(flag) = list.next() {
        let value = list.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--tools" => tools = Some(PathBuf::from(value)),
            "--out" => out = Some(PathBuf::from(value)),
            "--board" => board = Some(PathBuf::from(value)).filter(|p| !p.as_os_str().is_empty()),
            "--example" if value.is_empty() => {}
            "--example" => {
                example = RuleSetId::from_name(&value).ok_or(format!(
                    "--example must be {}",
                    RuleSetId::ALL.map(|r| r.name()).join(" or ")
                ))?
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(Args {
        tools: tools.ok_or("--tools is required")?,
        out: out.ok_or("--out is required")?,
        board,
        example,
    })
}

fn profile(path: &Option<PathBuf>, example: RuleSetId) -> Result<BoardProfile, String> {
    let Some(path) = path else {
        return Ok(BoardProfile::example_for(example));
    };
    let text = fs::read_to_string(path)
        .map_err(|e| format!("{}: the file could not be read ({e})", path.display()))?;
    BoardProfile::parse(&text).map_err(|e| match e.field {
        Some(field) => format!("{}, field `{field}`: {}", path.display(), e.message),
        None => format!("{}: {}", path.display(), e.message),
    })
}

fn io<T>(what: &str) -> impl Fn(T) -> String + '_
where
    T: std::fmt::Display,
{
    move |e| format!("{what}: {e}")
}

/// Copy one tool's Trunk output; for the referral form, also the PDF worker
/// (renamed with a content hash) and its start script.
fn tool_files(tool: Tool, tools: &Path, out: &Path, font: &str) -> Result<ToolFiles, String> {
    let dir = tools.join(tool.name());
    let (js, wasm) = trunk_output(&dir, tool.name()).map_err(|e| e.to_string())?;
    let js_bytes = fs::read(&js).map_err(io("tool script"))?;
    let wasm_bytes = fs::read(&wasm).map_err(io("tool WebAssembly"))?;
    // Named by this site's own content hash (16 hex digits, as every
    // hashed file here, so the web server caches them all the same way).
    let hash = assets::content_hash(&[js_bytes.as_slice(), wasm_bytes.as_slice()].concat());
    let js_name = format!("{}-{hash}.js", tool.name());
    let wasm_name = format!("{}-{hash}_bg.wasm", tool.name());
    write(&out.join(&js_name), &js_bytes).map_err(io("copy"))?;
    write(&out.join(&wasm_name), &wasm_bytes).map_err(io("copy"))?;
    let mut worker = None;
    if tool == Tool::Referral {
        let worker_js = fs::read(dir.join("pdf-worker.js")).map_err(io("pdf-worker.js"))?;
        let worker_wasm =
            fs::read(dir.join("pdf-worker_bg.wasm")).map_err(io("pdf-worker_bg.wasm"))?;
        let hash = assets::content_hash(&[worker_js.as_slice(), worker_wasm.as_slice()].concat());
        let (pdf_js, pdf_wasm) = (
            format!("pdf-worker-{hash}.js"),
            format!("pdf-worker-{hash}_bg.wasm"),
        );
        write(&out.join(&pdf_js), &worker_js).map_err(io("copy"))?;
        write(&out.join(&pdf_wasm), &worker_wasm).map_err(io("copy"))?;
        let boot = fs::read_to_string("web/pdf-boot.js")
            .map_err(io("web/pdf-boot.js"))?
            .replace("__PDF_JS__", &format!("/{pdf_js}"))
            .replace("__PDF_WASM__", &format!("/{pdf_wasm}"))
            .replace("__FONT__", font);
        let boot_name = assets::hashed_name("pdf-boot.js", boot.as_bytes());
        write(&out.join(&boot_name), boot.as_bytes()).map_err(io("copy"))?;
        worker = Some(format!("/{boot_name}"));
    }
    Ok(ToolFiles {
        js: format!("/{js_name}"),
        wasm: format!("/{wasm_name}"),
        wasm_bytes: wasm_bytes.len() as u64,
        transfer_bytes: (gzip(&js_bytes).len() + gzip(&wasm_bytes).len()) as u64,
        worker,
    })
}

fn build(args: &Args) -> Result<usize, String> {
    let board = profile(&args.board, args.example)?;
    let staging = args.out.with_extension("new");
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(io("clearing the staging folder"))?;
    }
    let out = staging.as_path();
    fs::create_dir_all(out).map_err(io("creating the staging folder"))?;

    let font = copy_hashed(Path::new("public/fonts/DejaVuSans.ttf.zlib"), out, "fonts")
        .map_err(io("font"))?;
    fs::copy(
        "public/fonts/DejaVuSans-LICENSE.txt",
        out.join("fonts/DejaVuSans-LICENSE.txt"),
    )
    .map_err(io("font licence"))?;
    let mut tools = BTreeMap::new();
    for tool in Tool::ALL {
        tools.insert(tool, tool_files(tool, &args.tools, out, &font)?);
    }
    let assets = Assets {
        css: copy_hashed(Path::new("style/main.css"), out, "").map_err(io("style/main.css"))?,
        print_css: copy_hashed(Path::new("style/print.css"), out, "")
            .map_err(io("style/print.css"))?,
        noscript_css: copy_hashed(Path::new("web/noscript.css"), out, "")
            .map_err(io("web/noscript.css"))?,
        site_js: copy_hashed(Path::new("web/site.js"), out, "").map_err(io("web/site.js"))?,
        favicon: copy_hashed(Path::new("public/favicon.svg"), out, "")
            .map_err(io("public/favicon.svg"))?,
        tools,
        result_css: {
            let css = scr_referral_guide::site::questionnaire::result_css(board.rule_set);
            let name = assets::hashed_name("criteria-result.css", css.as_bytes());
            write(&out.join(&name), css.as_bytes()).map_err(io("criteria-result.css"))?;
            format!("/{name}")
        },
    };

    let pages = render(&board, &assets);
    for page in &pages {
        write(&out.join(page.file()), page.html.as_bytes()).map_err(io("writing a page"))?;
    }

    // Everything a visitor may need offline: each page by its address, and
    // every other file except the font's licence.
    let mut offline: Vec<String> = pages.iter().map(|p| p.path.clone()).collect();
    let files = assets::list_files(out).map_err(io("listing files"))?;
    offline.extend(
        files
            .iter()
            .filter(|f| !f.ends_with(".html") && !f.ends_with(".txt"))
            .cloned(),
    );
    let mut everything = Vec::new();
    for f in &files {
        everything.extend(fs::read(out.join(f.trim_start_matches('/'))).map_err(io("reading"))?);
    }
    let version = assets::content_hash(&everything);
    let template = fs::read_to_string("web/sw.js").map_err(io("web/sw.js"))?;
    // The tools' pages keep their version until the person chooses (a form
    // in progress never changes under them); every other page is fetched
    // fresh when online (web/sw.js).
    let tool_pages: Vec<String> = Tool::ALL
        .into_iter()
        .flat_map(|t| scr_referral_guide::routes::pages(t, board.rule_set))
        .map(|p| p.path())
        .collect();
    let sw = assets::service_worker(&template, &version, &offline, &tool_pages)?;
    write(&out.join("sw.js"), sw.as_bytes()).map_err(io("sw.js"))?;

    assets::precompress(out).map_err(io("compressing"))?;

    if args.out.exists() {
        fs::remove_dir_all(&args.out).map_err(io("removing the old site"))?;
    }
    fs::rename(out, &args.out).map_err(io("moving the new site into place"))?;
    Ok(pages.len())
}

fn main() -> ExitCode {
    let result = args().and_then(|a| build(&a).map(|n| (n, a)));
    match result {
        Ok((pages, args)) => {
            println!(
                "site: {pages} pages written to {} ({})",
                args.out.display(),
                match &args.board {
                    Some(p) => format!("Board profile {}", p.display()),
                    None => args.example.rules().example.kind.to_string(),
                }
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("site: {message}");
            eprintln!("Nothing was written. Fix the problem and run the command again.");
            ExitCode::FAILURE
        }
    }
}
