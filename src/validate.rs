//! Checks on the shape of a decoded scenario: reachability, dead ends, loops with no exit,
//! endings nobody can reach, situations with no choice left, scored choices without
//! feedback. Structural checks always run; the state-space checks run when the scenario has
//! no reference errors.

use crate::diagnostic::codes;
use crate::diagnostic::{Diagnostic, Report, SourceFile};
use crate::explore::{self, StateGraph};
use crate::model::*;
use crate::rules::Stuck;
use std::sync::Arc;

pub fn check(scn: &Scenario, file: &Arc<SourceFile>, report: &mut Report, references_ok: bool) {
    structural(scn, file, report);
    for n in &scn.nodes {
        for c in n.choices() {
            if !c.score.is_empty() && c.feedback.is_none() {
                report.push(
                    Diagnostic::warning(codes::W0501, "a scored choice has no feedback")
                        .at(
                            file,
                            c.span,
                            "the trainee is scored here without being told why",
                        )
                        .hint("add `feedback` and the `principle` it rests on"),
                );
            }
        }
    }
    if references_ok && scn.start.is_valid() {
        let g = explore::explore(scn, explore::CHECK_STATE_LIMIT);
        conditional(scn, file, report, &g);
        crate::scene::check(scn, file, report);
        // Whether the content teaches is a question for content that works.
        if !report.has_errors() {
            crate::teaching::check(scn, file, &g, report);
        }
    }
}

fn path_text(path: &[(String, Option<u32>)]) -> String {
    let choices: Vec<String> = path
        .iter()
        .filter_map(|(_, c)| c.map(|c| c.to_string()))
        .collect();
    if choices.is_empty() {
        return "before any choice is made".into();
    }
    format!(
        "after the choices {0}; replay it with `sanad run SCENARIO --choose {0}`",
        choices.join(",")
    )
}

fn structural(scn: &Scenario, file: &Arc<SourceFile>, report: &mut Report) {
    let n = scn.nodes.len();
    if n == 0 {
        return;
    }
    // Dead ends: a node that is not an ending and offers no way out.
    let mut dead = vec![false; n];
    for (i, node) in scn.nodes.iter().enumerate() {
        let empty = match &node.body {
            NodeBody::Decision { choices, .. } => choices.is_empty(),
            NodeBody::Hub { actions, .. } => actions.is_empty(),
            _ => false,
        };
        if empty {
            dead[i] = true;
            report.push(
                Diagnostic::error(
                    codes::E0402,
                    format!("the node `{}` has no way out", node.id),
                )
                .at(file, node.span, "not an ending, and no choices")
                .hint("add choices, or make it an `Ending(..)`"),
            );
        }
    }
    // Forward reachability from the start, ignoring conditions.
    let succ: Vec<Vec<NodeIdx>> = scn
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| node.successors(NodeIdx(i as u32)))
        .collect();
    let reach = structural_reach(scn);
    if scn.start.is_valid() {
        let report_unreachable = !scn.incomplete;
        for (i, node) in scn.nodes.iter().enumerate() {
            if !reach[i] && report_unreachable {
                let (code, what) = if node.is_ending() {
                    (codes::E0403, "ending")
                } else {
                    (codes::E0401, "node")
                };
                report.push(
                    Diagnostic::error(
                        code,
                        format!("the {what} `{}` can never be reached", node.id),
                    )
                    .at(file, node.span, "nothing leads here from the start")
                    .hint("link it from a choice or `next`, or remove it"),
                );
            }
        }
    }
    // Backward reachability from the endings.
    let mut pred: Vec<Vec<u32>> = vec![Vec::new(); n];
    for (i, s) in succ.iter().enumerate() {
        for y in s {
            pred[y.idx()].push(i as u32);
        }
    }
    let finish: Vec<bool> = structural_trapped(scn).into_iter().map(|t| !t).collect();
    // Trapped regions: reachable, no ending reachable from them, and not themselves dead ends
    // (those are reported above). Group them into connected regions, one problem each.
    let trapped: Vec<bool> = (0..n).map(|i| reach[i] && !finish[i] && !dead[i]).collect();
    let mut seen = vec![false; n];
    for i in 0..n {
        if !trapped[i] || seen[i] {
            continue;
        }
        // Skip regions that only lead into a dead end: the dead end is the real problem.
        let mut region = vec![i as u32];
        seen[i] = true;
        let mut k = 0;
        let mut touches_dead = false;
        while k < region.len() {
            let x = region[k] as usize;
            k += 1;
            let nbrs = succ[x].iter().map(|y| y.0).chain(pred[x].iter().copied());
            for y in nbrs {
                if dead[y as usize] {
                    touches_dead = true;
                }
                if trapped[y as usize] && !seen[y as usize] {
                    seen[y as usize] = true;
                    region.push(y);
                }
            }
        }
        if touches_dead {
            continue;
        }
        region.sort_unstable();
        let names: Vec<String> = region
            .iter()
            .take(6)
            .map(|&x| format!("`{}`", scn.nodes[x as usize].id))
            .collect();
        let first = &scn.nodes[region[0] as usize];
        let more = if region.len() > 6 { ", .." } else { "" };
        let branches_only = region
            .iter()
            .all(|&x| matches!(scn.nodes[x as usize].body, NodeBody::Branch { .. }));
        report.push(if branches_only {
            Diagnostic::error(
                codes::E0404,
                format!(
                    "a cycle of branches: {}{more} pass the turn to each other forever",
                    names.join(", ")
                ),
            )
            .at(
                file,
                first.span,
                "no choice is offered here and no ending is reached",
            )
            .hint("give one of these branches a case or `default` that leads out of the cycle")
        } else {
            Diagnostic::error(
                codes::E0404,
                format!(
                    "a loop with no exit: {}{more} never lead to an ending",
                    names.join(", ")
                ),
            )
            .at(file, first.span, "once here, the trainee can never finish")
            .hint("give one of these nodes a choice that leads on to an ending")
        });
    }
}

