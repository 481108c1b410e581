//! One trainee's run through one scenario: pure, deterministic and serialisable.
//!
//! The session is the runtime in the yarnspinner sense: it says what is on screen
//! ([`Session::view`]) and takes choices ([`Session::choose`], [`Session::advance`]). It knows
//! nothing of bevy or of languages; message ids and their arguments are resolved by
//! [`crate::i18n`].
//!
//! Randomness (profile picks, line variants, the order choices are shown in) comes from
//! ChaCha8 seeded from the session seed, with a separate stream per purpose and node entry, and
//! is consumed only through [`draw_below`] (Lemire's method on `next_u32`). The same scenario,
//! seed and choices therefore give the same run on every machine and every build.

use crate::model::*;
use crate::rules::{self, Stuck, World};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use serde::{Deserialize, Serialize};
use std::fmt;

mod script;
pub use script::{Entry, ScriptEnd, Transcript, history, play_script, replay};

const STREAM_PICKS: u64 = 1;
const STREAM_VARIANT: u64 = 2;
const STREAM_ORDER: u64 = 3;

fn rng(seed: u64, purpose: u64, counter: u64) -> ChaCha8Rng {
    let mut r = ChaCha8Rng::seed_from_u64(seed);
    r.set_stream((purpose << 48) ^ counter);
    r
}

/// A uniform draw in `0..n` (n > 0), portable across platforms and versions.
pub fn draw_below(r: &mut impl RngCore, n: u32) -> u32 {
    // Lemire's nearly-divisionless method.
    let mut m = u64::from(r.next_u32()) * u64::from(n);
    if (m as u32) < n {
        let t = n.wrapping_neg() % n;
        while (m as u32) < t {
            m = u64::from(r.next_u32()) * u64::from(n);
        }
    }
    (m >> 32) as u32
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Status {
    Playing,
    Finished,
    Stuck(Stuck),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Collected {
    pub evidence: String,
    pub label: MsgId,
    pub lawful: bool,
}

/// One choice made, as the debrief shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub node: String,
    /// Authored position, 1-based, in the order written in the file.
    pub position: u32,
    pub text: MsgId,
    pub feedback: Option<MsgId>,
    pub principle: Option<String>,
    pub critical: bool,
    /// The points this step counted: empty when the choice was taken before in this run
    /// (its points count once per run).
    pub score: Vec<(String, i64)>,
    /// The kind of question the choice asked, when it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<QuestionType>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub scenario: String,
    pub fingerprint: u64,
    pub seed: u64,
    at: NodeIdx,
    status: Status,
    vars: Vec<i64>,
    visited: Vec<u64>,
    evidence: Vec<(EvidenceIdx, bool)>,
    referrals: Vec<String>,
    contacts: Vec<String>,
    notes: Vec<MsgId>,
    hub_used: Vec<(NodeIdx, u32)>,
    picks: Vec<u32>,
    scores: Vec<i64>,
    /// Scored choices whose points have been counted: a choice's points count once per run,
    /// however often the trainee takes it (a loop can offer it again).
    #[serde(default)]
    counted: Vec<(NodeIdx, u32)>,
    timeline: Vec<Step>,
    /// The hub whose budget the last choice spent (id, budget), until the next choice is made:
    /// a choice meant for that hub is then refused with a message that names the budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    spent: Option<(String, u32)>,
    entered: u64,
    variant: u32,
    order: Vec<u32>,
}

/// What is on screen now.
#[derive(Clone, Debug)]
pub struct View<'s> {
    pub node: &'s str,
    pub kind: ViewKind,
    pub speaker: Option<&'s Character>,
    pub text: Option<&'s str>,
    /// In display order.
    pub choices: Vec<ViewChoice<'s>>,
    pub outcome: Option<Outcome>,
    /// Hub turns left, when the hub has a budget.
    pub turns_left: Option<u32>,
    /// The node's discussion point, if it has one (the app pauses on it in workshop mode).
    pub discuss: Option<&'s str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ViewKind {
    Line,
    Decision,
    Hub,
    Ending,
    Stuck,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ViewChoice<'s> {
    /// Authored position, 1-based: what [`Session::choose`] takes.
    pub position: u32,
    pub text: &'s str,
    /// The hub's "leave" option.
    pub leave: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChoiceError {
    Finished,
    /// `advance` on a node that needs a choice, or `choose` on a line.
    WrongKind {
        needs_choice: bool,
    },
    /// The position exists but its condition does not hold, or it was used.
    Unavailable {
        position: u32,
        valid: Vec<u32>,
    },
    NoSuchChoice {
        position: u32,
        valid: Vec<u32>,
    },
    /// The choice before spent the budget of hub `hub`, so the session moved on, and
    /// `position` is not a choice where it now stands.
    BudgetSpent {
        hub: String,
        budget: u32,
        position: u32,
        valid: Vec<u32>,
    },
    Stuck,
}

impl fmt::Display for ChoiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |v: &[u32]| v.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        match self {
            ChoiceError::Finished => write!(f, "the scenario has already ended"),
            ChoiceError::WrongKind { needs_choice: true } => {
                write!(f, "this node needs a choice")
            }
            ChoiceError::WrongKind {
                needs_choice: false,
            } => {
                write!(f, "this node is a line; it takes no choice")
            }
            ChoiceError::Unavailable { position, valid } => write!(
                f,
                "choice {position} cannot be made here now (its condition does not hold or it was already used); valid choices: {}",
                list(valid)
            ),
            ChoiceError::NoSuchChoice { position, valid } => write!(
                f,
                "there is no choice {position} here; valid choices: {}",
                list(valid)
            ),
            ChoiceError::BudgetSpent {
                hub,
                budget,
                position,
                valid,
            } => write!(
                f,
                "choice {position} cannot be made: the hub `{hub}` has a budget of {budget} {}, all used, so the scenario moved on; valid choices here: {}",
                if *budget == 1 { "turn" } else { "turns" },
                list(valid)
            ),
            ChoiceError::Stuck => write!(f, "the scenario cannot continue (see `sanad check`)"),
        }
    }
}

