//! Play: the current speaker and line, the choices as large buttons (mouse, 1-9, Tab and
//! Enter), the case file, and cues of how the interviewee seems. Self-paced mode shows the
//! feedback after each choice; workshop mode holds it for the debrief.

use super::common::{Ctx, add_screen};
use super::frame::{ScreenRoot, clear, spawn_root};
use crate::app::action::{Action, EscapeAction, Hotkey, UiAction};
use crate::app::attempts::{AttemptLog, record};
use crate::app::input::Primary;
use crate::app::state::{Content, Current, Screen, Settings, Trainee, UiEpoch};
use crate::app::theme::{Size, Ui};
use crate::debrief;
use crate::i18n::{Localizer, keys};
use crate::model::{ArgValue, Scenario};
use crate::records::Mode;
use crate::session::{Session, Status, ViewKind};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    add_screen(app, Screen::Play, build, handle);
}

fn build(
    mut commands: Commands,
    ctx: Ctx,
    current: Res<Current>,
    roots: Query<Entity, With<ScreenRoot>>,
) {
    clear(&mut commands, &roots);
    let ui = ctx.ui();
    let loc = ctx.loc();
    let Some(play) = &current.play else { return };
    let Some(scn) = ctx.content.library.scenario(&play.scenario) else {
        return;
    };
    let s = &play.session;
    let args = s.args(scn);
    let body = spawn_root(
        &mut commands,
        &ctx,
        Screen::Play,
        Some(loc.text(&scn.title, &args)),
    );
    commands.entity(body).insert(EscapeAction(if play.paused {
        Action::Resume
    } else {
        Action::Pause
    }));

    if play.paused {
        commands.spawn((
            ui.card(),
            ChildOf(body),
            children![
                ui.text(
                    loc.paragraph(keys::PLAY_PAUSED, &[]),
                    Size::Title,
                    ui.pal.text,
                ),
                ui.body(loc.paragraph(keys::BRIEFING_PAUSE_NOTE, &[])),
                (
                    ui.row(12.0),
                    children![
                        (
                            ui.button(loc.text(keys::PLAY_RESUME, &[]), Action::Resume, true),
                            Primary,
                        ),
                        ui.button(loc.text(keys::PLAY_LEAVE, &[]), Action::Leave, false),
                    ],
                ),
            ],
        ));
        return;
    }

    let columns = commands
        .spawn((
            Node {
                align_items: AlignItems::FlexStart,
                flex_wrap: FlexWrap::NoWrap,
                ..ui.row(24.0)
            },
            ChildOf(body),
        ))
        .id();
    let main = commands
        .spawn((
            Name::new("Dialogue"),
            Node {
                flex_grow: 2.0,
                flex_basis: px(0),
                ..ui.column(14.0)
            },
            ChildOf(columns),
        ))
        .id();
    let side = commands
        .spawn((
            Name::new("Case file"),
            ui.card_with(Node {
                flex_grow: 1.0,
                flex_basis: px(0),
                ..ui.card_node()
            }),
            ChildOf(columns),
        ))
        .id();
    case_panel(&mut commands, &ui, &loc, scn, s, side);

    if play.show_feedback
        && let Some(step) = s.timeline().last()
    {
        feedback_card(&mut commands, &ui, &loc, &ctx, step, &args, main);
        commands.spawn((
            ui.button(
                loc.text(keys::PLAY_CONTINUE, &[]),
                Action::DismissFeedback,
                true,
            ),
            Primary,
            ChildOf(main),
        ));
        return;
    }

    if let Status::Stuck(_) = s.status() {
        let node = s.view(scn).node.to_string();
        commands.spawn((
            ui.text(
                loc.paragraph(keys::PLAY_STUCK, &[("node".into(), ArgValue::Str(node))]),
                Size::Body,
                ui.pal.critical,
            ),
            ChildOf(main),
        ));
        commands.spawn((
            ui.button(loc.text(keys::DEBRIEF_HOME, &[]), Action::Home, true),
            Primary,
            ChildOf(main),
        ));
        return;
    }

    let view = s.view(scn);
    // A discussion point: in workshop mode the room stops here, before the node; in
    // self-paced mode the question stands above the node.
    if let Some(prompt) = view.discuss {
        let mode = ctx.settings.prefs.mode;
        let waiting = mode == Mode::Workshop
            && !play.preview
            && !play.discussed.iter().any(|n| n == view.node);
        if waiting {
            commands.spawn((
                Name::new("Discussion point"),
                ui.card(),
                ChildOf(main),
                children![
                    ui.text(
                        loc.paragraph(keys::PLAY_DISCUSS, &[]),
                        Size::Title,
                        ui.pal.accent
                    ),
                    ui.body(loc.paragraph(prompt, &args)),
                    ui.muted(loc.paragraph(keys::PLAY_DISCUSS_NOTE, &[])),
                ],
            ));
            commands.spawn((
                ui.button(loc.text(keys::PLAY_CONTINUE, &[]), Action::Discussed, true),
                Primary,
                ChildOf(main),
            ));
            commands.spawn((
                ui.row(12.0),
                ChildOf(main),
                children![ui.button(loc.text(keys::PLAY_PAUSE, &[]), Action::Pause, false)],
            ));
            return;
        }
        if mode == Mode::SelfPaced {
            commands.spawn((
                Name::new("Think about it"),
                ui.card(),
                ChildOf(main),
                children![
                    ui.text(
                        loc.paragraph(keys::PLAY_THINK, &[]),
                        Size::Small,
                        ui.pal.accent
                    ),
                    ui.body(loc.paragraph(prompt, &args)),
                ],
            ));
        }
    }
    let speaker = match (view.speaker, view.kind) {
        (Some(c), _) => Some(loc.text(&c.name, &args)),
        (None, ViewKind::Line) => Some(loc.text(keys::PLAY_NARRATION, &[])),
        _ => None,
    };
    if let Some(speaker) = speaker {
        commands.spawn((
            ui.text(loc.para(speaker), Size::Heading, ui.pal.accent),
            ChildOf(main),
        ));
    }
    if let Some(t) = view.text {
        commands.spawn((
            ui.card(),
            ChildOf(main),
            children![ui.body(loc.paragraph(t, &args))],
        ));
    }
    match view.kind {
        ViewKind::Line => {
            commands.spawn((
                ui.button(loc.text(keys::PLAY_CONTINUE, &[]), Action::Continue, true),
                Primary,
                Hotkey(1),
                ChildOf(main),
            ));
        }
        ViewKind::Decision | ViewKind::Hub => {
            if let Some(n) = view.turns_left {
                commands.spawn((
                    ui.muted(loc.para(loc.text1(
                        keys::PLAY_TURNS_LEFT,
                        "turns",
                        ArgValue::Number(i64::from(n)),
                    ))),
                    ChildOf(main),
                ));
            }
            for (i, c) in view.choices.iter().enumerate() {
                let mut e = commands.spawn((
                    ui.choice(
                        loc.number(i + 1),
                        loc.text(c.text, &args),
                        Action::Choose(c.position),
                    ),
                    ChildOf(main),
                ));
                if i < 9 {
                    e.insert(Hotkey(i as u8 + 1));
                }
                if i == 0 {
                    e.insert(Primary);
                }
            }
            commands.spawn((
                ui.muted(loc.paragraph(keys::PLAY_CHOOSE_HINT, &[])),
                ChildOf(main),
            ));
        }
        ViewKind::Ending | ViewKind::Stuck => {}
    }
    commands.spawn((
        ui.row(12.0),
        ChildOf(main),
        children![ui.button(loc.text(keys::PLAY_PAUSE, &[]), Action::Pause, false)],
    ));
}

