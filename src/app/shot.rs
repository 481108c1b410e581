//! `sanad shot`: renders one screen to a PNG and exits. Used by the render tests, the README's
//! screenshots, and instructors making handouts.

pub use super::launch::{ShotPlan, ShotScreen};

use super::launch::Launch;
use super::state::{Content, Current, Play, Screen, Selected};
use crate::debrief;
use crate::session::play_script;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use std::path::Path;
use std::process::ExitCode;

/// Renders `plan` in `lang` and exits; the PNG's path is printed on success.
pub fn run(root: &Path, lang: String, plan: ShotPlan) -> ExitCode {
    let mut launch = Launch::new(root.to_path_buf());
    launch.lang = Some(lang);
    launch.trainee = Some("TR-DEMO".into());
    if let Some(dir) = plan.out.parent()
        && !dir.as_os_str().is_empty()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return ExitCode::from(1);
    }
    let _ = std::fs::remove_file(&plan.out);
    let text_size = plan.text_size.min(3);
    let high_contrast = plan.high_contrast;
    let mode = if plan.self_paced {
        crate::records::Mode::SelfPaced
    } else {
        crate::records::Mode::Workshop
    };
    let out = plan.out.clone();
    let size = plan.size;
    launch.shot = Some(plan);
    let mut app = App::new();
    super::presentation(&mut app, &launch, size, true);
    super::logic(&mut app, launch);
    app.add_systems(
        PostStartup,
        move |mut settings: ResMut<super::state::Settings>| {
            settings.prefs.text_size = text_size;
            settings.prefs.high_contrast = high_contrast;
            settings.prefs.mode = mode;
        },
    );
    app.init_resource::<ShotProgress>();
    app.add_systems(Update, take_shot.run_if(not(in_state(Screen::Loading))));
    let code = match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(c) => ExitCode::from(c.get()),
    };
    if code == ExitCode::SUCCESS {
        match std::fs::metadata(&out) {
            Ok(m) if m.len() > 0 => println!("{}", out.display()),
            _ => {
                eprintln!("error: the screenshot was not written");
                return ExitCode::from(1);
            }
        }
    }
    code
}

/// Puts the session in the state the plan asks for; returns the screen to show.
pub fn prepare(
    plan: &ShotPlan,
    content: &Content,
    selected: &mut Selected,
    current: &mut Current,
) -> Screen {
    let id = plan
        .scenario
        .clone()
        .or_else(|| content.library.scenarios.first().map(|s| s.id.clone()));
    selected.0 = id.clone();
    let wants_session = matches!(plan.screen, ShotScreen::Play | ShotScreen::Debrief);
    if wants_session && let Some(scn) = id.as_deref().and_then(|i| content.library.scenario(i)) {
        let played = play_script(scn, plan.seed, &plan.choose);
        if let Some(e) = played.error() {
            warn!("{e}");
        }
        let show_feedback =
            plan.self_paced && played.last_taken().is_some_and(|s| s.feedback.is_some());
        let session = played.session;
        let d = (plan.screen == ShotScreen::Debrief)
            .then(|| debrief::debrief(&session, scn, &content.library.rubric));
        current.play = Some(Play {
            scenario: scn.id.clone(),
            seed: plan.seed,
            session,
            show_feedback: show_feedback && plan.screen == ShotScreen::Play,
            paused: false,
            debrief: d,
            attempt: None,
            preview: true,
        });
    }
    match plan.screen {
        ShotScreen::Home => Screen::Home,
        ShotScreen::Play => Screen::Play,
        ShotScreen::Debrief => Screen::Debrief,
        ShotScreen::Briefing => Screen::Briefing,
        ShotScreen::Settings => Screen::Settings,
        ShotScreen::Language => Screen::Language,
    }
}

#[derive(Resource, Default)]
struct ShotProgress {
    frames: u32,
    requested: bool,
    done: bool,
    waited: u32,
}

/// Lets layout and glyph atlases settle for a few frames, then captures the window, then
/// exits once the file is written.
fn take_shot(
    mut commands: Commands,
    mut progress: ResMut<ShotProgress>,
    launch: Res<Launch>,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(plan) = &launch.shot else { return };
    progress.frames += 1;
    if progress.done {
        exit.write(AppExit::Success);
        return;
    }
    if !progress.requested && progress.frames >= 12 {
        progress.requested = true;
        let out = plan.out.clone();
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(out))
            .observe(|_: On<ScreenshotCaptured>, mut p: ResMut<ShotProgress>| p.done = true);
    }
    if progress.requested {
        progress.waited += 1;
        if progress.waited > 600 {
            error!("the screenshot was not captured");
            exit.write(AppExit::error());
        }
    }
}
