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

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
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
            b.iter(|| {
                let file = SourceFile::new(path, "synthetic.ron".into(), t.clone());
                let mut r = Report::default();
                black_box(loader::load_scenario_source(&root, &file, &rubric, &mut r))
            })
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
        let load = |t: &str| {
            let file = SourceFile::new(path, "worst.ron".into(), t.to_string());
            let mut r = Report::default();
            loader::load_scenario_source(&root, &file, &rubric, &mut r)
        };
        let scn = load(text).unwrap_or_else(|| panic!("{label} is valid"));
        g.bench_with_input(BenchmarkId::new("check", label), text, |b, t| {
            b.iter(|| black_box(load(t)))
        });
        g.bench_with_input(BenchmarkId::new("run", label), text, |b, t| {
            b.iter(|| {
                let scn = load(t).expect("valid");
                let played = sanad::session::play_script(&scn, 1, choices);
                let d = sanad::debrief::debrief(&played.session, &scn, &rubric);
                black_box((played.entries.len(), d.total_percent))
            })
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
criterion_main!(benches);
