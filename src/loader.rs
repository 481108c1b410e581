//! Finding and reading content: the content root, scenario files and the rubric, with the
//! limits that keep hostile or broken files from hurting anyone.

use crate::decode::{self, Dec};
use crate::diagnostic::{Diagnostic, Report, SourceFile, did_you_mean};
use crate::diagnostic::{bidi, codes};
use crate::i18n::{self, Catalog, CheckOptions};
use crate::model::*;
use crate::ron_value;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use crate::limits::{MAX_FILE_BYTES, MAX_NODES, check_relative_path};

/// The rubric file, inside `scenarios/`.
pub const RUBRIC_FILE: &str = "rubric.ron";

/// Finds the content root: the folder that holds `scenarios/`. An explicit `--content` wins;
/// then the current directory; then the executable's folder and its parents (so that
/// `target/release/sanad` finds the repository's content).
pub fn find_root(explicit: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(dir) = explicit {
        if dir.join("scenarios").is_dir() {
            return Ok(dir.to_path_buf());
        }
        return Err(format!(
            "`{}` is not a content folder: it has no `scenarios/` folder",
            dir.display()
        ));
    }
    let mut tried = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        if cwd.join("scenarios").is_dir() {
            return Ok(cwd);
        }
        tried.push(cwd);
    }
    if let Ok(exe) = std::env::current_exe() {
        let mut dir = exe.parent().map(Path::to_path_buf);
        for _ in 0..4 {
            let Some(d) = dir else { break };
            if d.join("scenarios").is_dir() {
                return Ok(d);
            }
            tried.push(d.clone());
            dir = d.parent().map(Path::to_path_buf);
        }
    }
    Err(format!(
        "no content folder found (looked for `scenarios/` in {}); pass `--content DIR`",
        tried
            .iter()
            .map(|p| format!("`{}`", p.display()))
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// How a path is shown to authors: relative to the content root when it is inside it, with
/// `/` between its parts on every platform (`scenarios/x.ron`, also on Windows, so that
/// diagnostics, their JSON and the docs read the same everywhere); a path outside the root
/// is shown as the system writes it (backslashes on Windows). A link is shown by its own
/// name, not by the name of the file it points to.
pub fn display_path(root: &Path, path: &Path) -> String {
    let canon_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    // The folder is resolved, the last part kept: a link in `scenarios/` stays itself, and a
    // link that leads nowhere is still shown relative to the root.
    let canon = match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) => {
            let parent = if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            };
            parent.canonicalize().map(|p| p.join(name))
        }
        _ => path.canonicalize(),
    }
    .unwrap_or_else(|_| path.to_path_buf());
    canon
        .strip_prefix(&canon_root)
        .map(|p| {
            p.components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        })
        .unwrap_or_else(|_| path.display().to_string())
}

/// What the bytes of a file that is not UTF-8 look like when they are UTF-16: a byte-order
/// mark (FF FE or FE FF), or a NUL in many of the first bytes (ASCII text in UTF-16 has one
/// in every other byte).
fn utf16_kind(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => {
            Some("UTF-16 (little-endian: it starts with the byte-order mark FF FE)")
        }
        [0xFE, 0xFF, ..] => Some("UTF-16 (big-endian: it starts with the byte-order mark FE FF)"),
        _ => {
            let head = &bytes[..bytes.len().min(4096)];
            let nuls = head.iter().filter(|b| **b == 0).count();
            (nuls > 0 && nuls * 4 >= head.len())
                .then_some("UTF-16 (every other byte is 0, which UTF-8 text never has)")
        }
    }
}

