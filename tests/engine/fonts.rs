//! The shipped fonts cover every character of every shipped locale, and mixed
//! Arabic/Latin/digit text is covered through the fallback between the two fonts.

use crate::util;
use sanad::diagnostic::Report;
use sanad::i18n::Catalog;
use sanad::session::Session;

struct Font {
    name: &'static str,
    data: Vec<u8>,
}

impl Font {
    fn load(file: &'static str) -> Font {
        let path = util::root().join("assets/fonts").join(file);
        Font {
            name: file,
            data: std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
        }
    }
    fn covers(&self, c: char) -> bool {
        let face = ttf_parser::Face::parse(&self.data, 0).expect("font parses");
        face.glyph_index(c).is_some()
    }
}

/// Characters that take no glyph: spaces, line breaks, bidi controls, joiners.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{061C}')
}

fn fonts() -> (Font, Font) {
    (
        Font::load("NotoSans-Regular.ttf"),
        Font::load("NotoSansArabic-Regular.ttf"),
    )
}

#[test]
fn fonts_cover_every_message_of_every_locale() {
    let (latin, arabic) = fonts();
    let mut r = Report::default();
    let catalog = Catalog::load(&util::root(), &mut r);
    let scn = util::scenario("domestic-worker-passport");
    // Each profile's arguments, made once; each distinct character is looked up in the fonts
    // once.
    let profiles: Vec<_> = (0..16)
        .map(|seed| Session::new(&scn, seed).args(&scn))
        .collect();
    let mut seen = std::collections::HashMap::<char, bool>::new();
    let mut missing = Vec::new();
    let mut checked = 0;
    for locale in catalog.locales() {
        let loc = catalog.localizer(locale);
        for file in catalog.files(locale) {
            // Terms reach the screen through the messages that use them.
            for m in file.messages.iter().chain(&file.terms) {
                // The literal text of every variant, and the text as formatted with each
                // profile's arguments (names, numbers in the locale's digits).
                let mut texts = vec![m.text.clone()];
                if !m.id.starts_with('-') {
                    for args in &profiles {
                        texts.push(loc.text(&m.id, args));
                    }
                }
                for t in texts {
                    for c in t.chars().filter(|c| !invisible(*c)) {
                        checked += 1;
                        let covered = *seen
                            .entry(c)
                            .or_insert_with(|| latin.covers(c) || arabic.covers(c));
                        if !covered {
                            missing.push(format!(
                                "{locale}/{}: `{}` U+{:04X} in {}",
                                file.name, c, c as u32, m.id
                            ));
                        }
                    }
                }
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(checked > 10_000, "too few characters checked: {checked}");
    assert!(
        missing.is_empty(),
        "not covered by the shipped fonts:\n{}",
        missing.join("\n")
    );
}

#[test]
fn mixed_arabic_latin_and_digits_fall_back_between_the_fonts() {
    let (latin, arabic) = fonts();
    // An Arabic sentence with a Latin name, Latin digits and Arabic-Indic digits, as a
    // trainee may see when a case file quotes a passport.
    let sentence = "سلّمت ماريا جواز السفر رقم P1234567 (Maria Santos) قبل ١٢ شهراً في أربيل.";
    for c in sentence.chars().filter(|c| !invisible(*c)) {
        let primary = arabic.covers(c);
        let fallback = latin.covers(c);
        assert!(
            primary || fallback,
            "`{c}` U+{:04X} is in neither font",
            c as u32
        );
        if c.is_ascii_alphanumeric() {
            assert!(fallback, "{} lacks Latin `{c}`", latin.name);
        }
        if ('\u{0600}'..='\u{06FF}').contains(&c) {
            assert!(primary, "{} lacks Arabic `{c}`", arabic.name);
        }
    }
    // And the reverse: the Latin font does not carry Arabic, so the fallback is needed.
    assert!(
        !latin.covers('ج'),
        "{} unexpectedly covers Arabic",
        latin.name
    );
    // Sorani's own letters are in the Arabic font.
    for c in ['ڕ', 'ڵ', 'ۆ', 'ێ', 'ە', 'ڤ', 'پ', 'چ', 'ژ', 'گ'] {
        assert!(arabic.covers(c), "{} lacks Sorani `{c}`", arabic.name);
    }
}
