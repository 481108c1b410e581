//! Render tests: `sanad shot` renders the home, play and debrief screens in English, Arabic
//! and Sorani under a real display (Xvfb with Mesa's software Vulkan in CI), and the images
//! are checked: not blank, and in right-to-left languages the choice text sits on the right
//! half of the choice buttons (on the left in English). The PNGs stay in
//! `target/render-tests/` for people to look at.
//!
//! Without a display (`DISPLAY` unset) each test is reported as skipped, by name. With
//! `SANAD_REQUIRE_RENDER=1` (as `.ci/run` sets) a skip is a failure.
//!
//! A plain `main` (harness = false) so that skips are reported as skips.

use std::path::{Path, PathBuf};
use std::process::Command;

const SCREENS: [(&str, &str); 3] = [
    ("home", ""),
    // At the "questions" decision: three choices on screen.
    ("play", "1,1,1,1"),
    // The whole best-practice path.
    ("debrief", "1,1,1,1,1,1,1,1,2,3,1,1"),
];
const LANGS: [&str; 3] = ["en", "ar", "ckb"];

/// The choice buttons' background (theme::CALM.choice) in 8-bit sRGB.
const CHOICE_RGB: [u8; 3] = [217, 232, 234];
/// The screen background (theme::CALM.background).
const BACKGROUND_RGB: [u8; 3] = [244, 242, 238];

struct Png {
    width: usize,
    height: usize,
    rgb: Vec<[u8; 3]>,
}

fn read_png(path: &Path) -> Result<Png, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let decoder = png::Decoder::new(std::io::BufReader::new(file));
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let mut buf = vec![0; reader.output_buffer_size().ok_or("png too large")?];
    let info = reader.next_frame(&mut buf).map_err(|e| e.to_string())?;
    let channels = match info.color_type {
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        other => return Err(format!("unexpected colour type {other:?}")),
    };
    let rgb = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    Ok(Png {
        width: info.width as usize,
        height: info.height as usize,
        rgb,
    })
}

fn near(a: [u8; 3], b: [u8; 3], tol: i32) -> bool {
    (0..3).all(|i| (i32::from(a[i]) - i32::from(b[i])).abs() <= tol)
}

/// Not blank: a real screen has background, surfaces, text: many colours and much that is
/// not background.
fn check_not_blank(img: &Png) -> Result<(), String> {
    let not_bg = img
        .rgb
        .iter()
        .filter(|p| !near(**p, BACKGROUND_RGB, 3))
        .count();
    let mut colours: Vec<[u8; 3]> = img.rgb.iter().step_by(7).copied().collect();
    colours.sort_unstable();
    colours.dedup();
    let share = not_bg as f64 / img.rgb.len() as f64;
    if share < 0.05 || colours.len() < 20 {
        return Err(format!(
            "looks blank: {:.1}% non-background, {} colours",
            share * 100.0,
            colours.len()
        ));
    }
    Ok(())
}

/// Where the text of the choice buttons sits: the mean x of dark (text) pixels on rows that
/// belong to choice buttons, as a fraction of the buttons' width (0 = left edge).
fn choice_text_position(img: &Png) -> Result<f64, String> {
    let (mut ink_x, mut ink_n) = (0.0f64, 0usize);
    let (mut left, mut right) = (usize::MAX, 0usize);
    for y in 0..img.height {
        let row = &img.rgb[y * img.width..(y + 1) * img.width];
        let xs: Vec<usize> = (0..img.width)
            .filter(|&x| near(row[x], CHOICE_RGB, 2))
            .collect();
        if xs.len() < img.width / 4 {
            continue; // not a row through a choice button
        }
        let (l, r) = (xs[0], xs[xs.len() - 1]);
        left = left.min(l);
        right = right.max(r);
        for (x, p) in row.iter().enumerate().take(r).skip(l) {
            // Dark, greyish text; not the teal number badge.
            if p.iter().all(|c| *c < 90) {
                ink_x += x as f64;
                ink_n += 1;
            }
        }
    }
    if ink_n < 200 || right <= left {
        return Err(format!("no choice text found ({ink_n} text pixels)"));
    }
    Ok((ink_x / ink_n as f64 - left as f64) / (right - left) as f64)
}

fn shot(root: &Path, out: &Path, lang: &str, screen: &str, choose: &str) -> Result<(), String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sanad"));
    cmd.arg("shot")
        .args(["--lang", lang, "--screen", screen, "--seed", "3"])
        .arg("--content")
        .arg(root)
        .arg("--out")
        .arg(out);
    if !choose.is_empty() {
        cmd.args(["--choose", choose]);
    }
    let output = cmd.output().map_err(|e| e.to_string())?;
    if !output.status.success() {
        let err = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = err.lines().rev().take(12).collect();
        return Err(format!(
            "sanad shot failed ({}):\n{}",
            output.status,
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        ));
    }
    Ok(())
}

fn run_one(root: &Path, dir: &Path, lang: &str, screen: &str, choose: &str) -> Result<(), String> {
    let out = dir.join(format!("{lang}-{screen}.png"));
    shot(root, &out, lang, screen, choose)?;
    let img = read_png(&out)?;
    if (img.width, img.height) != (1280, 800) {
        return Err(format!("size {}x{}", img.width, img.height));
    }
    check_not_blank(&img)?;
    if screen == "play" {
        let pos = choice_text_position(&img)?;
        let rtl = lang != "en";
        if rtl && pos <= 0.5 {
            return Err(format!(
                "right-to-left, but the choice text sits at {:.0}% from the left",
                pos * 100.0
            ));
        }
        if !rtl && pos >= 0.5 {
            return Err(format!(
                "left-to-right, but the choice text sits at {:.0}% from the left",
                pos * 100.0
            ));
        }
    }
    Ok(())
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/render-tests");
    let _ = std::fs::create_dir_all(&dir);
    let require = std::env::var("SANAD_REQUIRE_RENDER").is_ok_and(|v| v == "1");
    let display = std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty());
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    println!();
    for lang in LANGS {
        for (screen, choose) in SCREENS {
            let name = format!("render_{lang}_{screen}");
            if !filter.is_empty() && !filter.iter().any(|f| name.contains(f.as_str())) {
                continue;
            }
            if !display {
                if require {
                    println!("test {name} ... FAILED (no display, and SANAD_REQUIRE_RENDER=1)");
                    failed += 1;
                } else {
                    println!("test {name} ... skipped (no display; run under xvfb-run)");
                    skipped += 1;
                }
                continue;
            }
            match run_one(&root, &dir, lang, screen, choose) {
                Ok(()) => {
                    println!("test {name} ... ok");
                    passed += 1;
                }
                Err(e) => {
                    println!("test {name} ... FAILED\n    {}", e.replace('\n', "\n    "));
                    failed += 1;
                }
            }
        }
    }
    println!("\nrender: {passed} passed, {failed} failed, {skipped} skipped");
    if passed > 0 {
        println!("screenshots: {}", dir.display());
    }
    if failed > 0 {
        std::process::exit(1);
    }
}
