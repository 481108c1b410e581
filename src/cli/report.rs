//! `sanad report PATHS... --out DIR [--lang L] [--format json]`: the class report from any
//! number of export files and folders: Markdown, CSV and charts (SVG and PNG). Files that
//! cannot be used are listed with the reason and skipped; the report still completes.

use super::{Format, emit_json, language};
use sanad::loader::{self, Purpose, Selection};
use sanad::report;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn report(
    root: &Path,
    paths: &[PathBuf],
    out: &Path,
    format: Format,
    lang: Option<&str>,
) -> ExitCode {
    let loaded = loader::load(root, &Selection::All, Purpose::Play);
    let locale = match language(&loaded.catalog, lang) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let loc = loaded.catalog.localizer(&locale);
    let input = report::collect(paths);
    let r = report::build(&input, &loaded.library);
    let written = match report::write(&r, &loaded.library, &loc, &root.join("assets/fonts"), out) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    for s in &r.skipped {
        eprintln!("skipped: {}: {}", s.path, s.reason);
    }
    match format {
        Format::Json => emit_json(&r),
        Format::Text => println!(
            "{} attempt(s) by {} trainee(s) on {} scenario(s); {} file(s) skipped; wrote {} files to {} (start with report.md)",
            r.attempts,
            r.trainees,
            r.scenarios.len(),
            r.skipped.len(),
            written.len(),
            out.display()
        ),
    }
    ExitCode::SUCCESS
}
