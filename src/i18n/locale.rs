//! What Sanad knows about each language, in one table: direction, digits, the font family it
//! is written in, and whether the app offers it. Adding a language means one entry in
//! [`LOCALES`], its translations in `locales/<id>/` and, if its script is new, a font family in
//! [`FONT_FAMILIES`] with its files in `assets/fonts/`.

/// The fallback and source language.
pub const SOURCE_LOCALE: &str = "en";

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Digits {
    /// 0123456789
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩ (U+0660..U+0669)
    ArabicIndic,
}

/// A font family shipped in `assets/fonts/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FontFamily {
    /// The family name inside the font files, e.g. `Noto Sans Arabic`.
    pub name: &'static str,
    /// File names in `assets/fonts/`.
    pub regular: &'static str,
    pub bold: &'static str,
    /// ISO 15924 scripts for which this family is tried first; the other families are their
    /// fallbacks, in table order. `Zyyy` (common: digits, punctuation) and `Zinh` (inherited
    /// marks) belong to the family of the source language.
    pub scripts: &'static [[u8; 4]],
}

/// Noto Sans: Latin text, digits and punctuation.
pub const LATIN_FONT: FontFamily = FontFamily {
    name: "Noto Sans",
    regular: "NotoSans-Regular.ttf",
    bold: "NotoSans-Bold.ttf",
    scripts: &[*b"Latn", *b"Zyyy", *b"Zinh"],
};

/// Noto Sans Arabic: the Arabic alphabet, including Sorani's and Kurmanji's letters.
pub const ARABIC_FONT: FontFamily = FontFamily {
    name: "Noto Sans Arabic",
    regular: "NotoSansArabic-Regular.ttf",
    bold: "NotoSansArabic-Bold.ttf",
    scripts: &[*b"Arab"],
};

/// Every font family the app loads. Each family falls back to the others, so that a Latin
/// name or digit inside Arabic text (and the reverse) shows no boxes.
pub const FONT_FAMILIES: [FontFamily; 2] = [LATIN_FONT, ARABIC_FONT];

/// What Sanad knows about a locale.
#[derive(Clone, Copy, Debug)]
pub struct LocaleMeta {
    pub id: &'static str,
    /// The language's name in English, for people reading the code and the docs. The name
    /// shown in the app is the message `language-<id>`, the language named in itself.
    pub english_name: &'static str,
    pub direction: Direction,
    pub digits: Digits,
    /// The font family its text is written in.
    pub font: FontFamily,
    /// Whether the app offers it on the language and settings screens. Only languages whose
    /// translation ships in `locales/<id>/` are offered.
    pub offered: bool,
}

/// Every locale Sanad knows. CLDR gives `arab` (Arabic-Indic) as the default numbering system
/// for `ar-IQ` and for `ckb`; Iraqi and Kurdistan Region documents use them.
///
/// Kurmanji (Badini) in Duhok is mostly written in the Arabic-based alphabet (this needs
/// local confirmation, see `locales/REVIEW.md`). Its direction and digits are known so that a
/// `locales/kmr/` is formatted correctly, but no Kurmanji translation ships yet, so the app
/// does not offer it.
pub const LOCALES: [LocaleMeta; 4] = [
    LocaleMeta {
        id: "en",
        english_name: "English",
        direction: Direction::Ltr,
        digits: Digits::Latin,
        font: LATIN_FONT,
        offered: true,
    },
    LocaleMeta {
        id: "ar",
        english_name: "Arabic",
        direction: Direction::Rtl,
        digits: Digits::ArabicIndic,
        font: ARABIC_FONT,
        offered: true,
    },
    LocaleMeta {
        id: "ckb",
        english_name: "Kurdish (Sorani)",
        direction: Direction::Rtl,
        digits: Digits::ArabicIndic,
        font: ARABIC_FONT,
        offered: true,
    },
    LocaleMeta {
        id: "kmr",
        english_name: "Kurdish (Kurmanji)",
        direction: Direction::Rtl,
        digits: Digits::ArabicIndic,
        font: ARABIC_FONT,
        offered: false,
    },
];

/// What Sanad knows about `locale`, if it is in [`LOCALES`].
pub fn meta(locale: &str) -> Option<LocaleMeta> {
    LOCALES.iter().copied().find(|m| m.id == locale)
}

/// The source language's entry.
pub(super) fn source_meta() -> LocaleMeta {
    meta(SOURCE_LOCALE).unwrap_or(LOCALES[0])
}

const fn offered_count() -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < LOCALES.len() {
        if LOCALES[i].offered {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The ids of the locales the app offers, in table order: the `offered` entries of
/// [`LOCALES`]. Each is named in itself by `language-<id>`.
pub const APP_LOCALES: [&str; offered_count()] = {
    let mut out = [""; offered_count()];
    let (mut i, mut n) = (0, 0);
    while i < LOCALES.len() {
        if LOCALES[i].offered {
            out[n] = LOCALES[i].id;
            n += 1;
        }
        i += 1;
    }
    out
};

/// The known locale ids, for hints: `en, ar, ckb, kmr`.
pub(super) fn known_ids() -> String {
    LOCALES.iter().map(|m| m.id).collect::<Vec<_>>().join(", ")
}

/// Converts ASCII digits to the locale's digits.
pub fn localize_digits(s: &str, digits: Digits) -> String {
    match digits {
        Digits::Latin => s.to_string(),
        Digits::ArabicIndic => s
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c),
                '.' => '\u{066B}',
                _ => c,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits() {
        assert_eq!(localize_digits("12.5%", Digits::ArabicIndic), "١٢٫٥%");
        assert_eq!(localize_digits("12", Digits::Latin), "12");
    }

    #[test]
    fn app_locales_are_the_offered_entries() {
        assert_eq!(APP_LOCALES, ["en", "ar", "ckb"]);
        assert!(meta("kmr").is_some_and(|m| !m.offered));
        assert_eq!(known_ids(), "en, ar, ckb, kmr");
        assert_eq!(source_meta().id, SOURCE_LOCALE);
    }

    #[test]
    fn every_locale_font_is_loaded_and_every_script_has_one_family() {
        for m in LOCALES {
            assert!(FONT_FAMILIES.contains(&m.font), "{}: font not loaded", m.id);
        }
        let mut scripts: Vec<[u8; 4]> = FONT_FAMILIES
            .iter()
            .flat_map(|f| f.scripts.iter().copied())
            .collect();
        let n = scripts.len();
        scripts.sort_unstable();
        scripts.dedup();
        assert_eq!(scripts.len(), n, "a script is claimed by two families");
        assert!(scripts.contains(b"Zyyy") && scripts.contains(b"Zinh"));
        assert_eq!(source_meta().font.scripts[0], *b"Latn");
    }
}
