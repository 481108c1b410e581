//! Best and worst points per competency over complete playthroughs.
//!
//! A choice's points count once per run, however often the trainee takes it (the session does
//! the same). A scored decision choice on a loop of nodes can be taken again, so for scoring
//! the state graph is refined ([`ScoreGraph`]): a state also records which of those choices
//! were taken, for as long as the trainee stays in their loop. A graph with no scored choice
//! on a loop is used as it is, so plain branching stays linear.

use super::algo::node_components;
use super::search::{Edge, LINE, StateGraph, scc};
use crate::model::*;
use std::collections::HashMap;

/// Best and worst points per competency over complete playthroughs (start to an ending).
#[derive(Clone, Debug, PartialEq)]
pub struct Extremes {
    pub best: Vec<i64>,
    pub worst: Vec<i64>,
    /// A loop lets points for this competency be gained (best) or lost (worst) without bound.
    pub best_unbounded: Vec<bool>,
    pub worst_unbounded: Vec<bool>,
    /// False when a state limit was reached: `best` is then a lower bound (points some run
    /// really earns) and `worst` an upper bound.
    pub complete: bool,
}

/// Strongly connected components, grouped, in reverse topological order (successors first).
pub struct Dp {
    pub comp: Vec<u32>,
    /// States grouped by component, components in order (successors first).
    order: Vec<u32>,
    /// Where each component starts in `order` (one more entry than components).
    starts: Vec<u32>,
    /// Whether each state is at an ending.
    ending: Vec<bool>,
}

impl Dp {
    pub fn new(scn: &Scenario, g: &StateGraph) -> Dp {
        let (comp, ncomp) = scc(g);
        let mut starts = vec![0u32; ncomp + 1];
        for c in &comp {
            starts[*c as usize + 1] += 1;
        }
        for i in 0..ncomp {
            starts[i + 1] += starts[i];
        }
        let mut fill = starts.clone();
        let mut order = vec![0u32; comp.len()];
        for (s, c) in comp.iter().enumerate() {
            order[fill[*c as usize] as usize] = s as u32;
            fill[*c as usize] += 1;
        }
        let ending = g.node.iter().map(|n| scn.node(*n).is_ending()).collect();
        Dp {
            comp,
            order,
            starts,
            ending,
        }
    }

