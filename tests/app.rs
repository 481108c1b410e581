//! Headless app tests: the real screens and input handling, with no window and no GPU,
//! driven by simulated key presses.
#![cfg(feature = "gui")]

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use sanad::app::{Current, Launch, Screen, UiAction};
use std::path::PathBuf;

fn app(lang: Option<&str>) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, bevy::input::InputPlugin));
    app.add_message::<AppExit>();
    let mut launch = Launch::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    launch.lang = lang.map(str::to_string);
    launch.trainee = Some("TR-TEST".into());
    sanad::app::logic(&mut app, launch);
    for _ in 0..4 {
        app.update();
    }
    app
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

fn press(app: &mut App, key: KeyCode) {
    let window = app.world_mut().spawn_empty().id();
    for state in [ButtonState::Pressed, ButtonState::Released] {
        app.world_mut().write_message(KeyboardInput {
            key_code: key,
            logical_key: Key::Unidentified(bevy::input::keyboard::NativeKey::Unidentified),
            state,
            text: None,
            repeat: false,
            window,
        });
        app.update();
    }
    // State transitions and rebuilds settle.
    app.update();
}

fn texts(app: &mut App) -> Vec<String> {
    let mut q = app.world_mut().query::<&Text>();
    q.iter(app.world())
        .map(|t| sanad::i18n::strip_bidi(&t.0))
        .collect()
}

fn has_text(app: &mut App, needle: &str) -> bool {
    texts(app).iter().any(|t| t.contains(needle))
}

/// The digit key that makes the choice at authored `position`, from the buttons on screen.
fn key_for(app: &mut App, position: u32) -> KeyCode {
    let digits = sanad::app::input_types::DIGITS;
    let mut q = app.world_mut().query::<(
        &sanad::app::theme::ChoiceButton,
        &sanad_action::Action,
        &sanad_action::Hotkey,
    )>();
    for (_, action, hotkey) in q.iter(app.world()) {
        if *action == sanad_action::Action::Choose(position) {
            return digits[hotkey.0 as usize - 1];
        }
    }
    panic!("no choice {position} on screen: {:?}", texts(app));
}

mod sanad_action {
    pub use sanad::app::input_types::{Action, Field, Hotkey};
}

#[test]
fn first_run_asks_for_the_language() {
    let mut app = app(None);
    // A fresh machine: no saved preference, and the test sets no --lang.
    assert_eq!(screen(&app), Screen::Language);
    assert!(has_text(&mut app, "العربية") && has_text(&mut app, "English"));
    press(&mut app, KeyCode::Digit2); // العربية
    assert_eq!(screen(&app), Screen::Home);
    assert!(has_text(&mut app, "مكتبة"), "{:?}", texts(&mut app));
}

#[test]
fn home_briefing_play_debrief_with_keys() {
    let mut app = app(Some("en"));
    assert_eq!(screen(&app), Screen::Home);
    assert!(has_text(&mut app, "Scenario library"));
    assert!(has_text(&mut app, "The passport in the drawer"));

    press(&mut app, KeyCode::Enter); // "Open" has the focus
    assert_eq!(screen(&app), Screen::Briefing);
    assert!(has_text(&mut app, "Content note"));

    press(&mut app, KeyCode::Enter); // "Start"
    assert_eq!(screen(&app), Screen::Play);
    press(&mut app, KeyCode::Enter); // narration: continue
    press(&mut app, KeyCode::Space); // the employer's line: continue
    // Workshop mode: the first decision is a discussion point; the room stops here.
    assert!(
        has_text(&mut app, "Discussion point"),
        "{:?}",
        texts(&mut app)
    );
    assert!(!has_text(&mut app, "What do you do first?"));
    press(&mut app, KeyCode::Enter); // the group has discussed: continue
    assert!(
        has_text(&mut app, "What do you do first?"),
        "{:?}",
        texts(&mut app)
    );

    // The best-practice path of `tests/plans/dwp-best-practice.ron`, by authored position,
    // whatever the shuffle.
    let (path, total) = best_practice();
    for position in path {
        while sanad_view_is_line(&mut app) {
            press(&mut app, KeyCode::Enter);
        }
        let key = key_for(&mut app, position);
        press(&mut app, key);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    assert!(
        has_text(&mut app, "Person protected"),
        "{:?}",
        texts(&mut app)
    );
    assert!(has_text(&mut app, "No critical errors."));
    let current = app.world().resource::<Current>();
    let d = current.play.as_ref().unwrap().debrief.as_ref().unwrap();
    assert!(d.finished);
    assert_eq!(d.ending.as_ref().unwrap().node, "end-protected");

    // Esc goes back to the library, where the last result now shows.
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Home);
    let last = format!("Last result: {}%", total.round());
    assert!(has_text(&mut app, &last), "{last}: {:?}", texts(&mut app));
}

