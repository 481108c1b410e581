//! Teaching-quality checks: content that passes every other check and still teaches nothing.
//!
//! - W0701 *answer given away by length*: the best-scoring option is the longest text, in
//!   more than a third of the decisions, in some language ([`lengths`]);
//! - W0702 *a critical error that changes nothing*: after a critical choice, an ending whose
//!   outcome is `Protected` is still reachable;
//! - W0703 *consequence only in the score*: more than half of the decisions send every option
//!   to the same node, and no option changes anything a later condition reads;
//! - W0704 *one obvious answer*: every option of a decision but one is critical;
//! - W0705 *an interviewee who never reacts*: an interview in which no condition reads the
//!   person's state (a variable with a cue, the question profile, a suggested detail).
//!
//! W0702 walks the state graph: exact when the exploration was complete; when it stopped
//! early, what it reports is still true (each warning names a path that replays), and the
//! [`Figures`] say that other critical choices were not verified. The others read the content
//! alone and are exact.

use crate::diagnostic::codes;
use crate::diagnostic::{Diagnostic, Report, SourceFile};
use crate::explore::{self, LINE, StateGraph};
use crate::i18n::{Catalog, Found};
use crate::model::*;
use crate::session::Session;
use serde::Serialize;
use std::collections::HashSet;
use std::sync::Arc;

/// The figures behind the checks, as `analyze` reports them.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Figures {
    /// Decisions with two or more options: the denominator of the shares.
    pub decisions: usize,
    /// Decisions whose consequence is only in the score (W0703), by node id.
    pub score_only: Vec<String>,
    /// `score_only` as a share of `decisions`, in percent.
    pub score_only_percent: f64,
    /// Decisions where every option but one is critical (W0704).
    pub obvious: Vec<String>,
    /// Critical choices after which a `Protected` ending can still be reached (W0702).
    pub critical_still_protected: Vec<CriticalLeak>,
    /// Critical choices in the scenario.
    pub critical_choices: usize,
    /// Whether `critical_still_protected` is complete: false when the state exploration
    /// stopped early (then choices not listed were not verified).
    pub critical_exact: bool,
    /// For an interview: whether some condition reads the person's state (W0705).
    pub interviewee_reacts: Option<bool>,
}

/// A critical choice after which the `Protected` ending is still reachable.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CriticalLeak {
    pub node: String,
    /// Authored position, 1-based.
    pub choice: u32,
    /// The `Protected` ending reached.
    pub ending: String,
    /// Choices (authored positions) that play the path: the critical choice, then on to the
    /// ending. Replays with `sanad run --seed SEED --choose ...`.
    pub path: Vec<u32>,
    /// A seed that replays `path` (the profile can matter); `None` past the first
    /// [`MAX_REPLAYED`] leaks, which are not replayed to find one.
    pub seed: Option<u64>,
}

/// Critical choices reported one by one (and replayed to find their seed); past these, one
/// summary warning says how many more there are. Keeps `check` fast on content with
/// thousands of critical choices.
pub const MAX_REPLAYED: usize = 20;

/// The length figures for one language (W0701).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct LengthFigures {
    pub lang: String,
    /// Decisions with two or more options.
    pub decisions: usize,
    /// Decisions where one option scores best and also has the strictly longest text.
    pub longest_is_best: Vec<String>,
    /// Decisions that could not be measured in this language (a text falls back to English).
    pub unmeasured: usize,
}

impl LengthFigures {
    pub fn percent(&self) -> f64 {
        percent(self.longest_is_best.len(), self.decisions)
    }
    /// More than a third of the decisions.
    pub fn is_tell(&self) -> bool {
        self.longest_is_best.len() * 3 > self.decisions
    }
}

fn percent(part: usize, all: usize) -> f64 {
    if all == 0 {
        0.0
    } else {
        (part as f64 * 1000.0 / all as f64).round() / 10.0
    }
}

/// Decision nodes with two or more options.
fn decisions(scn: &Scenario) -> impl Iterator<Item = (NodeIdx, &Node, &[Choice])> {
    scn.nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| match &n.body {
            NodeBody::Decision { choices, .. } if choices.len() >= 2 => {
                Some((NodeIdx(i as u32), n, choices.as_slice()))
            }
            _ => None,
        })
}

/// What a condition or an effect can touch.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Observable {
    Var(VarIdx),
    Evidence(EvidenceIdx),
    Agency(String),
}

