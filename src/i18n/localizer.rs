//! The localizer: message lookup with English fallback message by message, locale digits
//! and direction, and language negotiation.

use super::catalog::Catalog;
use super::keys;
use super::locale::{Direction, LocaleMeta, SOURCE_LOCALE, localize_digits, source_meta};
use crate::model::ArgValue;
use fluent_bundle::{FluentArgs, FluentValue};
use unic_langid::LanguageIdentifier;

/// How missing translations show.
#[derive(Clone, Copy)]
pub struct Localizer<'c> {
    catalog: &'c Catalog,
    lang: usize,
    /// Dev builds: mark English fallbacks with `[en]` and missing ids with `[missing: id]`.
    /// Never set in release builds: a trainee never sees a raw id.
    pub mark_missing: bool,
}

impl Catalog {
    /// A localizer for `locale` (English when the locale is not loaded).
    pub fn localizer(&self, locale: &str) -> Localizer<'_> {
        let lang = self
            .index(locale)
            .or_else(|| self.index(SOURCE_LOCALE))
            .unwrap_or(0);
        Localizer {
            catalog: self,
            lang,
            mark_missing: false,
        }
    }
}

/// Why a text was not found in the chosen language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    InLocale,
    Fallback,
    Missing,
}

impl<'c> Localizer<'c> {
    pub fn locale(&self) -> &str {
        self.catalog
            .locales
            .get(self.lang)
            .map_or(SOURCE_LOCALE, |l| l.id.as_str())
    }

    pub fn meta(&self) -> LocaleMeta {
        self.catalog
            .locales
            .get(self.lang)
            .and_then(|l| l.meta)
            .unwrap_or_else(source_meta)
    }

    pub fn direction(&self) -> Direction {
        self.meta().direction
    }

    pub fn is_rtl(&self) -> bool {
        self.direction() == Direction::Rtl
    }

    /// Numbers formatted outside Fluent (e.g. in the app's bars) with the locale's digits.
    pub fn number(&self, n: impl std::fmt::Display) -> String {
        localize_digits(&n.to_string(), self.meta().digits)
    }

    fn format_in(&self, idx: usize, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = &self.catalog.locales.get(idx)?.bundle;
        let msg = bundle.get_message(id)?;
        let pattern = msg.value()?;
        let mut errors = Vec::new();
        let s = bundle.format_pattern(pattern, args, &mut errors);
        Some(join_lines(&s))
    }

    /// The arguments message `id` of locale `idx` can read, as Fluent takes them.
    fn fluent_args(
        &self,
        idx: usize,
        id: &str,
        args: &[(String, ArgValue)],
    ) -> FluentArgs<'static> {
        let reads = self
            .catalog
            .locales
            .get(idx)
            .and_then(|l| l.reads.get(id))
            .map_or(&[][..], Vec::as_slice);
        let mut fa = FluentArgs::with_capacity(reads.len());
        for (k, v) in args.iter().filter(|(k, _)| reads.contains(k)) {
            let val = match v {
                ArgValue::Number(n) => FluentValue::from(*n),
                ArgValue::Str(s) => FluentValue::from(s.clone()),
                ArgValue::Text(m) => FluentValue::from(self.text(m, &[])),
            };
            fa.set(k.clone(), val);
        }
        fa
    }

    /// The message in this language, else in English; never a raw id.
    pub fn text(&self, id: &str, args: &[(String, ArgValue)]) -> String {
        self.lookup(id, args).0
    }

    /// Like [`Self::text`], and says where the text came from.
    pub fn lookup(&self, id: &str, args: &[(String, ArgValue)]) -> (String, Found) {
        let args_in = |idx: usize| (!args.is_empty()).then(|| self.fluent_args(idx, id, args));
        if let Some(s) = self.format_in(self.lang, id, args_in(self.lang).as_ref()) {
            return (s, Found::InLocale);
        }
        if let Some(en) = self.catalog.index(SOURCE_LOCALE)
            && let Some(s) = self.format_in(en, id, args_in(en).as_ref())
        {
            let s = if self.mark_missing {
                format!("[en] {s}")
            } else {
                s
            };
            return (s, Found::Fallback);
        }
        if self.mark_missing {
            return (format!("[missing: {id}]"), Found::Missing);
        }
        let unavailable = self
            .format_in(self.lang, keys::TEXT_UNAVAILABLE, None)
            .or_else(|| {
                self.catalog
                    .index(SOURCE_LOCALE)
                    .and_then(|en| self.format_in(en, keys::TEXT_UNAVAILABLE, None))
            })
            .unwrap_or_else(|| "…".to_string());
        (unavailable, Found::Missing)
    }

    /// A paragraph: in right-to-left locales it starts with U+200F RIGHT-TO-LEFT MARK, so that
    /// a paragraph beginning with a Latin name or a digit is still laid out right to left.
    pub fn paragraph(&self, id: &str, args: &[(String, ArgValue)]) -> String {
        self.para(self.text(id, args))
    }

    /// Applies the paragraph direction to a text already formatted.
    pub fn para(&self, s: String) -> String {
        if self.is_rtl() {
            format!("\u{200F}{s}")
        } else {
            s
        }
    }

    /// Shorthand for a message with one argument.
    pub fn text1(&self, id: &str, name: &str, value: ArgValue) -> String {
        self.text(id, &[(name.to_string(), value)])
    }
}

