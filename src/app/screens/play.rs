//! Play: the current speaker and line, the choices as large buttons (mouse, 1-9, Tab and
//! Enter), the case file, and cues of how the interviewee seems. Self-paced mode shows the
//! feedback after each choice; workshop mode holds it for the debrief.

use super::common::{Ctx, add_screen};
use super::frame::{KeyScroll, ScreenRoot, ScrollArea, clear, spawn_root};
use crate::app::action::{Action, EscapeAction, Hotkey, UiAction};
use crate::app::attempts::{AttemptLog, record};
use crate::app::input::Primary;
use crate::app::launch::Launch;
use crate::app::scene::{SceneArt, spawn_panel};
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
    launch: Res<Launch>,
    mut art: ResMut<SceneArt>,
    mut images: Option<ResMut<Assets<Image>>>,
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

    // Two columns that fill the window: the dialogue (the conversation so far, what is said
    // now, and the action area pinned to the bottom, so that Continue and the choices stay in
    // one place whatever the length of the text) and the case file.
    let columns = commands
        .spawn((
            Node {
                align_items: AlignItems::Stretch,
                flex_wrap: FlexWrap::NoWrap,
                // The window's height, or more when what is said now and the choices need
                // more (large text): the screen then scrolls.
                flex_grow: 1.0,
                flex_basis: px(0),
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
                ..ui.column(12.0)
            },
            ChildOf(columns),
        ))
        .id();
    // The side: the scene (the room and who is in it) above the case file, so that the
    // conversation keeps the dialogue column's height.
    let side_column = commands
        .spawn((
            Name::new("Side"),
            Node {
                flex_grow: 1.0,
                flex_basis: px(0),
                min_height: px(0),
                ..ui.column(12.0)
            },
            ChildOf(columns),
        ))
        .id();
    if ctx.settings.prefs.show_scene {
        spawn_panel(
            &mut commands,
            &ui,
            &loc,
            scn,
            s,
            &launch,
            &mut art,
            images.as_deref_mut(),
            side_column,
        );
    }
    let side = commands
        .spawn((
            Name::new("Case file"),
            ScrollArea,
            ScrollPosition::default(),
            ui.card_with(Node {
                flex_grow: 1.0,
                flex_basis: px(0),
                min_height: px(0),
                overflow: Overflow::scroll_y(),
                ..ui.card_node()
            }),
            ChildOf(side_column),
        ))
        .id();
    case_panel(&mut commands, &ui, &loc, scn, s, side);
    transcript(
        &mut commands,
        &ui,
        &loc,
        &ctx,
        scn,
        s,
        play.show_feedback,
        main,
    );
    // What is said now, above the action area.
    let now = commands
        .spawn((
            Name::new("Now"),
            Node {
                flex_shrink: 0.0,
                ..ui.column(10.0)
            },
            ChildOf(main),
        ))
        .id();
    let actions = commands
        .spawn((
            Name::new("Actions"),
            Node {
                flex_shrink: 0.0,
                ..ui.column(10.0)
            },
            ChildOf(main),
        ))
        .id();
    let pause = |commands: &mut Commands| {
        commands.spawn((
            ui.row(12.0),
            ChildOf(actions),
            children![ui.button(loc.text(keys::PLAY_PAUSE, &[]), Action::Pause, false)],
        ));
    };

    if play.show_feedback
        && let Some(step) = s.timeline().last()
    {
        feedback_card(&mut commands, &ui, &loc, &ctx, step, &args, now);
        commands.spawn((
            ui.button(
                loc.text(keys::PLAY_CONTINUE, &[]),
                Action::DismissFeedback,
                true,
            ),
            Primary,
            ChildOf(actions),
        ));
        pause(&mut commands);
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
            ChildOf(now),
        ));
        commands.spawn((
            ui.button(loc.text(keys::DEBRIEF_HOME, &[]), Action::Home, true),
            Primary,
            ChildOf(actions),
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
                ChildOf(now),
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
                ChildOf(actions),
            ));
            pause(&mut commands);
            return;
        }
        if mode == Mode::SelfPaced {
            commands.spawn((
                Name::new("Think about it"),
                ui.card(),
                ChildOf(now),
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
            ChildOf(now),
        ));
    }
    if let Some(t) = view.text {
        commands.spawn((
            ui.card(),
            ChildOf(now),
            children![ui.body(loc.paragraph(t, &args))],
        ));
    }
    match view.kind {
        ViewKind::Line => {
            commands.spawn((
                ui.button(loc.text(keys::PLAY_CONTINUE, &[]), Action::Continue, true),
                Primary,
                Hotkey(1),
                ChildOf(actions),
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
                    ChildOf(actions),
                ));
            }
            // No choice has the focus when a decision opens: Enter pressed to get through
            // the lines before it must not answer it unread. Tab, an arrow key or a digit
            // picks one.
            for (i, c) in view.choices.iter().enumerate() {
                let mut e = commands.spawn((
                    ui.choice(
                        loc.number(i + 1),
                        loc.text(c.text, &args),
                        Action::Choose(c.position),
                    ),
                    ChildOf(actions),
                ));
                if i < 9 {
                    e.insert(Hotkey(i as u8 + 1));
                }
            }
            commands.spawn((
                ui.muted(loc.paragraph(keys::PLAY_CHOOSE_HINT, &[])),
                ChildOf(actions),
            ));
        }
        ViewKind::Ending | ViewKind::Stuck => {}
    }
    pause(&mut commands);
}

