//! Fonts: Noto Sans (Latin, Kurmanji) and Noto Sans Arabic (Arabic, Sorani), read from
//! `assets/fonts`, with fallbacks set both ways before any text is laid out, so that a
//! Latin name or digit inside Arabic text (and the reverse) shows no boxes.

use super::state::{Launch, Screen};
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

pub const LATIN_FAMILY: &str = "Noto Sans";
pub const ARABIC_FAMILY: &str = "Noto Sans Arabic";

fn load_fonts(launch: Res<Launch>, mut fonts: ResMut<Assets<Font>>, mut ui: ResMut<UiFonts>) {
    let dir = launch.root.join("assets/fonts");
    let mut read = |file: &str| -> Handle<Font> {
        match std::fs::read(dir.join(file)) {
            Ok(bytes) => fonts.add(Font::from_bytes(bytes)),
            Err(e) => {
                ui.problem.get_or_insert_with(|| {
                    format!("cannot read {}: {e}", dir.join(file).display())
                });
                Handle::default()
            }
        }
    };
    let latin = read("NotoSans-Regular.ttf");
    let latin_bold = read("NotoSans-Bold.ttf");
    let arabic = read("NotoSansArabic-Regular.ttf");
    let arabic_bold = read("NotoSansArabic-Bold.ttf");
    ui.latin = latin;
    ui.latin_bold = latin_bold;
    ui.arabic = arabic;
    ui.arabic_bold = arabic_bold;
}

/// Once bevy has registered the font assets with parley, each script falls back to the
/// other family: Arabic text finds Latin glyphs in Noto Sans and Latin text finds Arabic
/// glyphs in Noto Sans Arabic.
fn set_fallbacks(mut cx: ResMut<FontCx>, ui: Res<UiFonts>, mut ready: ResMut<FontsReady>) {
    if ui.problem.is_some() {
        // The load-error screen explains; bevy's default font shows it.
        ready.0 = true;
        return;
    }
    let collection = &mut cx.context.collection;
    let (Some(latin), Some(arabic)) = (
        collection.family_id(LATIN_FAMILY),
        collection.family_id(ARABIC_FAMILY),
    ) else {
        return; // not registered yet; try next frame
    };
    for script in [*b"Arab", *b"Latn", *b"Zyyy", *b"Zinh"] {
        let order = if script == *b"Arab" {
            [arabic, latin]
        } else {
            [latin, arabic]
        };
        collection.append_fallbacks(
            FallbackKey::new(Script::from_bytes(script), None),
            order.into_iter(),
        );
    }
    ready.0 = true;
}
