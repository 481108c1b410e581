//! Scripted test plans: `tests/plans/*.ron` name a scenario, a seed and choices, and the
//! expected ending, scores and critical errors. Adding a plan needs no Rust. A plan may play a
//! scenario of its own (`content: Some("scenarios/<id>.ron")`, relative to `tests/plans/`)
//! instead of a shipped one.

use crate::util;
use sanad::debrief;
use sanad::session::Session;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize, Debug)]
struct Plan {
    scenario: String,
    /// A scenario file under `tests/plans/`, instead of the shipped scenario `scenario`.
    #[serde(default)]
    content: Option<String>,
    seed: u64,
    choose: Vec<u32>,
    expect: Expect,
}

#[derive(Deserialize, Debug)]
struct Expect {
    finished: bool,
    ending: Option<String>,
    /// competency -> (earned, best achievable); competencies not listed are not checked.
    scores: BTreeMap<String, (i64, i64)>,
    total_percent: Option<f64>,
    critical: Vec<(String, u32)>,
    evidence: Vec<String>,
    referrals: Vec<String>,
    /// Nodes shown on the path (lines, decisions, the ending), in any order.
    #[serde(default)]
    visits: Vec<String>,
    /// Nodes the path must not show.
    #[serde(default)]
    avoids: Vec<String>,
    /// The question profile: `{"invitation": N, .., "recommended_percent": P}` as
    /// `run --format json` gives it (types left out are not checked).
    #[serde(default)]
    questions: Option<BTreeMap<String, Option<i64>>>,
    /// Ids of the details the trainee's questions suggested, in the scenario's order.
    #[serde(default)]
    suggested: Vec<String>,
}

/// Plays `choose` with the script player `sanad run` uses; every choice must be taken and
/// none left over.
pub fn play(scn: &sanad::model::Scenario, seed: u64, choose: &[u32]) -> Session {
    let played = sanad::session::play_script(scn, seed, choose);
    if let Some(e) = played.error() {
        panic!("{e}");
    }
    assert!(
        played.left_over(choose).is_empty(),
        "choices left over after the ending"
    );
    played.session
}

#[test]
fn scripted_plans() {
    let dir = util::root().join("tests/plans");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ron"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 4, "plans missing");
    let rubric = util::rubric();
    let mut failed = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let plan: Plan = ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let scn = match &plan.content {
            None => util::scenario(&plan.scenario),
            Some(file) => {
                let text = std::fs::read_to_string(dir.join(file)).unwrap();
                let (s, r) = util::load_text(&format!("{}.ron", plan.scenario), &text);
                s.unwrap_or_else(|| panic!("{name}: {file} loads:\n{}", r.render()))
            }
        };
        // One plan's failure is reported with the others', not instead of them.
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            check_plan(&name, &plan, &scn, &rubric)
        }));
        if run.is_err() {
            failed.push(name);
        }
    }
    assert!(failed.is_empty(), "plans failed: {failed:?}");
}

fn check_plan(
    name: &str,
    plan: &Plan,
    scn: &sanad::model::Scenario,
    rubric: &sanad::model::Rubric,
) {
    {
        let s = play(scn, plan.seed, &plan.choose);
        let d = debrief::debrief(&s, scn, rubric);
        let e = &plan.expect;
        assert_eq!(d.finished, e.finished, "{name}: finished");
        assert_eq!(
            d.ending.as_ref().map(|x| x.node.clone()),
            e.ending,
            "{name}: ending"
        );
        for (comp, (earned, max)) in &e.scores {
            let got = d
                .scores
                .iter()
                .find(|c| &c.id == comp)
                .unwrap_or_else(|| panic!("{name}: no score for {comp}"));
            assert_eq!((got.earned, got.max), (*earned, *max), "{name}: {comp}");
        }
        if let Some(t) = e.total_percent {
            assert!(
                (d.total_percent - t).abs() < 0.05,
                "{name}: total {} != {t}",
                d.total_percent
            );
        }
        let crit: Vec<(String, u32)> = d
            .critical
            .iter()
            .map(|c| (c.node.clone(), c.position))
            .collect();
        assert_eq!(crit, e.critical, "{name}: critical errors");
        let ev: Vec<String> = d.evidence.iter().map(|c| c.evidence.clone()).collect();
        assert_eq!(ev, e.evidence, "{name}: evidence");
        assert_eq!(d.referrals, e.referrals, "{name}: referrals");
        let shown: Vec<String> = sanad::session::play_script(scn, plan.seed, &plan.choose)
            .entries
            .iter()
            .map(|x| x.node.clone())
            .collect();
        for v in &e.visits {
            assert!(
                shown.contains(v),
                "{name}: `{v}` not shown; path: {shown:?}"
            );
        }
        for v in &e.avoids {
            assert!(!shown.contains(v), "{name}: `{v}` shown; path: {shown:?}");
        }
        if let Some(want) = &e.questions {
            let got = d
                .questions
                .as_ref()
                .unwrap_or_else(|| panic!("{name}: the scenario has no question types"))
                .to_json();
            for (k, v) in want {
                assert_eq!(
                    got.get(k).and_then(|x| x.as_i64()),
                    *v,
                    "{name}: questions.{k} in {got}"
                );
            }
        }
        let sug: Vec<String> = d.suggested.iter().map(|x| x.id.clone()).collect();
        assert_eq!(sug, e.suggested, "{name}: suggested details");
        // Every choice in the timeline carries feedback and a principle in shipped content.
        for step in &d.timeline {
            assert!(
                step.feedback.is_some() && step.principle.is_some(),
                "{name}: {step:?}"
            );
        }
    }
}
