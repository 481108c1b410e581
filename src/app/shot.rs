//! `sanad shot`: renders one screen to a PNG and exits. Used by the render tests, the README's
//! screenshots, and instructors making handouts.
//!
//! It fails (exit 1, with a message) rather than capture the wrong thing: when a `--choose`
//! entry is refused or left over, when the content could not be loaded, or when the screen
//! asked for is not the one showing. Beside the PNG it writes a sidecar JSON (`FILE.json`):
//! the screen, the language and direction, every text on the screen in tree order (with its
//! direction, size, place, and whether it is visible or cut off), the rows and their
//! direction, the focused element, and the number of missing-glyph boxes drawn.

pub use super::launch::{ShotPlan, ShotScreen};

use super::action::Action;
use super::launch::Launch;
use super::screens::frame::ScreenRoot;
use super::state::{Content, Current, Play, Screen, Selected, Settings};
use super::theme::ChoiceButton;
use crate::debrief;
use crate::session::play_script;
use bevy::ecs::system::SystemParam;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use bevy::text::{FontAtlasSet, TextLayoutInfo};
use bevy::ui::{ComputedNode, UiGlobalTransform};
use bevy::window::PrimaryWindow;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Where the sidecar JSON of a shot written to `png` goes: beside it, `.json` for `.png`.
pub fn sidecar_path(png: &Path) -> PathBuf {
    png.with_extension("json")
}

/// Renders `plan` in `lang` and exits; the PNG's path is printed on success.
pub fn run(root: &Path, lang: String, plan: ShotPlan) -> ExitCode {
    let mut launch = Launch::new(root.to_path_buf());
    launch.lang = Some(lang);
    launch.trainee = Some("TR-DEMO".into());
    if let Some(dir) = plan.out.parent()
        && !dir.as_os_str().is_empty()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return ExitCode::from(1);
    }
    let _ = std::fs::remove_file(&plan.out);
    let _ = std::fs::remove_file(sidecar_path(&plan.out));
    let text_size = plan.text_size.min(3);
    let high_contrast = plan.high_contrast;
    let mode = if plan.self_paced {
        crate::records::Mode::SelfPaced
    } else {
        crate::records::Mode::Workshop
    };
    let out = plan.out.clone();
    let size = plan.size;
    // Read only: a shot never writes to a data folder.
    launch.data_dir = plan.data.clone();
    launch.shot = Some(plan);
    // A shot never writes to a data folder: a crash log goes to the temporary folder.
    super::crash::install(None, false);
    let mut app = App::new();
    super::presentation(&mut app, &launch, size, true);
    super::logic(&mut app, launch);
    app.add_systems(
        PostStartup,
        move |mut settings: ResMut<super::state::Settings>| {
            settings.prefs.text_size = text_size;
            settings.prefs.high_contrast = high_contrast;
            settings.prefs.mode = mode;
        },
    );
    app.init_resource::<ShotProgress>();
    app.add_systems(
        Update,
        (click_choice, press_key, take_shot)
            .chain()
            .after(super::state::UiSet::Build)
            .run_if(not(in_state(Screen::Loading))),
    );
    let code = match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(c) => ExitCode::from(c.get()),
    };
    if code == ExitCode::SUCCESS {
        let written = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.len() > 0);
        if !written(&out) || !written(&sidecar_path(&out)) {
            eprintln!("error: the screenshot was not written");
            return ExitCode::from(1);
        }
        println!("{}", out.display());
    }
    code
}

/// Puts the session in the state the plan asks for; returns the screen to show.
pub fn prepare(
    plan: &ShotPlan,
    content: &Content,
    selected: &mut Selected,
    current: &mut Current,
) -> Screen {
    let id = plan
        .scenario
        .clone()
        .or_else(|| content.library.scenarios.first().map(|s| s.id.clone()));
    selected.0 = id.clone();
    let wants_session = matches!(plan.screen, ShotScreen::Play | ShotScreen::Debrief);
    if wants_session && let Some(scn) = id.as_deref().and_then(|i| content.library.scenario(i)) {
        // A refused choice is reported by `problem` and fails the shot.
        let played = play_script(scn, plan.seed, &plan.choose);
        let show_feedback =
            plan.self_paced && played.last_taken().is_some_and(|s| s.feedback.is_some());
        let session = played.session;
        let d = (plan.screen == ShotScreen::Debrief)
            .then(|| debrief::debrief(&session, scn, &content.library.rubric));
        current.play = Some(Play {
            scenario: scn.id.clone(),
            seed: plan.seed,
            session,
            show_feedback: show_feedback && plan.screen == ShotScreen::Play,
            paused: false,
            debrief: d,
            attempt: None,
            preview: true,
            discussed: Vec::new(),
            unlocked: false,
            unlock_failed: false,
        });
    }
    wanted(plan.screen)
}

