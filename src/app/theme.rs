//! The look of the app: palettes (calm and high-contrast), text sizes, and widgets as
//! functions that return bundles. Every widget knows the writing direction, so that a screen
//! written once is mirrored for Arabic and Sorani. Buttons are `bevy_ui_widgets` buttons
//! (with their accessibility role); their colours follow the pointer here.

use super::action::{Action, EntryText, Field, TextEntry};
use super::fonts::UiFonts;
use super::state::Screen;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::picking::hover::Hovered;
use bevy::prelude::*;
use bevy::text::FontSize;
use bevy::ui::Pressed;
use bevy::ui_widgets::Button;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, button_colors.run_if(not(in_state(Screen::Loading))));
}

#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub background: Color,
    pub surface: Color,
    pub text: Color,
    pub muted: Color,
    pub accent: Color,
    pub on_accent: Color,
    pub button: Color,
    pub button_hover: Color,
    pub button_text: Color,
    /// Choice buttons have their own colour (the render tests find them by it).
    pub choice: Color,
    pub choice_hover: Color,
    pub border: Color,
    pub critical: Color,
    pub critical_surface: Color,
    pub good: Color,
    pub bar_track: Color,
    pub focus: Color,
}

pub const CALM: Palette = Palette {
    background: Color::srgb(0.955, 0.949, 0.933),
    surface: Color::srgb(1.0, 1.0, 1.0),
    text: Color::srgb(0.12, 0.16, 0.20),
    muted: Color::srgb(0.36, 0.40, 0.44),
    accent: Color::srgb(0.12, 0.42, 0.47),
    on_accent: Color::srgb(1.0, 1.0, 1.0),
    button: Color::srgb(0.88, 0.90, 0.90),
    button_hover: Color::srgb(0.80, 0.85, 0.86),
    button_text: Color::srgb(0.10, 0.14, 0.18),
    choice: Color::srgb(0.851, 0.910, 0.918),
    choice_hover: Color::srgb(0.76, 0.86, 0.88),
    border: Color::srgb(0.78, 0.80, 0.80),
    critical: Color::srgb(0.64, 0.15, 0.17),
    critical_surface: Color::srgb(0.99, 0.93, 0.93),
    good: Color::srgb(0.18, 0.49, 0.31),
    bar_track: Color::srgb(0.86, 0.87, 0.87),
    focus: Color::srgb(0.85, 0.50, 0.05),
};

pub const HIGH_CONTRAST: Palette = Palette {
    background: Color::srgb(0.0, 0.0, 0.0),
    surface: Color::srgb(0.06, 0.06, 0.06),
    text: Color::srgb(1.0, 1.0, 1.0),
    muted: Color::srgb(0.90, 0.90, 0.90),
    accent: Color::srgb(1.0, 0.85, 0.0),
    on_accent: Color::srgb(0.0, 0.0, 0.0),
    button: Color::srgb(0.0, 0.0, 0.0),
    button_hover: Color::srgb(0.20, 0.20, 0.20),
    button_text: Color::srgb(1.0, 1.0, 1.0),
    choice: Color::srgb(0.0, 0.157, 0.314),
    choice_hover: Color::srgb(0.0, 0.25, 0.45),
    border: Color::srgb(1.0, 1.0, 1.0),
    critical: Color::srgb(1.0, 0.45, 0.45),
    critical_surface: Color::srgb(0.20, 0.0, 0.0),
    good: Color::srgb(0.45, 1.0, 0.55),
    bar_track: Color::srgb(0.30, 0.30, 0.30),
    focus: Color::srgb(0.0, 1.0, 1.0),
};

/// Text roles; sizes scale with the trainee's text-size setting.
#[derive(Clone, Copy, Debug)]
pub enum Size {
    Title,
    Heading,
    Body,
    Small,
}

/// Text-size steps offered in settings.
pub const TEXT_SCALES: [f32; 4] = [0.85, 1.0, 1.2, 1.4];

/// What every widget needs: fonts, palette, scale, direction.
#[derive(Clone, Debug)]
pub struct Ui {
    pub fonts: UiFonts,
    pub pal: Palette,
    pub scale: f32,
    pub rtl: bool,
}

impl Ui {
    pub fn px(&self, size: Size) -> f32 {
        let base = match size {
            Size::Title => 30.0,
            Size::Heading => 22.0,
            Size::Body => 19.0,
            Size::Small => 16.0,
        };
        (base * self.scale).round()
    }

    fn font(&self, bold: bool) -> Handle<Font> {
        match (self.rtl, bold) {
            (false, false) => self.fonts.latin.clone(),
            (false, true) => self.fonts.latin_bold.clone(),
            (true, false) => self.fonts.arabic.clone(),
            (true, true) => self.fonts.arabic_bold.clone(),
        }
    }

    pub fn direction(&self) -> InlineDirection {
        if self.rtl {
            InlineDirection::Rtl
        } else {
            InlineDirection::Ltr
        }
    }

