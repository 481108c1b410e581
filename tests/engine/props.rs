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

/// The char boundary at or before `at` (the mutation's insertion point).
fn mutation_point(base: &str, at: usize) -> usize {
    let at = at.min(base.len());
    (0..=at)
        .rev()
        .find(|i| base.is_char_boundary(*i))
        .unwrap_or(0)
}

/// The insertion points the mutation test draws cover the whole file, not only its end (with
/// a range longer than the file, most draws used to land after the last byte).
#[test]
fn mutations_land_anywhere_in_the_file() {
    use proptest::strategy::ValueTree;
    let base = util::MINIMAL;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = any::<proptest::sample::Index>();
    let points: Vec<usize> = (0..400)
        .map(|_| {
            let i = strategy.new_tree(&mut runner).unwrap().current();
            mutation_point(base, i.index(base.len() + 1))
        })
        .collect();
    let at_end = points.iter().filter(|&&p| p == base.len()).count();
    let first_half = points.iter().filter(|&&p| p < base.len() / 2).count();
    assert!(at_end < 20, "{at_end} of 400 insertions at the end");
    assert!(
        first_half > 120,
        "only {first_half} of 400 in the first half"
    );
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
        at in any::<proptest::sample::Index>(),
        delete in 0usize..40,
        insert in "[ -~\\n\\u{0600}-\\u{06FF}]{0,12}",
    ) {
        let base = util::MINIMAL;
        // Anywhere in the file, from before the first byte to after the last.
        let at = mutation_point(base, at.index(base.len() + 1));
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

/// A small deterministic random source for [`rich`] (SplitMix64).
struct Tape(u64);

impl Tape {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

const COMPETENCIES: [&str; 4] = ["evidence", "trauma", "safety", "referral"];

/// A random condition over what the scenario has: the number `x` (0..6), the flag `f`, the
/// nodes before `before`, the evidence `doc` and the referral to `shelter`. Never decided by
/// the bounds alone.
fn condition(t: &mut Tape, before: usize, depth: usize) -> String {
    let ops = [">=", "<", "==", "!=", ">", "<="];
    match t.below(if depth > 1 { 6 } else { 8 }) {
        0 => format!(
            "Var(\"x\", \"{}\", {})",
            ops[t.below(ops.len())],
            1 + t.below(5)
        ),
        1 => "Flag(\"f\")".to_string(),
        2 => format!("Visited(\"n{}\")", t.below(before.max(1))),
        3 => "Has(\"doc\")".to_string(),
        4 => "Referred(\"shelter\")".to_string(),
        5 => format!("Not({})", condition(t, before, depth + 1)),
        6 => format!(
            "All([{}, {}])",
            condition(t, before, depth + 1),
            condition(t, before, depth + 1)
        ),
        _ => format!(
            "Any([{}, {}])",
            condition(t, before, depth + 1),
            condition(t, before, depth + 1)
        ),
    }
}

/// The fields every generated choice or action has: effects, scores in one to three
/// competencies, feedback, and now and then a critical mark.
fn choice_fields(t: &mut Tape) -> String {
    let mut effects = Vec::new();
    for _ in 0..t.below(3) {
        effects.push(match t.below(5) {
            0 => format!("Add(\"x\", {})", 1 + t.below(3)),
            1 => format!("Add(\"x\", -{})", 1 + t.below(2)),
            2 => format!("Set(\"f\", {})", t.chance(2)),
            3 => format!("Collect(evidence: \"doc\", lawful: {})", t.chance(2)),
            _ => "Refer(\"shelter\")".to_string(),
        });
    }
    let mut scores = Vec::new();
    let mut negative = false;
    for (k, c) in COMPETENCIES.iter().enumerate() {
        if k == 0 || t.chance(3) {
            let v = t.below(7) as i64 - 3;
            negative |= v < 0;
            scores.push(format!("\"{c}\": {v}"));
        }
    }
    format!(
        "effects: [{}], score: {{{}}}, feedback: \"t\", principle: \"gp-corroboration\"{}",
        effects.join(", "),
        scores.join(", "),
        if negative && t.chance(3) {
            ", critical: true"
        } else {
            ""
        }
    )
}

/// A random scenario with what play and analysis must agree on: conditions on choices, hub
/// actions and branch cases, hubs with and without budgets and a leave option, branches,
/// pinned choices, a profile pick that sets variables, and four competencies. Every node lies
/// on a tree from `n0` whose edges have no condition, so most drafts check clean; a branch
/// whose case always holds can still hide its default (those drafts are skipped, and
/// [`rich_scenarios_are_mostly_valid`] keeps them few).
fn rich(seed: u64, n: usize) -> String {
    let mut t = Tape(seed);
    let mut tree: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 1..n {
        tree[t.below(i)].push(i);
    }
    let mut extra: Vec<Vec<usize>> = vec![Vec::new(); n];
    for _ in 0..n / 2 {
        let a = t.below(n);
        let b = t.below(n);
        if a < b && !tree[a].is_empty() && !tree[a].contains(&b) && !extra[a].contains(&b) {
            extra[a].push(b);
        }
    }
    let mut s = String::from(
        "Scenario(format: 1, kind: Investigation, title: \"t\", summary: \"t\", objectives: [], content_note: \"t\",\n\
         variables: {\"x\": Int(min: 0, max: 6, start: 0), \"f\": Flag(start: false)},\n\
         evidence: {\"doc\": Evidence(label: \"t\")},\n",
    );
    if t.chance(2) {
        s.push_str(
            "picks: [Pick(id: \"who\", options: [\n\
             Profile(args: {\"name\": \"a\"}, set: [Set(\"x\", 2)]),\n\
             Profile(weight: 2, args: {\"name\": \"b\"}),\n\
             Profile(args: {\"name\": \"c\"}, set: [Set(\"f\", true)]),\n\
             ])],\n",
        );
    }
    s.push_str("start: \"n0\", nodes: {\n");
    for i in 0..n {
        let (kids, more) = (&tree[i], &extra[i]);
        if kids.is_empty() {
            let outcome = ["Protected", "Partial", "Compromised", "Harmful"][t.below(4)];
            s.push_str(&format!(
                "\"n{i}\": Ending(outcome: {outcome}, text: \"t\"),\n"
            ));
            continue;
        }
        let kind = if kids.len() == 1 && more.is_empty() && t.chance(3) {
            0
        } else if kids.len() == 1 && t.chance(5) {
            1
        } else if t.chance(4) {
            2
        } else {
            3
        };
        match kind {
            0 => s.push_str(&format!(
                "\"n{i}\": Narration(text: \"t\", next: \"n{}\"),\n",
                kids[0]
            )),
            1 => {
                // A branch: conditional cases to the extra links, the tree child by default.
                let cases: Vec<String> = more
                    .iter()
                    .map(|b| format!("Case(when: {}, next: \"n{b}\")", condition(&mut t, i, 0)))
                    .collect();
                s.push_str(&format!(
                    "\"n{i}\": Branch(cases: [{}], default: \"n{}\"),\n",
                    cases.join(", "),
                    kids[0]
                ));
            }
            2 => {
                // A hub: actions that come back (some conditional), one action leading to each
                // further tree child, conditional ones to the extra links; exit to the first.
                let mut actions = Vec::new();
                for _ in 0..1 + t.below(4) {
                    let when = if t.chance(2) {
                        format!("when: {}, ", condition(&mut t, i, 0))
                    } else {
                        String::new()
                    };
                    actions.push(format!(
                        "Action(text: \"t\", {when}{})",
                        choice_fields(&mut t)
                    ));
                }
                for k in &kids[1..] {
                    actions.push(format!(
                        "Action(text: \"t\", {}, next: \"n{k}\")",
                        choice_fields(&mut t)
                    ));
                }
                for b in more {
                    actions.push(format!(
                        "Action(text: \"t\", when: {}, {}, next: \"n{b}\")",
                        condition(&mut t, i, 0),
                        choice_fields(&mut t)
                    ));
                }
                let budget = if t.chance(2) {
                    format!("budget: {}, ", 1 + t.below(3))
                } else {
                    String::new()
                };
                // An action that leads on stays on offer until taken, so without `leave` the
                // exit could only be reached through the budget.
                let leads_on = kids.len() > 1 || !more.is_empty();
                let leave = if leads_on || t.chance(3) {
                    "leave: \"t\", "
                } else {
                    ""
                };
                s.push_str(&format!(
                    "\"n{i}\": Hub(text: \"t\", {budget}{leave}actions: [\n  {}\n], exit: \"n{}\"),\n",
                    actions.join(",\n  "),
                    kids[0]
                ));
            }
            _ => {
                // A decision: the tree children without conditions, the extra links with;
                // sometimes the first choice pinned first and the last pinned last.
                let mut choices: Vec<(usize, Option<String>)> =
                    kids.iter().map(|k| (*k, None)).collect();
                for b in more {
                    choices.push((*b, Some(condition(&mut t, i, 0))));
                }
                let m = choices.len();
                let pin_first = m >= 2 && t.chance(3);
                let pin_last = m >= 2 && t.chance(3);
                let lines: Vec<String> = choices
                    .iter()
                    .enumerate()
                    .map(|(k, (to, when))| {
                        let pin = if k == 0 && pin_first {
                            "pin: 1, "
                        } else if k == m - 1 && pin_last {
                            "pin: -1, "
                        } else {
                            ""
                        };
                        let when = when
                            .as_ref()
                            .map(|c| format!("when: {c}, "))
                            .unwrap_or_default();
                        format!(
                            "Choice(text: \"t\", {pin}{when}{}, next: \"n{to}\")",
                            choice_fields(&mut t)
                        )
                    })
                    .collect();
                s.push_str(&format!(
                    "\"n{i}\": Decision(text: \"t\", choices: [\n  {}\n]),\n",
                    lines.join(",\n  ")
                ));
            }
        }
    }
    s.push_str("})\n");
    s
}

/// Plays `scn` with `seed`, taking the `picks`-th valid choice at each decision or hub.
fn play_randomly(
    scn: &sanad::model::Scenario,
    seed: u64,
    picks: &[u32],
) -> Result<Session, String> {
    let mut session = Session::new(scn, seed);
    let mut picks = picks.iter().copied().cycle();
    for _ in 0..10_000 {
        if session.is_finished() {
            return Ok(session);
        }
        match session.view(scn).kind {
            ViewKind::Line => session.advance(scn).map_err(|e| e.to_string())?,
            ViewKind::Decision | ViewKind::Hub => {
                let valid = session.valid_positions(scn);
                if valid.is_empty() {
                    return Err(format!("no valid choice at {}", session.view(scn).node));
                }
                let k = picks.next().unwrap_or(0) as usize % valid.len();
                session.choose(scn, valid[k]).map_err(|e| e.to_string())?;
            }
            other => {
                return Err(format!(
                    "unexpected {other:?} at {}",
                    session.view(scn).node
                ));
            }
        }
    }
    Err("did not finish".into())
}

/// Most drafts of [`rich`] check clean, so that the property below is not skipped away; and
/// they use what they are meant to (hubs, branches, pins, picks).
#[test]
fn rich_scenarios_are_mostly_valid() {
    let (mut clean, mut texts) = (0, String::new());
    for seed in 0..100u64 {
        let text = rich(seed, 4 + (seed as usize % 30));
        let (s, r) = util::load_text("rich.ron", &text);
        if s.is_some() && !r.has_errors() {
            clean += 1;
        }
        texts.push_str(&text);
    }
    assert!(
        clean >= 80,
        "only {clean} of 100 generated scenarios check clean"
    );
    for part in [
        "Hub(",
        "budget:",
        "leave:",
        "Branch(",
        "pin: 1",
        "pin: -1",
        "picks:",
        "when:",
        "critical: true",
        "\"referral\":",
    ] {
        assert!(texts.contains(part), "no generated scenario has `{part}`");
    }
}

proptest! {
    #![proptest_config(config())]

    /// For any run, each competency's points lie between the worst and the best that
    /// `analyze` finds, and the debrief's best achievable is the analysis's best.
    #[test]
    fn every_run_scores_between_the_worst_and_the_best(
        shape in any::<u64>(),
        n in 3usize..40,
        seed in any::<u64>(),
        picks in proptest::collection::vec(0u32..8, 1..60),
    ) {
        let text = rich(shape, n);
        let (s, r) = util::load_text("rich.ron", &text);
        let Some(scn) = s.filter(|_| !r.has_errors()) else {
            // A draft whose branch hides its default (see `rich`); counted by
            // `rich_scenarios_are_mostly_valid`.
            return Ok(());
        };
        let rubric = util::rubric();
        let a = sanad::analysis::analyze(&scn, &rubric, sanad::analysis::STATE_LIMIT);
        prop_assert!(a.complete, "{}", text);
        let session = play_randomly(&scn, seed, &picks).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let d = sanad::debrief::debrief(&session, &scn, &rubric);
        for c in &d.scores {
            let range = a.competencies.get(&c.id);
            prop_assert!(range.is_some(), "{} not in the analysis", c.id);
            let range = range.unwrap();
            prop_assert!(
                range.worst <= c.earned && c.earned <= range.best,
                "{}: earned {} outside worst {} ..= best {}\n{}",
                c.id, c.earned, range.worst, range.best, text
            );
            prop_assert_eq!(c.max, range.best, "{}: the debrief's best differs\n{}", c.id, text);
        }
    }
}
