//! Attempts: every run of a scenario a trainee starts, kept on this machine as one JSON file
//! each, from the first choice to the end (finished or abandoned), so that a run in progress
//! can be resumed after the app closes or crashes and an instructor can collect every attempt.
//!
//! Layout of the data folder (see [`crate::records::data_dir`]):
//!
//! ```text
//! prefs.json                 preferences
//! records.json               the trainee code (and, from older versions, a summary of attempts)
//! attempts/<id>.json         one attempt each (this module)
//! sanad.lock                 held while a copy of the app uses the folder
//! ```
//!
//! Each attempt file is written atomically (a uniquely named temporary file in the same
//! folder, flushed to disk, renamed over the old one, and the folder flushed), so a crash or a
//! kill at any moment leaves either the previous or the new version, never half of one.
//! The record has a format name and a version ([`FORMAT`], [`VERSION`]): a newer app reads
//! older records (version 1 and the summaries of `records.json`), and a record from a newer
//! app is refused with a message that says so, never misread.

use crate::debrief::{Assessed, Debrief};
use crate::model::{Outcome, QuestionCounts, QuestionType, Scenario};
use crate::records::{Attempt as LegacyAttempt, Mode, read_json, write_json};
use crate::session::Session;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The `format` of an attempt file.
pub const FORMAT: &str = "sanad-attempt";
/// The record version this build writes; it reads this and every older one.
pub const VERSION: u32 = 1;

/// One attempt at a scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttemptRecord {
    pub format: String,
    pub version: u32,
    /// Unique on this computer and across computers: trainee, scenario, start time, random.
    pub id: String,
    /// The pseudonymous trainee code; never a name.
    pub trainee: String,
    pub scenario: String,
    /// The scenario's fingerprint (its source text), in hex: a run is only resumed, and its
    /// choices only replayed, on the same version.
    pub scenario_version: String,
    pub seed: u64,
    /// The choices made, by authored position, as `sanad run --choose` takes them.
    pub choices: Vec<u32>,
    pub mode: Mode,
    pub lang: String,
    pub finished: bool,
    pub ending: Option<String>,
    pub outcome: Option<Outcome>,
    pub scores: BTreeMap<String, ScoreRecord>,
    pub total_percent: f64,
    pub critical: Vec<CriticalRecord>,
    /// The question profile, for a scenario whose choices have question types.
    #[serde(default)]
    pub questions: Option<QuestionsRecord>,
    /// Seconds since the Unix epoch.
    pub started_at: u64,
    /// When the attempt ended (finished or left); `None` while it is in progress.
    pub ended_at: Option<u64>,
    pub updated_at: u64,
    /// Read from an older summary (records.json) that kept no choices or scores.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub legacy: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoreRecord {
    pub earned: i64,
    pub max: i64,
    pub percent: f64,
    pub status: Assessed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CriticalRecord {
    pub node: String,
    pub choice: u32,
    /// Message ids (the report shows them in the instructor's language).
    pub text: String,
    pub feedback: Option<String>,
    pub principle: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionsRecord {
    pub invitation: u32,
    pub directive: u32,
    pub option_posing: u32,
    pub suggestive: u32,
    pub statement: u32,
    pub recommended_percent: Option<u32>,
}

impl QuestionsRecord {
    pub fn of(q: &QuestionCounts) -> QuestionsRecord {
        QuestionsRecord {
            invitation: q.get(QuestionType::Invitation),
            directive: q.get(QuestionType::Directive),
            option_posing: q.get(QuestionType::OptionPosing),
            suggestive: q.get(QuestionType::Suggestive),
            statement: q.get(QuestionType::Statement),
            recommended_percent: (q.questions() > 0).then(|| q.recommended_percent()),
        }
    }
    pub fn counts(&self) -> QuestionCounts {
        QuestionCounts([
            self.invitation,
            self.directive,
            self.option_posing,
            self.suggestive,
            self.statement,
        ])
    }
}

/// Seconds since the Unix epoch, now.
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |t| t.as_secs())
}

fn hex(n: u64) -> String {
    format!("{n:016x}")
}

