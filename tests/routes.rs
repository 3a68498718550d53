//! Every page address, written out by hand: the generator writes a file for
//! each, and each tool finds its page from the address.

use scr_referral_guide::criteria::{Answer, Answers, QuestionId, RuleSetId};
use scr_referral_guide::routes::{
    deadlines_page, pages, questionnaire_check, referral_page, route, Page, Tool, QUESTIONNAIRE,
    QUESTIONNAIRE_OLD, QUESTIONNAIRE_PATHS, QUESTIONNAIRE_RESULT,
};

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

fn paths(tool: Tool, rule_set: RuleSetId) -> Vec<String> {
    pages(tool, rule_set).into_iter().map(Page::path).collect()
}

#[test]
fn the_tools_pages_under_both_rule_sets() {
    for rs in RuleSetId::ALL {
        assert_eq!(paths(Tool::Deadlines, rs), ["/deadlines"]);
        assert_eq!(paths(Tool::Referral, rs), REFERRAL);
    }
    assert_eq!(
        Tool::ALL,
        [Tool::Deadlines, Tool::Referral],
        "the questionnaire is no tool: plain pages"
    );
}

#[test]
fn the_questionnaire_s_addresses_and_every_address_it_had_before() {
    assert_eq!(QUESTIONNAIRE, "/criteria");
    assert_eq!(QUESTIONNAIRE_RESULT, "/criteria/result");
    assert_eq!(QUESTIONNAIRE_PATHS, "/criteria/paths");
    // Before it became plain pages: each question of both rule sets, check
    // and outcome. The generator keeps a page at each.
    let old = [
        "/criteria/age",
        "/criteria/died",
        "/criteria/abuse-or-neglect",
        "/criteria/custody",
        "/criteria/looked-after",
        "/criteria/seriously-harmed",
        "/criteria/working-together",
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
    assert_eq!(QUESTIONNAIRE_OLD, old);
}

#[test]
fn change_your_answers_goes_to_their_check_page_in_the_fragment_only() {
    let mut a = Answers::new(RuleSetId::Scr2006);
    assert_eq!(
        questionnaire_check(&a),
        "/criteria",
        "no answers: the start"
    );
    for (q, v) in [
        (QuestionId::Under18, Answer::Yes),
        (QuestionId::Died, Answer::Yes),
        (QuestionId::AbuseOrNeglect, Answer::NotSure),
    ] {
        a.set(q, v);
    }
    assert_eq!(
        questionnaire_check(&a),
        "/criteria",
        "not finished: the start"
    );
    a.set(QuestionId::DiedInCustody, Answer::No);
    a.set(QuestionId::LookedAfterOrRegulated, Answer::No);
    assert_eq!(questionnaire_check(&a), "/criteria#cyyunn");
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
            let claimed = [deadlines_page(&path), referral_page(&path)];
            assert_eq!(claimed.iter().filter(|p| p.is_some()).count(), 1, "{path}");
        }
    }
}

#[test]
fn other_addresses_are_no_tool_page() {
    for path in [
        "/",
        "/interview",
        "/criteria",
        "/criteria/result",
        "/criteria/age",
        "/referral/nope",
        "/deadlines/x",
        "/criteriax",
        "",
    ] {
        assert_eq!(route(path), None, "{path:?}");
    }
}
