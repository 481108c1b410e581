//! When the app cannot start or stops on an error: a log file and a message the person at the
//! laptop can act on, never a silent exit.
//!
//! On Windows the app is a GUI program with no console (see `src/main.rs`), so a panic would
//! vanish without a trace. The panic hook installed by [`install`] writes a log file (the
//! panic, where it happened, the graphics settings, a backtrace) and:
//! - when no graphics adapter could be used (bevy's "Unable to find a GPU", or wgpu's
//!   `RequestDeviceError`, as on a laptop without DirectX 12 or Vulkan drivers), it shows a
//!   message in English, Arabic and Sorani (a message box on Windows, standard error
//!   everywhere) that says what to do and where the log is, and exits with code 1;
//! - on any other panic, it says where the log is and lets the panic go on (exit code 101).
//!
//! The message is fixed text in three languages, not a Fluent message: it must show when the
//! content folder itself could not be read. `locales/REVIEW.md` lists it for review.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The graphics failure's message: what happened, what to do, and where the log is (`{log}`).
pub const NO_GRAPHICS: &str = "\
Sanad cannot open its window: no graphics driver on this computer supports DirectX 12 or Vulkan.
Update the graphics driver, or use another laptop. The command-line tools (sanad check, \
sanad run) work without graphics.
Details: {log}

تعذّر على «سند» فتح نافذته: لا يوجد على هذا الحاسوب برنامج تشغيل للرسوميات يدعم DirectX 12 أو Vulkan.
يُرجى تحديث برنامج تشغيل الرسوميات أو استخدام حاسوب آخر. تعمل أدوات سطر الأوامر \
(sanad check و sanad run) من دون رسوميات.
التفاصيل: {log}

«سەنەد» ناتوانێت پەنجەرەکەی بکاتەوە: لەم کۆمپیوتەرەدا هیچ وەگەڕخەرێکی گرافیک نییە کە پشتگیری DirectX 12 یان Vulkan بکات.
تکایە وەگەڕخەری گرافیک نوێ بکەرەوە، یان کۆمپیوتەرێکی تر بەکاربهێنە. ئامرازەکانی هێڵی فەرمان \
(sanad check و sanad run) بەبێ گرافیک کار دەکەن.
وردەکارییەکان: {log}";

/// Any other stop on an error.
pub const STOPPED: &str = "Sanad stopped on an error. Details: {log}";

/// Whether a panic message is a graphics adapter or device failure.
pub fn is_graphics_failure(message: &str) -> bool {
    const SIGNS: [&str; 4] = [
        "Unable to find a GPU",
        "RequestDeviceError",
        "RequestAdapterError",
        "No suitable graphics adapter",
    ];
    SIGNS.iter().any(|s| message.contains(s))
}

/// Installs the panic hook. The log goes to `logs/` in the data folder when there is one,
/// otherwise to the system's temporary folder. `message_box`: also show the message in a
/// message box on Windows (the app; `sanad shot`, run by scripts, only prints it).
pub fn install(data_dir: Option<&Path>, message_box: bool) {
    let folder = match data_dir {
        Some(d) => d.join("logs"),
        None => std::env::temp_dir(),
    };
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = payload(info.payload());
        let location = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        let graphics = is_graphics_failure(&message);
        let log = write_log(&folder, &message, &location);
        let shown = log
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|e| format!("(no log: {e})"));
        if graphics {
            let text = NO_GRAPHICS.replace("{log}", &shown);
            eprintln!("error: {text}");
            if message_box {
                show(&text);
            }
            std::process::exit(1);
        }
        previous(info);
        let text = STOPPED.replace("{log}", &shown);
        eprintln!("{text}");
        if message_box {
            show(&text);
        }
    }));
}

fn payload(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_string()
    }
}

/// `sanad-<seconds since 1970>.log`, with what a developer needs to tell what happened.
fn write_log(folder: &Path, message: &str, location: &str) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(folder)?;
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let path = folder.join(format!("sanad-{secs}-{}.log", std::process::id()));
    let mut f = std::fs::File::create(&path)?;
    let env = |k: &str| std::env::var(k).unwrap_or_else(|_| "(not set)".into());
    writeln!(f, "Sanad {} stopped on an error", env!("CARGO_PKG_VERSION"))?;
    writeln!(f, "time: {secs} s since 1970-01-01 UTC")?;
    writeln!(
        f,
        "platform: {} {}",
        std::env::consts::OS,
        std::env::consts::ARCH
    )?;
    writeln!(f, "WGPU_BACKEND: {}", env("WGPU_BACKEND"))?;
    writeln!(f, "panic: {message}")?;
    writeln!(f, "at: {location}")?;
    writeln!(
        f,
        "backtrace:\n{}",
        std::backtrace::Backtrace::force_capture()
    )?;
    Ok(path)
}

#[cfg(windows)]
fn show(text: &str) {
    use windows_sys::Win32::UI::WindowsAndMessaging::{MB_ICONERROR, MB_OK, MessageBoxW};
    let wide = |s: &str| s.encode_utf16().chain(Some(0)).collect::<Vec<u16>>();
    let (text, title) = (wide(text), wide("Sanad"));
    // SAFETY: both strings are NUL-terminated UTF-16 that live across the call; no owner window.
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            text.as_ptr(),
            title.as_ptr(),
            MB_OK | MB_ICONERROR,
        );
    }
}

/// Elsewhere the message goes to standard error only (a desktop launcher keeps it in the
/// session's log; the log file has the details).
#[cfg(not(windows))]
fn show(_text: &str) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bevy_and_wgpu_failures_are_told_apart_from_other_panics() {
        assert!(is_graphics_failure(
            "Unable to find a GPU! Make sure you have installed required drivers!"
        ));
        assert!(is_graphics_failure(
            "called `Result::unwrap()` on an `Err` value: RequestDeviceError { inner: Core(Device(Lost)) }"
        ));
        assert!(!is_graphics_failure("index out of bounds"));
    }

    #[test]
    fn the_log_names_the_panic_and_the_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = write_log(&dir.path().join("logs"), "boom", "src/x.rs:1:2").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("panic: boom"), "{text}");
        assert!(text.contains("at: src/x.rs:1:2"), "{text}");
        assert!(path.starts_with(dir.path().join("logs")));
    }

    #[test]
    fn the_message_is_in_three_languages_with_the_log_path_in_each() {
        let text = NO_GRAPHICS.replace("{log}", "C:\\x\\sanad-1.log");
        assert_eq!(text.matches("C:\\x\\sanad-1.log").count(), 3);
        assert!(text.contains("برنامج تشغيل"));
        assert!(text.contains("گرافیک"));
        // Sorani's own letters, not Arabic look-alikes, in its paragraph.
        let ckb = text.split("\n\n").nth(2).unwrap();
        assert!(ckb.contains('ێ') && ckb.contains('ە'));
        assert!(!ckb.contains('ي') && !ckb.contains('ك'));
    }
}
