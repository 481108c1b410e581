//! Engine benchmarks (no bevy). Run with:
//!
//!     cargo bench --no-default-features --bench engine
//!
//! - `check/10k`: load and check a synthetic 10,000-node scenario (parse, decode, all checks
//!   including the state-space ones), beside `parse/ron-from-str/10k`: the same file through
//!   `ron::from_str::<ron::Value>` alone. Target: check within 2x of the bare parse.
//! - `session/step`: one choice in a session (effects, scores, entering the next node,
//!   shuffling its choices). Target: under 10 us.
//! - `analyze/100k`: `sanad analyze` on a synthetic 100,000-node scenario (exploration,
//!   best/worst per competency with paths, best-path marking, path count, longest path).
//!   Target: under 1 s.
//! - `simulate/10k`: 10,000 random playthroughs of the shipped scenario. Target: under 1 s.
//! - `worst/{check,run,analyze}/<case>`: the worst cases known for time (see `worst_cases`).
//!   Targets: check and run under 2 s, analyze under 15 s. Run only these with
//!   `cargo bench --no-default-features --bench engine -- worst`.
//!
//! After the runs, a summary prints each figure measured in this run beside its target, with
//! the ratio (`TARGETS`; README.md lists the same). A missed target is marked `MISSED`; the
//! bench does not fail on it (timings on a shared machine vary), the summary is for people.
//!
//! Inputs are made outside the timed part (`iter_batched`): the check loops time reading the
//! text, not copying it.

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group};
use sanad::diagnostic::{Report, SourceFile};
use sanad::loader;
use sanad::session::{Session, ViewKind};
use sanad::synth::{Synth, scenario_text};
use std::hint::black_box;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rubric() -> sanad::model::Rubric {
    let mut r = Report::default();
    loader::load_rubric(&root(), &mut r).expect("rubric").0
}

fn check_vs_parse(c: &mut Criterion) {
    let rubric = rubric();
    let root = root();
    let mut g = c.benchmark_group("check-vs-parse");
    g.sample_size(20);
    for &conditions in &[false, true] {
        let text = scenario_text(Synth {
            nodes: 10_000,
            seed: 1,
            conditions,
        });
        let label = if conditions { "10k-conditions" } else { "10k" };
        let path = Path::new("scenarios/synthetic.ron");
        // Sanity: the synthetic file is valid.
        let file = SourceFile::new(path, "synthetic.ron".into(), text.clone());
        let mut r = Report::default();
        assert!(
            loader::load_scenario_source(&root, &file, &rubric, &mut r).is_some(),
            "{}",
            r.render()
        );
        g.bench_with_input(BenchmarkId::new("ron-from-str", label), &text, |b, t| {
            b.iter(|| black_box(ron::from_str::<ron::Value>(t).expect("parses")))
        });
        g.bench_with_input(BenchmarkId::new("sanad-check", label), &text, |b, t| {
            b.iter_batched(
                || t.clone(),
                |t| {
                    let file = SourceFile::new(path, "synthetic.ron".into(), t);
                    let mut r = Report::default();
                    black_box(loader::load_scenario_source(&root, &file, &rubric, &mut r))
                },
                BatchSize::LargeInput,
            )
        });
    }
    g.finish();
}

fn session_step(c: &mut Criterion) {
    let rubric = rubric();
    let mut r = Report::default();
    let scn = loader::load_scenario(
        &root(),
        &root().join("scenarios/domestic-worker-passport.ron"),
        &rubric,
        &mut r,
    )
    .expect("shipped scenario");
    // A session paused at the first decision.
    let mut start = Session::new(&scn, 7);
    while start.view(&scn).kind == ViewKind::Line {
        start.advance(&scn).unwrap();
    }
    c.bench_function("session/step", |b| {
        b.iter_batched(
            || start.clone(),
            |mut s| {
                s.choose(&scn, 1).unwrap();
                black_box(s)
            },
            criterion::BatchSize::SmallInput,
        )
    });
    c.bench_function("session/view", |b| {
        b.iter(|| black_box(start.view(&scn).choices.len()))
    });
}

