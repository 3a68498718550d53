//! Keeping the referral form: every decision about saving this tab's form
//! and the kept draft, as a pure state machine. The page (`ui::referral::
//! state`) feeds it [`Event`]s (typing, the save timer, what a write did,
//! another tab's save or deletion, the person's choices, the page about to
//! close) and carries out the [`Decision`]s it returns (write, remove,
//! start the save timer, warn before leaving). Time comes in as a value,
//! so every transition is tested natively (`tests/draft_machine/`).
//!
//! Where the form is kept:
//! - always in this tab's session storage (a reload keeps it);
//! - only if the person chooses "keep a draft on this device", also as the
//!   kept draft in local storage, with a revision so that two tabs notice
//!   each other's changes instead of overwriting them, deleted
//!   `retention_days` after its last save;
//! - a hand-over file, when the person downloads one.

mod events;
mod start;

use crate::stored::Area;
pub use events::{Decision, Event, Notice, StorageState, Stored, SAVE_AFTER_MS};
pub use start::{Loaded, Started, TabForm};

/// Whether the choice of how to keep the form is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Choice {
    NotYet,
    Offered,
    Made,
}

/// The state of keeping one tab's form.
#[derive(Clone, Debug, PartialEq)]
pub struct Machine {
    keep: bool,
    storage: StorageState,
    notice: Option<Notice>,
    saved_at_ms: Option<i64>,
    /// The kept draft's revision this tab last read or wrote.
    revision: u64,
    /// The person changed something since the last save.
    edited: bool,
    /// A save is waiting for typing to pause.
    pending: bool,
    /// The kept draft write asked for and not yet reported.
    writing: Option<(u64, i64)>,
    /// A hand-over file holds the form as it is now.
    downloaded: bool,
    choice: Choice,
    /// Saves done since the page loaded.
    saves: u64,
}

impl Machine {
    /// A tab with nothing loaded (see [`Machine::start`] for a page load).
    pub fn new(storage: StorageState) -> Self {
        Machine {
            keep: false,
            storage,
            notice: None,
            saved_at_ms: None,
            revision: 0,
            edited: false,
            pending: false,
            writing: None,
            downloaded: false,
            choice: Choice::NotYet,
            saves: 0,
        }
    }

    /// Whether the person keeps a draft on this device.
    pub fn keep(&self) -> bool {
        self.keep
    }
    /// What the browser lets the form keep.
    pub fn storage(&self) -> StorageState {
        self.storage
    }
    /// The notice shown, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }
    /// When the kept draft was last saved (or opened), if it is kept.
    pub fn saved_at_ms(&self) -> Option<i64> {
        self.saved_at_ms
    }
    /// The kept draft's revision this tab last read or wrote.
    pub fn revision(&self) -> u64 {
        self.revision
    }
    /// Whether a save is waiting (false: idle, nothing more will be written
    /// until something happens).
    pub fn pending(&self) -> bool {
        self.pending
    }
    /// How many saves were done since the page loaded (each a write or a
    /// removal of this tab's form, and the kept draft if due), so a page
    /// can wait for the next one.
    pub fn saves(&self) -> u64 {
        self.saves
    }
    /// Whether the page must look at local storage before feeding
    /// [`Event::SaveDue`] (a save of the kept draft is due).
    pub fn wants_kept(&self) -> bool {
        self.pending && self.keeps_draft() && self.edited && !self.waiting_for_person()
    }
    /// Whether the first save's choice (keep on this device, or a
    /// hand-over file) is offered now.
    pub fn offers_choice(&self) -> bool {
        self.choice == Choice::Offered
            && !self.keep
            && !self.downloaded
            && self.storage == StorageState::Working
    }
    /// Whether this tab's form, as it is now, is kept on this device or in
    /// a hand-over file: closing the tab loses nothing.
    pub fn kept_beyond_tab(&self) -> bool {
        self.downloaded
            || (self.keep
                && self.storage == StorageState::Working
                && self.saved_at_ms.is_some()
                && !self.edited
                && !self.pending
                && !self.waiting_for_person())
    }

    fn keeps_draft(&self) -> bool {
        self.keep && self.storage != StorageState::DraftsOff
    }

    /// A conflict or an unreadable stored form: nothing is saved to the
    /// kept draft until the person chooses.
    fn waiting_for_person(&self) -> bool {
        matches!(
            self.notice,
            Some(Notice::Conflict { .. } | Notice::Unreadable { .. })
        )
    }

    fn session_unreadable(&self) -> bool {
        matches!(
            self.notice,
            Some(Notice::Unreadable {
                area: Area::Session,
                ..
            })
        )
    }

    /// A save after the next pause in typing (one timer at a time).
    fn save_soon(&mut self, out: &mut Vec<Decision>) {
        if !self.pending {
            self.pending = true;
            out.push(Decision::StartSaveTimer {
                after_ms: SAVE_AFTER_MS,
            });
        }
    }

