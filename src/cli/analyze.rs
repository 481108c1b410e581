//! `sanad analyze SCENARIO [--format json] [--simulate N] [--seed S] [--max-states N]`.

use super::{Format, emit, emit_json, load_one};
use sanad::analysis;
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
    let loaded = match load_one(root, scenario) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let (scn, rubric) = (&loaded.library.scenarios[0], &loaded.library.rubric);
    let mut a = analysis::analyze(scn, rubric, max_states.max(1));
    if let Some(n) = simulate {
        a.simulation = Some(analysis::simulate(scn, rubric, n, seed));
    }
    match format {
        Format::Json => emit_json(&a),
        Format::Text => emit(&analysis::render(&a)),
    }
    ExitCode::SUCCESS
}
