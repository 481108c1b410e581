//! Best and worst points per competency over complete playthroughs.

use super::search::{LINE, StateGraph, scc};
use crate::model::*;

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
    /// Inside a loop (a component of several states) every member gets the best exit of the
    /// component, and its chosen edge leads towards that exit; the points of edges inside the
    /// loop are not counted, which is exact for the usual loops that score nothing.
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
                // Every member can reach the exit member inside the component: walk back.
                let mut frontier = vec![exit];
                while let Some(t) = frontier.pop() {
                    for &m in members {
                        if val[k][m as usize].is_some() {
                            continue;
                        }
                        if let Some(j) = g.out(m).iter().position(|e| e.to == t) {
                            val[k][m as usize] = Some(v);
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

    pub fn get(&self, edge: usize, competency: usize) -> i64 {
        i64::from(self.d[edge * self.k + competency])
    }
}

/// Best and worst achievable points per scenario competency.
pub fn extremes(scn: &Scenario, g: &StateGraph) -> Extremes {
    let dp = Dp::new(scn, g);
    let deltas = Deltas::new(scn, g);
    let k = scn.competencies.len();
    let mut out = Extremes {
        best: vec![0; k],
        worst: vec![0; k],
        best_unbounded: vec![false; k],
        worst_unbounded: vec![false; k],
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
