//! The commands that keep and use the store: organisations, their directories, the callback
//! check (`verify`), indicators and the audit log.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use knownline_detect::{display_phone, Engine, EntryInput, Region, Verification, VerifyRequest};
use knownline_store::transfer::{self, Format as FileFormat, Row};
use knownline_store::{Org, Store, StoredEntry};

/// Where the store is: `--db`, else `KNOWNLINE_DATABASE_URL`, else the user's data directory.
pub fn location(db: Option<&str>) -> Result<String> {
    let chosen = match db {
        Some(d) => d.to_string(),
        None => match std::env::var("KNOWNLINE_DATABASE_URL") {
            Ok(v) if !v.trim().is_empty() => v,
            _ => knownline_store::default_path()
                .ok_or_else(|| anyhow!("no home directory to keep the store in: give --db PATH"))?
                .display()
                .to_string(),
        },
    };
    Ok(knownline_store::url_for(&chosen)?)
}

/// Who is making a change, for the audit log: `--as`, else the login name.
pub fn actor(given: Option<&str>) -> String {
    given
        .map(str::to_string)
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("LOGNAME").ok())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "cli".into())
}

pub fn runtime() -> Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?)
}

pub async fn open(db: Option<&str>) -> Result<Store> {
    let url = location(db)?;
    Store::open(&url)
        .await
        .with_context(|| format!("opening the store at {}", redact(&url)))
}

