//! The page loading: what this tab and the device hold, and which form
//! the tab starts with.

use super::{Decision, Machine, Notice, StorageState, Stored};
use crate::referral::Referral;
use crate::stored::Area;

/// This tab's form as session storage holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct TabForm {
    /// The form.
    pub referral: Referral,
    /// Whether this tab kept a draft on the device ("1" under `KEEP_KEY`).
    pub keep: bool,
    /// The kept draft's revision this tab last read or wrote, if recorded.
    pub revision: Option<u64>,
}

/// What the page found as it loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// Now, in milliseconds since 1970.
    pub now_ms: i64,
    /// The Board's limit: a kept draft is deleted this many days after
    /// its last save.
    pub retention_days: u32,
    /// What the browser accepts.
    pub storage: StorageState,
    /// This tab's form: none, readable, or unreadable (its text and why).
    pub tab: Option<Result<TabForm, (String, String)>>,
    /// The kept draft (local storage). Looked at only when
    /// [`Loaded::wants_kept`] says so; otherwise `Stored::Absent`.
    pub kept: Stored,
}

impl Loaded {
    /// Whether the kept draft matters (the tab has no form, or keeps one).
    pub fn wants_kept(tab: &Option<Result<TabForm, (String, String)>>) -> bool {
        match tab {
            None => true,
            Some(Ok(t)) => t.keep,
            Some(Err(_)) => false,
        }
    }
}

/// A started tab: the machine, the form to show (none: a new one), and
/// what to do now.
#[derive(Clone, Debug, PartialEq)]
pub struct Started {
    /// The machine, after the load.
    pub machine: Machine,
    /// The form the tab starts with; `None` for a new, empty form.
    pub referral: Option<Referral>,
    /// The form came from this tab's own storage (not a kept draft).
    pub from_this_tab: bool,
    /// What the page must do now.
    pub decisions: Vec<Decision>,
}

impl Machine {
    /// Load this tab's form (or the kept draft). An expired kept draft is
    /// deleted and the person told; a kept draft changed by another tab
    /// since this tab last saw it is a conflict, both versions kept until
    /// the person chooses.
    pub fn start(loaded: Loaded) -> Started {
        let mut m = Machine::new(loaded.storage);
        let mut decisions = Vec::new();
        let mut referral = None;
        let mut ours_since = None;
        let mut from_this_tab = false;
        let wants_kept = Loaded::wants_kept(&loaded.tab);
        match loaded.tab {
            Some(Ok(t)) => {
                from_this_tab = true;
                referral = Some(t.referral);
                ours_since = t.revision;
            }
            Some(Err((raw, reason))) => {
                m.notice = Some(Notice::Unreadable {
                    area: Area::Session,
                    raw,
                    reason,
                });
            }
            None => {}
        }
        if wants_kept {
            match loaded.kept {
                Stored::Draft(d) if d.is_expired(loaded.now_ms, loaded.retention_days) => {
                    decisions.push(Decision::RemoveDraft);
                    m.notice = Some(Notice::Expired {
                        saved_at_ms: d.saved_at_ms,
                    });
                }
                Stored::Draft(d) => {
                    m.keep = true;
                    m.saved_at_ms = Some(d.saved_at_ms);
                    match (&referral, ours_since) {
                        // This tab's version differs from a draft another
                        // tab saved since: keep both until the person chooses.
                        (Some(ours), Some(since)) if since != d.revision && *ours != d.referral => {
                            m.revision = since;
                            m.notice = Some(Notice::Conflict { theirs: d });
                        }
                        _ => {
                            if referral.is_none() {
                                m.notice = Some(Notice::Resumed {
                                    saved_at_ms: d.saved_at_ms,
                                });
                            }
                            m.revision = d.revision;
                            referral = Some(d.referral);
                        }
                    }
                }
                Stored::Unreadable { raw, reason } => {
                    m.notice = Some(Notice::Unreadable {
                        area: Area::Local,
                        raw,
                        reason,
                    });
                }
                Stored::Absent => {}
            }
        }
        Started {
            machine: m,
            referral,
            from_this_tab,
            decisions,
        }
    }
}
