//! The shared scam list: numbers, domains and links confirmed in scams, with where each came
//! from and who stands behind it.
//!
//! Anyone's "it was a scam" (a verification's outcome, a report) only *suggests* a value;
//! checks see it once IT support (an analyst or an admin) confirms it, by triaging an
//! incident as a scam, confirming the suggestion, recording a scam of their own callback, or
//! importing a list. A value in any organisation's directory never reaches checks by any of
//! these paths: confirming it is refused, and it is shown to IT support as a conflict.
//! Each source is kept apart (one per verification, incident or import), so a value is
//! counted once per incident and withdrawn when the outcome or the triage changes.

use std::collections::HashMap;

use knownline_detect::{registrable_domain, Seen};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use crate::people::User;
use crate::{audit, new_id, now, ImportSummary, Indicator, Result, Store, StoreError};

/// An indicator's states: only `active` ones reach checks.
pub const STATUSES: &[&str] = &["suggested", "active", "removed"];

/// Where a value was offered from.
#[derive(Debug, Clone, Copy)]
pub struct Offer<'a> {
    /// `verification`, `incident` or `import`.
    pub origin: &'a str,
    /// The verification's or incident's id, or the import's.
    pub reference: &'a str,
    pub org_id: Option<&'a str>,
    pub actor: &'a str,
    /// IT support stands behind it: it makes the value active (unless it is a directory's).
    pub confirmed: bool,
}

/// One source of an indicator, as the reader may see it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Source {
    pub origin: String,
    /// The verification or incident, when the reader may see it.
    pub reference: Option<String>,
    pub org_id: Option<String>,
    /// Who offered it, when the reader may see it ("another organisation" otherwise).
    pub actor: String,
    pub at: String,
    pub confirmed: bool,
    pub count: u64,
}

/// An indicator as IT support sees it on the Indicators page and in the API.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub kind: String,
    pub value: String,
    pub status: String,
    /// Times confirmed (sources IT support stands behind).
    pub count: u64,
    /// Sources nobody from IT support has confirmed yet.
    pub suggestions: u64,
    /// Contacts it has marked as scams in checks.
    pub hits: u64,
    pub first_seen: String,
    pub last_seen: String,
    pub note: String,
    pub confirmed_by: Option<String>,
    pub confirmed_at: Option<String>,
    pub removed_by: Option<String>,
    pub removed_at: Option<String>,
    /// Why it cannot be active: the value is in an organisation's directory.
    pub conflict: Option<String>,
    pub sources: Vec<Source>,
}

/// Which indicators to list; every field narrows.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub status: Option<String>,
    pub kind: Option<String>,
    /// Part of the value.
    pub text: Option<String>,
    /// Only those in conflict with a directory.
    pub conflicts: bool,
}

/// A directory entry that holds a value.
#[derive(Debug, Clone)]
struct Holder {
    org_id: String,
    org: String,
    entry: String,
}

/// The values a directory would hold for an indicator: the number itself, or a domain (or a
/// link's host) and its registrable domain.
pub fn directory_keys(kind: &str, value: &str) -> Vec<String> {
    let host = match kind {
        "phone" => return vec![value.to_string()],
        "url" => {
            let rest = value.split_once("://").map_or(value, |(_, r)| r);
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            let authority = &rest[..end];
            let authority = authority.rsplit('@').next().unwrap_or(authority);
            let host = authority.split(':').next().unwrap_or(authority);
            host.trim_end_matches('.').to_ascii_lowercase()
        }
        _ => value.to_ascii_lowercase(),
    };
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    let mut keys = vec![host.clone()];
    if let Some(d) = registrable_domain(&host) {
        if d != host {
            keys.push(d);
        }
    }
    keys
}

/// The key an indicator row keeps for the directory test in SQL: its last directory key.
fn dir_key(kind: &str, value: &str) -> String {
    directory_keys(kind, value).pop().unwrap_or_default()
}

