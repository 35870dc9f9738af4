//! `knownline`: the command that puts the analysis engine in a person's hands.

mod advice;
mod cases;
mod check;
mod eval;
mod pack;
mod render;
mod store;
mod streaming;
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
    /// The language of the steps and reasons: en, es, fr, de, it, pt or nl (default: the
    /// contact's own language when it is one of them, else English).
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
    /// Your country (ISO code: US, GB, IE, CA, AU, DE, AT, CH, FR, BE, ES, IT, PT, NL): the
    /// steps name where to report and whom to call there. Without it they name no country's
    /// services.
    #[arg(long, global = true, value_name = "CC")]
    country: Option<String>,
    /// The store: an SQLite file or a postgres:// URL (default: KNOWNLINE_DATABASE_URL, else
    /// knownline.db in your data directory).
    #[arg(long, global = true, value_name = "URL|PATH")]
    db: Option<String>,
    /// Who is making changes, for the audit log (default: your login name).
    #[arg(long = "as", global = true, value_name = "NAME")]
    actor: Option<String>,
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
        /// Check against this organisation's directory and the known scam indicators.
        #[arg(long)]
        org: Option<String>,
        /// The caller ID or sender you saw (a call's or a text's number).
        #[arg(long, value_name = "NUMBER")]
        from: Option<String>,
        paths: Vec<String>,
    },
    /// The latest notifications (emails, webhooks) and how they went.
    Deliveries {
        /// Only those that failed after every attempt.
        #[arg(long)]
        failed: bool,
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Organisations: the groups of people knownline protects.
    Org {
        #[command(subcommand)]
        command: OrgCommand,
    },
    /// An organisation's trusted directory: its IT support, bank, vendors…
    Directory {
        #[command(subcommand)]
        command: DirectoryCommand,
    },
    /// The callback check: is this caller (or sender) who they say? Whom to call instead.
    #[command(args_conflicts_with_subcommands = true)]
    Verify {
        #[command(subcommand)]
        command: Option<VerifyCommand>,
        #[arg(long)]
        org: Option<String>,
        /// Who they said they were: "Microsoft", "our IT support", "Chase fraud department".
        #[arg(long)]
        claims: Option<String>,
        /// The number they called from or gave.
        #[arg(long)]
        number: Option<String>,
        /// The address or domain they wrote from.
        #[arg(long)]
        from: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: store::OutFormat,
    },
    /// Numbers, domains and addresses confirmed in scams.
    Indicators {
        #[command(subcommand)]
        command: IndicatorsCommand,
    },
    /// Serve the web app and the JSON API.
    Serve {
        /// Address to listen on (default 127.0.0.1:8080, or KNOWNLINE_LISTEN, or the config
        /// file's `listen`).
        #[arg(long)]
        listen: Option<std::net::SocketAddr>,
        /// A TOML file with `listen`, `database` and `log`; KNOWNLINE_LISTEN,
        /// KNOWNLINE_DATABASE_URL and KNOWNLINE_LOG override it, and flags override both.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// People who sign in to the web app or use the API.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Who changed what, newest first.
    Audit {
        #[arg(long)]
        org: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: i64,
        #[arg(long, value_enum, default_value = "text")]
        format: store::OutFormat,
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
        /// Read each case without its channel, as `check` without `--channel` does, and
        /// report how often the channel guessed was right.
        #[arg(long)]
        guess_channel: bool,
        /// Also measure the answer each flagged contact gets: steps in its language, fitting
        /// its channel and scam family, quotes that carry meaning.
        #[arg(long)]
        advice: bool,
        /// Also read every call a line at a time, as it happens, and report the caller turn
        /// of the first alert and the legitimate calls that ever alerted.
        #[arg(long)]
        streaming: bool,
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
enum OrgCommand {
    /// Add an organisation.
    Add { name: String },
    /// Where the organisation's IT support is emailed about new reports and warnings.
    Notify {
        #[arg(long)]
        org: String,
        /// The address; omit to stop emailing.
        #[arg(long)]
        email: Option<String>,
    },
    /// List organisations.
    List {
        #[arg(long, value_enum, default_value = "text")]
        format: store::OutFormat,
    },
    /// Webhooks told of new reports and warnings (JSON, Slack or Teams bodies).
    Webhook {
        #[command(subcommand)]
        command: WebhookCommand,
    },
}

#[derive(Subcommand)]
enum WebhookCommand {
    /// Add a webhook; prints its signing secret once.
    Add {
        #[arg(long)]
        org: String,
        #[arg(long)]
        url: String,
        /// json (knownline's own), slack (also Mattermost, Rocket.Chat) or teams (Workflows).
        #[arg(long, default_value = "json")]
        format: String,
    },
    /// List an organisation's webhooks (their URLs shortened: the path may be a secret).
    List {
        #[arg(long)]
        org: String,
    },
    /// Remove a webhook.
    Remove {
        #[arg(long)]
        org: String,
        id: String,
    },
}

#[derive(clap::Args)]
struct EntryArgs {
    #[arg(long)]
    org: String,
    #[arg(long)]
    name: String,
    /// it_support, bank, card_issuer, vendor, government, utility, colleague or other.
    #[arg(long)]
    role: String,
    #[arg(long = "phone", value_name = "NUMBER")]
    phones: Vec<String>,
    #[arg(long = "domain")]
    domains: Vec<String>,
    #[arg(long = "alias")]
    aliases: Vec<String>,
    #[arg(long = "website", value_name = "URL")]
    websites: Vec<String>,
    #[arg(long, default_value = "")]
    note: String,
    /// Who checked this entry's numbers.
    #[arg(long)]
    verified_by: Option<String>,
    /// When (YYYY-MM-DD).
    #[arg(long)]
    verified_at: Option<String>,
    /// Replace an entry of the same name.
    #[arg(long)]
    replace: bool,
}

#[derive(Subcommand)]
enum DirectoryCommand {
    /// Add an entry.
    Add(EntryArgs),
    /// List the entries.
    List {
        #[arg(long)]
        org: String,
        #[arg(long, value_enum, default_value = "text")]
        format: store::OutFormat,
    },
    /// Show one entry.
    Show {
        #[arg(long)]
        org: String,
        name: String,
        #[arg(long, value_enum, default_value = "text")]
        format: store::OutFormat,
    },
    /// Remove an entry.
    Remove {
        #[arg(long)]
        org: String,
        name: String,
    },
    /// Import entries from CSV or YAML: every row is checked first; nothing is imported if
    /// one is bad, unless --skip-invalid.
    Import {
        #[arg(long)]
        org: String,
        file: PathBuf,
        /// csv or yaml (default: from the file's extension).
        #[arg(long)]
        format: Option<String>,
        #[arg(long)]
        skip_invalid: bool,
    },
    /// Export the entries as CSV or YAML.
    Export {
        #[arg(long)]
        org: String,
        #[arg(long, default_value = "csv")]
        format: String,
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a user; the password is read from standard input (one line).
    Add {
        /// The organisation they act for (repeat for an analyst of several; none for an admin).
        #[arg(long = "org")]
        orgs: Vec<String>,
        #[arg(long)]
        email: String,
        /// admin, analyst or member.
        #[arg(long)]
        role: String,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create an API token for a user and print it (once: only its hash is kept).
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "")]
        name: String,
    },
}

#[derive(Subcommand)]
enum VerifyCommand {
    /// Record how the callback went: confirmed (it was genuine) or scam.
    Outcome { id: String, outcome: String },
}

#[derive(Subcommand)]
enum IndicatorsCommand {
    /// Import a CSV of known scam numbers, domains or URLs (a `value` column; optionally
    /// kind, count, first_seen, last_seen, note).
    Import {
        file: PathBuf,
        #[arg(long)]
        skip_invalid: bool,
    },
    /// Export the active indicators: a STIX 2.1 bundle (with those removed since the last
    /// export, once, as revoked), or CSV.
    Export {
        #[arg(long, default_value = "stix")]
        format: String,
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// The shared scam list: suggested, active and removed values, where each came from, and
    /// conflicts with a directory.
    List {
        /// suggested, active or removed.
        #[arg(long)]
        status: Option<String>,
        /// phone, domain or url.
        #[arg(long)]
        kind: Option<String>,
        /// Only values in conflict with a directory.
        #[arg(long)]
        conflicts: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: store::OutFormat,
    },
    /// Make a suggested (or removed) indicator active: checks flag it from now on.
    Confirm { id: String },
    /// Take an indicator off the list: checks stop flagging it at once.
    Remove { id: String },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Run every rule's own cases.
    Test,
    /// List the rules.
    List,
}

fn main() {
    // Output piped into `head` and closed early ends the process quietly, as it does for
    // other command-line tools, instead of a failed write on every later line.
    #[cfg(unix)]
    // SAFETY: resetting a signal's disposition to its default before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
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
    if let Some(l) = &cli.lang {
        if knownline_detect::locale::supported(l).is_none() {
            bail!(
                "--lang {l:?}: knownline writes in {}",
                knownline_detect::locale::LANGUAGES.join(", ")
            );
        }
    }
    let reader = knownline_detect::Reader {
        lang: cli.lang.clone(),
        country: cli.country.as_ref().map(|c| c.trim().to_ascii_uppercase()),
    };
    let pack = cli.pack.as_deref();
    match cli.command {
        Command::Check {
            channel,
            format,
            fail_on,
            url,
            org,
            from,
            paths,
        } => {
            let channel = match channel {
                Some(c) => Some(Channel::parse(&c).ok_or_else(|| {
                    anyhow::anyhow!("--channel {c:?}: use call, email, sms or popup")
                })?),
                None => None,
            };
            // The store is opened only when a directory or indicators are asked for.
            let dir = if org.is_some() || cli.db.is_some() {
                let rt = store::runtime()?;
                rt.block_on(async {
                    let s = store::open(cli.db.as_deref()).await?;
                    let dir = match &org {
                        Some(o) => s.directory(&s.org(o).await?).await?,
                        None => Directory::new(None, Vec::new(), s.reputation(None).await?),
                    };
                    s.close().await;
                    anyhow::Ok(dir)
                })?
            } else {
                Directory::empty()
            };
            check::run(
                move || pack::engine(pack, options, false),
                &dir,
                check::CheckArgs {
                    paths,
                    channel,
                    format,
                    fail_on,
                    url,
                    sender: from,
                    reader,
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
            guess_channel,
            advice,
            streaming,
            cases,
        } => {
            let engine = pack::engine(pack, options, untrained)?;
            eval::run(
                &engine,
                &cases,
                split.as_deref(),
                report.as_deref(),
                misses,
                guess_channel,
                advice,
            )?;
            if streaming {
                streaming::run(&engine, &cases, split.as_deref(), misses)?;
            }
            Ok(0)
        }
        Command::Train { out, cases } => {
            let engine = pack::engine(pack, options, true)?;
            train::run(&engine, &cases, &out)?;
            Ok(0)
        }
        Command::Serve { listen, config } => {
            let settings =
                store::ServeSettings::resolve(config.as_deref(), listen, cli.db.as_deref(), |k| {
                    std::env::var(k).ok()
                })?;
            let engine = std::sync::Arc::new(pack::engine(pack, options, false)?);
            store::serve(settings, engine)
        }
        Command::Org { .. }
        | Command::User { .. }
        | Command::Token { .. }
        | Command::Directory { .. }
        | Command::Verify { .. }
        | Command::Indicators { .. }
        | Command::Audit { .. }
        | Command::Deliveries { .. } => store_command(
            cli.command,
            cli.db.as_deref(),
            cli.actor.as_deref(),
            pack,
            options,
            reader.lang,
        ),
    }
}

/// The commands that work on the store, each a short async run on one thread.
fn store_command(
    command: Command,
    db: Option<&str>,
    actor: Option<&str>,
    pack: Option<&std::path::Path>,
    options: Options,
    lang: Option<String>,
) -> Result<i32> {
    let actor = store::actor(actor);
    let region = options.default_region;
    let rt = store::runtime()?;
    rt.block_on(async {
        let s = store::open(db).await?;
        let code = match command {
            Command::Org { command: OrgCommand::Add { name } } => {
                store::org_add(&s, &name, &actor).await.map(|_| 0)
            }
            Command::Org { command: OrgCommand::Notify { org, email } } => {
                store::org_notify(&s, &org, email.as_deref(), &actor).await.map(|_| 0)
            }
            Command::Org { command: OrgCommand::List { format } } => {
                store::org_list(&s, format).await.map(|_| 0)
            }
            Command::Org { command: OrgCommand::Webhook { command } } => match command {
                WebhookCommand::Add { org, url, format } => {
                    store::webhook_add(&s, &org, &url, &format, &actor).await.map(|_| 0)
                }
                WebhookCommand::List { org } => store::webhook_list(&s, &org).await.map(|_| 0),
                WebhookCommand::Remove { org, id } => {
                    store::webhook_remove(&s, &org, &id, &actor).await.map(|_| 0)
                }
            },
            Command::Deliveries { failed, limit } => {
                store::deliveries(&s, failed, limit).await.map(|_| 0)
            }
            Command::Directory { command } => match command {
                DirectoryCommand::Add(a) => {
                    let input = knownline_detect::EntryInput {
                        name: a.name,
                        aliases: a.aliases,
                        role: a.role,
                        phones: a.phones,
                        domains: a.domains,
                        websites: a.websites,
                        note: a.note,
                        verified_by: a.verified_by,
                        verified_at: a.verified_at,
                    };
                    store::directory_add(&s, &a.org, input, region, a.replace, &actor).await
                }
                DirectoryCommand::List { org, format } => {
                    store::directory_list(&s, &org, format).await
                }
                DirectoryCommand::Show { org, name, format } => {
                    store::directory_show(&s, &org, &name, format).await
                }
                DirectoryCommand::Remove { org, name } => {
                    store::directory_remove(&s, &org, &name, &actor).await
                }
                DirectoryCommand::Import { org, file, format, skip_invalid } => {
                    store::directory_import(&s, &org, &file, format.as_deref(), skip_invalid, region, &actor).await
                }
                DirectoryCommand::Export { org, format, output } => {
                    store::directory_export(&s, &org, &format, output.as_deref()).await
                }
            }
            .map(|_| 0),
            Command::Verify { command: Some(VerifyCommand::Outcome { id, outcome }), .. } => {
                let engine = pack::engine(pack, options, false)?;
                store::verify_outcome(&s, &engine, &id, &outcome, &actor).await.map(|_| 0)
            }
            Command::Verify { command: None, org, claims, number, from, format } => {
                let Some(claims) = claims else {
                    bail!("say who they claimed to be: knownline verify --claims \"Microsoft\" [--number …] [--from …] [--org …]");
                };
                let engine = pack::engine(pack, options, false)?;
                store::verify(&s, &engine, store::VerifyArgs { org, claims, number, from, format, lang }, &actor).await
            }
            Command::Indicators { command: IndicatorsCommand::Import { file, skip_invalid } } => {
                let engine = pack::engine(pack, options, false)?;
                store::indicators_import(&s, &engine, &file, skip_invalid, region, &actor).await.map(|_| 0)
            }
            Command::Indicators { command: IndicatorsCommand::List { status, kind, conflicts, format } } => {
                store::indicators_list(&s, status, kind, conflicts, format).await.map(|_| 0)
            }
            Command::Indicators { command: IndicatorsCommand::Confirm { id } } => {
                store::indicator_change(&s, &id, true, &actor).await.map(|_| 0)
            }
            Command::Indicators { command: IndicatorsCommand::Remove { id } } => {
                store::indicator_change(&s, &id, false, &actor).await.map(|_| 0)
            }
            Command::Indicators { command: IndicatorsCommand::Export { format, output } } => {
                store::indicators_export(&s, &format, output.as_deref()).await.map(|_| 0)
            }
            Command::User { command: UserCommand::Add { orgs, email, role } } => {
                store::user_add(&s, &orgs, &email, &role, &actor).await.map(|_| 0)
            }
            Command::Token { command: TokenCommand::Create { email, name } } => {
                store::token_create(&s, &email, &name, &actor).await.map(|_| 0)
            }
            Command::Audit { org, limit, format } => {
                store::audit(&s, org.as_deref(), limit, format).await.map(|_| 0)
            }
            _ => unreachable!("not a store command"),
        };
        s.close().await;
        code
    })
}