impl std::error::Error for ChoiceError {}

/// Why a saved session cannot be resumed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResumeError {
    Malformed(String),
    OtherScenario { saved: String },
    ScenarioChanged,
}

impl fmt::Display for ResumeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResumeError::Malformed(e) => write!(f, "the saved session is damaged: {e}"),
            ResumeError::OtherScenario { saved } => {
                write!(f, "the saved session belongs to scenario `{saved}`")
            }
            ResumeError::ScenarioChanged => {
                write!(f, "the scenario has changed since the session was saved")
            }
        }
    }
}

impl World for Session {
    fn var(&self, v: VarIdx) -> i64 {
        self.vars[v.idx()]
    }
    fn set_var(&mut self, v: VarIdx, x: i64) {
        self.vars[v.idx()] = x;
    }
    fn visited(&self, n: NodeIdx) -> bool {
        self.visited[n.idx() / 64] & (1 << (n.idx() % 64)) != 0
    }
    fn mark_visited(&mut self, n: NodeIdx) {
        self.visited[n.idx() / 64] |= 1 << (n.idx() % 64);
    }
    fn has(&self, e: EvidenceIdx) -> bool {
        self.evidence.iter().any(|(x, _)| *x == e)
    }
    fn collect(&mut self, e: EvidenceIdx, lawful: bool) {
        if !self.has(e) {
            self.evidence.push((e, lawful));
        }
    }
    fn referred(&self, agency: &str) -> bool {
        self.referrals.iter().any(|a| a == agency)
    }
    fn refer(&mut self, agency: &str) {
        if !self.referred(agency) {
            self.referrals.push(agency.to_string());
        }
    }
    fn contact(&mut self, agency: &str) {
        if !self.contacts.iter().any(|a| a == agency) {
            self.contacts.push(agency.to_string());
        }
    }
    fn note(&mut self, msg: &str) {
        self.notes.push(msg.to_string());
    }
    fn hub_used(&self, hub: NodeIdx, action: usize) -> bool {
        self.hub_used.contains(&(hub, action as u32))
    }
    fn use_hub_action(&mut self, hub: NodeIdx, action: usize) {
        self.hub_used.push((hub, action as u32));
    }
}

