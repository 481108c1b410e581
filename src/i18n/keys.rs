//! Every UI message id the code uses, with the Fluent arguments it passes. `sanad check`
//! reads this list to find ids missing in a locale, ids used nowhere, and arguments a
//! message uses that the code never provides. Code refers to these constants, never to
//! string literals, so the list cannot drift from the code.

use crate::model::{Outcome, QuestionType, Role, ScenarioKind};

pub const APP_NAME: &str = "app-name";
pub const APP_TAGLINE: &str = "app-tagline";
pub const TEXT_UNAVAILABLE: &str = "text-unavailable";
pub const LANGUAGE_CHOOSE: &str = "language-choose";
pub const MODE_LABEL: &str = "mode-label";
pub const MODE_WORKSHOP: &str = "mode-workshop";
pub const MODE_WORKSHOP_DESC: &str = "mode-workshop-desc";
pub const MODE_SELF: &str = "mode-self";
pub const MODE_SELF_DESC: &str = "mode-self-desc";
pub const HOME_TITLE: &str = "home-title";
pub const HOME_TRAINEE: &str = "home-trainee";
pub const HOME_NO_SCENARIOS: &str = "home-no-scenarios";
pub const HOME_SETTINGS: &str = "home-settings";
pub const HOME_QUIT: &str = "home-quit";
pub const HOME_LIBRARY_SUMMARY: &str = "home-library-summary";
pub const HOME_RESUME: &str = "home-resume";
pub const HOME_RESUME_BUTTON: &str = "home-resume-button";
pub const HOME_RESUME_FAILED: &str = "home-resume-failed";
pub const HOME_SUGGESTED: &str = "home-suggested";
pub const HOME_SUGGESTED_ITEM: &str = "home-suggested-item";
pub const SCENARIO_MINUTES: &str = "scenario-minutes";
pub const SCENARIO_COMPETENCIES: &str = "scenario-competencies";
pub const SCENARIO_LAST_RESULT: &str = "scenario-last-result";
pub const SCENARIO_LAST_RESULT_NONE: &str = "scenario-last-result-none";
pub const SCENARIO_OPEN: &str = "scenario-open";
pub const BRIEFING_TITLE: &str = "briefing-title";
pub const BRIEFING_BACKGROUND: &str = "briefing-background";
pub const BRIEFING_OBJECTIVES: &str = "briefing-objectives";
pub const BRIEFING_CONTENT_NOTE: &str = "briefing-content-note";
pub const BRIEFING_PAUSE_NOTE: &str = "briefing-pause-note";
pub const BRIEFING_START: &str = "briefing-start";
pub const BRIEFING_BACK: &str = "briefing-back";
pub const PLAY_NARRATION: &str = "play-narration";
pub const PLAY_TRANSCRIPT: &str = "play-transcript";
pub const PLAY_YOU: &str = "play-you";
pub const PLAY_SCENE_MISSING: &str = "play-scene-missing";
pub const PLAY_IN_ROOM: &str = "play-in-room";
pub const PLAY_PLACE: &str = "play-place";
pub const SETTINGS_SCENE: &str = "settings-scene";
pub const PLAY_CONTINUE: &str = "play-continue";
pub const PLAY_CHOOSE_HINT: &str = "play-choose-hint";
pub const PLAY_CASE_PANEL: &str = "play-case-panel";
pub const PLAY_EVIDENCE: &str = "play-evidence";
pub const PLAY_EVIDENCE_NONE: &str = "play-evidence-none";
pub const PLAY_EVIDENCE_UNLAWFUL: &str = "play-evidence-unlawful";
pub const PLAY_REFERRALS: &str = "play-referrals";
pub const PLAY_CONTACTS: &str = "play-contacts";
pub const PLAY_NOTES: &str = "play-notes";
pub const PLAY_NONE: &str = "play-none";
pub const PLAY_TURNS_LEFT: &str = "play-turns-left";
pub const PLAY_FEEDBACK: &str = "play-feedback";
pub const PLAY_PRINCIPLE: &str = "play-principle";
pub const PLAY_CRITICAL: &str = "play-critical";
pub const PLAY_PAUSE: &str = "play-pause";
pub const PLAY_PAUSED: &str = "play-paused";
pub const PLAY_RESUME: &str = "play-resume";
pub const PLAY_LEAVE: &str = "play-leave";
pub const PLAY_STUCK: &str = "play-stuck";
pub const DEBRIEF_TITLE: &str = "debrief-title";
pub const DEBRIEF_OUTCOME: &str = "debrief-outcome";
pub const DEBRIEF_TOTAL: &str = "debrief-total";
pub const DEBRIEF_SCORES: &str = "debrief-scores";
pub const DEBRIEF_SCORE_LINE: &str = "debrief-score-line";
/// A score line when the best achievable is only a lower bound (the search stopped early).
pub const DEBRIEF_SCORE_LINE_BOUND: &str = "debrief-score-line-bound";
/// The total when some best achievable is only a lower bound: the total is then an upper bound.
pub const DEBRIEF_TOTAL_BOUND: &str = "debrief-total-bound";
/// A competency the path never touched: no choice on it scored it.
pub const DEBRIEF_SCORE_NOT_ASSESSED: &str = "debrief-score-not-assessed";
/// A competency where the scenario only takes points away.
pub const DEBRIEF_SCORE_PENALTIES: &str = "debrief-score-penalties";
/// How the total is computed, in one line.
pub const DEBRIEF_TOTAL_EXPLAINED: &str = "debrief-total-explained";
pub const DEBRIEF_QUESTIONS: &str = "debrief-questions";
pub const DEBRIEF_QUESTIONS_SHARE: &str = "debrief-questions-share";
pub const DEBRIEF_QUESTIONS_NONE: &str = "debrief-questions-none";
pub const DEBRIEF_QUESTION_COUNT: &str = "debrief-question-count";
pub const DEBRIEF_SUGGESTED: &str = "debrief-suggested";
pub const DEBRIEF_CRITICAL: &str = "debrief-critical";
pub const DEBRIEF_CRITICAL_NONE: &str = "debrief-critical-none";
pub const DEBRIEF_TIMELINE: &str = "debrief-timeline";
pub const DEBRIEF_CHOICE: &str = "debrief-choice";
pub const DEBRIEF_NO_FEEDBACK: &str = "debrief-no-feedback";
pub const DEBRIEF_RETRY: &str = "debrief-retry";
pub const DEBRIEF_OTHER_SEED: &str = "debrief-other-seed";
pub const DEBRIEF_NEXT: &str = "debrief-next";
pub const DEBRIEF_HOME: &str = "debrief-home";
pub const DEBRIEF_UNFINISHED: &str = "debrief-unfinished";
pub const SETTINGS_TITLE: &str = "settings-title";
pub const SETTINGS_LANGUAGE: &str = "settings-language";
pub const SETTINGS_TEXT_SIZE: &str = "settings-text-size";
pub const SETTINGS_TEXT_SMALL: &str = "settings-text-small";
pub const SETTINGS_TEXT_MEDIUM: &str = "settings-text-medium";
pub const SETTINGS_TEXT_LARGE: &str = "settings-text-large";
pub const SETTINGS_TEXT_XLARGE: &str = "settings-text-xlarge";
pub const SETTINGS_CONTRAST: &str = "settings-contrast";
pub const SETTINGS_ON: &str = "settings-on";
pub const SETTINGS_OFF: &str = "settings-off";
pub const SETTINGS_MODE: &str = "settings-mode";
pub const SETTINGS_BACK: &str = "settings-back";
pub const LOADING: &str = "loading";
pub const LOAD_ERROR_TITLE: &str = "load-error-title";
pub const LOAD_ERROR_BODY: &str = "load-error-body";
pub const LOAD_ERROR_RETRY: &str = "load-error-retry";
pub const LOAD_ERROR_QUIT: &str = "load-error-quit";
pub const REPORT_TITLE: &str = "report-title";
pub const REPORT_SUMMARY: &str = "report-summary";
pub const REPORT_COMPETENCIES: &str = "report-competencies";
pub const REPORT_COMPETENCY: &str = "report-competency";
pub const REPORT_MEAN: &str = "report-mean";
pub const REPORT_MEDIAN: &str = "report-median";
pub const REPORT_MIN: &str = "report-min";
pub const REPORT_MAX: &str = "report-max";
pub const REPORT_CRITICAL: &str = "report-critical";
pub const REPORT_TIMES: &str = "report-times";
pub const REPORT_DECISIONS: &str = "report-decisions";
pub const REPORT_QUESTIONS: &str = "report-questions";
pub const REPORT_RECOMMENDED: &str = "report-recommended";
pub const REPORT_OUTCOMES: &str = "report-outcomes";
pub const REPORT_TRAINEES: &str = "report-trainees";
pub const REPORT_TRAINEE: &str = "report-trainee";
pub const REPORT_ATTEMPTS: &str = "report-attempts";
pub const REPORT_TOTAL: &str = "report-total";
pub const REPORT_SKIPPED: &str = "report-skipped";
pub const REPORT_PERCENT: &str = "report-percent";
pub const REPORT_CHART_COMPETENCIES: &str = "report-chart-competencies";
pub const REPORT_CHART_QUESTIONS: &str = "report-chart-questions";
pub const REPORT_CHART_OUTCOMES: &str = "report-chart-outcomes";
pub const REPORT_UNFINISHED: &str = "report-unfinished";
pub const HOME_PROGRESS: &str = "home-progress";
pub const HOME_CLASS: &str = "home-class";
pub const PROGRESS_TITLE: &str = "progress-title";
pub const PROGRESS_PRIVACY: &str = "progress-privacy";
pub const PROGRESS_NONE: &str = "progress-none";
pub const PROGRESS_ATTEMPTS: &str = "progress-attempts";
pub const PROGRESS_NEXT: &str = "progress-next";
pub const PROGRESS_START: &str = "progress-start";
pub const PROGRESS_OPEN: &str = "progress-open";
pub const PROGRESS_EXPORT: &str = "progress-export";
pub const PROGRESS_EXPORTED: &str = "progress-exported";
pub const PROGRESS_EXPORT_FAILED: &str = "progress-export-failed";
pub const PROGRESS_DELETE: &str = "progress-delete";
pub const PROGRESS_DELETE_CONFIRM: &str = "progress-delete-confirm";
pub const PROGRESS_DELETED: &str = "progress-deleted";
pub const CLASS_TITLE: &str = "class-title";
pub const CLASS_SOURCE: &str = "class-source";
pub const CLASS_NONE: &str = "class-none";
pub const CLASS_SKIPPED: &str = "class-skipped";
pub const CLASS_SPREAD: &str = "class-spread";
pub const SETTINGS_DATA: &str = "settings-data";
pub const SETTINGS_DELETE_ALL: &str = "settings-delete-all";
pub const SETTINGS_DELETE_ALL_CONFIRM: &str = "settings-delete-all-confirm";
pub const SETTINGS_DELETED_ALL: &str = "settings-deleted-all";
pub const CLI_SCENARIO: &str = "cli-scenario";
pub const CLI_SEED: &str = "cli-seed";
pub const CLI_CHOICE: &str = "cli-choice";
pub const CLI_YOU_CHOSE: &str = "cli-you-chose";
pub const CLI_FEEDBACK: &str = "cli-feedback";
pub const CLI_PRINCIPLE: &str = "cli-principle";
pub const CLI_CRITICAL: &str = "cli-critical";
pub const CLI_ENDING: &str = "cli-ending";
pub const CLI_NOT_FINISHED: &str = "cli-not-finished";
pub const CLI_SCORE: &str = "cli-score";
pub const CLI_TOTAL: &str = "cli-total";
pub const CLI_CRITICAL_ERRORS: &str = "cli-critical-errors";
pub const SCENARIO_LAST_RESULT_HELD: &str = "scenario-last-result-held";
pub const HOME_DATA_DAMAGED: &str = "home-data-damaged";
pub const HOME_DATA_UNREADABLE: &str = "home-data-unreadable";
pub const PLAY_DISCUSS: &str = "play-discuss";
pub const PLAY_DISCUSS_NOTE: &str = "play-discuss-note";
pub const PLAY_THINK: &str = "play-think";
pub const DEBRIEF_HELD: &str = "debrief-held";
pub const DEBRIEF_HELD_NOTE: &str = "debrief-held-note";
pub const DEBRIEF_UNLOCK_CODE: &str = "debrief-unlock-code";
pub const DEBRIEF_UNLOCK: &str = "debrief-unlock";
pub const DEBRIEF_UNLOCK_WRONG: &str = "debrief-unlock-wrong";
pub const SETTINGS_TRAINEE: &str = "settings-trainee";
pub const SETTINGS_TRAINEE_NOTE: &str = "settings-trainee-note";
pub const SETTINGS_TRAINEE_SAVE: &str = "settings-trainee-save";
pub const SETTINGS_TRAINEE_SAVED: &str = "settings-trainee-saved";
pub const SETTINGS_WORKSHOP: &str = "settings-workshop";
pub const SETTINGS_WORKSHOP_NOTE: &str = "settings-workshop-note";
pub const SETTINGS_WORKSHOP_SET: &str = "settings-workshop-set";
pub const SETTINGS_WORKSHOP_IS_SET: &str = "settings-workshop-is-set";
pub const SETTINGS_WORKSHOP_REMOVE: &str = "settings-workshop-remove";
pub const ENTRY_INVALID: &str = "entry-invalid";