    /// The members of each component, successors first.
    pub fn components(&self) -> impl DoubleEndedIterator<Item = &[u32]> + '_ {
        self.starts
            .windows(2)
            .map(|w| &self.order[w[0] as usize..w[1] as usize])
    }

    /// Max (or min) over paths from each state to an ending of the sum of `weight(edge)`,
    /// where edges are given by their index in `g.edges`.
    /// Returns per-state values (`None`: no ending reachable), the chosen edge of each state
    /// (an index into `g.out(s)`) and whether a loop could gain (or lose) without bound.
    ///
    /// Inside a loop (a component of several states) every member is given a way to the best
    /// exit of the component, and its value is that exit's plus the weights on the way there,
    /// so that following the chosen edges always adds up to the stated value. On a
    /// [`ScoreGraph`] no edge inside a loop counts (its choice was taken before), so this is
    /// exact; for other weights (the length of a path) a loop makes it a lower bound, and
    /// the returned flag says so.
    pub fn extreme(
        &self,
        scn: &Scenario,
        g: &StateGraph,
        weight: impl Fn(usize) -> i64,
        maximise: bool,
    ) -> (Vec<Option<i64>>, Vec<u32>, bool) {
        let [r] = self.extremes_of(scn, g, weight, [maximise]);
        r
    }

    /// [`Self::extreme`] for several directions in one walk over the graph (best and worst
    /// together cost little more than one).
    pub fn extremes_of<const K: usize>(
        &self,
        _scn: &Scenario,
        g: &StateGraph,
        weight: impl Fn(usize) -> i64,
        maximise: [bool; K],
    ) -> [(Vec<Option<i64>>, Vec<u32>, bool); K] {
        let n = g.len();
        let mut val: [Vec<Option<i64>>; K] = std::array::from_fn(|_| vec![None; n]);
        let mut arg: [Vec<u32>; K] = std::array::from_fn(|_| vec![u32::MAX; n]);
        let mut unbounded = [false; K];
        let better = |k: usize, a: i64, b: i64| if maximise[k] { a > b } else { a < b };
        for (ci, members) in self.components().enumerate() {
            let ci = ci as u32;
            // Best exit of the component, per direction.
            let mut best: [Option<(i64, u32, u32)>; K] = [None; K];
            for &s in members {
                let si = s as usize;
                if self.ending[si] {
                    for (k, b) in best.iter_mut().enumerate() {
                        if b.is_none_or(|(v, _, _)| better(k, 0, v)) {
                            *b = Some((0, s, u32::MAX));
                        }
                    }
                    continue;
                }
                let base = g.offsets[si] as usize;
                for (j, e) in g.out(s).iter().enumerate() {
                    let w = weight(base + j);
                    let inside = self.comp[e.to as usize] == ci;
                    for k in 0..K {
                        if inside {
                            if (maximise[k] && w > 0) || (!maximise[k] && w < 0) {
                                unbounded[k] = true;
                            }
                            continue;
                        }
                        if let Some(v) = val[k][e.to as usize] {
                            let cand = v + w;
                            if best[k].is_none_or(|(b, _, _)| better(k, cand, b)) {
                                best[k] = Some((cand, s, j as u32));
                            }
                        }
                    }
                }
            }
            for k in 0..K {
                let Some((v, exit, j)) = best[k] else {
                    continue;
                };
                val[k][exit as usize] = Some(v);
                arg[k][exit as usize] = j;
                if members.len() == 1 {
                    continue;
                }
                // Every member can reach the exit member inside the component: walk back,
                // adding the weights on the way.
                let mut frontier = vec![exit];
                while let Some(t) = frontier.pop() {
                    let Some(vt) = val[k][t as usize] else {
                        continue;
                    };
                    for &m in members {
                        if val[k][m as usize].is_some() {
                            continue;
                        }
                        if let Some(j) = g.out(m).iter().position(|e| e.to == t) {
                            let w = weight(g.offsets[m as usize] as usize + j);
                            val[k][m as usize] = Some(vt + w);
                            arg[k][m as usize] = j as u32;
                            frontier.push(m);
                        }
                    }
                }
            }
        }
        let mut val = val.into_iter();
        let mut arg = arg.into_iter();
        std::array::from_fn(|k| {
            (
                val.next().unwrap_or_default(),
                arg.next().unwrap_or_default(),
                unbounded[k],
            )
        })
    }
}

/// Score changes of every edge for every competency of the scenario, computed once:
/// `get(edge, competency)`.
pub struct Deltas {
    k: usize,
    d: Vec<i32>,
}

impl Deltas {
    pub fn new(scn: &Scenario, g: &StateGraph) -> Deltas {
        let k = scn.competencies.len();
        let mut d = vec![0i32; g.edges.len() * k];
        for s in 0..g.len() {
            let node = scn.node(g.node[s]);
            let base = g.offsets[s] as usize;
            for (j, e) in g.out(s as u32).iter().enumerate() {
                if e.choice == LINE {
                    continue;
                }
                if let Some(ch) = node.choices().get(e.choice as usize) {
                    for (ci, delta) in &ch.score {
                        d[(base + j) * k + ci.idx()] += *delta as i32;
                    }
                }
            }
        }
        Deltas { k, d }
    }

    #[inline]
    pub fn get(&self, edge: usize, competency: usize) -> i64 {
        i64::from(self.d[edge * self.k + competency])
    }
}

/// Best and worst achievable points per scenario competency, each choice's points counted
/// once per run. `limit` caps the states of the refined graph ([`ScoreGraph::new`]).
pub fn extremes(scn: &Scenario, g: &StateGraph, limit: usize) -> Extremes {
    let sg = ScoreGraph::new(scn, g, limit);
    let g = sg.graph();
    let dp = Dp::new(scn, g);
    let deltas = sg.deltas(scn);
    let k = scn.competencies.len();
    let mut out = Extremes {
        best: vec![0; k],
        worst: vec![0; k],
        best_unbounded: vec![false; k],
        worst_unbounded: vec![false; k],
        complete: sg.complete,
    };
    for c in 0..k {
        let [(bv, _, bu), (wv, _, wu)] =
            dp.extremes_of(scn, g, |e| deltas.get(e, c), [true, false]);
        out.best[c] = g
            .initial
            .iter()
            .filter_map(|&s| bv[s as usize])
            .max()
            .unwrap_or(0);
        out.worst[c] = g
            .initial
            .iter()
            .filter_map(|&s| wv[s as usize])
            .min()
            .unwrap_or(0);
        out.best_unbounded[c] = bu;
        out.worst_unbounded[c] = wu;
    }
    out
}

