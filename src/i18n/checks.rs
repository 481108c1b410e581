//! The localisation checks behind `sanad check` and `sanad i18n`: missing and unused
//! messages, arguments nobody provides, unknown references, and completeness.

use super::catalog::{Catalog, FUNCTIONS, FtlFile, FtlMessage, FtlRef, RefKind};
use super::keys;
use super::locale::SOURCE_LOCALE;
use crate::diagnostic::codes;
use crate::diagnostic::{Diagnostic, Report, did_you_mean};
use crate::model::Scenario;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Options for the localisation checks.
#[derive(Clone, Copy, Default)]
pub struct CheckOptions {
    /// Missing translations and unused messages are errors, not warnings.
    pub strict: bool,
}

/// One place where a message is shown, with the arguments it receives there.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Shown {
    args: BTreeSet<String>,
    /// Where, for messages: "in play", "on the library and briefing screens".
    place: String,
}

impl Shown {
    fn new<'a>(args: impl IntoIterator<Item = &'a str>, place: &str) -> Shown {
        Shown {
            args: args.into_iter().map(str::to_string).collect(),
            place: place.to_string(),
        }
    }
}

/// How one message id is used.
#[derive(Default)]
struct Usage {
    /// The scenario it belongs to, if any (which file it is reported missing in).
    scenario: Option<String>,
    shown: Vec<Shown>,
}

impl Usage {
    fn add(&mut self, s: Shown) -> bool {
        let new = !self.shown.contains(&s);
        if new {
            self.shown.push(s);
        }
        new
    }
}

const BY_THE_APP: &str = "by the app";
const IN_PLAY: &str = "in play";
/// Title, summary, objectives and content note: the library and the briefing show them
/// before a profile is drawn, without arguments.
const IN_THE_LIBRARY: &str = "on the library and briefing screens, before a profile is drawn";
/// A `Text("..")` profile value is formatted on its own, without arguments.
const AS_A_VALUE: &str = "as the value of a profile argument";

/// Every id the engine and app show, each with the places it is shown and the arguments it
/// receives there.
fn usages(scenarios: &[Scenario], rubric: &crate::model::Rubric) -> BTreeMap<String, Usage> {
    let mut out: BTreeMap<String, Usage> = BTreeMap::new();
    for (id, args) in keys::ALL {
        out.entry(id.to_string())
            .or_default()
            .add(Shown::new(args.iter().copied(), BY_THE_APP));
    }
    let app_ids = keys::dynamic_ids()
        .into_iter()
        .chain(rubric.message_ids().into_iter().map(str::to_string));
    for id in app_ids {
        out.entry(id).or_default().add(Shown::new([], BY_THE_APP));
    }
    for s in scenarios {
        let in_play = Shown::new(s.argument_names(), IN_PLAY);
        for id in s.message_ids() {
            let e = out.entry(id.to_string()).or_default();
            if e.scenario.is_none() && e.shown.iter().all(|u| u.args.is_empty()) {
                e.scenario = Some(s.id.clone());
            }
            e.add(in_play.clone());
        }
        let library = [&s.title, &s.summary, &s.content_note]
            .into_iter()
            .chain(&s.objectives);
        for id in library {
            out.entry(id.clone())
                .or_default()
                .add(Shown::new([], IN_THE_LIBRARY));
        }
        for p in &s.picks {
            for o in &p.options {
                for (_, a) in &o.args {
                    if let crate::model::ArgValue::Text(m) = a {
                        out.entry(m.clone())
                            .or_default()
                            .add(Shown::new([], AS_A_VALUE));
                    }
                }
            }
        }
        for a in s.agencies() {
            out.entry(keys::agency(a))
                .or_default()
                .add(Shown::new([], BY_THE_APP));
        }
    }
    out
}

/// The message ids the engine and app use, with the arguments each receives (in any place
/// it is shown), given the scenarios and rubric loaded.
pub fn used_messages(
    scenarios: &[Scenario],
    rubric: &crate::model::Rubric,
) -> BTreeMap<String, (Option<String>, HashSet<String>)> {
    usages(scenarios, rubric)
        .into_iter()
        .map(|(id, u)| {
            let args = u
                .shown
                .iter()
                .flat_map(|s| s.args.iter().cloned())
                .collect();
            (id, (u.scenario, args))
        })
        .collect()
}

/// The localisation checks of `sanad check`.
pub fn check(
    catalog: &Catalog,
    scenarios: &[Scenario],
    rubric: &crate::model::Rubric,
    opts: CheckOptions,
    report: &mut Report,
) {
    check_with_unloaded(catalog, scenarios, &[], rubric, opts, report);
}

