//! The scene drawn: the SVG files under `assets/scene/` put together into one picture of the
//! place and the people in it, rendered with resvg. No bevy here: the app turns the pixels
//! into a texture, and tests and tools can draw a scene without a window.
//!
//! The files follow one contract (see `assets/scene/LICENSE.md` and docs/design.md):
//! - a place is 960×360 with two groups, `back` (behind the people) and `front` (the table or
//!   counter in front of them);
//! - a figure is 240×320, a seated person from the head to the waist, with two groups,
//!   `body` and `head`, and placeholder colours for skin, hair and clothing;
//! - a face is 240×320 with only the features, laid on the head.
//!
//! Posture moves the head and the body groups; the expression picks the face.

use crate::model::{Clothing, Expression, Figure, Place, Posture};
use crate::scene::{Person, Scene};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub const WIDTH: u32 = 960;
pub const HEIGHT: u32 = 360;
/// Where the people sit: right of the trainee, who is seen from behind at the left front.
const AREA: (f32, f32) = (200.0, 950.0);
const SLOT_MAX: f32 = 250.0;
/// The trainee, seen from behind in the front corner.
pub const YOU: &str = "you";

/// Placeholder colours in the figure files.
const SKIN: &str = "#c8946a";
const SKIN_SHADE: &str = "#b07c55";
const HAIR: &str = "#3a2a22";
const CLOTHING: &str = "#4a6fa5";

/// Skin tones 1 to 6 (lightest to darkest): (skin, shade).
const TONES: [(&str, &str); 6] = [
    ("#f0d2b8", "#dcb596"),
    ("#e2b793", "#cc9c77"),
    ("#c8946a", "#b07c55"),
    ("#a8744c", "#90613d"),
    ("#84583a", "#6d472e"),
    ("#5f3d28", "#4c301f"),
];

fn clothing_colour(c: Clothing) -> &'static str {
    match c {
        Clothing::Blue => "#4a6fa5",
        Clothing::Green => "#5b8a5a",
        Clothing::Maroon => "#8a3f4a",
        Clothing::Brown => "#8a6a4a",
        Clothing::Grey => "#6f7780",
        Clothing::Teal => "#3f8a88",
        Clothing::Mauve => "#8a6a8f",
        Clothing::Sand => "#c2a878",
    }
}

/// The SVG sources, read once from the content folder's `assets/scene/`.
#[derive(Default, Debug)]
pub struct Art {
    dir: PathBuf,
    files: HashMap<String, String>,
}

/// One person's place in the picture, in picture coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slot {
    pub centre: f32,
    pub width: f32,
    pub scale: f32,
}

/// Where `n` people sit, left to right before mirroring.
pub fn slots(n: usize) -> Vec<Slot> {
    if n == 0 {
        return Vec::new();
    }
    let room = AREA.1 - AREA.0;
    let width = (room / n as f32).min(SLOT_MAX);
    let start = AREA.0 + (room - width * n as f32) / 2.0;
    let scale = (width / 240.0 * 0.95).min(0.85);
    (0..n)
        .map(|i| Slot {
            centre: start + width * (i as f32 + 0.5),
            width,
            scale,
        })
        .collect()
}

/// The inside of `<svg ...> ... </svg>`.
fn inner(svg: &str) -> Option<&str> {
    let open = svg.find("<svg")?;
    let body = open + svg[open..].find('>')? + 1;
    let close = svg.rfind("</svg>")?;
    (body <= close).then(|| &svg[body..close])
}

/// The part of `content` from `<g id="name">` to its end (the groups are siblings, so the
/// next top-level group or the end of the content ends it).
fn split_at_group<'a>(content: &'a str, name: &str) -> Option<(&'a str, &'a str)> {
    let at = content.find(&format!("<g id=\"{name}\""))?;
    Some((&content[..at], &content[at..]))
}