const COLUMNS: &str = "id, kind, value, status, count, first_seen, last_seen, source, note, confirmed_by, confirmed_at, removed_by, removed_at, hits";

/// An indicator that reaches checks: active, and in no directory (by value or registrable
/// domain). `i` is the indicators table.
const REACHES_CHECKS: &str = "i.status = 'active' AND NOT EXISTS (SELECT 1 FROM entry_values v WHERE (v.value = i.value OR v.value = i.dir_key) AND v.kind IN ('phone', 'domain'))";

impl Store {
    /// Gives rows made before indicators had ids and directory keys their own (once, at open).
    pub(crate) async fn backfill_indicators(&self) -> Result<()> {
        let rows =
            sqlx::query("SELECT kind, value FROM indicators WHERE id IS NULL OR dir_key = ''")
                .fetch_all(&self.pool)
                .await?;
        if rows.is_empty() {
            return Ok(());
        }
        let mut tx = self.begin().await?;
        for r in &rows {
            let kind: String = r.try_get("kind")?;
            let value: String = r.try_get("value")?;
            sqlx::query(
                "UPDATE indicators SET id = COALESCE(id, $1), dir_key = $2 WHERE kind = $3 AND value = $4",
            )
            .bind(new_id())
            .bind(dir_key(&kind, &value))
            .bind(&kind)
            .bind(&value)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The revision of what checks see (directories and the shared list): a server reuses
    /// what it cached while this stays the same.
    pub async fn checks_revision(&self) -> Result<i64> {
        let row = sqlx::query("SELECT n FROM revisions WHERE name = 'checks'")
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(r) => r.try_get("n")?,
            None => 0,
        })
    }

    /// The indicators checks see, by value: active, and in no organisation's directory.
    /// With `values`, only those.
    pub async fn reputation(&self, values: Option<&[&str]>) -> Result<HashMap<String, Seen>> {
        let mut out = HashMap::new();
        let mut sql = format!(
            "SELECT kind, value, count, first_seen, last_seen FROM indicators i WHERE {REACHES_CHECKS}"
        );
        if let Some(vs) = values {
            if vs.is_empty() {
                return Ok(out);
            }
            let placeholders: Vec<String> = (1..=vs.len()).map(|i| format!("${i}")).collect();
            sql.push_str(&format!(" AND i.value IN ({})", placeholders.join(", ")));
        }
        let sql = self.backend.sql(&sql);
        let mut q = sqlx::query(&sql);
        for v in values.unwrap_or_default() {
            q = q.bind(*v);
        }
        for r in q.fetch_all(&self.pool).await? {
            let seen = Seen {
                kind: r.try_get("kind")?,
                value: r.try_get("value")?,
                count: r.try_get::<i64, _>("count")?.max(1) as u64,
                first_seen: r.try_get("first_seen")?,
                last_seen: r.try_get("last_seen")?,
            };
            out.insert(seen.value.clone(), seen);
        }
        Ok(out)
    }

    /// Counts a check that these active values marked as a scam. Best effort: a count is no
    /// reason to fail a check.
    pub async fn count_hits(&self, values: &[String]) -> Result<()> {
        if values.is_empty() {
            return Ok(());
        }
        let values = &values[..values.len().min(50)];
        let placeholders: Vec<String> = (1..=values.len()).map(|i| format!("${i}")).collect();
        let sql = self.backend.sql(&format!(
            "UPDATE indicators SET hits = hits + 1 WHERE status = 'active' AND value IN ({})",
            placeholders.join(", ")
        ));
        let mut q = sqlx::query(&sql);
        for v in values {
            q = q.bind(v.as_str());
        }
        q.execute(&self.pool).await?;
        Ok(())
    }

