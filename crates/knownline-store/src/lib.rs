//! knownline's store: organisations and their trusted directories, verifications (runs of the
//! callback procedure), indicators confirmed in scams, and the audit log.
//!
//! SQLite is the embedded default (one file, WAL, full sync); PostgreSQL when the URL says
//! `postgres://`. One set of migrations serves both: portable column types, ids made here,
//! times as RFC 3339 UTC text. Every change is one transaction, audit row included, so a
//! change is either all there or not at all.

pub mod campaigns;
pub mod indicators;
pub mod notify;
pub mod people;
/// Directory and indicator files and the STIX bundle: pure, in the core; here as before.
pub use knownline_detect::{stix, transfer};

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use futures_util::TryStreamExt;
use knownline_detect::{name_key, Directory, DirectoryEntry, Lookup};
use serde::Serialize;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Connection, Executor, Row, Transaction};
use time::OffsetDateTime;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migrating the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Invalid(String),
    /// Visible, but not the user's to change.
    #[error("{0}")]
    Forbidden(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Rows per multi-row statement: imports write thousands of rows per round trip.
const BATCH: usize = 1_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// A statement written with `$1, $2, …` in ascending order, for this backend. SQLite gets
    /// anonymous `?`: it looks every named parameter up in a list, which makes binding the
    /// thousands of parameters of a batch quadratic (70% of an import's time).
    fn sql(self, numbered: &str) -> String {
        match self {
            Backend::Postgres => numbered.to_string(),
            Backend::Sqlite => {
                let mut out = String::with_capacity(numbered.len());
                let mut chars = numbered.chars().peekable();
                while let Some(c) = chars.next() {
                    if c == '$' && chars.peek().is_some_and(char::is_ascii_digit) {
                        while chars.peek().is_some_and(char::is_ascii_digit) {
                            chars.next();
                        }
                        out.push('?');
                    } else {
                        out.push(c);
                    }
                }
                out
            }
        }
    }
}

/// Where the store lives when nothing says: `knownline.db` in the user's data directory
/// (`$XDG_DATA_HOME/knownline`, or `~/.local/share/knownline`).
pub fn default_path() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("knownline").join("knownline.db"))
}

/// A database URL from `--db` or the environment: `postgres://…` as it is, `sqlite:…` as it
/// is, anything else a path to an SQLite file (created when missing).
pub fn url_for(location: &str) -> Result<String> {
    let l = location.trim();
    if l.starts_with("postgres://") || l.starts_with("postgresql://") || l.starts_with("sqlite:") {
        return Ok(l.to_string());
    }
    if l.is_empty() {
        return Err(StoreError::Invalid("the database location is empty".into()));
    }
    let path = Path::new(l);
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| StoreError::Invalid(format!("cannot create {}: {e}", parent.display())))?;
    }
    Ok(format!("sqlite://{}?mode=rwc", path.display()))
}

/// A time as the store writes it: RFC 3339, UTC, microseconds, fixed width (sorts as text).
pub fn now() -> String {
    format_time(OffsetDateTime::now_utc())
}

/// The time `d` from now, as the store writes times.
pub fn later(d: std::time::Duration) -> String {
    format_time(OffsetDateTime::now_utc() + d)
}

pub(crate) use knownline_detect::transfer::format_time;

