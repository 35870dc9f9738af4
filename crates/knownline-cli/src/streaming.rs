//! `knownline eval --streaming`: how early a call would be flagged if it were read while it
//! happens — a line (one utterance) at a time. For every call transcript: the caller turn at
//! which the verdict first reached "suspicious", and for legitimate calls whether it ever did.
//!
//! Each call is read as its growing prefix, assessed whole after every line: the figure is
//! the engine's own verdict at that point of the call, whatever reads it turn by turn later.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::Result;
use knownline_detect::{Channel, Contact, Directory, Engine, Verdict};
use rayon::prelude::*;

use crate::cases::{read_cases, source_name};

/// Longest call read: a transcript of more lines is cut there (an hour of short turns).
const MAX_LINES: usize = 400;

/// One call read line by line.
struct Call {
    source: String,
    id: String,
    scam: bool,
    /// The caller turn of the first alert; None when the call never alerted.
    alert_at: Option<usize>,
    caller_turns: usize,
}

/// Whether a line of a labelled transcript is the caller's: its speaker label says so, or it
/// has none (a line that goes on from the caller's).
fn is_caller(line: &str) -> bool {
    match line.split_once(':') {
        Some((label, _)) if label.trim().len() <= 20 && !label.trim().contains(' ') => {
            matches!(
                label.trim().to_ascii_lowercase().as_str(),
                "caller" | "scammer" | "agent"
            )
        }
        _ => true,
    }
}

fn read_call(engine: &Engine, dir: &Directory, content: &str) -> (Option<usize>, usize) {
    let lines: Vec<&str> = content
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(MAX_LINES)
        .collect();
    let labelled = lines
        .iter()
        .any(|l| l.trim_start().to_ascii_lowercase().starts_with("caller:"));
    let mut caller_turns = 0;
    let mut so_far = String::new();
    let mut alert_at = None;
    for line in &lines {
        // Without speaker labels every line is what the caller said.
        if !labelled || is_caller(line) {
            caller_turns += 1;
        }
        so_far.push_str(line);
        so_far.push('\n');
        if alert_at.is_none() {
            let a = engine.assess(&Contact::parse(Some(Channel::Call), &so_far), dir);
            if a.verdict >= Verdict::Suspicious {
                // An alert before the caller spoke counts as their first turn.
                alert_at = Some(caller_turns.max(1));
            }
        }
    }
    (alert_at, caller_turns)
}

/// Reads every call case of `files` (of `split` when given) a line at a time and prints when
/// each was first flagged.
pub fn run(
    engine: &Engine,
    files: &[PathBuf],
    split: Option<&str>,
    max_misses: usize,
) -> Result<()> {
    let dir = Directory::empty();
    let mut calls = Vec::new();
    for file in files {
        let source = source_name(file);
        let cases = read_cases(file)?;
        let batch: Vec<Call> = cases
            .par_iter()
            .filter(|c| split.is_none_or(|s| c.split.as_deref().unwrap_or("train") == s))
            .filter(|c| Channel::parse(&c.channel) == Some(Channel::Call))
            .filter_map(|c| {
                let scam = c.is_scam()?;
                let (alert_at, caller_turns) = read_call(engine, &dir, &c.content);
                Some(Call {
                    source: source.clone(),
                    id: c.id.clone(),
                    scam,
                    alert_at,
                    caller_turns,
                })
            })
            .collect();
        calls.extend(batch);
    }
    anyhow::ensure!(
        !calls.is_empty(),
        "no labelled call cases in the files given"
    );
    print!("\n{}", summary(&calls, max_misses));
    Ok(())
}

#[derive(Default)]
struct Tally {
    scams: usize,
    /// Caller turns of the first alert, one per alerted scam call.
    alerts: Vec<usize>,
    legit: usize,
    legit_alerted: usize,
}

impl Tally {
    fn add(&mut self, c: &Call) {
        if c.scam {
            self.scams += 1;
            self.alerts.extend(c.alert_at);
        } else {
            self.legit += 1;
            self.legit_alerted += usize::from(c.alert_at.is_some());
        }
    }

