//! From the spanned value tree to the typed model, collecting every problem on the way.
//!
//! Decoding never stops at the first problem: a wrong field is reported and skipped, an
//! unknown reference is reported and replaced by an `INVALID` index, so that one run of
//! `sanad check` shows the author everything at once.
//!
//! The parts, each on one subject:
//! - `read`: the basic readers (strings, ids, numbers, lists, maps, struct fields);
//! - `names`: the name tables that references resolve against;
//! - `scenario`: the scenario file and its declarations (cast, variables, evidence, picks);
//! - `nodes`: nodes and their choices;
//! - `logic`: conditions and effects;
//! - `rubric`: `scenarios/rubric.ron`.

mod logic;
mod names;
mod nodes;
mod read;
mod rubric;
mod scenario;

pub use read::{id_hint, is_id};
pub(crate) use rubric::rubric;
pub(crate) use scenario::scenario;

use crate::diagnostic::codes;
use crate::diagnostic::{Diagnostic, Report, SourceFile};
use crate::ron_value::{Spanned, Value};
use std::sync::Arc;

/// The decoding context: the file being decoded and the report that collects its problems.
pub(crate) struct Dec<'a> {
    pub file: &'a Arc<SourceFile>,
    pub report: &'a mut Report,
}

impl<'a> Dec<'a> {
    pub fn push(&mut self, d: Diagnostic) {
        self.report.push(d);
    }

    pub fn type_error(&mut self, v: &Spanned<Value>, expected: &str) {
        let found = v.value.describe();
        self.push(
            Diagnostic::error(codes::E0101, format!("expected {expected}, found {found}")).at(
                self.file,
                v.span,
                format!("expected {expected}"),
            ),
        );
    }
}
