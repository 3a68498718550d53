//! The referral being filled in, and where it is kept.
//!
//! - Always: in memory and in this tab's session storage (survives a reload,
//!   gone when the tab closes).
//! - Only if the user chooses "keep a draft on this device": also in local
//!   storage, saved on every change with the time, and deleted after the
//!   Board's limit.
//!
//! Nothing is ever silently discarded: a draft that cannot be read is kept
//! and offered for download; a draft changed in another tab is never
//! overwritten without asking; when storage is blocked or full the form
//! keeps working and says drafts are off. The format is `crate::draft`;
//! the keys are listed in `crate::stored`.
//!
//! The criteria answers live in their one home (`ui::browser::answers`):
//! the form reads the route and answers from there when it starts, and
//! writes them there when it opens a draft or a hand-over file.

use crate::draft::{self, Draft, ReadError};
use crate::referral::{Referral, Section};
use crate::stored::{DRAFT_KEY, KEEP_KEY, REFERRAL_KEY as SESSION_KEY, REVISION_KEY};
use crate::ui::browser::answers;
use crate::ui::browser::clock::{now_ms, today};
use crate::ui::browser::storage::{self, Area};
use crate::ui::common::board;
use leptos::prelude::*;

/// Something the user needs to know about their draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A kept draft was found and opened.
    Resumed { saved_at_ms: i64 },
    /// A kept draft was older than the Board's limit and has been deleted.
    Expired { saved_at_ms: i64 },
    /// A stored draft could not be read; it is left where it is.
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

/// What the browser lets the form keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageState {
    /// This tab's form is kept, and a draft can be kept on the device.
    Working,
    /// This tab's form is kept (session storage), but no draft can be kept
    /// on the device (local storage is blocked or full).
    DraftsOff,
    /// Nothing typed can be kept, not even in this tab (session storage is
    /// blocked or full as the page loads): the person is told on every
    /// form page, and offered the hand-over file.
    Unavailable,
    /// A save failed during the visit (storage full): likewise.
    Full,
}

