//! The debrief: points per competency against the best achievable on this scenario, the
//! total, the critical errors, and the timeline of choices with their feedback and principle.
//!
//! A choice's points count once per run, however often the trainee takes it (the session
//! counts so, and the best achievable is worked out the same way). The best achievable comes
//! from a bounded search ([`BEST_STATE_LIMIT`]), so that a debrief never waits for a full
//! exploration: past the limit it is a lower bound, marked `max_exact: false`, unless the
//! bound from the content alone ([`explore::best_bound`]) shows it is exact.

use crate::explore;
use crate::model::*;
use crate::session::{Collected, Session, Step};
use serde::Serialize;

/// How a competency was assessed on this run.
#[derive(Clone, Copy, Debug, Serialize, serde::Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Assessed {
    /// Points were on offer: `earned` of `max`.
    Scored,
    /// The scenario only takes points away here (`max` is 0): the line shows the penalty.
    PenaltiesOnly,
    /// Nothing on the path scored it, and there was nothing to earn: left out of the total.
    NotAssessed,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CompetencyScore {
    pub id: String,
    /// Fluent id of the competency's name.
    pub name: MsgId,
    pub earned: i64,
    /// The best achievable on this scenario; when `max_exact` is false, a lower bound: some
    /// run earns it, and the search stopped before it could tell whether any earns more.
    pub max: i64,
    /// Whether `max` is the best achievable (false: a lower bound).
    pub max_exact: bool,
    /// Percent of `max` (when `max` is a lower bound, an upper bound on the true percent).
    pub percent: f64,
    pub assessed: Assessed,
}

impl CompetencyScore {
    /// The score line as a trainee reads it: the message and its arguments. The command line
    /// and the debrief screen both use this.
    pub fn line(&self) -> (&'static str, Vec<(String, ArgValue)>) {
        use crate::i18n::keys;
        let n = |k: &str, v: i64| (k.to_string(), ArgValue::Number(v));
        match self.assessed {
            Assessed::NotAssessed => (keys::DEBRIEF_SCORE_NOT_ASSESSED, Vec::new()),
            Assessed::PenaltiesOnly => (
                keys::DEBRIEF_SCORE_PENALTIES,
                vec![n("earned", self.earned)],
            ),
            Assessed::Scored if self.max_exact => (
                keys::DEBRIEF_SCORE_LINE,
                vec![
                    n("earned", self.earned),
                    n("max", self.max),
                    n("percent", self.percent.round() as i64),
                ],
            ),
            Assessed::Scored => (
                keys::DEBRIEF_SCORE_LINE_BOUND,
                vec![n("earned", self.earned), n("max", self.max)],
            ),
        }
    }
}

/// The question profile of a run: how many questions of each type, and the share of
/// recommended ones (invitations and directives) among the questions.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct QuestionProfile {
    pub counts: QuestionCounts,
    /// `None` while no question was asked (statements are not questions).
    pub recommended_percent: Option<u32>,
}

impl QuestionProfile {
    pub fn of(counts: QuestionCounts) -> QuestionProfile {
        QuestionProfile {
            counts,
            recommended_percent: (counts.questions() > 0).then(|| counts.recommended_percent()),
        }
    }
    /// The `"questions"` object of `run --format json` and of records:
    /// `{"invitation": N, .., "statement": N, "recommended_percent": P}`.
    pub fn to_json(&self) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        for (_, t) in QuestionType::ALL {
            m.insert(t.key().into(), self.counts.get(t).into());
        }
        m.insert(
            "recommended_percent".into(),
            self.recommended_percent
                .map_or(serde_json::Value::Null, Into::into),
        );
        serde_json::Value::Object(m)
    }
}

