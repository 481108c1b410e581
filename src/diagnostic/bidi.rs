//! Bidirectional controls that can make text display in another order than it is stored
//! ("Trojan Source", CVE-2021-42574), found in scenario files and locale files alike.
//!
//! Warned about (W0901), one warning per line:
//! - the embeddings and overrides U+202A–U+202E (LRE, RLE, PDF, LRO, RLO), always: nothing a
//!   translator needs is done with them that isolates do not do better;
//! - isolates U+2066–U+2068 (LRI, RLI, FSI) not closed by U+2069 (PDI) on the same line, and a
//!   PDI that closes nothing.
//!
//! Not warned about: the marks U+200E and U+200F and isolates closed on their line, which
//! translators use to keep a Latin name or a number in place inside right-to-left text.

use super::{Diagnostic, Report, SourceFile, codes};
use crate::ron_value::{Span, Spanned, Value};
use std::sync::Arc;

/// The Unicode name of a bidirectional control, or `None` for other characters.
pub fn control_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        _ => return None,
    })
}

/// The first deceptive control among the characters of one line, given as (byte offset,
/// length in the source, character): its offset and length, the character, and what is
/// wrong with it.
fn first_problem(
    chars: impl Iterator<Item = (usize, usize, char)>,
) -> Option<(usize, usize, char, &'static str)> {
    let mut open: Vec<(usize, usize, char)> = Vec::new();
    for (i, len, c) in chars {
        match c {
            '\u{202A}'..='\u{202E}' => return Some((i, len, c, "override")),
            '\u{2066}'..='\u{2068}' => open.push((i, len, c)),
            '\u{2069}' => match open.pop() {
                Some(_) => {}
                None => return Some((i, len, c, "closes nothing")),
            },
            _ => {}
        }
    }
    open.first().map(|&(i, len, c)| (i, len, c, "not closed"))
}

fn plain(line: &str) -> impl Iterator<Item = (usize, usize, char)> + '_ {
    line.char_indices().map(|(i, c)| (i, c.len_utf8(), c))
}

/// The characters of one line of Fluent, with the escapes of its string literals
/// (`{ "\u202E" }`, `\U00202E`) read as the characters they stand for. Outside a string
/// literal, Fluent shows a backslash as it is.
fn ftl_chars(line: &str) -> Vec<(usize, usize, char)> {
    let mut out = Vec::with_capacity(line.len());
    let (mut depth, mut literal) = (0u32, false);
    let mut it = line.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if literal && c == '\\' {
            let rest = &line[i + 1..];
            let digits = match rest.as_bytes().first() {
                Some(b'u') => 4,
                Some(b'U') => 6,
                _ => 0,
            };
            let escaped = rest
                .get(1..1 + digits)
                .filter(|h| digits > 0 && h.bytes().all(|b| b.is_ascii_hexdigit()))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .and_then(char::from_u32);
            if let Some(e) = escaped {
                out.push((i, 2 + digits, e));
                for _ in 0..1 + digits {
                    it.next();
                }
            } else {
                // `\\` or `\"`: the next character is taken as it is.
                out.push((i, 1, c));
                if let Some((j, d)) = it.next() {
                    out.push((j, d.len_utf8(), d));
                }
            }
            continue;
        }
        match c {
            '"' if literal => literal = false,
            '"' if depth > 0 => literal = true,
            '{' if !literal => depth += 1,
            '}' if !literal => depth = depth.saturating_sub(1),
            _ => {}
        }
        out.push((i, c.len_utf8(), c));
    }
    out
}

/// `U+202E RIGHT-TO-LEFT OVERRIDE`.
fn char_name(c: char) -> String {
    format!("U+{:04X} {}", c as u32, control_name(c).unwrap_or(""))
}

/// The warning for `c` at the byte offset `at`, or over `span` when given (an escape).
fn warning(
    file: &Arc<SourceFile>,
    at: usize,
    c: char,
    problem: &str,
    span: Option<Span>,
) -> Diagnostic {
    let code = char_name(c);
    let message = match problem {
        "override" => format!(
            "the bidirectional control {code} can make this text display in a different order than it is written"
        ),
        "closes nothing" => format!("{code} closes no isolate on this line"),
        _ => format!("the isolate {code} is not closed on this line"),
    };
    let (span, label) = match span {
        Some(s) => (s, format!("{code}, written as an escape")),
        None => (Span::new(at, at + c.len_utf8()), format!("{code} here")),
    };
    Diagnostic::warning(codes::W0901, message)
        .at(file, span, label)
        .hint(
            "remove it (\"Trojan Source\"); to keep a name or a number in place in \
             right-to-left text use U+200E or U+200F, or an isolate (U+2066, U+2067, U+2068) \
             closed by U+2069 on the same line",
        )
}

