//! Every tool page's address, written out by hand: the generator writes a
//! file for each, and each tool finds its page from the address.

use scr_referral_guide::criteria::RuleSetId;
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

/// The questionnaire under the Child Safeguarding Practice Review rules.
const CSPR_CRITERIA: [&str; 10] = [
    "/criteria",
    "/criteria/under-18",
    "/criteria/care-leaver",
    "/criteria/child-died",
    "/criteria/serious-harm",
    "/criteria/known-or-suspected",
    "/criteria/looked-after-child",
    "/criteria/other-processes",
    "/criteria/check",
    "/criteria/outcome",
];

fn paths(tool: Tool, rule_set: RuleSetId) -> Vec<String> {
    pages(tool, rule_set).into_iter().map(Page::path).collect()
}

#[test]
fn every_address_that_existed_before_still_exists() {
    assert_eq!(paths(Tool::Criteria, RuleSetId::Scr2006), CRITERIA);
    assert_eq!(paths(Tool::Deadlines, RuleSetId::Scr2006), ["/deadlines"]);
    assert_eq!(paths(Tool::Referral, RuleSetId::Scr2006), REFERRAL);
}

#[test]
fn the_cspr_rules_have_their_own_questions_and_the_same_other_tools() {
    assert_eq!(paths(Tool::Criteria, RuleSetId::Cspr), CSPR_CRITERIA);
    assert_eq!(paths(Tool::Deadlines, RuleSetId::Cspr), ["/deadlines"]);
    assert_eq!(paths(Tool::Referral, RuleSetId::Cspr), REFERRAL);
}

#[test]
fn each_address_leads_back_to_its_page_and_only_its_own_tool_claims_it() {
    for (tool, rule_set) in Tool::ALL
        .into_iter()
        .flat_map(|t| RuleSetId::ALL.map(|r| (t, r)))
    {
        for page in pages(tool, rule_set) {
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
