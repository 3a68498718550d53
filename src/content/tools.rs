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
    /// The form's start page heading and title.
    pub title: String,
    /// The caption above each section's heading (the Board's name for the form).
    pub caption: String,
    /// The opening paragraph on the start page.
    pub lead: String,
    /// The start page's other paragraphs.
    pub intro: Vec<String>,
    /// Where the intro's facts come from ("source-id:locator").
    pub intro_sources: Vec<String>,
    /// The link to the guidance on what the referral asks for.
    pub guidance_link: String,
    /// The heading over the keep-a-draft choice.
    pub keep_heading: String,
    /// The keep-a-draft checkbox's label.
    pub keep_label: String,
    /// What keeping a draft means, and when it is deleted.
    pub keep_hint: String,
    /// Shown when drafts are not kept: the answers live only in this tab.
    pub keep_off: String,
    /// Shown when the browser lets the site store nothing.
    pub storage_unavailable: String,
    /// Shown when the draft could not be saved (storage full).
    pub storage_full: String,
    /// Local storage is blocked or full: this tab keeps the form, but no
    /// draft can be kept on the device.
    pub drafts_off: String,
    /// The first save's question: keep a draft on this device, or a hand-over file.
    pub choice_heading: String,
    /// What happens to the answers now, before the person chooses.
    pub choice_text: String,
    /// The option to keep a draft on this device.
    pub choice_keep: String,
    /// What keeping a draft on this device means.
    pub choice_keep_hint: String,
    /// The option to download a hand-over file instead.
    pub choice_file: String,
    /// What the hand-over file is for.
    pub choice_file_hint: String,
    /// Putting the choice off.
    pub choice_later: String,
    /// The heading over downloading and opening hand-over files.
    pub handover_heading: String,
    /// What a hand-over file is for and how to send it.
    pub handover_text: String,
    /// The label of the control that opens a hand-over file.
    pub open_label: String,
    /// What opening a file does to the form there now.
    pub open_hint: String,
    /// Shown when a kept draft is opened (`{saved}`, `{expires}`).
    pub resumed: String,
    /// Shown when a kept draft was too old and was deleted.
    pub expired: String,
    /// Shown when a saved form cannot be read by this version.
    pub unreadable: String,
    /// Shown when another tab changed the draft since this one saved it.
    pub conflict: String,
    /// Shown when another tab deleted everything.
    pub deleted_elsewhere: String,
    /// The check-your-answers page's heading.
    pub check_title: String,
    /// The opening line of the check page.
    pub check_lead: String,
    /// What producing the referral does, above its button.
    pub finish_text: String,
    /// The confirmation page's heading.
    pub done_title: String,
    /// The steps left before the referral is sent, in order.
    pub done_steps: Vec<String>,
    /// The partnership requires the lead's agreement: said where the
    /// referrer answers that the lead has not agreed (`{board_short}`,
    /// `{office_phone}`).
    pub lead_required: String,
    /// The confirmation page's opening line.
    pub done_lead: String,
    /// The heading over downloading or printing the PDF.
    pub pdf_heading: String,
    /// How the PDF is made and sent.
    pub pdf_text: String,
    /// The heading over the plain-text copy.
    pub text_heading: String,
    /// When and how to use the plain text.
    pub text_hint: String,
    /// What the mail link opens, and what to attach.
    pub mail_note: String,
    /// After sending, when the rule set gives one: the day the decision is
    /// due (`{date}`).
    pub decision_due: String,
    /// Shown when the PDF could not be made.
    pub font_error: String,
    /// Shown when some characters are not in the PDF's font (`{fields}`).
    pub missing_chars: String,
    /// The heading over deleting the sent referral.
    pub delete_heading: String,
    /// Why to delete the referral from the device.
    pub delete_text: String,
    /// Shown once the referral has been deleted.
    pub delete_done: String,
    /// The "Delete everything" page's words.
    pub delete: DeleteText,
    /// Each section page's opening words, by section slug.
    pub section_intro: std::collections::BTreeMap<String, Note>,
}

/// The "Delete everything on this device" page's words.
#[derive(Clone, Debug, Deserialize)]
pub struct DeleteText {
    /// The page's heading and title.
    pub title: String,
    /// What deleting removes.
    pub lead: String,
    /// Shown when nothing is stored.
    pub nothing_stored: String,
    /// The warning that it cannot be undone.
    pub warning: String,
    /// The delete button's label.
    pub button: String,
    /// The heading shown once everything is deleted.
    pub done_heading: String,
    /// What to do after deleting.
    pub done_text: String,
}