/// The app's screen for a shot's screen.
fn wanted(screen: ShotScreen) -> Screen {
    match screen {
        ShotScreen::Home => Screen::Home,
        ShotScreen::Play => Screen::Play,
        ShotScreen::Debrief => Screen::Debrief,
        ShotScreen::Briefing => Screen::Briefing,
        ShotScreen::Settings => Screen::Settings,
        ShotScreen::Language => Screen::Language,
        ShotScreen::Progress => Screen::Progress,
        ShotScreen::Class => Screen::Class,
    }
}

/// Why `plan` cannot show what it asks for with this content: an unknown scenario, a choice
/// refused or left over after the ending, choices for a screen that takes none, or a play
/// screen asked for after the ending.
pub fn problem(plan: &ShotPlan, content: &Content) -> Option<String> {
    if plan.click.is_some() && plan.screen != ShotScreen::Play {
        return Some("--click applies to the play screen only".to_string());
    }
    let takes_choices = matches!(plan.screen, ShotScreen::Play | ShotScreen::Debrief);
    if !takes_choices {
        return (!plan.choose.is_empty())
            .then(|| "--choose applies to the play and debrief screens only".to_string());
    }
    let library = &content.library;
    let scn = match &plan.scenario {
        Some(id) => match library.scenario(id) {
            Some(s) => s,
            None => {
                let ids: Vec<&str> = library.scenarios.iter().map(|s| s.id.as_str()).collect();
                return Some(format!("no scenario `{id}`; available: {}", ids.join(", ")));
            }
        },
        None => library.scenarios.first()?,
    };
    let played = play_script(scn, plan.seed, &plan.choose);
    if let Some(e) = played.error() {
        return Some(e);
    }
    let left = played.left_over(&plan.choose);
    if !left.is_empty() {
        let list: Vec<String> = left.iter().map(u32::to_string).collect();
        return Some(format!(
            "the scenario ended before these choices were used: {}",
            list.join(", ")
        ));
    }
    if plan.screen == ShotScreen::Play && played.session.is_finished() {
        return Some(
            "the choices reach an ending, after which the play screen is not shown; \
             use --screen debrief"
                .to_string(),
        );
    }
    None
}

#[derive(Resource, Default)]
struct ShotProgress {
    frames: u32,
    /// Where a `--click` is; the capture waits until it is `Done`.
    click: Click,
    /// A `--press`: the frame the key was sent in and when, then the frame that showed it.
    pressed: Option<(u32, std::time::Instant, usize)>,
    shown: Option<u32>,
    requested: bool,
    done: bool,
    failed: bool,
    waited: u32,
    sidecar: Option<Value>,
}

/// The steps of a `--click`, one a frame: the pointer moves over the choice, the button goes
/// down, then up; then the app must show the next step.
#[derive(Default, Clone, Copy, Debug, PartialEq)]
enum Click {
    #[default]
    Waiting,
    Moved {
        steps: usize,
        at: Vec2,
    },
    Pressed {
        steps: usize,
        at: Vec2,
    },
    Released {
        steps: usize,
        frame: u32,
    },
    Done {
        frame: u32,
    },
}

/// Frames that layout and glyph atlases get to settle before a capture (or a click).
const SETTLE_FRAMES: u32 = 12;

