//! `sanad graph SCENARIO --format dot|mermaid [--seed S]`.

use super::{emit, load_for_words};
use sanad::graph::GraphFormat;
use sanad::session::Session;
use std::path::Path;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormatArg {
    Dot,
    Mermaid,
}

impl From<GraphFormatArg> for GraphFormat {
    fn from(f: GraphFormatArg) -> Self {
        match f {
            GraphFormatArg::Dot => GraphFormat::Dot,
            GraphFormatArg::Mermaid => GraphFormat::Mermaid,
        }
    }
}

pub fn graph(
    root: &Path,
    scenario: &str,
    format: GraphFormat,
    seed: u64,
    lang: Option<&str>,
) -> ExitCode {
    let (loaded, locale) = match load_for_words(root, scenario, lang) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let scn = &loaded.library.scenarios[0];
    let loc = loaded.catalog.localizer(&locale);
    let args = Session::new(scn, seed).args(scn);
    emit(&sanad::graph::render(scn, &loc, &args, format));
    ExitCode::SUCCESS
}
