//! Small checks shared by the Board profile and the referral form.

/// A pragmatic email check: one `@`, something before it, a dotted domain
/// after it, no spaces. (Exact RFC 5322 parsing would accept addresses no
/// secure mail system will deliver to.)
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !value.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty())
}