/// W0901 for every line of `file` with a deceptive bidirectional control (see the module
/// documentation). For `.ron` and `.ftl` files alike; comments count too. In `.ftl` files the
/// escapes of string literals count as well (in `.ron` files see [`scan_escapes`]).
pub fn scan(file: &Arc<SourceFile>, report: &mut Report) {
    let text = &file.text;
    let ftl = file.path.extension().is_some_and(|x| x == "ftl");
    let raw = text.contains(['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}'])
        || text.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']);
    let escapes = ftl && (text.contains("\\u") || text.contains("\\U"));
    if !raw && !escapes {
        return;
    }
    for line in 0..file.line_starts.len() {
        let range = file.line_range(line);
        let line = &text[range.clone()];
        let problem = if escapes && line.contains('\\') {
            first_problem(ftl_chars(line).into_iter())
        } else {
            first_problem(plain(line))
        };
        if let Some((i, len, c, problem)) = problem {
            let at = range.start + i;
            let span = (len != c.len_utf8()).then(|| Span::new(at, at + len));
            report.push(warning(file, at, c, problem, span));
        }
    }
}

/// W0901 for strings of a parsed `.ron` file whose controls were written as escapes
/// (`"\u{202E}"`), which [`scan`] does not see in the raw text.
pub fn scan_escapes(file: &Arc<SourceFile>, value: &Spanned<Value>, report: &mut Report) {
    if !file.text.contains("\\u") {
        return;
    }
    walk(file, value, report);
}

fn walk(file: &Arc<SourceFile>, v: &Spanned<Value>, report: &mut Report) {
    match &v.value {
        Value::Str(s) => {
            let raw = file.text.get(v.span.range()).unwrap_or("");
            let raw_has = raw.chars().any(|c| control_name(c).is_some());
            if !raw_has
                && let Some((_, _, c, problem)) =
                    s.split('\n').find_map(|l| first_problem(plain(l)))
            {
                report.push(warning(file, 0, c, problem, Some(v.span)));
            }
        }
        Value::Char(c) if control_name(*c).is_some() => {
            let raw = file.text.get(v.span.range()).unwrap_or("");
            if !raw.contains(*c) {
                let problem = if matches!(c, '\u{2066}'..='\u{2068}') {
                    "not closed"
                } else if *c == '\u{2069}' {
                    "closes nothing"
                } else {
                    "override"
                };
                report.push(warning(file, 0, *c, problem, Some(v.span)));
            }
        }
        Value::Struct { fields, .. } => {
            for (_, x) in fields {
                walk(file, x, report);
            }
        }
        Value::Tuple { items, .. } | Value::List(items) => {
            for x in items {
                walk(file, x, report);
            }
        }
        Value::Map(entries) => {
            for (k, x) in entries {
                walk(file, k, report);
                walk(file, x, report);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn warnings(text: &str) -> Vec<(usize, usize)> {
        let f = SourceFile::new(Path::new("t.ftl"), "t.ftl".into(), text.into());
        let mut r = Report::default();
        scan(&f, &mut r);
        r.diagnostics.iter().filter_map(|d| d.line_col()).collect()
    }

    #[test]
    fn overrides_and_unbalanced_isolates_warn_once_per_line() {
        assert_eq!(
            warnings("a = x\u{202E}y\u{202C}\nb = \u{202D}"),
            [(1, 6), (2, 5)]
        );
        assert_eq!(warnings("a = \u{2067}x\nb = x\u{2069}"), [(1, 5), (2, 6)]);
        // Closed on the next line is still open on this one.
        assert_eq!(warnings("a = \u{2068}x\n  y\u{2069}"), [(1, 5), (2, 4)]);
        assert_eq!(warnings("a = \u{2066}\u{2067}x\u{2069}"), [(1, 5)]);
    }

    #[test]
    fn escapes_in_fluent_string_literals_count() {
        assert_eq!(warnings("a = x{\"\\u202E\"}y"), [(1, 8)]);
        assert_eq!(warnings("a = {\"\\U002067\"}x"), [(1, 7)]);
        assert_eq!(warnings("a = {\"\\u2067\"}x{\"\\u2069\"}"), []);
        // Outside a string literal a backslash is text.
        assert_eq!(warnings("a = \\u202E and { $x }"), []);
        assert_eq!(warnings("a = {\"\\\\u202E\"}"), []);
    }

    #[test]
    fn marks_and_balanced_isolates_do_not() {
        assert!(
            warnings("a = \u{200F}x \u{200E}y \u{2067}z\u{2069} \u{2068}\u{2066}w\u{2069}\u{2069}")
                .is_empty()
        );
        assert!(warnings("").is_empty());
        assert!(warnings("plain\r\ntext\r").is_empty());
    }
}