    /// Take in one event; the decisions to carry out, in order.
    pub fn handle(&mut self, event: Event) -> Vec<Decision> {
        let mut out = Vec::new();
        match event {
            Event::Changed { by_person } => {
                if by_person {
                    self.edited = true;
                    self.downloaded = false;
                }
                self.save_soon(&mut out);
            }
            Event::SaveDue {
                now_ms,
                blank,
                kept,
            } => self.save(now_ms, blank, kept, &mut out),
            Event::Written { tab_ok, draft_ok } => {
                let writing = self.writing.take();
                if let (Some((revision, at)), true) = (writing, draft_ok) {
                    self.revision = revision;
                    self.saved_at_ms = Some(at);
                }
                if !(tab_ok && draft_ok) {
                    if self.storage != StorageState::Unavailable {
                        self.storage = StorageState::Full;
                    }
                } else if self.storage.loses_typing() {
                    out.push(Decision::ProbeStorage);
                }
            }
            Event::Probed(state) => self.storage = state,
            Event::Clock {
                now_ms,
                retention_days,
            } => {
                // A change waiting to be saved puts the deletion off.
                let due = self.saved_at_ms.filter(|&at| {
                    now_ms >= crate::draft::expires_at_ms(at, retention_days) && !self.pending
                });
                if let (true, Some(saved_at_ms)) = (self.keep, due) {
                    out.push(Decision::RemoveDraft);
                    self.keep = false;
                    self.saved_at_ms = None;
                    self.revision = 0;
                    self.notice = Some(Notice::Expired { saved_at_ms });
                }
            }
            Event::OtherTabSaved(theirs) => {
                if self.keep && theirs.revision != self.revision {
                    self.notice = Some(Notice::Conflict { theirs });
                }
            }
            Event::OtherTabDeleted => {
                if self.keep {
                    self.keep = false;
                    self.saved_at_ms = None;
                    self.revision = 0;
                    self.notice = Some(Notice::DeletedElsewhere);
                }
            }
            Event::KeepOn { kept, same_as_ours } => {
                match kept {
                    Stored::Draft(theirs) => {
                        self.revision = theirs.revision;
                        if !same_as_ours {
                            self.notice = Some(Notice::Conflict { theirs });
                        }
                    }
                    Stored::Unreadable { raw, reason } => {
                        self.notice = Some(Notice::Unreadable {
                            area: Area::Local,
                            raw,
                            reason,
                        });
                        return out;
                    }
                    Stored::Absent => self.revision = 0,
                }
                self.choice = Choice::Made;
                self.edited = true; // keeping starts with a save now
                self.keep = true;
                self.save_soon(&mut out);
            }
            Event::KeepOff => {
                out.push(Decision::RemoveDraft);
                self.saved_at_ms = None;
                self.edited = false;
                self.keep = false;
                self.save_soon(&mut out);
            }
            Event::UseTheirs(theirs) => {
                self.revision = theirs.revision;
                self.saved_at_ms = Some(theirs.saved_at_ms);
                self.notice = None;
                self.edited = true;
                self.save_soon(&mut out);
            }
            Event::KeepOurs { their_revision } => {
                self.revision = their_revision;
                self.notice = None;
                self.edited = true;
                self.save_soon(&mut out);
            }
            Event::DiscardUnreadable(area) => {
                out.push(match area {
                    Area::Local => Decision::RemoveDraft,
                    Area::Session => Decision::RemoveTabForm,
                });
                self.notice = None;
                self.save_soon(&mut out);
            }
            Event::DeleteEverything => {
                let (storage, saves) = (self.storage, self.saves);
                *self = Machine::new(storage);
                self.saves = saves;
                out.push(Decision::ClearAll);
                if storage.loses_typing() {
                    out.push(Decision::ProbeStorage);
                }
            }
            Event::HideNotice => self.notice = None,
            Event::Downloaded => {
                self.downloaded = true;
                self.choice = Choice::Made;
            }
            Event::SectionSaved => {
                if self.choice == Choice::NotYet && !self.keep && !self.downloaded {
                    self.choice = Choice::Offered;
                }
            }
            Event::HideChoice => self.choice = Choice::Made,
            Event::Leaving { within_site, blank } => {
                let tab_keeps = !self.storage.loses_typing() && !self.session_unreadable();
                let nothing_lost = blank || self.kept_beyond_tab() || (within_site && tab_keeps);
                if !nothing_lost {
                    out.push(Decision::WarnBeforeLeaving);
                }
            }
        }
        out
    }

    /// Save this tab's form, and the kept draft after a change by the
    /// person (unless another tab saved it since this tab last did).
    fn save(&mut self, now_ms: i64, blank: bool, kept: Stored, out: &mut Vec<Decision>) {
        if !self.pending {
            return;
        }
        let wanted_kept = self.wants_kept();
        self.pending = false;
        self.saves += 1;
        let keep = self.keeps_draft();
        self.edited = false;
        // Never over (or instead of) a saved form the person has not yet
        // chosen what to do with.
        if !self.session_unreadable() {
            if blank && !keep {
                out.push(Decision::ClearTab);
            } else {
                out.push(Decision::WriteTab {
                    keep,
                    revision: self.revision,
                });
            }
        }
        // The kept draft only after a change by the person, and not while
        // waiting for the person to choose.
        if !wanted_kept {
            return;
        }
        match kept {
            Stored::Draft(theirs) if theirs.revision != self.revision => {
                self.notice = Some(Notice::Conflict { theirs });
            }
            Stored::Unreadable { raw, reason } => {
                self.notice = Some(Notice::Unreadable {
                    area: Area::Local,
                    raw,
                    reason,
                });
            }
            _ => {
                let next = self.revision + 1;
                self.writing = Some((next, now_ms));
                out.push(Decision::WriteDraft {
                    revision: next,
                    saved_at_ms: now_ms,
                });
            }
        }
    }
}
