//! Content is written in TOML (content/*.toml) for people to edit, and
//! converted here to JSON, so the browser build carries no TOML parser (the
//! app already parses JSON for drafts). A malformed content file fails the
//! build with its name and the error.

use std::{env, fs, path::PathBuf};

#[path = "build/rust_exprs.rs"]
mod rust_exprs;
use rust_exprs::{write_flat, write_refer_done, write_referral_text};

fn main() {
    println!("cargo:rerun-if-changed=content");
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let mut base = std::collections::BTreeMap::new();
    for path in toml_files("content") {
        let value = read_toml(&path);
        let name = stem(&path);
        if name == "sources" {
            write_short_names(&value, &out);
        }
        if name == "referral-form" {
            write_referral_text(&value, &out.join("referral_text.rs"));
        }
        if name == "site" {
            write_site(&value, "site", &out);
        }
        write_json(&value, &name, &out);
        base.insert(name, value);
    }
    // Each other rule set's content: a folder of content/ (its name is the
    // rule set's content folder, src/rule_set.rs), each file as
    // "<folder>.<name>.json". Its site.toml and referral-form.toml replace
    // only the values and tables they have: the rest is content/site.toml's
    // and content/referral-form.toml's.
    let mut folders = vec![(String::new(), toml_files("content"))];
    for dir in sub_folders("content") {
        println!("cargo:rerun-if-changed=content/{dir}");
        let files = toml_files(&format!("content/{dir}"));
        for path in &files {
            let mut value = read_toml(path);
            let file = stem(path);
            if let Some(toml::Value::Table(shared)) = base.get(&file) {
                let mut merged = shared.clone();
                if let toml::Value::Table(own) = &value {
                    for (key, item) in own {
                        merged.insert(key.clone(), item.clone());
                    }
                }
                value = toml::Value::Table(merged);
            }
            let name = format!("{dir}.{file}");
            match file.as_str() {
                "site" => write_site(&value, &name, &out),
                "referral-form" => {
                    write_referral_text(&value, &out.join(format!("{dir}.referral_text.rs")))
                }
                _ => {}
            }
            write_json(&value, &name, &out);
        }
        folders.push((dir, files));
    }
    write_dispatch(&folders, &out);
}

/// The files of content/ (and of each rule set's folder) that are not
/// guidance pages: the shell's words, the form's words, the sources, the
/// bank holidays, the accessibility statement (the same for all), and the
/// list of publishers' hosts that sources' addresses are checked against
/// (scripts/check-sources.py).
const NOT_PAGES: [&str; 6] = [
    "site",
    "referral-form",
    "sources",
    "source-hosts",
    "bank-holidays",
    "accessibility",
];

/// The folders in content/ (each a rule set's content), in name order.
fn sub_folders(dir: &str) -> Vec<String> {
    let mut dirs: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}/ is readable: {e}"))
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.is_dir())
        .map(|path| {
            path.file_name()
                .expect("a name")
                .to_string_lossy()
                .to_string()
        })
        .collect();
    dirs.sort();
    dirs
}

/// "rule_set_content.rs": for each rule set's content folder, its files,
/// so that `src/content/` asks by folder and names no rule set.
fn write_dispatch(folders: &[(String, Vec<PathBuf>)], out: &std::path::Path) {
    // A folder without its own site.toml or referral-form.toml uses the
    // shared one.
    let file = |folder: &str, name: &str| {
        let prefix = if folder.is_empty() {
            String::new()
        } else {
            format!("{folder}.")
        };
        let own = out.join(format!("{prefix}{name}"));
        let path = if own.exists() { own } else { out.join(name) };
        format!("{:?}", path.display().to_string())
    };
    let arms = |body: &dyn Fn(&str, &[PathBuf]) -> String| {
        let mut text = String::new();
        for (folder, files) in folders {
            text.push_str(&format!("        {folder:?} => {},\n", body(folder, files)));
        }
        text.push_str("        other => panic!(\"no content folder {other:?}\"),\n");
        text
    };
    let mut code = String::from(
        "// Made by build.rs from the folders of content/: each rule set's content.\n",
    );
    for (func, ty, name, json) in [
        ("site_json", "&'static str", "site.json", true),
        ("refer_done_of", "Vec<Section>", "refer.done.rs", false),
        (
            "criteria_start_of",
            "CriteriaStart",
            "site.criteria.rs",
            false,
        ),
        (
            "deadlines_page_of",
            "DeadlinesPage",
            "site.deadlines.rs",
            false,
        ),
        ("site_values_of", "SiteValues", "site._.rs", false),
        (
            "referral_text_of",
            "ReferralText",
            "referral_text.rs",
            false,
        ),
    ] {
        let include = if json { "include_str!" } else { "include!" };
        code.push_str(&format!(
            "fn {func}(folder: &str) -> {ty} {{\n    match folder {{\n{}    }}\n}}\n",
            arms(&|folder, _| format!("{include}({})", file(folder, name)))
        ));
    }
    code.push_str(&format!(
        "fn guide_pages_json(folder: &str) -> Vec<&'static str> {{\n    match folder {{\n{}    }}\n}}\n",
        arms(&|folder, files| {
            let pages: Vec<String> = files
                .iter()
                .map(|p| stem(p))
                .filter(|name| !NOT_PAGES.contains(&name.as_str()))
                .map(|name| format!("include_str!({})", file(folder, &format!("{name}.json"))))
                .collect();
            format!("vec![{}]", pages.join(", "))
        })
    ));
    fs::write(out.join("rule_set_content.rs"), code).expect("OUT_DIR is writable");
}

