//! `sanad run SCENARIO [--seed S] [--choose N,N,..] [--format json]`: plays a scenario
//! without a window and prints the transcript and the debrief, in a language.

use super::{Format, emit, emit_json, load_for_words};
use sanad::debrief::{self, Debrief};
use sanad::i18n::{self, Localizer, keys};
use sanad::model::*;
use sanad::session::{Entry, Session, ViewKind, play_script};
use serde_json::json;
use std::path::Path;
use std::process::ExitCode;

/// One entry of the transcript, as `--format json` writes it.
#[derive(serde::Serialize)]
struct TranscriptStep {
    node: String,
    kind: ViewKind,
    speaker: Option<String>,
    text_id: Option<String>,
    text: Option<String>,
    choice: Option<u32>,
    choice_id: Option<String>,
    choice_text: Option<String>,
    feedback_id: Option<String>,
    feedback: Option<String>,
    principle: Option<String>,
    critical: bool,
    score: serde_json::Map<String, serde_json::Value>,
}

impl TranscriptStep {
    /// An entry of the played script, in words.
    fn new(e: &Entry, t: impl Fn(&str) -> String) -> TranscriptStep {
        let taken = e.taken.as_ref();
        let t = &t;
        TranscriptStep {
            node: e.node.clone(),
            kind: e.kind,
            speaker: e.speaker.as_deref().map(t),
            text_id: e.text.clone(),
            text: e.text.as_deref().map(t),
            choice: taken.map(|s| s.position),
            choice_id: taken.map(|s| s.text.clone()),
            choice_text: taken.map(|s| t(&s.text)),
            feedback_id: taken.and_then(|s| s.feedback.clone()),
            feedback: taken.and_then(|s| s.feedback.as_deref().map(t)),
            principle: taken.and_then(|s| s.principle.clone()),
            critical: taken.is_some_and(|s| s.critical),
            score: taken
                .map(|s| s.score.iter().map(|(c, d)| (c.clone(), json!(d))).collect())
                .unwrap_or_default(),
        }
    }
}

pub fn run(
    root: &Path,
    scenario: &str,
    seed: u64,
    choose: &[u32],
    format: Format,
    lang: Option<&str>,
) -> ExitCode {
    let (loaded, locale) = match load_for_words(root, scenario, lang) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let (scn, rubric) = (&loaded.library.scenarios[0], &loaded.library.rubric);
    let loc = loaded.catalog.localizer(&locale);
    let played = play_script(scn, seed, choose);
    let session = &played.session;
    let t = |id: &str, args: &[(String, ArgValue)]| i18n::strip_bidi(&loc.text(id, args));

    let mut out = format!(
        "{}: {} ({})\n{}: {seed}\n\n",
        t(keys::CLI_SCENARIO, &[]),
        t(&scn.title, &Session::new(scn, seed).args(scn)),
        scn.id,
        t(keys::CLI_SEED, &[])
    );
    played.for_each_screen(|e, args| {
        let words = |id: &str| t(id, args);
        let text = e.text.as_deref().map(words);
        if e.kind == ViewKind::Ending {
            if let Some(x) = &text {
                out.push_str(&format!("{x}\n\n"));
            }
            return;
        }
        match (e.speaker.as_deref().map(words), &text) {
            (Some(s), Some(x)) => out.push_str(&format!("{s}: {x}\n")),
            (None, Some(x)) => out.push_str(&format!("{x}\n")),
            _ => {}
        }
        for (position, text) in &e.offered {
            out.push_str(&format!("  [{position}] {}\n", words(text)));
        }
        let Some(taken) = &e.taken else { return };
        out.push_str(&format!(
            "> {} [{}]: {}\n",
            t(keys::CLI_YOU_CHOSE, &[]),
            taken.position,
            words(&taken.text)
        ));
        if let Some(fb) = &taken.feedback {
            out.push_str(&format!(
                "  {}{}: {}\n",
                if taken.critical {
                    format!("{} ", t(keys::CLI_CRITICAL, &[]))
                } else {
                    String::new()
                },
                t(keys::CLI_FEEDBACK, &[]),
                words(fb)
            ));
        }
        if let Some(p) = taken.principle.as_deref().and_then(|p| rubric.principle(p)) {
            out.push_str(&format!(
                "  {}: {}\n",
                t(keys::CLI_PRINCIPLE, &[]),
                t(&p.name, &[])
            ));
        }
        out.push('\n');
    });
    let problem = played.error().or_else(|| {
        let left = played.left_over(choose);
        (!left.is_empty()).then(|| {
            format!(
                "the scenario ended after {} choice(s); {} choice(s) left over: {}{}",
                played.used,
                left.len(),
                left.iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
                session
                    .spent_budget()
                    .map(|(hub, b)| format!(
                        " (the hub `{hub}` has a budget of {b} {}, all used, so the scenario moved on)",
                        if b == 1 { "turn" } else { "turns" }
                    ))
                    .unwrap_or_default()
            )
        })
    });
    if let Some(e) = problem {
        if format == Format::Text {
            emit(&out);
        }
        eprintln!("error: {e}");
        return ExitCode::from(1);
    }
    let d = debrief::debrief(session, scn, rubric);
    match format {
        Format::Json => {
            let mut steps: Vec<TranscriptStep> = Vec::with_capacity(played.entries.len());
            played.for_each_screen(|e, args| steps.push(TranscriptStep::new(e, |id| t(id, args))));
            emit_json(&run_json(&d, scn, &steps, &loc, &session.args(scn)));
        }
        Format::Text => {
            emit(&out);
            emit(&debrief_text(&d, &loc, &session.args(scn), rubric));
        }
    }
    ExitCode::SUCCESS
}

