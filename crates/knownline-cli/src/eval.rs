//! `knownline eval`: detection and false-alarm figures per channel and per category, the
//! misses by id, and optionally an HTML report with score distributions and ROC curves.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use knownline_detect::{Channel, Contact, Directory, Engine, Verdict};
use rayon::prelude::*;

use crate::cases::{read_cases, source_name};

pub struct Record {
    pub source: String,
    pub id: String,
    pub channel: Channel,
    pub scam: bool,
    pub category: String,
    pub language: String,
    pub verdict: Verdict,
    pub score: f32,
    /// The channel read from the content, when cases were read without theirs.
    pub guessed: Option<Channel>,
    /// How the answer of a flagged contact fits it.
    pub advice: Option<crate::advice::AdviceCheck>,
    /// The contact's language as the engine read it, and as whatlang alone reads the case.
    pub read_language: Option<String>,
    pub trigram_language: Option<&'static str>,
}

/// Assesses every labelled case of `files` (of `split` when given). With `guess_channel` a
/// case is read as a person without `--channel` would have it read: its channel guessed.
pub fn assess_files(
    engine: &Engine,
    files: &[PathBuf],
    split: Option<&str>,
    guess_channel: bool,
) -> Result<Vec<Record>> {
    let dir = Directory::empty();
    let mut records = Vec::new();
    for file in files {
        let source = source_name(file);
        let cases = read_cases(file)?;
        let batch: Vec<Record> = cases
            .par_iter()
            .filter(|c| split.is_none_or(|s| c.split.as_deref().unwrap_or("train") == s))
            .filter_map(|c| {
                let scam = c.is_scam()?;
                let channel = Channel::parse(&c.channel)?;
                let contact = Contact::parse((!guess_channel).then_some(channel), &c.content);
                let a = engine.assess(&contact, &dir);
                let guessed = guess_channel.then_some(a.channel);
                let language = c.language.clone().unwrap_or_else(|| "-".into());
                let category = c.category.clone().unwrap_or_else(|| "-".into());
                let advice = (a.verdict >= Verdict::Suspicious)
                    .then(|| crate::advice::check(&a, channel, &category, &language));
                Some(Record {
                    source: source.clone(),
                    id: c.id.clone(),
                    channel,
                    scam,
                    category,
                    language,
                    verdict: a.verdict,
                    score: a.score,
                    guessed,
                    advice,
                    read_language: a.contact_language.clone(),
                    trigram_language: knownline_detect::locale::detect_by_trigrams(&c.content),
                })
            })
            .collect();
        records.extend(batch);
    }
    Ok(records)
}

#[derive(Default, Clone)]
struct Counts {
    scams: usize,
    scams_flagged: usize,
    scams_scam: usize,
    legit: usize,
    legit_flagged: usize,
    legit_scam: usize,
}

impl Counts {
    fn add(&mut self, r: &Record) {
        let flagged = r.verdict >= Verdict::Suspicious;
        let scam = r.verdict == Verdict::Scam;
        if r.scam {
            self.scams += 1;
            self.scams_flagged += flagged as usize;
            self.scams_scam += scam as usize;
        } else {
            self.legit += 1;
            self.legit_flagged += flagged as usize;
            self.legit_scam += scam as usize;
        }
    }
    fn row(&self, name: &str) -> String {
        let pct = |a: usize, b: usize| {
            if b == 0 {
                "    -".to_string()
            } else {
                format!("{:5.1}", 100.0 * a as f64 / b as f64)
            }
        };
        let tp = self.scams_flagged as f64;
        let fp = self.legit_flagged as f64;
        let fn_ = (self.scams - self.scams_flagged) as f64;
        let precision = if tp + fp > 0.0 {
            tp / (tp + fp)
        } else {
            f64::NAN
        };
        let recall = if self.scams > 0 {
            tp / (tp + fn_)
        } else {
            f64::NAN
        };
        let f1 = 2.0 * precision * recall / (precision + recall);
        let f = |x: f64| {
            if x.is_nan() {
                "    -".to_string()
            } else {
                format!("{:5.3}", x)
            }
        };
        format!(
            "{name:<44} {:>6} {} {} {:>6} {} {}  {} {} {}",
            self.scams,
            pct(self.scams_flagged, self.scams),
            pct(self.scams_scam, self.scams),
            self.legit,
            pct(self.legit_flagged, self.legit),
            pct(self.legit_scam, self.legit),
            f(precision),
            f(recall),
            f(f1)
        )
    }
}