impl StorageState {
    /// What the browser accepts now: this tab's storage first (the form
    /// keeps what it can), then the device's.
    fn probe() -> Self {
        match (
            storage::writable(Area::Session),
            storage::writable(Area::Local),
        ) {
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

#[derive(Clone, Copy)]
pub struct FormState {
    pub referral: RwSignal<Referral>,
    /// The user has chosen to keep a draft on this device.
    pub keep: RwSignal<bool>,
    pub storage: RwSignal<StorageState>,
    pub notice: RwSignal<Option<Notice>>,
    /// When the kept draft was last saved.
    pub saved_at_ms: RwSignal<Option<i64>>,
    /// Counts wholesale replacements of the referral (a file opened, the
    /// other tab's version taken): the section page is drawn again.
    pub generation: RwSignal<u32>,
    /// The kept draft's revision this tab last read or wrote.
    revision: StoredValue<u64>,
    tab: StoredValue<String>,
    /// The person changed something since the last save (only their
    /// changes save a kept draft, so its deletion date is never put off by
    /// just opening a page).
    edited: StoredValue<bool>,
    /// A save is waiting for typing to pause.
    pending: StoredValue<bool>,
}

/// How long typing must pause before the form is saved to storage.
const SAVE_AFTER_MS: u64 = 300;

pub fn form() -> FormState {
    expect_context::<FormState>()
}

fn read_stored(area: Area, key: &str) -> Option<Result<Draft, (String, ReadError)>> {
    let raw = storage::get(area, key)?;
    Some(draft::read_for(raw.as_bytes(), board().rule_set).map_err(|e| (raw, e)))
}

fn unreadable(area: Area, raw: String, error: ReadError) -> Notice {
    Notice::Unreadable {
        area,
        raw,
        reason: error.message(draft::Origin::Stored),
    }
}

impl FormState {
    /// Load this tab's referral (or the kept draft) and start saving it.
    /// Call once, when the form starts.
    pub fn provide() {
        let retention = board().draft_retention_days;
        let storage_state = StorageState::probe();
        let mut referral = None;
        let mut keep = false;
        let mut notice = None;
        let mut revision = 0;
        let mut saved_at = None;

        let mut ours_since = None;
        let mut from_this_tab = false;
        match read_stored(Area::Session, SESSION_KEY) {
            Some(Ok(d)) => {
                from_this_tab = true;
                referral = Some(d.referral);
                keep = storage::get(Area::Session, KEEP_KEY).as_deref() == Some("1");
                ours_since = storage::get(Area::Session, REVISION_KEY).and_then(|r| r.parse().ok());
            }
            Some(Err((raw, e))) => notice = Some(unreadable(Area::Session, raw, e)),
            None => keep = true, // open a kept draft, if there is one
        }
        if keep {
            keep = false;
            match read_stored(Area::Local, DRAFT_KEY) {
                Some(Ok(d)) if d.is_expired(now_ms(), retention) => {
                    storage::remove(Area::Local, DRAFT_KEY);
                    notice = Some(Notice::Expired {
                        saved_at_ms: d.saved_at_ms,
                    });
                }
                Some(Ok(d)) => {
                    keep = true;
                    saved_at = Some(d.saved_at_ms);
                    match (&referral, ours_since) {
                        // This tab's version differs from a draft another tab
                        // saved since: keep both until the user chooses.
                        (Some(ours), Some(since)) if since != d.revision && *ours != d.referral => {
                            revision = since;
                            notice = Some(Notice::Conflict {
                                theirs: Box::new(d),
                            });
                        }
                        _ => {
                            if referral.is_none() {
                                notice = Some(Notice::Resumed {
                                    saved_at_ms: d.saved_at_ms,
                                });
                            }
                            revision = d.revision;
                            referral = Some(d.referral);
                        }
                    }
                }
                Some(Err((raw, e))) => notice = Some(unreadable(Area::Local, raw, e)),
                None => {}
            }
        }

        let state = FormState {
            referral: RwSignal::new(
                referral.unwrap_or_else(|| Referral::new(today(), board().rule_set)),
            ),
            keep: RwSignal::new(keep),
            storage: RwSignal::new(storage_state),
            notice: RwSignal::new(notice),
            saved_at_ms: RwSignal::new(saved_at),
            generation: RwSignal::new(0),
            revision: StoredValue::new(revision),
            tab: StoredValue::new(format!("{:x}", (js_sys::Math::random() * 1e15) as u64)),
            edited: StoredValue::new(false),
            pending: StoredValue::new(false),
        };
        provide_context(state);
        state.sync_criteria(from_this_tab);
        state.save_on_change();
        state.watch_other_tabs();
    }

    /// The case's criteria answers are the questionnaire's, from their one
    /// home. A kept draft opened in a new tab (which has no answers yet)
    /// brings its own answers there.
    fn sync_criteria(self, from_this_tab: bool) {
        let home = answers::load(board().rule_set);
        let from_draft = self.referral.with_untracked(|r| r.case.criteria.clone());
        if !from_this_tab && home.is_empty() {
            answers::save(&from_draft);
        } else if home != from_draft {
            self.referral.update(|r| r.case.criteria = home);
        }
    }

    /// Save a change once typing pauses (and before the page goes), never
    /// on opening: the first run of the effect only starts listening.
    fn save_on_change(self) {
        Effect::new(move |started: Option<()>| {
            self.referral.track();
            self.keep.track();
            if started.is_some() {
                self.save_soon();
            }
        });
        let flush = move || {
            if self.pending.get_value() {
                self.save_now();
            }
        };
        let hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| flush());
        // Leaving a page whose typing the browser is not keeping: the
        // browser asks the person first (nothing typed goes unwarned).
        let leaving = window_event_listener(leptos::ev::beforeunload, move |ev| {
            flush();
            if self.storage.get_untracked().loses_typing()
                && !self.referral.with_untracked(Referral::is_empty)
            {
                ev.prevent_default();
            }
        });
        // The form lives as long as the page.
        std::mem::forget(hide);
        std::mem::forget(hidden);
        std::mem::forget(leaving);
    }

    /// Save after the next pause in typing.
    fn save_soon(self) {
        if self.pending.get_value() {
            return;
        }
        self.pending.set_value(true);
        set_timeout(
            move || self.save_now(),
            std::time::Duration::from_millis(SAVE_AFTER_MS),
        );
    }

    /// Save this tab's form (and the kept draft, after a change by the
    /// person) now.
    pub fn save_now(self) {
        let Some(true) = self.pending.try_get_value() else {
            return;
        };
        self.pending.set_value(false);
        // Always try: storage that was blocked or full may take it now.
        let keep =
            self.keep.get_untracked() && self.storage.get_untracked() != StorageState::DraftsOff;
        let edited = self.edited.get_value();
        self.edited.set_value(false);
        let blank = self.referral.with_untracked(Referral::is_empty) && !keep;
        let session_unreadable = matches!(
            self.notice.get_untracked(),
            Some(Notice::Unreadable {
                area: Area::Session,
                ..
            })
        );
        // Never over (or instead of) a saved form the person has not yet
        // chosen what to do with.
        let tab_ok = if session_unreadable {
            true
        } else if blank {
            for key in [SESSION_KEY, KEEP_KEY, REVISION_KEY] {
                storage::remove(Area::Session, key);
            }
            true
        } else {
            let text = self
                .referral
                .with_untracked(|r| draft::to_stored(r, now_ms(), 0, ""));
            storage::set(Area::Session, SESSION_KEY, &text)
                && storage::set(Area::Session, KEEP_KEY, if keep { "1" } else { "0" })
                && storage::set(
                    Area::Session,
                    REVISION_KEY,
                    &self.revision.get_value().to_string(),
                )
        };
        let kept_ok = !(keep && edited) || self.save_kept_draft();
        if !(tab_ok && kept_ok) {
            if self.storage.get_untracked() != StorageState::Unavailable {
                self.storage.set(StorageState::Full);
            }
        } else if self.storage.get_untracked().loses_typing() {
            // Saved after all: say what is kept now.
            self.storage.set(StorageState::probe());
        }
    }

    /// Save the kept draft, unless another tab has saved it since this tab
    /// last did (then tell the user and save nothing). False if it failed.
    fn save_kept_draft(self) -> bool {
        if matches!(
            self.notice.get_untracked(),
            Some(Notice::Conflict { .. } | Notice::Unreadable { .. })
        ) {
            return true; // waiting for the user to choose
        }
        let ours = self.revision.get_value();
        match read_stored(Area::Local, DRAFT_KEY) {
            Some(Ok(theirs)) if theirs.revision != ours => {
                self.notice.set(Some(Notice::Conflict {
                    theirs: Box::new(theirs),
                }));
                return true;
            }
            Some(Err((raw, e))) => {
                self.notice.set(Some(unreadable(Area::Local, raw, e)));
                return true;
            }
            _ => {}
        }
        let at = now_ms();
        let next = ours + 1;
        let tab = self.tab.get_value();
        let text = self
            .referral
            .with_untracked(|r| draft::to_stored(r, at, next, &tab));
        if storage::set(Area::Local, DRAFT_KEY, &text) {
            self.revision.set_value(next);
            self.saved_at_ms.set(Some(at));
            true
        } else {
            false
        }
    }

    /// Notice at once when another tab changes or deletes the kept draft.
    fn watch_other_tabs(self) {
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            let key = ev.key();
            if !self.keep.get_untracked() {
                return;
            }
            match key.as_deref() {
                // clear(): everything deleted in another tab.
                None => self.deleted_elsewhere(),
                Some(DRAFT_KEY) => match ev.new_value() {
                    None => self.deleted_elsewhere(),
                    Some(text) => {
                        if let Ok(theirs) = draft::read_for(text.as_bytes(), board().rule_set) {
                            if theirs.revision != self.revision.get_value() {
                                self.notice.set(Some(Notice::Conflict {
                                    theirs: Box::new(theirs),
                                }));
                            }
                        }
                    }
                },
                Some(_) => {}
            }
        });
        // The app lives as long as the page: keep listening.
        std::mem::forget(handle);
    }