/// The choices and the total of the shipped scenario's best-practice plan.
fn best_practice() -> (Vec<u32>, f64) {
    #[derive(serde::Deserialize)]
    struct Plan {
        choose: Vec<u32>,
        expect: Expect,
    }
    #[derive(serde::Deserialize)]
    struct Expect {
        total_percent: Option<f64>,
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/plans/dwp-best-practice.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let plan: Plan = ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (
        plan.choose,
        plan.expect
            .total_percent
            .expect("the plan states its total"),
    )
}

fn sanad_view_is_line(app: &mut App) -> bool {
    let current = app.world().resource::<Current>();
    let Some(play) = current.play.as_ref() else {
        return false;
    };
    let content = app.world().resource::<sanad::app::Content>();
    let scn = content.library.scenario(&play.scenario).unwrap();
    let view = play.session.view(scn);
    // A discussion point waiting in workshop mode is passed with Enter too.
    let settings = app.world().resource::<sanad::app::Settings>();
    let discussion = view.discuss.is_some()
        && settings.prefs.mode == sanad::records::Mode::Workshop
        && !play.discussed.iter().any(|n| n == view.node);
    view.kind == sanad::session::ViewKind::Line || discussion
}

#[test]
fn language_switch_at_runtime_rebuilds_the_ui_right_to_left() {
    let mut app = app(Some("en"));
    assert!(has_text(&mut app, "Scenario library"));
    app.world_mut()
        .write_message(UiAction(sanad_action::Action::OpenSettings));
    for _ in 0..3 {
        app.update();
    }
    assert_eq!(screen(&app), Screen::Settings);
    app.world_mut()
        .write_message(UiAction(sanad_action::Action::SetLanguage("ar".into())));
    app.update();
    assert_eq!(
        screen(&app),
        Screen::Settings,
        "the language changes in place"
    );
    assert!(has_text(&mut app, "الإعدادات"), "{:?}", texts(&mut app));
    assert!(!has_text(&mut app, "Settings"));
    // The layout mirrors: every screen node is right-to-left.
    let mut q = app
        .world_mut()
        .query_filtered::<&Node, With<sanad::app::ScreenRootMarker>>();
    let dirs: Vec<_> = q.iter(app.world()).map(|n| n.direction).collect();
    assert!(
        !dirs.is_empty() && dirs.iter().all(|d| *d == InlineDirection::Rtl),
        "{dirs:?}"
    );
    press(&mut app, KeyCode::Escape); // back
    assert_eq!(screen(&app), Screen::Home);
    assert!(
        has_text(&mut app, "مكتبة السيناريوهات"),
        "{:?}",
        texts(&mut app)
    );
}

#[test]
fn pause_and_leave_at_any_time() {
    let mut app = app(Some("en"));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Play);
    press(&mut app, KeyCode::Escape);
    assert!(has_text(&mut app, "Paused"));
    press(&mut app, KeyCode::Escape);
    assert!(!has_text(&mut app, "Paused"));
    press(&mut app, KeyCode::Escape);
    app.world_mut()
        .write_message(UiAction(sanad_action::Action::Leave));
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Home);
}

#[test]
fn a_broken_content_folder_shows_a_message_not_a_panic() {
    let dir = std::env::temp_dir().join(format!("sanad-app-broken-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("scenarios")).unwrap();
    std::fs::write(
        dir.join("scenarios/rubric.ron"),
        "Rubric(format: 1, competencies: {",
    )
    .unwrap();
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, bevy::input::InputPlugin));
    app.add_message::<AppExit>();
    let mut launch = Launch::new(dir);
    launch.lang = Some("en".into());
    sanad::app::logic(&mut app, launch);
    for _ in 0..4 {
        app.update();
    }
    assert_eq!(screen(&app), Screen::LoadError);
    let t = texts(&mut app).join("\n");
    assert!(t.contains("rubric.ron"), "{t}");
    assert!(
        !t.contains("text-unavailable") && !t.contains("load-error-title"),
        "{t}"
    );
}

#[test]
fn a_button_activated_by_the_pointer_sends_its_action() {
    let mut app = app(Some("en"));
    assert_eq!(screen(&app), Screen::Home);
    // What bevy_ui_widgets sends when a button is clicked.
    let mut q = app.world_mut().query::<(Entity, &sanad_action::Action)>();
    let open = q
        .iter(app.world())
        .find(|(_, a)| matches!(a, sanad_action::Action::Open(_)))
        .map(|(e, _)| e)
        .expect("an Open button on the home screen");
    app.world_mut()
        .trigger(bevy::ui_widgets::Activate { entity: open });
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Briefing);
}

