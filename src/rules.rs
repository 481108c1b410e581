//! The rules of play, written once over a [`World`] so that the live [`crate::session`] and
//! the state-space [`crate::explore`]r can never disagree about what a choice does.

use crate::model::*;

/// The state the rules read and write. The session implements it in full; the explorer keeps
/// only the parts that conditions can observe.
pub trait World {
    fn var(&self, v: VarIdx) -> i64;
    fn set_var(&mut self, v: VarIdx, x: i64);
    fn visited(&self, n: NodeIdx) -> bool;
    fn mark_visited(&mut self, n: NodeIdx);
    fn has(&self, e: EvidenceIdx) -> bool;
    fn collect(&mut self, e: EvidenceIdx, lawful: bool);
    fn referred(&self, agency: &str) -> bool;
    fn refer(&mut self, agency: &str);
    fn contact(&mut self, agency: &str);
    fn note(&mut self, msg: &str);
    fn hub_used(&self, hub: NodeIdx, action: usize) -> bool;
    fn use_hub_action(&mut self, hub: NodeIdx, action: usize);
}

pub fn eval(w: &impl World, c: &Cond) -> bool {
    match c {
        Cond::Cmp(v, op, n) => op.eval(w.var(*v), *n),
        Cond::Flag(v) => w.var(*v) != 0,
        Cond::Visited(n) => w.visited(*n),
        Cond::Has(e) => w.has(*e),
        Cond::Referred(a) => w.referred(a),
        Cond::Recommended(op, n, [inv, dir, opt, sug]) => {
            let good = w.var(*inv) + w.var(*dir);
            op.eval(share_percent(good, good + w.var(*opt) + w.var(*sug)), *n)
        }
        Cond::Not(c) => !eval(w, c),
        Cond::All(cs) => cs.iter().all(|c| eval(w, c)),
        Cond::Any(cs) => cs.iter().any(|c| eval(w, c)),
    }
}

pub fn apply(scn: &Scenario, w: &mut impl World, e: &Effect) {
    match e {
        Effect::Set(v, x) => {
            let (min, max) = scn.variables[v.idx()].bounds();
            w.set_var(*v, (*x).clamp(min, max));
        }
        Effect::Add(v, x) => {
            let (min, max) = scn.variables[v.idx()].bounds();
            w.set_var(*v, w.var(*v).saturating_add(*x).clamp(min, max));
        }
        Effect::Collect { evidence, lawful } => w.collect(*evidence, *lawful),
        Effect::Refer(a) => w.refer(a),
        Effect::Contact(a) => w.contact(a),
        Effect::Note(m) => w.note(m),
    }
}

/// Authored indices (0-based) of the choices that can be made at `node` now. For a hub the
/// `leave` option, when authored, is index `actions.len()`.
pub fn available(scn: &Scenario, w: &impl World, node: NodeIdx) -> Vec<usize> {
    let n = scn.node(node);
    match &n.body {
        NodeBody::Decision { choices, .. } => choices
            .iter()
            .enumerate()
            .filter(|(_, c)| c.when.as_ref().is_none_or(|c| eval(w, c)))
            .map(|(i, _)| i)
            .collect(),
        NodeBody::Hub { actions, leave, .. } => {
            let mut out: Vec<usize> = actions
                .iter()
                .enumerate()
                .filter(|(i, c)| {
                    !w.hub_used(node, *i) && c.when.as_ref().is_none_or(|c| eval(w, c))
                })
                .map(|(i, _)| i)
                .collect();
            if leave.is_some() && !out.is_empty() {
                out.push(actions.len());
            }
            out
        }
        _ => Vec::new(),
    }
}

/// Whether a hub has no turn left for the trainee: its budget is spent or no action is left.
fn hub_exhausted(scn: &Scenario, w: &impl World, node: NodeIdx) -> bool {
    let NodeBody::Hub {
        actions, budget, ..
    } = &scn.node(node).body
    else {
        return false;
    };
    let used = (0..actions.len()).filter(|&i| w.hub_used(node, i)).count() as u32;
    if budget.is_some_and(|b| used >= b) {
        return true;
    }
    actions
        .iter()
        .enumerate()
        .all(|(i, c)| w.hub_used(node, i) || !c.when.as_ref().is_none_or(|c| eval(w, c)))
}

/// The session could not go on: an author error that `sanad check` reports.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Stuck {
    /// Hubs and branches kept passing the turn on without a choice in between.
    HubCycle(NodeIdx),
    /// A decision with no choice whose condition holds.
    NoChoice(NodeIdx),
    /// A reference that did not resolve (only in scenarios with errors).
    Invalid,
}

/// Enters `node`: marks it visited and passes through exhausted hubs. Returns where the
/// session settles.
pub fn enter(scn: &Scenario, w: &mut impl World, mut node: NodeIdx) -> Result<NodeIdx, Stuck> {
    for _ in 0..=scn.nodes.len() {
        if !node.is_valid() {
            return Err(Stuck::Invalid);
        }
        w.mark_visited(node);
        match &scn.node(node).body {
            NodeBody::Hub { exit, .. } if hub_exhausted(scn, w, node) => node = *exit,
            NodeBody::Branch { cases, default } => {
                node = cases
                    .iter()
                    .find(|(c, _, _)| eval(w, c))
                    .map_or(*default, |(_, n, _)| *n);
            }
            NodeBody::Decision { choices, .. }
                if !choices
                    .iter()
                    .any(|c| c.when.as_ref().is_none_or(|c| eval(w, c))) =>
            {
                return Err(Stuck::NoChoice(node));
            }
            _ => return Ok(node),
        }
    }
    Err(Stuck::HubCycle(node))
}

/// What a choice did, for scoring and the timeline.
pub struct Taken<'s> {
    pub choice: Option<&'s Choice>,
    pub next: NodeIdx,
}

/// Makes authored choice `index` (0-based) at `node`; the caller has checked it is
/// available. Applies effects and returns the node to enter next.
pub fn take<'s>(scn: &'s Scenario, w: &mut impl World, node: NodeIdx, index: usize) -> Taken<'s> {
    match &scn.node(node).body {
        NodeBody::Decision { choices, .. } => {
            let c = &choices[index];
            for e in &c.effects {
                apply(scn, w, e);
            }
            Taken {
                choice: Some(c),
                next: c.next.unwrap_or(NodeIdx::INVALID),
            }
        }
        NodeBody::Hub { actions, exit, .. } => {
            if index == actions.len() {
                return Taken {
                    choice: None,
                    next: *exit,
                };
            }
            let c = &actions[index];
            w.use_hub_action(node, index);
            for e in &c.effects {
                apply(scn, w, e);
            }
            Taken {
                choice: Some(c),
                next: c.next.unwrap_or(node),
            }
        }
        NodeBody::Line { next, .. } => Taken {
            choice: None,
            next: *next,
        },
        NodeBody::Ending { .. } | NodeBody::Branch { .. } => Taken {
            choice: None,
            next: NodeIdx::INVALID,
        },
    }
}
