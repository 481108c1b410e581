//! Loading the content folder through the engine, the trainee's settings and records, and
//! leaving the loading screen.

use super::fonts::{FontsReady, UiFonts};
use super::launch::Launch;
use super::state::{Content, Current, Play, Screen, Selected, Settings, Trainee};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::codes;
use crate::records::{self, Prefs, Records};
use crate::session::Session;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, (load_content, load_trainee));
    // Usually everything is ready at the end of start-up, and the first frame already shows
    // the first screen; otherwise the loading screen waits.
    app.add_systems(PostStartup, leave_loading);
    app.add_systems(Update, leave_loading.run_if(in_state(Screen::Loading)));
    app.add_systems(
        Update,
        save_settings
            .run_if(resource_changed::<Settings>)
            .run_if(not(in_state(Screen::Loading))),
    );
    app.add_systems(
        Update,
        save_records
            .run_if(resource_changed::<Trainee>)
            .run_if(not(in_state(Screen::Loading))),
    );
}

/// The content, loaded and checked on a thread of its own while bevy opens the window and
/// starts the renderer (see [`super::run`]): on two cores start-up then takes the longer of
/// the two, not their sum. Without it (the headless tests, `sanad shot`) the content is
/// loaded at start-up.
#[derive(Resource)]
pub(super) struct Preloaded(pub std::sync::Mutex<Option<std::thread::JoinHandle<Content>>>);

impl Preloaded {
    pub(super) fn start(root: std::path::PathBuf) -> Option<Preloaded> {
        let thread = std::thread::Builder::new()
            .name("content".into())
            .spawn(move || Content::load(&root))
            .ok()?;
        Some(Preloaded(std::sync::Mutex::new(Some(thread))))
    }
}

fn load_content(mut commands: Commands, launch: Res<Launch>, preloaded: Option<Res<Preloaded>>) {
    let thread = preloaded.and_then(|p| p.0.lock().ok()?.take());
    let content = match thread.map(|t| t.join()) {
        Some(Ok(content)) => content,
        // The thread could not finish (it panicked: the crash hook has logged it): load here,
        // so that the problem, if it persists, stops the app where it can be seen.
        _ => Content::load(&launch.root),
    };
    commands.insert_resource(content);
}

fn load_trainee(mut commands: Commands, launch: Res<Launch>) {
    let mut prefs = Prefs::default();
    let mut trainee = Trainee::default();
    if let Some(dir) = &launch.data_dir {
        match records::read_json_kept::<Prefs>(&dir.join("prefs.json")) {
            Ok(Some(p)) => prefs = p,
            Ok(None) => {}
            Err(e) => trainee.problems.push(e),
        }
        match records::read_json_kept::<Records>(&dir.join("records.json")) {
            Ok(Some(r)) => trainee.records = r,
            Ok(None) => {}
            Err(e) => trainee.problems.push(e),
        }
    }
    if let Some(code) = &launch.trainee {
        trainee.records.trainee = code.clone();
    }
    if trainee.records.trainee.is_empty() {
        trainee.records.trainee = records::new_trainee_code();
    }
    if let Some(l) = &launch.lang {
        prefs.lang = Some(l.clone());
    }
    if let Some(m) = launch.mode {
        prefs.mode = m;
    }
    commands.insert_resource(Settings { prefs });
    commands.insert_resource(trainee);
}

#[allow(clippy::too_many_arguments)]
fn leave_loading(
    ready: Res<FontsReady>,
    fonts: Res<UiFonts>,
    content: Option<ResMut<Content>>,
    settings: Option<Res<Settings>>,
    launch: Res<Launch>,
    mut next: ResMut<NextState<Screen>>,
    mut selected: ResMut<Selected>,
    mut current: ResMut<Current>,
) {
    let (Some(mut content), Some(settings)) = (content, settings) else {
        return;
    };
    if !ready.0 || matches!(*next, NextState::Pending(_)) {
        return;
    }
    if let Some(p) = &fonts.problem {
        content.report.push(
            Diagnostic::error(codes::E0001, format!("the fonts could not be loaded: {p}"))
                .in_path("assets/fonts"),
        );
    }
    if content.report.has_errors() {
        next.set(Screen::LoadError);
        return;
    }
    next.set(first_screen(
        &launch,
        &content,
        &settings,
        &mut selected,
        &mut current,
    ));
}

/// Where to go once everything is loaded (also after "continue" on the error screen).
pub fn first_screen(
    launch: &Launch,
    content: &Content,
    settings: &Settings,
    selected: &mut Selected,
    current: &mut Current,
) -> Screen {
    if let Some(plan) = &launch.shot {
        return super::shot::prepare(plan, content, selected, current);
    }
    if let Some(id) = &launch.scenario
        && let Some(scn) = content.library.scenario(id)
    {
        selected.0 = Some(id.clone());
        if let Some(node) = &launch.jump {
            match Session::jump(scn, 1, node, &launch.set) {
                Ok(session) => {
                    current.play = Some(Play {
                        scenario: id.clone(),
                        seed: 1,
                        session,
                        show_feedback: false,
                        paused: false,
                        debrief: None,
                        attempt: None,
                        preview: true,
                        discussed: Vec::new(),
                        unlocked: false,
                        unlock_failed: false,
                    });
                    return Screen::Play;
                }
                Err(e) => warn!("cannot jump: {e}"),
            }
        }
        return Screen::Briefing;
    }
    if settings.prefs.lang.is_none() {
        return Screen::Language;
    }
    Screen::Home
}

fn save_settings(settings: Res<Settings>, launch: Res<Launch>) {
    if let Some(dir) = &launch.data_dir
        && let Err(e) = records::write_json(&dir.join("prefs.json"), &settings.prefs)
    {
        warn!("{e}");
    }
}

fn save_records(trainee: Res<Trainee>, launch: Res<Launch>) {
    if let Some(dir) = &launch.data_dir
        && let Err(e) = records::write_json(&dir.join("records.json"), &trainee.records)
    {
        warn!("{e}");
    }
}
