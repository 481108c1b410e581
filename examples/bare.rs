//! The reference for the app's performance figures: the smallest bevy app with the same bevy
//! features as `sanad` (Cargo.toml), the same window size (1280x800), a camera and one line of
//! text. `tools/measure-app.sh` runs it side by side with the app and prints the ratios.
//!
//! - `bare`: renders continuously (bevy's default), until closed.
//! - `bare --reactive`: bevy's desktop-app mode, as the app uses: no frames while nothing
//!   happens.
//! - `SANAD_STARTUP_BENCH=1 bare [--reactive]`: prints `first_frames_ms N`, the time from
//!   process start to the third frame, and exits, as the app does with the same variable.
//!
//! Built only on request (`--features measure`), so that `cargo test` links no extra bevy
//! binary.
use bevy::prelude::*;
use bevy::window::{RequestRedraw, WindowResolution};
use bevy::winit::WinitSettings;
use std::time::Instant;

#[derive(Resource)]
struct Started(Instant);

fn main() {
    let started = Instant::now();
    let reactive = std::env::args().skip(1).any(|a| a == "--reactive");
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "bare".into(),
            resolution: WindowResolution::new(1280, 800),
            ..default()
        }),
        ..default()
    }))
    .insert_resource(if reactive {
        WinitSettings::desktop_app()
    } else {
        WinitSettings::continuous()
    })
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
        commands.spawn(Text::new("bare"));
    });
    if std::env::var("SANAD_STARTUP_BENCH").as_deref() == Ok("1") {
        app.insert_resource(Started(started))
            .add_systems(Last, startup_bench);
    }
    app.run();
}

/// Counts frames; on the third, prints the time since process start and exits. In reactive
/// mode each frame asks for the next one, as the app's startup bench does.
fn startup_bench(
    mut frames: Local<u32>,
    started: Res<Started>,
    mut exit: MessageWriter<AppExit>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    *frames += 1;
    redraw.write(RequestRedraw);
    if *frames == 3 {
        println!("first_frames_ms {}", started.0.elapsed().as_millis());
        exit.write(AppExit::Success);
    }
}
