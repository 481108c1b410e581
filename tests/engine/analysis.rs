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
    assert_eq!(a.reachable_endings.len(), 11);
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
        let d = debrief::debrief(&play(&scn, 1, &[4]), &scn, &rubric);
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
    assert_eq!(dot.matches("doubleoctagon").count(), 11, "eleven endings");
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

/// A scenario of the scripted plans (`tests/plans/scenarios/<id>.ron`).
fn plan_scenario(id: &str) -> sanad::model::Scenario {
    let path = util::root().join(format!("tests/plans/scenarios/{id}.ron"));
    let text = std::fs::read_to_string(&path).unwrap();
    let (s, r) = util::load_text(&format!("{id}.ron"), &text);
    s.unwrap_or_else(|| panic!("{id}: {}", r.render()))
}

/// Plays `path` with the script player from `seed` to an ending and returns the points.
fn replay_points(
    scn: &sanad::model::Scenario,
    seed: u64,
    path: &[sanad::analysis::PathStep],
) -> Vec<(String, i64)> {
    let choose: Vec<u32> = path.iter().map(|p| p.choice).collect();
    let played = sanad::session::play_script(scn, seed, &choose);
    assert_eq!(played.error(), None, "{choose:?}");
    assert!(played.session.is_finished(), "{choose:?} does not finish");
    assert!(
        played.left_over(&choose).is_empty(),
        "{choose:?}: left over"
    );
    let nodes: Vec<&str> = played
        .entries
        .iter()
        .filter(|e| e.taken.is_some())
        .map(|e| e.node.as_str())
        .collect();
    let listed: Vec<&str> = path.iter().map(|p| p.node.as_str()).collect();
    assert_eq!(nodes, listed, "the path names the nodes it passes");
    scn.competencies
        .iter()
        .cloned()
        .zip(played.session.scores().iter().copied())
        .collect()
}

/// Every best and worst path replays to exactly its figure, and the longest path lists as
/// many choices as it states.
fn assert_paths_replay(scn: &sanad::model::Scenario, a: &sanad::analysis::Analysis) {
    for (comp, range) in &a.competencies {
        for (path, want, what) in [
            (&range.best_path, range.best, "best"),
            (&range.worst_path, range.worst, "worst"),
        ] {
            let got = replay_points(scn, 1, path);
            let got = got.iter().find(|(c, _)| c == comp).unwrap().1;
            assert_eq!(got, want, "{}: {comp} {what} path {path:?}", scn.id);
        }
    }
    assert_eq!(
        a.longest.path.len() as i64,
        a.longest.choices,
        "{}: the longest path as listed",
        scn.id
    );
    replay_points(scn, 1, &a.longest.path);
}

fn range(a: &sanad::analysis::Analysis, comp: &str) -> (i64, i64) {
    let r = &a.competencies[comp];
    (r.best, r.worst)
}

#[test]
fn points_on_loops_count_once_per_run() {
    let rubric = util::rubric();
    // A loop of two nodes, scored inside.
    let scn = plan_scenario("loop-two");
    let a = analyze(&scn, &rubric, STATE_LIMIT);
    assert!(a.complete);
    assert_eq!(range(&a, "trauma"), (1, 0));
    assert!(!a.competencies["trauma"].best_unbounded);
    assert_paths_replay(&scn, &a);
    assert!(
        !a.choices_on_no_best_path
            .iter()
            .any(|c| c.node == "ask" && c.choice == 1),
        "the scored choice on the loop is on the best path"
    );

    // The loop's only way out is from its second node.
    let scn = plan_scenario("loop-two-exit");
    let a = analyze(&scn, &rubric, STATE_LIMIT);
    assert_eq!(range(&a, "trauma"), (1, 1));
    assert_eq!(range(&a, "consent"), (2, 2));
    assert_ne!(a.paths.count, "0", "a playthrough exists");
    assert!(!a.paths.exact && a.longest.unbounded);
    assert_paths_replay(&scn, &a);

    // A loop of three nodes, scored inside and on the ways out.
    let scn = plan_scenario("loop-three");
    let a = analyze(&scn, &rubric, STATE_LIMIT);
    assert_eq!(range(&a, "trauma"), (2, -1));
    assert_eq!(range(&a, "consent"), (1, 0));
    assert_eq!(range(&a, "safety"), (0, -1));
    assert_paths_replay(&scn, &a);

    // A finite loop: the same choice in three states.
    let scn = plan_scenario("loop-counter");
    let a = analyze(&scn, &rubric, STATE_LIMIT);
    assert!(a.complete);
    assert_eq!(range(&a, "trauma"), (1, 0));
    assert_paths_replay(&scn, &a);
}

