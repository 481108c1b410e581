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

/// A random complete run of `scn` (choices drawn from `k`), by authored positions.
pub fn random_choices(scn: &Scenario, seed: u64, k: u64) -> Vec<u32> {
    let mut s = sanad::session::Session::new(scn, seed);
    let mut out = Vec::new();
    let mut x = k
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    while !s.is_finished() && out.len() < 200 {
        let valid = s.valid_positions(scn);
        if valid.is_empty() {
            if s.advance(scn).is_err() {
                break;
            }
            continue;
        }
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let p = valid[((x >> 33) % valid.len() as u64) as usize];
        s.choose(scn, p).unwrap();
        out.push(p);
    }
    out
}

/// The best plan of a shipped scenario (`tests/plans/<id>-best.ron`; the shipped interview's
/// is `dwp-best-practice`), when it has one.
pub fn best_plan(id: &str) -> Option<Path> {
    let name = if id == "domestic-worker-passport" {
        "dwp-best-practice".to_string()
    } else {
        format!("{id}-best")
    };
    root()
        .join(format!("tests/plans/{name}.ron"))
        .exists()
        .then(|| plan(&name))
}

/// A run of `scn` for demo data: its best plan when `good` (and there is one), else a random
/// run; as (seed, choices).
fn demo_run(scn: &Scenario, good: bool, k: u64) -> (u64, Vec<u32>) {
    match best_plan(&scn.id).filter(|_| good) {
        Some(p) => (p.seed, p.choose),
        None => (k, random_choices(scn, k, k * 7 + 1)),
    }
}

/// A data folder as a workshop leaves it: six attempts of one trainee (`TR-DEMO`) on this
/// computer, random first and then good, and 24 attempts of 12 trainees exported into
/// `class/`, two in three of them good.
pub fn demo_data(loaded: &Loaded, dir: &std::path::Path) {
    use sanad::attempts::{AttemptRecord, Store};
    let _ = std::fs::remove_dir_all(dir);
    let attempt = |scn: &Scenario, trainee: &str, seed: u64, choices: &[u32]| {
        let mut a = AttemptRecord::start(trainee, scn, seed, sanad::records::Mode::Workshop, "en");
        let t = play_script(scn, seed, choices);
        let d = sanad::debrief::debrief(&t.session, scn, &loaded.library.rubric);
        a.update(&t.session, &d, true);
        a
    };
    let scns = &loaded.library.scenarios;
    {
        let store = Store::open(dir).unwrap();
        for (k, scn) in scns.iter().cycle().take(6).enumerate() {
            let (seed, choices) = demo_run(scn, k >= 3, k as u64 + 100);
            store
                .save(&attempt(scn, "TR-DEMO", seed, &choices))
                .unwrap();
        }
    }
    let class: Vec<AttemptRecord> = (0..24u64)
        .map(|k| {
            let scn = &scns[k as usize % scns.len()];
            let (seed, choices) = demo_run(scn, k % 3 != 0, k);
            attempt(scn, &format!("TR-C{:03}", k % 12), seed, &choices)
        })
        .collect();
    sanad::attempts::export(&class, &dir.join("class")).unwrap();
}
