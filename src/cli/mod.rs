//! The command line: the app (no subcommand) and `check`, `run`, `analyze`, `graph`, `i18n`,
//! `export`, `report` and, in the app build, `shot`. One file per subcommand. Flags and JSON shapes are fixed by
//! the issues; scripts outside this repository rely on them. Everything here translates
//! arguments into engine calls and engine results into output; the library knows no clap.

mod analyze;
mod check;
mod export;
mod graph;
mod i18n;
mod report;
mod run;
#[cfg(feature = "gui")]
mod shot;

use clap::{Parser, Subcommand, ValueEnum};
use sanad::i18n::Catalog;
use sanad::loader::{self, Loaded, Purpose, Selection};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "sanad",
    version,
    about = "Sanad: victim-centred investigation training (trafficking in persons, migrant smuggling)",
    long_about = "Without a subcommand, opens the training app. Subcommands check, play and \
                  inspect content from the command line."
)]
pub struct Cli {
    /// The content folder (the one that holds `scenarios/` and `locales/`). Default: the
    /// current directory, or the folder beside the executable.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,

    /// Language of the app and of transcripts (en, ar, ckb). Default: the OS locale, then en.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// App only: start in this mode.
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,

    /// App only: start straight into this scenario's briefing.
    #[arg(long, value_name = "ID")]
    pub scenario: Option<String>,

    /// App only: play every scenario with this seed, so that a whole group meets the same
    /// person and variant (default: a new seed each attempt).
    #[arg(long = "seed", value_name = "N")]
    pub app_seed: Option<u64>,

    /// Dev builds: start the scenario given with `--scenario` at this node (author preview).
    #[cfg(feature = "dev")]
    #[arg(long, value_name = "NODE", requires = "scenario")]
    pub jump: Option<String>,