/// Reads a text file with the size limit and a UTF-8 check. Problems come back as
/// diagnostics that point at the file (and, for bad UTF-8, at the line and column).
#[allow(clippy::result_large_err)] // read once per file; the diagnostic is the payload
pub fn read_source(path: &Path, display: String) -> Result<Arc<SourceFile>, Diagnostic> {
    let meta = std::fs::metadata(path).map_err(|e| {
        Diagnostic::error(codes::E0001, format!("cannot read `{display}`: {e}"))
            .in_path(display.clone())
    })?;
    if !meta.is_file() {
        return Err(
            Diagnostic::error(codes::E0001, format!("`{display}` is not a file")).in_path(display),
        );
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            codes::E0003,
            format!(
                "`{display}` is {} MiB; files over {} MiB are not read",
                meta.len() / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        )
        .in_path(display)
        .hint("is this really a scenario file? split very large scenarios into several files"));
    }
    let mut bytes = std::fs::read(path).map_err(|e| {
        Diagnostic::error(codes::E0001, format!("cannot read `{display}`: {e}"))
            .in_path(display.clone())
    })?;
    // A UTF-8 byte order mark (Notepad's) is no part of the text; dropped here, before the
    // UTF-8 check, so that the position of a bad byte counts from the first character.
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if let Some(kind) = utf16_kind(&bytes) {
        return Err(Diagnostic::error(
            codes::E0002,
            format!("`{display}` is {kind}, not UTF-8 text"),
        )
        .in_path(display)
        .hint(
            "save the file as UTF-8: in the editor's \"Save as\" or encoding menu choose \"UTF-8\" \
             instead of \"UTF-16\" or \"Unicode\"",
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(path, display, text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            // Show the file as far as it is readable so that the position can be quoted.
            let lossy = String::from_utf8_lossy(&bytes).into_owned();
            // The valid prefix is the same in the lossy text.
            let at = valid;
            let file = SourceFile::new(path, display.clone(), lossy);
            let (line, col) = file.line_col(at);
            Err(Diagnostic::error(
                codes::E0002,
                format!("`{display}` is not valid UTF-8 text (line {line}, column {col})"),
            )
            .at(
                &file,
                ron_value::Span::new(at, at + 3),
                "invalid byte sequence here",
            )
            .hint("save the file as UTF-8; editors call it \"UTF-8\" or \"Unicode (UTF-8)\""))
        }
    }
}

fn parse_file(
    file: &Arc<SourceFile>,
    report: &mut Report,
) -> Option<ron_value::Spanned<ron_value::Value>> {
    match ron_value::parse(&file.text) {
        Ok(v) => Some(v),
        Err(e) => {
            let (code, msg) = if e.too_deep {
                (codes::E0004, e.message.clone())
            } else {
                (codes::E0100, format!("syntax error: {}", e.message))
            };
            report.push(
                Diagnostic::error(code, msg)
                    .at(file, e.span, e.label)
                    .maybe_hint(e.hint),
            );
            None
        }
    }
}

/// Reads the rubric. Returns it with its source, or `None` (with diagnostics) when it cannot
/// be used.
pub fn load_rubric(root: &Path, report: &mut Report) -> Option<(Rubric, Arc<SourceFile>)> {
    let path = root.join("scenarios").join(RUBRIC_FILE);
    let file = match read_source(&path, display_path(root, &path)) {
        Ok(f) => f,
        Err(d) => {
            report.push(
                d.hint("every content folder needs `scenarios/rubric.ron`; see docs/authoring.md"),
            );
            return None;
        }
    };
    bidi::scan(&file, report);
    let value = parse_file(&file, report)?;
    bidi::scan_escapes(&file, &value, report);
    let before = report.errors();
    let rubric = decode::rubric(
        &mut Dec {
            file: &file,
            report,
        },
        &value,
    )?;
    (report.errors() == before).then_some((rubric, file))
}

/// The scenario id a file name gives, if it is a valid id.
pub fn id_from_path(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    decode::is_id(stem).then(|| stem.to_string())
}

/// Reads, decodes and checks one scenario file. Every problem goes into `report`. Returns the
/// scenario only when this file has no errors, so that nothing broken is ever played.
pub fn load_scenario(
    root: &Path,
    path: &Path,
    rubric: &Rubric,
    report: &mut Report,
) -> Option<Scenario> {
    let display = display_path(root, path);
    let file = match read_source(path, display.clone()) {
        Ok(f) => f,
        Err(d) => {
            report.push(d);
            return None;
        }
    };
    load_scenario_source(root, &file, rubric, report)
}

/// Like [`load_scenario`], for text already read (live reload, tests, benchmarks).
pub fn load_scenario_source(
    root: &Path,
    file: &Arc<SourceFile>,
    rubric: &Rubric,
    report: &mut Report,
) -> Option<Scenario> {
    decode_scenario(root, file, rubric, report).and_then(|(s, ok)| ok.then_some(s))
}

/// Decodes and checks a scenario; returns the model even when it has errors (with `false`),
/// for checks that only need its message ids. Never play a scenario returned with `false`.
pub fn decode_scenario(
    root: &Path,
    file: &Arc<SourceFile>,
    rubric: &Rubric,
    report: &mut Report,
) -> Option<(Scenario, bool)> {
    let mut local = Report::default();
    let Some(id) = id_from_path(&file.path) else {
        let stem = file
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        local.push(
            Diagnostic::error(
                codes::E0106,
                format!("`{}` is not a valid scenario file name", file.display),
            )
            .in_file(file)
            .hint(decode::id_hint(
                "scenario file names are ids: letters, digits, `-` and `_`, ending in `.ron`",
                &stem,
            )),
        );
        report.extend(local);
        return None;
    };
    bidi::scan(file, &mut local);
    let Some(value) = parse_file(file, &mut local) else {
        report.extend(local);
        return None;
    };
    bidi::scan_escapes(file, &value, &mut local);
    let scn = decode::scenario(
        &mut Dec {
            file,
            report: &mut local,
        },
        &value,
        &id,
        rubric,
    );
    let Some(scn) = scn else {
        report.extend(local);
        return None;
    };
    // Assets must exist inside `assets/`.
    let assets = root.join("assets");
    for c in &scn.cast {
        if let Some(p) = &c.portrait {
            let full = assets.join(p);
            let inside = match (full.canonicalize(), assets.canonicalize()) {
                (Ok(f), Ok(a)) => Some(f.starts_with(a)),
                _ => None,
            };
            match inside {
                None => local.push(
                    Diagnostic::error(codes::E0311, format!("the portrait `{p}` does not exist"))
                        .at(file, c.span, format!("looked for `assets/{p}`")),
                ),
                Some(false) => local.push(
                    Diagnostic::error(
                        codes::E0006,
                        format!("the portrait `{p}` links outside the assets folder"),
                    )
                    .at(file, c.span, "refused"),
                ),
                Some(true) => {}
            }
        }
    }
    let refs_ok = !local.has_errors();
    crate::validate::check(&scn, file, &mut local, refs_ok);
    let ok = !local.has_errors();
    report.extend(local);
    Some((scn, ok))
}

/// One scenario file read and decoded: its path, the file (or why it could not be read), the
/// scenario (and whether it is free of errors), and what was reported on it.
type Decoded = (
    PathBuf,
    Result<Arc<SourceFile>, Diagnostic>,
    Option<(Scenario, bool)>,
    Report,
);

/// Reads, decodes and checks every file, on as many threads as there are cores (the state
/// exploration of a large scenario takes a good part of start-up), and gives the results in
/// the order of `files`, so that reports are the same whatever the timing.
fn read_and_decode(root: &Path, files: &[PathBuf], rubric: &Rubric) -> Vec<Decoded> {
    let one = |path: &PathBuf| -> Decoded {
        let mut local = Report::default();
        let read = read_source(path, display_path(root, path));
        let decoded = match &read {
            Ok(file) => decode_scenario(root, file, rubric, &mut local),
            Err(_) => None,
        };
        (path.clone(), read, decoded, local)
    };
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(files.len());
    if threads <= 1 {
        return files.iter().map(one).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut out: Vec<(usize, Decoded)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(path) = files.get(i) else { break };
                        mine.push((i, one(path)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| match w.join() {
                Ok(mine) => mine,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, d)| d).collect()
}

/// Scenario files under `scenarios/` (not the rubric), sorted, refusing links that leave the
/// content folder.
pub fn scenario_files(root: &Path, report: &mut Report) -> Vec<PathBuf> {
    let dir = root.join("scenarios");
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) => {
            report.push(
                Diagnostic::error(codes::E0001, format!("cannot read `scenarios`: {e}"))
                    .in_path("scenarios"),
            );
            return out;
        }
    };
    let canon_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().and_then(|x| x.to_str()) != Some("ron")
            || path.file_name().and_then(|x| x.to_str()) == Some(RUBRIC_FILE)
        {
            continue;
        }
        if let Some(d) = outside_link(&canon_root, &path, root) {
            report.push(d);
            continue;
        }
        out.push(path);
    }
    out.sort();
    out
}

