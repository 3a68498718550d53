//! Drafts and hand-over files: the referral wrapped with a format name, a
//! schema version and the time it was saved. The same format is kept in the
//! browser's storage (a draft, compact) and downloaded as a file (a
//! hand-over file, indented so it can be read by eye).
//!
//! Reading is strict: anything that is not exactly a draft this site can
//! read is refused with a message saying what is wrong (and, for a changed
//! value, where), and never panics, so a damaged or tampered file cannot
//! break the form the user already has. **Whatever the reader accepts, the
//! writer writes and the reader reads again** (the limits here are the
//! form's own, see `tests/draft.rs`). Format version 1 (drafts and files
//! saved before version 2) is read and brought up to date.
//!
//! In four parts, each using only those before it: the format and the
//! draft type, written (`file`); why a file cannot be read, in words
//! (`error`); the form's own limits a draft must keep (`limits`); and
//! reading (`read`).

mod error;
mod file;
mod limits;
mod read;

pub use error::{Origin, ReadError};
pub use file::{expires_at_ms, file_name, to_file, to_stored, Draft, FORMAT, MAX_BYTES, VERSION};
pub use limits::DATE_PART_MAX;
pub use read::{read, read_for};