fn conditional(scn: &Scenario, file: &Arc<SourceFile>, report: &mut Report, g: &StateGraph) {
    // A cycle of hubs or branches is reported once, however many situations run into it, and
    // not at all when `structural` has already reported its nodes as a loop with no exit.
    let trapped = structural_trapped(scn);
    let mut cycles_reported: Vec<u32> = Vec::new();
    let mut first_report = |stuck: &Stuck| -> bool {
        let Stuck::HubCycle(n) = stuck else {
            return true;
        };
        let cycle = pass_through_cycle(scn, *n);
        if cycle.iter().any(|&x| trapped[x as usize]) {
            return false;
        }
        let key = cycle.first().copied().unwrap_or(n.0);
        if cycles_reported.contains(&key) {
            return false;
        }
        cycles_reported.push(key);
        true
    };
    for stuck in &g.stuck_at_start {
        if first_report(stuck) {
            report.push(stuck_diag(
                scn,
                file,
                stuck,
                "at the start (after the profile picks)".into(),
            ));
        }
    }
    for (s, stuck) in &g.stuck {
        // A decision without any choice is reported as a dead end already.
        if let Stuck::NoChoice(n) = stuck
            && scn.node(*n).choices().is_empty()
        {
            continue;
        }
        if !first_report(stuck) {
            continue;
        }
        let path = g.witness(scn, *s);
        report.push(stuck_diag(scn, file, stuck, path_text(&path)));
    }
    if !g.complete {
        report.push(
            Diagnostic::warning(
                codes::W0505,
                format!(
                    "the scenario has too many distinct situations to check them all (stopped after {} of at most {}); conditional checks were cut short",
                    g.len(),
                    explore::CHECK_STATE_LIMIT
                ),
            )
            .in_file(file)
            .hint(state_space_hint(scn)),
        );
        return;
    }
    // Nodes that are linked but that conditions make unreachable.
    let structurally = structural_reach(scn);
    for (i, node) in scn.nodes.iter().enumerate() {
        if structurally[i] && !g.reached[i] {
            let (code, what) = if node.is_ending() {
                (codes::E0403, "ending")
            } else {
                (codes::E0401, "node")
            };
            report.push(
                Diagnostic::error(
                    code,
                    format!("the {what} `{}` can never be reached", node.id),
                )
                .at(
                    file,
                    node.span,
                    "the conditions on every way here are never met",
                )
                .hint(
                    "check the `when` conditions and variable bounds of the choices leading here",
                ),
            );
        }
    }
    // States from which no ending can be reached, other than stuck ones (reported above) and
    // nodes that can reach no ending whatever the conditions (reported by `structural`).
    let ok = explore::can_finish(scn, g);
    let mut reported = structural_trapped(scn);
    // Only report a trap if it does not simply lead into a stuck state (reported above).
    let to_stuck = reaches_stuck(g);
    for (s, &finishes) in ok.iter().enumerate() {
        if finishes || to_stuck[s] {
            continue;
        }
        let node = g.node[s];
        if reported[node.idx()] {
            continue;
        }
        reported[node.idx()] = true;
        let path = g.witness(scn, s as u32);
        report.push(
            Diagnostic::error(
                codes::E0404,
                format!(
                    "a loop with no exit: from `{}` no ending can be reached",
                    scn.node(node).id
                ),
            )
            .at(
                file,
                scn.node(node).span,
                "the trainee can get here and never finish",
            )
            .hint(format!("reached {}", path_text(&path))),
        );
    }
}

