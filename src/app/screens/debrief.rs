//! Debrief: the outcome, critical errors first and clearly marked, the score per competency
//! as a bar chart, then every choice with its feedback and the principle it rests on.

use super::briefing::start;
use super::common::{Ctx, add_screen};
use super::frame::{ScreenRoot, clear, spawn_root};
use super::play::feedback_card;
use crate::app::action::{Action, EscapeAction, Field, Typed, UiAction};
use crate::app::input::Primary;
use crate::app::state::{Current, Screen, Selected};
use crate::app::theme::Size;
use crate::debrief::{Assessed, QuestionProfile};
use crate::i18n::keys;
use crate::model::{ArgValue, QuestionType};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    add_screen(app, Screen::Debrief, build, handle);
}

fn build(
    mut commands: Commands,
    ctx: Ctx,
    current: Res<Current>,
    typed: Res<Typed>,
    roots: Query<Entity, With<ScreenRoot>>,
) {
    clear(&mut commands, &roots);
    let ui = ctx.ui();
    let loc = ctx.loc();
    let body = spawn_root(
        &mut commands,
        &ctx,
        Screen::Debrief,
        Some(loc.text(keys::DEBRIEF_TITLE, &[])),
    );
    commands.entity(body).insert(EscapeAction(Action::Home));
    let Some((play, d)) = current
        .play
        .as_ref()
        .and_then(|p| Some((p, p.debrief.as_ref()?)))
    else {
        commands.spawn((
            ui.button(loc.text(keys::DEBRIEF_HOME, &[]), Action::Home, true),
            Primary,
            ChildOf(body),
        ));
        return;
    };
    let Some(scn) = ctx.content.library.scenario(&play.scenario) else {
        return;
    };
    let args = play.session.args(scn);

    // Workshop mode with a workshop code: nothing of the result shows until the instructor
    // types the code on this laptop (the attempt is already saved).
    if play.debrief_held(&ctx.settings.prefs) {
        let card = commands
            .spawn((
                Name::new("Debrief held"),
                ui.card(),
                ChildOf(body),
                children![
                    ui.text(
                        loc.paragraph(keys::DEBRIEF_HELD, &[]),
                        Size::Title,
                        ui.pal.text
                    ),
                    ui.body(loc.paragraph(keys::DEBRIEF_HELD_NOTE, &[])),
                    ui.text(
                        loc.paragraph(keys::DEBRIEF_UNLOCK_CODE, &[]),
                        Size::Small,
                        ui.pal.accent
                    ),
                ],
            ))
            .id();
        commands.spawn((
            ui.row(12.0),
            ChildOf(card),
            children![
                (
                    ui.entry(Field::UnlockCode, typed.get(Field::UnlockCode)),
                    Primary
                ),
                ui.button(
                    loc.text(keys::DEBRIEF_UNLOCK, &[]),
                    Action::Submit(Field::UnlockCode),
                    true
                ),
            ],
        ));
        if play.unlock_failed {
            commands.spawn((
                ui.text(
                    loc.paragraph(keys::DEBRIEF_UNLOCK_WRONG, &[]),
                    Size::Body,
                    ui.pal.critical,
                ),
                ChildOf(card),
            ));
        }
        commands.spawn((
            ui.button(loc.text(keys::DEBRIEF_HOME, &[]), Action::Home, false),
            ChildOf(body),
        ));
        return;
    }

    // Actions first, so that they are reachable without scrolling.
    let actions = commands
        .spawn((
            ui.row(12.0),
            ChildOf(body),
            children![
                (
                    ui.button(loc.text(keys::DEBRIEF_RETRY, &[]), Action::Retry, true),
                    Primary,
                ),
                ui.button(
                    loc.text(keys::DEBRIEF_OTHER_SEED, &[]),
                    Action::OtherSeed,
                    false,
                ),
            ],
        ))
        .id();
    if ctx.content.library.scenarios.len() > 1 {
        commands.spawn((
            ui.button(
                loc.text(keys::DEBRIEF_NEXT, &[]),
                Action::NextScenario,
                false,
            ),
            ChildOf(actions),
        ));
    }
    commands.spawn((
        ui.button(loc.text(keys::DEBRIEF_HOME, &[]), Action::Home, false),
        ChildOf(actions),
    ));

    // Outcome.
    let outcome = commands.spawn((ui.card(), ChildOf(body))).id();
    match &d.ending {
        Some(e) => {
            let color = match e.outcome {
                crate::model::Outcome::Protected => ui.pal.good,
                crate::model::Outcome::Partial => ui.pal.accent,
                _ => ui.pal.critical,
            };
            commands.spawn((
                ui.text(
                    loc.para(format!(
                        "{}: {}",
                        loc.text(keys::DEBRIEF_OUTCOME, &[]),
                        loc.text(&e.outcome.msg(), &[])
                    )),
                    Size::Title,
                    color,
                ),
                ChildOf(outcome),
            ));
            commands.spawn((ui.body(loc.paragraph(&e.text, &args)), ChildOf(outcome)));
        }
        None => {
            commands.spawn((
                ui.heading(loc.paragraph(keys::DEBRIEF_UNFINISHED, &[])),
                ChildOf(outcome),
            ));
        }
    }
    commands.spawn((
        ui.heading({
            let (total, args) = d.total_message();
            loc.paragraph(total, &args)
        }),
        ChildOf(outcome),
    ));
    commands.spawn((
        ui.muted(loc.paragraph(keys::DEBRIEF_TOTAL_EXPLAINED, &[])),
        ChildOf(outcome),
    ));

    // Critical errors first.
    commands.spawn((
        ui.text(
            loc.paragraph(keys::DEBRIEF_CRITICAL, &[]),
            Size::Heading,
            ui.pal.critical,
        ),
        ChildOf(body),
    ));
    if d.critical.is_empty() {
        commands.spawn((
            ui.body(loc.paragraph(keys::DEBRIEF_CRITICAL_NONE, &[])),
            ChildOf(body),
        ));
    }
    for step in &d.critical {
        feedback_card(&mut commands, &ui, &loc, &ctx, step, &args, body);
    }

    // Scores as a bar chart.
    let chart = commands
        .spawn((
            Name::new("Scores"),
            ui.card(),
            ChildOf(body),
            children![ui.heading(loc.paragraph(keys::DEBRIEF_SCORES, &[]))],
        ))
        .id();
    for s in &d.scores {
        let color = if s.percent >= 75.0 {
            ui.pal.good
        } else if s.percent >= 40.0 {
            ui.pal.accent
        } else {
            ui.pal.critical
        };
        // Past the state limit the best achievable is a lower bound: said so, with no percent.
        // A competency with nothing to earn shows its penalty, or "not assessed", and no bar
        // that would read as a result.
        let (id, line_args) = s.line();
        let line = loc.text(id, &line_args);
        let (bar, color) = match s.assessed {
            Assessed::Scored => (s.percent, color),
            Assessed::PenaltiesOnly if s.earned < 0 => (0.0, ui.pal.critical),
            _ => (0.0, ui.pal.muted),
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
                    children![ui.body(loc.para(loc.text(&s.name, &[])))],
                ),
                (
                    Node {
                        width: percent(36),
                        ..default()
                    },
                    children![ui.bar(bar, color)],
                ),
                (
                    Node {
                        width: percent(30),
                        ..default()
                    },
                    children![ui.muted(loc.para(line))],
                ),
            ],
        ));
    }

    // How the trainee asked: the question profile, then what the questions suggested.
    if let Some(q) = &d.questions {
        question_profile(&mut commands, &ui, &loc, q, body);
    }
    if !d.suggested.is_empty() {
        let card = commands
            .spawn((
                Name::new("Suggested details"),
                ui.card(),
                ChildOf(body),
                children![ui.heading(loc.paragraph(keys::DEBRIEF_SUGGESTED, &[]))],
            ))
            .id();
        for x in &d.suggested {
            commands.spawn((ui.body(loc.paragraph(&x.label, &args)), ChildOf(card)));
            commands.spawn((ui.muted(loc.paragraph(&x.weak, &args)), ChildOf(card)));
        }
    }

    // The timeline.
    commands.spawn((
        ui.heading(loc.paragraph(keys::DEBRIEF_TIMELINE, &[])),
        ChildOf(body),
    ));
    for (i, step) in d.timeline.iter().enumerate() {
        let card = feedback_card(&mut commands, &ui, &loc, &ctx, step, &args, body);
        commands.spawn((
            ui.muted(loc.paragraph(
                keys::DEBRIEF_CHOICE,
                &[("n".into(), ArgValue::Number(i as i64 + 1))],
            )),
            ChildOf(card),
        ));
    }
}

