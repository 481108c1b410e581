//! `sanad shot --screen S --out FILE.png [..]`: renders one screen of the app to a PNG and
//! exits. Used by the render tests, the README's screenshots, and instructors making handouts.

use sanad::app::shot::{ShotPlan, ShotScreen};
use sanad::diagnostic::Report;
use sanad::i18n::Catalog;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args, Debug, Clone)]
pub struct ShotArgs {
    /// The screen to render.
    #[arg(long, value_enum)]
    pub screen: ShotScreenArg,
    /// The scenario (play and debrief). Default: the first in the library.
    #[arg(long, value_name = "ID")]
    pub scenario: Option<String>,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Choices by authored position, as for `sanad run`. Lines are passed automatically.
    #[arg(long, value_delimiter = ',', value_name = "N,N,..")]
    pub choose: Vec<u32>,
    /// Where to write the PNG.
    #[arg(long, value_name = "FILE.png")]
    pub out: PathBuf,
    /// Window size in pixels.
    #[arg(long, default_value = "1280x800", value_name = "WxH")]
    pub size: String,
    /// Self-paced mode (the play screen shows the feedback of the last choice).
    #[arg(long)]
    pub self_paced: bool,
    /// High-contrast theme.
    #[arg(long)]
    pub high_contrast: bool,
    /// Text size step: 0 small, 1 medium, 2 large, 3 extra large.
    #[arg(long, default_value_t = 1)]
    pub text_size: u8,
    /// A data folder to show (read only): the attempts of the progress and class views. The
    /// progress view shows trainee TR-DEMO's.
    #[arg(long, value_name = "DIR")]
    pub data: Option<std::path::PathBuf>,
    /// Play screen: click the choice shown at this place (1-9, first on screen is 1) with the
    /// mouse, then capture what it led to. Fails when the click changes nothing.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=9))]
    pub click: Option<u8>,
    /// Play screen: press this digit key and capture the first frame that shows what it
    /// chose, printing the time from the key press to that frame (`latency_ms ... frames ...`).
    /// Fails when the key changes nothing.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=9), conflicts_with = "click")]
    pub press: Option<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ShotScreenArg {
    Home,
    Play,
    Debrief,
    Briefing,
    Settings,
    Language,
    Progress,
    Class,
}

impl From<ShotScreenArg> for ShotScreen {
    fn from(s: ShotScreenArg) -> Self {
        match s {
            ShotScreenArg::Home => ShotScreen::Home,
            ShotScreenArg::Play => ShotScreen::Play,
            ShotScreenArg::Debrief => ShotScreen::Debrief,
            ShotScreenArg::Briefing => ShotScreen::Briefing,
            ShotScreenArg::Settings => ShotScreen::Settings,
            ShotScreenArg::Language => ShotScreen::Language,
            ShotScreenArg::Progress => ShotScreen::Progress,
            ShotScreenArg::Class => ShotScreen::Class,
        }
    }
}

fn parse_size(s: &str) -> Option<(u32, u32)> {
    let (w, h) = s.split_once(['x', 'X'])?;
    let (w, h) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
    ((200..=8000).contains(&w) && (200..=8000).contains(&h)).then_some((w, h))
}

pub fn shot(root: &Path, lang: Option<&str>, args: &ShotArgs) -> ExitCode {
    let Some(size) = parse_size(&args.size) else {
        eprintln!("error: --size must look like 1280x800 (200 to 8000 pixels each way)");
        return ExitCode::from(2);
    };
    let catalog = Catalog::load(root, &mut Report::default());
    let lang = match lang {
        Some(_) => match super::language(&catalog, lang) {
            Ok(l) => l,
            Err(code) => return code,
        },
        None => "en".to_string(),
    };
    let plan = ShotPlan {
        screen: args.screen.into(),
        scenario: args.scenario.clone(),
        seed: args.seed,
        choose: args.choose.clone(),
        out: args.out.clone(),
        self_paced: args.self_paced,
        size,
        high_contrast: args.high_contrast,
        text_size: args.text_size,
        data: args.data.clone(),
        click: args.click,
        press: args.press,
    };
    sanad::app::shot::run(root, lang, plan)
}
