//! The command line: `check`, `run`, `i18n` (and, in the app build, `shot`). Flags and JSON
//! shapes are fixed by the issues; scripts outside this repository rely on them.

use crate::debrief::{self, Debrief};
use crate::diagnostic::Report;
use crate::i18n::{self, Catalog, CheckOptions, Localizer, keys};
use crate::loader::{self, Library};
use crate::model::*;
use crate::session::{ChoiceError, Session, Status, ViewKind};
use clap::{Parser, Subcommand, ValueEnum};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "sanad",
    version,
    about = "Sanad: victim-centred investigation training (trafficking in persons, migrant smuggling)",
    long_about = "Without a subcommand, opens the training app. Subcommands check, play and \
                  inspect content from the command line."
)]
pub struct Cli {
    /// The content folder (the one that holds `scenarios/` and `locales/`). Default: the
    /// current directory, or the folder beside the executable.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,

    /// Language of the app and of transcripts (en, ar, ckb). Default: the OS locale, then en.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// App only: start in this mode.
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,

    /// App only: start straight into this scenario's briefing.
    #[arg(long, value_name = "ID")]
    pub scenario: Option<String>,

    /// Dev builds: start the scenario given with `--scenario` at this node (author preview).
    #[cfg(feature = "dev")]
    #[arg(long, value_name = "NODE", requires = "scenario")]
    pub jump: Option<String>,