    /// A text in the given role and colour, aligned to the start of the line (the right in
    /// right-to-left locales).
    pub fn text(&self, s: impl Into<String>, size: Size, color: Color) -> impl Bundle {
        let bold = matches!(size, Size::Title | Size::Heading);
        (
            Text::new(s),
            TextFont {
                font: self.font(bold).into(),
                font_size: FontSize::Px(self.px(size)),
                ..default()
            },
            TextColor(color),
            TextLayout::justify(Justify::Start),
            Node {
                direction: self.direction(),
                max_width: percent(100),
                ..default()
            },
        )
    }

    /// A short caption, centred and smaller than body text (the names under the scene).
    pub fn caption(&self, s: impl Into<String>, color: Color) -> impl Bundle {
        (
            Text::new(s),
            TextFont {
                font: self.font(false).into(),
                font_size: FontSize::Px((self.px(Size::Small) * 0.85).round()),
                ..default()
            },
            TextColor(color),
            TextLayout::justify(Justify::Center),
            Node {
                direction: self.direction(),
                max_width: percent(100),
                ..default()
            },
        )
    }

    pub fn body(&self, s: impl Into<String>) -> impl Bundle {
        self.text(s, Size::Body, self.pal.text)
    }

    pub fn muted(&self, s: impl Into<String>) -> impl Bundle {
        self.text(s, Size::Small, self.pal.muted)
    }

    pub fn heading(&self, s: impl Into<String>) -> impl Bundle {
        self.text(s, Size::Heading, self.pal.text)
    }

    /// A vertical stack.
    pub fn column(&self, gap: f32) -> Node {
        Node {
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Stretch,
            row_gap: px(gap),
            direction: self.direction(),
            ..default()
        }
    }

    /// A horizontal row, mirrored in right-to-left locales.
    pub fn row(&self, gap: f32) -> Node {
        Node {
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            column_gap: px(gap),
            flex_wrap: FlexWrap::Wrap,
            direction: self.direction(),
            ..default()
        }
    }

    /// The root of a screen: the whole window, background colour, padding.
    pub fn screen_root(&self) -> impl Bundle {
        (
            Node {
                width: percent(100),
                height: percent(100),
                flex_direction: FlexDirection::Column,
                padding: UiRect::axes(px(40), px(24)),
                row_gap: px(16),
                direction: self.direction(),
                ..default()
            },
            BackgroundColor(self.pal.background),
            bevy::input_focus::tab_navigation::TabGroup::new(0),
        )
    }

