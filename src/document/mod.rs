//! The referral as an ordered document: section 1 (the referral: every
//! part of the form, every field with its label and the value exactly as
//! typed, dates in one format), then the Board's own page, labelled as the
//! procedure labels it (its reference; section 2, the review group's
//! recommendation; section 3, the Independent Chair's decision), left blank.
//! The check-your-answers page shows the parts; the renderers (plain text
//! here, PDF in `crate::pdf`, print in `ui::referral::print`) all start
//! from [`Document`], so they carry the same content. Also here: the PDF's
//! file name and the mail link, which carry nothing personal.

mod board_page;
mod parts;

pub use parts::{
    criteria_rows, date, date_or_text, part, parts, Group, Part, Row, Table, NOT_GIVEN,
};

use crate::board::BoardProfile;
use crate::criteria::RuleSetId;
use crate::referral::{Referral, Request};

/// The Board's own page: its reference, then sections 2 and 3 of the
/// form as the procedure numbers them (the review group's recommendation
/// and the Independent Chair's decision), left blank for the Board. The
/// PDF makes each field fillable; print and plain text leave space.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardPage {
    /// "For ASCB to complete".
    pub heading: String,
    /// Who fills it in, and that the referrer leaves it blank.
    pub intro: String,
    /// What sections 2 and 3 are for, as the procedure says.
    pub procedure: String,
    /// The reference block, then sections 2 and 3.
    pub sections: Vec<BoardSection>,
}

/// One block of the Board's page, with its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardSection {
    /// "Section 2: The SCR Sub Group's recommendation".
    pub heading: String,
    /// The fields the Board fills in, in order.
    pub fields: Vec<BoardField>,
}

/// A field on the Board's page: a line to write on, or a box when it is a
/// recommendation or decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardField {
    /// The PDF form field's name (letters and underscores; no full stops).
    pub id: &'static str,
    /// The label printed beside or above the field.
    pub label: String,
    /// A box for several lines (the recommendation, the decision).
    pub multiline: bool,
}

/// The whole referral, ready to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// "Referral for a Serious Case Review" or "… for a learning review".
    pub title: String,
    /// The Board's full name.
    pub board: String,
    /// The Board's short name, in each page's footer.
    pub board_short: String,
    /// What the Board calls its referral form.
    pub form_name: String,
    /// The protective marking at the top and bottom of every page.
    pub marking: String,
    /// The Board's secure mailbox.
    pub mailbox: String,
    /// The date of referral, in words.
    pub date: String,
    /// The heading over the referrer's parts (section 1 of the form).
    pub referral_heading: String,
    /// The label of the Board's or partnership's reference in every page's
    /// running header ("Board reference:").
    pub reference_label: String,
    /// That the rule set's rules were replaced, and what applies today
    /// (the Serious Case Review rules); printed under the title.
    pub notice: Option<String>,
    /// The referrer's parts, in form order.
    pub parts: Vec<Part>,
    /// The Board's own page, always last.
    pub board_page: BoardPage,
    /// What the rule set calls the body referred to ("Board",
    /// "partnership"), in the names of its fields.
    pub body: String,
    /// The service that made the document (the PDF's producer).
    pub producer: String,
}

/// The PDF form field name of the Board reference, which every page's
/// running header repeats (one field, so typing it once fills every page).
pub const REFERENCE_FIELD: &str = "board_reference";

/// A line to write on, where a renderer cannot offer a field to type into.
pub const BLANK: &str = "____________________";

/// Make the document of a referral for a Board or partnership (the rule
/// set is the referral's own: its criteria answers carry it).
pub fn document(r: &Referral, board: &BoardProfile) -> Document {
    let words = words(r.case.criteria.rule_set);
    let title = match r.case.request {
        Some(Request::OtherLearningReview) => "Referral for a learning review",
        _ => words.title,
    };
    Document {
        title: title.to_string(),
        board: board.name.clone(),
        board_short: board.short_name.clone(),
        form_name: board.referral_form_name.clone(),
        marking: board.protective_marking.clone(),
        mailbox: board.secure_mailbox.clone(),
        date: parts::date(&r.about_you.referral_date),
        referral_heading: "Section 1: The referral".to_string(),
        reference_label: words.reference_label.to_string(),
        notice: r
            .case
            .criteria
            .rule_set
            .rules()
            .superseded
            .as_ref()
            .map(|s| s.text.to_string()),
        parts: parts(r),
        board_page: board_page::board_page(r.case.criteria.rule_set, board),
        body: words.body.to_string(),
        producer: crate::content::service_name(r.case.criteria.rule_set),
    }
}

