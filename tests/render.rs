//! Render tests: `sanad shot` renders screens under a real display (Xvfb with Mesa's software
//! Vulkan in CI) and each shot is checked twice over:
//!
//! - from its sidecar JSON (what the app laid out): the screen and language asked for; the
//!   texts a trainee must see, worked out here from the catalog and the engine (the play
//!   screen's choices in their on-screen order, the feedback in self-paced mode, the outcome
//!   and total on the debrief); every text and row in the language's direction, and every
//!   paragraph starting right to left in Arabic and Sorani; Arabic-Indic digits in the choice
//!   badges and percentages; no text cut off at the window's edge; no missing-glyph box
//!   drawn, and every character covered by the shipped fonts;
//! - from its pixels (what only pixels show): not blank; the title's ink at the right edge in
//!   Arabic and Sorani and at the left in English, where the sidecar says it is; the choice
//!   text on the start side of the choice buttons; the high-contrast palette.
//!
//! `sanad shot` must also refuse: a refused or left-over choice, and content that shows the
//! load-error screen.
//!
//! The scenario path comes from `tests/plans/dwp-best-practice.ron`; the play screen is the
//! shortest prefix of it that stands at a decision with three or more options.
//!
//! Without a display (`DISPLAY` unset) each test is reported as skipped, by name. With
//! `SANAD_REQUIRE_RENDER=1` (as `.ci/run` sets) a skip is a failure. A filter that matches no
//! test fails. The PNGs and sidecars stay in `target/render-tests/` for people to look at.
//!
//! A plain `main` (harness = false) so that skips are reported as skips.

mod common;

use bevy::color::{Color, ColorToPacked};
use sanad::i18n::{Localizer, keys, strip_bidi};
use sanad::loader::Loaded;
use sanad::model::{ArgValue, Scenario};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One `sanad shot` and what it must show.
#[derive(Clone)]
struct Shot {
    lang: &'static str,
    screen: &'static str,
    choose: Vec<u32>,
    self_paced: bool,
    text_size: u8,
    high_contrast: bool,
    /// Appended to the test's name.
    variant: &'static str,
    /// Another scenario's plan (`tests/plans/<plan>.ron`) instead of the shipped interview's
    /// best practice; `choose` is then a prefix of that plan.
    plan: Option<&'static str>,
    /// Read attempts from the demo data folder (progress and class views).
    data: bool,
    /// Play screen: after `choose`, click the choice shown at this place with the mouse
    /// (`sanad shot --click`); the shot must show what that choice leads to.
    click: Option<u8>,
    /// The window size, when not 1280×800.
    size: Option<(u32, u32)>,
}

impl Shot {
    fn new(lang: &'static str, screen: &'static str, choose: Vec<u32>) -> Shot {
        Shot {
            lang,
            screen,
            choose,
            self_paced: false,
            text_size: 1,
            high_contrast: false,
            variant: "",
            plan: None,
            data: false,
            click: None,
            size: None,
        }
    }
    fn name(&self) -> String {
        format!("render_{}_{}{}", self.lang, self.screen, self.variant)
    }
    fn rtl(&self) -> bool {
        self.lang != "en"
    }
}

/// What two shots of the scene must show apart.
#[derive(Clone)]
enum SceneChange {
    /// This cast member is in the first picture and gone from the second.
    Leaves(String),
    /// The interviewee's expression differs (two distress levels).
    Expression,
}

/// The tests: shots to check, and shots `sanad shot` must refuse.
enum Case {
    Shot(Shot),
    /// Two shots of the play screen whose scenes must differ as `change` says, in the engine's
    /// account (the sidecar) and in the pixels of the picture.
    Scene {
        name: String,
        a: Shot,
        b: Shot,
        change: SceneChange,
    },
    /// A test that cannot be set up from the content: it fails with this reason.
    Fails {
        name: String,
        why: String,
    },
    Refuse {
        name: &'static str,
        args: Vec<String>,
        /// A broken copy of the content instead of the shipped one.
        broken_content: bool,
        /// What the error must say.
        says: Vec<&'static str>,
    },
    /// The app on a computer where no graphics adapter can be used: a message that says what
    /// to do and a log file, exit code 1, never a bare panic.
    NoGraphics,
}

impl Case {
    fn name(&self) -> String {
        match self {
            Case::Shot(s) => s.name(),
            Case::Scene { name, .. } | Case::Fails { name, .. } => name.clone(),
            Case::Refuse { name, .. } => name.to_string(),
            Case::NoGraphics => "app_without_a_graphics_adapter_says_so_and_writes_a_log".into(),
        }
    }
}

struct World {
    root: PathBuf,
    dir: PathBuf,
    loaded: Loaded,
    path: common::Path,
    play: Vec<u32>,
    /// A prefix after a choice with feedback (self-paced mode shows it).
    feedback: Vec<u32>,
    /// Every character the shipped fonts can draw.
    covered: std::collections::BTreeSet<char>,
    /// A workshop's data folder (see `common::demo_data`).
    demo: PathBuf,
}

impl World {
    /// The path a shot follows, and its scenario.
    fn path_of(&self, shot: &Shot) -> (common::Path, &Scenario) {
        let p = shot.plan.map_or_else(|| self.path.clone(), common::plan);
        let scn = common::scenario(&self.loaded, &p.scenario);
        (p, scn)
    }
    /// Whether the play screen of `shot` shows a decision (after its click, if it has one):
    /// a line shows Continue instead.
    fn decision_shown(&self, shot: &Shot) -> bool {
        let (path, scn) = self.path_of(shot);
        let mut s = sanad::session::play_script(scn, path.seed, &shot.choose).session;
        if let Some(n) = shot.click {
            let p = s.view(scn).choices[usize::from(n) - 1].position;
            s.choose(scn, p).expect("the clicked choice is valid");
        }
        matches!(
            s.view(scn).kind,
            sanad::session::ViewKind::Decision | sanad::session::ViewKind::Hub
        )
    }
    fn loc(&self, lang: &str) -> Localizer<'_> {
        self.loaded.catalog.localizer(lang)
    }
}

