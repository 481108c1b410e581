//! Every diagnostic code in one table, with its title. `docs/authoring.md` lists the same
//! codes (the test `tests/engine/codes.rs` keeps the two in step, and checks that every code
//! is used in `src/` and every code used in `src/` is here).
//!
//! Codes starting with `E` are errors, `W` warnings. The number groups them: `0xxx` files and
//! limits, `01xx` syntax and shape, `02xx` the scenario header, `03xx` references and values,
//! `04xx` reachability, `05xx` quality warnings, `06xx` languages, `09xx` content that can deceive.

use serde::{Serialize, Serializer};
use std::fmt;

/// A stable diagnostic code, e.g. `E0301`, with a short title for the code list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code {
    pub id: &'static str,
    pub title: &'static str,
}

impl Code {
    /// The table entry with this id.
    pub fn lookup(id: &str) -> Option<Code> {
        ALL.binary_search_by(|c| c.id.cmp(id)).ok().map(|i| ALL[i])
    }
    pub fn is_warning(&self) -> bool {
        self.id.starts_with('W')
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id)
    }
}

/// Serialised as its id, e.g. `"E0301"`.
impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id)
    }
}

impl PartialEq<str> for Code {
    fn eq(&self, other: &str) -> bool {
        self.id == other
    }
}
impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.id == *other
    }
}
impl PartialEq<String> for Code {
    fn eq(&self, other: &String) -> bool {
        self.id == other.as_str()
    }
}
impl PartialEq<Code> for &str {
    fn eq(&self, other: &Code) -> bool {
        *self == other.id
    }
}
impl PartialEq<Code> for String {
    fn eq(&self, other: &Code) -> bool {
        self.as_str() == other.id
    }
}

macro_rules! codes {
    ($($id:ident: $title:literal,)*) => {
        $(
            #[doc = $title]
            pub const $id: Code = Code { id: stringify!($id), title: $title };
        )*
        /// Every code, sorted by id.
        pub const ALL: &[Code] = &[$($id),*];
    };
}

codes! {
    E0001: "cannot read a file",
    E0002: "not UTF-8 text",
    E0003: "file too large",
    E0004: "nested too deeply",
    E0005: "too many nodes",
    E0006: "path outside the content folder",
    E0100: "syntax error",
    E0101: "wrong kind of value",
    E0102: "missing field",
    E0103: "unknown field",
    E0104: "duplicate field or id",
    E0105: "unknown fixed word",
    E0106: "invalid id",
    E0107: "wrong group name",
    E0200: "unsupported format",
    E0201: "id differs from the file name",
    E0301: "unknown node",
    E0302: "unknown competency",
    E0303: "unknown variable",
    E0304: "unknown cast member",
    E0305: "unknown evidence item",
    E0306: "unknown principle",
    E0307: "flag used as a number, or number as a flag",
    E0308: "number out of range",
    E0309: "feedback and principle do not match",
    E0310: "invalid pin",
    E0311: "portrait file missing",
    E0313: "cue bands out of order",
    E0314: "invalid profile weight or pick",
    E0315: "unknown detail",
    E0316: "scene without what it needs",
    E0401: "unreachable node",
    E0402: "decision with no way out",
    E0403: "unreachable ending",
    E0404: "loop with no exit",
    E0405: "every choice can be closed",
    E0600: "Fluent syntax error",
    E0601: "message missing in English",
    E0604: "unknown message argument",
    E0605: "reference to a missing message",
    E0606: "message defined twice",
    E0610: "reference to a missing term",
    E0611: "reference to a missing attribute",
    E0612: "unknown function",
    E0613: "text without a value",
    W0501: "scored choice without feedback",
    W0502: "competency scored by no scenario",
    W0503: "condition always true or always false",
    W0505: "state space cut short",
    W0506: "follows a scenario that is not in the library",
    W0507: "someone speaks who is not in the scene",
    W0508: "a suspect still with the person at a protected ending",
    W0509: "a drawn person who does not match their name",
    W0602: "messages missing in a translation",
    W0603: "unused message",
    W0701: "answer given away by its length",
    W0702: "a critical error that changes nothing",
    W0703: "consequence only in the score",
    W0704: "one obvious answer",
    W0705: "an interviewee who never reacts",
    W0901: "bidirectional control that can hide the text's order",
}

/// The teaching-quality warnings (see `crate::teaching`): errors with `check --strict`.
pub const TEACHING: [Code; 5] = [W0701, W0702, W0703, W0704, W0705];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_unique_and_well_formed() {
        for w in ALL.windows(2) {
            assert!(w[0].id < w[1].id, "{} before {}", w[0].id, w[1].id);
        }
        for c in ALL {
            let b = c.id.as_bytes();
            assert!(
                b.len() == 5
                    && matches!(b[0], b'E' | b'W')
                    && b[1..].iter().all(u8::is_ascii_digit),
                "{}",
                c.id
            );
            assert!(!c.title.is_empty(), "{} has no title", c.id);
        }
    }

    #[test]
    fn ids_resolve_to_the_table() {
        let c = Code::lookup("E0301").unwrap();
        assert_eq!(c, E0301);
        assert_eq!(c.title, "unknown node");
        assert_eq!(c, "E0301");
        assert_eq!(c.to_string(), "E0301");
        assert_eq!(serde_json::to_value(c).unwrap(), serde_json::json!("E0301"));
        assert_eq!(Code::lookup("E9999"), None);
        assert!(W0602.is_warning() && !E0601.is_warning());
    }
}