    /// Dev builds: variable values for `--jump`, e.g. `distress=8,trust=2`.
    #[cfg(feature = "dev")]
    #[arg(long, value_delimiter = ',', value_parser = parse_var, value_name = "VAR=N,..")]
    pub set: Vec<(String, i64)>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[cfg(feature = "dev")]
fn parse_var(s: &str) -> Result<(String, i64), String> {
    let (k, v) = s
        .split_once('=')
        .ok_or_else(|| format!("`{s}` is not VAR=N"))?;
    let n = v
        .trim()
        .parse()
        .map_err(|_| format!("`{v}` is not a whole number"))?;
    Ok((k.trim().to_string(), n))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    Workshop,
    #[value(name = "self-paced", alias = "self")]
    SelfPaced,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    #[default]
    Text,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Parse and validate scenarios and locales; report every problem in one pass.
    Check {
        /// Files or folders to check. Default: `scenarios/` and `locales/`.
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
        /// Missing translations and unused messages are errors.
        #[arg(long)]
        strict: bool,
    },
    /// Play a scenario without a window and print the transcript and the debrief.
    Run {
        /// A scenario file, or a scenario id from `scenarios/`.
        scenario: String,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Choices by authored position (1-based, in file order), e.g. `2,1,3`.
        #[arg(long, value_delimiter = ',', value_name = "N,N,..")]
        choose: Vec<u32>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Reachability, best and worst scores with their paths, path counts, and fairness.
    Analyze {
        /// A scenario file, or a scenario id from `scenarios/`.
        scenario: String,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
        /// Also run N random playthroughs and report endings and scores.
        #[arg(long, value_name = "N")]
        simulate: Option<usize>,
        /// Seed of the random playthroughs.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Explore at most this many states; past it the report says it approximated.
        #[arg(long, default_value_t = crate::analysis::STATE_LIMIT)]
        max_states: usize,
    },
    /// The scenario as a graph: Graphviz dot or Mermaid, labelled in a language.
    Graph {
        /// A scenario file, or a scenario id from `scenarios/`.
        scenario: String,
        #[arg(long, value_enum)]
        format: crate::graph::GraphFormat,
        /// The profile used to fill names and numbers in labels.
        #[arg(long, default_value_t = 0)]
        seed: u64,
    },
    /// Translation completeness per locale and file.
    I18n {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Render a screen of the app to a PNG and exit (needs a display, e.g. under xvfb-run).
    #[cfg(feature = "gui")]
    Shot(crate::app::shot::ShotArgs),
}

/// Runs a subcommand. `None` when there is none (the caller opens the app).
pub fn dispatch(cli: &Cli) -> Option<ExitCode> {
    let command = cli.command.as_ref()?;
    let root = match loader::find_root(cli.content.as_deref()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return Some(ExitCode::from(2));
        }
    };
    Some(match command {
        Command::Check {
            paths,
            format,
            strict,
        } => check(&root, paths, *format, *strict),
        Command::Run {
            scenario,
            seed,
            choose,
            format,
        } => run(&root, scenario, *seed, choose, *format, cli.lang.as_deref()),
        Command::Analyze {
            scenario,
            format,
            simulate,
            seed,
            max_states,
        } => analyze(&root, scenario, *format, *simulate, *seed, *max_states),
        Command::Graph {
            scenario,
            format,
            seed,
        } => graph(&root, scenario, *format, *seed, cli.lang.as_deref()),
        Command::I18n { format } => i18n_table(&root, *format),
        #[cfg(feature = "gui")]
        Command::Shot(args) => crate::app::shot::run(&root, cli, args),
    })
}

/// Writes to standard output; a closed pipe (`sanad run .. | head`) is not an error.
pub fn emit(s: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes()).and_then(|_| out.flush());
}

/// `sanad check`.
pub fn check(root: &Path, paths: &[PathBuf], format: Format, strict: bool) -> ExitCode {
    let report = check_report(root, paths, strict);
    match format {
        Format::Json => emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&report.to_json()).unwrap_or_default()
        )),
        Format::Text => emit(&report.render()),
    }
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Everything `sanad check` finds, for the command and for tests.
pub fn check_report(root: &Path, paths: &[PathBuf], strict: bool) -> Report {
    let mut report = Report::default();
    let default = paths.is_empty();
    let paths: Vec<PathBuf> = if default {
        vec![root.join("scenarios"), root.join("locales")]
    } else {
        paths.to_vec()
    };
    let mut scenario_files = Vec::new();
    let mut check_locales = false;
    let canon_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    for p in &paths {
        let is_locales = p
            .canonicalize()
            .is_ok_and(|c| c.starts_with(canon_root.join("locales")))
            || p.extension().and_then(|x| x.to_str()) == Some("ftl");
        if is_locales {
            check_locales = true;
        } else if p.is_dir() {
            let mut r = Report::default();
            let files = if p
                .canonicalize()
                .is_ok_and(|c| c == canon_root.join("scenarios"))
            {
                loader::scenario_files(root, &mut r)
            } else {
                let mut v: Vec<PathBuf> = std::fs::read_dir(p)
                    .map(|rd| {
                        rd.flatten()
                            .map(|e| e.path())
                            .filter(|x| {
                                x.extension().and_then(|e| e.to_str()) == Some("ron")
                                    && x.file_name().and_then(|n| n.to_str())
                                        != Some(loader::RUBRIC_FILE)
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                v.sort();
                v
            };
            report.extend(r);
            scenario_files.extend(files);
        } else if p.file_name().and_then(|n| n.to_str()) == Some(loader::RUBRIC_FILE) {
            // The rubric is always checked below.
        } else if p.exists() {
            scenario_files.push(p.clone());
        } else {
            report.push(
                crate::diagnostic::Diagnostic::error(
                    "E0001",
                    format!("`{}` does not exist", p.display()),
                )
                .in_path(p.display().to_string()),
            );
        }
    }
    let Some((rubric, rubric_file)) = loader::load_rubric(root, &mut report) else {
        return report;
    };
    let mut decoded = Vec::new();
    for path in &scenario_files {
        let display = loader::display_path(root, path);
        match loader::read_source(path, display) {
            Ok(file) => {
                if let Some((s, _)) = loader::decode_scenario(root, &file, &rubric, &mut report) {
                    decoded.push(s);
                }
            }
            Err(d) => report.push(d),
        }
    }
    // Whether a competency is exercised is a question about the whole library.
    if default {
        loader::unexercised(&rubric, &rubric_file, &decoded, &mut report);
    }
    if check_locales {
        // Which ids are used depends on every scenario, not only those named.
        let all: Vec<Scenario> = if default {
            decoded
        } else {
            let mut r = Report::default();
            loader::scenario_files(root, &mut r)
                .iter()
                .filter_map(|p| {
                    let f = loader::read_source(p, loader::display_path(root, p)).ok()?;
                    loader::decode_scenario(root, &f, &rubric, &mut Report::default())
                        .map(|(s, _)| s)
                })
                .collect()
        };
        let catalog = Catalog::load(root, &mut report);
        i18n::check(
            &catalog,
            &all,
            &rubric,
            CheckOptions { strict },
            &mut report,
        );
    }
    report.sort();
    report
}

/// Resolves `SCENARIO` (a path or an id) to a loaded scenario, or prints why not.
fn load_one(root: &Path, arg: &str, lib_rubric: &mut Option<Rubric>) -> Result<Scenario, ExitCode> {
    let mut report = Report::default();
    let Some((rubric, _)) = loader::load_rubric(root, &mut report) else {
        eprint!("{}", report.render());
        return Err(ExitCode::from(1));
    };
    let as_path = Path::new(arg);
    let path = if as_path.extension().and_then(|x| x.to_str()) == Some("ron") || as_path.is_file() {
        as_path.to_path_buf()
    } else if crate::decode::is_id(arg) {
        root.join("scenarios").join(format!("{arg}.ron"))
    } else {
        eprintln!(
            "error: `{arg}` is neither a scenario file nor a scenario id (ids use letters, digits, `-` and `_`)"
        );
        return Err(ExitCode::from(1));
    };
    if !path.is_file() {
        let lib = Library::load(root);
        let ids: Vec<&str> = lib.scenarios.iter().map(|s| s.id.as_str()).collect();
        eprintln!(
            "error: no scenario `{arg}`; available: {}",
            if ids.is_empty() {
                "none".to_string()
            } else {
                ids.join(", ")
            }
        );
        return Err(ExitCode::from(1));
    }
    match loader::load_scenario(root, &path, &rubric, &mut report) {
        Some(s) => {
            *lib_rubric = Some(rubric);
            Ok(s)
        }
        None => {
            eprint!("{}", report.render());
            Err(ExitCode::from(1))
        }
    }
}

/// A scenario with the rubric, the catalog, and the language to write in (the one asked for,
/// else the OS locale, else English); an unknown language is an error.
fn load_for_text(
    root: &Path,
    scenario: &str,
    lang: Option<&str>,
) -> Result<(Scenario, Rubric, Catalog, String), ExitCode> {
    let mut rubric = None;
    let scn = load_one(root, scenario, &mut rubric)?;
    let mut report = Report::default();
    let catalog = Catalog::load(root, &mut report);
    let available = catalog.locales();
    if let Some(l) = lang
        && !available.contains(&l)
    {
        eprintln!(
            "error: no locale `{l}`; available: {}",
            available.join(", ")
        );
        return Err(ExitCode::from(1));
    }
    let locale = i18n::negotiate(lang, &available);
    Ok((scn, rubric.unwrap_or_default(), catalog, locale))
}

/// One entry of the transcript.
#[derive(serde::Serialize)]
struct TranscriptStep {
    node: String,
    kind: ViewKind,
    speaker: Option<String>,
    text_id: Option<String>,
    text: Option<String>,
    choice: Option<u32>,
    choice_id: Option<String>,
    choice_text: Option<String>,
    feedback_id: Option<String>,
    feedback: Option<String>,
    principle: Option<String>,
    critical: bool,
    score: serde_json::Map<String, serde_json::Value>,
}

impl TranscriptStep {
    /// What was on screen; the choice fields are filled when a choice is made.
    fn shown(
        node: &str,
        kind: ViewKind,
        speaker: Option<String>,
        text_id: Option<String>,
        text: Option<String>,
    ) -> TranscriptStep {
        TranscriptStep {
            node: node.to_string(),
            kind,
            speaker,
            text_id,
            text,
            choice: None,
            choice_id: None,
            choice_text: None,
            feedback_id: None,
            feedback: None,
            principle: None,
            critical: false,
            score: serde_json::Map::new(),
        }
    }
}

/// `sanad run`.
pub fn run(
    root: &Path,
    scenario: &str,
    seed: u64,
    choose: &[u32],
    format: Format,
    lang: Option<&str>,
) -> ExitCode {
    let (scn, rubric, catalog, locale) = match load_for_text(root, scenario, lang) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let loc = catalog.localizer(&locale);
    let t = |id: &str, args: &[(String, ArgValue)]| i18n::strip_bidi(&loc.text(id, args));

    let mut session = Session::new(&scn, seed);
    let mut steps: Vec<TranscriptStep> = Vec::new();
    let mut out = String::new();
    let mut choices = choose.iter().copied();
    let mut used = 0usize;
    out.push_str(&format!(
        "{}: {} ({})\n{}: {seed}\n\n",
        t(keys::CLI_SCENARIO, &[]),
        t(&scn.title, &session.args(&scn)),
        scn.id,
        t(keys::CLI_SEED, &[])
    ));
    let error = loop {
        let args = session.args(&scn);
        match session.status() {
            Status::Finished => {
                // The ending's own text.
                let view = session.view(&scn);
                if let Some(id) = view.text {
                    let text = t(id, &args);
                    out.push_str(&format!("{text}\n\n"));
                    steps.push(TranscriptStep::shown(
                        view.node,
                        view.kind,
                        None,
                        Some(id.to_string()),
                        Some(text),
                    ));
                }
                break None;
            }
            Status::Stuck(s) => {
                break Some(format!(
                    "the scenario cannot continue: {s:?} (run `sanad check`)"
                ));
            }
            Status::Playing => {}
        }
        let view = session.view(&scn);
        let speaker = view.speaker.map(|c| t(&c.name, &args));
        let text = view.text.map(|id| t(id, &args));
        let mut step = TranscriptStep::shown(
            view.node,
            view.kind,
            speaker.clone(),
            view.text.map(str::to_string),
            text.clone(),
        );
        match (&speaker, &text) {
            (Some(s), Some(x)) => out.push_str(&format!("{s}: {x}\n")),
            (None, Some(x)) => out.push_str(&format!("{x}\n")),
            _ => {}
        }
        match view.kind {
            ViewKind::Line => {
                steps.push(step);
                if let Err(e) = session.advance(&scn) {
                    break Some(e.to_string());
                }
            }
            ViewKind::Decision | ViewKind::Hub => {
                for c in &view.choices {
                    out.push_str(&format!("  [{}] {}\n", c.position, t(c.text, &args)));
                }
                let Some(pos) = choices.next() else {
                    steps.push(step);
                    break None;
                };
                used += 1;
                match session.choose(&scn, pos) {
                    Ok(taken) => {
                        let taken = taken.clone();
                        out.push_str(&format!(
                            "> {} [{pos}]: {}\n",
                            t(keys::CLI_YOU_CHOSE, &[]),
                            t(&taken.text, &args)
                        ));
                        if let Some(fb) = &taken.feedback {
                            out.push_str(&format!(
                                "  {}{}: {}\n",
                                if taken.critical {
                                    format!("{} ", t(keys::CLI_CRITICAL, &[]))
                                } else {
                                    String::new()
                                },
                                t(keys::CLI_FEEDBACK, &[]),
                                t(fb, &args)
                            ));
                        }
                        if let Some(p) =
                            taken.principle.as_deref().and_then(|p| rubric.principle(p))
                        {
                            out.push_str(&format!(
                                "  {}: {}\n",
                                t(keys::CLI_PRINCIPLE, &[]),
                                t(&p.name, &[])
                            ));
                        }
                        out.push('\n');
                        step.choice = Some(pos);
                        step.choice_text = Some(t(&taken.text, &args));
                        step.choice_id = Some(taken.text.clone());
                        step.feedback = taken.feedback.as_ref().map(|f| t(f, &args));
                        step.feedback_id = taken.feedback.clone();
                        step.principle = taken.principle.clone();
                        step.critical = taken.critical;
                        for (c, d) in &taken.score {
                            step.score.insert(c.clone(), json!(d));
                        }
                        steps.push(step);
                    }
                    Err(
                        e @ (ChoiceError::Unavailable { .. } | ChoiceError::NoSuchChoice { .. }),
                    ) => {
                        break Some(format!("choice #{used} ({pos}) at `{}`: {e}", view.node));
                    }
                    Err(e) => break Some(e.to_string()),
                }
            }
            ViewKind::Ending => {
                steps.push(step);
                break None;
            }
            ViewKind::Stuck => {
                break Some("the scenario cannot continue (run `sanad check`)".into());
            }
        }
    };
    if let Some(e) = error {
        if format == Format::Text {
            emit(&out);
        }
        eprintln!("error: {e}");
        return ExitCode::from(1);
    }
    let left = choose.len() - used;
    if session.is_finished() && left > 0 {
        if format == Format::Text {
            emit(&out);
        }
        eprintln!(
            "error: the scenario ended after {used} choice(s); {left} choice(s) left over: {}",
            choose[used..]
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(",")
        );
        return ExitCode::from(1);
    }
    let d = debrief::debrief(&session, &scn, &rubric);
    match format {
        Format::Json => {
            let v = run_json(&d, &scn, &steps, &loc);
            emit(&format!(
                "{}\n",
                serde_json::to_string_pretty(&v).unwrap_or_default()
            ));
        }
        Format::Text => {
            emit(&out);
            emit(&debrief_text(&d, &loc, &session.args(&scn), &rubric));
        }
    }
    ExitCode::SUCCESS
}

fn run_json(
    d: &Debrief,
    scn: &Scenario,
    steps: &[TranscriptStep],
    loc: &Localizer,
) -> serde_json::Value {
    let mut scores = serde_json::Map::new();
    for s in &d.scores {
        scores.insert(
            s.id.clone(),
            json!({"earned": s.earned, "max": s.max, "percent": s.percent}),
        );
    }
    let critical: Vec<_> = d
        .critical
        .iter()
        .map(|s| {
            json!({
                "node": s.node, "choice": s.position, "text_id": s.text,
                "feedback_id": s.feedback, "principle": s.principle,
            })
        })
        .collect();
    json!({
        "scenario": scn.id,
        "seed": d.seed,
        "lang": loc.locale(),
        "finished": d.finished,
        "ending": d.ending.as_ref().map(|e| e.node.clone()),
        "outcome": d.ending.as_ref().map(|e| e.outcome.key()),
        "scores": scores,
        "total_percent": d.total_percent,
        "critical": critical,
        "steps": steps,
        "evidence": d.evidence,
        "referrals": d.referrals,
        "contacts": d.contacts,
    })
}

fn debrief_text(
    d: &Debrief,
    loc: &Localizer,
    args: &[(String, ArgValue)],
    rubric: &Rubric,
) -> String {
    let t = |id: &str, a: &[(String, ArgValue)]| i18n::strip_bidi(&loc.text(id, a));
    let mut out = String::new();
    match &d.ending {
        Some(e) => out.push_str(&format!(
            "== {}: {} ==\n",
            t(keys::CLI_ENDING, &[]),
            t(&e.outcome.msg(), &[])
        )),
        None => out.push_str(&format!("== {} ==\n", t(keys::CLI_NOT_FINISHED, &[]))),
    }
    out.push_str(&format!("{}:\n", t(keys::CLI_SCORE, &[])));
    for s in &d.scores {
        out.push_str(&format!(
            "  {:<40} {}\n",
            t(&s.name, &[]),
            t(
                keys::DEBRIEF_SCORE_LINE,
                &[
                    ("earned".into(), ArgValue::Number(s.earned)),
                    ("max".into(), ArgValue::Number(s.max)),
                    ("percent".into(), ArgValue::Number(s.percent.round() as i64)),
                ]
            )
        ));
    }
    out.push_str(&format!(
        "{}\n",
        t(
            keys::DEBRIEF_TOTAL,
            &[(
                "percent".into(),
                ArgValue::Number(d.total_percent.round() as i64)
            )]
        )
    ));
    out.push_str(&format!("{}:\n", t(keys::CLI_CRITICAL_ERRORS, &[])));
    if d.critical.is_empty() {
        out.push_str(&format!("  {}\n", t(keys::DEBRIEF_CRITICAL_NONE, &[])));
    }
    for c in &d.critical {
        out.push_str(&format!("  - {}\n", t(&c.text, args)));
        if let Some(fb) = &c.feedback {
            out.push_str(&format!("    {}\n", t(fb, args)));
        }
        if let Some(p) = c.principle.as_deref().and_then(|p| rubric.principle(p)) {
            out.push_str(&format!(
                "    {}: {}\n",
                t(keys::CLI_PRINCIPLE, &[]),
                t(&p.name, &[])
            ));
        }
    }
    out
}

/// `sanad analyze`.
pub fn analyze(
    root: &Path,
    scenario: &str,
    format: Format,
    simulate: Option<usize>,
    seed: u64,
    max_states: usize,
) -> ExitCode {
    let mut rubric = None;
    let scn = match load_one(root, scenario, &mut rubric) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let rubric = rubric.unwrap_or_default();
    let mut a = crate::analysis::analyze(&scn, &rubric, max_states.max(1));
    if let Some(n) = simulate {
        a.simulation = Some(crate::analysis::simulate(&scn, &rubric, n, seed));
    }
    match format {
        Format::Json => emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&a).unwrap_or_default()
        )),
        Format::Text => emit(&crate::analysis::render(&a)),
    }
    ExitCode::SUCCESS
}

/// `sanad graph`.
pub fn graph(
    root: &Path,
    scenario: &str,
    format: crate::graph::GraphFormat,
    seed: u64,
    lang: Option<&str>,
) -> ExitCode {
    let (scn, _, catalog, locale) = match load_for_text(root, scenario, lang) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let loc = catalog.localizer(&locale);
    let args = Session::new(&scn, seed).args(&scn);
    emit(&crate::graph::render(&scn, &loc, &args, format));
    ExitCode::SUCCESS
}

/// `sanad i18n`.
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
            emit(&format!(
                "{}\n",
                serde_json::to_string_pretty(
                    &json!({"locales": locales, "errors": report.errors()})
                )
                .unwrap_or_default()
            ));
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