/// The feedback on a choice: the principle it rests on, and a critical mark.
pub fn feedback_card(
    commands: &mut Commands,
    ui: &Ui,
    loc: &Localizer,
    ctx: &Ctx,
    step: &crate::session::Step,
    args: &[(String, ArgValue)],
    parent: Entity,
) -> Entity {
    let card = if step.critical {
        commands.spawn((ui.critical_card(), ChildOf(parent))).id()
    } else {
        commands.spawn((ui.card(), ChildOf(parent))).id()
    };
    let heading = if step.critical {
        loc.text(keys::PLAY_CRITICAL, &[])
    } else {
        loc.text(keys::PLAY_FEEDBACK, &[])
    };
    let color = if step.critical {
        ui.pal.critical
    } else {
        ui.pal.accent
    };
    commands.spawn((
        ui.text(loc.para(heading), Size::Heading, color),
        ChildOf(card),
    ));
    commands.spawn((ui.muted(loc.paragraph(&step.text, args)), ChildOf(card)));
    match &step.feedback {
        Some(f) => commands.spawn((ui.body(loc.paragraph(f, args)), ChildOf(card))),
        None => commands.spawn((
            ui.muted(loc.paragraph(keys::DEBRIEF_NO_FEEDBACK, &[])),
            ChildOf(card),
        )),
    };
    if let Some(p) = step
        .principle
        .as_deref()
        .and_then(|p| ctx.content.library.rubric.principle(p))
    {
        let name = loc.text(&p.name, &[]);
        commands.spawn((
            ui.text(
                loc.paragraph(
                    keys::PLAY_PRINCIPLE,
                    &[("principle".into(), ArgValue::Str(name))],
                ),
                Size::Small,
                ui.pal.accent,
            ),
            ChildOf(card),
        ));
    }
    card
}

