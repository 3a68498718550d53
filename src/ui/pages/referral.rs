//! The referral form pages: the task list (with drafts and hand-over files),
//! one page per section, check your answers, and the finished step. The
//! model and its validation rules are in `crate::referral`; where the form
//! is kept is `crate::ui::form_state`.

use crate::content::referral_text;
use crate::criteria::ParallelProcess;
use crate::document::{self, Part};
use crate::draft::{self, Draft};
use crate::referral::*;
use crate::ui::components::fields::{
    checkboxes, date_field, radios, text_area, text_input, yes_no, Ctx, Input, Lens,
};
use crate::ui::components::files::{chosen_file, download};
use crate::ui::components::{
    board, focus_after_render, focus_by_id, focus_heading_after_navigation, local_date_time,
    set_title, text, title_with_errors, today, BackLink, CiteRefs, ErrorSummary,
};
use crate::ui::form_state::{form, now_ms, FormState, Notice, StorageState};
use crate::ui::pages::not_found::NotFoundPage;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

const TASK_LIST: &str = "/referral";
const CHECK: &str = "/referral/check";

fn section_url(s: Section) -> String {
    format!("/referral/{}", s.slug())
}

/// A getter and setter for a field of the referral.
macro_rules! lens {
    ($($path:ident).+) => {
        Lens::new(
            |r: &Referral| r.$($path).+.clone(),
            |r: &mut Referral, v| r.$($path).+ = v,
        )
    };
}

/// A getter and setter for a field of row `$i` of a repeatable part. Rows
/// are read with `get`, so a row removed meanwhile reads as empty.
macro_rules! row_lens {
    ($list:ident, $i:expr, $field:ident) => {
        Lens::new(
            move |r: &Referral| {
                r.$list
                    .get($i)
                    .map(|x| x.$field.clone())
                    .unwrap_or_default()
            },
            move |r: &mut Referral, v| {
                if let Some(x) = r.$list.get_mut($i) {
                    x.$field = v;
                }
            },
        )
    };
}

fn fill_dates(template: &str, saved_at_ms: i64) -> String {
    let retention = board().draft_retention_days;
    text(template)
        .replace("{saved}", &local_date_time(saved_at_ms))
        .replace(
            "{expires}",
            &local_date_time(draft::expires_at_ms(saved_at_ms, retention)),
        )
}

/// Messages about the draft: shown at the top of every form page.
#[component]
pub fn DraftNotices() -> impl IntoView {
    let f = form();
    let words = referral_text();
    move || {
        let notice = f.notice.get()?;
        let words = words.clone();
        Some(match notice {
            Notice::Resumed { saved_at_ms } => view! {
                <div class="notification" role="status" id="draft-notice">
                    <p>{fill_dates(&words.resumed, saved_at_ms)}</p>
                    <button type="button" class="link-button" on:click=move |_| f.notice.set(None)>"Hide this message"</button>
                </div>
            }.into_any(),
            Notice::Expired { saved_at_ms } => view! {
                <div class="notification" role="status" id="draft-notice">
                    <p>{fill_dates(&words.expired, saved_at_ms)}</p>
                    <button type="button" class="link-button" on:click=move |_| f.notice.set(None)>"Hide this message"</button>
                </div>
            }.into_any(),
            Notice::DeletedElsewhere => view! {
                <div class="notification notification-warning" role="alert" id="draft-notice">
                    <p>{words.deleted_elsewhere.clone()}</p>
                    <button type="button" class="link-button" on:click=move |_| f.notice.set(None)>"Hide this message"</button>
                </div>
            }.into_any(),
            Notice::Unreadable { area, raw, reason } => {
                let raw_bytes = raw.clone().into_bytes();
                view! {
                    <div class="notification notification-warning" role="alert" id="draft-notice">
                        <p>{words.unreadable.clone()}</p>
                        <p class="body-s">{reason}</p>
                        <div class="button-group">
                            <button type="button" class="button button-secondary" id="download-unreadable"
                                on:click=move |_| { download(&format!("unreadable-{}", draft::file_name(today())), "application/json", &raw_bytes); }>
                                "Download the saved form"
                            </button>
                            <button type="button" class="button button-warning" id="delete-unreadable"
                                on:click=move |_| f.discard_unreadable(area)>
                                "Delete it"
                            </button>
                        </div>
                    </div>
                }.into_any()
            }
            Notice::Conflict { theirs } => {
                let theirs = *theirs;
                let mine = theirs.clone();
                view! {
                    <div class="notification notification-warning" role="alert" id="draft-notice">
                        <p>{fill_dates(&words.conflict, theirs.saved_at_ms)}</p>
                        <div class="button-group">
                            <button type="button" class="button" id="use-theirs"
                                on:click=move |_| f.use_theirs(theirs.clone())>
                                "Use the other version"
                            </button>
                            <button type="button" class="button button-secondary" id="keep-ours"
                                on:click=move |_| f.keep_ours(&mine)>
                                "Keep this version"
                            </button>
                        </div>
                    </div>
                }.into_any()
            }
        })
    }
}

