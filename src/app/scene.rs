//! The scene panel on the play screen: the place and who is in it, drawn by
//! [`crate::drawing`] from the engine's [`crate::scene::scene`], with each person's name below
//! them. When the picture changes (someone leaves, the person's state moves) the new one fades
//! in over a short transition, then nothing is drawn until the next change: idle CPU stays at
//! zero in reactive mode.
//!
//! Everything it shows is also in text (the transcript and the case file's "In the room").

use crate::app::launch::Launch;
use crate::app::state::Screen;
use crate::app::theme::Ui;
use crate::drawing::{self, Art, HEIGHT, WIDTH};
use crate::i18n::{Localizer, keys};
use crate::model::{ArgValue, Scenario};
use crate::session::Session;
use bevy::asset::RenderAssetUsages;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// The picture's width in pixels: the panel shows it at about 400 logical pixels, so this
/// stays sharp up to a scale factor of 1.6.
const PIXELS: u32 = 640;

/// How long a new picture takes to fade in.
pub const FADE_SECONDS: f32 = 0.3;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SceneArt>();
    app.add_systems(Update, fade.run_if(in_state(Screen::Play)));
}

/// The art, read once, and the pictures drawn so far (a run goes back and forth between a
/// few states, so each is drawn once).
#[derive(Resource, Default)]
pub struct SceneArt {
    art: Option<Art>,
    images: HashMap<u64, Handle<Image>>,
    /// The picture on screen, so that a rebuild shows it at once and a change fades.
    shown: Option<u64>,
}

/// The picture fading in, and how far.
#[derive(Component)]
pub struct SceneFade {
    pub elapsed: f32,
}

/// The picture it replaces, removed when the fade ends.
#[derive(Component)]
pub struct SceneOld;

/// The scene panel's picture (tests look for it).
#[derive(Component)]
pub struct ScenePicture;

fn key(scene: &crate::scene::Scene, rtl: bool, hc: bool) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (scene, rtl, hc).hash(&mut h);
    h.finish()
}

