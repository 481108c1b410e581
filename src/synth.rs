//! Synthetic scenarios of any size, for benchmarks and tests: valid, every node reachable,
//! every path finishing, with lines, decisions, hubs, branches, scores and feedback.

/// Options for [`scenario_text`].
#[derive(Clone, Copy, Debug)]
pub struct Synth {
    pub nodes: usize,
    pub seed: u64,
    /// Add `when` conditions on a bounded variable (more states to explore).
    pub conditions: bool,
}

const COMPS: [&str; 9] = [
    "safety",
    "consent",
    "trauma",
    "rights",
    "gender_child",
    "confidentiality",
    "language",
    "evidence",
    "referral",
];

/// SplitMix64: a tiny deterministic generator for the shape of the graph.
struct Mix(u64);
impl Mix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// The RON text of a synthetic scenario (use it as `synthetic.ron`).
pub fn scenario_text(o: Synth) -> String {
    let n = o.nodes.max(8);
    let mut r = Mix(o.seed);
    let endings = (n / 1000).clamp(3, 20);
    let last = n - endings; // nodes [last, n) are endings
    let mut s = String::with_capacity(n * 260);
    s.push_str(
        "Scenario(\n    format: 1,\n    kind: Investigation,\n    title: \"syn-title\",\n    summary: \"syn-summary\",\n    objectives: [\"syn-objective\"],\n    content_note: \"syn-note\",\n    minutes: 30,\n",
    );
    s.push_str("    cast: {\"person\": Character(name: \"syn-person\", role: Interviewee)},\n");
    s.push_str("    variables: {\n        \"trust\": Int(min: 0, max: 3, start: 1),\n        \"noted\": Flag(start: false),\n    },\n");
    s.push_str("    evidence: {\"doc\": Evidence(label: \"syn-doc\")},\n");
    s.push_str("    start: \"n0\",\n    nodes: {\n");
    let target = |r: &mut Mix, i: usize| -> usize { (i + 1 + r.below(20) as usize).min(n - 1) };
    for i in 0..n {
        if i >= last {
            let outcome = ["Protected", "Partial", "Compromised", "Harmful"][i % 4];
            s.push_str(&format!(
                "        \"n{i}\": Ending(outcome: {outcome}, text: \"syn-end\"),\n"
            ));
            continue;
        }
        let kind = i % 50;
        if i == last - 1 {
            // The last decision leads to every ending, so that each can be reached.
            s.push_str(&format!(
                "        \"n{i}\": Decision(text: \"syn-q\", choices: [\n"
            ));
            for e in last..n {
                s.push_str(&format!(
                    "            Choice(text: \"syn-choice\", score: {{\"referral\": 1}}, feedback: \"syn-fb\", principle: \"gp-referral-coordination\", next: \"n{e}\"),\n"
                ));
            }
            s.push_str("        ]),\n");
        } else if kind == 7 {
            s.push_str(&format!(
                "        \"n{i}\": Line(speaker: \"person\", text: \"syn-line\", variants: [\"syn-line-b\"], next: \"n{}\"),\n",
                i + 1
            ));
        } else if kind == 13 {
            s.push_str(&format!(
                "        \"n{i}\": Narration(text: \"syn-line\", next: \"n{}\"),\n",
                i + 1
            ));
        } else if kind == 29 {
            s.push_str(&format!("        \"n{i}\": Hub(text: \"syn-hub\", budget: 2, leave: \"syn-leave\", exit: \"n{}\", actions: [\n", i + 1));
            for a in 0..3 {
                let c = COMPS[(i + a) % COMPS.len()];
                s.push_str(&format!(
                    "            Action(text: \"syn-action\", effects: [Collect(evidence: \"doc\", lawful: true)], score: {{\"{c}\": 1}}, feedback: \"syn-fb\", principle: \"gp-corroboration\"),\n"
                ));
            }
            s.push_str("        ]),\n");
        } else if o.conditions && kind == 41 {
            // Both ways lead on to the next node, so the branch exercises conditions without
            // making any node depend on the value of `trust`.
            s.push_str(&format!(
                "        \"n{i}\": Branch(cases: [Case(when: Var(\"trust\", \">=\", 2), next: \"n{}\")], default: \"n{}\"),\n",
                i + 1,
                i + 1
            ));
        } else {
            s.push_str(&format!(
                "        \"n{i}\": Decision(text: \"syn-q\", choices: [\n"
            ));
            let k = 2 + r.below(2) as usize;
            for c in 0..k {
                let next = if c == 0 { i + 1 } else { target(&mut r, i) };
                let comp = COMPS[r.below(COMPS.len() as u64) as usize];
                let delta = r.below(5) as i64 - 2;
                let when = if o.conditions && c == 2 {
                    "when: Var(\"trust\", \">=\", 2), "
                } else {
                    ""
                };
                let effect = if delta >= 0 {
                    "Add(\"trust\", 1)"
                } else {
                    "Add(\"trust\", -1)"
                };
                s.push_str(&format!(
                    "            Choice(text: \"syn-choice\", {when}effects: [{effect}], score: {{\"{comp}\": {delta}}}, feedback: \"syn-fb\", principle: \"peace-account\", next: \"n{next}\"),\n"
                ));
            }
            s.push_str("        ]),\n");
        }
    }
    s.push_str("    },\n)\n");
    s
}

