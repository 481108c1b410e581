//! The localisation checks behind `sanad check` and `sanad i18n`: missing and unused
//! messages, arguments nobody provides, unknown references, and completeness.

use super::catalog::{Catalog, FtlFile, FtlMessage};
use super::keys;
use super::locale::SOURCE_LOCALE;
use crate::diagnostic::codes;
use crate::diagnostic::{Diagnostic, Report};
use crate::model::Scenario;
use std::collections::{BTreeMap, HashMap, HashSet};

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
        for f in &loc.files {
            for m in &f.messages {
                // Unused.
                let Some((_, provided)) = used.get(&m.id) else {
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
                // Arguments nobody provides.
                for v in &m.vars {
                    if !provided.contains(v) {
                        let mut known: Vec<&str> = provided.iter().map(String::as_str).collect();
                        known.sort_unstable();
                        report.push(
                            Diagnostic::error(
                                codes::E0604,
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
                                codes::E0605,
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