impl Art {
    pub fn new(content_root: &Path) -> Art {
        Art {
            dir: content_root.join("assets/scene"),
            files: HashMap::new(),
        }
    }

    fn file(&mut self, rel: &str) -> Result<&str, String> {
        if !self.files.contains_key(rel) {
            let path = self.dir.join(rel);
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("assets/scene/{rel}: {e}"))?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
            if inner(&text).is_none() {
                return Err(format!("assets/scene/{rel}: not an SVG file"));
            }
            self.files.insert(rel.to_string(), text);
        }
        Ok(&self.files[rel])
    }

    /// Every file the scenes can use, read now: the first problem, if any.
    pub fn check_all(&mut self) -> Result<(), String> {
        for (_, p) in Place::ALL {
            self.file(&format!("places/{}.svg", p.key()))?;
        }
        for (_, f) in Figure::ALL {
            self.file(&format!("figures/{}.svg", f.key()))?;
        }
        self.file(&format!("figures/{YOU}.svg"))?;
        for e in [
            Expression::Neutral,
            Expression::Open,
            Expression::Tense,
            Expression::Distressed,
            Expression::Withdrawn,
        ] {
            self.file(&format!("faces/{}.svg", e.key()))?;
        }
        Ok(())
    }

    fn figure(&mut self, key: &str, colours: &[(&str, &str)]) -> Result<(String, String), String> {
        let text = self.file(&format!("figures/{key}.svg"))?;
        let content = inner(text).unwrap_or_default();
        let (body, head) = split_at_group(content, "head")
            .ok_or_else(|| format!("assets/scene/figures/{key}.svg: no <g id=\"head\"> group"))?;
        let recolour = |s: &str| {
            let mut s = s.replace("id=\"body\"", "").replace("id=\"head\"", "");
            for (from, to) in colours {
                s = s.replace(from, to);
            }
            s
        };
        Ok((recolour(body), recolour(head)))
    }

    fn person(&mut self, p: &Person, slot: Slot, high_contrast: bool) -> Result<String, String> {
        let (skin, shade) = TONES[usize::from(p.look.skin.clamp(1, 6)) - 1];
        let older = matches!(p.look.figure, Figure::ManOlder | Figure::WomanOlder);
        let colours = [
            (SKIN, skin),
            (SKIN_SHADE, shade),
            (HAIR, if older { "#8c8784" } else { "#2e2420" }),
            (CLOTHING, clothing_colour(p.look.clothing)),
        ];
        let (body, head) = self.figure(p.look.figure.key(), &colours)?;
        let face = {
            let f = self.file(&format!("faces/{}.svg", p.expression.key()))?;
            inner(f).unwrap_or_default().replace("id=\"face\"", "")
        };
        // Posture: the head lowers and turns, the shoulders sink and draw in.
        let (head_t, body_t, sink) = match p.posture {
            Posture::Open => ("translate(0,-2)", "", 0.0),
            Posture::Guarded => (
                "translate(0,5) rotate(-4 120 150)",
                "translate(120,320) scale(0.98,0.97) translate(-120,-320)",
                4.0,
            ),
            Posture::Withdrawn => (
                "translate(3,15) rotate(-9 120 150)",
                "translate(120,320) scale(0.95,0.93) translate(-120,-320)",
                10.0,
            ),
        };
        let child = matches!(p.look.figure, Figure::Boy | Figure::Girl);
        let scale = slot.scale * if child { 0.85 } else { 1.0 };
        let x = slot.centre - 120.0 * scale;
        let y = HEIGHT as f32 - 320.0 * scale + sink;
        let outline = if high_contrast {
            " stroke=\"#ffffff\" stroke-width=\"3\""
        } else {
            ""
        };
        let speaking = if p.speaking {
            // A soft light behind whoever speaks (the name below says it too).
            format!(
                "<ellipse cx=\"120\" cy=\"150\" rx=\"118\" ry=\"150\" fill=\"{}\" fill-opacity=\"{}\"/>",
                if high_contrast { "#ffd900" } else { "#fff6d8" },
                if high_contrast { "0.35" } else { "0.55" }
            )
        } else {
            String::new()
        };
        Ok(format!(
            "<g transform=\"translate({x:.1},{y:.1}) scale({scale:.3})\"{outline}>{speaking}<g transform=\"{body_t}\">{body}</g><g transform=\"{head_t}\">{head}{face}</g></g>"
        ))
    }

    /// The whole picture as SVG. `mirror`: for right-to-left languages, the trainee sits at
    /// the right and the people run from right to left, as the names below them do.
    pub fn svg(
        &mut self,
        scene: &Scene,
        mirror: bool,
        high_contrast: bool,
    ) -> Result<String, String> {
        let place = self
            .file(&format!("places/{}.svg", scene.place.key()))?
            .to_string();
        let content = inner(&place).unwrap_or_default();
        let (back, front) = split_at_group(content, "front").ok_or_else(|| {
            format!(
                "assets/scene/places/{}.svg: no <g id=\"front\"> group",
                scene.place.key()
            )
        })?;
        let (back, front) = if high_contrast {
            // A plain dark room, so that the people stand out.
            (
                format!("<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#000000\"/>"),
                format!(
                    "<rect x=\"0\" y=\"300\" width=\"{WIDTH}\" height=\"60\" fill=\"#1a1a1a\" stroke=\"#ffffff\" stroke-width=\"3\"/>"
                ),
            )
        } else {
            (back.to_string(), front.to_string())
        };
        let mut people = String::new();
        for (p, slot) in scene.people.iter().zip(slots(scene.people.len())) {
            people.push_str(&self.person(p, slot, high_contrast)?);
        }
        let you = {
            let colours = [
                (SKIN, TONES[2].0),
                (SKIN_SHADE, TONES[2].1),
                (HAIR, "#2e2420"),
            ];
            let (body, head) = self.figure(YOU, &colours)?;
            let outline = if high_contrast {
                " stroke=\"#ffffff\" stroke-width=\"3\""
            } else {
                ""
            };
            format!("<g transform=\"translate(-20,150) scale(1.0)\"{outline}>{body}{head}</g>")
        };
        let all = format!("{back}{people}{front}{you}");
        let all = if mirror {
            format!("<g transform=\"translate({WIDTH},0) scale(-1,1)\">{all}</g>")
        } else {
            all
        };
        Ok(format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\">{all}</svg>"
        ))
    }

    /// The picture as RGBA pixels, `width` wide (the height keeps the proportions).
    pub fn render(
        &mut self,
        scene: &Scene,
        mirror: bool,
        high_contrast: bool,
        width: u32,
    ) -> Result<(u32, u32, Vec<u8>), String> {
        let svg = self.svg(scene, mirror, high_contrast)?;
        rasterise(&svg, width)
    }
}

/// An SVG (without text) to premultiplied-free RGBA pixels.
pub fn rasterise(svg: &str, width: u32) -> Result<(u32, u32, Vec<u8>), String> {
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default())
        .map_err(|e| format!("scene: {e}"))?;
    let size = tree.size();
    let k = width as f32 / size.width();
    let height = (size.height() * k).round().max(1.0) as u32;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width.max(1), height)
        .ok_or_else(|| "scene: empty size".to_string())?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(k, k),
        &mut pixmap.as_mut(),
    );
    // tiny-skia keeps premultiplied alpha; textures take straight alpha.
    let mut px = pixmap.take();
    for c in px.chunks_exact_mut(4) {
        let a = c[3];
        if a != 0 && a != 255 {
            for v in &mut c[..3] {
                *v = ((u16::from(*v) * 255 + u16::from(a) / 2) / u16::from(a)).min(255) as u8;
            }
        }
    }
    Ok((width.max(1), height, px))
}
