//! The catalog: every `locales/<locale>/*.ftl` parsed with `fluent-syntax` (for positions,
//! variables and references) and loaded into one concurrent `FluentBundle` per locale.

use super::locale::{Digits, LocaleMeta, SOURCE_LOCALE, known_ids, localize_digits, meta};
use crate::diagnostic::codes;
use crate::diagnostic::{Diagnostic, Report, SourceFile};
use crate::ron_value::Span;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use fluent_syntax::ast;
use fluent_syntax::parser::ErrorKind;
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

/// The functions a message may call. Fluent's `NUMBER` is registered in every bundle (its
/// result keeps the locale's digits); `sanad check` refuses any other name (E0612), since an
/// unknown function shows as `{NAME()}` on screen.
pub const FUNCTIONS: [&str; 1] = ["NUMBER"];

/// What a reference in a message points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    /// `{ other-message }` or `{ other-message.attribute }`.
    Message,
    /// `{ -term }`, `{ -term(case: "gen") }` or `{ -term.attribute -> .. }`.
    Term,
    /// `{ NUMBER($n) }`.
    Function,
}

/// One reference as written, with the position of its identifier.
#[derive(Clone, Debug)]
pub struct FtlRef {
    pub kind: RefKind,
    /// The id without the `-` of a term.
    pub id: String,
    pub attribute: Option<String>,
    /// The named arguments a term reference passes (`case` in `-brand(case: "gen")`).
    pub args: Vec<String>,
    pub span: Span,
}

impl FtlRef {
    /// As written: `-brand.gender`, `msg.attr`, `NUMBER()`.
    pub fn shown(&self) -> String {
        let dash = if self.kind == RefKind::Term { "-" } else { "" };
        match (&self.attribute, self.kind) {
            (_, RefKind::Function) => format!("{}()", self.id),
            (Some(a), _) => format!("{dash}{}.{a}", self.id),
            (None, _) => format!("{dash}{}", self.id),
        }
    }
}

/// One message (or term) as written in one file.
#[derive(Clone, Debug)]
pub struct FtlMessage {
    /// The id (a term's without its `-`).
    pub id: String,
    pub span: Span,
    /// `$variables` the message uses.
    pub vars: Vec<String>,
    /// `$variables` it writes out (not only as a selector, where a missing one falls back to
    /// the default variant).
    pub shown_vars: Vec<String>,
    /// Other messages it references.
    pub refs: Vec<String>,
    /// Every reference (messages, terms, functions) with its position.
    pub references: Vec<FtlRef>,
    /// Whether it has a value (`id = text`), not only attributes (`id =` then `.attr = text`).
    pub has_value: bool,
    /// Its attributes' names.
    pub attributes: Vec<String>,
    /// All literal text of the message (value, attributes and variants), for font checks.
    pub text: String,
}

#[derive(Debug)]
pub struct FtlFile {
    /// File name, e.g. `ui.ftl`.
    pub name: String,
    pub source: Arc<SourceFile>,
    pub messages: Vec<FtlMessage>,
    /// Terms (`-brand = ..`), which only other messages can use.
    pub terms: Vec<FtlMessage>,
}

/// One loaded locale.
pub(super) struct Locale {
    pub(super) id: String,
    pub(super) meta: Option<LocaleMeta>,
    pub(super) bundle: FluentBundle<FluentResource>,
    pub(super) files: Vec<FtlFile>,
    /// Names of `.ftl` files that could not be read (reported); their messages are not
    /// reported missing as well.
    pub(super) unreadable: Vec<String>,
    /// For each message, the variables it can read: its own and those of the messages it
    /// references (they receive the same arguments). Formatting passes only these, so a text
    /// costs the same whatever the number of variables a scenario has.
    pub(super) reads: HashMap<String, Vec<String>>,
}

