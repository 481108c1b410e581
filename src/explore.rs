//! The state space of a scenario: every situation a trainee can be in, not just every node.
//!
//! A state keeps only what conditions can observe: the variables that conditions read, the
//! visited marks of nodes that `Visited(..)` names, the evidence `Has(..)` names, the agencies
//! `Referred(..)` names, and which hub actions are used. Everything else (scores, notes,
//! variables no condition reads) cannot change what is possible, so a plain branching graph
//! has exactly one state per node and exploration is linear in its size.
//!
//! Transitions are computed by [`crate::rules`], the same code the live session runs.

use crate::model::*;
use crate::rules::{self, Stuck, World};
use std::collections::HashMap;

/// What `Line` advances are recorded as, instead of a choice index.
pub const LINE: u32 = u32::MAX;

#[derive(Clone, Debug)]
struct Projection {
    var_slot: Vec<Option<u32>>,
    visited_bit: Vec<Option<u32>>,
    evidence_bit: Vec<Option<u32>>,
    agency_bit: HashMap<String, u32>,
    hub_bit: Vec<Option<u32>>,
    nvars: usize,
    nwords: usize,
}

impl Projection {
    fn new(scn: &Scenario) -> Projection {
        let mut vars = vec![false; scn.variables.len()];
        let mut visited = vec![false; scn.nodes.len()];
        let mut evidence = vec![false; scn.evidence.len()];
        let mut agencies: Vec<String> = Vec::new();
        fn walk(
            c: &Cond,
            vars: &mut [bool],
            visited: &mut [bool],
            evidence: &mut [bool],
            agencies: &mut Vec<String>,
        ) {
            match c {
                Cond::Cmp(v, _, _) | Cond::Flag(v) => vars[v.idx()] = true,
                Cond::Visited(n) => visited[n.idx()] = true,
                Cond::Has(e) => evidence[e.idx()] = true,
                Cond::Referred(a) => {
                    if !agencies.contains(a) {
                        agencies.push(a.clone());
                    }
                }
                Cond::Not(c) => walk(c, vars, visited, evidence, agencies),
                Cond::All(cs) | Cond::Any(cs) => {
                    for c in cs {
                        walk(c, vars, visited, evidence, agencies);
                    }
                }
            }
        }
        for n in &scn.nodes {
            for c in n.choices() {
                if let Some(w) = &c.when {
                    walk(w, &mut vars, &mut visited, &mut evidence, &mut agencies);
                }
            }
            if let NodeBody::Branch { cases, .. } = &n.body {
                for (c, _, _) in cases {
                    walk(c, &mut vars, &mut visited, &mut evidence, &mut agencies);
                }
            }
        }
        let mut var_slot = vec![None; vars.len()];
        let mut nvars = 0;
        for (i, used) in vars.iter().enumerate() {
            if *used {
                var_slot[i] = Some(nvars as u32);
                nvars += 1;
            }
        }
        let mut bit = 0u32;
        let mut alloc = |used: &[bool]| -> Vec<Option<u32>> {
            used.iter()
                .map(|u| {
                    u.then(|| {
                        bit += 1;
                        bit - 1
                    })
                })
                .collect()
        };
        let visited_bit = alloc(&visited);
        let evidence_bit = alloc(&evidence);
        let mut agency_bit = HashMap::new();
        for a in agencies {
            agency_bit.insert(a, bit);
            bit += 1;
        }
        let mut hub_bit = vec![None; scn.nodes.len()];
        for (i, n) in scn.nodes.iter().enumerate() {
            if let NodeBody::Hub { actions, .. } = &n.body {
                hub_bit[i] = Some(bit);
                bit += actions.len() as u32;
            }
        }
        Projection {
            var_slot,
            visited_bit,
            evidence_bit,
            agency_bit,
            hub_bit,
            nvars,
            nwords: (bit as usize).div_ceil(64),
        }
    }
}

/// A state under exploration: `[node, vars.., bit words..]`.
struct Abs<'p> {
    p: &'p Projection,
    key: Vec<i64>,
    trail: Vec<u32>,
}

impl Abs<'_> {
    fn bit(&self, b: u32) -> bool {
        let w = self.key[1 + self.p.nvars + (b / 64) as usize] as u64;
        w & (1 << (b % 64)) != 0
    }
    fn set_bit(&mut self, b: u32) {
        let i = 1 + self.p.nvars + (b / 64) as usize;
        self.key[i] = ((self.key[i] as u64) | (1 << (b % 64))) as i64;
    }
}

