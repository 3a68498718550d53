//! Every tool page's address, written out by hand: the generator writes a
//! file for each, and each tool finds its page from the address.

use scr_referral_guide::routes::{
    criteria_page, deadlines_page, pages, referral_page, route, Page, Tool,
};

const CRITERIA: [&str; 11] = [
    "/criteria",
    "/criteria/age",
    "/criteria/died",
    "/criteria/abuse-or-neglect",
    "/criteria/custody",
    "/criteria/looked-after",
    "/criteria/seriously-harmed",
    "/criteria/working-together",
    "/criteria/other-processes",
    "/criteria/check",
    "/criteria/outcome",
];

const REFERRAL: [&str; 11] = [
    "/referral",
    "/referral/about-you",
    "/referral/safeguarding-lead",
    "/referral/child",
    "/referral/household",
    "/referral/case",
    "/referral/agencies",
    "/referral/other-reviews",
    "/referral/chronology",
    "/referral/check",
    "/referral/done",
];

fn paths(tool: Tool) -> Vec<String> {
    pages(tool).into_iter().map(Page::path).collect()
}

#[test]
fn every_address_that_existed_before_still_exists() {
    assert_eq!(paths(Tool::Criteria), CRITERIA);
    assert_eq!(paths(Tool::Deadlines), ["/deadlines"]);
    assert_eq!(paths(Tool::Referral), REFERRAL);
}

#[test]
fn each_address_leads_back_to_its_page_and_only_its_own_tool_claims_it() {
    for tool in Tool::ALL {
        for page in pages(tool) {
            let path = page.path();
            assert_eq!(route(&path), Some(page), "{path}");
            assert_eq!(page.tool(), tool);
            assert_eq!(
                route(&format!("{path}/")),
                Some(page),
                "{path}/ (trailing slash)"
            );
            let claimed = [
                criteria_page(&path),
                deadlines_page(&path),
                referral_page(&path),
            ];
            assert_eq!(claimed.iter().filter(|p| p.is_some()).count(), 1, "{path}");
        }
    }
}

#[test]
fn other_addresses_are_no_tool_page() {
    for path in [
        "/",
        "/interview",
        "/criteria/nope",
        "/referral/nope",
        "/criteria/age/x",
        "/deadlines/x",
        "/criteriax",
        "",
    ] {
        assert_eq!(route(path), None, "{path:?}");
    }
}
