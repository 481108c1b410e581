//! The limits that keep hostile or broken content from hurting anyone: file size, node count,
//! asset paths that must stay inside their folder, the states any exploration keeps and the
//! screens one scripted run plays. Used by the loader, the decoder, the explorer and the
//! script player; all are in docs/authoring.md ("Limits").

use std::path::{Component, Path};

/// Larger files are refused unread. The largest shipped scenario is well under 100 KiB; a
/// 100,000-node scenario from `synth` is about 43 MiB, so the largest of that shape that
/// passes has about 70,000 nodes.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// More nodes than this are refused.
pub const MAX_NODES: usize = 200_000;

/// An asset path written in a scenario must be relative and stay below its folder.
pub fn check_relative_path(p: &str) -> Result<(), &'static str> {
    if p.is_empty() {
        return Err("empty path");
    }
    if p.contains('\\') || p.contains('\0') {
        return Err("use `/` between folders; `\\` and NUL are not allowed");
    }
    let path = Path::new(p);
    for c in path.components() {
        match c {
            Component::Normal(_) => {}
            Component::CurDir => {}
            Component::ParentDir => return Err("`..` would leave the assets folder"),
            Component::RootDir | Component::Prefix(_) => {
                return Err("absolute paths are not allowed");
            }
        }
    }
    Ok(())
}

/// The most states any exploration keeps (`sanad analyze --max-states` refuses more). A state
/// costs about 100 bytes and its edges as much again, so this stays within about 2 GiB.
pub const MAX_STATES: usize = 10_000_000;

/// The most screens one scripted run (`sanad run`, `sanad shot`, the tests) plays: a loop in a
/// scenario lets a run go on without end, and every screen is kept for the transcript. A
/// real run shows a few hundred.
pub const MAX_RUN_STEPS: usize = 10_000;
