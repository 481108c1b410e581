//! The scene: where the run is now, who is in the room, and how the person seems, as the app
//! draws it across the table. All of it is plain state of the session (internal variables
//! that `Enter`, `Leave` and `Move` set), so records, replays and the analysis see it too.
//!
//! Also the checks on it (`W0507`, `W0508`, `W0509`): a dataflow over the scenario's graph
//! that knows, for every node, who may be present and who may be absent on some way there.

use crate::diagnostic::codes;
use crate::diagnostic::{Diagnostic, Report, SourceFile};
use crate::model::*;
use crate::session::Session;
use serde::Serialize;
use std::sync::Arc;

/// What the scene panel shows now.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Scene {
    pub place: Place,
    /// Who is present, in the order of the cast.
    pub people: Vec<Person>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Person {
    /// The cast id.
    pub id: String,
    pub cast: CastIdx,
    pub role: Role,
    pub look: Look,
    pub posture: Posture,
    pub expression: Expression,
    /// The speaker of the current line or question.
    pub speaking: bool,
}

/// How a cast member looks in this run: the drawn profile's look, else the author's, else
/// the figure that fits their role, gender and age.
pub fn look_of(scn: &Scenario, session: &Session, c: CastIdx) -> Look {
    for (p, &i) in scn.picks.iter().zip(session.picks()) {
        if let Some(o) = p.options.get(i as usize)
            && let Some((_, l)) = o.looks.iter().find(|(k, _)| *k == c)
        {
            return *l;
        }
    }
    let ch = &scn.cast[c.idx()];
    ch.look.unwrap_or_else(|| Look {
        figure: Figure::default_for(ch.role, ch.gender, ch.age),
        skin: 3,
        clothing: Clothing::ALL[c.idx() % Clothing::ALL.len()].1,
    })
}

/// The step (0, 1 or 2) of a cue variable's value: its band, spread over three steps.
fn step(scn: &Scenario, session: &Session, v: Option<VarIdx>) -> Option<usize> {
    let v = v?;
    let var = &scn.variables[v.idx()];
    let bands = &var.cue.as_ref()?.bands;
    let x = session.value(v);
    let i = bands.iter().rposition(|(from, _)| x >= *from).unwrap_or(0);
    let n = bands.len();
    Some(if n <= 1 {
        1
    } else {
        // Nearest of the three steps: 2 bands → 0, 2; 4 bands → 0, 1, 1, 2.
        (i * 2 + (n - 1) / 2) / (n - 1)
    })
}

/// The person's posture and expression from the trust and distress cues.
pub fn state_of(scn: &Scenario, session: &Session, spec: &SceneSpec) -> (Posture, Expression) {
    let trust = step(scn, session, spec.trust);
    let distress = step(scn, session, spec.distress);
    let posture = match trust {
        Some(0) => Posture::Withdrawn,
        Some(2) => Posture::Open,
        _ => Posture::Guarded,
    };
    let expression = match (distress, trust) {
        (Some(2), _) => Expression::Distressed,
        (Some(1), _) => Expression::Tense,
        (_, Some(2)) => Expression::Open,
        (_, Some(0)) => Expression::Withdrawn,
        _ => Expression::Neutral,
    };
    (posture, expression)
}

/// The scene now, or `None` when the scenario has none.
pub fn scene(scn: &Scenario, session: &Session) -> Option<Scene> {
    let spec = scn.scene.as_ref()?;
    let place = Place::from_index(session.value(spec.place));
    let speaker = match &session.node(scn).body {
        NodeBody::Line { speaker, .. } | NodeBody::Decision { speaker, .. } => *speaker,
        _ => None,
    };
    let (posture, expression) = state_of(scn, session, spec);
    let people = scn
        .cast
        .iter()
        .enumerate()
        .filter(|(_, c)| session.value(c.presence) != 0)
        .map(|(i, c)| {
            let idx = CastIdx(i as u32);
            let shows = c.role == Role::Interviewee;
            Person {
                id: c.id.clone(),
                cast: idx,
                role: c.role,
                look: look_of(scn, session, idx),
                posture: if shows { posture } else { Posture::Open },
                expression: if shows {
                    expression
                } else {
                    Expression::Neutral
                },
                speaking: speaker == Some(idx),
            }
        })
        .collect();
    Some(Scene { place, people })
}