    /// Dev builds: variable values for `--jump`, e.g. `distress=8,trust=2`.
    #[cfg(feature = "dev")]
    #[arg(long, value_delimiter = ',', value_parser = parse_var, value_name = "VAR=N,..")]
    pub set: Vec<(String, i64)>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[cfg(feature = "dev")]
fn parse_var(s: &str) -> Result<(String, i64), String> {
    let (k, v) = s
        .split_once('=')
        .ok_or_else(|| format!("`{s}` is not VAR=N"))?;
    let n = v
        .trim()
        .parse()
        .map_err(|_| format!("`{v}` is not a whole number"))?;
    Ok((k.trim().to_string(), n))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    Workshop,
    #[value(name = "self-paced", alias = "self")]
    SelfPaced,
}

impl From<ModeArg> for sanad::records::Mode {
    fn from(m: ModeArg) -> Self {
        match m {
            ModeArg::Workshop => sanad::records::Mode::Workshop,
            ModeArg::SelfPaced => sanad::records::Mode::SelfPaced,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    #[default]
    Text,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Parse and validate scenarios and locales; report every problem in one pass.
    Check {
        /// Files or folders to check. Default: `scenarios/` and `locales/`.
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
        /// Missing translations and unused messages are errors.
        #[arg(long)]
        strict: bool,
    },
    /// Play a scenario without a window and print the transcript and the debrief.
    Run {
        /// A scenario file, or a scenario id from `scenarios/`.
        scenario: String,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Choices by authored position (1-based, in file order), e.g. `2,1,3`.
        #[arg(long, value_delimiter = ',', value_name = "N,N,..")]
        choose: Vec<u32>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Reachability, best and worst scores with their paths, path counts, and fairness.
    Analyze {
        /// A scenario file, or a scenario id from `scenarios/`.
        #[arg(required_unless_present = "library", conflicts_with = "library")]
        scenario: Option<String>,
        /// The library as a whole instead: minutes of material, competencies trained in each
        /// scenario, and the people trainees meet, against a workshop's goals.
        #[arg(long)]
        library: bool,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
        /// Also run N random playthroughs and report endings and scores.
        #[arg(long, value_name = "N")]
        simulate: Option<usize>,
        /// Seed of the random playthroughs.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Explore at most this many states; past it the report says it approximated.
        #[arg(long, default_value_t = sanad::analysis::STATE_LIMIT)]
        max_states: usize,
    },
    /// The scenario as a graph: Graphviz dot or Mermaid, labelled in a language.
    Graph {
        /// A scenario file, or a scenario id from `scenarios/`.
        scenario: String,
        #[arg(long, value_enum)]
        format: graph::GraphFormatArg,
        /// The profile used to fill names and numbers in labels.
        #[arg(long, default_value_t = 0)]
        seed: u64,
    },
    /// Translation completeness per locale and file.
    I18n {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Write the attempts kept on this computer to a folder (for the instructor): one JSON file
    /// each, and `attempts.csv`. Only pseudonymous trainee codes are written.
    Export {
        /// Where to write (for example a USB stick).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The data folder to read. Default: this computer's (SANAD_DATA_DIR, or the user's).
        #[arg(long, value_name = "DIR")]
        data: Option<PathBuf>,
    },
    /// The class report from exported attempts: Markdown, CSV and charts (SVG, PNG).
    Report {
        /// Export files and folders (searched for `.json` attempt files).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Where to write the report.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Also print the report's figures as JSON.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Render a screen of the app to a PNG and exit (needs a display, e.g. under xvfb-run).
    #[cfg(feature = "gui")]
    Shot(shot::ShotArgs),
}

/// Runs a subcommand. `None` when there is none (the caller opens the app).
pub fn dispatch(cli: &Cli) -> Option<ExitCode> {
    let command = cli.command.as_ref()?;
    let root = match root(cli) {
        Ok(r) => r,
        Err(code) => return Some(code),
    };
    let lang = cli.lang.as_deref();
    Some(match command {
        Command::Check {
            paths,
            format,
            strict,
        } => check::check(&root, paths, *format, *strict),
        Command::Run {
            scenario,
            seed,
            choose,
            format,
        } => run::run(&root, scenario, *seed, choose, *format, lang),
        Command::Analyze {
            library: true,
            format,
            ..
        } => analyze::library(&root, *format),
        Command::Analyze {
            scenario,
            format,
            simulate,
            seed,
            max_states,
            ..
        } => analyze::analyze(
            &root,
            scenario.as_deref().unwrap_or_default(),
            *format,
            *simulate,
            *seed,
            *max_states,
        ),
        Command::Graph {
            scenario,
            format,
            seed,
        } => graph::graph(&root, scenario, (*format).into(), *seed, lang),
        Command::I18n { format } => i18n::i18n_table(&root, *format),
        Command::Export { out, data } => export::export(out, data.as_ref()),
        Command::Report { paths, out, format } => report::report(&root, paths, out, *format, lang),
        #[cfg(feature = "gui")]
        Command::Shot(args) => shot::shot(&root, lang, args),
    })
}

/// The content folder, or the exit code after saying why there is none.
pub fn root(cli: &Cli) -> Result<PathBuf, ExitCode> {
    loader::find_root(cli.content.as_deref()).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(2)
    })
}

/// Writes to standard output; a closed pipe (`sanad run .. | head`) is not an error.
pub fn emit(s: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes()).and_then(|_| out.flush());
}

/// A value as pretty JSON and a newline.
pub fn emit_json(v: &impl serde::Serialize) {
    emit(&format!(
        "{}\n",
        serde_json::to_string_pretty(v).unwrap_or_default()
    ));
}

/// One scenario (a path or an id) with the rubric and the catalog, or the exit code after
/// printing why it cannot be played.
pub fn load_one(root: &Path, arg: &str) -> Result<Loaded, ExitCode> {
    let path = loader::resolve_scenario(root, arg).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(1)
    })?;
    let loaded = loader::load(root, &Selection::One(&path), Purpose::Play);
    if loaded.library.scenarios.len() == 1 {
        Ok(loaded)
    } else {
        use std::io::IsTerminal;
        let color = sanad::diagnostic::color_wanted(std::io::stderr().is_terminal());
        eprint!("{}", loaded.report.render_styled(color));
        Err(ExitCode::from(1))
    }
}

/// One scenario, as [`load_one`], and the language to write its texts in, as [`language`].
pub fn load_for_words(
    root: &Path,
    arg: &str,
    lang: Option<&str>,
) -> Result<(Loaded, String), ExitCode> {
    let loaded = load_one(root, arg)?;
    let locale = language(&loaded.catalog, lang)?;
    Ok((loaded, locale))
}

/// The language to write in: the one asked for, else the OS locale, else English. The one
/// asked for is matched without regard to case and negotiated (`ar-IQ` gives `ar`, `EN`
/// gives `en`); a language the catalog does not have is an error that lists those it has.
pub fn language(catalog: &Catalog, lang: Option<&str>) -> Result<String, ExitCode> {
    let available = catalog.locales();
    match lang {
        None => Ok(sanad::i18n::negotiate(None, &available)),
        Some(l) => match_language(l, &available).ok_or_else(|| {
            eprintln!(
                "error: no locale `{}`; available: {}",
                sanad::diagnostic::escape_invisible(l),
                available.join(", ")
            );
            ExitCode::from(1)
        }),
    }
}

/// The locale among `available` that `--lang asked` gives, if any: case-insensitive, `_`
/// read as `-`, then negotiated by lookup (dropping subtags from the end, as
/// `fluent-langneg` does), so the match always has the language asked for.
pub fn match_language(asked: &str, available: &[&str]) -> Option<String> {
    let asked = asked.trim().replace('_', "-");
    if let Some(exact) = available.iter().find(|a| a.eq_ignore_ascii_case(&asked)) {
        return Some(exact.to_string());
    }
    // Negotiation falls back to English; only a result in the language asked for counts.
    let got = sanad::i18n::negotiate_from(std::slice::from_ref(&asked), available);
    let language = |tag: &str| tag.split('-').next().unwrap_or("").to_ascii_lowercase();
    (language(&got) == language(&asked)).then_some(got)
}

/// `sanad` without a subcommand: opens the app.
#[cfg(feature = "gui")]
pub fn open_app(cli: &Cli) -> ExitCode {
    let root = match root(cli) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let mut launch = sanad::app::Launch::new(root);
    launch.lang = cli.lang.clone();
    launch.mode = cli.mode.map(Into::into);
    launch.scenario = cli.scenario.clone();
    launch.seed = cli.app_seed;
    launch.data_dir = match sanad::records::data_dir() {
        Ok(dir) => Some(dir),
        Err(e) => {
            // The app still opens (a workshop can go on), keeping nothing; the reason goes to
            // the console the app was started from, if any.
            eprintln!("error: {e}");
            None
        }
    };
    #[cfg(feature = "dev")]
    {
        launch.jump = cli.jump.clone();
        launch.set = cli.set.clone();
    }
    sanad::app::run(launch)
}

#[cfg(not(feature = "gui"))]
pub fn open_app(_cli: &Cli) -> ExitCode {
    eprintln!(
        "error: this build of sanad has no app (built without the `gui` feature); \
         use a subcommand, see `sanad --help`"
    );
    ExitCode::from(2)
}
