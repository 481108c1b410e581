//! The rustc-style text of a diagnostic, drawn by `annotate-snippets` (as rustc and cargo
//! do): columns by display width (wide CJK characters take two, combining marks none), spans
//! over several lines, and colour only when asked for.

use super::{Diagnostic, Location, Report, Severity, SourceFile};
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use std::fmt::Write as _;
use std::ops::Range;
use std::sync::Arc;

impl Diagnostic {
    /// Renders the problem rustc style, without colour (for pipes, files and tests).
    pub fn render(&self) -> String {
        diagnostic(self, false)
    }

    /// [`Self::render`], with colour when `color` is true (see [`color_wanted`]).
    pub fn render_styled(&self, color: bool) -> String {
        diagnostic(self, color)
    }
}

impl Report {
    /// Every problem and the summary line, without colour (for pipes, files and tests).
    pub fn render(&self) -> String {
        self.render_styled(false)
    }

    /// [`Self::render`], with colour when `color` is true. The binary passes
    /// [`color_wanted`]`(stream.is_terminal())` for the stream it prints to.
    pub fn render_styled(&self, color: bool) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            out.push_str(&d.render_styled(color));
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
}

/// Whether to colour output on a stream: only on a terminal, and never when `NO_COLOR` is set
/// to anything but the empty string (no-color.org).
pub fn color_wanted(is_terminal: bool) -> bool {
    is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// One diagnostic, ending with a line break. Source lines wider than 140 columns
/// (annotate-snippets' default, rustc's width in a pipe) are cut around the marked spot.
fn diagnostic(d: &Diagnostic, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let mut group = Group::with_title(level.primary_title(d.message.as_str()).id(d.code.id));

    // The primary place, with the notes in the same file in the same snippet.
    let mut notes: Vec<&(Location, String)> = d.notes.iter().collect();
    match (&d.location, &d.file) {
        (Some(loc), _) => match loc.span {
            Some(span) => {
                let mut marks = vec![(
                    AnnotationKind::Primary,
                    span.start as usize..span.end as usize,
                    d.label.as_str(),
                )];
                notes.retain(|(n, label)| match n.span {
                    Some(s) if Arc::ptr_eq(&n.file, &loc.file) => {
                        marks.push((
                            AnnotationKind::Context,
                            s.start as usize..s.end as usize,
                            label.as_str(),
                        ));
                        false
                    }
                    _ => true,
                });
                group = group.element(snippet(&loc.file, &marks));
            }
            None => group = group.element(Origin::path(loc.file.display.as_str())),
        },
        (None, Some(f)) => group = group.element(Origin::path(f.as_str())),
        (None, None) => {}
    }
    for (loc, label) in notes {
        group = match loc.span {
            Some(s) => group.element(snippet(
                &loc.file,
                &[(
                    AnnotationKind::Context,
                    s.start as usize..s.end as usize,
                    label.as_str(),
                )],
            )),
            None => group.element(Origin::path(loc.file.display.as_str())),
        };
    }
    if let Some(h) = &d.hint {
        group = group.element(Level::HELP.message(h.as_str()));
    }
    let mut out = renderer.render(&[group]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The lines of `file` that the marks touch (unmarked lines between them are folded), with
/// the marks moved into that window.
fn snippet<'a>(
    file: &'a SourceFile,
    marks: &[(AnnotationKind, Range<usize>, &'a str)],
) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let marks: Vec<_> = marks
        .iter()
        .map(|(kind, r, label)| (*kind, clamp(file, r.clone()), *label))
        .collect();
    let first = marks
        .iter()
        .map(|(_, r, _)| file.line_index(r.start))
        .min()
        .unwrap_or(0);
    let last = marks
        .iter()
        .map(|(_, r, _)| file.line_index(r.end))
        .max()
        .unwrap_or(0);
    let window = file.line_range(first).start..file.line_range(last).end;
    let base = window.start;
    let text = &file.text[window];
    // annotate-snippets breaks lines at `\n` only; a lone `\r` becomes one (same length, so
    // the marks stay where they are).
    let source: std::borrow::Cow<'a, str> = if file.has_lone_cr() && text.contains('\r') {
        let b = text.as_bytes();
        text.char_indices()
            .map(|(i, c)| {
                if c == '\r' && b.get(i + 1) != Some(&b'\n') {
                    '\n'
                } else {
                    c
                }
            })
            .collect::<String>()
            .into()
    } else {
        text.into()
    };
    Snippet::source(source)
        .line_start(first + 1)
        .path(file.display.as_str())
        .annotations(marks.into_iter().map(|(kind, r, label)| {
            let a = kind.span(r.start - base..r.end - base);
            if label.is_empty() { a } else { a.label(label) }
        }))
}

/// A span kept inside the text, on character boundaries, and not running past the end of a
/// line onto the next one only because it takes the line break with it.
fn clamp(file: &SourceFile, r: Range<usize>) -> Range<usize> {
    let text = &file.text;
    let start = text.floor_char_boundary(r.start.min(text.len()));
    // Inside `\r\n`: at the end of the line.
    let start = start.min(file.line_range(file.line_index(start)).end);
    let mut end = text.ceil_char_boundary(r.end.clamp(start, text.len()));
    while end > start && matches!(text.as_bytes()[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::super::{Diagnostic, Report, SourceFile};
    use super::color_wanted;
    use crate::diagnostic::codes;
    use crate::ron_value::Span;
    use std::path::Path;
    use std::sync::Arc;

    fn file(text: &str) -> Arc<SourceFile> {
        SourceFile::new(Path::new("t.ron"), "t.ron".into(), text.into())
    }

    fn span_of(f: &SourceFile, needle: &str) -> Span {
        let start = f.text.find(needle).unwrap();
        Span::new(start, start + needle.len())
    }

    /// The caret line under the source line that contains `source`.
    fn caret_line<'r>(r: &'r str, source: &str) -> &'r str {
        let lines: Vec<&str> = r.lines().collect();
        let i = lines.iter().position(|l| l.contains(source)).unwrap();
        lines[i + 1]
    }

    #[test]
    fn carets_sit_under_wide_and_right_to_left_text() {
        // Arabic with a combining mark (the shadda takes no column) and CJK characters (two
        // columns each) before the marked word.
        let f = file("x\n  speaker: \"شّاهد\", 名前: \"stroy\",\n");
        let d = Diagnostic::error(codes::E0301, "unknown node `stroy`").at(
            &f,
            span_of(&f, "\"stroy\""),
            "no node with this id",
        );
        let r = d.render();
        // The column counts characters (JSON and the header agree).
        assert!(r.contains("--> t.ron:2:25"), "{r}");
        assert_eq!(d.line_col(), Some((2, 25)));
        let src = "  speaker: \"شّاهد\", 名前: \"stroy\",";
        let carets = caret_line(&r, src);
        let gutter = "  | ";
        assert!(carets.starts_with(gutter), "{r}");
        // Display columns before the word: `  speaker: "` 12, the Arabic word 4 (five
        // characters, the shadda takes no column), `", ` 3, the two wide characters 4, `: "`
        // 2: 25. Counting characters would give 24.
        let marks = &carets[gutter.len()..];
        assert_eq!(
            marks,
            format!("{}^^^^^^^ no node with this id", " ".repeat(25)),
            "{r}"
        );
    }

    #[test]
    fn spans_over_several_lines_mark_both_ends() {
        let f = file("a\nChoice(\n    text: \"t\",\n    next: \"x\",\n)\nb\n");
        let start = f.text.find("Choice(").unwrap();
        let end = f.text.find(")\n").unwrap() + 1;
        let d = Diagnostic::error(codes::E0309, "a critical choice without feedback").at(
            &f,
            Span::new(start, end),
            "this choice",
        );
        let r = d.render();
        assert!(r.contains("--> t.ron:2:1"), "{r}");
        for l in ["2 | / Choice(", "3 | |     text: \"t\",", "5 | | )"] {
            assert!(r.contains(l), "{l:?} in\n{r}");
        }
        assert!(r.contains("  | |_^ this choice"), "{r}");
        assert!(!r.contains("6 |"), "{r}");
    }

    #[test]
    fn notes_in_the_same_file_share_the_snippet() {
        let f = file("msg = one\na = 1\nb = 2\nc = 3\nmsg = two\n");
        let second = f.text.rfind("msg").unwrap();
        let d = Diagnostic::error(codes::E0606, "`msg` is defined twice")
            .at(&f, Span::new(second, second + 3), "defined again here")
            .note(&f, Span::new(0, 3), "first defined here");
        let r = d.render();
        assert!(r.contains("--> t.ron:5:1"), "{r}");
        assert!(r.contains("1 | msg = one"), "{r}");
        assert!(r.contains("--- first defined here"), "{r}");
        assert!(r.contains("5 | msg = two"), "{r}");
        assert!(r.contains("^^^ defined again here"), "{r}");
        assert!(!r.contains("b = 2"), "unmarked lines are folded:\n{r}");
        assert_eq!(r.matches("-->").count(), 1, "{r}");
    }

    #[test]
    fn odd_spans_do_not_panic() {
        let f = file("ab\r\nc\u{5d0}d\n");
        let len = f.text.len();
        for (s, e) in [
            (0, 0),
            (2, 3),
            (3, 3),
            (3, 4),
            (5, 6),
            (len, len),
            (len + 5, len + 9),
        ] {
            let d = Diagnostic::error(codes::E0100, "x").at(&f, Span::new(s, e), "here");
            assert!(d.render().contains("error[E0100]: x"));
        }
        let empty = file("");
        let d = Diagnostic::error(codes::E0100, "empty file").at(&empty, Span::new(0, 0), "here");
        assert!(d.render().contains("--> t.ron:1:1"), "{}", d.render());
    }

    #[test]
    fn whole_file_problems_name_the_file() {
        let f = file("x");
        let r = Diagnostic::error(codes::E0003, "too large")
            .in_file(&f)
            .render();
        assert!(r.contains("--> t.ron"), "{r}");
        let r = Diagnostic::warning(codes::W0602, "missing")
            .in_path("locales/ar/ui.ftl")
            .hint("translate them")
            .render();
        assert!(r.starts_with("warning[W0602]: missing\n"), "{r}");
        assert!(r.contains("--> locales/ar/ui.ftl"), "{r}");
        assert!(r.contains("= help: translate them"), "{r}");
    }

    #[test]
    fn colour_only_when_asked() {
        let f = file("next: \"stroy\"");
        let mut report = Report::default();
        report.push(Diagnostic::error(codes::E0301, "unknown node").at(
            &f,
            span_of(&f, "\"stroy\""),
            "here",
        ));
        let plain = report.render();
        assert!(!plain.contains('\u{1b}'), "{plain}");
        assert_eq!(plain, report.render_styled(false));
        let styled = report.render_styled(true);
        assert!(styled.contains("\u{1b}["), "{styled}");
        assert!(
            styled.ends_with("failed: 1 error, 0 warnings\n"),
            "{styled}"
        );
        assert!(!color_wanted(false));
    }
}
