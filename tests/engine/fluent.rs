//! Fluent references, texts without a value, syntax hints, byte order marks and unreadable
//! locale files: what `sanad check` says about each, and what a trainee would see.

use crate::util;
use sanad::diagnostic::{Diagnostic, Report, Severity};
use sanad::i18n::{self, Catalog};
use sanad::loader::{self, Purpose, Selection};
use sanad::model::ArgValue;
use std::path::{Path, PathBuf};

/// What `sanad check` reports on the whole content folder.
fn check_all(dir: &Path) -> Report {
    loader::load(
        dir,
        &Selection::Paths(&[]),
        Purpose::Check { strict: false },
    )
    .report
}

/// A copy of the shipped content with `edit` applied to the text of `rel`.
fn content_with(tag: &str, edits: &[(&str, &dyn Fn(String) -> String)]) -> PathBuf {
    let dir = util::temp_content(tag);
    for (rel, edit) in edits {
        let path = dir.join(rel);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        std::fs::write(&path, edit(text)).unwrap();
    }
    dir
}

fn replace<'a>(from: &'a str, to: &'a str) -> impl Fn(String) -> String + 'a {
    move |t: String| {
        assert!(t.contains(from), "`{from}` is not in the file");
        t.replacen(from, to, 1)
    }
}

fn append(extra: &str) -> impl Fn(String) -> String + '_ {
    move |t: String| format!("{t}\n{extra}")
}

fn with_code<'r>(r: &'r Report, code: &str) -> Vec<&'r Diagnostic> {
    r.diagnostics.iter().filter(|d| d.code == code).collect()
}

fn one<'r>(r: &'r Report, code: &str, needle: &str) -> &'r Diagnostic {
    r.diagnostics
        .iter()
        .find(|d| d.code == code && d.message.contains(needle))
        .unwrap_or_else(|| panic!("no {code} with `{needle}`:\n{}", r.render()))
}

/// The 1-based line of the first line of `path` that starts with `prefix`.
fn line_of(path: &Path, prefix: &str) -> usize {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .position(|l| l.starts_with(prefix))
        .unwrap()
        + 1
}

const EN_UI: &str = "locales/en/ui.ftl";
const AR_UI: &str = "locales/ar/ui.ftl";

#[test]
fn the_shipped_content_resolves_every_reference() {
    let r = check_all(&util::root());
    assert!(!r.has_errors(), "{}", r.render());
    for code in ["E0605", "E0610", "E0611", "E0612", "E0613"] {
        assert!(with_code(&r, code).is_empty(), "{}", r.render());
    }
}

#[test]
fn a_missing_term_is_an_error_in_the_locale_that_uses_it() {
    let dir = content_with(
        "term-missing",
        &[
            (
                EN_UI,
                &replace(
                    "play-continue = Continue",
                    "-brand = Sanad\nplay-continue = Continue with { -brand }",
                ),
            ),
            (
                AR_UI,
                &replace(
                    "play-continue = متابعة",
                    "play-continue = { -brand-missing }",
                ),
            ),
        ],
    );
    // What a trainee would see without the check.
    let mut r = Report::default();
    let c = Catalog::load(&dir, &mut r);
    assert_eq!(
        c.localizer("en").text("play-continue", &[]),
        "Continue with Sanad"
    );
    assert!(
        c.localizer("ar")
            .text("play-continue", &[])
            .contains("{-brand-missing}")
    );
    let r = check_all(&dir);
    let d = one(&r, "E0610", "-brand-missing");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.file.as_deref(), Some(AR_UI));
    let line = line_of(&dir.join(AR_UI), "play-continue");
    assert_eq!(d.line_col().map(|(l, _)| l), Some(line), "{}", r.render());
    // `-brand` exists in English: no error there; terms are never "unused messages".
    assert_eq!(with_code(&r, "E0610").len(), 1, "{}", r.render());
    assert!(!r.render().contains("`brand`"), "{}", r.render());
}

