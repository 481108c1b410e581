//! Engine tests (no bevy): scripted plans, the session, the bad-input corpus, the command
//! line, localisation and fonts, and property tests over the loader.
//!
//! One test binary on purpose: each integration-test binary links the whole crate.

mod analysis;
mod cli;
mod codes;
/// Helpers shared with the app and render tests (plain engine code).
#[path = "../common/mod.rs"]
mod common;
mod corpus;
mod fluent;
mod fonts;
mod golden;
mod honest;
mod i18n;
mod layers;
mod library;
mod notepad;
mod paths;
mod plans;
mod props;
mod records;
mod ron_diff;
mod scene;
mod session;
mod teaching;
mod util;