/// May-present and may-absent, per cast member, at each node: over every way there,
/// ignoring conditions (so "absent on every way" is exact, "may be present" an upper bound).
fn presence_flow(scn: &Scenario) -> Vec<Vec<(bool, bool)>> {
    let n = scn.nodes.len();
    let cast = scn.cast.len();
    let mut at: Vec<Vec<(bool, bool)>> = vec![vec![(false, false); cast]; n];
    if !scn.start.is_valid() || n == 0 {
        return at;
    }
    // The start: the author's `present`, then any drawn profile's `set`.
    let mut start: Vec<(bool, bool)> = scn.cast.iter().map(|c| (c.present, !c.present)).collect();
    let initial = start.clone();
    for p in &scn.picks {
        for o in &p.options {
            let mut drawn = initial.clone();
            apply(scn, &o.set, &mut drawn);
            for (s, d) in start.iter_mut().zip(drawn) {
                *s = (s.0 || d.0, s.1 || d.1);
            }
        }
    }
    at[scn.start.idx()] = start;
    let mut work = vec![scn.start];
    let mut queued = vec![false; n];
    queued[scn.start.idx()] = true;
    while let Some(node) = work.pop() {
        queued[node.idx()] = false;
        let here = at[node.idx()].clone();
        let mut edges: Vec<(NodeIdx, Vec<(bool, bool)>)> = Vec::new();
        match &scn.nodes[node.idx()].body {
            NodeBody::Decision { choices: cs, .. } | NodeBody::Hub { actions: cs, .. } => {
                let hub = matches!(scn.nodes[node.idx()].body, NodeBody::Hub { .. });
                for c in cs {
                    let mut out = here.clone();
                    apply(scn, &c.effects, &mut out);
                    let next = c.next.unwrap_or(if hub { node } else { NodeIdx::INVALID });
                    if next.is_valid() {
                        edges.push((next, out));
                    }
                }
                if let NodeBody::Hub { exit, .. } = &scn.nodes[node.idx()].body {
                    // The exit is taken after actions, with whatever they changed: the
                    // hub's own state (its self-loops) covers that.
                    edges.push((*exit, here.clone()));
                }
            }
            _ => {
                for s in scn.nodes[node.idx()].successors(node) {
                    edges.push((s, here.clone()));
                }
            }
        }
        for (to, st) in edges {
            if !to.is_valid() || to.idx() >= n {
                continue;
            }
            let mut changed = false;
            for (a, b) in at[to.idx()].iter_mut().zip(&st) {
                let m = (a.0 || b.0, a.1 || b.1);
                if m != *a {
                    *a = m;
                    changed = true;
                }
            }
            if changed && !queued[to.idx()] {
                queued[to.idx()] = true;
                work.push(to);
            }
        }
    }
    at
}

/// The presence changes of `effects`, applied to `out`: whoever enters is present, whoever
/// leaves is absent, on this way.
fn apply(scn: &Scenario, effects: &[Effect], out: &mut [(bool, bool)]) {
    for e in effects {
        if let Effect::Set(v, x) = e
            && let Some(i) = scn.cast.iter().position(|c| c.presence == *v)
        {
            out[i] = (*x != 0, *x == 0);
        }
    }
}

