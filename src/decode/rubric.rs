//! `scenarios/rubric.ron`: the competencies and the principles feedback rests on.

use super::Dec;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::codes;
use crate::model::*;
use crate::ron_value::{Spanned, Value};

/// Decodes `scenarios/rubric.ron`.
pub(crate) fn rubric(d: &mut Dec, root: &Spanned<Value>) -> Option<Rubric> {
    let f = d.fields(root, &["Rubric"], "a rubric `Rubric(..)`")?;
    if let Some(v) = f.req(d, "format")
        && let Some(n) = d.int(v)
        && n != FORMAT_VERSION
    {
        d.push(
            Diagnostic::error(codes::E0200, format!("format version {n} is not supported")).at(
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
            let name = cf.req(d, "name").and_then(|x| d.msg_id(x));
            let description = cf.req(d, "description").and_then(|x| d.msg_id(x));
            let weight = cf.opt("weight").and_then(|w| {
                let x = d.number(w)?;
                if !(x > 0.0 && x <= 100.0) {
                    d.push(
                        Diagnostic::error(codes::E0308, "a weight must be above 0 and at most 100")
                            .at(d.file, w.span, "out of range"),
                    );
                    return None;
                }
                Some(x)
            });
            cf.finish(d);
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
            let name = pf.req(d, "name").and_then(|x| d.msg_id(x));
            let source = pf.req(d, "source").and_then(|x| d.string(x));
            pf.finish(d);
            if let (Some(name), Some(source)) = (name, source) {
                principles.push(Principle {
                    id: k.value,
                    name,
                    source,
                });
            }
        }
    }
    f.finish(d);
    if competencies.is_empty() {
        d.push(Diagnostic::error(codes::E0102, "the rubric has no competencies").in_file(d.file));
    }
    Some(Rubric {
        competencies,
        principles,
    })
}
