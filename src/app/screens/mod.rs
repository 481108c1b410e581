//! The screens, one plugin each. What they share lives in [`common`] (registration, the
//! context to build them, the actions every screen understands) and [`frame`] (the root, the
//! top bar and the scrolling body).

mod briefing;
mod class;
mod common;
mod debrief;
pub(super) mod frame;
mod home;
mod language;
mod load_error;
mod loading;
mod play;
mod progress;
mod settings;

pub(super) fn plugin(app: &mut bevy::prelude::App) {
    app.add_plugins((
        common::plugin,
        frame::plugin,
        loading::plugin,
        load_error::plugin,
        language::plugin,
        home::plugin,
        briefing::plugin,
        play::plugin,
        debrief::plugin,
        settings::plugin,
        progress::plugin,
        class::plugin,
    ));
}
