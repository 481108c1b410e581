//! The state projection and the search: which parts of a state conditions can observe, and
//! the walk over every reachable state.

use super::algo::{live_from, node_components, tarjan};
use crate::model::*;
use crate::rules::{self, Stuck, World};
use std::collections::HashMap;

/// What `Line` advances are recorded as, instead of a choice index.
pub const LINE: u32 = u32::MAX;

/// Which parts of the state matter, and where.
///
/// Beyond dropping what no condition reads, the projection also forgets what can no longer
/// be read: a variable, visited mark, evidence or agency bit is *live* at a node only if the
/// node can reach a condition that reads it, and a hub's used actions only while the trainee
/// can come back to the hub (the hub itself, or its loop). Dead parts are reset before a
/// state is stored, so paths that differ only in what no longer matters merge. This is
/// exact: a reset value is never read again.
#[derive(Clone, Debug)]
struct Projection {
    var_slot: Vec<Option<u32>>,
    visited_bit: Vec<Option<u32>>,
    evidence_bit: Vec<Option<u32>>,
    agency_bit: HashMap<String, u32>,
    hub_bit: Vec<Option<u32>>,
    nvars: usize,
    nwords: usize,
    /// Per var slot: live at node? (`None`: always live, when the table would be too big.)
    var_live: Vec<Option<Vec<bool>>>,
    /// Per bit: what it belongs to.
    bit_owner: Vec<BitOwner>,
    /// Per non-hub bit observable: live at node?
    bit_live: Vec<Option<Vec<bool>>>,
    /// Strongly connected component of each node, and whether it has more than one node or a
    /// link to itself other than a hub's own actions.
    node_scc: Vec<u32>,
    scc_loops: Vec<bool>,
}

#[derive(Clone, Copy, Debug)]
enum BitOwner {
    /// Index into `bit_live`.
    Observable(u32),
    Hub(u32),
}

/// Liveness tables cost a pass over the graph each; past this many observables the rest are
/// simply kept (still exact, only larger).
const MAX_LIVENESS_TABLES: usize = 256;

