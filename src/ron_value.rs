//! A small, span-preserving reader for the RON subset that scenario files use.
//!
//! `ron::from_str` only reports the position of syntax errors. Authors also need the position
//! of every *semantic* problem (an unknown node id, a value out of bounds, a duplicate key), and
//! they need all of them in one pass, not the first one serde stops at. So scenario files are
//! read in two steps: this module turns text into a tree of [`Value`]s that each carry their
//! byte [`Span`], and [`crate::decode`] turns that tree into the typed model while collecting
//! every problem it meets.
//!
//! Supported: `//` and nested `/* */` comments, `#![enable(...)]` attributes (ignored), named
//! and anonymous structs `Name(field: v)` / `(field: v)`, tuples and tuple variants
//! `Name(a, b)`, unit variants `Name`, `Some(v)` and `None`, lists `[..]`, maps `{k: v}`,
//! strings with the usual escapes (`\u{..}`, and `\x..` for ASCII) and raw strings `r#".."#`,
//! chars, integers (decimal, `0x`, `0b`, `0o`, `_` separators) that fit in an `i64`, finite
//! floats, `true` / `false`, trailing commas, and RON's whitespace (which includes the
//! left-to-right and right-to-left marks). A byte order mark at the start is skipped.
//!
//! Not supported, each refused with a message that says so: identifiers outside ASCII, raw
//! identifiers `r#name`, byte strings `b".."` and byte literals `b'a'`, `\x` escapes above
//! `\x7F`, type suffixes such as `1u8` or `1.0f32`, `inf` and `NaN`, whole numbers outside the
//! `i64` range, the `explicit_struct_names` extension, and nesting deeper than [`MAX_DEPTH`].
//! `tests/engine/ron_diff.rs` checks all of this against the `ron` crate.

use std::fmt;

/// Byte range in the source text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A value together with where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    pub span: Span,
    pub value: T,
}

impl<T> Spanned<T> {
    pub fn new(span: Span, value: T) -> Self {
        Spanned { span, value }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    Int(i64),
    Float(f64),
    Char(char),
    Str(String),
    /// A bare identifier: a unit enum variant, or `None`.
    Ident(String),
    /// `Name(field: v, ..)` or `(field: v, ..)`.
    Struct {
        name: Option<Spanned<String>>,
        fields: Vec<(Spanned<String>, Spanned<Value>)>,
    },
    /// `Name(a, b)`, `(a, b)`, `Some(x)`, and `Name()`.
    Tuple {
        name: Option<Spanned<String>>,
        items: Vec<Spanned<Value>>,
    },
    List(Vec<Spanned<Value>>),
    Map(Vec<(Spanned<Value>, Spanned<Value>)>),
}

impl Value {
    /// What the value is, in words an author understands ("a string", "a list", ...).
    pub fn describe(&self) -> String {
        match self {
            Value::Bool(_) => "`true`/`false`".into(),
            Value::Int(_) => "a whole number".into(),
            Value::Float(_) => "a decimal number".into(),
            Value::Char(_) => "a character".into(),
            Value::Str(_) => "a string".into(),
            Value::Ident(n) => format!("`{n}`"),
            Value::Struct { name: Some(n), .. } | Value::Tuple { name: Some(n), .. } => {
                format!("`{}(..)`", n.value)
            }
            Value::Struct { name: None, .. } => "a struct `(..)`".into(),
            Value::Tuple { name: None, .. } => "a tuple `(..)`".into(),
            Value::List(_) => "a list `[..]`".into(),
            Value::Map(_) => "a map `{..}`".into(),
        }
    }
}

/// A syntax error: where, what, and (optionally) a hint.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
    pub label: String,
    pub hint: Option<String>,
    /// `true` when the error is the nesting limit rather than malformed text.
    pub too_deep: bool,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.message, self.span.start)
    }
}

/// How deep lists, maps and structs may nest. Scenario files need about 8.
pub const MAX_DEPTH: usize = 64;

