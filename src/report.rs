//! The class report: what a group's exported attempts show, for the instructor.
//!
//! [`collect`] reads any number of export files and folders; every file it cannot use is
//! listed with the reason (malformed, foreign JSON, a newer version, a scenario no longer
//! installed) and skipped, so the report always completes. [`build`] works out, per
//! competency, the mean, median, minimum, maximum and distribution of the percentages; the
//! most frequent critical errors with their feedback; per decision, how many attempts chose
//! each option; the question-profile distribution; and a row of scores per trainee code.
//! [`write`] writes it as Markdown, CSV and charts (SVG, and PNG rendered from the SVG), in
//! the instructor's language, mirrored for right-to-left languages.
//!
//! The app's class view shows the same [`ClassReport`].

use crate::attempts::{self, AttemptRecord};
use crate::debrief::Assessed;
use crate::i18n::{Direction, Localizer, keys};
use crate::loader::Library;
use crate::model::{ArgValue, QuestionType};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// A file or an attempt left out of the report, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// The attempts read from the paths given, and what was skipped.
#[derive(Clone, Debug, Default)]
pub struct Input {
    pub attempts: Vec<(String, AttemptRecord)>,
    pub skipped: Vec<Skipped>,
}

/// Reads every `.json` file under `paths` (files, or folders searched recursively). The
/// export's `attempts.csv` and other files are ignored; the same attempt found twice (in two
/// exports) counts once.
pub fn collect(paths: &[PathBuf]) -> Input {
    let mut files = Vec::new();
    let mut input = Input::default();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut files, 0);
        } else if p.exists() {
            files.push(p.clone());
        } else {
            input.skipped.push(Skipped {
                path: p.display().to_string(),
                reason: "does not exist".into(),
            });
        }
    }
    files.sort();
    let mut seen = std::collections::HashSet::new();
    for f in files {
        let shown = f.display().to_string();
        let text = match std::fs::read(&f) {
            Ok(b) => match String::from_utf8(b) {
                Ok(t) => t,
                Err(_) => {
                    input.skipped.push(Skipped {
                        path: shown,
                        reason: "not UTF-8 text".into(),
                    });
                    continue;
                }
            },
            Err(e) => {
                input.skipped.push(Skipped {
                    path: shown,
                    reason: format!("cannot be read: {e}"),
                });
                continue;
            }
        };
        match attempts::parse(&text) {
            Ok(a) => {
                if seen.insert(a.id.clone()) {
                    input.attempts.push((shown, a));
                }
            }
            Err(e) => input.skipped.push(Skipped {
                path: shown,
                reason: e.to_string(),
            }),
        }
    }
    input
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    if depth > 8 {
        return;
    }
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        // Links are not followed: an export is plain files.
        let Ok(t) = e.file_type() else { continue };
        if t.is_dir() {
            walk(&p, out, depth + 1);
        } else if t.is_file() && p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Default)]
pub struct Stats {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    pub min: f64,
    pub max: f64,
    /// Attempts per fifth: 0-20, 20-40, 40-60, 60-80, 80-100 (100 in the last).
    pub distribution: [usize; 5],
}

impl Stats {
    /// n, mean, median, min, max and the five fifths, as table cells.
    fn cells(&self) -> Vec<String> {
        let mut v = vec![
            self.n.to_string(),
            self.mean.to_string(),
            self.median.to_string(),
            self.min.to_string(),
            self.max.to_string(),
        ];
        v.extend(self.distribution.iter().map(usize::to_string));
        v
    }