/// The start of a referral's file names under a rule set ("SCR-referral").
pub fn file_prefix(rule_set: RuleSetId) -> &'static str {
    words(rule_set).file_prefix
}

/// The document's words, as the rule set gives them.
fn words(rule_set: RuleSetId) -> &'static crate::criteria::about::DocumentWords {
    &rule_set.rules().document
}

/// A text in the document and the field it belongs to, e.g. ("The child:
/// Name", "Ann"). Renderers and checks name fields this way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text<'a> {
    /// The field, as a person reads it: "Family and household: Person 2: Name".
    pub field: String,
    /// The text.
    pub text: &'a str,
}

/// The name of a field in a part: "The child: Name", or with its group,
/// "Family and household: Person 2: Name".
pub fn field_name(part: &Part, group: Option<&str>, label: &str) -> String {
    match group {
        Some(g) => format!("{}: {g}: {label}", part.section.title()),
        None => format!("{}: {label}", part.section.title()),
    }
}

/// The name of a chronology cell: "Skeleton chronology: event 3: Agency".
pub fn cell_name(part: &Part, row: usize, header: &str) -> String {
    format!("{}: event {}: {header}", part.section.title(), row + 1)
}

impl Document {
    /// Heading lines at the top of every rendering.
    pub fn heading_lines(&self) -> Vec<String> {
        vec![
            format!("{} · {}", self.board, self.form_name),
            format!("Date of referral: {}", self.date),
            format!("Send to: {}", self.mailbox),
        ]
    }

    /// A part's heading, numbered within section 1: "1.3 The child".
    pub fn part_heading(&self, index: usize) -> String {
        format!("1.{} {}", index + 1, self.parts[index].section.title())
    }

    /// The running header's right-hand side: the referral's date (never
    /// anything about the child). Its left-hand side is
    /// [`REFERENCE_LABEL`] with space for the Board's reference.
    pub fn running_date(&self) -> String {
        format!("Date of referral: {}", self.date)
    }