/// A URL for messages: the password, if any, left out.
fn redact(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(s), Some(at)) if at > s => {
            let userinfo = &url[s + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutFormat {
    Text,
    Json,
}

fn print_json(v: &impl serde::Serialize) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

// ───────────────────────────── organisations ─────────────────────────────

pub async fn org_add(store: &Store, name: &str, actor: &str) -> Result<()> {
    let org = store.add_org(name, actor).await?;
    println!("added organisation {} ({})", org.name, org.id);
    Ok(())
}

pub async fn webhook_add(
    store: &Store,
    org: &str,
    url: &str,
    format: &str,
    actor: &str,
) -> Result<()> {
    let org = store.org(org).await?;
    let hook = store.add_webhook(&org, url, format, actor).await?;
    eprintln!(
        "added webhook {} for {} ({} bodies). Its signing secret (shown once; the receiver checks X-Knownline-Signature with it):",
        hook.id, org.name, hook.format
    );
    println!("{}", hook.secret);
    Ok(())
}

pub async fn webhook_list(store: &Store, org: &str) -> Result<()> {
    let org = store.org(org).await?;
    let mut out = std::io::stdout().lock();
    for h in store.webhooks(&org.id).await? {
        writeln!(
            out,
            "{}\t{}\t{}\t{}",
            h.id,
            h.format,
            h.redacted(),
            h.created_at
        )?;
    }
    Ok(())
}

pub async fn webhook_remove(store: &Store, org: &str, id: &str, actor: &str) -> Result<()> {
    let org = store.org(org).await?;
    store.remove_webhook(&org, id, actor).await?;
    println!("removed webhook {id} from {}", org.name);
    Ok(())
}

/// `knownline deliveries`: the latest notifications and how they went, as an admin sees them.
pub async fn deliveries(store: &Store, failed: bool, limit: i64) -> Result<()> {
    let admin = knownline_store::people::User {
        id: String::new(),
        email: String::new(),
        role: "admin".into(),
        org_ids: Vec::new(),
    };
    let mut out = std::io::stdout().lock();
    for d in store.deliveries_for(&admin, None, failed, limit).await? {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{} attempt(s)\t{}\t{}",
            d.created_at, d.kind, d.status, d.target, d.attempts, d.subject, d.last_error
        )?;
    }
    Ok(())
}

pub async fn org_notify(store: &Store, org: &str, email: Option<&str>, actor: &str) -> Result<()> {
    let org = store.org(org).await?;
    store.set_notify_email(&org, email, actor).await?;
    match email {
        Some(e) => println!(
            "{}'s IT support will be emailed at {e} about new reports and warnings",
            org.name
        ),
        None => println!("{}'s IT support will not be emailed", org.name),
    }
    Ok(())
}

pub async fn org_list(store: &Store, format: OutFormat) -> Result<()> {
    let orgs = store.orgs().await?;
    if format == OutFormat::Json {
        return print_json(&orgs);
    }
    if orgs.is_empty() {
        println!("no organisations yet: add one with `knownline org add NAME`");
    }
    for o in orgs {
        let n = store.count_entries(&o).await?;
        println!("{:<40} {:>6} entries  {}", o.name, n, o.id);
    }
    Ok(())
}

// ───────────────────────────── directory ─────────────────────────────

pub async fn directory_add(
    store: &Store,
    org: &str,
    input: EntryInput,
    region: Region,
    replace: bool,
    actor: &str,
) -> Result<()> {
    let org = store.org(org).await?;
    let entry = input.validate(region, "typed").map_err(|e| anyhow!(e))?;
    let stored = store.add_entry(&org, entry, actor, replace).await?;
    println!(
        "{} {} in {}'s directory",
        if replace { "saved" } else { "added" },
        stored.entry.name,
        org.name
    );
    Ok(())
}

pub async fn directory_list(store: &Store, org: &str, format: OutFormat) -> Result<()> {
    let org = store.org(org).await?;
    let entries = store.entries(&org).await?;
    if format == OutFormat::Json {
        return print_json(&entries);
    }
    if entries.is_empty() {
        println!(
            "{}'s directory is empty: add its IT support first, e.g.\n  knownline directory add --org {:?} --name \"Acme IT\" --role it_support --phone \"+1 617 555 0100\"",
            org.name, org.name
        );
    }
    let mut out = std::io::stdout().lock();
    for e in &entries {
        let phones: Vec<String> = e.entry.phones.iter().map(|p| display_phone(p)).collect();
        writeln!(
            out,
            "{:<32} {:<12} {}",
            e.entry.name,
            e.entry.role,
            phones.join(", ")
        )?;
    }
    Ok(())
}

pub async fn directory_show(store: &Store, org: &str, name: &str, format: OutFormat) -> Result<()> {
    let org = store.org(org).await?;
    let e = store.entry(&org, name).await?;
    if format == OutFormat::Json {
        return print_json(&e);
    }
    print_entry(&org, &e);
    Ok(())
}

fn print_entry(org: &Org, s: &StoredEntry) {
    let e = &s.entry;
    println!("{} — {} ({})", e.name, e.role, org.name);
    let line = |label: &str, values: Vec<String>| {
        if !values.is_empty() {
            println!("  {label:<12} {}", values.join(", "));
        }
    };
    line("aliases", e.aliases.clone());
    line(
        "phones",
        e.phones.iter().map(|p| display_phone(p)).collect(),
    );
    line("domains", e.domains.clone());
    line("websites", e.websites.clone());
    if !e.note.is_empty() {
        println!("  {:<12} {}", "note", e.note);
    }
    match (&e.verified_by, &e.verified_at) {
        (None, None) => println!("  {:<12} not yet", "verified"),
        (by, at) => println!(
            "  {:<12} {} {}",
            "verified",
            by.as_deref().map(|b| format!("by {b}")).unwrap_or_default(),
            at.as_deref().map(|a| format!("on {a}")).unwrap_or_default()
        ),
    }
    println!(
        "  {:<12} {}, updated {}",
        "source",
        e.source,
        &s.updated_at[..10.min(s.updated_at.len())]
    );
    println!("  {:<12} {}", "id", s.id);
}

pub async fn directory_remove(store: &Store, org: &str, name: &str, actor: &str) -> Result<()> {
    let org = store.org(org).await?;
    store.remove_entry(&org, name, actor).await?;
    println!("removed {} from {}'s directory", name.trim(), org.name);
    Ok(())
}

fn file_format(path: &Path, given: Option<&str>) -> Result<FileFormat> {
    let name = given
        .map(str::to_string)
        .unwrap_or_else(|| path.display().to_string());
    FileFormat::parse(&name).ok_or_else(|| {
        anyhow!(
            "cannot tell the format of {}: give --format csv or --format yaml",
            path.display()
        )
    })
}

fn read_file(path: &Path) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).with_context(|| format!("reading {}", path.display()))?;
    if meta.len() as usize > transfer::MAX_IMPORT_BYTES {
        bail!(
            "{} is larger than {} MiB",
            path.display(),
            transfer::MAX_IMPORT_BYTES >> 20
        );
    }
    std::fs::read(path).with_context(|| format!("reading {}", path.display()))
}