/// Where a chain of links ends.
enum LinkEnd {
    /// A file or folder that exists.
    Target,
    /// The links lead back to one of themselves.
    Loop,
    /// The last link points to `.0`, which does not exist.
    Dangling(PathBuf),
}

/// Follows `path` link by link (at most 40, as the kernel does).
fn follow_links(path: &Path) -> LinkEnd {
    let mut seen = std::collections::HashSet::new();
    let mut cur = path.to_path_buf();
    for _ in 0..40 {
        let target = match std::fs::read_link(&cur) {
            Ok(t) => t,
            Err(_) => {
                return if std::fs::metadata(&cur).is_ok() {
                    LinkEnd::Target
                } else {
                    LinkEnd::Dangling(cur)
                };
            }
        };
        let next = match cur.parent() {
            Some(dir) if target.is_relative() => dir.join(target),
            _ => target,
        };
        if !seen.insert(cur) {
            return LinkEnd::Loop;
        }
        cur = next;
    }
    LinkEnd::Loop
}

/// A diagnostic when `path` is a link that cannot be used: one that resolves outside the
/// content folder (E0006), leads back to itself, or points to nothing (E0001).
pub fn outside_link(canon_root: &Path, path: &Path, root: &Path) -> Option<Diagnostic> {
    let is_link = std::fs::symlink_metadata(path)
        .map(|m| m.file_type().is_symlink())
        .unwrap_or(false);
    if !is_link {
        return None;
    }
    let shown = display_path(root, path);
    let d = match path.canonicalize() {
        Ok(target) if target.starts_with(canon_root) => return None,
        Ok(_) => Diagnostic::error(
            codes::E0006,
            format!("`{shown}` links outside the content folder"),
        )
        .hint("content files must live inside the content folder; copy the file in instead"),
        Err(e) => match follow_links(path) {
            LinkEnd::Loop => Diagnostic::error(
                codes::E0001,
                format!("`{shown}` is a symbolic link in a loop: following it leads back to it"),
            )
            .hint("replace the link by the file it should point to, or remove it"),
            LinkEnd::Dangling(to) => Diagnostic::error(
                codes::E0001,
                format!(
                    "`{shown}` is a symbolic link to `{}`, which does not exist",
                    display_path(root, &to)
                ),
            )
            .hint("fix the link, or remove it"),
            LinkEnd::Target => Diagnostic::error(
                codes::E0001,
                format!("cannot follow the symbolic link `{shown}`: {e}"),
            ),
        },
    };
    Some(d.in_path(shown))
}

