//! Localisation: fallback, digits, direction, arguments, and the checks.

use crate::util;
use sanad::diagnostic::Report;
use sanad::i18n::{self, Catalog, Direction, Found};
use sanad::loader::{self, Purpose, Selection};
use sanad::model::ArgValue;
use sanad::session::Session;

/// What `sanad check PATHS` reports.
fn check(dir: &std::path::Path, paths: &[std::path::PathBuf], strict: bool) -> Report {
    loader::load(dir, &Selection::Paths(paths), Purpose::Check { strict }).report
}

fn catalog() -> Catalog {
    let mut r = Report::default();
    let c = Catalog::load(&util::root(), &mut r);
    assert!(!r.has_errors(), "{}", r.render());
    c
}

#[test]
fn shipped_locales_and_directions() {
    let c = catalog();
    for l in ["en", "ar", "ckb"] {
        assert!(c.has_locale(l), "{l}");
    }
    assert_eq!(c.localizer("en").direction(), Direction::Ltr);
    assert_eq!(c.localizer("ar").direction(), Direction::Rtl);
    assert_eq!(c.localizer("ckb").direction(), Direction::Rtl);
    // Paragraphs in right-to-left locales force the base direction.
    assert!(
        c.localizer("ar")
            .paragraph("app-name", &[])
            .starts_with('\u{200F}')
    );
    assert!(
        !c.localizer("en")
            .paragraph("app-name", &[])
            .starts_with('\u{200F}')
    );
}

#[test]
fn numbers_use_the_locales_digits() {
    let c = catalog();
    let args = [
        ("months_unpaid".to_string(), ArgValue::Number(8)),
        (
            "worker_name".to_string(),
            ArgValue::Text("dwp-name-maria".into()),
        ),
        ("worker_gender".into(), ArgValue::Str("female".into())),
    ];
    let en = c.localizer("en").text("dwp-account-full", &args);
    assert!(en.contains('8'), "{en}");
    for l in ["ar", "ckb"] {
        let t = c.localizer(l).text("dwp-account-full", &args);
        assert!(t.contains('٨'), "{l}: {t}");
        assert!(!t.contains('8'), "{l}: {t}");
    }
    assert_eq!(c.localizer("ar").number(75), "٧٥");
}

#[test]
fn scenario_arguments_reach_the_text() {
    let scn = util::scenario("domestic-worker-passport");
    let c = catalog();
    let loc = c.localizer("en");
    let mut female = None;
    let mut male = None;
    for seed in 0..64 {
        let s = Session::new(&scn, seed);
        let args = s.args(&scn);
        let text = loc.text("dwp-employer-demands", &args);
        assert!(!text.contains('{'), "unresolved placeable: {text}");
        let gender = args
            .iter()
            .find(|(k, _)| k == "worker_gender")
            .unwrap()
            .1
            .clone();
        if gender == ArgValue::Str("male".into()) {
            male = Some(text);
        } else {
            female = Some(text);
        }
    }
    let (f, m) = (female.unwrap(), male.unwrap());
    assert!(f.contains("She ") && m.contains("He "), "{f} / {m}");
    let name = loc.text("dwp-first-step", &Session::new(&scn, 0).args(&scn));
    assert!(
        ["Maria", "Tigist", "Sunita", "Rahim"]
            .iter()
            .any(|n| name.contains(n)),
        "{name}"
    );
}

