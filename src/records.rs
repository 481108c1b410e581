//! Trainee records and preferences, kept on this machine only.
//!
//! Trainees are identified by a pseudonymous code (e.g. `TR-7K2M`), never by name. Nothing is
//! sent anywhere: records are JSON files in the user's data folder (`SANAD_DATA_DIR`, else
//! `sanad-data/` beside the executable in portable mode, else `$XDG_DATA_HOME/sanad` or
//! `~/.local/share/sanad`; `%APPDATA%\sanad\data` on Windows; see [`data_dir`]).
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
    /// The scene panel on the play screen (the transcript and case file say the same in text).
    #[serde(default = "shown")]
    pub show_scene: bool,
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
            show_scene: true,
            workshop_code: None,
        }
    }
}

fn shown() -> bool {
    true
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

/// The file that turns on portable mode: when it sits beside the executable (say on a USB
/// stick), records and preferences are kept in [`PORTABLE_DIR`] beside it, not in the user
/// profile. Its content does not matter; the shipped one explains itself.
pub const PORTABLE_MARKER: &str = "sanad-portable.txt";

/// The data folder of portable mode, beside the executable.
pub const PORTABLE_DIR: &str = "sanad-data";

/// Why there is no data folder to use.
#[derive(Clone, Debug, PartialEq)]
pub enum DataDirError {
    /// The platform knows no per-user data folder (no home folder).
    NoPlatformFolder,
    /// The portable marker is there, but the folder beside it cannot be created or written
    /// (a read-only stick, say). Nothing falls back to the user profile: a trainee who
    /// expects results on the stick would otherwise lose them without a word.
    PortableNotWritable { dir: PathBuf, why: String },
}

impl std::fmt::Display for DataDirError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DataDirError::NoPlatformFolder => write!(
                f,
                "this computer has no data folder for Sanad (no home folder); set SANAD_DATA_DIR"
            ),
            DataDirError::PortableNotWritable { dir, why } => write!(
                f,
                "portable mode ({PORTABLE_MARKER} beside the program), but {} cannot be written: \
                 {why}; records and preferences cannot be kept. Copy Sanad to a writable stick \
                 or folder, or remove {PORTABLE_MARKER} to keep them in the user profile",
                dir.display()
            ),
        }
    }
}

impl std::error::Error for DataDirError {}

