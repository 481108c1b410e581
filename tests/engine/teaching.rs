//! The teaching-quality checks (W0701 to W0705): each fires on its file under
//! `tests/corpus/teaching/scenarios/` at the position its `// expect:` line gives, with
//! nothing else reported, and its fixed version (`<name>-fixed.ron`) is clean. Each file is
//! checked in a content folder of its own, with the shipped rubric and the file's texts.

use crate::util;
use sanad::diagnostic::Severity;
use sanad::loader::{self, Purpose, Selection};
use std::path::{Path, PathBuf};

/// (code, line, column, severity, message) from `// expect: CODE [@line:col] severity message`.
type Expected = (String, Option<(usize, usize)>, String, String);

fn expected(text: &str) -> Vec<Expected> {
    text.lines()
        .filter_map(|l| l.strip_prefix("// expect: "))
        .map(|rest| {
            let (code, rest) = rest.split_once(' ').expect("code");
            let (at, rest) = match rest.strip_prefix('@') {
                Some(r) => {
                    let (pos, rest) = r.split_once(' ').expect("@line:col");
                    let (l, c) = pos.split_once(':').expect("line:col");
                    (Some((l.parse().unwrap(), c.parse().unwrap())), rest)
                }
                None => (None, rest),
            };
            let (severity, message) = rest.split_once(' ').expect("severity");
            (code.into(), at, severity.into(), message.into())
        })
        .collect()
}

/// A content folder holding the shipped rubric, `file` and its English texts.
fn content_for(file: &Path) -> PathBuf {
    let corpus = util::root().join("tests/corpus/teaching");
    let dir = util::temp_dir("teaching");
    std::fs::create_dir_all(dir.join("scenarios")).unwrap();
    std::fs::create_dir_all(dir.join("locales/en")).unwrap();
    std::fs::copy(
        util::root().join("scenarios/rubric.ron"),
        dir.join("scenarios/rubric.ron"),
    )
    .unwrap();
    let name = file.file_name().unwrap();
    std::fs::copy(file, dir.join("scenarios").join(name)).unwrap();
    let ftl = Path::new(name).with_extension("ftl");
    let texts = corpus.join("locales/en").join(&ftl);
    if texts.exists() {
        std::fs::copy(&texts, dir.join("locales/en").join(&ftl)).unwrap();
    }
    dir
}

fn report_for(file: &Path, strict: bool) -> Vec<Expected> {
    let dir = content_for(file);
    let target = dir.join("scenarios").join(file.file_name().unwrap());
    let loaded = loader::load(&dir, &Selection::One(&target), Purpose::Check { strict });
    let _ = std::fs::remove_dir_all(&dir);
    loaded
        .report
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code.to_string(),
                d.line_col(),
                match d.severity {
                    Severity::Error => "error".to_string(),
                    _ => "warning".to_string(),
                },
                d.message.clone(),
            )
        })
        .collect()
}

fn files() -> Vec<PathBuf> {
    let dir = util::root().join("tests/corpus/teaching/scenarios");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    v.sort();
    v
}

#[test]
fn each_check_fires_on_its_file_and_nothing_else_does() {
    let files = files();
    let broken: Vec<&PathBuf> = files
        .iter()
        .filter(|p| !p.to_string_lossy().ends_with("-fixed.ron"))
        .collect();
    assert!(broken.len() >= 5, "one file per check");
    let mut codes_seen = Vec::new();
    for path in broken {
        let want = expected(&std::fs::read_to_string(path).unwrap());
        assert!(!want.is_empty(), "{} expects nothing", path.display());
        let got = report_for(path, false);
        assert_eq!(got, want, "{}", path.display());
        codes_seen.extend(want.into_iter().map(|w| w.0));
    }
    for code in ["W0701", "W0702", "W0703", "W0704", "W0705"] {
        assert!(codes_seen.iter().any(|c| c == code), "no file for {code}");
    }
}

#[test]
fn each_fixed_version_is_clean_even_when_strict() {
    let fixed: Vec<PathBuf> = files()
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with("-fixed.ron"))
        .collect();
    assert!(fixed.len() >= 5, "a fixed version per check");
    for path in fixed {
        let broken = PathBuf::from(path.to_string_lossy().replace("-fixed.ron", ".ron"));
        assert!(broken.exists(), "{} fixes no file", path.display());
        assert_eq!(report_for(&path, true), vec![], "{}", path.display());
    }
}

#[test]
fn strict_makes_the_teaching_warnings_errors() {
    for path in files()
        .iter()
        .filter(|p| !p.to_string_lossy().ends_with("-fixed.ron"))
    {
        let got = report_for(path, true);
        assert!(!got.is_empty());
        assert!(
            got.iter().all(|(_, _, severity, _)| severity == "error"),
            "{}: {got:?}",
            path.display()
        );
    }
}
