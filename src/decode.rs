//! From the spanned value tree to the typed model, collecting every problem on the way.
//!
//! Decoding never stops at the first problem: a wrong field is reported and skipped, an
//! unknown reference is reported and replaced by an `INVALID` index, so that one run of
//! `sanad check` shows the author everything at once.

use crate::diagnostic::{Diagnostic, Report, SourceFile, did_you_mean};
use crate::model::*;
use crate::ron_value::{Span, Spanned, Value};
use std::collections::HashMap;
use std::sync::Arc;

pub(crate) struct Dec<'a> {
    pub file: &'a Arc<SourceFile>,
    pub report: &'a mut Report,
}

/// The fields of a `Name(field: value, ..)` struct, with bookkeeping for unknown fields.
pub(crate) struct Fields<'v> {
    span: Span,
    items: Vec<(&'v Spanned<String>, &'v Spanned<Value>)>,
    what: String,
}

impl<'v> Fields<'v> {
    pub fn get(&self, name: &str) -> Option<&'v Spanned<Value>> {
        self.items
            .iter()
            .find(|(k, _)| k.value == name)
            .map(|(_, v)| *v)
    }

    /// A required field; reports it missing.
    pub fn req(&self, d: &mut Dec, name: &str) -> Option<&'v Spanned<Value>> {
        let v = self.get(name);
        if v.is_none() {
            d.push(
                Diagnostic::error(
                    "E0102",
                    format!("{} is missing the field `{name}`", self.what),
                )
                .at(d.file, self.head(), format!("`{name}` is required here")),
            );
        }
        v
    }

    /// An optional field; `None` and a missing field are the same, `Some(x)` is unwrapped.
    pub fn opt(&self, name: &str) -> Option<&'v Spanned<Value>> {
        let v = self.get(name)?;
        match &v.value {
            Value::Ident(n) if n == "None" => None,
            Value::Tuple {
                name: Some(n),
                items,
            } if n.value == "Some" && items.len() == 1 => Some(&items[0]),
            _ => Some(v),
        }
    }

    fn head(&self) -> Span {
        // Point at the opening of the struct rather than all of it.
        Span::new(self.span.start as usize, (self.span.start + 1) as usize)
    }

    /// Reports fields not in `allowed`, and fields written twice.
    pub fn finish(&self, d: &mut Dec, allowed: &[&str]) {
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for (k, _) in &self.items {
            if let Some(first) = seen.get(k.value.as_str()) {
                d.push(
                    Diagnostic::error("E0104", format!("the field `{}` is written twice", k.value))
                        .at(d.file, k.span, "written again here")
                        .note(d.file, *first, "first written here"),
                );
                continue;
            }
            seen.insert(&k.value, k.span);
            if !allowed.contains(&k.value.as_str()) {
                let hint = did_you_mean(&k.value, allowed.iter().copied())
                    .unwrap_or_else(|| format!("{} takes: {}", self.what, allowed.join(", ")));
                d.push(
                    Diagnostic::error("E0103", format!("{} has no field `{}`", self.what, k.value))
                        .at(d.file, k.span, "unknown field")
                        .hint(hint),
                );
            }
        }
    }
}

impl<'a> Dec<'a> {
    pub fn push(&mut self, d: Diagnostic) {
        self.report.push(d);
    }

    pub fn type_error(&mut self, v: &Spanned<Value>, expected: &str) {
        let found = v.value.describe();
        self.push(
            Diagnostic::error("E0101", format!("expected {expected}, found {found}")).at(
                self.file,
                v.span,
                format!("expected {expected}"),
            ),
        );
    }

