//! Entry point: only starts the browser app (see `ui::start`).

fn main() {
    #[cfg(feature = "csr")]
    scr_referral_guide::ui::start();
}
