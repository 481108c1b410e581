//! `sanad analyze`: the shape and the fairness of a scenario, from its state space.
//!
//! Everything is computed on the explored state graph ([`crate::explore`]), so conditions and
//! variable bounds are taken into account. Past the state limit the exploration stops and the
//! report says that its figures are approximate. Scores are maximised and minimised per
//! competency over complete playthroughs, with a path that reaches each figure; a choice's
//! points count once per run, however often the trainee takes it ([`explore::ScoreGraph`]).
//! A path that needs a particular profile states a seed that draws it, so that
//! `sanad run --seed S --choose ..` replays it to exactly its figure.

use crate::debrief;
use crate::explore::{self, Dp, LINE, ScoreGraph, StateGraph};
/// The largest state limit any exploration accepts (`--max-states`).
pub use crate::limits::MAX_STATES;
use crate::model::*;
use crate::session::{Session, Transcript, ViewKind, draw_below, play_script};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::SeedableRng;
use serde::Serialize;
use std::collections::BTreeMap;

/// States explored before `analyze` says it approximated.
pub const STATE_LIMIT: usize = 2_000_000;

/// One step of a reported path: the node and the authored position chosen there.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct PathStep {
    pub node: String,
    pub choice: u32,
}

#[derive(Clone, Debug, Serialize)]
pub struct CompetencyRange {
    pub best: i64,
    pub best_path: Vec<PathStep>,
    /// Always false: a choice's points count once per run, so no loop gains without bound.
    /// (Kept for scripts that read it.)
    pub best_unbounded: bool,
    pub worst: i64,
    pub worst_path: Vec<PathStep>,
    pub worst_unbounded: bool,
    /// False when the search stopped at its state limit: `best` is then a lower bound and
    /// `worst` an upper bound, each still reached by its path.
    pub exact: bool,
    /// The seed that draws the profile `best_path` needs (`None`: the profile does not matter,
    /// so any seed replays it).
    pub best_seed: Option<u64>,
    pub worst_seed: Option<u64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChoiceRef {
    pub node: String,
    pub choice: u32,
    pub text: MsgId,
}

#[derive(Clone, Debug, Serialize)]
pub struct PathCount {
    /// Decimal, since it may exceed what JSON numbers hold exactly.
    pub count: String,
    pub exact: bool,
    pub note: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Longest {
    /// The number of choices on `path` (with loops, the longest found, not the longest there is).
    pub choices: i64,
    pub path: Vec<PathStep>,
    pub unbounded: bool,
    /// The seed that draws the profile `path` needs (`None`: the profile does not matter).
    pub seed: Option<u64>,
}

#[derive(Clone, Debug, Serialize, Default)]
pub struct Stat {
    pub min: f64,
    pub mean: f64,
    pub max: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct EndingCount {
    pub count: usize,
    pub percent: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Simulation {
    pub runs: usize,
    pub seed: u64,
    /// Ending node -> how often; `(unfinished)` for runs that got stuck or looped.
    pub endings: BTreeMap<String, EndingCount>,
    pub scores: BTreeMap<String, Stat>,
    pub total_percent: Stat,
    /// Share of runs with at least one critical error.
    pub critical_rate: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Analysis {
    pub scenario: String,
    /// False when the state limit was reached: the figures are then approximate.
    pub complete: bool,
    pub states: usize,
    pub state_limit: usize,
    pub nodes: usize,
    pub reachable_nodes: usize,
    pub unreachable_nodes: Vec<String>,
    pub reachable_endings: Vec<String>,
    pub unreachable_endings: Vec<String>,
    pub competencies: BTreeMap<String, CompetencyRange>,
    pub paths: PathCount,
    pub longest: Longest,
    /// Empty when not computed (see `choices_on_no_best_path_computed`).
    pub choices_on_no_best_path: Vec<ChoiceRef>,
    /// False when the search stopped at its state limit: which choices are on no best path is
    /// then not known, and none is listed.
    pub choices_on_no_best_path_computed: bool,
    pub scored_without_feedback: Vec<ChoiceRef>,
    pub critical_choices: Vec<ChoiceRef>,
    /// The figures behind the teaching-quality checks (W0701 to W0705).
    pub teaching: Teaching,
    pub simulation: Option<Simulation>,
    /// The author's `minutes:`.
    pub minutes: Option<u32>,
    /// The play time estimated from the texts (filled in by the command line, which has them;
    /// see [`crate::reading`]).
    pub play_time: Option<crate::reading::PlayTime>,
}

/// The "Teaching quality" section of `analyze`.
#[derive(Clone, Debug, Serialize)]
pub struct Teaching {
    #[serde(flatten)]
    pub figures: crate::teaching::Figures,
    /// Per language: how often the best option is also the longest (filled in by the
    /// command line, which has the texts; empty otherwise).
    pub lengths: Vec<crate::teaching::LengthFigures>,
    /// The best share of recommended questions a playthrough can reach, in percent; `None`
    /// when no choice says what kind of question it is.
    pub best_recommended_percent: Option<u32>,
    /// False when the exploration for it stopped early (the share is then what the states
    /// explored reach: a lower bound).
    pub best_recommended_exact: bool,
}

/// Follows the chosen edges from `s` to an ending.
fn follow(scn: &Scenario, g: &StateGraph, mut s: u32, arg: &[u32]) -> Vec<PathStep> {
    let mut out = Vec::new();
    let mut guard = 0;
    while arg[s as usize] != u32::MAX && guard <= g.len() {
        let e = g.out(s)[arg[s as usize] as usize];
        if e.choice != LINE {
            out.push(PathStep {
                node: scn.node(g.node[s as usize]).id.clone(),
                choice: e.choice + 1,
            });
        }
        s = e.to;
        guard += 1;
    }
    out
}

/// Seeds tried to find one that draws the profile a path needs.
const SEED_TRIES: u64 = 1024;

/// A seed with which `path` replays through the script player to an ending and satisfies
/// `ok`; `None` when the profile cannot matter (`starts` is 1: every profile the picks draw
/// starts in the same state, so any seed replays the path) or no seed tried does. The
/// default seed of `sanad run` (0) is tried first.
fn seed_for(
    scn: &Scenario,
    starts: usize,
    path: &[PathStep],
    ok: impl Fn(&Transcript) -> bool,
) -> Option<u64> {
    if scn.picks.is_empty() || starts <= 1 {
        return None;
    }
    let choose: Vec<u32> = path.iter().map(|p| p.choice).collect();
    (0..SEED_TRIES).find(|&seed| {
        let t = play_script(scn, seed, &choose);
        t.session.is_finished() && t.error().is_none() && t.left_over(&choose).is_empty() && ok(&t)
    })
}

pub fn analyze(scn: &Scenario, rubric: &Rubric, limit: usize) -> Analysis {
    let g = explore::explore(scn, limit);
    let dp = Dp::new(scn, &g);
    // Scores are worked out on the refined graph, where each choice's points count once.
    let sg = ScoreGraph::new(scn, &g, limit);
    let sgraph = sg.graph();
    let sdp = Dp::new(scn, sgraph);
    let node_ids = |v: &mut dyn Iterator<Item = usize>| -> Vec<String> {
        v.map(|i| scn.nodes[i].id.clone()).collect()
    };

    // Reachability.
    let unreachable_nodes = node_ids(&mut (0..scn.nodes.len()).filter(|&i| !g.reached[i]));
    let reachable_endings =
        node_ids(&mut (0..scn.nodes.len()).filter(|&i| g.reached[i] && scn.nodes[i].is_ending()));
    let unreachable_endings =
        node_ids(&mut (0..scn.nodes.len()).filter(|&i| !g.reached[i] && scn.nodes[i].is_ending()));

    // Best and worst per competency, with paths.
    let best_init = |g: &StateGraph, val: &[Option<i64>], maximise: bool| -> Option<u32> {
        let it = g.initial.iter().filter(|&&s| val[s as usize].is_some());
        if maximise {
            it.max_by_key(|&&s| val[s as usize]).copied()
        } else {
            it.min_by_key(|&&s| val[s as usize]).copied()
        }
    };
    let weights: Vec<f64> = scn
        .competencies
        .iter()
        .map(|c| rubric.competency(c).map_or(1.0, |c| c.weight))
        .collect();
    let deltas = sg.deltas(scn);
    let k = scn.competencies.len();
    let mut competencies = BTreeMap::new();
    // Edges (of the refined graph) on some best path.
    let mut optimal: Vec<bool> = vec![false; sgraph.edges.len()];
    // An edge is on a best path when it is "tight" (its points plus the best from where it
    // leads equal the best from where it starts) and a best path reaches it: walk the tight
    // edges from the best starts.
    let mark_optimal =
        |optimal: &mut Vec<bool>, weight: &dyn Fn(usize) -> i64, back: &[Option<i64>]| {
            let g = sgraph;
            let Some(opt) = g.initial.iter().filter_map(|&s| back[s as usize]).max() else {
                return;
            };
            let mut seen = vec![false; g.len()];
            let mut stack: Vec<u32> = g
                .initial
                .iter()
                .copied()
                .filter(|&s| back[s as usize] == Some(opt))
                .collect();
            for &s in &stack {
                seen[s as usize] = true;
            }
            while let Some(s) = stack.pop() {
                let Some(here) = back[s as usize] else {
                    continue;
                };
                let base = g.offsets[s as usize] as usize;
                for (j, e) in g.out(s).iter().enumerate() {
                    if back[e.to as usize].is_some_and(|b| weight(base + j) + b == here) {
                        optimal[base + j] = true;
                        if !seen[e.to as usize] {
                            seen[e.to as usize] = true;
                            stack.push(e.to);
                        }
                    }
                }
            }
        };
    for (c, id) in scn.competencies.iter().enumerate() {
        let w = |e: usize| deltas.get(e, c);
        let [(bv, barg, bu), (wv, warg, wu)] = sdp.extremes_of(scn, sgraph, w, [true, false]);
        let bi = best_init(sgraph, &bv, true);
        let wi = best_init(sgraph, &wv, false);
        let best = bi.and_then(|s| bv[s as usize]).unwrap_or(0);
        let worst = wi.and_then(|s| wv[s as usize]).unwrap_or(0);
        let best_path = bi
            .map(|s| follow(scn, sgraph, s, &barg))
            .unwrap_or_default();
        let worst_path = wi
            .map(|s| follow(scn, sgraph, s, &warg))
            .unwrap_or_default();
        let earns = |want: i64| move |t: &Transcript| t.session.scores()[c] == want;
        competencies.insert(
            id.clone(),
            CompetencyRange {
                best,
                best_seed: seed_for(scn, g.initial.len(), &best_path, earns(best)),
                best_path,
                best_unbounded: bu,
                worst,
                worst_seed: seed_for(scn, g.initial.len(), &worst_path, earns(worst)),
                worst_path,
                worst_unbounded: wu,
                exact: sg.complete,
            },
        );
        mark_optimal(&mut optimal, &w, &bv);
    }
    // The weighted total, in hundredths so that rubric weights like 1.5 count.
    let total = |e: usize| -> i64 {
        (0..k)
            .map(|c| deltas.get(e, c) as f64 * weights[c] * 100.0)
            .sum::<f64>()
            .round() as i64
    };
    let (tv, _, _) = sdp.extreme(scn, sgraph, total, true);
    mark_optimal(&mut optimal, &total, &tv);

    // Choices never on a best path.
    // (node, choice) -> on some best path, indexed by each node's first choice.
    let mut first_choice = Vec::with_capacity(scn.nodes.len() + 1);
    first_choice.push(0usize);
    for n in &scn.nodes {
        first_choice.push(first_choice.last().copied().unwrap_or(0) + n.choices().len());
    }
    let mut on_best = vec![false; first_choice.last().copied().unwrap_or(0)];
    for s in 0..sgraph.len() {
        let base = sgraph.offsets[s] as usize;
        for (k, e) in sgraph.out(s as u32).iter().enumerate() {
            let node = sgraph.node[s].idx();
            // A hub's "leave" option is not one of its authored actions.
            if optimal[base + k]
                && e.choice != LINE
                && (e.choice as usize) < scn.nodes[node].choices().len()
            {
                on_best[first_choice[node] + e.choice as usize] = true;
            }
        }
    }
    let mut choices_on_no_best_path = Vec::new();
    let mut scored_without_feedback = Vec::new();
    let mut critical_choices = Vec::new();
    for (i, node) in scn.nodes.iter().enumerate() {
        for (k, c) in node.choices().iter().enumerate() {
            let r = ChoiceRef {
                node: node.id.clone(),
                choice: k as u32 + 1,
                text: c.text.clone(),
            };
            if sg.complete && g.reached[i] && !on_best[first_choice[i] + k] {
                choices_on_no_best_path.push(r.clone());
            }
            if !c.score.is_empty() && c.feedback.is_none() {
                scored_without_feedback.push(r.clone());
            }
            if c.critical {
                critical_choices.push(r);
            }
        }
    }

    // Number of distinct paths (choice sequences) from the start to an ending.
    let mut count: Vec<u128> = vec![0; g.len()];
    let mut saturated = false;
    let mut looping = false;
    let mut add = |n: u128, m: u128| {
        let (sum, over) = n.overflowing_add(m);
        saturated |= over;
        if over { u128::MAX } else { sum }
    };
    for members in dp.components() {
        let cyclic = members.len() > 1 || g.out(members[0]).iter().any(|e| e.to == members[0]);
        if cyclic {
            // Every member of a loop reaches every way out of it: count each way out once
            // per member (a lower bound: going round the loop makes more).
            let mut n: u128 = 0;
            for &s in members {
                for e in g.out(s) {
                    if dp.comp[e.to as usize] != dp.comp[s as usize] {
                        n = add(n, count[e.to as usize]);
                    }
                }
            }
            for &s in members {
                count[s as usize] = n;
            }
            looping |= n > 0;
            continue;
        }
        for &s in members {
            let node = scn.node(g.node[s as usize]);
            if node.is_ending() {
                count[s as usize] = 1;
                continue;
            }
            let mut n: u128 = 0;
            for e in g.out(s) {
                n = add(n, count[e.to as usize]);
            }
            count[s as usize] = n;
        }
    }
    let total = g
        .initial
        .iter()
        .fold(0u128, |acc, &s| acc.saturating_add(count[s as usize]));
    let paths = PathCount {
        count: total.to_string(),
        exact: g.complete && !saturated && !looping,
        note: if looping {
            Some("loops allow ever longer playthroughs; this counts each loop as taken at most once (a lower bound)".into())
        } else if saturated {
            Some("more than 2^128 paths; this is a lower bound".into())
        } else if !g.complete {
            Some(format!(
                "the state limit ({limit}) was reached; this is a lower bound"
            ))
        } else if g.initial.len() > 1 {
            Some(format!(
                "summed over {} distinct starts drawn from the profile picks",
                g.initial.len()
            ))
        } else {
            None
        },
    };

    // The longest playthrough, in choices.
    let steps = |e: usize| i64::from(g.edges[e].choice != LINE);
    let (lv, larg, lu) = dp.extreme(scn, &g, steps, true);
    let li = best_init(&g, &lv, true);
    let path = li.map(|s| follow(scn, &g, s, &larg)).unwrap_or_default();
    let longest = Longest {
        choices: li.and_then(|s| lv[s as usize]).unwrap_or(0),
        seed: seed_for(scn, g.initial.len(), &path, |t| {
            t.session.timeline().len() == path.len()
        }),
        path,
        unbounded: lu,
    };

    let best_recommended = crate::teaching::best_recommended(scn, limit);
    let teaching = Teaching {
        figures: crate::teaching::figures(scn, &g),
        lengths: Vec::new(),
        best_recommended_percent: best_recommended.map(|(p, _)| p),
        best_recommended_exact: best_recommended.is_none_or(|(_, e)| e),
    };
    Analysis {
        scenario: scn.id.clone(),
        complete: g.complete && sg.complete,
        states: g.len(),
        state_limit: limit,
        nodes: scn.nodes.len(),
        reachable_nodes: g.reached.iter().filter(|r| **r).count(),
        unreachable_nodes,
        reachable_endings,
        unreachable_endings,
        competencies,
        paths,
        longest,
        choices_on_no_best_path,
        choices_on_no_best_path_computed: sg.complete,
        scored_without_feedback,
        critical_choices,
        teaching,
        simulation: None,
        minutes: scn.minutes,
        play_time: None,
    }
}

/// `runs` random playthroughs: at each decision a choice is drawn uniformly among those
/// available, from `seed`.
pub fn simulate(scn: &Scenario, rubric: &Rubric, runs: usize, seed: u64) -> Simulation {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut endings: BTreeMap<String, usize> = BTreeMap::new();
    let mut sums: BTreeMap<String, (f64, f64, f64)> = BTreeMap::new();
    let (mut tmin, mut tsum, mut tmax) = (f64::MAX, 0.0, f64::MIN);
    let mut critical = 0usize;
    for run in 0..runs {
        let mut s = Session::new(scn, seed.wrapping_add(run as u64));
        let mut steps = 0;
        while !s.is_finished() && steps < 10_000 {
            steps += 1;
            match s.view(scn).kind {
                ViewKind::Line => {
                    if s.advance(scn).is_err() {
                        break;
                    }
                }
                ViewKind::Decision | ViewKind::Hub => {
                    let valid = s.valid_positions(scn);
                    if valid.is_empty() {
                        break;
                    }
                    let k = draw_below(&mut rng, valid.len() as u32) as usize;
                    if s.choose(scn, valid[k]).is_err() {
                        break;
                    }
                }
                _ => break,
            }
        }
        let d = debrief::debrief(&s, scn, rubric);
        let key = d
            .ending
            .as_ref()
            .map_or_else(|| "(unfinished)".to_string(), |e| e.node.clone());
        *endings.entry(key).or_default() += 1;
        for c in &d.scores {
            let e = sums
                .entry(c.id.clone())
                .or_insert((f64::MAX, 0.0, f64::MIN));
            let x = c.earned as f64;
            e.0 = e.0.min(x);
            e.1 += x;
            e.2 = e.2.max(x);
        }
        tmin = tmin.min(d.total_percent);
        tsum += d.total_percent;
        tmax = tmax.max(d.total_percent);
        critical += usize::from(!d.critical.is_empty());
    }
    let n = runs.max(1) as f64;
    let round = |x: f64| (x * 100.0).round() / 100.0;
    Simulation {
        runs,
        seed,
        endings: endings
            .into_iter()
            .map(|(k, c)| {
                (
                    k,
                    EndingCount {
                        count: c,
                        percent: round(c as f64 * 100.0 / n),
                    },
                )
            })
            .collect(),
        scores: sums
            .into_iter()
            .map(|(k, (a, b, c))| {
                (
                    k,
                    Stat {
                        min: a,
                        mean: round(b / n),
                        max: c,
                    },
                )
            })
            .collect(),
        total_percent: if runs == 0 {
            Stat::default()
        } else {
            Stat {
                min: tmin,
                mean: round(tsum / n),
                max: tmax,
            }
        },
        critical_rate: round(critical as f64 / n),
    }
}

fn path_text(p: &[PathStep], seed: Option<u64>) -> String {
    if p.is_empty() {
        return "-".into();
    }
    let choices: Vec<String> = p.iter().map(|s| s.choice.to_string()).collect();
    match seed {
        Some(s) => format!("--seed {s} --choose {}", choices.join(",")),
        None => format!("--choose {}", choices.join(",")),
    }
}

/// The report as text.
pub fn render(a: &Analysis) -> String {
    use std::fmt::Write as _;
    let mut o = String::new();
    let _ = writeln!(o, "Scenario `{}`", a.scenario);
    let _ = writeln!(
        o,
        "States explored: {}{}",
        a.states,
        if a.complete {
            " (complete: figures are exact)".to_string()
        } else {
            format!(
                " (state limit {} reached: figures are approximate)",
                a.state_limit
            )
        }
    );
    let _ = writeln!(o, "Nodes: {} of {} reachable", a.reachable_nodes, a.nodes);
    if !a.unreachable_nodes.is_empty() {
        let _ = writeln!(o, "  unreachable: {}", a.unreachable_nodes.join(", "));
    }
    let _ = writeln!(o, "Endings reachable: {}", a.reachable_endings.join(", "));
    if !a.unreachable_endings.is_empty() {
        let _ = writeln!(o, "  unreachable: {}", a.unreachable_endings.join(", "));
    }
    let _ = writeln!(
        o,
        "\nScores per competency (best / worst, and a path to each):"
    );
    for (id, c) in &a.competencies {
        let _ = writeln!(
            o,
            "  {id:<16} best {:>4}{}{}  {}",
            c.best,
            if c.best_unbounded { " (+loop)" } else { "" },
            if c.exact { "" } else { " (at least)" },
            path_text(&c.best_path, c.best_seed)
        );
        let _ = writeln!(
            o,
            "  {:<16} worst {:>3}{}{}  {}",
            "",
            c.worst,
            if c.worst_unbounded { " (-loop)" } else { "" },
            if c.exact { "" } else { " (at most)" },
            path_text(&c.worst_path, c.worst_seed)
        );
    }
    let _ = writeln!(
        o,
        "\nDistinct paths: {}{}",
        a.paths.count,
        if a.paths.exact {
            " (exact)"
        } else {
            " (lower bound)"
        }
    );
    if let Some(n) = &a.paths.note {
        let _ = writeln!(o, "  {n}");
    }
    let _ = writeln!(
        o,
        "Longest path: {} choices{}  {}",
        a.longest.choices,
        if a.longest.unbounded {
            " (loops can make it longer)"
        } else {
            ""
        },
        path_text(&a.longest.path, a.longest.seed)
    );
    let list = |o: &mut String, title: &str, v: &[ChoiceRef]| {
        let _ = writeln!(o, "\n{title}: {}", v.len());
        for c in v {
            let _ = writeln!(o, "  {} choice {} ({})", c.node, c.choice, c.text);
        }
    };
    if a.choices_on_no_best_path_computed {
        list(
            &mut o,
            "Choices on no best path (for any competency or the total)",
            &a.choices_on_no_best_path,
        );
    } else {
        let _ = writeln!(
            o,
            "\nChoices on no best path: not computed (the state limit was reached)"
        );
    }
    list(
        &mut o,
        "Scored choices without feedback",
        &a.scored_without_feedback,
    );
    list(&mut o, "Critical choices", &a.critical_choices);
    render_teaching(&mut o, &a.teaching);
    render_play_time(&mut o, a);
    if let Some(s) = &a.simulation {
        let _ = writeln!(
            o,
            "\nSimulation: {} random playthroughs (seed {})",
            s.runs, s.seed
        );
        for (e, c) in &s.endings {
            let _ = writeln!(o, "  {e:<24} {:>6} ({:.1}%)", c.count, c.percent);
        }
        for (id, st) in &s.scores {
            let _ = writeln!(
                o,
                "  {id:<16} min {:>4} mean {:>7.2} max {:>4}",
                st.min, st.mean, st.max
            );
        }
        let _ = writeln!(
            o,
            "  total %          min {:>4} mean {:>7.2} max {:>4}",
            s.total_percent.min, s.total_percent.mean, s.total_percent.max
        );
        let _ = writeln!(
            o,
            "  runs with a critical error: {:.0}%",
            s.critical_rate * 100.0
        );
    }
    o
}

impl Analysis {
    /// The longest of the best paths (the fullest good playthrough), as the seed and the
    /// authored positions that replay it; `None` when no best path has a choice. The play-time
    /// estimate ([`crate::reading::measure`]) is taken along it.
    pub fn fullest_best_path(&self) -> Option<(u64, Vec<u32>)> {
        let best = self
            .competencies
            .values()
            .max_by_key(|c| c.best_path.len())?;
        if best.best_path.is_empty() {
            return None;
        }
        let choose = best.best_path.iter().map(|s| s.choice).collect();
        Some((best.best_seed.unwrap_or(0), choose))
    }
}

fn render_play_time(o: &mut String, a: &Analysis) {
    use std::fmt::Write as _;
    let authored = a
        .minutes
        .map_or("not given".to_string(), |m| format!("{m} min"));
    let _ = writeln!(o, "\nPlay time: {authored} in the briefing");
    if let Some(p) = &a.play_time {
        let _ = writeln!(
            o,
            "  estimated {} min: {} words read ({}) at {} a minute, {} decisions at {} s, {} min of briefing and debrief{}",
            p.minutes,
            p.words,
            p.lang,
            crate::reading::WORDS_PER_MINUTE,
            p.decisions,
            crate::reading::SECONDS_PER_DECISION,
            crate::reading::BRIEFING_AND_DEBRIEF_MINUTES,
            match a.minutes {
                Some(m) if !crate::reading::plausible(m, p.minutes) =>
                    " (the briefing's figure is far from it: change `minutes:`)",
                _ => "",
            }
        );
        let _ = writeln!(
            o,
            "  measured along --seed {} --choose {}",
            p.seed,
            p.choose
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(",")
        );
    }
}

fn render_teaching(o: &mut String, t: &Teaching) {
    use std::fmt::Write as _;
    let f = &t.figures;
    let _ = writeln!(o, "\nTeaching quality:");
    for l in &t.lengths {
        let _ = writeln!(
            o,
            "  best option is the longest ({}): {} of {} decisions ({}%){}{}",
            l.lang,
            l.longest_is_best.len(),
            l.decisions,
            l.percent(),
            if l.is_tell() {
                "  W0701: more than a third"
            } else {
                ""
            },
            if l.unmeasured > 0 {
                format!("; {} not measured (texts not translated)", l.unmeasured)
            } else {
                String::new()
            }
        );
        if !l.longest_is_best.is_empty() {
            let _ = writeln!(o, "    {}", l.longest_is_best.join(", "));
        }
    }
    let _ = writeln!(
        o,
        "  critical choices after which a Protected ending is reachable: {} of {}{}",
        f.critical_still_protected.len(),
        f.critical_choices,
        if f.critical_exact {
            ""
        } else {
            " (the exploration stopped early: others were not verified)"
        }
    );
    for l in &f.critical_still_protected {
        let choose: Vec<String> = l.path.iter().map(u32::to_string).collect();
        let _ = writeln!(
            o,
            "    {} choice {} -> {}  ({}--choose {})",
            l.node,
            l.choice,
            l.ending,
            l.seed.map_or(String::new(), |s| format!("--seed {s} ")),
            choose.join(",")
        );
    }
    let _ = writeln!(
        o,
        "  decisions with their consequence only in the score: {} of {} ({}%){}",
        f.score_only.len(),
        f.decisions,
        f.score_only_percent,
        if f.score_only.len() * 2 > f.decisions {
            "  W0703: more than half"
        } else {
            ""
        }
    );
    if !f.score_only.is_empty() {
        let _ = writeln!(o, "    {}", f.score_only.join(", "));
    }
    let _ = writeln!(
        o,
        "  decisions with one obvious answer (all options but one critical): {}",
        f.obvious.len()
    );
    if !f.obvious.is_empty() {
        let _ = writeln!(o, "    {}", f.obvious.join(", "));
    }
    if let Some(r) = f.interviewee_reacts {
        let _ = writeln!(
            o,
            "  the interviewee reacts (a condition reads trust, distress, the question profile or a suggested detail): {}",
            if r { "yes" } else { "no  W0705" }
        );
    }
    match t.best_recommended_percent {
        Some(p) => {
            let _ = writeln!(
                o,
                "  best achievable share of recommended questions (invitations and directives): {p}%{}",
                if t.best_recommended_exact {
                    ""
                } else {
                    " (at least: the exploration stopped early)"
                }
            );
        }
        None => {
            let _ = writeln!(
                o,
                "  question types: none of the choices says what kind of question it is"
            );
        }
    }
}