    fn row(&self, name: &str) -> String {
        let pct = |n: usize, of: usize| {
            if of == 0 {
                "-".to_string()
            } else {
                format!("{:.1}", 100.0 * n as f64 / of as f64)
            }
        };
        let within = |k: usize| pct(self.alerts.iter().filter(|&&t| t <= k).count(), self.scams);
        let mut sorted = self.alerts.clone();
        sorted.sort_unstable();
        let median = if sorted.is_empty() {
            "-".to_string()
        } else {
            sorted[(sorted.len() - 1) / 2].to_string()
        };
        format!(
            "{name:<36} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
            self.scams,
            median,
            within(1),
            within(2),
            within(3),
            self.scams - self.alerts.len(),
            self.legit,
            pct(self.legit_alerted, self.legit),
        )
    }
}

fn summary(calls: &[Call], max_misses: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Calls read as they happen, a line at a time (the verdict after each line):\n\
         median = caller turn of the first alert (alerted scam calls); ≤1/≤2/≤3 = scam calls \
         alerted within that many caller turns (% of all scam calls); never = scam calls never \
         alerted; legit% = legitimate calls that alerted at any point.\n"
    );
    let _ = writeln!(
        out,
        "{:<36} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "group", "scams", "median", "≤1%", "≤2%", "≤3%", "never", "legit", "legit%"
    );
    let mut all = Tally::default();
    let mut by_source: BTreeMap<&str, Tally> = BTreeMap::new();
    for c in calls {
        all.add(c);
        by_source.entry(&c.source).or_default().add(c);
    }
    let _ = writeln!(out, "{}", all.row("all calls"));
    for (source, t) in &by_source {
        let _ = writeln!(out, "{}", t.row(&format!("  {source}")));
    }
    let false_alarms: Vec<&Call> = calls
        .iter()
        .filter(|c| !c.scam && c.alert_at.is_some())
        .collect();
    if !false_alarms.is_empty() {
        let _ = writeln!(
            out,
            "\nLegitimate calls that alerted ({}):",
            false_alarms.len()
        );
        for c in false_alarms.iter().take(max_misses) {
            let _ = writeln!(
                out,
                "  {} (caller turn {} of {})",
                c.id,
                c.alert_at.unwrap_or_default(),
                c.caller_turns
            );
        }
    }
    let late: Vec<&Call> = calls
        .iter()
        .filter(|c| c.scam && c.alert_at.is_none_or(|t| t > 3))
        .collect();
    if !late.is_empty() {
        let _ = writeln!(
            out,
            "\nScam calls not alerted within 3 caller turns ({}):",
            late.len()
        );
        for c in late.iter().take(max_misses) {
            match c.alert_at {
                Some(t) => {
                    let _ = writeln!(out, "  {} (caller turn {t} of {})", c.id, c.caller_turns);
                }
                None => {
                    let _ = writeln!(out, "  {} (never, {} caller turns)", c.id, c.caller_turns);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caller_turns_are_the_callers_lines_or_every_unlabelled_one() {
        assert!(is_caller("Caller: Hello, this is Microsoft"));
        assert!(!is_caller("Callee: Who is this?"));
        assert!(is_caller("Your computer has a virus: call us"));
        assert!(is_caller("Agent: Thank you for holding"));
    }

    #[test]
    fn the_median_and_the_shares_count_every_scam_call() {
        let call = |scam, alert_at| Call {
            source: "s".into(),
            id: "c".into(),
            scam,
            alert_at,
            caller_turns: 5,
        };
        let mut t = Tally::default();
        for c in [
            call(true, Some(1)),
            call(true, Some(2)),
            call(true, Some(4)),
            call(true, None),
            call(false, None),
            call(false, Some(3)),
        ] {
            t.add(&c);
        }
        let row = t.row("x");
        let cols: Vec<&str> = row.split_whitespace().collect();
        // scams, median, ≤1, ≤2, ≤3, never, legit, legit%
        assert_eq!(
            cols[1..],
            ["4", "2", "25.0", "50.0", "50.0", "1", "2", "50.0"]
        );
    }
}
