//! Input to actions: buttons (mouse, Tab, Enter and Space, through `bevy_ui_widgets`) and
//! keys (1-9 for numbered buttons, Esc) become [`UiAction`] messages that the screens handle.

use super::action::{
    Action, CODE_MAX, DIGITS, EntryText, EscapeAction, Hotkey, NUMPAD, TextEntry, Typed, UiAction,
    code_char,
};
use super::state::Screen;
use super::theme::ButtonColors;
use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, Button};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<UiAction>();
    app.init_resource::<ButtonInput<KeyCode>>();
    app.init_resource::<Typed>();
    app.add_observer(activate);
    app.add_observer(click_entry);
    let active = not(in_state(Screen::Loading));
    // Sets are configured by the state plugin.
    app.add_systems(
        Update,
        (type_text, keys)
            .chain()
            .in_set(super::state::UiSet::Input)
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

/// A click on a text entry gives it the focus.
fn click_entry(
    event: On<Pointer<Click>>,
    entries: Query<(), With<TextEntry>>,
    mut focus: ResMut<InputFocus>,
) {
    if entries.contains(event.entity) {
        focus.set(event.entity, FocusCause::Navigated);
    }
}

/// Typing into the focused text entry: code characters go in, Backspace takes the last one
/// out, Enter submits.
fn type_text(
    mut keys: MessageReader<KeyboardInput>,
    focus: Res<InputFocus>,
    entries: Query<&TextEntry>,
    mut shown: Query<(&EntryText, &mut Text)>,
    mut typed: ResMut<Typed>,
    mut out: MessageWriter<UiAction>,
) {
    let Some(field) = focus.get().and_then(|e| entries.get(e).ok()).map(|t| t.0) else {
        keys.clear();
        return;
    };
    let mut changed = false;
    for k in keys.read() {
        if k.state != ButtonState::Pressed {
            continue;
        }
        let value = typed.0.entry(field).or_default();
        match &k.logical_key {
            Key::Enter => {
                out.write(UiAction(Action::Submit(field)));
            }
            Key::Backspace => {
                changed |= value.pop().is_some();
            }
            Key::Character(s) => {
                for c in s.chars().filter_map(code_char) {
                    if value.chars().count() < CODE_MAX {
                        value.push(c);
                        changed = true;
                    }
                }
            }
            _ => {}
        }
    }
    if changed {
        for (e, mut text) in &mut shown {
            if e.0 == field {
                text.0 = super::theme::entry_display(typed.get(field));
            }
        }
    }
}

fn keys(
    input: Res<ButtonInput<KeyCode>>,
    hotkeys: Query<(&Hotkey, &Action)>,
    escape: Query<&EscapeAction>,
    focus: Res<InputFocus>,
    entries: Query<(), With<TextEntry>>,
    mut out: MessageWriter<UiAction>,
) {
    // Digits typed into a code are not choices.
    if focus.get().is_some_and(|e| entries.contains(e)) {
        return;
    }
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
    buttons: Query<(Entity, &ButtonColors), Or<(With<Button>, With<TextEntry>)>>,
    added: Query<(), Or<(Added<Button>, Added<TextEntry>)>>,
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
