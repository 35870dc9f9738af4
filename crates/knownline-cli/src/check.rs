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
    /// The caller ID or sender the person saw.
    pub sender: Option<String>,
    /// Whom the steps are written for: language and country.
    pub reader: knownline_detect::Reader,
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

/// Runs the command; returns the process exit code. The engine is built on its own thread
/// while the inputs are listed and the first contacts read and parsed, so compiling the pack
/// costs no wall time.
pub fn run(
    make_engine: impl FnOnce() -> Result<Engine> + Send,
    dir: &Directory,
    args: CheckArgs,
) -> Result<i32> {
    std::thread::scope(|scope| {
        let building = scope.spawn(make_engine);
        run_with(building, dir, &args)
    })
}

fn run_with(
    building: std::thread::ScopedJoinHandle<'_, Result<Engine>>,
    dir: &Directory,
    args: &CheckArgs,
) -> Result<i32> {
    let (inputs, skipped) = collect_inputs(&args.paths)?;
    for problem in &skipped {
        eprintln!("knownline: {problem}");
    }
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
    let multiple = inputs.len() > 1;
    let stdout = std::io::stdout();
    // Results are printed in input order, a batch at a time, so output streams while memory
    // stays bounded on a corpus of any size. Batches are large: each ends by waiting for its
    // slowest contact. The first is read while the engine is built.
    let batch_len = rayon::current_num_threads() * 512;
    let mut first: Vec<Option<Result<Contact>>> = inputs
        .chunks(batch_len)
        .next()
        .map(|batch| {
            batch
                .par_iter()
                .map(|input| Some(read_contact(input, args)))
                .collect()
        })
        .unwrap_or_default();
    let engine = building
        .join()
        .map_err(|_| anyhow::anyhow!("building the engine panicked"))??;
    if let Some(c) = &args.reader.country {
        if !engine.countries().any(|(code, _)| code == c) {
            let known: Vec<&str> = engine.countries().map(|(code, _)| code).collect();
            bail!("--country {c:?}: the playbook knows {}", known.join(", "));
        }
    }
    let mut failed = false;
    let mut flagged = false;
    for batch in inputs.chunks(batch_len) {
        let mut contacts = std::mem::take(&mut first);
        contacts.resize_with(batch.len(), || None);
        // Reading, assessing and rendering run in parallel; only writing is in order.
        let results: Vec<Result<(Verdict, Vec<u8>)>> = batch
            .par_iter()
            .zip(contacts.into_par_iter())
            .map(|(input, contact)| {
                let name = input.name();
                let contact = contact.unwrap_or_else(|| read_contact(input, args));
                let a = engine.assess_for(&contact?, dir, &args.reader);
                let line = render_one(&engine, &a, &name, args.format, multiple, colour)?;
                if let Some(bar) = &progress {
                    bar.inc(1);
                }
                Ok((a.verdict, line))
            })
            .collect();
        // One write per batch, not per line: standard output is line-buffered.
        let mut out = std::io::BufWriter::with_capacity(256 * 1024, stdout.lock());
        for result in results {
            match result {
                Ok((verdict, line)) => {
                    flagged |= match args.fail_on {
                        Some(FailOn::Scam) => verdict == Verdict::Scam,
                        Some(FailOn::Suspicious) => verdict >= Verdict::Suspicious,
                        None => false,
                    };
                    if let Err(e) = out.write_all(&line) {
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
    if failed || !skipped.is_empty() {
        return Ok(2);
    }
    Ok(if flagged { 1 } else { 0 })
}

/// One assessment as the chosen format prints it, with its line end.
fn render_one(
    engine: &Engine,
    a: &Assessment,
    name: &str,
    format: Format,
    multiple: bool,
    colour: bool,
) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(1024);
    match format {
        Format::Text => out.extend_from_slice(
            render::text(engine, a, multiple.then_some(name), colour).as_bytes(),
        ),
        Format::Json => {
            serde_json::to_writer_pretty(
                &mut out,
                &JsonAssessment {
                    path: None,
                    assessment: a,
                },
            )?;
            out.push(b'\n');
        }
        Format::Jsonl => {
            serde_json::to_writer(
                &mut out,
                &JsonAssessment {
                    path: Some(name),
                    assessment: a,
                },
            )?;
            out.push(b'\n');
        }
    }
    Ok(out)
}

/// How deep `check` walks into a folder: deeper is a mistake, not a mailbox.
pub const MAX_FOLDER_DEPTH: usize = 32;

/// The files to check under a folder, following symbolic links (a link that leads back into
/// a folder being walked is a loop: reported, not followed), and what could not be read.
fn walk_folder(path: &Path) -> (Vec<PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let walk = walkdir::WalkDir::new(path)
        .follow_links(true)
        .max_depth(MAX_FOLDER_DEPTH)
        .into_iter()
        // Hidden files and folders (.git, .DS_Store) are not contacts.
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walk {
        match entry {
            Ok(e) if e.file_type().is_file() => files.push(e.into_path()),
            Ok(e) if e.file_type().is_dir() && e.depth() == MAX_FOLDER_DEPTH => {
                problems.push(format!(
                    "{}: deeper than {MAX_FOLDER_DEPTH} folders: not checked",
                    e.path().display()
                ))
            }
            Ok(_) => {}
            Err(err) => {
                let at = err
                    .path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| path.display().to_string());
                problems.push(match err.loop_ancestor() {
                    Some(a) => format!(
                        "{at}: a symbolic link back to {}: a loop, not followed",
                        a.display()
                    ),
                    None => format!("{at}: cannot read ({})", err),
                });
            }
        }
    }
    (files, problems)
}

/// The inputs the paths name, and what was skipped in folders (each an error to report).
fn collect_inputs(paths: &[String]) -> Result<(Vec<Input>, Vec<String>)> {
    if paths.is_empty() {
        if std::io::stdin().is_terminal() {
            bail!("nothing to check: give files or folders, or pipe a contact in (use - for standard input)");
        }
        return Ok((vec![Input::Stdin], Vec::new()));
    }
    let mut inputs = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        if p == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = Path::new(p);
        let meta = std::fs::metadata(path).with_context(|| format!("{p}: cannot read"))?;
        if meta.is_dir() {
            let (mut files, problems) = walk_folder(path);
            skipped.extend(problems);
            if files.is_empty() {
                bail!("{p}: the folder holds nothing to check");
            }
            files.sort();
            inputs.extend(files.into_iter().map(Input::File));
        } else {
            inputs.push(Input::File(path.to_path_buf()));
        }
    }
    Ok((inputs, skipped))
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

fn read_contact(input: &Input, args: &CheckArgs) -> Result<Contact> {
    let name = input.name();
    let bytes = match input {
        Input::Stdin => read_limited(std::io::stdin().lock(), &name, 64 * 1024)?,
        Input::File(p) => {
            let f = std::fs::File::open(p).with_context(|| format!("{name}: cannot open"))?;
            let size = f.metadata().map(|m| m.len() as usize).unwrap_or(0);
            read_limited(f, &name, size)?
        }
    };
    let contact = contact_from_bytes(&bytes, args.channel, args.url.as_deref())
        .with_context(|| name.clone())?;
    Ok(match &args.sender {
        Some(s) => contact.with_sender(s),
        None => contact,
    })
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