fn case_panel(
    commands: &mut Commands,
    ui: &Ui,
    loc: &Localizer,
    scn: &Scenario,
    s: &Session,
    side: Entity,
) {
    commands.spawn((
        ui.heading(loc.paragraph(keys::PLAY_CASE_PANEL, &[])),
        ChildOf(side),
    ));
    for (label, band) in s.cues(scn) {
        commands.spawn((
            ui.text(loc.paragraph(label, &[]), Size::Small, ui.pal.muted),
            ChildOf(side),
        ));
        commands.spawn((ui.body(loc.paragraph(band, &[])), ChildOf(side)));
    }
    let args = s.args(scn);
    let section =
        |commands: &mut Commands, title: &str, items: Vec<(String, bool)>, empty: &str| {
            commands.spawn((
                ui.text(loc.paragraph(title, &[]), Size::Small, ui.pal.accent),
                ChildOf(side),
            ));
            if items.is_empty() {
                commands.spawn((ui.muted(loc.paragraph(empty, &[])), ChildOf(side)));
            }
            for (text, bad) in items {
                let color = if bad { ui.pal.critical } else { ui.pal.text };
                commands.spawn((
                    ui.text(loc.para(format!("• {text}")), Size::Small, color),
                    ChildOf(side),
                ));
            }
        };
    let evidence = s
        .evidence(scn)
        .into_iter()
        .map(|e| {
            let mut t = loc.text(&e.label, &args);
            if !e.lawful {
                t = format!("{t} ({})", loc.text(keys::PLAY_EVIDENCE_UNLAWFUL, &[]));
            }
            (t, !e.lawful)
        })
        .collect();
    section(
        commands,
        keys::PLAY_EVIDENCE,
        evidence,
        keys::PLAY_EVIDENCE_NONE,
    );
    let agencies = |list: &[String]| {
        list.iter()
            .map(|a| (loc.text(&keys::agency(a), &[]), false))
            .collect()
    };
    section(
        commands,
        keys::PLAY_REFERRALS,
        agencies(s.referrals()),
        keys::PLAY_NONE,
    );
    section(
        commands,
        keys::PLAY_CONTACTS,
        agencies(s.contacts()),
        keys::PLAY_NONE,
    );
    let notes = s
        .notes()
        .iter()
        .map(|n| (loc.text(n, &args), false))
        .collect();
    section(commands, keys::PLAY_NOTES, notes, keys::PLAY_NONE);
}

#[allow(clippy::too_many_arguments)]
fn handle(
    mut msgs: MessageReader<UiAction>,
    content: Res<Content>,
    settings: Res<Settings>,
    mut current: ResMut<Current>,
    trainee: Res<Trainee>,
    mut log: ResMut<AttemptLog>,
    mut next: ResMut<NextState<Screen>>,
    mut epoch: ResMut<UiEpoch>,
) {
    let mode = settings.prefs.mode;
    for UiAction(a) in msgs.read() {
        let Some(play) = current.play.as_mut() else {
            return;
        };
        let Some(scn) = content.library.scenario(&play.scenario) else {
            return;
        };
        match a {
            Action::Choose(pos) if !play.paused && !play.show_feedback => {
                match play.session.choose(scn, *pos) {
                    Ok(step) => {
                        play.show_feedback = mode == Mode::SelfPaced && step.feedback.is_some();
                        // Saved at every choice, to resume after a crash.
                        record(&mut log, play, &content, &settings, &trainee, false);
                    }
                    Err(e) => warn!("{e}"),
                }
            }
            Action::Continue if !play.paused => {
                if let Err(e) = play.session.advance(scn) {
                    warn!("{e}");
                }
            }
            Action::DismissFeedback => play.show_feedback = false,
            Action::Discussed if !play.paused => {
                let node = play.session.view(scn).node.to_string();
                play.discussed.push(node);
            }
            Action::Pause => play.paused = true,
            Action::Resume => play.paused = false,
            Action::Leave => {
                record(&mut log, play, &content, &settings, &trainee, true);
                current.play = None;
                next.set(Screen::Home);
                return;
            }
            Action::Home => {
                current.play = None;
                next.set(Screen::Home);
                return;
            }
            _ => continue,
        }
        if play.session.is_finished() && !play.show_feedback {
            let d = debrief::debrief(&play.session, scn, &content.library.rubric);
            record(&mut log, play, &content, &settings, &trainee, true);
            play.debrief = Some(d);
            next.set(Screen::Debrief);
            return;
        }
        epoch.bump();
    }
}