#[test]
fn a_message_reference_resolves_in_the_same_locale_only() {
    // Fluent looks a reference up in the message's own language: a reference to a message
    // that only English has shows `{helper}` to an Arabic trainee.
    let dir = content_with(
        "ref-other-locale",
        &[
            (
                EN_UI,
                &replace(
                    "play-continue = Continue",
                    "play-continue-helper = Continue\nplay-continue = { play-continue-helper }",
                ),
            ),
            (
                AR_UI,
                &replace(
                    "play-continue = متابعة",
                    "play-continue = { play-continue-helper }",
                ),
            ),
        ],
    );
    let mut r = Report::default();
    let c = Catalog::load(&dir, &mut r);
    assert_eq!(c.localizer("en").text("play-continue", &[]), "Continue");
    assert!(
        c.localizer("ar")
            .text("play-continue", &[])
            .contains("{play-continue-helper}")
    );
    let r = check_all(&dir);
    let d = one(&r, "E0605", "play-continue-helper");
    assert_eq!(d.file.as_deref(), Some(AR_UI), "{}", r.render());
    assert_eq!(with_code(&r, "E0605").len(), 1, "{}", r.render());
    // A message that is only referenced is used.
    assert!(
        !r.diagnostics
            .iter()
            .any(|d| d.code == "W0603" && d.message.contains("play-continue-helper")),
        "{}",
        r.render()
    );
}

#[test]
fn attribute_references_must_exist() {
    let dir = content_with(
        "attr-ref",
        &[(
            EN_UI,
            &replace(
                "play-continue = Continue",
                "-brand = Sanad\n    .short = S\nplay-continue = { app-name.short } { -brand.gender ->\n       *[other] { app-name.long }\n    }",
            ),
        )],
    );
    let r = check_all(&dir);
    one(&r, "E0611", "app-name.short");
    one(&r, "E0611", "app-name.long");
    one(&r, "E0611", "-brand.gender");
    assert_eq!(with_code(&r, "E0611").len(), 3, "{}", r.render());
    // With the attributes defined, all is well.
    let dir = content_with(
        "attr-ref-ok",
        &[(
            EN_UI,
            &replace(
                "play-continue = Continue",
                "-brand = Sanad\n    .gender = neuter\nplay-continue-parts = x\n    .short = Continue\nplay-continue = { play-continue-parts.short } { -brand.gender ->\n        [neuter] { play-continue-parts.short }\n       *[other] x\n    }",
            ),
        )],
    );
    let r = check_all(&dir);
    assert!(!r.has_errors(), "{}", r.render());
    assert!(with_code(&r, "W0603").is_empty(), "{}", r.render());
}

#[test]
fn only_registered_functions_may_be_called() {
    let dir = content_with(
        "functions",
        &[(
            EN_UI,
            &replace(
                "play-continue = Continue",
                "play-continue = Continue on { PLATFORM() }",
            ),
        )],
    );
    let mut r = Report::default();
    let c = Catalog::load(&dir, &mut r);
    assert!(
        c.localizer("en")
            .text("play-continue", &[])
            .contains("{PLATFORM()}")
    );
    let r = check_all(&dir);
    let d = one(&r, "E0612", "PLATFORM");
    assert!(
        d.hint.as_deref().is_some_and(|h| h.contains("NUMBER")),
        "{}",
        r.render()
    );
    // NUMBER is registered, and its output keeps the locale's digits.
    assert!(i18n::FUNCTIONS.contains(&"NUMBER"));
    let dir = content_with(
        "number",
        &[(
            "locales/ar/ui.ftl",
            &replace(
                "scenario-last-result = ",
                "scenario-last-result = { NUMBER($percent, minimumFractionDigits: 1) } ",
            ),
        )],
    );
    let r = check_all(&dir);
    assert!(with_code(&r, "E0612").is_empty(), "{}", r.render());
    let mut rep = Report::default();
    let c = Catalog::load(&dir, &mut rep);
    let t = c
        .localizer("ar")
        .text1("scenario-last-result", "percent", ArgValue::Number(75));
    assert!(t.contains("٧٥٫٠"), "{t}");
}