/// Every section's status, in `Section::ALL` order (index by `section as usize`).
fn section_statuses(f: FormState) -> Memo<[SectionStatus; 8]> {
    Memo::new(move |_| {
        let today = today();
        f.referral
            .with(|r| Section::ALL.map(|s| r.status(s, today)))
    })
}

fn status_tag(status: SectionStatus) -> &'static str {
    match status {
        SectionStatus::NotStarted => "tag tag-grey",
        SectionStatus::InProgress => "tag tag-blue",
        SectionStatus::Completed => "tag tag-green",
        SectionStatus::HasErrors => "tag tag-red",
    }
}

/// The task list: every section and its status, drafts and hand-over files.
#[component]
pub fn ReferralTaskList() -> impl IntoView {
    let words = referral_text();
    let f = form();
    set_title(&words.title);
    focus_heading_after_navigation();
    let statuses = section_statuses(f);
    let completed = move || {
        statuses
            .get()
            .iter()
            .filter(|s| **s == SectionStatus::Completed)
            .count()
    };
    view! {
        <div class="two-thirds">
            <DraftNotices/>
            <span class="caption-l">{text(&words.caption)}</span>
            <h1 class="heading-xl" tabindex="-1">{words.title.clone()}</h1>
            <p class="lead">{text(&words.lead)}</p>
            {words.intro.iter().map(|p| view! { <p>{text(p)}</p> }).collect_view()}
            <CiteRefs refs=words.intro_sources.clone()/>
            <p><a href="/refer">{words.guidance_link.clone()}</a></p>

            <h2 class="heading-m" id="sections-heading">"Sections"</h2>
            <p id="progress">{move || format!("You have completed {} of {} sections.", completed(), Section::ALL.len())}</p>
            <ul class="task-list" aria-labelledby="sections-heading">
                {Section::ALL.into_iter().map(|s| {
                    let status = move || statuses.get()[s as usize];
                    let status_id = format!("status-{}", s.slug());
                    view! {
                        <li class="task-list-item">
                            <a class="task-list-link" href=section_url(s) aria-describedby=status_id.clone()>{s.title()}</a>
                            <strong class=move || status_tag(status()) id=status_id>{move || status().label()}</strong>
                        </li>
                    }
                }).collect_view()}
                <li class="task-list-item">
                    <a class="task-list-link" href=CHECK aria-describedby="status-check">"Check your answers and produce the referral"</a>
                    <strong class=move || if completed() == Section::ALL.len() { "tag tag-blue" } else { "tag tag-grey" } id="status-check">
                        {move || if completed() == Section::ALL.len() { "Ready" } else { "Complete every section first" }}
                    </strong>
                </li>
            </ul>

            <KeepDraft/>
            <HandOver/>
            <h2 class="heading-m">"Finished with the form?"</h2>
            <p>
                "When you have sent the referral, or if you no longer need it, "
                <a href="/delete">"delete everything on this device"</a>"."
            </p>
        </div>
    }
}

/// "Keep a draft on this device", with when it was saved and when it will
/// be deleted, or why drafts are off.
#[component]
fn KeepDraft() -> impl IntoView {
    let words = referral_text();
    let f = form();
    let retention = board().draft_retention_days;
    let status_words = words.clone();
    view! {
        <h2 class="heading-m" id="keep-heading">{words.keep_heading.clone()}</h2>
        {move || match f.storage.get() {
            StorageState::Unavailable => view! {
                <div class="warning-text" id="storage-off" role="alert">{status_words.storage_unavailable.clone()}</div>
            }.into_any(),
            state => view! {
                {(state == StorageState::Full).then(|| view! {
                    <div class="warning-text" id="storage-off" role="alert">{status_words.storage_full.clone()}</div>
                })}
                <div class="form-group">
                    <div class="checkboxes">
                        <div class="checkboxes-item">
                            <input class="checkboxes-input" type="checkbox" id="keep-draft" name="keep-draft"
                                aria-describedby="keep-draft-hint"
                                prop:checked=move || f.keep.get()
                                on:change=move |ev| f.set_keep(event_target_checked(&ev))/>
                            <label class="checkboxes-label" for="keep-draft">{status_words.keep_label.clone()}</label>
                            <div class="radios-hint" id="keep-draft-hint">{text(&status_words.keep_hint)}</div>
                        </div>
                    </div>
                </div>
            }.into_any(),
        }}
        <p id="draft-status" role="status">{move || {
            match (f.keep.get(), f.saved_at_ms.get()) {
                (true, Some(at)) => format!(
                    "Draft saved on this device on {}. It will be deleted on {} unless you change it.",
                    local_date_time(at),
                    local_date_time(draft::expires_at_ms(at, retention))
                ),
                (true, None) => "A draft will be saved on this device when you next change something.".to_string(),
                (false, _) => words.keep_off.clone(),
            }
        }}</p>
    }
}

