//! My progress: each competency over the trainee's finished attempts as a small column chart,
//! the scenario to practise next and why; export for the instructor; deleting one's records.
//! Everything here is about the pseudonymous code shown at the top; nothing leaves the
//! computer unless the trainee exports it.

use super::common::{Ctx, add_screen};
use super::frame::{ScreenRoot, clear, spawn_root};
use crate::app::action::{Action, EscapeAction, UiAction};
use crate::app::attempts::AttemptLog;
use crate::app::input::Primary;
use crate::app::launch::Launch;
use crate::app::state::{Content, Screen, Selected, Settings, Trainee, UiEpoch};
use crate::app::theme::Size;
use crate::i18n::keys;
use crate::model::ArgValue;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Notice>();
    add_screen(app, Screen::Progress, build, handle);
}

/// What the last action on this screen did (an export's folder, a deletion), and whether a
/// deletion waits for its confirmation.
#[derive(Resource, Default)]
struct Notice {
    text: Option<String>,
    confirm_delete: bool,
}

fn build(
    mut commands: Commands,
    ctx: Ctx,
    notice: Res<Notice>,
    roots: Query<Entity, With<ScreenRoot>>,
) {
    clear(&mut commands, &roots);
    let ui = ctx.ui();
    let loc = ctx.loc();
    let body = spawn_root(
        &mut commands,
        &ctx,
        Screen::Progress,
        Some(loc.text(keys::PROGRESS_TITLE, &[])),
    );
    commands.entity(body).insert(EscapeAction(Action::Home));
    let code = &ctx.trainee.records.trainee;
    let library = &ctx.content.library;
    let p = crate::attempts::progress(&ctx.attempts.list, code, library);
    commands.spawn((
        ui.muted(loc.paragraph(keys::PROGRESS_PRIVACY, &[])),
        ChildOf(body),
    ));
    let none: Vec<(String, ArgValue)> = Vec::new();
    // What to practise next, and why.
    if let Some(scn) = p.next.as_deref().and_then(|id| library.scenario(id)) {
        let title = ArgValue::Str(loc.text(&scn.title, &none));
        let text = match &p.weakest {
            Some((comp, mean)) => loc.paragraph(
                keys::PROGRESS_NEXT,
                &[
                    ("title".into(), title),
                    (
                        "competency".into(),
                        ArgValue::Str(
                            library
                                .rubric
                                .competency(comp)
                                .map_or_else(|| comp.clone(), |c| loc.text(&c.name, &[])),
                        ),
                    ),
                    ("percent".into(), ArgValue::Number(mean.round() as i64)),
                ],
            ),
            None => loc.paragraph(keys::PROGRESS_START, &[("title".into(), title)]),
        };
        commands.spawn((
            Name::new("Next scenario"),
            ui.card(),
            ChildOf(body),
            children![
                ui.heading(text),
                (
                    ui.row(12.0),
                    children![(
                        ui.button(
                            loc.text(keys::PROGRESS_OPEN, &[]),
                            Action::Open(scn.id.clone()),
                            true,
                        ),
                        Primary,
                    )],
                ),
            ],
        ));
    }
    // Each competency over the attempts.
    let chart = commands
        .spawn((Name::new("Progress"), ui.card(), ChildOf(body)))
        .id();
    let finished = ctx
        .attempts
        .list
        .iter()
        .filter(|a| &a.trainee == code && a.finished && !a.legacy)
        .count();
    if p.competencies.is_empty() {
        commands.spawn((
            ui.body(loc.paragraph(keys::PROGRESS_NONE, &[])),
            ChildOf(chart),
        ));
    } else {
        commands.spawn((
            ui.muted(loc.paragraph(
                keys::PROGRESS_ATTEMPTS,
                &[("count".into(), ArgValue::Number(finished as i64))],
            )),
            ChildOf(chart),
        ));
    }
    // In the rubric's order, as the debrief lists them.
    for c in &library.rubric.competencies {
        let Some(values) = p.competencies.get(&c.id) else {
            continue;
        };
        let last = values.last().copied().unwrap_or(0.0);
        let shown: Vec<f64> = values.iter().rev().take(20).rev().copied().collect();
        commands.spawn((
            Name::new(format!("Progress {}", c.id)),
            Node {
                flex_wrap: FlexWrap::NoWrap,
                align_items: AlignItems::Center,
                ..ui.row(14.0)
            },
            ChildOf(chart),
            children![
                (
                    Node {
                        width: percent(40),
                        ..default()
                    },
                    children![ui.body(loc.para(loc.text(&c.name, &[])))],
                ),
                (
                    Node {
                        width: percent(45),
                        ..default()
                    },
                    children![ui.columns(&shown, ui.pal.accent)],
                ),
                (
                    Node {
                        width: percent(15),
                        ..default()
                    },
                    children![ui.body(loc.para(loc.text(
                        keys::REPORT_PERCENT,
                        &[("percent".into(), ArgValue::Number(last.round() as i64))],
                    )))],
                ),
            ],
        ));
    }
    // Export and deletion.
    if let Some(t) = &notice.text {
        commands.spawn((ui.text(t.clone(), Size::Body, ui.pal.accent), ChildOf(body)));
    }
    let row = commands.spawn((ui.row(12.0), ChildOf(body))).id();
    commands.spawn((
        ui.button(loc.text(keys::PROGRESS_EXPORT, &[]), Action::Export, false),
        ChildOf(row),
    ));
    let (label, action) = if notice.confirm_delete {
        (keys::PROGRESS_DELETE_CONFIRM, Action::ConfirmDeleteMine)
    } else {
        (keys::PROGRESS_DELETE, Action::DeleteMine)
    };
    commands.spawn((ui.button(loc.text(label, &[]), action, false), ChildOf(row)));
    commands.spawn((
        ui.button(loc.text(keys::DEBRIEF_HOME, &[]), Action::Home, false),
        ChildOf(row),
    ));
}

