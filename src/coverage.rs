//! The library as a whole: whether the scenarios, taken together, give a workshop what it
//! needs. Every rubric competency trained in several scenarios; male victims, children and a
//! woman interviewer among the people trainees meet; and the minutes of material.
//! `sanad analyze --library` prints it; the library test asserts the goals.

use crate::loader::Library;
use crate::model::{AgeGroup, Gender, NodeBody, Role, Scenario, ScenarioKind};
use serde::Serialize;

/// The goals a workshop's library must meet (issue "Scenario library, part 2").
pub const GOAL_SCENARIOS_PER_COMPETENCY: usize = 4;
pub const GOAL_MALE_VICTIM: usize = 2;
pub const GOAL_CHILD: usize = 2;
pub const GOAL_WOMAN_INTERVIEWER: usize = 2;
pub const GOAL_MINUTES: u32 = 240;

#[derive(Clone, Debug, Serialize)]
pub struct Coverage {
    pub scenarios: Vec<ScenarioFacts>,
    pub competencies: Vec<CompetencyCoverage>,
    pub minutes: u32,
    pub goal_minutes: u32,
    /// Scenarios whose interviewee is always a man or a boy.
    pub male_victim: Vec<String>,
    /// Scenarios in which a victim is drawn as a man or a woman by the seed.
    pub drawn_gender_victim: Vec<String>,
    /// Scenarios with a child among the interviewees.
    pub child: Vec<String>,
    /// Scenarios in which a woman officer can take the interview.
    pub woman_interviewer: Vec<String>,
    /// The goals not met, in words (empty when all are).
    pub unmet: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ScenarioFacts {
    pub id: String,
    pub kind: ScenarioKind,
    pub minutes: Option<u32>,
    pub nodes: usize,
    pub decisions: usize,
    pub endings: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct CompetencyCoverage {
    pub id: String,
    /// Scenarios that score it.
    pub scenarios: Vec<String>,
    /// Decisions and hubs, across the library, with an option that earns points in it.
    pub decisions: usize,
}

/// The decisions (and hubs) in which some option earns points in competency `comp`.
fn scored_decisions(scn: &Scenario, comp: &str) -> usize {
    let Some(ci) = scn.competencies.iter().position(|c| c == comp) else {
        return 0;
    };
    scn.nodes
        .iter()
        .filter(|n| {
            n.choices()
                .iter()
                .any(|c| c.score.iter().any(|&(i, p)| i.idx() == ci && p > 0))
        })
        .count()
}

/// A woman officer who can take the interview: a woman colleague or investigator in the cast.
fn has_woman_interviewer(scn: &Scenario) -> bool {
    scn.cast.iter().any(|c| {
        matches!(c.role, Role::Colleague | Role::Investigator) && c.gender == Some(Gender::Female)
    })
}

pub fn coverage(lib: &Library) -> Coverage {
    let mut competencies = Vec::new();
    for comp in &lib.rubric.competencies {
        let mut scenarios = Vec::new();
        let mut decisions = 0;
        for scn in &lib.scenarios {
            let n = scored_decisions(scn, &comp.id);
            if n > 0 {
                scenarios.push(scn.id.clone());
                decisions += n;
            }
        }
        competencies.push(CompetencyCoverage {
            id: comp.id.clone(),
            scenarios,
            decisions,
        });
    }
    let victims = |scn: &Scenario, pred: &dyn Fn(&crate::model::Character) -> bool| {
        scn.cast
            .iter()
            .any(|c| c.role == Role::Interviewee && pred(c))
    };
    let ids = |pred: &dyn Fn(&Scenario) -> bool| -> Vec<String> {
        lib.scenarios
            .iter()
            .filter(|s| pred(s))
            .map(|s| s.id.clone())
            .collect()
    };
    let male_victim = ids(&|s| victims(s, &|c| c.gender == Some(Gender::Male)));
    let drawn_gender_victim = ids(&|s| victims(s, &|c| c.gender == Some(Gender::Drawn)));
    let child = ids(&|s| victims(s, &|c| c.age == Some(AgeGroup::Child)));
    let woman_interviewer = ids(&has_woman_interviewer);
    let minutes = lib.total_minutes();
    let mut unmet = Vec::new();
    for c in &competencies {
        if c.scenarios.len() < GOAL_SCENARIOS_PER_COMPETENCY {
            unmet.push(format!(
                "competency `{}` is trained in {} scenario(s), fewer than {GOAL_SCENARIOS_PER_COMPETENCY}",
                c.id,
                c.scenarios.len()
            ));
        }
    }
    for (what, list, goal) in [
        ("a male victim", &male_victim, GOAL_MALE_VICTIM),
        ("a child", &child, GOAL_CHILD),
        (
            "a woman interviewer",
            &woman_interviewer,
            GOAL_WOMAN_INTERVIEWER,
        ),
    ] {
        if list.len() < goal {
            unmet.push(format!(
                "{} scenario(s) with {what}, fewer than {goal}",
                list.len()
            ));
        }
    }
    if minutes < GOAL_MINUTES {
        unmet.push(format!(
            "{minutes} minutes of material, less than the {GOAL_MINUTES} of a workshop day"
        ));
    }
    let scenarios = lib
        .scenarios
        .iter()
        .map(|s| ScenarioFacts {
            id: s.id.clone(),
            kind: s.kind,
            minutes: s.minutes,
            nodes: s.nodes.len(),
            decisions: s
                .nodes
                .iter()
                .filter(|n| matches!(n.body, NodeBody::Decision { .. } | NodeBody::Hub { .. }))
                .count(),
            endings: s.nodes.iter().filter(|n| n.is_ending()).count(),
        })
        .collect();
    Coverage {
        scenarios,
        competencies,
        minutes,
        goal_minutes: GOAL_MINUTES,
        male_victim,
        drawn_gender_victim,
        child,
        woman_interviewer,
        unmet,
    }
}

/// The coverage as text, for `sanad analyze --library`.
pub fn render(c: &Coverage) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "Library: {} scenarios", c.scenarios.len());
    for s in &c.scenarios {
        let _ = writeln!(
            out,
            "  {:<28} {:<13} {:>3} min  {:>3} nodes  {:>2} decisions  {:>2} endings",
            s.id,
            format!("{:?}", s.kind),
            s.minutes.map_or("?".into(), |m| m.to_string()),
            s.nodes,
            s.decisions,
            s.endings
        );
    }
    let _ = writeln!(
        out,
        "Minutes of material: {} (goal {})",
        c.minutes, c.goal_minutes
    );
    let _ = writeln!(
        out,
        "Competencies (scenarios that train each; goal {GOAL_SCENARIOS_PER_COMPETENCY}):"
    );
    for comp in &c.competencies {
        let _ = writeln!(
            out,
            "  {:<16} {} scenarios, {} decisions: {}",
            comp.id,
            comp.scenarios.len(),
            comp.decisions,
            comp.scenarios.join(", ")
        );
    }
    let list = |v: &[String]| {
        if v.is_empty() {
            "none".to_string()
        } else {
            v.join(", ")
        }
    };
    let _ = writeln!(
        out,
        "Male victim (goal {GOAL_MALE_VICTIM}): {}",
        list(&c.male_victim)
    );
    let _ = writeln!(
        out,
        "Victim's gender drawn by the seed: {}",
        list(&c.drawn_gender_victim)
    );
    let _ = writeln!(out, "Child (goal {GOAL_CHILD}): {}", list(&c.child));
    let _ = writeln!(
        out,
        "Woman interviewer (goal {GOAL_WOMAN_INTERVIEWER}): {}",
        list(&c.woman_interviewer)
    );
    if c.unmet.is_empty() {
        let _ = writeln!(out, "Every goal is met.");
    } else {
        for u in &c.unmet {
            let _ = writeln!(out, "Not met: {u}");
        }
    }
    out
}
