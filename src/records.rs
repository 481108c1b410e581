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
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            lang: None,
            mode: Mode::Workshop,
            text_size: 1,
            high_contrast: false,
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
            at: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |t| t.as_secs()),
        });
    }
}

/// A new pseudonymous trainee code: `TR-` and four characters without look-alikes.
pub fn new_trainee_code(entropy: u64) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let mut x = entropy ^ 0x9E37_79B9_7F4A_7C15;
    let mut code = String::from("TR-");
    for _ in 0..4 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        code.push(ALPHABET[(x >> 59) as usize] as char);
    }
    code
}

/// Where records live on this machine.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("SANAD_DATA_DIR") {
        return Some(PathBuf::from(d));
    }
    if cfg!(windows) {
        return std::env::var_os("APPDATA").map(|a| PathBuf::from(a).join("sanad"));
    }
    if let Some(x) = std::env::var_os("XDG_DATA_HOME").filter(|x| !x.is_empty()) {
        return Some(PathBuf::from(x).join("sanad"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share/sanad"))
}

/// Reads a JSON file. A missing file gives `Ok(None)`; a damaged one is renamed aside and
/// reported, so that nothing is silently lost.
pub fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Option<T>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    match serde_json::from_str(&text) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            let aside = path.with_extension("json.damaged");
            let _ = std::fs::rename(path, &aside);
            Err(format!(
                "{} was damaged ({e}); it was kept as {}",
                path.display(),
                aside.display()
            ))
        }
    }
}

/// Writes JSON atomically (temporary file, then rename).
pub fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let tmp = path.with_extension("json.tmp");
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    std::fs::write(&tmp, text).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_pseudonymous_and_vary() {
        let a = new_trainee_code(1);
        let b = new_trainee_code(2);
        assert!(a.starts_with("TR-") && a.len() == 7, "{a}");
        assert_ne!(a, b);
    }

    #[test]
    fn damaged_files_are_kept_aside() {
        let dir = std::env::temp_dir().join(format!("sanad-rec-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("records.json");
        std::fs::write(&p, "{not json").unwrap();
        let r: Result<Option<Records>, String> = read_json(&p);
        assert!(r.is_err());
        assert!(dir.join("records.json.damaged").exists());
        let rec = Records {
            trainee: "TR-AAAA".into(),
            attempts: vec![],
        };
        write_json(&p, &rec).unwrap();
        assert_eq!(read_json::<Records>(&p).unwrap(), Some(rec));
    }
}
