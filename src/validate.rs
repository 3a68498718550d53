//! Small checks shared by the Board profile and the referral form: the
//! characters no text may hold, and the site's one email rule.

/// Whether `value` is an email address the site accepts: the one rule for
/// the whole site, [`plain_address`] (the referral form's email fields and
/// the Board profile's mailboxes alike).
pub fn is_email(value: &str) -> bool {
    plain_address(value).is_ok()
}

/// A character that must never be in a profile's text: C0 and C1 control
/// characters, line and paragraph separators, and the invisible controls
/// that change the direction text is read in.
pub fn is_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A character that shows nothing: white space, and format characters
/// such as the zero-width space, joiners, the word joiner, the byte-order
/// mark, soft hyphen and variation selectors.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFF8}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// Whether `value` is a plain address (an addr-spec: local part `@`
/// domain, nothing else), saying what is wrong if not. Characters that
/// would change a `mailto:` link (`?`, `#`, `%`, `&`), spaces, quotes and
/// anything outside ASCII are refused.
pub fn plain_address(value: &str) -> Result<(), String> {
    if let Some(c) = value.chars().find(|c| {
        matches!(
            c,
            '?' | '#'
                | '%'
                | '&'
                | ','
                | ';'
                | ':'
                | '<'
                | '>'
                | '"'
                | '('
                | ')'
                | '['
                | ']'
                | '\\'
        ) || c.is_whitespace()
            || c.is_control()
    }) {
        return Err(match c {
            c if c.is_whitespace() => "it contains a space".to_string(),
            c if c.is_control() => format!("it contains a control character (U+{:04X})", c as u32),
            c => format!("it contains '{c}'"),
        });
    }
    if let Some(c) = value.chars().find(|c| !c.is_ascii()) {
        return Err(format!(
            "it contains '{c}', which is not a plain letter, digit or sign"
        ));
    }
    let Some((local, domain)) = value.split_once('@') else {
        return Err("it has no '@'".into());
    };
    if domain.contains('@') {
        return Err("it has more than one '@'".into());
    }
    const LOCAL: &str = "!$'*+-/=^_`{|}~.";
    if local.is_empty()
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
        || !local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || LOCAL.contains(c))
    {
        return Err(format!(
            "the part before '@' (\"{local}\") is not a plain mailbox name"
        ));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    if labels.len() < 2
        || !labels.iter().all(label_ok)
        || !labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()))
    {
        return Err(format!(
            "the part after '@' (\"{domain}\") is not a domain name like board.example.org"
        ));
    }
    if value.len() > 254 {
        return Err("it is longer than an email address can be".into());
    }
    Ok(())
}
