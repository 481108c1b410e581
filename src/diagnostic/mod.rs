//! Author-facing problems: what went wrong, where (file, line, column, the source line), a
//! label under the offending text and a hint, in the style of rustc and miette. Every check
//! collects all of its problems into a [`Report`] instead of stopping at the first.
//!
//! - [`codes`]: every diagnostic code with its title.
//! - `render`: the rustc-style text, drawn by `annotate-snippets`.
//! - `suggest`: "did you mean" hints.

pub mod bidi;
pub mod codes;
mod render;
mod suggest;

pub use codes::Code;
pub use render::color_wanted;
pub use suggest::did_you_mean;

use crate::ron_value::Span;
use serde::Serialize;
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
    /// Lines end with `\n`, `\r\n` or a lone `\r` (old Mac files), each counted once. A byte
    /// order mark at the start (Windows Notepad writes one) is dropped: it is no part of the
    /// text, and columns on the first line do not count it.
    pub fn new(path: &Path, display: String, mut text: String) -> Arc<SourceFile> {
        if text.starts_with('\u{FEFF}') {
            text.drain(..'\u{FEFF}'.len_utf8());
        }
        let mut line_starts = vec![0];
        let bytes = text.as_bytes();
        line_starts.extend(
            text.match_indices(['\n', '\r']).filter_map(|(i, c)| {
                (c == "\n" || bytes.get(i + 1) != Some(&b'\n')).then_some(i + 1)
            }),
        );
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

    /// Whether a line ends with a lone `\r`, which the renderer does not take as a line break.
    fn has_lone_cr(&self) -> bool {
        self.line_starts
            .iter()
            .skip(1)
            .any(|&i| self.text.as_bytes()[i - 1] == b'\r')
    }

    /// 0-based index of the line holding a byte offset.
    fn line_index(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset.min(self.text.len())) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Byte range of a 0-based line, without its line break.
    fn line_range(&self, line: usize) -> std::ops::Range<usize> {
        let start = self.line_starts[line];
        let end = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        let text = self.text[start..end].trim_end_matches(['\n', '\r']);
        start..start + text.len()
    }
}

/// Text quoted from content, made safe to show in a message: characters that cannot be seen
/// or that reorder the text around them (controls, NUL, zero-width characters, bidirectional
/// controls, unusual spaces, tags and variation selectors) are written as Rust-style escapes,
/// so that `a\u{200b}` and `a` are told apart. Line breaks and tabs are kept.
pub fn escape_invisible(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_invisible) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_invisible(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A character that shows nothing, or shows as a plain space, or changes the display order.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\0'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{a0}'
        | '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}' | '\u{1160}' | '\u{1680}'
        | '\u{17b4}' | '\u{17b5}' | '\u{180b}'..='\u{180f}' | '\u{2000}'..='\u{200f}'
        | '\u{2028}'..='\u{202f}' | '\u{205f}'..='\u{206f}' | '\u{3000}' | '\u{3164}'
        | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}' | '\u{fff0}'..='\u{fffb}'
        | '\u{1bca0}'..='\u{1bca3}' | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

fn shown(s: String) -> String {
    match escape_invisible(&s) {
        std::borrow::Cow::Borrowed(_) => s,
        std::borrow::Cow::Owned(o) => o,
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
    /// Stable code, e.g. `E0301`, from [`codes`]; listed in docs/authoring.md.
    pub code: Code,
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
    pub fn new(severity: Severity, code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: shown(message.into()),
            file: None,
            location: None,
            label: String::new(),
            hint: None,
            notes: Vec::new(),
        }
    }
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }
    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }
    pub fn at(mut self, file: &Arc<SourceFile>, span: Span, label: impl Into<String>) -> Self {
        self.file = Some(file.display.clone());
        self.location = Some(Location {
            file: file.clone(),
            span: Some(span),
        });
        self.label = shown(label.into());
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
        self.hint = Some(shown(hint.into()));
        self
    }
    pub fn maybe_hint(mut self, hint: Option<String>) -> Self {
        if let Some(h) = hint {
            self.hint = Some(shown(h));
        }
        self
    }
    pub fn note(mut self, file: &Arc<SourceFile>, span: Span, label: impl Into<String>) -> Self {
        self.notes.push((
            Location {
                file: file.clone(),
                span: Some(span),
            },
            shown(label.into()),
        ));
        self
    }

    /// 1-based line and column, when the problem has a position.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let loc = self.location.as_ref()?;
        Some(loc.file.line_col(loc.span?.start as usize))
    }
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
                    "code": d.code.id,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::codes;

    #[test]
    fn renders_file_line_column_source_and_label() {
        let f = SourceFile::new(
            Path::new("x.ron"),
            "scenarios/x.ron".into(),
            "line one\n    next: \"stroy\",\n".into(),
        );
        let start = f.text.find("\"stroy\"").unwrap();
        let d = Diagnostic::error(codes::E0301, "unknown node `stroy`")
            .at(&f, Span::new(start, start + 7), "no node with this id")
            .hint("did you mean `story`?");
        let r = d.render();
        assert!(r.contains("error[E0301]: unknown node `stroy`"), "{r}");
        assert!(r.contains("--> scenarios/x.ron:2:11"), "{r}");
        // The gutter is as wide as the largest line number (rustc's layout).
        assert!(r.contains("\n2 |     next: \"stroy\","), "{r}");
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
}