#[test]
fn hovered_and_pressed_buttons_take_their_hover_colour() {
    use bevy::picking::hover::Hovered;
    use bevy::ui::Pressed;
    use sanad::app::theme::ButtonColors;
    let mut app = app(Some("en"));
    let mut q = app
        .world_mut()
        .query::<(Entity, &ButtonColors, &BackgroundColor)>();
    let (button, colors) = q
        .iter(app.world())
        .find(|(_, c, _)| c.hover != c.normal)
        .map(|(e, c, _)| (e, *c))
        .expect("a button whose colour changes on hover");
    let bg = |app: &App| app.world().get::<BackgroundColor>(button).unwrap().0;
    assert_eq!(bg(&app), colors.normal);
    app.world_mut().entity_mut(button).insert(Hovered(true));
    app.update();
    assert_eq!(bg(&app), colors.hover);
    app.world_mut().entity_mut(button).insert(Hovered(false));
    app.update();
    assert_eq!(bg(&app), colors.normal);
    app.world_mut().entity_mut(button).insert(Pressed);
    app.update();
    assert_eq!(bg(&app), colors.hover);
    app.world_mut().entity_mut(button).remove::<Pressed>();
    app.update();
    assert_eq!(bg(&app), colors.normal);
}

/// An app on a real data folder, as a trainee's laptop has.
fn app_with_data(dir: &std::path::Path) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, bevy::input::InputPlugin));
    app.add_message::<AppExit>();
    let mut launch = Launch::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    launch.lang = Some("en".into());
    launch.trainee = Some("TR-RSME".into());
    launch.data_dir = Some(dir.to_path_buf());
    sanad::app::logic(&mut app, launch);
    for _ in 0..4 {
        app.update();
    }
    app
}

/// The app closes (or crashes) in the middle of a scenario; started again, it offers to
/// resume, and resuming shows the same screen with the same choices made.
#[test]
fn an_interrupted_scenario_resumes_where_it_was() {
    let dir = std::env::temp_dir().join(format!("sanad-app-resume-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (node, made) = {
        let mut app = app_with_data(&dir);
        assert_eq!(screen(&app), Screen::Home);
        press(&mut app, KeyCode::Enter); // Open
        press(&mut app, KeyCode::Enter); // Start
        assert_eq!(screen(&app), Screen::Play);
        // Through the lines to the first decision, then two choices.
        let mut made = 0;
        for _ in 0..20 {
            let on_decision = !sanad_view_is_line(&mut app);
            if on_decision {
                let k = key_for(&mut app, 1);
                press(&mut app, k);
                made += 1;
                if made == 2 {
                    break;
                }
            } else {
                press(&mut app, KeyCode::Enter);
            }
        }
        assert_eq!(made, 2);
        let c = app.world().resource::<Current>();
        let p = c.play.as_ref().unwrap();
        let content = app.world().resource::<sanad::app::Content>();
        let scn = content.library.scenario(&p.scenario).unwrap();
        (
            p.session.view(scn).node.to_string(),
            p.session.timeline().len(),
        )
        // The app is dropped here without leaving the scenario: as a crash would.
    };
    let mut app = app_with_data(&dir);
    assert_eq!(screen(&app), Screen::Home);
    assert!(
        has_text(&mut app, "before its end"),
        "{:?}",
        texts(&mut app)
    );
    press(&mut app, KeyCode::Enter); // "Resume" has the focus
    assert_eq!(screen(&app), Screen::Play);
    let c = app.world().resource::<Current>();
    let p = c.play.as_ref().unwrap();
    let content = app.world().resource::<sanad::app::Content>();
    let scn = content.library.scenario(&p.scenario).unwrap();
    assert_eq!(p.session.view(scn).node, node);
    assert_eq!(p.session.timeline().len(), made);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The best plan of each shipped scenario (`tests/plans/<id>-best*.ron`; the shipped
/// interview's is `dwp-best-practice`), with its expected ending.
fn best_plans() -> Vec<(String, u64, Vec<u32>, String)> {
    #[derive(serde::Deserialize)]
    struct Plan {
        scenario: String,
        seed: u64,
        choose: Vec<u32>,
        expect: Expect,
    }
    #[derive(serde::Deserialize)]
    struct Expect {
        ending: Option<String>,
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/plans");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let n = p.file_stem().unwrap().to_string_lossy();
            n.ends_with("-best") || n == "dwp-best-practice"
        })
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let plan: Plan =
                ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let ending = plan.expect.ending.expect("a best plan ends");
            (plan.scenario, plan.seed, plan.choose, ending)
        })
        .collect()
}

