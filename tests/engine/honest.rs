//! Content that can deceive, and messages that tell the truth about it: bidirectional
//! controls, invisible characters in ids, invalid and over-long ids, links, encodings, line
//! endings, the limits stated in messages, and the graph output.

use crate::util;
use sanad::diagnostic::{Report, Severity, SourceFile};
use sanad::i18n::Catalog;
use sanad::loader;
use std::path::Path;
use std::process::Command;

fn codes(r: &Report) -> Vec<&str> {
    r.diagnostics.iter().map(|d| d.code.id).collect()
}

fn errors(r: &Report) -> Vec<&str> {
    r.diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.code.id)
        .collect()
}

/// The minimal scenario with `from` replaced by `to` (which must be there).
fn minimal_with(from: &str, to: &str) -> String {
    assert!(util::MINIMAL.contains(from), "{from}");
    util::MINIMAL.replacen(from, to, 1)
}

fn bidi_warnings(r: &Report) -> usize {
    r.diagnostics.iter().filter(|d| d.code == "W0901").count()
}

#[test]
fn bidi_overrides_and_unbalanced_isolates_in_scenarios_warn() {
    // An override in a comment, written as the character itself.
    let text = format!("// the officer\u{202E} said\n{}", util::MINIMAL);
    let (s, r) = util::load_text("minimal.ron", &text);
    assert!(
        s.is_some(),
        "a warning does not stop the scenario:\n{}",
        r.render()
    );
    assert_eq!(bidi_warnings(&r), 1, "{}", r.render());
    let d = r.diagnostics.iter().find(|d| d.code == "W0901").unwrap();
    assert_eq!(d.line_col(), Some((1, 15)), "{}", r.render());
    assert!(d.message.contains("U+202E"), "{}", d.message);
    assert!(!r.render().contains('\u{202E}'), "{}", r.render());

    // An embedding written as an escape in a string the trainee sees (a profile argument).
    let text = minimal_with(
        "evidence: {",
        "picks: [Pick(id: \"who\", options: [Profile(args: {\"name\": \"Ali\\u{202B}\"})])],\n    evidence: {",
    );
    let (s, r) = util::load_text("minimal.ron", &text);
    assert!(s.is_some(), "{}", r.render());
    assert_eq!(bidi_warnings(&r), 1, "{}", r.render());

    // An isolate that is never closed.
    let text = format!("// \u{2067}abc\n{}", util::MINIMAL);
    let (_, r) = util::load_text("minimal.ron", &text);
    assert_eq!(bidi_warnings(&r), 1, "{}", r.render());
    // A closing isolate with nothing to close.
    let text = format!("// abc\u{2069}\n{}", util::MINIMAL);
    let (_, r) = util::load_text("minimal.ron", &text);
    assert_eq!(bidi_warnings(&r), 1, "{}", r.render());

    // What translators use: the marks, and balanced isolates.
    let text = format!(
        "// \u{200F}شاهد\u{200E} \u{2067}abc\u{2069} \u{2068}x\u{2066}y\u{2069}\u{2069}\n{}",
        util::MINIMAL
    );
    let (_, r) = util::load_text("minimal.ron", &text);
    assert_eq!(bidi_warnings(&r), 0, "{}", r.render());
}

#[test]
fn bidi_overrides_in_locale_files_warn() {
    let dir = util::temp_content("bidi-ftl");
    let ftl = dir.join("locales/ar/domestic-worker-passport.ftl");
    let mut text = std::fs::read_to_string(&ftl).unwrap();
    text.push_str("\nbidi-trap = ادفع \u{202E}0001\u{202C} دينار\nbidi-fine = \u{2067}Erbil\u{2069} \u{200F}اربيل\n");
    std::fs::write(&ftl, text).unwrap();
    let mut report = Report::default();
    let _ = Catalog::load(&dir, &mut report);
    let w: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "W0901")
        .collect();
    assert_eq!(w.len(), 1, "{}", report.render());
    assert_eq!(
        w[0].file.as_deref(),
        Some("locales/ar/domestic-worker-passport.ftl")
    );
    let last = std::fs::read_to_string(&ftl).unwrap().lines().count() - 1;
    assert_eq!(w[0].line_col().map(|(l, _)| l), Some(last));
}

