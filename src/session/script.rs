//! The script player: plays a list of choices through a [`Session`], passing lines, and
//! records what was on screen at every step. `sanad run`, `sanad shot`, the dev build's live
//! reload and the tests all replay choices through [`play_script`]; the loop exists once.

use super::{ChoiceError, Session, Status, Step, ViewKind};
use crate::limits::MAX_RUN_STEPS;
use crate::model::{ArgValue, MsgId, Scenario, VarIdx};
use crate::rules::World;

/// What one screen of the run showed, and the choice made on it (if any).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub node: String,
    pub kind: ViewKind,
    /// The speaker's name (a message id).
    pub speaker: Option<MsgId>,
    pub text: Option<MsgId>,
    /// Decisions and hubs: the options in the order shown, by authored position.
    pub offered: Vec<(u32, MsgId)>,
    /// The choice made here; `None` on lines, endings, and where the script ran out or was
    /// refused.
    pub taken: Option<Step>,
    /// The message arguments that changed since the previous entry (all of them on the
    /// first), as positions in [`Transcript::arg_names`] with their new values. Entries keep
    /// only the changes, so that a long run over many variables stays small;
    /// [`Transcript::for_each_screen`] gives each entry with all its arguments.
    pub args_changed: Vec<(u32, ArgValue)>,
}

/// Why the script stopped.
#[derive(Clone, Debug, PartialEq)]
pub enum ScriptEnd {
    /// The scenario reached an ending.
    Finished,
    /// A decision or hub waits for a choice the script does not have.
    AwaitingChoice,
    /// The `index`-th choice of the script (1-based) was refused at `node`.
    Refused {
        index: usize,
        position: u32,
        node: String,
        error: ChoiceError,
    },
    /// The scenario cannot continue (content that `sanad check` rejects).
    Stuck(String),
    /// The run reached [`MAX_RUN_STEPS`] screens (a loop can make a run go on forever).
    TooLong,
}

/// A played script: the session as it stands, every screen, and how it stopped.
#[derive(Clone, Debug)]
pub struct Transcript {
    pub session: Session,
    pub entries: Vec<Entry>,
    /// The names of the message arguments (every variable, every profile value), sorted, so
    /// that Fluent arguments are built from them in one pass.
    pub arg_names: Vec<String>,
    /// How many of the script's choices were used.
    pub used: usize,
    pub end: ScriptEnd,
}

impl Transcript {
    /// The choices the script had that the scenario never asked for (it ended first).
    pub fn left_over<'c>(&self, choices: &'c [u32]) -> &'c [u32] {
        if self.end == ScriptEnd::Finished {
            &choices[self.used.min(choices.len())..]
        } else {
            &[]
        }
    }

    /// The error message for a script that did not play to where it was meant to.
    pub fn error(&self) -> Option<String> {
        match &self.end {
            ScriptEnd::Finished | ScriptEnd::AwaitingChoice => None,
            ScriptEnd::Refused {
                index,
                position,
                node,
                error:
                    e @ (ChoiceError::Unavailable { .. }
                    | ChoiceError::NoSuchChoice { .. }
                    | ChoiceError::BudgetSpent { .. }),
            } => Some(format!("choice #{index} ({position}) at `{node}`: {e}")),
            ScriptEnd::Refused { error, .. } => Some(error.to_string()),
            ScriptEnd::Stuck(s) => Some(s.clone()),
            ScriptEnd::TooLong => Some(format!(
                "the run stopped after {MAX_RUN_STEPS} screens, the most one run may show; \
                 a loop in the scenario lets it go on without end: give fewer choices"
            )),
        }
    }

    /// Calls `f` with each entry, in order, and the message arguments as they stood on its
    /// screen (variables change as play goes on).
    pub fn for_each_screen(&self, mut f: impl FnMut(&Entry, &[(String, ArgValue)])) {
        let mut args: Vec<(String, ArgValue)> = self
            .arg_names
            .iter()
            .map(|n| (n.clone(), ArgValue::Number(0)))
            .collect();
        for e in &self.entries {
            for (i, v) in &e.args_changed {
                args[*i as usize].1 = v.clone();
            }
            f(e, &args);
        }
    }

    /// The last choice made, if any.
    pub fn last_taken(&self) -> Option<&Step> {
        self.entries.iter().rev().find_map(|e| e.taken.as_ref())
    }
}

/// Plays `choices` (authored positions, 1-based) from the start of `scn` with `seed`. Lines
/// are passed; each decision or hub takes the next choice. Stops at an ending, when the
/// choices run out, or at the first refused choice.
pub fn play_script(scn: &Scenario, seed: u64, choices: &[u32]) -> Transcript {
    replay(scn, Session::new(scn, seed), choices)
}

/// What this run has shown before the screen on display now, as the play screen's transcript
/// gives it: every line, every decision with the choice made on it, oldest first. It is
/// replayed from the session's seed and choices (the live session is not a log), and it stops
/// at the first screen, after the last choice, that shows the node the session is on. A
/// session put somewhere by the authors' preview (`--jump`) has no history to replay; the
/// transcript is then what the replay could show, never more than was chosen.
pub fn history(scn: &Scenario, session: &Session) -> Transcript {
    let choices: Vec<u32> = session.timeline().iter().map(|s| s.position).collect();
    let mut t = play_script(scn, session.seed, &choices);
    let here = session.view(scn).node;
    let mut taken = 0usize;
    let mut cut = t.entries.len();
    for (i, e) in t.entries.iter().enumerate() {
        if taken == choices.len() && e.node == here {
            cut = i;
            break;
        }
        if e.taken.is_some() {
            taken += 1;
        }
    }
    t.entries.truncate(cut);
    t
}

