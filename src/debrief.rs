//! The debrief: points per competency against the best achievable on this scenario, the
//! total, the critical errors, and the timeline of choices with their feedback and principle.

use crate::explore;
use crate::model::*;
use crate::session::{Collected, Session, Step};
use serde::Serialize;

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CompetencyScore {
    pub id: String,
    /// Fluent id of the competency's name.
    pub name: MsgId,
    pub earned: i64,
    /// The best achievable on this scenario.
    pub max: i64,
    pub percent: f64,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct EndingInfo {
    pub node: String,
    pub outcome: Outcome,
    pub text: MsgId,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Debrief {
    pub scenario: String,
    pub seed: u64,
    pub finished: bool,
    pub ending: Option<EndingInfo>,
    pub scores: Vec<CompetencyScore>,
    pub total_percent: f64,
    /// Critical errors, in the order made; reported whatever the total.
    pub critical: Vec<Step>,
    pub timeline: Vec<Step>,
    pub evidence: Vec<Collected>,
    pub referrals: Vec<String>,
    pub contacts: Vec<String>,
}

/// State limit when computing the best achievable score for a debrief.
pub const BEST_STATE_LIMIT: usize = 500_000;

/// The best achievable points per scenario competency (cached on the scenario).
pub fn best_scores(scn: &Scenario) -> &[i64] {
    scn.best.get_or_init(|| {
        let g = explore::explore(scn, BEST_STATE_LIMIT);
        explore::extremes(scn, &g).best
    })
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Percent of the best achievable, clamped to 0..=100. A competency whose best is 0 or less
/// (only penalties are possible) is 100% when nothing was lost and 0% otherwise.
pub fn percent(earned: i64, max: i64) -> f64 {
    if max > 0 {
        round1(earned.clamp(0, max) as f64 * 100.0 / max as f64)
    } else if earned >= 0 {
        100.0
    } else {
        0.0
    }
}

pub fn debrief(session: &Session, scn: &Scenario, rubric: &Rubric) -> Debrief {
    let best = best_scores(scn);
    let mut scores = Vec::new();
    let mut weighted = 0.0;
    let mut weights = 0.0;
    for (i, id) in scn.competencies.iter().enumerate() {
        let comp = rubric.competency(id);
        let earned = session.scores()[i];
        let max = best.get(i).copied().unwrap_or(0);
        let pct = percent(earned, max);
        let w = comp.map_or(1.0, |c| c.weight);
        // A competency where only penalties are possible counts in the total when points
        // were lost there, so that a critical error always lowers the total.
        if max > 0 || earned < 0 {
            weighted += w * pct;
            weights += w;
        }
        scores.push(CompetencyScore {
            id: id.clone(),
            name: comp.map_or_else(|| id.clone(), |c| c.name.clone()),
            earned,
            max,
            percent: pct,
        });
    }
    let ending = match (&session.node(scn).body, session.is_finished()) {
        (NodeBody::Ending { outcome, text }, true) => Some(EndingInfo {
            node: session.node(scn).id.clone(),
            outcome: *outcome,
            text: text.clone(),
        }),
        _ => None,
    };
    Debrief {
        scenario: scn.id.clone(),
        seed: session.seed,
        finished: session.is_finished(),
        ending,
        scores,
        total_percent: if weights > 0.0 {
            round1(weighted / weights)
        } else {
            100.0
        },
        critical: session
            .timeline()
            .iter()
            .filter(|s| s.critical)
            .cloned()
            .collect(),
        timeline: session.timeline().to_vec(),
        evidence: session.evidence(scn),
        referrals: session.referrals().to_vec(),
        contacts: session.contacts().to_vec(),
    }
}
