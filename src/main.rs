//! `sanad`: the training app, and the command-line tools that share its engine.

// On Windows the app build is a GUI program: double-clicked, it opens no console window. Its
// subcommands still print when it is started from cmd or PowerShell: see `windows_console`.
// The engine-only build (no `gui`) has no app and stays a console program.
#![cfg_attr(all(windows, feature = "gui"), windows_subsystem = "windows")]

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(windows)]
    windows_console();
    #[cfg(feature = "gui")]
    std::sync::LazyLock::force(&sanad::app::PROCESS_START);
    let cli = cli::Cli::parse();
    if let Some(code) = cli::dispatch(&cli) {
        return code;
    }
    cli::open_app(&cli)
}

/// On Windows: prints go to the console the program was started from, as UTF-8.
///
/// A GUI-subsystem program gets no console and no standard handles. `AttachConsole` joins
/// the console of the parent (cmd, PowerShell) when there is one; Windows then gives the
/// process that console's standard handles, and Rust's `stdout`/`stderr` ask
/// `GetStdHandle` at each write, so `println!` works from then on. It fails, harmlessly,
/// when there is no parent console (started from Explorer) or when the program already has
/// one (the console build); output redirected to a file or pipe keeps its handles.
/// `SetConsoleOutputCP(65001)` makes that console decode output as UTF-8, so that Arabic and
/// Kurdish text reaching it as bytes (through a pipe, or read by PowerShell) is shown right;
/// text written straight to the console goes as UTF-16 in any case. The code page stays set
/// on that console after Sanad exits, as with `chcp 65001`.
#[cfg(windows)]
fn windows_console() {
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, SetConsoleOutputCP,
    };
    const CP_UTF8: u32 = 65001;
    // SAFETY: plain Win32 calls with constant arguments; they report failure only through
    // their return value, and both failures are harmless (see above).
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
        SetConsoleOutputCP(CP_UTF8);
    }
}
