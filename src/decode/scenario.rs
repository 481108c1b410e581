//! The scenario file: its header and its declarations (cast, variables, evidence, picks).

use super::Dec;
use super::logic::effect;
use super::names::Names;
use super::nodes::node_body;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::codes;
use crate::model::*;
use crate::ron_value::{Spanned, Value};
use std::collections::HashMap;

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
    let format = f.req(d, "format").and_then(|v| {
        let n = d.int(v)?;
        if n != FORMAT_VERSION {
            d.push(
                Diagnostic::error(codes::E0200, format!("format version {n} is not supported"))
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
                codes::E0201,
                format!("the file declares the id `{id}`, but its name gives `{file_id}`"),
            )
            .at(d.file, v.span, "does not match the file name")
            .hint(format!(
                "a scenario's id is its file name without `.ron`: rename the file to `{id}.ron` or remove the `id` field"
            )),
        );
    }
    let kind = f
        .req(d, "kind")
        .and_then(|v| d.unit_variant(v, "scenario kind", &ScenarioKind::ALL));
    let title = f.req(d, "title").and_then(|v| d.msg_id(v));
    let summary = f.req(d, "summary").and_then(|v| d.msg_id(v));
    // Taken before `content_note`, as the fields are listed in help, and read after it.
    let objectives_v = f.get("objectives");
    let content_note = f.req(d, "content_note").and_then(|v| d.msg_id(v));
    if objectives_v.is_none() {
        f.missing(d, "objectives");
    }
    let objectives = objectives_v
        .map(|v| {
            let items = d.list(v);
            items.iter().filter_map(|i| d.msg_id(i)).collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let minutes = f.opt("minutes").and_then(|v| {
        let n = d.int(v)?;
        if !(1..=600).contains(&n) {
            d.push(
                Diagnostic::error(
                    codes::E0308,
                    "the estimated length must be 1 to 600 minutes",
                )
                .at(d.file, v.span, "out of range"),
            );
            return None;
        }
        Some(n as u32)
    });
    let follows = f.opt("follows").and_then(|v| {
        let s = d.string(v)?;
        if super::read::is_id(&s) {
            Some((s, v.span))
        } else {
            d.push(
                Diagnostic::error(codes::E0106, format!("`{s}` is not a valid scenario id"))
                    .at(d.file, v.span, "invalid id")
                    .hint("`follows` names another scenario by its file name without `.ron`"),
            );
            None
        }
    });
    // The remaining fields are taken now and decoded below, after the node table: a file
    // with too many nodes stops before that, and its fields still count as known.
    let cast_v = f.opt("cast");
    let variables_v = f.opt("variables");
    let evidence_v = f.opt("evidence");
    let details_v = f.opt("details");
    let picks_v = f.opt("picks");
    let scene_v = f.opt("scene");
    let start_v = f.get("start");

    // Name tables first.
    let mut names = Names {
        nodes: HashMap::new(),
        vars: Vec::new(),
        cast: HashMap::new(),
        evidence: HashMap::new(),
        rubric_comps: rubric.competencies.iter().map(|c| c.id.clone()).collect(),
        principles: rubric.principles.iter().map(|p| p.id.clone()).collect(),
        used_comps: vec![false; rubric.competencies.len()],
        details: HashMap::new(),
        detail_vars: Vec::new(),
        question_vars: [None; 5],
        presence: Vec::new(),
        place_var: None,
    };
    let node_entries = f
        .req(d, "nodes")
        .map(|v| d.declared_map(v, "node"))
        .unwrap_or_default();
    f.finish(d);
    if node_entries.len() > crate::limits::MAX_NODES {
        d.push(
            Diagnostic::error(
                codes::E0005,
                format!(
                    "the scenario has {} nodes; at most {} are allowed",
                    node_entries.len(),
                    crate::limits::MAX_NODES
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

    let mut cast = cast_v
        .map(|v| {
            let entries = d.declared_map(v, "cast member");
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

    if let Some(v) = variables_v {
        for (k, val) in d.declared_map(v, "variable") {
            if let Some(var) = variable(d, k, val) {
                names.vars.push(var);
            }
        }
    }
    // The scene's state, after the author's variables: who is present, and the place.
    for c in &mut cast {
        c.presence = names.presence_var(&c.id, c.span, c.present);
        names.presence.push(c.presence);
    }
    let scene = scene_v.and_then(|v| scene(d, v, &mut names));
    let evidence = evidence_v
        .map(|v| {
            let mut out = Vec::new();
            for (k, val) in d.declared_map(v, "evidence") {
                let Some(ef) = d.fields(val, &["Evidence"], "an evidence item `Evidence(..)`")
                else {
                    continue;
                };
                let label = ef.req(d, "label").and_then(|l| d.msg_id(l));
                ef.finish(d);
                let Some(label) = label else {
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

    let mut details = Vec::new();
    if let Some(v) = details_v {
        for (k, val) in d.declared_map(v, "detail") {
            let Some(df) = d.fields(
                val,
                &["Detail"],
                "a detail `Detail(label: \"..\", weak: \"..\")`",
            ) else {
                continue;
            };
            let label = df.req(d, "label").and_then(|l| d.msg_id(l));
            let weak = df.req(d, "weak").and_then(|l| d.msg_id(l));
            df.finish(d);
            let (Some(label), Some(weak)) = (label, weak) else {
                continue;
            };
            let var = names.detail_var(&k.value, k.span);
            names.details.insert(k.value.clone(), details.len());
            names.detail_vars.push(var);
            details.push(Detail {
                id: k.value,
                span: k.span,
                label,
                weak,
                var,
            });
        }
    }

    let picks = picks_v
        .map(|v| {
            let items = d.list(v);
            let mut out: Vec<Pick> = Vec::new();
            for item in items {
                if let Some(p) = pick(d, item, &names) {
                    if let Some(first) = out.iter().find(|q| q.id == p.id) {
                        d.push(
                            Diagnostic::error(
                                codes::E0104,
                                format!("duplicate pick id `{}`", p.id),
                            )
                            .at(d.file, p.span, "defined again here")
                            .note(
                                d.file,
                                first.span,
                                "first defined here",
                            ),
                        );
                        continue;
                    }
                    out.push(p);
                }
            }
            out
        })
        .unwrap_or_default();

    let start = match start_v {
        Some(v) => d.node_ref(v, &names),
        None => {
            f.missing(d, "start");
            NodeIdx::INVALID
        }
    };

    let mut nodes = Vec::with_capacity(node_entries.len());
    let errors_before_nodes = d.report.errors();
    for (k, val) in &node_entries {
        let (body, discuss) = node_body(d, val, &mut names).unwrap_or((
            NodeBody::Ending {
                outcome: Outcome::Partial,
                text: String::new(),
            },
            None,
        ));
        nodes.push(Node {
            id: k.value.clone(),
            span: k.span,
            body,
            discuss,
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
            // A typed question counts in its counter, when a condition reads the counter.
            if let Some(v) = c.question.and_then(|t| names.question_vars[t.index()]) {
                c.effects.push(Effect::Add(v, 1));
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
        follows,
        cast,
        scene,
        variables: names.vars,
        evidence,
        details,
        question_vars: names.question_vars,
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
    let name = f.req(d, "name").and_then(|v| d.msg_id(v));
    let role = f
        .req(d, "role")
        .and_then(|v| d.unit_variant(v, "role", &Role::ALL));
    let portrait = f.opt("portrait").and_then(|v| {
        let p = d.string(v)?;
        if let Err(why) = crate::limits::check_relative_path(&p) {
            d.push(
                Diagnostic::error(codes::E0006, format!("unsafe asset path `{p}`"))
                    .at(d.file, v.span, why)
                    .hint("asset paths are relative to the `assets/` folder and may not leave it"),
            );
            return None;
        }
        Some(p)
    });
    let gender = f
        .opt("gender")
        .and_then(|v| d.unit_variant(v, "gender", &Gender::ALL));
    let age = f
        .opt("age")
        .and_then(|v| d.unit_variant(v, "age group", &AgeGroup::ALL));
    let look = f.opt("look").and_then(|v| look(d, v, &k.value));
    let present = f.opt("present").and_then(|v| d.bool(v)).unwrap_or(true);
    f.finish(d);
    Some(Character {
        id: k.value,
        span: k.span,
        name: name?,
        role: role?,
        portrait,
        gender,
        age,
        look,
        present,
        presence: VarIdx::INVALID,
    })
}

/// `Look(figure: WomanHeadscarf, skin: 3, clothing: Teal)`; `skin` and `clothing` optional.
fn look(d: &mut Dec, v: &Spanned<Value>, cast_id: &str) -> Option<Look> {
    let f = d.fields(
        v,
        &["Look"],
        "a look `Look(figure: .., skin: 1-6, clothing: ..)`",
    )?;
    let figure = f
        .req(d, "figure")
        .and_then(|v| d.unit_variant(v, "figure", &Figure::ALL));
    let skin = match f.opt("skin") {
        None => Some(3),
        Some(sv) => d.int(sv).and_then(|n| {
            if (1..=6).contains(&n) {
                Some(n as u8)
            } else {
                d.push(
                    Diagnostic::error(codes::E0308, format!("skin tone {n} is not 1 to 6"))
                        .at(d.file, sv.span, "out of range")
                        .hint("1 is the lightest tone, 6 the darkest"),
                );
                None
            }
        }),
    };
    let clothing = match f.opt("clothing") {
        None => {
            // A steady colour per cast member, so that two people rarely dress alike.
            let i = fingerprint(cast_id) as usize % Clothing::ALL.len();
            Some(Clothing::ALL[i].1)
        }
        Some(cv) => d.unit_variant(cv, "clothing colour", &Clothing::ALL),
    };
    f.finish(d);
    Some(Look {
        figure: figure?,
        skin: skin?,
        clothing: clothing?,
    })
}

/// `scene: Scene(place: InterviewRoom, trust: "trust", distress: "distress")`.
fn scene(d: &mut Dec, v: &Spanned<Value>, names: &mut Names) -> Option<SceneSpec> {
    let f = d.fields(
        v,
        &["Scene"],
        "a scene `Scene(place: .., trust: \"var\", distress: \"var\")`",
    )?;
    let place = f
        .req(d, "place")
        .and_then(|v| d.unit_variant(v, "place", &Place::ALL));
    let cue_var = |d: &mut Dec, field: &'static str| {
        let fv = f.opt(field)?;
        let var = d.var_ref(fv, names, Some(false))?;
        if names.vars[var.idx()].cue.is_none() {
            d.push(
                Diagnostic::error(
                    codes::E0316,
                    format!(
                        "the scene's `{field}` is `{}`, a variable without a cue",
                        names.vars[var.idx()].id
                    ),
                )
                .at(d.file, fv.span, "no cue bands to draw")
                .note(d.file, names.vars[var.idx()].span, "declared here")
                .hint("the scene draws the cue's bands as posture and expression: give the variable a `cue`"),
            );
            return None;
        }
        Some(var)
    };
    let trust = cue_var(d, "trust");
    let distress = cue_var(d, "distress");
    f.finish(d);
    let place = place?;
    let var = names.place_var(place);
    Some(SceneSpec {
        span: v.span,
        place: var,
        trust,
        distress,
    })
}

fn variable(d: &mut Dec, k: Spanned<String>, v: &Spanned<Value>) -> Option<Variable> {
    let f = d.fields(v, &["Int", "Flag"], "a variable `Int(..)` or `Flag(..)`")?;
    let kind = match &v.value {
        Value::Struct { name: Some(n), .. } | Value::Tuple { name: Some(n), .. } => n.value.clone(),
        _ => {
            d.push(
                Diagnostic::error(
                    codes::E0101,
                    "a variable must say whether it is `Int` or `Flag`",
                )
                .at(
                    d.file,
                    v.span,
                    "write `Int(min: .., max: .., start: ..)` or `Flag(start: ..)`",
                ),
            );
            return None;
        }
    };
    let (ty, cue) = if kind == "Flag" {
        let start = f.opt("start").and_then(|v| d.bool(v)).unwrap_or(false);
        f.finish(d);
        (VarType::Flag { start }, None)
    } else {
        let min_v = f.req(d, "min");
        let max_v = f.req(d, "max");
        let min = min_v.and_then(|v| d.int(v));
        let max = max_v.and_then(|v| d.int(v));
        let start_v = f.req(d, "start");
        let start = start_v.and_then(|v| d.int(v));
        let cue_v = f.opt("cue");
        f.finish(d);
        let (min, max, start) = (min?, max?, start?);
        // Numbers as the author wrote them (`1_000`), for the messages.
        let written = |x: Option<&Spanned<Value>>, n: i64| {
            x.and_then(|x| d.file.text.get(x.span.range()))
                .map_or_else(|| n.to_string(), str::to_string)
        };
        let (min_w, max_w, start_w) = (
            written(min_v, min),
            written(max_v, max),
            written(start_v, start),
        );
        let bounds_w = format!("(min: {min_w}, max: {max_w})");
        let bound = super::read::MAX_AMOUNT;
        // After a bounds error the variable is still declared (with repaired bounds), so
        // that its uses are not reported as unknown as well.
        let (mut min, mut max) = (min, max);
        let bounds_ok = min <= max && min >= -bound && max <= bound;
        if !bounds_ok {
            let problem = if min > max {
                "`min` is above `max`".to_string()
            } else {
                format!("bounds must lie within {}", super::read::AMOUNT_RANGE_TEXT)
            };
            d.push(
                Diagnostic::error(
                    codes::E0308,
                    format!("invalid bounds {bounds_w} for `{}`: {problem}", k.value),
                )
                .at(
                    d.file,
                    v.span,
                    format!(
                        "min must not exceed max, both within {}",
                        super::read::AMOUNT_RANGE_TEXT
                    ),
                ),
            );
            (min, max) = (
                min.min(max).clamp(-bound, bound),
                max.max(min).clamp(-bound, bound),
            );
        }
        let mut start = start;
        // Against the bounds as written; repaired bounds were reported already.
        if bounds_ok && !(min..=max).contains(&start) {
            d.push(
                Diagnostic::error(
                    codes::E0308,
                    format!(
                        "`{}` starts at {start_w}, outside its bounds {bounds_w}",
                        k.value
                    ),
                )
                .at(d.file, start_v.map_or(v.span, |s| s.span), "out of bounds")
                .hint(format!(
                    "`start` must lie between {min_w} and {max_w}, both included"
                )),
            );
        }
        start = start.clamp(min, max);
        let cue = cue_v.and_then(|c| cue(d, c));
        if let (Some(c), Some(cv)) = (&cue, cue_v)
            && c.bands.first().is_some_and(|(from, _)| *from > min)
        {
            d.push(
                Diagnostic::error(
                    codes::E0313,
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
        internal: false,
    })
}

fn cue(d: &mut Dec, v: &Spanned<Value>) -> Option<Cue> {
    let f = d.fields(v, &["Cue"], "a cue `Cue(label: .., bands: [..])`")?;
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
                            Diagnostic::error(codes::E0313, "cue bands must be in ascending order")
                                .at(d.file, items[0].span, "not above the previous band"),
                        );
                    }
                    bands.push((from, msg));
                }
                _ => d.type_error(item, "a band `(from, \"message-id\")`"),
            }
        }
        if bands.is_empty() {
            d.push(
                Diagnostic::error(codes::E0313, "a cue needs at least one band")
                    .at(d.file, b.span, "no bands"),
            );
        }
    }
    f.finish(d);
    Some(Cue {
        label: label?,
        bands,
    })
}

fn pick(d: &mut Dec, v: &Spanned<Value>, names: &Names) -> Option<Pick> {
    let f = d.fields(v, &["Pick"], "a profile pick `Pick(..)`")?;
    let id_v = f.req(d, "id");
    let options_v = f.get("options");
    f.finish(d);
    let id_v = id_v?;
    let id = d.string(id_v)?;
    let mut options = Vec::new();
    if options_v.is_none() {
        f.missing(d, "options");
    }
    if let Some(ov) = options_v {
        for o in d.list(ov) {
            let Some(of) = d.fields(o, &["Profile"], "a profile option `Profile(..)`") else {
                continue;
            };
            let weight = of.opt("weight").and_then(|w| d.int(w)).unwrap_or(1);
            if !(1..=1000).contains(&weight) {
                d.push(
                    Diagnostic::error(codes::E0314, "a profile weight must be 1 to 1000").at(
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
            let mut looks = Vec::new();
            if let Some(lv) = of.opt("look") {
                for (k, val) in d.id_map(lv, "cast member") {
                    let cast = names.cast.get(&k.value).copied();
                    let l = look(d, val, &k.value);
                    match (cast, l) {
                        (Some(c), Some(l)) => looks.push((c, l)),
                        (None, _) => {
                            let hint = crate::diagnostic::did_you_mean(
                                &k.value,
                                names.cast.keys().map(String::as_str),
                            )
                            .unwrap_or_else(|| "`look` maps cast ids to a `Look(..)`".into());
                            d.push(
                                Diagnostic::error(
                                    codes::E0304,
                                    format!("unknown cast member `{}`", k.value),
                                )
                                .at(d.file, k.span, "no cast member with this id")
                                .hint(hint),
                            );
                        }
                        _ => {}
                    }
                }
            }
            of.finish(d);
            options.push(ProfileOption {
                span: o.span,
                weight: weight.clamp(1, 1000) as u32,
                args,
                set,
                looks,
            });
        }
        if options.is_empty() {
            d.push(
                Diagnostic::error(codes::E0314, format!("the pick `{id}` has no options"))
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