fn analysis(c: &mut Criterion) {
    let rubric = rubric();
    let root = root();
    let text = scenario_text(Synth {
        nodes: 100_000,
        seed: 1,
        conditions: false,
    });
    let file = SourceFile::new(
        Path::new("scenarios/synthetic.ron"),
        "synthetic.ron".into(),
        text,
    );
    let mut r = Report::default();
    let big = loader::load_scenario_source(&root, &file, &rubric, &mut r).expect("valid");
    let mut g = c.benchmark_group("analysis");
    g.sample_size(10);
    g.bench_function("analyze/100k", |b| {
        b.iter(|| {
            black_box(sanad::analysis::analyze(
                &big,
                &rubric,
                sanad::analysis::STATE_LIMIT,
            ))
        })
    });
    let shipped = loader::load_scenario(
        &root,
        &root.join("scenarios/domestic-worker-passport.ron"),
        &rubric,
        &mut r,
    )
    .expect("shipped scenario");
    g.bench_function("simulate/10k", |b| {
        b.iter(|| black_box(sanad::analysis::simulate(&shipped, &rubric, 10_000, 1)))
    });
    g.finish();
}

/// The worst cases known for time and memory, each through the command it slows down:
/// `check` (load: parse, decode, every check with the state-space ones), `run` (load, play a
/// script, debrief) and `analyze`. Budgets: check and run 2 s, analyze 15 s.
///
/// - `hub-40`, `hub-65`: one hub of 40 or 65 one-use actions and no budget (2^n situations).
/// - `wide-conditions`: ten conditions on a variable bounded by ±1,000,000,000.
/// - `long-loop`: a run round a loop to the step limit (10,000 screens), 200 variables.
/// - `synthetic-100k`: the 100,000-node synthetic scenario with conditions (about 43 MiB, so
///   above the file limit when read from disk; loaded here from memory as an upper bound).
fn worst_cases(c: &mut Criterion) {
    let rubric = rubric();
    let root = root();
    let cases: Vec<(&str, String, Vec<u32>)> = vec![
        ("hub-40", sanad::synth::hub_text(40), vec![1, 2, 3]),
        ("hub-65", sanad::synth::hub_text(65), vec![1, 2, 3]),
        (
            "wide-conditions",
            sanad::synth::wide_conditions_text(10),
            vec![11],
        ),
        ("long-loop", sanad::synth::loop_text(200), {
            let mut v = vec![2u32; 6_000];
            v.push(1);
            v
        }),
        (
            "synthetic-100k",
            scenario_text(Synth {
                nodes: 100_000,
                seed: 1,
                conditions: true,
            }),
            vec![1; 200],
        ),
    ];
    let mut g = c.benchmark_group("worst");
    g.sample_size(10);
    for (label, text, choices) in &cases {
        let path = Path::new("scenarios/worst.ron");
        let load = |t: String| {
            let file = SourceFile::new(path, "worst.ron".into(), t);
            let mut r = Report::default();
            loader::load_scenario_source(&root, &file, &rubric, &mut r)
        };
        let scn = load(text.clone()).unwrap_or_else(|| panic!("{label} is valid"));
        g.bench_with_input(BenchmarkId::new("check", label), text, |b, t| {
            b.iter_batched(|| t.clone(), |t| black_box(load(t)), BatchSize::LargeInput)
        });
        g.bench_with_input(BenchmarkId::new("run", label), text, |b, t| {
            b.iter_batched(
                || t.clone(),
                |t| {
                    let scn = load(t).expect("valid");
                    let played = sanad::session::play_script(&scn, 1, choices);
                    let d = sanad::debrief::debrief(&played.session, &scn, &rubric);
                    black_box((played.entries.len(), d.total_percent))
                },
                BatchSize::LargeInput,
            )
        });
        g.bench_function(BenchmarkId::new("analyze", label), |b| {
            b.iter(|| {
                black_box(sanad::analysis::analyze(
                    &scn,
                    &rubric,
                    sanad::analysis::STATE_LIMIT,
                ))
            })
        });
    }
    g.finish();
}

