//! Conditions (`when`, `Branch` cases) and effects (`effects`, profile `set`).

use super::Dec;
use super::names::Names;
use super::read::{VariantBody, is_id, variant_name};
use crate::diagnostic::codes;
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::model::*;
use crate::ron_value::{Span, Spanned, Value};

/// Whether `Kind(..)` at `v` has `n` values; E0101 with the form to write if not.
fn has_arity(
    d: &mut Dec,
    v: &Spanned<Value>,
    kind: &str,
    items: &[Spanned<Value>],
    n: usize,
    form: &str,
) -> bool {
    if items.len() == n {
        return true;
    }
    d.push(
        Diagnostic::error(codes::E0101, format!("`{kind}` takes {n} value(s)")).at(
            d.file,
            v.span,
            format!("write `{form}`"),
        ),
    );
    false
}

pub(super) fn cond(
    d: &mut Dec,
    v: &Spanned<Value>,
    names: &mut Names,
    depth: usize,
) -> Option<Cond> {
    const KINDS: [&str; 11] = [
        "Var",
        "Flag",
        "Visited",
        "Has",
        "Referred",
        "Asked",
        "Recommended",
        "Suggested",
        "Not",
        "All",
        "Any",
    ];
    let Some((kind, VariantBody::Tuple(items))) = variant_name(v) else {
        d.type_error(
            v,
            "a condition such as `Var(\"trust\", \">=\", 3)` or `Flag(\"x\")`",
        );
        return None;
    };
    let arity = |d: &mut Dec, n: usize, form: &str| has_arity(d, v, &kind.value, items, n, form);
    if depth > 16 {
        d.push(
            Diagnostic::error(codes::E0004, "conditions nest too deeply").at(
                d.file,
                v.span,
                "more than 16 levels",
            ),
        );
        return None;
    }
    match kind.value.as_str() {
        "Var" => {
            if !arity(d, 3, "Var(\"name\", \">=\", 3)") {
                return None;
            }
            let var = d.var_ref(&items[0], names, Some(false));
            let op = comparison(d, &items[1]);
            let n = d.int(&items[2])?;
            let (var, op) = (var?, op?);
            let (min, max) = names.vars[var.idx()].bounds();
            if let Some(always) = decided_by_bounds(op, n, min, max) {
                d.push(
                    Diagnostic::warning(
                        codes::W0503,
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
            Some(Cond::Cmp(var, op, n))
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
            d.lookup(&items[0], &names.evidence, "evidence item", codes::E0305)
                .map(Cond::Has)
        }
        "Referred" => {
            if !arity(d, 1, "Referred(\"agency\")") {
                return None;
            }
            let s = d.string(&items[0])?;
            agency_ok(d, &s, items[0].span).then_some(Cond::Referred(s))
        }
        "Asked" => {
            if !arity(d, 3, "Asked(Invitation, \">=\", 2)") {
                return None;
            }
            let t = d.unit_variant(&items[0], "question type", &QuestionType::ALL);
            let op = comparison(d, &items[1]);
            let n = d.int(&items[2])?;
            let (t, op) = (t?, op?);
            if let Some(always) = decided_by_bounds(op, n, 0, MAX_QUESTION_COUNT) {
                d.push(
                    Diagnostic::warning(
                        codes::W0503,
                        format!(
                            "this condition is always {}: a count of questions is 0 to {MAX_QUESTION_COUNT}",
                            if always { "true" } else { "false" },
                        ),
                    )
                    .at(d.file, v.span, "the count's range decides this")
                    .hint("compare with a number of questions a trainee can ask"),
                );
            }
            Some(Cond::Cmp(names.question_var(t), op, n))
        }
        "Recommended" => {
            if !arity(d, 2, "Recommended(\">=\", 60)") {
                return None;
            }
            let op = comparison(d, &items[0]);
            let n = d.int(&items[1])?;
            let op = op?;
            if let Some(always) = decided_by_bounds(op, n, 0, 100) {
                d.push(
                    Diagnostic::warning(
                        codes::W0503,
                        format!(
                            "this condition is always {}: the share of recommended questions is 0 to 100 (percent)",
                            if always { "true" } else { "false" },
                        ),
                    )
                    .at(d.file, v.span, "the share's range decides this")
                    .hint("the share is a percentage: write a number between 1 and 100"),
                );
            }
            let vars = [
                QuestionType::Invitation,
                QuestionType::Directive,
                QuestionType::OptionPosing,
                QuestionType::Suggestive,
            ]
            .map(|t| names.question_var(t));
            Some(Cond::Recommended(op, n, vars))
        }
        "Suggested" => {
            if !arity(d, 1, "Suggested(\"detail\")") {
                return None;
            }
            detail_ref(d, &items[0], names).map(Cond::Flag)
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
                Diagnostic::error(codes::E0105, format!("unknown condition `{other}`"))
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

/// A comparison written as a string: `">="`.
fn comparison(d: &mut Dec, v: &Spanned<Value>) -> Option<CmpOp> {
    let op_s = d.string(v)?;
    let found = CmpOp::ALL.iter().find(|(s, _)| *s == op_s).map(|(_, o)| *o);
    if found.is_none() {
        d.push(
            Diagnostic::error(codes::E0105, format!("unknown comparison `{op_s}`"))
                .at(d.file, v.span, "not a comparison")
                .hint("one of: ==, !=, <, <=, >, >="),
        );
    }
    found
}

/// The internal flag of the suggested detail `v` names (E0315 when there is none).
fn detail_ref(d: &mut Dec, v: &Spanned<Value>, names: &Names) -> Option<VarIdx> {
    d.lookup(v, &names.details, "detail", codes::E0315)
        .map(|i| names.detail_vars[i])
}

/// Whether `x op n` has the same value for every `x` in `min..=max` (and which), by interval
/// reasoning: the set where a comparison holds is a half-line, a point or all but a point, so
/// it holds everywhere (or nowhere) in the interval exactly when it does at the ends and at
/// `n` and its neighbours that fall inside. O(1) however wide the bounds are.
fn decided_by_bounds(op: CmpOp, n: i64, min: i64, max: i64) -> Option<bool> {
    if min > max {
        return None;
    }
    let probes = [
        Some(min),
        Some(max),
        Some(n),
        n.checked_sub(1),
        n.checked_add(1),
    ];
    let mut inside = probes
        .into_iter()
        .flatten()
        .filter(|x| (min..=max).contains(x));
    let first = op.eval(inside.next()?, n);
    inside.all(|x| op.eval(x, n) == first).then_some(first)
}

fn agency_ok(d: &mut Dec, s: &str, span: Span) -> bool {
    if is_id(s) {
        return true;
    }
    d.push(
        Diagnostic::error(codes::E0106, format!("`{s}` is not a valid agency id"))
            .at(d.file, span, "invalid id")
            .hint(super::read::id_hint("agency ids look like `shelter` or `labour-inspectorate`; each has a UI message `agency-<id>`", s)),
    );
    false
}

pub(super) fn effect(d: &mut Dec, v: &Spanned<Value>, names: &Names) -> Option<Effect> {
    const KINDS: [&str; 10] = [
        "Set", "Add", "Collect", "Refer", "Contact", "Note", "Suggest", "Enter", "Leave", "Move",
    ];
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
    let arity = |d: &mut Dec, n: usize, form: &str| has_arity(d, v, &kind.value, items, n, form);
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
                        codes::E0308,
                        format!(
                            "{} is outside the bounds of `{}` (min: {min}, max: {max})",
                            d.file
                                .text
                                .get(items[1].span.range())
                                .unwrap_or("the value"),
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
            if n.abs() > super::read::MAX_AMOUNT {
                let written = d.file.text.get(items[1].span.range()).unwrap_or("");
                d.push(
                    Diagnostic::error(
                        codes::E0308,
                        format!(
                            "the amount {written} is too large: amounts are between {}",
                            super::read::AMOUNT_RANGE_TEXT.replace(" to ", " and ")
                        ),
                    )
                    .at(d.file, items[1].span, "out of range")
                    .hint("to move a variable to its bound, add its full range, or use `Set`"),
                );
                return None;
            }
            Some(Effect::Add(var, n))
        }
        "Collect" => {
            let f = d.fields(v, &["Collect"], "`Collect(evidence: \"id\", lawful: true)`")?;
            let ev = f
                .req(d, "evidence")
                .and_then(|e| d.lookup(e, &names.evidence, "evidence item", codes::E0305));
            let lawful = f.req(d, "lawful").and_then(|l| d.bool(l));
            f.finish(d);
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
        "Suggest" => {
            if !arity(d, 1, "Suggest(\"detail\")") {
                return None;
            }
            detail_ref(d, &items[0], names).map(|v| Effect::Set(v, 1))
        }
        "Enter" | "Leave" => {
            if !arity(d, 1, &format!("{}(\"cast-id\")", kind.value)) {
                return None;
            }
            let c = d.lookup(&items[0], &names.cast, "cast member", codes::E0304)?;
            let var = *names.presence.get(c.idx())?;
            Some(Effect::Set(var, i64::from(kind.value == "Enter")))
        }
        "Move" => {
            if !arity(d, 1, "Move(Place)") {
                return None;
            }
            let place = d.unit_variant(&items[0], "place", &Place::ALL)?;
            let Some(var) = names.place_var else {
                d.push(
                    Diagnostic::error(
                        codes::E0316,
                        "`Move` changes the scene, but the scenario has none",
                    )
                    .at(d.file, v.span, "no `scene` to move")
                    .hint("add `scene: Scene(place: ..)` to the scenario"),
                );
                return None;
            };
            Some(Effect::Set(var, place.index() as i64))
        }
        other => {
            d.push(
                Diagnostic::error(codes::E0105, format!("unknown effect `{other}`"))
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

#[cfg(test)]
mod tests {
    use super::decided_by_bounds;
    use crate::model::CmpOp;

    /// The interval reasoning agrees with scanning every value, on every small interval.
    #[test]
    fn bounds_decide_as_a_scan_would() {
        for (_, op) in CmpOp::ALL {
            for min in -4i64..=4 {
                for max in min..=4 {
                    for n in -6i64..=6 {
                        let any = (min..=max).any(|x| op.eval(x, n));
                        let all = (min..=max).all(|x| op.eval(x, n));
                        let scan = (!any || all).then_some(all);
                        assert_eq!(
                            decided_by_bounds(op, n, min, max),
                            scan,
                            "{op:?} {n} {min}..{max}"
                        );
                    }
                }
            }
        }
        // At the ends of i64 nothing overflows.
        assert_eq!(
            decided_by_bounds(CmpOp::Gt, i64::MAX, i64::MIN, i64::MAX),
            Some(false)
        );
        assert_eq!(
            decided_by_bounds(CmpOp::Ge, i64::MIN, i64::MIN, i64::MAX),
            Some(true)
        );
        assert_eq!(
            decided_by_bounds(CmpOp::Gt, 0, -1_000_000_000, 1_000_000_000),
            None
        );
    }
}