fn cases(w: &World) -> Vec<Case> {
    let mut out = Vec::new();
    for lang in ["en", "ar", "ckb"] {
        out.push(Case::Shot(Shot::new(lang, "home", vec![])));
        out.push(Case::Shot(Shot::new(lang, "play", w.play.clone())));
        out.push(Case::Shot(Shot::new(
            lang,
            "debrief",
            w.path.choose.clone(),
        )));
    }
    for lang in ["en", "ar"] {
        out.push(Case::Shot(Shot {
            self_paced: true,
            variant: "_self_paced",
            ..Shot::new(lang, "play", w.feedback.clone())
        }));
    }
    out.push(Case::Shot(Shot {
        text_size: 3,
        variant: "_extra_large",
        ..Shot::new("ckb", "play", w.play.clone())
    }));
    out.push(Case::Shot(Shot {
        text_size: 3,
        variant: "_extra_large",
        ..Shot::new("en", "debrief", w.path.choose.clone())
    }));
    // A second scenario, an investigation, to the end in Arabic and Sorani (issue 11).
    let phone = common::plan("phone-evidence-best");
    for lang in ["ar", "ckb"] {
        out.push(Case::Shot(Shot {
            variant: "_phone_evidence",
            plan: Some("phone-evidence-best"),
            ..Shot::new(lang, "debrief", phone.choose.clone())
        }));
    }
    // The trainee's progress and the instructor's class view, on a workshop's data (issue 14).
    for lang in ["en", "ar"] {
        for screen in ["progress", "class"] {
            out.push(Case::Shot(Shot {
                data: true,
                ..Shot::new(lang, screen, vec![])
            }));
        }
    }
    // A mouse click through bevy's picking (issue 16): the pointer goes to the second choice
    // on screen, in English and in mirrored Arabic; the shot shows where that choice leads.
    for lang in ["en", "ar"] {
        out.push(Case::Shot(Shot {
            click: Some(2),
            variant: "_click",
            ..Shot::new(lang, "play", w.play.clone())
        }));
    }
    // Extra large text in a 1280×720 window (issue 13): every screen scrolls, and the
    // focused button, scrolled into view, is whole inside the window.
    // The play screen: a line after a click, so that Continue has the focus.
    for (screen, choose, click) in [
        ("home", vec![], None),
        ("briefing", vec![], None),
        ("play", w.play.clone(), Some(2)),
        ("debrief", w.path.choose.clone(), None),
        ("settings", vec![], None),
    ] {
        out.push(Case::Shot(Shot {
            text_size: 3,
            size: Some((1280, 720)),
            click,
            variant: "_720_extra_large",
            ..Shot::new("ar", screen, choose)
        }));
    }
    out.push(Case::Shot(Shot {
        high_contrast: true,
        variant: "_high_contrast",
        ..Shot::new("ar", "play", w.play.clone())
    }));
    out.extend(scene_cases(w));
    let list = |c: &[u32]| c.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
    let mut refused = w.play.clone();
    refused.push(99);
    out.push(Case::Refuse {
        name: "shot_fails_when_a_choice_is_refused",
        args: vec![
            "--screen".into(),
            "play".into(),
            "--choose".into(),
            list(&refused),
        ],
        broken_content: false,
        says: vec!["there is no choice 99", "valid choices"],
    });
    let mut extra = w.path.choose.clone();
    extra.push(1);
    out.push(Case::Refuse {
        name: "shot_fails_when_choices_are_left_after_the_ending",
        args: vec![
            "--screen".into(),
            "debrief".into(),
            "--choose".into(),
            list(&extra),
        ],
        broken_content: false,
        says: vec!["ended before these choices were used: 1"],
    });
    out.push(Case::Refuse {
        name: "shot_fails_on_the_load_error_screen",
        args: vec!["--screen".into(), "home".into()],
        broken_content: true,
        says: vec!["could not be loaded", "rubric.ron"],
    });
    out.push(Case::NoGraphics);
    out
}

struct Png {
    width: usize,
    height: usize,
    rgb: Vec<[u8; 3]>,
}