/// The head of a small synthetic scenario, with `variables` (RON map entries, or empty).
fn small_head(variables: &str) -> String {
    format!(
        "Scenario(\n    format: 1,\n    kind: Interview,\n    title: \"syn-title\",\n    summary: \"syn-summary\",\n    objectives: [\"syn-objective\"],\n    content_note: \"syn-note\",\n    cast: {{\"person\": Character(name: \"syn-person\", role: Interviewee)}},\n    variables: {{{variables}}},\n    start: \"a\",\n    nodes: {{\n"
    )
}

/// The worst case for exploration: one hub of `actions` one-use scored actions and no
/// budget, so 2^`actions` situations.
pub fn hub_text(actions: usize) -> String {
    let mut s = small_head("");
    s.push_str(
        "        \"a\": Hub(text: \"syn-hub\", exit: \"end\", leave: \"syn-leave\", actions: [\n",
    );
    for a in 0..actions {
        let c = COMPS[a % COMPS.len()];
        s.push_str(&format!(
            "            Action(text: \"syn-action\", score: {{\"{c}\": 1}}, feedback: \"syn-fb\", principle: \"gp-corroboration\"),\n"
        ));
    }
    s.push_str(
        "        ]),\n        \"end\": Ending(outcome: Protected, text: \"syn-end\"),\n    },\n)\n",
    );
    s
}

/// Conditions on a variable with the widest bounds (±1,000,000,000): `conditions` choices,
/// each with a `when` that the bounds do not decide, and one without.
pub fn wide_conditions_text(conditions: usize) -> String {
    let mut s = small_head("\"big\": Int(min: -1000000000, max: 1000000000, start: 0)");
    s.push_str("        \"a\": Decision(text: \"syn-q\", choices: [\n");
    for i in 0..conditions {
        s.push_str(&format!(
            "            Choice(text: \"syn-choice\", when: Var(\"big\", \">\", {}), effects: [Add(\"big\", 1)], next: \"end\"),\n",
            999_999_990 - i as i64
        ));
    }
    s.push_str("            Choice(text: \"syn-choice\", next: \"end\"),\n");
    s.push_str(
        "        ]),\n        \"end\": Ending(outcome: Protected, text: \"syn-end\"),\n    },\n)\n",
    );
    s
}

/// A loop a run can go round without end: a line, then a decision whose choice 2 changes
/// variable `v0` and leads back to the line, and whose choice 1 ends. `variables` integer
/// variables (every message receives each of them as an argument).
pub fn loop_text(variables: usize) -> String {
    let vars: Vec<String> = (0..variables.max(1))
        .map(|i| format!("\"v{i}\": Int(min: 0, max: 1000000000, start: 0)"))
        .collect();
    let mut s = small_head(&vars.join(", "));
    s.push_str(
        "        \"a\": Line(speaker: \"person\", text: \"syn-line\", next: \"b\"),\n        \"b\": Decision(text: \"syn-q\", choices: [\n            Choice(text: \"syn-choice\", score: {\"trauma\": 1}, feedback: \"syn-fb\", principle: \"peace-account\", next: \"end\"),\n            Choice(text: \"syn-choice\", effects: [Add(\"v0\", 1)], next: \"a\"),\n        ]),\n        \"end\": Ending(outcome: Protected, text: \"syn-end\"),\n    },\n)\n",
    );
    s
}