/// What to load.
#[derive(Clone, Copy, Debug)]
pub enum Selection<'a> {
    /// The whole content folder: every scenario under `scenarios/`, and the locales.
    All,
    /// Files or folders named on the command line (`sanad check PATH..`).
    Paths(&'a [PathBuf]),
    /// One scenario file (`run`, `analyze`, `graph`); [`resolve_scenario`] finds it from an
    /// id or a path.
    One(&'a Path),
}

/// What the content is loaded for; it decides which problems are looked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// `sanad check`: every problem, the translations' included. `strict` makes missing
    /// translations and unused messages errors.
    Check { strict: bool },
    /// Playing (the app, `run`, `shot`): the checks that keep broken content away from a
    /// trainee. A library with nothing to play is an error.
    Play,
}

/// Everything a trainee can play.
#[derive(Debug, Default)]
pub struct Library {
    pub root: PathBuf,
    pub rubric: Rubric,
    /// Scenarios without errors, sorted by id.
    pub scenarios: Vec<Scenario>,
}

impl Library {
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// The scenarios by kind (interviews, investigations, coordination), each group by the
    /// minutes it takes (shortest first; without an estimate last), then by id. Empty
    /// groups are left out.
    pub fn groups(&self) -> Vec<(ScenarioKind, Vec<&Scenario>)> {
        ScenarioKind::ALL
            .iter()
            .map(|(_, k)| {
                let mut v: Vec<&Scenario> =
                    self.scenarios.iter().filter(|s| s.kind == *k).collect();
                v.sort_by_key(|s| (s.minutes.unwrap_or(u32::MAX), s.id.clone()));
                (*k, v)
            })
            .filter(|(_, v)| !v.is_empty())
            .collect()
    }