/// Splits rows into the good and the bad; bad rows stop the import unless `skip_invalid`.
fn sort_rows<T>(path: &Path, rows: Vec<Row<T>>, skip_invalid: bool) -> Result<(Vec<T>, usize)> {
    let mut good = Vec::with_capacity(rows.len());
    let mut bad = Vec::new();
    for r in rows {
        match r.result {
            Ok(v) => good.push(v),
            Err(e) => bad.push((r.line, e)),
        }
    }
    for (line, e) in bad.iter().take(50) {
        eprintln!("{}:{line}: {e}", path.display());
    }
    if bad.len() > 50 {
        eprintln!("… and {} more bad rows", bad.len() - 50);
    }
    if !bad.is_empty() && !skip_invalid {
        bail!(
            "{} bad row{} in {}: nothing imported (fix them, or give --skip-invalid to import the rest)",
            bad.len(),
            if bad.len() == 1 { "" } else { "s" },
            path.display()
        );
    }
    Ok((good, bad.len()))
}

pub async fn directory_import(
    store: &Store,
    org: &str,
    path: &Path,
    format: Option<&str>,
    skip_invalid: bool,
    region: Region,
    actor: &str,
) -> Result<()> {
    let org = store.org(org).await?;
    let format = file_format(path, format)?;
    let bytes = read_file(path)?;
    let rows = transfer::read_entries(&bytes, format, region)
        .map_err(|e| anyhow!("{}: {e}", path.display()))?;
    let n_rows = rows.len();
    let (entries, skipped) = sort_rows(path, rows, skip_invalid)?;
    eprintln!("checked {n_rows} rows: writing {} entries", entries.len());
    let total = entries.len();
    let progress = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let summary = store
        .import_entries(&org, entries, actor, |done| {
            if progress {
                eprint!("\r{done}/{total}");
            }
        })
        .await?;
    if progress {
        eprintln!();
    }
    println!(
        "imported into {}'s directory: {} added, {} replaced{}",
        org.name,
        summary.added,
        summary.updated,
        if skipped > 0 {
            format!(", {skipped} bad rows skipped")
        } else {
            String::new()
        }
    );
    Ok(())
}

pub async fn directory_export(
    store: &Store,
    org: &str,
    format: &str,
    out: Option<&Path>,
) -> Result<()> {
    let org = store.org(org).await?;
    let format =
        FileFormat::parse(format).ok_or_else(|| anyhow!("--format {format:?}: use csv or yaml"))?;
    let entries: Vec<_> = store
        .entries(&org)
        .await?
        .into_iter()
        .map(|e| e.entry)
        .collect();
    let text = match format {
        FileFormat::Csv => transfer::write_csv(&entries),
        FileFormat::Yaml => transfer::write_yaml(&entries),
    };
    write_out(out, &text)?;
    if let Some(p) = out {
        eprintln!("wrote {} entries to {}", entries.len(), p.display());
    }
    Ok(())
}

/// Writes to a file (whole, through a temporary file renamed into place) or to stdout.
fn write_out(out: Option<&Path>, text: &str) -> Result<()> {
    match out {
        None => {
            std::io::stdout().lock().write_all(text.as_bytes())?;
        }
        Some(path) => {
            let tmp: PathBuf = path.with_extension("partial");
            std::fs::write(&tmp, text).with_context(|| format!("writing {}", tmp.display()))?;
            std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))?;
        }
    }
    Ok(())
}

// ───────────────────────────── verify ─────────────────────────────

