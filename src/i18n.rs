//! Localisation with Fluent: loading `locales/<locale>/*.ftl`, looking messages up with
//! English fallback message by message, locale digits and direction, language negotiation,
//! and the completeness checks behind `sanad check` and `sanad i18n`.
//!
//! `fluent-bundle` is used directly (not `bevy_fluent`) so that the engine, the command line
//! and the tests share one implementation without bevy; see docs/design.md.

pub mod keys;

use crate::diagnostic::{Diagnostic, Report, SourceFile};
use crate::model::{ArgValue, Scenario};
use crate::ron_value::Span;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// The fallback and source language.
pub const SOURCE_LOCALE: &str = "en";

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Digits {
    /// 0123456789
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩ (U+0660..U+0669)
    ArabicIndic,
}

/// What Sanad knows about a locale.
#[derive(Clone, Copy, Debug)]
pub struct LocaleMeta {
    pub id: &'static str,
    pub direction: Direction,
    pub digits: Digits,
}

/// Locales with known direction and digits. CLDR gives `arab` (Arabic-Indic) as the default
/// numbering system for `ar-IQ` and for `ckb`; Iraqi and Kurdistan Region documents use them.
/// Kurmanji (Badini) in Duhok is mostly written in the Arabic-based alphabet (the brief notes
/// this needs local confirmation).
pub const KNOWN_LOCALES: [LocaleMeta; 4] = [
    LocaleMeta {
        id: "en",
        direction: Direction::Ltr,
        digits: Digits::Latin,
    },
    LocaleMeta {
        id: "ar",
        direction: Direction::Rtl,
        digits: Digits::ArabicIndic,
    },
    LocaleMeta {
        id: "ckb",
        direction: Direction::Rtl,
        digits: Digits::ArabicIndic,
    },
    LocaleMeta {
        id: "kmr",
        direction: Direction::Rtl,
        digits: Digits::ArabicIndic,
    },
];

pub fn meta(locale: &str) -> Option<LocaleMeta> {
    KNOWN_LOCALES.iter().copied().find(|m| m.id == locale)
}

/// Converts ASCII digits to the locale's digits.
pub fn localize_digits(s: &str, digits: Digits) -> String {
    match digits {
        Digits::Latin => s.to_string(),
        Digits::ArabicIndic => s
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c),
                '.' => '\u{066B}',
                _ => c,
            })
            .collect(),
    }
}

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

struct Locale {
    id: String,
    meta: Option<LocaleMeta>,
    bundle: FluentBundle<FluentResource>,
    files: Vec<FtlFile>,
}

/// Every locale's messages.
pub struct Catalog {
    locales: Vec<Locale>,
}

