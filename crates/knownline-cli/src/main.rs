//! `knownline`: the command that puts the analysis engine in a person's hands.

mod cases;
mod check;
mod eval;
mod pack;
mod render;
mod train;

use std::path::PathBuf;

// Analysis allocates many small strings and vectors per contact; mimalloc's thread-local
// free lists make that measurably cheaper than glibc's malloc across rayon's threads.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use anyhow::{bail, Result};
use clap::{Parser, Subcommand};
use knownline_detect::{Channel, Directory, Options};

#[derive(Parser)]
#[command(
    name = "knownline",
    version,
    about = "Hang up. Call back on a line you know.\n\nRecognises scam calls, emails, texts and pop-ups, explains why, and tells you what to do now."
)]
struct Cli {
    /// Use the rule pack in this folder (with rules/, rules/lists/, knowledge/, model/)
    /// instead of the one built in.
    #[arg(long, global = true, value_name = "DIR")]
    pack: Option<PathBuf>,
    /// Country assumed for phone numbers written without a country code (ISO code).
    #[arg(long, global = true, default_value = "US", value_name = "CC")]
    region: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check contacts: files, folders (walked) or - for standard input.
    Check {
        /// call, email, sms or popup; detected when not given.
        #[arg(long)]
        channel: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: check::Format,
        /// Exit 1 when a contact gets this verdict or worse.
        #[arg(long, value_enum)]
        fail_on: Option<check::FailOn>,
        /// The address a pop-up was shown at.
        #[arg(long)]
        url: Option<String>,
        paths: Vec<String>,
    },
    /// Work with the rule pack.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
    /// Evaluate on labelled cases (JSON lines, optionally .gz).
    Eval {
        /// Only cases of this split (train or test).
        #[arg(long)]
        split: Option<String>,
        /// Also write an HTML report with charts into this folder.
        #[arg(long, value_name = "DIR")]
        report: Option<PathBuf>,
        /// Misses listed per kind.
        #[arg(long, default_value_t = 25)]
        misses: usize,
        /// Ignore the trained model: rules with their authors' weights only.
        #[arg(long)]
        untrained: bool,
        #[arg(required = true)]
        cases: Vec<PathBuf>,
    },
    /// Learn the model from labelled cases (their train split) and write it to model/.
    Train {
        #[arg(long, default_value = "model", value_name = "DIR")]
        out: PathBuf,
        #[arg(required = true)]
        cases: Vec<PathBuf>,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Run every rule's own cases.
    Test,
    /// List the rules.
    List,
}

fn main() {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("knownline: {e:#}");
            std::process::exit(2);
        }
    }
}

fn run(cli: Cli) -> Result<i32> {
    let Some(region) = knownline_detect::region_from_code(&cli.region) else {
        bail!(
            "--region {:?} is not a country code such as US, GB or DE",
            cli.region
        );
    };
    let options = Options {
        default_region: region,
    };
    let pack = cli.pack.as_deref();
    match cli.command {
        Command::Check {
            channel,
            format,
            fail_on,
            url,
            paths,
        } => {
            let channel = match channel {
                Some(c) => Some(Channel::parse(&c).ok_or_else(|| {
                    anyhow::anyhow!("--channel {c:?}: use call, email, sms or popup")
                })?),
                None => None,
            };
            check::run(
                move || pack::engine(pack, options, false),
                &Directory::empty(),
                check::CheckArgs {
                    paths,
                    channel,
                    format,
                    fail_on,
                    url,
                },
            )
        }
        Command::Rules {
            command: RulesCommand::Test,
        } => {
            let engine = pack::engine(pack, options, true)?;
            let failures = engine.test_rules();
            for f in &failures {
                println!("FAIL {f}");
            }
            let total = engine.n_cases();
            println!("rules: {} rules, {} cases", engine.pack.rules.len(), total);
            println!(
                "{} passed, {} failed",
                total - failures.len(),
                failures.len()
            );
            Ok(if failures.is_empty() { 0 } else { 1 })
        }
        Command::Rules {
            command: RulesCommand::List,
        } => {
            let engine = pack::engine(pack, options, false)?;
            for (i, r) in engine.pack.rules.iter().enumerate() {
                println!(
                    "{:<44} {:<24} {:>5.2}  {}",
                    r.id, r.tactic, engine.model.rule_weights[i], r.title
                );
            }
            Ok(0)
        }
        Command::Eval {
            split,
            report,
            misses,
            untrained,
            cases,
        } => {
            let engine = pack::engine(pack, options, untrained)?;
            eval::run(&engine, &cases, split.as_deref(), report.as_deref(), misses)?;
            Ok(0)
        }
        Command::Train { out, cases } => {
            let engine = pack::engine(pack, options, true)?;
            train::run(&engine, &cases, &out)?;
            Ok(0)
        }
    }
}