/// The variables each message can read, through its message references too.
fn variables_read(files: &[FtlFile]) -> HashMap<String, Vec<String>> {
    let direct: HashMap<&str, (&[String], &[String])> = files
        .iter()
        .flat_map(|f| &f.messages)
        .map(|m| (m.id.as_str(), (m.vars.as_slice(), m.refs.as_slice())))
        .collect();
    let mut out = HashMap::with_capacity(direct.len());
    for &id in direct.keys() {
        let mut vars: Vec<String> = Vec::new();
        let mut seen = vec![id];
        let mut todo = vec![id];
        while let Some(m) = todo.pop() {
            let Some((v, refs)) = direct.get(m) else {
                continue;
            };
            for x in *v {
                if !vars.contains(x) {
                    vars.push(x.clone());
                }
            }
            for r in *refs {
                if !seen.contains(&r.as_str()) {
                    seen.push(r);
                    todo.push(r);
                }
            }
        }
        out.insert(id.to_string(), vars);
    }
    out
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

/// Collects what one message uses, walking its syntax tree.
struct Walk<'s, 'm> {
    /// The whole file, for positions.
    src: &'s str,
    m: &'m mut FtlMessage,
}

impl Walk<'_, '_> {
    fn span(&self, name: &str) -> Span {
        let at = offset_in(self.src, name).unwrap_or(0);
        Span::new(at, at + name.len())
    }

    fn pattern(&mut self, p: &ast::Pattern<&str>) {
        for el in &p.elements {
            match el {
                ast::PatternElement::TextElement { value } => self.m.text.push_str(value),
                ast::PatternElement::Placeable { expression } => self.expr(expression),
            }
        }
    }

    fn expr(&mut self, e: &ast::Expression<&str>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector, true);
                for v in variants {
                    self.pattern(&v.value);
                }
            }
            ast::Expression::Inline(i) => self.inline(i, false),
        }
    }

    fn reference(&mut self, kind: RefKind, id: &str, attribute: Option<&str>, args: Vec<String>) {
        let mut span = self.span(id);
        // A term's position includes its `-`.
        if kind == RefKind::Term && span.start > 0 {
            span.start -= 1;
        }
        self.m.references.push(FtlRef {
            kind,
            id: id.to_string(),
            attribute: attribute.map(str::to_string),
            args,
            span,
        });
    }

    fn arguments(&mut self, a: &ast::CallArguments<&str>, selector: bool) {
        for p in &a.positional {
            self.inline(p, selector);
        }
        for n in &a.named {
            self.inline(&n.value, selector);
        }
    }

    /// `selector`: the expression only chooses a variant.
    fn inline(&mut self, i: &ast::InlineExpression<&str>, selector: bool) {
        match i {
            ast::InlineExpression::StringLiteral { value } => self.m.text.push_str(value),
            ast::InlineExpression::NumberLiteral { value } => self.m.text.push_str(value),
            ast::InlineExpression::VariableReference { id } => {
                if !self.m.vars.iter().any(|v| v == id.name) {
                    self.m.vars.push(id.name.to_string());
                }
                if !selector && !self.m.shown_vars.iter().any(|v| v == id.name) {
                    self.m.shown_vars.push(id.name.to_string());
                }
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                self.m.refs.push(id.name.to_string());
                self.reference(
                    RefKind::Message,
                    id.name,
                    attribute.as_ref().map(|a| a.name),
                    Vec::new(),
                );
            }
            ast::InlineExpression::FunctionReference { id, arguments } => {
                self.reference(RefKind::Function, id.name, None, Vec::new());
                self.arguments(arguments, selector);
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let names = arguments
                    .as_ref()
                    .map(|a| a.named.iter().map(|n| n.name.name.to_string()).collect())
                    .unwrap_or_default();
                self.reference(
                    RefKind::Term,
                    id.name,
                    attribute.as_ref().map(|a| a.name),
                    names,
                );
                if let Some(a) = arguments {
                    self.arguments(a, selector);
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expr(expression),
        }
    }
}

/// A hint for a Fluent syntax error that fits its kind.
fn syntax_hint(kind: &ErrorKind) -> String {
    let s = match kind {
        ErrorKind::ExpectedToken('=') => {
            "a line at the left margin starts a new message: `id = text`; \
             if it continues the text above, indent it; otherwise add the `=` after the id"
                .to_string()
        }
        ErrorKind::ExpectedToken('}') => {
            "a placeable opened with `{` is not closed: add `}`; a select \
             expression ends with `}` on a line of its own, after the `*[other]` variant"
                .to_string()
        }
        ErrorKind::ExpectedToken('[') | ErrorKind::ExpectedToken('*') => {
            "each variant of a select is written `[key] text` on its own line, the default one \
             `*[other] text`"
                .to_string()
        }
        ErrorKind::ExpectedToken(c) => format!("`{c}` is missing here"),
        ErrorKind::ExpectedCharRange { .. } => "ids start with a letter and use only letters, \
             digits, `-` and `_`; `$variables` and `-terms` follow the same rule"
            .to_string(),
        ErrorKind::ExpectedMessageField { entry_id } => format!(
            "`{entry_id} =` has no text: write it after the `=`, or on the next lines, indented"
        ),
        ErrorKind::ExpectedTermField { entry_id } => format!(
            "`-{entry_id} =` has no text: write it after the `=`, or on the next lines, indented"
        ),
        ErrorKind::ForbiddenCallee => "only functions, written in capitals (`NUMBER(..)`), take \
             arguments in parentheses; a `-term(..)` passes arguments to a term"
            .to_string(),
        ErrorKind::MissingDefaultVariant => "mark one variant of the select as the default with \
             `*`, e.g. `*[other]`; it is shown when no other variant matches"
            .to_string(),
        ErrorKind::MultipleDefaultVariants => {
            "only one variant of a select may be marked with `*`".to_string()
        }
        ErrorKind::MissingValue => "a value is missing after the `=`".to_string(),
        ErrorKind::MessageReferenceAsSelector
        | ErrorKind::TermReferenceAsSelector
        | ErrorKind::MessageAttributeAsSelector
        | ErrorKind::ExpectedSimpleExpressionAsSelector => "a select chooses by a `$variable`, a \
             function such as `NUMBER($n)` or a term attribute (`-brand.gender`), not by a message"
            .to_string(),
        ErrorKind::TermAttributeAsPlaceable => "a term attribute such as `-brand.gender` can only \
             choose a variant (`{ -brand.gender -> .. }`); it cannot be shown"
            .to_string(),
        ErrorKind::UnterminatedStringLiteral => {
            "close the string with `\"` on the same line".to_string()
        }
        ErrorKind::PositionalArgumentFollowsNamed => "write positional arguments before named \
             ones: `NUMBER($n, minimumFractionDigits: 1)`"
            .to_string(),
        ErrorKind::DuplicatedNamedArgument(name) => format!("give `{name}` only once"),
        ErrorKind::UnknownEscapeSequence(_) | ErrorKind::InvalidUnicodeEscapeSequence(_) => {
            "inside `\"..\"` the escapes are `\\\"`, `\\\\`, `\\uXXXX` and `\\UXXXXXX`".to_string()
        }
        ErrorKind::UnbalancedClosingBrace => {
            "a `}` without its `{`: remove it, or write a literal brace as `{ \"}\" }`".to_string()
        }
        ErrorKind::ExpectedInlineExpression => "after `{` comes a `$variable`, a message id, a \
             `-term`, a function call or a \"literal\", then `}`"
            .to_string(),
        ErrorKind::ExpectedLiteral => "variant keys and term arguments are literals: `[one]`, \
             `[male]`, `\"text\"` or a number"
            .to_string(),
    };
    format!("{s} (Fluent syntax guide: projectfluent.org/fluent/guide)")
}

/// The length of a UTF-8 byte order mark at the start of `text` (0 or 3).
fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{FEFF}') { 3 } else { 0 }
}