impl Session {
    /// Starts a session. Profile picks are drawn from the seed and applied before the start
    /// node is entered.
    pub fn new(scn: &Scenario, seed: u64) -> Session {
        let mut s = Session {
            scenario: scn.id.clone(),
            fingerprint: scn.fingerprint,
            seed,
            at: scn.start,
            status: Status::Playing,
            vars: scn.variables.iter().map(Variable::initial).collect(),
            visited: vec![0; scn.nodes.len().div_ceil(64)],
            evidence: Vec::new(),
            referrals: Vec::new(),
            contacts: Vec::new(),
            notes: Vec::new(),
            hub_used: Vec::new(),
            picks: Vec::new(),
            scores: vec![0; scn.competencies.len()],
            counted: Vec::new(),
            timeline: Vec::new(),
            spent: None,
            entered: 0,
            variant: 0,
            order: Vec::new(),
        };
        let mut r = rng(seed, STREAM_PICKS, 0);
        for p in &scn.picks {
            let total: u32 = p.options.iter().map(|o| o.weight).sum();
            let mut x = if total == 0 {
                0
            } else {
                draw_below(&mut r, total)
            };
            let mut chosen = 0;
            for (i, o) in p.options.iter().enumerate() {
                if x < o.weight {
                    chosen = i;
                    break;
                }
                x -= o.weight;
            }
            s.picks.push(chosen as u32);
            if let Some(o) = p.options.get(chosen) {
                for e in &o.set {
                    rules::apply(scn, &mut s, e);
                }
            }
        }
        s.go(scn, scn.start);
        s
    }

    /// Resumes a session saved with `serde_json`, refusing one saved on another scenario or
    /// another version of this one.
    pub fn resume(json: &str, scn: &Scenario) -> Result<Session, ResumeError> {
        let s: Session =
            serde_json::from_str(json).map_err(|e| ResumeError::Malformed(e.to_string()))?;
        if s.scenario != scn.id {
            return Err(ResumeError::OtherScenario { saved: s.scenario });
        }
        if s.fingerprint != scn.fingerprint {
            return Err(ResumeError::ScenarioChanged);
        }
        let mut s = s;
        // Saved before the scene: its internal variables (presence, place) are new, and start
        // as a new run would. The other variables keep their order.
        let is_scene =
            |v: &Variable| v.internal && (v.id.starts_with("present:") || v.id == "scene:place");
        let scene_vars = scn.variables.iter().filter(|v| is_scene(v)).count();
        if scene_vars > 0 && s.vars.len() + scene_vars == scn.variables.len() {
            let mut old = s.vars.iter().copied();
            s.vars = scn
                .variables
                .iter()
                .map(|v| {
                    if is_scene(v) {
                        v.initial()
                    } else {
                        old.next().unwrap_or(0)
                    }
                })
                .collect();
        }
        let ok = s.vars.len() == scn.variables.len()
            && s.visited.len() == scn.nodes.len().div_ceil(64)
            && s.scores.len() == scn.competencies.len()
            && s.at.idx() < scn.nodes.len()
            && s.picks.len() == scn.picks.len();
        if !ok {
            return Err(ResumeError::Malformed(
                "sizes do not match the scenario".into(),
            ));
        }
        Ok(s)
    }

    fn go(&mut self, scn: &Scenario, node: NodeIdx) {
        match rules::enter(scn, self, node) {
            Ok(at) => {
                self.at = at;
                self.entered += 1;
                let n = scn.node(at);
                self.variant = match &n.body {
                    NodeBody::Line { text, .. } if text.len() > 1 => draw_below(
                        &mut rng(self.seed, STREAM_VARIANT, self.entered),
                        text.len() as u32,
                    ),
                    _ => 0,
                };
                self.reorder(scn);
                if n.is_ending() {
                    self.status = Status::Finished;
                }
            }
            Err(stuck) => {
                if let Stuck::NoChoice(n) | Stuck::HubCycle(n) = stuck {
                    self.at = n;
                }
                self.status = Status::Stuck(stuck);
                self.order.clear();
            }
        }
    }

