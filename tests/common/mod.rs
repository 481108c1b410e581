//! What the app and render tests share: the shipped content, and the best-practice path of
//! the shipped scenario read from its plan (`tests/plans/dwp-best-practice.ron`), so that the
//! tests follow the scenario when its authors change it.

#![allow(dead_code)]

use sanad::loader::{self, Loaded, Purpose, Selection};
use sanad::model::Scenario;
use sanad::session::{ScriptEnd, play_script};
use std::path::PathBuf;

/// The repository, which is also the shipped content folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The part of a plan the tests read (named as in the file, which ron checks).
#[derive(serde::Deserialize)]
#[serde(rename = "Plan")]
struct PlanHead {
    scenario: String,
    seed: u64,
    choose: Vec<u32>,
}

/// The best-practice path: the scenario, its seed and its choices.
#[derive(Clone)]
pub struct Path {
    pub scenario: String,
    pub seed: u64,
    pub choose: Vec<u32>,
}

pub fn best_practice() -> Path {
    plan("dwp-best-practice")
}

/// The path of the plan `tests/plans/<name>.ron`.
pub fn plan(name: &str) -> Path {
    let file = root().join(format!("tests/plans/{name}.ron"));
    let text = std::fs::read_to_string(&file).unwrap();
    let p: PlanHead = ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    Path {
        scenario: p.scenario,
        seed: p.seed,
        choose: p.choose,
    }
}

/// The shipped content, loaded as the app loads it.
pub fn content() -> Loaded {
    let loaded = loader::load(&root(), &Selection::All, Purpose::Play);
    assert!(!loaded.report.has_errors(), "{}", loaded.report.render());
    loaded
}

pub fn scenario<'l>(loaded: &'l Loaded, id: &str) -> &'l Scenario {
    loaded
        .library
        .scenario(id)
        .unwrap_or_else(|| panic!("no scenario {id}"))
}

/// The shortest prefix of `path` (on its seed) that stands at a decision or hub with at least
/// `options` options on screen, as the engine plays it.
pub fn prefix_at_decision(scn: &Scenario, path: &Path, options: usize) -> Vec<u32> {
    (0..=path.choose.len())
        .map(|k| path.choose[..k].to_vec())
        .find(|prefix| {
            let t = play_script(scn, path.seed, prefix);
            t.end == ScriptEnd::AwaitingChoice
                && t.entries.last().is_some_and(|e| e.offered.len() >= options)
        })
        .unwrap_or_else(|| {
            panic!(
                "the best-practice path never stands at a decision with {options} options: {:?}",
                path.choose
            )
        })
}

/// The shortest non-empty prefix of `path` whose last choice has feedback and after which a
/// decision waits: in self-paced mode the play screen then shows that feedback.
pub fn prefix_after_feedback(scn: &Scenario, path: &Path) -> Vec<u32> {
    (1..=path.choose.len())
        .map(|k| path.choose[..k].to_vec())
        .find(|prefix| {
            let t = play_script(scn, path.seed, prefix);
            t.end == ScriptEnd::AwaitingChoice
                && t.last_taken().is_some_and(|s| s.feedback.is_some())
        })
        .unwrap_or_else(|| panic!("no choice with feedback on {:?}", path.choose))
}
