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
        (type_text, keys, arrows)
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

fn initial_focus(
    added: Query<Entity, Added<Primary>>,
    new_screen: Query<(), Added<super::screens::frame::ScreenRoot>>,
    mut focus: ResMut<InputFocus>,
) {
    if let Some(e) = added.iter().last() {
        focus.set(e, FocusCause::Navigated);
    } else if !new_screen.is_empty() {
        // A screen without a first button (a decision): nothing has the focus, so that Enter
        // does nothing until the trainee picks a choice.
        focus.clear();
    }
}

/// Up and Down (or Left and Right) move the focus through the choices on screen, in the order
/// shown; from no focus, Down goes to the first and Up to the last.
fn arrows(
    input: Res<ButtonInput<KeyCode>>,
    choices: Query<(Entity, &Hotkey), With<super::theme::ChoiceButton>>,
    entries: Query<(), With<TextEntry>>,
    mut focus: ResMut<InputFocus>,
) {
    if focus.get().is_some_and(|e| entries.contains(e)) {
        return;
    }
    let forward = input.any_just_pressed([KeyCode::ArrowDown, KeyCode::ArrowRight]);
    let back = input.any_just_pressed([KeyCode::ArrowUp, KeyCode::ArrowLeft]);
    if forward == back {
        return;
    }
    let mut list: Vec<(u8, Entity)> = choices.iter().map(|(e, h)| (h.0, e)).collect();
    if list.is_empty() {
        return;
    }
    list.sort();
    let at = focus
        .get()
        .and_then(|f| list.iter().position(|(_, e)| *e == f));
    let n = list.len();
    let next = match (at, forward) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    };
    focus.set(list[next].1, FocusCause::Navigated);
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

/// What can take the focus: buttons and text entries.
type Focusable = Or<(With<Button>, With<TextEntry>)>;

#[allow(clippy::type_complexity)]
fn focus_outline(
    mut commands: Commands,
    focus: Res<InputFocus>,
    buttons: Query<(Entity, &ButtonColors), Focusable>,
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
