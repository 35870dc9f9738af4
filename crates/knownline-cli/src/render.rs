//! The text report for a person, in their language: the verdict in one line, then at once
//! what to do now, then up to three reasons with the words that show them, then the rest.

use std::fmt::Write as _;

use knownline_detect::{capitalised, Assessment, Engine, Verdict};

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";

/// Reasons shown before "More reasons".
pub const REASONS_UP_FRONT: usize = 3;

pub fn text(engine: &Engine, a: &Assessment, title: Option<&str>, colour: bool) -> String {
    let lang = a.language.as_str();
    let w = |id: &str| engine.word(lang, id);
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
    let (id, code) = match a.verdict {
        Verdict::Scam => ("scam", "\x1b[1;31m"),
        Verdict::Suspicious => ("suspicious", "\x1b[1;33m"),
        Verdict::NoSigns => ("no_signs", "\x1b[1;32m"),
    };
    let channel = w(&format!("channel-{}", a.channel.as_str()));
    let channel = if a.channel_guessed {
        engine.word_with(lang, "channel-guessed", &[("channel", &channel)])
    } else {
        channel
    };
    let _ = writeln!(
        out,
        "{}  {}",
        paint(code, &w(&format!("verdict-{id}")).to_uppercase()),
        w(&format!("summary-{id}")),
    );
    if let Some(f) = &a.family {
        if a.verdict != Verdict::NoSigns {
            let _ = writeln!(out, "{}", paint(BOLD, &w(&format!("family-{f}"))));
        }
    }
    // How it was read comes after what it is: a reader needs the verdict first.
    let _ = writeln!(
        out,
        "{} · {} {:.2}",
        capitalised(&channel),
        w("score"),
        a.score
    );
    if !a.complete {
        let _ = writeln!(
            out,
            "{} {}.",
            paint(BOLD, &w("partly-checked")),
            a.incomplete_reasons.join("; ")
        );
    }
    if !a.playbook.is_empty() {
        let _ = writeln!(out, "\n{}", paint(BOLD, &w("heading-steps")));
        for (i, step) in a.playbook.iter().enumerate() {
            let _ = writeln!(out, "  {}. {}", i + 1, step);
        }
    }
    let reason = |r: &knownline_detect::Reason| {
        let quotes: Vec<String> = r
            .quotes
            .iter()
            .map(|q| {
                paint(
                    "\x1b[1;4m",
                    &engine.word_with(lang, "quoted", &[("text", q)]),
                )
            })
            .collect();
        if quotes.is_empty() {
            format!("  - {}", paint(BOLD, &r.title))
        } else {
            format!("  - {} — {}", paint(BOLD, &r.title), quotes.join(", "))
        }
    };
    if !a.reasons.is_empty() {
        let _ = writeln!(out, "\n{}", paint(BOLD, &w("heading-reasons")));
        for r in a.reasons.iter().take(REASONS_UP_FRONT) {
            let _ = writeln!(out, "{}", reason(r));
        }
        if a.reasons.len() > REASONS_UP_FRONT {
            let _ = writeln!(out, "\n{}", paint(BOLD, &w("heading-more-reasons")));
            for r in &a.reasons[REASONS_UP_FRONT..] {
                let _ = writeln!(out, "{}", reason(r));
            }
        }
    }
    if !a.notes.is_empty() {
        let _ = writeln!(out, "\nNotes: {}", a.notes.join("; "));
    }
    out.push('\n');
    out
}