    /// Imports a list (an admin's): every row becomes a confirmed source of its own import.
    /// Values in a directory are refused: with `skip_conflicts` they are left out and
    /// counted, otherwise nothing is imported.
    pub async fn import_indicators(
        &self,
        items: Vec<Indicator>,
        actor: &str,
        skip_conflicts: bool,
    ) -> Result<ImportSummary> {
        let mut tx = self.begin().await?;
        let reference = new_id();
        let offer = Offer {
            origin: "import",
            reference: &reference,
            org_id: None,
            actor,
            confirmed: true,
        };
        let mut summary = ImportSummary::default();
        let mut refused = Vec::new();
        for i in &items {
            let s = &i.seen;
            if let Some(h) = holder(&mut *tx, &s.kind, &s.value).await? {
                refused.push(format!(
                    "{} is in {}'s directory ({})",
                    s.value, h.org, h.entry
                ));
                continue;
            }
            let known = exists(&mut tx, &s.kind, &s.value).await?;
            let seen = (
                s.count.max(1) as i64,
                s.first_seen.as_str(),
                s.last_seen.as_str(),
            );
            add_source(&mut tx, &s.kind, &s.value, &offer, seen, &i.note).await?;
            if known {
                summary.updated += 1;
            } else {
                summary.added += 1;
            }
        }
        if !refused.is_empty() && !skip_conflicts {
            return Err(StoreError::Invalid(format!(
                "{} value{} of a trusted directory cannot be marked as scams (check those entries, or leave the rows out): {}",
                refused.len(),
                if refused.len() == 1 { "" } else { "s" },
                refused.join("; ")
            )));
        }
        summary.refused = refused.len();
        bump_revision(&mut tx).await?;
        audit(
            &mut tx,
            actor,
            None,
            "indicators.import",
            &format!("{} indicators", items.len()),
            &format!(
                "{} added, {} updated, {} refused (in a directory)",
                summary.added, summary.updated, summary.refused
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(summary)
    }

    /// Every indicator in the list, whatever its status (for the CLI and tests).
    pub async fn all_indicators(&self) -> Result<Vec<Listed>> {
        self.list(None, &Query::default()).await
    }

    /// The indicators `user` may see: everything for an admin; for an analyst the active ones
    /// and those offered from their organisations; nothing for a member.
    pub async fn indicators_for(&self, user: &User, q: &Query) -> Result<Vec<Listed>> {
        it_support(user)?;
        self.list(Some(user), q).await
    }

    /// One indicator, if `user` may see it.
    pub async fn indicator_for(&self, user: &User, id: &str) -> Result<Listed> {
        it_support(user)?;
        self.listed(Some(user), id).await
    }

    async fn listed(&self, user: Option<&User>, id: &str) -> Result<Listed> {
        let found = self
            .select(user, " WHERE i.id = $1", &[id.trim().to_string()])
            .await?;
        found
            .into_iter()
            .next()
            .ok_or_else(|| StoreError::NotFound(format!("no indicator {:?}", id.trim())))
    }

    async fn list(&self, user: Option<&User>, q: &Query) -> Result<Vec<Listed>> {
        let mut clauses = Vec::new();
        let mut binds: Vec<String> = Vec::new();
        if let Some(s) = &q.status {
            binds.push(s.clone());
            clauses.push(format!("i.status = ${}", binds.len()));
        }
        if let Some(k) = &q.kind {
            binds.push(k.clone());
            clauses.push(format!("i.kind = ${}", binds.len()));
        }
        if let Some(t) = q.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            let t: String = t.chars().take(200).collect();
            binds.push(format!(
                "%{}%",
                t.replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            ));
            clauses.push(format!("i.value LIKE ${} ESCAPE '\\'", binds.len()));
        }
        let wher = if clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", clauses.join(" AND "))
        };
        let mut out = self.select(user, &wher, &binds).await?;
        if q.conflicts {
            out.retain(|i| i.conflict.is_some());
        }
        Ok(out)
    }

    async fn fetch(&self, sql: &str, binds: &[String]) -> Result<Vec<AnyRow>> {
        let sql = self.backend.sql(sql);
        let mut q = sqlx::query(&sql);
        for b in binds {
            q = q.bind(b.as_str());
        }
        Ok(q.fetch_all(&self.pool).await?)
    }

