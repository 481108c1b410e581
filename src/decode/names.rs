//! The name tables that references resolve against, and the resolvers.

use super::Dec;
use super::read::{is_id, visible};
use crate::diagnostic::codes;
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::model::*;
use crate::ron_value::{Spanned, Value};
use std::collections::HashMap;

/// Name tables built before node bodies are decoded, so references resolve in one pass.
pub(crate) struct Names {
    pub(super) nodes: HashMap<String, NodeIdx>,
    pub(super) vars: Vec<Variable>,
    pub(super) cast: HashMap<String, CastIdx>,
    pub(super) evidence: HashMap<String, EvidenceIdx>,
    pub(super) rubric_comps: Vec<String>,
    pub(super) principles: Vec<String>,
    pub(super) used_comps: Vec<bool>,
    /// Suggested details: id -> index into the scenario's `details`.
    pub(super) details: HashMap<String, usize>,
    pub(super) detail_vars: Vec<VarIdx>,
    /// The internal counter of each question type, made when first needed.
    pub(super) question_vars: [Option<VarIdx>; 5],
    /// Each cast member's presence flag, by cast index.
    pub(super) presence: Vec<VarIdx>,
    /// The scene's place, when the scenario has a scene.
    pub(super) place_var: Option<VarIdx>,
}

impl Names {
    /// The internal counter of question type `t`, made on first use.
    pub(super) fn question_var(&mut self, t: QuestionType) -> VarIdx {
        if let Some(v) = self.question_vars[t.index()] {
            return v;
        }
        let v = VarIdx(self.vars.len() as u32);
        self.vars.push(Variable {
            id: format!("asked:{}", t.key()),
            span: crate::ron_value::Span::default(),
            ty: VarType::Int {
                min: 0,
                max: MAX_QUESTION_COUNT,
                start: 0,
            },
            cue: None,
            internal: true,
        });
        self.question_vars[t.index()] = Some(v);
        v
    }

    /// The internal flag that says whether a cast member is in the scene.
    pub(super) fn presence_var(
        &mut self,
        id: &str,
        span: crate::ron_value::Span,
        start: bool,
    ) -> VarIdx {
        let v = VarIdx(self.vars.len() as u32);
        self.vars.push(Variable {
            id: format!("present:{id}"),
            span,
            ty: VarType::Flag { start },
            cue: None,
            internal: true,
        });
        v
    }

    /// The internal variable that holds the scene's place (its index in `Place::ALL`).
    pub(super) fn place_var(&mut self, start: Place) -> VarIdx {
        let v = VarIdx(self.vars.len() as u32);
        self.vars.push(Variable {
            id: "scene:place".into(),
            span: crate::ron_value::Span::default(),
            ty: VarType::Int {
                min: 0,
                max: Place::ALL.len() as i64 - 1,
                start: start.index() as i64,
            },
            cue: None,
            internal: true,
        });
        self.place_var = Some(v);
        v
    }

    /// The internal flag of a suggested detail.
    pub(super) fn detail_var(&mut self, id: &str, span: crate::ron_value::Span) -> VarIdx {
        let v = VarIdx(self.vars.len() as u32);
        self.vars.push(Variable {
            id: format!("suggested:{id}"),
            span,
            ty: VarType::Flag { start: false },
            cue: None,
            internal: true,
        });
        v
    }
}

