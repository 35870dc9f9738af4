//! Where notifications go and what became of them.

use serde::Serialize;
use sqlx::Row;

use crate::{audit, new_id, now, Org, Result, Store, StoreError};

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Delivery {
    pub id: String,
    /// `email`.
    pub kind: String,
    pub target: String,
    pub subject: String,
    /// `delivered` or `failed`.
    pub status: String,
    pub attempts: i64,
    pub last_error: String,
    pub created_at: String,
}

impl Store {
    /// Sets (or with `None` clears) the address an organisation's IT support is told at.
    pub async fn set_notify_email(
        &self,
        org: &Org,
        email: Option<&str>,
        actor: &str,
    ) -> Result<()> {
        let email = email
            .map(|e| e.trim().to_ascii_lowercase())
            .filter(|e| !e.is_empty());
        if let Some(e) = &email {
            let ok = e.len() <= 254
                && !e
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || c == ',')
                && e.split_once('@')
                    .is_some_and(|(l, d)| !l.is_empty() && d.contains('.'));
            if !ok {
                return Err(StoreError::Invalid(format!(
                    "{e:?} is not an email address"
                )));
            }
        }
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE organisations SET notify_email = $1 WHERE id = $2")
            .bind(email.clone())
            .bind(&org.id)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            Some(&org.id),
            "org.notify",
            email.as_deref().unwrap_or("none"),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn notify_email(&self, org_id: &str) -> Result<Option<String>> {
        let row = sqlx::query("SELECT notify_email FROM organisations WHERE id = $1")
            .bind(org_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(r) => r.try_get("notify_email")?,
            None => None,
        })
    }

    /// Records how a notification went.
    pub async fn record_delivery(
        &self,
        kind: &str,
        target: &str,
        subject: &str,
        status: &str,
        attempts: i64,
        last_error: &str,
    ) -> Result<()> {
        sqlx::query("INSERT INTO deliveries (id, kind, target, subject, status, attempts, last_error, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
            .bind(new_id())
            .bind(kind)
            .bind(target)
            .bind(subject)
            .bind(status)
            .bind(attempts)
            .bind(last_error)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The latest notifications, newest first; `failed` only, or all.
    pub async fn deliveries(&self, failed_only: bool, limit: i64) -> Result<Vec<Delivery>> {
        let sql = if failed_only {
            "SELECT id, kind, target, subject, status, attempts, last_error, created_at FROM deliveries WHERE status = 'failed' ORDER BY created_at DESC LIMIT $1"
        } else {
            "SELECT id, kind, target, subject, status, attempts, last_error, created_at FROM deliveries ORDER BY created_at DESC LIMIT $1"
        };
        let rows = sqlx::query(sql).bind(limit).fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| {
                Ok(Delivery {
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    target: r.try_get("target")?,
                    subject: r.try_get("subject")?,
                    status: r.try_get("status")?,
                    attempts: r.try_get("attempts")?,
                    last_error: r.try_get("last_error")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }
}