/// The `.toml` files in a folder, in name order.
fn toml_files(dir: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}/ is readable: {e}"))
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().and_then(|e| e.to_str()) == Some("toml"))
        .collect();
    paths.sort();
    paths
}

fn stem(path: &std::path::Path) -> String {
    path.file_stem()
        .expect("file name")
        .to_string_lossy()
        .to_string()
}

fn read_toml(path: &std::path::Path) -> toml::Value {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).expect("readable content file");
    toml::from_str(&text).unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()))
}

/// The file as "<name>.json", and its tables on their own.
fn write_json(value: &toml::Value, name: &str, out: &std::path::Path) {
    let json = serde_json::to_string(value).expect("TOML values convert to JSON");
    fs::write(out.join(format!("{name}.json")), json).expect("OUT_DIR is writable");
    write_tables(value, name, out);
    if name == "refer" || name.ends_with(".refer") {
        write_refer_done(value, name, out);
    }
}

/// The site tables the tools show, as Rust (see write_flat):
/// "<name>.criteria.rs", "<name>.urgent.rs", "<name>.deadlines.rs" and the
/// values "<name>._.rs". A table may have optional sub-tables, each with
/// its type: `[deadlines.cspr]` (the CSPR calculator's words) is only in
/// content/cspr/site.toml.
fn write_site(value: &toml::Value, name: &str, out: &std::path::Path) {
    const NONE: &[(&str, &str)] = &[];
    for (table, type_name, optional) in [
        ("criteria", "CriteriaStart", NONE),
        ("urgent", "Urgent", NONE),
        (
            "deadlines",
            "DeadlinesPage",
            &[("cspr", "CsprDeadlineWords")],
        ),
    ] {
        let item = value
            .get(table)
            .unwrap_or_else(|| panic!("{name} has no [{table}]"));
        write_flat(
            item,
            type_name,
            optional,
            &out.join(format!("{name}.{table}.rs")),
        );
    }
    let mut values = toml::map::Map::new();
    for key in ["service_name", "last_reviewed"] {
        values.insert(
            key.into(),
            value
                .get(key)
                .unwrap_or_else(|| panic!("{name} has no {key}"))
                .clone(),
        );
    }
    write_flat(
        &toml::Value::Table(values),
        "SiteValues",
        &[],
        &out.join(format!("{name}._.rs")),
    );
}

/// Each top-level table also on its own ("site.criteria.json"), and the
/// top-level values without the tables ("site._.json"), so a tool carries
/// only the words it shows.
fn write_tables(value: &toml::Value, name: &str, out: &std::path::Path) {
    if let toml::Value::Table(table) = value {
        let mut scalars = toml::map::Map::new();
        for (key, item) in table {
            if item.is_table() {
                let json = serde_json::to_string(item).expect("TOML values convert to JSON");
                fs::write(out.join(format!("{name}.{key}.json")), json)
                    .expect("OUT_DIR is writable");
            } else {
                scalars.insert(key.clone(), item.clone());
            }
        }
        let json = serde_json::to_string(&scalars).expect("TOML values convert to JSON");
        fs::write(out.join(format!("{name}._.json")), json).expect("OUT_DIR is writable");
    }
}

/// Each source's short name as a Rust `match` (`sources_short.rs`), so a
/// tool names its sources without carrying or parsing the sources file.
fn write_short_names(value: &toml::Value, out: &std::path::Path) {
    let mut arms = String::new();
    for source in value
        .get("source")
        .and_then(|s| s.as_array())
        .expect("content/sources.toml has [[source]] entries")
    {
        let field = |key: &str| {
            source
                .get(key)
                .and_then(|v| v.as_str())
                .unwrap_or_else(|| panic!("a source in content/sources.toml has no {key}"))
        };
        arms.push_str(&format!(
            "        {:?} => Some({:?}),\n",
            field("id"),
            field("short")
        ));
    }
    let code = format!(
        "/// The short name of the source with this id (from content/sources.toml).\n\
         pub fn short_name(id: &str) -> Option<&'static str> {{\n    match id {{\n{arms}        _ => None,\n    }}\n}}\n"
    );
    fs::write(out.join("sources_short.rs"), code).expect("OUT_DIR is writable");
}