#[test]
fn the_debrief_max_agrees_with_the_analysis_on_loops() {
    let rubric = util::rubric();
    for id in ["loop-two", "loop-two-exit", "loop-three", "loop-counter"] {
        let scn = plan_scenario(id);
        let a = analyze(&scn, &rubric, STATE_LIMIT);
        for (comp, r) in &a.competencies {
            let choose: Vec<u32> = r.best_path.iter().map(|p| p.choice).collect();
            let s = play(&scn, 1, &choose);
            let d = debrief::debrief(&s, &scn, &rubric);
            let c = d.scores.iter().find(|c| &c.id == comp).unwrap();
            assert_eq!((c.earned, c.max), (r.best, r.best), "{id}: {comp}");
        }
    }
}

/// A hub of `n` one-use actions, each worth a `trauma` point; `leave` lets the trainee go on
/// before all are used.
pub fn wide_hub(n: usize, leave: bool) -> String {
    let actions: String = (0..n)
        .map(|_| {
            "            Action(text: \"t\", score: {\"trauma\": 1}, feedback: \"t\", principle: \"peace-account\"),\n"
        })
        .collect();
    format!(
        r#"Scenario(format: 1, kind: Interview, title: "t", summary: "t", objectives: [], content_note: "t",
    start: "hub",
    nodes: {{
        "hub": Hub(text: "t", actions: [
{actions}        ], exit: "end"{leave}),
        "end": Ending(outcome: Partial, text: "t"),
    }},
)"#,
        leave = if leave { r#", leave: "t""# } else { "" }
    )
}

#[test]
fn past_the_state_limit_no_choice_is_called_off_every_best_path() {
    let (s, r) = util::load_text("wide-hub.ron", &wide_hub(20, false));
    let scn = s.unwrap_or_else(|| panic!("{}", r.render()));
    let a = analyze(&scn, &util::rubric(), 2000);
    assert!(!a.complete);
    assert!(
        a.choices_on_no_best_path.is_empty(),
        "the search stopped; it cannot tell: {:?}",
        a.choices_on_no_best_path.len()
    );
}

#[test]
fn past_the_state_limit_the_debrief_max_is_a_lower_bound() {
    let (s, r) = util::load_text("wide-hub.ron", &wide_hub(20, true));
    let scn = s.unwrap_or_else(|| panic!("{}", r.render()));
    let rubric = util::rubric();
    let all: Vec<u32> = (1..=20).collect();
    let t = std::time::Instant::now();
    let d = debrief::debrief(&play(&scn, 1, &all), &scn, &rubric);
    let c = &d.scores[0];
    // All 20 points were earned, and no run earns more: that much is known without the search.
    assert_eq!((c.earned, c.max), (20, 20), "{c:?}");
    assert!(
        t.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        t.elapsed()
    );
}

#[test]
fn paths_that_need_a_profile_state_the_seed_that_draws_it() {
    let scn = plan_scenario("profile-path");
    let a = analyze(&scn, &util::rubric(), STATE_LIMIT);
    let r = &a.competencies["trauma"];
    assert_eq!((r.best, r.worst), (2, -3));
    for (path, seed, want) in [
        (&r.best_path, r.best_seed, r.best),
        (&r.worst_path, r.worst_seed, r.worst),
    ] {
        let seed = seed.expect("the path needs a profile: a seed is stated");
        let got = replay_points(&scn, seed, path);
        assert_eq!(got[0].1, want, "--seed {seed} {path:?}");
    }
    // The two paths need different profiles, so different seeds.
    assert_ne!(r.best_seed, r.worst_seed);
    let text = sanad::analysis::render(&a);
    assert!(
        text.contains(&format!("--seed {} --choose 1", r.best_seed.unwrap())),
        "{text}"
    );
    // Without profile picks no seed is needed.
    let scn = plan_scenario("loop-three");
    let a = analyze(&scn, &util::rubric(), STATE_LIMIT);
    assert!(a.competencies.values().all(|r| r.best_seed.is_none()));
}