/// The scene's checks. Run on scenarios without reference errors.
pub(crate) fn check(scn: &Scenario, file: &Arc<SourceFile>, report: &mut Report) {
    looks(scn, file, report);
    if scn.scene.is_none() {
        return;
    }
    let flow = presence_flow(scn);
    let reachable: Vec<bool> = flow
        .iter()
        .enumerate()
        .map(|(i, f)| NodeIdx(i as u32) == scn.start || f.iter().any(|(p, a)| *p || *a))
        .collect();
    for (i, node) in scn.nodes.iter().enumerate() {
        if !reachable[i] {
            continue;
        }
        let speaker = match &node.body {
            NodeBody::Line { speaker, .. } | NodeBody::Decision { speaker, .. } => *speaker,
            _ => None,
        };
        if let Some(s) = speaker.filter(|s| s.is_valid())
            && !flow[i][s.idx()].0
        {
            let c = &scn.cast[s.idx()];
            report.push(
                Diagnostic::warning(
                    codes::W0507,
                    format!(
                        "`{}` speaks here, but is not in the scene on any way here",
                        c.id
                    ),
                )
                .at(file, node.span, "the scene shows no one speaking")
                .note(
                    file,
                    c.span,
                    "not present at the start, or sent out by `Leave`",
                )
                .hint(format!(
                    "add `Enter(\"{}\")` to the choice before, or make the line narration",
                    c.id
                )),
            );
        }
        if let NodeBody::Ending {
            outcome: Outcome::Protected,
            ..
        } = node.body
        {
            let with_person = scn
                .cast
                .iter()
                .enumerate()
                .any(|(j, c)| c.role == Role::Interviewee && flow[i][j].0);
            for (j, c) in scn.cast.iter().enumerate() {
                if c.role == Role::Suspect && with_person && flow[i][j].0 {
                    report.push(
                        Diagnostic::warning(
                            codes::W0508,
                            format!(
                                "the ending says the person is protected, but the suspect `{}` may still be in the scene",
                                c.id
                            ),
                        )
                        .at(file, node.span, "a protected ending")
                        .note(file, c.span, "a suspect")
                        .hint(format!(
                            "separate them on the way here: `Leave(\"{}\")` on the choice that does it",
                            c.id
                        )),
                    );
                }
            }
        }
    }
}

/// W0509: a figure of another gender or age than the cast member, and a drawn gender or age
/// that no profile gives a look to.
fn looks(scn: &Scenario, file: &Arc<SourceFile>, report: &mut Report) {
    let mut figures: Vec<(CastIdx, Look, crate::ron_value::Span)> = Vec::new();
    for (i, c) in scn.cast.iter().enumerate() {
        if let Some(l) = c.look {
            figures.push((CastIdx(i as u32), l, c.span));
        }
    }
    for p in &scn.picks {
        for o in &p.options {
            for (c, l) in &o.looks {
                figures.push((*c, *l, o.span));
            }
        }
    }
    for (c, l, span) in &figures {
        let ch = &scn.cast[c.idx()];
        let gender_off = matches!(ch.gender, Some(g @ (Gender::Female | Gender::Male)) if g != l.figure.gender());
        let age_off = matches!(ch.age, Some(a @ (AgeGroup::Child | AgeGroup::Adult | AgeGroup::Older)) if a != l.figure.age());
        if gender_off || age_off {
            report.push(
                Diagnostic::warning(
                    codes::W0509,
                    format!(
                        "`{}` is drawn as `{:?}`, which does not match their {}",
                        ch.id,
                        l.figure,
                        if gender_off { "gender" } else { "age" }
                    ),
                )
                .at(file, *span, "this look")
                .note(file, ch.span, "declared here")
                .hint("choose a figure of the cast member's gender and age group"),
            );
        }
    }
    for (i, ch) in scn.cast.iter().enumerate() {
        let drawn = ch.gender == Some(Gender::Drawn) || ch.age == Some(AgeGroup::Drawn);
        let given = scn.picks.iter().any(|p| {
            p.options
                .iter()
                .any(|o| o.looks.iter().any(|(c, _)| c.idx() == i))
        });
        if drawn && !given && scn.scene.is_some() {
            report.push(
                Diagnostic::warning(
                    codes::W0509,
                    format!(
                        "`{}`'s gender or age is drawn by a profile, but no profile gives them a look",
                        ch.id
                    ),
                )
                .at(file, ch.span, "drawn")
                .hint(format!(
                    "add `look: {{\"{}\": Look(figure: ..)}}` to each option of the pick that draws them",
                    ch.id
                )),
            );
        }
    }
}