impl Projection {
    /// `keep`: variables kept in every state, read by a condition or not.
    fn new(scn: &Scenario, keep: &[VarIdx]) -> Projection {
        let n = scn.nodes.len();
        // Reader nodes of each observable.
        let mut var_readers: Vec<Vec<u32>> = vec![Vec::new(); scn.variables.len()];
        let mut visited_readers: Vec<Vec<u32>> = vec![Vec::new(); n];
        let mut evidence_readers: Vec<Vec<u32>> = vec![Vec::new(); scn.evidence.len()];
        let mut agency_readers: Vec<(String, Vec<u32>)> = Vec::new();
        fn walk(
            c: &Cond,
            at: u32,
            vars: &mut [Vec<u32>],
            visited: &mut [Vec<u32>],
            evidence: &mut [Vec<u32>],
            agencies: &mut Vec<(String, Vec<u32>)>,
        ) {
            match c {
                Cond::Cmp(v, _, _) | Cond::Flag(v) => vars[v.idx()].push(at),
                Cond::Recommended(_, _, vs) => {
                    for v in vs {
                        vars[v.idx()].push(at);
                    }
                }
                Cond::Visited(n) => visited[n.idx()].push(at),
                Cond::Has(e) => evidence[e.idx()].push(at),
                Cond::Referred(a) => match agencies.iter_mut().find(|(x, _)| x == a) {
                    Some((_, r)) => r.push(at),
                    None => agencies.push((a.clone(), vec![at])),
                },
                Cond::Not(c) => walk(c, at, vars, visited, evidence, agencies),
                Cond::All(cs) | Cond::Any(cs) => {
                    for c in cs {
                        walk(c, at, vars, visited, evidence, agencies);
                    }
                }
            }
        }
        for (i, node) in scn.nodes.iter().enumerate() {
            let at = i as u32;
            let conds =
                node.choices()
                    .iter()
                    .filter_map(|c| c.when.as_ref())
                    .chain(match &node.body {
                        NodeBody::Branch { cases, .. } => cases.iter().map(|(c, _, _)| c).collect(),
                        _ => Vec::new(),
                    });
            for c in conds {
                walk(
                    c,
                    at,
                    &mut var_readers,
                    &mut visited_readers,
                    &mut evidence_readers,
                    &mut agency_readers,
                );
            }
        }
        let mut pred: Vec<Vec<u32>> = vec![Vec::new(); n];
        for (i, node) in scn.nodes.iter().enumerate() {
            for y in node.successors(NodeIdx(i as u32)) {
                pred[y.idx()].push(i as u32);
            }
        }
        let mut tables = 0usize;
        let mut liveness = |readers: &[u32]| -> Option<Vec<bool>> {
            tables += 1;
            (tables <= MAX_LIVENESS_TABLES).then(|| live_from(&pred, readers))
        };

        let mut var_slot = vec![None; scn.variables.len()];
        let mut var_live = Vec::new();
        for (i, readers) in var_readers.iter().enumerate() {
            if keep.contains(&VarIdx(i as u32)) {
                var_slot[i] = Some(var_live.len() as u32);
                var_live.push(None);
            } else if !readers.is_empty() {
                var_slot[i] = Some(var_live.len() as u32);
                var_live.push(liveness(readers));
            }
        }
        let nvars = var_live.len();
        let mut bit = 0u32;
        let mut bit_owner = Vec::new();
        let mut bit_live = Vec::new();
        let mut observable = |readers: &[u32], bit: &mut u32| -> Option<u32> {
            if readers.is_empty() {
                return None;
            }
            bit_owner.push(BitOwner::Observable(bit_live.len() as u32));
            bit_live.push(liveness(readers));
            *bit += 1;
            Some(*bit - 1)
        };
        let visited_bit: Vec<Option<u32>> = visited_readers
            .iter()
            .map(|r| observable(r, &mut bit))
            .collect();
        let evidence_bit: Vec<Option<u32>> = evidence_readers
            .iter()
            .map(|r| observable(r, &mut bit))
            .collect();
        let mut agency_bit = HashMap::new();
        for (a, r) in &agency_readers {
            if let Some(b) = observable(r, &mut bit) {
                agency_bit.insert(a.clone(), b);
            }
        }
        let mut hub_bit = vec![None; n];
        for (i, node) in scn.nodes.iter().enumerate() {
            if let NodeBody::Hub { actions, .. } = &node.body {
                hub_bit[i] = Some(bit);
                for _ in actions {
                    bit_owner.push(BitOwner::Hub(i as u32));
                }
                bit += actions.len() as u32;
            }
        }
        let (node_scc, scc_loops) = node_components(scn);
        Projection {
            var_slot,
            visited_bit,
            evidence_bit,
            agency_bit,
            hub_bit,
            nvars,
            nwords: (bit as usize).div_ceil(64),
            var_live,
            bit_owner,
            bit_live,
            node_scc,
            scc_loops,
        }
    }