#[test]
fn a_lower_bound_max_is_marked_and_said() {
    let (s, r) = util::load_text("wide-hub.ron", &wide_hub(20, true));
    let scn = s.unwrap_or_else(|| panic!("{}", r.render()));
    let rubric = util::rubric();
    // Three actions, then leave: the search stopped before it could tell the best.
    let d = debrief::debrief(&play(&scn, 1, &[1, 2, 3, 21]), &scn, &rubric);
    let c = &d.scores[0];
    assert_eq!(c.earned, 3);
    assert!(!c.max_exact && !d.max_exact, "{c:?}");
    assert!(c.max >= c.earned && c.max <= 20, "{c:?}");
    // The analysis says its figures are bounds, and lists no choice as off every best path.
    let a = analyze(&scn, &rubric, 2000);
    assert!(!a.competencies["trauma"].exact);
    assert!(!a.choices_on_no_best_path_computed);
    let text = sanad::analysis::render(&a);
    assert!(
        text.contains("(at least)") && text.contains("not computed"),
        "{text}"
    );
}

#[test]
fn run_says_when_the_best_is_a_lower_bound() {
    let dir = util::temp_content("bound");
    std::fs::write(dir.join("scenarios/wide-hub.ron"), wide_hub(20, true)).unwrap();
    let run = |format: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_sanad"))
            .args([
                "run", "wide-hub", "--choose", "1,2,3,21", "--format", format,
            ])
            .arg("--content")
            .arg(&dir)
            .output()
            .unwrap()
    };
    let out = run("json");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["max_exact"], false);
    assert_eq!(v["scores"]["trauma"]["max_exact"], false);
    assert!(v["scores"]["trauma"]["max"].as_i64().unwrap() >= 3);
    let out = run("text");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("3 of at least"), "{text}");
    assert!(text.contains("Total: at most"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
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

/// The best share of recommended questions is over whole playthroughs: here no path asks
/// only recommended questions (the first decision offers none), so the best is 50%, and the
/// path to it must pick the directive later; every critical choice that leaves the Protected
/// ending open is listed with a path that replays to it.
#[test]
fn best_question_share_and_critical_leaks_are_exact() {
    let text = r#"Scenario(
    format: 1, kind: Interview, title: "t", summary: "t", objectives: [], content_note: "t",
    start: "a",
    nodes: {
        "a": Decision(text: "t", choices: [
            Choice(text: "t", question: OptionPosing, score: {"trauma": 1}, feedback: "t", principle: "peace-account", next: "b"),
            Choice(text: "t", question: Suggestive, score: {"trauma": -1}, feedback: "t", principle: "peace-account", critical: true, next: "b"),
        ]),
        "b": Decision(text: "t", choices: [
            Choice(text: "t", question: Directive, score: {"trauma": 1}, feedback: "t", principle: "peace-account", next: "good"),
            Choice(text: "t", question: Suggestive, score: {"trauma": -1}, feedback: "t", principle: "peace-account", next: "bad"),
            Choice(text: "t", question: Statement, feedback: "t", principle: "peace-account", next: "good"),
        ]),
        "good": Ending(outcome: Protected, text: "t"),
        "bad": Ending(outcome: Partial, text: "t"),
    },
)"#;
    let (s, r) = util::load_text("shares.ron", text);
    let scn = s.unwrap_or_else(|| panic!("{}", r.render()));
    let a = analyze(&scn, &util::rubric(), STATE_LIMIT);
    assert_eq!(a.teaching.best_recommended_percent, Some(50));
    assert!(a.teaching.best_recommended_exact);
    let leaks = &a.teaching.figures.critical_still_protected;
    assert_eq!(leaks.len(), 1, "{leaks:?}");
    assert_eq!((leaks[0].node.as_str(), leaks[0].choice), ("a", 2));
    assert_eq!(leaks[0].ending, "good");
    let t = sanad::session::play_script(&scn, leaks[0].seed.unwrap(), &leaks[0].path);
    assert!(t.error().is_none() && t.session.is_finished());
    assert_eq!(t.session.node(&scn).id, "good");
    // The report says so, once.
    assert_eq!(
        r.diagnostics.iter().filter(|d| d.code == "W0702").count(),
        1,
        "{}",
        r.render()
    );
}