#[test]
fn variables_of_referenced_messages_and_terms_are_checked() {
    let dir = content_with(
        "ref-vars",
        &[(
            EN_UI,
            &replace(
                "play-continue = Continue",
                "-named = { $case ->\n        [gen] of Sanad\n       *[other] Sanad\n    } { $shown }\nplay-continue-inner = inner { $nobody_passes_this }\nplay-continue = Continue { play-continue-inner } { -named(case: \"gen\") }",
            ),
        )],
    );
    let r = check_all(&dir);
    one(&r, "E0604", "$nobody_passes_this");
    // `$shown` is written out by the term but the reference does not pass it; `$case` is
    // only a selector and falls back to the default variant.
    one(&r, "E0604", "$shown");
    assert!(!r.render().contains("$case"), "{}", r.render());
}

#[test]
fn texts_shown_without_arguments_may_not_use_variables() {
    // The library and the briefing show a scenario's title before any profile is drawn.
    let dir = content_with(
        "title-var",
        &[("locales/en/domestic-worker-passport.ftl", &|t: String| {
            let start = t.find("dwp-title = ").unwrap();
            let end = start + t[start..].find('\n').unwrap();
            format!(
                "{}dwp-title = The case of {{ $worker_name }}{}",
                &t[..start],
                &t[end..]
            )
        })],
    );
    let r = check_all(&dir);
    let d = one(&r, "E0604", "$worker_name");
    assert!(d.message.contains("dwp-title"), "{}", r.render());
}

#[test]
fn a_text_without_a_value_is_an_error() {
    let dir = content_with(
        "attr-only",
        &[(
            EN_UI,
            &replace(
                "play-continue = Continue",
                "play-continue =\n    .label = Continue",
            ),
        )],
    );
    let r = check_all(&dir);
    let d = one(&r, "E0613", "play-continue");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.file.as_deref(), Some(EN_UI));
    // A scenario text too, in a translation.
    let dir = content_with(
        "attr-only-scn",
        &[("locales/ar/domestic-worker-passport.ftl", &|t: String| {
            let start = t.find("dwp-title = ").unwrap();
            let end = start + t[start..].find('\n').unwrap();
            format!("{}dwp-title =\n    .short = x{}", &t[..start], &t[end..])
        })],
    );
    let r = check_all(&dir);
    let d = one(&r, "E0613", "dwp-title");
    assert_eq!(
        d.file.as_deref(),
        Some("locales/ar/domestic-worker-passport.ftl")
    );
}

fn syntax_hint(tag: &str, extra: &str) -> String {
    let dir = content_with(tag, &[(EN_UI, &append(extra))]);
    let r = check_all(&dir);
    let d = one(&r, "E0600", "");
    d.hint.clone().unwrap_or_default()
}