/// Every isolate opened in `s` is closed, line by line.
fn isolates_balanced(s: &str) -> bool {
    s.lines().all(|line| {
        let mut depth = 0i32;
        for c in line.chars() {
            match c {
                '\u{2066}' | '\u{2067}' | '\u{2068}' => depth += 1,
                '\u{2069}' => depth -= 1,
                _ => {}
            }
            if depth < 0 {
                return false;
            }
        }
        depth == 0
    })
}

#[test]
fn run_output_never_leaves_an_isolate_open() {
    for s in [
        "a\u{2066}b",
        "\u{2067}x",
        "x\u{2069}",
        "\u{2068}a\u{2069}\u{2067}",
    ] {
        assert!(isolates_balanced(&sanad::i18n::strip_bidi(s)), "{s:?}");
    }
    let dir = util::temp_content("bidi-run");
    let ftl = dir.join("locales/en/domestic-worker-passport.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap().replacen(
        "dwp-title = The passport",
        "dwp-title = \u{2067}The passport",
        1,
    );
    std::fs::write(&ftl, text).unwrap();
    for format in ["text", "json"] {
        let out = Command::new(env!("CARGO_BIN_EXE_sanad"))
            .args(["run", "domestic-worker-passport", "--choose", "3"])
            .args(["--format", format, "--content"])
            .arg(&dir)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let s = String::from_utf8_lossy(&out.stdout);
        if format == "text" {
            assert!(s.contains("The passport"), "{s}");
        }
        assert!(isolates_balanced(&s), "{s:?}");
    }
}

#[test]
fn invisible_characters_in_ids_are_shown_escaped_and_counted_once() {
    let text = minimal_with("\"b\": Decision", "\"b\u{200B}\": Decision");
    let (s, r) = util::load_text("minimal.ron", &text);
    assert!(s.is_none());
    assert_eq!(errors(&r), ["E0106"], "{}", r.render());
    let d = &r.diagnostics[0];
    assert!(d.message.contains("`b\\u{200b}`"), "{}", d.message);
    // The message and the help line; the quoted source line is the file as it is.
    let rendered = r.render();
    for line in rendered.lines().filter(|l| !l.contains(" | ")) {
        assert!(!line.contains('\u{200B}'), "{rendered}");
    }
    // In a reference, too.
    let text = minimal_with("next: \"b\"", "next: \"b\u{2060}\"");
    let (_, r) = util::load_text("minimal.ron", &text);
    assert_eq!(errors(&r), ["E0301"], "{}", r.render());
    assert!(
        r.diagnostics[0].message.contains("`b\\u{2060}`"),
        "{}",
        r.render()
    );
}

#[test]
fn an_invalid_id_gets_one_error_and_a_long_one_the_limit() {
    let long = "e".repeat(200);
    let text = util::MINIMAL.replace("\"end\"", &format!("\"{long}\""));
    let (s, r) = util::load_text("minimal.ron", &text);
    assert!(s.is_none());
    assert_eq!(errors(&r), ["E0106"], "{}", r.render());
    let hint = r.diagnostics[0].hint.as_deref().unwrap_or("");
    assert!(hint.contains("128"), "{}", r.render());
    assert!(hint.contains("200"), "{}", r.render());
    // Other declarations too: a variable with a space in its id, used by that id.
    let text = util::MINIMAL.replace("\"trust\"", "\"my trust\"");
    let (_, r) = util::load_text("minimal.ron", &text);
    assert_eq!(errors(&r), ["E0106"], "{}", r.render());
}

