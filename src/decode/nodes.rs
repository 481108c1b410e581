//! Nodes and their choices.

use super::Dec;
use super::logic::{cond, effect};
use super::names::Names;
use super::read::{Fields, variant_name};
use crate::diagnostic::codes;
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::model::*;
use crate::ron_value::{Span, Spanned, Value};

fn speaker(d: &mut Dec, f: &Fields, names: &Names) -> Option<CastIdx> {
    let v = f.opt("speaker")?;
    d.lookup(v, &names.cast, "cast member", codes::E0304)
}

/// A node's body, and its discussion point (`discuss`, on lines, decisions and hubs).
pub(super) fn node_body(
    d: &mut Dec,
    v: &Spanned<Value>,
    names: &mut Names,
) -> Option<(NodeBody, Option<MsgId>)> {
    const KINDS: [&str; 6] = ["Line", "Narration", "Decision", "Hub", "Branch", "Ending"];
    let Some((kind, _)) = variant_name(v) else {
        d.type_error(v, "a node: `Line(..)`, `Narration(..)`, `Decision(..)`, `Hub(..)`, `Branch(..)` or `Ending(..)`");
        return None;
    };
    if !KINDS.contains(&kind.value.as_str()) {
        d.push(
            Diagnostic::error(codes::E0105, format!("unknown node kind `{}`", kind.value))
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
    let body = match kind.value.as_str() {
        "Line" | "Narration" => {
            let narration = kind.value == "Narration";
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
            let text = f.opt("text").and_then(|t| d.msg_id(t));
            let budget =
                f.opt("budget").and_then(|b| {
                    let n = d.int(b)?;
                    if !(1..=1000).contains(&n) {
                        d.push(
                            Diagnostic::error(codes::E0308, "a hub budget must be 1 to 1000 turns")
                                .at(d.file, b.span, "out of range"),
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
            let mut cases = Vec::new();
            if let Some(cv) = f.req(d, "cases") {
                for item in d.list(cv) {
                    let Some(cf) = d.fields(item, &["Case"], "a case `Case(when: .., next: ..)`")
                    else {
                        continue;
                    };
                    let when = cf.req(d, "when").and_then(|c| cond(d, c, names, 0));
                    let next = cf.req(d, "next").map(|n| d.node_ref(n, names));
                    cf.finish(d);
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
            let outcome = f
                .req(d, "outcome")
                .and_then(|o| d.unit_variant(o, "outcome", &Outcome::ALL));
            let text = f.req(d, "text").and_then(|t| d.msg_id(t));
            NodeBody::Ending {
                outcome: outcome.unwrap_or(Outcome::Partial),
                text: text.unwrap_or_default(),
            }
        }
    };
    // Endings and branches show nothing to pause before (`finish` reports the field there).
    let discuss = if matches!(body, NodeBody::Ending { .. } | NodeBody::Branch { .. }) {
        None
    } else {
        f.opt("discuss").and_then(|t| d.msg_id(t))
    };
    f.finish(d);
    Some((body, discuss))
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
                        Diagnostic::error(
                            codes::E0310,
                            "two choices are pinned to the same position",
                        )
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
                    codes::E0310,
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
                    Diagnostic::error(
                        codes::E0308,
                        "a score change must be between -1000 and 1000",
                    )
                    .at(d.file, val.span, "out of range"),
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
                        Diagnostic::error(
                            codes::E0302,
                            format!("unknown competency `{}`", k.value),
                        )
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
                Diagnostic::error(codes::E0306, format!("unknown principle `{s}`"))
                    .at(d.file, p.span, "not in the rubric's principles")
                    .hint(hint),
            );
            None
        }
    });
    match (feedback_v, principle_v) {
        (Some(fb), None) => d.push(
            Diagnostic::error(codes::E0309, "feedback must name the principle it rests on")
                .at(d.file, fb.span, "feedback without `principle`")
                .hint("add `principle: \"..\"` with an id from scenarios/rubric.ron"),
        ),
        (None, Some(p)) => d.push(
            Diagnostic::error(
                codes::E0309,
                "a principle is named but there is no feedback text",
            )
            .at(d.file, p.span, "principle without `feedback`"),
        ),
        _ => {}
    }
    let critical = f.opt("critical").and_then(|c| d.bool(c)).unwrap_or(false);
    if critical && feedback_v.is_none() {
        d.push(
            Diagnostic::error(
                codes::E0309,
                "a critical choice must explain itself in feedback",
            )
            .at(
                d.file,
                f.get("critical").map_or(v.span, |c| c.span),
                "critical without feedback",
            ),
        );
    }
    let pin = f.opt("pin").and_then(|p| {
        let n = d.int(p)?;
        match n {
            1..=99 => Some(Pin::First(n as u32)),
            -99..=-1 => Some(Pin::Last((-n) as u32)),
            _ => {
                d.push(
                    Diagnostic::error(codes::E0310, "a pin is a position: 1 is first, -1 is last")
                        .at(d.file, p.span, "not a position"),
                );
                None
            }
        }
    });
    let question = f
        .opt("question")
        .and_then(|q| d.unit_variant(q, "question type", &QuestionType::ALL));
    let next = match f.opt("next") {
        Some(n) => Some(d.node_ref(n, names)),
        None if hub => None,
        None => {
            f.req(d, "next");
            Some(NodeIdx::INVALID)
        }
    };
    f.finish(d);
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
        question,
        next,
    })
}
