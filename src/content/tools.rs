//! The tools' words: the deadline calculator's page and the referral
//! form's.

use super::Note;
use serde::Deserialize;

/// The deadline calculator's words (`[deadlines]` in content/site.toml and
/// content/cspr/site.toml).
#[derive(Clone, Debug, Deserialize)]
pub struct DeadlinesPage {
    /// The page's heading and title.
    pub title: String,
    /// What the calculator does.
    pub lead: String,
    /// How the dates are worked out, one paragraph each.
    pub rules: Vec<String>,
    /// Where those rules come from ("source-id:locator").
    pub rules_sources: Vec<String>,
    /// "{date} is at the weekend."
    pub weekend: String,
    /// "{date} is a bank holiday in England and Wales."
    pub bank_holiday: String,
    /// The print button's label.
    pub print: String,
    /// The form's button.
    pub submit: String,
    /// The heading above the worked-out dates.
    pub results_heading: String,
    /// The warning when a count runs past the years whose bank holidays
    /// the site knows.
    pub beyond_holidays: String,
    /// Shown when the date entered is after the rule set's rules were
    /// replaced (the Serious Case Review rules only; empty for rules in
    /// force); `{date}` is the day they ended.
    pub replaced: String,
    /// The heading above `rules`.
    pub method_heading: String,
    /// The Child Safeguarding Practice Review calculator's form and results
    /// (`[deadlines.cspr]`, only in content/cspr/site.toml; the Serious Case
    /// Review calculator's labels are in its view).
    #[serde(default)]
    pub cspr: Option<CsprDeadlineWords>,
}

/// The Child Safeguarding Practice Review calculator's words. `{date}` is a
/// date in words with its day of the week; the profile's placeholders
/// (`{board}`, `{rapid_review_start}`) are filled as on every page.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CsprDeadlineWords {
    /// The question asking when the local authority became aware.
    pub aware_legend: String,
    /// Its hint (an example date).
    pub aware_hint: String,
    /// That date in error messages ("Enter the date …").
    pub aware_name: String,
    /// The question asking when the notification was sent (optional; only
    /// under the "notification" rule).
    pub sent_legend: String,
    /// Its hint.
    pub sent_hint: String,
    /// That date in error messages.
    pub sent_name: String,
    /// The results' label for the day of becoming aware.
    pub aware_row: String,
    /// The results' label for the day the notification was sent.
    pub sent_row: String,
    /// The results' label for the last day to notify the Panel.
    pub notify_row: String,
    /// The rapid review's last day, counted from becoming aware.
    pub rapid_review_aware_row: String,
    /// The rapid review's last day, counted from the notification sent.
    pub rapid_review_sent_row: String,
    /// The rapid review's last day, assuming the notification is sent on
    /// the last day to notify.
    pub rapid_review_assumed_row: String,
    /// Under the results: what the rapid review was counted from (the day
    /// of becoming aware, `{date}`).
    pub from_aware: String,
    /// Under the results: counted from the notification sent on `{date}`.
    pub from_sent: String,
    /// Under the results: the assumption made when the notification is not
    /// sent yet (`{date}` the last day to notify).
    pub assumed: String,
    /// A warning when the notification was sent after the last day to
    /// notify (`{date}`).
    pub sent_late: String,
}

/// The referral form's words (`content/referral-form.toml`).
#[derive(Clone, Debug, Deserialize)]
pub struct ReferralText {
    pub title: String,
    pub caption: String,
    pub lead: String,
    pub intro: Vec<String>,
    pub intro_sources: Vec<String>,
    pub guidance_link: String,
    pub keep_heading: String,
    pub keep_label: String,
    pub keep_hint: String,
    pub keep_off: String,
    pub storage_unavailable: String,
    pub storage_full: String,
    /// Local storage is blocked or full: this tab keeps the form, but no
    /// draft can be kept on the device.
    pub drafts_off: String,
    pub handover_heading: String,
    pub handover_text: String,
    pub open_label: String,
    pub open_hint: String,
    pub resumed: String,
    pub expired: String,
    pub unreadable: String,
    pub conflict: String,
    pub deleted_elsewhere: String,
    pub check_title: String,
    pub check_lead: String,
    pub finish_text: String,
    pub done_title: String,
    pub done_lead: String,
    pub pdf_heading: String,
    pub pdf_text: String,
    pub text_heading: String,
    pub text_hint: String,
    pub mail_note: String,
    /// After sending, when the rule set gives one: the day the decision is
    /// due (`{date}`).
    pub decision_due: String,
    pub font_error: String,
    pub missing_chars: String,
    pub delete_heading: String,
    pub delete_text: String,
    pub delete_done: String,
    pub delete: DeleteText,
    /// Each section page's opening words, by section slug.
    pub section_intro: std::collections::BTreeMap<String, Note>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct DeleteText {
    pub title: String,
    pub lead: String,
    pub nothing_stored: String,
    pub warning: String,
    pub button: String,
    pub done_heading: String,
    pub done_text: String,
}
