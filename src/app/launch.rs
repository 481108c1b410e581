//! How the app was started: the content folder, the language and mode asked for, and the
//! plans of `sanad shot` and of the authors' preview. The binary builds a [`Launch`] from the
//! command line; the app only reads it.

use crate::records::Mode;
use bevy::prelude::*;
use std::path::PathBuf;

/// How the app was started.
#[derive(Resource, Clone, Debug)]
pub struct Launch {
    pub root: PathBuf,
    pub lang: Option<String>,
    pub mode: Option<Mode>,
    /// Start straight into this scenario's briefing.
    pub scenario: Option<String>,
    /// Where preferences and records are kept; `None` keeps them in memory only.
    pub data_dir: Option<PathBuf>,
    /// Dev builds: start at this node...
    pub jump: Option<String>,
    /// ...with these variable values.
    pub set: Vec<(String, i64)>,
    /// `sanad shot`: what to put on screen.
    pub shot: Option<ShotPlan>,
    /// A fixed trainee code (screenshots); otherwise the saved or a new one.
    pub trainee: Option<String>,
    /// Play every scenario with this seed (the same person and variant for a whole group, so
    /// that the discussion is about one case); otherwise a new seed each attempt.
    pub seed: Option<u64>,
}

impl Launch {
    pub fn new(root: PathBuf) -> Launch {
        Launch {
            root,
            lang: None,
            mode: None,
            scenario: None,
            data_dir: None,
            jump: None,
            set: Vec::new(),
            shot: None,
            trainee: None,
            seed: None,
        }
    }
}

/// The screens `sanad shot` can render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShotScreen {
    Home,
    Play,
    Debrief,
    Briefing,
    Settings,
    Language,
    /// The trainee's progress and records (needs `data`).
    Progress,
    /// The instructor's class report (needs `data`).
    Class,
}

/// What `sanad shot` puts on screen, and how.
#[derive(Clone, Debug)]
pub struct ShotPlan {
    pub screen: ShotScreen,
    /// The scenario (play and debrief). Default: the first in the library.
    pub scenario: Option<String>,
    pub seed: u64,
    /// Choices by authored position, as for `sanad run`.
    pub choose: Vec<u32>,
    pub out: PathBuf,
    /// Self-paced mode (the play screen shows the feedback of the last choice).
    pub self_paced: bool,
    /// Window size in pixels.
    pub size: (u32, u32),
    pub high_contrast: bool,
    /// Text size step: 0 small, 1 medium, 2 large, 3 extra large.
    pub text_size: u8,
    /// A data folder to read attempts from (read only), for the progress and class views.
    pub data: Option<std::path::PathBuf>,
    /// Play screen: once it is up, move the mouse over the choice shown at this place (1 is
    /// the first on screen) and click it, through bevy's picking as a real click goes; the
    /// shot shows what the click led to.
    pub click: Option<u8>,
    /// Play screen: once settled, press this digit key and capture the very frame that
    /// shows what it chose; prints how long that took (`latency_ms`, `frames`).
    pub press: Option<u8>,
}
