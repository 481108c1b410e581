use sanad::diagnostic::{Report, SourceFile};
use sanad::loader;
use sanad::model::{Rubric, Scenario};
use std::path::{Path, PathBuf};

/// The repository, which is also the shipped content folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn rubric() -> Rubric {
    let mut r = Report::default();
    let (rubric, _) = loader::load_rubric(&root(), &mut r).expect("shipped rubric loads");
    assert!(!r.has_errors(), "{}", r.render());
    rubric
}

pub fn scenario(id: &str) -> Scenario {
    let mut r = Report::default();
    let path = root().join("scenarios").join(format!("{id}.ron"));
    let s = loader::load_scenario(&root(), &path, &rubric(), &mut r);
    s.unwrap_or_else(|| panic!("{id} loads:\n{}", r.render()))
}

/// Loads scenario text as if it were the file `name` (`<id>.ron`) in the content folder.
pub fn load_text(name: &str, text: &str) -> (Option<Scenario>, Report) {
    let mut r = Report::default();
    let path = root().join("scenarios").join(name);
    let file = SourceFile::new(&path, format!("scenarios/{name}"), text.to_string());
    let s = loader::load_scenario_source(&root(), &file, &rubric(), &mut r);
    (s, r)
}

/// A fresh folder under the system temp folder.
pub fn temp_dir(tag: &str) -> PathBuf {
    let n = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("sanad-test-{tag}-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A copy of the shipped content (scenarios, locales, assets) to change in a test.
pub fn temp_content(tag: &str) -> PathBuf {
    let dir = temp_dir(tag);
    copy_dir(&root().join("scenarios"), &dir.join("scenarios"));
    copy_dir(&root().join("locales"), &dir.join("locales"));
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// The minimal valid scenario the corpus files are variations of.
pub const MINIMAL: &str = r#"Scenario(
    format: 1,
    kind: Interview,
    title: "t-title",
    summary: "t-summary",
    objectives: ["t-obj"],
    content_note: "t-note",
    cast: {"p": Character(name: "t-p", role: Interviewee)},
    variables: {"trust": Int(min: 0, max: 10, start: 3), "ok": Flag(start: false)},
    evidence: {"doc": Evidence(label: "t-doc")},
    start: "a",
    nodes: {
        "a": Line(speaker: "p", text: "t-a", next: "b"),
        "b": Decision(text: "t-b", choices: [
            Choice(text: "t-c1", score: {"trauma": 1}, feedback: "t-f1", principle: "peace-account", next: "end"),
            Choice(text: "t-c2", effects: [Add("trust", 1), Collect(evidence: "doc", lawful: true)], next: "end"),
        ]),
        "end": Ending(outcome: Protected, text: "t-end"),
    },
)
"#;

/// The shipped scenario's best-practice path, from `tests/plans/dwp-best-practice.ron`: the
/// seed, the choices (authored positions) and the total it scores. Tests that follow the
/// path read it here, so that a change to the scenario is made in the plan only.
pub struct BestPractice {
    pub seed: u64,
    pub choose: Vec<u32>,
    pub total_percent: f64,
}

pub fn best_practice() -> BestPractice {
    #[derive(serde::Deserialize)]
    struct Plan {
        seed: u64,
        choose: Vec<u32>,
        expect: Expect,
    }
    #[derive(serde::Deserialize)]
    struct Expect {
        total_percent: Option<f64>,
    }
    let path = root().join("tests/plans/dwp-best-practice.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let p: Plan = ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    BestPractice {
        seed: p.seed,
        choose: p.choose,
        total_percent: p.expect.total_percent.expect("the plan states its total"),
    }
}
