//! Sanad: a victim-centred investigation training simulator.
//!
//! The engine (everything in this crate outside `app`) has no bevy in it: the scenario
//! model and its RON reader, the checks, the simulation session, scoring, localisation,
//! analysis and reports. The bevy app (`app`, feature `gui`) is a thin layer over it, and the
//! command line (`sanad check`, `run`, ...) lives in the binary, outside this library.
//!
//! The way through the API, from a content folder to a played run:
//!
//! ```no_run
//! use sanad::prelude::*;
//! let root = std::path::Path::new(".");
//! let loaded = load(root, &Selection::All, Purpose::Play);
//! let scenario = &loaded.library.scenarios[0];
//! let played = play_script(scenario, 1, &[2, 1]);
//! let debrief = debrief(&played.session, scenario, &loaded.library.rubric);
//! let words = loaded.catalog.localizer("ar");
//! println!("{}", words.text(&scenario.title, &played.session.args(scenario)));
//! # let _ = debrief;
//! ```

pub mod analysis;
pub mod attempts;
pub mod coverage;
pub mod debrief;
pub mod diagnostic;
pub mod drawing;
pub mod graph;
pub mod i18n;
pub mod loader;
pub mod model;
pub mod reading;
pub mod records;
pub mod report;
pub mod ron_value;
pub mod scene;
pub mod session;
/// Generated scenarios of any size, for benchmarks and tests.
#[doc(hidden)]
pub mod synth;
pub mod teaching;

// Internal: the parts of loading and checking that the modules above call.
mod decode;
mod explore;
mod limits;
mod rules;
mod validate;

#[cfg(feature = "gui")]
pub mod app;

/// The engine's main types and entry points.
pub mod prelude {
    pub use crate::analysis::{Analysis, analyze};
    pub use crate::debrief::{Debrief, debrief};
    pub use crate::diagnostic::{Diagnostic, Report, Severity};
    pub use crate::i18n::{Catalog, Localizer};
    pub use crate::loader::{Library, Loaded, Purpose, Selection, load, resolve_scenario};
    pub use crate::model::{Rubric, Scenario};
    pub use crate::records::{Mode, Records};
    pub use crate::session::{Session, Transcript, View, ViewKind, play_script};
}

pub use prelude::*;
