//! `sanad analyze` and `sanad graph`: figures checked against hand-made scenarios and against
//! the session itself (a reported best path, replayed, earns the reported best).

use crate::plans::play;
use crate::util;
use sanad::analysis::{STATE_LIMIT, analyze, simulate};
use sanad::debrief;

const DIAMOND: &str = r#"Scenario(format: 1, kind: Interview, title: "t", summary: "t", objectives: [], content_note: "t",
    start: "a",
    nodes: {
        "a": Decision(choices: [
            Choice(text: "t", score: {"trauma": 2}, feedback: "t", principle: "peace-account", next: "b"),
            Choice(text: "t", score: {"trauma": -1}, feedback: "t", principle: "peace-account", next: "c"),
        ]),
        "b": Decision(choices: [
            Choice(text: "t", score: {"consent": 1}, feedback: "t", principle: "who-informed-consent", next: "end"),
            Choice(text: "t", score: {"trauma": -1}, feedback: "t", principle: "peace-account", next: "end"),
        ]),
        "c": Decision(choices: [
            Choice(text: "t", score: {"consent": 3}, feedback: "t", principle: "who-informed-consent", next: "end"),
            Choice(text: "t", critical: true, score: {"consent": -2}, feedback: "t", principle: "mendez-no-coercion", next: "end"),
        ]),
        "end": Ending(outcome: Partial, text: "t"),
    },
)"#;

#[test]
fn figures_of_a_small_scenario_by_hand() {
    let (s, r) = util::load_text("diamond.ron", DIAMOND);
    let scn = s.unwrap_or_else(|| panic!("{}", r.render()));
    let a = analyze(&scn, &util::rubric(), STATE_LIMIT);
    assert!(a.complete);
    assert_eq!(a.paths.count, "4");
    assert!(a.paths.exact);
    assert_eq!(a.longest.choices, 2);
    let trauma = &a.competencies["trauma"];
    assert_eq!((trauma.best, trauma.worst), (2, -1));
    assert_eq!(
        trauma
            .best_path
            .iter()
            .map(|p| p.choice)
            .collect::<Vec<_>>(),
        vec![1, 1]
    );
    let consent = &a.competencies["consent"];
    // Best consent (3) is only reachable through the worse trauma route.
    assert_eq!((consent.best, consent.worst), (3, -2));
    assert_eq!(
        consent
            .best_path
            .iter()
            .map(|p| p.choice)
            .collect::<Vec<_>>(),
        vec![2, 1]
    );
    // b's second choice loses trauma and earns nothing else: on no best path (for trauma,
    // consent, or the total). Nor is c's critical one.
    let none: Vec<(String, u32)> = a
        .choices_on_no_best_path
        .iter()
        .map(|c| (c.node.clone(), c.choice))
        .collect();
    assert!(none.contains(&("b".into(), 2)), "{none:?}");
    assert!(none.contains(&("c".into(), 2)), "{none:?}");
    assert!(
        !none.contains(&("a".into(), 1)) && !none.contains(&("c".into(), 1)),
        "{none:?}"
    );
    assert_eq!(a.critical_choices.len(), 1);
}

#[test]
fn best_and_worst_paths_replay_to_their_figures() {
    let scn = util::scenario("domestic-worker-passport");
    let rubric = util::rubric();
    let a = analyze(&scn, &rubric, STATE_LIMIT);
    assert!(a.complete && a.unreachable_nodes.is_empty() && a.unreachable_endings.is_empty());
    assert_eq!(a.reachable_endings.len(), 6);
    for (comp, range) in &a.competencies {
        for (path, want) in [
            (&range.best_path, range.best),
            (&range.worst_path, range.worst),
        ] {
            let choose: Vec<u32> = path.iter().map(|p| p.choice).collect();
            let s = play(&scn, 1, &choose);
            assert!(s.is_finished(), "{comp}: {choose:?} does not finish");
            let d = debrief::debrief(&s, &scn, &rubric);
            let got = d.scores.iter().find(|c| &c.id == comp).unwrap().earned;
            assert_eq!(got, want, "{comp}: path {choose:?}");
        }
        // The debrief's best achievable is the analysis' best.
        let d = debrief::debrief(&play(&scn, 1, &[3]), &scn, &rubric);
        assert_eq!(
            d.scores.iter().find(|c| &c.id == comp).unwrap().max,
            range.best.max(0).max(range.best)
        );
    }
    // Every scored choice carries feedback in shipped content.
    assert!(a.scored_without_feedback.is_empty());
}