    /// Resets what is dead at the state's node.
    fn forget_dead(&self, key: &mut [i64]) {
        let at = key[0] as usize;
        for (s, live) in self.var_live.iter().enumerate() {
            if live.as_ref().is_some_and(|l| !l[at]) {
                key[1 + s] = 0;
            }
        }
        for w in 0..self.nwords {
            let mut word = key[1 + self.nvars + w] as u64;
            let mut bits = word;
            while bits != 0 {
                let b = bits.trailing_zeros();
                bits &= bits - 1;
                let live = match self.bit_owner[w * 64 + b as usize] {
                    BitOwner::Observable(o) => {
                        self.bit_live[o as usize].as_ref().is_none_or(|l| l[at])
                    }
                    BitOwner::Hub(h) => {
                        h as usize == at
                            || (self.node_scc[h as usize] == self.node_scc[at]
                                && self.scc_loops[self.node_scc[at] as usize])
                    }
                };
                if !live {
                    word &= !(1u64 << b);
                }
            }
            key[1 + self.nvars + w] = word as i64;
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
    /// The number of states explored.
    #[allow(clippy::len_without_is_empty)]
    #[inline]
    pub fn len(&self) -> usize {
        self.node.len()
    }
    #[inline]
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

/// A hasher for keys that are already hashes.
#[derive(Default)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// FxHash-style mixing of a state key, finished with MurmurHash3's `fmix64`: the table takes
/// its buckets from the low bits, and without the finish those depend only on the low bits of
/// each word (a hub's used actions in the high bits of a word would all share a few buckets).
fn hash_key(key: &[i64]) -> u64 {
    let mut h: u64 = 0;
    for &x in key {
        h = (h.rotate_left(5) ^ x as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Default state limit for `sanad check`.
pub const CHECK_STATE_LIMIT: usize = 200_000;

/// Edges kept per state of the limit: exploration also stops when the state graph holds
/// `limit * EDGES_PER_STATE` edges (and never stops below [`MIN_EDGE_LIMIT`]), so that many
/// choices leading to the same few states cannot fill memory.
const EDGES_PER_STATE: usize = 2;
/// The edge budget is never smaller than this: every choice of any file that passes the size
/// limits fits, so a plain branching graph is always explored completely.
const MIN_EDGE_LIMIT: usize = 2_000_000;

/// Work allowed per state of the limit: exploration also stops when it has done
/// `limit * WORK_PER_STATE` units of work (and never stops below [`MIN_WORK`]). A unit is
/// one number of a state copied or hashed, one choice or condition term looked at, or one
/// effect applied; so the time is bounded whatever the content (a hub of hundreds of
/// actions, a long chain of branches, conditions with thousands of terms).
const WORK_PER_STATE: u64 = 100;
/// The work budget is never smaller than this (about a second).
const MIN_WORK: u64 = 50_000_000;

/// Terms of a condition: what evaluating it can cost.
fn cond_size(c: &Cond) -> u64 {
    match c {
        Cond::Not(c) => 1 + cond_size(c),
        Cond::All(cs) | Cond::Any(cs) => 1 + cs.iter().map(cond_size).sum::<u64>(),
        _ => 1,
    }
}

/// What entering a node (and listing its choices) can cost: its choices and the terms of
/// their conditions, or of its branch cases.
fn node_cost(node: &Node) -> u64 {
    let choices: u64 = node
        .choices()
        .iter()
        .map(|c| 1 + c.when.as_ref().map_or(0, cond_size))
        .sum();
    let cases: u64 = match &node.body {
        NodeBody::Branch { cases, .. } => cases.iter().map(|(c, _, _)| 1 + cond_size(c)).sum(),
        _ => 0,
    };
    1 + choices + cases
}

/// Explores the states reachable from the start, breadth first. Stops at `limit` states
/// (capped at [`crate::limits::MAX_STATES`]), at the edge or work budget, or when memory cannot
/// grow:
/// then [`StateGraph::complete`] is false, and the states found but not yet expanded have no
/// edges.
pub fn explore(scn: &Scenario, limit: usize) -> StateGraph {
    explore_keeping(scn, limit, &[])
}

/// Like [`explore`], keeping the variables `keep` in every state even where no condition
/// reads them (so that each state has one value of each: `analyze` keeps the question
/// counters to find the best share of recommended questions).
pub fn explore_keeping(scn: &Scenario, limit: usize, keep: &[VarIdx]) -> StateGraph {
    let limit = limit.min(crate::limits::MAX_STATES);
    let edge_limit = limit.saturating_mul(EDGES_PER_STATE).max(MIN_EDGE_LIMIT);
    let work_limit = (limit as u64).saturating_mul(WORK_PER_STATE).max(MIN_WORK);
    let mut work: u64 = 0;
    let p = Projection::new(scn, keep);
    let width = 1 + p.nvars + p.nwords;
    let cost: Vec<u64> = scn.nodes.iter().map(node_cost).collect();
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
    // States live in one flat arena (`width` numbers each), found again by a hash chain:
    // no allocation per state.
    let mut arena: Vec<i64> = Vec::new();
    let mut index: HashMap<u64, u32, std::hash::BuildHasherDefault<IdHasher>> = HashMap::default();
    let mut chain: Vec<u32> = Vec::new();
    // Whether each state is stuck (an index into `g.stuck` would do too; a flag is O(1)).
    let mut is_stuck: Vec<bool> = Vec::new();

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
    // From here `complete` says whether the search stopped early; a capped set of starts
    // makes the result incomplete too, but what was found is still explored.
    let starts_complete = std::mem::replace(&mut g.complete, true);

    // A new state, or the one with this key already; `None` past the limit, or when memory
    // cannot grow (both end the exploration).
    let mut intern = |key: &[i64],
                      parent: (u32, u32),
                      g: &mut StateGraph,
                      arena: &mut Vec<i64>,
                      is_stuck: &mut Vec<bool>|
     -> Option<u32> {
        let h = hash_key(key);
        let mut at = index.get(&h).copied();
        while let Some(s) = at {
            let i = s as usize * width;
            if arena[i..i + width] == *key {
                return Some(s);
            }
            at = (chain[s as usize] != u32::MAX).then(|| chain[s as usize]);
        }
        let grows = g.node.len() < limit
            && arena.try_reserve(width).is_ok()
            && g.node.try_reserve(1).is_ok()
            && g.parent.try_reserve(1).is_ok()
            && g.offsets.try_reserve(1).is_ok()
            && chain.try_reserve(1).is_ok()
            && is_stuck.try_reserve(1).is_ok()
            && index.try_reserve(1).is_ok();
        if !grows {
            g.complete = false;
            return None;
        }
        let s = g.node.len() as u32;
        g.node.push(NodeIdx(key[0] as u32));
        g.parent.push(parent);
        chain.push(index.insert(h, s).unwrap_or(u32::MAX));
        arena.extend_from_slice(key);
        is_stuck.push(false);
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
                p.forget_dead(&mut w.key);
                if let Some(s) = intern(&w.key, (u32::MAX, 0), &mut g, &mut arena, &mut is_stuck)
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
    let mut key: Vec<i64> = vec![0; width];
    let mut w = Abs {
        p: &p,
        key: vec![0; width],
        trail: Vec::new(),
    };
    let mut moves: Vec<u32> = Vec::new();
    let mut out: Vec<Edge> = Vec::new();
    let mut s = 0usize;
    // Once the exploration has stopped, the remaining states are not expanded: continuing
    // would only add edges between states already found, at the full cost of every choice.
    while s < g.node.len() && g.complete {
        if g.edges.len() >= edge_limit {
            g.complete = false;
            break;
        }
        key.copy_from_slice(&arena[s * width..(s + 1) * width]);
        let at = NodeIdx(key[0] as u32);
        work += width as u64 + cost[at.idx()];
        out.clear();
        moves.clear();
        match &scn.node(at).body {
            NodeBody::Line { .. } => moves.push(LINE),
            NodeBody::Ending { .. } | NodeBody::Branch { .. } => {}
            _ => {
                w.key.copy_from_slice(&key);
                moves.extend(rules::available(scn, &w, at).into_iter().map(|i| i as u32));
            }
        }
        // A stuck state must not be expanded as if it were playable.
        if is_stuck[s] {
            moves.clear();
        }
        for &m in &moves {
            if work > work_limit {
                g.complete = false;
                break;
            }
            w.key.copy_from_slice(&key);
            w.trail.clear();
            let taken = if m == LINE {
                rules::take(scn, &mut w, at, 0)
            } else {
                rules::take(scn, &mut w, at, m as usize)
            };
            let next = taken.next;
            work += 2 * width as u64 + taken.choice.map_or(0, |c| c.effects.len() as u64);
            let entered = rules::enter(scn, &mut w, next);
            work += w.trail.iter().map(|&n| cost[n as usize]).sum::<u64>();
            match entered {
                Ok(to) => {
                    for &n in &w.trail {
                        g.reached[n as usize] = true;
                    }
                    w.key[0] = i64::from(to.0);
                    p.forget_dead(&mut w.key);
                    if let Some(t) =
                        intern(&w.key, (s as u32, m), &mut g, &mut arena, &mut is_stuck)
                    {
                        out.push(Edge { to: t, choice: m });
                    }
                }
                Err(stuck) => {
                    for &n in &w.trail {
                        g.reached[n as usize] = true;
                    }
                    // A stuck state is recorded as a state of its own with no way out.
                    let at = match stuck {
                        Stuck::NoChoice(n) | Stuck::HubCycle(n) => n,
                        Stuck::Invalid => at,
                    };
                    w.key[0] = i64::from(at.0);
                    if let Some(t) =
                        intern(&w.key, (s as u32, m), &mut g, &mut arena, &mut is_stuck)
                    {
                        if !is_stuck[t as usize] {
                            is_stuck[t as usize] = true;
                            g.stuck.push((t, stuck));
                        }
                        out.push(Edge { to: t, choice: m });
                    }
                }
            }
        }
        if g.edges.try_reserve(out.len()).is_err() {
            g.complete = false;
            break;
        }
        g.edges.extend_from_slice(&out);
        g.offsets.push(g.edges.len() as u32);
        s += 1;
    }
    // States found but not expanded keep no edges.
    let end = g.edges.len() as u32;
    g.offsets.resize(g.node.len() + 1, end);
    g.complete &= starts_complete;
    g
}

impl StateGraph {
    /// The edges reversed, in one flat table: the edges into state `t` are
    /// `rev[start[t]..start[t + 1]]`, each as (the state it leaves, its index among that
    /// state's edges).
    pub fn reverse(&self) -> (Vec<u32>, Vec<(u32, u32)>) {
        let n = self.len();
        let mut start = vec![0u32; n + 1];
        for e in &self.edges {
            start[e.to as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut rev = vec![(0u32, 0u32); self.edges.len()];
        for s in 0..n as u32 {
            for (k, e) in self.out(s).iter().enumerate() {
                rev[fill[e.to as usize] as usize] = (s, k as u32);
                fill[e.to as usize] += 1;
            }
        }
        (start, rev)
    }
}

/// States from which some ending can be reached.
pub fn can_finish(scn: &Scenario, g: &StateGraph) -> Vec<bool> {
    let n = g.len();
    let (rev_off, rev) = g.reverse();
    let mut ok = vec![false; n];
    let mut stack: Vec<u32> = (0..n as u32)
        .filter(|&s| scn.node(g.node[s as usize]).is_ending())
        .collect();
    for &s in &stack {
        ok[s as usize] = true;
    }
    while let Some(s) = stack.pop() {
        for &(p, _) in &rev[rev_off[s as usize] as usize..rev_off[s as usize + 1] as usize] {
            if !ok[p as usize] {
                ok[p as usize] = true;
                stack.push(p);
            }
        }
    }
    ok
}

/// Strongly connected components of the state graph; see [`tarjan`]. (Here, next to
/// [`StateGraph`], so that the algorithms need not know the state graph.)
pub fn scc(g: &StateGraph) -> (Vec<u32>, usize) {
    let (comp, sizes) = tarjan(g.len(), |v, i| g.out(v).get(i).map(|e| e.to));
    (comp, sizes.len())
}