/// Byte offsets of `id =` at the start of lines, for pointing at messages (every
/// occurrence, in order, so that a duplicate points at its own line).
fn message_offsets(text: &str) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let bytes = line.as_bytes();
        if bytes
            .first()
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'-')
        {
            let end = line
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(line.len());
            if line[end..].trim_start().starts_with('=') {
                out.entry(line[..end].to_string()).or_default().push(offset);
            }
        }
        offset += line.len();
    }
    out
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
                    Diagnostic::error("E0600", format!("Fluent syntax error: {}", e.kind))
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
    let offsets = message_offsets(&source.text);
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut messages = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(msg) = entry {
            let k = seen.entry(msg.id.name).or_insert(0);
            let at = offsets
                .get(msg.id.name)
                .and_then(|v| v.get(*k).or(v.last()))
                .copied()
                .unwrap_or(0);
            *k += 1;
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
                    Diagnostic::error("E0001", format!("cannot read `{}`: {e}", dir.display()))
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
                    Diagnostic::error("E0106", format!("`locales/{id}` is not a locale code"))
                        .in_path(format!("locales/{id}"))
                        .hint("use codes such as en, ar, ckb, kmr"),
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
                let file = parse_ftl(&source, report);
                for m in &file.messages {
                    if let Some((f0, s0)) = seen.get(&m.id) {
                        report.push(
                            Diagnostic::error(
                                "E0606",
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

    fn index(&self, locale: &str) -> Option<usize> {
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

    /// A localizer for `locale` (English when the locale is not loaded).
    pub fn localizer(&self, locale: &str) -> Localizer<'_> {
        let lang = self
            .index(locale)
            .or_else(|| self.index(SOURCE_LOCALE))
            .unwrap_or(0);
        Localizer {
            catalog: self,
            lang,
            mark_missing: false,
        }
    }
}

/// How missing translations show.
#[derive(Clone, Copy)]
pub struct Localizer<'c> {
    catalog: &'c Catalog,
    lang: usize,
    /// Dev builds: mark English fallbacks with `[en]` and missing ids with `[missing: id]`.
    /// Never set in release builds: a trainee never sees a raw id.
    pub mark_missing: bool,
}

/// Why a text was not found in the chosen language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    InLocale,
    Fallback,
    Missing,
}

impl<'c> Localizer<'c> {
    pub fn locale(&self) -> &str {
        self.catalog
            .locales
            .get(self.lang)
            .map_or(SOURCE_LOCALE, |l| l.id.as_str())
    }

    pub fn meta(&self) -> LocaleMeta {
        self.catalog
            .locales
            .get(self.lang)
            .and_then(|l| l.meta)
            .unwrap_or(KNOWN_LOCALES[0])
    }

    pub fn direction(&self) -> Direction {
        self.meta().direction
    }

    pub fn is_rtl(&self) -> bool {
        self.direction() == Direction::Rtl
    }

    /// Numbers formatted outside Fluent (e.g. in the app's bars) with the locale's digits.
    pub fn number(&self, n: impl std::fmt::Display) -> String {
        localize_digits(&n.to_string(), self.meta().digits)
    }

    fn format_in(&self, idx: usize, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = &self.catalog.locales.get(idx)?.bundle;
        let msg = bundle.get_message(id)?;
        let pattern = msg.value()?;
        let mut errors = Vec::new();
        let s = bundle.format_pattern(pattern, args, &mut errors);
        Some(join_lines(&s))
    }

    fn fluent_args(&self, args: &[(String, ArgValue)]) -> FluentArgs<'static> {
        let mut fa = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            let val = match v {
                ArgValue::Number(n) => FluentValue::from(*n),
                ArgValue::Str(s) => FluentValue::from(s.clone()),
                ArgValue::Text(m) => FluentValue::from(self.text(m, &[])),
            };
            fa.set(k.clone(), val);
        }
        fa
    }

    /// The message in this language, else in English; never a raw id.
    pub fn text(&self, id: &str, args: &[(String, ArgValue)]) -> String {
        self.lookup(id, args).0
    }

    /// Like [`Self::text`], and says where the text came from.
    pub fn lookup(&self, id: &str, args: &[(String, ArgValue)]) -> (String, Found) {
        let fa = (!args.is_empty()).then(|| self.fluent_args(args));
        if let Some(s) = self.format_in(self.lang, id, fa.as_ref()) {
            return (s, Found::InLocale);
        }
        if let Some(en) = self.catalog.index(SOURCE_LOCALE)
            && let Some(s) = self.format_in(en, id, fa.as_ref())
        {
            let s = if self.mark_missing {
                format!("[en] {s}")
            } else {
                s
            };
            return (s, Found::Fallback);
        }
        if self.mark_missing {
            return (format!("[missing: {id}]"), Found::Missing);
        }
        let unavailable = self
            .format_in(self.lang, keys::TEXT_UNAVAILABLE, None)
            .or_else(|| {
                self.catalog
                    .index(SOURCE_LOCALE)
                    .and_then(|en| self.format_in(en, keys::TEXT_UNAVAILABLE, None))
            })
            .unwrap_or_else(|| "…".to_string());
        (unavailable, Found::Missing)
    }

    /// A paragraph: in right-to-left locales it starts with U+200F RIGHT-TO-LEFT MARK, so that
    /// a paragraph beginning with a Latin name or a digit is still laid out right to left.
    pub fn paragraph(&self, id: &str, args: &[(String, ArgValue)]) -> String {
        self.para(self.text(id, args))
    }

    /// Applies the paragraph direction to a text already formatted.
    pub fn para(&self, s: String) -> String {
        if self.is_rtl() {
            format!("\u{200F}{s}")
        } else {
            s
        }
    }

    /// Shorthand for a message with one argument.
    pub fn text1(&self, id: &str, name: &str, value: ArgValue) -> String {
        self.text(id, &[(name.to_string(), value)])
    }
}

/// Fluent keeps the line breaks of multi-line values. Authors wrap long texts for
/// readability, so a single line break becomes a space; an empty line (two breaks) starts a
/// new paragraph.
pub fn join_lines(s: &str) -> String {
    if !s.contains('\n') {
        return s.to_string();
    }
    s.split("\n\n")
        .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Removes Fluent's bidi isolation marks (U+2068, U+2069) and the RLM, for terminals and
/// JSON where they only get in the way.
pub fn strip_bidi(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}' | '\u{200F}'))
        .collect()
}