    /// Every text the document prints, with its field, in reading order
    /// (the page furniture and the Board's page too).
    pub fn texts<'a>(&'a self) -> Vec<Text<'a>> {
        let mut out: Vec<Text<'a>> = vec![];
        let mut add = |field: String, text: &'a str| out.push(Text { field, text });
        add("Title".into(), &self.title);
        add(format!("The {}'s name", self.body), &self.board);
        add(format!("The {}'s short name", self.body), &self.board_short);
        add("The form's name".into(), &self.form_name);
        add("The protective marking".into(), &self.marking);
        if let Some(notice) = &self.notice {
            add("Notice".into(), notice);
        }
        add(format!("The {}'s mailbox", self.body), &self.mailbox);
        for part in &self.parts {
            if let Some(empty) = part.empty {
                add(part.section.title().to_string(), empty);
            }
            for group in &part.groups {
                let heading = group.heading.as_deref();
                for row in &group.rows {
                    add(field_name(part, heading, &row.label), &row.label);
                    add(field_name(part, heading, &row.label), &row.value);
                }
            }
            if let Some(table) = &part.table {
                for (n, cells) in table.rows.iter().enumerate() {
                    for (header, cell) in table.headers.iter().zip(cells) {
                        add(cell_name(part, n, header), cell);
                    }
                }
            }
        }
        let page = &self.board_page;
        for text in [&page.heading, &page.intro, &page.procedure] {
            add(page.heading.clone(), text);
        }
        for section in &page.sections {
            add(section.heading.clone(), &section.heading);
            for field in &section.fields {
                add(
                    format!("{}: {}", section.heading, field.label),
                    &field.label,
                );
            }
        }
        out
    }

    /// Plain text, for pasting into the body of a secure email. Every value
    /// appears exactly as typed, on its own line(s) after its label; the
    /// Board's page comes last, with lines to write on.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let rule = "=".repeat(60);
        let line = |out: &mut String, text: &str| {
            out.push_str(text);
            out.push('\n');
        };
        line(&mut out, &self.marking);
        line(&mut out, &format!("{} {BLANK}", self.reference_label));
        line(&mut out, "");
        line(&mut out, &self.title.to_ascii_uppercase());
        for h in self.heading_lines() {
            line(&mut out, &h);
        }
        if let Some(notice) = &self.notice {
            line(&mut out, "");
            line(&mut out, notice);
        }
        line(&mut out, "");
        line(&mut out, &rule);
        line(&mut out, &self.referral_heading.to_ascii_uppercase());
        line(&mut out, &rule);
        for (i, part) in self.parts.iter().enumerate() {
            line(&mut out, "");
            line(&mut out, &format!("-- {} --", self.part_heading(i)));
            if let Some(empty) = part.empty {
                line(&mut out, empty);
            }
            for group in &part.groups {
                if let Some(heading) = &group.heading {
                    line(&mut out, "");
                    line(&mut out, heading);
                }
                for r in &group.rows {
                    line(&mut out, &format!("{}:", r.label));
                    line(&mut out, &r.value);
                }
            }
            if let Some(table) = &part.table {
                for (n, cells) in table.rows.iter().enumerate() {
                    line(&mut out, "");
                    line(&mut out, &format!("Event {}", n + 1));
                    for (header, cell) in table.headers.iter().zip(cells) {
                        line(&mut out, &format!("{header}:"));
                        line(&mut out, cell);
                    }
                }
            }
        }
        let page = &self.board_page;
        line(&mut out, "");
        line(&mut out, &rule);
        line(&mut out, &page.heading.to_ascii_uppercase());
        line(&mut out, &rule);
        line(&mut out, &page.intro);
        line(&mut out, &page.procedure);
        for section in &page.sections {
            line(&mut out, "");
            line(&mut out, &format!("-- {} --", section.heading));
            for field in &section.fields {
                if field.multiline {
                    line(&mut out, &format!("{}:", field.label));
                    for _ in 0..4 {
                        line(&mut out, &BLANK.repeat(3));
                    }
                } else {
                    line(&mut out, &format!("{}: {BLANK}", field.label));
                }
            }
        }
        line(&mut out, "");
        line(&mut out, &self.marking);
        out
    }
}

/// The file name for the PDF: the kind of referral, the agency and the
/// date, nothing personal.
pub fn pdf_file_name(rule_set: RuleSetId, agency: &str, date: chrono::NaiveDate) -> String {
    let prefix = words(rule_set).file_prefix;
    let mut slug = String::new();
    for c in agency.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(40).collect();
    let slug = slug.trim_end_matches('-');
    let iso = crate::dates::iso_date(date);
    if slug.is_empty() {
        format!("{prefix}-{iso}.pdf")
    } else {
        format!("{prefix}-{slug}-{iso}.pdf")
    }
}

/// What the mail link's body says: the one rule about what goes in the
/// email, the same as the confirmation page's (`content/referral-form.toml`,
/// `text_hint` and `mail_note`).
pub const MAIL_BODY: &str = "Please find the referral attached (or pasted below).\n\n[Before you send this: attach the PDF of the referral, or, if you cannot attach files, paste the referral's plain text below this line. Send it only from a secure email account. Keep the child's details out of the subject line.]";

/// A `mailto:` link to the Board's secure mailbox. The subject names only
/// the agency and the date; the body says to attach the PDF (or paste the
/// plain text) before sending. The referral's contents are never put in the
/// link. Every part is percent-encoded, the address too (its local part and
/// domain; the `@` between them stays), so no value can add a header or
/// end the subject.
pub fn mail_link(
    rule_set: RuleSetId,
    mailbox: &str,
    agency: &str,
    date: chrono::NaiveDate,
) -> String {
    let subject = format!(
        "{} — {} — {}",
        words(rule_set).subject,
        agency.trim(),
        crate::dates::long_date(date)
    );
    let address = match mailbox.rsplit_once('@') {
        Some((local, domain)) => format!("{}@{}", percent_encode(local), percent_encode(domain)),
        None => percent_encode(mailbox),
    };
    format!(
        "mailto:{address}?subject={}&body={}",
        percent_encode(&subject),
        percent_encode(MAIL_BODY)
    )
}

/// Every byte except the unreserved ones (RFC 3986) as `%XX`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