    /// The indicators passing `wher` (on `indicators i`), with their sources (read in one
    /// statement for all of them) and conflicts, keeping what `user` may see (all, for
    /// `None`).
    async fn select(
        &self,
        user: Option<&User>,
        wher: &str,
        binds: &[String],
    ) -> Result<Vec<Listed>> {
        let rows = self
            .fetch(
                &format!("SELECT {COLUMNS} FROM indicators i{wher} ORDER BY i.last_seen DESC, i.kind, i.value LIMIT 2000"),
                binds,
            )
            .await?;
        let mut by_value: HashMap<(String, String), Vec<AnyRow>> = HashMap::new();
        let sources = self
            .fetch(
                &format!("SELECT s.kind, s.value, s.origin, s.reference, s.org_id, s.actor, s.at, s.confirmed, s.count FROM indicator_sources s JOIN indicators i ON i.kind = s.kind AND i.value = s.value{wher} ORDER BY s.at, s.origin, s.reference"),
                binds,
            )
            .await?;
        for s in sources {
            by_value
                .entry((s.try_get("kind")?, s.try_get("value")?))
                .or_default()
                .push(s);
        }
        let mut out = Vec::new();
        for r in rows {
            let kind: String = r.try_get("kind")?;
            let value: String = r.try_get("value")?;
            let status: String = r.try_get("status")?;
            let sources = by_value
                .remove(&(kind.clone(), value.clone()))
                .unwrap_or_default();
            let mut listed_sources = Vec::new();
            let mut own = false;
            let (mut count, mut suggestions) = (0u64, 0u64);
            for s in &sources {
                let org_id: Option<String> = s.try_get("org_id")?;
                let confirmed = s.try_get::<i64, _>("confirmed")? != 0;
                let n = s.try_get::<i64, _>("count")?.max(1) as u64;
                if confirmed {
                    count += n;
                } else {
                    suggestions += 1;
                }
                let mine = match (user, &org_id) {
                    (None, _) => true,
                    (Some(u), _) if u.is_admin() => true,
                    (Some(u), Some(o)) => u.org_ids.contains(o),
                    (Some(_), None) => false,
                };
                own |= mine && org_id.is_some();
                let origin: String = s.try_get("origin")?;
                listed_sources.push(Source {
                    reference: mine.then(|| s.try_get("reference")).transpose()?,
                    org_id: if mine { org_id.clone() } else { None },
                    actor: if mine {
                        s.try_get("actor")?
                    } else if origin == "import" {
                        "an admin's import".into()
                    } else {
                        "another organisation".into()
                    },
                    origin,
                    at: s.try_get("at")?,
                    confirmed,
                    count: n,
                });
            }
            // An analyst sees the active list and what their own organisations offered.
            let visible = match user {
                None => true,
                Some(u) if u.is_admin() => true,
                Some(_) => status == "active" || own,
            };
            if !visible {
                continue;
            }
            let conflict = holder(&self.pool, &kind, &value)
                .await?
                .map(|h| conflict_words(user, &kind, &sources_actor(&listed_sources), &h));
            out.push(Listed {
                id: r.try_get::<Option<String>, _>("id")?.unwrap_or_default(),
                kind,
                value,
                status,
                count,
                suggestions,
                hits: r.try_get::<i64, _>("hits")?.max(0) as u64,
                first_seen: r.try_get("first_seen")?,
                last_seen: r.try_get("last_seen")?,
                note: r.try_get("note")?,
                confirmed_by: r.try_get("confirmed_by")?,
                confirmed_at: r.try_get("confirmed_at")?,
                removed_by: r.try_get("removed_by")?,
                removed_at: r.try_get("removed_at")?,
                conflict,
                sources: listed_sources,
            });
        }
        Ok(out)
    }