/// Download and open hand-over files.
#[component]
fn HandOver() -> impl IntoView {
    let words = referral_text();
    let f = form();
    let error = RwSignal::new(None::<String>);
    let opened = RwSignal::new(None::<String>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let on_download = move |_| {
        let d = Draft::new(f.referral.get_untracked(), now_ms(), 0, "");
        download(
            &draft::file_name(today()),
            "application/json",
            d.to_json().as_bytes(),
        );
    };
    let on_open = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = input_ref.get_untracked() else {
            return;
        };
        // A new attempt: the last message goes, so the next one is heard.
        error.set(None);
        opened.set(None);
        leptos::task::spawn_local(async move {
            let result = match chosen_file(&input).await {
                None => Err("Choose a hand-over file to open".to_string()),
                Some(Err(message)) => Err(message),
                Some(Ok(bytes)) => draft::read(&bytes).map_err(|e| e.message()),
            };
            match result {
                Ok(d) => {
                    let saved = local_date_time(d.saved_at_ms);
                    f.open(d);
                    error.set(None);
                    opened.set(Some(format!(
                        "Opened the hand-over file saved on {saved}. Check each section before you produce the referral."
                    )));
                    input.set_value("");
                    focus_after_render("opened-notice");
                }
                Err(message) => {
                    opened.set(None);
                    error.set(Some(message));
                    focus_after_render("error-summary");
                }
            }
        });
    };
    view! {
        <h2 class="heading-m">{words.handover_heading.clone()}</h2>
        <p>{words.handover_text.clone()}</p>
        <button type="button" class="button button-secondary" id="download-handover" on:click=on_download>
            "Download a hand-over file"
        </button>
        {move || opened.get().map(|m| view! {
            <div class="notification notification-success" id="opened-notice" tabindex="-1" role="status"><p>{m}</p></div>
        })}
        <ErrorSummary errors=Signal::derive(move || {
            error.get().map(|m| vec![("handover-file".to_string(), m)]).unwrap_or_default()
        })/>
        <form novalidate on:submit=on_open>
            <div class="form-group" class:form-group-error=move || error.get().is_some()>
                <label class="label" for="handover-file">{words.open_label.clone()}</label>
                <div class="hint" id="handover-file-hint">{words.open_hint.clone()}</div>
                {move || error.get().map(|m| view! {
                    <p class="error-message" id="handover-file-error"><span class="visually-hidden">"Error: "</span>{m}</p>
                })}
                <input class="file-upload" type="file" id="handover-file" name="handover-file" accept=".json,application/json"
                    node_ref=input_ref
                    aria-describedby=move || if error.get().is_some() { "handover-file-hint handover-file-error" } else { "handover-file-hint" }/>
            </div>
            <button type="submit" class="button button-secondary" id="open-handover">"Open the file"</button>
        </form>
    }
}

/// One section of the form on one page.
#[component]
pub fn ReferralSectionPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("section").unwrap_or_default();
        match Section::from_slug(&slug) {
            None => view! { <NotFoundPage/> }.into_any(),
            Some(section) => view! { <SectionForm section/> }.into_any(),
        }
    }
}