    /// The layout of a card, to adjust before [`Self::card_with`].
    pub fn card_node(&self) -> Node {
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(18)),
            row_gap: px(10),
            border: UiRect::all(px(1)),
            border_radius: BorderRadius::all(px(8)),
            direction: self.direction(),
            ..default()
        }
    }

    /// A card: white surface with a border.
    pub fn card(&self) -> impl Bundle {
        self.card_with(self.card_node())
    }

    /// A card with its own layout.
    pub fn card_with(&self, node: Node) -> impl Bundle {
        (
            node,
            BackgroundColor(self.pal.surface),
            BorderColor::all(self.pal.border),
        )
    }

    /// A card marked as critical.
    pub fn critical_card(&self) -> impl Bundle {
        (
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(16)),
                row_gap: px(8),
                border: UiRect::all(px(2)),
                border_radius: BorderRadius::all(px(8)),
                direction: self.direction(),
                ..default()
            },
            BackgroundColor(self.pal.critical_surface),
            BorderColor::all(self.pal.critical),
        )
    }

    /// A button that sends `action`; `primary` ones are filled with the accent colour.
    pub fn button(&self, label: impl Into<String>, action: Action, primary: bool) -> impl Bundle {
        let (bg, fg) = if primary {
            (self.pal.accent, self.pal.on_accent)
        } else {
            (self.pal.button, self.pal.button_text)
        };
        (
            Name::new("Button"),
            Button,
            Hovered::default(),
            action,
            TabIndex(0),
            Node {
                padding: UiRect::axes(px(18), px(10)),
                border: UiRect::all(px(1)),
                border_radius: BorderRadius::all(px(6)),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                direction: self.direction(),
                ..default()
            },
            BackgroundColor(bg),
            BorderColor::all(self.pal.border),
            ButtonColors {
                normal: bg,
                hover: if primary { bg } else { self.pal.button_hover },
                focus: self.pal.focus,
            },
            children![self.text(label, Size::Body, fg)],
        )
    }

    /// A large choice button: the whole width, the number key first.
    pub fn choice(
        &self,
        number: impl Into<String>,
        label: impl Into<String>,
        action: Action,
    ) -> impl Bundle {
        let number = number.into();
        (
            Name::new("Choice"),
            Button,
            Hovered::default(),
            action,
            TabIndex(0),
            ChoiceButton,
            Node {
                width: percent(100),
                padding: UiRect::axes(px(18), px(14)),
                column_gap: px(14),
                border: UiRect::all(px(1)),
                border_radius: BorderRadius::all(px(8)),
                align_items: AlignItems::Center,
                justify_content: JustifyContent::FlexStart,
                direction: self.direction(),
                ..default()
            },
            BackgroundColor(self.pal.choice),
            BorderColor::all(self.pal.border),
            ButtonColors {
                normal: self.pal.choice,
                hover: self.pal.choice_hover,
                focus: self.pal.focus,
            },
            children![
                (
                    Node {
                        min_width: px(30.0 * self.scale),
                        height: px(30.0 * self.scale),
                        justify_content: JustifyContent::Center,
                        align_items: AlignItems::Center,
                        border_radius: BorderRadius::all(px(15.0 * self.scale)),
                        ..default()
                    },
                    BackgroundColor(self.pal.accent),
                    children![self.text(number, Size::Small, self.pal.on_accent)],
                ),
                (
                    Node {
                        flex_grow: 1.0,
                        flex_shrink: 1.0,
                        direction: self.direction(),
                        ..default()
                    },
                    children![self.body(label)],
                ),
            ],
        )
    }

    /// A one-line entry for a code (Latin letters and digits, so laid out left to right in
    /// every language), showing what has been typed into `field`.
    pub fn entry(&self, field: Field, value: &str) -> impl Bundle {
        (
            Name::new("Entry"),
            TextEntry(field),
            TabIndex(0),
            Hovered::default(),
            Node {
                min_width: px(240.0 * self.scale),
                padding: UiRect::axes(px(12), px(8)),
                border: UiRect::all(px(2)),
                border_radius: BorderRadius::all(px(6)),
                direction: InlineDirection::Ltr,
                ..default()
            },
            BackgroundColor(self.pal.surface),
            BorderColor::all(self.pal.muted),
            ButtonColors {
                normal: self.pal.surface,
                hover: self.pal.surface,
                focus: self.pal.focus,
            },
            children![(
                EntryText(field),
                Text::new(entry_display(value)),
                TextFont {
                    font: self.fonts.latin.clone().into(),
                    font_size: FontSize::Px(self.px(Size::Body)),
                    ..default()
                },
                TextColor(self.pal.text),
            )],
        )
    }

    /// A horizontal bar filled to `percent`.
    pub fn bar(&self, percent_value: f64, color: Color) -> impl Bundle {
        (
            Node {
                width: percent(100),
                height: px(14.0 * self.scale),
                border_radius: BorderRadius::all(px(7)),
                direction: self.direction(),
                ..default()
            },
            BackgroundColor(self.pal.bar_track),
            children![(
                Node {
                    width: percent(percent_value.clamp(0.0, 100.0) as f32),
                    height: percent(100),
                    border_radius: BorderRadius::all(px(7)),
                    ..default()
                },
                BackgroundColor(color),
            )],
        )
    }
}

impl Ui {
    /// A small column chart: one column per value (0 to 100), oldest first in reading order
    /// (so right to left in Arabic and Sorani), each as tall as its value.
    pub fn columns(&self, values: &[f64], color: Color) -> impl Bundle {
        let h = 36.0 * self.scale;
        let cols: Vec<(Node, BackgroundColor)> = values
            .iter()
            .map(|v| {
                (
                    Node {
                        width: px(10.0 * self.scale),
                        height: px((v.clamp(0.0, 100.0) as f32 / 100.0 * h).max(2.0)),
                        ..default()
                    },
                    BackgroundColor(color),
                )
            })
            .collect();
        (
            Node {
                height: px(h),
                column_gap: px(3.0 * self.scale),
                align_items: AlignItems::FlexEnd,
                direction: self.direction(),
                ..default()
            },
            BackgroundColor(self.pal.bar_track),
            Children::spawn(bevy::ecs::spawn::SpawnIter(cols.into_iter())),
        )
    }
}

/// The colours of a button: at rest, hovered or pressed, and the outline when it has the focus.
#[derive(Component, Clone, Copy, Debug)]
pub struct ButtonColors {
    pub normal: Color,
    pub hover: Color,
    pub focus: Color,
}

/// A button the pointer entered, left or pressed.
type PointerChanged = Or<(Changed<Hovered>, Added<Pressed>)>;

/// Hovered and pressed buttons take their hover colour.
fn button_colors(
    changed: Query<Entity, (With<ButtonColors>, PointerChanged)>,
    mut released: RemovedComponents<Pressed>,
    mut buttons: Query<(&ButtonColors, &Hovered, Has<Pressed>, &mut BackgroundColor)>,
) {
    let dirty: Vec<Entity> = changed.iter().chain(released.read()).collect();
    for e in dirty {
        if let Ok((colors, hovered, pressed, mut bg)) = buttons.get_mut(e) {
            let color = if hovered.get() || pressed {
                colors.hover
            } else {
                colors.normal
            };
            bg.set_if_neq(BackgroundColor(color));
        }
    }
}

/// Marks the large choice buttons of the play screen.
#[derive(Component, Clone, Copy, Debug)]
pub struct ChoiceButton;

/// What an entry shows: the code typed so far, and a caret.
pub fn entry_display(value: &str) -> String {
    format!("{value}|")
}