#[allow(clippy::too_many_arguments)]
fn handle(
    mut msgs: MessageReader<UiAction>,
    content: Res<Content>,
    settings: Res<Settings>,
    trainee: Res<Trainee>,
    launch: Res<Launch>,
    mut log: ResMut<AttemptLog>,
    mut notice: ResMut<Notice>,
    mut next: ResMut<NextState<Screen>>,
    mut selected: ResMut<Selected>,
    mut epoch: ResMut<UiEpoch>,
) {
    let code = trainee.records.trainee.clone();
    for UiAction(a) in msgs.read() {
        let loc = content.loc(&settings);
        match a {
            Action::Open(id) => {
                selected.0 = Some(id.clone());
                notice.text = None;
                next.set(Screen::Briefing);
            }
            Action::Home => {
                notice.text = None;
                notice.confirm_delete = false;
                next.set(Screen::Home);
            }
            Action::Export => {
                notice.text = Some(match log.export(&code, launch.data_dir.as_deref()) {
                    Ok((n, path)) => loc.text(
                        keys::PROGRESS_EXPORTED,
                        &[
                            ("count".into(), ArgValue::Number(n as i64)),
                            ("path".into(), ArgValue::Str(path.display().to_string())),
                        ],
                    ),
                    Err(e) => loc.text(
                        keys::PROGRESS_EXPORT_FAILED,
                        &[("error".into(), ArgValue::Str(e))],
                    ),
                });
                epoch.bump();
            }
            Action::DeleteMine => {
                notice.confirm_delete = true;
                epoch.bump();
            }
            Action::ConfirmDeleteMine => {
                notice.confirm_delete = false;
                notice.text = Some(match log.delete_mine(&code) {
                    Ok(n) => loc.text(
                        keys::PROGRESS_DELETED,
                        &[("count".into(), ArgValue::Number(n as i64))],
                    ),
                    Err(e) => e,
                });
                epoch.bump();
            }
            _ => {}
        }
    }
}