fn run_json(
    d: &Debrief,
    scn: &Scenario,
    steps: &[TranscriptStep],
    loc: &Localizer,
    args: &[(String, ArgValue)],
) -> serde_json::Value {
    let mut scores = serde_json::Map::new();
    for s in &d.scores {
        scores.insert(
            s.id.clone(),
            json!({
                "earned": s.earned, "max": s.max, "max_exact": s.max_exact,
                "percent": s.percent, "status": s.assessed,
            }),
        );
    }
    let t = |id: &str| i18n::strip_bidi(&loc.text(id, args));
    let suggested: Vec<_> = d
        .suggested
        .iter()
        .map(|x| json!({"detail": x.id, "label": t(&x.label), "why": t(&x.weak)}))
        .collect();
    let critical: Vec<_> = d
        .critical
        .iter()
        .map(|s| {
            json!({
                "node": s.node, "choice": s.position, "text_id": s.text,
                "feedback_id": s.feedback, "principle": s.principle,
            })
        })
        .collect();
    json!({
        "scenario": scn.id,
        "seed": d.seed,
        "lang": loc.locale(),
        "finished": d.finished,
        "ending": d.ending.as_ref().map(|e| e.node.clone()),
        "outcome": d.ending.as_ref().map(|e| e.outcome.key()),
        "scores": scores,
        "total_percent": d.total_percent,
        "max_exact": d.max_exact,
        "critical": critical,
        "questions": d.questions.as_ref().map(|q| q.to_json()),
        "suggested": suggested,
        "steps": steps,
        "evidence": d.evidence,
        "referrals": d.referrals,
        "contacts": d.contacts,
    })
}

fn debrief_text(
    d: &Debrief,
    loc: &Localizer,
    args: &[(String, ArgValue)],
    rubric: &Rubric,
) -> String {
    let t = |id: &str, a: &[(String, ArgValue)]| i18n::strip_bidi(&loc.text(id, a));
    let mut out = String::new();
    match &d.ending {
        Some(e) => out.push_str(&format!(
            "== {}: {} ==\n",
            t(keys::CLI_ENDING, &[]),
            t(&e.outcome.msg(), &[])
        )),
        None => out.push_str(&format!("== {} ==\n", t(keys::CLI_NOT_FINISHED, &[]))),
    }
    out.push_str(&format!("{}:\n", t(keys::CLI_SCORE, &[])));
    for s in &d.scores {
        let (id, line_args) = s.line();
        let line = t(id, &line_args);
        out.push_str(&format!("  {:<40} {line}\n", t(&s.name, &[])));
    }
    let (total, total_args) = d.total_message();
    out.push_str(&format!("{}\n", t(total, &total_args)));
    out.push_str(&format!("  {}\n", t(keys::DEBRIEF_TOTAL_EXPLAINED, &[])));
    if let Some(q) = &d.questions {
        out.push_str(&format!("{}:\n", t(keys::DEBRIEF_QUESTIONS, &[])));
        for (_, ty) in QuestionType::ALL {
            let count = ArgValue::Number(i64::from(q.counts.get(ty)));
            out.push_str(&format!(
                "  {:<40} {}\n",
                t(ty.msg(), &[]),
                t(keys::DEBRIEF_QUESTION_COUNT, &[("count".into(), count)])
            ));
        }
        let share = match q.recommended_percent {
            Some(p) => t(
                keys::DEBRIEF_QUESTIONS_SHARE,
                &[("percent".into(), ArgValue::Number(i64::from(p)))],
            ),
            None => t(keys::DEBRIEF_QUESTIONS_NONE, &[]),
        };
        out.push_str(&format!("  {share}\n"));
    }
    if !d.suggested.is_empty() {
        out.push_str(&format!("{}:\n", t(keys::DEBRIEF_SUGGESTED, &[])));
        for x in &d.suggested {
            out.push_str(&format!(
                "  - {}\n    {}\n",
                t(&x.label, args),
                t(&x.weak, args)
            ));
        }
    }
    out.push_str(&format!("{}:\n", t(keys::CLI_CRITICAL_ERRORS, &[])));
    if d.critical.is_empty() {
        out.push_str(&format!("  {}\n", t(keys::DEBRIEF_CRITICAL_NONE, &[])));
    }
    for c in &d.critical {
        out.push_str(&format!("  - {}\n", t(&c.text, args)));
        if let Some(fb) = &c.feedback {
            out.push_str(&format!("    {}\n", t(fb, args)));
        }
        if let Some(p) = c.principle.as_deref().and_then(|p| rubric.principle(p)) {
            out.push_str(&format!(
                "    {}: {}\n",
                t(keys::CLI_PRINCIPLE, &[]),
                t(&p.name, &[])
            ));
        }
    }
    out
}