/// Static ids and the arguments the code passes to each.
pub const ALL: [(&str, &[&str]); 181] = [
    (APP_NAME, &[]),
    (APP_TAGLINE, &[]),
    (TEXT_UNAVAILABLE, &[]),
    (LANGUAGE_CHOOSE, &[]),
    (MODE_LABEL, &[]),
    (MODE_WORKSHOP, &[]),
    (MODE_WORKSHOP_DESC, &[]),
    (MODE_SELF, &[]),
    (MODE_SELF_DESC, &[]),
    (HOME_TITLE, &[]),
    (HOME_TRAINEE, &["code"]),
    (HOME_NO_SCENARIOS, &[]),
    (HOME_SETTINGS, &[]),
    (HOME_QUIT, &[]),
    (HOME_LIBRARY_SUMMARY, &["count", "minutes"]),
    (HOME_RESUME, &["title"]),
    (HOME_RESUME_BUTTON, &[]),
    (HOME_RESUME_FAILED, &[]),
    (HOME_SUGGESTED, &[]),
    (HOME_SUGGESTED_ITEM, &["n", "title"]),
    (SCENARIO_MINUTES, &["minutes"]),
    (SCENARIO_COMPETENCIES, &[]),
    (SCENARIO_LAST_RESULT, &["percent"]),
    (SCENARIO_LAST_RESULT_NONE, &[]),
    (SCENARIO_OPEN, &[]),
    (BRIEFING_TITLE, &[]),
    (BRIEFING_BACKGROUND, &[]),
    (BRIEFING_OBJECTIVES, &[]),
    (BRIEFING_CONTENT_NOTE, &[]),
    (BRIEFING_PAUSE_NOTE, &[]),
    (BRIEFING_START, &[]),
    (BRIEFING_BACK, &[]),
    (PLAY_NARRATION, &[]),
    (PLAY_TRANSCRIPT, &[]),
    (PLAY_YOU, &[]),
    (PLAY_SCENE_MISSING, &["problem"]),
    (PLAY_IN_ROOM, &[]),
    (PLAY_PLACE, &["place"]),
    (SETTINGS_SCENE, &[]),
    (PLAY_CONTINUE, &[]),
    (PLAY_CHOOSE_HINT, &[]),
    (PLAY_CASE_PANEL, &[]),
    (PLAY_EVIDENCE, &[]),
    (PLAY_EVIDENCE_NONE, &[]),
    (PLAY_EVIDENCE_UNLAWFUL, &[]),
    (PLAY_REFERRALS, &[]),
    (PLAY_CONTACTS, &[]),
    (PLAY_NOTES, &[]),
    (PLAY_NONE, &[]),
    (PLAY_TURNS_LEFT, &["turns"]),
    (PLAY_FEEDBACK, &[]),
    (PLAY_PRINCIPLE, &["principle"]),
    (PLAY_CRITICAL, &[]),
    (PLAY_PAUSE, &[]),
    (PLAY_PAUSED, &[]),
    (PLAY_RESUME, &[]),
    (PLAY_LEAVE, &[]),
    (PLAY_STUCK, &["node"]),
    (DEBRIEF_TITLE, &[]),
    (DEBRIEF_OUTCOME, &[]),
    (DEBRIEF_TOTAL, &["percent"]),
    (DEBRIEF_SCORES, &[]),
    (DEBRIEF_SCORE_LINE, &["earned", "max", "percent"]),
    (DEBRIEF_SCORE_LINE_BOUND, &["earned", "max"]),
    (DEBRIEF_TOTAL_BOUND, &["percent"]),
    (DEBRIEF_SCORE_NOT_ASSESSED, &[]),
    (DEBRIEF_SCORE_PENALTIES, &["earned"]),
    (DEBRIEF_TOTAL_EXPLAINED, &[]),
    (DEBRIEF_QUESTIONS, &[]),
    (DEBRIEF_QUESTIONS_SHARE, &["percent"]),
    (DEBRIEF_QUESTIONS_NONE, &[]),
    (DEBRIEF_QUESTION_COUNT, &["count"]),
    (DEBRIEF_SUGGESTED, &[]),
    (DEBRIEF_CRITICAL, &[]),
    (DEBRIEF_CRITICAL_NONE, &[]),
    (DEBRIEF_TIMELINE, &[]),
    (DEBRIEF_CHOICE, &["n"]),
    (DEBRIEF_NO_FEEDBACK, &[]),
    (DEBRIEF_RETRY, &[]),
    (DEBRIEF_OTHER_SEED, &[]),
    (DEBRIEF_NEXT, &[]),
    (DEBRIEF_HOME, &[]),
    (DEBRIEF_UNFINISHED, &[]),
    (SETTINGS_TITLE, &[]),
    (SETTINGS_LANGUAGE, &[]),
    (SETTINGS_TEXT_SIZE, &[]),
    (SETTINGS_TEXT_SMALL, &[]),
    (SETTINGS_TEXT_MEDIUM, &[]),
    (SETTINGS_TEXT_LARGE, &[]),
    (SETTINGS_TEXT_XLARGE, &[]),
    (SETTINGS_CONTRAST, &[]),
    (SETTINGS_ON, &[]),
    (SETTINGS_OFF, &[]),
    (SETTINGS_MODE, &[]),
    (SETTINGS_BACK, &[]),
    (LOADING, &[]),
    (LOAD_ERROR_TITLE, &[]),
    (LOAD_ERROR_BODY, &["count"]),
    (LOAD_ERROR_RETRY, &[]),
    (LOAD_ERROR_QUIT, &[]),
    (REPORT_TITLE, &[]),
    (
        REPORT_SUMMARY,
        &["attempts", "finished", "trainees", "scenarios"],
    ),
    (REPORT_COMPETENCIES, &[]),
    (REPORT_COMPETENCY, &[]),
    (REPORT_MEAN, &[]),
    (REPORT_MEDIAN, &[]),
    (REPORT_MIN, &[]),
    (REPORT_MAX, &[]),
    (REPORT_CRITICAL, &[]),
    (REPORT_TIMES, &["count", "trainees"]),
    (REPORT_DECISIONS, &[]),
    (REPORT_QUESTIONS, &[]),
    (REPORT_RECOMMENDED, &["mean", "min", "max"]),
    (REPORT_OUTCOMES, &[]),
    (REPORT_TRAINEES, &[]),
    (REPORT_TRAINEE, &[]),
    (REPORT_ATTEMPTS, &[]),
    (REPORT_TOTAL, &[]),
    (REPORT_SKIPPED, &[]),
    (REPORT_PERCENT, &["percent"]),
    (REPORT_CHART_COMPETENCIES, &[]),
    (REPORT_CHART_QUESTIONS, &[]),
    (REPORT_CHART_OUTCOMES, &[]),
    (REPORT_UNFINISHED, &[]),
    (HOME_PROGRESS, &[]),
    (HOME_CLASS, &[]),
    (PROGRESS_TITLE, &[]),
    (PROGRESS_PRIVACY, &[]),
    (PROGRESS_NONE, &[]),
    (PROGRESS_ATTEMPTS, &["count"]),
    (PROGRESS_NEXT, &["title", "competency", "percent"]),
    (PROGRESS_START, &["title"]),
    (PROGRESS_OPEN, &[]),
    (PROGRESS_EXPORT, &[]),
    (PROGRESS_EXPORTED, &["count", "path"]),
    (PROGRESS_EXPORT_FAILED, &["error"]),
    (PROGRESS_DELETE, &[]),
    (PROGRESS_DELETE_CONFIRM, &[]),
    (PROGRESS_DELETED, &["count"]),
    (CLASS_TITLE, &[]),
    (CLASS_SOURCE, &["path"]),
    (CLASS_NONE, &[]),
    (CLASS_SKIPPED, &["count"]),
    (CLASS_SPREAD, &["mean", "min", "max", "attempts"]),
    (SETTINGS_DATA, &[]),
    (SETTINGS_DELETE_ALL, &[]),
    (SETTINGS_DELETE_ALL_CONFIRM, &[]),
    (SETTINGS_DELETED_ALL, &[]),
    (CLI_SCENARIO, &[]),
    (CLI_SEED, &[]),
    (CLI_CHOICE, &[]),
    (CLI_YOU_CHOSE, &[]),
    (CLI_FEEDBACK, &[]),
    (CLI_PRINCIPLE, &[]),
    (CLI_CRITICAL, &[]),
    (CLI_ENDING, &[]),
    (CLI_NOT_FINISHED, &[]),
    (CLI_SCORE, &[]),
    (CLI_TOTAL, &[]),
    (CLI_CRITICAL_ERRORS, &[]),
    (SCENARIO_LAST_RESULT_HELD, &[]),
    (HOME_DATA_DAMAGED, &["file", "aside"]),
    (HOME_DATA_UNREADABLE, &["file"]),
    (PLAY_DISCUSS, &[]),
    (PLAY_DISCUSS_NOTE, &[]),
    (PLAY_THINK, &[]),
    (DEBRIEF_HELD, &[]),
    (DEBRIEF_HELD_NOTE, &[]),
    (DEBRIEF_UNLOCK_CODE, &[]),
    (DEBRIEF_UNLOCK, &[]),
    (DEBRIEF_UNLOCK_WRONG, &[]),
    (SETTINGS_TRAINEE, &[]),
    (SETTINGS_TRAINEE_NOTE, &[]),
    (SETTINGS_TRAINEE_SAVE, &[]),
    (SETTINGS_TRAINEE_SAVED, &["code"]),
    (SETTINGS_WORKSHOP, &[]),
    (SETTINGS_WORKSHOP_NOTE, &[]),
    (SETTINGS_WORKSHOP_SET, &[]),
    (SETTINGS_WORKSHOP_IS_SET, &[]),
    (SETTINGS_WORKSHOP_REMOVE, &[]),
    (ENTRY_INVALID, &[]),
];

