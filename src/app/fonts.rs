//! Fonts: every family of [`crate::i18n::FONT_FAMILIES`] (Noto Sans for Latin, Noto Sans
//! Arabic for Arabic, Sorani and Kurmanji, as the locale table says), read from
//! `assets/fonts`, with fallbacks set between them before any text is laid out, so that a
//! Latin name or digit inside Arabic text (and the reverse) shows no boxes.

use super::launch::Launch;
use super::state::Screen;
use crate::i18n::{ARABIC_FONT, FONT_FAMILIES, FontFamily, LATIN_FONT};
use bevy::prelude::*;
use bevy::text::FontCx;
use parley::fontique::{FallbackKey, Script};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<UiFonts>();
    app.insert_resource(FontsReady(false));
    app.add_systems(Startup, load_fonts);
    app.add_systems(
        Update,
        set_fallbacks
            .run_if(in_state(Screen::Loading))
            .run_if(resource_equals(FontsReady(false))),
    );
}

/// Font handles for UI text. Until the shipped fonts load these are bevy's default font.
#[derive(Resource, Clone, Debug, Default)]
pub struct UiFonts {
    pub latin: Handle<Font>,
    pub latin_bold: Handle<Font>,
    pub arabic: Handle<Font>,
    pub arabic_bold: Handle<Font>,
    /// A font file that could not be read: shown on the load-error screen.
    pub problem: Option<String>,
}

/// Set once the fonts are registered and the fallbacks are in place.
#[derive(Resource, Clone, Copy, Debug, PartialEq, Eq)]
pub struct FontsReady(pub bool);

fn load_fonts(
    launch: Res<Launch>,
    mut fonts: ResMut<Assets<Font>>,
    mut ui: ResMut<UiFonts>,
    mut cx: ResMut<FontCx>,
    mut ready: ResMut<FontsReady>,
) {
    let dir = launch.root.join("assets/fonts");
    let mut read = |file: &str| -> Handle<Font> {
        match std::fs::read(dir.join(file)) {
            Ok(bytes) => {
                let font = Font::from_bytes(bytes);
                // Registered with parley now, so that the fallbacks can be set before the
                // first frame; bevy registers the asset again, harmlessly, a frame later.
                cx.context
                    .collection
                    .register_fonts(font.data.clone(), None);
                fonts.add(font)
            }
            Err(e) => {
                ui.problem.get_or_insert_with(|| {
                    format!("cannot read {}: {e}", dir.join(file).display())
                });
                Handle::default()
            }
        }
    };
    let loaded: Vec<(FontFamily, Handle<Font>, Handle<Font>)> = FONT_FAMILIES
        .iter()
        .map(|f| (*f, read(f.regular), read(f.bold)))
        .collect();
    let handles = |family: FontFamily| {
        loaded
            .iter()
            .find(|(f, ..)| *f == family)
            .map(|(_, regular, bold)| (regular.clone(), bold.clone()))
            .unwrap_or_default()
    };
    (ui.latin, ui.latin_bold) = handles(LATIN_FONT);
    (ui.arabic, ui.arabic_bold) = handles(ARABIC_FONT);
    ready.0 = ui.problem.is_some() || fallbacks(&mut cx);
}

/// Once bevy has registered the font assets with parley, each script falls back from its
/// own family to the others: Arabic text finds Latin glyphs in Noto Sans and Latin text finds
/// Arabic glyphs in Noto Sans Arabic.
fn set_fallbacks(mut cx: ResMut<FontCx>, ui: Res<UiFonts>, mut ready: ResMut<FontsReady>) {
    // The load-error screen explains a missing font; bevy's default font shows it.
    ready.0 = ui.problem.is_some() || fallbacks(&mut cx);
}

/// Sets the fallbacks; false while the families are not registered yet.
fn fallbacks(cx: &mut FontCx) -> bool {
    let collection = &mut cx.context.collection;
    let Some(ids) = FONT_FAMILIES
        .iter()
        .map(|f| collection.family_id(f.name))
        .collect::<Option<Vec<_>>>()
    else {
        return false;
    };
    for (i, family) in FONT_FAMILIES.iter().enumerate() {
        // The family's own scripts try it first, then the other families in table order.
        let order: Vec<_> = std::iter::once(ids[i])
            .chain(
                ids.iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, id)| *id),
            )
            .collect();
        for script in family.scripts {
            collection.append_fallbacks(
                FallbackKey::new(Script::from_bytes(*script), None),
                order.iter().copied(),
            );
        }
    }
    true
}
