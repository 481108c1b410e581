//! The basic readers: strings, ids, numbers, lists, id maps, unit variants, and the fields
//! of a struct.

use super::Dec;
use crate::diagnostic::codes;
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::model::MsgId;
use crate::ron_value::{Span, Spanned, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// The fields of a `Name(field: value, ..)` struct, with bookkeeping for unknown fields.
///
/// Every field name a decoder asks for (with [`get`](Self::get), [`req`](Self::req) or
/// [`opt`](Self::opt)) is recorded; [`finish`](Self::finish) then reports the fields that
/// nobody asked for, so the list of names a struct takes lives only in the code that reads
/// it. A decoder asks for all of its fields before it calls `finish`.
pub(crate) struct Fields<'v> {
    span: Span,
    items: Vec<(&'v Spanned<String>, &'v Spanned<Value>)>,
    what: String,
    /// The names asked for, in the order first asked.
    asked: RefCell<Vec<&'static str>>,
    finished: Cell<bool>,
    /// Where the struct's diagnostics go in the report: problems with its field names are
    /// listed before the problems inside its values, as the author reads them.
    report_at: usize,
}

impl<'v> Fields<'v> {
    pub fn get(&self, name: &'static str) -> Option<&'v Spanned<Value>> {
        let mut asked = self.asked.borrow_mut();
        if !asked.contains(&name) {
            debug_assert!(
                !self.finished.get(),
                "the field `{name}` of {} is read after `finish`",
                self.what
            );
            asked.push(name);
        }
        self.items
            .iter()
            .find(|(k, _)| k.value == name)
            .map(|(_, v)| *v)
    }

    /// A required field; reports it missing.
    pub fn req(&self, d: &mut Dec, name: &'static str) -> Option<&'v Spanned<Value>> {
        let v = self.get(name);
        if v.is_none() {
            self.missing(d, name);
        }
        v
    }

    /// Reports the required field `name` missing, for a field taken with [`get`](Self::get).
    pub fn missing(&self, d: &mut Dec, name: &'static str) {
        d.push(
            Diagnostic::error(
                codes::E0102,
                format!("{} is missing the field `{name}`", self.what),
            )
            .at(d.file, self.head(), format!("`{name}` is required here")),
        );
    }

    /// An optional field; `None` and a missing field are the same, `Some(x)` is unwrapped.
    pub fn opt(&self, name: &'static str) -> Option<&'v Spanned<Value>> {
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

    /// Reports fields that were not asked for, and fields written twice. Of two structs being
    /// decoded at once, the inner one is finished first, so that each can put its
    /// diagnostics where its struct began.
    pub fn finish(&self, d: &mut Dec) {
        self.finished.set(true);
        let allowed = self.asked.borrow();
        let mut at = self.report_at.min(d.report.diagnostics.len());
        let mut put = |d: &mut Dec, diagnostic: Diagnostic| {
            d.report.diagnostics.insert(at, diagnostic);
            at += 1;
        };
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for (k, _) in &self.items {
            if let Some(first) = seen.get(k.value.as_str()) {
                put(
                    d,
                    Diagnostic::error(
                        codes::E0104,
                        format!("the field `{}` is written twice", k.value),
                    )
                    .at(d.file, k.span, "written again here")
                    .note(d.file, *first, "first written here"),
                );
                continue;
            }
            seen.insert(&k.value, k.span);
            if !allowed.contains(&k.value.as_str()) {
                let hint = did_you_mean(&k.value, allowed.iter().copied())
                    .unwrap_or_else(|| format!("{} takes: {}", self.what, allowed.join(", ")));
                put(
                    d,
                    Diagnostic::error(
                        codes::E0103,
                        format!("{} has no field `{}`", self.what, k.value),
                    )
                    .at(d.file, k.span, "unknown field")
                    .hint(hint),
                );
            }
        }
    }
}

impl Dec<'_> {
    fn new_fields<'v>(
        &self,
        span: Span,
        items: Vec<(&'v Spanned<String>, &'v Spanned<Value>)>,
        what: &str,
    ) -> Fields<'v> {
        Fields {
            span,
            items,
            what: what.to_string(),
            asked: RefCell::new(Vec::new()),
            finished: Cell::new(false),
            report_at: self.report.diagnostics.len(),
        }
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
                            codes::E0107,
                            format!("expected {what}, found `{}(..)`", n.value),
                        )
                        .at(self.file, n.span, format!("expected `{}(`", names[0]))
                        .maybe_hint(did_you_mean(&n.value, names.iter().copied())),
                    );
                    return None;
                }
                Some(self.new_fields(v.span, fields.iter().map(|(k, v)| (k, v)).collect(), what))
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
                Some(self.new_fields(v.span, Vec::new(), what))
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
                Diagnostic::error(codes::E0106, format!("`{s}` is not a valid message id"))
                    .at(self.file, v.span, "not a message id")
                    .hint(id_hint(
                        "message ids start with a letter and use only a-z, A-Z, 0-9, `-` and `_`",
                        &s,
                    )),
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

    /// A map with string keys, each key checked as an id and for duplicates. Keys that are
    /// not valid ids are reported and left out.
    pub fn id_map<'v>(
        &mut self,
        v: &'v Spanned<Value>,
        what: &str,
    ) -> Vec<(Spanned<String>, &'v Spanned<Value>)> {
        self.id_map_keeping(v, what, false)
    }

    /// [`Self::id_map`] for declarations (nodes, variables, cast, evidence): a key that is not
    /// a valid id is reported and still declared, so that its uses are not reported as
    /// unknown as well. The scenario has an error, so it is never played.
    pub fn declared_map<'v>(
        &mut self,
        v: &'v Spanned<Value>,
        what: &str,
    ) -> Vec<(Spanned<String>, &'v Spanned<Value>)> {
        self.id_map_keeping(v, what, true)
    }

    fn id_map_keeping<'v>(
        &mut self,
        v: &'v Spanned<Value>,
        what: &str,
        keep_invalid: bool,
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
                    Diagnostic::error(codes::E0104, format!("duplicate {what} id `{key}`"))
                        .at(self.file, k.span, "defined again here")
                        .note(self.file, *first, "first defined here")
                        .hint(format!("every {what} needs its own id")),
                );
                continue;
            }
            if !is_id(key) {
                self.push(
                    Diagnostic::error(codes::E0106, format!("`{key}` is not a valid {what} id"))
                        .at(self.file, k.span, "invalid id")
                        .hint(id_hint(
                            "ids start with a letter and use only a-z, A-Z, 0-9, `-` and `_`",
                            key,
                        )),
                );
                if !keep_invalid {
                    continue;
                }
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
                    Diagnostic::error(codes::E0105, format!("unknown {what} `{n}`"))
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

/// The largest amount, either way: variable bounds, `Set` and `Add` values.
pub const MAX_AMOUNT: i64 = 1_000_000_000;
/// [`MAX_AMOUNT`] as stated in messages.
pub const AMOUNT_RANGE_TEXT: &str = "-1,000,000,000 to 1,000,000,000";

/// The longest id, in characters (ids are ASCII, so in bytes too).
pub const MAX_ID_LEN: usize = 128;

pub fn is_id(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c.is_ascii_alphabetic())
        && cs.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && s.len() <= MAX_ID_LEN
}