/// The conversation so far, oldest first and scrolled to the newest: each line with its
/// speaker, each decision with the option the trainee chose and, in self-paced mode, the
/// feedback on it. It takes the room left above what is said now and the action area, and
/// scrolls. While the feedback card shows the last choice (`feedback_now`), that choice is
/// left to the card.
#[allow(clippy::too_many_arguments)]
fn transcript(
    commands: &mut Commands,
    ui: &Ui,
    loc: &Localizer,
    ctx: &Ctx,
    scn: &Scenario,
    s: &Session,
    feedback_now: bool,
    main: Entity,
) {
    let history = crate::session::history(scn, s);
    let area = commands
        .spawn((
            Name::new("Transcript"),
            KeyScroll,
            ScrollArea,
            // Past the end: layout clamps it to the newest entry.
            ScrollPosition(Vec2::new(0.0, 1.0e7)),
            // Only the room left: it never pushes what is said now or the choices down.
            Node {
                flex_grow: 1.0,
                flex_shrink: 1.0,
                flex_basis: px(0),
                min_height: px(0),
                overflow: Overflow::scroll_y(),
                ..ui.column(0.0)
            },
            ChildOf(main),
        ))
        .id();
    if history.entries.is_empty() {
        return;
    }
    // The entries sit at the bottom of the area, next to what is said now, while they fit
    // (an automatic top margin, which is zero once they overflow, so none is cut off above).
    let area = commands
        .spawn((
            Node {
                margin: UiRect::top(Val::Auto),
                ..ui.column(8.0)
            },
            ChildOf(area),
        ))
        .id();
    commands.spawn((
        ui.text(
            loc.paragraph(keys::PLAY_TRANSCRIPT, &[]),
            Size::Small,
            ui.pal.muted,
        ),
        ChildOf(area),
    ));
    let self_paced = ctx.settings.prefs.mode == Mode::SelfPaced;
    let last = history.entries.len() - 1;
    let mut at = 0;
    history.for_each_screen(|e, args| {
        let in_card = feedback_now && at == last;
        at += 1;
        let speaker = match (&e.speaker, e.kind) {
            (Some(name), _) => Some(loc.text(name, args)),
            (None, ViewKind::Line) => Some(loc.text(keys::PLAY_NARRATION, &[])),
            _ => None,
        };
        if let Some(t) = &e.text {
            let mut children = Vec::new();
            if let Some(who) = speaker {
                children.push(loc.para(who));
            }
            let entry = commands
                .spawn((Name::new("Said"), ui.column(2.0), ChildOf(area)))
                .id();
            for who in children {
                commands.spawn((ui.text(who, Size::Small, ui.pal.accent), ChildOf(entry)));
            }
            commands.spawn((ui.body(loc.paragraph(t, args)), ChildOf(entry)));
        }
        if let Some(step) = e.taken.as_ref().filter(|_| !in_card) {
            let entry = commands
                .spawn((
                    Name::new("Chosen"),
                    Node {
                        padding: UiRect::horizontal(px(16)),
                        ..ui.column(2.0)
                    },
                    ChildOf(area),
                ))
                .id();
            commands.spawn((
                ui.text(
                    loc.paragraph(keys::PLAY_YOU, &[]),
                    Size::Small,
                    ui.pal.accent,
                ),
                ChildOf(entry),
            ));
            commands.spawn((ui.body(loc.paragraph(&step.text, args)), ChildOf(entry)));
            if self_paced && let Some(f) = &step.feedback {
                commands.spawn((ui.muted(loc.paragraph(f, args)), ChildOf(entry)));
            }
        }
    });
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
    // Who is in the room and where: what the scene draws, in words.
    if let Some(scene) = crate::scene::scene(scn, s) {
        let args = s.args(scn);
        let place = loc.text(&keys::place(scene.place), &[]);
        commands.spawn((
            ui.text(
                loc.para(loc.text1(keys::PLAY_PLACE, "place", ArgValue::Str(place))),
                Size::Small,
                ui.pal.muted,
            ),
            ChildOf(side),
        ));
        commands.spawn((
            ui.text(
                loc.paragraph(keys::PLAY_IN_ROOM, &[]),
                Size::Small,
                ui.pal.accent,
            ),
            ChildOf(side),
        ));
        for p in &scene.people {
            let c = &scn.cast[p.cast.idx()];
            let line = format!(
                "• {} ({})",
                loc.text(&c.name, &args),
                loc.text(c.role.msg(), &[])
            );
            commands.spawn((
                ui.text(loc.para(line), Size::Small, ui.pal.text),
                ChildOf(side),
            ));
        }
    }
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
