//! Settings: language (changed at once, the whole UI re-renders), text size, high contrast
//! and mode.

use super::common::{Ctx, add_screen};
use super::frame::{ScreenRoot, clear, spawn_root};
use crate::app::action::{Action, EscapeAction, UiAction};
use crate::app::attempts::AttemptLog;
use crate::app::input::Primary;
use crate::app::state::{ReturnTo, Screen, Trainee, UiEpoch};
use crate::i18n::keys;
use crate::records::Mode;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DataNotice>();
    add_screen(app, Screen::Settings, build, handle);
}

/// "Delete all training data" asks first; after it, what happened.
#[derive(Resource, Default)]
struct DataNotice {
    asked: bool,
    done: Option<String>,
}

fn build(
    mut commands: Commands,
    ctx: Ctx,
    notice: Res<DataNotice>,
    roots: Query<Entity, With<ScreenRoot>>,
) {
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
    // Training data on this computer: the trainee's code, and deleting everything after a
    // workshop.
    let card = commands
        .spawn((
            Name::new("Training data"),
            ui.card(),
            ChildOf(body),
            children![
                ui.heading(loc.paragraph(keys::SETTINGS_DATA, &[])),
                ui.body(loc.paragraph(
                    keys::HOME_TRAINEE,
                    &[(
                        "code".into(),
                        crate::model::ArgValue::Str(ctx.trainee.records.trainee.clone())
                    )],
                )),
                ui.muted(loc.paragraph(keys::PROGRESS_PRIVACY, &[])),
            ],
        ))
        .id();
    let (label, action) = if notice.asked {
        (keys::SETTINGS_DELETE_ALL_CONFIRM, Action::ConfirmDeleteAll)
    } else {
        (keys::SETTINGS_DELETE_ALL, Action::DeleteAll)
    };
    commands.spawn((
        ui.button(loc.text(label, &[]), action, false),
        ChildOf(card),
    ));
    if let Some(t) = &notice.done {
        commands.spawn((ui.body(t.clone()), ChildOf(card)));
    }
    commands.spawn((
        ui.button(loc.text(keys::SETTINGS_BACK, &[]), Action::Back, true),
        Primary,
        ChildOf(body),
    ));
}

#[allow(clippy::too_many_arguments)]
fn handle(
    mut msgs: MessageReader<UiAction>,
    mut next: ResMut<NextState<Screen>>,
    return_to: Res<ReturnTo>,
    mut notice: ResMut<DataNotice>,
    mut log: ResMut<AttemptLog>,
    mut trainee: ResMut<Trainee>,
    mut epoch: ResMut<UiEpoch>,
    content: Res<crate::app::state::Content>,
    settings: Res<crate::app::state::Settings>,
) {
    for UiAction(a) in msgs.read() {
        match a {
            Action::DeleteAll => {
                notice.asked = true;
                epoch.bump();
            }
            Action::ConfirmDeleteAll => {
                notice.asked = false;
                notice.done = Some(match log.delete_all() {
                    Ok(()) => {
                        // A new code: nothing links the next trainee to the last one.
                        trainee.records = crate::records::Records {
                            trainee: crate::records::new_trainee_code(),
                            attempts: Vec::new(),
                        };
                        content.loc(&settings).text(keys::SETTINGS_DELETED_ALL, &[])
                    }
                    Err(e) => e,
                });
                epoch.bump();
            }
            _ => {}
        }
        if matches!(a, Action::Back | Action::Home) {
            notice.asked = false;
            notice.done = None;
            next.set(
                return_to
                    .0
                    .filter(|s| *s != Screen::Settings)
                    .unwrap_or(Screen::Home),
            );
        }
    }
}