/// What one locale defines: messages and terms (without their `-`), first definitions.
struct Defs<'c> {
    messages: HashMap<&'c str, (&'c FtlFile, &'c FtlMessage)>,
    terms: HashMap<&'c str, (&'c FtlFile, &'c FtlMessage)>,
}

impl<'c> Defs<'c> {
    fn of(loc: &'c super::catalog::Locale) -> Defs<'c> {
        let mut d = Defs {
            messages: HashMap::new(),
            terms: HashMap::new(),
        };
        for f in &loc.files {
            for m in &f.messages {
                d.messages.entry(m.id.as_str()).or_insert((f, m));
            }
            for t in &f.terms {
                d.terms.entry(t.id.as_str()).or_insert((f, t));
            }
        }
        d
    }

    /// The entry a node of [`reach`] names: `-id` for a term.
    fn entry(&self, key: &str) -> Option<&'c FtlMessage> {
        match key.strip_prefix('-') {
            Some(t) => self.terms.get(t).map(|(_, m)| *m),
            None => self.messages.get(key).map(|(_, m)| *m),
        }
    }
}

/// Where each message (and term, as `-id`) of one locale is shown: the ids the app and the
/// scenarios show, and everything they reference. A referenced message receives the
/// arguments of the message that references it; a term only those its reference passes.
fn reach(used: &BTreeMap<String, Usage>, defs: &Defs) -> HashMap<String, Usage> {
    let mut out: HashMap<String, Usage> = HashMap::new();
    let mut queue: Vec<String> = Vec::new();
    for (id, u) in used {
        out.insert(
            id.clone(),
            Usage {
                scenario: u.scenario.clone(),
                shown: u.shown.clone(),
            },
        );
        queue.push(id.clone());
    }
    while let Some(key) = queue.pop() {
        let Some(m) = defs.entry(&key) else { continue };
        let from = out.get(&key).map(|u| u.shown.clone()).unwrap_or_default();
        for r in &m.references {
            let (target, shown) = match r.kind {
                RefKind::Function => continue,
                RefKind::Message => (r.id.clone(), from.clone()),
                RefKind::Term => {
                    let place = format!("through `{}`", r.shown());
                    (
                        format!("-{}", r.id),
                        vec![Shown::new(r.args.iter().map(String::as_str), &place)],
                    )
                }
            };
            let u = out.entry(target.clone()).or_default();
            let mut changed = false;
            for s in shown {
                changed |= u.add(s);
            }
            if changed {
                queue.push(target);
            }
        }
    }
    out
}

fn list_args<'a>(args: impl IntoIterator<Item = &'a String>) -> String {
    let mut v: Vec<String> = args.into_iter().map(|a| format!("${a}")).collect();
    v.sort_unstable();
    v.dedup();
    v.join(", ")
}

