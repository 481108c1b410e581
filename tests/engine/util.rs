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

/// Where an expected diagnostic must point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpectAt {
    /// Not pinned (the old `// expect: CODE message` form).
    Unpinned,
    /// `@-`: the diagnostic has no position (it is about the whole file).
    Nowhere,
    /// `@line:col`, 1-based, columns in characters.
    At(usize, usize),
}

/// One `// expect:` line of a corpus file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expectation {
    /// `error` or `warning`; `None` when the line does not say (the old form).
    pub severity: Option<sanad::diagnostic::Severity>,
    pub code: String,
    pub at: ExpectAt,
    /// Must occur in the diagnostic's message or hint.
    pub message: String,
    /// The line of the corpus file the expectation is written on (1-based).
    pub line: usize,
}

impl std::fmt::Display for Expectation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.severity {
            Some(sanad::diagnostic::Severity::Error) => write!(f, "error ")?,
            Some(sanad::diagnostic::Severity::Warning) => write!(f, "warning ")?,
            None => {}
        }
        write!(f, "{}", self.code)?;
        match self.at {
            ExpectAt::Unpinned => {}
            ExpectAt::Nowhere => write!(f, " @-")?,
            ExpectAt::At(l, c) => write!(f, " @{l}:{c}")?,
        }
        write!(f, " `{}`", self.message)
    }
}

/// Reads the `// expect:` lines of a corpus file:
///
/// ```text
/// // expect: [error|warning] CODE [@LINE:COL | @-] MESSAGE
/// ```
///
/// The severity and the position may be left out (the older form, `// expect: CODE
/// message`); [`check_expectations`] with `strict` refuses such lines. `@-` says that the
/// diagnostic has no position. The message is a substring of the diagnostic's message or hint.
pub fn expectations(text: &str) -> Result<Vec<Expectation>, String> {
    use sanad::diagnostic::Severity;
    let mut out = Vec::new();
    for (i, l) in text.lines().enumerate() {
        let Some(rest) = l.trim_start().strip_prefix("// expect:") else {
            continue;
        };
        let line = i + 1;
        let mut words = rest.trim_start();
        let mut take = || {
            let (w, r) = words.split_once(' ').unwrap_or((words, ""));
            words = r.trim_start();
            w
        };
        let mut word = take();
        let severity = match word {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            _ => None,
        };
        if severity.is_some() {
            word = take();
        }
        let code = word.to_string();
        let valid_code = code.len() == 5
            && (code.starts_with('E') || code.starts_with('W'))
            && code[1..].chars().all(|c| c.is_ascii_digit());
        if !valid_code {
            return Err(format!("line {line}: `{code}` is not a diagnostic code"));
        }
        let at = match words.strip_prefix('@') {
            None => ExpectAt::Unpinned,
            Some(r) => {
                let (pos, msg) = r.split_once(' ').unwrap_or((r, ""));
                words = msg.trim_start();
                if pos == "-" {
                    ExpectAt::Nowhere
                } else {
                    let parsed = pos
                        .split_once(':')
                        .and_then(|(l, c)| Some((l.parse().ok()?, c.parse().ok()?)));
                    match parsed {
                        Some((l, c)) if l >= 1 && c >= 1 => ExpectAt::At(l, c),
                        _ => return Err(format!("line {line}: `@{pos}` is not `@LINE:COL`")),
                    }
                }
            }
        };
        out.push(Expectation {
            severity,
            code,
            at,
            message: words.to_string(),
            line,
        });
    }
    Ok(out)
}

fn severity_word(s: sanad::diagnostic::Severity) -> &'static str {
    match s {
        sanad::diagnostic::Severity::Error => "error",
        sanad::diagnostic::Severity::Warning => "warning",
    }
}

/// Whether diagnostic `d` is the one `e` describes.
pub fn expectation_matches(e: &Expectation, d: &sanad::diagnostic::Diagnostic) -> bool {
    d.code.id == e.code
        && e.severity.is_none_or(|s| s == d.severity)
        && format!("{} {}", d.message, d.hint.as_deref().unwrap_or("")).contains(&e.message)
        && match e.at {
            ExpectAt::Unpinned => true,
            ExpectAt::Nowhere => d.line_col().is_none(),
            ExpectAt::At(l, c) => d.line_col() == Some((l, c)),
        }
}

/// The report must hold exactly the expected diagnostics: each expectation matched by its own
/// diagnostic, and no diagnostic left over. With `strict`, every expectation must also name
/// its severity and its position (`@LINE:COL`, or `@-` for none). The error lists what was
/// missing, what was extra, and the whole report.
pub fn check_expectations(
    report: &Report,
    exp: &[Expectation],
    strict: bool,
) -> Result<(), String> {
    let mut problems = Vec::new();
    if exp.is_empty() {
        problems.push("no `// expect:` line".to_string());
    }
    if strict {
        for e in exp {
            if e.severity.is_none() {
                problems.push(format!(
                    "line {}: {e}: name the severity (error or warning)",
                    e.line
                ));
            }
            if e.at == ExpectAt::Unpinned {
                problems.push(format!(
                    "line {}: {e}: pin the position (@LINE:COL, or @- for none)",
                    e.line
                ));
            }
        }
    }
    // A maximum matching between expectations and diagnostics (augmenting paths; the lists
    // are short), so that an expectation general enough to match two diagnostics does not
    // take the one a more specific expectation needs.
    let ds = &report.diagnostics;
    let edges: Vec<Vec<usize>> = exp
        .iter()
        .map(|e| {
            (0..ds.len())
                .filter(|&j| expectation_matches(e, &ds[j]))
                .collect()
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; ds.len()];
    fn augment(
        i: usize,
        edges: &[Vec<usize>],
        seen: &mut [bool],
        owner: &mut [Option<usize>],
    ) -> bool {
        for &j in &edges[i] {
            if !seen[j] {
                seen[j] = true;
                if owner[j].is_none_or(|k| augment(k, edges, seen, owner)) {
                    owner[j] = Some(i);
                    return true;
                }
            }
        }
        false
    }
    for i in 0..exp.len() {
        augment(i, &edges, &mut vec![false; ds.len()], &mut owner);
    }
    for (i, e) in exp.iter().enumerate() {
        if !owner.contains(&Some(i)) {
            problems.push(format!("line {}: expected {e}, not reported", e.line));
        }
    }
    for (j, d) in ds.iter().enumerate() {
        if owner[j].is_none() {
            let at = d
                .line_col()
                .map_or("@-".to_string(), |(l, c)| format!("@{l}:{c}"));
            problems.push(format!(
                "not expected: {} {} {at} `{}` (add `// expect: {} {} {at} ...` if it is right)",
                severity_word(d.severity),
                d.code,
                d.message,
                severity_word(d.severity),
                d.code
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\nreport:\n{}",
            problems.join("\n"),
            report.render()
        ))
    }
}
