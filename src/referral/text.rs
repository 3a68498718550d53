//! Small text helpers for the form's messages and checks.

/// A count in the GOV.UK style: 10,000.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The text with its first letter in upper case (the site's own words,
/// which start with a plain letter: no Unicode case tables needed).
pub fn capitalise(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// A UK phone number: digits with optional spaces, brackets and hyphens;
/// 10 or 11 digits starting 0, or +44 followed by 9 or 10 digits; then,
/// optionally, an extension ("ext 4521", "ext. 4521", "extension 4521",
/// "x4521"; 1 to 6 digits), as hospital and council switchboards give them.
pub fn is_uk_phone(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let (number, extension) = split_extension(&lower);
    if let Some(ext) = extension {
        if ext.is_empty() || ext.len() > 6 || !ext.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    let compact: String = number
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')'))
        .collect();
    if let Some(rest) = compact.strip_prefix("+44") {
        let rest = rest.strip_prefix('0').unwrap_or(rest);
        (9..=10).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_digit())
    } else {
        compact.starts_with('0')
            && (10..=11).contains(&compact.len())
            && compact.bytes().all(|b| b.is_ascii_digit())
    }
}

/// The number and, if there is one, the extension's digits.
fn split_extension(value: &str) -> (&str, Option<String>) {
    for marker in ["extension", "ext.", "ext", "x"] {
        if let Some(at) = value.find(marker) {
            let digits: String = value[at + marker.len()..]
                .chars()
                .filter(|c| !matches!(c, ' ' | ':' | '.'))
                .collect();
            return (&value[..at], Some(digits));
        }
    }
    (value, None)
}
