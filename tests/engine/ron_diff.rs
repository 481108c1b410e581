//! The project's RON reader (`sanad::ron_value`) against the real one (the `ron` crate).
//!
//! Every sample is marked:
//! - `InSubset`: syntax that scenario files may use. Both readers accept it or both reject it,
//!   and when both accept it they read the same value.
//! - `InSubsetSays(text)`: the same, for malformed text both reject; our message says `text`.
//! - `Outside(text)`: RON that our reader does not support: the `ron` crate accepts it, and our
//!   reader must refuse it with a message that says what is not supported (`text`).
//!
//! A byte order mark at the start of a file is the one deliberate difference (our reader
//! skips it, `ron` refuses it); it has its own test below.

use sanad::ron_value::{self, MAX_DEPTH, Value};

#[derive(Clone, Copy, Debug)]
enum Mark {
    InSubset,
    InSubsetSays(&'static str),
    Outside(&'static str),
}
use Mark::*;

const SAMPLES: &[(&str, Mark)] = &[
    // Whole numbers, decimal.
    ("0", InSubset),
    ("1", InSubset),
    ("-1", InSubset),
    ("+1", InSubset),
    ("-0", InSubset),
    ("007", InSubset),
    ("1_000", InSubset),
    ("1__0", InSubset),
    ("1_", InSubset),
    ("9223372036854775807", InSubset),
    ("-9223372036854775808", InSubset),
    ("- 1", InSubset),
    ("--1", InSubset),
    ("-_1", InSubsetSays("may not start with `_`")),
    ("12abc", InSubsetSays("malformed number")),
    ("1(2)", InSubset),
    // Whole numbers in other bases.
    ("0x1F", InSubset),
    ("0x1f", InSubset),
    ("0xFF_FF", InSubset),
    ("-0x10", InSubset),
    ("+0x10", InSubset),
    ("-0x0", InSubset),
    ("0x7FFFFFFFFFFFFFFF", InSubset),
    ("-0x8000000000000000", InSubset),
    ("0o17", InSubset),
    ("0o7_7", InSubset),
    ("0b101", InSubset),
    ("0b1_0_1", InSubset),
    ("-0b1", InSubset),
    ("0x", InSubsetSays("expected digits")),
    ("0b", InSubsetSays("expected digits")),
    ("0x_1F", InSubsetSays("may not start with `_`")),
    ("0b_1", InSubsetSays("may not start with `_`")),
    ("0b102", InSubsetSays("`2` is not a binary digit")),
    ("0b1e5", InSubsetSays("`e` is not a binary digit")),
    ("0o78", InSubsetSays("`8` is not an octal digit")),
    ("0xFG", InSubsetSays("`G` is not a hexadecimal digit")),
    ("0x-1", InSubsetSays("expected digits")),
    ("0X1F", InSubsetSays("base prefixes are lower case")),
    ("0B1", InSubsetSays("base prefixes are lower case")),
    ("0x1F.5", InSubset),
    ("0x10000000000000000", InSubsetSays("number out of range")),
    ("0x1Fu8", InSubset),
    // Decimal numbers.
    ("1.5", InSubset),
    ("-1.5", InSubset),
    ("-0.0", InSubset),
    ("0.1", InSubset),
    ("1.", InSubset),
    (".5", InSubset),
    ("-.5", InSubset),
    ("+.5", InSubset),
    ("1e5", InSubset),
    ("1E5", InSubset),
    ("1e-5", InSubset),
    ("1e+5", InSubset),
    ("1.5e3", InSubset),
    ("1.e5", InSubset),
    ("1_000.5", InSubset),
    ("1_.5", InSubset),
    ("1.5_", InSubset),
    ("1_e5", InSubset),
    ("1e_5", InSubset),
    ("1e1_0", InSubset),
    ("1e+_5", InSubset),
    ("1e-999", InSubset),
    ("1e", InSubset),
    (".e5", InSubset),
    (".", InSubset),
    ("1..", InSubset),
    ("1.5.3", InSubset),
    ("1e5-3", InSubset),
    ("1._5", InSubsetSays("`_` may not follow the decimal point")),
    ("._5", InSubsetSays("`_` may not follow the decimal point")),
    // Numbers outside the subset.
    ("9223372036854775808", Outside("number out of range")),
    ("18446744073709551615", Outside("number out of range")),
    ("18446744073709551616", Outside("number out of range")),
    ("99999999999999999999", Outside("number out of range")),
    ("-9223372036854775809", Outside("number out of range")),
    ("0x8000000000000000", Outside("number out of range")),
    ("0xFFFFFFFFFFFFFFFF", Outside("number out of range")),
    ("1e999", Outside("decimal numbers must be finite")),
    ("-1e999", Outside("decimal numbers must be finite")),
    ("inf", Outside("non-finite numbers are not allowed")),
    ("-inf", Outside("non-finite numbers are not allowed")),
    ("+inf", Outside("non-finite numbers are not allowed")),
    ("NaN", Outside("non-finite numbers are not allowed")),
    ("-NaN", Outside("non-finite numbers are not allowed")),
    ("+NaN", Outside("non-finite numbers are not allowed")),
    ("inff32", Outside("non-finite numbers are not allowed")),
    ("-inff32", Outside("non-finite numbers are not allowed")),
    ("NaNf64", Outside("non-finite numbers are not allowed")),
    ("inf(1)", InSubsetSays("non-finite numbers are not allowed")),
    ("infinity", InSubset),
    (
        "1u8",
        Outside("type suffixes on numbers (`u8`) are not supported"),
    ),
    (
        "1_u8",
        Outside("type suffixes on numbers (`u8`) are not supported"),
    ),
    (
        "1i64",
        Outside("type suffixes on numbers (`i64`) are not supported"),
    ),
    (
        "300u8",
        InSubsetSays("type suffixes on numbers (`u8`) are not supported"),
    ),
    (
        "1.0f32",
        Outside("type suffixes on numbers (`f32`) are not supported"),
    ),
    (
        "1f64",
        Outside("type suffixes on numbers (`f64`) are not supported"),
    ),
    (
        "1.f32",
        Outside("type suffixes on numbers (`f32`) are not supported"),
    ),
    ("b'a'", Outside("byte literals (`b'a'`) are not supported")),
    (
        "b'\\x41'",
        Outside("byte literals (`b'a'`) are not supported"),
    ),
    // Strings and escapes.
    (r#""a""#, InSubset),
    (r#""""#, InSubset),
    (r#""\n\t\r\0\\\"\'""#, InSubset),
    (r#""\u{41}""#, InSubset),
    (r#""\u{00e9}""#, InSubset),
    (r#""\u{1F600}""#, InSubset),
    (r#""\u{10FFFF}""#, InSubset),
    (r#""\x41""#, InSubset),
    (r#""\x00\x7F""#, InSubset),
    ("\"tab\there\"", InSubset),
    ("\"multi\nline\"", InSubset),
    ("\"a\u{7}b\"", InSubset),
    ("\"مرحبا\"", InSubset),
    ("\"ئەمە پێشەکییە\"", InSubset),
    ("\"Ça va? 😀\"", InSubset),
    (r#""\u{}""#, InSubsetSays("malformed unicode escape")),
    (r#""\u{D800}""#, InSubsetSays("invalid unicode escape")),
    (r#""\u{110000}""#, InSubsetSays("invalid unicode escape")),
    (r#""\u{0000041}""#, InSubsetSays("malformed unicode escape")),
    (r#""\u41""#, InSubsetSays("malformed unicode escape")),
    (r#""\u{41""#, InSubsetSays("malformed unicode escape")),
    (r#""\u{4G}""#, InSubsetSays("malformed unicode escape")),
    (r#""\x4""#, InSubsetSays("malformed byte escape")),
    (r#""\xZZ""#, InSubsetSays("malformed byte escape")),
    (r#""\q""#, InSubsetSays("unknown escape sequence")),
    (r#""\ ""#, InSubsetSays("unknown escape sequence")),
    (r#""\""#, InSubsetSays("unterminated string")),
    ("\"abc", InSubsetSays("unterminated string")),
    (r#""a" x"#, InSubsetSays("unexpected text after the end")),
    (r#""a"(1)"#, InSubset),
    (
        r#""\x80""#,
        InSubsetSays("`\\x` escapes above `\\x7F` are not supported"),
    ),
    (
        r#""\xC3\xA9""#,
        Outside("`\\x` escapes above `\\x7F` are not supported"),
    ),
    (
        r#"b"bytes""#,
        Outside("byte strings (`b\"..\"`) are not supported"),
    ),
    (
        r#"br"raw""#,
        Outside("byte strings (`b\"..\"`) are not supported"),
    ),
    (
        r##"br#"x"#"##,
        Outside("byte strings (`b\"..\"`) are not supported"),
    ),
    // Raw strings.
    (r#"r"raw""#, InSubset),
    (r#"r"a\n""#, InSubset),
    (r##"r#"raw "quoted""#"##, InSubset),
    (r###"r##"a"#b"##"###, InSubset),
    ("r\"multi\nline\"", InSubset),
    (
        r##"r#"unterminated"##,
        InSubsetSays("unterminated raw string"),
    ),
    (
        r###"r#"a"##"###,
        InSubsetSays("unexpected text after the end"),
    ),
    ("r\"", InSubsetSays("unterminated raw string")),
    ("r#", InSubset),
    // Characters.
    ("'a'", InSubset),
    ("'é'", InSubset),
    ("'\\n'", InSubset),
    ("'\\''", InSubset),
    ("'\"'", InSubset),
    ("'\\\"'", InSubset),
    ("'\\u{41}'", InSubset),
    ("'\\x41'", InSubset),
    ("'ab'", InSubsetSays("unterminated character literal")),
    ("''", InSubsetSays("unterminated character literal")),
    ("'\\u{D800}'", InSubsetSays("invalid unicode escape")),
    (
        "'\\xC3'",
        InSubsetSays("`\\x` escapes above `\\x7F` are not supported"),
    ),
    // Comments and whitespace.
    ("/* c */ 1", InSubset),
    ("/**/1", InSubset),
    ("/* /* nested */ */ 1", InSubset),
    ("/* a /* b /* c */ */ */ 1", InSubset),
    ("/*/ 1 */ 2", InSubset),
    ("/* */ is the end */ 1", InSubset),
    ("1 // c", InSubset),
    ("// c\n1", InSubset),
    ("1 // c */", InSubset),
    ("[1, /* inside */ 2]", InSubset),
    ("Foo /* c */ (1)", InSubset),
    ("/* /* */ 1", InSubsetSays("unterminated block comment")),
    ("/* 1", InSubsetSays("unterminated block comment")),
    ("// only", InSubsetSays("the file is empty")),
    ("/", InSubset),
    ("1 /", InSubset),
    ("*/ 1", InSubset),
    ("\r\n1\r\n", InSubset),
    ("\t1\t", InSubset),
    ("\u{0B}1\u{0C}", InSubset),
    ("\u{85}1", InSubset),
    ("\u{200E}1\u{200F}", InSubset),
    ("[\u{200F}\"ا\"\u{200F}, \u{200F}\"ب\"]", InSubset),
    ("\u{2028}1\u{2029}", InSubset),
    ("\u{A0}1", InSubset),
    // Lists, maps, structs and tuples, with and without trailing commas.
    ("[]", InSubset),
    ("[1, 2]", InSubset),
    ("[1, 2,]", InSubset),
    ("[[1], [2, [3]]]", InSubset),
    ("[1, \"a\", (b: 2)]", InSubset),
    ("[,]", InSubset),
    ("[1,,2]", InSubset),
    ("[1 2]", InSubsetSays("expected `,` or `]`")),
    ("[1", InSubsetSays("unexpected end of file")),
    ("{}", InSubset),
    ("{1: 2}", InSubset),
    ("{1: 2,}", InSubset),
    ("{\"a\": 1, \"b\": [2]}", InSubset),
    ("{\"\": 1}", InSubset),
    ("{(1, 2): 3}", InSubset),
    ("{\"a\": 1, \"a\": 2}", InSubset),
    ("{,}", InSubset),
    ("{1:}", InSubset),
    ("{1: 2 3: 4}", InSubsetSays("expected `,` or `}`")),
    ("{1 2}", InSubsetSays("`:` after the map key")),
    ("(a: 1)", InSubset),
    ("(a: 1,)", InSubset),
    ("( a : 1 )", InSubset),
    ("(a:1)", InSubset),
    ("(a: 1, a: 2)", InSubset),
    ("Foo(a: 1, b: \"x\")", InSubset),
    ("Foo (a: 1)", InSubset),
    ("Foo\n(a: 1)", InSubset),
    (
        "Scenario(format: 1, nodes: {\"a\": Line(text: \"t\", next: \"b\")},)",
        InSubset,
    ),
    ("(a: 1, 2)", InSubsetSays("expected a field name")),
    ("(1, a: 2)", InSubsetSays("expected `,` or `)`")),
    ("Foo(a: 1, b)", InSubset),
    ("(a::b)", InSubset),
    ("(a: 1", InSubsetSays("unexpected end of file")),
    ("(1)", InSubset),
    ("(1, 2)", InSubset),
    ("(1, 2,)", InSubset),
    ("((1))", InSubset),
    ("Foo(1, 2)", InSubset),
    ("Foo(Bar(1))", InSubset),
    ("Var(\"trust\", \">=\", 3)", InSubset),
    ("(,)", InSubset),
    ("()", InSubset),
    ("( )", InSubset),
    ("Foo()", InSubset),
    ("Foo(a: 1)(2)", InSubset),
    // Unit variants, options, booleans.
    ("Foo", InSubset),
    ("Interview", InSubset),
    ("x_1", InSubset),
    ("_", InSubset),
    ("_1", InSubset),
    ("True", InSubset),
    ("rx", InSubset),
    ("[a, b]", InSubset),
    ("{a: 1}", InSubset),
    ("Foo::Bar", InSubset),
    ("Foo::Bar(1)", InSubset),
    ("Foo:Bar", InSubset),
    ("true", InSubset),
    ("false", InSubset),
    ("[true, false]", InSubset),
    (
        "true(1)",
        InSubsetSays("`true` takes no value in parentheses"),
    ),
    ("None", InSubset),
    ("Some(1)", InSubset),
    ("Some (1)", InSubset),
    ("Some( 1 )", InSubset),
    ("Some(1,)", InSubset),
    ("Some(Some(1))", InSubset),
    ("Some((1))", InSubset),
    ("Some(Foo(a: 1))", InSubset),
    ("Some(None)", InSubset),
    ("Some()", InSubsetSays("`Some` holds exactly one value")),
    ("Some(1, 2)", InSubsetSays("`Some` holds exactly one value")),
    ("Some(a: 1)", InSubsetSays("`Some` holds exactly one value")),
    ("Some", InSubsetSays("`Some` holds exactly one value")),
    (
        "None(1)",
        InSubsetSays("`None` takes no value in parentheses"),
    ),
    (
        "None (1)",
        InSubsetSays("`None` takes no value in parentheses"),
    ),
    // Identifiers outside the subset.
    (
        "(é: 1)",
        Outside("identifiers outside ASCII are not supported"),
    ),
    (
        "(aé: 1)",
        Outside("identifiers outside ASCII are not supported"),
    ),
    (
        "(a: 1, é: 2)",
        Outside("identifiers outside ASCII are not supported"),
    ),
    (
        "Café",
        Outside("identifiers outside ASCII are not supported"),
    ),
    (
        "Café(1)",
        Outside("identifiers outside ASCII are not supported"),
    ),
    ("é", Outside("identifiers outside ASCII are not supported")),
    (
        "شاهد",
        Outside("identifiers outside ASCII are not supported"),
    ),
    (
        "r#foo",
        Outside("raw identifiers (`r#name`) are not supported"),
    ),
    (
        "r#foo(1)",
        Outside("raw identifiers (`r#name`) are not supported"),
    ),
    (
        "(r#a: 1)",
        Outside("raw identifiers (`r#name`) are not supported"),
    ),
    // Attributes.
    ("#![enable(implicit_some)] 1", InSubset),
    ("#![enable(unwrap_newtypes, implicit_some)] 1", InSubset),
    ("#![enable(unwrap_variant_newtypes)] 1", InSubset),
    ("#![enable(implicit_some,)] 1", InSubset),
    ("# ! [ enable ( implicit_some ) ] 1", InSubset),
    (
        "#![enable(implicit_some)] #![enable(unwrap_newtypes)] 1",
        InSubset,
    ),
    ("#![enable(implicit_some)]\n// c\n1", InSubset),
    (
        "#![enable(bogus)] 1",
        InSubsetSays("unknown RON extension `bogus`"),
    ),
    (
        "#![enable()] 1",
        InSubsetSays("the name of a RON extension"),
    ),
    ("#![enable(implicit_some unwrap_newtypes)] 1", InSubset),
    (
        "#![enable(implicit_some)]",
        InSubsetSays("the file is empty"),
    ),
    ("#!enable 1", InSubset),
    ("#![enable(implicit_some) 1", InSubset),
    ("#", InSubsetSays("unterminated attribute")),
    ("#![", InSubsetSays("unterminated attribute")),
    (
        "#![enable(explicit_struct_names)] 1",
        Outside("the RON extension `explicit_struct_names` is not supported"),
    ),
    // Empty input and garbage.
    ("", InSubsetSays("the file is empty")),
    (" ", InSubsetSays("the file is empty")),
    ("\n\n", InSubsetSays("the file is empty")),
    ("1 2", InSubsetSays("unexpected text after the end")),
    ("1)", InSubsetSays("unexpected text after the end")),
    ("]", InSubsetSays("expected a value")),
    ("@", InSubsetSays("expected a value")),
    ("«", InSubsetSays("expected a value")),
    ("\u{FEFF}", InSubset),
    ("1\u{FEFF}", InSubset),
    (
        "Scenario(format: 1,",
        InSubsetSays("unexpected end of file"),
    ),
    (
        "Scenario(format: 1 kind: Interview)",
        InSubsetSays("expected `,` or `)`"),
    ),
];

/// Both readers' values in one shape. `ron` reads `()` and unit variants as unit but `( )`
/// and `Foo()` as an empty sequence; here all of them are an empty sequence. Names of
/// structs and variants are dropped, as `ron::Value` drops them.
#[derive(Debug)]
enum Norm {
    Bool(bool),
    Int(i128),
    Float(f64),
    Char(char),
    Str(String),
    Bytes(Vec<u8>),
    Option(Option<Box<Norm>>),
    Seq(Vec<Norm>),
    Map(Vec<(Norm, Norm)>),
}

/// A map as `ron` keeps it: the last of duplicate keys wins, entries in one fixed order.
fn map(entries: Vec<(Norm, Norm)>) -> Norm {
    let mut out: Vec<(String, Norm, Norm)> = Vec::new();
    for (k, v) in entries {
        let key = format!("{k:?}");
        out.retain(|(x, ..)| *x != key);
        out.push((key, k, v));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Norm::Map(out.into_iter().map(|(_, k, v)| (k, v)).collect())
}

fn ours(v: &Value) -> Norm {
    match v {
        Value::Bool(b) => Norm::Bool(*b),
        Value::Int(i) => Norm::Int((*i).into()),
        Value::Float(f) => Norm::Float(*f),
        Value::Char(c) => Norm::Char(*c),
        Value::Str(s) => Norm::Str(s.clone()),
        Value::Ident(n) if n == "None" => Norm::Option(None),
        Value::Ident(_) => Norm::Seq(Vec::new()),
        Value::Struct { fields, .. } => map(fields
            .iter()
            .map(|(k, v)| (Norm::Str(k.value.clone()), ours(&v.value)))
            .collect()),
        Value::Tuple {
            name: Some(n),
            items,
        } if n.value == "Some" => Norm::Option(Some(Box::new(ours(&items[0].value)))),
        Value::Tuple { items, .. } | Value::List(items) => {
            Norm::Seq(items.iter().map(|i| ours(&i.value)).collect())
        }
        Value::Map(entries) => map(entries
            .iter()
            .map(|(k, v)| (ours(&k.value), ours(&v.value)))
            .collect()),
    }
}

fn theirs(v: &ron::Value) -> Norm {
    use ron::Number as N;
    match v {
        ron::Value::Bool(b) => Norm::Bool(*b),
        ron::Value::Char(c) => Norm::Char(*c),
        ron::Value::String(s) => Norm::Str(s.clone()),
        ron::Value::Bytes(b) => Norm::Bytes(b.clone()),
        ron::Value::Unit => Norm::Seq(Vec::new()),
        ron::Value::Option(o) => Norm::Option(o.as_deref().map(|x| Box::new(theirs(x)))),
        ron::Value::Seq(items) => Norm::Seq(items.iter().map(theirs).collect()),
        ron::Value::Map(m) => map(m.iter().map(|(k, v)| (theirs(k), theirs(v))).collect()),
        ron::Value::Number(n) => match *n {
            N::I8(x) => Norm::Int(x.into()),
            N::I16(x) => Norm::Int(x.into()),
            N::I32(x) => Norm::Int(x.into()),
            N::I64(x) => Norm::Int(x.into()),
            N::U8(x) => Norm::Int(x.into()),
            N::U16(x) => Norm::Int(x.into()),
            N::U32(x) => Norm::Int(x.into()),
            N::U64(x) => Norm::Int(x.into()),
            other => Norm::Float(other.into_f64()),
        },
    }
}

/// `ron` keeps a decimal number as an `f32` when that loses nothing it can see; compare at
/// that precision.
fn same(a: &Norm, b: &Norm) -> bool {
    match (a, b) {
        (Norm::Bool(x), Norm::Bool(y)) => x == y,
        (Norm::Int(x), Norm::Int(y)) => x == y,
        (Norm::Float(x), Norm::Float(y)) => x == y || (*x as f32) == (*y as f32),
        (Norm::Char(x), Norm::Char(y)) => x == y,
        (Norm::Str(x), Norm::Str(y)) => x == y,
        (Norm::Bytes(x), Norm::Bytes(y)) => x == y,
        (Norm::Option(x), Norm::Option(y)) => match (x, y) {
            (Some(x), Some(y)) => same(x, y),
            (None, None) => true,
            _ => false,
        },
        (Norm::Seq(x), Norm::Seq(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Norm::Map(x), Norm::Map(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((kx, vx), (ky, vy))| same(kx, ky) && same(vx, vy))
        }
        _ => false,
    }
}

/// Our reader's error as one line: message and label.
fn said(e: &ron_value::SyntaxError) -> String {
    format!("{} ({})", e.message, e.label)
}

/// Checks one sample; returns what is wrong, if anything.
fn check(text: &str, mark: Mark) -> Option<String> {
    let mine = ron_value::parse(text);
    let real = ron::from_str::<ron::Value>(text);
    match mark {
        InSubset | InSubsetSays(_) => match (&mine, &real) {
            (Ok(m), Ok(r)) => {
                let (m, r) = (ours(&m.value), theirs(r));
                (!same(&m, &r)).then(|| format!("{text:?}: we read {m:?}, ron reads {r:?}"))
            }
            (Err(e), Err(r)) => match mark {
                InSubsetSays(want) if !said(e).contains(want) => Some(format!(
                    "{text:?}: both refuse it, but we say \"{}\" instead of \"{want}\" (ron: {r})",
                    said(e)
                )),
                _ => None,
            },
            (Ok(_), Err(r)) => Some(format!("{text:?}: we accept it, ron refuses it: {r}")),
            (Err(e), Ok(r)) => Some(format!(
                "{text:?}: we refuse it (\"{}\"), ron accepts it as {r:?}",
                said(e)
            )),
        },
        Outside(want) => match &mine {
            _ if real.is_err() => Some(format!(
                "{text:?} is marked outside the subset, but ron refuses it too: mark it `InSubsetSays`"
            )),
            Ok(v) => Some(format!(
                "{text:?} is outside the subset, but we accept it as {:?}",
                v.value
            )),
            Err(e) if !said(e).contains(want) => Some(format!(
                "{text:?} is outside the subset; we say \"{}\" instead of \"{want}\"",
                said(e)
            )),
            Err(_) => None,
        },
    }
}

#[test]
fn the_reader_agrees_with_ron_and_names_what_it_does_not_support() {
    let failures: Vec<String> = SAMPLES
        .iter()
        .filter_map(|&(text, mark)| check(text, mark))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} samples disagree:\n{}",
        failures.len(),
        SAMPLES.len(),
        failures.join("\n")
    );
}

#[test]
fn the_samples_cover_both_sides_of_the_subset() {
    let count = |f: &dyn Fn(&str, Mark) -> bool| SAMPLES.iter().filter(|(t, m)| f(t, *m)).count();
    let accepted_by_both = count(&|t, m| {
        matches!(m, InSubset)
            && ron_value::parse(t).is_ok()
            && ron::from_str::<ron::Value>(t).is_ok()
    });
    let refused_by_both = count(&|t, m| {
        !matches!(m, Outside(_))
            && ron_value::parse(t).is_err()
            && ron::from_str::<ron::Value>(t).is_err()
    });
    let outside = count(&|_, m| matches!(m, Outside(_)));
    assert!(
        accepted_by_both >= 100,
        "{accepted_by_both} samples accepted by both"
    );
    assert!(
        refused_by_both >= 60,
        "{refused_by_both} samples refused by both"
    );
    assert!(outside >= 30, "{outside} samples outside the subset");
}

/// Whole numbers written in every base, with signs and separators, read alike.
#[test]
fn whole_numbers_in_every_base_read_alike() {
    let values = [
        0i64,
        1,
        7,
        8,
        9,
        10,
        15,
        16,
        255,
        256,
        65_535,
        65_536,
        1 << 31,
        (1 << 32) + 1,
        1_000_000_007,
        i64::MAX - 1,
        i64::MAX,
    ];
    let mut texts = Vec::new();
    for v in values {
        for sign in ["", "-", "+"] {
            texts.push(format!("{sign}{v}"));
            texts.push(format!("{sign}{v:#x}"));
            texts.push(format!("{sign}{v:#X}").replacen("0X", "0x", 1));
            texts.push(format!("{sign}{v:#o}"));
            texts.push(format!("{sign}{v:#b}"));
            // `_` after every third digit.
            let digits = v.to_string();
            let grouped: String = digits
                .chars()
                .enumerate()
                .flat_map(|(i, c)| {
                    let sep = i > 0 && (digits.len() - i) % 3 == 0;
                    sep.then_some('_').into_iter().chain([c])
                })
                .collect();
            texts.push(format!("{sign}{grouped}"));
        }
    }
    texts.push(format!("{}", i64::MIN));
    texts.push(format!("-{:#x}", i64::MIN.unsigned_abs()));
    texts.push(format!("-{:#b}", i64::MIN.unsigned_abs()));
    let failures: Vec<String> = texts.iter().filter_map(|t| check(t, InSubset)).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Editors on Windows may start a file with a byte order mark. RON does not allow one; this
/// reader skips it, at the start only.
#[test]
fn a_byte_order_mark_is_skipped_at_the_start_only() {
    assert!(ron::from_str::<ron::Value>("\u{FEFF}1").is_err());
    let v = ron_value::parse("\u{FEFF}(a: 1)").expect("a leading byte order mark is skipped");
    assert!(same(
        &ours(&v.value),
        &theirs(&ron::from_str("(a: 1)").unwrap())
    ));
    assert!(ron_value::parse("1\u{FEFF}").is_err());
    assert!(ron_value::parse("[\u{FEFF}1]").is_err());
}

/// Both readers allow the same depth of nesting (`ron`'s default recursion limit is 64), and
/// ours says that the limit is what was hit.
#[test]
fn nesting_is_limited_as_in_ron() {
    let nest = |n: usize| "[".repeat(n) + &"]".repeat(n);
    let ok = nest(MAX_DEPTH);
    assert!(ron_value::parse(&ok).is_ok() && ron::from_str::<ron::Value>(&ok).is_ok());
    let deep = nest(MAX_DEPTH + 1);
    assert!(ron::from_str::<ron::Value>(&deep).is_err());
    let e = ron_value::parse(&deep).unwrap_err();
    assert!(e.too_deep, "{e:?}");
    assert!(e.message.contains("nests deeper than"), "{}", e.message);
}
