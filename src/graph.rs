//! `sanad graph`: the scenario as a graph (Graphviz dot or Mermaid), nodes labelled with
//! their text in a chosen language, endings and critical choices marked.

use crate::i18n::{Localizer, strip_bidi};
use crate::model::*;

/// The graph languages `graph` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

const MAX_LABEL: usize = 60;

fn short(s: &str) -> String {
    let s = strip_bidi(s).replace(['\n', '\r'], " ");
    if s.chars().count() <= MAX_LABEL {
        s
    } else {
        let cut: String = s.chars().take(MAX_LABEL - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn mermaid_escape(s: &str) -> String {
    // Mermaid labels are quoted; quotes and a few characters are written as entities.
    s.replace('"', "#quot;")
        .replace('<', "#lt;")
        .replace('>', "#gt;")
}

/// A Mermaid node key for a node id. Mermaid keys are letters, digits and `_`, so the id is
/// spelled out one to one: `_` becomes `__` and `-` becomes `_h` (other characters `_u<hex>_`),
/// which keeps `a-b` and `a_b` apart.
fn mermaid_key(id: &str) -> String {
    let mut k = String::with_capacity(id.len() + 2);
    k.push_str("n_");
    for c in id.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => k.push(c),
            '_' => k.push_str("__"),
            '-' => k.push_str("_h"),
            _ => k.push_str(&format!("_u{:x}_", c as u32)),
        }
    }
    k
}

/// A readable condition, for branch edges. A group (`and`, `or`) inside another condition is
/// put in brackets, so that `(a and b) or c` does not read as `a and (b or c)`.
pub fn cond_text(scn: &Scenario, c: &Cond) -> String {
    let part = |c: &Cond| match c {
        Cond::All(cs) | Cond::Any(cs) if cs.len() > 1 => format!("({})", cond_text(scn, c)),
        _ => cond_text(scn, c),
    };
    match c {
        Cond::Cmp(v, op, n) => format!("{} {} {n}", scn.variables[v.idx()].id, op.symbol()),
        Cond::Flag(v) => scn.variables[v.idx()].id.clone(),
        Cond::Visited(n) => format!("visited {}", scn.node(*n).id),
        Cond::Has(e) => format!("has {}", scn.evidence[e.idx()].id),
        Cond::Referred(a) => format!("referred {a}"),
        Cond::Recommended(op, n, _) => format!("recommended share {} {n}%", op.symbol()),
        Cond::Not(c) => format!("not ({})", cond_text(scn, c)),
        Cond::All(cs) => cs.iter().map(part).collect::<Vec<_>>().join(" and "),
        Cond::Any(cs) => cs.iter().map(part).collect::<Vec<_>>().join(" or "),
    }
}

struct GNode {
    id: String,
    label: String,
    ending: Option<Outcome>,
    start: bool,
}

struct GEdge {
    from: String,
    to: String,
    label: String,
    critical: bool,
}

fn collect(
    scn: &Scenario,
    loc: &Localizer,
    args: &[(String, ArgValue)],
) -> (Vec<GNode>, Vec<GEdge>) {
    let t = |id: &str| short(&loc.text(id, args));
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    for (i, n) in scn.nodes.iter().enumerate() {
        let own = NodeIdx(i as u32);
        let (text, ending) = match &n.body {
            NodeBody::Line { speaker, text, .. } => {
                let who = speaker
                    .filter(|s| s.is_valid())
                    .map(|s| format!("{}: ", short(&loc.text(&scn.cast[s.idx()].name, args))))
                    .unwrap_or_default();
                (format!("{who}{}", t(&text[0])), None)
            }
            NodeBody::Decision { text, .. } | NodeBody::Hub { text, .. } => {
                (text.as_deref().map(t).unwrap_or_default(), None)
            }
            NodeBody::Branch { .. } => (String::new(), None),
            NodeBody::Ending { outcome, text } => (
                format!("{}: {}", short(&loc.text(&outcome.msg(), &[])), t(text)),
                Some(*outcome),
            ),
        };
        let label = if text.is_empty() {
            n.id.clone()
        } else {
            format!("{}\n{}", n.id, text)
        };
        nodes.push(GNode {
            id: n.id.clone(),
            label,
            ending,
            start: own == scn.start,
        });
        let id_of = |x: NodeIdx| scn.node(x).id.clone();
        match &n.body {
            NodeBody::Line { next, .. } => edges.push(GEdge {
                from: n.id.clone(),
                to: id_of(*next),
                label: String::new(),
                critical: false,
            }),
            NodeBody::Decision { choices, .. }
            | NodeBody::Hub {
                actions: choices, ..
            } => {
                for (k, c) in choices.iter().enumerate() {
                    let to = c.next.unwrap_or(own);
                    let mut label = format!("{}. {}", k + 1, t(&c.text));
                    if let Some(w) = &c.when {
                        label = format!("[{}] {label}", cond_text(scn, w));
                    }
                    if c.critical {
                        label = format!("CRITICAL {label}");
                    }
                    edges.push(GEdge {
                        from: n.id.clone(),
                        to: id_of(to),
                        label,
                        critical: c.critical,
                    });
                }
                if let NodeBody::Hub { exit, leave, .. } = &n.body {
                    edges.push(GEdge {
                        from: n.id.clone(),
                        to: id_of(*exit),
                        label: leave.as_deref().map_or("(turns used up)".to_string(), |l| {
                            format!("{}. {} / (turns used up)", choices.len() + 1, t(l))
                        }),
                        critical: false,
                    });
                }
            }
            NodeBody::Branch { cases, default } => {
                for (c, to, _) in cases {
                    edges.push(GEdge {
                        from: n.id.clone(),
                        to: id_of(*to),
                        label: format!("if {}", cond_text(scn, c)),
                        critical: false,
                    });
                }
                edges.push(GEdge {
                    from: n.id.clone(),
                    to: id_of(*default),
                    label: "otherwise".into(),
                    critical: false,
                });
            }
            NodeBody::Ending { .. } => {}
        }
    }
    (nodes, edges)
}

fn outcome_colour(o: Outcome) -> &'static str {
    match o {
        Outcome::Protected => "#2e7d4f",
        Outcome::Partial => "#1f6b78",
        Outcome::Compromised => "#b26a00",
        Outcome::Harmful => "#a4262c",
    }
}

