//! One module per page (or per family of pages).

pub mod criteria;
pub mod deadlines;
pub mod delete;
pub mod done;
pub mod guide;
pub mod home;
pub mod not_found;
pub mod profile_error;
pub mod referral;
