//! The bevy training app: a thin layer over the engine.
//!
//! It translates engine state into screens and input into engine calls; it decides nothing
//! about scenarios, scores or texts. One plugin per module; `mod.rs` files only wire plugins.
//! Screens are the [`Screen`] states; each spawns a root that despawns when the screen is left.
//! Widgets are functions in [`theme`] that return bundles.
//!
//! [`logic`] is everything that works without a window (states, content, input, screens) and
//! is what the headless tests drive; [`presentation`] adds the window, rendering and fonts.

mod action;
pub mod attempts;
mod content;
pub mod crash;
mod fonts;
mod input;
mod launch;
mod scene;
pub(crate) mod screens;
pub mod shot;
mod state;
pub mod theme;

#[cfg(feature = "dev")]
mod dev;

pub use action::UiAction;
pub use screens::frame::ScreenRoot as ScreenRootMarker;

/// Input types, for tests that drive the app.
pub mod input_types {
    pub use super::action::{Action, DIGITS, Field, Hotkey, TextEntry, Typed};
}
pub use launch::Launch;
pub use state::{Content, Current, Screen, Selected, Settings, Trainee, UiEpoch};

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use std::process::ExitCode;

/// Opens the app as `launch` says (the binary builds it from the command line).
pub fn run(launch: Launch) -> ExitCode {
    crash::install(launch.data_dir.as_deref(), true);
    let preloaded = content::Preloaded::start(launch.root.clone());
    let mut app = App::new();
    presentation(&mut app, &launch, (1280, 800), false);
    logic(&mut app, launch);
    if let Some(p) = preloaded {
        app.insert_resource(p);
    }
    if std::env::var("SANAD_STARTUP_BENCH").as_deref() == Ok("1") {
        app.add_systems(Last, startup_bench);
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// `SANAD_STARTUP_BENCH=1`: print the time from process start to the third frame of the home
/// screen and exit, as `examples/bare` does with the same variable (see `tools/measure-app.sh`).
fn startup_bench(
    mut frames: Local<u32>,
    screen: Res<State<Screen>>,
    mut exit: MessageWriter<AppExit>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    if *screen.get() != Screen::Home {
        redraw.write(bevy::window::RequestRedraw);
        return;
    }
    *frames += 1;
    redraw.write(bevy::window::RequestRedraw);
    if *frames == 3 {
        println!("first_frames_ms {}", PROCESS_START.elapsed().as_millis());
        exit.write(AppExit::Success);
    }
}

/// Set as early as possible in `main`.
pub static PROCESS_START: std::sync::LazyLock<std::time::Instant> =
    std::sync::LazyLock::new(std::time::Instant::now);

/// Window, rendering, fonts and pointer/keyboard focus: everything that needs a display.
pub fn presentation(app: &mut App, launch: &Launch, size: (u32, u32), continuous: bool) {
    let title = "Sanad".to_string();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title,
                    resolution: bevy::window::WindowResolution::new(size.0, size.1),
                    ..default()
                }),
                ..default()
            })
            // The content folder is the asset folder, so that the dev build's file watcher
            // sees scenarios and locales.
            .set(AssetPlugin {
                file_path: launch.root.to_string_lossy().into_owned(),
                watch_for_changes_override: Some(cfg!(feature = "dev")),
                ..default()
            }),
    );
    // Tab and Shift+Tab move the focus between buttons (DefaultPlugins already dispatch
    // keyboard input to the focused entity).
    if !app.is_plugin_added::<bevy::input_focus::tab_navigation::TabNavigationPlugin>() {
        app.add_plugins(bevy::input_focus::tab_navigation::TabNavigationPlugin);
    }
    // Reactive: no CPU while the trainee reads. Screenshots need frames to keep coming.
    app.insert_resource(if continuous {
        WinitSettings::continuous()
    } else if cfg!(feature = "dev") {
        // Dev builds wake up a few times a second so that edits on disk show promptly.
        let wake = bevy::winit::UpdateMode::reactive(std::time::Duration::from_millis(250));
        WinitSettings {
            focused_mode: wake,
            unfocused_mode: wake,
        }
    } else {
        WinitSettings::desktop_app()
    });
    app.add_plugins(fonts::plugin);
    app.add_systems(Startup, |mut commands: Commands| {
        commands.spawn((Name::new("Camera"), Camera2d));
    });
}

/// The app's behaviour without a window.
pub fn logic(app: &mut App, launch: Launch) {
    let headless = !app.is_plugin_added::<bevy::winit::WinitPlugin>();
    app.insert_resource(launch);
    app.init_resource::<bevy::input_focus::InputFocus>();
    if headless {
        app.insert_resource(fonts::FontsReady(true));
        app.init_resource::<fonts::UiFonts>();
        app.add_message::<bevy::window::RequestRedraw>();
        // Enter and Space reach the focused button as they do with a window: DefaultPlugins
        // bring these plugins, and keyboard input goes to the primary window when nothing
        // has the focus.
        if !app.is_plugin_added::<bevy::input_focus::InputDispatchPlugin>() {
            app.add_plugins(bevy::input_focus::InputDispatchPlugin);
        }
        if !app.is_plugin_added::<bevy::ui_widgets::ButtonPlugin>() {
            app.add_plugins(bevy::ui_widgets::ButtonPlugin);
        }
        app.world_mut()
            .spawn((Name::new("Headless window"), bevy::window::PrimaryWindow));
    }
    app.add_plugins((
        state::plugin,
        content::plugin,
        attempts::plugin,
        input::plugin,
        theme::plugin,
        scene::plugin,
        screens::plugin,
    ));
    #[cfg(feature = "dev")]
    app.add_plugins(dev::plugin);
}
