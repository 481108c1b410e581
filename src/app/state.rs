//! Screens and the resources the screens read: loaded content, settings, the trainee's
//! records and the session being played.

use crate::debrief::Debrief;
use crate::i18n::Localizer;
use crate::loader::{self, Loaded, Purpose, Selection};
use crate::records::{Prefs, Records};
use crate::session::Session;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.configure_sets(Update, (UiSet::Input, UiSet::Handle, UiSet::Build).chain());
    app.init_resource::<Selected>();
    app.init_resource::<Current>();
    app.init_resource::<UiEpoch>();
    app.init_resource::<ReturnTo>();
}

/// The order of work in a frame: input becomes actions, actions change state, screens
/// rebuild from the new state in the same frame.
#[derive(SystemSet, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiSet {
    Input,
    Handle,
    Build,
}

/// The screens of the app.
#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Fonts, scenarios and locales are loading.
    #[default]
    Loading,
    /// Content could not be loaded: a readable message, never a panic.
    LoadError,
    /// First run: choose a language.
    Language,
    Home,
    Briefing,
    Play,
    Debrief,
    Settings,
    /// The trainee's progress, records, export and deletion.
    Progress,
    /// The instructor's class report.
    Class,
}

/// Everything loaded from the content folder, as [`loader::load`] gives it for play.
#[derive(Resource, Deref, DerefMut)]
pub struct Content(pub Loaded);

impl Content {
    /// Loads (or reloads) the whole content folder through the engine.
    pub fn load(root: &std::path::Path) -> Content {
        Content(loader::load(root, &Selection::All, Purpose::Play))
    }

    pub fn loc(&self, settings: &Settings) -> Localizer<'_> {
        let available = self.catalog.locales();
        let lang = crate::i18n::negotiate(settings.prefs.lang.as_deref(), &available);
        let mut loc = self.catalog.localizer(&lang);
        loc.mark_missing = cfg!(feature = "dev");
        loc
    }
}

/// The trainee's preferences.
#[derive(Resource, Clone, Debug, Default)]
pub struct Settings {
    pub prefs: Prefs,
}

/// The trainee's pseudonymous code and results, on this machine only.
#[derive(Resource, Clone, Debug, Default)]
pub struct Trainee {
    pub records: Records,
    /// Preferences or records that could not be read (and were set aside), told once on the
    /// home screen in the trainee's language.
    pub problems: Vec<crate::records::SetAside>,
}

/// The scenario chosen in the library (for the briefing).
#[derive(Resource, Clone, Debug, Default)]
pub struct Selected(pub Option<String>);

/// The scenario being played and its session.
#[derive(Resource, Default)]
pub struct Current {
    pub play: Option<Play>,
}

pub struct Play {
    pub scenario: String,
    pub seed: u64,
    pub session: Session,
    /// Self-paced mode: the feedback of the last choice is on screen.
    pub show_feedback: bool,
    pub paused: bool,
    /// Filled when the scenario ends (or is left).
    pub debrief: Option<Debrief>,
    /// The attempt being recorded (made at the first choice).
    pub attempt: Option<crate::attempts::AttemptRecord>,
    /// An author's preview (`--jump`), not a trainee's attempt: never recorded.
    pub preview: bool,
    /// Workshop mode: the discussion points passed in this run (by node id).
    pub discussed: Vec<String>,
    /// The instructor typed the workshop code: the held debrief is open.
    pub unlocked: bool,
    /// The last code typed to open the debrief was wrong.
    pub unlock_failed: bool,
}

impl Play {
    /// Whether the debrief waits for the instructor's code: workshop mode with a workshop code
    /// set, not yet unlocked, and not an author's preview.
    pub fn debrief_held(&self, prefs: &crate::records::Prefs) -> bool {
        prefs.mode == crate::records::Mode::Workshop
            && prefs.workshop_code.is_some()
            && !self.unlocked
            && !self.preview
    }
}

/// Bumped whenever what the screens show changes (language, text size, contrast, content,
/// the session): the current screen rebuilds itself.
#[derive(Resource, Default, Debug)]
pub struct UiEpoch(pub u64);

impl UiEpoch {
    pub fn bump(&mut self) {
        self.0 = self.0.wrapping_add(1);
    }
}

/// Where Settings returns to.
#[derive(Resource, Clone, Copy, Debug, Default)]
pub struct ReturnTo(pub Option<Screen>);
