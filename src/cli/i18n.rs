//! `sanad i18n [--format json]`: translation completeness per locale and file.

use super::{Format, emit, emit_json};
use sanad::diagnostic::Report;
use sanad::i18n::{self, Catalog};
use serde_json::json;
use std::path::Path;
use std::process::ExitCode;

pub fn i18n_table(root: &Path, format: Format) -> ExitCode {
    let mut report = Report::default();
    let catalog = Catalog::load(root, &mut report);
    let rows = i18n::completeness(&catalog);
    match format {
        Format::Json => {
            let mut locales = Vec::new();
            for l in catalog.locales() {
                let files: Vec<_> = rows.iter().filter(|r| r.locale == l).collect();
                let translated: usize = files.iter().map(|r| r.translated).sum();
                let total: usize = files.iter().map(|r| r.total).sum();
                locales.push(json!({
                    "locale": l,
                    "direction": i18n::meta(l).map(|m| m.direction),
                    "translated": translated,
                    "total": total,
                    "percent": if total == 0 { 100.0 } else { (translated as f64 * 1000.0 / total as f64).round() / 10.0 },
                    "files": files.iter().map(|r| json!({
                        "file": r.file, "translated": r.translated, "total": r.total, "percent": r.percent,
                    })).collect::<Vec<_>>(),
                }));
            }
            emit_json(&json!({"locales": locales, "errors": report.errors()}));
        }
        Format::Text => {
            let mut table = format!(
                "{:<8} {:<40} {:>12} {:>8}\n",
                "locale", "file", "translated", "percent"
            );
            for r in &rows {
                table.push_str(&format!(
                    "{:<8} {:<40} {:>12} {:>7.1}%\n",
                    r.locale,
                    r.file,
                    format!("{}/{}", r.translated, r.total),
                    r.percent
                ));
            }
            emit(&table);
            if report.has_errors() {
                eprintln!(
                    "{} problem(s) reading the locales; run `sanad check locales`",
                    report.errors()
                );
            }
        }
    }
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
