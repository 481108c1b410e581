//! Content could not be loaded: a readable message instead of a crash, with the first
//! problem as `sanad check` would print it, and ways on.

use super::common::{Ctx, add_screen};
use super::frame::{ScreenRoot, clear, spawn_root};
use crate::app::action::{Action, UiAction};
use crate::app::content::first_screen;
use crate::app::input::Primary;
use crate::app::launch::Launch;
use crate::app::state::{Current, Screen, Selected, UiEpoch};
use crate::app::theme::Size;
use crate::i18n::keys;
use crate::model::ArgValue;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    add_screen(app, Screen::LoadError, build, handle);
}

fn build(mut commands: Commands, ctx: Ctx, roots: Query<Entity, With<ScreenRoot>>) {
    clear(&mut commands, &roots);
    let ui = ctx.ui();
    let loc = ctx.loc();
    let body = spawn_root(&mut commands, &ctx, Screen::LoadError, None);
    let report = &ctx.content.report;
    let first = report
        .diagnostics
        .iter()
        .find(|d| d.severity == crate::diagnostic::Severity::Error)
        .map(|d| d.render())
        .unwrap_or_default();
    commands.spawn((
        ui.critical_card(),
        ChildOf(body),
        children![
            ui.text(
                loc.paragraph(keys::LOAD_ERROR_TITLE, &[]),
                Size::Title,
                ui.pal.critical,
            ),
            ui.body(loc.paragraph(
                keys::LOAD_ERROR_BODY,
                &[("count".into(), ArgValue::Number(report.errors() as i64))],
            )),
            // The diagnostic is for the instructor and stays as the engine wrote it (English,
            // left to right).
            (
                Text::new(first),
                TextFont {
                    font: ctx.fonts.latin.clone().into(),
                    font_size: bevy::text::FontSize::Px(ui.px(Size::Small)),
                    ..default()
                },
                TextColor(ui.pal.text),
            ),
        ],
    ));
    let row = commands.spawn((ui.row(12.0), ChildOf(body))).id();
    commands.spawn((
        ui.button(
            loc.text(keys::LOAD_ERROR_RETRY, &[]),
            Action::ReloadContent,
            true,
        ),
        Primary,
        ChildOf(row),
    ));
    if !ctx.content.library.scenarios.is_empty() {
        commands.spawn((
            ui.button(
                loc.text(keys::PLAY_CONTINUE, &[]),
                Action::ContinueDespiteErrors,
                false,
            ),
            ChildOf(row),
        ));
    }
    commands.spawn((
        ui.button(loc.text(keys::LOAD_ERROR_QUIT, &[]), Action::Quit, false),
        ChildOf(row),
    ));
}

#[allow(clippy::too_many_arguments)]
fn handle(
    mut msgs: MessageReader<UiAction>,
    mut commands: Commands,
    launch: Res<Launch>,
    ctx: Ctx,
    mut next: ResMut<NextState<Screen>>,
    mut selected: ResMut<Selected>,
    mut current: ResMut<Current>,
    mut epoch: ResMut<UiEpoch>,
) {
    for UiAction(a) in msgs.read() {
        match a {
            Action::ReloadContent => {
                let content = crate::app::state::Content::load(&launch.root);
                let ok = !content.report.has_errors();
                let to = first_screen(
                    &launch,
                    &content,
                    &ctx.settings,
                    &mut selected,
                    &mut current,
                );
                commands.insert_resource(content);
                if ok {
                    next.set(to);
                } else {
                    epoch.bump();
                }
            }
            Action::ContinueDespiteErrors => {
                next.set(first_screen(
                    &launch,
                    &ctx.content,
                    &ctx.settings,
                    &mut selected,
                    &mut current,
                ));
            }
            _ => {}
        }
    }
}