    fn deleted_elsewhere(self) {
        self.keep.set(false);
        self.saved_at_ms.set(None);
        self.revision.set_value(0);
        self.notice.set(Some(Notice::DeletedElsewhere));
    }

    /// A change made by the person (saved once typing pauses, and to the
    /// kept draft, if there is one).
    pub fn edit(self, change: impl FnOnce(&mut Referral)) {
        self.edited.set_value(true);
        self.referral.update(change);
    }

    /// Draw the section page again (its inputs show the values they had
    /// when drawn).
    pub fn redraw(self) {
        self.generation.update(|g| *g += 1);
    }

    /// Replace the whole form (and draw it again).
    fn replace(self, referral: Referral) {
        self.edited.set_value(true);
        self.referral.set(referral);
        self.redraw();
    }

    /// Turn "keep a draft on this device" on or off. Off deletes the kept draft.
    pub fn set_keep(self, on: bool) {
        if on {
            // Start from whatever is stored now, so a draft from another
            // tab is noticed rather than overwritten.
            match read_stored(Area::Local, DRAFT_KEY) {
                Some(Ok(theirs)) => {
                    self.revision.set_value(theirs.revision);
                    if theirs.referral != self.referral.get_untracked() {
                        self.notice.set(Some(Notice::Conflict {
                            theirs: Box::new(theirs),
                        }));
                    }
                }
                Some(Err((raw, e))) => {
                    self.notice.set(Some(unreadable(Area::Local, raw, e)));
                    return;
                }
                None => self.revision.set_value(0),
            }
        } else {
            storage::remove(Area::Local, DRAFT_KEY);
            self.saved_at_ms.set(None);
        }
        // The person's choice: keeping starts with a save now.
        self.edited.set_value(on);
        self.keep.set(on);
    }