    /// `Name(field: ..)` with `Name` one of `names` (or anonymous `(field: ..)`).
    pub fn fields<'v>(
        &mut self,
        v: &'v Spanned<Value>,
        names: &[&str],
        what: &str,
    ) -> Option<Fields<'v>> {
        match &v.value {
            Value::Struct { name, fields } => {
                if let Some(n) = name
                    && !names.is_empty()
                    && !names.contains(&n.value.as_str())
                {
                    self.push(
                        Diagnostic::error(
                            "E0107",
                            format!("expected {what}, found `{}(..)`", n.value),
                        )
                        .at(self.file, n.span, format!("expected `{}(`", names[0]))
                        .maybe_hint(did_you_mean(&n.value, names.iter().copied())),
                    );
                    return None;
                }
                Some(Fields {
                    span: v.span,
                    items: fields.iter().map(|(k, v)| (k, v)).collect(),
                    what: what.to_string(),
                })
            }
            // `Name()` parses as an empty tuple: a struct with no fields.
            Value::Tuple { items, name } if items.is_empty() => {
                if let Some(n) = name
                    && !names.is_empty()
                    && !names.contains(&n.value.as_str())
                {
                    self.type_error(v, what);
                    return None;
                }
                Some(Fields {
                    span: v.span,
                    items: Vec::new(),
                    what: what.to_string(),
                })
            }
            _ => {
                self.type_error(v, what);
                None
            }
        }
    }

    pub fn string(&mut self, v: &Spanned<Value>) -> Option<String> {
        match &v.value {
            Value::Str(s) => Some(s.clone()),
            _ => {
                self.type_error(v, "a string in double quotes");
                None
            }
        }
    }

    /// A Fluent message id: letters, digits, `-` and `_`, starting with a letter.
    pub fn msg_id(&mut self, v: &Spanned<Value>) -> Option<MsgId> {
        let s = self.string(v)?;
        if !is_fluent_id(&s) {
            self.push(
                Diagnostic::error("E0106", format!("`{s}` is not a valid message id"))
                    .at(self.file, v.span, "not a message id")
                    .hint(
                        "message ids start with a letter and use only a-z, A-Z, 0-9, `-` and `_`",
                    ),
            );
            return None;
        }
        Some(s)
    }

    pub fn int(&mut self, v: &Spanned<Value>) -> Option<i64> {
        match &v.value {
            Value::Int(i) => Some(*i),
            _ => {
                self.type_error(v, "a whole number");
                None
            }
        }
    }

    pub fn number(&mut self, v: &Spanned<Value>) -> Option<f64> {
        match &v.value {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            _ => {
                self.type_error(v, "a number");
                None
            }
        }
    }

    pub fn bool(&mut self, v: &Spanned<Value>) -> Option<bool> {
        match &v.value {
            Value::Bool(b) => Some(*b),
            _ => {
                self.type_error(v, "`true` or `false`");
                None
            }
        }
    }

    pub fn list<'v>(&mut self, v: &'v Spanned<Value>) -> &'v [Spanned<Value>] {
        match &v.value {
            Value::List(items) => items,
            _ => {
                self.type_error(v, "a list `[..]`");
                &[]
            }
        }
    }

    /// A map with string keys, each key checked as an id and for duplicates.
    pub fn id_map<'v>(
        &mut self,
        v: &'v Spanned<Value>,
        what: &str,
    ) -> Vec<(Spanned<String>, &'v Spanned<Value>)> {
        let Value::Map(entries) = &v.value else {
            self.type_error(v, "a map `{..}`");
            return Vec::new();
        };
        let mut out = Vec::with_capacity(entries.len());
        let mut seen: HashMap<&str, Span> = HashMap::with_capacity(entries.len());
        for (k, val) in entries {
            let Value::Str(key) = &k.value else {
                self.type_error(k, &format!("a {what} id in double quotes"));
                continue;
            };
            if let Some(first) = seen.get(key.as_str()) {
                self.push(
                    Diagnostic::error("E0104", format!("duplicate {what} id `{key}`"))
                        .at(self.file, k.span, "defined again here")
                        .note(self.file, *first, "first defined here")
                        .hint(format!("every {what} needs its own id")),
                );
                continue;
            }
            if !is_id(key) {
                self.push(
                    Diagnostic::error("E0106", format!("`{key}` is not a valid {what} id"))
                        .at(self.file, k.span, "invalid id")
                        .hint("ids start with a letter and use only a-z, A-Z, 0-9, `-` and `_`"),
                );
                continue;
            }
            seen.insert(key, k.span);
            out.push((Spanned::new(k.span, key.clone()), val));
        }
        out
    }

    /// An enum variant written as a bare identifier.
    pub fn unit_variant<T: Copy>(
        &mut self,
        v: &Spanned<Value>,
        what: &str,
        variants: &[(&str, T)],
    ) -> Option<T> {
        let names = || variants.iter().map(|(n, _)| *n);
        match &v.value {
            Value::Ident(n) => {
                if let Some((_, t)) = variants.iter().find(|(name, _)| name == n) {
                    return Some(*t);
                }
                let hint = did_you_mean(n, names()).unwrap_or_else(|| {
                    format!("one of: {}", names().collect::<Vec<_>>().join(", "))
                });
                self.push(
                    Diagnostic::error("E0105", format!("unknown {what} `{n}`"))
                        .at(self.file, v.span, format!("not {} {what}", article(what)))
                        .hint(hint),
                );
                None
            }
            _ => {
                self.type_error(
                    v,
                    &format!(
                        "{} {what} ({})",
                        article(what),
                        names().collect::<Vec<_>>().join(", ")
                    ),
                );
                None
            }
        }
    }
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

pub fn is_id(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c.is_ascii_alphabetic())
        && cs.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && s.len() <= 128
}

pub fn is_fluent_id(s: &str) -> bool {
    is_id(s)
}

/// Tags the variant name of an enum value written as `Name(..)`, `Name` or `Name(a: ..)`.
fn variant_name(v: &Spanned<Value>) -> Option<(&Spanned<String>, VariantBody<'_>)> {
    match &v.value {
        Value::Tuple {
            name: Some(n),
            items,
        } => Some((n, VariantBody::Tuple(items))),
        Value::Struct { name: Some(n), .. } => Some((n, VariantBody::Struct)),
        _ => None,
    }
}

enum VariantBody<'v> {
    Tuple(&'v [Spanned<Value>]),
    Struct,
}

/// Name tables built before node bodies are decoded, so references resolve in one pass.
pub(crate) struct Names {
    nodes: HashMap<String, NodeIdx>,
    vars: Vec<Variable>,
    cast: HashMap<String, CastIdx>,
    evidence: HashMap<String, EvidenceIdx>,
    rubric_comps: Vec<String>,
    principles: Vec<String>,
    used_comps: Vec<bool>,
}

