//! What the person does to the form: each action feeds the draft machine
//! its event and changes the signals the pages draw from.

use super::stored_form::read_kept;
use super::FormState;
use crate::draft::Draft;
use crate::draft_machine::{Event, Stored};
use crate::referral::{Referral, Section};
use crate::ui::browser::answers;
use crate::ui::browser::clock::today;
use crate::ui::browser::storage::Area;
use crate::ui::common::board;
use leptos::prelude::*;

impl FormState {
    /// A change made by the person (saved once typing pauses, and to the
    /// kept draft, if there is one).
    pub fn edit(self, change: impl FnOnce(&mut Referral)) {
        self.within_site.set_value(false);
        self.feed(Event::Changed { by_person: true });
        self.referral.update(change);
    }

    /// Draw the section page again (its inputs show the values they had
    /// when drawn).
    pub fn redraw(self) {
        self.generation.update(|g| *g += 1);
    }

    /// Replace the whole form (and draw it again).
    fn replace(self, referral: Referral) {
        self.feed(Event::Changed { by_person: true });
        self.referral.set(referral);
        self.redraw();
    }

    /// Turn "keep a draft on this device" on or off. Off deletes the kept draft.
    pub fn set_keep(self, on: bool) {
        let event = if on {
            // Start from whatever is stored now, so a draft from another
            // tab is noticed rather than overwritten.
            let kept = read_kept();
            let same_as_ours = match &kept {
                Stored::Draft(d) => self.referral.with_untracked(|r| *r == d.referral),
                _ => false,
            };
            Event::KeepOn { kept, same_as_ours }
        } else {
            Event::KeepOff
        };
        self.feed(event);
    }

    /// Resolve a conflict by taking the other tab's version.
    pub fn use_theirs(self, theirs: Draft) {
        answers::save(&theirs.referral.case.criteria);
        let referral = theirs.referral.clone();
        self.feed(Event::UseTheirs(Box::new(theirs)));
        self.referral.set(referral);
        self.redraw();
    }

    /// Resolve a conflict by saving this tab's version over the other.
    pub fn keep_ours(self, theirs: &Draft) {
        self.feed(Event::KeepOurs {
            their_revision: theirs.revision,
        });
    }

    /// Replace the form with one from a hand-over file.
    pub fn open(self, d: Draft) {
        answers::save(&d.referral.case.criteria);
        self.replace(d.referral);
    }

    /// Delete an unreadable stored draft (after the user has been offered it).
    pub fn discard_unreadable(self, area: Area) {
        self.feed(Event::DiscardUnreadable(area));
    }

    /// Delete everything this site has stored on the device, and start again.
    pub fn delete_everything(self) {
        self.feed(Event::DeleteEverything);
        self.referral.set(Referral::new(today(), board().rule_set));
        self.redraw();
    }

    /// Hide the notice.
    pub fn hide_notice(self) {
        self.feed(Event::HideNotice);
    }

    /// A hand-over file of the form as it is now was downloaded.
    pub fn downloaded(self) {
        self.feed(Event::Downloaded);
    }

    /// Hide the first save's choice.
    pub fn hide_choice(self) {
        self.feed(Event::HideChoice);
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
        self.feed(Event::SectionSaved);
    }
}
