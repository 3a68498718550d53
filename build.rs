//! Content is written in TOML (content/*.toml) for people to edit, and
//! converted here to JSON, so the browser build carries no TOML parser (the
//! app already parses JSON for drafts). A malformed content file fails the
//! build with its name and the error.

use std::{env, fs, path::PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=content");
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    for entry in fs::read_dir("content").expect("content/ exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("readable content file");
        let value: toml::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("TOML values convert to JSON");
        let name = path
            .file_stem()
            .expect("file name")
            .to_string_lossy()
            .to_string();
        fs::write(out.join(format!("{name}.json")), json).expect("OUT_DIR is writable");
    }
}