/// Spawns the panel under `parent`: the picture and the names. Without a scene in the
/// scenario, nothing. If the art cannot be read, a line says so (the text carries the rest).
#[allow(clippy::too_many_arguments)]
pub fn spawn_panel(
    commands: &mut Commands,
    ui: &Ui,
    loc: &Localizer,
    scn: &Scenario,
    s: &Session,
    launch: &Launch,
    art: &mut SceneArt,
    images: Option<&mut Assets<Image>>,
    parent: Entity,
) {
    let Some(scene) = crate::scene::scene(scn, s) else {
        return;
    };
    let args = s.args(scn);
    let hc = ui.pal.background == crate::app::theme::HIGH_CONTRAST.background;
    let k = key(&scene, ui.rtl, hc);
    let panel = commands
        .spawn((
            Name::new("Scene"),
            Node {
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                flex_shrink: 0.0,
                row_gap: px(4),
                direction: ui.direction(),
                ..default()
            },
            ChildOf(parent),
        ))
        .id();
    // The picture: its own height, with the names under it at the same places.
    let frame = commands
        .spawn((
            Node {
                flex_direction: FlexDirection::Column,
                width: percent(100),
                direction: ui.direction(),
                ..default()
            },
            ChildOf(panel),
        ))
        .id();
    let picture = commands
        .spawn((
            Node {
                width: percent(100),
                aspect_ratio: Some(WIDTH as f32 / HEIGHT as f32),
                border_radius: BorderRadius::all(px(8)),
                direction: ui.direction(),
                ..default()
            },
            ChildOf(frame),
        ))
        .id();
    let drawn = images.map(|images| {
        if let Some(h) = art.images.get(&k) {
            return Ok(h.clone());
        }
        let a = art.art.get_or_insert_with(|| Art::new(&launch.root));

        a.render(&scene, ui.rtl, hc, PIXELS).map(|(w, h, px)| {
            let image = Image::new(
                Extent3d {
                    width: w,
                    height: h,
                    depth_or_array_layers: 1,
                },
                TextureDimension::D2,
                px,
                TextureFormat::Rgba8UnormSrgb,
                RenderAssetUsages::RENDER_WORLD,
            );
            let handle = images.add(image);
            art.images.insert(k, handle.clone());
            handle
        })
    });
    match drawn {
        Some(Ok(handle)) => {
            let before = art.shown.filter(|old| *old != k);
            if let Some(old) = before.and_then(|o| art.images.get(&o)).cloned() {
                commands.spawn((
                    SceneOld,
                    ImageNode::new(old),
                    Node {
                        position_type: PositionType::Absolute,
                        width: percent(100),
                        height: percent(100),
                        ..default()
                    },
                    ChildOf(picture),
                ));
            }
            let mut e = commands.spawn((
                Name::new("Scene picture"),
                ScenePicture,
                ImageNode::new(handle),
                Node {
                    position_type: PositionType::Absolute,
                    width: percent(100),
                    height: percent(100),
                    ..default()
                },
                ChildOf(picture),
            ));
            if before.is_some() {
                e.insert(SceneFade { elapsed: 0.0 });
                e.insert(ImageNode {
                    color: Color::srgba(1.0, 1.0, 1.0, 0.0),
                    ..ImageNode::new(art.images[&k].clone())
                });
            }
            art.shown = Some(k);
        }
        Some(Err(problem)) => {
            commands.spawn((
                ui.muted(loc.para(loc.text1(
                    keys::PLAY_SCENE_MISSING,
                    "problem",
                    ArgValue::Str(problem),
                ))),
                ChildOf(picture),
            ));
        }
        None => {}
    }
    // The names, each under its person: a row that runs in the reading direction, as the
    // picture is mirrored for right-to-left. With large text the names do not fit under
    // their people: one line in the same order, which wraps.
    let names: Vec<(String, bool)> = scene
        .people
        .iter()
        .map(|p| (loc.text(&scn.cast[p.cast.idx()].name, &args), p.speaking))
        .collect();
    let color = |speaking: bool| {
        if speaking {
            ui.pal.accent
        } else {
            ui.pal.muted
        }
    };
    let row = commands
        .spawn((
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                column_gap: px(if ui.scale > 1.0 { 10 } else { 0 }),
                row_gap: px(2),
                width: percent(100),
                justify_content: if ui.scale > 1.0 {
                    JustifyContent::Center
                } else {
                    JustifyContent::Start
                },
                direction: ui.direction(),
                ..default()
            },
            ChildOf(frame),
        ))
        .id();
    if ui.scale > 1.0 {
        let last = names.len().saturating_sub(1);
        for (i, (name, speaking)) in names.into_iter().enumerate() {
            let text = if i < last { format!("{name} ·") } else { name };
            commands.spawn((ui.caption(loc.para(text), color(speaking)), ChildOf(row)));
        }
        return;
    }
    let slots = drawing::slots(scene.people.len());
    let start = slots.first().map_or(0.0, |s| s.centre - s.width / 2.0);
    commands.spawn((
        Node {
            width: percent(100.0 * start / WIDTH as f32),
            flex_shrink: 0.0,
            ..default()
        },
        ChildOf(row),
    ));
    for ((name, speaking), slot) in names.into_iter().zip(&slots) {
        commands.spawn((
            Node {
                // The person's share, but never less than the longest word.
                flex_basis: percent(100.0 * slot.width / WIDTH as f32),
                flex_shrink: 0.0,
                justify_content: JustifyContent::Center,
                padding: UiRect::horizontal(px(2)),
                ..default()
            },
            ChildOf(row),
            children![ui.caption(loc.para(name), color(speaking))],
        ));
    }
}

/// Fades the new picture in, asking for frames only while it does.
fn fade(
    time: Res<Time>,
    mut commands: Commands,
    mut fading: Query<(Entity, &mut ImageNode, &mut SceneFade)>,
    old: Query<Entity, With<SceneOld>>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    for (e, mut image, mut f) in &mut fading {
        // At most a frame's worth of a 30 Hz step, so that a slow first frame still shows
        // the transition.
        f.elapsed += time.delta_secs().min(1.0 / 30.0);
        let t = (f.elapsed / FADE_SECONDS).clamp(0.0, 1.0);
        image.color = Color::srgba(1.0, 1.0, 1.0, t);
        if t >= 1.0 {
            commands.entity(e).remove::<SceneFade>();
            for o in &old {
                commands.entity(o).despawn();
            }
        } else {
            redraw.write(bevy::window::RequestRedraw);
        }
    }
}