impl Dec<'_> {
    pub(super) fn lookup<T: Copy>(
        &mut self,
        v: &Spanned<Value>,
        table: &HashMap<String, T>,
        what: &str,
        code: codes::Code,
    ) -> Option<T> {
        let s = self.string(v)?;
        if let Some(t) = table.get(&s) {
            return Some(*t);
        }
        // A declaration whose id is invalid only by invisible characters was reported
        // already; this is the use the author meant.
        if let Some(t) = table
            .iter()
            .find(|(k, _)| !is_id(k) && visible(k) == s)
            .map(|(_, t)| *t)
        {
            return Some(t);
        }
        // A use with invisible characters in it: reported, and resolved to the declaration
        // the author sees, so that the rest of the file is checked as meant.
        if let Some((k, t)) = invisible_in(&s, table.iter().map(|(k, t)| (k.as_str(), *t))) {
            self.push(
                Diagnostic::error(code, format!("unknown {what} `{s}`"))
                    .at(self.file, v.span, format!("no {what} with this id"))
                    .hint(invisible_hint(&s, k)),
            );
            return Some(t);
        }
        let hint = did_you_mean(&s, table.keys().map(String::as_str))
            .unwrap_or_else(|| format!("no {what} with this id is defined in this file"));
        self.push(
            Diagnostic::error(code, format!("unknown {what} `{s}`"))
                .at(self.file, v.span, format!("no {what} with this id"))
                .hint(hint),
        );
        None
    }

    pub(super) fn node_ref(&mut self, v: &Spanned<Value>, names: &Names) -> NodeIdx {
        self.lookup(v, &names.nodes, "node", codes::E0301)
            .unwrap_or(NodeIdx::INVALID)
    }

    pub(super) fn var_ref(
        &mut self,
        v: &Spanned<Value>,
        names: &Names,
        want_flag: Option<bool>,
    ) -> Option<VarIdx> {
        let s = self.string(v)?;
        // Internal variables (question counters, suggested details) are not the author's to
        // name: they are read through `Asked`, `Recommended` and `Suggested`.
        let declared = || names.vars.iter().enumerate().filter(|(_, x)| !x.internal);
        let found = declared()
            .find(|(_, x)| x.id == s)
            .map(|(i, _)| i)
            .or_else(|| {
                // As in `lookup`: a declaration invalid only by invisible characters.
                declared()
                    .find(|(_, x)| !is_id(&x.id) && visible(&x.id) == s)
                    .map(|(i, _)| i)
            });
        let found = found.or_else(|| {
            let (k, i) = invisible_in(&s, declared().map(|(i, x)| (x.id.as_str(), i)))?;
            self.push(
                Diagnostic::error(codes::E0303, format!("unknown variable `{s}`"))
                    .at(self.file, v.span, "no variable with this id")
                    .hint(invisible_hint(&s, k)),
            );
            Some(i)
        });
        let Some(i) = found else {
            let hint = did_you_mean(&s, declared().map(|(_, x)| x.id.as_str()))
                .unwrap_or_else(|| "declare it under `variables`".into());
            self.push(
                Diagnostic::error(codes::E0303, format!("unknown variable `{s}`"))
                    .at(self.file, v.span, "no variable with this id")
                    .hint(hint),
            );
            return None;
        };
        let var = &names.vars[i];
        if let Some(flag) = want_flag
            && flag != var.is_flag()
        {
            let (want, is) = if flag {
                ("a flag", "a number")
            } else {
                ("a number", "a flag")
            };
            self.push(
                Diagnostic::error(
                    codes::E0307,
                    format!("`{s}` is {is}, but {want} is used here"),
                )
                .at(self.file, v.span, format!("`{s}` is {is}"))
                .note(self.file, var.span, "declared here"),
            );
            return None;
        }
        Some(VarIdx(i as u32))
    }
}

/// The declaration `s` names once its invisible characters are taken out, when `s` has some.
fn invisible_in<'k, T>(s: &str, table: impl Iterator<Item = (&'k str, T)>) -> Option<(&'k str, T)> {
    if is_id(s) {
        return None;
    }
    let seen = visible(s);
    let mut table = table;
    table.find(|(k, _)| *k == seen)
}

fn invisible_hint(s: &str, meant: &str) -> String {
    let c = s
        .chars()
        .find(|c| crate::diagnostic::is_invisible(*c))
        .map_or(0, |c| c as u32);
    format!("it contains U+{c:04X}, a character that cannot be seen; did you mean `{meant}`?")
}
