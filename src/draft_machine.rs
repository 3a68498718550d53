//! Keeping the referral form: every decision about saving this tab's form
//! and the kept draft, as a pure state machine. The page (`ui::referral::
//! state`) feeds it [`Event`]s (typing, the save timer, what a write did,
//! another tab's save or deletion, the person's choices, the page about to
//! close) and carries out the [`Decision`]s it returns (write, remove,
//! start the save timer, warn before leaving). Time comes in as a value,
//! so every transition is tested natively (`tests/draft_machine.rs`).
//!
//! Where the form is kept:
//! - always in this tab's session storage (a reload keeps it);
//! - only if the person chooses "keep a draft on this device", also as the
//!   kept draft in local storage, with a revision so that two tabs notice
//!   each other's changes instead of overwriting them, deleted
//!   `retention_days` after its last save;
//! - a hand-over file, when the person downloads one.

mod start;

use crate::draft::Draft;
use crate::stored::Area;
pub use start::{Loaded, Started, TabForm};

/// How long typing must pause before the form is saved to storage.
pub const SAVE_AFTER_MS: u64 = 300;

/// What the browser lets the form keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageState {
    /// This tab's form is kept, and a draft can be kept on the device.
    Working,
    /// This tab's form is kept (session storage), but no draft can be kept
    /// on the device (local storage is blocked or full).
    DraftsOff,
    /// Nothing typed can be kept, not even in this tab (session storage is
    /// blocked or full as the page loads).
    Unavailable,
    /// A save failed during the visit (storage full).
    Full,
}

impl StorageState {
    /// What the browser accepts, from whether each area takes a write.
    pub fn from_probe(session_writable: bool, local_writable: bool) -> Self {
        match (session_writable, local_writable) {
            (true, true) => StorageState::Working,
            (true, false) => StorageState::DraftsOff,
            (false, _) => StorageState::Unavailable,
        }
    }

    /// Whether what the person types may be lost when the page goes.
    pub fn loses_typing(self) -> bool {
        matches!(self, StorageState::Unavailable | StorageState::Full)
    }
}

/// What local storage held under the kept draft's key when the page looked.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// Nothing.
    Absent,
    /// A draft this site reads.
    Draft(Box<Draft>),
    /// Something it cannot read: the text, and why (for the person).
    Unreadable { raw: String, reason: String },
}

/// Something the person needs to know about their draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A kept draft was found and opened.
    Resumed { saved_at_ms: i64 },
    /// A kept draft was older than the Board's limit and has been deleted.
    Expired { saved_at_ms: i64 },
    /// A stored form could not be read; it is left where it is.
    Unreadable {
        area: Area,
        raw: String,
        reason: String,
    },
    /// Another tab saved the kept draft since this tab last did.
    Conflict { theirs: Box<Draft> },
    /// Another tab deleted everything on this device.
    DeletedElsewhere,
}

/// Something that happened, fed to [`Machine::handle`].
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// The form changed: by the person (typed, chose, opened a file), or by
    /// the page itself (the criteria answers brought in). Only the person's
    /// changes save a kept draft, so opening pages never puts off its
    /// deletion.
    Changed { by_person: bool },
    /// The save timer fired, or the page is being hidden with a save
    /// waiting. `kept` is what local storage holds now (looked at only when
    /// [`Machine::wants_kept`]; otherwise `Stored::Absent`).
    SaveDue {
        now_ms: i64,
        blank: bool,
        kept: Stored,
    },
    /// What the writes of the last save did.
    Written { tab_ok: bool, draft_ok: bool },
    /// What the browser accepts now (after [`Decision::ProbeStorage`]).
    Probed(StorageState),
    /// Another tab saved the kept draft.
    OtherTabSaved(Box<Draft>),
    /// Another tab deleted the kept draft (or everything).
    OtherTabDeleted,
    /// The person turned "keep a draft on this device" on: `kept` is what
    /// local storage holds; `same_as_ours` whether that draft's referral is
    /// this tab's.
    KeepOn { kept: Stored, same_as_ours: bool },
    /// The person turned it off.
    KeepOff,
    /// The person chose the other tab's version in a conflict.
    UseTheirs(Box<Draft>),
    /// The person chose this tab's version in a conflict.
    KeepOurs { their_revision: u64 },
    /// The person deleted an unreadable stored form.
    DiscardUnreadable(Area),
    /// The person deleted everything on this device.
    DeleteEverything,
    /// The person hid the notice.
    HideNotice,
    /// A hand-over file of the form as it is now was downloaded.
    Downloaded,
    /// The person saved a section ("Save and continue").
    SectionSaved,
    /// The person hid the choice of how to keep the form.
    HideChoice,
    /// The page is about to close or be replaced. `within_site`: the
    /// person followed a link to another page of this site in this tab.
    Leaving { within_site: bool, blank: bool },
}

/// What the page must do, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Feed [`Event::SaveDue`] after this long.
    StartSaveTimer { after_ms: u64 },
    /// Remove this tab's form (session storage): it is blank.
    ClearTab,
    /// Write this tab's form (session storage) with whether it keeps a
    /// draft and the kept draft's revision it last read or wrote.
    WriteTab { keep: bool, revision: u64 },
    /// Write the kept draft (local storage) with this revision and time.
    WriteDraft { revision: u64, saved_at_ms: i64 },
    /// Remove the kept draft (local storage).
    RemoveDraft,
    /// Remove this tab's unreadable form (session storage).
    RemoveTabForm,
    /// Empty both storage areas.
    ClearAll,
    /// Find out what the browser accepts now and feed [`Event::Probed`].
    ProbeStorage,
    /// Ask the person before the page goes.
    WarnBeforeLeaving,
}

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
                if !blank && !self.kept_beyond_tab() && !(within_site && tab_keeps) {
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
        let edited = std::mem::replace(&mut self.edited, false);
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
        if !(keep && edited) || !wanted_kept {
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
