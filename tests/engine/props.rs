//! Property tests over the loader (a fuzzer that runs with `cargo test`).
//!
//! Longer runs: `PROPTEST_CASES=20000 cargo test --release --no-default-features --test engine props`.

use crate::util;
use proptest::prelude::*;
use sanad::session::{Session, ViewKind};

fn config() -> ProptestConfig {
    // PROPTEST_CASES overrides this.
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(200)
    }
}

/// The number of lines as the diagnostics count them: a line ends with `\n`, `\r\n` or a lone
/// `\r`. (`str::lines` does not end a line at a lone `\r`, so it undercounts text with one.)
fn line_count(text: &str) -> usize {
    let b = text.as_bytes();
    let breaks = (0..b.len())
        .filter(|&i| b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')))
        .count();
    breaks + 1
}

/// Diagnostics must point inside the text they quote.
fn assert_positions(report: &sanad::diagnostic::Report, text: &str) {
    let lines = line_count(text);
    for d in &report.diagnostics {
        if let Some((l, c)) = d.line_col() {
            assert!(l >= 1 && l <= lines && c >= 1, "{} at {l}:{c}", d.code);
        }
        let _ = d.render();
    }
}

/// The case the fuzzer found: old-Mac line breaks (a lone `\r`) before a bidirectional
/// override. The warning is on the third line, which `str::lines` would call the first.
#[test]
fn lone_carriage_returns_count_as_line_breaks() {
    let text = "x\ry\r\u{202E}z\n";
    assert_eq!(line_count(text), 4);
    let (_, r) = util::load_text("fuzz.ron", text);
    let w: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == "W0901")
        .filter_map(|d| d.line_col())
        .collect();
    assert_eq!(w, vec![(3, 1)], "{}", r.render());
    assert_positions(&r, text);
}

#[allow(clippy::needless_range_loop)]
/// A random valid scenario: a tree from `n0` with extra forward links, leaves are endings.
fn generated(n: usize, links: &[(usize, usize)], scores: &[i64]) -> String {
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 1..n {
        let parent = links.get(i).map_or(0, |(p, _)| p % i);
        children[parent].push(i);
    }
    for (a, b) in links {
        let (a, b) = (a % n, b % n);
        if a < b && !children[a].contains(&b) && children[a].len() < 4 {
            children[a].push(b);
        }
    }
    let mut s = String::from(
        "Scenario(format: 1, kind: Investigation, title: \"t\", summary: \"t\", objectives: [], content_note: \"t\",\n\
         variables: {\"x\": Int(min: 0, max: 5, start: 0)}, start: \"n0\", nodes: {\n",
    );
    for i in 0..n {
        if children[i].is_empty() {
            s.push_str(&format!(
                "\"n{i}\": Ending(outcome: Partial, text: \"t\"),\n"
            ));
        } else if children[i].len() == 1 && i % 3 == 0 {
            s.push_str(&format!(
                "\"n{i}\": Narration(text: \"t\", next: \"n{}\"),\n",
                children[i][0]
            ));
        } else {
            s.push_str(&format!("\"n{i}\": Decision(text: \"t\", choices: [\n"));
            for (k, c) in children[i].iter().enumerate() {
                let sc = scores.get(i + k).copied().unwrap_or(1);
                s.push_str(&format!(
                    "  Choice(text: \"t\", effects: [Add(\"x\", {sc})], score: {{\"evidence\": {sc}}}, feedback: \"t\", principle: \"gp-corroboration\", next: \"n{c}\"),\n"
                ));
            }
            s.push_str("]),\n");
        }
    }
    s.push_str("})\n");
    s
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn loader_never_panics_on_arbitrary_text(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (s, r) = util::load_text("fuzz.ron", &text);
        prop_assert!(s.is_none() || !r.has_errors());
        assert_positions(&r, &text);
    }

    #[test]
    fn loader_never_panics_on_mutated_scenarios(
        at in 0usize..2000,
        delete in 0usize..40,
        insert in "[ -~\\n\\u{0600}-\\u{06FF}]{0,12}",
    ) {
        let base = util::MINIMAL;
        let at = at.min(base.len());
        let at = (0..=at).rev().find(|i| base.is_char_boundary(*i)).unwrap_or(0);
        let end = (at + delete).min(base.len());
        let end = (end..=base.len()).find(|i| base.is_char_boundary(*i)).unwrap_or(base.len());
        let text = format!("{}{}{}", &base[..at], insert, &base[end..]);
        let (s, r) = util::load_text("mutated.ron", &text);
        // Either it still loads cleanly, or it reports errors and does not load.
        prop_assert_eq!(s.is_some(), !r.has_errors());
        assert_positions(&r, &text);
    }

    #[test]
    fn generated_scenarios_check_clean_and_always_finish(
        n in 2usize..60,
        links in proptest::collection::vec((0usize..60, 0usize..60), 0..80),
        scores in proptest::collection::vec(-3i64..4, 0..120),
        seed in any::<u64>(),
        picks in proptest::collection::vec(0u32..8, 0..80),
    ) {
        let text = generated(n, &links, &scores);
        let (s, r) = util::load_text("generated.ron", &text);
        prop_assert!(!r.has_errors(), "{}\n{}", text, r.render());
        let scn = s.unwrap();
        let mut session = Session::new(&scn, seed);
        let mut steps = 0;
        let mut picks = picks.into_iter().cycle();
        while !session.is_finished() {
            steps += 1;
            prop_assert!(steps <= n + 1, "did not finish");
            match session.view(&scn).kind {
                ViewKind::Line => session.advance(&scn).unwrap(),
                ViewKind::Decision => {
                    let valid = session.valid_positions(&scn);
                    let k = picks.next().unwrap_or(0) as usize % valid.len();
                    session.choose(&scn, valid[k]).unwrap();
                }
                other => prop_assert!(false, "unexpected {:?}", other),
            }
        }
        let d = sanad::debrief::debrief(&session, &scn, &util::rubric());
        for c in &d.scores {
            prop_assert!(c.earned <= c.max, "earned {} above the best {}", c.earned, c.max);
        }
    }
}
