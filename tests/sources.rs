//! The sources a Board can check: every source has a publisher, the date
//! it was last read and either its address on the publisher's own host or
//! a sentence saying why it has none; no address is on a mirror, staging
//! copy or re-host. The check itself is `scripts/check-sources.py`, which a
//! Board can run on its own copy with nothing but Python; this test runs it
//! and adds what the script cannot know: the hosts found to be mirrors.

use std::process::Command;

/// Hosts found to be mirrors, staging copies or re-hosts of others'
/// documents (issue 18): none may be a publisher's host.
const NOT_PUBLISHERS: [&str; 8] = [
    "staging.ineqe.com",
    "docest.com",
    "docsbay.net",
    "emailway.com",
    "nrpfnetwork.org.uk",
    "limitlesscommunitycare.org",
    "parallelparliament.co.uk",
    "govwire.co.uk",
];

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_content_check_passes() {
    let out = Command::new("python3")
        .arg(root().join("scripts/check-sources.py"))
        .output()
        .expect("python3 runs scripts/check-sources.py");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "the content check found problems:\n{said}");
    assert!(said.contains("sources:"), "the check said what it checked: {said}");
}

#[test]
fn no_mirror_is_listed_as_a_publisher() {
    let hosts = std::fs::read_to_string(root().join("content/source-hosts.toml")).unwrap();
    let sources = std::fs::read_to_string(root().join("content/sources.toml")).unwrap();
    let values = |text: &str, key: &str| -> Vec<String> {
        text.lines()
            .filter_map(|l| l.trim().strip_prefix(key))
            .map(|v| v.trim().trim_matches('"').to_string())
            .collect()
    };
    let listed = values(&hosts, "host = ");
    let addresses = values(&sources, "url = ");
    assert!(listed.len() > 10 && addresses.len() > 10, "read the files");
    for mirror in NOT_PUBLISHERS {
        assert!(
            !listed.iter().any(|h| h == mirror || h.ends_with(&format!(".{mirror}"))),
            "{mirror} is a mirror, not a publisher's host"
        );
        assert!(
            !addresses.iter().any(|u| u.contains(&format!("//{mirror}/")) || u.contains(&format!(".{mirror}/"))),
            "a source's address is on {mirror}"
        );
    }
}

#[test]
fn the_check_finds_a_source_on_a_host_not_listed() {
    // The check must be able to fail: a copy of the content with one
    // address moved to a mirror.
    let dir = std::env::temp_dir().join(format!("sources-check-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("content")).unwrap();
    std::fs::create_dir_all(dir.join("scripts")).unwrap();
    let sources = std::fs::read_to_string(root().join("content/sources.toml")).unwrap();
    let first = sources.find("url = \"https://").expect("a source with an address");
    let end = first + sources[first..].find('\n').unwrap();
    let changed = format!(
        "{}url = \"https://docest.com/doc/1\"{}",
        &sources[..first],
        &sources[end..]
    );
    std::fs::write(dir.join("content/sources.toml"), changed).unwrap();
    std::fs::copy(root().join("content/source-hosts.toml"), dir.join("content/source-hosts.toml")).unwrap();
    std::fs::copy(root().join("scripts/check-sources.py"), dir.join("scripts/check-sources.py")).unwrap();
    let out = Command::new("python3")
        .arg(dir.join("scripts/check-sources.py"))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "the check passed a mirror: {said}");
    assert!(said.contains("docest.com is not on the list"), "{said}");
    std::fs::remove_dir_all(dir).ok();
}
