//! Paths as Windows laptops have them (issue 15), run on Linux and, cross-compiled, under Wine
//! (tools/windows-engine-tests.sh): a user folder with Arabic and Kurdish letters, and a
//! read-only install folder. Notepad's BOM and CRLF are in `notepad.rs`; paths in
//! diagnostics with `/` on every platform are in `cli.rs` and `corpus.rs`.

use crate::records::attempt;
use crate::util;
use sanad::attempts::{self, Store};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A folder like `C:\Users\<name>` for a user whose name is written in Arabic and in Sorani.
fn user_folder(tag: &str) -> PathBuf {
    let dir = util::temp_dir(tag).join("المستخدم بەکارهێنەر").join("سند");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn content_in(dir: &Path) {
    for sub in ["scenarios", "locales", "assets"] {
        util::copy_dir(&util::root().join(sub), &dir.join(sub));
    }
}

fn sanad(content: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sanad"))
        .args(args)
        .arg("--content")
        .arg(content)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .output()
        .expect("run sanad")
}

/// A short run of the shipped interview, in `lang`.
fn play(content: &Path, lang: &str) -> Output {
    let choose = ["--choose", "4", "--lang", lang];
    sanad(
        content,
        &[&["run", "domestic-worker-passport"][..], &choose].concat(),
    )
}

fn succeeded(out: &Output) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
}

#[test]
fn content_and_records_in_a_folder_with_arabic_and_kurdish_letters() {
    let dir = user_folder("unicode");
    content_in(&dir);
    let out = sanad(&dir, &["check", "--strict", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{v:#}");
    assert_eq!(v["errors"], 0, "{v:#}");
    succeeded(&play(&dir, "ckb"));

    // Records: a data folder and an export folder under the same user folder.
    let scn = util::scenario("domestic-worker-passport");
    let store = Store::open(&dir.join("بيانات")).expect("a data folder with Arabic letters");
    let a = attempt(&scn, "TR-07", 3, &[4]);
    store.save(&a).unwrap();
    let (back, problems) = store.load();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(back.len(), 1);
    let export = dir.join("هەناردەکراو");
    assert_eq!(attempts::export(&back, &export).unwrap(), 1);
    let (read, problems) = Store::read_only(&export).load();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(read[0].trainee, "TR-07");
    drop(store);
    let _ = std::fs::remove_dir_all(dir.parent().unwrap().parent().unwrap());
}

fn set_read_only(dir: &Path, ro: bool) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            set_read_only(&p, ro);
        }
        let mut perm = std::fs::metadata(&p).unwrap().permissions();
        #[allow(clippy::permissions_set_readonly_false)]
        perm.set_readonly(ro);
        std::fs::set_permissions(&p, perm).unwrap();
    }
}

/// Program Files, or a stick with its write-protect switch on: Sanad only reads there.
#[test]
fn a_read_only_install_folder_checks_and_plays() {
    let dir = user_folder("readonly");
    content_in(&dir);
    set_read_only(&dir, true);
    let probe = dir.join("scenarios/written.txt");
    let writable = std::fs::write(&probe, "x").is_ok();
    let check = sanad(&dir, &["check", "--strict"]);
    let run = play(&dir, "ar");
    set_read_only(&dir, false);
    let _ = std::fs::remove_dir_all(dir.parent().unwrap().parent().unwrap());
    succeeded(&check);
    succeeded(&run);
    // Nothing was written into the install folder (when the platform enforces read-only,
    // the probe also shows that the folder really was read-only; root on Linux is not held).
    if !writable {
        assert!(!probe.exists());
    }
}