/// Combinations of used actions a hub of `n` one-use actions can be in, with its budget.
fn hub_combinations(n: usize, budget: Option<u32>) -> f64 {
    let top = budget.map_or(n, |b| (b as usize).min(n));
    let mut c = 1.0f64;
    let mut sum = 1.0f64;
    for k in 1..=top {
        c = c * (n + 1 - k) as f64 / k as f64;
        sum += c;
    }
    sum
}

/// What to do about a state space too large to check: name the hub that makes it so, if one
/// does on its own.
fn state_space_hint(scn: &Scenario) -> String {
    let biggest = scn
        .nodes
        .iter()
        .filter_map(|n| match &n.body {
            NodeBody::Hub {
                actions, budget, ..
            } => Some((
                n,
                actions.len(),
                *budget,
                hub_combinations(actions.len(), *budget),
            )),
            _ => None,
        })
        .max_by(|a, b| a.3.total_cmp(&b.3));
    match biggest {
        Some((node, n, budget, combos)) if combos > explore::CHECK_STATE_LIMIT as f64 => {
            let count = if budget.is_none_or(|b| b as usize >= n) {
                format!("2^{n}")
            } else if combos < 1e15 {
                format!("{combos:.0}")
            } else {
                format!("about 10^{:.0}", combos.log10().floor())
            };
            format!(
                "the hub `{}` alone can be in {count} situations (which of its {n} one-use actions are used{}); give it a smaller `budget`, or split it into hubs of fewer actions",
                node.id,
                budget.map_or(String::new(), |b| format!(", at most {b}"))
            )
        }
        _ => "`sanad analyze` explores further; fewer variables in conditions keep scenarios checkable".into(),
    }
}

/// States from which a stuck state can be reached (the stuck states included).
fn reaches_stuck(g: &StateGraph) -> Vec<bool> {
    let n = g.len();
    let mut pred: Vec<Vec<u32>> = vec![Vec::new(); n];
    for s in 0..n {
        for e in g.out(s as u32) {
            pred[e.to as usize].push(s as u32);
        }
    }
    let mut seen = vec![false; n];
    let mut stack: Vec<u32> = g.stuck.iter().map(|(s, _)| *s).collect();
    for &s in &stack {
        seen[s as usize] = true;
    }
    while let Some(x) = stack.pop() {
        for &p in &pred[x as usize] {
            if !seen[p as usize] {
                seen[p as usize] = true;
                stack.push(p);
            }
        }
    }
    seen
}

/// Nodes from which no ending can be reached even ignoring conditions.
fn structural_trapped(scn: &Scenario) -> Vec<bool> {
    let n = scn.nodes.len();
    let mut pred: Vec<Vec<u32>> = vec![Vec::new(); n];
    for (i, node) in scn.nodes.iter().enumerate() {
        for y in node.successors(NodeIdx(i as u32)) {
            pred[y.idx()].push(i as u32);
        }
    }
    let mut finish = vec![false; n];
    let mut stack: Vec<u32> = (0..n as u32)
        .filter(|&i| scn.nodes[i as usize].is_ending())
        .collect();
    for &i in &stack {
        finish[i as usize] = true;
    }
    while let Some(x) = stack.pop() {
        for &p in &pred[x as usize] {
            if !finish[p as usize] {
                finish[p as usize] = true;
                stack.push(p);
            }
        }
    }
    finish.into_iter().map(|f| !f).collect()
}