#[test]
fn loops_make_the_path_count_a_lower_bound() {
    let text = r#"Scenario(format: 1, kind: Interview, title: "t", summary: "t", objectives: [], content_note: "t",
        start: "ask",
        nodes: {
            "ask": Decision(choices: [
                Choice(text: "t", next: "again"),
                Choice(text: "t", score: {"trauma": 1}, feedback: "t", principle: "peace-account", next: "end"),
            ]),
            "again": Line(text: "t", speaker: "p", next: "ask"),
            "end": Ending(outcome: Partial, text: "t"),
        },
        cast: {"p": Character(name: "t", role: Interviewee)},
    )"#;
    let (s, r) = util::load_text("loop.ron", text);
    let scn = s.unwrap_or_else(|| panic!("{}", r.render()));
    let a = analyze(&scn, &util::rubric(), STATE_LIMIT);
    assert!(!a.paths.exact);
    assert!(
        a.paths.note.as_deref().unwrap_or("").contains("loop"),
        "{:?}",
        a.paths.note
    );
    assert!(a.longest.unbounded);
}

#[test]
fn the_state_limit_is_reported() {
    let scn = util::scenario("domestic-worker-passport");
    let a = analyze(&scn, &util::rubric(), 50);
    assert!(!a.complete);
    assert!(!a.paths.exact);
    assert!(sanad::analysis::render(&a).contains("approximate"));
}

#[test]
fn large_plain_graphs_are_explored_exactly() {
    let text = sanad::synth::scenario_text(sanad::synth::Synth {
        nodes: 3000,
        seed: 9,
        conditions: false,
    });
    let (s, r) = util::load_text("synthetic.ron", &text);
    let scn = s.unwrap_or_else(|| panic!("{}", r.render()));
    let a = analyze(&scn, &util::rubric(), STATE_LIMIT);
    assert!(a.complete);
    // One state per node in a plain branching graph (hubs add their used actions).
    assert!(a.states < 3000 * 2, "{} states for 3000 nodes", a.states);
    assert_eq!(a.reachable_nodes, 3000);
}

#[test]
fn simulation_is_deterministic_and_complete() {
    let scn = util::scenario("domestic-worker-passport");
    let rubric = util::rubric();
    let a = simulate(&scn, &rubric, 500, 7);
    let b = simulate(&scn, &rubric, 500, 7);
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&b).unwrap()
    );
    assert_eq!(a.endings.values().map(|e| e.count).sum::<usize>(), 500);
    assert!(!a.endings.contains_key("(unfinished)"));
    let c = simulate(&scn, &rubric, 500, 8);
    assert_ne!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&c).unwrap()
    );
}

#[test]
fn graphs_mark_endings_and_critical_choices_in_the_chosen_language() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sanad"))
        .args([
            "graph",
            "domestic-worker-passport",
            "--format",
            "dot",
            "--lang",
            "ar",
            "--content",
        ])
        .arg(util::root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let dot = String::from_utf8(out.stdout).unwrap();
    assert!(dot.starts_with("digraph"));
    let scn = util::scenario("domestic-worker-passport");
    for n in &scn.nodes {
        assert!(dot.contains(&format!("\"{}\" [", n.id)), "{} missing", n.id);
    }
    assert_eq!(dot.matches("doubleoctagon").count(), 6, "six endings");
    assert_eq!(
        dot.matches("CRITICAL").count(),
        13,
        "thirteen critical choices"
    );
    assert!(
        dot.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "labels in Arabic"
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sanad"))
        .args([
            "graph",
            "domestic-worker-passport",
            "--format",
            "mermaid",
            "--content",
        ])
        .arg(util::root())
        .output()
        .unwrap();
    let m = String::from_utf8(out.stdout).unwrap();
    assert!(
        m.starts_with("flowchart TD") && m.contains("classDef harmful") && m.contains("linkStyle")
    );
}

#[test]
fn a_huge_hub_stops_at_the_state_limit() {
    for actions in [40, 65, 1000] {
        let (s, r) = util::load_text("syn-hub.ron", &sanad::synth::hub_text(actions));
        let scn = s.unwrap_or_else(|| panic!("{}", r.render()));
        let a = analyze(&scn, &util::rubric(), 5_000);
        assert!(!a.complete, "{actions} actions");
        assert!(
            a.states <= 5_000,
            "{actions} actions: {} states for a limit of 5000",
            a.states
        );
    }
    // A hub small enough is explored exactly: every combination of used actions.
    let (s, r) = util::load_text("syn-hub.ron", &sanad::synth::hub_text(10));
    let scn = s.unwrap_or_else(|| panic!("{}", r.render()));
    let a = analyze(&scn, &util::rubric(), STATE_LIMIT);
    assert!(a.complete);
    // Every combination of used actions at the hub but the full one (that hub is exhausted
    // and passes on to its exit), and the ending.
    assert_eq!(a.states, (1024 - 1) + 1);
}
