//! `knownline check`: analyse contacts from files, folders or standard input.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use knownline_detect::{
    Assessment, Channel, Contact, Directory, Engine, Verdict, MAX_CONTACT_BYTES,
};
use rayon::prelude::*;
use serde::Serialize;

use crate::render;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Scam,
    Suspicious,
}

pub struct CheckArgs {
    pub paths: Vec<String>,
    pub channel: Option<Channel>,
    pub format: Format,
    pub fail_on: Option<FailOn>,
    pub url: Option<String>,
}

/// One input: a file or standard input.
enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::Stdin => "-".into(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// The JSON view of an assessment: the contract other tools parse (PRODUCT.md).
#[derive(Serialize)]
struct JsonAssessment<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(flatten)]
    assessment: &'a Assessment,
}

/// Runs the command; returns the process exit code.
pub fn run(engine: &Engine, dir: &Directory, args: CheckArgs) -> Result<i32> {
    let inputs = collect_inputs(&args.paths)?;
    if args.format == Format::Json && inputs.len() != 1 {
        bail!(
            "--format json takes exactly one contact ({} given); use --format jsonl for several",
            inputs.len()
        );
    }
    let colour = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let progress = (inputs.len() > 200 && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(inputs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} contacts, {per_sec}, eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut failed = false;
    let mut flagged = false;
    let stdout = std::io::stdout();
    // Results are printed in input order, a chunk at a time, so output streams while memory
    // stays bounded on a corpus of any size.
    let chunk = (rayon::current_num_threads() * 64).max(64);
    let multiple = inputs.len() > 1;
    for batch in inputs.chunks(chunk) {
        let results: Vec<(String, Result<Assessment>)> = batch
            .par_iter()
            .map(|input| {
                let r = assess_input(engine, dir, input, args.channel, args.url.as_deref());
                if let Some(bar) = &progress {
                    bar.inc(1);
                }
                (input.name(), r)
            })
            .collect();
        // One write per batch, not per line: standard output is line-buffered.
        let mut out = std::io::BufWriter::with_capacity(256 * 1024, stdout.lock());
        for (name, result) in results {
            match result {
                Ok(a) => {
                    let hit = match args.fail_on {
                        Some(FailOn::Scam) => a.verdict == Verdict::Scam,
                        Some(FailOn::Suspicious) => a.verdict >= Verdict::Suspicious,
                        None => false,
                    };
                    if hit {
                        flagged = true;
                    }
                    let written = match args.format {
                        Format::Text => {
                            let title = multiple.then_some(name.as_str());
                            out.write_all(render::text(&a, title, colour).as_bytes())
                        }
                        Format::Json => {
                            let view = JsonAssessment {
                                path: None,
                                assessment: &a,
                            };
                            serde_json::to_writer_pretty(&mut out, &view)
                                .map_err(std::io::Error::from)
                                .and_then(|_| out.write_all(b"\n"))
                        }
                        Format::Jsonl => {
                            let view = JsonAssessment {
                                path: Some(&name),
                                assessment: &a,
                            };
                            serde_json::to_writer(&mut out, &view)
                                .map_err(std::io::Error::from)
                                .and_then(|_| out.write_all(b"\n"))
                        }
                    };
                    if let Err(e) = written {
                        if e.kind() == std::io::ErrorKind::BrokenPipe {
                            return Ok(0);
                        }
                        return Err(e).context("writing the results");
                    }
                }
                Err(e) => {
                    failed = true;
                    let _ = out.flush();
                    eprintln!("knownline: {e:#}");
                }
            }
        }
        if let Err(e) = out.flush() {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(0);
            }
            return Err(e).context("writing the results");
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if failed {
        return Ok(2);
    }
    Ok(if flagged { 1 } else { 0 })
}

fn collect_inputs(paths: &[String]) -> Result<Vec<Input>> {
    if paths.is_empty() {
        if std::io::stdin().is_terminal() {
            bail!("nothing to check: give files or folders, or pipe a contact in (use - for standard input)");
        }
        return Ok(vec![Input::Stdin]);
    }
    let mut inputs = Vec::new();
    for p in paths {
        if p == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = Path::new(p);
        let meta = std::fs::metadata(path).with_context(|| format!("{p}: cannot read"))?;
        if meta.is_dir() {
            let mut files: Vec<PathBuf> = walkdir::WalkDir::new(path)
                .follow_links(false)
                .into_iter()
                .filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_file())
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .map(|e| e.into_path())
                .collect();
            files.sort();
            inputs.extend(files.into_iter().map(Input::File));
        } else {
            inputs.push(Input::File(path.to_path_buf()));
        }
    }
    Ok(inputs)
}

fn read_limited(mut reader: impl Read, name: &str, size_hint: usize) -> Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(size_hint.min(MAX_CONTACT_BYTES) + 1);
    reader
        .by_ref()
        .take(MAX_CONTACT_BYTES as u64 + 1)
        .read_to_end(&mut buf)
        .with_context(|| format!("{name}: cannot read"))?;
    if buf.len() > MAX_CONTACT_BYTES {
        bail!(
            "{name}: larger than the {} MiB limit for one contact",
            MAX_CONTACT_BYTES / (1024 * 1024)
        );
    }
    Ok(buf)
}

fn assess_input(
    engine: &Engine,
    dir: &Directory,
    input: &Input,
    channel: Option<Channel>,
    url: Option<&str>,
) -> Result<Assessment> {
    let name = input.name();
    let bytes = match input {
        Input::Stdin => read_limited(std::io::stdin().lock(), &name, 64 * 1024)?,
        Input::File(p) => {
            let f = std::fs::File::open(p).with_context(|| format!("{name}: cannot open"))?;
            let size = f.metadata().map(|m| m.len() as usize).unwrap_or(0);
            read_limited(f, &name, size)?
        }
    };
    let contact = contact_from_bytes(&bytes, channel, url).with_context(|| name.clone())?;
    Ok(engine.assess(&contact, dir))
}

/// Reads a contact from bytes, refusing what is not text.
pub fn contact_from_bytes(
    bytes: &[u8],
    channel: Option<Channel>,
    url: Option<&str>,
) -> Result<Contact> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        bail!("empty: nothing to check");
    }
    let head = &bytes[..bytes.len().min(8192)];
    let control = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b)))
        .count();
    if head.contains(&0) || control * 10 > head.len() {
        bail!("binary data, not a contact (a call's notes, an email, a text message or a page)");
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Contact::parse_with_url(channel, text, url)),
        Err(e) => {
            let detected = channel.unwrap_or_else(|| {
                knownline_detect::detect_channel(&String::from_utf8_lossy(bytes))
            });
            // Raw email may carry 8-bit bodies in their declared charset: MIME decodes them.
            if detected == Channel::Email {
                Ok(Contact::parse_bytes(Some(Channel::Email), bytes))
            } else {
                bail!(
                    "not valid UTF-8 text (bad byte at offset {}): save it as UTF-8 and try again",
                    e.valid_up_to()
                )
            }
        }
    }
}