    /// Computes the display order of the available choices: pinned ones at their place, the
    /// rest shuffled.
    fn reorder(&mut self, scn: &Scenario) {
        let choices = scn.node(self.at).choices();
        let (regular, leave): (Vec<usize>, Vec<usize>) = rules::available(scn, self, self.at)
            .into_iter()
            .partition(|&i| i < choices.len());
        let m = regular.len();
        let mut slots: Vec<Option<u32>> = vec![None; m];
        let mut free: Vec<u32> = Vec::with_capacity(m);
        for &i in &regular {
            match choices[i].pin {
                Some(p) => {
                    let want = match p {
                        Pin::First(k) => (k as usize).saturating_sub(1),
                        Pin::Last(k) => m.saturating_sub(k as usize),
                    }
                    .min(m - 1);
                    // Never fails: there are as many slots as regular choices.
                    if let Some(k) = (want..m).chain(0..want).find(|&k| slots[k].is_none()) {
                        slots[k] = Some(i as u32);
                    }
                }
                None => free.push(i as u32),
            }
        }
        // Fisher-Yates over the unpinned choices.
        let counter = (self.entered << 16) ^ self.timeline.len() as u64;
        let mut r = rng(self.seed, STREAM_ORDER, counter);
        for k in (1..free.len()).rev() {
            let j = draw_below(&mut r, k as u32 + 1) as usize;
            free.swap(k, j);
        }
        let mut free = free.into_iter();
        self.order = slots
            .into_iter()
            .filter_map(|s| s.or_else(|| free.next()))
            .collect();
        self.order.extend(leave.into_iter().map(|i| i as u32));
    }