fn reads(c: &Cond, out: &mut HashSet<Observable>) {
    match c {
        Cond::Cmp(v, _, _) | Cond::Flag(v) => {
            out.insert(Observable::Var(*v));
        }
        Cond::Recommended(_, _, vs) => out.extend(vs.iter().map(|v| Observable::Var(*v))),
        Cond::Has(e) => {
            out.insert(Observable::Evidence(*e));
        }
        Cond::Referred(a) => {
            out.insert(Observable::Agency(a.clone()));
        }
        Cond::Visited(_) => {}
        Cond::Not(c) => reads(c, out),
        Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| reads(c, out)),
    }
}

fn writes(e: &Effect) -> Option<Observable> {
    match e {
        Effect::Set(v, _) | Effect::Add(v, _) => Some(Observable::Var(*v)),
        Effect::Collect { evidence, .. } => Some(Observable::Evidence(*evidence)),
        Effect::Refer(a) => Some(Observable::Agency(a.clone())),
        Effect::Contact(_) | Effect::Note(_) => None,
    }
}

/// The conditions of a node: its choices' `when` and its branch cases.
fn conditions(n: &Node) -> Vec<&Cond> {
    let mut out: Vec<&Cond> = n.choices().iter().filter_map(|c| c.when.as_ref()).collect();
    if let NodeBody::Branch { cases, .. } = &n.body {
        out.extend(cases.iter().map(|(c, _, _)| c));
    }
    out
}

/// Which observables conditions read later on: for each observable, the nodes from which a
/// condition reading it can be reached (worked out once per observable asked about, by one
/// backward walk, so that a scenario of many decisions costs one pass per observable, not one
/// per decision).
struct Later<'s> {
    scn: &'s Scenario,
    pred: Vec<Vec<u32>>,
    readers: std::collections::HashMap<Observable, Vec<u32>>,
    live: std::collections::HashMap<Observable, Vec<bool>>,
}

