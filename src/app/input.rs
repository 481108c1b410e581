//! Input to actions: buttons (mouse, Tab and Enter) and keys (1-9 for numbered buttons, Esc)
//! become [`UiAction`] messages that the screens handle.

use super::state::Screen;
use super::theme::ButtonColors;
use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<UiAction>();
    app.init_resource::<ButtonInput<KeyCode>>();
    let active = not(in_state(Screen::Loading));
    // Sets are configured by the state plugin.
    app.add_systems(
        Update,
        (clicks, keys, hover_colors)
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

/// What a button or key does.
#[derive(Component, Clone, Debug, PartialEq)]
pub enum Action {
    SetLanguage(String),
    SetMode(crate::records::Mode),
    SetTextSize(u8),
    SetContrast(bool),
    OpenSettings,
    /// Open the briefing of a scenario.
    Open(String),
    Start,
    /// Choose by authored position.
    Choose(u32),
    Continue,
    DismissFeedback,
    Pause,
    Resume,
    Leave,
    Retry,
    OtherSeed,
    NextScenario,
    Home,
    Back,
    ReloadContent,
    ContinueDespiteErrors,
    Quit,
}

/// An action taken by the trainee; each screen reads the ones it understands.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct UiAction(pub Action);

/// A number key (1-9) that presses this button.
#[derive(Component, Clone, Copy, Debug)]
pub struct Hotkey(pub u8);

/// The button that has focus when a screen opens (Enter presses it).
#[derive(Component, Clone, Copy, Debug)]
pub struct Primary;

/// Esc on this screen does this.
#[derive(Component, Clone, Debug)]
pub struct EscapeAction(pub Action);

fn initial_focus(added: Query<Entity, Added<Primary>>, mut focus: ResMut<InputFocus>) {
    if let Some(e) = added.iter().last() {
        focus.set(e, FocusCause::Navigated);
    }
}

fn clicks(
    buttons: Query<(&Interaction, &Action), Changed<Interaction>>,
    mut out: MessageWriter<UiAction>,
) {
    for (interaction, action) in &buttons {
        if *interaction == Interaction::Pressed {
            out.write(UiAction(action.clone()));
        }
    }
}

pub const DIGITS: [KeyCode; 9] = [
    KeyCode::Digit1,
    KeyCode::Digit2,
    KeyCode::Digit3,
    KeyCode::Digit4,
    KeyCode::Digit5,
    KeyCode::Digit6,
    KeyCode::Digit7,
    KeyCode::Digit8,
    KeyCode::Digit9,
];
const NUMPAD: [KeyCode; 9] = [
    KeyCode::Numpad1,
    KeyCode::Numpad2,
    KeyCode::Numpad3,
    KeyCode::Numpad4,
    KeyCode::Numpad5,
    KeyCode::Numpad6,
    KeyCode::Numpad7,
    KeyCode::Numpad8,
    KeyCode::Numpad9,
];

fn keys(
    input: Res<ButtonInput<KeyCode>>,
    focus: Res<InputFocus>,
    actions: Query<&Action>,
    hotkeys: Query<(&Hotkey, &Action)>,
    escape: Query<&EscapeAction>,
    mut out: MessageWriter<UiAction>,
) {
    if input.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter, KeyCode::Space])
        && let Some(a) = focus.get().and_then(|e| actions.get(e).ok())
    {
        out.write(UiAction(a.clone()));
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

fn hover_colors(
    mut buttons: Query<(&Interaction, &ButtonColors, &mut BackgroundColor), Changed<Interaction>>,
) {
    for (interaction, colors, mut bg) in &mut buttons {
        bg.0 = match interaction {
            Interaction::Hovered | Interaction::Pressed => colors.hover,
            Interaction::None => colors.normal,
        };
    }
}

fn focus_outline(
    mut commands: Commands,
    focus: Res<InputFocus>,
    buttons: Query<Entity, With<Button>>,
    added: Query<(), Added<Button>>,
    settings: Option<Res<super::state::Settings>>,
) {
    if !focus.is_changed() && added.is_empty() {
        return;
    }
    let color = if settings.is_some_and(|s| s.prefs.high_contrast) {
        super::theme::HIGH_CONTRAST.focus
    } else {
        super::theme::CALM.focus
    };
    for b in &buttons {
        if focus.get() == Some(b) {
            commands.entity(b).try_insert(Outline {
                color,
                width: px(3),
                offset: px(2),
            });
        } else {
            commands.entity(b).try_remove::<Outline>();
        }
    }
}
