//! `sanad shot`: renders one screen to a PNG and exits. Used by the render tests, the README's
//! screenshots, and instructors making handouts.

use super::state::{Content, Current, Launch, Play, Screen, Selected};
use crate::cli::Cli;
use crate::debrief;
use crate::session::{Session, ViewKind};
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use clap::{Args, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args, Debug, Clone)]
pub struct ShotArgs {
    /// The screen to render.
    #[arg(long, value_enum)]
    pub screen: ShotScreen,
    /// The scenario (play and debrief). Default: the first in the library.
    #[arg(long, value_name = "ID")]
    pub scenario: Option<String>,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Choices by authored position, as for `sanad run`. Lines are passed automatically.
    #[arg(long, value_delimiter = ',', value_name = "N,N,..")]
    pub choose: Vec<u32>,
    /// Where to write the PNG.
    #[arg(long, value_name = "FILE.png")]
    pub out: PathBuf,
    /// Window size in pixels.
    #[arg(long, default_value = "1280x800", value_name = "WxH")]
    pub size: String,
    /// Self-paced mode (the play screen shows the feedback of the last choice).
    #[arg(long)]
    pub self_paced: bool,
    /// High-contrast theme.
    #[arg(long)]
    pub high_contrast: bool,
    /// Text size step: 0 small, 1 medium, 2 large, 3 extra large.
    #[arg(long, default_value_t = 1)]
    pub text_size: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShotScreen {
    Home,
    Play,
    Debrief,
    Briefing,
    Settings,
    Language,
}

/// What `sanad shot` puts on screen.
#[derive(Clone, Debug)]
pub struct ShotPlan {
    pub screen: ShotScreen,
    pub scenario: Option<String>,
    pub seed: u64,
    pub choose: Vec<u32>,
    pub out: PathBuf,
    pub self_paced: bool,
}

fn parse_size(s: &str) -> Option<(u32, u32)> {
    let (w, h) = s.split_once(['x', 'X'])?;
    let (w, h) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
    ((200..=8000).contains(&w) && (200..=8000).contains(&h)).then_some((w, h))
}

pub fn run(root: &Path, cli: &Cli, args: &ShotArgs) -> ExitCode {
    let Some(size) = parse_size(&args.size) else {
        eprintln!("error: --size must look like 1280x800 (200 to 8000 pixels each way)");
        return ExitCode::from(2);
    };
    let mut report = crate::diagnostic::Report::default();
    let catalog = crate::i18n::Catalog::load(root, &mut report);
    if let Some(l) = &cli.lang
        && !catalog.has_locale(l)
    {
        eprintln!(
            "error: no locale `{l}`; available: {}",
            catalog.locales().join(", ")
        );
        return ExitCode::from(1);
    }
    let mut launch = Launch::new(root.to_path_buf());
    launch.lang = Some(cli.lang.clone().unwrap_or_else(|| "en".into()));
    launch.trainee = Some("TR-DEMO".into());
    launch.shot = Some(ShotPlan {
        screen: args.screen,
        scenario: args.scenario.clone(),
        seed: args.seed,
        choose: args.choose.clone(),
        out: args.out.clone(),
        self_paced: args.self_paced,
    });
    if let Some(dir) = args.out.parent()
        && !dir.as_os_str().is_empty()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return ExitCode::from(1);
    }
    let _ = std::fs::remove_file(&args.out);
    let mut app = App::new();
    super::presentation(&mut app, &launch, size, true);
    super::logic(&mut app, launch);
    let text_size = args.text_size.min(3);
    let high_contrast = args.high_contrast;
    let mode = if args.self_paced {
        crate::records::Mode::SelfPaced
    } else {
        crate::records::Mode::Workshop
    };
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
    let out = args.out.clone();
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
        let mut session = Session::new(scn, plan.seed);
        let mut choices = plan.choose.iter();
        let mut show_feedback = false;
        loop {
            if session.is_finished() {
                break;
            }
            match session.view(scn).kind {
                ViewKind::Line => {
                    if session.advance(scn).is_err() {
                        break;
                    }
                }
                ViewKind::Decision | ViewKind::Hub => {
                    let Some(&c) = choices.next() else { break };
                    match session.choose(scn, c) {
                        Ok(step) => show_feedback = plan.self_paced && step.feedback.is_some(),
                        Err(e) => {
                            warn!("choice {c}: {e}");
                            break;
                        }
                    }
                }
                _ => break,
            }
        }
        let d = (plan.screen == ShotScreen::Debrief)
            .then(|| debrief::debrief(&session, scn, &content.library.rubric));
        current.play = Some(Play {
            scenario: scn.id.clone(),
            seed: plan.seed,
            session,
            show_feedback: show_feedback && plan.screen == ShotScreen::Play,
            paused: false,
            debrief: d,
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