/// The hint for an invalid id: `rule` (what ids look like), and what is wrong with this one.
/// An id that is only too long gets the length limit alone.
pub fn id_hint(rule: &str, s: &str) -> String {
    let len = s.chars().count();
    let first_ok = s.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    let bad = s
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'));
    let too_long = (len > MAX_ID_LEN)
        .then(|| format!("ids have at most {MAX_ID_LEN} characters; this one has {len}"));
    let problem = match (s.chars().next(), bad) {
        (None, _) => Some("this one is empty".to_string()),
        (_, Some(c)) if crate::diagnostic::is_invisible(c) => Some(format!(
            "this one contains U+{:04X}, a character that cannot be seen",
            c as u32
        )),
        (_, Some(' ')) => Some("this one contains a space".to_string()),
        (_, Some(c)) => Some(format!("this one contains `{c}`")),
        (Some(c), None) if !first_ok => Some(format!("this one starts with `{c}`")),
        _ => None,
    };
    match (problem, too_long) {
        (None, Some(long)) => long,
        (Some(p), Some(long)) => format!("{rule}; {p}, and {long}"),
        (Some(p), None) => format!("{rule}; {p}"),
        (None, None) => rule.to_string(),
    }
}

/// `s` without the characters that cannot be seen: what an author reading it sees.
pub(super) fn visible(s: &str) -> String {
    s.chars()
        .filter(|c| !crate::diagnostic::is_invisible(*c))
        .collect()
}

pub fn is_fluent_id(s: &str) -> bool {
    is_id(s)
}

/// Tags the variant name of an enum value written as `Name(..)`, `Name` or `Name(a: ..)`.
pub(super) fn variant_name(v: &Spanned<Value>) -> Option<(&Spanned<String>, VariantBody<'_>)> {
    match &v.value {
        Value::Tuple {
            name: Some(n),
            items,
        } => Some((n, VariantBody::Tuple(items))),
        Value::Struct { name: Some(n), .. } => Some((n, VariantBody::Struct)),
        _ => None,
    }
}

pub(super) enum VariantBody<'v> {
    Tuple(&'v [Spanned<Value>]),
    Struct,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::codes;
    use crate::diagnostic::{Report, SourceFile};
    use std::path::Path;

    /// Decodes `text` as a struct that asks for `a` (required) and `b` (optional).
    fn decode(text: &str) -> Report {
        let file = SourceFile::new(Path::new("t.ron"), "t.ron".into(), text.into());
        let value = crate::ron_value::parse(text).unwrap();
        let mut report = Report::default();
        let d = &mut Dec {
            file: &file,
            report: &mut report,
        };
        let f = d.fields(&value, &["T"], "a `T(..)`").unwrap();
        f.req(d, "a");
        // A problem found after the struct was opened, to check the order.
        d.push(Diagnostic::error(codes::E0101, "found later"));
        let _ = f.opt("b");
        f.finish(d);
        report
    }

    #[test]
    fn the_names_asked_for_are_the_names_a_struct_takes() {
        let r = decode("T(a: 1, b: 2)");
        assert_eq!(r.diagnostics.len(), 1, "{}", r.render());

        let r = decode("T(a: 1, zzzz: 2, a: 3)");
        let codes: Vec<_> = r.diagnostics.iter().map(|d| d.code).collect();
        // The struct's own problems come first, in the order written.
        assert_eq!(codes, ["E0103", "E0104", "E0101"], "{}", r.render());
        assert_eq!(r.diagnostics[0].message, "a `T(..)` has no field `zzzz`");
        assert_eq!(
            r.diagnostics[0].hint.as_deref(),
            Some("a `T(..)` takes: a, b")
        );

        let r = decode("T(bb: 1)");
        let hints: Vec<_> = r
            .diagnostics
            .iter()
            .filter_map(|d| d.hint.as_deref())
            .collect();
        assert!(hints.contains(&"did you mean `b`?"), "{}", r.render());
        assert!(r.diagnostics.iter().any(|d| d.code == "E0102"));
    }
}