#[test]
fn missing_messages_fall_back_to_english_and_never_show_an_id() {
    let dir = util::temp_content("fallback");
    let ar = dir.join("locales/ar/ui.ftl");
    let text = std::fs::read_to_string(&ar).unwrap();
    let without: String = text
        .lines()
        .filter(|l| !l.starts_with("play-continue"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&ar, without).unwrap();
    let mut r = Report::default();
    let c = Catalog::load(&dir, &mut r);
    let loc = c.localizer("ar");
    assert_eq!(
        loc.lookup("play-continue", &[]),
        ("Continue".to_string(), Found::Fallback)
    );
    let (t, found) = loc.lookup("no-such-message", &[]);
    assert_eq!(found, Found::Missing);
    assert!(
        !t.contains("no-such-message"),
        "a raw id reached the trainee: {t}"
    );
    assert!(
        t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "shown in Arabic: {t}"
    );
    let mut dev = loc;
    dev.mark_missing = true;
    assert_eq!(
        dev.text("no-such-message", &[]),
        "[missing: no-such-message]"
    );
    assert_eq!(dev.text("play-continue", &[]), "[en] Continue");
    // `check` warns about it, and `--strict` makes it an error.
    let report = check(&dir, &[dir.join("locales")], false);
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.code == "W0602")
        .expect("W0602");
    assert!(
        d.message.contains("play-continue") && d.message.contains("locales/ar/ui.ftl"),
        "{}",
        d.message
    );
    assert!(!report.has_errors(), "{}", report.render());
    assert!(check(&dir, &[dir.join("locales")], true).has_errors());
}

#[test]
fn missing_english_is_an_error() {
    let dir = util::temp_content("missing-en");
    let en = dir.join("locales/en/ui.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    std::fs::write(&en, text.replace("play-continue = Continue\n", "")).unwrap();
    let report = check(&dir, &[], false);
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.code == "E0601")
        .expect("E0601");
    assert!(d.message.contains("play-continue"), "{}", d.message);
}

#[test]
fn fluent_syntax_errors_have_positions() {
    let dir = util::temp_content("ftl-syntax");
    let en = dir.join("locales/en/ui.ftl");
    let mut text = std::fs::read_to_string(&en).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("broken-message = { $unclosed\n");
    std::fs::write(&en, text).unwrap();
    let report = check(&dir, &[dir.join("locales")], false);
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.code == "E0600")
        .unwrap_or_else(|| panic!("{}", report.render()));
    assert_eq!(d.file.as_deref(), Some("locales/en/ui.ftl"));
    assert_eq!(
        d.line_col().map(|(l, _)| l),
        Some(line),
        "{}",
        report.render()
    );
}

#[test]
fn unused_messages_and_unknown_arguments_are_reported() {
    let dir = util::temp_content("unused");
    let en = dir.join("locales/en/ui.ftl");
    let mut text = std::fs::read_to_string(&en).unwrap();
    text.push_str("nobody-uses-this = Hello\n");
    text = text.replace(
        "play-continue = Continue",
        "play-continue = Continue { $nobody_provides_this }",
    );
    std::fs::write(&en, text).unwrap();
    let report = check(&dir, &[dir.join("locales")], false);
    let unused = report
        .diagnostics
        .iter()
        .find(|d| d.code == "W0603")
        .expect("W0603");
    assert!(unused.message.contains("nobody-uses-this"));
    let arg = report
        .diagnostics
        .iter()
        .find(|d| d.code == "E0604")
        .expect("E0604");
    assert!(
        arg.message.contains("$nobody_provides_this"),
        "{}",
        arg.message
    );
}

#[test]
fn negotiation_prefers_the_users_choice() {
    let avail = ["en", "ar", "ckb"];
    assert_eq!(i18n::negotiate(Some("ckb"), &avail), "ckb");
    assert_eq!(i18n::negotiate_from(&["ar-IQ".into()], &avail), "ar");
    assert_eq!(i18n::negotiate_from(&["de".into()], &avail), "en");
}

#[test]
fn completeness_counts_translated_messages() {
    let c = catalog();
    let rows = i18n::completeness(&c);
    let en_ui = rows
        .iter()
        .find(|r| r.locale == "en" && r.file == "ui.ftl")
        .unwrap();
    assert_eq!(en_ui.translated, en_ui.total);
    assert!(en_ui.total > 100);
}

