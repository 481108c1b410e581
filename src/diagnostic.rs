//! Author-facing problems: what went wrong, where (file, line, column, the source line), a
//! label under the offending text and a hint, in the style of rustc and miette. Every check
//! collects all of its problems into a [`Report`] instead of stopping at the first.

use crate::ron_value::Span;
use serde::Serialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A source file as it was read, kept so that problems can quote it.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as shown to the author (relative to the content root where possible).
    pub display: String,
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: &Path, display: String, text: String) -> Arc<SourceFile> {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Arc::new(SourceFile {
            display,
            path: path.to_path_buf(),
            text,
            line_starts,
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line + 1, col + 1)
    }

    fn line_text(&self, line: usize) -> &str {
        let start = self.line_starts[line - 1];
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// Where a problem is: a file, optionally a span in it.
#[derive(Clone, Debug)]
pub struct Location {
    pub file: Arc<SourceFile>,
    pub span: Option<Span>,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable code, e.g. `E0301`; listed in docs/authoring.md.
    pub code: &'static str,
    pub message: String,
    /// The file the problem is in, when there is one. A diagnostic without a file is about
    /// the whole content (e.g. a missing folder).
    pub file: Option<String>,
    pub location: Option<Location>,
    pub label: String,
    pub hint: Option<String>,
    /// Secondary places ("first defined here").
    pub notes: Vec<(Location, String)>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            file: None,
            location: None,
            label: String::new(),
            hint: None,
            notes: Vec::new(),
        }
    }
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }
    pub fn at(mut self, file: &Arc<SourceFile>, span: Span, label: impl Into<String>) -> Self {
        self.file = Some(file.display.clone());
        self.location = Some(Location {
            file: file.clone(),
            span: Some(span),
        });
        self.label = label.into();
        self
    }
    pub fn in_file(mut self, file: &Arc<SourceFile>) -> Self {
        self.file = Some(file.display.clone());
        self.location = Some(Location {
            file: file.clone(),
            span: None,
        });
        self
    }
    /// For problems about a file that could not be read as text.
    pub fn in_path(mut self, display: impl Into<String>) -> Self {
        self.file = Some(display.into());
        self
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    pub fn maybe_hint(mut self, hint: Option<String>) -> Self {
        if hint.is_some() {
            self.hint = hint;
        }
        self
    }
    pub fn note(mut self, file: &Arc<SourceFile>, span: Span, label: impl Into<String>) -> Self {
        self.notes.push((
            Location {
                file: file.clone(),
                span: Some(span),
            },
            label.into(),
        ));
        self
    }

    /// 1-based line and column, when the problem has a position.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let loc = self.location.as_ref()?;
        Some(loc.file.line_col(loc.span?.start as usize))
    }

    /// Renders the problem for a terminal, rustc style.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(out, "{sev}[{}]: {}", self.code, self.message);
        match (&self.location, &self.file) {
            (Some(loc), _) => {
                render_snippet(&mut out, loc, &self.label, true);
            }
            (None, Some(f)) => {
                let _ = writeln!(out, "  --> {f}");
            }
            _ => {}
        }
        for (loc, label) in &self.notes {
            render_snippet(&mut out, loc, label, false);
        }
        if let Some(h) = &self.hint {
            let _ = writeln!(out, "   = help: {h}");
        }
        out
    }
}

fn render_snippet(out: &mut String, loc: &Location, label: &str, primary: bool) {
    let file = &loc.file;
    let Some(span) = loc.span else {
        let _ = writeln!(out, "  --> {}", file.display);
        return;
    };
    let (line, col) = file.line_col(span.start as usize);
    let (end_line, end_col) = file.line_col(span.end as usize);
    let gutter = line.to_string().len().max(2);
    let pad = " ".repeat(gutter);
    let _ = writeln!(out, "{pad}--> {}:{line}:{col}", file.display);
    let _ = writeln!(out, "{pad} |");
    let text = file.line_text(line);
    // Replace tabs so that the caret lines up.
    let shown: String = text
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let _ = writeln!(out, "{line:>gutter$} | {shown}");
    let width = if end_line == line {
        end_col.saturating_sub(col).max(1)
    } else {
        shown.chars().count().saturating_sub(col - 1).max(1)
    };
    let mark = if primary { '^' } else { '-' };
    let _ = writeln!(
        out,
        "{pad} | {}{} {label}",
        " ".repeat(col - 1),
        mark.to_string().repeat(width.min(120))
    );
}