/// Every shipped scenario plays end to end in the app, in English, Arabic and Sorani: opened
/// from its briefing, through every line with Enter and every decision with its digit key,
/// to the debrief with the plan's ending, whose text is on screen in that language.
#[test]
fn every_scenario_plays_to_its_debrief_in_every_language() {
    let plans = best_plans();
    let loaded = sanad::loader::load(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        &sanad::loader::Selection::All,
        sanad::loader::Purpose::Play,
    );
    let ids: Vec<&str> = loaded
        .library
        .scenarios
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    for id in &ids {
        assert!(
            plans.iter().any(|p| p.0 == *id),
            "{id} has no best plan in tests/plans"
        );
    }
    for (id, seed, choose, ending) in &plans {
        let scn = loaded.library.scenario(id).unwrap();
        for lang in ["en", "ar", "ckb"] {
            let mut app = App::new();
            app.add_plugins((MinimalPlugins, StatesPlugin, bevy::input::InputPlugin));
            app.add_message::<AppExit>();
            let mut launch = Launch::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
            launch.lang = Some(lang.into());
            launch.trainee = Some("TR-PLAY".into());
            launch.scenario = Some(id.clone());
            launch.seed = Some(*seed);
            sanad::app::logic(&mut app, launch);
            for _ in 0..4 {
                app.update();
            }
            assert_eq!(screen(&app), Screen::Briefing, "{id} {lang}");
            press(&mut app, KeyCode::Enter); // Start
            assert_eq!(screen(&app), Screen::Play, "{id} {lang}");
            for position in choose {
                let mut guard = 0;
                while sanad_view_is_line(&mut app) {
                    press(&mut app, KeyCode::Enter);
                    guard += 1;
                    assert!(guard < 50, "{id} {lang}: stuck on a line");
                }
                let key = key_for(&mut app, *position);
                press(&mut app, key);
            }
            while sanad_view_is_line(&mut app) {
                press(&mut app, KeyCode::Enter);
            }
            assert_eq!(screen(&app), Screen::Debrief, "{id} {lang}");
            let current = app.world().resource::<Current>();
            let play = current.play.as_ref().unwrap();
            let d = play.debrief.as_ref().unwrap();
            assert_eq!(d.ending.as_ref().unwrap().node, *ending, "{id} {lang}");
            let args = play.session.args(scn);
            let node = scn.node(scn.node_index[ending.as_str()]);
            let sanad::model::NodeBody::Ending { text, .. } = &node.body else {
                panic!("{ending} is not an ending");
            };
            let want = sanad::i18n::strip_bidi(&loaded.catalog.localizer(lang).text(text, &args));
            let shown = texts(&mut app);
            assert!(
                shown.iter().any(|t| t == &want),
                "{id} {lang}: the ending's text is not on the debrief: {want}\n{shown:?}"
            );
        }
    }
}

/// Gives the focus to the text entry for `field` (as Tab or a click would).
fn focus_entry(app: &mut App, field: sanad_action::Field) {
    let mut q = app
        .world_mut()
        .query::<(Entity, &sanad::app::input_types::TextEntry)>();
    let e = q
        .iter(app.world())
        .find(|(_, t)| t.0 == field)
        .map(|(e, _)| e)
        .unwrap_or_else(|| panic!("no entry {field:?} on screen"));
    app.world_mut()
        .resource_mut::<bevy::input_focus::InputFocus>()
        .set(e, bevy::input_focus::FocusCause::Navigated);
    app.update();
}

/// Types `s` (one key per character, as a keyboard sends them), then Enter.
fn type_line(app: &mut App, s: &str) {
    let window = app.world_mut().spawn_empty().id();
    let send = |app: &mut App, key: KeyCode, logical: Key| {
        for state in [ButtonState::Pressed, ButtonState::Released] {
            app.world_mut().write_message(KeyboardInput {
                key_code: key,
                logical_key: logical.clone(),
                state,
                text: None,
                repeat: false,
                window,
            });
            app.update();
        }
    };
    for c in s.chars() {
        send(
            app,
            KeyCode::Unidentified(bevy::input::keyboard::NativeKeyCode::Unidentified),
            Key::Character(c.to_string().into()),
        );
    }
    send(app, KeyCode::Enter, Key::Enter);
    app.update();
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sanad-app-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// An app on data folder `dir`, with no fixed trainee code (the saved one is used).
fn app_on(dir: &std::path::Path, lang: &str) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, bevy::input::InputPlugin));
    app.add_message::<AppExit>();
    let mut launch = Launch::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    launch.lang = Some(lang.into());
    launch.data_dir = Some(dir.to_path_buf());
    sanad::app::logic(&mut app, launch);
    for _ in 0..4 {
        app.update();
    }
    app
}