/// `--click N`: once the play screen has settled, sends the window events that a real mouse
/// sends (the cursor moves over the N-th choice on screen, the left button goes down and up),
/// which bevy's picking turns into a click on whatever is under the pointer. Fails when there
/// is no N-th choice or when the click did not take the session a step on.
#[allow(clippy::too_many_arguments)]
fn click_choice(
    mut progress: ResMut<ShotProgress>,
    launch: Res<Launch>,
    state: Res<State<Screen>>,
    current: Res<Current>,
    choices: Query<(&super::action::Hotkey, &UiGlobalTransform), With<ChoiceButton>>,
    windows: Query<(Entity, &Window), With<PrimaryWindow>>,
    mut events: MessageWriter<bevy::window::WindowEvent>,
    mut exit: MessageWriter<AppExit>,
) {
    use bevy::input::ButtonState;
    use bevy::input::mouse::{MouseButton, MouseButtonInput};
    use bevy::window::{CursorMoved, WindowEvent};
    let Ok((window, w)) = windows.single() else {
        return;
    };
    let Some(n) = launch.shot.as_ref().and_then(|p| p.click) else {
        // No click: the pointer (wherever the display's cursor happens to be) moves to the
        // window's corner, so that no button shows as hovered, as if it were chosen, in the
        // picture.
        if progress.frames == SETTLE_FRAMES / 2 {
            events.write(WindowEvent::CursorMoved(CursorMoved {
                window,
                position: Vec2::ONE,
                delta: None,
            }));
        }
        return;
    };
    if progress.failed || *state.get() != Screen::Play {
        return;
    }
    let steps = || {
        current
            .play
            .as_ref()
            .map_or(0, |p| p.session.timeline().len())
    };
    let mut fail = |progress: &mut ShotProgress, msg: String| {
        eprintln!("error: {msg}");
        progress.failed = true;
        exit.write(AppExit::error());
    };
    let button = |state| {
        WindowEvent::MouseButtonInput(MouseButtonInput {
            button: MouseButton::Left,
            state,
            window,
        })
    };
    match progress.click {
        Click::Waiting if progress.frames >= SETTLE_FRAMES => {
            let Some((_, t)) = choices.iter().find(|(h, _)| h.0 == n) else {
                return fail(
                    &mut progress,
                    format!("--click {n}: the play screen shows fewer than {n} choices"),
                );
            };
            // The node's centre, in physical pixels; the cursor is in logical ones.
            let at = t.translation / w.scale_factor();
            events.write(WindowEvent::CursorMoved(CursorMoved {
                window,
                position: at,
                delta: None,
            }));
            progress.click = Click::Moved { steps: steps(), at };
        }
        Click::Moved { steps, at } => {
            events.write(button(ButtonState::Pressed));
            progress.click = Click::Pressed { steps, at };
        }
        Click::Pressed { steps, .. } => {
            events.write(button(ButtonState::Released));
            progress.click = Click::Released {
                steps,
                frame: progress.frames,
            };
        }
        Click::Released {
            steps: before,
            frame,
        } => {
            if steps() > before {
                progress.click = Click::Done {
                    frame: progress.frames,
                };
            } else if progress.frames > frame + 60 {
                fail(
                    &mut progress,
                    format!("--click {n}: the click on the choice did not choose it"),
                );
            }
        }
        _ => {}
    }
}