// Unix only: symbolic links need developer mode or administrator rights on Windows.
#[cfg(unix)]
#[test]
fn link_loops_and_dangling_links_are_reported_as_such() {
    let dir = util::temp_content("links");
    let s = dir.join("scenarios");
    std::os::unix::fs::symlink(s.join("loop-b.ron"), s.join("loop-a.ron")).unwrap();
    std::os::unix::fs::symlink(s.join("loop-a.ron"), s.join("loop-b.ron")).unwrap();
    std::os::unix::fs::symlink(s.join("gone.txt"), s.join("dangling.ron")).unwrap();
    // A link inside the folder is fine, and is shown by its own name.
    std::os::unix::fs::symlink(s.join("domestic-worker-passport.ron"), s.join("alias.ron"))
        .unwrap();
    let mut report = Report::default();
    let files = loader::scenario_files(&dir, &mut report);
    assert!(files.iter().any(|f| f.ends_with("alias.ron")), "{files:?}");
    let r = report.render();
    assert_eq!(report.diagnostics.len(), 3, "{r}");
    assert!(!r.contains("outside"), "{r}");
    assert!(
        !r.contains(dir.to_str().unwrap()),
        "paths are relative: {r}"
    );
    for name in ["loop-a.ron", "loop-b.ron"] {
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.file.as_deref() == Some(&format!("scenarios/{name}")))
            .unwrap_or_else(|| panic!("{name}: {r}"));
        assert!(d.message.contains("loop"), "{r}");
    }
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.file.as_deref() == Some("scenarios/dangling.ron"))
        .unwrap();
    assert!(d.message.contains("does not exist"), "{r}");
    assert!(d.message.contains("scenarios/gone.txt"), "{r}");
    assert_eq!(
        loader::display_path(&dir, &s.join("alias.ron")),
        "scenarios/alias.ron"
    );
}

fn read_bytes(tag: &str, bytes: &[u8]) -> (Report, String) {
    let dir = util::temp_content(tag);
    let path = dir.join("scenarios/enc.ron");
    std::fs::write(&path, bytes).unwrap();
    let mut report = Report::default();
    let s = loader::load_scenario(&dir, &path, &util::rubric(), &mut report);
    assert!(s.is_none());
    let r = report.render();
    (report, r)
}

