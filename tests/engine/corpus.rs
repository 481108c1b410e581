//! The bad-input corpus: every file under `tests/corpus/bad/` names the diagnostics it must
//! produce in `// expect: SEVERITY CODE @LINE:COL MESSAGE` lines (`@-` for a diagnostic
//! without a position; the format is read by `util::expectations`). The report must hold
//! exactly these, each at its position with its severity, and nothing else; no panic; the
//! file must not load.

use crate::util;
use sanad::diagnostic::Report;
use sanad::loader;
use std::path::Path;

fn check_file(root: &Path, path: &Path) -> Report {
    let mut report = Report::default();
    let rubric = util::rubric();
    let loaded = loader::load_scenario(root, path, &rubric, &mut report);
    assert!(
        loaded.is_none(),
        "{} loaded although it is bad",
        path.display()
    );
    report
}

#[test]
fn every_bad_file_gets_its_diagnostic() {
    let root = util::root();
    let dir = root.join("tests/corpus/bad");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 30,
        "the corpus needs at least 30 files, has {}",
        paths.len()
    );
    let mut failures = Vec::new();
    for path in &paths {
        let bytes = std::fs::read(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let exp = match util::expectations(&String::from_utf8_lossy(&bytes)) {
            Ok(e) => e,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        let report = check_file(&root, path);
        // Exactly the expected diagnostics, each with its severity and position.
        if let Err(e) = util::check_expectations(&report, &exp, true) {
            failures.push(format!("{name}:\n{e}"));
        }
        // Every diagnostic renders with its file, and positions are inside the file.
        for d in &report.diagnostics {
            assert!(
                d.file.is_some(),
                "{}: {} has no file",
                path.display(),
                d.code
            );
            if let Some((l, _)) = d.line_col() {
                let lines = String::from_utf8_lossy(&bytes).lines().count();
                assert!(
                    l >= 1 && l <= lines + 1,
                    "{}: line {l} out of range",
                    path.display()
                );
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn huge_files_are_refused_unread() {
    let dir = util::temp_content("huge");
    let path = dir.join("scenarios/huge.ron");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(loader::MAX_FILE_BYTES + 1).unwrap();
    let report = check_file(&dir, &path);
    assert_eq!(report.diagnostics[0].code, "E0003", "{}", report.render());
    assert!(report.diagnostics[0].message.contains("MiB"));
}

#[test]
fn too_many_nodes_are_refused() {
    let dir = util::temp_content("nodes");
    let n = loader::MAX_NODES + 1;
    let mut text = String::with_capacity(n * 40);
    text.push_str("Scenario(format: 1, kind: Interview, title: \"t\", summary: \"t\", objectives: [], content_note: \"t\", start: \"n0\", nodes: {\n");
    for i in 0..n {
        text.push_str(&format!(
            "\"n{i}\": Ending(outcome: Partial, text: \"t\"),\n"
        ));
    }
    text.push_str("})\n");
    let path = dir.join("scenarios/many.ron");
    std::fs::write(&path, text).unwrap();
    let report = check_file(&dir, &path);
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.code == "E0005" && d.message.contains("nodes")),
        "{}",
        report.render()
    );
}

// Unix only: symbolic links need developer mode or administrator rights on Windows.
#[cfg(unix)]
#[test]
fn links_out_of_the_content_folder_are_refused() {
    let dir = util::temp_content("link");
    let outside = util::temp_dir("outside");
    std::fs::write(outside.join("evil.ron"), util::MINIMAL).unwrap();
    std::os::unix::fs::symlink(outside.join("evil.ron"), dir.join("scenarios/evil.ron")).unwrap();
    let mut report = Report::default();
    let files = loader::scenario_files(&dir, &mut report);
    assert!(!files.iter().any(|f| f.ends_with("evil.ron")), "{files:?}");
    assert_eq!(report.diagnostics[0].code, "E0006", "{}", report.render());
    // The library loads without it and says why.
    let loaded = loader::load(&dir, &loader::Selection::All, loader::Purpose::Play);
    assert!(loaded.library.scenario("evil").is_none());
    assert!(
        loaded
            .library
            .scenario("domestic-worker-passport")
            .is_some()
    );
    assert!(loaded.report.diagnostics.iter().any(|d| d.code == "E0006"));
}

#[test]
fn the_minimal_scenario_is_valid() {
    let (s, r) = util::load_text("minimal.ron", util::MINIMAL);
    assert!(s.is_some(), "{}", r.render());
    assert_eq!(r.errors(), 0);
}

#[test]
fn scenario_ids_cannot_climb_out_of_the_content_folder() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sanad"))
        .args(["run", "../../no/such/scenario", "--content"])
        .arg(util::root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("neither a scenario file nor a scenario id"),
        "{err}"
    );
}

#[test]
fn synthetic_scenarios_are_valid() {
    for conditions in [false, true] {
        let text = sanad::synth::scenario_text(sanad::synth::Synth {
            nodes: 600,
            seed: 3,
            conditions,
        });
        let (s, r) = util::load_text("synthetic.ron", &text);
        assert!(s.is_some() && r.diagnostics.is_empty(), "{}", r.render());
    }
}

#[test]
fn a_cycle_of_branches_is_reported_once_as_branches() {
    let root = util::root();
    for name in ["branch-cycle.ron", "branch-cycle-no-exit.ron"] {
        let report = check_file(&root, &root.join("tests/corpus/bad").join(name));
        let loops: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.code == "E0404")
            .collect();
        assert_eq!(loops.len(), 1, "{name}:\n{}", report.render());
        assert!(
            loops[0].message.contains("a cycle of branches") && !loops[0].message.contains("hub"),
            "{name}: {}",
            loops[0].message
        );
        assert_eq!(report.errors(), 1, "{name}:\n{}", report.render());
    }
}

#[test]
fn a_hub_too_large_to_check_is_named_and_the_check_stops() {
    let (s, r) = util::load_text("syn-hub.ron", &sanad::synth::hub_text(40));
    assert!(s.is_some(), "{}", r.render());
    let w = r
        .diagnostics
        .iter()
        .find(|d| d.code == "W0505")
        .unwrap_or_else(|| panic!("no W0505:\n{}", r.render()));
    let hint = w.hint.as_deref().unwrap_or("");
    assert!(
        hint.contains("`a`") && hint.contains("2^40") && hint.contains("budget"),
        "{hint}"
    );
    // A budget makes the same hub checkable.
    let budgeted = sanad::synth::hub_text(40).replace("Hub(text:", "Hub(budget: 2, text:");
    let (s, r) = util::load_text("syn-hub.ron", &budgeted);
    assert!(s.is_some(), "{}", r.render());
    assert!(
        !r.diagnostics.iter().any(|d| d.code == "W0505"),
        "{}",
        r.render()
    );
}

#[test]
fn conditions_on_wide_variables_are_judged_by_their_bounds() {
    // Ten conditions the bounds do not decide: no warning (and no scan of 2e9 values).
    let (s, r) = util::load_text("syn-wide.ron", &sanad::synth::wide_conditions_text(10));
    assert!(s.is_some(), "{}", r.render());
    assert!(
        !r.diagnostics.iter().any(|d| d.code == "W0503"),
        "{}",
        r.render()
    );
    // One they do decide, on the same wide variable: the warning.
    let text = sanad::synth::wide_conditions_text(1).replace("999999990", "1000000000");
    let (_, r) = util::load_text("syn-wide.ron", &text);
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.code == "W0503" && d.message.contains("always false")),
        "{}",
        r.render()
    );
}