/// 64 random bits as 16 hex digits.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()[..16].to_string()
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Org {
    pub id: String,
    pub name: String,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct StoredEntry {
    pub id: String,
    #[serde(flatten)]
    pub entry: DirectoryEntry,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: usize,
    pub updated: usize,
    /// Rows left out: values of a trusted directory.
    #[serde(skip_serializing_if = "is_zero")]
    pub refused: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct VerificationRecord {
    pub id: String,
    pub org_id: Option<String>,
    pub asked_by: String,
    pub claims: String,
    pub number: Option<String>,
    pub sender: Option<String>,
    pub status: String,
    pub created_at: String,
    pub outcome: Option<String>,
    pub outcome_by: Option<String>,
    pub outcome_at: Option<String>,
    /// The answer as given, JSON.
    pub answer: String,
}

pub use knownline_detect::transfer::Indicator;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AuditRow {
    pub at: String,
    pub actor: String,
    pub org_id: Option<String>,
    pub action: String,
    pub target: String,
    pub detail: String,
}

/// How a callback went.
pub const OUTCOMES: &[&str] = &["confirmed", "scam"];

pub struct Store {
    pub(crate) pool: AnyPool,
    backend: Backend,
}

impl Store {
    /// Opens (creating an SQLite file when missing) and migrates the store at `url`.
    pub async fn open(url: &str) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres") {
            Backend::Postgres
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            return Err(StoreError::Invalid(format!(
                "{url:?} is neither a postgres:// nor an sqlite: URL"
            )));
        };
        // One connection first: a server that is down or a file that is not a database fails
        // here at once, instead of after the pool's retries.
        let mut probe = sqlx::AnyConnection::connect(url).await?;
        if backend == Backend::Sqlite {
            sqlx::query("SELECT count(*) FROM sqlite_master")
                .fetch_one(&mut probe)
                .await?;
        }
        probe.close().await?;
        let pool = AnyPoolOptions::new()
            .acquire_timeout(std::time::Duration::from_secs(30))
            .max_connections(if backend == Backend::Sqlite { 4 } else { 8 })
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers go on while one writer writes; FULL sync makes a
                        // commit survive a power cut; the busy timeout makes a second
                        // process wait for the lock instead of failing.
                        for pragma in [
                            "PRAGMA journal_mode = WAL",
                            "PRAGMA synchronous = FULL",
                            "PRAGMA foreign_keys = ON",
                            "PRAGMA busy_timeout = 30000",
                            // 64 MiB of page cache: a 100,000-entry import touches every
                            // page of its indexes, and the default 2 MiB thrashes.
                            "PRAGMA cache_size = -65536",
                        ] {
                            conn.execute(pragma).await?;
                        }
                    }
                    Ok(())
                })
            })
            .connect(url)
            .await?;
        let store = Store { pool, backend };
        store.migrate().await?;
        store.backfill_indicators().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<()> {
        // Two processes starting at once against a fresh database: one migrates, the other
        // waits (PostgreSQL: the migrator's advisory lock; SQLite: the write lock).
        sqlx::migrate!("./migrations").run(&self.pool).await?;
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn close(self) {
        self.pool.close().await;
    }

    /// A write transaction. SQLite takes the write lock at once (`BEGIN IMMEDIATE`), so two
    /// writers queue on the busy timeout instead of one failing on upgrade.
    pub(crate) async fn begin(&self) -> Result<Transaction<'static, Any>> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    // ───────────────────────────── organisations ─────────────────────────────

    pub async fn add_org(&self, name: &str, actor: &str) -> Result<Org> {
        let name = name.trim();
        let key = name_key(name);
        if key.is_empty() || name.chars().count() > 200 {
            return Err(StoreError::Invalid(
                "an organisation's name must have letters or digits, at most 200 characters".into(),
            ));
        }
        let mut tx = self.begin().await?;
        let exists = sqlx::query("SELECT id FROM organisations WHERE name_key = $1")
            .bind(&key)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_some() {
            return Err(StoreError::Conflict(format!(
                "an organisation named {name:?} already exists"
            )));
        }
        let org = Org {
            id: new_id(),
            name: name.to_string(),
            created_at: now(),
        };
        sqlx::query(
            "INSERT INTO organisations (id, name, name_key, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(&org.id)
        .bind(&org.name)
        .bind(&key)
        .bind(&org.created_at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, actor, Some(&org.id), "org.add", &org.name, "").await?;
        tx.commit().await?;
        Ok(org)
    }

    pub async fn orgs(&self) -> Result<Vec<Org>> {
        let rows = sqlx::query("SELECT id, name, created_at FROM organisations ORDER BY name_key")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(org_of).collect()
    }

    /// An organisation by name (any case) or id.
    pub async fn org(&self, name_or_id: &str) -> Result<Org> {
        let row = sqlx::query(
            "SELECT id, name, created_at FROM organisations WHERE name_key = $1 OR id = $2",
        )
        .bind(name_key(name_or_id))
        .bind(name_or_id.trim())
        .fetch_optional(&self.pool)
        .await?;
        match row {
            Some(r) => org_of(&r),
            None => Err(StoreError::NotFound(format!(
                "no organisation named {:?} (see `knownline org list`)",
                name_or_id.trim()
            ))),
        }
    }

    // ───────────────────────────── directory ─────────────────────────────

    /// Adds an entry; with `replace`, an entry of the same name is replaced.
    pub async fn add_entry(
        &self,
        org: &Org,
        entry: DirectoryEntry,
        actor: &str,
        replace: bool,
    ) -> Result<StoredEntry> {
        let mut tx = self.begin().await?;
        let existing =
            existing_ids(self.backend, &mut tx, &org.id, &[name_key(&entry.name)]).await?;
        if !existing.is_empty() && !replace {
            return Err(StoreError::Conflict(format!(
                "{} already has an entry named {:?} (use --replace to replace it)",
                org.name, entry.name
            )));
        }
        let written = write_entries(self.backend, &mut tx, &org.id, vec![entry], existing).await?;
        indicators::bump_revision(&mut tx).await?;
        let stored = written.into_iter().next().expect("one entry written");
        audit(
            &mut tx,
            actor,
            Some(&org.id),
            if replace {
                "directory.replace"
            } else {
                "directory.add"
            },
            &stored.entry.name,
            &entry_summary(&stored.entry),
        )
        .await?;
        tx.commit().await?;
        Ok(stored)
    }

    /// Writes many entries in one transaction: all or nothing. Entries named like existing
    /// ones replace them. `progress` is told after each batch.
    pub async fn import_entries(
        &self,
        org: &Org,
        entries: Vec<DirectoryEntry>,
        actor: &str,
        mut progress: impl FnMut(usize),
    ) -> Result<ImportSummary> {
        let mut tx = self.begin().await?;
        let keys: Vec<String> = entries.iter().map(|e| name_key(&e.name)).collect();
        let mut distinct = keys.clone();
        distinct.sort();
        distinct.dedup();
        if distinct.len() != keys.len() {
            return Err(StoreError::Invalid(
                "the import names the same entry twice".into(),
            ));
        }
        let existing = existing_ids(self.backend, &mut tx, &org.id, &keys).await?;
        let summary = ImportSummary {
            added: entries.len() - existing.len(),
            updated: existing.len(),
            refused: 0,
        };
        let n = entries.len();
        let mut done = 0;
        let mut rest = entries;
        while !rest.is_empty() {
            let tail = rest.split_off(rest.len().min(BATCH));
            let chunk = std::mem::replace(&mut rest, tail);
            done += chunk.len();
            write_entries(self.backend, &mut tx, &org.id, chunk, existing.clone()).await?;
            progress(done);
        }
        indicators::bump_revision(&mut tx).await?;
        audit(
            &mut tx,
            actor,
            Some(&org.id),
            "directory.import",
            &format!("{n} entries"),
            &format!("{} added, {} replaced", summary.added, summary.updated),
        )
        .await?;
        tx.commit().await?;
        Ok(summary)
    }

    /// Every entry of an organisation, by name.
    pub async fn entries(&self, org: &Org) -> Result<Vec<StoredEntry>> {
        // Streamed, one row per value: a directory of 100,000 entries is read without holding
        // half a million rows at once.
        let sql = self.backend.sql(&format!(
            "{JOINED} WHERE e.org_id = $1 ORDER BY e.name_key, e.id, v.kind, v.position"
        ));
        let mut rows = sqlx::query(&sql).bind(&org.id).fetch(&self.pool);
        let mut out = Vec::new();
        while let Some(r) = rows.try_next().await? {
            push_joined(&mut out, &r)?;
        }
        Ok(out)
    }

    /// One entry by name (any case) or id.
    pub async fn entry(&self, org: &Org, name_or_id: &str) -> Result<StoredEntry> {
        let sql = self.backend.sql(&format!(
            "{JOINED} WHERE e.org_id = $1 AND (e.name_key = $2 OR e.id = $3) ORDER BY e.name_key, e.id, v.kind, v.position"
        ));
        let rows = sqlx::query(&sql)
            .bind(&org.id)
            .bind(name_key(name_or_id))
            .bind(name_or_id.trim())
            .fetch_all(&self.pool)
            .await?;
        let mut found = Vec::new();
        for r in &rows {
            push_joined(&mut found, r)?;
        }
        found.into_iter().next().ok_or_else(|| {
            StoreError::NotFound(format!(
                "{} has no directory entry named {:?}",
                org.name,
                name_or_id.trim()
            ))
        })
    }

    pub async fn remove_entry(&self, org: &Org, name_or_id: &str, actor: &str) -> Result<()> {
        let entry = self.entry(org, name_or_id).await?;
        let mut tx = self.begin().await?;
        let done = sqlx::query("DELETE FROM directory_entries WHERE id = $1 AND org_id = $2")
            .bind(&entry.id)
            .bind(&org.id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!(
                "{} has no directory entry named {:?}",
                org.name, entry.entry.name
            )));
        }
        indicators::bump_revision(&mut tx).await?;
        audit(
            &mut tx,
            actor,
            Some(&org.id),
            "directory.remove",
            &entry.entry.name,
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn count_entries(&self, org: &Org) -> Result<i64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM directory_entries WHERE org_id = $1")
            .bind(&org.id)
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get::<i64, _>("n")?)
    }

    /// The whole directory of an organisation with the shared scam list as checks see it.
    pub async fn directory(&self, org: &Org) -> Result<Directory> {
        let entries = self
            .entries(org)
            .await?
            .into_iter()
            .map(|e| e.entry)
            .collect();
        let reputation = self.reputation(None).await?;
        Ok(Directory::new(Some(org.name.clone()), entries, reputation))
    }

    /// The entries a callback check needs (those named by the claim, owning its number or
    /// domain, or holding a role it names) and the reputation of its number and domain.
    pub async fn candidates(&self, org: Option<&Org>, lookup: &Lookup) -> Result<Directory> {
        let mut entries = Vec::new();
        if let Some(org) = org {
            // One statement of indexed probes: (org, kind, value IN …) per kind of value, and
            // a few entries of each role named, enough for "your bank" or "your IT support".
            let mut parts: Vec<String> = Vec::new();
            let mut binds: Vec<String> = Vec::new();
            // Each value gets its own number: SQLite's anonymous parameters can't be reused.
            let next = |binds: &mut Vec<String>, v: &str| -> String {
                binds.push(v.to_string());
                format!("${}", binds.len())
            };
            let keys: Vec<&str> = lookup
                .name_keys
                .iter()
                .map(String::as_str)
                .take(100)
                .collect();
            let mut probes: Vec<(&str, Vec<&str>)> = vec![("key", keys)];
            if let Some(p) = &lookup.phone {
                probes.push(("phone", vec![p.as_str()]));
            }
            if let Some(d) = &lookup.domain {
                probes.push(("domain", vec![d.as_str()]));
            }
            for (kind, values) in probes.iter().filter(|(_, v)| !v.is_empty()) {
                let o = next(&mut binds, &org.id);
                let k = next(&mut binds, kind);
                let vs: Vec<String> = values.iter().map(|v| next(&mut binds, v)).collect();
                parts.push(format!(
                    "SELECT entry_id AS id FROM entry_values WHERE org_id = {o} AND kind = {k} AND value IN ({})",
                    vs.join(", ")
                ));
            }
            for (i, role) in lookup.roles.iter().take(8).enumerate() {
                let o = next(&mut binds, &org.id);
                let r = next(&mut binds, role);
                parts.push(format!(
                    "SELECT id FROM (SELECT id FROM directory_entries WHERE org_id = {o} AND role = {r} ORDER BY name_key LIMIT 5) AS role{i}"
                ));
            }
            if !parts.is_empty() {
                // The entries and their lists in the same round trip: one row per value.
                let sql = self.backend.sql(&format!(
                    "{JOINED} WHERE e.id IN (SELECT id FROM ({} LIMIT 100) AS found) \
                     ORDER BY e.name_key, e.id, v.kind, v.position",
                    parts.join(" UNION ")
                ));
                let mut q = sqlx::query(&sql);
                for b in &binds {
                    q = q.bind(b.as_str());
                }
                let mut found = Vec::new();
                for r in q.fetch_all(&self.pool).await? {
                    push_joined(&mut found, &r)?;
                }
                entries = found.into_iter().map(|e| e.entry).collect();
            }
        }
        let values: Vec<&str> = lookup
            .phone
            .iter()
            .chain(lookup.domain.iter())
            .map(String::as_str)
            .collect();
        let reputation = self.reputation(Some(&values)).await?;
        Ok(Directory::new(
            org.map(|o| o.name.clone()),
            entries,
            reputation,
        ))
    }

    // ───────────────────────────── verifications ─────────────────────────────

    /// The callback check against an organisation's directory (or built-in knowledge alone),
    /// recorded. Returns the answer and its id.
    pub async fn run_verification(
        &self,
        engine: &knownline_detect::Engine,
        org: Option<&Org>,
        actor: &str,
        req: &knownline_detect::VerifyRequest,
    ) -> Result<(knownline_detect::Verification, String)> {
        let dir = self.candidates(org, &engine.verify_lookup(req)).await?;
        let v = engine.verify(&dir, req);
        let answer = serde_json::to_string(&v).unwrap_or_default();
        let id = self
            .record_verification(
                org,
                actor,
                &v.claims,
                v.number.as_deref(),
                req.from.as_deref(),
                &v.status,
                &answer,
            )
            .await?;
        Ok((v, id))
    }

    #[allow(clippy::too_many_arguments)]
    pub async fn record_verification(
        &self,
        org: Option<&Org>,
        actor: &str,
        claims: &str,
        number: Option<&str>,
        sender: Option<&str>,
        status: &str,
        answer_json: &str,
    ) -> Result<String> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO verifications (id, org_id, asked_by, claims, number, sender, status, answer, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&id)
        .bind(org.map(|o| o.id.clone()))
        .bind(actor)
        .bind(claims)
        .bind(number)
        .bind(sender)
        .bind(status)
        .bind(answer_json)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            org.map(|o| o.id.as_str()),
            "verify",
            &id,
            status,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn verification(&self, id: &str) -> Result<VerificationRecord> {
        let row = sqlx::query(
            "SELECT id, org_id, asked_by, claims, number, sender, status, answer, created_at, outcome, outcome_by, outcome_at FROM verifications WHERE id = $1",
        )
        .bind(id.trim())
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("no verification {:?}", id.trim())))?;
        Ok(VerificationRecord {
            id: row.try_get("id")?,
            org_id: row.try_get("org_id")?,
            asked_by: row.try_get("asked_by")?,
            claims: row.try_get("claims")?,
            number: row.try_get("number")?,
            sender: row.try_get("sender")?,
            status: row.try_get("status")?,
            answer: row.try_get("answer")?,
            created_at: row.try_get("created_at")?,
            outcome: row.try_get("outcome")?,
            outcome_by: row.try_get("outcome_by")?,
            outcome_at: row.try_get("outcome_at")?,
        })
    }

    /// A verification, if `user` ran it or is IT support of its organisation (an admin for
    /// one made without an organisation). Anyone else's is "not found".
    pub async fn verification_for(
        &self,
        user: &people::User,
        id: &str,
    ) -> Result<VerificationRecord> {
        let record = self.verification(id).await?;
        let theirs = record.asked_by == user.email
            || user.is_admin()
            || (user.role == "analyst"
                && record.org_id.as_deref().is_some_and(|o| user.acts_for(o)));
        if !theirs {
            return Err(StoreError::NotFound(format!(
                "no verification {:?}",
                id.trim()
            )));
        }
        Ok(record)
    }

    /// Records how the callback went, for whoever ran it or IT support of its organisation.
    /// A scam offers `values` (the number and the sender's domain, as the engine found them
    /// to be the scam's own) to the shared list: a suggestion from a member, active from IT
    /// support, never a value of a directory. A genuine callback takes back what an earlier
    /// "scam" offered. Returns the record and the values a directory holds.
    pub async fn set_outcome(
        &self,
        user: &people::User,
        id: &str,
        outcome: &str,
        values: &[knownline_detect::ScamValue],
    ) -> Result<(VerificationRecord, Vec<String>)> {
        if !OUTCOMES.contains(&outcome) {
            return Err(StoreError::Invalid(format!(
                "outcome {outcome:?}: use {}",
                OUTCOMES.join(" or ")
            )));
        }
        let record = self.verification_for(user, id).await?;
        let it_support = user.supports_any(record.org_id.as_deref());
        let mut tx = self.begin().await?;
        let at = now();
        sqlx::query(
            "UPDATE verifications SET outcome = $1, outcome_by = $2, outcome_at = $3 WHERE id = $4",
        )
        .bind(outcome)
        .bind(&user.email)
        .bind(&at)
        .bind(&record.id)
        .execute(&mut *tx)
        .await?;
        // One source per verification: toggling counts it once, and "genuine" takes it back.
        indicators::withdraw(&mut tx, "verification", &record.id).await?;
        let mut held = Vec::new();
        if outcome == "scam" {
            let values: Vec<(String, String)> = values
                .iter()
                .map(|v| (v.kind.clone(), v.value.clone()))
                .collect();
            held = indicators::offer(
                &mut tx,
                &values,
                &indicators::Offer {
                    origin: "verification",
                    reference: &record.id,
                    org_id: record.org_id.as_deref(),
                    actor: &user.email,
                    confirmed: it_support,
                },
            )
            .await?;
        }
        audit(
            &mut tx,
            &user.email,
            record.org_id.as_deref(),
            "verify.outcome",
            &record.id,
            &if held.is_empty() {
                outcome.to_string()
            } else {
                format!(
                    "{outcome}; {} value(s) of a directory kept off the list",
                    held.len()
                )
            },
        )
        .await?;
        tx.commit().await?;
        Ok((self.verification(&record.id).await?, held))
    }

    // ───────────────────────────── audit ─────────────────────────────

    /// The audit log as `user` may read it, newest first: all of it for an admin, the rows of
    /// their organisations for an analyst, nothing for a member.
    pub async fn audit_for(&self, user: &people::User, limit: i64) -> Result<Vec<AuditRow>> {
        if user.is_admin() {
            return self.audit_log(None, limit).await;
        }
        if user.role != "analyst" {
            return Ok(Vec::new());
        }
        let mut rows = Vec::new();
        for id in &user.org_ids {
            let org = self.org(id).await?;
            rows.extend(self.audit_log(Some(&org), limit).await?);
        }
        rows.sort_by(|a, b| b.at.cmp(&a.at));
        rows.truncate(limit.max(0) as usize);
        Ok(rows)
    }

    pub async fn audit_log(&self, org: Option<&Org>, limit: i64) -> Result<Vec<AuditRow>> {
        let rows = match org {
            Some(o) => {
                sqlx::query("SELECT at, actor, org_id, action, target, detail FROM audit_log WHERE org_id = $1 ORDER BY at DESC, id LIMIT $2")
                    .bind(&o.id)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?
            }
            None => {
                sqlx::query("SELECT at, actor, org_id, action, target, detail FROM audit_log ORDER BY at DESC, id LIMIT $1")
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        rows.iter()
            .map(|r| {
                Ok(AuditRow {
                    at: r.try_get("at")?,
                    actor: r.try_get("actor")?,
                    org_id: r.try_get("org_id")?,
                    action: r.try_get("action")?,
                    target: r.try_get("target")?,
                    detail: r.try_get("detail")?,
                })
            })
            .collect()
    }
}

fn org_of(r: &AnyRow) -> Result<Org> {
    Ok(Org {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        created_at: r.try_get("created_at")?,
    })
}

fn entry_summary(e: &DirectoryEntry) -> String {
    format!(
        "role {}; {} phones, {} domains",
        e.role,
        e.phones.len(),
        e.domains.len()
    )
}

/// A language tag as given ("pt-BR", "de"), as one knownline writes in; blank is none.
pub(crate) fn valid_language(language: Option<&str>) -> Result<Option<&'static str>> {
    match language.map(str::trim).filter(|l| !l.is_empty()) {
        Some(l) => knownline_detect::locale::supported(l)
            .map(Some)
            .ok_or_else(|| {
                StoreError::Invalid(format!(
                    "{l:?}: knownline is written in {}",
                    knownline_detect::locale::LANGUAGES.join(", ")
                ))
            }),
        None => Ok(None),
    }
}

