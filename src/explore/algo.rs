//! Graph algorithms: strongly connected components (of nodes here, of states in
//! [`super::scc`]) and liveness. They know nothing of states, so the search builds on them.

use crate::model::*;

/// Components of the node graph (conditions ignored, hub actions returning to their hub left
/// out). Returns each node's component and, per component, whether it is a loop.
pub(super) fn node_components(scn: &Scenario) -> (Vec<u32>, Vec<bool>) {
    let succ: Vec<Vec<u32>> = scn
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| {
            node.successors(NodeIdx(i as u32))
                .into_iter()
                .map(|x| x.0)
                .filter(|&x| x as usize != i)
                .collect()
        })
        .collect();
    let (comp, sizes) = tarjan(scn.nodes.len(), |v, i| succ[v as usize].get(i).copied());
    (comp, sizes.into_iter().map(|s| s > 1).collect())
}

/// Nodes from which one of `readers` can be reached (conditions ignored).
pub(super) fn live_from(pred: &[Vec<u32>], readers: &[u32]) -> Vec<bool> {
    let mut live = vec![false; pred.len()];
    let mut stack: Vec<u32> = readers.to_vec();
    for &r in readers {
        live[r as usize] = true;
    }
    while let Some(x) = stack.pop() {
        for &p in &pred[x as usize] {
            if !live[p as usize] {
                live[p as usize] = true;
                stack.push(p);
            }
        }
    }
    live
}

/// Strongly connected components (iterative Tarjan) of a graph of `n` vertices, where
/// `succ(v, i)` is the `i`-th successor of `v`. Returns the component of each vertex, numbered
/// in reverse topological order (successors first), and the size of each component.
pub fn tarjan(n: usize, succ: impl Fn(u32, usize) -> Option<u32>) -> (Vec<u32>, Vec<u32>) {
    let mut index = vec![u32::MAX; n];
    let mut low = vec![0u32; n];
    let mut on = vec![false; n];
    let mut comp = vec![u32::MAX; n];
    let mut sizes: Vec<u32> = Vec::new();
    let mut stack: Vec<u32> = Vec::new();
    let mut call: Vec<(u32, usize)> = Vec::new();
    let mut next_index = 0u32;
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
            if let Some(w) = succ(v, *ei) {
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
                    let c = sizes.len() as u32;
                    let mut size = 0;
                    loop {
                        let w = stack.pop().expect("tarjan stack");
                        on[w as usize] = false;
                        comp[w as usize] = c;
                        size += 1;
                        if w == v {
                            break;
                        }
                    }
                    sizes.push(size);
                }
            }
        }
    }
    (comp, sizes)
}
