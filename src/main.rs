//! `sanad`: the training app, and the command-line tools that share its engine.

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(feature = "gui")]
    std::sync::LazyLock::force(&sanad::app::PROCESS_START);
    let cli = cli::Cli::parse();
    if let Some(code) = cli::dispatch(&cli) {
        return code;
    }
    cli::open_app(&cli)
}
