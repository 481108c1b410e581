//! Briefing: the case background, objectives, and the content note; the trainee may pause or
//! leave at any time.

use super::common::{Ctx, add_screen};
use super::frame::{ScreenRoot, clear, spawn_root};
use crate::app::Launch;
use crate::app::action::{Action, EscapeAction, UiAction};
use crate::app::input::Primary;
use crate::app::state::{Current, Play, Screen, Selected};
use crate::app::theme::Size;
use crate::i18n::keys;
use crate::session::Session;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    add_screen(app, Screen::Briefing, build, handle);
}

fn build(
    mut commands: Commands,
    ctx: Ctx,
    selected: Res<Selected>,
    roots: Query<Entity, With<ScreenRoot>>,
) {
    clear(&mut commands, &roots);
    let ui = ctx.ui();
    let loc = ctx.loc();
    let Some(scn) = selected
        .0
        .as_deref()
        .and_then(|id| ctx.content.library.scenario(id))
    else {
        let body = spawn_root(
            &mut commands,
            &ctx,
            Screen::Briefing,
            Some(loc.text(keys::BRIEFING_TITLE, &[])),
        );
        commands.spawn((
            ui.button(loc.text(keys::BRIEFING_BACK, &[]), Action::Home, true),
            Primary,
            ChildOf(body),
        ));
        return;
    };
    let body = spawn_root(
        &mut commands,
        &ctx,
        Screen::Briefing,
        Some(loc.text(keys::BRIEFING_TITLE, &[])),
    );
    commands.entity(body).insert(EscapeAction(Action::Home));
    commands.spawn((
        ui.text(loc.paragraph(&scn.title, &[]), Size::Title, ui.pal.text),
        ChildOf(body),
    ));
    let card = commands
        .spawn((
            ui.card(),
            ChildOf(body),
            children![
                ui.heading(loc.paragraph(keys::BRIEFING_BACKGROUND, &[])),
                ui.body(loc.paragraph(&scn.summary, &[])),
                ui.heading(loc.paragraph(keys::BRIEFING_OBJECTIVES, &[])),
            ],
        ))
        .id();
    // A list: the bullet apart from the text, so that wrapped lines align under the text.
    for o in &scn.objectives {
        commands.spawn((
            Node {
                align_items: AlignItems::FlexStart,
                flex_wrap: FlexWrap::NoWrap,
                ..ui.row(10.0)
            },
            ChildOf(card),
            children![
                ui.body("•"),
                (
                    Node {
                        flex_grow: 1.0,
                        flex_shrink: 1.0,
                        flex_basis: px(0),
                        ..default()
                    },
                    children![ui.body(loc.paragraph(o, &[]))],
                ),
            ],
        ));
    }
    commands.spawn((
        ui.card(),
        ChildOf(body),
        children![
            ui.text(
                loc.paragraph(keys::BRIEFING_CONTENT_NOTE, &[]),
                Size::Heading,
                ui.pal.accent,
            ),
            ui.body(loc.paragraph(&scn.content_note, &[])),
            ui.body(loc.paragraph(keys::BRIEFING_PAUSE_NOTE, &[])),
        ],
    ));
    commands.spawn((
        ui.row(12.0),
        ChildOf(body),
        children![
            (
                ui.button(loc.text(keys::BRIEFING_START, &[]), Action::Start, true),
                Primary,
            ),
            ui.button(loc.text(keys::BRIEFING_BACK, &[]), Action::Home, false),
        ],
    ));
}

/// A seed that varies between attempts (profiles, variants and choice order change), unless
/// a fixed one is asked for (`--seed`).
pub(super) fn fresh_seed(launch: &Launch) -> u64 {
    if let Some(seed) = launch.seed {
        return seed;
    }
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        % 1_000_000
}

/// Starts a session of `id` with `seed`.
pub(super) fn start(ctx: &Ctx, current: &mut Current, id: &str, seed: u64) -> bool {
    let Some(scn) = ctx.content.library.scenario(id) else {
        return false;
    };
    current.play = Some(Play {
        scenario: id.to_string(),
        seed,
        session: Session::new(scn, seed),
        show_feedback: false,
        paused: false,
        debrief: None,
        attempt: None,
        preview: false,
        discussed: Vec::new(),
        unlocked: false,
        unlock_failed: false,
    });
    true
}

fn handle(
    mut msgs: MessageReader<UiAction>,
    ctx: Ctx,
    selected: Res<Selected>,
    launch: Res<Launch>,
    mut current: ResMut<Current>,
    mut next: ResMut<NextState<Screen>>,
) {
    for UiAction(a) in msgs.read() {
        match a {
            Action::Start => {
                if let Some(id) = &selected.0
                    && start(&ctx, &mut current, id, fresh_seed(&launch))
                {
                    next.set(Screen::Play);
                }
            }
            Action::Home | Action::Back => next.set(Screen::Home),
            _ => {}
        }
    }
}
