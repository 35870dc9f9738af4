//! Where notifications go (an organisation's IT support address and webhooks) and what became
//! of them.

use serde::Serialize;
use sqlx::Row;

use crate::{audit, later, new_id, now, Org, Result, Store, StoreError};

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Delivery {
    pub id: String,
    /// The organisation the notification concerned.
    pub org_id: Option<String>,
    /// `email` or `webhook`.
    pub kind: String,
    /// The address, or a webhook's scheme and host with its id (its path may hold a secret).
    pub target: String,
    pub subject: String,
    /// `pending` (waiting for its next try), `delivered` or `failed` (given up).
    pub status: String,
    pub attempts: i64,
    pub last_error: String,
    pub created_at: String,
    /// When it will be tried next, while pending.
    pub next_attempt_at: Option<String>,
}

/// A notification claimed for sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub id: String,
    pub org_id: Option<String>,
    pub kind: String,
    pub event: String,
    pub webhook_id: Option<String>,
    pub subject: String,
    pub payload: String,
    /// Tries made before this one.
    pub attempts: i64,
}

/// How a try went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tried {
    Delivered,
    /// Failed; tried again after the wait.
    Again(String, std::time::Duration),
    /// Failed; given up.
    GivenUp(String),
}

/// Bodies a webhook can take: knownline's own JSON, Slack's incoming-webhook message (also
/// taken by Mattermost and Rocket.Chat), or a Teams Workflows Adaptive Card message.
pub const WEBHOOK_FORMATS: &[&str] = &["json", "slack", "teams"];

/// Longest webhook URL accepted.
pub const MAX_WEBHOOK_URL: usize = 2048;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Webhook {
    pub id: String,
    pub org_id: String,
    pub url: String,
    pub format: String,
    /// Signs every body (HMAC-SHA256), so the receiver can tell it came from here.
    #[serde(skip)]
    pub secret: String,
    pub created_at: String,
}

impl Webhook {
    /// What logs and the delivery record name: the URL's scheme and host with the hook's id,
    /// never its path or query (Slack's and Teams' URLs carry their secret there).
    pub fn redacted(&self) -> String {
        redact_url(&self.url, &self.id)
    }
}

fn redact_url(url: &str, id: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    format!("{scheme}://{host}/… (webhook {id})")
}

/// Addresses no webhook may reach: link-local ones (cloud metadata services live there),
/// unspecified ("this network", which reaches the machine itself), multicast and broadcast,
/// the metadata services outside link-local (Alibaba Cloud's 100.100.100.200, AWS's IPv6
/// fd00:ec2::254), and IPv6 forms that carry one of those IPv4 addresses (mapped,
/// compatible, NAT64). Loopback and private addresses stay allowed: receivers inside the
/// provider's own network are common.
pub fn forbidden_ip(ip: std::net::IpAddr) -> bool {
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
    match ip {
        IpAddr::V4(v4) => {
            v4.is_link_local()
                || v4.octets()[0] == 0
                || v4.is_multicast()
                || v4.is_broadcast()
                || v4 == Ipv4Addr::new(100, 100, 100, 200)
        }
        IpAddr::V6(v6) => {
            if v6.is_loopback() {
                return false;
            }
            let s = v6.segments();
            let embedded = |v6: Ipv6Addr| {
                let o = v6.octets();
                Ipv4Addr::new(o[12], o[13], o[14], o[15])
            };
            let carried = if let Some(v4) = v6.to_ipv4_mapped() {
                Some(v4)
            } else if s[..6] == [0; 6] || s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
                // IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d).
                Some(embedded(v6))
            } else {
                None
            };
            carried.is_some_and(|v4| forbidden_ip(IpAddr::V4(v4)))
                || v6.is_unspecified()
                || v6.is_multicast()
                || (s[0] & 0xffc0) == 0xfe80
                || v6 == Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254)
        }
    }
}

