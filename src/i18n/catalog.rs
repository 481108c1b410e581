//! The catalog: every `locales/<locale>/*.ftl` parsed with `fluent-syntax` (for positions,
//! variables and references) and loaded into one concurrent `FluentBundle` per locale.

use super::locale::{Digits, LocaleMeta, SOURCE_LOCALE, known_ids, localize_digits, meta};
use crate::diagnostic::codes;
use crate::diagnostic::{Diagnostic, Report, SourceFile};
use crate::ron_value::Span;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use fluent_syntax::ast;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

fn arabic_indic_numbers(
    v: &FluentValue,
    _m: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(localize_digits(&n.as_string(), Digits::ArabicIndic)),
        _ => None,
    }
}

/// One message as written in one file.
#[derive(Clone, Debug)]
pub struct FtlMessage {
    pub id: String,
    pub span: Span,
    /// `$variables` the message uses.
    pub vars: Vec<String>,
    /// Other messages it references.
    pub refs: Vec<String>,
    /// All literal text of the message (value, attributes and variants), for font checks.
    pub text: String,
}

#[derive(Debug)]
pub struct FtlFile {
    /// File name, e.g. `ui.ftl`.
    pub name: String,
    pub source: Arc<SourceFile>,
    pub messages: Vec<FtlMessage>,
}

/// One loaded locale.
pub(super) struct Locale {
    pub(super) id: String,
    pub(super) meta: Option<LocaleMeta>,
    pub(super) bundle: FluentBundle<FluentResource>,
    pub(super) files: Vec<FtlFile>,
}

/// Every locale's messages.
pub struct Catalog {
    pub(super) locales: Vec<Locale>,
}

/// The byte offset of `part` in `text`, when `part` is a slice of `text`. The Fluent parser
/// borrows every identifier from the source, so this is where the parser found it.
fn offset_in(text: &str, part: &str) -> Option<usize> {
    let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (start.checked_add(part.len())? <= text.len()).then_some(start)
}

fn walk_pattern(p: &ast::Pattern<&str>, m: &mut FtlMessage) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => m.text.push_str(value),
            ast::PatternElement::Placeable { expression } => walk_expr(expression, m),
        }
    }
}

fn walk_expr(e: &ast::Expression<&str>, m: &mut FtlMessage) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, m);
            for v in variants {
                walk_pattern(&v.value, m);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, m),
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, m: &mut FtlMessage) {
    match i {
        ast::InlineExpression::StringLiteral { value } => m.text.push_str(value),
        ast::InlineExpression::NumberLiteral { value } => m.text.push_str(value),
        ast::InlineExpression::VariableReference { id } => {
            if !m.vars.iter().any(|v| v == id.name) {
                m.vars.push(id.name.to_string());
            }
        }
        ast::InlineExpression::MessageReference { id, .. } => m.refs.push(id.name.to_string()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, m);
            }
            for a in &arguments.named {
                walk_inline(&a.value, m);
            }
        }
        ast::InlineExpression::TermReference { .. } => {}
        ast::InlineExpression::Placeable { expression } => walk_expr(expression, m),
    }
}

/// Parses one `.ftl` file, reporting syntax errors with their position.
pub fn parse_ftl(source: &Arc<SourceFile>, report: &mut Report) -> FtlFile {
    let name = source
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let resource = match fluent_syntax::parser::parse(source.text.as_str()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                // Point at the start of the broken entry; the parser notices the problem
                // where it gives up, often on the next line.
                let len = source.text.len();
                let start = e.slice.as_ref().map_or(e.pos.start, |s| s.start).min(len);
                let line_end = source.text[start..].find('\n').map_or(len, |i| start + i);
                let (found_line, _) = source.line_col(e.pos.start.min(len));
                report.push(
                    Diagnostic::error(codes::E0600, format!("Fluent syntax error: {}", e.kind))
                        .at(
                            source,
                            Span::new(start, line_end.max(start + 1).min(len)),
                            format!("in this entry (noticed on line {found_line})"),
                        )
                        .hint("see the Fluent syntax guide (projectfluent.org); continuation lines of a message must be indented"),
                );
            }
            r
        }
    };
    let mut messages = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(msg) = entry {
            // Each definition, duplicates included, points at its own identifier.
            let at = offset_in(&source.text, msg.id.name).unwrap_or(0);
            let mut m = FtlMessage {
                id: msg.id.name.to_string(),
                span: Span::new(at, at + msg.id.name.len()),
                vars: Vec::new(),
                refs: Vec::new(),
                text: String::new(),
            };
            if let Some(v) = &msg.value {
                walk_pattern(v, &mut m);
            }
            for a in &msg.attributes {
                walk_pattern(&a.value, &mut m);
            }
            messages.push(m);
        }
    }
    FtlFile {
        name,
        source: source.clone(),
        messages,
    }
}