#[test]
fn syntax_errors_get_a_hint_that_fits() {
    let h = syntax_hint("hint-brace", "broken-message = { $unclosed\n");
    assert!(h.contains('}') && !h.contains("indented"), "{h}");
    let h = syntax_hint(
        "hint-default",
        "broken-message = { $n ->\n    [one] one\n    [other] more\n}\n",
    );
    assert!(h.contains('*') && !h.contains("indented"), "{h}");
    let h = syntax_hint("hint-eq", "broken-message Hello\n");
    assert!(h.contains('='), "{h}");
    let h = syntax_hint("hint-indent", "broken-message =\nHello\n");
    assert!(h.contains("indented"), "{h}");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = content_with(
        "bom",
        &[(EN_UI, &|t: String| format!("\u{FEFF}{t}broken = {{ $x\n"))],
    );
    let r = check_all(&dir);
    let errors = with_code(&r, "E0600");
    assert_eq!(errors.len(), 1, "{}", r.render());
    let lines = std::fs::read_to_string(dir.join(EN_UI))
        .unwrap()
        .lines()
        .count();
    assert_eq!(
        errors[0].line_col().map(|(l, _)| l),
        Some(lines),
        "{}",
        r.render()
    );
    let mut rep = Report::default();
    let c = Catalog::load(&dir, &mut rep);
    // The first message of the file loads and keeps its position.
    let first = &c
        .files("en")
        .iter()
        .find(|f| f.name == "ui.ftl")
        .unwrap()
        .messages[0];
    assert!(!c.localizer("en").text(&first.id, &[]).is_empty());
    assert!(c.has_message("en", &first.id));
    let at = first.span.start as usize;
    // Positions count from the first character after the mark, as an editor counts them.
    let text = std::fs::read_to_string(dir.join(EN_UI)).unwrap();
    let text = text
        .strip_prefix('\u{FEFF}')
        .expect("the file starts with the mark");
    assert_eq!(&text[at..at + first.id.len()], first.id);
}

#[test]
fn an_unreadable_locale_file_is_one_error_not_a_flood_of_missing_messages() {
    let dir = util::temp_content("unreadable-file");
    let ui = dir.join(AR_UI);
    std::fs::remove_file(&ui).unwrap();
    std::fs::create_dir(&ui).unwrap(); // a folder where a file is expected
    let r = check_all(&dir);
    one(&r, "E0001", "locales/ar/ui.ftl");
    assert!(
        !r.diagnostics
            .iter()
            .any(|d| d.code == "W0602" && d.message.contains("locales/ar/ui.ftl")),
        "{}",
        r.render()
    );
}

// Unix only: it makes the folder unreadable with symbolic links, which Windows creates only
// with developer mode or administrator rights (and Wine maps to its own kind).
#[cfg(unix)]
#[test]
fn an_unreadable_locale_folder_is_an_error() {
    let dir = util::temp_content("unreadable-dir");
    std::fs::remove_dir_all(dir.join("locales/ar")).unwrap();
    std::os::unix::fs::symlink(dir.join("locales/nowhere"), dir.join("locales/ar")).unwrap();
    std::os::unix::fs::symlink("ckb-loop", dir.join("locales/ckb-loop")).unwrap();
    let r = check_all(&dir);
    let d = one(&r, "E0001", "locales/ar");
    assert!(d.message.contains("cannot read"), "{}", r.render());
    one(&r, "E0001", "locales/ckb-loop");
    assert!(with_code(&r, "W0602").is_empty(), "{}", r.render());
}

#[test]
fn the_completeness_table_counts_a_duplicate_once() {
    let before = i18n::completeness(&{
        let mut r = Report::default();
        Catalog::load(&util::root(), &mut r)
    });
    let dir = content_with(
        "dup-count",
        &[
            (EN_UI, &append("play-continue = Again\n")),
            (AR_UI, &append("play-continue = مرة أخرى\n")),
        ],
    );
    let mut r = Report::default();
    let after = i18n::completeness(&Catalog::load(&dir, &mut r));
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(
            (b.translated, b.total),
            (a.translated, a.total),
            "{} {}",
            a.locale,
            a.file
        );
    }
}

#[test]
fn a_scenario_that_does_not_load_does_not_flood_unused_messages() {
    let dir = util::temp_content("no-flood");
    std::fs::write(
        dir.join("scenarios/domestic-worker-passport.ron"),
        "Scenario(\n    format: 1,\n",
    )
    .unwrap();
    let r = check_all(&dir);
    one(&r, "E0100", "");
    let unused = with_code(&r, "W0603");
    assert!(
        unused.is_empty(),
        "{} unused:\n{}",
        unused.len(),
        r.render()
    );
}