/// The runs for scoring: the state graph, refined where a scored choice can be taken again.
///
/// A refined state is a state of the graph and the set of scored decision choices on a loop
/// of nodes that the run has taken. A choice's bit is kept while the trainee stays in the
/// loop (the strongly connected component of nodes) that holds it and dropped on leaving it,
/// since no way leads back. Along a cycle of refined states the set cannot change, so every
/// scored edge on such a cycle was taken before and counts nothing: the best and worst over
/// the refined graph are exact, and each reported path earns exactly its figure.
pub struct ScoreGraph<'g> {
    base: &'g StateGraph,
    refined: Option<StateGraph>,
    /// Per edge of the refined graph: whether its choice's points count (false: taken before).
    counted: Vec<bool>,
    /// False when the state graph or its refinement stopped at a state limit: best figures are
    /// then lower bounds and worst figures upper bounds (both reached by real runs).
    pub complete: bool,
}

impl<'g> ScoreGraph<'g> {
    /// Refines `g` (explored from `scn`), with at most `limit` refined states.
    pub fn new(scn: &Scenario, g: &'g StateGraph, limit: usize) -> ScoreGraph<'g> {
        let (node_scc, scc_loops) = node_components(scn);
        // Bit of each repeatable scored choice, by (node, choice): `first[node] + choice`.
        let mut first = Vec::with_capacity(scn.nodes.len() + 1);
        first.push(0usize);
        for n in &scn.nodes {
            first.push(first[first.len() - 1] + n.choices().len());
        }
        let mut bit: Vec<Option<u32>> = vec![None; first[scn.nodes.len()]];
        let mut bit_scc: Vec<u32> = Vec::new();
        for (i, n) in scn.nodes.iter().enumerate() {
            let NodeBody::Decision { choices, .. } = &n.body else {
                continue;
            };
            for (j, c) in choices.iter().enumerate() {
                let Some(next) = c.next.filter(|x| x.is_valid()) else {
                    continue;
                };
                let on_loop = next.idx() == i
                    || (node_scc[next.idx()] == node_scc[i] && scc_loops[node_scc[i] as usize]);
                if on_loop && c.score.iter().any(|(_, d)| *d != 0) {
                    bit[first[i] + j] = Some(bit_scc.len() as u32);
                    bit_scc.push(node_scc[i]);
                }
            }
        }
        if bit_scc.is_empty() {
            return ScoreGraph {
                base: g,
                refined: None,
                counted: Vec::new(),
                complete: g.complete,
            };
        }
        let words = bit_scc.len().div_ceil(64);
        // Per node component with repeatable choices, the bits to keep there.
        let mut keep: HashMap<u32, Vec<u64>> = HashMap::new();
        for (b, c) in bit_scc.iter().enumerate() {
            keep.entry(*c).or_insert_with(|| vec![0; words])[b / 64] |= 1 << (b % 64);
        }
        let width = 1 + words;
        let mut out = StateGraph {
            node: Vec::new(),
            offsets: vec![0],
            edges: Vec::new(),
            initial: Vec::new(),
            stuck: Vec::new(),
            stuck_at_start: g.stuck_at_start.clone(),
            reached: g.reached.clone(),
            complete: g.complete,
            parent: Vec::new(),
        };
        let mut counted = Vec::new();
        let mut arena: Vec<u64> = Vec::new();
        let mut index: HashMap<Vec<u64>, u32> = HashMap::new();
        let mut intern = |key: &[u64],
                          parent: (u32, u32),
                          out: &mut StateGraph,
                          arena: &mut Vec<u64>|
         -> Option<u32> {
            if let Some(&s) = index.get(key) {
                return Some(s);
            }
            if out.node.len() >= limit {
                out.complete = false;
                return None;
            }
            let s = out.node.len() as u32;
            out.node.push(g.node[key[0] as usize]);
            out.parent.push(parent);
            index.insert(key.to_vec(), s);
            arena.extend_from_slice(key);
            Some(s)
        };
        let mut key = vec![0u64; width];
        for &s in &g.initial {
            key[0] = u64::from(s);
            if let Some(r) = intern(&key, (u32::MAX, 0), &mut out, &mut arena)
                && !out.initial.contains(&r)
            {
                out.initial.push(r);
            }
        }
        let stuck: HashMap<u32, &crate::rules::Stuck> =
            g.stuck.iter().map(|(s, w)| (*s, w)).collect();
        let mut r = 0usize;
        let mut next = vec![0u64; width];
        while r < out.node.len() {
            key.copy_from_slice(&arena[r * width..(r + 1) * width]);
            let s = key[0] as u32;
            if let Some(why) = stuck.get(&s) {
                out.stuck.push((r as u32, (*why).clone()));
            }
            let at = g.node[s as usize].idx();
            for e in g.out(s) {
                next.copy_from_slice(&key);
                next[0] = u64::from(e.to);
                let mut counts = true;
                if e.choice != LINE
                    && let Some(&Some(b)) = bit.get(first[at] + e.choice as usize)
                    && (e.choice as usize) < scn.nodes[at].choices().len()
                {
                    let (w, m) = (1 + b as usize / 64, 1u64 << (b % 64));
                    counts = next[w] & m == 0;
                    next[w] |= m;
                }
                // Forget the bits of loops the run has left.
                let to = g.node[e.to as usize].idx();
                match keep.get(&node_scc[to]) {
                    Some(k) => {
                        for w in 0..words {
                            next[1 + w] &= k[w];
                        }
                    }
                    None => next[1..].fill(0),
                }
                if let Some(t) = intern(&next, (r as u32, e.choice), &mut out, &mut arena) {
                    out.edges.push(Edge {
                        to: t,
                        choice: e.choice,
                    });
                    counted.push(counts);
                }
            }
            out.offsets.push(out.edges.len() as u32);
            r += 1;
        }
        ScoreGraph {
            base: g,
            complete: out.complete,
            refined: Some(out),
            counted,
        }
    }

    /// The graph to score on: the refined one, or the state graph when nothing on a loop is
    /// scored.
    #[inline]
    pub fn graph(&self) -> &StateGraph {
        self.refined.as_ref().unwrap_or(self.base)
    }

    /// The points of every edge of [`Self::graph`], zero where the choice was taken before.
    pub fn deltas(&self, scn: &Scenario) -> Deltas {
        let mut d = Deltas::new(scn, self.graph());
        for (e, c) in self.counted.iter().enumerate() {
            if !c {
                d.d[e * d.k..(e + 1) * d.k].fill(0);
            }
        }
        d
    }
}

/// An upper bound on the best points per scenario competency, from the content alone (no
/// search): each choice counts once per run, a decision off every loop gives at most its best
/// choice, a hub at most its best `budget` actions. Used where the search stopped early.
pub fn best_bound(scn: &Scenario) -> Vec<i64> {
    let k = scn.competencies.len();
    let (node_scc, scc_loops) = node_components(scn);
    // Nodes reachable from the start, conditions ignored.
    let mut seen = vec![false; scn.nodes.len()];
    let mut stack = Vec::new();
    if scn.start.is_valid() {
        seen[scn.start.idx()] = true;
        stack.push(scn.start);
    }
    while let Some(n) = stack.pop() {
        for x in scn.node(n).successors(n) {
            if x.is_valid() && !seen[x.idx()] {
                seen[x.idx()] = true;
                stack.push(x);
            }
        }
    }
    let mut out = vec![0i64; k];
    let gain = |c: &Choice, ci: usize| -> i64 {
        c.score
            .iter()
            .filter(|(x, _)| x.idx() == ci)
            .map(|(_, d)| (*d).max(0))
            .sum()
    };
    for (i, n) in scn.nodes.iter().enumerate() {
        if !seen[i] {
            continue;
        }
        let own = NodeIdx(i as u32);
        for (ci, o) in out.iter_mut().enumerate() {
            let mut gains: Vec<i64> = n.choices().iter().map(|c| gain(c, ci)).collect();
            let add = match &n.body {
                NodeBody::Hub { budget, .. } => {
                    gains.sort_unstable_by(|a, b| b.cmp(a));
                    let take = budget.map_or(gains.len(), |b| b as usize);
                    gains.iter().take(take).sum()
                }
                NodeBody::Decision { choices, .. } => {
                    let looped = scc_loops[node_scc[i] as usize]
                        || choices.iter().any(|c| c.next == Some(own));
                    if looped {
                        gains.iter().sum()
                    } else {
                        gains.into_iter().max().unwrap_or(0)
                    }
                }
                _ => 0,
            };
            *o = o.saturating_add(add);
        }
    }
    out
}
