//! The frame of every screen: the root that fills the window, the top bar, and the body that
//! scrolls when the content does not fit.

use super::common::Ctx;
use crate::app::action::Action;
use crate::app::state::Screen;
use crate::app::theme::Size;
use crate::i18n::keys;
use crate::model::ArgValue;
use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, scroll.run_if(not(in_state(Screen::Loading))));
}

/// The root entity of the screen on display.
#[derive(Component, Clone, Copy, Debug)]
pub struct ScreenRoot;

/// A part of a screen that scrolls when it does not fit.
#[derive(Component, Clone, Copy, Debug)]
pub struct ScrollArea;

/// Removes the screen on display before building it again.
pub fn clear(commands: &mut Commands, roots: &Query<Entity, With<ScreenRoot>>) {
    for r in roots {
        commands.entity(r).despawn();
    }
}

/// Spawns the root of `screen`: the top bar (unless `title` is `None`) and a scrolling body,
/// and returns the body to put the screen's content in.
pub fn spawn_root(
    commands: &mut Commands,
    ctx: &Ctx,
    screen: Screen,
    title: Option<String>,
) -> Entity {
    let ui = ctx.ui();
    let loc = ctx.loc();
    let root = commands
        .spawn((
            Name::new(format!("{screen:?} screen")),
            ScreenRoot,
            DespawnOnExit(screen),
            ui.screen_root(),
        ))
        .id();
    if let Some(title) = title {
        let bar = commands
            .spawn((
                Name::new("Top bar"),
                Node {
                    justify_content: JustifyContent::SpaceBetween,
                    flex_wrap: FlexWrap::NoWrap,
                    ..ui.row(16.0)
                },
                ChildOf(root),
                children![(
                    Node {
                        align_items: AlignItems::Baseline,
                        flex_wrap: FlexWrap::NoWrap,
                        ..ui.row(16.0)
                    },
                    children![
                        ui.text(loc.text(keys::APP_NAME, &[]), Size::Title, ui.pal.accent),
                        ui.text(loc.para(title), Size::Heading, ui.pal.text),
                    ],
                )],
            ))
            .id();
        let code = loc.text1(
            keys::HOME_TRAINEE,
            "code",
            ArgValue::Str(ctx.trainee.records.trainee.clone()),
        );
        let side = commands
            .spawn((
                Node {
                    flex_wrap: FlexWrap::NoWrap,
                    ..ui.row(12.0)
                },
                ChildOf(bar),
                children![ui.muted(loc.para(code))],
            ))
            .id();
        if screen != Screen::Settings {
            commands.spawn((
                ui.button(
                    loc.text(keys::HOME_SETTINGS, &[]),
                    Action::OpenSettings,
                    false,
                ),
                ChildOf(side),
            ));
        }
    }
    commands
        .spawn((
            Name::new("Body"),
            ScrollArea,
            ScrollPosition::default(),
            Node {
                flex_grow: 1.0,
                flex_shrink: 1.0,
                min_height: px(0),
                overflow: Overflow::scroll_y(),
                ..ui.column(16.0)
            },
            ChildOf(root),
        ))
        .id()
}

/// Mouse wheel and Page Up / Page Down scroll the screen's body.
fn scroll(
    mut wheel: MessageReader<MouseWheel>,
    keys: Res<ButtonInput<KeyCode>>,
    mut areas: Query<(&mut ScrollPosition, &ComputedNode), With<ScrollArea>>,
) {
    let mut dy = 0.0;
    for w in wheel.read() {
        dy -= match w.unit {
            MouseScrollUnit::Line => w.y * 32.0,
            MouseScrollUnit::Pixel => w.y,
        };
    }
    if keys.just_pressed(KeyCode::PageDown) {
        dy += 400.0;
    }
    if keys.just_pressed(KeyCode::PageUp) {
        dy -= 400.0;
    }
    if dy == 0.0 {
        return;
    }
    for (mut pos, node) in &mut areas {
        let max = ((node.content_size().y - node.size().y) * node.inverse_scale_factor()).max(0.0);
        pos.y = (pos.y + dy).clamp(0.0, max);
    }
}