pub struct VerifyArgs {
    pub org: Option<String>,
    pub claims: String,
    pub number: Option<String>,
    pub from: Option<String>,
    pub format: OutFormat,
    /// The language of the answer (`--lang`; English without it).
    pub lang: Option<String>,
}

pub async fn verify(store: &Store, engine: &Engine, args: VerifyArgs, actor: &str) -> Result<i32> {
    if args.claims.trim().is_empty() {
        bail!("--claims is empty: say who they said they were (\"Microsoft\", \"our IT support\", \"Chase fraud department\")");
    }
    let org = match &args.org {
        Some(o) => Some(store.org(o).await?),
        None => None,
    };
    let req = VerifyRequest {
        claims: args.claims.clone(),
        number: args.number.clone(),
        from: args.from.clone(),
        lang: args.lang.clone(),
    };
    let (v, id) = store
        .run_verification(engine, org.as_ref(), actor, &req)
        .await?;
    if args.format == OutFormat::Json {
        let mut value = serde_json::to_value(&v)?;
        value["id"] = id.clone().into();
        value["org"] = org.as_ref().map(|o| o.name.clone()).into();
        print_json(&value)?;
    } else {
        let lang = args
            .lang
            .as_deref()
            .and_then(knownline_detect::locale::supported)
            .unwrap_or(knownline_detect::locale::LANGUAGES[0]);
        print_verification(engine, lang, &v, &id, org.as_ref());
    }
    Ok(0)
}

/// The answer as text, its labels in the answer's language (`lang`).
fn print_verification(engine: &Engine, lang: &str, v: &Verification, id: &str, org: Option<&Org>) {
    let w = |id: &str| engine.word(lang, id);
    println!("{}", v.summary);
    println!();
    let yes_no = |m: Option<bool>| match m {
        Some(true) => w("cli-verify-matches"),
        Some(false) => w("cli-verify-no-match"),
        None => w("cli-verify-unknown"),
    };
    // Labels padded to one width, so the values line up.
    let labels = [
        w("cli-verify-number"),
        w("cli-verify-domain"),
        w("web-verify-call-back"),
    ];
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let label = |i: usize| format!("{:<width$}", labels[i]);
    if let Some(n) = &v.number {
        println!(
            "  {}  {}: {}",
            label(0),
            display_phone(n),
            yes_no(v.number_matches)
        );
    } else if let Some(p) = &v.number_problem {
        println!("  {}  {p}", label(0));
    }
    if let Some(d) = &v.from_domain {
        println!("  {}  {d}: {}", label(1), yes_no(v.domain_matches));
    }
    let whom = match (&v.call_back.phone, &v.call_back.how) {
        (Some(p), _) => engine.word_with(
            lang,
            "web-verify-call-on",
            &[("name", &v.call_back.name), ("number", &display_phone(p))],
        ),
        (None, Some(how)) => format!("{}: {how}", v.call_back.name),
        (None, None) => v.call_back.name.clone(),
    };
    println!("  {}  {whom}", label(2));
    for f in &v.flags {
        println!("  ! {}", f.text);
    }
    println!();
    println!("{}", w("heading-steps"));
    for (i, s) in v.steps.iter().enumerate() {
        println!("  {}. {s}", i + 1);
    }
    println!();
    // Without an organisation no directory is read, so no IT support of its own is known.
    if org.is_none() {
        println!("{}", w("cli-verify-no-org"));
    }
    println!(
        "{}",
        engine.word_with(lang, "cli-verify-recorded", &[("id", id)])
    );
    println!("  knownline verify outcome {id} confirmed    (or: scam)");
}

