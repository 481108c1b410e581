//! `sanad export --out DIR [--data DIR]`: writes the attempts kept on this computer, one JSON
//! file each and all of them as rows of `attempts.csv`, for the instructor (a USB stick).

use sanad::attempts::{self, Store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn export(out: &Path, data: Option<&PathBuf>) -> ExitCode {
    let dir = match data.cloned().map_or_else(sanad::records::data_dir, Ok) {
        Ok(dir) => dir,
        Err(e) => {
            eprintln!("error: {e}; or give the data folder with `--data DIR`");
            return ExitCode::from(2);
        }
    };
    // Read only: exporting while the app runs is allowed, and changes nothing there.
    let store = Store::read_only(&dir);
    let (list, problems) = store.load();
    for p in &problems {
        eprintln!("warning: {}: {}", p.path.display(), p.message);
    }
    match attempts::export(&list, out) {
        Ok(n) => {
            println!(
                "exported {n} attempt(s) from {} to {} (one JSON file each in attempts/, and attempts.csv)",
                dir.display(),
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