fn open_settings(app: &mut App) {
    app.world_mut()
        .write_message(UiAction(sanad_action::Action::OpenSettings));
    for _ in 0..3 {
        app.update();
    }
    assert_eq!(screen(app), Screen::Settings);
}

/// The trainee types the code the instructor gave (lower case, and digits from an Arabic
/// keyboard), the instructor sets a workshop code and a larger text; after a restart on the
/// same data folder all of it is still there.
#[test]
fn codes_and_settings_typed_in_survive_a_restart() {
    let dir = temp_dir("codes");
    {
        let mut app = app_on(&dir, "en");
        open_settings(&mut app);
        assert!(has_text(&mut app, "No real name is needed"));
        focus_entry(&mut app, sanad_action::Field::TraineeCode);
        type_line(&mut app, "ab");
        assert!(
            has_text(&mut app, "Use 3 to 16 letters"),
            "{:?}",
            texts(&mut app)
        );
        focus_entry(&mut app, sanad_action::Field::TraineeCode);
        // "ab" is still typed; Backspace twice, then the real code.
        for _ in 0..2 {
            let window = app.world_mut().spawn_empty().id();
            for state in [ButtonState::Pressed, ButtonState::Released] {
                app.world_mut().write_message(KeyboardInput {
                    key_code: KeyCode::Backspace,
                    logical_key: Key::Backspace,
                    state,
                    text: None,
                    repeat: false,
                    window,
                });
                app.update();
            }
        }
        type_line(&mut app, "w3-k٤٥");
        assert_eq!(
            app.world()
                .resource::<sanad::app::Trainee>()
                .records
                .trainee,
            "W3-K45"
        );
        assert!(has_text(&mut app, "Your trainee code is now W3-K45."));
        focus_entry(&mut app, sanad_action::Field::WorkshopCode);
        type_line(&mut app, "erbil-1");
        assert_eq!(
            app.world()
                .resource::<sanad::app::Settings>()
                .prefs
                .workshop_code
                .as_deref(),
            Some("ERBIL-1")
        );
        assert!(has_text(&mut app, "A workshop code is set"));
        app.world_mut()
            .write_message(UiAction(sanad_action::Action::SetTextSize(3)));
        app.update();
        app.update();
    }
    let app = app_on(&dir, "en");
    assert_eq!(
        app.world()
            .resource::<sanad::app::Trainee>()
            .records
            .trainee,
        "W3-K45"
    );
    let prefs = &app.world().resource::<sanad::app::Settings>().prefs;
    assert_eq!(prefs.workshop_code.as_deref(), Some("ERBIL-1"));
    assert_eq!(prefs.text_size, 3);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Workshop mode: during play nothing shows a score or feedback; with a workshop code the
/// debrief waits, a wrong code is refused, and the instructor's code opens it.
#[test]
fn workshop_mode_holds_scores_and_the_debrief_for_the_instructor() {
    let dir = temp_dir("workshop");
    std::fs::write(
        dir.join("prefs.json"),
        r#"{"lang":"en","mode":"workshop","text_size":1,"high_contrast":false,"workshop_code":"ERBIL-1"}"#,
    )
    .unwrap();
    let mut app = app_on(&dir, "en");
    let (path, _) = best_practice();
    press(&mut app, KeyCode::Enter); // Open
    press(&mut app, KeyCode::Enter); // Start
    for position in path {
        while sanad_view_is_line(&mut app) {
            press(&mut app, KeyCode::Enter);
        }
        let key = key_for(&mut app, position);
        press(&mut app, key);
        if screen(&app) == Screen::Play {
            let shown = texts(&mut app).join("\n");
            assert!(
                !shown.contains("Feedback") && !shown.contains('%'),
                "a score or feedback shows during workshop play:\n{shown}"
            );
        }
    }
    while sanad_view_is_line(&mut app) {
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    assert!(has_text(
        &mut app,
        "The debrief waits for the group discussion"
    ));
    assert!(!has_text(&mut app, "Person protected"));
    // The entry has the focus at once: the instructor just types.
    type_line(&mut app, "duhok");
    assert!(has_text(&mut app, "That is not the workshop code."));
    assert!(!has_text(&mut app, "Person protected"));
    type_line(&mut app, "erbil-1");
    assert!(
        has_text(&mut app, "Person protected"),
        "{:?}",
        texts(&mut app)
    );
    // Back on the library, the result stays hidden there too.
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Home);
    assert!(has_text(&mut app, "the result is shown at the debrief"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Damaged preferences and records are set aside with their bytes kept, a second damaged
/// file never overwrites the first, and the trainee is told once for each, in Arabic here.
#[test]
fn damaged_prefs_and_records_are_set_aside_and_told_once() {
    let dir = temp_dir("damaged");
    let kept = |dir: &std::path::Path, prefix: &str| -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&format!("{prefix}.damaged-"))
            })
            .collect();
        v.sort();
        v
    };
    std::fs::write(dir.join("prefs.json"), b"{\"lang\": \"ar\", broken").unwrap();
    std::fs::write(dir.join("records.json"), b"[1, 2").unwrap();
    {
        let mut app = app_on(&dir, "ar");
        let notes: Vec<String> = texts(&mut app)
            .into_iter()
            .filter(|t| t.contains("تعذّرت قراءة الملف"))
            .collect();
        assert_eq!(notes.len(), 2, "one note for each file: {notes:?}");
        assert!(notes.iter().any(|n| n.contains("prefs.json")));
        assert!(notes.iter().any(|n| n.contains("records.json")));
        // Told once: after leaving the library and coming back, no more.
        open_settings(&mut app);
        press(&mut app, KeyCode::Escape);
        assert_eq!(screen(&app), Screen::Home);
        assert!(
            !texts(&mut app)
                .iter()
                .any(|t| t.contains("تعذّرت قراءة الملف"))
        );
    }
    let prefs = kept(&dir, "prefs.json");
    assert_eq!(prefs.len(), 1);
    assert_eq!(
        std::fs::read(&prefs[0]).unwrap(),
        b"{\"lang\": \"ar\", broken"
    );
    assert_eq!(
        std::fs::read(&kept(&dir, "records.json")[0]).unwrap(),
        b"[1, 2"
    );
    // A second damaged prefs file, in the same second: kept beside the first.
    std::fs::write(dir.join("prefs.json"), b"second damage").unwrap();
    drop(app_on(&dir, "ar"));
    let prefs = kept(&dir, "prefs.json");
    assert_eq!(prefs.len(), 2, "{prefs:?}");
    let contents: Vec<Vec<u8>> = prefs.iter().map(|p| std::fs::read(p).unwrap()).collect();
    assert!(contents.contains(&b"second damage".to_vec()));
    assert!(contents.contains(&b"{\"lang\": \"ar\", broken".to_vec()));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The on-screen choices, in the order shown (the children of the dialogue column), with the
/// text of each.
fn choices_on_screen(app: &mut App) -> Vec<(Entity, String)> {
    let world = app.world_mut();
    let mut buttons =
        world.query_filtered::<(Entity, &ChildOf), With<sanad::app::theme::ChoiceButton>>();
    let Some(parent) = buttons.iter(world).next().map(|(_, c)| c.parent()) else {
        return Vec::new();
    };
    let order: Vec<Entity> = world.get::<Children>(parent).unwrap().iter().collect();
    let is_choice: Vec<Entity> = order
        .into_iter()
        .filter(|e| world.get::<sanad::app::theme::ChoiceButton>(*e).is_some())
        .collect();
    let mut out = Vec::new();
    for b in is_choice {
        // The label is the last text under the button (the badge number comes first).
        let mut stack = vec![b];
        let mut label = String::new();
        while let Some(e) = stack.pop() {
            if let Some(t) = world.get::<Text>(e) {
                label = sanad::i18n::strip_bidi(&t.0);
            }
            if let Some(ch) = world.get::<Children>(e) {
                stack.extend(ch.iter().collect::<Vec<_>>().into_iter().rev());
            }
        }
        out.push((b, label));
    }
    out
}

/// Key n chooses the n-th option on screen, checked by its text, with a seed whose shuffle
/// puts the options in another order than the file's.
#[test]
fn digit_keys_choose_the_option_shown_at_that_place() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let loaded = sanad::loader::load(
        &root,
        &sanad::loader::Selection::All,
        sanad::loader::Purpose::Play,
    );
    let scn = loaded.library.scenario("domestic-worker-passport").unwrap();
    let loc = loaded.catalog.localizer("en");
    let seed = (0..200)
        .find(|&s| {
            let p = sanad::session::play_script(scn, s, &[]);
            let v = p.session.view(scn);
            let order: Vec<u32> = v.choices.iter().map(|c| c.position).collect();
            let mut sorted = order.clone();
            sorted.sort_unstable();
            order.len() >= 3 && order != sorted
        })
        .expect("a seed that shuffles the first decision");
    let n = sanad::session::play_script(scn, seed, &[])
        .session
        .view(scn)
        .choices
        .len();
    for key in 1..=n {
        let mut app = App::new();
        app.add_plugins((MinimalPlugins, StatesPlugin, bevy::input::InputPlugin));
        app.add_message::<AppExit>();
        let mut launch = Launch::new(root.clone());
        launch.lang = Some("en".into());
        launch.scenario = Some(scn.id.clone());
        launch.seed = Some(seed);
        launch.mode = Some(sanad::records::Mode::SelfPaced);
        sanad::app::logic(&mut app, launch);
        for _ in 0..4 {
            app.update();
        }
        press(&mut app, KeyCode::Enter); // Start
        while sanad_view_is_line(&mut app) {
            press(&mut app, KeyCode::Enter);
        }
        let shown = choices_on_screen(&mut app);
        assert_eq!(shown.len(), n);
        press(&mut app, sanad::app::input_types::DIGITS[key - 1]);
        let current = app.world().resource::<Current>();
        let play = current.play.as_ref().unwrap();
        let step = play.session.timeline().last().expect("a choice was made");
        let chosen = sanad::i18n::strip_bidi(&loc.text(&step.text, &play.session.args(scn)));
        assert_eq!(
            chosen,
            shown[key - 1].1,
            "key {key} (seed {seed}) chose another option than the one shown there"
        );
    }
}