/// Records how a callback went. Whoever runs the command line on the store acts as an admin:
/// a scam's number and sender (what is the scam's own) become active indicators, unless a
/// directory holds them.
pub async fn verify_outcome(
    store: &Store,
    engine: &Engine,
    id: &str,
    outcome: &str,
    actor: &str,
) -> Result<()> {
    let local = knownline_store::people::User::local(actor);
    let record = store.verification_for(&local, id).await?;
    let values = engine.verification_indicators(
        record.number.as_deref(),
        record.sender.as_deref(),
        engine.options.default_region,
    );
    let (_, held) = store.set_outcome(&local, id, outcome, &values).await?;
    match outcome {
        "scam" => {
            let flagged: Vec<String> = values
                .iter()
                .filter(|v| !held.contains(&v.value))
                .map(|v| shown(&v.kind, &v.value))
                .collect();
            println!("recorded: a scam.");
            if !flagged.is_empty() {
                println!(
                    "  {} will be flagged in every later check (the shared scam list).",
                    flagged.join(" and ")
                );
            }
            for h in &held {
                println!(
                    "  {} is in a trusted directory: kept off the list. Check that directory entry.",
                    shown_any(h)
                );
            }
        }
        _ => println!(
            "recorded: the callback confirmed it was genuine (anything an earlier \"scam\" added is taken back)."
        ),
    }
    Ok(())
}

fn shown(kind: &str, value: &str) -> String {
    if kind == "phone" {
        display_phone(value)
    } else {
        value.to_string()
    }
}

fn shown_any(value: &str) -> String {
    if value.starts_with('+') {
        display_phone(value)
    } else {
        value.to_string()
    }
}

// ───────────────────────────── indicators and audit ─────────────────────────────

pub async fn indicators_import(
    store: &Store,
    engine: &Engine,
    path: &Path,
    skip_invalid: bool,
    region: Region,
    actor: &str,
) -> Result<()> {
    let bytes = read_file(path)?;
    let rows = transfer::read_indicators(&bytes, region, &knownline_store::now())
        .map_err(|e| anyhow!("{}: {e}", path.display()))?;
    // A brand's own domain, a free mailbox provider or a shortener is everyone's: refused by
    // line, like any other bad row.
    let rows: Vec<Row<knownline_store::Indicator>> = rows
        .into_iter()
        .map(|r| match r.result {
            Ok(i) => match engine.shared_value(&i.seen.kind, &i.seen.value) {
                Some(why) => Row {
                    line: r.line,
                    result: Err(format!("{why}: it cannot be a scam indicator")),
                },
                None => Row {
                    line: r.line,
                    result: Ok(i),
                },
            },
            Err(e) => Row {
                line: r.line,
                result: Err(e),
            },
        })
        .collect();
    let (items, skipped) = sort_rows(path, rows, skip_invalid)?;
    let s = store.import_indicators(items, actor, skip_invalid).await?;
    let mut extra = Vec::new();
    if skipped > 0 {
        extra.push(format!("{skipped} bad rows skipped"));
    }
    if s.refused > 0 {
        extra.push(format!(
            "{} values of a trusted directory refused",
            s.refused
        ));
    }
    println!(
        "indicators: {} added, {} already known (counts added){}",
        s.added,
        s.updated,
        if extra.is_empty() {
            String::new()
        } else {
            format!(", {}", extra.join(", "))
        }
    );
    Ok(())
}

