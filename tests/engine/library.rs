//! The library as a whole: its groups and the suggested order; and for every shipped
//! scenario, that every node and ending is reachable and that 1,000 seeded random walks all
//! end. (`cli::check_passes_on_shipped_content_strictly` checks it with `--strict`, teaching
//! checks included.)

use crate::util;
use sanad::analysis::{STATE_LIMIT, analyze, simulate};
use sanad::loader::Library;
use sanad::loader::{self, Purpose, Selection};
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

#[test]
fn every_node_and_ending_of_every_scenario_is_reachable() {
    let loaded = loader::load(&util::root(), &Selection::All, Purpose::Play);
    assert!(!loaded.library.scenarios.is_empty());
    for scn in &loaded.library.scenarios {
        let a = analyze(scn, &loaded.library.rubric, STATE_LIMIT);
        assert!(a.complete, "{}: the analysis is not exact", scn.id);
        assert!(
            a.unreachable_nodes.is_empty() && a.unreachable_endings.is_empty(),
            "{}: unreachable {:?} {:?}",
            scn.id,
            a.unreachable_nodes,
            a.unreachable_endings
        );
        let endings = scn.nodes.iter().filter(|n| n.is_ending()).count();
        assert_eq!(a.reachable_endings.len(), endings, "{}", scn.id);
        // The briefing's minutes are honest: close to what the texts take to read.
        let p = a
            .fullest_best_path()
            .map(|(seed, choose)| {
                sanad::reading::measure(scn, &loaded.catalog.localizer("en"), "en", seed, &choose)
            })
            .expect("a path with choices");
        let m = scn
            .minutes
            .expect("every shipped scenario gives its minutes");
        assert!(
            sanad::reading::plausible(m, p.minutes),
            "{}: `minutes: {m}` but the texts take about {} ({p:?})",
            scn.id,
            p.minutes
        );
    }
}

#[test]
fn a_thousand_random_walks_through_each_scenario_all_end() {
    let loaded = loader::load(&util::root(), &Selection::All, Purpose::Play);
    for scn in &loaded.library.scenarios {
        let s = simulate(scn, &loaded.library.rubric, 1000, 7);
        assert_eq!(s.runs, 1000);
        assert!(
            !s.endings.contains_key("(unfinished)"),
            "{}: {:?}",
            scn.id,
            s.endings
        );
        let total: usize = s.endings.values().map(|e| e.count).sum();
        assert_eq!(total, 1000, "{}", scn.id);
    }
}

/// The shipped library, taken together, meets a workshop's goals: every competency trained in
/// at least four scenarios, at least two scenarios each with a male victim, a child and a
/// woman interviewer, and at least four hours of material. The figures come from the cast's
/// `gender`/`age` and the scores in the files, so a scenario removed or a cast member
/// mislabelled shows here.
#[test]
fn the_shipped_library_meets_a_workshops_goals() {
    let loaded = loader::load(&util::root(), &Selection::All, Purpose::Play);
    let c = sanad::coverage::coverage(&loaded.library);
    assert!(c.unmet.is_empty(), "{}", sanad::coverage::render(&c));
}

/// The coverage counts what it says: a competency scored in one scenario only, and a male
/// child victim, are seen as such.
#[test]
fn coverage_counts_scored_competencies_and_the_cast() {
    let text = r#"Scenario(format: 1, kind: Interview, title: "t", summary: "t", objectives: [], content_note: "t",
    minutes: 15,
    cast: {"boy": Character(name: "t", role: Interviewee, gender: Male, age: Child),
           "officer": Character(name: "t", role: Colleague, gender: Female, age: Adult)},
    start: "ask",
    nodes: {
        "ask": Decision(choices: [
            Choice(text: "t", score: {"consent": 2}, next: "end"),
            Choice(text: "t", score: {"consent": 0, "safety": 0}, next: "end"),
        ]),
        "end": Ending(outcome: Partial, text: "t"),
    })"#;
    let (s, r) = util::load_text("one.ron", text);
    let s = s.unwrap_or_else(|| panic!("{}", r.render()));
    let lib = Library {
        scenarios: vec![s],
        rubric: util::rubric(),
        ..Library::default()
    };
    let c = sanad::coverage::coverage(&lib);
    let consent = c.competencies.iter().find(|x| x.id == "consent").unwrap();
    assert_eq!((consent.scenarios.len(), consent.decisions), (1, 1));
    let safety = c.competencies.iter().find(|x| x.id == "safety").unwrap();
    assert_eq!(safety.scenarios.len(), 0, "a zero score trains nothing");
    assert_eq!(c.male_victim, ["one"]);
    assert_eq!(c.child, ["one"]);
    assert_eq!(c.woman_interviewer, ["one"]);
    assert_eq!(c.minutes, 15);
    assert!(c.unmet.iter().any(|u| u.contains("15 minutes")));
}
