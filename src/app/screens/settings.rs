//! Settings: language (changed at once, the whole UI re-renders), text size, high contrast
//! and mode.

use super::common::{Ctx, add_screen};
use super::frame::{ScreenRoot, clear, spawn_root};
use crate::app::action::{Action, EscapeAction, Field, Typed, UiAction, valid_code};
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

/// "Delete all training data" asks first; after it, what happened. And what became of a
/// code typed into the trainee-code or workshop-code entry.
#[derive(Resource, Default)]
struct DataNotice {
    asked: bool,
    done: Option<String>,
    code: Option<String>,
    workshop: Option<String>,
}

fn build(
    mut commands: Commands,
    ctx: Ctx,
    notice: Res<DataNotice>,
    typed: Res<Typed>,
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
        ui.button(on.clone(), Action::SetContrast(true), prefs.high_contrast),
        ChildOf(row),
    ));
    commands.spawn((
        ui.button(
            off.clone(),
            Action::SetContrast(false),
            !prefs.high_contrast,
        ),
        ChildOf(row),
    ));
    let row = section(&mut commands, keys::SETTINGS_SCENE);
    commands.spawn((
        ui.button(on, Action::SetScene(true), prefs.show_scene),
        ChildOf(row),
    ));
    commands.spawn((
        ui.button(off, Action::SetScene(false), !prefs.show_scene),
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
    // The trainee types the code the instructor gave, or keeps the one made for them.
    commands.spawn((
        ui.text(
            loc.paragraph(keys::SETTINGS_TRAINEE, &[]),
            crate::app::theme::Size::Small,
            ui.pal.accent,
        ),
        ChildOf(card),
    ));
    commands.spawn((
        ui.muted(loc.paragraph(keys::SETTINGS_TRAINEE_NOTE, &[])),
        ChildOf(card),
    ));
    commands.spawn((
        ui.row(12.0),
        ChildOf(card),
        children![
            ui.entry(Field::TraineeCode, typed.get(Field::TraineeCode)),
            ui.button(
                loc.text(keys::SETTINGS_TRAINEE_SAVE, &[]),
                Action::Submit(Field::TraineeCode),
                false
            ),
        ],
    ));
    if let Some(t) = &notice.code {
        commands.spawn((ui.body(t.clone()), ChildOf(card)));
    }
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
    // The instructor's workshop code, which holds each debrief until it is typed.
    let set = prefs.workshop_code.is_some();
    let card = commands
        .spawn((
            Name::new("Workshop code"),
            ui.card(),
            ChildOf(body),
            children![
                ui.heading(loc.paragraph(keys::SETTINGS_WORKSHOP, &[])),
                ui.muted(loc.paragraph(keys::SETTINGS_WORKSHOP_NOTE, &[])),
            ],
        ))
        .id();
    if set {
        commands.spawn((
            ui.body(loc.paragraph(keys::SETTINGS_WORKSHOP_IS_SET, &[])),
            ChildOf(card),
        ));
    }
    commands.spawn((
        ui.row(12.0),
        ChildOf(card),
        children![
            ui.entry(Field::WorkshopCode, typed.get(Field::WorkshopCode)),
            ui.button(
                loc.text(
                    if set {
                        keys::SETTINGS_WORKSHOP_REMOVE
                    } else {
                        keys::SETTINGS_WORKSHOP_SET
                    },
                    &[]
                ),
                Action::Submit(Field::WorkshopCode),
                false
            ),
        ],
    ));
    if let Some(t) = &notice.workshop {
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
    mut settings: ResMut<crate::app::state::Settings>,
    mut typed: ResMut<Typed>,
) {
    for UiAction(a) in msgs.read() {
        let loc = content.loc(&settings);
        match a {
            Action::Submit(Field::TraineeCode) => {
                let code = typed.take(Field::TraineeCode);
                notice.code = Some(if valid_code(&code) {
                    let text = loc.text(
                        keys::SETTINGS_TRAINEE_SAVED,
                        &[("code".into(), crate::model::ArgValue::Str(code.clone()))],
                    );
                    trainee.records.trainee = code;
                    text
                } else {
                    typed.0.insert(Field::TraineeCode, code);
                    loc.text(keys::ENTRY_INVALID, &[])
                });
                epoch.bump();
            }
            Action::Submit(Field::WorkshopCode) => {
                let code = typed.take(Field::WorkshopCode);
                let current = settings.prefs.workshop_code.clone();
                notice.workshop = match current {
                    Some(c) if c == code => {
                        settings.prefs.workshop_code = None;
                        None
                    }
                    Some(_) => Some(loc.text(keys::DEBRIEF_UNLOCK_WRONG, &[])),
                    None if valid_code(&code) => {
                        settings.prefs.workshop_code = Some(code);
                        None
                    }
                    None => {
                        typed.0.insert(Field::WorkshopCode, code);
                        Some(loc.text(keys::ENTRY_INVALID, &[]))
                    }
                };
                epoch.bump();
            }
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
                        loc.text(keys::SETTINGS_DELETED_ALL, &[])
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
            notice.code = None;
            notice.workshop = None;
            next.set(
                return_to
                    .0
                    .filter(|s| *s != Screen::Settings)
                    .unwrap_or(Screen::Home),
            );
        }
    }
}
