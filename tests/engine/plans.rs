//! Scripted test plans: `tests/plans/*.ron` name a scenario, a seed and choices, and the
//! expected ending, scores and critical errors. Adding a plan needs no Rust.

use crate::util;
use sanad::debrief;
use sanad::session::Session;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize, Debug)]
struct Plan {
    scenario: String,
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
        .collect();
    paths.sort();
    assert!(paths.len() >= 4, "plans missing");
    let rubric = util::rubric();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let plan: Plan = ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let scn = util::scenario(&plan.scenario);
        let s = play(&scn, plan.seed, &plan.choose);
        let d = debrief::debrief(&s, &scn, &rubric);
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
        // Every choice in the timeline carries feedback and a principle in shipped content.
        for step in &d.timeline {
            assert!(
                step.feedback.is_some() && step.principle.is_some(),
                "{name}: {step:?}"
            );
        }
    }
}
