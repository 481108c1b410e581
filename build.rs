//! Windows builds only: the executable's icon and version information (the Properties >
//! Details tab of sanad.exe), compiled with mingw's `windres` from a resource script made
//! here from Cargo.toml's version. Other targets build nothing here.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icon/sanad.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let icon = root.join("assets/icon/sanad.ico");
    let version = std::env::var("CARGO_PKG_VERSION").expect("CARGO_PKG_VERSION");
    let mut parts: Vec<u32> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|p| p.parse().unwrap_or(0))
        .collect();
    parts.resize(4, 0);
    let commas = parts
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let rc = format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {commas}
PRODUCTVERSION {commas}
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "Sanad developers"
      VALUE "FileDescription", "Sanad: victim-centred investigation training"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "sanad"
      VALUE "LegalCopyright", "MIT OR Apache-2.0; fonts SIL OFL 1.1"
      VALUE "OriginalFilename", "sanad.exe"
      VALUE "ProductName", "Sanad"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#,
        icon = icon.display().to_string().replace('\\', "/"),
    );
    let rc_path = out.join("sanad.rc");
    std::fs::write(&rc_path, rc).expect("write sanad.rc");
    let obj = out.join("sanad-resources.o");
    let windres = std::env::var("WINDRES").unwrap_or_else(|_| "x86_64-w64-mingw32-windres".into());
    let status = Command::new(&windres)
        .arg("--input-format=rc")
        .arg("--output-format=coff")
        .arg("-i")
        .arg(&rc_path)
        .arg("-o")
        .arg(&obj)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => panic!("{windres} failed ({s}) on {}", rc_path.display()),
        Err(e) => panic!(
            "cannot run {windres} ({e}): the Windows build needs mingw's binutils \
             (Debian: apt-get install gcc-mingw-w64-x86-64), or set WINDRES"
        ),
    }
    // Only the `sanad` binary carries the resources (tests and examples need none).
    println!("cargo:rustc-link-arg-bin=sanad={}", obj.display());
}