impl Catalog {
    /// Loads every `locales/<locale>/*.ftl`. Problems (unreadable files, syntax errors,
    /// duplicate ids) go into `report`; what can be used is still loaded.
    pub fn load(root: &Path, report: &mut Report) -> Catalog {
        let dir = root.join("locales");
        let mut locale_dirs: Vec<_> = match std::fs::read_dir(&dir) {
            Ok(rd) => rd
                .flatten()
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .collect(),
            Err(e) => {
                report.push(
                    Diagnostic::error(
                        codes::E0001,
                        format!("cannot read `{}`: {e}", dir.display()),
                    )
                    .in_path("locales"),
                );
                Vec::new()
            }
        };
        locale_dirs.sort();
        // English first: it is the fallback.
        locale_dirs.sort_by_key(|l| l != SOURCE_LOCALE);
        let canon_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let mut locales = Vec::new();
        for id in locale_dirs {
            let Ok(langid) = id.parse::<LanguageIdentifier>() else {
                report.push(
                    Diagnostic::error(codes::E0106, format!("`locales/{id}` is not a locale code"))
                        .in_path(format!("locales/{id}"))
                        .hint(format!("use codes such as {}", known_ids())),
                );
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            let meta = meta(&id);
            if meta.is_some_and(|m| m.digits == Digits::ArabicIndic) {
                bundle.set_formatter(Some(arabic_indic_numbers));
            }
            let mut paths: Vec<_> = std::fs::read_dir(dir.join(&id))
                .map(|rd| {
                    rd.flatten()
                        .map(|e| e.path())
                        .filter(|p| p.extension().and_then(|x| x.to_str()) == Some("ftl"))
                        .collect()
                })
                .unwrap_or_default();
            paths.sort();
            let mut files = Vec::new();
            let mut seen: HashMap<String, (Arc<SourceFile>, Span)> = HashMap::new();
            for path in paths {
                if let Some(d) = crate::loader::outside_link(&canon_root, &path, root) {
                    report.push(d);
                    continue;
                }
                let display = crate::loader::display_path(root, &path);
                let source = match crate::loader::read_source(&path, display) {
                    Ok(s) => s,
                    Err(d) => {
                        report.push(d);
                        continue;
                    }
                };
                crate::diagnostic::bidi::scan(&source, report);
                let file = parse_ftl(&source, report);
                for m in &file.messages {
                    if let Some((f0, s0)) = seen.get(&m.id) {
                        report.push(
                            Diagnostic::error(
                                codes::E0606,
                                format!("the message `{}` is defined twice in `{id}`", m.id),
                            )
                            .at(&source, m.span, "defined again here")
                            .note(f0, *s0, "first defined here"),
                        );
                    } else {
                        seen.insert(m.id.clone(), (source.clone(), m.span));
                    }
                }
                let res = match FluentResource::try_new(source.text.clone()) {
                    Ok(r) => r,
                    Err((r, _)) => r, // errors reported above; the valid entries still load
                };
                // Duplicates were reported; keep the first definition.
                let _ = bundle.add_resource(res);
                files.push(file);
            }
            locales.push(Locale {
                id,
                meta,
                bundle,
                files,
            });
        }
        Catalog { locales }
    }

    /// Locale ids in load order, English first.
    pub fn locales(&self) -> Vec<&str> {
        self.locales.iter().map(|l| l.id.as_str()).collect()
    }

    pub(super) fn index(&self, locale: &str) -> Option<usize> {
        self.locales.iter().position(|l| l.id == locale)
    }

    pub fn has_locale(&self, locale: &str) -> bool {
        self.index(locale).is_some()
    }

    /// Whether `locale` itself (not its fallback) has the message.
    pub fn has_message(&self, locale: &str, id: &str) -> bool {
        self.index(locale)
            .is_some_and(|i| self.locales[i].bundle.has_message(id))
    }

    pub fn files(&self, locale: &str) -> &[FtlFile] {
        self.index(locale)
            .map_or(&[], |i| self.locales[i].files.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> FtlFile {
        let source = SourceFile::new(Path::new("t.ftl"), "t.ftl".into(), text.into());
        parse_ftl(&source, &mut Report::default())
    }

    fn span_of(f: &FtlFile, id: &str) -> Vec<(usize, usize)> {
        f.messages
            .iter()
            .filter(|m| m.id == id)
            .map(|m| (m.span.start as usize, m.span.end as usize))
            .collect()
    }

    #[test]
    fn positions_come_from_the_syntax_tree() {
        let f = parse("# c\nfoo = x\n  cont\nbar-baz=y\n");
        assert_eq!(span_of(&f, "foo"), vec![(4, 7)]);
        assert_eq!(span_of(&f, "bar-baz"), vec![(19, 26)]);
    }

    #[test]
    fn duplicates_and_crlf_point_at_their_own_line() {
        let text = "a = 1\r\nb = { a }\r\na = 2\r\n";
        let f = parse(text);
        assert_eq!(span_of(&f, "a"), vec![(0, 1), (18, 19)]);
        assert_eq!(f.messages[1].refs, vec!["a".to_string()]);
    }

    #[test]
    fn offsets_outside_the_text_are_refused() {
        let text = String::from("abc");
        assert_eq!(offset_in(&text, &text[1..]), Some(1));
        assert_eq!(offset_in(&text, "abc"), None);
    }
}
