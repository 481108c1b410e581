//! The trainee's attempts, saved through the engine's [`crate::attempts::Store`]: a run is
//! saved at every choice, so that it can be resumed after the app closes or crashes, and
//! kept when it ends (finished, or left before an ending).

use super::launch::Launch;
use super::state::{Content, Play, Settings, Trainee};
use crate::attempts::{AttemptRecord, Store, StoreError};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, open_store);
}

/// The data folder's attempts, and the store that writes them (none when there is no data
/// folder, or another copy of Sanad holds it: then nothing is written, and the home screen
/// says why).
#[derive(Resource, Default)]
pub struct AttemptLog {
    pub store: Option<Store>,
    /// Every attempt read at start-up or saved since, oldest first.
    pub list: Vec<AttemptRecord>,
    /// Why attempts are not kept, or a file that could not be read.
    pub problem: Option<String>,
    /// Attempt files that were damaged and set aside (told once, in the trainee's language).
    pub set_aside: Vec<crate::records::SetAside>,
}

impl AttemptLog {
    /// The newest attempt of `trainee` that is still in progress.
    pub fn in_progress(&self, trainee: &str) -> Option<&AttemptRecord> {
        self.list
            .iter()
            .rev()
            .find(|a| a.trainee == trainee && a.in_progress())
    }

    /// The latest ended attempt of `trainee` at `scenario`.
    pub fn last(&self, trainee: &str, scenario: &str) -> Option<&AttemptRecord> {
        self.list
            .iter()
            .rev()
            .find(|a| a.trainee == trainee && a.scenario == scenario && !a.in_progress())
    }

    fn keep(&mut self, a: &AttemptRecord) {
        match self.list.iter_mut().find(|x| x.id == a.id) {
            Some(x) => *x = a.clone(),
            None => self.list.push(a.clone()),
        }
        if let Some(store) = &self.store
            && let Err(e) = store.save(a)
        {
            warn!("{e}");
            self.problem = Some(e);
        }
    }
}

fn open_store(mut commands: Commands, launch: Res<Launch>) {
    let mut log = AttemptLog::default();
    if let Some(dir) = &launch.data_dir
        && launch.shot.is_some()
    {
        // A picture of the screens: read only.
        log.list = Store::read_only(dir).load().0;
    } else if let Some(dir) = &launch.data_dir {
        match Store::open(dir) {
            Ok(store) => {
                let (list, problems) = store.load();
                log.list = list;
                for p in problems {
                    match p.aside {
                        Some(aside) => log.set_aside.push(crate::records::SetAside {
                            path: p.path,
                            aside: Some(aside),
                            why: p.message,
                        }),
                        None => log.problem = Some(p.message),
                    }
                }
                log.store = Some(store);
            }
            Err(e @ StoreError::Locked(_)) | Err(e @ StoreError::Io(_)) => {
                // Still show what is there, read only.
                log.list = Store::read_only(dir).load().0;
                log.problem = Some(e.to_string());
            }
        }
    }
    commands.insert_resource(log);
}

/// Brings the attempt of `play` up to date and saves it: after a choice, when the run ends,
/// or when the trainee leaves it (`ended`). A run started from the author preview (`--jump`)
/// is not a trainee's attempt and is not kept.
pub fn record(
    log: &mut AttemptLog,
    play: &mut Play,
    content: &Content,
    settings: &Settings,
    trainee: &Trainee,
    ended: bool,
) {
    if play.preview {
        return;
    }
    let Some(scn) = content.library.scenario(&play.scenario) else {
        return;
    };
    let lang = content.loc(settings).locale().to_string();
    let rec = play.attempt.get_or_insert_with(|| {
        AttemptRecord::start(
            &trainee.records.trainee,
            scn,
            play.seed,
            settings.prefs.mode,
            &lang,
        )
    });
    // Nothing to keep before the first choice, unless the run ended there.
    if play.session.timeline().is_empty() && !ended && !play.session.is_finished() {
        return;
    }
    let d = crate::debrief::debrief(&play.session, scn, &content.library.rubric);
    rec.update(&play.session, &d, ended);
    let rec = rec.clone();
    log.keep(&rec);
}

impl AttemptLog {
    /// Writes `trainee`'s attempts for the instructor (see [`crate::attempts::export`]) to a
    /// new folder under the user's documents (`Sanad exports/<code>-<time>`), or under the
    /// data folder when there are no documents. Returns the number written and the folder.
    pub fn export(
        &self,
        trainee: &str,
        data_dir: Option<&std::path::Path>,
    ) -> Result<(usize, std::path::PathBuf), String> {
        let base = directories::UserDirs::new()
            .and_then(|u| u.document_dir().map(|d| d.join("Sanad exports")))
            .or_else(|| data_dir.map(|d| d.join("exports")))
            .ok_or_else(|| "no folder to write to".to_string())?;
        let out = base.join(format!("{trainee}-{}", crate::attempts::now()));
        let mine: Vec<AttemptRecord> = self
            .list
            .iter()
            .filter(|a| a.trainee == trainee)
            .cloned()
            .collect();
        crate::attempts::export(&mine, &out).map(|n| (n, out))
    }

    /// Deletes `trainee`'s records on this computer; returns how many.
    pub fn delete_mine(&mut self, trainee: &str) -> Result<usize, String> {
        let store = self.store.as_ref().ok_or_else(|| self.why_read_only())?;
        let n = store.delete_trainee(trainee)?;
        self.list.retain(|a| a.trainee != trainee);
        Ok(n)
    }

    /// Deletes all training data on this computer.
    pub fn delete_all(&mut self) -> Result<(), String> {
        let store = self.store.as_ref().ok_or_else(|| self.why_read_only())?;
        store.delete_all()?;
        self.list.clear();
        self.problem = None;
        Ok(())
    }

    fn why_read_only(&self) -> String {
        self.problem
            .clone()
            .unwrap_or_else(|| "there is no data folder on this computer".into())
    }
}
