//! What the trainee can do, and the keys bound to it. Widgets (in `theme`) carry an
//! [`Action`]; `input` turns presses into [`UiAction`] messages; the screens read them. This
//! module depends on no other part of the app.

use bevy::prelude::*;

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
    /// Resume the attempt with this id where it was left.
    ResumeAttempt(String),
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

/// Esc on this screen does this.
#[derive(Component, Clone, Debug)]
pub struct EscapeAction(pub Action);

/// The keys of [`Hotkey`] 1 to 9 on the main keyboard.
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

/// The keys of [`Hotkey`] 1 to 9 on the number pad.
pub const NUMPAD: [KeyCode; 9] = [
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