/// The question profile as a small bar chart: one row per type (label, bar, count), the
/// recommended types in the "good" colour, then the share of recommended questions.
fn question_profile(
    commands: &mut Commands,
    ui: &crate::app::theme::Ui,
    loc: &crate::i18n::Localizer,
    q: &QuestionProfile,
    body: Entity,
) {
    let card = commands
        .spawn((
            Name::new("Question profile"),
            ui.card(),
            ChildOf(body),
            children![ui.heading(loc.paragraph(keys::DEBRIEF_QUESTIONS, &[]))],
        ))
        .id();
    let most = QuestionType::ALL
        .iter()
        .map(|(_, t)| q.counts.get(*t))
        .max()
        .unwrap_or(0)
        .max(1);
    for (_, t) in QuestionType::ALL {
        let n = q.counts.get(t);
        let color = match t {
            QuestionType::Invitation | QuestionType::Directive => ui.pal.good,
            QuestionType::OptionPosing => ui.pal.accent,
            QuestionType::Suggestive => ui.pal.critical,
            QuestionType::Statement => ui.pal.muted,
        };
        let count = loc.text(
            keys::DEBRIEF_QUESTION_COUNT,
            &[("count".into(), ArgValue::Number(i64::from(n)))],
        );
        commands.spawn((
            Name::new(format!("Questions: {}", t.key())),
            Node {
                flex_wrap: FlexWrap::NoWrap,
                ..ui.row(14.0)
            },
            ChildOf(card),
            children![
                (
                    Node {
                        width: percent(44),
                        ..default()
                    },
                    children![ui.body(loc.para(loc.text(t.msg(), &[])))],
                ),
                (
                    Node {
                        width: percent(44),
                        ..default()
                    },
                    children![ui.bar(f64::from(n) * 100.0 / f64::from(most), color)],
                ),
                (
                    Node {
                        width: percent(12),
                        ..default()
                    },
                    children![ui.body(loc.para(count))],
                ),
            ],
        ));
    }
    let share = match q.recommended_percent {
        Some(p) => loc.paragraph(
            keys::DEBRIEF_QUESTIONS_SHARE,
            &[("percent".into(), ArgValue::Number(i64::from(p)))],
        ),
        None => loc.paragraph(keys::DEBRIEF_QUESTIONS_NONE, &[]),
    };
    commands.spawn((ui.heading(share), ChildOf(card)));
}

