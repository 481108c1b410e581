//! The state space of a scenario: every situation a trainee can be in, not just every node.
//!
//! A state keeps only what conditions can observe: the variables that conditions read, the
//! visited marks of nodes that `Visited(..)` names, the evidence `Has(..)` names, the agencies
//! `Referred(..)` names, and which hub actions are used. Everything else (scores, notes,
//! variables no condition reads) cannot change what is possible, so a plain branching graph
//! has exactly one state per node and exploration is linear in its size.
//!
//! Transitions are computed by [`crate::rules`], the same code the live session runs.
//!
//! - `search`: the state projection and the search itself ([`explore`], [`StateGraph`],
//!   [`can_finish`], and [`scc`] of the state graph).
//! - `scores`: best and worst points over complete playthroughs, each choice's points counted
//!   once per run ([`extremes`], [`ScoreGraph`], [`Dp`], [`Deltas`], [`best_bound`]).
//! - `algo`: graph algorithms that know nothing of states ([`tarjan`], node components,
//!   liveness).
//!
//! `search` and `scores` use `algo`, `scores` uses `search`; nothing points back.

mod algo;
mod scores;
mod search;

pub use scores::{Dp, ScoreGraph, best_bound, extremes};
pub use search::{CHECK_STATE_LIMIT, LINE, StateGraph, can_finish, explore, explore_keeping};