/// The expectation format, and that the check refuses a report with a diagnostic too many or
/// too few, at another place or of another severity.
#[test]
fn expectations_are_read_and_matched_exactly() {
    use sanad::diagnostic::Severity;
    use util::ExpectAt;
    let text = "x\n// expect: error E0301 @19:108 unknown node `ned`\n\
                // expect: W0503 always false\n  // expect: warning W0901 @- text\n";
    let e = util::expectations(text).unwrap();
    assert_eq!(e.len(), 3);
    assert_eq!(
        (
            e[0].severity,
            e[0].code.as_str(),
            e[0].at,
            e[0].message.as_str(),
            e[0].line
        ),
        (
            Some(Severity::Error),
            "E0301",
            ExpectAt::At(19, 108),
            "unknown node `ned`",
            2
        )
    );
    assert_eq!((e[1].severity, e[1].at), (None, ExpectAt::Unpinned));
    assert_eq!(
        (e[2].severity, e[2].at),
        (Some(Severity::Warning), ExpectAt::Nowhere)
    );
    assert!(util::expectations("// expect: E03 x").is_err());
    assert!(util::expectations("// expect: E0301 @19 x").is_err());

    let root = util::root();
    let report = check_file(&root, &root.join("tests/corpus/bad/many-errors.ron"));
    let exact = "// expect: error E0301 @19:108 unknown node `ned`\n\
                 // expect: error E0302 @19:42 unknown competency\n\
                 // expect: error E0303 @20:48 unknown variable\n";
    let ok = util::expectations(exact).unwrap();
    util::check_expectations(&report, &ok, true).unwrap();
    // One diagnostic not expected.
    let fewer = util::expectations(&exact.lines().take(2).collect::<Vec<_>>().join("\n")).unwrap();
    let err = util::check_expectations(&report, &fewer, true).unwrap_err();
    assert!(err.contains("not expected: error E0303 @20:48"), "{err}");
    // One expected twice.
    let twice = format!("{exact}// expect: error E0303 @20:48 unknown variable\n");
    let err =
        util::check_expectations(&report, &util::expectations(&twice).unwrap(), true).unwrap_err();
    assert!(err.contains("not reported"), "{err}");
    // Another column, another severity.
    for wrong in [
        exact.replace("@20:48", "@20:49"),
        exact.replace("error E0302", "warning E0302"),
    ] {
        let exp = util::expectations(&wrong).unwrap();
        assert!(
            util::check_expectations(&report, &exp, true).is_err(),
            "{wrong}"
        );
    }
    // Strict mode wants the severity and the position.
    let loose = util::expectations(&exact.replace("error ", "")).unwrap();
    assert!(util::check_expectations(&report, &loose, false).is_ok());
    assert!(util::check_expectations(&report, &loose, true).is_err());
}
