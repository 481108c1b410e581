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
    /// Show or hide the scene panel on the play screen.
    SetScene(bool),
    OpenSettings,
    /// Open the briefing of a scenario.
    Open(String),
    /// Resume the attempt with this id where it was left.
    ResumeAttempt(String),
    OpenProgress,
    OpenClass,
    /// Write this trainee's attempts to a folder for the instructor.
    Export,
    /// Delete this trainee's records (asks first: the second action confirms).
    DeleteMine,
    ConfirmDeleteMine,
    /// Delete all training data on this computer (asks first).
    DeleteAll,
    ConfirmDeleteAll,
    Start,
    /// Enter in a text entry: use what was typed there (see [`Typed`]).
    Submit(Field),
    /// Past a discussion point (workshop mode), to the node behind it.
    Discussed,
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

/// The text entries of the app: all take a code (letters, digits, hyphens).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The trainee's pseudonymous code (settings).
    TraineeCode,
    /// The instructor sets or removes the workshop code (settings).
    WorkshopCode,
    /// The instructor's code that opens a held debrief.
    UnlockCode,
}

/// A one-line entry: focus it (Tab or a click) and type; Enter sends [`Action::Submit`].
#[derive(Component, Clone, Copy, Debug)]
pub struct TextEntry(pub Field);

/// The text shown inside a [`TextEntry`].
#[derive(Component, Clone, Copy, Debug)]
pub struct EntryText(pub Field);

/// What has been typed into each entry (kept while the screen rebuilds).
#[derive(Resource, Default, Debug)]
pub struct Typed(pub std::collections::HashMap<Field, String>);

impl Typed {
    pub fn get(&self, f: Field) -> &str {
        self.0.get(&f).map_or("", String::as_str)
    }
    pub fn take(&mut self, f: Field) -> String {
        self.0.remove(&f).unwrap_or_default()
    }
}

/// The longest code an entry takes.
pub const CODE_MAX: usize = 16;

/// A typed character as it goes into a code: Latin letters upper-cased, Arabic-Indic and
/// Eastern Arabic-Indic digits (an Arabic or Kurdish keyboard) as ASCII digits, a hyphen;
/// anything else is refused.
pub fn code_char(c: char) -> Option<char> {
    match c {
        'a'..='z' => Some(c.to_ascii_uppercase()),
        'A'..='Z' | '0'..='9' | '-' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        _ => None,
    }
}

/// Whether `code` is a usable code: 3 to [`CODE_MAX`] letters, digits or hyphens.
pub fn valid_code(code: &str) -> bool {
    (3..=CODE_MAX).contains(&code.chars().count())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}
