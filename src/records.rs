//! Trainee records and preferences, kept on this machine only.
//!
//! Trainees are identified by a pseudonymous code (e.g. `TR-7K2M`), never by name. Nothing is
//! sent anywhere: records are JSON files in the user's data folder (`SANAD_DATA_DIR`, else
//! `$XDG_DATA_HOME/sanad`, else `~/.local/share/sanad`; `%APPDATA%\sanad` on Windows).
//! A damaged file is set aside (renamed `.damaged`) rather than lost or silently replaced.

use crate::debrief::Debrief;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How feedback is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// Instructor-led: feedback is held for the debrief.
    #[default]
    Workshop,
    /// Self-paced: feedback after each choice.
    SelfPaced,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Prefs {
    /// `None` until the trainee has chosen (first run).
    pub lang: Option<String>,
    pub mode: Mode,
    /// 0 = small, 1 = medium, 2 = large, 3 = extra large.
    pub text_size: u8,
    pub high_contrast: bool,
    /// Set by the instructor: in workshop mode each debrief waits until this code is typed
    /// on the laptop (a pause for the group, not a security measure: it is kept as typed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop_code: Option<String>,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            lang: None,
            mode: Mode::Workshop,
            text_size: 1,
            high_contrast: false,
            workshop_code: None,
        }
    }
}

/// One finished (or abandoned) attempt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub scenario: String,
    pub seed: u64,
    pub mode: Mode,
    pub finished: bool,
    pub ending: Option<String>,
    pub total_percent: f64,
    pub critical: usize,
    /// How many questions of each type were asked (interviews with question types); absent
    /// in records written before question types existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questions: Option<crate::model::QuestionCounts>,
    /// Seconds since the Unix epoch.
    pub at: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Records {
    pub trainee: String,
    pub attempts: Vec<Attempt>,
}

impl Records {
    /// The latest attempt at a scenario.
    pub fn last(&self, scenario: &str) -> Option<&Attempt> {
        self.attempts.iter().rev().find(|a| a.scenario == scenario)
    }

    pub fn add(&mut self, d: &Debrief, mode: Mode) {
        self.attempts.push(Attempt {
            scenario: d.scenario.clone(),
            seed: d.seed,
            mode,
            finished: d.finished,
            ending: d.ending.as_ref().map(|e| e.node.clone()),
            total_percent: d.total_percent,
            critical: d.critical.len(),
            questions: d.questions.as_ref().map(|q| q.counts),
            at: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |t| t.as_secs()),
        });
    }
}

/// A new pseudonymous trainee code: `TR-` and four characters without look-alikes, drawn
/// from the operating system's random source.
pub fn new_trainee_code() -> String {
    let mut bytes = [0u8; 4];
    if getrandom::fill(&mut bytes).is_err() {
        // No OS randomness (never seen on a supported system): the clock and the process id
        // still make codes differ between trainees.
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
            ^ u64::from(std::process::id()).rotate_left(32);
        bytes = (t.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32).to_le_bytes()[..4]
            .try_into()
            .unwrap_or_default();
    }
    trainee_code(bytes)
}

/// The code that four random bytes give.
fn trainee_code(bytes: [u8; 4]) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let mut code = String::from("TR-");
    for b in bytes {
        code.push(ALPHABET[usize::from(b) % ALPHABET.len()] as char);
    }
    code
}

/// Where records live on this machine: `SANAD_DATA_DIR` if set, else the platform's per-user
/// data folder (`$XDG_DATA_HOME/sanad` or `~/.local/share/sanad` on Linux,
/// `~/Library/Application Support/sanad` on macOS, `%APPDATA%\sanad\data` on Windows).
pub fn data_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("SANAD_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "sanad").map(|p| p.data_dir().to_path_buf())
}

/// Reads a JSON file. A missing file gives `Ok(None)`; a damaged one is renamed aside and
/// reported, so that nothing is silently lost.
pub fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Option<T>, String> {
    read_json_kept(path).map_err(|e| e.to_string())
}

/// A file that could not be used: why, and where its bytes were kept.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    pub path: std::path::PathBuf,
    /// Where the damaged file now is (its content unchanged); `None` when it could not be
    /// read at all, or not moved.
    pub aside: Option<std::path::PathBuf>,
    pub why: String,
}

