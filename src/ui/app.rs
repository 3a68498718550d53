//! The router and the page shell (skip link, header, example-profile banner,
//! main landmark, footer with the privacy statement).

use crate::board::{BoardProfile, ProfileError};
use crate::content::site;
use crate::ui::components::text;
use crate::ui::pages::criteria::{CheckAnswersPage, CriteriaStartPage, OutcomePage, QuestionPage};
use crate::ui::pages::deadlines::DeadlinesPage;
use crate::ui::pages::delete::DeletePage;
use crate::ui::pages::done::ReferralDonePage;
use crate::ui::pages::guide::GuidePageView;
use crate::ui::pages::referral::{ReferralCheckPage, ReferralSectionPage, ReferralTaskList};
use crate::ui::pages::{home::HomePage, not_found::NotFoundPage, profile_error::ProfileErrorPage};
use crate::ui::state::CriteriaState;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App(profile: Result<BoardProfile, ProfileError>) -> impl IntoView {
    match profile {
        Err(error) => view! { <ProfileErrorPage error/> }.into_any(),
        Ok(board) => {
            provide_context(board);
            CriteriaState::provide();
            crate::ui::form_state::FormState::provide();
            view! {
                <Router>
                    <Shell/>
                </Router>
            }
            .into_any()
        }
    }
}

/// The skip link moves focus to `main` itself (the router would otherwise
/// treat the `#main-content` link as a navigation and leave focus behind).
fn skip_to_main(ev: web_sys::MouseEvent) {
    ev.prevent_default();
    crate::ui::components::focus_by_id("main-content");
}

#[component]
fn Shell() -> impl IntoView {
    let site = site();
    let board = crate::ui::components::board();
    view! {
        <a href="#main-content" class="skip-link" on:click=skip_to_main>"Skip to main content"</a>
        <header class="header">
            <div class="width-container header-inner">
                <a href="/" class="header-board">{board.name.clone()}</a>
                <span class="header-service">{site.service_name.clone()}</span>
                <a href="/delete" class="header-delete" id="header-delete">"Delete everything on this device"</a>
            </div>
        </header>
        {board.is_example.then(|| view! {
            <div class="example-banner" role="region" aria-label="Example profile warning">
                <div class="width-container">
                    <p><strong class="tag tag-red">"Example"</strong> " " {site.example_banner.clone()}</p>
                </div>
            </div>
        })}
        <p class="print-only print-header">
            {format!("{} · {}", site.service_name, board.name)}
            {board.is_example.then_some(" (an example Board profile: not a real Board)")}
        </p>
        <div class="width-container">
            <main class="main" id="main-content" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/criteria") view=CriteriaStartPage/>
                    <Route path=path!("/criteria/check") view=CheckAnswersPage/>
                    <Route path=path!("/criteria/outcome") view=OutcomePage/>
                    <Route path=path!("/criteria/:slug") view=QuestionPage/>
                    <Route path=path!("/what-is-an-scr") view=|| view! { <GuidePageView slug="what-is-an-scr"/> }/>
                    <Route path=path!("/process") view=|| view! { <GuidePageView slug="process"/> }/>
                    <Route path=path!("/interview") view=|| view! { <GuidePageView slug="interview"/> }/>
                    <Route path=path!("/who-sees-the-report") view=|| view! { <GuidePageView slug="who-sees-the-report"/> }/>
                    <Route path=path!("/deadlines") view=DeadlinesPage/>
                    <Route path=path!("/refer") view=|| view! { <GuidePageView slug="refer"/> }/>
                    <Route path=path!("/referral") view=ReferralTaskList/>
                    <Route path=path!("/referral/check") view=ReferralCheckPage/>
                    <Route path=path!("/referral/done") view=ReferralDonePage/>
                    <Route path=path!("/referral/:section") view=ReferralSectionPage/>
                    <Route path=path!("/delete") view=DeletePage/>
                </Routes>
            </main>
        </div>
        <footer class="footer">
            <div class="width-container">
                <h2 class="heading-s">{site.privacy_heading.clone()}</h2>
                {site.privacy.iter().map(|p| view! { <p class="body-s">{text(p)}</p> }).collect_view()}
                <p class="body-s">
                    {format!("{} · {} · Business office: {}, ", site.service_name, board.name, board.business_office_phone)}
                    <a href=format!("mailto:{}", board.business_office_email)>{board.business_office_email.clone()}</a>
                </p>
            </div>
        </footer>
    }
}