/// Where records and preferences live on this machine, in this order:
///
/// 1. `SANAD_DATA_DIR`, if set and not empty;
/// 2. portable mode: `<folder of the executable>/sanad-data/` when the file
///    [`PORTABLE_MARKER`] (`sanad-portable.txt`) sits beside the executable. The folder is
///    created here and checked by writing a probe file; when that fails (a read-only stick)
///    the answer is [`DataDirError::PortableNotWritable`], never a silent fall-back;
/// 3. the platform's per-user data folder (`$XDG_DATA_HOME/sanad` or `~/.local/share/sanad`
///    on Linux, `~/Library/Application Support/sanad` on macOS, `%APPDATA%\sanad\data` on
///    Windows).
pub fn data_dir() -> Result<PathBuf, DataDirError> {
    let env = std::env::var_os("SANAD_DATA_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from);
    let exe = std::env::current_exe().ok();
    let exe_dir = exe.as_deref().and_then(Path::parent);
    resolve_data_dir(env, exe_dir, || {
        directories::ProjectDirs::from("", "", "sanad").map(|p| p.data_dir().to_path_buf())
    })
}

/// [`data_dir`] with its inputs given: the environment's folder, the executable's folder and
/// the platform's folder (asked for only when needed).
fn resolve_data_dir(
    env: Option<PathBuf>,
    exe_dir: Option<&Path>,
    platform: impl FnOnce() -> Option<PathBuf>,
) -> Result<PathBuf, DataDirError> {
    if let Some(d) = env {
        return Ok(d);
    }
    if let Some(exe_dir) = exe_dir
        && exe_dir.join(PORTABLE_MARKER).is_file()
    {
        let dir = exe_dir.join(PORTABLE_DIR);
        let not_writable = |e: std::io::Error| DataDirError::PortableNotWritable {
            dir: dir.clone(),
            why: e.to_string(),
        };
        std::fs::create_dir_all(&dir).map_err(not_writable)?;
        // A folder that exists is not yet one that can be written (a stick with its
        // write-protect switch on): a probe file, removed when dropped, tells.
        tempfile::Builder::new()
            .prefix(".sanad-probe")
            .tempfile_in(&dir)
            .map_err(not_writable)?;
        return Ok(dir);
    }
    platform().ok_or(DataDirError::NoPlatformFolder)
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

    /// A fresh empty folder standing for the executable's folder.
    fn exe_dir(tag: &str) -> PathBuf {
        let n = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let d =
            std::env::temp_dir().join(format!("sanad-portable-{tag}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn platform() -> Option<PathBuf> {
        Some(PathBuf::from("/platform/sanad"))
    }

    #[test]
    fn without_the_marker_the_platform_folder_is_used() {
        let exe = exe_dir("none");
        let got = resolve_data_dir(None, Some(&exe), platform).unwrap();
        assert_eq!(got, PathBuf::from("/platform/sanad"));
        assert!(
            !exe.join(PORTABLE_DIR).exists(),
            "nothing created beside the exe"
        );
        assert_eq!(
            resolve_data_dir(None, None, || None),
            Err(DataDirError::NoPlatformFolder)
        );
    }

    #[test]
    fn the_marker_keeps_data_beside_the_executable() {
        // Arabic and Kurdish letters in the path, as in a trainee's user or stick folder.
        let exe = exe_dir("marker").join("سند-ڕاهێنان");
        std::fs::create_dir_all(&exe).unwrap();
        std::fs::write(exe.join(PORTABLE_MARKER), "portable").unwrap();
        let got = resolve_data_dir(None, Some(&exe), platform).unwrap();
        assert_eq!(got, exe.join(PORTABLE_DIR));
        assert!(got.is_dir());
        // The probe file is gone.
        assert_eq!(std::fs::read_dir(&got).unwrap().count(), 0);
        // Records round-trip there.
        write_json(&got.join("prefs.json"), &Prefs::default()).unwrap();
        assert_eq!(
            read_json::<Prefs>(&got.join("prefs.json")).unwrap(),
            Some(Prefs::default())
        );
        // A folder named like the marker is not the marker.
        let other = exe_dir("marker-dir");
        std::fs::create_dir_all(other.join(PORTABLE_MARKER)).unwrap();
        assert_eq!(
            resolve_data_dir(None, Some(&other), platform).unwrap(),
            PathBuf::from("/platform/sanad")
        );
    }

    #[test]
    fn sanad_data_dir_wins_over_the_marker() {
        let exe = exe_dir("env");
        std::fs::write(exe.join(PORTABLE_MARKER), "portable").unwrap();
        let env = exe.join("elsewhere");
        let got = resolve_data_dir(Some(env.clone()), Some(&exe), platform).unwrap();
        assert_eq!(got, env);
        assert!(!exe.join(PORTABLE_DIR).exists());
    }

    #[test]
    fn a_portable_folder_that_cannot_be_made_is_an_error_not_a_fall_back() {
        let exe = exe_dir("blocked");
        std::fs::write(exe.join(PORTABLE_MARKER), "portable").unwrap();
        // A file where the folder should be: creating it fails on every platform, as root too.
        std::fs::write(exe.join(PORTABLE_DIR), "in the way").unwrap();
        let err = resolve_data_dir(None, Some(&exe), platform).unwrap_err();
        let DataDirError::PortableNotWritable { dir, .. } = &err else {
            panic!("{err:?}");
        };
        assert_eq!(dir, &exe.join(PORTABLE_DIR));
        let msg = err.to_string();
        assert!(
            msg.contains("cannot be written") && msg.contains(PORTABLE_MARKER),
            "{msg}"
        );
    }

    // Unix only: a read-only folder is made with permission bits, which Windows does not have
    // for folders (its read-only attribute does not stop files being created in one).
    #[cfg(unix)]
    #[test]
    fn a_read_only_stick_is_an_error_not_a_fall_back() {
        use std::os::unix::fs::PermissionsExt;
        let exe = exe_dir("readonly");
        std::fs::write(exe.join(PORTABLE_MARKER), "portable").unwrap();
        let data = exe.join(PORTABLE_DIR);
        std::fs::create_dir_all(&data).unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o555)).unwrap();
        if std::fs::write(data.join("probe"), "x").is_ok() {
            // Root ignores permission bits; the test above covers the error path then.
            eprintln!("skipped: permission bits do not stop this user (root) from writing");
            std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
            return;
        }
        let err = resolve_data_dir(None, Some(&exe), platform).unwrap_err();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert!(
            matches!(&err, DataDirError::PortableNotWritable { dir, .. } if dir == &data),
            "{err:?}"
        );
    }

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