/// The graph in the chosen format. `args` fill the messages' arguments (a sample profile).
pub fn render(
    scn: &Scenario,
    loc: &Localizer,
    args: &[(String, ArgValue)],
    format: GraphFormat,
) -> String {
    let (nodes, edges) = collect(scn, loc, args);
    let mut o = String::new();
    match format {
        GraphFormat::Dot => {
            o.push_str(&format!("digraph \"{}\" {{\n", dot_escape(&scn.id)));
            o.push_str("  rankdir=TB;\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Noto Sans\", fontsize=10];\n  edge [fontname=\"Noto Sans\", fontsize=9];\n");
            for n in &nodes {
                let mut attrs = format!("label=\"{}\"", dot_escape(&n.label));
                if let Some(oc) = n.ending {
                    attrs.push_str(&format!(
                        ", shape=doubleoctagon, color=\"{0}\", fontcolor=\"{0}\", penwidth=2",
                        outcome_colour(oc)
                    ));
                }
                if n.start {
                    attrs.push_str(", penwidth=3");
                }
                o.push_str(&format!("  \"{}\" [{attrs}];\n", dot_escape(&n.id)));
            }
            for e in &edges {
                let mut attrs = format!("label=\"{}\"", dot_escape(&e.label));
                if e.critical {
                    attrs.push_str(
                        ", color=\"#a4262c\", fontcolor=\"#a4262c\", penwidth=2, style=bold",
                    );
                }
                o.push_str(&format!(
                    "  \"{}\" -> \"{}\" [{attrs}];\n",
                    dot_escape(&e.from),
                    dot_escape(&e.to)
                ));
            }
            o.push_str("}\n");
        }
        GraphFormat::Mermaid => {
            o.push_str("flowchart TD\n");
            let key = mermaid_key;
            for n in &nodes {
                let label = mermaid_escape(&n.label).replace('\n', "<br/>");
                if n.ending.is_some() {
                    o.push_str(&format!("  {}([\"{label}\"])\n", key(&n.id)));
                } else {
                    o.push_str(&format!("  {}[\"{label}\"]\n", key(&n.id)));
                }
            }
            let mut critical_links = Vec::new();
            for (i, e) in edges.iter().enumerate() {
                if e.label.is_empty() {
                    o.push_str(&format!("  {} --> {}\n", key(&e.from), key(&e.to)));
                } else {
                    o.push_str(&format!(
                        "  {} -->|\"{}\"| {}\n",
                        key(&e.from),
                        mermaid_escape(&e.label),
                        key(&e.to)
                    ));
                }
                if e.critical {
                    critical_links.push(i.to_string());
                }
            }
            for oc in Outcome::ALL.iter().map(|(_, o)| *o) {
                let members: Vec<String> = nodes
                    .iter()
                    .filter(|n| n.ending == Some(oc))
                    .map(|n| key(&n.id))
                    .collect();
                if !members.is_empty() {
                    o.push_str(&format!(
                        "  classDef {0} stroke:{1},stroke-width:3px,color:{1}\n  class {2} {0}\n",
                        oc.key(),
                        outcome_colour(oc),
                        members.join(",")
                    ));
                }
            }
            if !critical_links.is_empty() {
                o.push_str(&format!(
                    "  linkStyle {} stroke:#a4262c,stroke-width:3px,color:#a4262c\n",
                    critical_links.join(",")
                ));
            }
        }
    }
    o
}
