//! The text report for a person: the verdict in one line, the reasons with their quoted
//! evidence, the playbook as numbered steps.

use std::fmt::Write as _;

use knownline_detect::{Assessment, Verdict};

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";

pub fn text(a: &Assessment, title: Option<&str>, colour: bool) -> String {
    let paint = |code: &str, s: &str| {
        if colour {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    if let Some(t) = title {
        let _ = writeln!(out, "{}", paint(BOLD, &format!("== {t}")));
    }
    let (word, code, summary) = match a.verdict {
        Verdict::Scam => ("SCAM", "\x1b[1;31m", "This is very likely a scam."),
        Verdict::Suspicious => (
            "SUSPICIOUS",
            "\x1b[1;33m",
            "This has signs of a scam: treat it as one until you have checked.",
        ),
        Verdict::NoSigns => (
            "NO SIGNS OF A SCAM",
            "\x1b[1;32m",
            "No signs of a scam were found.",
        ),
    };
    let channel = match (a.channel_guessed, a.channel.as_str()) {
        (true, ch) => format!(
            "read as {} (guessed; set --channel to change)",
            channel_words(ch)
        ),
        (false, ch) => channel_words(ch).to_string(),
    };
    let _ = writeln!(
        out,
        "{} {} (score {:.2}, {})",
        paint(code, word),
        summary,
        a.score,
        channel
    );
    if !a.complete {
        let _ = writeln!(
            out,
            "{} {}.",
            paint(BOLD, "Only partly checked:"),
            a.incomplete_reasons.join("; ")
        );
    }
    if !a.signals.is_empty() {
        let _ = writeln!(out, "\nWhy:");
        for s in &a.signals {
            let mut line = s.explanation.clone();
            if colour {
                for e in &s.evidence {
                    let quoted = format!("“{}”", e.quote);
                    line = line.replace(&quoted, &format!("\x1b[1;4m{quoted}{RESET}"));
                }
            }
            let _ = writeln!(out, "  - {}: {}", paint(BOLD, &s.title), line);
        }
    }
    if !a.playbook.is_empty() {
        let _ = writeln!(out, "\nWhat to do now:");
        for (i, step) in a.playbook.iter().enumerate() {
            let _ = writeln!(out, "  {}. {}", i + 1, step);
        }
    }
    if !a.notes.is_empty() {
        let _ = writeln!(out, "\nNotes: {}", a.notes.join("; "));
    }
    out.push('\n');
    out
}

/// How a channel is named to a person.
fn channel_words(channel: &str) -> &'static str {
    match channel {
        "call" => "a phone call",
        "email" => "an email",
        "sms" => "a text message",
        _ => "a web page or pop-up",
    }
}