/// Esc pauses, Esc resumes, Esc pauses again, and Leave ends the run: the attempt is on disk
/// with `finished: false` and the choice made.
#[test]
fn pause_three_times_then_leave_keeps_an_unfinished_attempt() {
    let dir = temp_dir("leave");
    let mut app = app_on(&dir, "en");
    press(&mut app, KeyCode::Enter); // Open
    press(&mut app, KeyCode::Enter); // Start
    while sanad_view_is_line(&mut app) {
        press(&mut app, KeyCode::Enter);
    }
    let key = key_for(&mut app, 1);
    press(&mut app, key);
    press(&mut app, KeyCode::Escape);
    assert!(has_text(&mut app, "Paused"));
    press(&mut app, KeyCode::Escape);
    assert!(!has_text(&mut app, "Paused"));
    press(&mut app, KeyCode::Escape);
    assert!(has_text(&mut app, "Paused"));
    // The Leave button, clicked (bevy_ui_widgets sends Activate).
    let mut q = app.world_mut().query::<(Entity, &sanad_action::Action)>();
    let leave = q
        .iter(app.world())
        .find(|(_, a)| **a == sanad_action::Action::Leave)
        .map(|(e, _)| e)
        .expect("a Leave button while paused");
    app.world_mut()
        .trigger(bevy::ui_widgets::Activate { entity: leave });
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Home);
    drop(app);
    let (list, problems) = sanad::attempts::Store::read_only(&dir).load();
    assert!(problems.is_empty(), "{:?}", problems.len());
    assert_eq!(list.len(), 1);
    assert!(!list[0].finished);
    assert_eq!(list[0].choices, [1]);
    assert!(list[0].ended_at.is_some(), "left, not just interrupted");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Switching the language in the middle of a scenario changes every visible text (none is
/// left as it was in English) and turns every row and column right to left.
#[test]
fn a_language_switch_mid_play_changes_every_text_and_row() {
    let mut app = app(Some("en"));
    press(&mut app, KeyCode::Enter); // Open
    press(&mut app, KeyCode::Enter); // Start
    while sanad_view_is_line(&mut app) {
        press(&mut app, KeyCode::Enter);
    }
    let before: Vec<String> = texts(&mut app)
        .into_iter()
        .filter(|t| t.chars().any(char::is_alphabetic))
        .collect();
    assert!(before.len() > 8, "{before:?}");
    app.world_mut()
        .write_message(UiAction(sanad_action::Action::SetLanguage("ar".into())));
    for _ in 0..3 {
        app.update();
    }
    assert_eq!(screen(&app), Screen::Play);
    let after = texts(&mut app);
    for t in &after {
        // Latin letters may remain only inside an Arabic text (a name, an acronym).
        let latin = t.chars().any(|c| c.is_ascii_alphabetic());
        let arabic = t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        assert!(!latin || arabic, "left in English after the switch: {t:?}");
        assert!(!before.contains(t) || !latin, "unchanged: {t:?}");
    }
    // Every node that lays out two or more children (a row or a column) mirrors.
    let mut q = app
        .world_mut()
        .query::<(&Node, Option<&Name>, Option<&Children>)>();
    let mut rows = 0;
    for (node, name, children) in q.iter(app.world()) {
        if name.is_some_and(|n| n.as_str() == "Entry") || children.is_none_or(|c| c.len() < 2) {
            continue; // codes are Latin: always left to right
        }
        rows += 1;
        assert_eq!(
            node.direction,
            InlineDirection::Rtl,
            "{name:?} is not right to left"
        );
    }
    assert!(rows > 5, "only {rows} rows and columns checked");
}

/// The choices taken so far in the scenario on screen.
fn taken(app: &App) -> usize {
    let current = app.world().resource::<Current>();
    current
        .play
        .as_ref()
        .map_or(0, |p| p.session.timeline().len())
}

/// Enter pressed to get through the lines never answers the decision after them: a new
/// decision opens with nothing focused. An arrow key focuses the first choice on screen, and
/// only then does Enter choose it.
#[test]
fn enter_never_answers_a_decision_by_accident() {
    let mut app = app(Some("en"));
    press(&mut app, KeyCode::Enter); // Open
    press(&mut app, KeyCode::Enter); // Start
    assert_eq!(screen(&app), Screen::Play);
    // Through the lines and the discussion point, Enter after Enter, as a hurried trainee.
    let mut presses = 0;
    while !has_text(&mut app, "What do you do first?") {
        press(&mut app, KeyCode::Enter);
        presses += 1;
        assert!(presses < 10, "{:?}", texts(&mut app));
    }
    for _ in 0..3 {
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Space);
    }
    assert_eq!(taken(&app), 0, "Enter answered the decision");
    assert!(has_text(&mut app, "What do you do first?"));
    let focus = app
        .world()
        .resource::<bevy::input_focus::InputFocus>()
        .get();
    assert!(focus.is_none(), "a choice has the focus: {focus:?}");
    // Down focuses the first choice on screen; Enter then chooses exactly that one.
    press(&mut app, KeyCode::ArrowDown);
    let first = {
        let focus = app
            .world()
            .resource::<bevy::input_focus::InputFocus>()
            .get()
            .expect("Down focuses a choice");
        let hotkey = app.world().get::<sanad_action::Hotkey>(focus).unwrap().0;
        assert_eq!(
            hotkey, 1,
            "Down from nothing goes to the first choice on screen"
        );
        match app.world().get::<sanad_action::Action>(focus).unwrap() {
            sanad_action::Action::Choose(p) => *p,
            a => panic!("the focus is on {a:?}"),
        }
    };
    press(&mut app, KeyCode::Enter);
    assert_eq!(taken(&app), 1);
    let current = app.world().resource::<Current>();
    let step = current.play.as_ref().unwrap().session.timeline()[0].position;
    assert_eq!(step, first);
}