pub(crate) async fn audit(
    tx: &mut Transaction<'static, Any>,
    actor: &str,
    org: Option<&str>,
    action: &str,
    target: &str,
    detail: &str,
) -> Result<()> {
    sqlx::query("INSERT INTO audit_log (id, at, actor, org_id, action, target, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(new_id())
        .bind(now())
        .bind(actor)
        .bind(org)
        .bind(action)
        .bind(target)
        .bind(detail)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Ids of the entries of `org` with these name keys, by key.
async fn existing_ids(
    backend: Backend,
    tx: &mut Transaction<'static, Any>,
    org: &str,
    keys: &[String],
) -> Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    for chunk in keys.chunks(BATCH) {
        let placeholders: Vec<String> = (2..chunk.len() + 2).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT id, name_key FROM directory_entries WHERE org_id = $1 AND name_key IN ({})",
            placeholders.join(", ")
        );
        let sql = backend.sql(&sql);
        let mut q = sqlx::query(&sql).bind(org);
        for k in chunk {
            q = q.bind(k);
        }
        for r in q.fetch_all(&mut **tx).await? {
            out.insert(r.try_get("name_key")?, r.try_get("id")?);
        }
    }
    Ok(out)
}

/// Writes entries (new, or replacing those in `existing` by name key) with their values.
async fn write_entries(
    backend: Backend,
    tx: &mut Transaction<'static, Any>,
    org: &str,
    entries: Vec<DirectoryEntry>,
    existing: HashMap<String, String>,
) -> Result<Vec<StoredEntry>> {
    let at = now();
    let stored: Vec<StoredEntry> = entries
        .into_iter()
        .map(|entry| {
            let key = name_key(&entry.name);
            StoredEntry {
                id: existing.get(&key).cloned().unwrap_or_else(new_id),
                entry,
                created_at: at.clone(),
                updated_at: at.clone(),
            }
        })
        .collect();
    // Replaced entries lose their old values (and keep their id and creation time).
    let replaced: Vec<&str> = stored
        .iter()
        .filter(|s| existing.contains_key(&name_key(&s.entry.name)))
        .map(|s| s.id.as_str())
        .collect();
    for chunk in replaced.chunks(BATCH) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "DELETE FROM entry_values WHERE entry_id IN ({})",
            placeholders.join(", ")
        );
        let sql = backend.sql(&sql);
        let mut q = sqlx::query(&sql);
        for id in chunk {
            q = q.bind(*id);
        }
        q.execute(&mut **tx).await?;
    }
    for chunk in stored.chunks(BATCH) {
        let mut sql = String::from(
            "INSERT INTO directory_entries (id, org_id, name, name_key, role, note, verified_by, verified_at, source, created_at, updated_at) VALUES ",
        );
        for i in 0..chunk.len() {
            let b = i * 11;
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push('(');
            sql.push_str(
                &(1..=11)
                    .map(|k| format!("${}", b + k))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
            sql.push(')');
        }
        sql.push_str(
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, role = excluded.role, note = excluded.note, verified_by = excluded.verified_by, verified_at = excluded.verified_at, source = excluded.source, updated_at = excluded.updated_at",
        );
        let sql = backend.sql(&sql);
        let mut q = sqlx::query(&sql);
        for s in chunk {
            let e = &s.entry;
            q = q
                .bind(&s.id)
                .bind(org)
                .bind(&e.name)
                .bind(name_key(&e.name))
                .bind(&e.role)
                .bind(&e.note)
                .bind(e.verified_by.clone())
                .bind(e.verified_at.clone())
                .bind(&e.source)
                .bind(&s.created_at)
                .bind(&s.updated_at);
        }
        q.execute(&mut **tx).await?;
    }
    // Values: every list, plus the lookup keys of the name and aliases.
    let mut values: Vec<(&str, &'static str, i64, String)> = Vec::new();
    for s in &stored {
        let e = &s.entry;
        let mut keys: Vec<String> = Vec::new();
        for n in std::iter::once(&e.name).chain(&e.aliases) {
            let k = name_key(n);
            if !k.is_empty() && !keys.contains(&k) {
                keys.push(k);
            }
        }
        for (kind, list) in [
            ("alias", &e.aliases),
            ("phone", &e.phones),
            ("domain", &e.domains),
            ("website", &e.websites),
            ("key", &keys),
        ] {
            for (i, v) in list.iter().enumerate() {
                values.push((s.id.as_str(), kind, i as i64, v.clone()));
            }
        }
    }
    for chunk in values.chunks(BATCH) {
        let mut sql = String::from(
            "INSERT INTO entry_values (entry_id, org_id, kind, position, value) VALUES ",
        );
        for i in 0..chunk.len() {
            let b = i * 5;
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!(
                "(${}, ${}, ${}, ${}, ${})",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5
            ));
        }
        let sql = backend.sql(&sql);
        let mut q = sqlx::query(&sql);
        for (id, kind, pos, v) in chunk {
            q = q
                .bind(*id)
                .bind(org)
                .bind(*kind)
                .bind(*pos)
                .bind(v.as_str());
        }
        q.execute(&mut **tx).await?;
    }
    Ok(stored)
}

