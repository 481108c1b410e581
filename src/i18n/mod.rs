//! Localisation with Fluent: loading `locales/<locale>/*.ftl`, looking messages up with
//! English fallback message by message, locale digits and direction, language negotiation,
//! and the completeness checks behind `sanad check` and `sanad i18n`.
//!
//! `fluent-bundle` is used directly (not `bevy_fluent`) so that the engine, the command line
//! and the tests share one implementation without bevy; see docs/design.md.
//!
//! - `locale`: the table of known locales (direction, digits, font, whether offered).
//! - `catalog`: parsing and loading the `.ftl` files.
//! - `localizer`: formatting with fallback, and negotiation.
//! - `checks`: `sanad check`'s localisation checks and the completeness table.

mod catalog;
mod checks;
pub mod keys;
mod locale;
mod localizer;

pub use catalog::{Catalog, FUNCTIONS, FtlFile, FtlMessage, FtlRef, RefKind, parse_ftl};
pub use checks::{
    CheckOptions, Completeness, check, check_with_unloaded, completeness, used_messages,
};
pub use locale::{
    APP_LOCALES, ARABIC_FONT, Digits, Direction, FONT_FAMILIES, FontFamily, LATIN_FONT, LOCALES,
    LocaleMeta, SOURCE_LOCALE, localize_digits, meta,
};
pub use localizer::{
    Found, Localizer, join_lines, negotiate, negotiate_from, strip_bidi, system_locales,
};