/// The message arguments of each screen, recorded as changes (see [`Entry::args_changed`]).
struct ArgsLog {
    names: Vec<String>,
    /// Position in `names` of each argument of [`Session::args`] (the variables that are not
    /// internal come first, one each, in order; then the profile values).
    pos: Vec<u32>,
    /// Each variable's value on the previous screen; `None` before the first.
    last: Option<Vec<i64>>,
}

impl ArgsLog {
    fn new(scn: &Scenario, session: &Session) -> ArgsLog {
        let args = session.args(scn);
        // A stable sort: of two arguments with one name the later still wins.
        let mut order: Vec<u32> = (0..args.len() as u32).collect();
        order.sort_by(|&a, &b| args[a as usize].0.cmp(&args[b as usize].0));
        let mut pos = vec![0u32; args.len()];
        for (p, &i) in order.iter().enumerate() {
            pos[i as usize] = p as u32;
        }
        ArgsLog {
            names: order.iter().map(|&i| args[i as usize].0.clone()).collect(),
            pos,
            last: None,
        }
    }

    /// The arguments that changed since the previous screen (all of them on the first).
    fn changes(&mut self, scn: &Scenario, session: &Session) -> Vec<(u32, ArgValue)> {
        let Some(last) = &mut self.last else {
            let args = session.args(scn);
            let mut out: Vec<(u32, ArgValue)> = Vec::with_capacity(args.len());
            for (i, (_, v)) in args.into_iter().enumerate() {
                out.push((self.pos[i], v));
            }
            self.last = Some(
                (0..scn.variables.len())
                    .map(|i| session.var(VarIdx(i as u32)))
                    .collect(),
            );
            return out;
        };
        let mut out = Vec::new();
        // Internal variables are no arguments: `k` counts the variables that are.
        let shown = scn
            .variables
            .iter()
            .enumerate()
            .filter(|(_, d)| !d.internal);
        for (k, (i, decl)) in shown.enumerate() {
            let x = session.var(VarIdx(i as u32));
            if x != last[i] {
                last[i] = x;
                // As `Session::args` writes it.
                let v = if decl.is_flag() {
                    ArgValue::Str(if x != 0 { "true" } else { "false" }.into())
                } else {
                    ArgValue::Number(x)
                };
                out.push((self.pos[k], v));
            }
        }
        out
    }
}

/// Like [`play_script`], from a session already under way.
pub fn replay(scn: &Scenario, mut session: Session, choices: &[u32]) -> Transcript {
    let mut entries = Vec::new();
    let mut log = ArgsLog::new(scn, &session);
    let mut next = choices.iter().copied();
    let mut used = 0usize;
    let end = loop {
        if entries.len() >= MAX_RUN_STEPS {
            break ScriptEnd::TooLong;
        }
        match session.status() {
            Status::Finished => {
                let view = session.view(scn);
                if let Some(id) = view.text {
                    entries.push(Entry {
                        node: view.node.to_string(),
                        kind: view.kind,
                        speaker: None,
                        text: Some(id.to_string()),
                        offered: Vec::new(),
                        taken: None,
                        args_changed: log.changes(scn, &session),
                    });
                }
                break ScriptEnd::Finished;
            }
            Status::Stuck(s) => {
                break ScriptEnd::Stuck(format!(
                    "the scenario cannot continue: {s:?} (run `sanad check`)"
                ));
            }
            Status::Playing => {}
        }
        let view = session.view(scn);
        let mut entry = Entry {
            node: view.node.to_string(),
            kind: view.kind,
            speaker: view.speaker.map(|c| c.name.clone()),
            text: view.text.map(str::to_string),
            offered: Vec::new(),
            taken: None,
            args_changed: log.changes(scn, &session),
        };
        match view.kind {
            ViewKind::Line => {
                entries.push(entry);
                if let Err(e) = session.advance(scn) {
                    break ScriptEnd::Stuck(e.to_string());
                }
            }
            ViewKind::Decision | ViewKind::Hub => {
                entry.offered = view
                    .choices
                    .iter()
                    .map(|c| (c.position, c.text.to_string()))
                    .collect();
                let Some(position) = next.next() else {
                    entries.push(entry);
                    break ScriptEnd::AwaitingChoice;
                };
                used += 1;
                match session.choose(scn, position) {
                    Ok(step) => {
                        entry.taken = Some(step.clone());
                        entries.push(entry);
                    }
                    Err(error) => {
                        entries.push(entry);
                        break ScriptEnd::Refused {
                            index: used,
                            position,
                            node: view.node.to_string(),
                            error,
                        };
                    }
                }
            }
            ViewKind::Ending => {
                entries.push(entry);
                break ScriptEnd::Finished;
            }
            ViewKind::Stuck => {
                break ScriptEnd::Stuck("the scenario cannot continue (run `sanad check`)".into());
            }
        }
    };
    Transcript {
        session,
        entries,
        arg_names: log.names,
        used,
        end,
    }
}