/// The language to use: the user's choice first, then the OS locale (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`), then English. Only locales the catalog has are returned.
pub fn negotiate(user: Option<&str>, available: &[&str]) -> String {
    let mut requested: Vec<String> = Vec::new();
    if let Some(u) = user {
        requested.push(u.to_string());
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var)
            && !v.is_empty()
        {
            // `ar_IQ.UTF-8` -> `ar-IQ`
            let tag = v.split(['.', '@']).next().unwrap_or("").replace('_', "-");
            if !tag.is_empty() && tag != "C" && tag != "POSIX" {
                requested.push(tag);
            }
            break;
        }
    }
    negotiate_from(&requested, available)
}

/// Negotiation without reading the environment (for tests).
pub fn negotiate_from(requested: &[String], available: &[&str]) -> String {
    let req: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| r.parse().ok()).collect();
    let avail: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let default: LanguageIdentifier = SOURCE_LOCALE.parse().expect("en parses");
    let got = fluent_langneg::negotiate_languages(
        &req,
        &avail,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    got.first()
        .map(|l| l.to_string())
        .unwrap_or_else(|| SOURCE_LOCALE.to_string())
}

/// Options for the localisation checks.
#[derive(Clone, Copy, Default)]
pub struct CheckOptions {
    /// Missing translations and unused messages are errors, not warnings.
    pub strict: bool,
}

/// The message ids the engine and app use, with the arguments each receives, given the
/// scenarios and rubric loaded.
pub fn used_messages(
    scenarios: &[Scenario],
    rubric: &crate::model::Rubric,
) -> BTreeMap<String, (Option<String>, HashSet<String>)> {
    // id -> (scenario it belongs to, argument names provided)
    let mut out: BTreeMap<String, (Option<String>, HashSet<String>)> = BTreeMap::new();
    for (id, args) in keys::ALL {
        out.insert(
            id.to_string(),
            (None, args.iter().map(|a| a.to_string()).collect()),
        );
    }
    for id in keys::dynamic_ids() {
        out.entry(id).or_insert_with(|| (None, HashSet::new()));
    }
    for id in rubric.message_ids() {
        out.entry(id.to_string())
            .or_insert_with(|| (None, HashSet::new()));
    }
    for s in scenarios {
        let provided: HashSet<String> =
            s.argument_names().into_iter().map(str::to_string).collect();
        for id in s.message_ids() {
            let e = out
                .entry(id.to_string())
                .or_insert_with(|| (Some(s.id.clone()), HashSet::new()));
            if e.0.is_none() && e.1.is_empty() {
                e.0 = Some(s.id.clone());
            }
            e.1.extend(provided.iter().cloned());
        }
        for a in s.agencies() {
            out.entry(format!("agency-{a}"))
                .or_insert_with(|| (None, HashSet::new()));
        }
    }
    out
}