/// Fluent keeps the line breaks of multi-line values. Authors wrap long texts for
/// readability, so a single line break becomes a space; an empty line (two breaks) starts a
/// new paragraph.
pub fn join_lines(s: &str) -> String {
    if !s.contains('\n') {
        return s.to_string();
    }
    s.split("\n\n")
        .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Removes the bidirectional isolates (Fluent's U+2068 and U+2069 around arguments, and any
/// U+2066 to U+2069 a translator wrote), the embeddings and overrides (U+202A to U+202E) and
/// the RLM, for terminals and JSON where they only get in the way. What is left never has an
/// isolate or an override open, whatever the translation holds.
pub fn strip_bidi(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200F}'))
        .collect()
}

/// The language to use: the user's choice first, then the system's languages
/// ([`system_locales`]), then English. Only locales the catalog has are returned.
pub fn negotiate(user: Option<&str>, available: &[&str]) -> String {
    let mut requested: Vec<String> = user.map(str::to_string).into_iter().collect();
    requested.extend(system_locales());
    negotiate_from(&requested, available)
}

/// The system's languages, most preferred first, as BCP 47 tags.
///
/// On Unix the locale environment comes first, as in every Unix program: the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set decides (`C` and `POSIX` ask for no language,
/// so English is used). When none is set, and on every other platform, `sys-locale` asks the
/// system (the user's languages on Windows and macOS).
pub fn system_locales() -> Vec<String> {
    #[cfg(unix)]
    if let Some(tags) = env_locale(|var| std::env::var(var).ok()) {
        return tags;
    }
    sys_locale::get_locales().collect()
}

/// The POSIX locale variables: `None` when none is set, else the tag of the first one set
/// (`ar_IQ.UTF-8` gives `ar-IQ`; `C` and `POSIX` give no tag).
#[cfg_attr(not(unix), allow(dead_code))]
fn env_locale(var: impl Fn(&str) -> Option<String>) -> Option<Vec<String>> {
    let v = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()))?;
    let tag = v.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    Some(if tag.is_empty() || tag == "C" || tag == "POSIX" {
        Vec::new()
    } else {
        vec![tag]
    })
}

/// Negotiation without reading the environment (for tests).
pub fn negotiate_from(requested: &[String], available: &[&str]) -> String {
    let req: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| r.parse().ok()).collect();
    let avail: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let default: LanguageIdentifier = SOURCE_LOCALE.parse().expect("en parses");
    let got = fluent_langneg::negotiate_languages(
        &req,
        &avail,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    got.first()
        .map(|l| l.to_string())
        .unwrap_or_else(|| SOURCE_LOCALE.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_wrapped_lines_keeps_paragraphs() {
        assert_eq!(join_lines("a\n  b\n\nc"), "a b\n\nc");
        assert_eq!(join_lines("one"), "one");
    }

    #[test]
    fn negotiation_order() {
        let avail = ["en", "ar", "ckb"];
        assert_eq!(negotiate_from(&["ckb".into(), "ar".into()], &avail), "ckb");
        assert_eq!(negotiate_from(&["ar-IQ".into()], &avail), "ar");
        assert_eq!(negotiate_from(&["fr".into()], &avail), "en");
        assert_eq!(negotiate_from(&[], &avail), "en");
        // The app's negotiation ignores case, as `--lang` does.
        assert_eq!(negotiate_from(&["AR-iq".into()], &avail), "ar");
        assert_eq!(negotiate_from(&["EN".into()], &avail), "en");
    }

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_first_locale_variable_set_decides() {
        assert_eq!(env_locale(env(&[])), None);
        assert_eq!(
            env_locale(env(&[("LANG", "ar_IQ.UTF-8")])),
            Some(vec!["ar-IQ".to_string()])
        );
        assert_eq!(
            env_locale(env(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "ckb_IQ@latin"),
                ("LANG", "ar")
            ])),
            Some(vec!["ckb-IQ".to_string()])
        );
        // `C` is a choice: English, and the system is not asked.
        assert_eq!(
            env_locale(env(&[("LC_ALL", "C.UTF-8"), ("LANG", "ar_IQ.UTF-8")])),
            Some(vec![])
        );
        assert_eq!(env_locale(env(&[("LANG", "POSIX")])), Some(vec![]));
    }
}
