//! `sanad analyze SCENARIO [--format json] [--simulate N] [--seed S] [--max-states N]`.

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
    if let Some(n) = simulate {
        a.simulation = Some(analysis::simulate(scn, rubric, n, seed));
    }
    match format {
        Format::Json => emit_json(&a),
        Format::Text => emit(&analysis::render(&a)),
    }
    ExitCode::SUCCESS
}
