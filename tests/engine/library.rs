//! The library as a whole: its groups and the suggested order.

use crate::util;
use sanad::loader::Library;
use sanad::model::ScenarioKind;

fn scenario(id: &str, kind: &str, minutes: u32, follows: Option<&str>) -> sanad::model::Scenario {
    let text = format!(
        r#"Scenario(format: 1, kind: {kind}, title: "t", summary: "t", objectives: [], content_note: "t",
    minutes: {minutes}, {} start: "end", nodes: {{"end": Ending(outcome: Partial, text: "t")}})"#,
        follows.map_or(String::new(), |f| format!("follows: \"{f}\","))
    );
    let (s, r) = util::load_text(&format!("{id}.ron"), &text);
    s.unwrap_or_else(|| panic!("{}", r.render()))
}

#[test]
fn groups_by_kind_then_minutes_and_sequels_follow_their_scenario() {
    let lib = Library {
        scenarios: vec![
            scenario("conference", "Coordination", 20, None),
            scenario("long-interview", "Interview", 25, None),
            scenario("raid", "Investigation", 15, None),
            scenario("second", "Interview", 10, Some("long-interview")),
            scenario("short-interview", "Interview", 12, None),
            scenario("orphan", "Investigation", 30, Some("no-such-scenario")),
        ],
        ..Library::default()
    };
    let groups: Vec<(ScenarioKind, Vec<&str>)> = lib
        .groups()
        .into_iter()
        .map(|(k, v)| (k, v.iter().map(|s| s.id.as_str()).collect()))
        .collect();
    assert_eq!(
        groups,
        vec![
            (
                ScenarioKind::Interview,
                vec!["second", "short-interview", "long-interview"]
            ),
            (ScenarioKind::Investigation, vec!["raid", "orphan"]),
            (ScenarioKind::Coordination, vec!["conference"]),
        ]
    );
    let order: Vec<&str> = lib
        .suggested_order()
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    // `second` is shorter than the interview it follows, but comes right after it.
    assert_eq!(
        order,
        [
            "short-interview",
            "long-interview",
            "second",
            "raid",
            "orphan",
            "conference"
        ]
    );
    assert_eq!(lib.total_minutes(), 112);
}

#[test]
fn a_loop_of_sequels_still_lists_every_scenario() {
    let lib = Library {
        scenarios: vec![
            scenario("a", "Interview", 10, Some("b")),
            scenario("b", "Interview", 12, Some("a")),
        ],
        ..Library::default()
    };
    let order: Vec<&str> = lib
        .suggested_order()
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(order, ["a", "b"]);
}