#[test]
fn utf16_files_get_a_hint_that_names_utf16() {
    let utf16 = |bom: &[u8], be: bool| {
        let mut b = bom.to_vec();
        for u in util::MINIMAL.encode_utf16() {
            b.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        b
    };
    for (tag, bytes) in [
        ("le", utf16(&[0xFF, 0xFE], false)),
        ("be", utf16(&[0xFE, 0xFF], true)),
        // Without a byte-order mark UTF-16 of ASCII text is valid UTF-8 full of NULs.
        ("nobom", utf16(&[], false)),
    ] {
        let (report, r) = read_bytes(tag, &bytes);
        assert_eq!(codes(&report), ["E0002"], "{tag}: {r}");
        let d = &report.diagnostics[0];
        let all = format!("{} {}", d.message, d.hint.as_deref().unwrap_or(""));
        assert!(all.contains("UTF-16"), "{tag}: {r}");
        assert!(!r.contains('\0'), "{tag}: {r:?}");
    }
}

#[test]
fn nul_bytes_are_never_printed() {
    let text = minimal_with("\"t-summary\"", "\"t-su\0mm\"");
    let (report, r) = read_bytes("nul", text.as_bytes());
    assert!(!r.contains('\0'), "{r:?}");
    for d in &report.diagnostics {
        assert!(!d.message.contains('\0'), "{:?}", d.message);
        assert!(!d.label.contains('\0'), "{:?}", d.label);
        assert!(!d.to_owned().hint.unwrap_or_default().contains('\0'));
    }
    assert!(
        !serde_json::to_string(&report.to_json())
            .unwrap()
            .contains("\\u0000"),
        "{r}"
    );
}

#[test]
fn cr_only_line_endings_get_correct_line_numbers() {
    let text = minimal_with("text: \"t-b\"", "text: \"t b\"").replace('\n', "\r");
    let file = SourceFile::new(Path::new("x.ron"), "scenarios/x.ron".into(), text.clone());
    let mut report = Report::default();
    let _ = loader::load_scenario_source(&util::root(), &file, &util::rubric(), &mut report);
    assert_eq!(codes(&report), ["E0106"], "{}", report.render());
    assert_eq!(report.diagnostics[0].line_col(), Some((14, 29)));
    let r = report.render();
    assert!(r.contains("--> scenarios/x.ron:14:29"), "{r}");
    assert!(
        r.contains("\n14 |         \"b\": Decision(text: \"t b\", choices: [\n"),
        "{r}"
    );
    assert!(!r.contains("Choice("), "only the marked line is shown: {r}");
    // Mixed endings: CR LF counts once, a lone CR once.
    let f = SourceFile::new(Path::new("y"), "y".into(), "a\r\nb\rc\nd".into());
    assert_eq!(f.line_col(f.text.find('d').unwrap()), (4, 1));
    assert_eq!(f.line_col(f.text.find('c').unwrap()), (3, 1));
}

#[test]
fn limits_are_stated_in_the_messages() {
    let text = minimal_with("Add(\"trust\", 1)", "Add(\"trust\", 2_000_000_000)");
    let (_, r) = util::load_text("minimal.ron", &text);
    assert_eq!(errors(&r), ["E0308"], "{}", r.render());
    let d = &r.diagnostics[0];
    let all = format!("{} {}", d.message, d.hint.as_deref().unwrap_or(""));
    assert!(all.contains("1,000,000,000"), "{}", r.render());
    assert!(all.contains("2_000_000_000"), "as written: {}", r.render());

    // The start value against the bounds as the author wrote them.
    let text = minimal_with("start: 3)", "start: 5_000)").replacen("max: 10", "max: 1_000", 1);
    let (_, r) = util::load_text("minimal.ron", &text);
    assert_eq!(errors(&r), ["E0308"], "{}", r.render());
    assert!(
        r.diagnostics[0].message.contains("min: 0, max: 1_000"),
        "{}",
        r.render()
    );
    assert!(r.diagnostics[0].message.contains("5_000"), "{}", r.render());

    // Bounds beyond the limit: one error, that names the limit; the start is not blamed for
    // bounds that were repaired.
    let text = minimal_with("start: 3)", "start: 1_500_000_000)").replacen(
        "max: 10",
        "max: 2_000_000_000",
        1,
    );
    let (_, r) = util::load_text("minimal.ron", &text);
    assert_eq!(errors(&r), ["E0308"], "{}", r.render());
    let d = &r.diagnostics[0];
    let all = format!(
        "{} {} {}",
        d.message,
        d.label,
        d.hint.as_deref().unwrap_or("")
    );
    assert!(all.contains("1,000,000,000"), "{}", r.render());
}

fn graph(text: &str, format: &str) -> String {
    let dir = util::temp_dir("graph");
    let path = dir.join("g.ron");
    std::fs::write(&path, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sanad"))
        .arg("graph")
        .arg(&path)
        .args(["--format", format, "--content"])
        .arg(util::root())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn mermaid_ids_stay_distinct() {
    let text = util::MINIMAL
        .replace("\"a\"", "\"a-b\"")
        .replace("\"b\"", "\"a_b\"");
    let m = graph(&text, "mermaid");
    let ids: Vec<&str> = m
        .lines()
        .filter(|l| l.contains("[\""))
        .map(|l| l.trim().split(['[', '(']).next().unwrap())
        .collect();
    assert_eq!(ids.len(), 3, "{m}");
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 3, "{m}");
}

#[test]
fn dot_labels_of_nested_conditions_keep_their_brackets() {
    let text = minimal_with(
        "\"a\": Line(speaker: \"p\", text: \"t-a\", next: \"b\"),",
        "\"a\": Branch(cases: [Case(when: Any([All([Flag(\"ok\"), Var(\"trust\", \">\", 1)]), Not(Any([Flag(\"ok\"), Has(\"doc\")]))]), next: \"b\")], default: \"b\"),",
    );
    let dot = graph(&text, "dot");
    assert!(
        dot.contains("if (ok and trust > 1) or not (ok or has doc)"),
        "{dot}"
    );
    let text = minimal_with(
        "\"a\": Line(speaker: \"p\", text: \"t-a\", next: \"b\"),",
        "\"a\": Branch(cases: [Case(when: All([Any([Flag(\"ok\"), Has(\"doc\")]), Var(\"trust\", \">\", 1)]), next: \"b\")], default: \"b\"),",
    );
    let dot = graph(&text, "dot");
    assert!(dot.contains("if (ok or has doc) and trust > 1"), "{dot}");
}