/// `--press N`: once the play screen has settled, sends the digit key N (down, then up a
/// frame later) as a keyboard does, and notes the frame that shows the next step: the
/// capture takes that very frame.
fn press_key(
    mut progress: ResMut<ShotProgress>,
    launch: Res<Launch>,
    state: Res<State<Screen>>,
    current: Res<Current>,
    windows: Query<Entity, With<PrimaryWindow>>,
    mut keys: MessageWriter<bevy::input::keyboard::KeyboardInput>,
    mut exit: MessageWriter<AppExit>,
) {
    use bevy::input::ButtonState;
    use bevy::input::keyboard::{Key, KeyCode, KeyboardInput};
    let Some(n) = launch.shot.as_ref().and_then(|p| p.press) else {
        return;
    };
    let Ok(window) = windows.single() else {
        return;
    };
    if progress.failed || *state.get() != Screen::Play || progress.shown.is_some() {
        return;
    }
    let steps = current
        .play
        .as_ref()
        .map_or(0, |p| p.session.timeline().len());
    const CODES: [KeyCode; 9] = [
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
    let key = |state| KeyboardInput {
        key_code: CODES[usize::from(n.clamp(1, 9)) - 1],
        logical_key: Key::Character(n.to_string().into()),
        state,
        text: None,
        repeat: false,
        window,
    };
    match progress.pressed {
        None if progress.frames >= SETTLE_FRAMES => {
            keys.write(key(ButtonState::Pressed));
            progress.pressed = Some((progress.frames, std::time::Instant::now(), steps));
        }
        Some((frame, _, before)) => {
            if progress.frames == frame + 1 {
                keys.write(key(ButtonState::Released));
            }
            if steps > before {
                progress.shown = Some(progress.frames);
            } else if progress.frames > frame + 60 {
                eprintln!("error: --press {n}: the key chose nothing");
                progress.failed = true;
                exit.write(AppExit::error());
            }
        }
        _ => {}
    }
}

/// Checks that the plan can be shown and that its screen is up, lets layout and glyph
/// atlases settle for a few frames, then captures the window and what is on it, then exits
/// once both files are written.
#[allow(clippy::too_many_arguments)]
fn take_shot(
    mut commands: Commands,
    mut progress: ResMut<ShotProgress>,
    launch: Res<Launch>,
    state: Res<State<Screen>>,
    content: Res<Content>,
    seen: Seen,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(plan) = &launch.shot else { return };
    if progress.failed {
        return;
    }
    progress.frames += 1;
    let mut fail = |progress: &mut ShotProgress, msg: String| {
        eprintln!("error: {msg}");
        progress.failed = true;
        exit.write(AppExit::error());
    };
    if *state.get() == Screen::LoadError {
        let first = content
            .report
            .diagnostics
            .iter()
            .find(|d| d.severity == crate::diagnostic::Severity::Error)
            .map(|d| d.render())
            .unwrap_or_default();
        return fail(
            &mut progress,
            format!("the content could not be loaded, so the load-error screen shows:\n{first}"),
        );
    }
    if progress.frames == 1
        && let Some(p) = problem(plan, &content)
    {
        return fail(&mut progress, p);
    }
    let want = wanted(plan.screen);
    if *state.get() != want && progress.frames >= 2 {
        return fail(
            &mut progress,
            format!(
                "the {want:?} screen was not reached: the app shows {:?}",
                state.get()
            ),
        );
    }
    if progress.done {
        let path = sidecar_path(&plan.out);
        let text = serde_json::to_string_pretty(&progress.sidecar).unwrap_or_default();
        if let Err(e) = std::fs::write(&path, text + "\n") {
            return fail(
                &mut progress,
                format!("cannot write {}: {e}", path.display()),
            );
        }
        exit.write(AppExit::Success);
        return;
    }
    let settled = match (plan.click, progress.click) {
        _ if plan.press.is_some() => progress.shown.is_some(),
        (None, _) => progress.frames >= SETTLE_FRAMES,
        (Some(_), Click::Done { frame }) => progress.frames >= frame + SETTLE_FRAMES,
        (Some(_), _) => false,
    };
    if !progress.requested && settled {
        progress.requested = true;
        progress.sidecar = Some(seen.describe(want));

        let out = plan.out.clone();
        // The latency is taken when the frame is captured, before it is encoded to PNG.
        commands
            .spawn(Screenshot::primary_window())
            .observe(|_: On<ScreenshotCaptured>, p: Res<ShotProgress>| {
                if let (Some((sent, at, _)), Some(shown)) = (p.pressed, p.shown) {
                    println!(
                        "latency_ms {:.1} frames {}",
                        at.elapsed().as_secs_f64() * 1000.0,
                        shown - sent
                    );
                }
            })
            .observe(save_to_disk(out))
            .observe(|_: On<ScreenshotCaptured>, mut p: ResMut<ShotProgress>| p.done = true);
    }
    if progress.requested {
        progress.waited += 1;
        if progress.waited > 600 {
            fail(&mut progress, "the screenshot was not captured".to_string());
        }
    }
}

/// What is on the screen, for the sidecar.
#[derive(SystemParam)]
struct Seen<'w, 's> {
    roots: Query<'w, 's, Entity, With<ScreenRoot>>,
    children: Query<'w, 's, &'static Children>,
    nodes: Query<
        'w,
        's,
        (
            &'static Node,
            &'static ComputedNode,
            &'static UiGlobalTransform,
            Option<&'static InheritedVisibility>,
        ),
    >,
    texts: Query<
        'w,
        's,
        (
            &'static Text,
            &'static TextFont,
            Option<&'static TextLayoutInfo>,
        ),
    >,
    actions: Query<'w, 's, &'static Action>,
    choices: Query<'w, 's, (), With<ChoiceButton>>,
    entries: Query<'w, 's, (), With<super::action::EntryText>>,
    focus: Res<'w, InputFocus>,
    pictures: Query<'w, 's, Entity, With<super::scene::ScenePicture>>,
    current: Res<'w, super::state::Current>,
    settings: Res<'w, Settings>,
    content: Res<'w, Content>,
    atlases: Res<'w, FontAtlasSet>,
    windows: Query<'w, 's, &'static Window, With<PrimaryWindow>>,
}

/// A rectangle in logical pixels: left, top, right, bottom.
#[derive(Clone, Copy)]
struct Area([f32; 4]);

impl Area {
    fn meet(self, o: Area) -> Area {
        let (a, b) = (self.0, o.0);
        Area([
            a[0].max(b[0]),
            a[1].max(b[1]),
            a[2].min(b[2]),
            a[3].min(b[3]),
        ])
    }
    fn width(self) -> f32 {
        (self.0[2] - self.0[0]).max(0.0)
    }
    fn height(self) -> f32 {
        (self.0[3] - self.0[1]).max(0.0)
    }
    fn json(self) -> Value {
        let r = |x: f32| (x * 10.0).round() / 10.0;
        json!([
            r(self.0[0]),
            r(self.0[1]),
            r(self.width()),
            r(self.height())
        ])
    }
}

/// Where the walk through the tree is: the clip so far, the button it is in, and whether it
/// is in a choice button (`Some(true)` in its number badge).
#[derive(Clone, Copy)]
struct At {
    clip: Area,
    button: Option<Entity>,
    choice: Option<bool>,
}

fn direction(d: InlineDirection) -> &'static str {
    match d {
        InlineDirection::Ltr => "ltr",
        InlineDirection::Rtl => "rtl",
    }
}