/// Entries joined with their lists: one row per value (or one with none).
const JOINED: &str = "SELECT e.id, e.name, e.role, e.note, e.verified_by, e.verified_at, e.source, e.created_at, e.updated_at, v.kind, v.value \
     FROM directory_entries e LEFT JOIN entry_values v ON v.entry_id = e.id AND v.kind <> 'key'";

/// Adds a row of [`JOINED`] (in entry order) to the entries read so far.
fn push_joined(out: &mut Vec<StoredEntry>, r: &AnyRow) -> Result<()> {
    let id: String = r.try_get("id")?;
    if out.last().is_none_or(|last| last.id != id) {
        out.push(StoredEntry {
            entry: DirectoryEntry {
                name: r.try_get("name")?,
                role: r.try_get("role")?,
                note: r.try_get("note")?,
                verified_by: r.try_get("verified_by")?,
                verified_at: r.try_get("verified_at")?,
                source: r.try_get("source")?,
                ..Default::default()
            },
            id,
            created_at: r.try_get("created_at")?,
            updated_at: r.try_get("updated_at")?,
        });
    }
    let Some(last) = out.last_mut() else {
        return Ok(());
    };
    let entry = &mut last.entry;
    let kind: Option<String> = r.try_get("kind")?;
    let value: Option<String> = r.try_get("value")?;
    if let (Some(kind), Some(value)) = (kind, value) {
        match kind.as_str() {
            "alias" => entry.aliases.push(value),
            "phone" => entry.phones.push(value),
            "domain" => entry.domains.push(value),
            "website" => entry.websites.push(value),
            _ => {}
        }
    }
    Ok(())
}
