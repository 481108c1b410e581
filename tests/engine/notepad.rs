//! Content files saved by Windows Notepad: a UTF-8 byte order mark at the start and `\r\n`
//! line endings. The shipped content saved that way loads as cleanly as the original, its
//! texts carry no `\r`, and a problem in such a file is reported at the same line and column
//! (counted in characters, the `\r` and the mark not counted) as in the original.

use crate::util;
use sanad::diagnostic::{Diagnostic, Report};
use sanad::loader::{self, Purpose, Selection};
use std::path::{Path, PathBuf};

const SCENARIO: &str = "scenarios/domestic-worker-passport.ron";
const AR_FTL: &str = "locales/ar/domestic-worker-passport.ftl";

/// As Notepad saves it: a byte order mark, and every line ending `\r\n`.
fn notepad(text: &str) -> String {
    format!(
        "\u{FEFF}{}",
        text.replace("\r\n", "\n").replace('\n', "\r\n")
    )
}

/// Every `.ron` and `.ftl` file under `dir`, recursively.
fn content_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            content_files(&p, out);
        } else if matches!(p.extension().and_then(|x| x.to_str()), Some("ron" | "ftl")) {
            out.push(p);
        }
    }
}

/// A copy of the shipped content with every scenario and locale file saved by Notepad.
fn notepad_content(tag: &str) -> PathBuf {
    let dir = util::temp_content(tag);
    let mut files = Vec::new();
    content_files(&dir, &mut files);
    assert!(files.len() > 20, "{files:?}");
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        std::fs::write(&f, notepad(&text)).unwrap();
    }
    dir
}

fn check_all(dir: &Path) -> Report {
    loader::load(dir, &Selection::Paths(&[]), Purpose::Check { strict: true }).report
}

/// A diagnostic's code, message, file and line:column.
type Said = (String, String, Option<String>, Option<(usize, usize)>);

/// What a report says, position included, without the folder it was made in.
fn summary(r: &Report) -> Vec<Said> {
    r.diagnostics
        .iter()
        .map(|d| {
            (
                d.code.to_string(),
                d.message.clone(),
                d.file.clone(),
                d.line_col(),
            )
        })
        .collect()
}

fn first<'r>(r: &'r Report, code: &str) -> &'r Diagnostic {
    r.diagnostics
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no {code}:\n{}", r.render()))
}

#[test]
fn shipped_content_saved_by_notepad_loads_clean() {
    let plain = check_all(&util::root());
    let dir = notepad_content("notepad-clean");
    let r = check_all(&dir);
    assert_eq!(r.errors(), 0, "{}", r.render());
    assert_eq!(summary(&r), summary(&plain), "{}", r.render());

    // The same library and the same texts, without a `\r` or a mark in any of them.
    let ours = loader::load(&dir, &Selection::All, Purpose::Play);
    let shipped = loader::load(&util::root(), &Selection::All, Purpose::Play);
    let ids = |l: &loader::Loaded| -> Vec<String> {
        l.library.scenarios.iter().map(|s| s.id.clone()).collect()
    };
    assert_eq!(ids(&ours), ids(&shipped));
    for lang in ["en", "ar", "ckb"] {
        for id in ["dwp-title", "dwp-summary", "dwp-content-note"] {
            let got = ours.catalog.localizer(lang).text(id, &[]);
            assert_eq!(
                got,
                shipped.catalog.localizer(lang).text(id, &[]),
                "{lang} {id}"
            );
            assert!(
                !got.is_empty() && !got.contains(['\r', '\u{FEFF}']),
                "{lang} {id}: {got:?}"
            );
        }
    }
}

/// A scenario saved by Notepad with an unknown node: reported at the line and column an
/// author sees in the editor, the same as in the file saved with `\n`.
#[test]
fn a_problem_in_a_notepad_scenario_has_its_line_and_column() {
    let original = std::fs::read_to_string(util::root().join(SCENARIO)).unwrap();
    let needle = "next: \"at-the-desk\"";
    let (index, line) = original
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(needle))
        .unwrap();
    let broken = original.replacen(needle, "next: \"nowhere\"", 1);
    // 1-based, in characters: where `"nowhere"` starts.
    let want = (
        index + 1,
        line[..line.find(needle).unwrap()].chars().count() + 7,
    );

    for (tag, text) in [("lf", broken.clone()), ("notepad", notepad(&broken))] {
        let dir = util::temp_content(&format!("notepad-ron-{tag}"));
        std::fs::write(dir.join(SCENARIO), &text).unwrap();
        let r = check_all(&dir);
        let d = first(&r, "E0301");
        assert!(d.message.contains("nowhere"), "{tag}: {}", r.render());
        assert_eq!(d.line_col(), Some(want), "{tag}: {}", r.render());
        let shown = r.render();
        assert!(!shown.contains(['\r', '\u{FEFF}']), "{tag}: {shown:?}");
        assert!(
            shown.contains(&format!(":{}:{}", want.0, want.1)),
            "{tag}: {shown}"
        );
    }
}

/// On the first line the byte order mark is not a column.
#[test]
fn the_byte_order_mark_is_not_a_column() {
    let text = util::MINIMAL.replacen("Scenario(\n    format: 1,", "Scenario(format: 99,", 1);
    assert!(text.starts_with("Scenario(format: 99,"), "{text}");
    let plain = util::load_text("minimal.ron", &text).1;
    let saved = util::load_text("minimal.ron", &notepad(&text)).1;
    assert!(plain.errors() > 0, "{}", plain.render());
    let at = |r: &Report| {
        r.diagnostics
            .iter()
            .map(|d| d.line_col())
            .collect::<Vec<_>>()
    };
    assert_eq!(at(&saved), at(&plain), "{}", saved.render());
    // `99` is the 18th character of the line.
    assert_eq!(at(&plain)[0], Some((1, 18)), "{}", plain.render());
}

/// An Arabic locale file saved by Notepad with a reference to a term that does not exist,
/// after Arabic text: the column counts characters, not bytes, and the line is the editor's.
#[test]
fn a_problem_in_a_notepad_locale_has_its_line_and_column() {
    let original = std::fs::read_to_string(util::root().join(AR_FTL)).unwrap();
    let (index, line) = original
        .lines()
        .enumerate()
        .find(|(_, l)| l.starts_with("dwp-title = "))
        .unwrap();
    let broken_line = format!("{line} {{ -no-such-term }}");
    let broken = original.replacen(line, &broken_line, 1);
    // 1-based, in characters: where `-no-such-term` starts.
    let want = (index + 1, line.chars().count() + 4);

    for (tag, text) in [("lf", broken.clone()), ("notepad", notepad(&broken))] {
        let dir = util::temp_content(&format!("notepad-ftl-{tag}"));
        std::fs::write(dir.join(AR_FTL), &text).unwrap();
        let r = check_all(&dir);
        let d = r
            .diagnostics
            .iter()
            .find(|d| d.message.contains("no-such-term"))
            .unwrap_or_else(|| panic!("{tag}: nothing about the term:\n{}", r.render()));
        assert_eq!(d.line_col(), Some(want), "{tag}: {}", r.render());
        assert!(!r.render().contains(['\r', '\u{FEFF}']), "{tag}");
    }
}