    pub fn of(values: &[f64]) -> Stats {
        if values.is_empty() {
            return Stats::default();
        }
        let mut v = values.to_vec();
        v.sort_by(f64::total_cmp);
        let n = v.len();
        let median = if n % 2 == 1 {
            v[n / 2]
        } else {
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        };
        let mut distribution = [0; 5];
        for x in &v {
            distribution[((x / 20.0).floor().clamp(0.0, 4.0)) as usize] += 1;
        }
        Stats {
            n,
            mean: round1(v.iter().sum::<f64>() / n as f64),
            median: round1(median),
            min: v[0],
            max: v[n - 1],
            distribution,
        }
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A critical error, how often it was made, and its feedback.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CriticalCount {
    pub scenario: String,
    pub node: String,
    pub choice: u32,
    pub text: String,
    pub feedback: Option<String>,
    pub principle: Option<String>,
    pub count: usize,
    /// Distinct trainee codes who made it.
    pub trainees: usize,
    /// The arguments to show the texts with (the profile of the first attempt seen).
    #[serde(skip)]
    pub args: Vec<(String, ArgValue)>,
}

/// One decision and how often each option was chosen.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DecisionCount {
    pub scenario: String,
    pub node: String,
    /// (authored position, text id, times chosen), in authored order.
    pub options: Vec<(u32, String, usize)>,
    /// The arguments to show the texts with (those of the first attempt seen there).
    #[serde(skip)]
    pub args: Vec<(String, ArgValue)>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TraineeRow {
    pub trainee: String,
    pub attempts: usize,
    /// Competency -> mean percent over the attempts that assessed it.
    pub scores: BTreeMap<String, f64>,
    pub total_mean: f64,
    pub critical: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Default)]
pub struct ClassReport {
    pub attempts: usize,
    pub finished: usize,
    pub trainees: usize,
    pub scenarios: Vec<String>,
    pub total: Stats,
    pub competencies: BTreeMap<String, Stats>,
    pub critical: Vec<CriticalCount>,
    pub decisions: Vec<DecisionCount>,
    /// Attempts replayed for the decision counts (recorded on the installed version).
    pub replayed: usize,
    /// Totals of each question type over all attempts with a question profile, in
    /// [`QuestionType::ALL`] order.
    pub questions: [u64; 5],
    /// The distribution of the recommended share over attempts.
    pub recommended: Stats,
    pub outcomes: BTreeMap<String, usize>,
    pub rows: Vec<TraineeRow>,
    pub skipped: Vec<Skipped>,
}

/// Works the report out. Attempts at scenarios not installed in `library` are skipped (their
/// decisions and feedback cannot be shown), with the reason.
pub fn build(input: &Input, library: &Library) -> ClassReport {
    let mut r = ClassReport {
        skipped: input.skipped.clone(),
        ..ClassReport::default()
    };
    let mut totals = Vec::new();
    let mut comp: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let mut shares = Vec::new();
    let mut crit: HashMap<
        (String, String, u32),
        (CriticalCount, std::collections::HashSet<String>),
    > = HashMap::new();
    let mut decisions: Vec<DecisionCount> = Vec::new();
    let mut decision_at: HashMap<(String, String), usize> = HashMap::new();
    let mut per_trainee: BTreeMap<String, Vec<&AttemptRecord>> = BTreeMap::new();
    for (path, a) in &input.attempts {
        let Some(scn) = library.scenario(&a.scenario) else {
            r.skipped.push(Skipped {
                path: path.clone(),
                reason: format!(
                    "the scenario `{}` is not installed here, so its decisions and feedback cannot be shown",
                    a.scenario
                ),
            });
            continue;
        };
        r.attempts += 1;
        r.finished += usize::from(a.finished);
        if !r.scenarios.contains(&a.scenario) {
            r.scenarios.push(a.scenario.clone());
        }
        *r.outcomes
            .entry(
                a.outcome
                    .map_or("unfinished".to_string(), |o| o.key().to_string()),
            )
            .or_default() += 1;
        totals.push(a.total_percent);
        for (id, s) in &a.scores {
            if s.status != Assessed::NotAssessed {
                comp.entry(id.clone()).or_default().push(s.percent);
            }
        }
        // Names and numbers of the profile the seed drew, for the texts.
        let profile = crate::session::Session::new(scn, a.seed).args(scn);
        for c in &a.critical {
            let e = crit
                .entry((a.scenario.clone(), c.node.clone(), c.choice))
                .or_insert_with(|| {
                    (
                        CriticalCount {
                            scenario: a.scenario.clone(),
                            node: c.node.clone(),
                            choice: c.choice,
                            text: c.text.clone(),
                            feedback: c.feedback.clone(),
                            principle: c.principle.clone(),
                            count: 0,
                            trainees: 0,
                            args: profile.clone(),
                        },
                        Default::default(),
                    )
                });
            e.0.count += 1;
            e.1.insert(a.trainee.clone());
        }
        if let Some(q) = &a.questions {
            let c = q.counts();
            for (i, (_, t)) in QuestionType::ALL.iter().enumerate() {
                r.questions[i] += u64::from(c.get(*t));
            }
            if let Some(p) = q.recommended_percent {
                shares.push(f64::from(p));
            }
        }
        // Which option was chosen at each decision: replayed on the installed version.
        if a.matches(scn) && !a.choices.is_empty() {
            let t = crate::session::play_script(scn, a.seed, &a.choices);
            if t.error().is_none() {
                r.replayed += 1;
                let args = t.session.args(scn);
                for step in t.session.timeline() {
                    let key = (a.scenario.clone(), step.node.clone());
                    let i = *decision_at.entry(key).or_insert_with(|| {
                        let node = scn.node_id(&step.node).map(|n| scn.node(n));
                        let options = node
                            .map(|n| {
                                n.choices()
                                    .iter()
                                    .enumerate()
                                    .map(|(k, c)| (k as u32 + 1, c.text.clone(), 0))
                                    .collect()
                            })
                            .unwrap_or_default();
                        decisions.push(DecisionCount {
                            scenario: a.scenario.clone(),
                            node: step.node.clone(),
                            options,
                            args: args.clone(),
                        });
                        decisions.len() - 1
                    });
                    if let Some(o) = decisions[i]
                        .options
                        .iter_mut()
                        .find(|o| o.0 == step.position)
                    {
                        o.2 += 1;
                    }
                }
            }
        }
        per_trainee.entry(a.trainee.clone()).or_default().push(a);
    }
    r.total = Stats::of(&totals);
    r.competencies = comp
        .iter()
        .map(|(k, v)| (k.clone(), Stats::of(v)))
        .collect();
    r.recommended = Stats::of(&shares);
    let mut crit: Vec<CriticalCount> = crit
        .into_values()
        .map(|(mut c, who)| {
            c.trainees = who.len();
            c
        })
        .collect();
    crit.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| (&a.scenario, &a.node, a.choice).cmp(&(&b.scenario, &b.node, b.choice)))
    });
    r.critical = crit;
    // Decisions in the order the scenarios list their nodes.
    decisions.sort_by_key(|d| {
        let s = library.scenario(&d.scenario);
        (
            r.scenarios.iter().position(|x| x == &d.scenario),
            s.and_then(|s| s.node_id(&d.node)).map(|n| n.0),
        )
    });
    r.decisions = decisions
        .into_iter()
        .filter(|d| d.options.len() > 1 || d.options.iter().any(|o| o.2 > 0))
        .collect();
    r.trainees = per_trainee.len();
    r.rows = per_trainee
        .into_iter()
        .map(|(code, list)| {
            let mut scores: BTreeMap<String, Vec<f64>> = BTreeMap::new();
            for a in &list {
                for (id, s) in &a.scores {
                    if s.status != Assessed::NotAssessed {
                        scores.entry(id.clone()).or_default().push(s.percent);
                    }
                }
            }
            TraineeRow {
                attempts: list.len(),
                total_mean: round1(
                    list.iter().map(|a| a.total_percent).sum::<f64>() / list.len() as f64,
                ),
                critical: list.iter().map(|a| a.critical.len()).sum(),
                scores: scores
                    .into_iter()
                    .map(|(k, v)| (k, round1(v.iter().sum::<f64>() / v.len() as f64)))
                    .collect(),
                trainee: code,
            }
        })
        .collect();
    r
}

