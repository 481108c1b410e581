//! Settings: language (changed at once, the whole UI re-renders), text size, high contrast
//! and mode.

use super::common::{Ctx, add_screen};
use super::frame::{ScreenRoot, clear, spawn_root};
use crate::app::action::{Action, EscapeAction, UiAction};
use crate::app::input::Primary;
use crate::app::state::{ReturnTo, Screen};
use crate::i18n::keys;
use crate::records::Mode;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    add_screen(app, Screen::Settings, build, handle);
}

fn build(mut commands: Commands, ctx: Ctx, roots: Query<Entity, With<ScreenRoot>>) {
    clear(&mut commands, &roots);
    let ui = ctx.ui();
    let loc = ctx.loc();
    let prefs = &ctx.settings.prefs;
    let body = spawn_root(
        &mut commands,
        &ctx,
        Screen::Settings,
        Some(loc.text(keys::SETTINGS_TITLE, &[])),
    );
    commands.entity(body).insert(EscapeAction(Action::Back));
    let current_lang = loc.locale().to_string();

    let section = |commands: &mut Commands, title: &str| {
        let card = commands
            .spawn((
                ui.card(),
                ChildOf(body),
                children![ui.heading(loc.paragraph(title, &[]))],
            ))
            .id();
        commands.spawn((ui.row(12.0), ChildOf(card))).id()
    };

    let row = section(&mut commands, keys::SETTINGS_LANGUAGE);
    for l in keys::APP_LOCALES {
        let name = ctx
            .content
            .catalog
            .localizer(l)
            .text(&keys::language(l), &[]);
        commands.spawn((
            ui.button(name, Action::SetLanguage(l.to_string()), l == current_lang),
            ChildOf(row),
        ));
    }
    let row = section(&mut commands, keys::SETTINGS_TEXT_SIZE);
    for (i, k) in [
        keys::SETTINGS_TEXT_SMALL,
        keys::SETTINGS_TEXT_MEDIUM,
        keys::SETTINGS_TEXT_LARGE,
        keys::SETTINGS_TEXT_XLARGE,
    ]
    .iter()
    .enumerate()
    {
        commands.spawn((
            ui.button(
                loc.text(k, &[]),
                Action::SetTextSize(i as u8),
                prefs.text_size == i as u8,
            ),
            ChildOf(row),
        ));
    }
    let row = section(&mut commands, keys::SETTINGS_CONTRAST);
    let (on, off) = (
        loc.text(keys::SETTINGS_ON, &[]),
        loc.text(keys::SETTINGS_OFF, &[]),
    );
    commands.spawn((
        ui.button(on, Action::SetContrast(true), prefs.high_contrast),
        ChildOf(row),
    ));
    commands.spawn((
        ui.button(off, Action::SetContrast(false), !prefs.high_contrast),
        ChildOf(row),
    ));
    let row = section(&mut commands, keys::SETTINGS_MODE);
    for (m, k) in [
        (Mode::Workshop, keys::MODE_WORKSHOP),
        (Mode::SelfPaced, keys::MODE_SELF),
    ] {
        commands.spawn((
            ui.button(loc.text(k, &[]), Action::SetMode(m), prefs.mode == m),
            ChildOf(row),
        ));
    }
    commands.spawn((
        ui.button(loc.text(keys::SETTINGS_BACK, &[]), Action::Back, true),
        Primary,
        ChildOf(body),
    ));
}

fn handle(
    mut msgs: MessageReader<UiAction>,
    mut next: ResMut<NextState<Screen>>,
    return_to: Res<ReturnTo>,
) {
    for UiAction(a) in msgs.read() {
        if matches!(a, Action::Back | Action::Home) {
            next.set(
                return_to
                    .0
                    .filter(|s| *s != Screen::Settings)
                    .unwrap_or(Screen::Home),
            );
        }
    }
}
