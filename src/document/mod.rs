//! The referral as an ordered document: every section, every field with its
//! label and the value exactly as typed, then the Board's own sections left
//! blank. The check-your-answers page shows the parts; the renderers (plain
//! text here, PDF in `crate::pdf`, print in the browser) all start from
//! [`Document`], so they carry the same content.

mod parts;

pub use parts::{
    criteria_rows, date, date_or_text, part, parts, Group, Part, Row, Table, NOT_GIVEN,
};

use crate::board::BoardProfile;
use crate::referral::{Referral, Request};

/// One of the Board's own sections: headings and labels only, with space
/// for the Board to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardPart {
    pub title: String,
    /// Short fields, each with a line to write on.
    pub fields: Vec<&'static str>,
    /// Whether the part has a large box to write in.
    pub write_in: bool,
}

/// The whole referral, ready to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub title: String,
    pub board: String,
    pub board_short: String,
    pub form_name: String,
    pub marking: String,
    pub mailbox: String,
    /// The date of referral, in words.
    pub date: String,
    pub parts: Vec<Part>,
    pub board_parts: Vec<BoardPart>,
}

pub fn document(r: &Referral, board: &BoardProfile) -> Document {
    let title = match r.case.request {
        Some(Request::OtherLearningReview) => "Referral for a learning review",
        _ => "Referral for a Serious Case Review",
    };
    Document {
        title: title.to_string(),
        board: board.name.clone(),
        board_short: board.short_name.clone(),
        form_name: board.referral_form_name.clone(),
        marking: board.protective_marking.clone(),
        mailbox: board.secure_mailbox.clone(),
        date: parts::date(&r.about_you.referral_date),
        parts: parts(r),
        board_parts: vec![
            BoardPart {
                title: format!("For {} to complete", board.short_name),
                fields: vec!["Reference number", "Date received", "Received by"],
                write_in: false,
            },
            BoardPart {
                title: format!("The {}'s recommendation", board.review_group_name),
                fields: vec!["Date considered"],
                write_in: true,
            },
            BoardPart {
                title: "The Independent Chair's decision".to_string(),
                fields: vec!["Signed", "Date"],
                write_in: true,
            },
        ],
    }
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

    /// Plain text, for pasting into a secure email. Every value appears
    /// exactly as typed, on its own line(s) after its label.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let rule = "=".repeat(60);
        let line = |out: &mut String, text: &str| {
            out.push_str(text);
            out.push('\n');
        };
        line(&mut out, &self.marking);
        line(&mut out, "");
        line(&mut out, &self.title.to_ascii_uppercase());
        for h in self.heading_lines() {
            line(&mut out, &h);
        }
        for (i, part) in self.parts.iter().enumerate() {
            line(&mut out, "");
            line(&mut out, &rule);
            line(
                &mut out,
                &format!("{}. {}", i + 1, part.section.title().to_ascii_uppercase()),
            );
            line(&mut out, &rule);
            if let Some(empty) = part.empty {
                line(&mut out, empty);
            }
            for group in &part.groups {
                if let Some(heading) = &group.heading {
                    line(&mut out, "");
                    line(&mut out, &format!("-- {heading} --"));
                }
                for r in &group.rows {
                    line(&mut out, &format!("{}:", r.label));
                    line(&mut out, &r.value);
                }
            }
            if let Some(table) = &part.table {
                for (n, cells) in table.rows.iter().enumerate() {
                    line(&mut out, "");
                    line(&mut out, &format!("-- Event {} --", n + 1));
                    for (header, cell) in table.headers.iter().zip(cells) {
                        line(&mut out, &format!("{header}:"));
                        line(&mut out, cell);
                    }
                }
            }
        }
        line(&mut out, "");
        line(&mut out, &rule);
        line(&mut out, "FOR THE BOARD: LEAVE BLANK");
        line(&mut out, &rule);
        for part in &self.board_parts {
            line(&mut out, "");
            line(&mut out, &part.title);
            for field in &part.fields {
                line(&mut out, &format!("{field}:"));
            }
        }
        line(&mut out, "");
        line(&mut out, &self.marking);
        out
    }
}

/// The file name for the PDF: the agency and the date, nothing personal.
pub fn pdf_file_name(agency: &str, date: chrono::NaiveDate) -> String {
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
        format!("SCR-referral-{iso}.pdf")
    } else {
        format!("SCR-referral-{slug}-{iso}.pdf")
    }
}

/// A `mailto:` link to the Board's secure mailbox. The subject names only
/// the agency and the date; the body asks for the PDF to be attached. The
/// referral's contents are never put in the link.
pub fn mail_link(mailbox: &str, agency: &str, date: chrono::NaiveDate) -> String {
    let subject = format!(
        "SCR referral — {} — {}",
        agency.trim(),
        crate::dates::long_date(date)
    );
    let body = "Please find attached an SCR referral.\n\n[Attach the PDF of the referral before you send this email. Do not write the child's details here.]";
    format!(
        "mailto:{}?subject={}&body={}",
        mailbox,
        percent_encode(&subject),
        percent_encode(body)
    )
}

fn percent_encode(text: &str) -> String {
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
