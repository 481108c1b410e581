//! The script player: plays a list of choices through a [`Session`], passing lines, and
//! records what was on screen at every step. `sanad run`, `sanad shot`, the dev build's live
//! reload and the tests all replay choices through [`play_script`]; the loop exists once.

use super::{ChoiceError, Session, Status, Step, ViewKind};
use crate::model::{ArgValue, MsgId, Scenario};

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
    /// The message arguments as they stood on this screen (variables change as play goes on).
    pub args: Vec<(String, ArgValue)>,
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
}

/// A played script: the session as it stands, every screen, and how it stopped.
#[derive(Clone, Debug)]
pub struct Transcript {
    pub session: Session,
    pub entries: Vec<Entry>,
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

/// Like [`play_script`], from a session already under way.
pub fn replay(scn: &Scenario, mut session: Session, choices: &[u32]) -> Transcript {
    let mut entries = Vec::new();
    let mut next = choices.iter().copied();
    let mut used = 0usize;
    let end = loop {
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
                        args: session.args(scn),
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
            args: session.args(scn),
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
        used,
        end,
    }
}