/// Checks a webhook URL and gives it as it will be called: http or https, a host, no
/// credentials, no spaces, not too long, not a link-local or other unreachable address. The
/// host is read as a WHATWG URL parser reads it (the one the HTTP client uses), so every way
/// of writing an address (`2852039166`, `0xa9.0xfe.0xa9.0xfe`, `169.254.169.254.`,
/// percent-escapes, fullwidth dots) is checked as the address it is.
pub fn check_webhook_url(url: &str) -> Result<String> {
    let bad = |why: &str| Err(StoreError::Invalid(format!("webhook URL: {why}")));
    if url.len() > MAX_WEBHOOK_URL {
        return bad(&format!("longer than {MAX_WEBHOOK_URL} characters"));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return bad("contains spaces or control characters");
    }
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return bad("give an http:// or https:// URL");
    };
    // The parser would skip extra slashes and take the path for the host.
    if rest.starts_with(['/', '\\']) {
        return bad("no host");
    }
    let parsed = match url::Url::parse(url) {
        Ok(u) => u,
        Err(e) => return bad(&e.to_string()),
    };
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return bad("put no user name or password in the URL");
    }
    let forbidden = match parsed.host() {
        None => return bad("no host"),
        Some(url::Host::Domain("")) => return bad("no host"),
        Some(url::Host::Domain(_)) => false,
        Some(url::Host::Ipv4(ip)) => forbidden_ip(ip.into()),
        Some(url::Host::Ipv6(ip)) => forbidden_ip(ip.into()),
    };
    if forbidden {
        return bad("a link-local, multicast or unspecified address is not a receiver");
    }
    Ok(parsed.into())
}