/// Parses a whole document: exactly one value, optionally preceded by `#![..]` attributes.
pub fn parse(src: &str) -> Result<Spanned<Value>, SyntaxError> {
    let mut p = Parser {
        src: src.as_bytes(),
        text: src,
        pos: 0,
        depth: 0,
        multiline_string: None,
    };
    p.skip_ws()?;
    while p.peek() == Some(b'#') {
        p.attribute()?;
        p.skip_ws()?;
    }
    if p.pos >= p.src.len() {
        return Err(p.err_at(
            p.pos,
            p.pos,
            "the file is empty",
            "expected a value here",
            Some("a scenario file starts with `Scenario(`".into()),
        ));
    }
    let v = p.value()?;
    p.skip_ws()?;
    if p.pos < p.src.len() {
        let end = p.token_end(p.pos);
        return Err(p.err_at(
            p.pos,
            end,
            "unexpected text after the end of the document",
            "nothing may follow the closing parenthesis",
            Some("check for an extra `)` or `]` earlier in the file".into()),
        ));
    }
    Ok(v)
}

struct Parser<'a> {
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    depth: usize,
    /// The last string literal read, if it ran over a line break: a missing closing quote
    /// swallows text up to the next quote, and the error shows up later.
    multiline_string: Option<(usize, usize)>,
}

/// RON's spellings of infinity and not-a-number, refused here.
const NON_FINITE: [&str; 6] = ["inf", "NaN", "inff32", "inff64", "NaNf32", "NaNf64"];

