//! `sanad analyze SCENARIO [--format json] [--simulate N] [--seed S] [--max-states N]`, and
//! `sanad analyze --library [--format json]`.

use super::{Format, emit, emit_json, load_one};
use sanad::analysis::{self, MAX_STATES};
use std::path::Path;
use std::process::ExitCode;

pub fn analyze(
    root: &Path,
    scenario: &str,
    format: Format,
    simulate: Option<usize>,
    seed: u64,
    max_states: usize,
) -> ExitCode {
    if max_states == 0 || max_states > MAX_STATES {
        eprintln!(
            "error: `--max-states` must be between 1 and {MAX_STATES} (got {max_states}); \
             a state takes about 200 bytes with its edges, so more would not fit in memory"
        );
        return ExitCode::from(2);
    }
    let loaded = match load_one(root, scenario) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let (scn, rubric) = (&loaded.library.scenarios[0], &loaded.library.rubric);
    let mut a = analysis::analyze(scn, rubric, max_states);
    a.teaching.lengths = sanad::teaching::lengths(scn, &loaded.catalog);
    a.play_time = a.fullest_best_path().map(|(seed, choose)| {
        sanad::reading::measure(scn, &loaded.catalog.localizer("en"), "en", seed, &choose)
    });
    if let Some(n) = simulate {
        a.simulation = Some(analysis::simulate(scn, rubric, n, seed));
    }
    match format {
        Format::Json => emit_json(&a),
        Format::Text => emit(&analysis::render(&a)),
    }
    ExitCode::SUCCESS
}

/// The whole library against a workshop's goals (see [`sanad::coverage`]). Exit 0 even when a
/// goal is not met: the figures are for the author; the library test asserts them.
pub fn library(root: &Path, format: Format) -> ExitCode {
    let loaded = sanad::loader::load(
        root,
        &sanad::loader::Selection::All,
        sanad::loader::Purpose::Play,
    );
    if loaded.report.has_errors() {
        eprint!("{}", loaded.report.render());
        eprintln!("error: scenarios with errors are left out of the figures below");
    }
    let c = sanad::coverage::coverage(&loaded.library);
    match format {
        Format::Json => emit_json(&c),
        Format::Text => emit(&sanad::coverage::render(&c)),
    }
    ExitCode::SUCCESS
}