/// A detail that a question put into the account, and why it now carries little weight.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SuggestedDetail {
    pub id: String,
    pub label: MsgId,
    pub weak: MsgId,
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
    /// Whether every `max` is exact; when false, `total_percent` is an upper bound.
    pub max_exact: bool,
    /// Critical errors, in the order made; reported whatever the total.
    pub critical: Vec<Step>,
    pub timeline: Vec<Step>,
    pub evidence: Vec<Collected>,
    pub referrals: Vec<String>,
    pub contacts: Vec<String>,
    /// The question profile, for a scenario whose choices say what kind of question they
    /// are.
    pub questions: Option<QuestionProfile>,
    /// Details that the trainee's questions suggested (contamination).
    pub suggested: Vec<SuggestedDetail>,
}

impl Debrief {
    /// The total as a trainee reads it: the message (exact, or "at most" when the best was not
    /// worked out) and its argument.
    pub fn total_message(&self) -> (&'static str, Vec<(String, ArgValue)>) {
        let id = if self.max_exact {
            crate::i18n::keys::DEBRIEF_TOTAL
        } else {
            crate::i18n::keys::DEBRIEF_TOTAL_BOUND
        };
        (
            id,
            vec![(
                "percent".into(),
                ArgValue::Number(self.total_percent.round() as i64),
            )],
        )
    }
}

/// State limit when computing the best achievable score for a debrief (for the state graph,
/// and again for its refinement for choices on loops). Small enough that `run` stays fast on
/// content whose states explode (a hub of many one-use actions); past it the debrief's maxima
/// are lower bounds.
pub const BEST_STATE_LIMIT: usize = 50_000;

/// The best achievable points per scenario competency, and an upper bound on them: equal
/// where the best is known exactly (cached on the scenario).
pub fn best_known(scn: &Scenario) -> (&[i64], &[i64]) {
    let k = scn.competencies.len();
    // The cache holds the lower bounds, then the upper bounds.
    let v = scn.best.get_or_init(|| {
        let g = explore::explore(scn, BEST_STATE_LIMIT);
        let e = explore::extremes(scn, &g, BEST_STATE_LIMIT);
        let upper = if e.complete {
            e.best.clone()
        } else {
            explore::best_bound(scn)
                .into_iter()
                .zip(&e.best)
                .map(|(u, b)| u.max(*b))
                .collect()
        };
        let mut v = e.best;
        v.extend(upper);
        v
    });
    if v.len() == 2 * k {
        v.split_at(k)
    } else {
        (v.as_slice(), v.as_slice())
    }
}

/// The best achievable points per scenario competency: a lower bound where the search
/// stopped early (see [`best_known`]).
pub fn best_scores(scn: &Scenario) -> &[i64] {
    best_known(scn).0
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
    let (best, upper) = best_known(scn);
    let mut scores = Vec::new();
    let mut weighted = 0.0;
    let mut weights = 0.0;
    for (i, id) in scn.competencies.iter().enumerate() {
        let comp = rubric.competency(id);
        let earned = session.scores()[i];
        let mut max = best.get(i).copied().unwrap_or(0);
        let upper = upper.get(i).copied().unwrap_or(max);
        // A finished run is a complete playthrough: the best is at least what it earned.
        if session.is_finished() {
            max = max.max(earned);
        }
        let max_exact = max >= upper;
        let pct = percent(earned, max);
        let w = comp.map_or(1.0, |c| c.weight);
        let assessed = if max > 0 {
            Assessed::Scored
        } else if earned < 0 || touched(session, id) {
            Assessed::PenaltiesOnly
        } else {
            Assessed::NotAssessed
        };
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
            max_exact,
            percent: pct,
            assessed,
        });
    }
    let max_exact = scores.iter().all(|s| s.max_exact);
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
        max_exact,
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
        questions: scn
            .has_question_types()
            .then(|| QuestionProfile::of(session.questions())),
        suggested: session
            .suggested(scn)
            .into_iter()
            .map(|d| SuggestedDetail {
                id: d.id.clone(),
                label: d.label.clone(),
                weak: d.weak.clone(),
            })
            .collect(),
    }
}

/// Whether a choice on the run scored competency `id` (a penalty of 0 included).
fn touched(session: &Session, id: &str) -> bool {
    session
        .timeline()
        .iter()
        .any(|s| s.score.iter().any(|(c, _)| c == id))
}
