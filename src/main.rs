//! `sanad`: the training app, and the command-line tools that share its engine.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(feature = "gui")]
    std::sync::LazyLock::force(&sanad::app::PROCESS_START);
    let cli = sanad::cli::Cli::parse();
    if let Some(code) = sanad::cli::dispatch(&cli) {
        return code;
    }
    open_app(&cli)
}

#[cfg(feature = "gui")]
fn open_app(cli: &sanad::cli::Cli) -> ExitCode {
    sanad::app::run(cli)
}

#[cfg(not(feature = "gui"))]
fn open_app(_cli: &sanad::cli::Cli) -> ExitCode {
    eprintln!(
        "error: this build of sanad has no app (built without the `gui` feature); \
         use a subcommand, see `sanad --help`"
    );
    ExitCode::from(2)
}