impl AttemptRecord {
    /// A new attempt, before its first choice.
    pub fn start(trainee: &str, scn: &Scenario, seed: u64, mode: Mode, lang: &str) -> Self {
        let started = now();
        let mut r = [0u8; 3];
        let _ = getrandom::fill(&mut r);
        AttemptRecord {
            format: FORMAT.into(),
            version: VERSION,
            id: format!(
                "{trainee}-{}-{started}-{:02x}{:02x}{:02x}",
                scn.id, r[0], r[1], r[2]
            ),
            trainee: trainee.into(),
            scenario: scn.id.clone(),
            scenario_version: hex(scn.fingerprint),
            seed,
            choices: Vec::new(),
            mode,
            lang: lang.into(),
            finished: false,
            ending: None,
            outcome: None,
            scores: BTreeMap::new(),
            total_percent: 0.0,
            critical: Vec::new(),
            questions: None,
            started_at: started,
            ended_at: None,
            updated_at: started,
            legacy: false,
        }
    }

    /// Brings the record up to date with the session and its debrief: the choices so far,
    /// the scores, the critical errors, the question profile. `ended` marks the end of the
    /// attempt (finished, or left before an ending).
    pub fn update(&mut self, session: &Session, d: &Debrief, ended: bool) {
        self.choices = session.timeline().iter().map(|s| s.position).collect();
        self.finished = d.finished;
        self.ending = d.ending.as_ref().map(|e| e.node.clone());
        self.outcome = d.ending.as_ref().map(|e| e.outcome);
        self.scores = d
            .scores
            .iter()
            .map(|s| {
                (
                    s.id.clone(),
                    ScoreRecord {
                        earned: s.earned,
                        max: s.max,
                        percent: s.percent,
                        status: s.assessed,
                    },
                )
            })
            .collect();
        self.total_percent = d.total_percent;
        self.critical = d
            .critical
            .iter()
            .map(|s| CriticalRecord {
                node: s.node.clone(),
                choice: s.position,
                text: s.text.clone(),
                feedback: s.feedback.clone(),
                principle: s.principle.clone(),
            })
            .collect();
        self.questions = d.questions.as_ref().map(|q| QuestionsRecord::of(&q.counts));
        self.updated_at = now();
        if ended || d.finished {
            self.ended_at = Some(self.updated_at);
        }
    }

    pub fn in_progress(&self) -> bool {
        !self.finished && self.ended_at.is_none()
    }

    /// Whether its choices can be replayed on `scn` (the same scenario, the same version).
    pub fn matches(&self, scn: &Scenario) -> bool {
        self.scenario == scn.id && self.scenario_version == hex(scn.fingerprint)
    }

    /// The session this attempt stands at, replayed from its seed and choices: the same
    /// screen (the one right after the last choice), variant and order as when it was saved.
    pub fn resume(&self, scn: &Scenario) -> Result<Session, ResumeProblem> {
        if !self.matches(scn) {
            return Err(ResumeProblem::OtherVersion);
        }
        // As the trainee went: lines passed before each choice, and nothing after the last,
        // so that the screen is the one shown right after it.
        let mut s = Session::new(scn, self.seed);
        for (i, &c) in self.choices.iter().enumerate() {
            let mut guard = 0;
            while s.valid_positions(scn).is_empty() && !s.is_finished() && guard <= scn.nodes.len()
            {
                s.advance(scn)
                    .map_err(|e| ResumeProblem::Replay(format!("before choice {}: {e}", i + 1)))?;
                guard += 1;
            }
            s.choose(scn, c)
                .map_err(|e| ResumeProblem::Replay(format!("choice {} ({c}): {e}", i + 1)))?;
        }
        Ok(s)
    }

    /// An attempt summarised by an older version in `records.json`.
    pub fn from_legacy(trainee: &str, a: &LegacyAttempt) -> AttemptRecord {
        AttemptRecord {
            format: FORMAT.into(),
            version: VERSION,
            id: format!("{trainee}-{}-{}-legacy", a.scenario, a.at),
            trainee: trainee.into(),
            scenario: a.scenario.clone(),
            scenario_version: String::new(),
            seed: a.seed,
            choices: Vec::new(),
            mode: a.mode,
            lang: String::new(),
            finished: a.finished,
            ending: a.ending.clone(),
            outcome: None,
            scores: BTreeMap::new(),
            total_percent: a.total_percent,
            critical: Vec::new(),
            questions: a.questions.as_ref().map(QuestionsRecord::of),
            started_at: a.at,
            ended_at: Some(a.at),
            updated_at: a.at,
            legacy: true,
        }
    }
}