fn webhook_of(r: &sqlx::any::AnyRow) -> Result<Webhook> {
    Ok(Webhook {
        id: r.try_get("id")?,
        org_id: r.try_get("org_id")?,
        url: r.try_get("url")?,
        format: r.try_get("format")?,
        secret: r.try_get("secret")?,
        created_at: r.try_get("created_at")?,
    })
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

    /// Sets the country and language an organisation's checks are written for (None: not
    /// set). The caller checks the country is one the pack knows; here its shape is checked
    /// and the language is one the steps are written in.
    pub async fn set_reader(
        &self,
        org: &Org,
        country: Option<&str>,
        language: Option<&str>,
        actor: &str,
    ) -> Result<()> {
        let country = country
            .map(|c| c.trim().to_ascii_uppercase())
            .filter(|c| !c.is_empty());
        if let Some(c) = &country {
            if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(StoreError::Invalid(format!(
                    "{c:?} is not a two-letter country code"
                )));
            }
        }
        let language = crate::valid_language(language)?;
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE organisations SET country = $1, language = $2 WHERE id = $3")
            .bind(country.clone())
            .bind(language)
            .bind(&org.id)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            Some(&org.id),
            "org.reader",
            &format!(
                "country {}, language {}",
                country.as_deref().unwrap_or("none"),
                language.unwrap_or("none")
            ),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The country and language an organisation's checks are written for, when set.
    pub async fn reader(&self, org_id: &str) -> Result<(Option<String>, Option<String>)> {
        let row = sqlx::query("SELECT country, language FROM organisations WHERE id = $1")
            .bind(org_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(r) => (r.try_get("country")?, r.try_get("language")?),
            None => (None, None),
        })
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

    /// Adds a webhook to an organisation; its signing secret is made here.
    pub async fn add_webhook(
        &self,
        org: &Org,
        url: &str,
        format: &str,
        actor: &str,
    ) -> Result<Webhook> {
        let url = check_webhook_url(url.trim())?;
        if !WEBHOOK_FORMATS.contains(&format) {
            return Err(StoreError::Invalid(format!(
                "webhook format {format:?}: give one of {}",
                WEBHOOK_FORMATS.join(", ")
            )));
        }
        let hook = Webhook {
            id: new_id(),
            org_id: org.id.clone(),
            url,
            format: format.to_string(),
            secret: crate::people::new_token(),
            created_at: now(),
        };
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO webhooks (id, org_id, url, format, secret, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&hook.id)
            .bind(&hook.org_id)
            .bind(&hook.url)
            .bind(&hook.format)
            .bind(&hook.secret)
            .bind(&hook.created_at)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            Some(&org.id),
            "webhook.add",
            &hook.id,
            &format!("{} {}", hook.format, hook.redacted()),
        )
        .await?;
        tx.commit().await?;
        Ok(hook)
    }

    /// An organisation's webhooks, oldest first.
    pub async fn webhooks(&self, org_id: &str) -> Result<Vec<Webhook>> {
        let rows = sqlx::query("SELECT id, org_id, url, format, secret, created_at FROM webhooks WHERE org_id = $1 ORDER BY created_at, id")
            .bind(org_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(webhook_of).collect()
    }

    /// Removes one of an organisation's webhooks; another organisation's is "not found".
    pub async fn remove_webhook(&self, org: &Org, id: &str, actor: &str) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("DELETE FROM webhooks WHERE id = $1 AND org_id = $2")
            .bind(id.trim())
            .bind(&org.id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("no webhook {:?}", id.trim())));
        }
        audit(
            &mut tx,
            actor,
            Some(&org.id),
            "webhook.remove",
            id.trim(),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Puts a notification in the outbox, due now. Its target names the address, or a
    /// webhook by scheme, host and id (never its path).
    #[allow(clippy::too_many_arguments)]
    pub async fn enqueue(
        &self,
        org_id: Option<&str>,
        kind: &str,
        event: &str,
        target: &str,
        webhook_id: Option<&str>,
        subject: &str,
        payload: &str,
    ) -> Result<String> {
        let id = new_id();
        let at = now();
        sqlx::query("INSERT INTO deliveries (id, org_id, kind, event, target, webhook_id, subject, payload, status, attempts, last_error, created_at, updated_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', 0, '', $9, $9, $9)")
            .bind(&id)
            .bind(org_id)
            .bind(kind)
            .bind(event)
            .bind(target)
            .bind(webhook_id)
            .bind(subject)
            .bind(payload)
            .bind(&at)
            .execute(&self.pool)
            .await?;
        Ok(id)
    }

    /// Claims up to `limit` notifications that are due, for `lease`: another server (or this
    /// one after a crash) takes them again only once the lease has run out.
    pub async fn claim_due(&self, limit: i64, lease: std::time::Duration) -> Result<Vec<Outgoing>> {
        let at = now();
        let rows = sqlx::query("SELECT id, org_id, kind, event, webhook_id, subject, payload, attempts FROM deliveries WHERE status = 'pending' AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1) ORDER BY next_attempt_at LIMIT $2")
            .bind(&at)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        let until = later(lease);
        let mut out = Vec::new();
        for r in rows {
            let id: String = r.try_get("id")?;
            // Only one claimant wins a row.
            let won = sqlx::query("UPDATE deliveries SET claimed_until = $1 WHERE id = $2 AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < $3)")
                .bind(&until)
                .bind(&id)
                .bind(&at)
                .execute(&self.pool)
                .await?
                .rows_affected()
                == 1;
            if won {
                out.push(Outgoing {
                    id,
                    org_id: r.try_get("org_id")?,
                    kind: r.try_get("kind")?,
                    event: r.try_get("event")?,
                    webhook_id: r.try_get("webhook_id")?,
                    subject: r.try_get("subject")?,
                    payload: r.try_get("payload")?,
                    attempts: r.try_get("attempts")?,
                });
            }
        }
        Ok(out)
    }

    /// Records a try of a claimed notification and releases it. A delivered one forgets its
    /// payload.
    pub async fn record_try(&self, id: &str, tried: &Tried) -> Result<()> {
        let at = now();
        let q = match tried {
            Tried::Delivered => sqlx::query("UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, last_error = '', payload = '', next_attempt_at = NULL, claimed_until = NULL, updated_at = $1 WHERE id = $2")
                .bind(at)
                .bind(id.to_string()),
            Tried::Again(error, wait) => sqlx::query("UPDATE deliveries SET status = 'pending', attempts = attempts + 1, last_error = $1, next_attempt_at = $2, claimed_until = NULL, updated_at = $3 WHERE id = $4")
                .bind(error.clone())
                .bind(later(*wait))
                .bind(at)
                .bind(id.to_string()),
            Tried::GivenUp(error) => sqlx::query("UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = $1, next_attempt_at = NULL, claimed_until = NULL, updated_at = $2 WHERE id = $3")
                .bind(error.clone())
                .bind(at)
                .bind(id.to_string()),
        };
        q.execute(&self.pool).await?;
        Ok(())
    }

    /// Tries a failed notification once more, now. Only for those who may see it.
    pub async fn retry_delivery(&self, user: &crate::people::User, id: &str) -> Result<()> {
        let not_found = || StoreError::NotFound(format!("no failed notification {:?}", id.trim()));
        let row = sqlx::query(
            "SELECT id, org_id, kind FROM deliveries WHERE id = $1 AND status = 'failed'",
        )
        .bind(id.trim())
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(not_found)?;
        let org: Option<String> = row.try_get("org_id")?;
        // Notifications are IT support's business: its analysts and admins, not members.
        let visible = user.role != "member" && org.as_deref().is_some_and(|o| user.acts_for(o));
        if !visible {
            return Err(not_found());
        }
        let (d_id, kind): (String, String) = (row.try_get("id")?, row.try_get("kind")?);
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE deliveries SET status = 'pending', next_attempt_at = $1, claimed_until = NULL WHERE id = $2 AND status = 'failed'")
            .bind(now())
            .bind(&d_id)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            &user.email,
            org.as_deref(),
            "delivery.retry",
            &d_id,
            &kind,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The latest notifications about organisations `user` acts for (or only `org`), newest
    /// first; `failed` only, or all. Members see none: notifications are IT support's business.
    pub async fn deliveries_for(
        &self,
        user: &crate::people::User,
        org: Option<&str>,
        failed_only: bool,
        limit: i64,
    ) -> Result<Vec<Delivery>> {
        if user.role == "member" {
            return Ok(Vec::new());
        }
        // `None`: every organisation (an admin asking for all).
        let orgs: Option<Vec<String>> = match (org, user.is_admin()) {
            (Some(o), true) => Some(vec![o.to_string()]),
            (None, true) => None,
            (Some(o), false) => Some(user.org_ids.iter().filter(|x| *x == o).cloned().collect()),
            (None, false) => Some(user.org_ids.clone()),
        };
        let mut sql = "SELECT id, org_id, kind, target, subject, status, attempts, last_error, created_at, next_attempt_at FROM deliveries WHERE 1 = 1".to_string();
        if failed_only {
            sql.push_str(" AND status = 'failed'");
        }
        if let Some(orgs) = &orgs {
            if orgs.is_empty() {
                return Ok(Vec::new());
            }
            let marks: Vec<String> = (0..orgs.len()).map(|i| format!("${}", i + 2)).collect();
            sql.push_str(&format!(" AND org_id IN ({})", marks.join(", ")));
        }
        sql.push_str(" ORDER BY created_at DESC, id LIMIT $1");
        let mut q = sqlx::query(&sql).bind(limit);
        for o in orgs.iter().flatten() {
            q = q.bind(o);
        }
        let rows = q.fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| {
                Ok(Delivery {
                    id: r.try_get("id")?,
                    org_id: r.try_get("org_id")?,
                    kind: r.try_get("kind")?,
                    target: r.try_get("target")?,
                    subject: r.try_get("subject")?,
                    status: r.try_get("status")?,
                    attempts: r.try_get("attempts")?,
                    last_error: r.try_get("last_error")?,
                    created_at: r.try_get("created_at")?,
                    next_attempt_at: r.try_get("next_attempt_at")?,
                })
            })
            .collect()
    }

    /// A webhook by id, whatever its organisation (callers check who may touch it).
    pub async fn webhook(&self, id: &str) -> Result<Option<Webhook>> {
        let row = sqlx::query(
            "SELECT id, org_id, url, format, secret, created_at FROM webhooks WHERE id = $1",
        )
        .bind(id.trim())
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(webhook_of).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The forms of 169.254.169.254 issue 11 found accepted.
    const METADATA_FORMS: &[&str] = &[
        "http://169.254.169.254./latest/meta-data/",
        "http://2852039166/",
        "http://0xa9fea9fe/",
        "http://0xa9.0xfe.0xa9.0xfe/",
        "http://0251.0376.0251.0376/",
        "http://169.254.43518/",
        "http://169.16689662/",
        "http://%31%36%39.254.169.254/",
        "http://169.254.169.254%2e/",
        "http://169\u{3002}254\u{3002}169\u{3002}254/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://[0:0:0:0:0:ffff:169.254.169.254]/",
        "http://[::169.254.169.254]/",
        "http://[64:ff9b::a9fe:a9fe]/",
    ];

    const UNREACHABLE_FORMS: &[&str] = &[
        "http://0/",
        "http://0x0:8080/",
        "http://[::]/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
        "http://[ff02::1]/",
        "http://[fe80::1]/",
        "http://100.100.100.200/",
        "http://[fd00:ec2::254]/",
    ];

    #[test]
    fn loopback_and_private_addresses_stay_receivers() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "192.168.1.1",
            "::1",
            "fd12::1",
            "100.64.0.1",
        ] {
            assert!(!forbidden_ip(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn webhook_urls_are_checked() {
        for good in [
            "https://hooks.slack.com/services/T0/B0/x",
            "http://127.0.0.1:9000/hook",
            "http://10.0.0.5/hook",
            "https://[2001:db8::1]:8443/x",
        ] {
            assert!(check_webhook_url(good).is_ok(), "{good}");
        }
        for bad in [
            "ftp://example.net/x",
            "https://user:pw@example.net/x",
            "https://exa mple.net/",
            "http://169.254.169.254/latest/meta-data/",
            "http://[fe80::1]/x",
            "http://0.0.0.0/x",
            "http://[::ffff:169.254.169.254]/x",
            "https:///x",
        ] {
            assert!(check_webhook_url(bad).is_err(), "{bad}");
        }
        // Issue 11: every way of writing the metadata address, and the other unreachable ones.
        for bad in METADATA_FORMS.iter().chain(UNREACHABLE_FORMS) {
            let e = check_webhook_url(bad).unwrap_err().to_string();
            assert!(e.contains("link-local"), "{bad}: {e}");
        }
        // What is stored is what the client will call.
        assert_eq!(
            check_webhook_url("https://Hooks.Example.NET/services/x").unwrap(),
            "https://hooks.example.net/services/x"
        );
        assert_eq!(
            check_webhook_url("http://127.0.0.1:9000").unwrap(),
            "http://127.0.0.1:9000/"
        );
        assert!(check_webhook_url(&format!("https://example.net/{}", "a".repeat(2100))).is_err());
    }

    #[test]
    fn a_webhook_is_named_without_its_path() {
        let url = "https://hooks.slack.com/services/T0/B0/SECRET?x=1";
        assert_eq!(
            redact_url(url, "w1"),
            "https://hooks.slack.com/… (webhook w1)"
        );
        assert_eq!(
            redact_url("http://u:p@h.example:81/s", "w2"),
            "http://h.example:81/… (webhook w2)"
        );
    }
}
