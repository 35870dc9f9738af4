//! Campaigns across organisations and the warnings IT support sends about them.

use knownline_detect::{group_campaigns, simhash, CampaignItem};
use serde::Serialize;
use sqlx::Row;

use crate::people::{strings, summary_of, IncidentSummary, User};
use crate::{audit, new_id, now, Result, Store, StoreError};

/// Reports read when grouping: the newest this many that are not benign.
const MAX_GROUPED: i64 = 5_000;
/// A number or domain in more than this share of reports says nothing about a campaign.
const TOO_COMMON: f64 = 0.3;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Campaign {
    /// The oldest report's id: stable while the campaign grows.
    pub id: String,
    /// The reports the user may see.
    pub incidents: Vec<IncidentSummary>,
    /// Organisations the user may see that the campaign touched.
    pub org_ids: Vec<String>,
    /// Other organisations it touched (counted, not named).
    pub other_orgs: usize,
    pub phones: Vec<String>,
    pub domains: Vec<String>,
    pub near_duplicates: bool,
    pub first_seen: String,
    pub last_seen: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Warning {
    pub id: String,
    pub org_id: String,
    pub campaign: String,
    pub message: String,
    pub created_by: String,
    pub created_at: String,
}

impl Store {
    /// Campaigns as `user` may see them: an admin every report; an analyst the reports of
    /// their organisations, with a count of the others. Members see none.
    pub async fn campaigns(&self, user: &User) -> Result<Vec<Campaign>> {
        if user.role == "member" {
            return Ok(Vec::new());
        }
        let rows = sqlx::query(&format!(
            "SELECT id, org_id, reporter_id, channel, verdict, status, created_at, updated_at, content, assessment FROM incidents WHERE status <> 'benign' ORDER BY created_at DESC LIMIT {MAX_GROUPED}"
        ))
        .fetch_all(&self.pool)
        .await?;
        let mut summaries = Vec::new();
        let mut items = Vec::new();
        for r in &rows {
            let assessment: serde_json::Value =
                serde_json::from_str(&r.try_get::<String, _>("assessment")?).unwrap_or_default();
            let content: String = r.try_get("content")?;
            let e = &assessment["entities"];
            let mut domains: Vec<String> = e["urls"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|u| u["domain"].as_str().map(String::from))
                .collect();
            domains.sort();
            domains.dedup();
            let mut phones = strings(&e["phones"], Some("e164"));
            phones.sort();
            phones.dedup();
            items.push(CampaignItem {
                phones,
                domains,
                simhash: simhash(&content),
            });
            summaries.push(summary_of(r)?);
        }
        // Values in many reports (a big platform's domain) link nothing.
        let n = items.len().max(1) as f64;
        let mut counts: std::collections::HashMap<String, usize> = Default::default();
        for it in &items {
            for v in it.phones.iter().chain(&it.domains) {
                *counts.entry(v.clone()).or_default() += 1;
            }
        }
        let common = |v: &String| {
            counts
                .get(v)
                .is_some_and(|&c| c >= 5 && c as f64 > n * TOO_COMMON)
        };
        for it in &mut items {
            it.phones.retain(|v| !common(v));
            it.domains.retain(|v| !common(v));
        }
        let mut out = Vec::new();
        for g in group_campaigns(&items) {
            let all: Vec<&IncidentSummary> = g.members.iter().map(|&m| &summaries[m]).collect();
            let mut orgs: Vec<String> = all.iter().map(|i| i.org_id.clone()).collect();
            orgs.sort();
            orgs.dedup();
            let visible: Vec<IncidentSummary> = all
                .iter()
                .filter(|i| user.is_admin() || user.acts_for(&i.org_id))
                .map(|i| (*i).clone())
                .collect();
            if visible.is_empty() {
                continue;
            }
            let (seen_orgs, other): (Vec<String>, Vec<String>) = orgs
                .into_iter()
                .partition(|o| user.is_admin() || user.acts_for(o));
            let first = all
                .iter()
                .map(|i| i.created_at.clone())
                .min()
                .unwrap_or_default();
            let last = all
                .iter()
                .map(|i| i.created_at.clone())
                .max()
                .unwrap_or_default();
            let id = all
                .iter()
                .min_by_key(|i| (&i.created_at, &i.id))
                .map(|i| i.id.clone())
                .unwrap_or_default();
            out.push(Campaign {
                id,
                incidents: visible,
                org_ids: seen_orgs,
                other_orgs: other.len(),
                phones: g.phones,
                domains: g.domains,
                near_duplicates: g.near_duplicates,
                first_seen: first,
                last_seen: last,
            });
        }
        out.sort_by(|a, b| b.last_seen.cmp(&a.last_seen));
        Ok(out)
    }

    /// Warns every organisation a campaign touched (admins only: an analyst does not see them
    /// all). Returns the warnings written.
    pub async fn warn(&self, user: &User, campaign: &str, message: &str) -> Result<Vec<Warning>> {
        if !user.is_admin() {
            return Err(StoreError::Forbidden(
                "warning every organisation is the admin's to do".into(),
            ));
        }
        let message = message.trim();
        if message.is_empty() || message.chars().count() > 2_000 {
            return Err(StoreError::Invalid(
                "a warning is 1 to 2,000 characters".into(),
            ));
        }
        let Some(c) = self
            .campaigns(user)
            .await?
            .into_iter()
            .find(|c| c.id == campaign.trim())
        else {
            return Err(StoreError::NotFound(format!(
                "no campaign {:?}",
                campaign.trim()
            )));
        };
        let at = now();
        let mut tx = self.begin().await?;
        let mut out = Vec::new();
        for org in &c.org_ids {
            let w = Warning {
                id: new_id(),
                org_id: org.clone(),
                campaign: c.id.clone(),
                message: message.to_string(),
                created_by: user.email.clone(),
                created_at: at.clone(),
            };
            sqlx::query("INSERT INTO warnings (id, org_id, campaign, message, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(&w.id)
                .bind(&w.org_id)
                .bind(&w.campaign)
                .bind(&w.message)
                .bind(&w.created_by)
                .bind(&w.created_at)
                .execute(&mut *tx)
                .await?;
            audit(&mut tx, &user.email, Some(org), "campaign.warn", &c.id, "").await?;
            out.push(w);
        }
        tx.commit().await?;
        Ok(out)
    }

    /// The latest warnings to the user's organisations, newest first.
    pub async fn warnings_for(&self, user: &User, limit: i64) -> Result<Vec<Warning>> {
        self.warnings_of(&user.org_ids, limit).await
    }

    /// The latest warnings to any of `orgs`, newest first.
    pub async fn warnings_of(&self, orgs: &[String], limit: i64) -> Result<Vec<Warning>> {
        let mut out = Vec::new();
        for org in orgs {
            let rows = sqlx::query("SELECT id, org_id, campaign, message, created_by, created_at FROM warnings WHERE org_id = $1 ORDER BY created_at DESC LIMIT $2")
                .bind(org)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
            for r in rows {
                out.push(Warning {
                    id: r.try_get("id")?,
                    org_id: r.try_get("org_id")?,
                    campaign: r.try_get("campaign")?,
                    message: r.try_get("message")?,
                    created_by: r.try_get("created_by")?,
                    created_at: r.try_get("created_at")?,
                });
            }
        }
        out.sort_by(|a, b| b.created_at.cmp(&a.created_at));
        out.truncate(limit.max(0) as usize);
        Ok(out)
    }
}
