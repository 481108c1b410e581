//! The class report over 10,000 attempt files. Run with:
//!
//!     cargo bench --no-default-features --bench report
//!
//! - `report/10k`: read 10,000 exported attempt files (random complete runs of the shipped
//!   scenarios), work the report out (which replays every attempt for the per-decision
//!   counts) and write it: Markdown, CSV, SVG and PNG charts. Target: under 2 s.

use criterion::{Criterion, criterion_group, criterion_main};
use sanad::attempts::{self, AttemptRecord};
use sanad::loader::{self, Purpose, Selection};
use sanad::records::Mode;
use sanad::session::Session;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A random complete run of `scn`, recorded as the app records it.
fn random_attempt(
    scn: &sanad::model::Scenario,
    rubric: &sanad::model::Rubric,
    k: u64,
) -> AttemptRecord {
    let mut s = Session::new(scn, k);
    let mut x = k.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    while !s.is_finished() {
        let valid = s.valid_positions(scn);
        if valid.is_empty() {
            if s.advance(scn).is_err() {
                break;
            }
            continue;
        }
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let p = valid[(x % valid.len() as u64) as usize];
        let _ = s.choose(scn, p);
    }
    let mut a = AttemptRecord::start(&format!("TR-{:04}", k % 30), scn, k, Mode::Workshop, "en");
    let d = sanad::debrief::debrief(&s, scn, rubric);
    a.update(&s, &d, true);
    a
}

fn report(c: &mut Criterion) {
    let root = root();
    let loaded = loader::load(&root, &Selection::All, Purpose::Play);
    let lib = &loaded.library;
    let dir = std::env::temp_dir().join(format!("sanad-bench-report-{}", std::process::id()));
    let list: Vec<AttemptRecord> = (0..10_000u64)
        .map(|k| {
            let scn = &lib.scenarios[k as usize % lib.scenarios.len()];
            let mut a = random_attempt(scn, &lib.rubric, k);
            a.id = format!("{}-{k}", a.id);
            a
        })
        .collect();
    attempts::export(&list, &dir).expect("export");
    let out = dir.join("report");
    let loc = loaded.catalog.localizer("en");
    let fonts = root.join("assets/fonts");
    let mut g = c.benchmark_group("report");
    g.sample_size(10);
    // Every timed pass is kept too, to print the figure beside its target after the run.
    let mut passes: Vec<std::time::Duration> = Vec::new();
    g.bench_function("10k", |b| {
        b.iter_custom(|iters| {
            let start = std::time::Instant::now();
            for _ in 0..iters {
                let input = sanad::report::collect(std::slice::from_ref(&dir));
                assert_eq!(input.attempts.len(), 10_000);
                let r = sanad::report::build(&input, lib);
                sanad::report::write(&r, lib, &loc, &fonts, &out).expect("write");
            }
            let took = start.elapsed();
            passes.push(took / iters.max(1) as u32);
            took
        })
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&dir);
    if !passes.is_empty() {
        passes.sort();
        let median = passes[passes.len() / 2].as_secs_f64();
        println!(
            "\nTarget: report/10k  median {median:.2} s over {} samples   under 2 s   ratio {:.2}  {}",
            passes.len(),
            median / 2.0,
            if median <= 2.0 { "ok" } else { "MISSED" }
        );
    }
}

criterion_group!(benches, report);
criterion_main!(benches);