    /// Resolve a conflict by taking the other tab's version.
    pub fn use_theirs(self, theirs: Draft) {
        self.revision.set_value(theirs.revision);
        self.saved_at_ms.set(Some(theirs.saved_at_ms));
        self.notice.set(None);
        answers::save(&theirs.referral.case.criteria);
        self.replace(theirs.referral);
    }

    /// Resolve a conflict by saving this tab's version over the other.
    pub fn keep_ours(self, theirs: &Draft) {
        self.revision.set_value(theirs.revision);
        self.notice.set(None);
        self.edited.set_value(true);
        self.referral.notify(); // save now
    }

    /// Replace the form with one from a hand-over file.
    pub fn open(self, d: Draft) {
        answers::save(&d.referral.case.criteria);
        self.replace(d.referral);
    }

    /// Delete an unreadable stored draft (after the user has been offered it).
    pub fn discard_unreadable(self, area: Area) {
        match area {
            Area::Local => storage::remove(Area::Local, DRAFT_KEY),
            Area::Session => storage::remove(Area::Session, SESSION_KEY),
        }
        self.notice.set(None);
        self.referral.notify(); // save the current form now
    }

    /// Delete everything this site has stored on the device, and start again.
    pub fn delete_everything(self) {
        self.keep.set(false);
        self.notice.set(None);
        self.saved_at_ms.set(None);
        self.revision.set_value(0);
        storage::clear_all();
        self.pending.set_value(false);
        self.referral.set(Referral::new(today(), board().rule_set));
        self.redraw();
        if self.storage.get_untracked().loses_typing() {
            self.storage.set(StorageState::probe());
        }
    }

    /// Mark a section as saved by the person.
    pub fn mark_saved(self, section: Section) {
        // Saving a section already saved, with nothing changed, is not a
        // change: it must not put off a kept draft's deletion.
        if !self.referral.with_untracked(|r| r.saved.contains(&section)) {
            self.edit(|r| {
                r.saved.insert(section);
            });
        }
    }
}