fn entry_message(
    src: &str,
    id: &str,
    value: Option<&ast::Pattern<&str>>,
    attributes: &[ast::Attribute<&str>],
) -> FtlMessage {
    // Each definition, duplicates included, points at its own identifier.
    let at = offset_in(src, id).unwrap_or(0);
    let mut m = FtlMessage {
        id: id.to_string(),
        span: Span::new(at, at + id.len()),
        vars: Vec::new(),
        shown_vars: Vec::new(),
        refs: Vec::new(),
        references: Vec::new(),
        has_value: value.is_some(),
        attributes: attributes.iter().map(|a| a.id.name.to_string()).collect(),
        text: String::new(),
    };
    let mut w = Walk { src, m: &mut m };
    if let Some(v) = value {
        w.pattern(v);
    }
    for a in attributes {
        w.pattern(&a.value);
    }
    m
}

/// Parses one `.ftl` file, reporting syntax errors with their position. A byte order mark at
/// the start is skipped ([`SourceFile::new`] has already dropped one; positions count from
/// the start of its text).
pub fn parse_ftl(source: &Arc<SourceFile>, report: &mut Report) -> FtlFile {
    let name = source
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bom = bom_len(&source.text);
    let resource = match fluent_syntax::parser::parse(&source.text[bom..]) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                // Point at the start of the broken entry; the parser notices the problem
                // where it gives up, often on the next line.
                let len = source.text.len();
                let start = (bom + e.slice.as_ref().map_or(e.pos.start, |s| s.start)).min(len);
                let line_end = source.text[start..].find('\n').map_or(len, |i| start + i);
                let (found_line, _) = source.line_col((bom + e.pos.start).min(len));
                report.push(
                    Diagnostic::error(codes::E0600, format!("Fluent syntax error: {}", e.kind))
                        .at(
                            source,
                            Span::new(start, line_end.max(start + 1).min(len)),
                            format!("in this entry (noticed on line {found_line})"),
                        )
                        .hint(syntax_hint(&e.kind)),
                );
            }
            r
        }
    };
    let mut messages = Vec::new();
    let mut terms = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(msg) => messages.push(entry_message(
                &source.text,
                msg.id.name,
                msg.value.as_ref(),
                &msg.attributes,
            )),
            ast::Entry::Term(t) => terms.push(entry_message(
                &source.text,
                t.id.name,
                Some(&t.value),
                &t.attributes,
            )),
            _ => {}
        }
    }
    FtlFile {
        name,
        source: source.clone(),
        messages,
        terms,
    }
}