    /// IT support confirms a suggestion: every source of it counts and checks see it. A value
    /// in a directory is refused. An analyst confirms what their organisations offered.
    pub async fn confirm_indicator(&self, user: &User, id: &str) -> Result<Listed> {
        let listed = self.indicator_for(user, id).await?;
        let mine = user.is_admin()
            || listed
                .sources
                .iter()
                .any(|s| s.org_id.as_ref().is_some_and(|o| user.org_ids.contains(o)));
        if !mine {
            return Err(StoreError::Forbidden(
                "only an admin, or IT support of an organisation it came from, confirms it".into(),
            ));
        }
        let mut tx = self.begin().await?;
        if let Some(h) = holder(&mut *tx, &listed.kind, &listed.value).await? {
            let whose = if user.is_admin() || user.org_ids.contains(&h.org_id) {
                format!("{}'s directory ({})", h.org, h.entry)
            } else {
                "another organisation's trusted directory".into()
            };
            return Err(StoreError::Conflict(format!(
                "{} is in {whose}: a value of a trusted directory cannot be marked as a scam; check the directory entry",
                listed.value
            )));
        }
        let at = now();
        sqlx::query("UPDATE indicator_sources SET confirmed = 1 WHERE kind = $1 AND value = $2")
            .bind(&listed.kind)
            .bind(&listed.value)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE indicators SET status = 'active', confirmed_by = $1, confirmed_at = $2, removed_by = NULL, removed_at = NULL WHERE kind = $3 AND value = $4",
        )
        .bind(&user.email)
        .bind(&at)
        .bind(&listed.kind)
        .bind(&listed.value)
        .execute(&mut *tx)
        .await?;
        recount(&mut tx, &listed.kind, &listed.value).await?;
        bump_revision(&mut tx).await?;
        audit(
            &mut tx,
            &user.email,
            None,
            "indicator.confirm",
            &listed.id,
            &listed.kind,
        )
        .await?;
        tx.commit().await?;
        self.listed(Some(user), &listed.id).await
    }

    /// IT support takes a value off the list: checks stop seeing it at once, and the next STIX
    /// export revokes it. An analyst removes what only their organisations confirmed.
    pub async fn remove_indicator(&self, user: &User, id: &str) -> Result<Listed> {
        let listed = self.indicator_for(user, id).await?;
        let others = listed
            .sources
            .iter()
            .any(|s| s.confirmed && !s.org_id.as_ref().is_some_and(|o| user.org_ids.contains(o)));
        if !user.is_admin() && (others || listed.sources.iter().all(|s| s.org_id.is_none())) {
            return Err(StoreError::Forbidden(
                "others confirmed it too: only an admin removes it".into(),
            ));
        }
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE indicators SET status = 'removed', removed_by = $1, removed_at = $2 WHERE kind = $3 AND value = $4",
        )
        .bind(&user.email)
        .bind(now())
        .bind(&listed.kind)
        .bind(&listed.value)
        .execute(&mut *tx)
        .await?;
        bump_revision(&mut tx).await?;
        audit(
            &mut tx,
            &user.email,
            None,
            "indicator.remove",
            &listed.id,
            &listed.kind,
        )
        .await?;
        tx.commit().await?;
        self.listed(Some(user), &listed.id).await
    }

    /// The indicators checks see, with their source and note (for exports).
    pub async fn active_indicators(&self) -> Result<Vec<Indicator>> {
        let sql = format!(
            "SELECT kind, value, count, first_seen, last_seen, source, note FROM indicators i WHERE {REACHES_CHECKS} ORDER BY kind, value"
        );
        sqlx::query(&sql)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(indicator_of)
            .collect()
    }

    /// What a STIX export carries: the indicators checks see, and those no longer active
    /// that an earlier export carried (once, as revoked: see [`Store::mark_exported`]).
    pub async fn stix_export(&self) -> Result<(Vec<Indicator>, Vec<Indicator>)> {
        let active = self.active_indicators().await?;
        let sql = format!(
            "SELECT kind, value, count, first_seen, last_seen, source, note FROM indicators i WHERE i.exported = 1 AND NOT ({REACHES_CHECKS}) ORDER BY kind, value"
        );
        let revoked = sqlx::query(&sql)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(indicator_of)
            .collect::<Result<Vec<_>>>()?;
        Ok((active, revoked))
    }

    /// Records what an export carried, once it is written: the active ones are revoked by a
    /// later export when they leave the list; the revoked ones are not carried again.
    pub async fn mark_exported(&self, active: &[Indicator], revoked: &[Indicator]) -> Result<()> {
        let mut tx = self.begin().await?;
        for (list, flag) in [(active, 1i64), (revoked, 0)] {
            for i in list {
                sqlx::query("UPDATE indicators SET exported = $1 WHERE kind = $2 AND value = $3")
                    .bind(flag)
                    .bind(&i.seen.kind)
                    .bind(&i.seen.value)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}

/// Refuses anyone but IT support (analysts and admins).
fn it_support(user: &User) -> Result<()> {
    if user.is_admin() || user.role == "analyst" {
        Ok(())
    } else {
        Err(StoreError::Forbidden(
            "only IT support (analysts and admins) sees the shared scam list".into(),
        ))
    }
}

fn sources_actor(sources: &[Source]) -> String {
    sources
        .iter()
        .rev()
        .find(|s| !s.confirmed)
        .or(sources.last())
        .map(|s| s.actor.clone())
        .unwrap_or_else(|| "someone".into())
}

/// The conflict as IT support reads it, naming the directory only to those who may see it.
fn conflict_words(user: Option<&User>, kind: &str, actor: &str, h: &Holder) -> String {
    let what = match kind {
        "phone" => "number",
        "url" => "link's domain",
        _ => "domain",
    };
    let theirs = match user {
        Some(u) if !u.is_admin() && !u.org_ids.contains(&h.org_id) => {
            return format!(
                "{actor} reported a {what} of another organisation's trusted directory as a scam: it stays off the list"
            )
        }
        _ => format!("{} ({})", h.entry, h.org),
    };
    format!(
        "{actor} reported the directory's {what} for {theirs} as a scam: check the directory entry"
    )
}

pub(crate) fn indicator_of(r: &AnyRow) -> Result<Indicator> {
    Ok(Indicator {
        seen: Seen {
            kind: r.try_get("kind")?,
            value: r.try_get("value")?,
            count: r.try_get::<i64, _>("count")?.max(1) as u64,
            first_seen: r.try_get("first_seen")?,
            last_seen: r.try_get("last_seen")?,
        },
        source: r.try_get("source")?,
        note: r.try_get("note")?,
    })
}

/// The directory entry holding a value (any of its directory keys), in any organisation.
async fn holder<'e, E>(e: E, kind: &str, value: &str) -> Result<Option<Holder>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let keys = directory_keys(kind, value);
    let placeholders: Vec<String> = (1..=keys.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT v.org_id, o.name AS org, e.name AS entry FROM entry_values v JOIN directory_entries e ON e.id = v.entry_id JOIN organisations o ON o.id = v.org_id WHERE v.value IN ({}) AND v.kind IN ('phone', 'domain') ORDER BY o.name_key, e.name_key LIMIT 1",
        placeholders.join(", ")
    );
    let mut q = sqlx::query(&sql);
    for k in &keys {
        q = q.bind(k.as_str());
    }
    q.fetch_optional(e)
        .await?
        .map(|r| {
            Ok(Holder {
                org_id: r.try_get("org_id")?,
                org: r.try_get("org")?,
                entry: r.try_get("entry")?,
            })
        })
        .transpose()
}

async fn exists(tx: &mut Transaction<'static, Any>, kind: &str, value: &str) -> Result<bool> {
    Ok(
        sqlx::query("SELECT status FROM indicators WHERE kind = $1 AND value = $2")
            .bind(kind)
            .bind(value)
            .fetch_optional(&mut **tx)
            .await?
            .is_some(),
    )
}

/// Offers values from one source in the transaction: each becomes (or stays) a suggestion,
/// or is made active when IT support stands behind it and no directory holds it. Returns
/// the values a directory holds (kept as suggestions, shown as conflicts).
pub(crate) async fn offer(
    tx: &mut Transaction<'static, Any>,
    values: &[(String, String)],
    offer: &Offer<'_>,
) -> Result<Vec<String>> {
    let at = now();
    let mut held = Vec::new();
    for (kind, value) in values {
        let mut o = *offer;
        if o.confirmed && holder(&mut **tx, kind, value).await?.is_some() {
            o.confirmed = false;
            held.push(value.clone());
        }
        add_source(tx, kind, value, &o, (1, &at, &at), "").await?;
    }
    if !values.is_empty() {
        bump_revision(tx).await?;
    }
    Ok(held)
}

/// Takes back everything one verification or incident offered: a value left with no source
/// goes (or, if an export carried it, stays as removed so the next export revokes it).
pub(crate) async fn withdraw(
    tx: &mut Transaction<'static, Any>,
    origin: &str,
    reference: &str,
) -> Result<usize> {
    let rows = sqlx::query(
        "SELECT kind, value FROM indicator_sources WHERE origin = $1 AND reference = $2",
    )
    .bind(origin)
    .bind(reference)
    .fetch_all(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM indicator_sources WHERE origin = $1 AND reference = $2")
        .bind(origin)
        .bind(reference)
        .execute(&mut **tx)
        .await?;
    for r in &rows {
        let kind: String = r.try_get("kind")?;
        let value: String = r.try_get("value")?;
        recount(tx, &kind, &value).await?;
    }
    if !rows.is_empty() {
        bump_revision(tx).await?;
    }
    Ok(rows.len())
}

/// Adds (or renews) one source of a value and brings the value's row up to date.
async fn add_source(
    tx: &mut Transaction<'static, Any>,
    kind: &str,
    value: &str,
    o: &Offer<'_>,
    (count, first_seen, last_seen): (i64, &str, &str),
    note: &str,
) -> Result<()> {
    let at = now();
    sqlx::query(
        "INSERT INTO indicator_sources (kind, value, origin, reference, org_id, actor, at, confirmed, count, first_seen, last_seen) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (kind, value, origin, reference) DO UPDATE SET
           actor = excluded.actor, at = excluded.at,
           confirmed = CASE WHEN excluded.confirmed > indicator_sources.confirmed THEN excluded.confirmed ELSE indicator_sources.confirmed END",
    )
    .bind(kind)
    .bind(value)
    .bind(o.origin)
    .bind(o.reference)
    .bind(o.org_id)
    .bind(o.actor)
    .bind(&at)
    .bind(i64::from(o.confirmed))
    .bind(count.max(1))
    .bind(first_seen)
    .bind(last_seen)
    .execute(&mut **tx)
    .await?;
    let status = if o.confirmed { "active" } else { "suggested" };
    sqlx::query(
        "INSERT INTO indicators (kind, value, count, first_seen, last_seen, source, note, id, status, dir_key) VALUES ($1, $2, 0, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (kind, value) DO NOTHING",
    )
    .bind(kind)
    .bind(value)
    .bind(first_seen)
    .bind(last_seen)
    .bind(if o.origin == "import" { "imported" } else { o.origin })
    .bind(note)
    .bind(new_id())
    .bind(status)
    .bind(dir_key(kind, value))
    .execute(&mut **tx)
    .await?;
    if o.confirmed {
        sqlx::query(
            "UPDATE indicators SET status = 'active', confirmed_by = $1, confirmed_at = $2, removed_by = NULL, removed_at = NULL WHERE kind = $3 AND value = $4 AND status <> 'active'",
        )
        .bind(o.actor)
        .bind(&at)
        .bind(kind)
        .bind(value)
        .execute(&mut **tx)
        .await?;
    } else {
        // Reported again after IT support removed it: IT support sees it again.
        sqlx::query(
            "UPDATE indicators SET status = 'suggested' WHERE kind = $1 AND value = $2 AND status = 'removed'",
        )
        .bind(kind)
        .bind(value)
        .execute(&mut **tx)
        .await?;
    }
    if !note.is_empty() {
        sqlx::query("UPDATE indicators SET note = $1 WHERE kind = $2 AND value = $3")
            .bind(note)
            .bind(kind)
            .bind(value)
            .execute(&mut **tx)
            .await?;
    }
    recount(tx, kind, value).await
}

/// Brings a value's count, dates and status in line with its sources.
async fn recount(tx: &mut Transaction<'static, Any>, kind: &str, value: &str) -> Result<()> {
    let sources = sqlx::query(
        "SELECT confirmed, count, first_seen, last_seen FROM indicator_sources WHERE kind = $1 AND value = $2",
    )
    .bind(kind)
    .bind(value)
    .fetch_all(&mut **tx)
    .await?;
    let Some(row) =
        sqlx::query("SELECT status, exported FROM indicators WHERE kind = $1 AND value = $2")
            .bind(kind)
            .bind(value)
            .fetch_optional(&mut **tx)
            .await?
    else {
        return Ok(());
    };
    let status: String = row.try_get("status")?;
    let exported = row.try_get::<i64, _>("exported")? != 0;
    if sources.is_empty() {
        if exported || status == "removed" {
            // Kept so the next export revokes it (and its removal stays on record).
            sqlx::query(
                "UPDATE indicators SET status = 'removed', removed_at = COALESCE(removed_at, $1), removed_by = COALESCE(removed_by, 'withdrawn') WHERE kind = $2 AND value = $3",
            )
            .bind(now())
            .bind(kind)
            .bind(value)
            .execute(&mut **tx)
            .await?;
        } else {
            sqlx::query("DELETE FROM indicators WHERE kind = $1 AND value = $2")
                .bind(kind)
                .bind(value)
                .execute(&mut **tx)
                .await?;
        }
        return Ok(());
    }
    let mut count = 0i64;
    let mut any_confirmed = false;
    let mut dates: Vec<(String, String, bool)> = Vec::new();
    for s in &sources {
        let confirmed = s.try_get::<i64, _>("confirmed")? != 0;
        if confirmed {
            any_confirmed = true;
            count += s.try_get::<i64, _>("count")?.max(1);
        }
        dates.push((s.try_get("first_seen")?, s.try_get("last_seen")?, confirmed));
    }
    // Dates of what IT support stands behind, else of the suggestions.
    let counted: Vec<&(String, String, bool)> =
        dates.iter().filter(|d| d.2 == any_confirmed).collect();
    let first = counted
        .iter()
        .map(|d| d.0.as_str())
        .min()
        .unwrap_or_default();
    let last = counted
        .iter()
        .map(|d| d.1.as_str())
        .max()
        .unwrap_or_default();
    let status = match status.as_str() {
        "active" if !any_confirmed => "suggested",
        s => s,
    };
    sqlx::query(
        "UPDATE indicators SET count = $1, first_seen = $2, last_seen = $3, status = $4 WHERE kind = $5 AND value = $6",
    )
    .bind(count)
    .bind(first)
    .bind(last)
    .bind(status)
    .bind(kind)
    .bind(value)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Moves the revision of what checks see on (in the transaction that changes it).
pub(crate) async fn bump_revision(tx: &mut Transaction<'static, Any>) -> Result<()> {
    sqlx::query("UPDATE revisions SET n = n + 1 WHERE name = 'checks'")
        .execute(&mut **tx)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_keys_reach_the_registrable_domain() {
        assert_eq!(directory_keys("phone", "+18885550142"), ["+18885550142"]);
        assert_eq!(
            directory_keys("url", "https://User@Login.Evil.example:8443/a?b#c"),
            ["login.evil.example", "evil.example"]
        );
        assert_eq!(directory_keys("domain", "www.acme-it.com"), ["acme-it.com"]);
        assert_eq!(
            directory_keys("domain", "pay.firstharbor.co.uk"),
            ["pay.firstharbor.co.uk", "firstharbor.co.uk"]
        );
    }
}
