//! The frame of every screen: the root that fills the window, the top bar, and the body that
//! scrolls when the content does not fit.

use super::common::Ctx;
use crate::app::action::Action;
use crate::app::state::Screen;
use crate::app::theme::Size;
use crate::i18n::keys;
use crate::model::ArgValue;
use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::input_focus::InputFocus;
use bevy::picking::hover::HoverMap;
use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (scroll, focus_into_view).run_if(not(in_state(Screen::Loading))),
    );
}

/// The root entity of the screen on display.
#[derive(Component, Clone, Copy, Debug)]
pub struct ScreenRoot;

/// A part of a screen that scrolls when it does not fit.
#[derive(Component, Clone, Copy, Debug)]
pub struct ScrollArea;

/// The body of the screen on display: what scrolls when nothing inside it does.
#[derive(Component, Clone, Copy, Debug)]
pub struct ScreenBody;

/// A scrolling part that Page Up and Page Down move before the body (the play screen's
/// transcript).
#[derive(Component, Clone, Copy, Debug)]
pub struct KeyScroll;

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
            ScreenBody,
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

/// The mouse wheel scrolls the scrolling part under the pointer (the innermost one that can
/// move that way, else the one around it); Page Up and Page Down scroll the play screen's
/// transcript, or the body on other screens.
fn scroll(
    mut wheel: MessageReader<MouseWheel>,
    keys: Res<ButtonInput<KeyCode>>,
    hover: Option<Res<HoverMap>>,
    parents: Query<&ChildOf>,
    transcript: Query<Entity, With<KeyScroll>>,
    bodies: Query<Entity, With<ScreenBody>>,
    mut areas: Query<(&mut ScrollPosition, &ComputedNode), With<ScrollArea>>,
) {
    let mut wheel_dy = 0.0;
    for w in wheel.read() {
        wheel_dy -= match w.unit {
            MouseScrollUnit::Line => w.y * 32.0,
            MouseScrollUnit::Pixel => w.y,
        };
    }
    let mut key_dy = 0.0;
    if keys.just_pressed(KeyCode::PageDown) {
        key_dy += 400.0;
    }
    if keys.just_pressed(KeyCode::PageUp) {
        key_dy -= 400.0;
    }
    let mut apply = |e: Entity, dy: f32| -> bool {
        let Ok((mut pos, node)) = areas.get_mut(e) else {
            return false;
        };
        let max = ((node.content_size().y - node.size().y) * node.inverse_scale_factor()).max(0.0);
        let from = pos.y.clamp(0.0, max);
        let to = (from + dy).clamp(0.0, max);
        pos.y = to;
        to != from
    };
    if wheel_dy != 0.0 {
        // The hovered entities, and their ancestors: the scroll areas among them, innermost
        // first.
        let mut chain = Vec::new();
        if let Some(hover) = &hover {
            for hits in hover.values() {
                for &e in hits.keys() {
                    let mut at = Some(e);
                    let mut here = Vec::new();
                    while let Some(x) = at {
                        here.push(x);
                        at = parents.get(x).ok().map(ChildOf::parent);
                    }
                    if here.len() > chain.len() {
                        chain = here;
                    }
                }
            }
        }
        let mut moved = false;
        for e in chain {
            if apply(e, wheel_dy) {
                moved = true;
                break;
            }
        }
        // No pointer over the window (or nothing under it scrolls): the body.
        if !moved {
            for b in &bodies {
                apply(b, wheel_dy);
            }
        }
    }
    if key_dy != 0.0 {
        // The transcript while it can move that way, then the body.
        let moved = transcript.iter().any(|t| apply(t, key_dy));
        if !moved {
            for b in &bodies {
                apply(b, key_dy);
            }
        }
    }
}

/// The focused element scrolls into view (Tab moves the focus down a screen taller than the
/// window): each scrolling part around it moves just enough to show it whole.
fn focus_into_view(
    focus: Res<InputFocus>,
    mut done: Local<Option<Entity>>,
    parents: Query<&ChildOf>,
    nodes: Query<(&ComputedNode, &UiGlobalTransform)>,
    mut areas: Query<(&mut ScrollPosition, &ComputedNode, &UiGlobalTransform), With<ScrollArea>>,
) {
    let Some(f) = focus.get() else {
        *done = None;
        return;
    };
    if *done == Some(f) {
        return;
    }
    let Ok((node, t)) = nodes.get(f) else { return };
    if node.size().y <= 0.0 {
        return; // not laid out yet: next frame
    }
    let (top, bottom) = (
        t.translation.y - node.size().y / 2.0,
        t.translation.y + node.size().y / 2.0,
    );
    let mut at = parents.get(f).ok().map(ChildOf::parent);
    while let Some(a) = at {
        if let Ok((mut pos, area, at_t)) = areas.get_mut(a) {
            let inv = area.inverse_scale_factor();
            let a_top = at_t.translation.y - area.size().y / 2.0;
            let a_bottom = at_t.translation.y + area.size().y / 2.0;
            let max = ((area.content_size().y - area.size().y) * inv).max(0.0);
            let y = pos.y.clamp(0.0, max);
            if top < a_top {
                pos.y = (y - (a_top - top) * inv).clamp(0.0, max);
            } else if bottom > a_bottom {
                pos.y = (y + (bottom - a_bottom) * inv).clamp(0.0, max);
            }
        }
        at = parents.get(a).ok().map(ChildOf::parent);
    }
    *done = Some(f);
}
