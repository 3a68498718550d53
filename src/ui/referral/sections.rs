//! Each section's fields, in the order the form asks for them.

use super::fields::{
    checkboxes, date_field, radios, text_area, text_input, yes_no, Ctx, Input, Lens,
};
use crate::criteria::ParallelProcess;
use crate::document;
use crate::draft;
use crate::referral::*;
use crate::routes::Page;
use crate::ui::browser::dom::focus_by_id;
use leptos::prelude::*;

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

pub fn section_fields(cx: Ctx, section: Section) -> AnyView {
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
                        <p><a href=Page::CriteriaStart.path() class="button button-secondary" role="button" id="answer-criteria">"Answer the criteria questions"</a></p>
                    }.into_any()
                } else {
                    view! {
                        <p class="hint">"From your answers to the criteria questions."</p>
                        <dl class="summary-list" id="criteria-answers">
                            {document::criteria_rows(&answers).into_iter().map(|row| view! {
                                <div class="summary-row"><dt>{row.label}</dt><dd>{row.value}</dd></div>
                            }).collect_view()}
                        </dl>
                        <p><a href=Page::CriteriaCheck.path() id="change-criteria">"Change your answers to the criteria questions"</a></p>
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
