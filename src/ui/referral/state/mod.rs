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

use super::stored_form::{self, probe, read_kept, read_tab};
use crate::draft;
use crate::draft_machine::{Decision, Event, Loaded, Machine, Stored};
use crate::referral::Referral;
use crate::stored::{DRAFT_KEY, REFERRAL_KEY as SESSION_KEY};
use crate::ui::browser::answers;
use crate::ui::browser::clock::{now_ms, today};
use crate::ui::browser::storage::{self, Area};
use crate::ui::common::board;
use leptos::prelude::*;

pub use crate::draft_machine::{Notice, StorageState};

/// What the person does to the form (edit, open, keep, resolve, delete).
mod actions;

/// The referral form's state: signals the pages draw from, and the
/// machine (`crate::draft_machine`) that decides how it is kept.
#[derive(Clone, Copy)]
pub struct FormState {
    /// The form as it is now.
    pub referral: RwSignal<Referral>,
    /// The user has chosen to keep a draft on this device.
    pub keep: RwSignal<bool>,
    /// What the browser lets the form keep.
    pub storage: RwSignal<StorageState>,
    /// The notice about the draft shown at the top of every form page.
    pub notice: RwSignal<Option<Notice>>,
    /// When the kept draft was last saved.
    pub saved_at_ms: RwSignal<Option<i64>>,
    /// The first save's choice (keep on this device, or a hand-over file)
    /// is shown.
    pub offers_choice: RwSignal<bool>,
    /// Counts wholesale replacements of the referral (a file opened, the
    /// other tab's version taken): the section page is drawn again.
    pub generation: RwSignal<u32>,
    machine: StoredValue<Machine>,
    tab: StoredValue<String>,
    /// The person followed a link to another page of this site: the page
    /// goes, this tab (and its storage) stays.
    within_site: StoredValue<bool>,
}

/// The form's state (provided by [`FormState::provide`]).
pub fn form() -> FormState {
    expect_context::<FormState>()
}

impl FormState {
    /// Load this tab's referral (or the kept draft) and start saving it.
    /// Call once, when the form starts.
    pub fn provide() {
        let tab = read_tab();
        let kept = if Loaded::wants_kept(&tab) {
            read_kept()
        } else {
            Stored::Absent
        };
        let started = Machine::start(Loaded {
            now_ms: now_ms(),
            retention_days: board().draft_retention_days,
            storage: probe(),
            tab,
            kept,
        });
        let m = &started.machine;
        let state = FormState {
            referral: RwSignal::new(
                started
                    .referral
                    .unwrap_or_else(|| Referral::new(today(), board().rule_set)),
            ),
            keep: RwSignal::new(m.keep()),
            storage: RwSignal::new(m.storage()),
            notice: RwSignal::new(m.notice().cloned()),
            saved_at_ms: RwSignal::new(m.saved_at_ms()),
            offers_choice: RwSignal::new(false),
            generation: RwSignal::new(0),
            machine: StoredValue::new(started.machine),
            tab: StoredValue::new(format!("{:x}", (js_sys::Math::random() * 1e15) as u64)),
            within_site: StoredValue::new(false),
        };
        provide_context(state);
        for d in started.decisions {
            state.carry_out(d);
        }
        state.mirror();
        state.sync_criteria(started.from_this_tab);
        state.save_on_change();
        state.watch_other_tabs();
    }

    /// Feed the machine an event and carry out its decisions.
    fn feed(self, event: Event) -> Vec<Decision> {
        let decisions = self
            .machine
            .try_update_value(|m| m.handle(event))
            .unwrap_or_default();
        let mut left = Vec::new();
        for d in decisions {
            if !self.carry_out(d.clone()) {
                left.push(d);
            }
        }
        self.mirror();
        left
    }

    /// Do what the machine decided; false for a decision the caller
    /// carries out (a write whose result it reports, a warning).
    fn carry_out(self, decision: Decision) -> bool {
        match decision {
            Decision::StartSaveTimer { after_ms } => set_timeout(
                move || self.save_now(),
                std::time::Duration::from_millis(after_ms),
            ),
            Decision::RemoveDraft => storage::remove(Area::Local, DRAFT_KEY),
            Decision::RemoveTabForm => storage::remove(Area::Session, SESSION_KEY),
            Decision::ClearAll => storage::clear_all(),
            Decision::ProbeStorage => {
                self.feed(Event::Probed(probe()));
            }
            Decision::ClearTab
            | Decision::WriteTab { .. }
            | Decision::WriteDraft { .. }
            | Decision::WarnBeforeLeaving => return false,
        }
        true
    }

