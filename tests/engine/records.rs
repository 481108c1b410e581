//! Attempts on this computer and the class report: versions, damaged and foreign files, the
//! lock, export, resume, a kill test over 1,000 saves, and the report's bad input.

use crate::common::random_choices;
use crate::util;
use sanad::attempts::{self, AttemptRecord, Store, StoreError, Unreadable};
use sanad::debrief;
use sanad::loader::{self, Purpose, Selection};
use sanad::model::Scenario;
use sanad::records::Mode;
use sanad::session::play_script;
use std::path::Path;

/// An attempt at `scn` played with `choices`, as the app records it.
pub fn attempt(scn: &Scenario, trainee: &str, seed: u64, choices: &[u32]) -> AttemptRecord {
    let rubric = util::rubric();
    let mut a = AttemptRecord::start(trainee, scn, seed, Mode::Workshop, "en");
    let t = play_script(scn, seed, choices);
    let d = debrief::debrief(&t.session, scn, &rubric);
    a.update(&t.session, &d, true);
    a
}

fn dwp() -> Scenario {
    util::scenario("domestic-worker-passport")
}

#[test]
fn records_have_a_version_and_older_ones_still_load() {
    // A record written by version 1, kept as a fixture: future versions must read it.
    let text =
        std::fs::read_to_string(util::root().join("tests/fixtures/attempt-v1.json")).unwrap();
    let a = attempts::parse(&text).expect("the version 1 fixture loads");
    assert_eq!((a.version, a.trainee.as_str()), (1, "TR-7K2M"));
    assert_eq!(a.choices, vec![1, 1, 1]);
    assert!(a.scores.contains_key("safety"));
    // A newer record is refused with a message that says so, not misread.
    let newer = text.replace("\"version\": 1", "\"version\": 7");
    assert_eq!(attempts::parse(&newer), Err(Unreadable::Newer(7)));
    assert!(
        Unreadable::Newer(7)
            .to_string()
            .contains("newer version of Sanad")
    );
    assert_eq!(attempts::parse("{\"hello\": 1}"), Err(Unreadable::Foreign));
    assert!(matches!(
        attempts::parse("{not json"),
        Err(Unreadable::NotJson(_))
    ));
    let broken = text.replace("\"seed\": 3", "\"seed\": \"three\"");
    assert!(matches!(
        attempts::parse(&broken),
        Err(Unreadable::Invalid(_))
    ));
    // The summaries kept by versions before attempts had their own files.
    let dir = util::temp_dir("legacy");
    std::fs::write(
        dir.join("records.json"),
        r#"{"trainee": "TR-AAAA", "attempts": [{"scenario": "domestic-worker-passport", "seed": 2,
            "mode": "workshop", "finished": true, "ending": "end-partial", "total_percent": 61.5,
            "critical": 1, "at": 1764600000}]}"#,
    )
    .unwrap();
    let (list, problems) = Store::read_only(&dir).load();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(list.len(), 1);
    assert!(list[0].legacy && list[0].finished && list[0].total_percent == 61.5);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_second_copy_on_the_same_folder_is_refused() {
    let dir = util::temp_dir("lock");
    let first = Store::open(&dir).expect("first copy");
    match Store::open(&dir) {
        Err(StoreError::Locked(d)) => assert_eq!(d, dir),
        other => panic!("a second copy was let in: {:?}", other.map(|_| ())),
    }
    drop(first);
    assert!(Store::open(&dir).is_ok(), "the lock is released on close");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_run_in_progress_resumes_at_the_same_screen() {
    let scn = dwp();
    let dir = util::temp_dir("resume");
    let store = Store::open(&dir).unwrap();
    let rubric = util::rubric();
    let choices = [1u32, 1, 1];
    let t = play_script(&scn, 9, &choices);
    let mut a = AttemptRecord::start("TR-RSME", &scn, 9, Mode::SelfPaced, "ar");
    a.update(
        &t.session,
        &debrief::debrief(&t.session, &scn, &rubric),
        false,
    );
    store.save(&a).unwrap();
    drop(store);
    // The app closes; the next start finds the attempt still in progress.
    let store = Store::open(&dir).unwrap();
    let found = store.in_progress("TR-RSME").expect("in progress");
    assert_eq!(found, a);
    let resumed = found.resume(&scn).unwrap();
    assert_eq!(resumed.timeline(), t.session.timeline());
    // It stands right after the last choice; passing the lines from there, it is where the
    // script player got to.
    let resumed = sanad::session::replay(&scn, resumed, &[]).session;
    let (v1, v2) = (t.session.view(&scn), resumed.view(&scn));
    assert_eq!((v1.node, v1.text), (v2.node, v2.text));
    assert_eq!(v1.choices, v2.choices, "same variant and order");
    // Another trainee has nothing to resume; a finished attempt is not offered.
    assert!(store.in_progress("TR-OTHR").is_none());
    let done = attempt(&scn, "TR-RSME", 9, &random_choices(&scn, 9, 1));
    let mut done = done;
    done.id = a.id.clone();
    store.save(&done).unwrap();
    assert!(store.in_progress("TR-RSME").is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn export_writes_one_file_per_attempt_and_one_csv() {
    let scn = dwp();
    let list: Vec<AttemptRecord> = (0..5)
        .map(|k| attempt(&scn, &format!("TR-EX{k}A"), k, &random_choices(&scn, k, k)))
        .collect();
    let out = util::temp_dir("export");
    assert_eq!(attempts::export(&list, &out).unwrap(), 5);
    let files = std::fs::read_dir(out.join("attempts")).unwrap().count();
    assert_eq!(files, 5);
    let csv = std::fs::read_to_string(out.join("attempts.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 6, "{csv}");
    assert!(lines[0].starts_with("id,trainee,scenario,"));
    for a in &list {
        assert!(csv.contains(&a.trainee));
    }
    // Read back, the export is the same attempts.
    let (back, problems) = Store::read_only(&out).load();
    assert!(problems.is_empty());
    assert_eq!(back.len(), 5);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn csv_cells_are_quoted_and_never_formulas() {
    assert_eq!(attempts::csv_cell("a,b"), "\"a,b\"");
    assert_eq!(attempts::csv_cell("say \"no\""), "\"say \"\"no\"\"\"");
    assert_eq!(attempts::csv_cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    assert_eq!(attempts::csv_cell("-4"), "-4");
}

/// The child of the kill test: saves attempts without end into the folder it is given,
/// going on from the record it finds there.
#[test]
fn kill_test_child() {
    let Some(dir) = std::env::var_os("SANAD_KILL_CHILD_DIR") else {
        return;
    };
    let store = Store::read_only(Path::new(&dir));
    let fixture = std::fs::read_to_string(util::root().join("tests/fixtures/attempt-v1.json"));
    let mut a = attempts::parse(&fixture.unwrap()).unwrap();
    a.id = "TR-KILL-a".into();
    let (list, _) = store.load();
    let start = list.iter().find(|x| x.id == a.id).map_or(0, |x| x.seed + 1);
    for n in start.. {
        // Each save changes the record's length, so that a half-written file would not parse
        // or would disagree with itself.
        a.seed = n;
        a.choices = (0..(n % 40) as u32).collect();
        a.updated_at = n;
        store.save(&a).unwrap();
        // A second attempt, saved after the first: never ahead of it.
        let mut b = a.clone();
        b.id = "TR-KILL-b".into();
        store.save(&b).unwrap();
    }
}

/// SIGKILL at random moments while a process saves, at least 30 times and until 1,000 saves
/// have been made: every
/// file left parses, agrees with itself, and no save that finished is lost.
#[test]
fn a_killed_writer_never_leaves_a_lost_or_half_written_attempt() {
    // Unix only: it kills the writer with SIGKILL at random moments; Windows has no signals
    // (TerminateProcess is the nearest, and Wine's differs from Windows').
    #[cfg(unix)]
    {
        let dir = util::temp_dir("kill");
        std::fs::create_dir_all(dir.join("attempts")).unwrap();
        let exe = std::env::current_exe().unwrap();
        let mut last_seen: Option<u64> = None;
        let mut rounds = 0u64;
        let mut x = 0x9e37_79b9_u64;
        while last_seen.is_none_or(|s| s < 1000) || rounds < 30 {
            rounds += 1;
            assert!(
                rounds <= 300,
                "the writer made too little progress: {last_seen:?}"
            );
            let mut child = std::process::Command::new(&exe)
                .args([
                    "records::kill_test_child",
                    "--exact",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env("SANAD_KILL_CHILD_DIR", &dir)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap();
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            std::thread::sleep(std::time::Duration::from_millis(20 + (x >> 33) % 180));
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            let (list, problems) = Store::read_only(&dir).load();
            assert!(problems.is_empty(), "round {rounds}: {problems:?}");
            let Some(a) = list.iter().find(|a| a.id == "TR-KILL-a") else {
                assert!(
                    last_seen.is_none(),
                    "round {rounds}: a saved attempt was lost"
                );
                continue;
            };
            assert_eq!(
                a.choices.len() as u64,
                a.seed % 40,
                "round {rounds}: a mixed record"
            );
            assert!(
                last_seen.is_none_or(|s| a.seed >= s),
                "round {rounds}: an older record replaced a newer one"
            );
            if let Some(b) = list.iter().find(|a| a.id == "TR-KILL-b") {
                assert_eq!(b.choices.len() as u64, b.seed % 40);
                assert!(b.seed <= a.seed, "round {rounds}: saved out of order");
            }
            last_seen = Some(a.seed);
            for e in std::fs::read_dir(dir.join("attempts")).unwrap().flatten() {
                let name = e.file_name().to_string_lossy().to_string();
                assert!(
                    name.ends_with(".json") || name.starts_with(".sanad-"),
                    "{name}"
                );
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn the_report_skips_bad_files_with_reasons_and_completes() {
    let scn = dwp();
    let dir = util::temp_dir("report-in");
    let good: Vec<AttemptRecord> = (0..6)
        .map(|k| {
            attempt(
                &scn,
                &format!("TR-R{k}AA"),
                k,
                &random_choices(&scn, k, k + 3),
            )
        })
        .collect();
    attempts::export(&good, &dir).unwrap();
    std::fs::write(dir.join("broken.json"), "{\"format\": \"sanad-attempt\", ").unwrap();
    std::fs::write(dir.join("foreign.json"), "{\"name\": \"not ours\"}").unwrap();
    let mut newer = serde_json::to_value(&good[0]).unwrap();
    newer["version"] = 99.into();
    newer["id"] = "newer".into();
    std::fs::write(dir.join("newer.json"), newer.to_string()).unwrap();
    let mut gone = good[1].clone();
    gone.id = "gone".into();
    gone.scenario = "a-scenario-no-longer-installed".into();
    std::fs::write(dir.join("gone.json"), serde_json::to_string(&gone).unwrap()).unwrap();
    std::fs::write(dir.join("binary.json"), [0xff, 0xfe, 0x00]).unwrap();

    let loaded = loader::load(&util::root(), &Selection::All, Purpose::Play);
    let input = sanad::report::collect(&[dir.clone(), dir.join("missing-folder")]);
    let r = sanad::report::build(&input, &loaded.library);
    assert_eq!(r.attempts, 6);
    assert_eq!(r.trainees, 6);
    let reason = |name: &str| {
        r.skipped
            .iter()
            .find(|s| s.path.contains(name))
            .map(|s| s.reason.clone())
            .unwrap_or_else(|| panic!("{name} not listed: {:?}", r.skipped))
    };
    assert!(reason("broken.json").contains("not a JSON file"));
    assert!(reason("foreign.json").contains("not a Sanad attempt"));
    assert!(reason("newer.json").contains("newer version"));
    assert!(reason("gone.json").contains("not installed"));
    assert!(reason("binary.json").contains("UTF-8"));
    assert!(reason("missing-folder").contains("does not exist"));
    assert_eq!(r.skipped.len(), 6);
    // The figures are those of the six good attempts.
    let totals: Vec<f64> = good.iter().map(|a| a.total_percent).collect();
    let mean = (totals.iter().sum::<f64>() / 6.0 * 10.0).round() / 10.0;
    assert_eq!(r.total.mean, mean);
    assert_eq!(r.total.n, 6);
    let crit: usize = good.iter().map(|a| a.critical.len()).sum();
    assert_eq!(r.critical.iter().map(|c| c.count).sum::<usize>(), crit);
    // Every attempt's choice at the first decision is counted once.
    let first = r
        .decisions
        .iter()
        .find(|d| d.node == "first-step")
        .expect("first decision");
    assert_eq!(first.options.iter().map(|o| o.2).sum::<usize>(), r.replayed);
    assert_eq!(r.replayed, 6);

    // SANAD_KEEP_REPORT=DIR keeps the Arabic report there, to look at.
    let keep = std::env::var_os("SANAD_KEEP_REPORT").map(std::path::PathBuf::from);
    let out = keep.clone().unwrap_or_else(|| util::temp_dir("report-out"));
    for lang in ["en", "ar"] {
        let loc = loaded.catalog.localizer(lang);
        let files = sanad::report::write(
            &r,
            &loaded.library,
            &loc,
            &util::root().join("assets/fonts"),
            &out,
        )
        .unwrap();
        for name in [
            "report.md",
            "competencies.csv",
            "decisions.csv",
            "trainees.csv",
            "competencies.svg",
            "competencies.png",
            "questions.png",
            "outcomes.svg",
        ] {
            assert!(files.iter().any(|f| f.ends_with(name)), "{name} missing");
        }
        let md = std::fs::read_to_string(out.join("report.md")).unwrap();
        assert!(md.contains("TR-R0AA"));
        assert_eq!(md.contains("dir=\"rtl\""), lang == "ar");
        let png = std::fs::read(out.join("competencies.png")).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    }
    let _ = std::fs::remove_dir_all(&dir);
    if keep.is_none() {
        let _ = std::fs::remove_dir_all(&out);
    }
}

#[test]
fn progress_finds_the_weakest_competency_and_a_scenario_that_trains_it() {
    let scn = dwp();
    let loaded = loader::load(&util::root(), &Selection::All, Purpose::Play);
    let runs: Vec<AttemptRecord> = (0..4)
        .map(|k| attempt(&scn, "TR-PROG", k, &random_choices(&scn, k, k + 11)))
        .collect();
    let mut other = runs[0].clone();
    other.trainee = "TR-ELSE".into();
    let mut all = runs.clone();
    all.push(other);
    let p = attempts::progress(&all, "TR-PROG", &loaded.library);
    // Each competency has one value per attempt of this trainee that assessed it.
    for (id, values) in &p.competencies {
        let n = runs
            .iter()
            .filter(|a| {
                a.scores
                    .get(id)
                    .is_some_and(|s| s.status != sanad::debrief::Assessed::NotAssessed)
            })
            .count();
        assert_eq!(values.len(), n, "{id}");
    }
    let (weak, mean) = p.weakest.clone().expect("a weakest competency");
    // No competency that a scenario trains has a lower mean.
    for (id, v) in &p.competencies {
        let m = v.iter().sum::<f64>() / v.len() as f64;
        let trainable = loaded.library.scenarios.iter().any(|s| {
            s.competencies
                .iter()
                .position(|c| c == id)
                .is_some_and(|i| sanad::debrief::best_scores(s)[i] > 0)
        });
        assert!(
            !trainable || m >= mean - 0.06,
            "{id} ({m}) is weaker than {weak} ({mean})"
        );
    }
    let next = loaded
        .library
        .scenario(p.next.as_deref().expect("a next scenario"))
        .unwrap();
    assert!(
        next.competencies.contains(&weak),
        "{} does not train {weak}",
        next.id
    );
    // Nothing played: the first of the suggested order.
    let fresh = attempts::progress(&[], "TR-NEW", &loaded.library);
    assert_eq!(
        fresh.next.as_deref(),
        loaded
            .library
            .suggested_order()
            .first()
            .map(|s| s.id.as_str())
    );
}

/// `SANAD_MAKE_DEMO=DIR`: writes a demo data folder (trainee TR-DEMO's attempts, and a class
/// of twelve in `class/`) to look at the progress and class views with `sanad shot --data`.
#[test]
fn make_demo_data() {
    let Some(dir) = std::env::var_os("SANAD_MAKE_DEMO") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let loaded = loader::load(&util::root(), &Selection::All, Purpose::Play);
    let store = Store::open(&dir).unwrap();
    for (k, scn) in loaded.library.scenarios.iter().cycle().take(6).enumerate() {
        let k = k as u64;
        store
            .save(&attempt(
                scn,
                "TR-DEMO",
                k,
                &random_choices(scn, k, k + 100),
            ))
            .unwrap();
    }
    let class: Vec<AttemptRecord> = (0..24u64)
        .map(|k| {
            let scn = &loaded.library.scenarios[k as usize % loaded.library.scenarios.len()];
            attempt(
                scn,
                &format!("TR-C{:03}", k % 12),
                k,
                &random_choices(scn, k, k * 7 + 1),
            )
        })
        .collect();
    attempts::export(&class, &dir.join("class")).unwrap();
}
