//! First run: the trainee chooses a language. Each language is named in itself.

use super::common::{Ctx, add_screen};
use super::frame::{ScreenRoot, clear, spawn_root};
use crate::app::action::{Action, Hotkey, UiAction};
use crate::app::input::Primary;
use crate::app::state::Screen;
use crate::app::theme::Size;
use crate::i18n::keys;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    add_screen(app, Screen::Language, build, handle);
}

fn build(mut commands: Commands, ctx: Ctx, roots: Query<Entity, With<ScreenRoot>>) {
    clear(&mut commands, &roots);
    let mut ui = ctx.ui();
    ui.rtl = false;
    let body = spawn_root(&mut commands, &ctx, Screen::Language, None);
    commands.spawn((
        ui.text(
            ctx.loc().text(keys::APP_NAME, &[]),
            Size::Title,
            ui.pal.accent,
        ),
        ChildOf(body),
    ));
    // "Choose your language" in every language, each line in its own direction.
    for l in keys::APP_LOCALES {
        let loc = ctx.content.catalog.localizer(l);
        let mut lui = ui.clone();
        lui.rtl = loc.is_rtl();
        commands.spawn((
            lui.heading(loc.paragraph(keys::LANGUAGE_CHOOSE, &[])),
            ChildOf(body),
        ));
    }
    let col = commands
        .spawn((
            Node {
                max_width: px(520),
                ..ui.column(12.0)
            },
            ChildOf(body),
        ))
        .id();
    for (i, l) in keys::APP_LOCALES.iter().enumerate() {
        let name = ctx
            .content
            .catalog
            .localizer(l)
            .text(&keys::language(l), &[]);
        let mut e = commands.spawn((
            ui.choice(
                (i + 1).to_string(),
                name,
                Action::SetLanguage(l.to_string()),
            ),
            Hotkey(i as u8 + 1),
            ChildOf(col),
        ));
        if i == 0 {
            e.insert(Primary);
        }
    }
}

fn handle(mut msgs: MessageReader<UiAction>, mut next: ResMut<NextState<Screen>>) {
    for UiAction(a) in msgs.read() {
        if let Action::SetLanguage(_) = a {
            // The language itself is set by the common actions.
            next.set(Screen::Home);
        }
    }
}