    pub fn status(&self) -> &Status {
        &self.status
    }
    pub fn is_finished(&self) -> bool {
        self.status == Status::Finished
    }
    pub fn node<'s>(&self, scn: &'s Scenario) -> &'s Node {
        scn.node(self.at)
    }

    pub fn view<'s>(&self, scn: &'s Scenario) -> View<'s> {
        let node = scn.node(self.at);
        let mut v = View {
            node: &node.id,
            kind: ViewKind::Stuck,
            speaker: None,
            text: None,
            choices: Vec::new(),
            outcome: None,
            turns_left: None,
            discuss: node.discuss.as_deref(),
        };
        if matches!(self.status, Status::Stuck(_)) {
            return v;
        }
        let cast = |c: &Option<CastIdx>| c.filter(|c| c.is_valid()).map(|c| &scn.cast[c.idx()]);
        match &node.body {
            NodeBody::Line { speaker, text, .. } => {
                v.kind = ViewKind::Line;
                v.speaker = cast(speaker);
                v.text = text.get(self.variant as usize).map(String::as_str);
            }
            NodeBody::Decision {
                speaker,
                text,
                choices,
            } => {
                v.kind = ViewKind::Decision;
                v.speaker = cast(speaker);
                v.text = text.as_deref();
                v.choices = self
                    .order
                    .iter()
                    .map(|&i| ViewChoice {
                        position: i + 1,
                        text: &choices[i as usize].text,
                        leave: false,
                    })
                    .collect();
            }
            NodeBody::Hub {
                text,
                actions,
                leave,
                budget,
                ..
            } => {
                v.kind = ViewKind::Hub;
                v.text = text.as_deref();
                v.choices = self
                    .order
                    .iter()
                    .map(|&i| match actions.get(i as usize) {
                        Some(a) => ViewChoice {
                            position: i + 1,
                            text: &a.text,
                            leave: false,
                        },
                        None => ViewChoice {
                            position: i + 1,
                            text: leave.as_deref().unwrap_or(""),
                            leave: true,
                        },
                    })
                    .collect();
                let used = self.hub_used.iter().filter(|(h, _)| *h == self.at).count() as u32;
                v.turns_left = budget.map(|b| b.saturating_sub(used));
            }
            NodeBody::Branch { .. } => {} // never settled on: `enter` routes through it
            NodeBody::Ending { outcome, text } => {
                v.kind = ViewKind::Ending;
                v.text = Some(text);
                v.outcome = Some(*outcome);
            }
        }
        v
    }

    /// Moves on from a line.
    pub fn advance(&mut self, scn: &Scenario) -> Result<(), ChoiceError> {
        self.ready()?;
        let NodeBody::Line { next, .. } = &scn.node(self.at).body else {
            return Err(ChoiceError::WrongKind { needs_choice: true });
        };
        let next = *next;
        self.go(scn, next);
        Ok(())
    }

    fn ready(&self) -> Result<(), ChoiceError> {
        match self.status {
            Status::Finished => Err(ChoiceError::Finished),
            Status::Stuck(_) => Err(ChoiceError::Stuck),
            Status::Playing => Ok(()),
        }
    }

    /// The authored positions (1-based) that can be chosen now, ascending.
    pub fn valid_positions(&self, scn: &Scenario) -> Vec<u32> {
        let mut v: Vec<u32> = rules::available(scn, self, self.at)
            .into_iter()
            .map(|i| i as u32 + 1)
            .collect();
        v.sort_unstable();
        v
    }

    /// Makes the choice at authored `position` (1-based, in file order).
    pub fn choose(&mut self, scn: &Scenario, position: u32) -> Result<&Step, ChoiceError> {
        self.ready()?;
        let node = scn.node(self.at);
        let total = match &node.body {
            NodeBody::Decision { choices, .. } => choices.len(),
            NodeBody::Hub { actions, leave, .. } => actions.len() + usize::from(leave.is_some()),
            _ => {
                return Err(ChoiceError::WrongKind {
                    needs_choice: false,
                });
            }
        };
        let valid = self.valid_positions(scn);
        if (position == 0 || position as usize > total || !valid.contains(&position))
            && let Some((hub, budget)) = &self.spent
        {
            return Err(ChoiceError::BudgetSpent {
                hub: hub.clone(),
                budget: *budget,
                position,
                valid,
            });
        }
        if position == 0 || position as usize > total {
            return Err(ChoiceError::NoSuchChoice { position, valid });
        }
        if !valid.contains(&position) {
            return Err(ChoiceError::Unavailable { position, valid });
        }
        let at = self.at;
        let taken = rules::take(scn, self, at, position as usize - 1);
        self.spent = match &node.body {
            NodeBody::Hub {
                budget: Some(b), ..
            } if self.hub_used.iter().filter(|(h, _)| *h == at).count() as u32 >= *b => {
                Some((node.id.clone(), *b))
            }
            _ => None,
        };
        let step = match taken.choice {
            Some(c) => {
                let mut score = Vec::with_capacity(c.score.len());
                // Points count once per run: taken again (on a loop), the choice earns or
                // loses nothing more, and its step shows no points.
                let again = self.counted.contains(&(at, position - 1));
                if !c.score.is_empty() && !again {
                    self.counted.push((at, position - 1));
                    for (ci, delta) in &c.score {
                        self.scores[ci.idx()] += delta;
                        score.push((scn.competencies[ci.idx()].clone(), *delta));
                    }
                }
                Step {
                    node: node.id.clone(),
                    position,
                    text: c.text.clone(),
                    feedback: c.feedback.clone(),
                    principle: c.principle.clone(),
                    critical: c.critical,
                    score,
                    question: c.question,
                }
            }
            None => Step {
                node: node.id.clone(),
                position,
                text: match &node.body {
                    NodeBody::Hub { leave, .. } => leave.clone().unwrap_or_default(),
                    _ => String::new(),
                },
                feedback: None,
                principle: None,
                critical: false,
                score: Vec::new(),
                question: None,
            },
        };
        self.timeline.push(step);
        self.go(scn, taken.next);
        Ok(self.timeline.last().expect("just pushed"))
    }

    /// The hub (id and budget) whose budget the last choice spent, so that the session moved
    /// on to the hub's exit; `None` once another choice is made.
    pub fn spent_budget(&self) -> Option<(&str, u32)> {
        self.spent.as_ref().map(|(h, b)| (h.as_str(), *b))
    }

    /// The choices made so far.
    pub fn timeline(&self) -> &[Step] {
        &self.timeline
    }

    /// Points earned so far per competency of the scenario (`scn.competencies` order).
    pub fn scores(&self) -> &[i64] {
        &self.scores
    }

    /// Arguments every message of this scenario receives: each variable (flags as `"true"` /
    /// `"false"`) and each profile argument.
    pub fn args(&self, scn: &Scenario) -> Vec<(String, ArgValue)> {
        let mut out: Vec<(String, ArgValue)> = scn
            .variables
            .iter()
            .zip(&self.vars)
            .filter(|(v, _)| !v.internal)
            .map(|(v, x)| {
                let a = if v.is_flag() {
                    ArgValue::Str(if *x != 0 { "true" } else { "false" }.into())
                } else {
                    ArgValue::Number(*x)
                };
                (v.id.clone(), a)
            })
            .collect();
        for (p, &i) in scn.picks.iter().zip(&self.picks) {
            if let Some(o) = p.options.get(i as usize) {
                out.extend(o.args.iter().cloned());
            }
        }
        out
    }

    /// The cues the scenario exposes, as (label, band) message ids.
    pub fn cues<'s>(&self, scn: &'s Scenario) -> Vec<(&'s str, &'s str)> {
        scn.variables
            .iter()
            .zip(&self.vars)
            .filter_map(|(v, x)| {
                let c = v.cue.as_ref()?;
                Some((c.label.as_str(), c.band_for(*x)?.as_str()))
            })
            .collect()
    }

    /// How many questions of each type were asked so far (every take counts).
    pub fn questions(&self) -> QuestionCounts {
        let mut q = QuestionCounts::default();
        for t in self.timeline.iter().filter_map(|s| s.question) {
            q.add(t);
        }
        q
    }

    /// The details that a question suggested, in the scenario's order.
    pub fn suggested<'s>(&self, scn: &'s Scenario) -> Vec<&'s Detail> {
        scn.details
            .iter()
            .filter(|d| self.vars[d.var.idx()] != 0)
            .collect()
    }

    /// The value of a variable by index (internal ones too, such as presence in the scene).
    pub fn value(&self, v: VarIdx) -> i64 {
        self.vars.get(v.idx()).copied().unwrap_or(0)
    }

    pub fn var_value(&self, scn: &Scenario, id: &str) -> Option<i64> {
        scn.var(id).map(|v| self.vars[v.idx()])
    }

    pub fn evidence(&self, scn: &Scenario) -> Vec<Collected> {
        self.evidence
            .iter()
            .map(|(e, lawful)| {
                let item = &scn.evidence[e.idx()];
                Collected {
                    evidence: item.id.clone(),
                    label: item.label.clone(),
                    lawful: *lawful,
                }
            })
            .collect()
    }
    pub fn referrals(&self) -> &[String] {
        &self.referrals
    }
    pub fn contacts(&self) -> &[String] {
        &self.contacts
    }
    pub fn notes(&self) -> &[MsgId] {
        &self.notes
    }

    /// Index of the option drawn for each profile pick.
    pub fn picks(&self) -> &[u32] {
        &self.picks
    }

    /// Puts the session at `node` with the given variable values, as if it had got there:
    /// the authors' preview. The timeline and scores start empty.
    pub fn jump(
        scn: &Scenario,
        seed: u64,
        node: &str,
        vars: &[(String, i64)],
    ) -> Result<Session, String> {
        let target = scn
            .node_id(node)
            .ok_or_else(|| format!("no node `{node}` in scenario `{}`", scn.id))?;
        let mut s = Session::new(scn, seed);
        s.status = Status::Playing;
        for (k, x) in vars {
            let v = scn
                .var(k)
                .ok_or_else(|| format!("no variable `{k}` in scenario `{}`", scn.id))?;
            let (min, max) = scn.variables[v.idx()].bounds();
            if !(min..=max).contains(x) {
                return Err(format!("{x} is outside the bounds of `{k}` ({min}..{max})"));
            }
            s.vars[v.idx()] = *x;
        }
        s.go(scn, target);
        Ok(s)
    }
}
