//! The one clock: every "now" and "today" the tools use comes from here,
//! read from the browser's own date and time zone.

/// Now, in milliseconds since 1970 (UTC).
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Today's date in the browser's time zone.
pub fn today() -> chrono::NaiveDate {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .expect("the browser's date is a real date")
}

/// A moment in the browser's time zone: "23 November 2026 at 10:48". An
/// instant the browser cannot show as a date gives "an unknown date".
pub fn local_date_time(ms: i64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let date =
        chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date());
    match date {
        Some(date) => format!(
            "{} at {:02}:{:02}",
            crate::dates::long_date(date),
            d.get_hours(),
            d.get_minutes()
        ),
        None => "an unknown date".to_string(),
    }
}
