//! File handling for the generator: content-hashed names (so a file can be
//! cached for a year and a new version always has a new name), finding each
//! tool's Trunk output, and the service worker's list of files.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// A 64-bit FNV-1a hash of the bytes, as 16 hex digits: enough to give each
/// version of a file its own name (it is not a security measure).
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// "main.css" with these bytes → "main-<hash>.css" (the hash goes before the
/// first dot, so "x.ttf.zlib" → "x-<hash>.ttf.zlib").
pub fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let (stem, ext) = name.split_once('.').unwrap_or((name, ""));
    let hash = content_hash(bytes);
    if ext.is_empty() {
        format!("{stem}-{hash}")
    } else {
        format!("{stem}-{hash}.{ext}")
    }
}

/// These bytes gzip-compressed about as small as gzip allows (zopfli; more
/// than one pass saves under 0.2% here, at ten times the time).
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let options = zopfli::Options {
        iteration_count: std::num::NonZeroU64::MIN,
        ..Default::default()
    };
    zopfli::compress(options, zopfli::Format::Gzip, bytes, &mut out)
        .expect("compressing into memory cannot fail");
    out
}

/// Kinds of file worth compressing (the font is compressed already).
const COMPRESSIBLE: [&str; 6] = [".html", ".js", ".wasm", ".css", ".svg", ".txt"];

/// Write `<file>.gz` beside every compressible file under `dir`, for the web
/// server to send as it is (nginx `gzip_static`). Returns the compressed
/// size of each file by address.
pub fn precompress(dir: &Path) -> io::Result<std::collections::BTreeMap<String, u64>> {
    let mut sizes = std::collections::BTreeMap::new();
    for address in list_files(dir)? {
        if !COMPRESSIBLE.iter().any(|ext| address.ends_with(ext)) {
            continue;
        }
        let path = dir.join(address.trim_start_matches('/'));
        let bytes = fs::read(&path)?;
        let packed = gzip(&bytes);
        sizes.insert(address, packed.len() as u64);
        let mut name = path.into_os_string();
        name.push(".gz");
        fs::write(name, packed)?;
    }
    Ok(sizes)
}

/// Write a file, creating its folder.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(path, bytes)
}

/// Copy `source` into `out` under its hashed name (in `folder`, "" for the
/// root). Returns the file's address, e.g. "/main-0123456789abcdef.css".
pub fn copy_hashed(source: &Path, out: &Path, folder: &str) -> io::Result<String> {
    let name = source
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| io::Error::other(format!("{} has no file name", source.display())))?;
    let bytes = without_comments(name, fs::read(source)?);
    let relative = if folder.is_empty() {
        hashed_name(name, &bytes)
    } else {
        format!("{folder}/{}", hashed_name(name, &bytes))
    };
    write(&out.join(&relative), &bytes)?;
    Ok(format!("/{relative}"))
}

/// A style sheet or script without its comments, which are for whoever
/// maintains it, not for every reader's download (about a quarter of each
/// file's compressed size). Conservative: a style sheet's `/* … */`
/// comments; a script's whole-line `//` comments and blank lines (its
/// template strings are single-line, so no such line is inside one). Other
/// files are copied as they are.
pub fn without_comments(name: &str, bytes: Vec<u8>) -> Vec<u8> {
    let Ok(text) = String::from_utf8(bytes.clone()) else {
        return bytes;
    };
    if name.ends_with(".css") {
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(start) = rest.find("/*") {
            out.push_str(&rest[..start]);
            rest = match rest[start + 2..].find("*/") {
                Some(end) => &rest[start + 2 + end + 2..],
                None => "",
            };
        }
        out.push_str(rest);
        out.lines()
            .filter(|l| !l.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n")
            .into_bytes()
    } else if name.ends_with(".js") {
        text.lines()
            .filter(|l| {
                let t = l.trim_start();
                !t.is_empty() && !t.starts_with("//")
            })
            .collect::<Vec<_>>()
            .join("\n")
            .into_bytes()
    } else {
        bytes
    }
}

/// A tool's files as Trunk built them: `<bin>-<hash>.js` and
/// `<bin>-<hash>_bg.wasm` in its output folder.
pub fn trunk_output(dir: &Path, bin: &str) -> io::Result<(PathBuf, PathBuf)> {
    let mut js = None;
    let mut wasm = None;
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(rest) = name.strip_prefix(&format!("{bin}-")) else {
            continue;
        };
        if rest.ends_with("_bg.wasm") {
            wasm = Some(path.clone());
        } else if rest.ends_with(".js") && !rest.contains('_') {
            js = Some(path.clone());
        }
    }
    match (js, wasm) {
        (Some(js), Some(wasm)) => Ok((js, wasm)),
        _ => Err(io::Error::other(format!(
            "{} has no {bin}-<hash>.js and {bin}-<hash>_bg.wasm: build the tool with Trunk first (scripts/build.sh)",
            dir.display()
        ))),
    }
}

/// Every file under `dir`, as addresses ("/a/b.css"), sorted (without
/// the `.gz` copies).
pub fn list_files(dir: &Path) -> io::Result<Vec<String>> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if path.extension().is_some_and(|e| e == "gz") {
                continue;
            } else if let Ok(relative) = path.strip_prefix(root) {
                out.push(format!(
                    "/{}",
                    relative.to_string_lossy().replace('\\', "/")
                ));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

/// The service worker: `web/sw.js` with its version and the list of
/// addresses to keep offline put in place of its two placeholders.
pub fn service_worker(
    template: &str,
    version: &str,
    addresses: &[String],
    tool_pages: &[String],
) -> Result<String, String> {
    const VERSION: &str = "\"__VERSION__\"";
    const FILES: &str = "[/* __FILES__ */]";
    const TOOL_PAGES: &str = "[/* __TOOL_PAGES__ */]";
    if !template.contains(VERSION) || !template.contains(FILES) || !template.contains(TOOL_PAGES) {
        return Err(
            "web/sw.js must contain \"__VERSION__\", [/* __FILES__ */] and [/* __TOOL_PAGES__ */]"
                .into(),
        );
    }
    let list = serde_json::to_string(addresses).map_err(|e| e.to_string())?;
    let tools = serde_json::to_string(tool_pages).map_err(|e| e.to_string())?;
    Ok(template
        .replace(VERSION, &format!("\"{version}\""))
        .replace(FILES, &list)
        .replace(TOOL_PAGES, &tools))
}