/// RON's type suffixes for whole numbers, refused here.
const INT_SUFFIXES: [&str; 12] = [
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
];

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}
fn is_ident_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn err_at(
        &self,
        start: usize,
        end: usize,
        message: impl Into<String>,
        label: impl Into<String>,
        hint: Option<String>,
    ) -> SyntaxError {
        SyntaxError {
            span: Span::new(start, end.max(start)),
            message: message.into(),
            label: label.into(),
            hint,
            too_deep: false,
        }
    }

    /// End of the "token" at `pos`, for highlighting: an identifier, or one character.
    fn token_end(&self, pos: usize) -> usize {
        let mut e = pos;
        while e < self.src.len() && is_ident_char(self.src[e]) {
            e += 1;
        }
        if e == pos {
            e = pos + self.text[pos..].chars().next().map_or(0, |c| c.len_utf8());
        }
        e
    }

    fn unexpected(&self, expected: &str) -> SyntaxError {
        if self.pos >= self.src.len() {
            return self.err_at(
                self.pos,
                self.pos,
                format!("unexpected end of file, expected {expected}"),
                "the file ends here",
                Some("the file may be truncated, or a bracket is not closed".into()),
            );
        }
        let end = self.token_end(self.pos);
        let found = &self.text[self.pos..end];
        self.err_at(
            self.pos,
            end,
            format!("expected {expected}, found `{found}`"),
            format!("expected {expected}"),
            None,
        )
    }

    /// The length of the whitespace character at the cursor, or 0. RON's whitespace is
    /// Unicode's `Pattern_White_Space`, which includes the left-to-right and right-to-left
    /// marks that editors put into right-to-left text.
    fn whitespace_len(&self) -> usize {
        match self.src[self.pos..] {
            [b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C, ..] => 1,
            // U+0085 (next line)
            [0xC2, 0x85, ..] => 2,
            // U+200E, U+200F (the direction marks), U+2028, U+2029 (line and paragraph separators)
            [0xE2, 0x80, 0x8E | 0x8F | 0xA8 | 0xA9, ..] => 3,
            _ => 0,
        }
    }

    fn skip_ws(&mut self) -> Result<(), SyntaxError> {
        loop {
            let ws = self.whitespace_len();
            if ws > 0 {
                self.pos += ws;
                continue;
            }
            match self.peek() {
                Some(b'/') => match self.src.get(self.pos + 1) {
                    Some(b'/') => {
                        while let Some(b) = self.peek() {
                            if b == b'\n' {
                                break;
                            }
                            self.pos += 1;
                        }
                    }
                    Some(b'*') => {
                        let start = self.pos;
                        self.pos += 2;
                        let mut level = 1usize;
                        while level > 0 {
                            match (self.peek(), self.src.get(self.pos + 1)) {
                                (None, _) => {
                                    return Err(self.err_at(
                                        start,
                                        start + 2,
                                        "unterminated block comment",
                                        "this comment is never closed",
                                        Some("close it with `*/`".into()),
                                    ));
                                }
                                (Some(b'*'), Some(b'/')) => {
                                    level -= 1;
                                    self.pos += 2;
                                }
                                (Some(b'/'), Some(b'*')) => {
                                    level += 1;
                                    self.pos += 2;
                                }
                                _ => self.pos += 1,
                            }
                        }
                    }
                    _ => return Ok(()),
                },
                Some(0xEF) if self.pos == 0 && self.src.starts_with(&[0xEF, 0xBB, 0xBF]) => {
                    self.pos += 3; // byte order mark
                }
                _ => return Ok(()),
            }
        }
    }

    /// `#![enable(extension, ..)]`. The extensions that change nothing for this reader are
    /// accepted and ignored.
    fn attribute(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        for token in ["#", "!", "[", "enable", "("] {
            self.skip_ws()?;
            if self.pos >= self.src.len() {
                return Err(self.unterminated_attribute(start));
            }
            if !self.text[self.pos..].starts_with(token) {
                return Err(self.unexpected(&format!("`{token}` in `#![enable(..)]`")));
            }
            self.pos += token.len();
        }
        loop {
            self.skip_ws()?;
            if self.pos >= self.src.len() {
                return Err(self.unterminated_attribute(start));
            }
            let name_start = self.pos;
            let name = self.ident()?;
            match name {
                "implicit_some" | "unwrap_newtypes" | "unwrap_variant_newtypes" => {}
                "" => return Err(self.unexpected("the name of a RON extension")),
                "explicit_struct_names" => {
                    return Err(self.err_at(
                        name_start,
                        self.pos,
                        "the RON extension `explicit_struct_names` is not supported",
                        "not supported here",
                        Some("remove it from the attribute".into()),
                    ));
                }
                other => {
                    return Err(self.err_at(
                        name_start,
                        self.pos,
                        format!("unknown RON extension `{other}`"),
                        "not a RON extension",
                        Some("RON's extensions are implicit_some, unwrap_newtypes, unwrap_variant_newtypes and explicit_struct_names".into()),
                    ));
                }
            }
            self.skip_ws()?;
            if self.peek() != Some(b',') {
                break;
            }
            self.pos += 1;
            self.skip_ws()?;
            if !self.peek().is_some_and(is_ident_start) {
                break;
            }
        }
        for token in [b')', b']'] {
            self.skip_ws()?;
            match self.peek() {
                None => return Err(self.unterminated_attribute(start)),
                Some(b) if b == token => self.pos += 1,
                Some(_) => return Err(self.unexpected("`)]` to close the attribute")),
            }
        }
        Ok(())
    }

    fn unterminated_attribute(&self, start: usize) -> SyntaxError {
        self.err_at(
            start,
            (start + 3).min(self.src.len()),
            "unterminated attribute",
            "this attribute is never closed",
            Some("close it with `)]`".into()),
        )
    }

    fn enter(&mut self, start: usize) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let mut e = self.err_at(
                start,
                start + 1,
                format!("the file nests deeper than {MAX_DEPTH} levels"),
                "too deeply nested here",
                Some("scenario files need only a few levels of nesting; is this file generated or corrupted?".into()),
            );
            e.too_deep = true;
            return Err(e);
        }
        Ok(())
    }

    fn value(&mut self) -> Result<Spanned<Value>, SyntaxError> {
        self.skip_ws()?;
        let start = self.pos;
        let Some(b) = self.peek() else {
            return Err(self.unexpected("a value"));
        };
        let v = match b {
            b'"' => Value::Str(self.string()?),
            b'r' if matches!(self.src.get(self.pos + 1), Some(b'"' | b'#')) => {
                Value::Str(self.raw_string()?)
            }
            b'\'' => Value::Char(self.char_lit()?),
            b'[' => {
                self.enter(start)?;
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_ws()?;
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        break;
                    }
                    items.push(self.value()?);
                    if !self.comma_or_close(b']', "`,` or `]`")? {
                        break;
                    }
                }
                self.depth -= 1;
                Value::List(items)
            }
            b'{' => {
                self.enter(start)?;
                self.pos += 1;
                let mut entries = Vec::new();
                loop {
                    self.skip_ws()?;
                    if self.peek() == Some(b'}') {
                        self.pos += 1;
                        break;
                    }
                    let k = self.value()?;
                    self.skip_ws()?;
                    if self.peek() != Some(b':') {
                        return Err(self.unexpected("`:` after the map key"));
                    }
                    self.pos += 1;
                    let v = self.value()?;
                    entries.push((k, v));
                    if !self.comma_or_close(b'}', "`,` or `}`")? {
                        break;
                    }
                }
                self.depth -= 1;
                Value::Map(entries)
            }
            b'(' => self.parens(None, start)?,
            b'-' | b'+' | b'0'..=b'9' | b'.' => self.number()?,
            b if is_ident_start(b) => {
                let ident = self.ident()?;
                let name_span = Span::new(start, self.pos);
                if let Some(e) = self.byte_string(ident, start) {
                    return Err(e);
                }
                if NON_FINITE.contains(&ident) {
                    return Err(self.non_finite(start, self.pos));
                }
                // Only `Name(` directly (after optional whitespace) opens a struct or tuple.
                let save = self.pos;
                self.skip_ws()?;
                if self.peek() == Some(b'(') {
                    if matches!(ident, "true" | "false" | "None") {
                        return Err(self.err_at(
                            start,
                            self.pos + 1,
                            format!("`{ident}` takes no value in parentheses"),
                            format!("write `{ident}` alone"),
                            None,
                        ));
                    }
                    let pstart = self.pos;
                    let v =
                        self.parens(Some(Spanned::new(name_span, ident.to_string())), pstart)?;
                    if ident == "Some"
                        && !matches!(&v, Value::Tuple { items, .. } if items.len() == 1)
                    {
                        return Err(self.some_error(start));
                    }
                    v
                } else {
                    self.pos = save;
                    match ident {
                        "true" => Value::Bool(true),
                        "false" => Value::Bool(false),
                        "Some" => return Err(self.some_error(start)),
                        _ => Value::Ident(ident.to_string()),
                    }
                }
            }
            _ if self.text[self.pos..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic) =>
            {
                return Err(self.non_ascii_ident(self.pos));
            }
            _ => return Err(self.unexpected("a value")),
        };
        Ok(Spanned::new(Span::new(start, self.pos), v))
    }

    /// An ASCII identifier (possibly empty). An identifier that runs on into letters outside
    /// ASCII is refused: RON allows them, this reader does not.
    fn ident(&mut self) -> Result<&'a str, SyntaxError> {
        let start = self.pos;
        while let Some(b) = self.peek() {
            if !is_ident_char(b) {
                break;
            }
            self.pos += 1;
        }
        if self.pos > start
            && self.whitespace_len() == 0
            && self.text[self.pos..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_ascii() && c.is_alphanumeric())
        {
            return Err(self.non_ascii_ident(self.pos));
        }
        Ok(&self.text[start..self.pos])
    }

    fn non_ascii_ident(&self, at: usize) -> SyntaxError {
        self.err_at(
            at,
            self.token_end(at),
            "identifiers outside ASCII are not supported",
            "not an ASCII letter, digit or `_`",
            Some("names of fields and variants use a-z, A-Z, 0-9 and `_`; text goes in double quotes".into()),
        )
    }

    /// `b".."`, `br".."` and `b'a'` are RON, but not this reader's.
    fn byte_string(&self, ident: &str, start: usize) -> Option<SyntaxError> {
        let (what, example) = match (ident, self.peek()) {
            ("b", Some(b'"')) | ("br", Some(b'"' | b'#')) => ("byte strings", "b\"..\""),
            ("b", Some(b'\'')) => ("byte literals", "b'a'"),
            _ => return None,
        };
        Some(self.err_at(
            start,
            self.pos + 1,
            format!("{what} (`{example}`) are not supported"),
            "not supported here",
            Some("write text as a string in double quotes".into()),
        ))
    }

    fn non_finite(&self, start: usize, end: usize) -> SyntaxError {
        self.err_at(
            start,
            end,
            "non-finite numbers are not allowed",
            "not a finite number",
            None,
        )
    }

    fn some_error(&self, start: usize) -> SyntaxError {
        self.err_at(
            start,
            self.pos.max(start + 4),
            "`Some` holds exactly one value",
            "write `Some(value)`",
            None,
        )
    }

    /// After an item: consumes `,` (returns true: more may follow) or the closing bracket
    /// (returns false).
    fn comma_or_close(&mut self, close: u8, expected: &str) -> Result<bool, SyntaxError> {
        self.skip_ws()?;
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(true)
            }
            Some(c) if c == close => {
                self.pos += 1;
                Ok(false)
            }
            _ => {
                let mut e = self.unexpected(expected);
                if let Some((start, end)) = self.multiline_string
                    && self.text[end..self.pos].trim().is_empty()
                {
                    let line = |o: usize| self.text[..o].matches('\n').count() + 1;
                    e.hint = Some(format!(
                        "the string opened on line {} runs on to line {}: is its closing `\"` missing?",
                        line(start),
                        line(end)
                    ));
                } else if self.pos < self.src.len() {
                    e.hint = Some("is a comma missing at the end of the previous line?".into());
                }
                Err(e)
            }
        }
    }

    /// `( ... )` after an optional name. Struct if the first item is `ident :`.
    fn parens(&mut self, name: Option<Spanned<String>>, open: usize) -> Result<Value, SyntaxError> {
        self.enter(open)?;
        self.pos += 1; // (
        self.skip_ws()?;
        // Look ahead: identifier followed by ':' (but not '::') means named fields.
        let save = self.pos;
        let mut is_struct = false;
        if self.peek().is_some_and(is_ident_start) {
            self.ident()?;
            self.skip_ws()?;
            if self.peek() == Some(b':') && self.src.get(self.pos + 1) != Some(&b':') {
                is_struct = true;
            }
        }
        self.pos = save;
        let v = if is_struct {
            let mut fields = Vec::new();
            loop {
                self.skip_ws()?;
                if self.peek() == Some(b')') {
                    self.pos += 1;
                    break;
                }
                let fstart = self.pos;
                if !self.peek().is_some_and(is_ident_start) {
                    if self.text[self.pos..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
                    {
                        return Err(self.non_ascii_ident(self.pos));
                    }
                    return Err(self.unexpected("a field name"));
                }
                let fname = self.ident()?.to_string();
                let fspan = Span::new(fstart, self.pos);
                self.skip_ws()?;
                if self.peek() != Some(b':') {
                    return Err(self.unexpected("`:` after the field name"));
                }
                self.pos += 1;
                let v = self.value()?;
                fields.push((Spanned::new(fspan, fname), v));
                if !self.comma_or_close(b')', "`,` or `)`")? {
                    break;
                }
            }
            Value::Struct { name, fields }
        } else {
            let mut items = Vec::new();
            loop {
                self.skip_ws()?;
                if self.peek() == Some(b')') {
                    self.pos += 1;
                    break;
                }
                items.push(self.value()?);
                if !self.comma_or_close(b')', "`,` or `)`")? {
                    break;
                }
            }
            Value::Tuple { name, items }
        };
        self.depth -= 1;
        Ok(v)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy a run of plain bytes at once.
            let run_start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(&self.text[run_start..self.pos]);
            match self.peek() {
                None => {
                    return Err(self.err_at(
                        start,
                        start + 1,
                        "unterminated string",
                        "this string is never closed",
                        Some("add the closing `\"`".into()),
                    ));
                }
                Some(b'"') => {
                    self.pos += 1;
                    self.multiline_string = out.contains('\n').then_some((start, self.pos));
                    return Ok(out);
                }
                _ => {
                    let esc = self.pos;
                    self.pos += 1;
                    let c = self.escape(esc)?;
                    out.push(c);
                }
            }
        }
    }

    fn escape(&mut self, esc: usize) -> Result<char, SyntaxError> {
        let Some(b) = self.peek() else {
            return Err(self.unexpected("an escape character"));
        };
        self.pos += 1;
        Ok(match b {
            b'n' => '\n',
            b't' => '\t',
            b'r' => '\r',
            b'0' => '\0',
            b'\\' => '\\',
            b'"' => '"',
            b'\'' => '\'',
            b'x' => {
                let digit = |b: Option<&u8>| b.and_then(|&b| char::from(b).to_digit(16));
                let (Some(high), Some(low)) = (
                    digit(self.src.get(self.pos)),
                    digit(self.src.get(self.pos + 1)),
                ) else {
                    return Err(self.err_at(
                        esc,
                        self.pos,
                        "malformed byte escape",
                        "expected `\\x` and two hexadecimal digits",
                        None,
                    ));
                };
                self.pos += 2;
                let code = high * 16 + low;
                if code > 0x7F {
                    return Err(self.err_at(
                        esc,
                        self.pos,
                        "`\\x` escapes above `\\x7F` are not supported",
                        "not an ASCII character",
                        Some("write the character itself, or `\\u{..}`".into()),
                    ));
                }
                char::from(code as u8)
            }
            b'u' => {
                if self.peek() != Some(b'{') {
                    return Err(self.err_at(
                        esc,
                        self.pos,
                        "malformed unicode escape",
                        "expected `\\u{XXXX}`",
                        None,
                    ));
                }
                self.pos += 1;
                let hs = self.pos;
                while self.peek().is_some_and(|b| b.is_ascii_hexdigit()) && self.pos - hs < 6 {
                    self.pos += 1;
                }
                let hex = &self.text[hs..self.pos];
                if self.peek() != Some(b'}') || hex.is_empty() {
                    return Err(self.err_at(
                        esc,
                        self.pos,
                        "malformed unicode escape",
                        "expected `\\u{XXXX}`",
                        None,
                    ));
                }
                self.pos += 1;
                u32::from_str_radix(hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| {
                        self.err_at(
                            esc,
                            self.pos,
                            "invalid unicode escape",
                            "not a valid character",
                            None,
                        )
                    })?
            }
            _ => {
                return Err(self.err_at(
                    esc,
                    self.pos,
                    "unknown escape sequence",
                    "not a valid escape",
                    Some("write a backslash as `\\\\`".into()),
                ));
            }
        })
    }

    fn raw_string(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        self.pos += 1; // r
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.pos += 1;
        }
        if hashes == 1
            && (self.peek().is_some_and(is_ident_start)
                || self.text[self.pos..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic))
        {
            return Err(self.err_at(
                start,
                self.token_end(self.pos),
                "raw identifiers (`r#name`) are not supported",
                "not supported here",
                Some("write the name without `r#`".into()),
            ));
        }
        if self.peek() != Some(b'"') {
            return Err(self.unexpected("`\"` to open the raw string"));
        }
        self.pos += 1;
        let body = self.pos;
        loop {
            match self.peek() {
                None => {
                    return Err(self.err_at(
                        start,
                        body,
                        "unterminated raw string",
                        "this string is never closed",
                        None,
                    ));
                }
                Some(b'"') => {
                    let end = self.pos;
                    let mut n = 0;
                    while n < hashes && self.src.get(self.pos + 1 + n) == Some(&b'#') {
                        n += 1;
                    }
                    if n == hashes {
                        self.pos += 1 + hashes;
                        return Ok(self.text[body..end].to_string());
                    }
                    self.pos += 1;
                }
                _ => self.pos += 1,
            }
        }
    }

    fn char_lit(&mut self) -> Result<char, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let c = match self.text[self.pos..].chars().next() {
            None => return Err(self.unexpected("a character")),
            Some('\\') => {
                let esc = self.pos;
                self.pos += 1;
                self.escape(esc)?
            }
            Some(c) => {
                self.pos += c.len_utf8();
                c
            }
        };
        if self.peek() != Some(b'\'') {
            return Err(self.err_at(
                start,
                self.pos,
                "unterminated character literal",
                "expected `'`",
                Some("use double quotes for text: \"...\"".into()),
            ));
        }
        self.pos += 1;
        Ok(c)
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.pos;
        let neg = match self.peek() {
            Some(b'-') => {
                self.pos += 1;
                true
            }
            Some(b'+') => {
                self.pos += 1;
                false
            }
            _ => false,
        };
        if self.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
            let end = self.token_end(self.pos);
            if NON_FINITE.contains(&&self.text[self.pos..end]) {
                return Err(self.non_finite(start, end));
            }
        }
        let radix = match (self.peek(), self.src.get(self.pos + 1)) {
            (Some(b'0'), Some(b'x')) => 16,
            (Some(b'0'), Some(b'o')) => 8,
            (Some(b'0'), Some(b'b')) => 2,
            (Some(b'0'), Some(b'X' | b'O' | b'B')) => {
                return Err(self.err_at(
                    start,
                    self.token_end(self.pos),
                    "malformed number",
                    "base prefixes are lower case: `0x`, `0o` and `0b`",
                    None,
                ));
            }
            _ => 10,
        };
        if radix != 10 {
            self.pos += 2;
        }
        let ds = self.pos;
        if self.peek() == Some(b'_') {
            return Err(self.err_at(
                start,
                self.pos + 1,
                "malformed number",
                "a number may not start with `_`",
                None,
            ));
        }
        let mut float = false;
        if radix == 10 {
            while let Some(b) = self.peek() {
                let ok = match b {
                    b'0'..=b'9' => true,
                    b'_' if self.src[self.pos - 1] == b'.' => {
                        return Err(self.err_at(
                            start,
                            self.pos + 1,
                            "malformed number",
                            "`_` may not follow the decimal point",
                            None,
                        ));
                    }
                    b'_' => true,
                    b'.' if !float => {
                        // `1..` is not valid RON, but `1.5` is.
                        float = true;
                        true
                    }
                    b'e' | b'E' => {
                        float = true;
                        if matches!(self.src.get(self.pos + 1), Some(b'-' | b'+')) {
                            self.pos += 1;
                        }
                        true
                    }
                    _ => false,
                };
                if !ok {
                    break;
                }
                self.pos += 1;
            }
        } else {
            while self.peek().is_some_and(is_ident_char) {
                self.pos += 1;
            }
            let run = &self.text[ds..self.pos];
            if let Some(i) = run.find(|c: char| c != '_' && !c.is_digit(radix)) {
                if INT_SUFFIXES.contains(&&run[i..]) {
                    return Err(self.suffix_error(ds + i, self.pos));
                }
                let (name, digits) = match radix {
                    2 => ("a binary", "binary numbers use only the digits 0 and 1"),
                    8 => ("an octal", "octal numbers use only the digits 0 to 7"),
                    _ => (
                        "a hexadecimal",
                        "hexadecimal numbers use only the digits 0 to 9 and a to f",
                    ),
                };
                let bad = &run[i..i + 1];
                return Err(self.err_at(
                    ds + i,
                    ds + i + 1,
                    format!("malformed number: `{bad}` is not {name} digit"),
                    digits,
                    None,
                ));
            }
        }
        if self.peek().is_some_and(is_ident_start) {
            let end = self.token_end(self.pos);
            let word = &self.text[self.pos..end];
            if INT_SUFFIXES.contains(&word) || word == "f32" || word == "f64" {
                return Err(self.suffix_error(self.pos, end));
            }
            return Err(self.err_at(
                start,
                end,
                "malformed number",
                "not a number",
                Some("text must be written in double quotes".into()),
            ));
        }
        let digits: String = self.text[ds..self.pos]
            .chars()
            .filter(|&c| c != '_')
            .collect();
        if digits.is_empty() || digits == "." {
            return Err(self.err_at(
                start,
                self.pos.max(start + 1),
                "malformed number",
                "expected digits",
                None,
            ));
        }
        if float {
            let f: f64 = digits.parse().map_err(|_| {
                self.err_at(
                    start,
                    self.pos,
                    "malformed number",
                    "not a valid decimal number",
                    None,
                )
            })?;
            if !f.is_finite() {
                return Err(self.err_at(
                    start,
                    self.pos,
                    "number out of range",
                    "too large: decimal numbers must be finite",
                    None,
                ));
            }
            return Ok(Value::Float(if neg { -f } else { f }));
        }
        let too_large = |p: &Self| {
            p.err_at(
                start,
                p.pos,
                "number out of range",
                "too large: whole numbers go up to 9223372036854775807",
                None,
            )
        };
        // The digits are valid for the radix, so the only error left is overflow.
        let mag = u64::from_str_radix(&digits, radix).map_err(|_| too_large(self))?;
        let v = if neg {
            if mag > i64::MAX as u64 + 1 {
                return Err(self.err_at(
                    start,
                    self.pos,
                    "number out of range",
                    "too small: whole numbers go down to -9223372036854775808",
                    None,
                ));
            }
            (mag as i128).wrapping_neg() as i64
        } else {
            i64::try_from(mag).map_err(|_| too_large(self))?
        };
        Ok(Value::Int(v))
    }

    fn suffix_error(&self, start: usize, end: usize) -> SyntaxError {
        self.err_at(
            start,
            end,
            format!(
                "type suffixes on numbers (`{}`) are not supported",
                &self.text[start..end]
            ),
            "remove the suffix",
            None,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_structs_lists_maps_and_variants() {
        let v = parse(
            r##"#![enable(implicit_some)]
            // comment
            Scenario(format: 1, kind: Interview, tags: ["a", r#"b"#], m: {"k": Some(3)}, t: Var("x", Ge, -2), f: 1.5, c: 'x', /* c /* nested */ */ ok: true,)"##,
        )
        .unwrap();
        let Value::Struct { name, fields } = v.value else {
            panic!("expected struct, got {:?}", v.value)
        };
        assert_eq!(name.unwrap().value, "Scenario");
        let names: Vec<_> = fields.iter().map(|(k, _)| k.value.as_str()).collect();
        assert_eq!(names, ["format", "kind", "tags", "m", "t", "f", "c", "ok"]);
        assert_eq!(fields[0].1.value, Value::Int(1));
        assert_eq!(fields[1].1.value, Value::Ident("Interview".into()));
        match &fields[4].1.value {
            Value::Tuple { name, items } => {
                assert_eq!(name.as_ref().unwrap().value, "Var");
                assert_eq!(items[2].value, Value::Int(-2));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(fields[5].1.value, Value::Float(1.5));
        assert_eq!(fields[6].1.value, Value::Char('x'));
        assert_eq!(fields[7].1.value, Value::Bool(true));
    }

    #[test]
    fn spans_point_at_the_value() {
        let src = r#"(a: "hello")"#;
        let v = parse(src).unwrap();
        let Value::Struct { fields, .. } = v.value else {
            panic!()
        };
        assert_eq!(&src[fields[0].1.span.range()], "\"hello\"");
        assert_eq!(&src[fields[0].0.span.range()], "a");
    }

    #[test]
    fn reports_missing_comma_with_hint() {
        let e = parse("(a: 1\n b: 2)").unwrap_err();
        assert!(e.message.contains("expected `,` or `)`"), "{}", e.message);
        assert!(e.hint.unwrap().contains("comma"));
    }

    #[test]
    fn depth_limit() {
        let src = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        let e = parse(&src).unwrap_err();
        assert!(e.too_deep);
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn truncated_input() {
        let e = parse(r#"Scenario(format: 1, title: "x"#).unwrap_err();
        assert!(e.message.contains("unterminated string"));
        let e = parse("Scenario(format: 1,").unwrap_err();
        assert!(e.message.contains("end of file"), "{}", e.message);
    }

    #[test]
    fn integers() {
        assert_eq!(
            parse("-9223372036854775808").unwrap().value,
            Value::Int(i64::MIN)
        );
        assert!(parse("9223372036854775808").is_err());
        assert_eq!(parse("0x1F").unwrap().value, Value::Int(31));
        assert_eq!(parse("1_000").unwrap().value, Value::Int(1000));
        assert!(parse("12abc").is_err());
    }
}
