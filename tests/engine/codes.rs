//! The diagnostic code table (`src/diagnostic/codes.rs`) cannot go stale: `docs/authoring.md`
//! lists exactly its codes, every code the source writes is in it, and every code in it is used.

use crate::util;
use sanad::diagnostic::codes::{self, Code};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn table() -> BTreeSet<&'static str> {
    codes::ALL.iter().map(|c| c.id).collect()
}

/// Whether `s` at `i` is a code: `E` or `W` and four digits, not inside a longer word.
fn code_at(s: &str, i: usize) -> Option<&str> {
    let b = s.as_bytes();
    let word = |j: usize| {
        b.get(j)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let candidate = s.get(i..i + 5)?;
    let cb = candidate.as_bytes();
    let ok = matches!(cb[0], b'E' | b'W')
        && cb[1..].iter().all(u8::is_ascii_digit)
        && (i == 0 || !word(i - 1))
        && !word(i + 5);
    ok.then_some(candidate)
}

/// Every code-shaped word in `s`, with whether it is a string literal (`"E0301"`).
fn codes_in(s: &str) -> Vec<(&str, bool)> {
    let b = s.as_bytes();
    (0..s.len())
        .filter(|&i| s.is_char_boundary(i))
        .filter_map(|i| {
            let c = code_at(s, i)?;
            let quoted = i > 0 && b[i - 1] == b'"' && b.get(i + 5) == Some(&b'"');
            Some((c, quoted))
        })
        .collect()
}

/// The `Code` column of the table under "Error and warning codes".
fn doc_list(doc: &str) -> Vec<&str> {
    let section = doc
        .split_once("### Error and warning codes")
        .expect("docs/authoring.md has the section `### Error and warning codes`")
        .1;
    let section = section.split("\n#").next().unwrap_or(section);
    section
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split_once('`'))
        .map(|(code, _)| code)
        .collect()
}

#[test]
fn the_authoring_guide_lists_exactly_the_codes_of_the_table() {
    let doc = std::fs::read_to_string(util::root().join("docs/authoring.md")).unwrap();
    let listed = doc_list(&doc);
    assert!(
        listed.len() >= 10,
        "the code list was not found: {listed:?}"
    );
    let mut seen = BTreeSet::new();
    for c in &listed {
        assert!(seen.insert(*c), "docs/authoring.md lists `{c}` twice");
        assert!(
            Code::lookup(c).is_some(),
            "docs/authoring.md lists `{c}`, which src/diagnostic/codes.rs does not have"
        );
    }
    let missing: Vec<_> = table().difference(&seen).copied().collect();
    assert!(
        missing.is_empty(),
        "docs/authoring.md does not list {missing:?}"
    );
    // The list is in the table's order, so a reader finds a code quickly.
    assert_eq!(listed, table().into_iter().collect::<Vec<_>>());
    // Codes named anywhere else in the guide exist too.
    for (c, _) in codes_in(&doc) {
        assert!(
            Code::lookup(c).is_some(),
            "docs/authoring.md mentions `{c}`, which does not exist"
        );
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn the_source_uses_exactly_the_codes_of_the_table() {
    let src = util::root().join("src");
    let table_file = src.join("diagnostic/codes.rs");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(files.contains(&table_file));
    let mut used = BTreeSet::new();
    let mut unknown = Vec::new();
    for f in files.iter().filter(|f| **f != table_file) {
        let text = std::fs::read_to_string(f).unwrap();
        // A literal anywhere must be a known code (a bare word, `codes::E0301`, would not
        // compile otherwise).
        for (c, quoted) in codes_in(&text) {
            if quoted && Code::lookup(c).is_none() {
                unknown.push(format!("{}: \"{c}\"", f.display()));
            }
        }
        // Unit tests and comments do not count as uses: they may name any code.
        let code_part = text.split("#[cfg(test)]").next().unwrap_or(&text);
        for line in code_part.lines() {
            let line = line.split("//").next().unwrap_or(line);
            used.extend(codes_in(line).into_iter().map(|(c, _)| c.to_string()));
        }
    }
    assert!(
        unknown.is_empty(),
        "codes used in src/ but missing from src/diagnostic/codes.rs: {unknown:?}"
    );
    let unused: Vec<_> = table().into_iter().filter(|c| !used.contains(*c)).collect();
    assert!(
        unused.is_empty(),
        "codes in the table that src/ never uses (remove them, and from docs/authoring.md): \
         {unused:?}"
    );
}

#[test]
fn the_scanner_finds_literals_and_consts_but_not_longer_words() {
    let s = r#"Diagnostic::error("E0301", ..); codes::W0602; XE0301 E03011 "E030" E0301_x"#;
    assert_eq!(codes_in(s), vec![("E0301", true), ("W0602", false)]);
    assert_eq!(
        doc_list(
            "x\n### Error and warning codes\n| Code |\n|---|\n| `E0001` | a |\n| `W0502` | b |\n## 7. next\n| `E0002` | c |\n"
        ),
        vec!["E0001", "W0502"]
    );
}
