//! Dev builds (`--features dev`): live reload of scenarios and locales through bevy's file
//! watcher, and the authors' jump-to-node preview (`--jump NODE --set var=N`).
//! A reload replays the choices made so far through the engine's script player.
//!
//! The watcher only says *that* something changed; the engine reloads everything from disk,
//! so the app shows exactly what `sanad check` sees. An invalid edit keeps the last good
//! content on screen, with the diagnostic over it.

use super::launch::Launch;
use super::state::{Content, Current, Screen, UiEpoch};
use bevy::asset::io::Reader;
use bevy::asset::{AssetLoader, LoadContext, LoadedFolder};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<WatchedFile>();
    app.register_asset_loader(WatchedFileLoader);
    app.add_systems(Startup, watch);
    app.add_systems(Update, reload.run_if(not(in_state(Screen::Loading))));
}

/// A content file, loaded only to be told when it changes.
#[derive(Asset, TypePath, Debug)]
pub struct WatchedFile;

#[derive(Default, TypePath)]
struct WatchedFileLoader;

impl AssetLoader for WatchedFileLoader {
    type Asset = WatchedFile;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        _load_context: &mut LoadContext<'_>,
    ) -> Result<WatchedFile, std::io::Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        Ok(WatchedFile)
    }

    fn extensions(&self) -> &[&str] {
        // Notes kept beside the translations (REVIEW.md) are watched too, so that the folder
        // loads; a change to them reloads harmlessly.
        &["ron", "ftl", "md"]
    }
}

#[derive(Resource)]
#[allow(dead_code)] // the handles keep the folders loaded
struct Watched(Vec<Handle<LoadedFolder>>);

/// Shown over the screen while the content on disk has errors.
#[derive(Component)]
struct ReloadProblem;

fn watch(mut commands: Commands, assets: Res<AssetServer>) {
    commands.insert_resource(Watched(vec![
        assets.load_folder("scenarios"),
        assets.load_folder("locales"),
    ]));
}

#[allow(clippy::too_many_arguments)]
fn reload(
    mut events: MessageReader<AssetEvent<WatchedFile>>,
    mut folders: MessageReader<AssetEvent<LoadedFolder>>,
    mut commands: Commands,
    launch: Res<Launch>,
    mut content: ResMut<Content>,
    mut current: ResMut<Current>,
    mut epoch: ResMut<UiEpoch>,
    problems: Query<Entity, With<ReloadProblem>>,
) {
    // A changed file is reported as a modified file or, when bevy reloads its folder, as a
    // modified folder. (First loads are `LoadedWithDependencies`, not changes.)
    let mut changed = false;
    for e in events.read() {
        debug!("watched file: {e:?}");
        changed |= matches!(e, AssetEvent::Modified { .. });
    }
    for e in folders.read() {
        debug!("watched folder: {e:?}");
        changed |= matches!(e, AssetEvent::Modified { .. });
    }
    if !changed {
        return;
    }
    let fresh = Content::load(&launch.root);
    for p in &problems {
        commands.entity(p).despawn();
    }
    if fresh.report.has_errors() {
        let text = fresh
            .report
            .diagnostics
            .iter()
            .filter(|d| d.severity == crate::diagnostic::Severity::Error)
            .take(3)
            .map(|d| d.render())
            .collect::<Vec<_>>()
            .join("\n");
        warn!("content has errors; keeping the last good version:\n{text}");
        commands.spawn((
            Name::new("Reload problem"),
            ReloadProblem,
            Node {
                position_type: PositionType::Absolute,
                bottom: px(0),
                left: px(0),
                right: px(0),
                padding: UiRect::all(px(12)),
                ..default()
            },
            GlobalZIndex(100),
            BackgroundColor(Color::srgba(0.35, 0.0, 0.0, 0.92)),
            children![(
                Text::new(format!(
                    "Reload failed; showing the last good version.\n{text}"
                )),
                TextColor(Color::WHITE),
            )],
        ));
        return;
    }
    // Keep the author's place in the new version: replay the choices made so far with the
    // same seed; where the edit changed the way there (or the run began with `--jump`), put
    // the session at the same node with the same variable values.
    if let Some(play) = current.play.as_mut()
        && let Some(scn) = fresh.library.scenario(&play.scenario)
        && let Some(old) = content.library.scenario(&play.scenario)
    {
        let node = play.session.node(old).id.clone();
        let choices: Vec<u32> = play.session.timeline().iter().map(|s| s.position).collect();
        let replayed = crate::session::play_script(scn, play.seed, &choices);
        if replayed.error().is_none() && replayed.session.node(scn).id == node {
            play.session = replayed.session;
        } else {
            let vars: Vec<(String, i64)> = old
                .variables
                .iter()
                .filter_map(|v| Some((v.id.clone(), play.session.var_value(old, &v.id)?)))
                .filter(|(k, _)| scn.var(k).is_some())
                .collect();
            play.session = crate::session::Session::jump(scn, play.seed, &node, &vars)
                .unwrap_or_else(|_| crate::session::Session::new(scn, play.seed));
        }
    }
    *content = fresh;
    epoch.bump();
    info!("content reloaded");
}