    /// The machine's state, shown: signals change only when it does, and
    /// the tool's element says whether a save is waiting
    /// (`data-draft="saving"` or `"idle"`), the kept draft's revision
    /// (`data-draft-revision`) and the saves done (`data-draft-saves`), for
    /// the browser tests to wait on.
    fn mirror(self) {
        let Some((notice, keep, storage, saved, choice, pending, revision, saves)) =
            self.machine.try_with_value(|m| {
                // Cloned only when it changed (a conflict holds a whole form).
                let notice = self
                    .notice
                    .with_untracked(|n| n.as_ref() != m.notice())
                    .then(|| m.notice().cloned());
                (
                    notice,
                    m.keep(),
                    m.storage(),
                    m.saved_at_ms(),
                    m.offers_choice(),
                    m.pending(),
                    m.revision(),
                    m.saves(),
                )
            })
        else {
            return;
        };
        fn set_if<T: PartialEq + Send + Sync + 'static>(s: RwSignal<T>, v: T) {
            if s.with_untracked(|old| *old != v) {
                s.set(v);
            }
        }
        if let Some(notice) = notice {
            self.notice.set(notice);
        }
        set_if(self.keep, keep);
        set_if(self.storage, storage);
        set_if(self.saved_at_ms, saved);
        set_if(self.offers_choice, choice);
        if let Some(tool) = document().get_element_by_id("tool") {
            let _ = tool.set_attribute("data-draft", if pending { "saving" } else { "idle" });
            let _ = tool.set_attribute("data-draft-revision", &revision.to_string());
            let _ = tool.set_attribute("data-draft-saves", &saves.to_string());
        }
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
            if started.is_some() {
                self.feed(Event::Changed { by_person: false });
            }
        });
        let hide = window_event_listener(leptos::ev::pagehide, move |_| self.save_now());
        // Hidden: save now. Shown again: a kept draft past its deletion
        // time (the tab was left open) is deleted, as on opening.
        let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
            self.save_now();
            if !document().hidden() {
                self.feed(Event::Clock {
                    now_ms: now_ms(),
                    retention_days: board().draft_retention_days,
                });
            }
        });
        // A link to another of the site's pages: the tab keeps the form.
        let links = window_event_listener(leptos::ev::click, move |ev| {
            if crate::ui::browser::nav::loads_site_page(&ev) {
                self.within_site.set_value(true);
            }
        });
        // Leaving a page whose typing is kept neither on this device nor
        // in a hand-over file: the browser asks the person first.
        let leaving = window_event_listener(leptos::ev::beforeunload, move |ev| {
            self.save_now();
            let event = Event::Leaving {
                within_site: self.within_site.get_value(),
                blank: self.referral.with_untracked(Referral::is_empty),
            };
            if self.feed(event).contains(&Decision::WarnBeforeLeaving) {
                ev.prevent_default();
            }
        });
        // The form lives as long as the page.
        std::mem::forget(hide);
        std::mem::forget(hidden);
        std::mem::forget(links);
        std::mem::forget(leaving);
    }

    /// Save now if a save is waiting: this tab's form, and the kept draft
    /// after a change by the person (unless another tab saved it since).
    pub fn save_now(self) {
        let Some((true, wants_kept)) = self
            .machine
            .try_with_value(|m| (m.pending(), m.wants_kept()))
        else {
            return;
        };
        let now = now_ms();
        let event = Event::SaveDue {
            now_ms: now,
            blank: self.referral.with_untracked(Referral::is_empty),
            kept: if wants_kept {
                read_kept()
            } else {
                Stored::Absent
            },
        };
        let (mut tab_ok, mut draft_ok) = (true, true);
        for d in self.feed(event) {
            match d {
                Decision::ClearTab => stored_form::clear_tab(),
                Decision::WriteTab { keep, revision } => {
                    tab_ok = self
                        .referral
                        .with_untracked(|r| stored_form::write_tab(r, now, keep, revision));
                }
                Decision::WriteDraft {
                    revision,
                    saved_at_ms,
                } => {
                    let tab = self.tab.get_value();
                    draft_ok = self.referral.with_untracked(|r| {
                        stored_form::write_draft(r, saved_at_ms, revision, &tab)
                    });
                }
                _ => {}
            }
        }
        self.feed(Event::Written { tab_ok, draft_ok });
    }

    /// Notice at once when another tab changes or deletes the kept draft.
    fn watch_other_tabs(self) {
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            match ev.key().as_deref() {
                // clear(): everything deleted in another tab.
                None => {
                    self.feed(Event::OtherTabDeleted);
                }
                Some(DRAFT_KEY) => match ev.new_value() {
                    None => {
                        self.feed(Event::OtherTabDeleted);
                    }
                    Some(text) => {
                        if let Ok(theirs) = draft::read_for(text.as_bytes(), board().rule_set) {
                            self.feed(Event::OtherTabSaved(Box::new(theirs)));
                        }
                    }
                },
                Some(_) => {}
            }
        });
        // The app lives as long as the page: keep listening.
        std::mem::forget(handle);
    }
}
