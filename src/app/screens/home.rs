//! Home: the mode and the scenario library, grouped by kind (interview, investigation,
//! coordination) and each group by the minutes a scenario takes, with each scenario's
//! summary, competencies and the trainee's last result; in self-paced mode, a suggested
//! order first. The learning objectives are on the briefing.

use super::common::{Ctx, add_screen};
use super::frame::{ScreenRoot, clear, spawn_root};
use crate::app::action::{Action, Hotkey, UiAction};
use crate::app::attempts::AttemptLog;
use crate::app::input::Primary;
use crate::app::state::{Content, Current, Play, Screen, Selected, Settings, UiEpoch};
use crate::app::theme::Size;
use crate::i18n::keys;
use crate::model::ArgValue;
use crate::records::Mode;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    add_screen(app, Screen::Home, build, handle);
    app.add_systems(OnExit(Screen::Home), forget_problems);
}

/// Damaged files are told once: after the home screen has shown them, they are not repeated.
fn forget_problems(
    mut trainee: ResMut<crate::app::state::Trainee>,
    mut log: ResMut<crate::app::attempts::AttemptLog>,
) {
    if !trainee.problems.is_empty() {
        trainee.problems.clear();
    }
    if !log.set_aside.is_empty() {
        log.set_aside.clear();
    }
}

/// A file set aside, in the trainee's language.
fn set_aside_text(loc: &crate::i18n::Localizer, p: &crate::records::SetAside) -> String {
    let name = |path: &std::path::Path| {
        ArgValue::Str(path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ))
    };
    match &p.aside {
        Some(a) => loc.paragraph(
            keys::HOME_DATA_DAMAGED,
            &[("file".into(), name(&p.path)), ("aside".into(), name(a))],
        ),
        None => loc.paragraph(
            keys::HOME_DATA_UNREADABLE,
            &[("file".into(), name(&p.path))],
        ),
    }
}