impl<'s> Later<'s> {
    fn new(scn: &'s Scenario) -> Later<'s> {
        let mut pred: Vec<Vec<u32>> = vec![Vec::new(); scn.nodes.len()];
        let mut readers: std::collections::HashMap<Observable, Vec<u32>> = Default::default();
        for (i, n) in scn.nodes.iter().enumerate() {
            for y in n.successors(NodeIdx(i as u32)) {
                pred[y.idx()].push(i as u32);
            }
            let mut read = HashSet::new();
            for c in conditions(n) {
                reads(c, &mut read);
            }
            for o in read {
                readers.entry(o).or_default().push(i as u32);
            }
        }
        Later {
            scn,
            pred,
            readers,
            live: Default::default(),
        }
    }

    /// Whether a condition at `from` or a node reachable from it reads `o`.
    fn read_from(&mut self, o: &Observable, from: NodeIdx) -> bool {
        if !self.live.contains_key(o) {
            let mut live = vec![false; self.scn.nodes.len()];
            let mut stack: Vec<u32> = self.readers.get(o).cloned().unwrap_or_default();
            while let Some(n) = stack.pop() {
                if !std::mem::replace(&mut live[n as usize], true) {
                    stack.extend(self.pred[n as usize].iter().copied());
                }
            }
            self.live.insert(o.clone(), live);
        }
        self.live[o][from.idx()]
    }
}

/// Whether a decision's consequence is only in the score: every option goes to the same
/// node, and the options do not differ in anything a later condition reads.
fn score_only(later: &mut Later, choices: &[Choice]) -> bool {
    let Some(next) = choices[0].next else {
        return false;
    };
    if !next.is_valid() || choices.iter().any(|c| c.next != Some(next)) {
        return false;
    }
    let mut visible = |c: &Choice| -> Vec<Effect> {
        c.effects
            .iter()
            .filter(|e| writes(e).is_some_and(|o| later.read_from(&o, next)))
            .cloned()
            .collect()
    };
    let first = visible(&choices[0]);
    choices.iter().all(|c| visible(c) == first)
}

/// Whether some condition reads the interviewee's state: a variable with a cue, a question
/// counter, or a suggested detail.
fn interviewee_reacts(scn: &Scenario) -> bool {
    let mut read = HashSet::new();
    for n in &scn.nodes {
        for c in conditions(n) {
            reads(c, &mut read);
        }
    }
    let state: HashSet<VarIdx> = scn
        .variables
        .iter()
        .enumerate()
        .filter(|(_, v)| v.cue.is_some())
        .map(|(i, _)| VarIdx(i as u32))
        .chain(scn.question_vars.iter().flatten().copied())
        .chain(scn.details.iter().map(|d| d.var))
        .collect();
    read.iter()
        .any(|o| matches!(o, Observable::Var(v) if state.contains(v)))
}

/// States from which an ending with outcome `Protected` can be reached, and for each such
/// state the next edge on a shortest way there (`u32::MAX` at the ending itself).
fn towards_protected(scn: &Scenario, g: &StateGraph) -> Vec<Option<u32>> {
    let n = g.len();
    let (start, rev) = g.reverse();
    let mut next: Vec<Option<u32>> = vec![None; n];
    let mut queue = std::collections::VecDeque::new();
    for (s, here) in next.iter_mut().enumerate() {
        if let NodeBody::Ending {
            outcome: Outcome::Protected,
            ..
        } = scn.node(g.node[s]).body
        {
            *here = Some(u32::MAX);
            queue.push_back(s as u32);
        }
    }
    while let Some(s) = queue.pop_front() {
        for &(p, k) in &rev[start[s as usize] as usize..start[s as usize + 1] as usize] {
            if next[p as usize].is_none() {
                next[p as usize] = Some(k);
                queue.push_back(p);
            }
        }
    }
    next
}

/// The figures of checks W0702 to W0705 on a scenario, from its state graph.
pub fn figures(scn: &Scenario, g: &StateGraph) -> Figures {
    let mut decided = 0;
    let mut only = Vec::new();
    let mut obvious = Vec::new();
    let mut later = Later::new(scn);
    for (_, node, choices) in decisions(scn) {
        decided += 1;
        if score_only(&mut later, choices) {
            only.push(node.id.clone());
        }
        if choices.iter().filter(|c| c.critical).count() == choices.len() - 1 {
            obvious.push(node.id.clone());
        }
    }
    let critical_choices = scn
        .nodes
        .iter()
        .flat_map(|n| n.choices())
        .filter(|c| c.critical)
        .count();
    // Without a critical choice there is nothing to follow.
    let towards = if critical_choices > 0 {
        towards_protected(scn, g)
    } else {
        Vec::new()
    };
    let mut leaks: Vec<CriticalLeak> = Vec::new();
    let mut seen: HashSet<(NodeIdx, u32)> = HashSet::new();
    for s in 0..g.len() as u32 {
        let at = g.node[s as usize];
        let choices = scn.node(at).choices();
        for e in g.out(s) {
            let critical =
                e.choice != LINE && choices.get(e.choice as usize).is_some_and(|c| c.critical);
            if !critical
                || towards.get(e.to as usize).is_none_or(Option::is_none)
                || !seen.insert((at, e.choice))
            {
                continue;
            }
            // The way on from the critical choice to the ending.
            let mut path: Vec<u32> = Vec::new();
            path.push(e.choice + 1);
            let mut t = e.to;
            while let Some(k) = towards[t as usize].filter(|&k| k != u32::MAX) {
                let edge = g.out(t)[k as usize];
                if edge.choice != LINE {
                    path.push(edge.choice + 1);
                }
                t = edge.to;
            }
            let mut before: Vec<u32> = g.witness(scn, s).iter().filter_map(|(_, c)| *c).collect();
            before.extend(path);
            let ending = scn.node(g.node[t as usize]).id.clone();
            leaks.push(CriticalLeak {
                node: scn.node(at).id.clone(),
                choice: e.choice + 1,
                seed: None,
                ending,
                path: before,
            });
        }
    }
    leaks.sort_by(|a, b| (&a.node, a.choice).cmp(&(&b.node, b.choice)));
    for leak in leaks.iter_mut().take(MAX_REPLAYED) {
        leak.seed = Some(seed_for(scn, &leak.path, &leak.ending));
    }
    Figures {
        decisions: decided,
        score_only_percent: percent(only.len(), decided),
        score_only: only,
        obvious,
        critical_still_protected: leaks,
        critical_choices,
        critical_exact: g.complete,
        interviewee_reacts: (scn.kind == ScenarioKind::Interview).then(|| interviewee_reacts(scn)),
    }
}

/// Seeds tried to find one that draws the profile a path needs.
const SEED_TRIES: u64 = 1024;

/// A seed with which `path` replays to `ending` (0, the default of `sanad run`, first).
fn seed_for(scn: &Scenario, path: &[u32], ending: &str) -> u64 {
    if scn.picks.is_empty() {
        return 0;
    }
    (0..SEED_TRIES)
        .find(|&seed| {
            let t = crate::session::play_script(scn, seed, path);
            t.error().is_none()
                && t.session.is_finished()
                && t.session.node(scn).id == ending
                && t.left_over(path).is_empty()
        })
        .unwrap_or(0)
}

/// The part of `span` on its first line: a choice is pointed at by its opening, not quoted
/// whole.
fn first_line(file: &SourceFile, span: crate::ron_value::Span) -> crate::ron_value::Span {
    let text = file.text.get(span.range()).unwrap_or("");
    match text.find(['\n', '\r']) {
        Some(i) => crate::ron_value::Span {
            start: span.start,
            end: span.start + text[..i].trim_end().len() as u32,
        },
        None => span,
    }
}

/// Reports W0702 to W0705 for a scenario whose state graph is `g`.
pub fn check(scn: &Scenario, file: &Arc<SourceFile>, g: &StateGraph, report: &mut Report) {
    let f = figures(scn, g);
    let node_span = |id: &str| scn.node_id(id).map(|n| scn.node(n).span);
    for leak in f.critical_still_protected.iter().take(MAX_REPLAYED) {
        let Some(n) = scn.node_id(&leak.node) else {
            continue;
        };
        let span = scn
            .node(n)
            .choices()
            .get(leak.choice as usize - 1)
            .map_or(scn.node(n).span, |c| first_line(file, c.span));
        let choose: Vec<String> = leak.path.iter().map(u32::to_string).collect();
        let text = scn
            .node(n)
            .choices()
            .get(leak.choice as usize - 1)
            .map_or("", |c| c.text.as_str());
        report.push(
            Diagnostic::warning(
                codes::W0702,
                format!(
                    "after the critical choice `{text}` the ending `{}` (Protected) can still be reached",
                    leak.ending
                ),
            )
            .at(file, span, "a critical error that changes nothing")
            .hint(format!(
                "end the scenario here, or close the Protected ending after it (for example set a flag that the final branch reads); replay it with `sanad run {} --seed {} --choose {}`",
                scn.id,
                leak.seed.unwrap_or(0),
                choose.join(",")
            )),
        );
    }
    let more = f
        .critical_still_protected
        .len()
        .saturating_sub(MAX_REPLAYED);
    if more > 0 {
        report.push(
            Diagnostic::warning(
                codes::W0702,
                format!(
                    "{more} more critical choices are followed by a reachable Protected ending"
                ),
            )
            .in_file(file)
            .hint("`sanad analyze --format json` lists them all under `teaching`"),
        );
    }
    if f.score_only.len() * 2 > f.decisions {
        let mut d = Diagnostic::warning(
            codes::W0703,
            format!(
                "{} of {} decisions ({}%) have their consequence only in the score",
                f.score_only.len(),
                f.decisions,
                f.score_only_percent
            ),
        );
        for (i, id) in f.score_only.iter().enumerate() {
            if let Some(span) = node_span(id) {
                d = if i == 0 {
                    d.at(file, span, "every option leads on the same way")
                } else {
                    d.note(file, span, "and here")
                };
            }
        }
        report.push(d.hint(
            "let options lead to different nodes, or change what a later condition reads (trust, distress, evidence, the question profile), so that the trainee sees the consequence",
        ));
    }
    for id in &f.obvious {
        if let Some(span) = node_span(id) {
            report.push(
                Diagnostic::warning(
                    codes::W0704,
                    "every option of this decision but one is critical",
                )
                .at(file, span, "one obvious answer")
                .hint("give the decision at least two defensible options, so that the trainee has to weigh them"),
            );
        }
    }
    if f.interviewee_reacts == Some(false) {
        report.push(
            Diagnostic::warning(
                codes::W0705,
                "in this interview no condition reads the interviewee's state",
            )
            .in_file(file)
            .hint("let a `Branch` or a choice's `when` read a variable with a cue (trust, distress), `Asked(..)`, `Recommended(..)` or `Suggested(..)`, so that the person reacts to how the trainee asks"),
        );
    }
}

/// The total points of each option (all competencies).
fn totals(choices: &[Choice]) -> Vec<i64> {
    choices
        .iter()
        .map(|c| c.score.iter().map(|(_, d)| d).sum())
        .collect()
}

/// The index of the option that scores best, when one alone does.
fn unique_best(choices: &[Choice]) -> Option<usize> {
    let t = totals(choices);
    let best = *t.iter().max()?;
    let mut at = t.iter().enumerate().filter(|(_, x)| **x == best);
    let (i, _) = at.next()?;
    at.next().is_none().then_some(i)
}

/// The W0701 figures of a scenario for each locale of the catalog. Texts are measured as the
/// trainee reads them (in characters, with the first profile's arguments and without bidi
/// isolation marks).
pub fn lengths(scn: &Scenario, catalog: &Catalog) -> Vec<LengthFigures> {
    let args = Session::new(scn, 0).args(scn);
    let mut out = Vec::new();
    for lang in catalog.locales() {
        let loc = catalog.localizer(lang);
        let mut fig = LengthFigures {
            lang: lang.to_string(),
            decisions: 0,
            longest_is_best: Vec::new(),
            unmeasured: 0,
        };
        for (_, node, choices) in decisions(scn) {
            fig.decisions += 1;
            let Some(best) = unique_best(choices) else {
                continue;
            };
            let mut lens = Vec::with_capacity(choices.len());
            for c in choices {
                let (text, found) = loc.lookup(&c.text, &args);
                if found != Found::InLocale {
                    break;
                }
                lens.push(crate::i18n::strip_bidi(&text).chars().count());
            }
            if lens.len() != choices.len() {
                fig.unmeasured += 1;
                continue;
            }
            let longest = lens
                .iter()
                .enumerate()
                .all(|(i, l)| i == best || *l < lens[best]);
            if longest {
                fig.longest_is_best.push(node.id.clone());
            }
        }
        out.push(fig);
    }
    out
}

/// Reports W0701 for a scenario, once per language where the tell holds.
pub fn check_lengths(
    scn: &Scenario,
    file: &Arc<SourceFile>,
    catalog: &Catalog,
    report: &mut Report,
) {
    for fig in lengths(scn, catalog) {
        if !fig.is_tell() {
            continue;
        }
        let mut d = Diagnostic::warning(
            codes::W0701,
            format!(
                "in `{}`, the best option is also the longest text in {} of {} decisions ({}%)",
                fig.lang,
                fig.longest_is_best.len(),
                fig.decisions,
                fig.percent()
            ),
        );
        for (i, id) in fig.longest_is_best.iter().enumerate() {
            if let Some(n) = scn.node_id(id) {
                let span = scn.node(n).span;
                d = if i == 0 {
                    d.at(
                        file,
                        span,
                        format!("the longest option scores best ({})", fig.lang),
                    )
                } else {
                    d.note(file, span, "and here")
                };
            }
        }
        report.push(d.hint(format!(
            "a trainee can guess by length; in `locales/{}/{}.ftl`, make a weaker option as long and as careful as the best one, or the best one shorter",
            fig.lang, scn.id
        )));
    }
}

/// The best share of recommended questions (invitations and directives) that a complete
/// playthrough can reach, in percent, and whether it is exact (false: the exploration
/// stopped early, and the share is what the states explored reach). `None` when the scenario
/// types no question. Explored with a counter of each type of question kept in every state,
/// so that each state has one profile.
pub fn best_recommended(scn: &Scenario, limit: usize) -> Option<(u32, bool)> {
    if !scn.has_question_types() {
        return None;
    }
    let mut s = scn.clone();
    s.best = std::sync::OnceLock::new();
    let mut keep = Vec::new();
    for (_, t) in QuestionType::ALL {
        if s.question_vars[t.index()].is_none() {
            let v = VarIdx(s.variables.len() as u32);
            s.variables.push(Variable {
                id: format!("asked:{}", t.key()),
                span: Default::default(),
                ty: VarType::Int {
                    min: 0,
                    max: MAX_QUESTION_COUNT,
                    start: 0,
                },
                cue: None,
                internal: true,
            });
            s.question_vars[t.index()] = Some(v);
            for n in &mut s.nodes {
                let choices = match &mut n.body {
                    NodeBody::Decision { choices, .. } => choices,
                    NodeBody::Hub { actions, .. } => actions,
                    _ => continue,
                };
                for c in choices.iter_mut().filter(|c| c.question == Some(t)) {
                    c.effects.push(Effect::Add(v, 1));
                }
            }
        }
        keep.extend(s.question_vars[t.index()]);
    }
    let g = explore::explore_keeping(&s, limit, &keep);
    // A state's profile is its parent's plus the question that led to it.
    let mut counts: Vec<QuestionCounts> = Vec::with_capacity(g.len());
    let mut best: Option<u32> = None;
    for t in 0..g.len() {
        let (p, c) = g.parent[t];
        let mut q = if p == u32::MAX {
            QuestionCounts::default()
        } else {
            counts[p as usize]
        };
        if p != u32::MAX && c != LINE {
            let from = s.node(g.node[p as usize]);
            if let Some(ty) = from.choices().get(c as usize).and_then(|x| x.question) {
                q.add(ty);
            }
        }
        counts.push(q);
        if s.node(g.node[t]).is_ending() {
            let pct = q.recommended_percent();
            best = Some(best.map_or(pct, |b| b.max(pct)));
        }
    }
    Some((best.unwrap_or(0), g.complete))
}
