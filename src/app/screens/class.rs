//! The instructor's class report: the attempts on this computer and those copied into the
//! data folder's `class/` folder (the trainees' exports), worked out by the engine's
//! [`crate::report`] as `sanad report` does, and shown in the instructor's language: the
//! score per competency (mean, and lowest to highest), the most frequent critical errors with
//! their feedback, and the endings reached.

use super::common::{Ctx, add_screen};
use super::frame::{ScreenRoot, clear, spawn_root};
use crate::app::action::{Action, EscapeAction, UiAction};
use crate::app::input::Primary;
use crate::app::launch::Launch;
use crate::app::state::Screen;
use crate::i18n::keys;
use crate::model::ArgValue;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    add_screen(app, Screen::Class, build, handle);
}

/// Where an instructor puts the trainees' exports.
pub fn class_dir(launch: &Launch) -> Option<std::path::PathBuf> {
    launch.data_dir.as_ref().map(|d| d.join("class"))
}

fn build(
    mut commands: Commands,
    ctx: Ctx,
    launch: Res<Launch>,
    roots: Query<Entity, With<ScreenRoot>>,
) {
    clear(&mut commands, &roots);
    let ui = ctx.ui();
    let loc = ctx.loc();
    let body = spawn_root(
        &mut commands,
        &ctx,
        Screen::Class,
        Some(loc.text(keys::CLASS_TITLE, &[])),
    );
    commands.entity(body).insert(EscapeAction(Action::Home));
    let library = &ctx.content.library;
    // This computer's attempts, and the exports copied here.
    let mut input = crate::report::Input::default();
    for a in &ctx.attempts.list {
        if !a.legacy {
            input.attempts.push((a.id.clone(), a.clone()));
        }
    }
    if let Some(dir) = class_dir(&launch) {
        commands.spawn((
            ui.muted(loc.paragraph(
                keys::CLASS_SOURCE,
                &[("path".into(), ArgValue::Str(dir.display().to_string()))],
            )),
            ChildOf(body),
        ));
        if dir.is_dir() {
            let more = crate::report::collect(&[dir]);
            for (p, a) in more.attempts {
                if !input.attempts.iter().any(|(_, x)| x.id == a.id) {
                    input.attempts.push((p, a));
                }
            }
            input.skipped.extend(more.skipped);
        }
    }
    let r = crate::report::build(&input, library);
    commands.spawn((
        ui.row(12.0),
        ChildOf(body),
        children![(
            ui.button(loc.text(keys::DEBRIEF_HOME, &[]), Action::Home, true),
            Primary,
        )],
    ));
    if r.attempts == 0 {
        commands.spawn((ui.body(loc.paragraph(keys::CLASS_NONE, &[])), ChildOf(body)));
    }
    let n = |v: usize| ArgValue::Number(v as i64);
    commands.spawn((
        ui.heading(loc.paragraph(
            keys::REPORT_SUMMARY,
            &[
                ("attempts".into(), n(r.attempts)),
                ("finished".into(), n(r.finished)),
                ("trainees".into(), n(r.trainees)),
                ("scenarios".into(), n(r.scenarios.len())),
            ],
        )),
        ChildOf(body),
    ));
    if !r.skipped.is_empty() {
        commands.spawn((
            ui.muted(loc.paragraph(keys::CLASS_SKIPPED, &[("count".into(), n(r.skipped.len()))])),
            ChildOf(body),
        ));
    }
    // Score per competency: the mean as a bar, the spread in words.
    let chart = commands
        .spawn((
            Name::new("Class competencies"),
            ui.card(),
            ChildOf(body),
            children![ui.heading(loc.paragraph(keys::REPORT_COMPETENCIES, &[]))],
        ))
        .id();
    for c in &library.rubric.competencies {
        let Some(s) = r.competencies.get(&c.id) else {
            continue;
        };
        let color = if s.mean >= 75.0 {
            ui.pal.good
        } else if s.mean >= 40.0 {
            ui.pal.accent
        } else {
            ui.pal.critical
        };
        commands.spawn((
            Node {
                flex_wrap: FlexWrap::NoWrap,
                ..ui.row(14.0)
            },
            ChildOf(chart),
            children![
                (
                    Node {
                        width: percent(34),
                        ..default()
                    },
                    children![ui.body(loc.para(loc.text(&c.name, &[])))],
                ),
                (
                    Node {
                        width: percent(36),
                        ..default()
                    },
                    children![ui.bar(s.mean, color)],
                ),
                (
                    Node {
                        width: percent(30),
                        ..default()
                    },
                    children![ui.muted(loc.para(loc.text(
                        keys::CLASS_SPREAD,
                        &[
                            ("mean".into(), ArgValue::Number(s.mean.round() as i64)),
                            ("min".into(), ArgValue::Number(s.min.round() as i64)),
                            ("max".into(), ArgValue::Number(s.max.round() as i64)),
                            ("attempts".into(), n(s.n)),
                        ],
                    )))],
                ),
            ],
        ));
    }
    // The most frequent critical errors, with their feedback.
    let crit = commands
        .spawn((
            Name::new("Class critical errors"),
            ui.card(),
            ChildOf(body),
            children![ui.heading(loc.paragraph(keys::REPORT_CRITICAL, &[]))],
        ))
        .id();
    if r.critical.is_empty() {
        commands.spawn((
            ui.body(loc.paragraph(keys::DEBRIEF_CRITICAL_NONE, &[])),
            ChildOf(crit),
        ));
    }
    for c in r.critical.iter().take(5) {
        commands.spawn((
            ui.text(
                loc.paragraph(&c.text, &c.args),
                crate::app::theme::Size::Body,
                ui.pal.critical,
            ),
            ChildOf(crit),
        ));
        commands.spawn((
            ui.muted(loc.paragraph(
                keys::REPORT_TIMES,
                &[
                    ("count".into(), n(c.count)),
                    ("trainees".into(), n(c.trainees)),
                ],
            )),
            ChildOf(crit),
        ));
        if let Some(fb) = &c.feedback {
            commands.spawn((ui.muted(loc.paragraph(fb, &c.args)), ChildOf(crit)));
        }
    }
    // Endings reached.
    let ends = commands
        .spawn((
            Name::new("Class outcomes"),
            ui.card(),
            ChildOf(body),
            children![ui.heading(loc.paragraph(keys::REPORT_CHART_OUTCOMES, &[]))],
        ))
        .id();
    let most = r.outcomes.values().copied().max().unwrap_or(1).max(1);
    for (k, v) in &r.outcomes {
        let label = if k == "unfinished" {
            loc.text(keys::REPORT_UNFINISHED, &[])
        } else {
            loc.text(&format!("outcome-{k}"), &[])
        };
        commands.spawn((
            Node {
                flex_wrap: FlexWrap::NoWrap,
                ..ui.row(14.0)
            },
            ChildOf(ends),
            children![
                (
                    Node {
                        width: percent(34),
                        ..default()
                    },
                    children![ui.body(loc.para(label))],
                ),
                (
                    Node {
                        width: percent(50),
                        ..default()
                    },
                    children![ui.bar(*v as f64 * 100.0 / most as f64, ui.pal.accent)],
                ),
                (
                    Node {
                        width: percent(16),
                        ..default()
                    },
                    children![ui.body(
                        loc.para(
                            loc.text(keys::DEBRIEF_QUESTION_COUNT, &[("count".into(), n(*v))])
                        )
                    )],
                ),
            ],
        ));
    }
}

fn handle(mut msgs: MessageReader<UiAction>, mut next: ResMut<NextState<Screen>>) {
    for UiAction(a) in msgs.read() {
        if matches!(a, Action::Home | Action::Back) {
            next.set(Screen::Home);
        }
    }
}