/// The localisation checks of `sanad check`.
pub fn check(
    catalog: &Catalog,
    scenarios: &[Scenario],
    rubric: &crate::model::Rubric,
    opts: CheckOptions,
    report: &mut Report,
) {
    let used = used_messages(scenarios, rubric);
    let Some(en) = catalog.index(SOURCE_LOCALE) else {
        report.push(
            Diagnostic::error("E0601", "there is no English locale (`locales/en/`)")
                .in_path("locales")
                .hint("English is the source and fallback language; it must be complete"),
        );
        return;
    };
    let en_file: HashMap<&str, String> = catalog.locales[en]
        .files
        .iter()
        .flat_map(|f| {
            f.messages
                .iter()
                .map(move |m| (m.id.as_str(), f.name.clone()))
        })
        .collect();
    // Where each message is defined, per locale.
    for (li, loc) in catalog.locales.iter().enumerate() {
        let mut defined: HashMap<&str, (&FtlFile, &FtlMessage)> = HashMap::new();
        for f in &loc.files {
            for m in &f.messages {
                defined.entry(m.id.as_str()).or_insert((f, m));
            }
        }
        // Missing messages, attributed to the file English keeps them in.
        let mut missing: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for (id, (scn, _)) in &used {
            if !defined.contains_key(id.as_str()) {
                let file = en_file.get(id.as_str()).cloned().unwrap_or_else(|| {
                    scn.as_deref()
                        .map_or("ui.ftl".to_string(), |s| format!("{s}.ftl"))
                });
                missing.entry(file).or_default().push(id);
            }
        }
        for (file, ids) in missing {
            let is_error = li == en || opts.strict;
            let shown: Vec<String> = ids.iter().take(8).map(|i| format!("`{i}`")).collect();
            let msg = format!(
                "{} message{} missing in `locales/{}/{file}`: {}{}",
                ids.len(),
                if ids.len() == 1 { " is" } else { "s are" },
                loc.id,
                shown.join(", "),
                if ids.len() > 8 { ", .." } else { "" }
            );
            let d = if li == en {
                Diagnostic::error("E0601", msg)
                    .hint("English is the fallback for every language: add these messages")
            } else if is_error {
                Diagnostic::error("W0602", msg).hint("translate them; until then English is shown")
            } else {
                Diagnostic::warning("W0602", msg)
                    .hint("translate them; until then English is shown")
            };
            report.push(d.in_path(format!("locales/{}/{file}", loc.id)));
        }
        for f in &loc.files {
            for m in &f.messages {
                // Unused.
                let Some((_, provided)) = used.get(&m.id) else {
                    let d = if opts.strict {
                        Diagnostic::error(
                            "W0603",
                            format!("the message `{}` is used nowhere", m.id),
                        )
                    } else {
                        Diagnostic::warning(
                            "W0603",
                            format!("the message `{}` is used nowhere", m.id),
                        )
                    };
                    report.push(
                        d.at(&f.source, m.span, "no scenario or screen uses this id")
                            .hint("remove it, or check the id for a typo in the scenario"),
                    );
                    continue;
                };
                // Arguments nobody provides.
                for v in &m.vars {
                    if !provided.contains(v) {
                        let mut known: Vec<&str> = provided.iter().map(String::as_str).collect();
                        known.sort_unstable();
                        report.push(
                            Diagnostic::error(
                                "E0604",
                                format!(
                                    "the message `{}` uses `${v}`, which is never provided",
                                    m.id
                                ),
                            )
                            .at(&f.source, m.span, format!("`${v}` will show as `{{${v}}}`"))
                            .hint(if known.is_empty() {
                                "this message receives no arguments".to_string()
                            } else {
                                format!(
                                    "available here: {}",
                                    known
                                        .iter()
                                        .map(|k| format!("${k}"))
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                )
                            }),
                        );
                    }
                }
                // References to messages that do not exist.
                for r in &m.refs {
                    if !defined.contains_key(r.as_str())
                        && !catalog.locales[en].bundle.has_message(r)
                    {
                        report.push(
                            Diagnostic::error(
                                "E0605",
                                format!(
                                    "the message `{}` refers to `{r}`, which does not exist",
                                    m.id
                                ),
                            )
                            .at(
                                &f.source,
                                m.span,
                                "unknown message reference",
                            ),
                        );
                    }
                }
            }
        }
    }
}

/// One row of the completeness table.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Completeness {
    pub locale: String,
    pub file: String,
    pub translated: usize,
    pub total: usize,
    pub percent: f64,
}

/// For each locale and each English file: how many of its messages the locale has.
pub fn completeness(catalog: &Catalog) -> Vec<Completeness> {
    let mut out = Vec::new();
    let en_files = catalog.files(SOURCE_LOCALE);
    for loc in &catalog.locales {
        for f in en_files {
            let total = f.messages.len();
            let translated = f
                .messages
                .iter()
                .filter(|m| loc.bundle.has_message(&m.id))
                .count();
            out.push(Completeness {
                locale: loc.id.clone(),
                file: f.name.clone(),
                translated,
                total,
                percent: if total == 0 {
                    100.0
                } else {
                    (translated as f64 * 1000.0 / total as f64).round() / 10.0
                },
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_wrapped_lines_keeps_paragraphs() {
        assert_eq!(join_lines("a\n  b\n\nc"), "a b\n\nc");
        assert_eq!(join_lines("one"), "one");
    }

    #[test]
    fn digits() {
        assert_eq!(localize_digits("12.5%", Digits::ArabicIndic), "١٢٫٥%");
        assert_eq!(localize_digits("12", Digits::Latin), "12");
    }

    #[test]
    fn negotiation_order() {
        let avail = ["en", "ar", "ckb"];
        assert_eq!(negotiate_from(&["ckb".into(), "ar".into()], &avail), "ckb");
        assert_eq!(negotiate_from(&["ar-IQ".into()], &avail), "ar");
        assert_eq!(negotiate_from(&["fr".into()], &avail), "en");
        assert_eq!(negotiate_from(&[], &avail), "en");
    }

    #[test]
    fn offsets_find_message_ids() {
        let o = message_offsets("# c\nfoo = x\n  cont\nbar-baz=y\n");
        assert_eq!(o["foo"], vec![4]);
        assert_eq!(o["bar-baz"], vec![19]);
    }
}