/// Why an attempt could not be resumed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResumeProblem {
    /// The scenario changed since (or is not installed).
    OtherVersion,
    /// Its choices no longer replay.
    Replay(String),
}

/// Why a file is not an attempt this build can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    NotJson(String),
    /// JSON, but not a Sanad attempt.
    Foreign,
    /// Written by a newer Sanad.
    Newer(u32),
    /// A Sanad attempt with fields missing or of the wrong kind.
    Invalid(String),
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::NotJson(e) => write!(f, "not a JSON file ({e})"),
            Unreadable::Foreign => write!(f, "a JSON file, but not a Sanad attempt"),
            Unreadable::Newer(v) => write!(
                f,
                "written by a newer version of Sanad (record version {v}; this one reads up to {VERSION}): update Sanad to read it"
            ),
            Unreadable::Invalid(e) => write!(f, "a Sanad attempt with a damaged field ({e})"),
        }
    }
}

/// Reads an attempt from its JSON text, whatever version wrote it.
pub fn parse(text: &str) -> Result<AttemptRecord, Unreadable> {
    let v: serde_json::Value =
        serde_json::from_str(text).map_err(|e| Unreadable::NotJson(e.to_string()))?;
    if v.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(Unreadable::Foreign);
    }
    let version = v.get("version").and_then(|x| x.as_u64()).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(Unreadable::Newer(version.min(u64::from(u32::MAX)) as u32));
    }
    // Version 1 is the only one so far; an older one would be converted here.
    serde_json::from_value(v).map_err(|e| Unreadable::Invalid(e.to_string()))
}

/// The attempts of a data folder, and its lock.
pub struct Store {
    dir: PathBuf,
    /// Held while this store is open: a second copy of the app on the same folder is refused.
    _lock: Option<std::fs::File>,
}

/// A problem with one file of the store, said to the trainee in their language by the app.
#[derive(Clone, Debug, PartialEq)]
pub struct FileProblem {
    pub path: PathBuf,
    pub message: String,
    /// A damaged file was renamed aside to here, its content kept.
    pub aside: Option<PathBuf>,
}