    /// The order suggested to a trainee working alone: the groups in order, and a scenario
    /// that `follows` another right after it.
    pub fn suggested_order(&self) -> Vec<&Scenario> {
        let flat: Vec<&Scenario> = self.groups().into_iter().flat_map(|(_, v)| v).collect();
        // Index in `flat` of the scenario each one follows, when it is in the library.
        let parent: Vec<Option<usize>> = flat
            .iter()
            .map(|s| {
                let (id, _) = s.follows.as_ref()?;
                flat.iter().position(|o| &o.id == id && o.id != s.id)
            })
            .collect();
        let mut placed = vec![false; flat.len()];
        let mut out: Vec<&Scenario> = Vec::with_capacity(flat.len());
        fn place<'s>(
            i: usize,
            flat: &[&'s Scenario],
            parent: &[Option<usize>],
            placed: &mut [bool],
            out: &mut Vec<&'s Scenario>,
        ) {
            if std::mem::replace(&mut placed[i], true) {
                return;
            }
            out.push(flat[i]);
            for j in 0..flat.len() {
                if parent[j] == Some(i) {
                    place(j, flat, parent, placed, out);
                }
            }
        }
        // A sequel waits for the scenario it follows.
        for i in 0..flat.len() {
            if parent[i].is_none() {
                place(i, &flat, &parent, &mut placed, &mut out);
            }
        }
        // Scenarios in a loop of `follows` (never placed above) still appear.
        for i in 0..flat.len() {
            if !placed[i] {
                place(i, &flat, &parent, &mut placed, &mut out);
            }
        }
        out
    }

    /// The estimated minutes of material in the library.
    pub fn total_minutes(&self) -> u32 {
        self.scenarios.iter().filter_map(|s| s.minutes).sum()
    }
}

/// Loaded content: what can be played, the texts, and every problem found on the way
/// (scenarios with errors are in the report, never in the library).
pub struct Loaded {
    pub library: Library,
    pub catalog: Catalog,
    pub report: Report,
}

/// A scenario named on the command line that is not there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotFound {
    /// Neither a `.ron` file nor a valid id.
    NotAnId(String),
    /// A valid id with no file; the ids that exist.
    NoScenario { id: String, available: Vec<String> },
}

impl std::fmt::Display for NotFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotFound::NotAnId(arg) => write!(
                f,
                "`{}` is neither a scenario file nor a scenario id (ids use letters, digits, `-` and `_`)",
                crate::diagnostic::escape_invisible(arg)
            ),
            NotFound::NoScenario { id, available } => write!(
                f,
                "no scenario `{id}`; available: {}",
                if available.is_empty() {
                    "none".to_string()
                } else {
                    available.join(", ")
                }
            ),
        }
    }
}