/// Like [`check`]; `unloaded` names scenarios whose files could not be read or decoded (their
/// error is reported already). Which messages they use is not known, so only the messages in
/// the files of scenarios that did load (`locales/*/<id>.ftl`) are reported unused.
pub fn check_with_unloaded(
    catalog: &Catalog,
    scenarios: &[Scenario],
    unloaded: &[String],
    rubric: &crate::model::Rubric,
    opts: CheckOptions,
    report: &mut Report,
) {
    let used = usages(scenarios, rubric);
    let Some(en) = catalog.index(SOURCE_LOCALE) else {
        report.push(
            Diagnostic::error(codes::E0601, "there is no English locale (`locales/en/`)")
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
    // With a scenario unloaded, a message is only reported unused when it is in the file of a
    // scenario that did load: the others (`ui.ftl`, the unloaded scenario's own file) may be
    // what the unloaded scenario uses.
    let loaded_files: HashSet<String> = scenarios.iter().map(|s| format!("{}.ftl", s.id)).collect();
    let usage_unknown = |file: &str| !unloaded.is_empty() && !loaded_files.contains(file);
    for (li, loc) in catalog.locales.iter().enumerate() {
        let defs = Defs::of(loc);
        let defined = &defs.messages;
        // Missing messages, attributed to the file English keeps them in.
        let mut missing: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for (id, u) in &used {
            if !defined.contains_key(id.as_str()) {
                let file = en_file.get(id.as_str()).cloned().unwrap_or_else(|| {
                    u.scenario
                        .as_deref()
                        .map_or("ui.ftl".to_string(), |s| format!("{s}.ftl"))
                });
                missing.entry(file).or_default().push(id);
            }
        }
        for (file, ids) in missing {
            // A file that could not be read is reported once, not as every message missing.
            if loc.unreadable.contains(&file) {
                continue;
            }
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
                Diagnostic::error(codes::E0601, msg)
                    .hint("English is the fallback for every language: add these messages")
            } else if is_error {
                Diagnostic::error(codes::W0602, msg)
                    .hint("translate them; until then English is shown")
            } else {
                Diagnostic::warning(codes::W0602, msg)
                    .hint("translate them; until then English is shown")
            };
            report.push(d.in_path(format!("locales/{}/{file}", loc.id)));
        }
        let reached = reach(&used, &defs);
        for f in &loc.files {
            for m in &f.messages {
                references(catalog, en, li, &defs, f, m, false, report);
                // Unused.
                let Some(usage) = reached.get(&m.id) else {
                    if usage_unknown(&f.name) {
                        continue;
                    }
                    let d = if opts.strict {
                        Diagnostic::error(
                            codes::W0603,
                            format!("the message `{}` is used nowhere", m.id),
                        )
                    } else {
                        Diagnostic::warning(
                            codes::W0603,
                            format!("the message `{}` is used nowhere", m.id),
                        )
                    };
                    report.push(
                        d.at(&f.source, m.span, "no scenario or screen uses this id")
                            .hint("remove it, or check the id for a typo in the scenario"),
                    );
                    continue;
                };
                // Shown as a text, with nothing to show.
                if !m.has_value && used.contains_key(&m.id) {
                    report.push(
                        Diagnostic::error(
                            codes::E0613,
                            format!("the message `{}` has attributes but no value", m.id),
                        )
                        .at(&f.source, m.span, "shown as a text, but there is no text")
                        .hint(format!(
                            "write the text after `{} =`; attributes (`.name = ..`) are never \
                             shown as the text",
                            m.id
                        )),
                    );
                }
                // Arguments not provided where the message is shown.
                for v in &m.vars {
                    let lacking: Vec<&Shown> =
                        usage.shown.iter().filter(|s| !s.args.contains(v)).collect();
                    let Some(first) = lacking.first() else {
                        continue;
                    };
                    let d = if lacking.len() == usage.shown.len() {
                        let known = list_args(usage.shown.iter().flat_map(|s| &s.args));
                        Diagnostic::error(
                            codes::E0604,
                            format!(
                                "the message `{}` uses `${v}`, which is never provided",
                                m.id
                            ),
                        )
                        .hint(if known.is_empty() {
                            "this message receives no arguments".to_string()
                        } else {
                            format!("available here: {known}")
                        })
                    } else {
                        let known = list_args(&first.args);
                        Diagnostic::error(
                            codes::E0604,
                            format!(
                                "the message `{}` uses `${v}`, which is not provided when it is \
                                 shown {}",
                                m.id, first.place
                            ),
                        )
                        .hint(if known.is_empty() {
                            format!("shown {}, it receives no arguments", first.place)
                        } else {
                            format!("shown {}, it receives only {known}", first.place)
                        })
                    };
                    report.push(d.at(&f.source, m.span, format!("`${v}` will show as `{{${v}}}`")));
                }
            }
            for t in &f.terms {
                references(catalog, en, li, &defs, f, t, true, report);
            }
        }
    }
}

/// E0605, E0610, E0611, E0612, E0613 and a term's E0604: the references of one message or
/// term of locale `li`, each resolved in that locale. Fluent has no fallback inside a
/// message: what does not resolve is shown as `{name}`.
#[allow(clippy::too_many_arguments)]
fn references(
    catalog: &Catalog,
    en: usize,
    li: usize,
    defs: &Defs,
    f: &FtlFile,
    m: &FtlMessage,
    is_term: bool,
    report: &mut Report,
) {
    let loc = &catalog.locales[li];
    let who = if is_term {
        format!("the term `-{}`", m.id)
    } else {
        format!("the message `{}`", m.id)
    };
    let in_en = |r: &FtlRef| {
        catalog.locales[en].files.iter().any(|f| match r.kind {
            RefKind::Term => f.terms.iter().any(|t| t.id == r.id),
            _ => f.messages.iter().any(|x| x.id == r.id),
        })
    };
    let elsewhere = |r: &FtlRef| {
        format!(
            "Fluent looks `{}` up in `locales/{}/` only, with no English fallback; define it \
             there too",
            r.shown(),
            loc.id
        )
    };
    for r in &m.references {
        let shown = r.shown();
        let seen = format!("a trainee sees `{{{shown}}}`");
        let d = match r.kind {
            RefKind::Function => (!FUNCTIONS.contains(&r.id.as_str())).then(|| {
                Diagnostic::error(
                    codes::E0612,
                    format!("{who} calls the function `{}`, which does not exist", r.id),
                )
                .at(&f.source, r.span, seen.clone())
                .hint(format!(
                    "the functions available are {}",
                    FUNCTIONS.map(|f| format!("`{f}`")).join(", ")
                ))
            }),
            RefKind::Message => match defs.messages.get(r.id.as_str()) {
                None => Some(if li != en && in_en(r) {
                    Diagnostic::error(
                        codes::E0605,
                        format!(
                            "{who} refers to `{}`, which `locales/{}/` does not define",
                            r.id, loc.id
                        ),
                    )
                    .at(&f.source, r.span, seen.clone())
                    .hint(elsewhere(r))
                } else {
                    Diagnostic::error(
                        codes::E0605,
                        format!("{who} refers to `{}`, which does not exist", r.id),
                    )
                    .at(&f.source, r.span, "unknown message reference")
                    .maybe_hint(did_you_mean(&r.id, defs.messages.keys().copied()))
                }),
                Some((_, target)) => attribute(&who, f, r, target, &seen).or_else(|| {
                    (r.attribute.is_none() && !target.has_value).then(|| {
                        Diagnostic::error(
                            codes::E0613,
                            format!("{who} refers to `{}`, which has no value", r.id),
                        )
                        .at(&f.source, r.span, seen.clone())
                        .hint(format!(
                            "`{}` only has attributes: refer to one (`{{ {}.{} }}`), or give it \
                             a value",
                            r.id,
                            r.id,
                            target.attributes.first().map_or("name", String::as_str)
                        ))
                    })
                }),
            },
            RefKind::Term => match defs.terms.get(r.id.as_str()) {
                None => Some(if li != en && in_en(r) {
                    Diagnostic::error(
                        codes::E0610,
                        format!(
                            "{who} refers to the term `-{}`, which `locales/{}/` does not define",
                            r.id, loc.id
                        ),
                    )
                    .at(&f.source, r.span, seen.clone())
                    .hint(elsewhere(r))
                } else {
                    Diagnostic::error(
                        codes::E0610,
                        format!("{who} refers to the term `-{}`, which does not exist", r.id),
                    )
                    .at(&f.source, r.span, seen.clone())
                    .hint(
                        did_you_mean(&r.id, defs.terms.keys().copied())
                            .map(|h| h.replacen('`', "`-", 1))
                            .unwrap_or_else(|| {
                                format!("define it in `locales/{}/`: `-{} = ..`", loc.id, r.id)
                            }),
                    )
                }),
                Some((_, target)) => attribute(&who, f, r, target, &seen).or_else(|| {
                    let v = target
                        .shown_vars
                        .iter()
                        .find(|v| r.attribute.is_none() && !r.args.contains(v))?;
                    Some(
                        Diagnostic::error(
                            codes::E0604,
                            format!(
                                "the term `-{}` shows `${v}`, which {who} does not pass to it",
                                r.id
                            ),
                        )
                        .at(&f.source, r.span, format!("`${v}` will show as `{{${v}}}`"))
                        .hint(format!(
                            "a term sees only the arguments its reference passes: \
                             `{{ -{}({v}: \"..\") }}`",
                            r.id
                        )),
                    )
                }),
            },
        };
        if let Some(d) = d {
            report.push(d);
        }
    }
}

/// E0611: `r` names an attribute `target` does not have.
fn attribute(
    who: &str,
    f: &FtlFile,
    r: &FtlRef,
    target: &FtlMessage,
    seen: &str,
) -> Option<Diagnostic> {
    let a = r.attribute.as_ref()?;
    if target.attributes.contains(a) {
        return None;
    }
    let dash = if r.kind == RefKind::Term { "-" } else { "" };
    Some(
        Diagnostic::error(
            codes::E0611,
            format!(
                "{who} refers to `{}`, but `{dash}{}` has no attribute `{a}`",
                r.shown(),
                r.id
            ),
        )
        .at(&f.source, r.span, seen.to_string())
        .hint(if target.attributes.is_empty() {
            format!("`{dash}{}` has no attributes", r.id)
        } else {
            format!(
                "its attributes: {}",
                target
                    .attributes
                    .iter()
                    .map(|x| format!("`.{x}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }),
    )
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

/// For each locale and each English file: how many of its messages the locale has. An id
/// defined twice (E0606) counts once, in the file of its first definition.
pub fn completeness(catalog: &Catalog) -> Vec<Completeness> {
    let mut out = Vec::new();
    let en_files = catalog.files(SOURCE_LOCALE);
    let mut seen: HashSet<&str> = HashSet::new();
    let ids: Vec<Vec<&str>> = en_files
        .iter()
        .map(|f| {
            f.messages
                .iter()
                .map(|m| m.id.as_str())
                .filter(|id| seen.insert(id))
                .collect()
        })
        .collect();
    for loc in &catalog.locales {
        for (f, ids) in en_files.iter().zip(&ids) {
            let total = ids.len();
            let translated = ids.iter().filter(|id| loc.bundle.has_message(id)).count();
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