fn handle(
    mut msgs: MessageReader<UiAction>,
    ctx: Ctx,
    mut current: ResMut<Current>,
    mut selected: ResMut<Selected>,
    mut next: ResMut<NextState<Screen>>,
    mut typed: ResMut<Typed>,
    mut epoch: ResMut<crate::app::state::UiEpoch>,
) {
    for UiAction(a) in msgs.read() {
        if let Action::Submit(Field::UnlockCode) = a
            && let Some(play) = current.play.as_mut()
        {
            let code = typed.take(Field::UnlockCode);
            let right = ctx.settings.prefs.workshop_code.as_deref() == Some(code.as_str());
            play.unlocked |= right;
            play.unlock_failed = !right;
            epoch.bump();
            continue;
        }
        if current
            .play
            .as_ref()
            .is_some_and(|p| p.debrief_held(&ctx.settings.prefs))
            && !matches!(a, Action::Home)
        {
            continue; // nothing else until the instructor opens it
        }
        let Some((id, seed)) = current.play.as_ref().map(|p| (p.scenario.clone(), p.seed)) else {
            if matches!(a, Action::Home) {
                next.set(Screen::Home);
            }
            continue;
        };
        match a {
            Action::Retry if start(&ctx, &mut current, &id, seed) => next.set(Screen::Play),
            Action::OtherSeed if start(&ctx, &mut current, &id, seed.wrapping_add(1)) => {
                next.set(Screen::Play);
            }
            Action::NextScenario => {
                let list = &ctx.content.library.scenarios;
                let i = list
                    .iter()
                    .position(|s| s.id == id)
                    .map_or(0, |i| (i + 1) % list.len().max(1));
                selected.0 = list.get(i).map(|s| s.id.clone());
                current.play = None;
                next.set(Screen::Briefing);
            }
            Action::Home => {
                current.play = None;
                next.set(Screen::Home);
            }
            _ => {}
        }
    }
}