impl Seen<'_, '_> {
    fn area(&self, e: Entity) -> Option<(Area, &Node, bool)> {
        let (node, computed, transform, vis) = self.nodes.get(e).ok()?;
        let k = computed.inverse_scale_factor();
        let centre = transform.translation * k;
        let half = computed.size() * k / 2.0;
        let area = Area([
            centre.x - half.x,
            centre.y - half.y,
            centre.x + half.x,
            centre.y + half.y,
        ]);
        Some((area, node, vis.is_none_or(|v| v.get())))
    }

    fn describe(&self, screen: Screen) -> Value {
        let loc = self.content.loc(&self.settings);
        let (w, h) = self
            .windows
            .single()
            .map(|w| (w.width(), w.height()))
            .unwrap_or((0.0, 0.0));
        let window = Area([0.0, 0.0, w, h]);
        let mut texts = Vec::new();
        let mut rows = Vec::new();
        let mut focused_texts = Vec::new();
        let focused = self.focus.get();
        let mut stack: Vec<(Entity, At)> = self
            .roots
            .iter()
            .map(|r| {
                let at = At {
                    clip: window,
                    button: None,
                    choice: None,
                };
                (r, at)
            })
            .collect();
        stack.reverse();
        while let Some((e, mut at)) = stack.pop() {
            let Some((area, node, shown)) = self.area(e) else {
                continue;
            };
            if self.actions.get(e).is_ok() {
                at.button = Some(e);
            }
            let is_choice = self.choices.get(e).is_ok();
            let visible_part = area.meet(at.clip);
            let visible = shown && visible_part.width() > 0.5 && visible_part.height() > 0.5;
            if let Ok((text, font, layout)) = self.texts.get(e) {
                // The glyphs' extent across the node (logical pixels from its left edge): text
                // that does not fit its box spills out of it.
                let k = self
                    .nodes
                    .get(e)
                    .map_or(1.0, |(_, c, ..)| c.inverse_scale_factor());
                let ink = layout.and_then(|l| {
                    let xs = l.glyphs.iter().map(|g| {
                        let half = g.atlas_info.rect.width() / 2.0;
                        (g.position.x - half, g.position.x + half)
                    });
                    xs.reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
                        .map(|(l, r)| (l * k, r * k))
                });
                // Glyph boxes carry a little padding, and a wrapped line may hang a few pixels
                // past its box without reaching anything: more than that is text that does not
                // fit (the glyph boxes' padding grows with the size of the text).
                let size = match font.font_size {
                    bevy::text::FontSize::Px(px) => px,
                    _ => 0.0,
                };
                let slack = (0.3 * size).max(6.0);
                let overflow = ink.is_some_and(|(l, r)| l < -slack || r > area.width() + slack);
                let words = crate::i18n::strip_bidi(&text.0);
                if at.button.is_some() && at.button == focused {
                    focused_texts.push(words.clone());
                }
                texts.push(json!({
                    "text": words,
                    "raw": text.0,
                    "direction": direction(node.direction),
                    "size": match font.font_size {
                        bevy::text::FontSize::Px(px) => px,
                        _ => 0.0,
                    },
                    "rect": area.json(),
                    "visible": visible,
                    "cut": visible && visible_part.width() + 1.0 < area.width(),
                    "overflow": overflow,
                    "ink": ink.map(|(l, r)| [(l * 10.0).round() / 10.0, (r * 10.0).round() / 10.0]),
                    "button": at.button.and_then(|b| self.actions.get(b).ok()).map(|a| format!("{a:?}")),
                    "choice": at.choice.is_some(),
                    "badge": at.choice == Some(true),
                    // A code being typed: Latin, left to right in every language.
                    "entry": self.entries.contains(e),
                }));
            }
            let kids: Vec<Entity> = self
                .children
                .get(e)
                .map(|c| c.iter().collect())
                .unwrap_or_default();
            if matches!(
                node.flex_direction,
                FlexDirection::Row | FlexDirection::RowReverse
            ) && kids.len() >= 2
            {
                rows.push(json!({
                    "direction": direction(node.direction),
                    "rect": area.json(),
                    "items": kids.len(),
                    "visible": visible,
                }));
            }
            if !node.overflow.x.is_visible() {
                at.clip.0[0] = at.clip.0[0].max(area.0[0]);
                at.clip.0[2] = at.clip.0[2].min(area.0[2]);
            }
            if !node.overflow.y.is_visible() {
                at.clip.0[1] = at.clip.0[1].max(area.0[1]);
                at.clip.0[3] = at.clip.0[3].min(area.0[3]);
            }
            for (i, k) in kids.into_iter().enumerate().rev() {
                let mut at = at;
                if is_choice {
                    // The first child of a choice button is its number badge.
                    at.choice = Some(i == 0);
                }
                stack.push((k, at));
            }
        }
        // Glyph 0 is `.notdef`, drawn as a box: a text with a character no loaded font has.
        let missing_glyphs = self
            .atlases
            .values()
            .flatten()
            .filter(|atlas| atlas.glyph_to_atlas_index.keys().any(|k| k.glyph_id == 0))
            .count();
        let focus = focused.map(|f| {
            json!({
                "action": self.actions.get(f).ok().map(|a| format!("{a:?}")),
                "texts": focused_texts,
                // Where it is drawn, in logical pixels of the window.
                "rect": self.area(f).map(|(a, _, _)| a.json()),
            })
        });
        // The scene: who the engine says is there, and where the picture is drawn.
        let scene = self.current.play.as_ref().and_then(|p| {
            let scn = self.content.library.scenario(&p.scenario)?;
            let sc = crate::scene::scene(scn, &p.session)?;
            let picture = self
                .pictures
                .iter()
                .next()
                .and_then(|e| self.area(e))
                .map(|(a, ..)| a.json());
            Some(json!({
                "place": sc.place.key(),
                "people": sc.people,
                "picture": picture,
            }))
        });
        json!({
            "screen": format!("{screen:?}").to_lowercase(),
            "scene": scene,
            "language": loc.locale(),
            "direction": if loc.is_rtl() { "rtl" } else { "ltr" },
            "window": [w, h],
            "texts": texts,
            "rows": rows,
            "focused": focus,
            "missing_glyphs": missing_glyphs,
        })
    }
}