pub fn run(
    engine: &Engine,
    files: &[PathBuf],
    split: Option<&str>,
    report: Option<&Path>,
    max_misses: usize,
    guess_channel: bool,
    advice: bool,
) -> Result<()> {
    let records = assess_files(engine, files, split, guess_channel)?;
    anyhow::ensure!(
        !records.is_empty(),
        "no labelled cases (scam or legit) in the files given"
    );
    let text = summary(&records, max_misses);
    print!("{text}");
    if advice {
        let flagged: Vec<crate::advice::Flagged> = records
            .iter()
            .filter_map(|r| {
                Some(crate::advice::Flagged {
                    id: &r.id,
                    channel: r.channel,
                    language: &r.language,
                    check: r.advice.as_ref()?,
                })
            })
            .collect();
        print!("\n{}", crate::advice::summary(&flagged, max_misses));
        print!("{}", crate::advice::language_summary(&records));
    }
    if let Some(dir) = report {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let path = dir.join("index.html");
        std::fs::write(&path, html_report(&records, &text))
            .with_context(|| format!("writing {}", path.display()))?;
        eprintln!("report written to {}", path.display());
    }
    Ok(())
}

pub fn summary(records: &[Record], max_misses: usize) -> String {
    let mut out = String::new();
    let header = format!(
        "{:<44} {:>6} {:>5} {:>5} {:>6} {:>5} {:>5}  {:>5} {:>5} {:>5}",
        "group", "scams", "flag%", "scam%", "legit", "flag%", "scam%", "prec", "recall", "f1"
    );
    let _ = writeln!(
        out,
        "Detection: flag% = called scam or suspicious; scam% = called scam.\n"
    );
    let _ = writeln!(out, "{header}");
    let mut by_channel: BTreeMap<Channel, Counts> = BTreeMap::new();
    let mut by_cat: BTreeMap<(Channel, String, String), Counts> = BTreeMap::new();
    for r in records {
        by_channel.entry(r.channel).or_default().add(r);
        by_cat
            .entry((r.channel, r.source.clone(), r.category.clone()))
            .or_default()
            .add(r);
    }
    for (ch, c) in &by_channel {
        let _ = writeln!(out, "{}", c.row(&format!("{ch} (all)")));
    }
    let _ = writeln!(out);
    for ((ch, source, cat), c) in &by_cat {
        let _ = writeln!(out, "{}", c.row(&format!("{ch} {source}/{cat}")));
    }
    let mut by_lang: BTreeMap<(Channel, String), Counts> = BTreeMap::new();
    for r in records {
        by_lang
            .entry((r.channel, r.language.clone()))
            .or_default()
            .add(r);
    }
    if by_lang.keys().any(|(_, l)| l != "en" && l != "-") {
        let mut all_lang: BTreeMap<&str, Counts> = BTreeMap::new();
        for r in records {
            all_lang.entry(&r.language).or_default().add(r);
        }
        let _ = writeln!(out);
        for (lang, c) in &all_lang {
            let _ = writeln!(out, "{}", c.row(&format!("language {lang} (all)")));
        }
        let _ = writeln!(out);
        for ((ch, lang), c) in &by_lang {
            let _ = writeln!(out, "{}", c.row(&format!("{ch} language {lang}")));
        }
    }
    channel_guesses(records, max_misses, &mut out);
    let mut missed: Vec<&Record> = records
        .iter()
        .filter(|r| r.scam && r.verdict == Verdict::NoSigns)
        .collect();
    missed.sort_by(|a, b| a.id.cmp(&b.id));
    let mut false_scam: Vec<&Record> = records
        .iter()
        .filter(|r| !r.scam && r.verdict == Verdict::Scam)
        .collect();
    false_scam.sort_by(|a, b| a.id.cmp(&b.id));
    let mut false_flag: Vec<&Record> = records
        .iter()
        .filter(|r| !r.scam && r.verdict == Verdict::Suspicious)
        .collect();
    false_flag.sort_by(|a, b| a.id.cmp(&b.id));
    for (title, list) in [
        ("Scams missed (no_signs)", &missed),
        ("Legitimate called scam", &false_scam),
        ("Legitimate called suspicious", &false_flag),
    ] {
        let _ = writeln!(out, "\n{title}: {}", list.len());
        for r in list.iter().take(max_misses) {
            let _ = writeln!(
                out,
                "  {} ({}/{}, score {:.2})",
                r.id, r.source, r.category, r.score
            );
        }
        if list.len() > max_misses {
            let _ = writeln!(out, "  … and {} more", list.len() - max_misses);
        }
    }
    out
}

