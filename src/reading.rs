//! How long a scenario takes to play, estimated from its texts: what a trainee reads along a
//! full good playthrough (every line, every option offered, the feedback on each choice), at a
//! reading pace for a working language, plus time to decide and the briefing and debrief.
//! `sanad analyze` prints the estimate next to the author's `minutes:`, and the library test
//! fails when the two are far apart, so that the library's total minutes can be trusted by a
//! trainer planning a day.

use crate::i18n::Localizer;
use crate::model::Scenario;
use crate::session::play_script;
use serde::Serialize;

/// Words a minute: reading instructions in a working language, with care (adult silent
/// reading of prose is about 240; officers read scenario text closely, often in their second
/// language).
pub const WORDS_PER_MINUTE: f64 = 150.0;
/// Seconds to weigh the options of one decision, beyond reading them.
pub const SECONDS_PER_DECISION: f64 = 30.0;
/// The briefing before play and reading the debrief after it.
pub const BRIEFING_AND_DEBRIEF_MINUTES: f64 = 4.0;
/// The library test fails when `minutes:` is outside this factor of the estimate, either way.
pub const TOLERANCE: f64 = 1.5;

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct PlayTime {
    /// Words read along the path (lines, options, feedback), in the language measured.
    pub words: usize,
    /// Decisions and hub turns on the path.
    pub decisions: usize,
    /// The estimate, rounded to the nearest minute.
    pub minutes: u32,
    /// The path measured, by authored positions, and the seed that replays it.
    pub choose: Vec<u32>,
    pub seed: u64,
    pub lang: String,
}

/// The estimate along one path.
pub fn measure(scn: &Scenario, loc: &Localizer, lang: &str, seed: u64, choose: &[u32]) -> PlayTime {
    let played = play_script(scn, seed, choose);
    let mut words = 0usize;
    let mut decisions = 0usize;
    played.for_each_screen(|e, args| {
        let mut count = |id: &str| words += loc.text(id, args).split_whitespace().count();
        if let Some(t) = &e.text {
            count(t);
        }
        for (_, t) in &e.offered {
            count(t);
        }
        if let Some(step) = &e.taken {
            decisions += 1;
            if let Some(fb) = &step.feedback {
                count(fb);
            }
        }
    });
    let minutes = words as f64 / WORDS_PER_MINUTE
        + decisions as f64 * SECONDS_PER_DECISION / 60.0
        + BRIEFING_AND_DEBRIEF_MINUTES;
    PlayTime {
        words,
        decisions,
        minutes: minutes.round() as u32,
        choose: choose.to_vec(),
        seed,
        lang: lang.to_string(),
    }
}

/// Whether the author's `minutes` is within [`TOLERANCE`] of the estimate.
pub fn plausible(authored: u32, estimate: u32) -> bool {
    let (a, e) = (f64::from(authored), f64::from(estimate.max(1)));
    a <= e * TOLERANCE && a * TOLERANCE >= e
}
