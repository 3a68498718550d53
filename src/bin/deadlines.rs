//! The deadlines tool's WebAssembly build: started by `web/site.js` on the
//! tool's own pages (see `scr_referral_guide::ui::deadlines`).

#![warn(missing_docs)]

fn main() {
    scr_referral_guide::ui::deadlines::start();
}