/// How often the channel guessed was the case's own, per channel, and the cases it was not.
fn channel_guesses(records: &[Record], max_misses: usize, out: &mut String) {
    if records.iter().all(|r| r.guessed.is_none()) {
        return;
    }
    let right = records
        .iter()
        .filter(|r| r.guessed == Some(r.channel))
        .count();
    let _ = writeln!(
        out,
        "\nChannel guessed right: {right} of {} ({:.1}%)",
        records.len(),
        100.0 * right as f64 / records.len() as f64
    );
    for ch in Channel::ALL {
        let of: Vec<&Record> = records.iter().filter(|r| r.channel == ch).collect();
        if of.is_empty() {
            continue;
        }
        let ok = of.iter().filter(|r| r.guessed == Some(ch)).count();
        let _ = writeln!(out, "  {ch:<6} {ok} of {}", of.len());
    }
    let mut wrong: Vec<&Record> = records
        .iter()
        .filter(|r| r.guessed.is_some_and(|g| g != r.channel))
        .collect();
    wrong.sort_by(|a, b| a.id.cmp(&b.id));
    for r in wrong.iter().take(max_misses) {
        let guessed = r.guessed.map_or("-", |g| g.as_str());
        let _ = writeln!(out, "  {} ({}): read as {guessed}", r.id, r.channel);
    }
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn html_report(records: &[Record], summary: &str) -> String {
    let mut out = String::from(
        "<!doctype html><html lang=en><meta charset=utf-8><title>knownline evaluation</title>\
         <style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;color:#111}\
         pre{background:#f4f4f4;padding:1em;overflow:auto;font-size:13px}figure{display:inline-block;margin:1em}\
         figcaption{font-weight:600}</style><h1>knownline evaluation</h1>",
    );
    let _ = write!(out, "<pre>{}</pre>", html_escape(summary));
    for ch in Channel::ALL {
        let scams: Vec<f32> = records
            .iter()
            .filter(|r| r.channel == ch && r.scam)
            .map(|r| r.score)
            .collect();
        let legit: Vec<f32> = records
            .iter()
            .filter(|r| r.channel == ch && !r.scam)
            .map(|r| r.score)
            .collect();
        if scams.is_empty() && legit.is_empty() {
            continue;
        }
        let _ = write!(out, "<h2>{ch}</h2><figure><figcaption>Score distribution (red: scams {}, blue: legitimate {})</figcaption>{}</figure>", scams.len(), legit.len(), histogram_svg(&scams, &legit));
        if !scams.is_empty() && !legit.is_empty() {
            let _ = write!(
                out,
                "<figure><figcaption>ROC curve</figcaption>{}</figure>",
                roc_svg(&scams, &legit)
            );
        }
    }
    out.push_str("</html>\n");
    out
}

fn histogram_svg(scams: &[f32], legit: &[f32]) -> String {
    const BINS: usize = 20;
    let (w, h) = (420.0, 220.0);
    let hist = |xs: &[f32]| {
        let mut b = [0f64; BINS];
        for &x in xs {
            b[((x * BINS as f32) as usize).min(BINS - 1)] += 1.0;
        }
        let n = xs.len().max(1) as f64;
        b.map(|c| c / n)
    };
    let (hs, hl) = (hist(scams), hist(legit));
    let max = hs.iter().chain(hl.iter()).cloned().fold(0.01, f64::max);
    let mut svg = format!(
        "<svg xmlns='http://www.w3.org/2000/svg' width='{w}' height='{}' role='img'>",
        h + 30.0
    );
    let bw = w / BINS as f64;
    for i in 0..BINS {
        for (vals, colour, off) in [(&hl, "#3b6fd4", 0.0), (&hs, "#d43b3b", bw / 2.0)] {
            let bh = vals[i] / max * h;
            let _ = write!(svg, "<rect x='{:.1}' y='{:.1}' width='{:.1}' height='{:.1}' fill='{colour}' opacity='0.8'/>", i as f64 * bw + off, h - bh, bw / 2.0 - 1.0, bh);
        }
    }
    let _ = write!(svg, "<line x1='0' y1='{h}' x2='{w}' y2='{h}' stroke='#333'/><text x='0' y='{}' font-size='12'>0</text><text x='{}' y='{}' font-size='12'>score 1</text></svg>", h + 15.0, w - 50.0, h + 15.0);
    svg
}

fn roc_svg(scams: &[f32], legit: &[f32]) -> String {
    let size = 220.0;
    let mut points = Vec::new();
    for i in 0..=100 {
        let t = i as f32 / 100.0;
        let tpr = scams.iter().filter(|&&s| s >= t).count() as f64 / scams.len() as f64;
        let fpr = legit.iter().filter(|&&s| s >= t).count() as f64 / legit.len() as f64;
        points.push(format!("{:.1},{:.1}", fpr * size, size - tpr * size));
    }
    format!(
        "<svg xmlns='http://www.w3.org/2000/svg' width='{w}' height='{h}' role='img' aria-label='ROC curve'>\
         <g transform='translate(30,5)'><rect width='{s}' height='{s}' fill='none' stroke='#333'/>\
         <line x1='0' y1='{s}' x2='{s}' y2='0' stroke='#bbb' stroke-dasharray='4'/><polyline fill='none' stroke='#d43b3b' stroke-width='2' points='{}'/>\
         <text x='0' y='{ty}' font-size='11'>false alarms 0 → 1 (legitimate flagged)</text>\
         <text transform='translate(-8,{s}) rotate(-90)' font-size='11'>scams flagged 0 → 1</text></g></svg>",
        points.join(" "),
        s = size,
        w = size + 40.0,
        h = size + 30.0,
        ty = size + 16.0
    )
}
