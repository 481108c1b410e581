//! Sanad: a victim-centred investigation training simulator.
//!
//! The engine (everything in this crate outside `app`) has no bevy in it: the scenario
//! model and its RON reader, the checks, the simulation session, scoring, localisation,
//! analysis and reports. The bevy app (`app`, feature `gui`) is a thin layer over it.

pub mod analysis;
pub mod debrief;
pub mod decode;
pub mod diagnostic;
pub mod explore;
pub mod graph;
pub mod i18n;
pub mod limits;
pub mod loader;
pub mod model;
pub mod records;
pub mod ron_value;
pub mod rules;
pub mod session;
pub mod synth;
pub mod validate;

#[cfg(feature = "gui")]
pub mod app;
