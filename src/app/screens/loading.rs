//! The loading screen: shown while fonts, scenarios and locales load.

use super::frame::ScreenRoot;
use crate::app::state::Screen;
use crate::app::theme::CALM;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Loading), build);
}

fn build(mut commands: Commands) {
    // Fonts are not ready yet: only Latin text, in bevy's default font.
    commands.spawn((
        Name::new("Loading screen"),
        ScreenRoot,
        DespawnOnExit(Screen::Loading),
        Node {
            width: percent(100),
            height: percent(100),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            ..default()
        },
        BackgroundColor(CALM.background),
        children![(Text::new("Sanad"), TextColor(CALM.accent))],
    ));
}