#[test]
fn the_locale_table_agrees_with_the_shipped_translations_and_fonts() {
    let c = catalog();
    // Every shipped translation is in the table, with its direction from there.
    for l in c.locales() {
        let m = i18n::meta(l).unwrap_or_else(|| panic!("`locales/{l}` is not in i18n::LOCALES"));
        assert_eq!(c.localizer(l).direction(), m.direction, "{l}");
    }
    // The app offers exactly the known languages whose translation ships: Kurmanji is known
    // (direction, digits, font) but has no translation, so it is not offered.
    for m in i18n::LOCALES {
        assert_eq!(m.offered, c.has_locale(m.id), "{}: offered", m.id);
        assert_eq!(
            i18n::keys::APP_LOCALES.contains(&m.id),
            m.offered,
            "{}: APP_LOCALES",
            m.id
        );
        let font_dir = util::root().join("assets/fonts");
        for file in [m.font.regular, m.font.bold] {
            assert!(font_dir.join(file).is_file(), "{}: {file}", m.id);
        }
        assert!(i18n::FONT_FAMILIES.contains(&m.font), "{}", m.id);
    }
    assert_eq!(i18n::keys::APP_LOCALES, ["en", "ar", "ckb"]);
    assert!(i18n::meta("kmr").is_some_and(|m| !m.offered));
    // Every offered language names itself in its own translation.
    for l in i18n::keys::APP_LOCALES {
        let (_, found) = c.localizer(l).lookup(&i18n::keys::language(l), &[]);
        assert_eq!(found, Found::InLocale, "{l}");
    }
}

#[test]
fn a_new_translation_takes_direction_and_digits_from_the_table() {
    let dir = util::temp_content("kmr");
    std::fs::create_dir_all(dir.join("locales/kmr")).unwrap();
    std::fs::write(
        dir.join("locales/kmr/ui.ftl"),
        "scenario-minutes = { $minutes } deqe\n",
    )
    .unwrap();
    let mut r = Report::default();
    let c = Catalog::load(&dir, &mut r);
    assert!(!r.has_errors(), "{}", r.render());
    let loc = c.localizer("kmr");
    assert_eq!(loc.locale(), "kmr");
    assert_eq!(loc.direction(), Direction::Rtl);
    let t = i18n::strip_bidi(&loc.text1("scenario-minutes", "minutes", ArgValue::Number(15)));
    assert_eq!(t, "١٥ deqe");
}

#[test]
fn message_positions_point_at_each_definition() {
    let dir = util::temp_content("ftl-positions");
    let en = dir.join("locales/en/ui.ftl");
    let mut text = std::fs::read_to_string(&en).unwrap();
    let first_line = text
        .lines()
        .position(|l| l.starts_with("play-continue ="))
        .unwrap()
        + 1;
    text.push_str("\n# nobody-uses-this = a comment, not a message\n");
    text.push_str("nobody-uses-this =\n    Hello\n");
    let unused_line = text.lines().count() - 1;
    text.push_str("play-continue = Again\n");
    let dup_line = text.lines().count();
    std::fs::write(&en, text).unwrap();
    let report = check(&dir, &[dir.join("locales")], false);
    let dup = report
        .diagnostics
        .iter()
        .find(|d| d.code == "E0606")
        .unwrap_or_else(|| panic!("{}", report.render()));
    assert_eq!(dup.line_col(), Some((dup_line, 1)), "{}", report.render());
    let (first, _) = dup.notes.first().expect("a note on the first definition");
    let start = first.span.expect("a position").start as usize;
    assert_eq!(first.file.line_col(start), (first_line, 1));
    let unused = report
        .diagnostics
        .iter()
        .find(|d| d.code == "W0603" && d.message.contains("`nobody-uses-this`"))
        .unwrap_or_else(|| panic!("{}", report.render()));
    assert_eq!(
        unused.line_col(),
        Some((unused_line, 1)),
        "{}",
        report.render()
    );
}