/// The scene panel shows who the engine says is in the room, under their names; the setting
/// hides it, and the case file still says, in words, who is there.
#[test]
fn the_scene_names_who_is_in_the_room_and_the_setting_hides_it() {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, bevy::input::InputPlugin));
    app.add_message::<AppExit>();
    let mut launch = Launch::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    launch.lang = Some("en".into());
    launch.trainee = Some("TR-TEST".into());
    launch.scenario = Some("domestic-worker-passport".into());
    sanad::app::logic(&mut app, launch);
    for _ in 0..4 {
        app.update();
    }
    press(&mut app, KeyCode::Enter); // Start
    assert_eq!(screen(&app), Screen::Play);
    let (people, place) = {
        let world = app.world();
        let current = world.resource::<Current>();
        let play = current.play.as_ref().unwrap();
        let content = world.resource::<sanad::app::Content>();
        let scn = content.library.scenario(&play.scenario).unwrap();
        let scene = sanad::scene::scene(scn, &play.session).expect("the scenario has a scene");
        let loc = content.catalog.localizer("en");
        let args = play.session.args(scn);
        let people: Vec<String> = scene
            .people
            .iter()
            .map(|p| loc.text(&scn.cast[p.cast.idx()].name, &args))
            .collect();
        (
            people,
            loc.text(&sanad::i18n::keys::place(scene.place), &[]),
        )
    };
    assert!(!people.is_empty());
    let panel = |app: &mut App| {
        let mut q = app.world_mut().query::<&Name>();
        q.iter(app.world()).any(|n| n.as_str() == "Scene")
    };
    assert!(panel(&mut app), "no scene panel");
    // Each name twice: under the picture and in the case file's "In the room".
    for name in &people {
        let n = texts(&mut app)
            .iter()
            .filter(|t| t.contains(name.as_str()))
            .count();
        assert!(n >= 2, "{name} is shown {n} times: {:?}", texts(&mut app));
    }
    assert!(has_text(&mut app, &place), "the place is not named");
    app.world_mut()
        .write_message(UiAction(sanad_action::Action::SetScene(false)));
    for _ in 0..3 {
        app.update();
    }
    assert!(!panel(&mut app), "the setting did not hide the scene");
    assert!(has_text(&mut app, "In the room"));
    for name in &people {
        assert!(has_text(&mut app, name), "{name} is no longer named");
    }
}