/// Locales the app offers, each named in itself by `language-<id>`: the entries of
/// [`super::LOCALES`] marked `offered`.
pub use super::locale::APP_LOCALES;

pub fn language(locale: &str) -> String {
    format!("language-{locale}")
}

pub fn scenario_kind(kind: ScenarioKind) -> String {
    format!("scenario-kind-{}", kind.key())
}

/// The heading of a kind's group on the home screen.
pub fn home_group(kind: ScenarioKind) -> String {
    format!("home-group-{}", kind.key())
}

/// The name of a scene's place.
pub fn place(p: crate::model::Place) -> String {
    format!("place-{}", p.key())
}

pub fn agency(id: &str) -> String {
    format!("agency-{id}")
}

/// Agencies every scenario may name in `Refer(..)` and `Contact(..)` without adding
/// messages: `agency-<id>` is in ui.ftl. A scenario may also use new ids and add the message.
pub const AGENCIES: [&str; 19] = [
    "dcvaw",
    "cybercrime-unit",
    "anti-trafficking-unit",
    "molsa-shelter",
    "aml-office",
    "shelter",
    "health",
    "legal-aid",
    "psychosocial",
    "labour-inspectorate",
    "investigative-judge",
    "residency",
    "asayish",
    "customs",
    "border-police",
    "child-protection",
    "iom",
    "ngo",
    "embassy",
];

/// Ids built from enums and lists: roles, outcomes, scenario kinds, languages.
pub fn dynamic_ids() -> Vec<String> {
    let mut out: Vec<String> = Role::ALL.iter().map(|(_, r)| r.msg().to_string()).collect();
    out.extend(Outcome::ALL.iter().map(|(_, o)| o.msg()));
    out.extend(QuestionType::ALL.iter().map(|(_, q)| q.msg().to_string()));
    out.extend(ScenarioKind::ALL.iter().map(|(_, k)| scenario_kind(*k)));
    out.extend(ScenarioKind::ALL.iter().map(|(_, k)| home_group(*k)));
    out.extend(APP_LOCALES.iter().map(|l| language(l)));
    out.extend(AGENCIES.iter().map(|a| agency(a)));
    out.extend(crate::model::Place::ALL.iter().map(|(_, p)| place(*p)));
    out
}