fn build(mut commands: Commands, ctx: Ctx, roots: Query<Entity, With<ScreenRoot>>) {
    clear(&mut commands, &roots);
    let ui = ctx.ui();
    let loc = ctx.loc();
    let body = spawn_root(
        &mut commands,
        &ctx,
        Screen::Home,
        Some(loc.text(keys::HOME_TITLE, &[])),
    );

    // Mode.
    let mode = ctx.settings.prefs.mode;
    let mode_row = commands
        .spawn((
            ui.row(12.0),
            ChildOf(body),
            children![ui.heading(loc.text(keys::MODE_LABEL, &[]))],
        ))
        .id();
    for (m, label, desc) in [
        (
            Mode::Workshop,
            keys::MODE_WORKSHOP,
            keys::MODE_WORKSHOP_DESC,
        ),
        (Mode::SelfPaced, keys::MODE_SELF, keys::MODE_SELF_DESC),
    ] {
        commands.spawn((
            ui.button(loc.text(label, &[]), Action::SetMode(m), m == mode),
            ChildOf(mode_row),
        ));
        if m == mode {
            commands.spawn((ui.muted(loc.para(loc.text(desc, &[]))), ChildOf(mode_row)));
        }
    }
    for p in ctx.trainee.problems.iter().chain(&ctx.attempts.set_aside) {
        commands.spawn((
            Name::new("Data problem"),
            ui.text(set_aside_text(&loc, p), Size::Small, ui.pal.critical),
            ChildOf(body),
        ));
    }

    let library = &ctx.content.library;
    if library.scenarios.is_empty() {
        commands.spawn((
            ui.body(loc.paragraph(keys::HOME_NO_SCENARIOS, &[])),
            ChildOf(body),
        ));
    } else {
        commands.spawn((
            ui.muted(loc.paragraph(
                keys::HOME_LIBRARY_SUMMARY,
                &[
                    (
                        "count".into(),
                        ArgValue::Number(library.scenarios.len() as i64),
                    ),
                    (
                        "minutes".into(),
                        ArgValue::Number(i64::from(library.total_minutes())),
                    ),
                ],
            )),
            ChildOf(body),
        ));
    }
    let args: Vec<(String, ArgValue)> = Vec::new();
    let code = &ctx.trainee.records.trainee;
    // Workshop mode with a workshop code: scores stay hidden until the debrief.
    let held = ctx.settings.prefs.mode == crate::records::Mode::Workshop
        && ctx.settings.prefs.workshop_code.is_some();
    let last_result = |id: &str| match ctx.attempts.last(code, id) {
        Some(_) if held => loc.text(keys::SCENARIO_LAST_RESULT_HELD, &[]),
        Some(a) => loc.text1(
            keys::SCENARIO_LAST_RESULT,
            "percent",
            ArgValue::Number(a.total_percent.round() as i64),
        ),
        None => loc.text(keys::SCENARIO_LAST_RESULT_NONE, &[]),
    };

    // A run left in the middle (the app was closed, or crashed) can go on where it was.
    if let Some(p) = &ctx.attempts.problem {
        commands.spawn((
            ui.text(p.clone(), Size::Small, ui.pal.critical),
            ChildOf(body),
        ));
    }
    if let Some(a) = ctx.attempts.in_progress(code)
        && let Some(scn) = library.scenario(&a.scenario)
        && a.matches(scn)
    {
        let title = loc.text(&scn.title, &args);
        commands.spawn((
            Name::new("Resume"),
            ui.card(),
            ChildOf(body),
            children![
                ui.body(
                    loc.paragraph(keys::HOME_RESUME, &[("title".into(), ArgValue::Str(title))],)
                ),
                (
                    ui.button(
                        loc.text(keys::HOME_RESUME_BUTTON, &[]),
                        Action::ResumeAttempt(a.id.clone()),
                        true,
                    ),
                    Primary,
                ),
            ],
        ));
    }

    // Working alone, the trainee sees an order to take the scenarios in.
    if mode == Mode::SelfPaced && library.scenarios.len() > 1 {
        let card = commands
            .spawn((
                Name::new("Suggested order"),
                ui.card(),
                ChildOf(body),
                children![ui.heading(loc.paragraph(keys::HOME_SUGGESTED, &[]))],
            ))
            .id();
        for (i, scn) in library.suggested_order().into_iter().enumerate() {
            let item = loc.text(
                keys::HOME_SUGGESTED_ITEM,
                &[
                    ("n".into(), ArgValue::Number(i as i64 + 1)),
                    ("title".into(), ArgValue::Str(loc.text(&scn.title, &args))),
                ],
            );
            commands.spawn((
                ui.body(loc.para(format!("{item} · {}", last_result(&scn.id)))),
                ChildOf(card),
            ));
        }
    }

    // The library, by kind, each kind by the minutes it takes.
    let mut shown = 0usize;
    for (kind, scenarios) in library.groups() {
        commands.spawn((
            Name::new(format!("Group {}", kind.key())),
            ui.heading(loc.paragraph(&keys::home_group(kind), &[])),
            ChildOf(body),
        ));
        for scn in scenarios {
            let i = shown;
            shown += 1;
            let mut meta = loc.text(&keys::scenario_kind(scn.kind), &[]);
            if let Some(m) = scn.minutes {
                meta.push_str(" · ");
                meta.push_str(&loc.text1(
                    keys::SCENARIO_MINUTES,
                    "minutes",
                    ArgValue::Number(i64::from(m)),
                ));
            }
            let card = commands
                .spawn((
                    Name::new(format!("Scenario {}", scn.id)),
                    ui.card(),
                    ChildOf(body),
                    children![
                        ui.heading(loc.paragraph(&scn.title, &args)),
                        ui.muted(loc.para(meta)),
                        ui.body(loc.paragraph(&scn.summary, &args)),
                    ],
                ))
                .id();
            let comps: Vec<String> = scn
                .competencies
                .iter()
                .filter_map(|c| library.rubric.competency(c))
                .map(|c| loc.text(&c.name, &[]))
                .collect();
            commands.spawn((
                ui.muted(loc.para(format!(
                    "{}: {}",
                    loc.text(keys::SCENARIO_COMPETENCIES, &[]),
                    comps.join(" · ")
                ))),
                ChildOf(card),
            ));
            let row = commands
                .spawn((
                    Node {
                        justify_content: JustifyContent::SpaceBetween,
                        ..ui.row(12.0)
                    },
                    ChildOf(card),
                    children![ui.muted(loc.para(last_result(&scn.id)))],
                ))
                .id();
            let mut open = commands.spawn((
                ui.button(
                    loc.text(keys::SCENARIO_OPEN, &[]),
                    Action::Open(scn.id.clone()),
                    true,
                ),
                ChildOf(row),
            ));
            if i < 9 {
                open.insert(Hotkey(i as u8 + 1));
            }
            if i == 0 && ctx.attempts.in_progress(code).is_none() {
                open.insert(Primary);
            }
        }
    }
    commands.spawn((
        ui.row(12.0),
        ChildOf(body),
        children![
            ui.button(
                loc.text(keys::HOME_PROGRESS, &[]),
                Action::OpenProgress,
                false
            ),
            ui.button(loc.text(keys::HOME_CLASS, &[]), Action::OpenClass, false),
            ui.button(loc.text(keys::HOME_QUIT, &[]), Action::Quit, false),
        ],
    ));
}

#[allow(clippy::too_many_arguments)]
fn handle(
    mut msgs: MessageReader<UiAction>,
    mut next: ResMut<NextState<Screen>>,
    mut selected: ResMut<Selected>,
    mut current: ResMut<Current>,
    mut log: ResMut<AttemptLog>,
    content: Res<Content>,
    settings: Res<Settings>,
    mut epoch: ResMut<UiEpoch>,
) {
    for UiAction(a) in msgs.read() {
        match a {
            Action::Open(id) => {
                selected.0 = Some(id.clone());
                next.set(Screen::Briefing);
            }
            Action::OpenProgress => next.set(Screen::Progress),
            Action::OpenClass => next.set(Screen::Class),
            Action::ResumeAttempt(id) => {
                let Some(rec) = log.list.iter().find(|r| &r.id == id).cloned() else {
                    continue;
                };
                let resumed = content
                    .library
                    .scenario(&rec.scenario)
                    .ok_or(crate::attempts::ResumeProblem::OtherVersion)
                    .and_then(|scn| rec.resume(scn));
                match resumed {
                    Ok(session) => {
                        selected.0 = Some(rec.scenario.clone());
                        current.play = Some(Play {
                            scenario: rec.scenario.clone(),
                            seed: rec.seed,
                            session,
                            show_feedback: false,
                            paused: false,
                            debrief: None,
                            attempt: Some(rec),
                            preview: false,
                            discussed: Vec::new(),
                            unlocked: false,
                            unlock_failed: false,
                        });
                        next.set(Screen::Play);
                    }
                    Err(e) => {
                        warn!("cannot resume: {e:?}");
                        log.problem =
                            Some(content.loc(&settings).text(keys::HOME_RESUME_FAILED, &[]));
                        epoch.bump();
                    }
                }
            }
            _ => {}
        }
    }
}