impl Store {
    /// Opens the data folder `dir` for writing, taking its lock. `Err` names the problem:
    /// the folder cannot be made, or another copy of Sanad holds it.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(dir.join("attempts"))
            .map_err(|e| StoreError::Io(format!("cannot create {}: {e}", dir.display())))?;
        let path = dir.join("sanad.lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::Io(format!("cannot open {}: {e}", path.display())))?;
        match file.try_lock() {
            Ok(()) => Ok(Store {
                dir: dir.to_path_buf(),
                _lock: Some(file),
            }),
            Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Locked(dir.to_path_buf())),
            Err(std::fs::TryLockError::Error(e)) => Err(StoreError::Io(format!(
                "cannot lock {}: {e}",
                path.display()
            ))),
        }
    }

    /// Opens a folder of attempts only to read them (an export, or a folder in use).
    pub fn read_only(dir: &Path) -> Store {
        Store {
            dir: dir.to_path_buf(),
            _lock: None,
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path_of(&self, id: &str) -> PathBuf {
        // Ids are made of codes, scenario ids, digits and hex; anything else is replaced, so
        // an id can never name a file outside the folder.
        let safe: String = id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        self.dir.join("attempts").join(format!("{safe}.json"))
    }

    /// Saves an attempt (atomically: the file holds the old or the new record, never a mix).
    pub fn save(&self, a: &AttemptRecord) -> Result<(), String> {
        write_json(&self.path_of(&a.id), a)
    }

    /// Every attempt in the folder, oldest first, and the files that could not be read (each
    /// set aside, see [`read_json`]). Older summaries in `records.json` are included.
    pub fn load(&self) -> (Vec<AttemptRecord>, Vec<FileProblem>) {
        let mut out = Vec::new();
        let mut problems = Vec::new();
        let dir = self.dir.join("attempts");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "json"))
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        for p in paths {
            match std::fs::read_to_string(&p) {
                Ok(text) => match parse(&text) {
                    Ok(a) => out.push(a),
                    Err(Unreadable::Newer(v)) => problems.push(FileProblem {
                        message: Unreadable::Newer(v).to_string(),
                        path: p,
                        aside: None,
                    }),
                    Err(_) => {
                        // Damaged: set aside with its content kept.
                        if let Err(e) =
                            crate::records::read_json_kept::<AttemptRecord>(&p).map(|_| ())
                        {
                            problems.push(FileProblem {
                                path: p,
                                message: e.to_string(),
                                aside: e.aside,
                            });
                        }
                    }
                },
                Err(e) => problems.push(FileProblem {
                    message: format!("cannot read {}: {e}", p.display()),
                    path: p,
                    aside: None,
                }),
            }
        }
        if let Ok(Some(legacy)) =
            read_json::<crate::records::Records>(&self.dir.join("records.json"))
        {
            for a in &legacy.attempts {
                let rec = AttemptRecord::from_legacy(&legacy.trainee, a);
                if !out.iter().any(|o| o.id == rec.id) {
                    out.push(rec);
                }
            }
        }
        out.sort_by(|a, b| (a.started_at, &a.id).cmp(&(b.started_at, &b.id)));
        (out, problems)
    }

    /// The newest attempt of `trainee` still in progress (to resume).
    pub fn in_progress(&self, trainee: &str) -> Option<AttemptRecord> {
        self.load()
            .0
            .into_iter()
            .rev()
            .find(|a| a.trainee == trainee && a.in_progress())
    }

    /// Deletes the attempts of one trainee code (and its old summaries).
    pub fn delete_trainee(&self, trainee: &str) -> Result<usize, String> {
        let (all, _) = self.load();
        let mut n = 0;
        for a in all.iter().filter(|a| a.trainee == trainee && !a.legacy) {
            let p = self.path_of(&a.id);
            std::fs::remove_file(&p).map_err(|e| format!("cannot delete {}: {e}", p.display()))?;
            n += 1;
        }
        let legacy = self.dir.join("records.json");
        if let Ok(Some(mut r)) = read_json::<crate::records::Records>(&legacy)
            && r.trainee == trainee
        {
            n += r.attempts.len();
            r.attempts.clear();
            write_json(&legacy, &r)?;
        }
        Ok(n)
    }

    /// Deletes every training record on this computer: attempts, summaries, preferences and
    /// files set aside. The folder itself (and the lock) stay.
    pub fn delete_all(&self) -> Result<(), String> {
        let rd = std::fs::read_dir(&self.dir)
            .map_err(|e| format!("cannot read {}: {e}", self.dir.display()))?;
        for e in rd.flatten() {
            let p = e.path();
            if p.file_name().is_some_and(|n| n == "sanad.lock") {
                continue;
            }
            let r = if p.is_dir() {
                std::fs::remove_dir_all(&p)
            } else {
                std::fs::remove_file(&p)
            };
            r.map_err(|e| format!("cannot delete {}: {e}", p.display()))?;
        }
        std::fs::create_dir_all(self.dir.join("attempts"))
            .map_err(|e| format!("cannot create {}: {e}", self.dir.display()))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Another copy of Sanad uses this data folder.
    Locked(PathBuf),
    Io(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Locked(d) => write!(
                f,
                "another copy of Sanad is using the data folder {}; close it first",
                d.display()
            ),
            StoreError::Io(e) => f.write_str(e),
        }
    }
}