#[component]
fn SectionForm(section: Section) -> impl IntoView {
    let f = form();
    let query = use_query_map();
    let returning = query.read_untracked().get("return").as_deref() == Some("check");
    let back = if returning { CHECK } else { TASK_LIST };
    // Coming back to a section saved with errors shows them at once.
    let initial = f.referral.with_untracked(|r| {
        if r.saved.contains(&section) {
            r.validate(section, today())
        } else {
            vec![]
        }
    });
    let errors = RwSignal::new(initial);
    let cx = Ctx { form: f, errors };
    title_with_errors(section.title().to_string(), move || {
        errors.with(|e| !e.is_empty())
    });
    focus_heading_after_navigation();
    prefill(f, section);
    let navigate = use_navigate();
    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let found = f.referral.with_untracked(|r| r.validate(section, today()));
        f.mark_saved(section);
        if found.is_empty() {
            errors.set(vec![]);
            navigate(back, Default::default());
        } else {
            errors.set(found);
            focus_after_render("error-summary");
        }
    };
    let summary = Signal::derive(move || {
        errors.with(|e| {
            e.iter()
                .map(|e| (e.field.clone(), e.message.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <BackLink href=back.to_string()/>
        <div class="two-thirds">
            <DraftNotices/>
            <ErrorSummary errors=summary/>
            <span class="caption-l">{text(&referral_text().caption)}</span>
            <h1 class="heading-l" tabindex="-1">{section.title()}</h1>
            {referral_text().section_intro.get(section.slug()).cloned().map(|note| view! {
                <p>{text(&note.text)}</p>
                {(!note.sources.is_empty()).then(|| view! { <CiteRefs refs=note.sources/> })}
            })}
            <form novalidate on:submit=on_submit>
                {section_fields(cx, section)}
                <button type="submit" class="button" id="save-section">"Save and continue"</button>
            </form>
            <p><a href=TASK_LIST>"Return to the task list"</a>" (everything you have typed is kept)"</p>
        </div>
    }
}

/// Fill in what the form already knows when a section is first opened.
fn prefill(f: FormState, section: Section) {
    let r = f.referral.get_untracked();
    if r.saved.contains(&section) {
        return;
    }
    match section {
        // The questionnaire's answer about other processes.
        Section::Parallel if r.parallel.is_empty() => {
            if let Some(list) = &r.case.criteria.parallel {
                let entries: Vec<ParallelEntry> = list
                    .iter()
                    .map(|p| ParallelEntry {
                        process: *p,
                        reference: String::new(),
                    })
                    .collect();
                if !entries.is_empty() {
                    f.referral.update(|r| r.parallel = entries);
                }
            }
        }
        // The referrer's own agency is the first agency involved.
        Section::Agencies if r.agencies.is_empty() => f.referral.update(|r| {
            r.agencies.push(AgencyInvolvement {
                agency: r.about_you.agency.clone(),
                ..Default::default()
            })
        }),
        _ => {}
    }
}

fn section_fields(cx: Ctx, section: Section) -> AnyView {
    match section {
        Section::AboutYou => about_you(cx).into_any(),
        Section::Dsl => dsl(cx).into_any(),
        Section::Child => child(cx).into_any(),
        Section::Household => household(cx).into_any(),
        Section::Case => case(cx).into_any(),
        Section::Agencies => agencies(cx).into_any(),
        Section::Parallel => parallel(cx).into_any(),
        Section::Chronology => chronology(cx).into_any(),
    }
}

fn short(hint: &'static str, width: &'static str) -> Input {
    Input {
        hint: (!hint.is_empty()).then_some(hint),
        width,
        ..Default::default()
    }
}

fn about_you(cx: Ctx) -> impl IntoView {
    view! {
        {text_input(cx, "name".into(), "Your full name".into(), Input { autocomplete: Some("name"), width: "input-width-20", ..Default::default() }, lens!(about_you.name))}
        {text_input(cx, "job-title".into(), "Job title".into(), Input { autocomplete: Some("organization-title"), width: "input-width-20", ..Default::default() }, lens!(about_you.job_title))}
        {text_input(cx, "agency".into(), "Agency".into(), Input { hint: Some("The organisation you work for, for example Anytown NHS Trust"), autocomplete: Some("organization"), ..Default::default() }, lens!(about_you.agency))}
        {text_input(cx, "phone".into(), "Phone number".into(), Input { hint: Some("A UK number, for example 01632 960 001 or +44 7700 900 982"), autocomplete: Some("tel"), kind: Some("tel"), width: "input-width-20" }, lens!(about_you.phone))}
        {text_input(cx, "email".into(), "Secure email address".into(), Input { hint: Some("The Board will reply to this address, so use your agency's secure email"), autocomplete: Some("email"), kind: Some("email"), ..Default::default() }, lens!(about_you.email))}
        {date_field(cx, "referral-date".into(), "Date of referral".into(), "Today's date is filled in. For example, 27 3 2026".into(), lens!(about_you.referral_date))}
    }
}

fn dsl(cx: Ctx) -> impl IntoView {
    let consulted = Memo::new(move |_| cx.form.referral.with(|r| r.dsl.consulted));
    view! {
        {yes_no(cx, "consulted".into(), "Have you discussed the case with your designated safeguarding lead?".into(), None, lens!(dsl.consulted))}
        {move || match consulted.get() {
            Some(true) => view! {
                {text_input(cx, "dsl-name".into(), "Their name".into(), short("", "input-width-20"), lens!(dsl.name))}
                {text_input(cx, "dsl-role".into(), "Their role".into(), short("For example, named nurse for safeguarding", "input-width-20"), lens!(dsl.role))}
                {date_field(cx, "dsl-date".into(), "When did you discuss it?".into(), "For example, 20 11 2026".into(), lens!(dsl.date_discussed))}
            }.into_any(),
            Some(false) => view! {
                {radios(cx, "why-not".into(), "Why not?".into(), None, false,
                    vec![("urgent", NotConsultedReason::Urgent.label(), NotConsultedReason::Urgent),
                         ("unavailable", NotConsultedReason::Unavailable.label(), NotConsultedReason::Unavailable)],
                    lens!(dsl.why_not))}
                {text_area(cx, "why-not-details".into(), "Details (optional)".into(), Some("For example, who you tried to contact and when"), LONG_TEXT_MAX, lens!(dsl.why_not_details))}
            }.into_any(),
            None => ().into_any(),
        }}
    }
}

fn child(cx: Ctx) -> impl IntoView {
    let dob_known = Memo::new(move |_| cx.form.referral.with(|r| r.child.dob_known));
    let plan = Memo::new(move |_| {
        cx.form
            .referral
            .with(|r| r.child.legal_status.iter().any(|l| l.is_plan()))
    });
    view! {
        {text_input(cx, "child-name".into(), "The child's full name".into(), short("", "input-width-20"), lens!(child.name))}
        {text_input(cx, "child-other-names".into(), "Other names or aliases (optional)".into(), short("", "input-width-20"), lens!(child.other_names))}
        {yes_no(cx, "dob-known".into(), "Do you know the child's date of birth?".into(), None, lens!(child.dob_known))}
        {move || match dob_known.get() {
            Some(true) => date_field(cx, "dob".into(), "Date of birth".into(), "For example, 1 6 2020".into(), lens!(child.dob)).into_any(),
            Some(false) => text_input(cx, "approximate-age".into(), "Approximate age".into(), short("For example, about 3 years, or 6 weeks", "input-width-10"), lens!(child.approximate_age)).into_any(),
            None => ().into_any(),
        }}
        {text_input(cx, "sex-gender".into(), "Sex or gender (optional)".into(), short("", "input-width-10"), lens!(child.sex_gender))}
        {text_input(cx, "ethnicity".into(), "Ethnicity (optional)".into(), short("", "input-width-20"), lens!(child.ethnicity))}
        {text_input(cx, "address".into(), "Address, or the area if the address is not known".into(), Input::default(), lens!(child.address_or_area))}
        {checkboxes(cx, "legal-status", "Legal status".into(), Some("Select all that apply"),
            LegalStatus::ALL.iter().map(|l| (l.slug(), l.label(), *l)).collect(), lens!(child.legal_status))}
        {move || plan.get().then(|| view! {
            <div class="inset">
                {text_input(cx, "cp-when".into(), "Child protection plan: when (optional)".into(), short("For example, March 2025 to now", "input-width-20"), lens!(child.cp_plan_when))}
                {text_input(cx, "cp-category".into(), "Category (optional)".into(), short("For example, neglect", "input-width-20"), lens!(child.cp_plan_category))}
                {text_input(cx, "cp-how-long".into(), "How long (optional)".into(), short("For example, 8 months", "input-width-10"), lens!(child.cp_plan_how_long))}
            </div>
        })}
        {radios(cx, "social-care".into(), "Is the child's case open to children's social care?".into(), None, true,
            vec![("yes", "Yes", YesNoNotKnown::Yes), ("no", "No", YesNoNotKnown::No), ("not-known", "Not known", YesNoNotKnown::NotKnown)],
            lens!(child.open_to_social_care))}
        {text_input(cx, "lead-worker".into(), "Lead worker in children's social care (optional)".into(), short("Their name and team, if the case is open", "input-width-20"), lens!(child.lead_worker))}
        {text_input(cx, "school".into(), "School or setting (optional)".into(), Input::default(), lens!(child.school_or_setting))}
        {date_field(cx, "incident-date".into(), "Date of the child's death, or of the incident that caused serious harm".into(), "For example, 1 11 2026".into(), lens!(child.incident_date))}
        {text_area(cx, "where-who".into(), "Where was the child, and who was caring for them, at the time?".into(), None, LONG_TEXT_MAX, lens!(child.where_and_who_caring))}
    }
}

/// Add / remove rows of a repeatable part without touching the others.
/// The rows re-render only when their number changes, never per keystroke.
fn repeatable(
    cx: Ctx,
    noun: &'static str,
    count: fn(&Referral) -> usize,
    add: fn(&mut Referral),
    remove: fn(&mut Referral, usize),
    first_field: fn(usize) -> String,
    row: fn(Ctx, usize) -> AnyView,
) -> impl IntoView {
    let rows = Memo::new(move |_| cx.form.referral.with(count));
    let focus_later = move |id: String| {
        request_animation_frame(move || {
            focus_by_id(&id);
        })
    };
    view! {
        {move || (0..rows.get()).map(|i| {
            let n = i + 1;
            view! {
                <fieldset class="fieldset repeat-row" id=format!("{noun}-{n}")>
                    <legend class="legend"><span class="heading-m">{format!("{} {n}", capitalise(noun))}</span></legend>
                    {row(cx, i)}
                    <button type="button" class="button button-secondary" id=format!("remove-{noun}-{n}")
                        on:click=move |_| {
                            cx.form.referral.update(|r| remove(r, i));
                            cx.errors.set(vec![]);
                            focus_later("add-row".to_string());
                        }>
                        {format!("Remove {noun} {n}")}
                    </button>
                </fieldset>
            }
        }).collect_view()}
        <button type="button" class="button button-secondary" id="add-row"
            prop:disabled=move || { rows.get() >= draft::MAX_ROWS }
            on:click=move |_| {
                cx.form.referral.update(add);
                let n = cx.form.referral.with_untracked(count);
                focus_later(first_field(n - 1));
            }>
            {move || if rows.get() > 0 {
                format!("Add another {noun}")
            } else if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
                format!("Add an {noun}")
            } else {
                format!("Add a {noun}")
            }}
        </button>
    }
}

fn household(cx: Ctx) -> impl IntoView {
    view! {
        {repeatable(cx, "person",
            |r| r.household.len(),
            |r| r.household.push(HouseholdMember::default()),
            |r, i| { if i < r.household.len() { r.household.remove(i); } },
            |i| format!("household-{}-name", i + 1),
            |cx, i| {
                let n = i + 1;
                view! {
                    {text_input(cx, format!("household-{n}-name"), "Name".into(), short("", "input-width-20"), row_lens!(household, i, name))}
                    {text_input(cx, format!("household-{n}-relationship"), "Relationship to the child".into(), short("For example, mother, stepfather, half-sister", "input-width-20"), row_lens!(household, i, relationship))}
                    {text_input(cx, format!("household-{n}-dob"), "Date of birth or age (optional)".into(), short("For example, 4 5 1990, or about 30", "input-width-20"), row_lens!(household, i, dob_or_age))}
                    {text_input(cx, format!("household-{n}-address"), "Address, if different from the child's (optional)".into(), Input::default(), row_lens!(household, i, address_if_different))}
                }.into_any()
            })}
    }
}

fn case(cx: Ctx) -> impl IntoView {
    let criteria = Memo::new(move |_| cx.form.referral.with(|r| r.case.criteria.clone()));
    view! {
        {radios(cx, "request".into(), "What are you asking the Board to consider?".into(),
            None, false,
            vec![("scr", Request::SeriousCaseReview.label(), Request::SeriousCaseReview),
                 ("other", Request::OtherLearningReview.label(), Request::OtherLearningReview)],
            lens!(case.request))}
        {text_area(cx, "what-happened".into(), "What happened?".into(), Some("A brief account: what happened to the child, when and where"), LONG_TEXT_MAX, lens!(case.what_happened))}
        <div class="form-group" class:form-group-error=move || cx.errors.with(|e| e.iter().any(|e| e.field == "criteria"))
            id="criteria" tabindex="-1">
            <h2 class="heading-s">"The criteria"</h2>
            {move || cx.errors.with(|e| e.iter().find(|e| e.field == "criteria").map(|e| e.message.clone())).map(|m| view! {
                <p class="error-message"><span class="visually-hidden">"Error: "</span>{m}</p>
            })}
            {move || {
                let answers = criteria.get();
                if answers.outcome().is_none() {
                    view! {
                        <p>"Answer the questions about the criteria for a Serious Case Review. It takes about two minutes, and your answers come back here."</p>
                        <p><a href="/criteria" class="button button-secondary" role="button" id="answer-criteria">"Answer the criteria questions"</a></p>
                    }.into_any()
                } else {
                    view! {
                        <p class="hint">"From your answers to the criteria questions."</p>
                        <dl class="summary-list" id="criteria-answers">
                            {document::criteria_rows(&answers).into_iter().map(|row| view! {
                                <div class="summary-row"><dt>{row.label}</dt><dd>{row.value}</dd></div>
                            }).collect_view()}
                        </dl>
                        <p><a href="/criteria/check" id="change-criteria">"Change your answers to the criteria questions"</a></p>
                    }.into_any()
                }
            }}
        </div>
        {text_area(cx, "why-referring".into(), "Why are you referring the case?".into(), Some("Which criteria you think are met, and why"), LONG_TEXT_MAX, lens!(case.why_referring))}
        {text_area(cx, "agency-concerns".into(), "Concerns about how agencies worked together (optional)".into(), Some("Any concern about how your agency, or others, worked together to safeguard the child"), LONG_TEXT_MAX, lens!(case.agency_concerns))}
        {text_area(cx, "good-practice".into(), "Good practice seen (optional)".into(), None, LONG_TEXT_MAX, lens!(case.good_practice))}
    }
}

fn agencies(cx: Ctx) -> impl IntoView {
    view! {
        {repeatable(cx, "agency",
            |r| r.agencies.len(),
            |r| r.agencies.push(AgencyInvolvement::default()),
            |r, i| { if i < r.agencies.len() { r.agencies.remove(i); } },
            |i| format!("agency-{}-agency", i + 1),
            |cx, i| {
                let n = i + 1;
                view! {
                    {text_input(cx, format!("agency-{n}-agency"), "Agency".into(), short("", "input-width-20"), row_lens!(agencies, i, agency))}
                    {text_area(cx, format!("agency-{n}-involvement"), "Nature and dates of involvement".into(), Some("For example, health visiting from June 2020 to now"), LONG_TEXT_MAX, row_lens!(agencies, i, involvement))}
                    {text_input(cx, format!("agency-{n}-contact"), "Contact (optional)".into(), short("A name and secure email or phone", "input-width-20"), row_lens!(agencies, i, contact))}
                    {yes_no(cx, format!("agency-{n}-still"), "Is the agency still involved?".into(), None,
                        Lens::new(move |r: &Referral| r.agencies.get(i).and_then(|a| a.still_involved),
                         move |r: &mut Referral, v: Option<bool>| { if let Some(a) = r.agencies.get_mut(i) { a.still_involved = v; } }))}
                }.into_any()
            })}
        {radios(cx, "records".into(), "Have the case records been secured?".into(), None, true,
            vec![("yes", "Yes", YesNoNotKnown::Yes), ("no", "No", YesNoNotKnown::No), ("not-known", "Not known", YesNoNotKnown::NotKnown)],
            lens!(records_secured))}
    }
}

fn parallel(cx: Ctx) -> impl IntoView {
    view! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby="parallel-hint">
                <legend class="legend"><span class="heading-s">"Which of these are under way or planned?"</span></legend>
                <div class="hint" id="parallel-hint">"Select all that apply, and give a reference or contact if you know one. If none, save the section as it is."</div>
                <div class="checkboxes">
                    {ParallelProcess::ALL.into_iter().map(|p| {
                        let id = format!("parallel-{}", p.slug());
                        let selected = Memo::new(move |_| cx.form.referral.with(|r| r.parallel.iter().any(|e| e.process == p)));
                        view! {
                            <div class="checkboxes-item">
                                <input class="checkboxes-input" type="checkbox" id=id.clone() name="parallel" value=p.slug()
                                    prop:checked=move || selected.get()
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        cx.form.referral.update(|r| {
                                            r.parallel.retain(|e| e.process != p);
                                            if on {
                                                r.parallel.push(ParallelEntry { process: p, reference: String::new() });
                                                r.parallel.sort_by_key(|e| e.process);
                                            }
                                        });
                                    }/>
                                <label class="checkboxes-label" for=id>{p.label()}</label>
                            </div>
                            {move || selected.get().then(|| view! {
                                <div class="conditional">
                                    {text_input(cx, format!("parallel-{}-reference", p.slug()), "Reference number or contact (optional)".into(), short("", "input-width-20"),
                                        Lens::new(move |r: &Referral| r.parallel.iter().find(|e| e.process == p).map(|e| e.reference.clone()).unwrap_or_default(),
                                         move |r: &mut Referral, v: String| { if let Some(e) = r.parallel.iter_mut().find(|e| e.process == p) { e.reference = v; } }))}
                                </div>
                            })}
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

fn chronology(cx: Ctx) -> impl IntoView {
    let rows = Memo::new(move |_| cx.form.referral.with(|r| r.chronology.len()));
    view! {
        {repeatable(cx, "event",
            |r| r.chronology.len(),
            |r| r.chronology.push(ChronologyRow::default()),
            |r, i| { if i < r.chronology.len() { r.chronology.remove(i); } },
            |i| format!("chronology-{}-date-day", i + 1),
            |cx, i| {
                let n = i + 1;
                view! {
                    {date_field(cx, format!("chronology-{n}-date"), "Date".into(), "For example, 14 2 2026".into(), row_lens!(chronology, i, date))}
                    {text_input(cx, format!("chronology-{n}-agency"), "Agency".into(), short("", "input-width-20"), row_lens!(chronology, i, agency))}
                    {text_area(cx, format!("chronology-{n}-event"), "What happened".into(), None, LONG_TEXT_MAX, row_lens!(chronology, i, event))}
                }.into_any()
            })}
        {move || (rows.get() > 1).then(|| view! {
            <button type="button" class="button button-secondary" id="sort-chronology"
                on:click=move |_| {
                    cx.form.referral.update(|r| r.chronology = r.chronology_by_date());
                    cx.errors.set(vec![]);
                }>"Sort by date"</button>
        })}
    }
}

/// Check your answers: every section as a summary card with a Change link
/// that returns here, then the finish step.
#[component]
pub fn ReferralCheckPage() -> impl IntoView {
    let words = referral_text();
    let f = form();
    let problems = RwSignal::new(Vec::<(String, String)>::new());
    title_with_errors(words.check_title.clone(), move || {
        problems.with(|p| !p.is_empty())
    });
    focus_heading_after_navigation();
    let navigate = use_navigate();
    let on_finish = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let found = f.referral.with_untracked(|r| r.validate_all(today()));
        if found.is_empty() {
            f.referral.update(|r| r.saved.extend(Section::ALL));
            problems.set(vec![]);
            navigate("/referral/done", Default::default());
        } else {
            f.referral
                .update(|r| r.saved.extend(found.iter().map(|(s, _)| *s)));
            problems.set(
                found
                    .into_iter()
                    .map(|(s, errors)| {
                        let count = errors.len();
                        (
                            format!("{}?return=check", section_url(s)),
                            format!(
                                "{}: {}{}",
                                s.title(),
                                errors[0].message,
                                if count > 1 {
                                    format!(" (and {} more)", count - 1)
                                } else {
                                    String::new()
                                }
                            ),
                        )
                    })
                    .collect(),
            );
            focus_after_render("error-summary");
        }
    };
    let parts = Memo::new(move |_| f.referral.with(document::parts));
    let statuses = section_statuses(f);
    view! {
        <BackLink href=TASK_LIST.to_string()/>
        <div class="two-thirds">
            <DraftNotices/>
            <ErrorSummary errors=problems/>
            <h1 class="heading-l" tabindex="-1">{words.check_title.clone()}</h1>
            <p class="lead">{words.check_lead.clone()}</p>
            {move || parts.get().into_iter().map(|part| {
                let status = statuses.get()[part.section as usize];
                summary_card(part, status)
            }).collect_view()}
            <h2 class="heading-m">"Produce the referral"</h2>
            <p>{words.finish_text.clone()}</p>
            <form novalidate on:submit=on_finish>
                <button type="submit" class="button" id="finish">"Finish and produce the referral"</button>
            </form>
        </div>
    }
}

fn summary_card(part: Part, status: SectionStatus) -> impl IntoView {
    let s = part.section;
    let change = format!("{}?return=check", section_url(s));
    let title_id = format!("card-{}", s.slug());
    let labelled_by = title_id.clone();
    view! {
        <section class="summary-card" aria-labelledby=labelled_by>
            <div class="summary-card-title-wrapper">
                <h2 class="summary-card-title" id=title_id>{s.title()}</h2>
                <a class="summary-card-action" href=change id=format!("change-{}", s.slug())>
                    "Change"<span class="visually-hidden">{format!(" {}", s.title().to_lowercase())}</span>
                </a>
            </div>
            <div class="summary-card-content">
                {(status != SectionStatus::Completed).then(|| view! {
                    <p class="summary-card-status"><strong class=status_tag(status)>{status.label()}</strong></p>
                })}
                {part.empty.map(|e| view! { <p>{e}</p> })}
                {part.groups.into_iter().map(|g| view! {
                    {g.heading.map(|h| view! { <h3 class="heading-s">{h}</h3> })}
                    <dl class="summary-list">
                        {g.rows.into_iter().map(|row| view! {
                            <div class="summary-row"><dt>{row.label}</dt><dd class="pre-wrap">{row.value}</dd></div>
                        }).collect_view()}
                    </dl>
                }).collect_view()}
                {part.table.map(|t| view! {
                    <table class="table">
                        <caption class="visually-hidden">"Skeleton chronology, in date order"</caption>
                        <thead><tr>{t.headers.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {t.rows.into_iter().map(|r| view! {
                                <tr>{r.into_iter().map(|c| view! { <td class="pre-wrap">{c}</td> }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                })}
            </div>
        </section>
    }
}