criterion_group!(benches, check_vs_parse, session_step, analysis, worst_cases);

/// What a figure is held to.
enum Target {
    /// At most this many times the figure named (both measured in the same run).
    RatioTo(&'static str, f64),
    /// Under this many seconds.
    Under(f64),
}

/// The targets, by criterion's benchmark id (README.md lists the same). An id ending in `/`
/// stands for every benchmark under it.
const TARGETS: &[(&str, Target)] = &[
    (
        "check-vs-parse/sanad-check/10k",
        Target::RatioTo("check-vs-parse/ron-from-str/10k", 2.0),
    ),
    (
        "check-vs-parse/sanad-check/10k-conditions",
        Target::RatioTo("check-vs-parse/ron-from-str/10k-conditions", 2.0),
    ),
    ("session/step", Target::Under(10e-6)),
    ("analysis/analyze/100k", Target::Under(1.0)),
    ("analysis/simulate/10k", Target::Under(1.0)),
    ("worst/check/", Target::Under(2.0)),
    ("worst/run/", Target::Under(2.0)),
    ("worst/analyze/", Target::Under(15.0)),
];

/// Where criterion keeps its results (as criterion finds it).
fn criterion_home() -> PathBuf {
    if let Some(h) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(h);
    }
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
        .join("criterion")
}

/// The mean time in seconds of every benchmark measured since `since`, by its full id.
fn measured(since: std::time::SystemTime) -> std::collections::BTreeMap<String, f64> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.ends_with("new/benchmark.json") {
                out.push(p);
            }
        }
    }
    let read = |p: &Path| -> Option<serde_json::Value> {
        serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok()
    };
    let mut files = Vec::new();
    walk(&criterion_home(), &mut files);
    let mut out = std::collections::BTreeMap::new();
    for f in files {
        let fresh = std::fs::metadata(&f)
            .and_then(|m| m.modified())
            .is_ok_and(|t| t >= since);
        if !fresh {
            continue;
        }
        let (Some(id), Some(est)) = (read(&f), read(&f.with_file_name("estimates.json"))) else {
            continue;
        };
        if let (Some(id), Some(ns)) = (
            id["full_id"].as_str(),
            est["mean"]["point_estimate"].as_f64(),
        ) {
            out.insert(id.to_string(), ns * 1e-9);
        }
    }
    out
}

fn seconds(s: f64) -> String {
    if s < 1e-3 {
        format!("{:.2} us", s * 1e6)
    } else if s < 1.0 {
        format!("{:.1} ms", s * 1e3)
    } else {
        format!("{s:.2} s")
    }
}

/// Prints each figure of this run beside its target, with the ratio to the target.
fn summary(since: std::time::SystemTime) {
    let m = measured(since);
    if m.is_empty() {
        return; // `--test`, `--list`, or a filter that matched nothing
    }
    println!("\nTargets (figure, target, ratio to the target; above 1.00 misses it):");
    for (id, t) in &m {
        let Some((_, target)) = TARGETS.iter().find(|(k, _)| {
            if k.ends_with('/') {
                id.starts_with(k)
            } else {
                id == k
            }
        }) else {
            println!("  {id:<45} {:>10}   (no target)", seconds(*t));
            continue;
        };
        let (wanted, ratio) = match target {
            Target::Under(limit) => (format!("under {}", seconds(*limit)), t / limit),
            Target::RatioTo(base, times) => match m.get(*base) {
                Some(b) => (
                    format!("{:.2}x {base}, at most {times}x", t / b),
                    t / (b * times),
                ),
                None => {
                    println!(
                        "  {id:<45} {:>10}   ({base} not measured in this run)",
                        seconds(*t)
                    );
                    continue;
                }
            },
        };
        println!(
            "  {id:<45} {:>10}   {wanted:<60} {ratio:>5.2}  {}",
            seconds(*t),
            if ratio <= 1.0 { "ok" } else { "MISSED" }
        );
    }
}

fn main() {
    let since = std::time::SystemTime::now();
    benches();
    Criterion::default().configure_from_args().final_summary();
    summary(since);
}