pub async fn indicators_list(
    store: &Store,
    status: Option<String>,
    kind: Option<String>,
    conflicts: bool,
    format: OutFormat,
) -> Result<()> {
    if let Some(s) = status.as_deref() {
        if !knownline_store::indicators::STATUSES.contains(&s) {
            bail!("--status {s:?}: use suggested, active or removed");
        }
    }
    let q = knownline_store::indicators::Query {
        status,
        kind,
        text: None,
        conflicts,
    };
    let local = knownline_store::people::User::local("cli");
    let list = store.indicators_for(&local, &q).await?;
    if matches!(format, OutFormat::Json) {
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    if list.is_empty() {
        println!("(no indicators)");
    }
    for i in &list {
        println!(
            "{}  {:<9} {:<6} {}  confirmed {}×, {} suggestion(s), marked {} contact(s)",
            i.id,
            i.status,
            i.kind,
            shown(&i.kind, &i.value),
            i.count,
            i.suggestions,
            i.hits
        );
        if let Some(c) = &i.conflict {
            println!("    conflict: {c}");
        }
        for s in &i.sources {
            println!(
                "    {} {} by {} on {}{}",
                s.origin,
                s.reference.as_deref().unwrap_or(""),
                s.actor,
                s.at.get(..10).unwrap_or(&s.at),
                if s.confirmed { "" } else { " (suggested)" }
            );
        }
    }
    Ok(())
}

pub async fn indicator_change(store: &Store, id: &str, confirm: bool, actor: &str) -> Result<()> {
    let local = knownline_store::people::User::local(actor);
    let i = if confirm {
        store.confirm_indicator(&local, id).await?
    } else {
        store.remove_indicator(&local, id).await?
    };
    println!(
        "{} {}: {}",
        shown(&i.kind, &i.value),
        i.id,
        if confirm {
            "active: flagged in every later check"
        } else {
            "removed: no longer flagged (the next STIX export revokes it)"
        }
    );
    Ok(())
}

pub async fn indicators_export(store: &Store, format: &str, out: Option<&Path>) -> Result<()> {
    let mut exported = None;
    let (text, n) = match format {
        "stix" => {
            let (active, revoked) = store.stix_export().await?;
            let bundle = knownline_store::stix::bundle(&active, &revoked, &knownline_store::now());
            let n = active.len() + revoked.len();
            exported = Some((active, revoked));
            (serde_json::to_string_pretty(&bundle)? + "\n", n)
        }
        "csv" => {
            let all = store.active_indicators().await?;
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(["value", "kind", "count", "first_seen", "last_seen", "note"])?;
            for i in &all {
                let s = &i.seen;
                w.write_record([
                    s.value.as_str(),
                    &s.kind,
                    &s.count.to_string(),
                    &s.first_seen,
                    &s.last_seen,
                    &i.note,
                ])?;
            }
            (String::from_utf8(w.into_inner()?)?, all.len())
        }
        f => bail!("--format {f:?}: use stix or csv"),
    };
    write_out(out, &text)?;
    // Only once the bundle is written: a revocation is carried by the next export that
    // reaches its reader.
    if let Some((active, revoked)) = exported {
        store.mark_exported(&active, &revoked).await?;
    }
    if let Some(p) = out {
        eprintln!("wrote {n} indicators to {}", p.display());
    }
    Ok(())
}

pub async fn audit(store: &Store, org: Option<&str>, limit: i64, format: OutFormat) -> Result<()> {
    let org = match org {
        Some(o) => Some(store.org(o).await?),
        None => None,
    };
    let rows = store
        .audit_log(org.as_ref(), limit.clamp(1, 100_000))
        .await?;
    if format == OutFormat::Json {
        return print_json(&rows);
    }
    for r in rows {
        println!(
            "{}  {:<12} {:<20} {}  {}",
            &r.at[..19.min(r.at.len())],
            r.actor,
            r.action,
            r.target,
            r.detail
        );
    }
    Ok(())
}

// ───────────────────────────── users, tokens, serving ─────────────────────────────

pub async fn user_add(
    store: &Store,
    orgs: &[String],
    email: &str,
    role: &str,
    actor: &str,
) -> Result<()> {
    let mut found = Vec::new();
    for o in orgs {
        found.push(store.org(o).await?);
    }
    let mut password = String::new();
    std::io::stdin()
        .read_line(&mut password)
        .context("reading the password from standard input")?;
    let password = password.trim_end_matches(['\n', '\r']);
    let user = store.add_user(email, password, role, &found, actor).await?;
    println!("added {} ({})", user.email, user.role);
    Ok(())
}

pub async fn token_create(store: &Store, email: &str, name: &str, actor: &str) -> Result<()> {
    let user = store.user_by_email(email).await?;
    let token = store.create_token(&user, name, actor).await?;
    eprintln!("API token for {} (shown once; keep it secret):", user.email);
    println!("{token}");
    Ok(())
}

/// What `knownline serve` runs with: built-in defaults, then the config file, then
/// `KNOWNLINE_*` variables, then flags.
#[derive(Debug, PartialEq, Eq)]
pub struct ServeSettings {
    pub listen: std::net::SocketAddr,
    /// `None`: the default store (see [`location`]).
    pub database: Option<String>,
    pub log: String,
    /// The relay emails go through (`smtp://`, `smtp://…?tls=required`, `smtps://`); none:
    /// emails are not sent.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// The address people open, for links in notifications; none: the listening address.
    pub public_url: Option<String>,
    /// Waits before each retry of a notification (`30s,2m,…`); none: the built-in schedule.
    pub retry_schedule: Option<String>,
    /// Deadlines for slow clients and the connection cap.
    pub limits: knownline_server::ServeLimits,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ServeFile {
    listen: Option<String>,
    database: Option<String>,
    log: Option<String>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    public_url: Option<String>,
    retry_schedule: Option<String>,
    header_timeout: Option<String>,
    body_timeout: Option<String>,
    max_connections: Option<usize>,
}

/// One wait (`10s`, `500ms`, `2m`), not zero.
fn wait(key: &str, text: &str) -> Result<std::time::Duration> {
    let waits = knownline_server::notify::parse_schedule(text)
        .map_err(|e| anyhow!("{key}: {}", e.trim_start_matches("retry schedule: ")))?;
    match waits.as_slice() {
        [w] if !w.is_zero() => Ok(*w),
        _ => Err(anyhow!("{key}: give one wait, e.g. 10s")),
    }
}

impl ServeSettings {
    pub fn resolve(
        file: Option<&Path>,
        listen_flag: Option<std::net::SocketAddr>,
        db_flag: Option<&str>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<ServeSettings> {
        let from_file: ServeFile = match file {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("reading {}", p.display()))?;
                toml::from_str(&text).with_context(|| format!("{}", p.display()))?
            }
            None => ServeFile::default(),
        };
        let listen = match listen_flag {
            Some(l) => l,
            None => {
                let text = env("KNOWNLINE_LISTEN")
                    .or(from_file.listen)
                    .unwrap_or_else(|| "127.0.0.1:8080".into());
                text.parse()
                    .with_context(|| format!("listen address {text:?} is not host:port"))?
            }
        };
        let database = db_flag
            .map(str::to_string)
            .or_else(|| env("KNOWNLINE_DATABASE_URL"))
            .or(from_file.database);
        let log = env("KNOWNLINE_LOG")
            .or(from_file.log)
            .unwrap_or_else(|| "info".into());
        let smtp_url = env("KNOWNLINE_SMTP_URL").or(from_file.smtp_url);
        let mail_from = env("KNOWNLINE_MAIL_FROM")
            .or(from_file.mail_from)
            .unwrap_or_else(|| "knownline@localhost".into());
        let public_url = env("KNOWNLINE_PUBLIC_URL").or(from_file.public_url);
        let retry_schedule = env("KNOWNLINE_RETRY_SCHEDULE").or(from_file.retry_schedule);
        let mut limits = knownline_server::ServeLimits::default();
        if let Some(t) = env("KNOWNLINE_HEADER_TIMEOUT").or(from_file.header_timeout) {
            limits.header_timeout = wait("header_timeout", &t)?;
        }
        if let Some(t) = env("KNOWNLINE_BODY_TIMEOUT").or(from_file.body_timeout) {
            limits.body_timeout = wait("body_timeout", &t)?;
        }
        let max = match env("KNOWNLINE_MAX_CONNECTIONS") {
            Some(n) => Some(
                n.trim()
                    .parse()
                    .with_context(|| format!("KNOWNLINE_MAX_CONNECTIONS {n:?} is not a number"))?,
            ),
            None => from_file.max_connections,
        };
        if let Some(n) = max {
            if n == 0 {
                return Err(anyhow!("max_connections: give at least 1"));
            }
            limits.max_connections = n;
        }
        Ok(ServeSettings {
            listen,
            database,
            log,
            smtp_url,
            mail_from,
            public_url,
            retry_schedule,
            limits,
        })
    }
}

/// `knownline serve`: logs to standard error, serves until SIGTERM.
pub fn serve(settings: ServeSettings, engine: std::sync::Arc<Engine>) -> Result<i32> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(&settings.log))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let listen = settings.listen;
    rt.block_on(async {
        let s = open(settings.database.as_deref()).await?;
        let mailer = match &settings.smtp_url {
            Some(url) => Some(
                knownline_server::mail::Mailer::new(url, &settings.mail_from)
                    .map_err(|e| anyhow!("smtp_url: {e}"))?,
            ),
            None => {
                tracing::warn!("no smtp_url: notifications and replies are recorded as not sent");
                None
            }
        };
        let notifications = knownline_server::notify::Notifications::new(
            mailer,
            settings.public_url.as_deref(),
            settings.retry_schedule.as_deref(),
        )
        .map_err(|e| anyhow!("{e}"))?;
        let state = knownline_server::AppState::new(s, engine, notifications);
        knownline_server::serve(listen, state, settings.limits)
            .await
            .with_context(|| format!("serving on {listen}"))?;
        anyhow::Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_come_from_defaults_file_environment_and_flags_in_that_order() {
        use std::time::Duration;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("knownline.toml");
        std::fs::write(
            &file,
            "listen = \"0.0.0.0:9000\"\ndatabase = \"/srv/k.db\"\nlog = \"debug\"\n",
        )
        .unwrap();
        let none = |_: &str| None;
        let d = ServeSettings::resolve(None, None, None, none).unwrap();
        assert_eq!(d.listen.to_string(), "127.0.0.1:8080");
        assert_eq!((d.database, d.log.as_str()), (None, "info"));
        let f = ServeSettings::resolve(Some(&file), None, None, none).unwrap();
        assert_eq!(f.listen.to_string(), "0.0.0.0:9000");
        assert_eq!(f.database.as_deref(), Some("/srv/k.db"));
        let env = |k: &str| (k == "KNOWNLINE_LISTEN").then(|| "127.0.0.1:7000".to_string());
        let e = ServeSettings::resolve(Some(&file), None, None, env).unwrap();
        assert_eq!(e.listen.to_string(), "127.0.0.1:7000");
        let flag = ServeSettings::resolve(
            Some(&file),
            Some("127.0.0.1:6000".parse().unwrap()),
            Some("x.db"),
            env,
        )
        .unwrap();
        assert_eq!(
            (flag.listen.to_string().as_str(), flag.database.as_deref()),
            ("127.0.0.1:6000", Some("x.db"))
        );
        assert_eq!(d.limits, knownline_server::ServeLimits::default());
        std::fs::write(
            &file,
            "header_timeout = \"5s\"\nbody_timeout = \"2m\"\nmax_connections = 300\n",
        )
        .unwrap();
        let l = ServeSettings::resolve(Some(&file), None, None, none)
            .unwrap()
            .limits;
        assert_eq!(
            (l.header_timeout, l.body_timeout, l.max_connections),
            (Duration::from_secs(5), Duration::from_secs(120), 300)
        );
        let env = |k: &str| (k == "KNOWNLINE_HEADER_TIMEOUT").then(|| "750ms".to_string());
        let l = ServeSettings::resolve(Some(&file), None, None, env)
            .unwrap()
            .limits;
        assert_eq!(l.header_timeout, Duration::from_millis(750));
        for bad in [
            "header_timeout = \"0s\"\n",
            "header_timeout = \"1s,2s\"\n",
            "body_timeout = \"soon\"\n",
            "max_connections = 0\n",
        ] {
            std::fs::write(&file, bad).unwrap();
            assert!(
                ServeSettings::resolve(Some(&file), None, None, none).is_err(),
                "{bad}"
            );
        }
        std::fs::write(&file, "listen = 5\n").unwrap();
        assert!(ServeSettings::resolve(Some(&file), None, None, none).is_err());
        std::fs::write(&file, "colour = \"blue\"\n").unwrap();
        assert!(ServeSettings::resolve(Some(&file), None, None, none).is_err());
    }
}