/// E0001 for a locale folder or file that cannot be read.
fn cannot_read(display: &str, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(codes::E0001, format!("cannot read `{display}`: {err}"))
        .in_path(display.to_string())
        .hint("check that it exists and that you may read it; a link must lead to a folder or file")
}

impl Catalog {
    /// Loads every `locales/<locale>/*.ftl`. Problems (unreadable files, syntax errors,
    /// duplicate ids) go into `report`; what can be used is still loaded.
    pub fn load(root: &Path, report: &mut Report) -> Catalog {
        let dir = root.join("locales");
        let mut locale_dirs = Vec::new();
        match std::fs::read_dir(&dir) {
            Ok(rd) => {
                for e in rd.flatten() {
                    let Some(name) = e.file_name().to_str().map(str::to_string) else {
                        continue;
                    };
                    // Follows links: a link to a folder is a locale folder, a link that leads
                    // nowhere (or in a loop) cannot be read.
                    match std::fs::metadata(e.path()) {
                        Ok(m) if m.is_dir() => locale_dirs.push(name),
                        Ok(_) => {} // notes such as REVIEW.md
                        Err(err) => report.push(cannot_read(&format!("locales/{name}"), &err)),
                    }
                }
            }
            Err(e) => {
                report.push(
                    Diagnostic::error(
                        codes::E0001,
                        format!("cannot read `{}`: {e}", dir.display()),
                    )
                    .in_path("locales"),
                );
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
            let entries = match std::fs::read_dir(dir.join(&id)) {
                Ok(rd) => rd,
                Err(err) => {
                    // Not loaded at all: one error, not every message reported missing.
                    report.push(cannot_read(&format!("locales/{id}"), &err));
                    continue;
                }
            };
            let mut paths: Vec<_> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().and_then(|x| x.to_str()) == Some("ftl"))
                .collect();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            let meta = meta(&id);
            if meta.is_some_and(|m| m.digits == Digits::ArabicIndic) {
                bundle.set_formatter(Some(arabic_indic_numbers));
            }
            // The one function messages may call; `FUNCTIONS` lists it for the checks.
            let _ = bundle.add_function(FUNCTIONS[0], fluent_bundle::builtins::NUMBER);
            paths.sort();
            let mut files = Vec::new();
            let mut unreadable = Vec::new();
            let mut seen: HashMap<String, (Arc<SourceFile>, Span)> = HashMap::new();
            for path in paths {
                let file_name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if let Some(d) = crate::loader::outside_link(&canon_root, &path, root) {
                    report.push(d);
                    unreadable.push(file_name);
                    continue;
                }
                let display = crate::loader::display_path(root, &path);
                let source = match crate::loader::read_source(&path, display) {
                    Ok(s) => s,
                    Err(d) => {
                        report.push(d);
                        unreadable.push(file_name);
                        continue;
                    }
                };
                crate::diagnostic::bidi::scan(&source, report);
                let file = parse_ftl(&source, report);
                let terms = file.terms.iter().map(|t| (format!("-{}", t.id), t.span));
                let entries = file.messages.iter().map(|m| (m.id.clone(), m.span));
                for (key, span) in entries.chain(terms) {
                    if let Some((f0, s0)) = seen.get(&key) {
                        let what = if key.starts_with('-') {
                            "term"
                        } else {
                            "message"
                        };
                        report.push(
                            Diagnostic::error(
                                codes::E0606,
                                format!("the {what} `{key}` is defined twice in `{id}`"),
                            )
                            .at(&source, span, "defined again here")
                            .note(f0, *s0, "first defined here"),
                        );
                    } else {
                        seen.insert(key, (source.clone(), span));
                    }
                }
                let body = source.text[bom_len(&source.text)..].to_string();
                let res = match FluentResource::try_new(body) {
                    Ok(r) => r,
                    Err((r, _)) => r, // errors reported above; the valid entries still load
                };
                // Duplicates were reported; keep the first definition.
                let _ = bundle.add_resource(res);
                files.push(file);
            }
            let reads = variables_read(&files);
            locales.push(Locale {
                id,
                meta,
                bundle,
                files,
                unreadable,
                reads,
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
    fn references_terms_and_attributes_are_recorded_with_positions() {
        let text = "\u{FEFF}-t = { $case ->\n       *[x] T { $shown }\n    }\n    .g = f\n\
                    m =\n    .a = { -t(case: \"y\") } { n.b } { NUMBER($k) }\n";
        let f = parse(text);
        assert_eq!(f.terms.len(), 1);
        let t = &f.terms[0];
        // Spans index the source's text, which no longer holds the byte order mark.
        let text = text.strip_prefix('\u{FEFF}').unwrap();
        assert_eq!((t.id.as_str(), t.span.start), ("t", 1));
        assert_eq!(t.vars, ["case", "shown"]);
        assert_eq!(t.shown_vars, ["shown"], "a selector only chooses");
        assert_eq!(t.attributes, ["g"]);
        let m = &f.messages[0];
        assert!(!m.has_value);
        let refs: Vec<(RefKind, String, &[String])> = m
            .references
            .iter()
            .map(|r| (r.kind, r.shown(), r.args.as_slice()))
            .collect();
        assert_eq!(
            refs,
            [
                (RefKind::Term, "-t".to_string(), &["case".to_string()][..]),
                (RefKind::Message, "n.b".to_string(), &[][..]),
                (RefKind::Function, "NUMBER()".to_string(), &[][..]),
            ]
        );
        let r = &m.references[0];
        assert_eq!(&text[r.span.range()], "-t");
    }

    #[test]
    fn offsets_outside_the_text_are_refused() {
        let text = String::from("abc");
        assert_eq!(offset_in(&text, &text[1..]), Some(1));
        assert_eq!(offset_in(&text, "abc"), None);
    }
}
