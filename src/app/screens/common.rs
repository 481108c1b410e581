//! What every screen shares: its registration (built on entering, rebuilt when [`UiEpoch`]
//! changes), the context it is built from, and the actions that mean the same everywhere.

use crate::app::action::{Action, UiAction};
use crate::app::fonts::UiFonts;
use crate::app::state::{Content, ReturnTo, Screen, Settings, Trainee, UiEpoch, UiSet};
use crate::app::theme::{CALM, HIGH_CONTRAST, TEXT_SCALES, Ui};
use crate::i18n::Localizer;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        common_actions
            .in_set(UiSet::Handle)
            .run_if(not(in_state(Screen::Loading))),
    );
    app.add_systems(Last, keep_drawing);
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

/// What building a screen reads.
#[derive(SystemParam)]
pub struct Ctx<'w> {
    pub content: Res<'w, Content>,
    pub settings: Res<'w, Settings>,
    pub fonts: Res<'w, UiFonts>,
    pub trainee: Res<'w, Trainee>,
    pub attempts: Res<'w, crate::app::attempts::AttemptLog>,
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
                | Action::SetScene(_)
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
            Action::SetScene(on) => settings.prefs.show_scene = *on,
            Action::Quit => {
                exit.write(AppExit::Success);
            }
            _ => {}
        }
    }
}