/// Writes every attempt to `out`: one JSON file each, and all of them as rows of
/// `attempts.csv`. Only pseudonymous codes are written. Returns the number exported.
pub fn export(attempts: &[AttemptRecord], out: &Path) -> Result<usize, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let store = Store::read_only(out);
    let target = out.join("attempts");
    std::fs::create_dir_all(&target)
        .map_err(|e| format!("cannot create {}: {e}", target.display()))?;
    for a in attempts {
        store.save(a)?;
    }
    let comps: std::collections::BTreeSet<&str> = attempts
        .iter()
        .flat_map(|a| a.scores.keys().map(String::as_str))
        .collect();
    let mut csv = String::from(
        "id,trainee,scenario,scenario_version,seed,mode,lang,finished,ending,outcome,total_percent,critical_errors,recommended_percent,started_at,ended_at,choices",
    );
    for c in &comps {
        csv.push_str(&format!(",{c}_percent"));
    }
    csv.push('\n');
    for a in attempts {
        let choices: Vec<String> = a.choices.iter().map(u32::to_string).collect();
        let cells = [
            a.id.clone(),
            a.trainee.clone(),
            a.scenario.clone(),
            a.scenario_version.clone(),
            a.seed.to_string(),
            serde_json::to_value(a.mode)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            a.lang.clone(),
            a.finished.to_string(),
            a.ending.clone().unwrap_or_default(),
            a.outcome.map(|o| o.key().to_string()).unwrap_or_default(),
            format!("{:.1}", a.total_percent),
            a.critical.len().to_string(),
            a.questions
                .as_ref()
                .and_then(|q| q.recommended_percent)
                .map(|p| p.to_string())
                .unwrap_or_default(),
            a.started_at.to_string(),
            a.ended_at.map(|t| t.to_string()).unwrap_or_default(),
            choices.join(" "),
        ];
        let mut row: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        for c in &comps {
            row.push(
                a.scores
                    .get(*c)
                    .filter(|s| s.status != Assessed::NotAssessed)
                    .map(|s| format!("{:.1}", s.percent))
                    .unwrap_or_default(),
            );
        }
        csv.push_str(&row.join(","));
        csv.push('\n');
    }
    crate::records::write_text(&out.join("attempts.csv"), &csv)?;
    Ok(attempts.len())
}

/// A CSV cell, quoted when it needs to be (RFC 4180), and never read as a formula by a
/// spreadsheet.
pub fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// A trainee's progress over their attempts, for the self-paced progress view.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Progress {
    /// Competency -> its percent in each attempt that assessed it, oldest first.
    pub competencies: BTreeMap<String, Vec<f64>>,
    /// The competency with the lowest mean so far that a scenario can train, and that mean.
    pub weakest: Option<(String, f64)>,
    /// The scenario that trains it best: it offers the most points in it; among those, the
    /// one played least often, then the suggested order.
    pub next: Option<String>,
}

/// The progress of `trainee` over `attempts` (finished ones; abandoned ones say little about
/// a competency), and the next scenario to practise with.
pub fn progress(
    attempts: &[AttemptRecord],
    trainee: &str,
    library: &crate::loader::Library,
) -> Progress {
    let mine: Vec<&AttemptRecord> = attempts
        .iter()
        .filter(|a| a.trainee == trainee && a.finished && !a.legacy)
        .collect();
    let mut competencies: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for a in &mine {
        for (id, s) in &a.scores {
            if s.status != Assessed::NotAssessed {
                competencies.entry(id.clone()).or_default().push(s.percent);
            }
        }
    }
    let order = library.suggested_order();
    // The scenario that trains `comp` best, if any offers points in it.
    let trains = |comp: &str| {
        order
            .iter()
            .filter_map(|s| {
                let i = s.competencies.iter().position(|c| c == comp)?;
                let best = crate::debrief::best_scores(s).get(i).copied().unwrap_or(0);
                let played = mine.iter().filter(|a| a.scenario == s.id).count();
                (best > 0).then_some((best, played, s.id.clone()))
            })
            // Most points on offer first; then the least played; `order` keeps the rest.
            .min_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)))
            .map(|(_, _, id)| id)
    };
    let mut means: Vec<(String, f64)> = competencies
        .iter()
        .map(|(id, v)| (id.clone(), v.iter().sum::<f64>() / v.len() as f64))
        .collect();
    means.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    // The weakest competency that some scenario can train (one that only takes points away
    // is practised, but not "trained" by a scenario of its own).
    let found = means
        .into_iter()
        .find_map(|(id, m)| trains(&id).map(|next| ((id, (m * 10.0).round() / 10.0), next)));
    let (weakest, next) = match found {
        Some((w, n)) => (Some(w), Some(n)),
        // Nothing played yet: the first of the suggested order.
        None => (None, order.first().map(|s| s.id.clone())),
    };
    Progress {
        competencies,
        weakest,
        next,
    }
}
