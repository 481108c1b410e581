//! The screens, one plugin each, and what they share: the context to build them, the top
//! bar, scrolling, and the actions every screen understands.

mod briefing;
mod debrief;
mod home;
mod language;
mod load_error;
mod loading;
mod play;
mod settings;

use super::fonts::UiFonts;
use super::input::{Action, UiAction};
use super::state::{Content, ReturnTo, Screen, Settings, Trainee, UiEpoch, UiSet};
use super::theme::{CALM, HIGH_CONTRAST, Size, TEXT_SCALES, Ui};
use crate::i18n::{Localizer, keys};
use crate::model::ArgValue;
use bevy::ecs::system::SystemParam;
use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        loading::plugin,
        load_error::plugin,
        language::plugin,
        home::plugin,
        briefing::plugin,
        play::plugin,
        debrief::plugin,
        settings::plugin,
    ));
    let active = not(in_state(Screen::Loading));
    app.add_systems(
        Update,
        (common_actions.in_set(UiSet::Handle), scroll).run_if(active),
    );
    app.add_systems(Last, keep_drawing);
}

/// In reactive mode bevy updates only on input. When an action leaves work for the next
/// frame (a state transition, a rebuild), ask for that frame now rather than at the next
/// mouse move.
fn keep_drawing(
    epoch: Res<UiEpoch>,
    state: Res<State<Screen>>,
    next: Res<NextState<Screen>>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    if epoch.is_changed()
        || state.is_changed()
        || matches!(*next, NextState::Pending(_) | NextState::PendingIfNeq(_))
    {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// Registers a screen: `build` when it is entered and whenever [`UiEpoch`] changes while it is
/// shown, `handle` for its actions while it is shown.
pub fn add_screen<MB, MH>(
    app: &mut App,
    screen: Screen,
    build: impl IntoScheduleConfigs<bevy::ecs::system::ScheduleSystem, MB> + Copy,
    handle: impl IntoScheduleConfigs<bevy::ecs::system::ScheduleSystem, MH>,
) {
    app.add_systems(OnEnter(screen), build);
    app.add_systems(
        Update,
        handle.in_set(UiSet::Handle).run_if(in_state(screen)),
    );
    app.add_systems(
        Update,
        build
            .in_set(UiSet::Build)
            .run_if(in_state(screen))
            .run_if(resource_changed::<UiEpoch>),
    );
}

/// The root entity of the screen on display.
#[derive(Component, Clone, Copy, Debug)]
pub struct ScreenRoot;

/// A part of a screen that scrolls when it does not fit.
#[derive(Component, Clone, Copy, Debug)]
pub struct ScrollArea;

/// What building a screen reads.
#[derive(SystemParam)]
pub struct Ctx<'w> {
    pub content: Res<'w, Content>,
    pub settings: Res<'w, Settings>,
    pub fonts: Res<'w, UiFonts>,
    pub trainee: Res<'w, Trainee>,
}

impl Ctx<'_> {
    pub fn loc(&self) -> Localizer<'_> {
        self.content.loc(&self.settings)
    }

    pub fn ui(&self) -> Ui {
        let prefs = &self.settings.prefs;
        Ui {
            fonts: self.fonts.clone(),
            pal: if prefs.high_contrast {
                HIGH_CONTRAST
            } else {
                CALM
            },
            scale: TEXT_SCALES[usize::from(prefs.text_size).min(TEXT_SCALES.len() - 1)],
            rtl: self.loc().is_rtl(),
        }
    }
}

/// Removes the screen on display before building it again.
pub fn clear(commands: &mut Commands, roots: &Query<Entity, With<ScreenRoot>>) {
    for r in roots {
        commands.entity(r).despawn();
    }
}

/// Spawns the root of `screen`: the top bar (unless `bare`) and a scrolling body, and returns
/// the body to put the screen's content in.
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
            ))
            .id();
        commands.spawn((
            Node {
                align_items: AlignItems::Baseline,
                flex_wrap: FlexWrap::NoWrap,
                ..ui.row(16.0)
            },
            ChildOf(bar),
            children![
                ui.text(loc.text(keys::APP_NAME, &[]), Size::Title, ui.pal.accent),
                ui.text(loc.para(title), Size::Heading, ui.pal.text),
            ],
        ));
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
            ))
            .id();
        commands.spawn((ui.muted(loc.para(code)), ChildOf(side)));
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

/// Actions that mean the same on every screen.
fn common_actions(
    mut msgs: MessageReader<UiAction>,
    state: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut return_to: ResMut<ReturnTo>,
    mut settings: ResMut<Settings>,
    mut epoch: ResMut<UiEpoch>,
    mut exit: MessageWriter<AppExit>,
) {
    for UiAction(a) in msgs.read() {
        if matches!(
            a,
            Action::SetLanguage(_)
                | Action::SetMode(_)
                | Action::SetTextSize(_)
                | Action::SetContrast(_)
        ) {
            // The whole UI re-renders in the new language, size or colours.
            epoch.bump();
        }
        match a {
            Action::OpenSettings => {
                return_to.0 = Some(*state.get());
                next.set(Screen::Settings);
            }
            Action::SetLanguage(l) => {
                settings.prefs.lang = Some(l.clone());
            }
            Action::SetMode(m) => settings.prefs.mode = *m,
            Action::SetTextSize(s) => settings.prefs.text_size = (*s).min(3),
            Action::SetContrast(on) => settings.prefs.high_contrast = *on,
            Action::Quit => {
                exit.write(AppExit::Success);
            }
            _ => {}
        }
    }
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