/// The one way content is loaded, for the command line, the app and the tests: reads the
/// rubric, the selected scenarios and the locales, checks them for `purpose`, and reports
/// every problem in one pass.
pub fn load(root: &Path, selection: &Selection, purpose: Purpose) -> Loaded {
    let mut report = Report::default();
    let (files, whole, check_locales) = match selection {
        Selection::All | Selection::Paths([]) => (scenario_files(root, &mut report), true, true),
        Selection::Paths(paths) => {
            let (files, locales) = named_files(root, paths, &mut report);
            (files, false, locales)
        }
        Selection::One(path) => (vec![path.to_path_buf()], false, false),
    };
    let mut catalog_report = Report::default();
    let catalog = Catalog::load(root, &mut catalog_report);
    let mut library = Library {
        root: root.to_path_buf(),
        ..Library::default()
    };
    let Some((rubric, rubric_file)) = load_rubric(root, &mut report) else {
        if purpose == Purpose::Play {
            report.extend(catalog_report);
        }
        if matches!(purpose, Purpose::Check { .. }) {
            report.sort();
        }
        return Loaded {
            library,
            catalog,
            report,
        };
    };
    let mut decoded = Vec::new();
    // Files of the scenarios that loaded, for the checks that read their texts.
    let mut sources: Vec<Arc<SourceFile>> = Vec::new();
    let mut decoded_files: Vec<Arc<SourceFile>> = Vec::new();
    // Scenarios that could not be read or decoded: which messages they use is not known.
    let mut unloaded = Vec::new();
    for (path, read, decoded_one, local) in read_and_decode(root, &files, &rubric) {
        report.extend(local);
        match read {
            Ok(file) => {
                if let Some((s, ok)) = decoded_one {
                    if ok {
                        library.scenarios.push(s.clone());
                        sources.push(file.clone());
                    }
                    decoded_files.push(file.clone());
                    decoded.push(s);
                } else {
                    unloaded.extend(id_from_path(&path));
                }
            }
            Err(d) => {
                report.push(d);
                unloaded.extend(id_from_path(&path));
            }
        }
    }
    library.scenarios.sort_by(|a, b| a.id.cmp(&b.id));
    // Whether a competency is exercised is a question about the whole library.
    if whole {
        let scenarios = if purpose == Purpose::Play {
            &library.scenarios
        } else {
            &decoded
        };
        unexercised(&rubric, &rubric_file, scenarios, &mut report);
        for (s, file) in decoded.iter().zip(&decoded_files) {
            if let Some((id, span)) = &s.follows
                && !decoded.iter().any(|o| &o.id == id && o.id != s.id)
            {
                report.push(
                    Diagnostic::warning(
                        codes::W0506,
                        format!("`follows` names `{id}`, which is not in the library"),
                    )
                    .at(file, *span, "no scenario with this id")
                    .hint(
                        did_you_mean(id, decoded.iter().map(|o| o.id.as_str())).unwrap_or_else(
                            || "name another scenario of `scenarios/`, or remove `follows`".into(),
                        ),
                    ),
                );
            }
        }
    }
    // Whether the texts give the answer away by length: for the scenarios checked.
    if matches!(purpose, Purpose::Check { .. }) {
        for file in &sources {
            if let Some(s) = id_from_path(&file.path).and_then(|id| library.scenario(&id)) {
                crate::teaching::check_lengths(s, file, &catalog, &mut report);
            }
        }
    }
    match purpose {
        Purpose::Play => {
            report.extend(catalog_report);
            if whole && library.scenarios.is_empty() && !report.has_errors() {
                report.push(
                    Diagnostic::error(codes::E0001, "there are no scenarios in `scenarios/`")
                        .in_path("scenarios")
                        .hint("add a scenario file, or start Sanad with `--content DIR`"),
                );
            }
        }
        Purpose::Check { strict } if check_locales => {
            report.extend(catalog_report);
            // Which ids are used depends on every scenario, not only those named.
            let (all, unloaded) = if whole {
                (decoded, unloaded)
            } else {
                let (mut all, mut unloaded) = (Vec::new(), Vec::new());
                for p in scenario_files(root, &mut Report::default()) {
                    let decoded = read_source(&p, display_path(root, &p))
                        .ok()
                        .and_then(|f| decode_scenario(root, &f, &rubric, &mut Report::default()));
                    match decoded {
                        Some((s, _)) => all.push(s),
                        None => unloaded.extend(id_from_path(&p)),
                    }
                }
                (all, unloaded)
            };
            i18n::check_with_unloaded(
                &catalog,
                &all,
                &unloaded,
                &rubric,
                CheckOptions { strict },
                &mut report,
            );
        }
        Purpose::Check { .. } => {}
    }
    if purpose == (Purpose::Check { strict: true }) {
        // With `--strict`, content that teaches nothing fails the check.
        for d in &mut report.diagnostics {
            if codes::TEACHING.contains(&d.code) {
                d.severity = crate::diagnostic::Severity::Error;
            }
        }
    }
    if matches!(purpose, Purpose::Check { .. }) {
        report.sort();
    }
    library.rubric = rubric;
    Loaded {
        library,
        catalog,
        report,
    }
}