/// The nodes that pass the turn on without a choice (branches, and hubs through their exit)
/// and lie on a cycle of such nodes through `n`, in file order (just `n` if there is none).
fn pass_through_cycle(scn: &Scenario, n: NodeIdx) -> Vec<u32> {
    let len = scn.nodes.len();
    let pass = |i: usize| -> Vec<u32> {
        match &scn.nodes[i].body {
            NodeBody::Branch { cases, default } => cases
                .iter()
                .map(|(_, t, _)| *t)
                .chain(std::iter::once(*default))
                .filter(|t| t.is_valid())
                .map(|t| t.0)
                .collect(),
            NodeBody::Hub { exit, .. } if exit.is_valid() => vec![exit.0],
            _ => Vec::new(),
        }
    };
    let succ: Vec<Vec<u32>> = (0..len).map(pass).collect();
    let mut pred: Vec<Vec<u32>> = vec![Vec::new(); len];
    for (i, s) in succ.iter().enumerate() {
        for &t in s {
            pred[t as usize].push(i as u32);
        }
    }
    let walk = |next: &[Vec<u32>]| -> Vec<bool> {
        let mut seen = vec![false; len];
        let mut stack = vec![n.0];
        seen[n.idx()] = true;
        while let Some(x) = stack.pop() {
            for &y in &next[x as usize] {
                if !seen[y as usize] {
                    seen[y as usize] = true;
                    stack.push(y);
                }
            }
        }
        seen
    };
    let (fwd, back) = (walk(&succ), walk(&pred));
    let cycle: Vec<u32> = (0..len as u32)
        .filter(|&i| fwd[i as usize] && back[i as usize])
        .collect();
    if cycle.is_empty() { vec![n.0] } else { cycle }
}

fn structural_reach(scn: &Scenario) -> Vec<bool> {
    let mut reach = vec![false; scn.nodes.len()];
    if !scn.start.is_valid() {
        return reach;
    }
    let mut stack = vec![scn.start];
    reach[scn.start.idx()] = true;
    while let Some(x) = stack.pop() {
        for y in scn.node(x).successors(x) {
            if !reach[y.idx()] {
                reach[y.idx()] = true;
                stack.push(y);
            }
        }
    }
    reach
}

fn stuck_diag(scn: &Scenario, file: &Arc<SourceFile>, stuck: &Stuck, when: String) -> Diagnostic {
    match stuck {
        Stuck::NoChoice(n) => Diagnostic::error(
            codes::E0405,
            format!(
                "the trainee can reach `{}` with no choice available",
                scn.node(*n).id
            ),
        )
        .at(
            file,
            scn.node(*n).span,
            "every choice's condition is false here",
        )
        .hint(format!(
            "this happens {when}; add a choice without a condition"
        )),
        Stuck::HubCycle(n) => {
            let cycle = pass_through_cycle(scn, *n);
            let is_branch =
                |x: &u32| matches!(scn.nodes[*x as usize].body, NodeBody::Branch { .. });
            let branches = cycle.iter().filter(|x| is_branch(x)).count();
            if branches == 0 {
                Diagnostic::error(
                    codes::E0404,
                    format!(
                        "hubs pass the turn to each other forever, starting at `{}`",
                        scn.node(*n).id
                    ),
                )
                .at(
                    file,
                    scn.node(*n).span,
                    "an exhausted hub exits into another exhausted hub",
                )
                .hint(format!("this happens {when}"))
            } else {
                let names: Vec<String> = cycle
                    .iter()
                    .take(6)
                    .map(|&x| format!("`{}`", scn.nodes[x as usize].id))
                    .collect();
                let more = if cycle.len() > 6 { ", .." } else { "" };
                let (what, label) = if branches == cycle.len() {
                    (
                        "a cycle of branches",
                        "a branch leads back here without a choice in between",
                    )
                } else {
                    (
                        "a cycle of branches and exhausted hubs",
                        "the turn comes back here without a choice in between",
                    )
                };
                let first = cycle.first().map_or(*n, |&x| NodeIdx(x));
                Diagnostic::error(
                    codes::E0404,
                    format!(
                        "{what}: {}{more} pass the turn to each other forever",
                        names.join(", ")
                    ),
                )
                .at(file, scn.node(first).span, label)
                .hint(format!(
                    "this happens {when}; the cases that lead out of the cycle do not hold then: check their conditions"
                ))
            }
        }
        Stuck::Invalid => {
            Diagnostic::error(codes::E0404, "the session reaches an unresolved reference")
                .in_file(file)
        }
    }
}
