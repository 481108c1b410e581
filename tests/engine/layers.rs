//! The shape of the code: no two modules import each other, and the command line (clap) lives
//! only in the binary (`src/main.rs`, `src/cli/`). Read from the sources, so that a change
//! that breaks the layering fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `src/app/screens/mod.rs` → `["app", "screens"]`; `src/lib.rs` and `src/main.rs` → `[]`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The code of a file without comments and without its `#[cfg(test)]` module.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every module path a file names: `crate::a::b`, `super::c`, and the members of
/// `use super::{a, b::c}` groups, resolved against `here`.
fn references(here: &[String], text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    while i < bytes.len() {
        if !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let rest = &text[i..];
        let start = if rest.starts_with("crate::") {
            Some((Vec::new(), 7))
        } else if rest.starts_with("super::") {
            // In module a::b (`a/b.rs` or `a/b/mod.rs`) `super` is `a`.
            let mut base = here.to_vec();
            base.pop();
            Some((base, 7))
        } else {
            None
        };
        let preceded = i > 0 && (ident(bytes[i - 1]) || bytes[i - 1] == b':');
        if let (Some((mut base, skip)), false) = (start, preceded) {
            let mut j = i + skip;
            while text[j..].starts_with("super::") {
                base.pop();
                j += 7;
            }
            if text[j..].starts_with('{') {
                let end = text[j..].find('}').map_or(text.len(), |e| j + e);
                for item in text[j + 1..end].split(',') {
                    let mut p = base.clone();
                    p.extend(
                        item.trim()
                            .split("::")
                            .map(|s| s.trim().to_string())
                            .filter(|s| !s.is_empty() && s.chars().all(|c| ident(c as u8))),
                    );
                    out.push(p);
                }
                i = end;
                continue;
            }
            let mut p = base;
            let mut k = j;
            loop {
                let len = text[k..].bytes().take_while(|&c| ident(c)).count();
                if len == 0 {
                    break;
                }
                p.push(text[k..k + len].to_string());
                k += len;
                if text[k..].starts_with("::") && !text[k + 2..].starts_with('{') {
                    k += 2;
                } else {
                    break;
                }
            }
            out.push(p);
            i = k.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

#[test]
fn no_two_modules_import_each_other() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let lib_files: Vec<_> = files
        .iter()
        .filter(|f| !f.starts_with(src.join("cli")) && !f.ends_with("main.rs"))
        .collect();
    let modules: BTreeSet<Vec<String>> = lib_files.iter().map(|f| module_of(&src, f)).collect();
    // The longest known module that a path starts with.
    let resolve = |p: &[String]| -> Option<Vec<String>> {
        (1..=p.len())
            .rev()
            .map(|n| p[..n].to_vec())
            .find(|m| modules.contains(m))
    };
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for f in &lib_files {
        let here = module_of(&src, f);
        let text = code(&std::fs::read_to_string(f).unwrap());
        for r in references(&here, &text) {
            let Some(to) = resolve(&r) else { continue };
            // A module and its own descendants or ancestors are one family (a `mod.rs` declares
            // and re-exports its children); the rule is about modules side by side.
            if to.starts_with(&here) || here.starts_with(&to) {
                continue;
            }
            edges.entry(here.clone()).or_default().insert(to);
        }
    }
    let mut pairs = Vec::new();
    for (a, tos) in &edges {
        for b in tos {
            if a < b && edges.get(b).is_some_and(|t| t.contains(a)) {
                pairs.push(format!("{} <-> {}", a.join("::"), b.join("::")));
            }
        }
    }
    assert!(
        pairs.is_empty(),
        "modules that import each other:\n{}",
        pairs.join("\n")
    );
    // The checker itself sees imports (it would pass trivially otherwise).
    assert!(
        edges
            .get(&vec!["loader".to_string()])
            .is_some_and(|t| t.contains(&vec!["decode".to_string()])),
        "{edges:?}"
    );
}

#[test]
fn the_command_line_lives_in_the_binary() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut offenders = Vec::new();
    let mut users = 0;
    for f in &files {
        let text = code(&std::fs::read_to_string(f).unwrap());
        if text.contains("clap::") || text.contains("use clap") {
            if f.starts_with(src.join("cli")) || f.ends_with("src/main.rs") {
                users += 1;
            } else {
                offenders.push(f.strip_prefix(root).unwrap().display().to_string());
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "clap outside the binary: {offenders:?}"
    );
    assert!(users > 0, "no clap found at all: the scan is broken");
}

#[test]
fn the_checker_finds_a_mutual_import() {
    let a = references(&["a".into()], "use crate::b::Thing;\nfn f() {}");
    assert_eq!(a, vec![vec!["b".to_string(), "Thing".to_string()]]);
    let grouped = references(
        &["app".into(), "input".into()],
        "use super::{theme::ButtonColors, state};",
    );
    assert!(grouped.contains(&vec!["app".into(), "theme".into(), "ButtonColors".into()]));
    assert!(grouped.contains(&vec!["app".into(), "state".into()]));
}