impl Dec<'_> {
    fn lookup<T: Copy>(
        &mut self,
        v: &Spanned<Value>,
        table: &HashMap<String, T>,
        what: &str,
        code: &'static str,
    ) -> Option<T> {
        let s = self.string(v)?;
        if let Some(t) = table.get(&s) {
            return Some(*t);
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

    fn node_ref(&mut self, v: &Spanned<Value>, names: &Names) -> NodeIdx {
        self.lookup(v, &names.nodes, "node", "E0301")
            .unwrap_or(NodeIdx::INVALID)
    }

    fn var_ref(
        &mut self,
        v: &Spanned<Value>,
        names: &Names,
        want_flag: Option<bool>,
    ) -> Option<VarIdx> {
        let s = self.string(v)?;
        let Some(i) = names.vars.iter().position(|x| x.id == s) else {
            let hint = did_you_mean(&s, names.vars.iter().map(|x| x.id.as_str()))
                .unwrap_or_else(|| "declare it under `variables`".into());
            self.push(
                Diagnostic::error("E0303", format!("unknown variable `{s}`"))
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
                Diagnostic::error("E0307", format!("`{s}` is {is}, but {want} is used here"))
                    .at(self.file, v.span, format!("`{s}` is {is}"))
                    .note(self.file, var.span, "declared here"),
            );
            return None;
        }
        Some(VarIdx(i as u32))
    }
}

/// Decodes a scenario file. Returns the model even when there were errors (with `INVALID`
/// references), so that later checks can still run; callers must not play a scenario whose
/// report has errors.
pub(crate) fn scenario(
    d: &mut Dec,
    root: &Spanned<Value>,
    file_id: &str,
    rubric: &Rubric,
) -> Option<Scenario> {
    let f = d.fields(root, &["Scenario"], "a scenario `Scenario(..)`")?;
    f.finish(
        d,
        &[
            "format",
            "id",
            "kind",
            "title",
            "summary",
            "objectives",
            "content_note",
            "minutes",
            "cast",
            "variables",
            "evidence",
            "picks",
            "start",
            "nodes",
        ],
    );
    let format = f.req(d, "format").and_then(|v| {
        let n = d.int(v)?;
        if n != FORMAT_VERSION {
            d.push(
                Diagnostic::error("E0200", format!("format version {n} is not supported"))
                    .at(
                        d.file,
                        v.span,
                        format!("this build reads format {FORMAT_VERSION}"),
                    )
                    .hint("see docs/authoring.md for the format this version of Sanad reads"),
            );
        }
        Some(n)
    });
    if let Some(v) = f.get("id")
        && let Some(id) = d.string(v)
        && id != file_id
    {
        d.push(
            Diagnostic::error(
                "E0201",
                format!("the file declares the id `{id}`, but its name gives `{file_id}`"),
            )
            .at(d.file, v.span, "does not match the file name")
            .hint(format!(
                "a scenario's id is its file name without `.ron`: rename the file to `{id}.ron` or remove the `id` field"
            )),
        );
    }
    let kind = f.req(d, "kind").and_then(|v| {
        d.unit_variant(
            v,
            "scenario kind",
            &[
                ("Interview", ScenarioKind::Interview),
                ("Investigation", ScenarioKind::Investigation),
            ],
        )
    });
    let title = f.req(d, "title").and_then(|v| d.msg_id(v));
    let summary = f.req(d, "summary").and_then(|v| d.msg_id(v));
    let content_note = f.req(d, "content_note").and_then(|v| d.msg_id(v));
    let objectives = f
        .req(d, "objectives")
        .map(|v| {
            let items = d.list(v);
            items.iter().filter_map(|i| d.msg_id(i)).collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let minutes = f.opt("minutes").and_then(|v| {
        let n = d.int(v)?;
        if !(1..=600).contains(&n) {
            d.push(
                Diagnostic::error("E0308", "the estimated length must be 1 to 600 minutes").at(
                    d.file,
                    v.span,
                    "out of range",
                ),
            );
            return None;
        }
        Some(n as u32)
    });

    // Name tables first.
    let mut names = Names {
        nodes: HashMap::new(),
        vars: Vec::new(),
        cast: HashMap::new(),
        evidence: HashMap::new(),
        rubric_comps: rubric.competencies.iter().map(|c| c.id.clone()).collect(),
        principles: rubric.principles.iter().map(|p| p.id.clone()).collect(),
        used_comps: vec![false; rubric.competencies.len()],
    };
    let node_entries = f
        .req(d, "nodes")
        .map(|v| d.id_map(v, "node"))
        .unwrap_or_default();
    if node_entries.len() > crate::loader::MAX_NODES {
        d.push(
            Diagnostic::error(
                "E0005",
                format!(
                    "the scenario has {} nodes; at most {} are allowed",
                    node_entries.len(),
                    crate::loader::MAX_NODES
                ),
            )
            .in_file(d.file)
            .hint("split the scenario into several files"),
        );
        return None;
    }
    for (i, (k, _)) in node_entries.iter().enumerate() {
        names.nodes.insert(k.value.clone(), NodeIdx(i as u32));
    }

    let cast = f
        .opt("cast")
        .map(|v| {
            let entries = d.id_map(v, "cast member");
            let mut out = Vec::new();
            for (k, val) in entries {
                if let Some(c) = character(d, k.clone(), val) {
                    names
                        .cast
                        .insert(k.value.clone(), CastIdx(out.len() as u32));
                    out.push(c);
                }
            }
            out
        })
        .unwrap_or_default();

    if let Some(v) = f.opt("variables") {
        for (k, val) in d.id_map(v, "variable") {
            if let Some(var) = variable(d, k, val) {
                names.vars.push(var);
            }
        }
    }
    let evidence = f
        .opt("evidence")
        .map(|v| {
            let mut out = Vec::new();
            for (k, val) in d.id_map(v, "evidence") {
                let Some(ef) = d.fields(val, &["Evidence"], "an evidence item `Evidence(..)`")
                else {
                    continue;
                };
                ef.finish(d, &["label"]);
                let Some(label) = ef.req(d, "label").and_then(|l| d.msg_id(l)) else {
                    continue;
                };
                names
                    .evidence
                    .insert(k.value.clone(), EvidenceIdx(out.len() as u32));
                out.push(EvidenceItem {
                    id: k.value,
                    span: k.span,
                    label,
                });
            }
            out
        })
        .unwrap_or_default();

    let picks = f
        .opt("picks")
        .map(|v| {
            let items = d.list(v);
            let mut out: Vec<Pick> = Vec::new();
            for item in items {
                if let Some(p) = pick(d, item, &names) {
                    if let Some(first) = out.iter().find(|q| q.id == p.id) {
                        d.push(
                            Diagnostic::error("E0104", format!("duplicate pick id `{}`", p.id))
                                .at(d.file, p.span, "defined again here")
                                .note(d.file, first.span, "first defined here"),
                        );
                        continue;
                    }
                    out.push(p);
                }
            }
            out
        })
        .unwrap_or_default();

    let start = f
        .req(d, "start")
        .map(|v| d.node_ref(v, &names))
        .unwrap_or(NodeIdx::INVALID);

    let mut nodes = Vec::with_capacity(node_entries.len());
    let errors_before_nodes = d.report.errors();
    for (k, val) in &node_entries {
        let body = node_body(d, val, &mut names).unwrap_or(NodeBody::Ending {
            outcome: Outcome::Partial,
            text: String::new(),
        });
        nodes.push(Node {
            id: k.value.clone(),
            span: k.span,
            body,
        });
    }

    // Competencies this scenario uses, in rubric order, and remap choice scores.
    let used: Vec<usize> = (0..names.rubric_comps.len())
        .filter(|&i| names.used_comps[i])
        .collect();
    let remap: HashMap<u32, CompIdx> = used
        .iter()
        .enumerate()
        .map(|(local, &global)| (global as u32, CompIdx(local as u32)))
        .collect();
    for n in &mut nodes {
        let choices = match &mut n.body {
            NodeBody::Decision { choices, .. } => choices,
            NodeBody::Hub { actions, .. } => actions,
            _ => continue,
        };
        for c in choices {
            for (ci, _) in &mut c.score {
                *ci = remap[&ci.0];
            }
        }
    }
    let competencies = used
        .iter()
        .map(|&i| names.rubric_comps[i].clone())
        .collect();
    // With errors in the nodes, some links are missing: reachability would only echo them.
    let incomplete = d.report.errors() > errors_before_nodes || !start.is_valid();

    Some(Scenario {
        id: file_id.to_string(),
        format: format.unwrap_or(FORMAT_VERSION),
        kind: kind.unwrap_or(ScenarioKind::Interview),
        title: title.unwrap_or_default(),
        summary: summary.unwrap_or_default(),
        objectives,
        content_note: content_note.unwrap_or_default(),
        minutes,
        cast,
        variables: names.vars,
        evidence,
        picks,
        start,
        nodes,
        node_index: names.nodes,
        competencies,
        fingerprint: fingerprint(&d.file.text),
        best: std::sync::OnceLock::new(),
        incomplete,
    })
}

/// FNV-1a over the source text: stable across machines and Rust versions.
pub fn fingerprint(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn character(d: &mut Dec, k: Spanned<String>, v: &Spanned<Value>) -> Option<Character> {
    let f = d.fields(v, &["Character"], "a cast member `Character(..)`")?;
    f.finish(d, &["name", "role", "portrait"]);
    let name = f.req(d, "name").and_then(|v| d.msg_id(v));
    let role = f
        .req(d, "role")
        .and_then(|v| d.unit_variant(v, "role", &Role::ALL));
    let portrait = f.opt("portrait").and_then(|v| {
        let p = d.string(v)?;
        if let Err(why) = crate::loader::check_relative_path(&p) {
            d.push(
                Diagnostic::error("E0006", format!("unsafe asset path `{p}`"))
                    .at(d.file, v.span, why)
                    .hint("asset paths are relative to the `assets/` folder and may not leave it"),
            );
            return None;
        }
        Some(p)
    });
    Some(Character {
        id: k.value,
        span: k.span,
        name: name?,
        role: role?,
        portrait,
    })
}

fn variable(d: &mut Dec, k: Spanned<String>, v: &Spanned<Value>) -> Option<Variable> {
    let f = d.fields(v, &["Int", "Flag"], "a variable `Int(..)` or `Flag(..)`")?;
    let kind = match &v.value {
        Value::Struct { name: Some(n), .. } | Value::Tuple { name: Some(n), .. } => n.value.clone(),
        _ => {
            d.push(
                Diagnostic::error("E0101", "a variable must say whether it is `Int` or `Flag`").at(
                    d.file,
                    v.span,
                    "write `Int(min: .., max: .., start: ..)` or `Flag(start: ..)`",
                ),
            );
            return None;
        }
    };
    let (ty, cue) = if kind == "Flag" {
        f.finish(d, &["start"]);
        let start = f.opt("start").and_then(|v| d.bool(v)).unwrap_or(false);
        (VarType::Flag { start }, None)
    } else {
        f.finish(d, &["min", "max", "start", "cue"]);
        let min = f.req(d, "min").and_then(|v| d.int(v));
        let max = f.req(d, "max").and_then(|v| d.int(v));
        let start_v = f.req(d, "start");
        let start = start_v.and_then(|v| d.int(v));
        let (min, max, start) = (min?, max?, start?);
        let bound = 1_000_000_000;
        // After a bounds error the variable is still declared (with repaired bounds), so
        // that its uses are not reported as unknown as well.
        let (mut min, mut max) = (min, max);
        if min > max || min < -bound || max > bound {
            d.push(
                Diagnostic::error(
                    "E0308",
                    format!("invalid bounds {min}..{max} for `{}`", k.value),
                )
                .at(
                    d.file,
                    v.span,
                    "min must not exceed max, both within ±1,000,000,000",
                ),
            );
            (min, max) = (
                min.min(max).clamp(-bound, bound),
                max.max(min).clamp(-bound, bound),
            );
        }
        let mut start = start;
        if !(min..=max).contains(&start) {
            d.push(
                Diagnostic::error(
                    "E0308",
                    format!(
                        "`{}` starts at {start}, outside its bounds {min}..{max}",
                        k.value
                    ),
                )
                .at(d.file, start_v.map_or(v.span, |s| s.span), "out of bounds"),
            );
            start = start.clamp(min, max);
        }
        let cue = f.opt("cue").and_then(|c| cue(d, c));
        if let (Some(c), Some(cv)) = (&cue, f.opt("cue"))
            && c.bands.first().is_some_and(|(from, _)| *from > min)
        {
            d.push(
                Diagnostic::error(
                    "E0313",
                    format!(
                        "the first cue band starts at {}, but `{}` can be as low as {min}",
                        c.bands[0].0, k.value
                    ),
                )
                .at(
                    d.file,
                    cv.span,
                    "values below the first band would show no cue",
                )
                .hint(format!("start the first band at {min}")),
            );
        }
        (VarType::Int { min, max, start }, cue)
    };
    Some(Variable {
        id: k.value,
        span: k.span,
        ty,
        cue,
    })
}

fn cue(d: &mut Dec, v: &Spanned<Value>) -> Option<Cue> {
    let f = d.fields(v, &["Cue"], "a cue `Cue(label: .., bands: [..])`")?;
    f.finish(d, &["label", "bands"]);
    let label = f.req(d, "label").and_then(|l| d.msg_id(l));
    let mut bands: Vec<(i64, MsgId)> = Vec::new();
    if let Some(b) = f.req(d, "bands") {
        for item in d.list(b) {
            match &item.value {
                Value::Tuple { name: None, items } if items.len() == 2 => {
                    let (Some(from), Some(msg)) = (d.int(&items[0]), d.msg_id(&items[1])) else {
                        continue;
                    };
                    if bands.last().is_some_and(|(prev, _)| *prev >= from) {
                        d.push(
                            Diagnostic::error("E0313", "cue bands must be in ascending order").at(
                                d.file,
                                items[0].span,
                                "not above the previous band",
                            ),
                        );
                    }
                    bands.push((from, msg));
                }
                _ => d.type_error(item, "a band `(from, \"message-id\")`"),
            }
        }
        if bands.is_empty() {
            d.push(
                Diagnostic::error("E0313", "a cue needs at least one band")
                    .at(d.file, b.span, "no bands"),
            );
        }
    }
    Some(Cue {
        label: label?,
        bands,
    })
}

fn pick(d: &mut Dec, v: &Spanned<Value>, names: &Names) -> Option<Pick> {
    let f = d.fields(v, &["Pick"], "a profile pick `Pick(..)`")?;
    f.finish(d, &["id", "options"]);
    let id_v = f.req(d, "id")?;
    let id = d.string(id_v)?;
    let mut options = Vec::new();
    if let Some(ov) = f.req(d, "options") {
        for o in d.list(ov) {
            let Some(of) = d.fields(o, &["Profile"], "a profile option `Profile(..)`") else {
                continue;
            };
            of.finish(d, &["weight", "args", "set"]);
            let weight = of.opt("weight").and_then(|w| d.int(w)).unwrap_or(1);
            if !(1..=1000).contains(&weight) {
                d.push(
                    Diagnostic::error("E0314", "a profile weight must be 1 to 1000").at(
                        d.file,
                        of.get("weight").map_or(o.span, |w| w.span),
                        "out of range",
                    ),
                );
            }
            let mut args = Vec::new();
            if let Some(a) = of.opt("args") {
                for (k, val) in d.id_map(a, "argument") {
                    let arg = match &val.value {
                        Value::Str(s) => Some(ArgValue::Str(s.clone())),
                        Value::Int(i) => Some(ArgValue::Number(*i)),
                        Value::Tuple {
                            name: Some(n),
                            items,
                        } if n.value == "Text" && items.len() == 1 => {
                            d.msg_id(&items[0]).map(ArgValue::Text)
                        }
                        _ => {
                            d.type_error(val, "a string, a whole number or `Text(\"message-id\")`");
                            None
                        }
                    };
                    if let Some(arg) = arg {
                        args.push((k.value, arg));
                    }
                }
            }
            let set = of
                .opt("set")
                .map(|s| {
                    d.list(s)
                        .iter()
                        .filter_map(|e| effect(d, e, names))
                        .collect()
                })
                .unwrap_or_default();
            options.push(ProfileOption {
                span: o.span,
                weight: weight.clamp(1, 1000) as u32,
                args,
                set,
            });
        }
        if options.is_empty() {
            d.push(
                Diagnostic::error("E0314", format!("the pick `{id}` has no options"))
                    .at(d.file, ov.span, "empty"),
            );
        }
    }
    Some(Pick {
        id,
        span: id_v.span,
        options,
    })
}

fn speaker(d: &mut Dec, f: &Fields, names: &Names) -> Option<CastIdx> {
    let v = f.opt("speaker")?;
    d.lookup(v, &names.cast, "cast member", "E0304")
}

fn node_body(d: &mut Dec, v: &Spanned<Value>, names: &mut Names) -> Option<NodeBody> {
    const KINDS: [&str; 6] = ["Line", "Narration", "Decision", "Hub", "Branch", "Ending"];
    let Some((kind, _)) = variant_name(v) else {
        d.type_error(v, "a node: `Line(..)`, `Narration(..)`, `Decision(..)`, `Hub(..)`, `Branch(..)` or `Ending(..)`");
        return None;
    };
    if !KINDS.contains(&kind.value.as_str()) {
        d.push(
            Diagnostic::error("E0105", format!("unknown node kind `{}`", kind.value))
                .at(d.file, kind.span, "not a node kind")
                .hint(
                    did_you_mean(&kind.value, KINDS)
                        .unwrap_or_else(|| format!("one of: {}", KINDS.join(", "))),
                ),
        );
        return None;
    }
    let what = format!("a `{}` node", kind.value);
    let f = d.fields(v, &KINDS, &what)?;
    Some(match kind.value.as_str() {
        "Line" | "Narration" => {
            let narration = kind.value == "Narration";
            if narration {
                f.finish(d, &["text", "variants", "next"]);
            } else {
                f.finish(d, &["speaker", "text", "variants", "next"]);
            }
            let speaker = if narration {
                None
            } else {
                f.req(d, "speaker");
                speaker(d, &f, names)
            };
            let mut text: Vec<MsgId> = f
                .req(d, "text")
                .and_then(|t| d.msg_id(t))
                .into_iter()
                .collect();
            if let Some(vs) = f.opt("variants") {
                for item in d.list(vs) {
                    text.extend(d.msg_id(item));
                }
            }
            let next = f
                .req(d, "next")
                .map(|n| d.node_ref(n, names))
                .unwrap_or(NodeIdx::INVALID);
            NodeBody::Line {
                speaker,
                text,
                next,
            }
        }
        "Decision" => {
            f.finish(d, &["speaker", "text", "choices"]);
            let speaker = speaker(d, &f, names);
            let text = f.opt("text").and_then(|t| d.msg_id(t));
            let choices = f
                .req(d, "choices")
                .map(|c| choices(d, c, names, false))
                .unwrap_or_default();
            NodeBody::Decision {
                speaker,
                text,
                choices,
            }
        }
        "Hub" => {
            f.finish(d, &["text", "budget", "actions", "exit", "leave"]);
            let text = f.opt("text").and_then(|t| d.msg_id(t));
            let budget = f.opt("budget").and_then(|b| {
                let n = d.int(b)?;
                if !(1..=1000).contains(&n) {
                    d.push(
                        Diagnostic::error("E0308", "a hub budget must be 1 to 1000 turns").at(
                            d.file,
                            b.span,
                            "out of range",
                        ),
                    );
                    return None;
                }
                Some(n as u32)
            });
            let actions = f
                .req(d, "actions")
                .map(|c| choices(d, c, names, true))
                .unwrap_or_default();
            let exit = f
                .req(d, "exit")
                .map(|n| d.node_ref(n, names))
                .unwrap_or(NodeIdx::INVALID);
            let leave = f.opt("leave").and_then(|t| d.msg_id(t));
            NodeBody::Hub {
                text,
                budget,
                actions,
                exit,
                leave,
            }
        }
        "Branch" => {
            f.finish(d, &["cases", "default"]);
            let mut cases = Vec::new();
            if let Some(cv) = f.req(d, "cases") {
                for item in d.list(cv) {
                    let Some(cf) = d.fields(item, &["Case"], "a case `Case(when: .., next: ..)`")
                    else {
                        continue;
                    };
                    cf.finish(d, &["when", "next"]);
                    let when = cf.req(d, "when").and_then(|c| cond(d, c, names, 0));
                    let next = cf.req(d, "next").map(|n| d.node_ref(n, names));
                    if let (Some(when), Some(next)) = (when, next) {
                        cases.push((when, next, item.span));
                    }
                }
            }
            let default = f
                .req(d, "default")
                .map(|n| d.node_ref(n, names))
                .unwrap_or(NodeIdx::INVALID);
            NodeBody::Branch { cases, default }
        }
        _ => {
            f.finish(d, &["outcome", "text"]);
            let outcome = f
                .req(d, "outcome")
                .and_then(|o| d.unit_variant(o, "outcome", &Outcome::ALL));
            let text = f.req(d, "text").and_then(|t| d.msg_id(t));
            NodeBody::Ending {
                outcome: outcome.unwrap_or(Outcome::Partial),
                text: text.unwrap_or_default(),
            }
        }
    })
}

fn choices(d: &mut Dec, v: &Spanned<Value>, names: &mut Names, hub: bool) -> Vec<Choice> {
    let items = d.list(v);
    if items.is_empty() && matches!(v.value, Value::List(_)) {
        // Reported by the graph checks as a dead end, with more context.
    }
    let mut out = Vec::with_capacity(items.len());
    let mut pins: Vec<(Pin, Span)> = Vec::new();
    for item in items {
        if let Some(c) = choice(d, item, names, hub) {
            if let Some(p) = c.pin {
                if let Some((_, first)) = pins.iter().find(|(q, _)| *q == p) {
                    d.push(
                        Diagnostic::error("E0310", "two choices are pinned to the same position")
                            .at(d.file, c.span, "pinned again here")
                            .note(d.file, *first, "first pinned here"),
                    );
                }
                pins.push((p, c.span));
            }
            out.push(c);
        }
    }
    let n = out.len() as u32;
    for (p, span) in &pins {
        let (Pin::First(k) | Pin::Last(k)) = p;
        if *k > n {
            d.push(
                Diagnostic::error(
                    "E0310",
                    format!("pinned to position {k}, but there are only {n} choices"),
                )
                .at(d.file, *span, "pin out of range"),
            );
        }
    }
    out
}

fn choice(d: &mut Dec, v: &Spanned<Value>, names: &mut Names, hub: bool) -> Option<Choice> {
    let f = d.fields(v, &["Choice", "Action"], "a choice `Choice(..)`")?;
    f.finish(
        d,
        &[
            "text",
            "when",
            "effects",
            "score",
            "feedback",
            "principle",
            "critical",
            "pin",
            "next",
        ],
    );
    let text = f.req(d, "text").and_then(|t| d.msg_id(t));
    let when = f.opt("when").and_then(|c| cond(d, c, names, 0));
    let effects = f
        .opt("effects")
        .map(|e| {
            d.list(e)
                .iter()
                .filter_map(|x| effect(d, x, names))
                .collect()
        })
        .unwrap_or_default();
    let mut score = Vec::new();
    if let Some(s) = f.opt("score") {
        for (k, val) in d.id_map(s, "competency") {
            let Some(delta) = d.int(val) else { continue };
            if delta.abs() > 1000 {
                d.push(
                    Diagnostic::error("E0308", "a score change must be between -1000 and 1000").at(
                        d.file,
                        val.span,
                        "out of range",
                    ),
                );
                continue;
            }
            match names.rubric_comps.iter().position(|c| *c == k.value) {
                Some(i) => {
                    names.used_comps[i] = true;
                    score.push((CompIdx(i as u32), delta));
                }
                None => {
                    let hint =
                        did_you_mean(&k.value, names.rubric_comps.iter().map(String::as_str))
                            .unwrap_or_else(|| {
                                format!(
                                    "the rubric (scenarios/rubric.ron) has: {}",
                                    names.rubric_comps.join(", ")
                                )
                            });
                    d.push(
                        Diagnostic::error("E0302", format!("unknown competency `{}`", k.value))
                            .at(d.file, k.span, "not in the rubric")
                            .hint(hint),
                    );
                }
            }
        }
    }
    let feedback_v = f.opt("feedback");
    let feedback = feedback_v.and_then(|x| d.msg_id(x));
    let principle_v = f.opt("principle");
    let principle = principle_v.and_then(|p| {
        let s = d.string(p)?;
        if names.principles.contains(&s) {
            Some(s)
        } else {
            let hint = did_you_mean(&s, names.principles.iter().map(String::as_str))
                .unwrap_or_else(|| "principles are listed in scenarios/rubric.ron".into());
            d.push(
                Diagnostic::error("E0306", format!("unknown principle `{s}`"))
                    .at(d.file, p.span, "not in the rubric's principles")
                    .hint(hint),
            );
            None
        }
    });
    match (feedback_v, principle_v) {
        (Some(fb), None) => d.push(
            Diagnostic::error("E0309", "feedback must name the principle it rests on")
                .at(d.file, fb.span, "feedback without `principle`")
                .hint("add `principle: \"..\"` with an id from scenarios/rubric.ron"),
        ),
        (None, Some(p)) => d.push(
            Diagnostic::error(
                "E0309",
                "a principle is named but there is no feedback text",
            )
            .at(d.file, p.span, "principle without `feedback`"),
        ),
        _ => {}
    }
    let critical = f.opt("critical").and_then(|c| d.bool(c)).unwrap_or(false);
    if critical && feedback_v.is_none() {
        d.push(
            Diagnostic::error("E0309", "a critical choice must explain itself in feedback").at(
                d.file,
                f.get("critical").map_or(v.span, |c| c.span),
                "critical without feedback",
            ),
        );
    }
    let pin =
        f.opt("pin").and_then(|p| {
            let n = d.int(p)?;
            match n {
                1..=99 => Some(Pin::First(n as u32)),
                -99..=-1 => Some(Pin::Last((-n) as u32)),
                _ => {
                    d.push(
                        Diagnostic::error("E0310", "a pin is a position: 1 is first, -1 is last")
                            .at(d.file, p.span, "not a position"),
                    );
                    None
                }
            }
        });
    let next = match f.opt("next") {
        Some(n) => Some(d.node_ref(n, names)),
        None if hub => None,
        None => {
            f.req(d, "next");
            Some(NodeIdx::INVALID)
        }
    };
    Some(Choice {
        span: v.span,
        text: text?,
        when,
        effects,
        score,
        feedback,
        principle,
        critical,
        pin,
        next,
    })
}

fn cond(d: &mut Dec, v: &Spanned<Value>, names: &mut Names, depth: usize) -> Option<Cond> {
    const KINDS: [&str; 8] = [
        "Var", "Flag", "Visited", "Has", "Referred", "Not", "All", "Any",
    ];
    let Some((kind, VariantBody::Tuple(items))) = variant_name(v) else {
        d.type_error(
            v,
            "a condition such as `Var(\"trust\", \">=\", 3)` or `Flag(\"x\")`",
        );
        return None;
    };
    let arity = |d: &mut Dec, n: usize, form: &str| -> bool {
        if items.len() != n {
            d.push(
                Diagnostic::error("E0101", format!("`{}` takes {n} value(s)", kind.value)).at(
                    d.file,
                    v.span,
                    format!("write `{form}`"),
                ),
            );
            return false;
        }
        true
    };
    if depth > 16 {
        d.push(Diagnostic::error("E0004", "conditions nest too deeply").at(
            d.file,
            v.span,
            "more than 16 levels",
        ));
        return None;
    }
    match kind.value.as_str() {
        "Var" => {
            if !arity(d, 3, "Var(\"name\", \">=\", 3)") {
                return None;
            }
            let var = d.var_ref(&items[0], names, Some(false));
            let op_s = d.string(&items[1])?;
            let Some((_, op)) = CmpOp::ALL.iter().find(|(s, _)| *s == op_s) else {
                d.push(
                    Diagnostic::error("E0105", format!("unknown comparison `{op_s}`"))
                        .at(d.file, items[1].span, "not a comparison")
                        .hint("one of: ==, !=, <, <=, >, >="),
                );
                return None;
            };
            let n = d.int(&items[2])?;
            let var = var?;
            let (min, max) = names.vars[var.idx()].bounds();
            if !(min..=max).any(|x| op.eval(x, n)) || (min..=max).all(|x| op.eval(x, n)) {
                let always = (min..=max).all(|x| op.eval(x, n));
                if max - min <= 10_000 {
                    d.push(
                        Diagnostic::warning(
                            "W0503",
                            format!(
                                "this condition is always {} for `{}` ({min}..{max})",
                                if always { "true" } else { "false" },
                                names.vars[var.idx()].id
                            ),
                        )
                        .at(d.file, v.span, "the variable's bounds decide this")
                        .hint("check the number against the variable's bounds"),
                    );
                }
            }
            Some(Cond::Cmp(var, *op, n))
        }
        "Flag" => {
            if !arity(d, 1, "Flag(\"name\")") {
                return None;
            }
            d.var_ref(&items[0], names, Some(true)).map(Cond::Flag)
        }
        "Visited" => {
            if !arity(d, 1, "Visited(\"node\")") {
                return None;
            }
            let n = d.node_ref(&items[0], names);
            n.is_valid().then_some(Cond::Visited(n))
        }
        "Has" => {
            if !arity(d, 1, "Has(\"evidence\")") {
                return None;
            }
            d.lookup(&items[0], &names.evidence, "evidence item", "E0305")
                .map(Cond::Has)
        }
        "Referred" => {
            if !arity(d, 1, "Referred(\"agency\")") {
                return None;
            }
            let s = d.string(&items[0])?;
            agency_ok(d, &s, items[0].span).then_some(Cond::Referred(s))
        }
        "Not" => {
            if !arity(d, 1, "Not(condition)") {
                return None;
            }
            cond(d, &items[0], names, depth + 1).map(|c| Cond::Not(Box::new(c)))
        }
        "All" | "Any" => {
            if !arity(d, 1, "All([condition, ..])") {
                return None;
            }
            let list = d.list(&items[0]);
            let parts: Vec<Cond> = list
                .iter()
                .filter_map(|c| cond(d, c, names, depth + 1))
                .collect();
            if parts.len() != list.len() {
                return None;
            }
            Some(if kind.value == "All" {
                Cond::All(parts)
            } else {
                Cond::Any(parts)
            })
        }
        other => {
            d.push(
                Diagnostic::error("E0105", format!("unknown condition `{other}`"))
                    .at(d.file, kind.span, "not a condition")
                    .hint(
                        did_you_mean(other, KINDS)
                            .unwrap_or_else(|| format!("one of: {}", KINDS.join(", "))),
                    ),
            );
            None
        }
    }
}

fn agency_ok(d: &mut Dec, s: &str, span: Span) -> bool {
    if is_id(s) {
        return true;
    }
    d.push(
        Diagnostic::error("E0106", format!("`{s}` is not a valid agency id"))
            .at(d.file, span, "invalid id")
            .hint("agency ids look like `shelter` or `labour-inspectorate`; each has a UI message `agency-<id>`"),
    );
    false
}

fn effect(d: &mut Dec, v: &Spanned<Value>, names: &Names) -> Option<Effect> {
    const KINDS: [&str; 6] = ["Set", "Add", "Collect", "Refer", "Contact", "Note"];
    let Some((kind, body)) = variant_name(v) else {
        d.type_error(
            v,
            "an effect such as `Add(\"trust\", 1)` or `Refer(\"shelter\")`",
        );
        return None;
    };
    let items: &[Spanned<Value>] = match body {
        VariantBody::Tuple(items) => items,
        VariantBody::Struct => &[],
    };
    let arity = |d: &mut Dec, n: usize, form: &str| -> bool {
        if items.len() != n {
            d.push(
                Diagnostic::error("E0101", format!("`{}` takes {n} value(s)", kind.value)).at(
                    d.file,
                    v.span,
                    format!("write `{form}`"),
                ),
            );
            return false;
        }
        true
    };
    match kind.value.as_str() {
        "Set" => {
            if !arity(d, 2, "Set(\"name\", value)") {
                return None;
            }
            let want_flag = matches!(items[1].value, Value::Bool(_));
            let var = d.var_ref(&items[0], names, Some(want_flag))?;
            let value = if want_flag {
                i64::from(d.bool(&items[1])?)
            } else {
                d.int(&items[1])?
            };
            let decl = &names.vars[var.idx()];
            let (min, max) = decl.bounds();
            if !decl.is_flag() && !(min..=max).contains(&value) {
                d.push(
                    Diagnostic::error(
                        "E0308",
                        format!(
                            "{value} is outside the bounds of `{}` ({min}..{max})",
                            decl.id
                        ),
                    )
                    .at(d.file, items[1].span, "out of bounds")
                    .note(d.file, decl.span, "declared here"),
                );
                return None;
            }
            Some(Effect::Set(var, value))
        }
        "Add" => {
            if !arity(d, 2, "Add(\"name\", 1)") {
                return None;
            }
            let var = d.var_ref(&items[0], names, Some(false))?;
            let n = d.int(&items[1])?;
            if n.abs() > 1_000_000_000 {
                d.push(Diagnostic::error("E0308", "the amount is too large").at(
                    d.file,
                    items[1].span,
                    "out of range",
                ));
                return None;
            }
            Some(Effect::Add(var, n))
        }
        "Collect" => {
            let f = d.fields(v, &["Collect"], "`Collect(evidence: \"id\", lawful: true)`")?;
            f.finish(d, &["evidence", "lawful"]);
            let ev = f
                .req(d, "evidence")
                .and_then(|e| d.lookup(e, &names.evidence, "evidence item", "E0305"));
            let lawful = f.req(d, "lawful").and_then(|l| d.bool(l));
            Some(Effect::Collect {
                evidence: ev?,
                lawful: lawful?,
            })
        }
        "Refer" | "Contact" => {
            if !arity(d, 1, &format!("{}(\"agency\")", kind.value)) {
                return None;
            }
            let s = d.string(&items[0])?;
            if !agency_ok(d, &s, items[0].span) {
                return None;
            }
            Some(if kind.value == "Refer" {
                Effect::Refer(s)
            } else {
                Effect::Contact(s)
            })
        }
        "Note" => {
            if !arity(d, 1, "Note(\"message-id\")") {
                return None;
            }
            d.msg_id(&items[0]).map(Effect::Note)
        }
        other => {
            d.push(
                Diagnostic::error("E0105", format!("unknown effect `{other}`"))
                    .at(d.file, kind.span, "not an effect")
                    .hint(
                        did_you_mean(other, KINDS)
                            .unwrap_or_else(|| format!("one of: {}", KINDS.join(", "))),
                    ),
            );
            None
        }
    }
}

/// Decodes `scenarios/rubric.ron`.
pub(crate) fn rubric(d: &mut Dec, root: &Spanned<Value>) -> Option<Rubric> {
    let f = d.fields(root, &["Rubric"], "a rubric `Rubric(..)`")?;
    f.finish(d, &["format", "competencies", "principles"]);
    if let Some(v) = f.req(d, "format")
        && let Some(n) = d.int(v)
        && n != FORMAT_VERSION
    {
        d.push(
            Diagnostic::error("E0200", format!("format version {n} is not supported")).at(
                d.file,
                v.span,
                format!("this build reads format {FORMAT_VERSION}"),
            ),
        );
    }
    let mut competencies: Vec<Competency> = Vec::new();
    if let Some(cv) = f.req(d, "competencies") {
        for (k, val) in d.id_map(cv, "competency") {
            let Some(cf) = d.fields(val, &["Competency"], "a competency `Competency(..)`") else {
                continue;
            };
            cf.finish(d, &["name", "description", "weight"]);
            let name = cf.req(d, "name").and_then(|x| d.msg_id(x));
            let description = cf.req(d, "description").and_then(|x| d.msg_id(x));
            let weight =
                cf.opt("weight").and_then(|w| {
                    let x = d.number(w)?;
                    if !(x > 0.0 && x <= 100.0) {
                        d.push(
                            Diagnostic::error("E0308", "a weight must be above 0 and at most 100")
                                .at(d.file, w.span, "out of range"),
                        );
                        return None;
                    }
                    Some(x)
                });
            if let (Some(name), Some(description)) = (name, description) {
                competencies.push(Competency {
                    span: k.span,
                    id: k.value,
                    name,
                    description,
                    weight: weight.unwrap_or(1.0),
                });
            }
        }
    }
    let mut principles = Vec::new();
    if let Some(pv) = f.req(d, "principles") {
        for (k, val) in d.id_map(pv, "principle") {
            let Some(pf) = d.fields(val, &["Principle"], "a principle `Principle(..)`") else {
                continue;
            };
            pf.finish(d, &["name", "source"]);
            let name = pf.req(d, "name").and_then(|x| d.msg_id(x));
            let source = pf.req(d, "source").and_then(|x| d.string(x));
            if let (Some(name), Some(source)) = (name, source) {
                principles.push(Principle {
                    id: k.value,
                    name,
                    source,
                });
            }
        }
    }
    if competencies.is_empty() {
        d.push(Diagnostic::error("E0102", "the rubric has no competencies").in_file(d.file));
    }
    Some(Rubric {
        competencies,
        principles,
    })
}
