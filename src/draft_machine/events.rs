//! What goes into the draft machine (events, and what storage held) and
//! what comes out (decisions, notices).

use crate::draft::Draft;
use crate::stored::Area;

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
    Unreadable {
        /// The text as stored.
        raw: String,
        /// Why it cannot be read.
        reason: String,
    },
}

/// Something the person needs to know about their draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A kept draft was found and opened.
    Resumed {
        /// When it was last saved.
        saved_at_ms: i64,
    },
    /// A kept draft was older than the Board's limit and has been deleted.
    Expired {
        /// When it was last saved.
        saved_at_ms: i64,
    },
    /// A stored form could not be read; it is left where it is.
    Unreadable {
        /// Where it is (this tab or the device).
        area: Area,
        /// The text as stored.
        raw: String,
        /// Why it cannot be read.
        reason: String,
    },
    /// Another tab saved the kept draft since this tab last did.
    Conflict {
        /// The other tab's version.
        theirs: Box<Draft>,
    },
    /// Another tab deleted everything on this device.
    DeletedElsewhere,
}

/// Something that happened, fed to [`Machine::handle`](super::Machine::handle).
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// The form changed: by the person (typed, chose, opened a file), or by
    /// the page itself (the criteria answers brought in). Only the person's
    /// changes save a kept draft, so opening pages never puts off its
    /// deletion.
    Changed {
        /// True for the person's own change.
        by_person: bool,
    },
    /// The save timer fired, or the page is being hidden with a save
    /// waiting. `kept` is what local storage holds now (looked at only when
    /// [`Machine::wants_kept`](super::Machine::wants_kept); otherwise `Stored::Absent`).
    SaveDue {
        /// The time now.
        now_ms: i64,
        /// True when nothing has been typed or chosen.
        blank: bool,
        /// What local storage holds now.
        kept: Stored,
    },
    /// What the writes of the last save did.
    Written {
        /// The tab's copy was written.
        tab_ok: bool,
        /// The kept draft was written (or none was wanted).
        draft_ok: bool,
    },
    /// What the browser accepts now (after [`Decision::ProbeStorage`]).
    Probed(StorageState),
    /// The time now, when the page is shown again: a kept draft past its
    /// deletion time (`retention_days` after its last save) is deleted.
    Clock {
        /// The time now.
        now_ms: i64,
        /// The profile's days a kept draft may be kept.
        retention_days: u32,
    },
    /// Another tab saved the kept draft.
    OtherTabSaved(Box<Draft>),
    /// Another tab deleted the kept draft (or everything).
    OtherTabDeleted,
    /// The person turned "keep a draft on this device" on: `kept` is what
    /// local storage holds; `same_as_ours` whether that draft's referral is
    /// this tab's.
    KeepOn {
        /// What local storage holds.
        kept: Stored,
        /// True when that draft's referral is this tab's.
        same_as_ours: bool,
    },
    /// The person turned it off.
    KeepOff,
    /// The person chose the other tab's version in a conflict.
    UseTheirs(Box<Draft>),
    /// The person chose this tab's version in a conflict.
    KeepOurs {
        /// The other tab's revision, to save over.
        their_revision: u64,
    },
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
    Leaving {
        /// A link to another page of this site, in this tab.
        within_site: bool,
        /// True when nothing has been typed or chosen.
        blank: bool,
    },
}

/// What the page must do, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Feed [`Event::SaveDue`] after this long.
    StartSaveTimer {
        /// How long to wait.
        after_ms: u64,
    },
    /// Remove this tab's form (session storage): it is blank.
    ClearTab,
    /// Write this tab's form (session storage) with whether it keeps a
    /// draft and the kept draft's revision it last read or wrote.
    WriteTab {
        /// Whether the tab keeps a draft on the device.
        keep: bool,
        /// The kept draft's revision it last read or wrote.
        revision: u64,
    },
    /// Write the kept draft (local storage) with this revision and time.
    WriteDraft {
        /// The draft's new revision.
        revision: u64,
        /// When it is saved.
        saved_at_ms: i64,
    },
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
