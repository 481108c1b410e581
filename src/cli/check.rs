//! `sanad check [PATHS..] [--format json] [--strict]`.

use super::{Format, emit, emit_json};
use sanad::diagnostic::color_wanted;
use sanad::loader::{self, Purpose, Selection};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn check(root: &Path, paths: &[PathBuf], format: Format, strict: bool) -> ExitCode {
    let report = loader::load(root, &Selection::Paths(paths), Purpose::Check { strict }).report;
    match format {
        Format::Json => emit_json(&report.to_json()),
        Format::Text => emit(&report.render_styled(color_wanted(std::io::stdout().is_terminal()))),
    }
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
