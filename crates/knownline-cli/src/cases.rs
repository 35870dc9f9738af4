//! Labelled cases (PRODUCT.md): JSON lines, plain or gzip-compressed.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    pub id: String,
    pub channel: String,
    pub label: String,
    pub content: String,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub split: Option<String>,
}

impl Case {
    pub fn is_scam(&self) -> Option<bool> {
        match self.label.as_str() {
            "scam" => Some(true),
            "legit" => Some(false),
            _ => None,
        }
    }
}

/// Reads every case of a file. A malformed line is an error naming the file and the line.
pub fn read_cases(path: &Path) -> Result<Vec<Case>> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::GzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut cases = Vec::new();
    for (i, line) in BufReader::new(reader).lines().enumerate() {
        let line =
            line.with_context(|| format!("{}: line {}: cannot read", path.display(), i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let case: Case = serde_json::from_str(&line)
            .with_context(|| format!("{}: line {}: not a case", path.display(), i + 1))?;
        if knownline_detect::Channel::parse(&case.channel).is_none() {
            bail!(
                "{}: line {}: unknown channel {:?}",
                path.display(),
                i + 1,
                case.channel
            );
        }
        cases.push(case);
    }
    Ok(cases)
}

/// The name a case file goes by in reports: its file name without extensions.
pub fn source_name(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("cases");
    name.trim_end_matches(".gz")
        .trim_end_matches(".jsonl")
        .to_string()
}