/// The name of a competency in the instructor's language.
fn comp_name(library: &Library, loc: &Localizer, id: &str) -> String {
    library
        .rubric
        .competency(id)
        .map_or_else(|| id.to_string(), |c| plain(loc, &c.name, &[]))
}

/// A text without the bidi isolation marks Fluent puts around arguments (they are
/// invisible in a viewer, but not in a CSV cell or a terminal).
fn plain(loc: &Localizer, id: &str, args: &[(String, ArgValue)]) -> String {
    crate::i18n::strip_bidi(&loc.text(id, args))
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Writes the report to `out`: `report.md`, `competencies.csv`, `decisions.csv`,
/// `critical.csv`, `trainees.csv`, `skipped.csv`, and the charts `competencies.svg/.png`,
/// `questions.svg/.png`, `outcomes.svg/.png`. Returns the files written.
pub fn write(
    r: &ClassReport,
    library: &Library,
    loc: &Localizer,
    fonts: &Path,
    out: &Path,
) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let t = |id: &str| plain(loc, id, &[]);
    let n = |id: &str, k: &str, v: i64| plain(loc, id, &[(k.into(), ArgValue::Number(v))]);
    let written = std::cell::RefCell::new(Vec::new());
    let put = |name: &str, text: &str| -> Result<(), String> {
        let p = out.join(name);
        crate::records::write_text(&p, text)?;
        written.borrow_mut().push(p);
        Ok(())
    };
    let cell = attempts::csv_cell;

    // CSV (language-neutral ids, and the names in the instructor's language).
    let mut csv =
        String::from("competency,name,n,mean,median,min,max,0-20,20-40,40-60,60-80,80-100\n");
    for (id, s) in &r.competencies {
        let mut row = vec![cell(id), cell(&comp_name(library, loc, id))];
        row.extend(s.cells());
        csv.push_str(&row.join(","));
        csv.push('\n');
    }
    put("competencies.csv", &csv)?;
    let mut csv = String::from("scenario,node,choice,text,count\n");
    for d in &r.decisions {
        for (pos, text, count) in &d.options {
            csv.push_str(&format!(
                "{},{},{pos},{},{count}\n",
                cell(&d.scenario),
                cell(&d.node),
                cell(&plain(loc, text, &d.args))
            ));
        }
    }
    put("decisions.csv", &csv)?;
    let mut csv = String::from("scenario,node,choice,text,feedback,principle,count,trainees\n");
    for c in &r.critical {
        csv.push_str(&format!(
            "{},{},{},{},{},{},{},{}\n",
            cell(&c.scenario),
            cell(&c.node),
            c.choice,
            cell(&plain(loc, &c.text, &c.args)),
            cell(
                &c.feedback
                    .as_deref()
                    .map(|f| plain(loc, f, &c.args))
                    .unwrap_or_default()
            ),
            cell(c.principle.as_deref().unwrap_or("")),
            c.count,
            c.trainees
        ));
    }
    put("critical.csv", &csv)?;
    let comps: Vec<&String> = r.competencies.keys().collect();
    let mut csv = String::from("trainee,attempts,total_mean,critical_errors");
    for c in &comps {
        csv.push_str(&format!(",{c}"));
    }
    csv.push('\n');
    for row in &r.rows {
        csv.push_str(&format!(
            "{},{},{},{}",
            cell(&row.trainee),
            row.attempts,
            row.total_mean,
            row.critical
        ));
        for c in &comps {
            csv.push_str(&format!(
                ",{}",
                row.scores
                    .get(*c)
                    .map(|x| x.to_string())
                    .unwrap_or_default()
            ));
        }
        csv.push('\n');
    }
    put("trainees.csv", &csv)?;
    let mut csv = String::from("path,reason\n");
    for s in &r.skipped {
        csv.push_str(&format!("{},{}\n", cell(&s.path), cell(&s.reason)));
    }
    put("skipped.csv", &csv)?;

    // Charts.
    let rtl = loc.direction() == Direction::Rtl;
    let bars: Vec<Bar> = r
        .competencies
        .iter()
        .map(|(id, s)| Bar {
            label: comp_name(library, loc, id),
            value: s.mean,
            range: Some((s.min, s.max, s.median)),
            text: n(keys::REPORT_PERCENT, "percent", s.mean.round() as i64),
        })
        .collect();
    let charts = [
        (
            "competencies",
            t(keys::REPORT_CHART_COMPETENCIES),
            bars,
            100.0,
        ),
        (
            "questions",
            t(keys::REPORT_CHART_QUESTIONS),
            QuestionType::ALL
                .iter()
                .enumerate()
                .map(|(i, (_, q))| Bar {
                    label: t(q.msg()),
                    value: r.questions[i] as f64,
                    range: None,
                    text: n(keys::DEBRIEF_QUESTION_COUNT, "count", r.questions[i] as i64),
                })
                .collect(),
            r.questions.iter().copied().max().unwrap_or(0).max(1) as f64,
        ),
        (
            "outcomes",
            t(keys::REPORT_CHART_OUTCOMES),
            r.outcomes
                .iter()
                .map(|(k, v)| Bar {
                    label: if k == "unfinished" {
                        t(keys::REPORT_UNFINISHED)
                    } else {
                        t(&format!("outcome-{k}"))
                    },
                    value: *v as f64,
                    range: None,
                    text: n(keys::DEBRIEF_QUESTION_COUNT, "count", *v as i64),
                })
                .collect(),
            r.outcomes.values().copied().max().unwrap_or(0).max(1) as f64,
        ),
    ];
    let fontdb = font_db(fonts);
    for (name, title, bars, max) in &charts {
        let svg = bar_chart(title, bars, *max, rtl);
        put(&format!("{name}.svg"), &svg)?;
        let png = render_png(&svg, &fontdb)?;
        let p = out.join(format!("{name}.png"));
        write_bytes(&p, &png)?;
        written.borrow_mut().push(p);
    }

    // Markdown.
    let mut md = String::new();
    let dir_open = if rtl { "<div dir=\"rtl\">\n\n" } else { "" };
    md.push_str(dir_open);
    md.push_str(&format!("# {}\n\n", t(keys::REPORT_TITLE)));
    md.push_str(&format!(
        "{}\n\n",
        plain(
            loc,
            keys::REPORT_SUMMARY,
            &[
                ("attempts".into(), ArgValue::Number(r.attempts as i64)),
                ("finished".into(), ArgValue::Number(r.finished as i64)),
                ("trainees".into(), ArgValue::Number(r.trainees as i64)),
                (
                    "scenarios".into(),
                    ArgValue::Number(r.scenarios.len() as i64)
                ),
            ],
        )
    ));
    md.push_str(&format!(
        "## {}\n\n![](competencies.png)\n\n",
        t(keys::REPORT_COMPETENCIES)
    ));
    md.push_str(&format!(
        "| {} | n | {} | {} | {} | {} | 0–20 | 20–40 | 40–60 | 60–80 | 80–100 |\n|---|---|---|---|---|---|---|---|---|---|---|\n",
        t(keys::REPORT_COMPETENCY),
        t(keys::REPORT_MEAN),
        t(keys::REPORT_MEDIAN),
        t(keys::REPORT_MIN),
        t(keys::REPORT_MAX)
    ));
    for (id, s) in &r.competencies {
        let mut row = vec![md_cell(&comp_name(library, loc, id))];
        row.extend(s.cells());
        md.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    md.push_str(&format!("\n## {}\n\n", t(keys::REPORT_CRITICAL)));
    if r.critical.is_empty() {
        md.push_str(&format!("{}\n", t(keys::DEBRIEF_CRITICAL_NONE)));
    }
    for c in r.critical.iter().take(10) {
        md.push_str(&format!(
            "- **{}** ({}, `{}`): {}\n",
            md_cell(&plain(loc, &c.text, &c.args)),
            c.scenario,
            c.node,
            plain(
                loc,
                keys::REPORT_TIMES,
                &[
                    ("count".into(), ArgValue::Number(c.count as i64)),
                    ("trainees".into(), ArgValue::Number(c.trainees as i64)),
                ],
            )
        ));
        if let Some(fb) = &c.feedback {
            md.push_str(&format!("  {}\n", md_cell(&plain(loc, fb, &c.args))));
        }
    }
    md.push_str(&format!("\n## {}\n\n", t(keys::REPORT_DECISIONS)));
    for d in &r.decisions {
        md.push_str(&format!("**{}** · `{}`\n\n", d.scenario, d.node));
        for (pos, text, count) in &d.options {
            md.push_str(&format!(
                "- {pos}. {} — {count}\n",
                md_cell(&plain(loc, text, &d.args))
            ));
        }
        md.push('\n');
    }
    md.push_str(&format!(
        "## {}\n\n![](questions.png)\n\n",
        t(keys::REPORT_QUESTIONS)
    ));
    if r.recommended.n > 0 {
        md.push_str(&format!(
            "{}\n\n",
            plain(
                loc,
                keys::REPORT_RECOMMENDED,
                &[
                    (
                        "mean".into(),
                        ArgValue::Number(r.recommended.mean.round() as i64)
                    ),
                    (
                        "min".into(),
                        ArgValue::Number(r.recommended.min.round() as i64)
                    ),
                    (
                        "max".into(),
                        ArgValue::Number(r.recommended.max.round() as i64)
                    ),
                ],
            )
        ));
    }
    md.push_str(&format!(
        "## {}\n\n![](outcomes.png)\n\n",
        t(keys::REPORT_OUTCOMES)
    ));
    md.push_str(&format!("## {}\n\n", t(keys::REPORT_TRAINEES)));
    md.push_str(&format!(
        "| {} | {} | {} |",
        t(keys::REPORT_TRAINEE),
        t(keys::REPORT_ATTEMPTS),
        t(keys::REPORT_TOTAL)
    ));
    for c in &comps {
        md.push_str(&format!(" {} |", md_cell(&comp_name(library, loc, c))));
    }
    md.push_str(&format!("\n|---|---|---|{}\n", "---|".repeat(comps.len())));
    for row in &r.rows {
        md.push_str(&format!(
            "| {} | {} | {} |",
            row.trainee, row.attempts, row.total_mean
        ));
        for c in &comps {
            md.push_str(&format!(
                " {} |",
                row.scores
                    .get(*c)
                    .map(|x| x.to_string())
                    .unwrap_or_default()
            ));
        }
        md.push('\n');
    }
    if !r.skipped.is_empty() {
        md.push_str(&format!("\n## {}\n\n", t(keys::REPORT_SKIPPED)));
        for s in &r.skipped {
            md.push_str(&format!(
                "- `{}`: {}\n",
                md_cell(&s.path),
                md_cell(&s.reason)
            ));
        }
    }
    if rtl {
        md.push_str("\n</div>\n");
    }
    put("report.md", &md)?;
    Ok(written.into_inner())
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    let fail = |e: std::io::Error| format!("cannot write {}: {e}", path.display());
    let mut tmp = tempfile::Builder::new()
        .prefix(".sanad-")
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// One bar of a chart.
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// (min, max, median): drawn as a whisker and a tick.
    pub range: Option<(f64, f64, f64)>,
    /// The value as written next to the bar (in the language's digits).
    pub text: String,
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A horizontal bar chart as SVG. Right to left, the labels sit at the right and the bars
/// grow leftwards.
pub fn bar_chart(title: &str, bars: &[Bar], max: f64, rtl: bool) -> String {
    let (w, row, top) = (900.0, 34.0, 56.0);
    let h = top + row * bars.len() as f64 + 20.0;
    let (label_w, value_w) = (330.0, 90.0);
    let plot = w - label_w - value_w - 40.0;
    // The script's own face first, so that bold Arabic and Sorani find their bold face.
    let family = if rtl {
        "Noto Sans Arabic, Noto Sans"
    } else {
        "Noto Sans, Noto Sans Arabic"
    };
    let dir = if rtl { "rtl" } else { "ltr" };
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{family}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
    );
    let (title_x, anchor_start) = if rtl {
        (w - 20.0, "end")
    } else {
        (20.0, "start")
    };
    s.push_str(&format!(
        "<text x=\"{title_x}\" y=\"34\" font-size=\"22\" font-weight=\"bold\" fill=\"#1f2933\" text-anchor=\"{anchor_start}\" direction=\"{dir}\">{}</text>\n",
        xml(title)
    ));
    for (i, b) in bars.iter().enumerate() {
        let y = top + row * i as f64;
        let frac = |v: f64| (v / max).clamp(0.0, 1.0) * plot;
        // x of a value along the plot, from its start edge.
        let at = |v: f64| {
            if rtl {
                w - 20.0 - label_w - frac(v)
            } else {
                20.0 + label_w + frac(v)
            }
        };
        let (lx, la) = if rtl {
            (w - 20.0, "end")
        } else {
            (20.0, "start")
        };
        s.push_str(&format!(
            "<text x=\"{lx}\" y=\"{}\" font-size=\"15\" fill=\"#1f2933\" text-anchor=\"{la}\" direction=\"{dir}\">{}</text>\n",
            y + 21.0,
            xml(&b.label)
        ));
        let x0 = at(0.0);
        let x1 = at(b.value);
        s.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\" fill=\"#2b7a78\"/>\n",
            x0.min(x1),
            y + 7.0,
            (x1 - x0).abs().max(1.0)
        ));
        if let Some((lo, hi, med)) = b.range {
            let (a, c) = (at(lo), at(hi));
            s.push_str(&format!(
                "<line x1=\"{a}\" x2=\"{c}\" y1=\"{}\" y2=\"{}\" stroke=\"#1f2933\" stroke-width=\"2\"/>\n",
                y + 16.0,
                y + 16.0
            ));
            let m = at(med);
            s.push_str(&format!(
                "<line x1=\"{m}\" x2=\"{m}\" y1=\"{}\" y2=\"{}\" stroke=\"#b3261e\" stroke-width=\"3\"/>\n",
                y + 4.0,
                y + 28.0
            ));
        }
        let tx = if rtl { at(max) - 10.0 } else { at(max) + 10.0 };
        s.push_str(&format!(
            "<text x=\"{tx}\" y=\"{}\" font-size=\"15\" fill=\"#1f2933\" text-anchor=\"{}\" direction=\"{dir}\">{}</text>\n",
            y + 21.0,
            if rtl { "end" } else { "start" },
            xml(&b.text)
        ));
    }
    s.push_str("</svg>\n");
    s
}

/// The fonts of the app (assets/fonts), for the PNG charts: the same Noto faces, so Arabic and
/// Sorani are shaped as in the app.
pub fn font_db(dir: &Path) -> resvg::usvg::fontdb::Database {
    let mut db = resvg::usvg::fontdb::Database::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    for f in files {
        if f.extension().is_some_and(|x| x == "ttf" || x == "otf")
            && let Ok(bytes) = std::fs::read(&f)
        {
            db.load_font_data(bytes);
        }
    }
    db.set_sans_serif_family("Noto Sans");
    db
}

/// Renders an SVG to PNG bytes.
pub fn render_png(svg: &str, fonts: &resvg::usvg::fontdb::Database) -> Result<Vec<u8>, String> {
    let opt = resvg::usvg::Options {
        fontdb: std::sync::Arc::new(fonts.clone()),
        ..Default::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &opt).map_err(|e| format!("chart: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| "chart: empty size".to_string())?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| format!("chart: {e}"))
}