impl Png {
    fn px(&self, x: usize, y: usize) -> [u8; 3] {
        self.rgb[y * self.width + x]
    }
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

fn rgb(c: Color) -> [u8; 3] {
    c.to_srgba().to_u8_array_no_alpha()
}

fn near(a: [u8; 3], b: [u8; 3], tol: i32) -> bool {
    (0..3).all(|i| (i32::from(a[i]) - i32::from(b[i])).abs() <= tol)
}

/// Not blank: a real screen has background, surfaces, text: many colours and much that is
/// not background.
fn check_not_blank(img: &Png, background: [u8; 3]) -> Result<(), String> {
    let not_bg = img.rgb.iter().filter(|p| !near(**p, background, 3)).count();
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

/// The bounding box (left, top, right, bottom) of the pixels of colour `ink` inside `area`.
fn ink_box(img: &Png, ink: [u8; 3], area: [usize; 4]) -> Option<[usize; 4]> {
    let mut b: Option<[usize; 4]> = None;
    for y in area[1]..area[3].min(img.height) {
        for x in area[0]..area[2].min(img.width) {
            if near(img.rgb[y * img.width + x], ink, 24) {
                let v = b.get_or_insert([x, y, x, y]);
                v[0] = v[0].min(x);
                v[1] = v[1].min(y);
                v[2] = v[2].max(x);
                v[3] = v[3].max(y);
            }
        }
    }
    b
}

/// Where the text of the choice buttons sits: the mean x of text pixels on rows that belong
/// to choice buttons, as a fraction of the buttons' width (0 = left edge).
fn choice_text_position(img: &Png, choice: [u8; 3], text: [u8; 3]) -> Result<f64, String> {
    let (mut ink_x, mut ink_n) = (0.0f64, 0usize);
    let (mut left, mut right) = (usize::MAX, 0usize);
    for y in 0..img.height {
        let row = &img.rgb[y * img.width..(y + 1) * img.width];
        let xs: Vec<usize> = (0..img.width)
            .filter(|&x| near(row[x], choice, 2))
            .collect();
        if xs.len() < img.width / 4 {
            continue; // not a row through a choice button
        }
        let (l, r) = (xs[0], xs[xs.len() - 1]);
        left = left.min(l);
        right = right.max(r);
        for (x, p) in row.iter().enumerate().take(r).skip(l) {
            if near(*p, text, 70) {
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

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && c.is_alphabetic()
}

/// Characters that draw nothing or are laid out by rules, not glyphs.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Whether a paragraph is laid out right to left: it starts with U+200F, or its first strong
/// character is right to left.
fn starts_rtl(raw: &str) -> Option<bool> {
    for c in raw.chars() {
        if c == '\u{200F}' || c == '\u{061C}' {
            return Some(true);
        }
        if c == '\u{200E}' {
            return Some(false);
        }
        if is_arabic_letter(c) {
            return Some(true);
        }
        if c.is_alphabetic() {
            return Some(false);
        }
    }
    None
}

fn text_of(v: &Value) -> &str {
    v["text"].as_str().unwrap_or("")
}

/// The texts a trainee must see on this shot, worked out from the catalog and the engine, in
/// order where the order matters.
fn expected(w: &World, shot: &Shot) -> (Vec<String>, Vec<String>) {
    let loc = w.loc(shot.lang);
    let t = |id: &str, args: &[(String, ArgValue)]| strip_bidi(&loc.text(id, args));
    let (path, scn) = w.path_of(shot);
    let mut must = vec![t(keys::APP_NAME, &[])];
    let mut ordered = Vec::new();
    match shot.screen {
        "home" => {
            must.push(t(keys::HOME_TITLE, &[]));
            for s in &w.loaded.library.scenarios {
                must.push(t(&s.title, &[]));
            }
            must.push(t(keys::SCENARIO_OPEN, &[]));
        }
        "play" => {
            let played = sanad::session::play_script(scn, path.seed, &shot.choose);
            let mut s = played.session.clone();
            if let Some(n) = shot.click {
                // What the app shows right after the click: the node the choice leads to.
                let p = s.view(scn).choices[usize::from(n) - 1].position;
                s.choose(scn, p).expect("the clicked choice is valid");
            }
            let s = &s;
            let args = s.args(scn);
            must.push(t(&scn.title, &args));
            if shot.self_paced {
                let step = played.last_taken().expect("a choice was made");
                must.push(t(
                    if step.critical {
                        keys::PLAY_CRITICAL
                    } else {
                        keys::PLAY_FEEDBACK
                    },
                    &[],
                ));
                must.push(t(&step.text, &args));
                must.push(t(step.feedback.as_deref().expect("feedback"), &args));
                must.push(t(keys::PLAY_CONTINUE, &[]));
            } else {
                let view = s.view(scn);
                if let Some(text) = view.text {
                    must.push(t(text, &args));
                }
                for (i, c) in view.choices.iter().enumerate() {
                    ordered.push(loc.number(i + 1));
                    ordered.push(t(c.text, &args));
                }
            }
        }
        "debrief" => {
            let played = sanad::session::play_script(scn, path.seed, &shot.choose);
            let d = sanad::debrief::debrief(&played.session, scn, &w.loaded.library.rubric);
            let args = played.session.args(scn);
            must.push(t(keys::DEBRIEF_TITLE, &[]));
            if let Some(e) = &d.ending {
                must.push(t(&e.text, &args));
            }
            let (total, targs) = d.total_message();
            must.push(t(total, &targs));
            must.push(t(keys::DEBRIEF_TOTAL_EXPLAINED, &[]));
            must.push(t(keys::DEBRIEF_CRITICAL_NONE, &[]));
            // The question profile: its heading, a row per type, and the share.
            let q = d
                .questions
                .as_ref()
                .expect("the shipped interview types its questions");
            must.push(t(keys::DEBRIEF_QUESTIONS, &[]));
            for (_, ty) in sanad::model::QuestionType::ALL {
                must.push(t(ty.msg(), &[]));
            }
            let share = q.recommended_percent.expect("questions were asked");
            must.push(t(
                keys::DEBRIEF_QUESTIONS_SHARE,
                &[(
                    "percent".into(),
                    sanad::model::ArgValue::Number(i64::from(share)),
                )],
            ));
        }
        "progress" => {
            must.push(t(keys::PROGRESS_TITLE, &[]));
            must.push(t(keys::PROGRESS_PRIVACY, &[]));
            must.push(t(keys::PROGRESS_EXPORT, &[]));
            // A row per competency the trainee's attempts scored.
            let (list, _) = sanad::attempts::Store::read_only(&w.demo).load();
            for c in &w.loaded.library.rubric.competencies {
                if list
                    .iter()
                    .any(|a| a.trainee == "TR-DEMO" && a.scores.contains_key(&c.id))
                {
                    must.push(t(&c.name, &[]));
                }
            }
        }
        "class" => {
            must.push(t(keys::CLASS_TITLE, &[]));
            must.push(t(keys::REPORT_COMPETENCIES, &[]));
            // The same figures as `sanad report`: this computer's attempts and the exports.
            let mut input = sanad::report::collect(&[w.demo.join("class")]);
            let (list, _) = sanad::attempts::Store::read_only(&w.demo).load();
            for a in list {
                input.attempts.push((a.id.clone(), a));
            }
            let r = sanad::report::build(&input, &w.loaded.library);
            let n = |v: usize| ArgValue::Number(v as i64);
            must.push(t(
                keys::REPORT_SUMMARY,
                &[
                    ("attempts".into(), n(r.attempts)),
                    ("finished".into(), n(r.finished)),
                    ("trainees".into(), n(r.trainees)),
                    ("scenarios".into(), n(r.scenarios.len())),
                ],
            ));
            for c in &w.loaded.library.rubric.competencies {
                if let Some(s) = r.competencies.get(&c.id) {
                    must.push(t(&c.name, &[]));
                    let round = |v: f64| ArgValue::Number(v.round() as i64);
                    must.push(t(
                        keys::CLASS_SPREAD,
                        &[
                            ("mean".into(), round(s.mean)),
                            ("min".into(), round(s.min)),
                            ("max".into(), round(s.max)),
                            ("attempts".into(), n(s.n)),
                        ],
                    ));
                }
            }
        }
        _ => {}
    }
    (must, ordered)
}

/// Every check that reads the sidecar.
fn check_sidecar(w: &World, shot: &Shot, side: &Value, problems: &mut Vec<String>) {
    let want_dir = if shot.rtl() { "rtl" } else { "ltr" };
    if side["screen"] != shot.screen {
        problems.push(format!(
            "the screen is {}, not {}",
            side["screen"], shot.screen
        ));
    }
    if side["language"] != shot.lang || side["direction"] != want_dir {
        problems.push(format!(
            "language {} direction {}, not {} {want_dir}",
            side["language"], side["direction"], shot.lang
        ));
    }
    let texts: Vec<&Value> = side["texts"]
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let visible: Vec<&Value> = texts
        .iter()
        .copied()
        .filter(|t| t["visible"] == true)
        .collect();
    if visible.len() < 5 {
        problems.push(format!("only {} visible texts", visible.len()));
    }
    // The texts a trainee must see.
    let (must, ordered) = expected(w, shot);
    for m in &must {
        if !texts.iter().any(|t| text_of(t) == m) {
            problems.push(format!("`{m}` is not on the screen"));
        }
    }
    if !ordered.is_empty() {
        let on_screen: Vec<String> = visible
            .iter()
            .filter(|t| t["choice"] == true)
            .map(|t| text_of(t).to_string())
            .collect();
        if on_screen != ordered {
            problems.push(format!(
                "the choices on screen are {on_screen:?}, expected {ordered:?}"
            ));
        }
    }
    if shot.screen == "play" {
        let choices = visible.iter().filter(|t| t["choice"] == true).count();
        if shot.self_paced && choices > 0 {
            problems.push("self-paced: the choices show instead of the feedback".into());
        }
        let feedback = strip_bidi(&w.loc(shot.lang).text(keys::PLAY_FEEDBACK, &[]));
        if !shot.self_paced && texts.iter().any(|t| text_of(t) == feedback) {
            problems.push("workshop mode: feedback is shown during play".into());
        }
        let focus = side["focused"]["action"].as_str().unwrap_or("none");
        let want = if shot.self_paced {
            "DismissFeedback"
        } else if !w.decision_shown(shot) {
            "Continue"
        } else {
            // A decision opens with nothing focused (Enter must not answer it unread).
            "none"
        };
        if !focus.starts_with(want) {
            problems.push(format!("the focus is on {focus}, not {want}.."));
        }
    }
    // Direction: every text and every row, and every paragraph's first strong character.
    for t in &texts {
        // A code entry is left to right in every language, on purpose.
        if t["direction"] != want_dir && t["entry"] != true {
            problems.push(format!("text `{}` is {}", text_of(t), t["direction"]));
        }
    }
    for r in side["rows"].as_array().into_iter().flatten() {
        if r["visible"] == true && r["direction"] != want_dir {
            problems.push(format!("a row at {} is {}", r["rect"], r["direction"]));
        }
    }
    for t in &visible {
        let raw = t["raw"].as_str().unwrap_or("");
        if let Some(rtl) = starts_rtl(raw)
            && rtl != shot.rtl()
            && t["button"].is_null()
        {
            problems.push(format!(
                "the paragraph `{}` is laid out {}",
                text_of(t),
                if rtl {
                    "right to left"
                } else {
                    "left to right"
                }
            ));
        }
        if shot.rtl()
            && t["entry"] != true
            && raw.chars().any(char::is_alphabetic)
            && !raw.chars().any(is_arabic_letter)
        {
            problems.push(format!("`{}` is not in {}", text_of(t), shot.lang));
        }
    }
    // Digits: the badges and percentages in the language's digits.
    let arabic_digit = |c: char| ('\u{0660}'..='\u{0669}').contains(&c);
    for t in &visible {
        let s = text_of(t);
        let numeric = t["badge"] == true || s.contains('%') || s.contains('٪');
        if !numeric || !s.chars().any(|c| c.is_ascii_digit() || arabic_digit(c)) {
            continue;
        }
        let wrong = if shot.rtl() {
            s.chars().any(|c| c.is_ascii_digit())
        } else {
            s.chars().any(arabic_digit)
        };
        if wrong {
            problems.push(format!("`{s}` has the wrong digits for {}", shot.lang));
        }
    }
    let badges = visible.iter().filter(|t| t["badge"] == true).count();
    if shot.screen == "play" && !shot.self_paced && w.decision_shown(shot) && badges < 3 {
        problems.push(format!("{badges} choice badges"));
    }
    // Nothing cut off at the window's edge or by its box.
    let width = side["window"][0].as_f64().unwrap_or(0.0);
    for t in &visible {
        let r = &t["rect"];
        let (x, rw) = (r[0].as_f64().unwrap_or(0.0), r[2].as_f64().unwrap_or(0.0));
        // Where the glyphs are, across the window.
        let ink = &t["ink"];
        let (il, ir) = (
            x + ink[0].as_f64().unwrap_or(0.0),
            x + ink[1].as_f64().unwrap_or(rw),
        );
        let outside = x < -0.5 || x + rw > width + 0.5 || il < 0.0 || ir > width;
        if t["cut"] == true || t["overflow"] == true || outside {
            problems.push(format!("`{}` is cut off (at {r})", text_of(t)));
        }
    }
    if let Some((ww, wh)) = shot.size {
        let rect: Vec<f64> = side["focused"]["rect"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_f64).collect())
            .unwrap_or_default();
        match rect[..] {
            [x0, y0, rw, rh] => {
                let (x1, y1) = (x0 + rw, y0 + rh);
                if x0 < -0.5 || y0 < -0.5 || x1 > f64::from(ww) + 0.5 || y1 > f64::from(wh) + 0.5 {
                    problems.push(format!(
                        "the focused button {:?} at {rect:?} is not whole inside the {ww}×{wh} window",
                        side["focused"]["action"]
                    ));
                }
            }
            _ => problems.push("no button has the focus".into()),
        }
    }
    if shot.text_size == 3 {
        let body = (19.0f64 * 1.4).round();
        if !visible.iter().any(|t| t["size"].as_f64() == Some(body)) {
            problems.push(format!("extra large text: no text at {body} px"));
        }
    }
    // Glyphs: none drawn as a box, and the fonts cover every character.
    if side["missing_glyphs"] != 0 {
        problems.push(format!(
            "{} fonts drew the missing-glyph box",
            side["missing_glyphs"]
        ));
    }
    for t in &visible {
        let missing: String = text_of(t)
            .chars()
            .filter(|c| !invisible(*c) && !w.covered.contains(c))
            .collect();
        if !missing.is_empty() {
            problems.push(format!("`{}`: no font has {missing:?}", text_of(t)));
        }
    }
}

/// Every check that reads the pixels.
fn check_pixels(w: &World, shot: &Shot, img: &Png, side: &Value, problems: &mut Vec<String>) {
    use sanad::app::theme::{CALM, HIGH_CONTRAST};
    let pal = if shot.high_contrast {
        HIGH_CONTRAST
    } else {
        CALM
    };
    let (want_w, want_h) = shot.size.unwrap_or((1280, 800));
    if (img.width, img.height) != (want_w as usize, want_h as usize) {
        problems.push(format!("size {}x{}", img.width, img.height));
        return;
    }
    if let Err(e) = check_not_blank(img, rgb(pal.background)) {
        problems.push(e);
    }
    if shot.high_contrast {
        // The black background and the near-black surface of the cards.
        let surface = rgb(pal.surface);
        let black = img
            .rgb
            .iter()
            .filter(|p| near(**p, [0, 0, 0], 8) || near(**p, surface, 8))
            .count();
        if black * 2 < img.rgb.len() {
            problems.push(format!(
                "high contrast, but only {:.0}% of the screen is black or the cards' black",
                black as f64 * 100.0 / img.rgb.len() as f64
            ));
        }
    }
    // Mirroring: the app's name (the first text, in the accent colour) at the start edge.
    // Searched across the whole width of the band the sidecar gives for it.
    let rect = &side["texts"][0]["rect"];
    let y = rect[1].as_f64().unwrap_or(0.0).max(0.0) as usize;
    let h = rect[3].as_f64().unwrap_or(60.0) as usize;
    let band = [0, y, img.width, y + h.max(10)];
    match ink_box(img, rgb(pal.accent), band) {
        None => problems.push("no title ink in the top bar".into()),
        Some([l, _, r, _]) => {
            let w = img.width;
            let at_right = r > w - 80 && l > w / 2;
            let at_left = l < 80 && r < w / 2;
            if shot.rtl() && !at_right {
                problems.push(format!(
                    "right to left, but the title's ink spans x {l}..{r}"
                ));
            }
            if !shot.rtl() && !at_left {
                problems.push(format!(
                    "left to right, but the title's ink spans x {l}..{r}"
                ));
            }
            // The pixels and the sidecar agree on where the title is.
            let (x, rw) = (
                rect[0].as_f64().unwrap_or(-1e9),
                rect[2].as_f64().unwrap_or(0.0),
            );
            if (l as f64) < x - 4.0 || (r as f64) > x + rw + 4.0 {
                problems.push(format!(
                    "the title's ink (x {l}..{r}) is outside its place in the sidecar {rect}"
                ));
            }
        }
    }
    if shot.screen == "play" && !shot.self_paced && w.decision_shown(shot) {
        match choice_text_position(img, rgb(pal.choice), rgb(pal.text)) {
            Err(e) => problems.push(e),
            Ok(pos) => {
                if shot.rtl() && pos <= 0.5 {
                    problems.push(format!(
                        "right to left, but the choice text sits at {:.0}% from the left",
                        pos * 100.0
                    ));
                }
                if !shot.rtl() && pos >= 0.5 {
                    problems.push(format!(
                        "left to right, but the choice text sits at {:.0}% from the left",
                        pos * 100.0
                    ));
                }
            }
        }
    }
}

/// The program under test: the Linux build, or `SANAD_RENDER_EXE` (a command that runs another
/// build with the same arguments: tools/windows-render-test.sh runs sanad.exe under Wine).
fn sanad_exe() -> Command {
    match std::env::var_os("SANAD_RENDER_EXE") {
        Some(exe) if !exe.is_empty() => Command::new(exe),
        _ => Command::new(env!("CARGO_BIN_EXE_sanad")),
    }
}

fn sanad_shot(content: &Path, out: &Path, lang: &str, args: &[String]) -> std::process::Output {
    sanad_exe()
        .arg("shot")
        .args(["--lang", lang])
        .args(args)
        .arg("--content")
        .arg(content)
        .arg("--out")
        .arg(out)
        .output()
        .expect("run sanad shot")
}

fn tail(bytes: &[u8]) -> String {
    let err = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = err
        .lines()
        .filter(|l| {
            !l.contains(" WARN ") && !l.contains(" INFO ") && !l.contains("XDG_RUNTIME_DIR")
        })
        .collect();
    lines[lines.len().saturating_sub(12)..].join("\n")
}

/// The scene tests (issue 13), on the shipped interview's best practice: the suspect leaves
/// when the trainee separates them, and the person's face at two distress levels; in English
/// and in mirrored Arabic. The prefixes are found from the engine, so that the test follows
/// the content.
fn scene_cases(w: &World) -> Vec<Case> {
    let (path, scn) = w.path_of(&Shot::new("en", "play", vec![]));
    let at = |k: usize| {
        let s = sanad::session::play_script(scn, path.seed, &path.choose[..k]).session;
        (s.is_finished(), sanad::scene::scene(scn, &s))
    };
    let suspect = scn
        .cast
        .iter()
        .find(|c| c.role == sanad::model::Role::Suspect)
        .map(|c| c.id.clone());
    let mut out = Vec::new();
    let mut leaves = None;
    let mut faces = None;
    for k in 0..path.choose.len() {
        let ((fa, a), (fb, b)) = (at(k), at(k + 1));
        let (Some(a), Some(b)) = (a, b) else { continue };
        if fa || fb {
            break;
        }
        let has = |sc: &sanad::scene::Scene, id: &str| sc.people.iter().any(|p| p.id == id);
        if let Some(id) = &suspect
            && leaves.is_none()
            && has(&a, id)
            && !has(&b, id)
        {
            leaves = Some((k, id.clone()));
        }
        let face = |sc: &sanad::scene::Scene| {
            sc.people
                .iter()
                .find(|p| p.role == sanad::model::Role::Interviewee)
                .map(|p| p.expression)
        };
        if faces.is_none() && face(&a).is_some() && face(&a) != face(&b) {
            faces = Some(k);
        }
    }
    let prefix = |k: usize| path.choose[..k].to_vec();
    for lang in ["en", "ar"] {
        let shot = |k: usize, tag: &'static str| Shot {
            variant: tag,
            ..Shot::new(lang, "play", prefix(k))
        };
        match &leaves {
            Some((k, id)) => out.push(Case::Scene {
                name: format!("render_{lang}_scene_suspect_leaves"),
                a: shot(*k, "_scene_before"),
                b: shot(k + 1, "_scene_after"),
                change: SceneChange::Leaves(id.clone()),
            }),
            None => out.push(Case::Fails {
                name: format!("render_{lang}_scene_suspect_leaves"),
                why: "on the best practice the suspect never leaves the scene (no `Leave`)".into(),
            }),
        }
        if let Some(k) = faces {
            out.push(Case::Scene {
                name: format!("render_{lang}_scene_distress"),
                a: shot(k, "_scene_face_a"),
                b: shot(k + 1, "_scene_face_b"),
                change: SceneChange::Expression,
            });
        }
    }
    out
}

fn run_scene(w: &World, a: &Shot, b: &Shot, change: &SceneChange) -> Result<(), String> {
    let (ia, sa) = run_shot_keeping(w, a)?;
    let (ib, sb) = run_shot_keeping(w, b)?;
    let people =
        |s: &Value| -> Vec<Value> { s["scene"]["people"].as_array().cloned().unwrap_or_default() };
    let ids = |s: &Value| -> Vec<String> {
        people(s)
            .iter()
            .filter_map(|p| p["id"].as_str().map(str::to_string))
            .collect()
    };
    let face = |s: &Value| {
        people(s)
            .iter()
            .find(|p| p["role"] == "Interviewee")
            .map(|p| p["expression"].clone())
    };
    match change {
        SceneChange::Leaves(id) => {
            if !ids(&sa).contains(id) || ids(&sb).contains(id) {
                return Err(format!(
                    "`{id}` should be in the first scene and gone from the second: {:?} then {:?}",
                    ids(&sa),
                    ids(&sb)
                ));
            }
        }
        SceneChange::Expression => {
            if face(&sa).is_none() || face(&sa) == face(&sb) {
                return Err(format!(
                    "the person's expression should change: {:?} then {:?}",
                    face(&sa),
                    face(&sb)
                ));
            }
        }
    }
    // The picture shows it: it is drawn, and it changed.
    let rect = |s: &Value| -> Result<[usize; 4], String> {
        let r = s["scene"]["picture"]
            .as_array()
            .filter(|r| r.len() == 4)
            .ok_or("the sidecar has no scene picture")?;
        let v: Vec<usize> = r
            .iter()
            .map(|x| x.as_f64().unwrap_or(0.0) as usize)
            .collect();
        Ok([v[0], v[1], v[2], v[3]])
    };
    let (ra, rb) = (rect(&sa)?, rect(&sb)?);
    if ra != rb || ra[2] < 100 || ra[3] < 40 {
        return Err(format!(
            "the picture moved or is too small: {ra:?} then {rb:?}"
        ));
    }
    let [x0, y0, rw, rh] = ra;
    let mut changed = 0;
    let mut colours = std::collections::HashSet::new();
    for y in y0..(y0 + rh).min(ia.height) {
        for x in x0..(x0 + rw).min(ia.width) {
            let (pa, pb) = (ia.px(x, y), ib.px(x, y));
            colours.insert(pa);
            if !near(pa, pb, 24) {
                changed += 1;
            }
        }
    }
    if colours.len() < 50 {
        return Err(format!(
            "the picture has only {} colours: not drawn?",
            colours.len()
        ));
    }
    let share = changed as f64 / (rw * rh) as f64;
    let least = match change {
        SceneChange::Leaves(_) => 0.03,
        SceneChange::Expression => 0.001,
    };
    if share < least {
        return Err(format!(
            "the picture hardly changed: {:.2}% of its pixels (at least {:.1}%)",
            share * 100.0,
            least * 100.0
        ));
    }
    Ok(())
}

fn run_shot(w: &World, shot: &Shot) -> Result<(), String> {
    run_shot_keeping(w, shot).map(|_| ())
}

fn run_shot_keeping(w: &World, shot: &Shot) -> Result<(Png, Value), String> {
    let out = w
        .dir
        .join(format!("{}.png", &shot.name()["render_".len()..]));
    let mut args: Vec<String> = vec!["--screen".into(), shot.screen.into()];
    let (path, _) = w.path_of(shot);
    args.extend(["--seed".into(), path.seed.to_string()]);
    args.extend(["--scenario".into(), path.scenario.clone()]);
    if !shot.choose.is_empty() {
        let list: Vec<String> = shot.choose.iter().map(u32::to_string).collect();
        args.extend(["--choose".into(), list.join(",")]);
    }
    if shot.self_paced {
        args.push("--self-paced".into());
    }
    if shot.high_contrast {
        args.push("--high-contrast".into());
    }
    args.extend(["--text-size".into(), shot.text_size.to_string()]);
    if shot.data {
        args.extend(["--data".into(), w.demo.display().to_string()]);
    }
    if let Some(n) = shot.click {
        args.extend(["--click".into(), n.to_string()]);
    }
    if let Some((w, h)) = shot.size {
        args.extend(["--size".into(), format!("{w}x{h}")]);
    }
    let output = sanad_shot(&w.root, &out, shot.lang, &args);
    if !output.status.success() {
        return Err(format!(
            "sanad shot failed ({}):\n{}",
            output.status,
            tail(&output.stderr)
        ));
    }
    let img = read_png(&out)?;
    let side_path = out.with_extension("json");
    let side: Value = serde_json::from_str(
        &std::fs::read_to_string(&side_path)
            .map_err(|e| format!("{}: {e}", side_path.display()))?,
    )
    .map_err(|e| format!("{}: {e}", side_path.display()))?;
    let mut problems = Vec::new();
    check_sidecar(w, shot, &side, &mut problems);
    check_pixels(w, shot, &img, &side, &mut problems);
    if problems.is_empty() {
        Ok((img, side))
    } else {
        problems.truncate(12);
        Err(problems.join("\n"))
    }
}

/// A copy of the content whose rubric is cut short: the app shows the load-error screen.
fn broken_content(w: &World) -> PathBuf {
    let dir = w.dir.join("broken-content");
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["scenarios", "locales", "assets"] {
        copy_dir(&w.root.join(sub), &dir.join(sub));
    }
    std::fs::write(
        dir.join("scenarios/rubric.ron"),
        "Rubric(format: 1, competencies: {",
    )
    .unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

fn run_refusal(
    w: &World,
    name: &str,
    args: &[String],
    broken: bool,
    says: &[&str],
) -> Result<(), String> {
    let out = w.dir.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&out);
    let content = if broken {
        broken_content(w)
    } else {
        w.root.clone()
    };
    let mut args = args.to_vec();
    args.extend(["--seed".into(), w.path.seed.to_string()]);
    if !broken {
        args.extend(["--scenario".into(), w.path.scenario.clone()]);
    }
    let output = sanad_shot(&content, &out, "en", &args);
    let err = refused(&output)?;
    for s in says {
        if !err.contains(s) {
            return Err(format!(
                "the error does not say `{s}`:\n{}",
                tail(&output.stderr)
            ));
        }
    }
    if out.exists() {
        return Err(format!(
            "{} was written although the shot failed",
            out.display()
        ));
    }
    Ok(())
}

/// The standard error of a run that must exit with code 1.
fn refused(output: &std::process::Output) -> Result<std::borrow::Cow<'_, str>, String> {
    if output.status.code() != Some(1) {
        return Err(format!(
            "expected exit 1, got {}:\n{}",
            output.status,
            tail(&output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stderr))
}

/// A backend that this build of wgpu does not have (DirectX 12 on Linux) stands for a laptop
/// without DirectX 12 or Vulkan drivers: bevy finds no adapter. The app must say so in the
/// three languages, name a log file that holds bevy's error, and exit with code 1.
fn run_no_graphics(w: &World) -> Result<(), String> {
    let backend = if cfg!(windows) { "metal" } else { "dx12" };
    let out = w.dir.join("no-graphics.png");
    let _ = std::fs::remove_file(&out);
    let output = sanad_exe()
        .args(["shot", "--lang", "ar", "--screen", "home", "--content"])
        .arg(&w.root)
        .arg("--out")
        .arg(&out)
        .env("WGPU_BACKEND", backend)
        .output()
        .map_err(|e| format!("run sanad: {e}"))?;
    let err = refused(&output)?;
    for says in [
        "DirectX 12 or Vulkan",
        "برنامج تشغيل للرسوميات",
        "وەگەڕخەری گرافیک",
    ] {
        if !err.contains(says) {
            return Err(format!(
                "the message does not say `{says}`:\n{}",
                tail(&output.stderr)
            ));
        }
    }
    let logs: Vec<&str> = err
        .lines()
        .filter_map(|l| l.split_once("Details: ").map(|(_, p)| p.trim()))
        .collect();
    let Some(log) = logs.first() else {
        return Err(format!(
            "no `Details: <log>` line:\n{}",
            tail(&output.stderr)
        ));
    };
    let text = std::fs::read_to_string(log).map_err(|e| format!("the log {log}: {e}"))?;
    let _ = std::fs::remove_file(log);
    if !text.contains("Unable to find a GPU") || !text.contains(&format!("WGPU_BACKEND: {backend}"))
    {
        return Err(format!(
            "the log {log} lacks bevy's error or the backend:\n{text}"
        ));
    }
    if out.exists() {
        return Err(format!("{} was written without a window", out.display()));
    }
    Ok(())
}

/// Every character that the regular shipped fonts have a glyph for.
fn covered(root: &Path) -> std::collections::BTreeSet<char> {
    let mut set = std::collections::BTreeSet::new();
    for f in ["NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf"] {
        let data = std::fs::read(root.join("assets/fonts").join(f)).unwrap();
        let face = ttf_parser::Face::parse(&data, 0).unwrap();
        if let Some(cmap) = face.tables().cmap {
            for sub in cmap.subtables {
                if sub.is_unicode() {
                    sub.codepoints(|cp| {
                        if let Some(c) = char::from_u32(cp)
                            && face.glyph_index(c).is_some_and(|g| g.0 != 0)
                        {
                            set.insert(c);
                        }
                    });
                }
            }
        }
    }
    set
}

/// The test names given on the command line, and those to skip (libtest's `--skip NAME`).
fn filters() -> (Vec<String>, Vec<String>, bool, bool) {
    let (mut keep, mut skip, mut exact, mut list) = (Vec::new(), Vec::new(), false, false);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--skip" => skip.extend(args.next()),
            "--exact" => exact = true,
            "--list" => list = true,
            // Options of libtest that take a value.
            "--test-threads" | "--color" | "--format" | "--logfile" | "-Z" => {
                args.next();
            }
            _ if a.starts_with('-') => {}
            _ => keep.push(a),
        }
    }
    (keep, skip, exact, list)
}

fn main() {
    let root = common::root();
    let dir = root.join("target/render-tests");
    let _ = std::fs::create_dir_all(&dir);
    let require = std::env::var("SANAD_REQUIRE_RENDER").is_ok_and(|v| v == "1");
    let display = std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty());
    let (keep, skip, exact, list) = filters();
    let loaded = common::content();
    let path = common::best_practice();
    let scn = common::scenario(&loaded, &path.scenario);
    let play = common::prefix_at_decision(scn, &path, 3);
    let feedback = common::prefix_after_feedback(scn, &path);
    let demo = dir.join("demo-data");
    common::demo_data(&loaded, &demo);
    let world = World {
        demo,
        feedback,
        covered: covered(&root),
        root,
        dir: dir.clone(),
        loaded,
        path,
        play,
    };
    let matches = |name: &str, f: &str| if exact { name == f } else { name.contains(f) };
    let selected: Vec<Case> = cases(&world)
        .into_iter()
        .filter(|c| keep.is_empty() || keep.iter().any(|f| matches(&c.name(), f)))
        .filter(|c| !skip.iter().any(|f| matches(&c.name(), f)))
        .collect();
    if list {
        for c in &selected {
            println!("{}: test", c.name());
        }
        return;
    }
    println!();
    if selected.is_empty() {
        println!("render: no test matches {keep:?} (skipping {skip:?}); nothing was checked");
        std::process::exit(1);
    }
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for case in &selected {
        let name = case.name();
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
        let result = match case {
            Case::Shot(s) => run_shot(&world, s),
            Case::Scene { a, b, change, .. } => run_scene(&world, a, b, change),
            Case::Fails { why, .. } => Err(why.clone()),
            Case::Refuse {
                name,
                args,
                broken_content,
                says,
            } => run_refusal(&world, name, args, *broken_content, says),
            Case::NoGraphics => run_no_graphics(&world),
        };
        match result {
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
    println!("\nrender: {passed} passed, {failed} failed, {skipped} skipped");
    if passed > 0 {
        println!("screenshots: {}", dir.display());
    }
    if failed > 0 {
        std::process::exit(1);
    }
}