impl World for Abs<'_> {
    fn var(&self, v: VarIdx) -> i64 {
        self.p.var_slot[v.idx()].map_or(0, |s| self.key[1 + s as usize])
    }
    fn set_var(&mut self, v: VarIdx, x: i64) {
        if let Some(s) = self.p.var_slot[v.idx()] {
            self.key[1 + s as usize] = x;
        }
    }
    fn visited(&self, n: NodeIdx) -> bool {
        self.p.visited_bit[n.idx()].is_some_and(|b| self.bit(b))
    }
    fn mark_visited(&mut self, n: NodeIdx) {
        self.trail.push(n.0);
        if let Some(b) = self.p.visited_bit[n.idx()] {
            self.set_bit(b);
        }
    }
    fn has(&self, e: EvidenceIdx) -> bool {
        self.p.evidence_bit[e.idx()].is_some_and(|b| self.bit(b))
    }
    fn collect(&mut self, e: EvidenceIdx, _lawful: bool) {
        if let Some(b) = self.p.evidence_bit[e.idx()] {
            self.set_bit(b);
        }
    }
    fn referred(&self, agency: &str) -> bool {
        self.p.agency_bit.get(agency).is_some_and(|&b| self.bit(b))
    }
    fn refer(&mut self, agency: &str) {
        if let Some(&b) = self.p.agency_bit.get(agency) {
            self.set_bit(b);
        }
    }
    fn contact(&mut self, _agency: &str) {}
    fn note(&mut self, _msg: &str) {}
    fn hub_used(&self, hub: NodeIdx, action: usize) -> bool {
        self.p.hub_bit[hub.idx()].is_some_and(|b| self.bit(b + action as u32))
    }
    fn use_hub_action(&mut self, hub: NodeIdx, action: usize) {
        if let Some(b) = self.p.hub_bit[hub.idx()] {
            self.set_bit(b + action as u32);
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    pub to: u32,
    /// Authored choice index (0-based), or [`LINE`].
    pub choice: u32,
}

/// The explored state graph.
#[derive(Debug)]
pub struct StateGraph {
    /// Node of each state.
    pub node: Vec<NodeIdx>,
    /// Outgoing edges of state `s`: `edges[offsets[s]..offsets[s + 1]]`.
    pub offsets: Vec<u32>,
    pub edges: Vec<Edge>,
    /// Initial states (one per combination of profile picks that leads somewhere distinct).
    pub initial: Vec<u32>,
    /// States where the session gets stuck, with why.
    pub stuck: Vec<(u32, Stuck)>,
    /// The pick combinations whose start got stuck right away.
    pub stuck_at_start: Vec<Stuck>,
    /// Nodes entered on some path (including hubs passed through).
    pub reached: Vec<bool>,
    /// False when the state limit was hit: results are then a lower bound on what is
    /// reachable and other figures are approximate.
    pub complete: bool,
    /// A witness path (choices from an initial state) is rebuilt from these.
    pub parent: Vec<(u32, u32)>,
}

impl StateGraph {
    pub fn len(&self) -> usize {
        self.node.len()
    }
    pub fn is_empty(&self) -> bool {
        self.node.is_empty()
    }
    pub fn out(&self, s: u32) -> &[Edge] {
        &self.edges[self.offsets[s as usize] as usize..self.offsets[s as usize + 1] as usize]
    }
    /// The choices (node id, authored 1-based position) leading from an initial state to `s`.
    pub fn witness(&self, scn: &Scenario, mut s: u32) -> Vec<(String, Option<u32>)> {
        let mut out = Vec::new();
        while self.parent[s as usize].0 != u32::MAX {
            let (p, c) = self.parent[s as usize];
            out.push((
                scn.node(self.node[p as usize]).id.clone(),
                (c != LINE).then(|| c + 1),
            ));
            s = p;
        }
        out.reverse();
        out
    }
}

/// Default state limit for `sanad check`.
pub const CHECK_STATE_LIMIT: usize = 200_000;

/// Explores the states reachable from the start. Stops at `limit` states.
pub fn explore(scn: &Scenario, limit: usize) -> StateGraph {
    let p = Projection::new(scn);
    let width = 1 + p.nvars + p.nwords;
    let mut index: HashMap<Box<[i64]>, u32> = HashMap::new();
    let mut g = StateGraph {
        node: Vec::new(),
        offsets: vec![0],
        edges: Vec::new(),
        initial: Vec::new(),
        stuck: Vec::new(),
        stuck_at_start: Vec::new(),
        reached: vec![false; scn.nodes.len()],
        complete: true,
        parent: Vec::new(),
    };
    if !scn.start.is_valid() {
        return g;
    }
    let mut keys: Vec<Box<[i64]>> = Vec::new();

    // Initial states: every combination of pick options (capped).
    let mut base = Abs {
        p: &p,
        key: vec![0; width],
        trail: Vec::new(),
    };
    for (i, v) in scn.variables.iter().enumerate() {
        base.set_var(VarIdx(i as u32), v.initial());
    }
    let mut starts = vec![base.key.clone()];
    for pick in &scn.picks {
        let mut next = Vec::new();
        for k in &starts {
            for o in &pick.options {
                let mut w = Abs {
                    p: &p,
                    key: k.clone(),
                    trail: Vec::new(),
                };
                for e in &o.set {
                    rules::apply(scn, &mut w, e);
                }
                if !next.contains(&w.key) {
                    next.push(w.key);
                }
            }
            if next.len() > 4096 {
                g.complete = false;
                break;
            }
        }
        starts = next;
    }

    let mut intern = |key: Vec<i64>,
                      parent: (u32, u32),
                      g: &mut StateGraph,
                      keys: &mut Vec<Box<[i64]>>|
     -> Option<u32> {
        let key = key.into_boxed_slice();
        if let Some(&s) = index.get(&key) {
            return Some(s);
        }
        if g.node.len() >= limit {
            g.complete = false;
            return None;
        }
        let s = g.node.len() as u32;
        g.node.push(NodeIdx(key[0] as u32));
        g.parent.push(parent);
        index.insert(key.clone(), s);
        keys.push(key);
        Some(s)
    };

    for k in starts {
        let mut w = Abs {
            p: &p,
            key: k,
            trail: Vec::new(),
        };
        match rules::enter(scn, &mut w, scn.start) {
            Ok(at) => {
                for n in w.trail.drain(..) {
                    g.reached[n as usize] = true;
                }
                w.key[0] = i64::from(at.0);
                if let Some(s) = intern(w.key, (u32::MAX, 0), &mut g, &mut keys)
                    && !g.initial.contains(&s)
                {
                    g.initial.push(s);
                }
            }
            Err(stuck) => {
                for n in w.trail.drain(..) {
                    g.reached[n as usize] = true;
                }
                g.stuck_at_start.push(stuck);
            }
        }
    }

    // Breadth-first: states are numbered in discovery order, and every state's edges are
    // pushed before the next state's, so `offsets` is built in order.
    let mut s = 0usize;
    while s < g.node.len() {
        let key = keys[s].clone();
        let at = NodeIdx(key[0] as u32);
        let mut out: Vec<Edge> = Vec::new();
        let node = scn.node(at);
        let moves: Vec<u32> = match &node.body {
            NodeBody::Line { .. } => vec![LINE],
            NodeBody::Ending { .. } | NodeBody::Branch { .. } => Vec::new(),
            _ => {
                let w = Abs {
                    p: &p,
                    key: key.to_vec(),
                    trail: Vec::new(),
                };
                rules::available(scn, &w, at)
                    .into_iter()
                    .map(|i| i as u32)
                    .collect()
            }
        };
        for m in moves {
            let mut w = Abs {
                p: &p,
                key: key.to_vec(),
                trail: Vec::new(),
            };
            let next = if m == LINE {
                rules::take(scn, &mut w, at, 0).next
            } else {
                rules::take(scn, &mut w, at, m as usize).next
            };
            match rules::enter(scn, &mut w, next) {
                Ok(to) => {
                    for n in w.trail.drain(..) {
                        g.reached[n as usize] = true;
                    }
                    w.key[0] = i64::from(to.0);
                    if let Some(t) = intern(w.key, (s as u32, m), &mut g, &mut keys) {
                        out.push(Edge { to: t, choice: m });
                    }
                }
                Err(stuck) => {
                    for n in w.trail.drain(..) {
                        g.reached[n as usize] = true;
                    }
                    // A stuck state is recorded as a state of its own with no way out.
                    let mut k = w.key.clone();
                    let at = match stuck {
                        Stuck::NoChoice(n) | Stuck::HubCycle(n) => n,
                        Stuck::Invalid => at,
                    };
                    k[0] = i64::from(at.0);
                    if let Some(t) = intern(k, (s as u32, m), &mut g, &mut keys) {
                        if !g.stuck.iter().any(|(x, _)| *x == t) {
                            g.stuck.push((t, stuck));
                        }
                        out.push(Edge { to: t, choice: m });
                    }
                }
            }
        }
        // A stuck state must not be expanded as if it were playable.
        if g.stuck.iter().any(|(x, _)| *x as usize == s) {
            out.clear();
        }
        g.edges.extend(out);
        g.offsets.push(g.edges.len() as u32);
        s += 1;
    }
    g
}

/// States from which some ending can be reached.
pub fn can_finish(scn: &Scenario, g: &StateGraph) -> Vec<bool> {
    let n = g.len();
    let mut rev_off = vec![0u32; n + 1];
    for e in &g.edges {
        rev_off[e.to as usize + 1] += 1;
    }
    for i in 0..n {
        rev_off[i + 1] += rev_off[i];
    }
    let mut fill = rev_off.clone();
    let mut rev = vec![0u32; g.edges.len()];
    for s in 0..n {
        for e in g.out(s as u32) {
            rev[fill[e.to as usize] as usize] = s as u32;
            fill[e.to as usize] += 1;
        }
    }
    let mut ok = vec![false; n];
    let mut stack: Vec<u32> = (0..n as u32)
        .filter(|&s| scn.node(g.node[s as usize]).is_ending())
        .collect();
    for &s in &stack {
        ok[s as usize] = true;
    }
    while let Some(s) = stack.pop() {
        for &p in &rev[rev_off[s as usize] as usize..rev_off[s as usize + 1] as usize] {
            if !ok[p as usize] {
                ok[p as usize] = true;
                stack.push(p);
            }
        }
    }
    ok
}

/// Strongly connected components (iterative Tarjan). Returns the component of each state;
/// components are numbered in reverse topological order (successors first).
pub fn scc(g: &StateGraph) -> (Vec<u32>, usize) {
    let n = g.len();
    let mut index = vec![u32::MAX; n];
    let mut low = vec![0u32; n];
    let mut on = vec![false; n];
    let mut comp = vec![u32::MAX; n];
    let mut stack: Vec<u32> = Vec::new();
    let mut call: Vec<(u32, u32)> = Vec::new();
    let mut next_index = 0u32;
    let mut ncomp = 0u32;
    for root in 0..n as u32 {
        if index[root as usize] != u32::MAX {
            continue;
        }
        call.push((root, 0));
        while let Some(&mut (v, ref mut ei)) = call.last_mut() {
            let vi = v as usize;
            if *ei == 0 && index[vi] == u32::MAX {
                index[vi] = next_index;
                low[vi] = next_index;
                next_index += 1;
                stack.push(v);
                on[vi] = true;
            }
            let out = g.out(v);
            if (*ei as usize) < out.len() {
                let w = out[*ei as usize].to;
                *ei += 1;
                let wi = w as usize;
                if index[wi] == u32::MAX {
                    call.push((w, 0));
                } else if on[wi] {
                    low[vi] = low[vi].min(index[wi]);
                }
            } else {
                call.pop();
                if let Some(&(parent, _)) = call.last() {
                    low[parent as usize] = low[parent as usize].min(low[vi]);
                }
                if low[vi] == index[vi] {
                    loop {
                        let w = stack.pop().expect("tarjan stack");
                        on[w as usize] = false;
                        comp[w as usize] = ncomp;
                        if w == v {
                            break;
                        }
                    }
                    ncomp += 1;
                }
            }
        }
    }
    (comp, ncomp as usize)
}

/// Best and worst points per competency over complete playthroughs (start to an ending).
#[derive(Clone, Debug, PartialEq)]
pub struct Extremes {
    pub best: Vec<i64>,
    pub worst: Vec<i64>,
    /// A loop lets points for this competency be gained (best) or lost (worst) without bound.
    pub best_unbounded: Vec<bool>,
    pub worst_unbounded: Vec<bool>,
}

/// Strongly connected components, grouped, in reverse topological order (successors first).
pub struct Dp {
    pub comp: Vec<u32>,
    /// Members of each component.
    pub members: Vec<Vec<u32>>,
}

impl Dp {
    pub fn new(g: &StateGraph) -> Dp {
        let (comp, ncomp) = scc(g);
        let mut members = vec![Vec::new(); ncomp];
        for (s, c) in comp.iter().enumerate() {
            members[*c as usize].push(s as u32);
        }
        Dp { comp, members }
    }

    /// Max (or min) over paths from each state to an ending of the sum of `weight(edge)`.
    /// Returns per-state values (`None`: no ending reachable), the chosen edge of each state
    /// (an index into `g.out(s)`) and whether a loop could gain (or lose) without bound.
    ///
    /// Inside a loop (a component of several states) every member gets the best exit of the
    /// component, and its chosen edge leads towards that exit; the points of edges inside the
    /// loop are not counted, which is exact for the usual loops that score nothing.
    pub fn extreme(
        &self,
        scn: &Scenario,
        g: &StateGraph,
        weight: impl Fn(u32, &Edge) -> i64,
        maximise: bool,
    ) -> (Vec<Option<i64>>, Vec<u32>, bool) {
        let n = g.len();
        let mut val: Vec<Option<i64>> = vec![None; n];
        let mut arg = vec![u32::MAX; n];
        let mut unbounded = false;
        let better = |a: i64, b: i64| if maximise { a > b } else { a < b };
        for (ci, members) in self.members.iter().enumerate() {
            let ci = ci as u32;
            // Best exit of the component.
            let mut best: Option<(i64, u32, u32)> = None;
            for &s in members {
                let si = s as usize;
                if scn.node(g.node[si]).is_ending() {
                    if best.is_none_or(|(v, _, _)| better(0, v)) {
                        best = Some((0, s, u32::MAX));
                    }
                    continue;
                }
                for (k, e) in g.out(s).iter().enumerate() {
                    let w = weight(s, e);
                    if self.comp[e.to as usize] == ci {
                        if (maximise && w > 0) || (!maximise && w < 0) {
                            unbounded = true;
                        }
                        continue;
                    }
                    if let Some(v) = val[e.to as usize] {
                        let cand = v + w;
                        if best.is_none_or(|(b, _, _)| better(cand, b)) {
                            best = Some((cand, s, k as u32));
                        }
                    }
                }
            }
            let Some((v, exit, k)) = best else { continue };
            if members.len() == 1 {
                val[exit as usize] = Some(v);
                arg[exit as usize] = k;
                continue;
            }
            // Every member can reach the exit member inside the component: walk backwards.
            val[exit as usize] = Some(v);
            arg[exit as usize] = k;
            let mut frontier = vec![exit];
            while let Some(t) = frontier.pop() {
                for &m in members {
                    if val[m as usize].is_some() {
                        continue;
                    }
                    if let Some(k) = g.out(m).iter().position(|e| e.to == t) {
                        val[m as usize] = Some(v);
                        arg[m as usize] = k as u32;
                        frontier.push(m);
                    }
                }
            }
        }
        (val, arg, unbounded)
    }
}

/// Score delta of an edge for scenario competency `c`.
pub fn delta(scn: &Scenario, g: &StateGraph, from: u32, e: &Edge, c: usize) -> i64 {
    if e.choice == LINE {
        return 0;
    }
    let node = scn.node(g.node[from as usize]);
    node.choices().get(e.choice as usize).map_or(0, |ch| {
        ch.score
            .iter()
            .filter(|(ci, _)| ci.idx() == c)
            .map(|(_, d)| *d)
            .sum()
    })
}

/// Best and worst achievable points per scenario competency.
pub fn extremes(scn: &Scenario, g: &StateGraph) -> Extremes {
    let dp = Dp::new(g);
    let k = scn.competencies.len();
    let mut out = Extremes {
        best: vec![0; k],
        worst: vec![0; k],
        best_unbounded: vec![false; k],
        worst_unbounded: vec![false; k],
    };
    for c in 0..k {
        for (maximise, slot, unb) in [
            (true, &mut out.best, &mut out.best_unbounded),
            (false, &mut out.worst, &mut out.worst_unbounded),
        ] {
            let (val, _, u) = dp.extreme(scn, g, |s, e| delta(scn, g, s, e, c), maximise);
            let init = g.initial.iter().filter_map(|&s| val[s as usize]);
            slot[c] = if maximise { init.max() } else { init.min() }.unwrap_or(0);
            unb[c] = u;
        }
    }
    out
}