impl std::fmt::Display for SetAside {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.aside {
            Some(a) => write!(
                f,
                "{} was damaged ({}); it was kept as {}",
                self.path.display(),
                self.why,
                a.display()
            ),
            None => write!(f, "cannot read {}: {}", self.path.display(), self.why),
        }
    }
}

/// Reads a JSON file; a damaged one is renamed aside (see [`aside_name`]) with its bytes
/// kept, so that nothing is lost and the app can go on without it.
pub fn read_json_kept<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Option<T>, SetAside> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(SetAside {
                path: path.to_path_buf(),
                aside: None,
                why: e.to_string(),
            });
        }
    };
    match serde_json::from_str(&text) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            let aside = aside_name(path, std::time::SystemTime::now());
            let moved = std::fs::rename(path, &aside).is_ok();
            Err(SetAside {
                path: path.to_path_buf(),
                aside: moved.then_some(aside),
                why: e.to_string(),
            })
        }
    }
}

/// A name beside `path` for a damaged copy that no earlier one has:
/// `records.json.damaged-20261202-211500` (UTC), then `-2`, `-3`... if taken.
pub fn aside_name(path: &Path, at: std::time::SystemTime) -> std::path::PathBuf {
    let secs = at
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    let t = secs % 86_400;
    let stamp = format!(
        "{y:04}{m:02}{d:02}-{:02}{:02}{:02}",
        t / 3600,
        t / 60 % 60,
        t % 60
    );
    let name = path
        .file_name()
        .map_or_else(|| "file".to_string(), |n| n.to_string_lossy().into_owned());
    let base = path.with_file_name(format!("{name}.damaged-{stamp}"));
    let mut candidate = base.clone();
    let mut n = 2;
    while candidate.exists() {
        candidate = path.with_file_name(format!("{name}.damaged-{stamp}-{n}"));
        n += 1;
    }
    candidate
}

/// Year, month, day of a day count since 1970-01-01 (proleptic Gregorian calendar).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Writes JSON atomically: a uniquely named temporary file in the same folder (so two
/// copies of the app never share one), flushed to disk, then renamed over `path`.
pub fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    write_text(path, &text)
}

/// Writes text atomically, as [`write_json`] does; on Unix the folder is flushed too, so that
/// the rename itself survives a power cut.
pub fn write_text(path: &Path, text: &str) -> Result<(), String> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let fail = |e: std::io::Error| format!("cannot write {}: {e}", path.display());
    let mut tmp = tempfile::Builder::new()
        .prefix(".sanad-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(text.as_bytes()).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_pseudonymous_and_vary() {
        let codes: Vec<String> = (0..20).map(|_| new_trainee_code()).collect();
        for c in &codes {
            assert!(c.starts_with("TR-") && c.len() == 7, "{c}");
            assert!(c[3..].chars().all(|x| !"01IO".contains(x)), "{c}");
        }
        // 20 draws from about a million codes: all equal only if the source is not random.
        assert!(codes.iter().any(|c| c != &codes[0]), "{codes:?}");
        assert_eq!(trainee_code([0, 31, 32, 255]), "TR-2Z2Z");
    }

    #[test]
    fn aside_names_are_dated_and_never_reused() {
        let dir = std::env::temp_dir().join(format!("sanad-aside-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("prefs.json");
        let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_796_246_100);
        let first = aside_name(&p, at);
        assert_eq!(
            first.file_name().unwrap().to_string_lossy(),
            "prefs.json.damaged-20261202-211500"
        );
        std::fs::write(&first, "x").unwrap();
        let second = aside_name(&p, at);
        assert_eq!(
            second.file_name().unwrap().to_string_lossy(),
            "prefs.json.damaged-20261202-211500-2"
        );
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn damaged_files_are_kept_aside() {
        let dir = std::env::temp_dir().join(format!("sanad-rec-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("records.json");
        std::fs::write(&p, "{not json").unwrap();
        let r: Result<Option<Records>, String> = read_json(&p);
        assert!(r.is_err());
        let kept: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("records.json.damaged-")
            })
            .collect();
        assert_eq!(kept.len(), 1);
        assert_eq!(std::fs::read(kept[0].path()).unwrap(), b"{not json");
        let _ = std::fs::remove_file(kept[0].path());
        let rec = Records {
            trainee: "TR-AAAA".into(),
            attempts: vec![],
        };
        write_json(&p, &rec).unwrap();
        assert_eq!(read_json::<Records>(&p).unwrap(), Some(rec));
        // No temporary file is left behind.
        let left: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }
}