/// All problems found by one check, in the order found.
#[derive(Default, Debug)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }
    pub fn extend(&mut self, other: Report) {
        self.diagnostics.extend(other.diagnostics);
    }
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }
    /// Sorted by file, then position, errors before warnings at the same place.
    pub fn sort(&mut self) {
        self.diagnostics.sort_by(|a, b| {
            let ka = (
                a.file.clone(),
                a.location.as_ref().and_then(|l| l.span).map(|s| s.start),
            );
            let kb = (
                b.file.clone(),
                b.location.as_ref().and_then(|l| l.span).map(|s| s.start),
            );
            ka.cmp(&kb).then(a.severity.cmp(&b.severity))
        });
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            out.push_str(&d.render());
            out.push('\n');
        }
        let (e, w) = (self.errors(), self.warnings());
        let _ = writeln!(
            out,
            "{}: {e} error{}, {w} warning{}",
            if e > 0 { "failed" } else { "ok" },
            if e == 1 { "" } else { "s" },
            if w == 1 { "" } else { "s" }
        );
        out
    }

    /// `{"errors": N, "warnings": N, "diagnostics": [{"severity", "code", "message", "file",
    /// "line", "column"}]}`; `label` and `hint` are added for tools that want them.
    pub fn to_json(&self) -> serde_json::Value {
        let diags: Vec<_> = self
            .diagnostics
            .iter()
            .map(|d| {
                let (line, column) = d
                    .line_col()
                    .map_or((None, None), |(l, c)| (Some(l), Some(c)));
                serde_json::json!({
                    "severity": d.severity,
                    "code": d.code,
                    "message": d.message,
                    "file": d.file,
                    "line": line,
                    "column": column,
                    "label": d.label,
                    "hint": d.hint,
                })
            })
            .collect();
        serde_json::json!({
            "errors": self.errors(),
            "warnings": self.warnings(),
            "diagnostics": diags,
        })
    }
}

/// The closest candidate by edit distance, for "did you mean" hints.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = edit_distance(word, c);
        let limit = (word.chars().count().max(c.chars().count()) / 3).max(1);
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| format!("did you mean `{c}`?"))
}

/// Edit distance with adjacent transpositions (optimal string alignment).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() > 64 || b.len() > 64 {
        return usize::MAX / 2;
    }
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            // A swap of two neighbours counts as one edit ("stroy" -> "story").
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        prev2.clone_from(&prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_file_line_column_source_and_label() {
        let f = SourceFile::new(
            Path::new("x.ron"),
            "scenarios/x.ron".into(),
            "line one\n    next: \"stroy\",\n".into(),
        );
        let start = f.text.find("\"stroy\"").unwrap();
        let d = Diagnostic::error("E0301", "unknown node `stroy`")
            .at(&f, Span::new(start, start + 7), "no node with this id")
            .hint("did you mean `story`?");
        let r = d.render();
        assert!(r.contains("error[E0301]: unknown node `stroy`"), "{r}");
        assert!(r.contains("--> scenarios/x.ron:2:11"), "{r}");
        assert!(r.contains(" 2 |     next: \"stroy\","), "{r}");
        assert!(
            r.contains("|           ^^^^^^^ no node with this id"),
            "{r}"
        );
        assert!(r.contains("= help: did you mean `story`?"), "{r}");
        assert_eq!(d.line_col(), Some((2, 11)));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let f = SourceFile::new(Path::new("a"), "a".into(), "\"ڕێ\" x".into());
        let off = f.text.find('x').unwrap();
        assert_eq!(f.line_col(off), (1, 6));
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            did_you_mean("stroy", ["story", "end"]).as_deref(),
            Some("did you mean `story`?")
        );
        assert_eq!(did_you_mean("zzzzzz", ["story", "end"]), None);
    }
}
