//! Input to actions: buttons (mouse, Tab, Enter and Space, through `bevy_ui_widgets`) and
//! keys (1-9 for numbered buttons, Esc) become [`UiAction`] messages that the screens handle.

use super::action::{Action, DIGITS, EscapeAction, Hotkey, NUMPAD, UiAction};
use super::state::Screen;
use super::theme::ButtonColors;
use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, Button};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<UiAction>();
    app.init_resource::<ButtonInput<KeyCode>>();
    app.add_observer(activate);
    let active = not(in_state(Screen::Loading));
    // Sets are configured by the state plugin.
    app.add_systems(
        Update,
        keys.in_set(super::state::UiSet::Input)
            .run_if(active.clone()),
    );
    app.add_systems(
        Update,
        (initial_focus, focus_outline)
            .chain()
            .after(super::state::UiSet::Build)
            .run_if(active),
    );
}

/// The button that has focus when a screen opens (Enter presses it).
#[derive(Component, Clone, Copy, Debug)]
pub struct Primary;

/// A button was clicked, or Enter or Space pressed while it had the focus.
fn activate(event: On<Activate>, actions: Query<&Action>, mut out: MessageWriter<UiAction>) {
    if let Ok(a) = actions.get(event.entity) {
        out.write(UiAction(a.clone()));
    }
}

fn initial_focus(added: Query<Entity, Added<Primary>>, mut focus: ResMut<InputFocus>) {
    if let Some(e) = added.iter().last() {
        focus.set(e, FocusCause::Navigated);
    }
}

fn keys(
    input: Res<ButtonInput<KeyCode>>,
    hotkeys: Query<(&Hotkey, &Action)>,
    escape: Query<&EscapeAction>,
    mut out: MessageWriter<UiAction>,
) {
    for (i, (d, n)) in DIGITS.iter().zip(NUMPAD.iter()).enumerate() {
        if input.just_pressed(*d) || input.just_pressed(*n) {
            let want = i as u8 + 1;
            if let Some((_, a)) = hotkeys.iter().find(|(h, _)| h.0 == want) {
                out.write(UiAction(a.clone()));
            }
        }
    }
    if input.just_pressed(KeyCode::Escape)
        && let Some(a) = escape.iter().next()
    {
        out.write(UiAction(a.0.clone()));
    }
}

fn focus_outline(
    mut commands: Commands,
    focus: Res<InputFocus>,
    buttons: Query<(Entity, &ButtonColors), With<Button>>,
    added: Query<(), Added<Button>>,
) {
    if !focus.is_changed() && added.is_empty() {
        return;
    }
    for (b, colors) in &buttons {
        if focus.get() == Some(b) {
            commands.entity(b).try_insert(Outline {
                color: colors.focus,
                width: px(3),
                offset: px(2),
            });
        } else {
            commands.entity(b).try_remove::<Outline>();
        }
    }
}