/// The scenario files among `paths` (files, or folders of `.ron` files), and whether the
/// locales were named. A path that does not exist is reported.
fn named_files(root: &Path, paths: &[PathBuf], report: &mut Report) -> (Vec<PathBuf>, bool) {
    let mut files = Vec::new();
    let mut locales = false;
    let canon_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    for p in paths {
        let canon = p.canonicalize();
        let is_locales = canon
            .as_ref()
            .is_ok_and(|c| c.starts_with(canon_root.join("locales")))
            || p.extension().and_then(|x| x.to_str()) == Some("ftl");
        if is_locales {
            locales = true;
        } else if p.is_dir() {
            if canon.is_ok_and(|c| c == canon_root.join("scenarios")) {
                files.extend(scenario_files(root, report));
            } else {
                let mut v: Vec<PathBuf> = std::fs::read_dir(p)
                    .map(|rd| {
                        rd.flatten()
                            .map(|e| e.path())
                            .filter(|x| {
                                x.extension().and_then(|e| e.to_str()) == Some("ron")
                                    && x.file_name().and_then(|n| n.to_str()) != Some(RUBRIC_FILE)
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                v.sort();
                files.extend(v);
            }
        } else if p.file_name().and_then(|n| n.to_str()) == Some(RUBRIC_FILE) {
            // The rubric is always checked.
        } else if p.exists() {
            files.push(p.clone());
        } else {
            report.push(
                Diagnostic::error(codes::E0001, format!("`{}` does not exist", p.display()))
                    .in_path(p.display().to_string()),
            );
        }
    }
    (files, locales)
}

/// The file a scenario argument names: a `.ron` path, or an id under `scenarios/`.
pub fn resolve_scenario(root: &Path, arg: &str) -> Result<PathBuf, NotFound> {
    let as_path = Path::new(arg);
    let path = if as_path.extension().and_then(|x| x.to_str()) == Some("ron") || as_path.is_file() {
        as_path.to_path_buf()
    } else if decode::is_id(arg) {
        root.join("scenarios").join(format!("{arg}.ron"))
    } else {
        return Err(NotFound::NotAnId(arg.to_string()));
    };
    if path.is_file() {
        return Ok(path);
    }
    let mut available: Vec<String> = scenario_files(root, &mut Report::default())
        .iter()
        .filter_map(|p| id_from_path(p))
        .collect();
    available.sort();
    Err(NotFound::NoScenario {
        id: arg.to_string(),
        available,
    })
}

/// W0502: a rubric competency no scenario exercises.
pub fn unexercised(
    rubric: &Rubric,
    rubric_file: &Arc<SourceFile>,
    scenarios: &[Scenario],
    report: &mut Report,
) {
    for c in &rubric.competencies {
        if !scenarios.iter().any(|s| s.competencies.contains(&c.id)) {
            let d = Diagnostic::warning(
                codes::W0502,
                format!(
                    "the competency `{}` is never exercised by the scenarios checked",
                    c.id
                ),
            )
            .hint("add scored choices for it, or remove it from the rubric");
            report.push(if c.span.end > 0 {
                d.at(rubric_file, c.span, "no choice scores this competency")
            } else {
                d.in_file(rubric_file)
            });
        }
    }
}
