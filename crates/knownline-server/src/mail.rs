//! Email notifications over SMTP: to an organisation's IT support when someone reports a
//! contact or a campaign warning goes out, and IT support's reply to the reporter. Sent in the
//! background with retries; every attempt's outcome is recorded in the store. Emails never
//! carry the reported contact: only its reference, verdict and channel.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::AppState;

/// Attempts per email, and the wait after each failure.
const ATTEMPTS: u32 = 3;
const BACKOFF: Duration = Duration::from_millis(500);

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    /// From `smtp://host:port` (a relay on the machine or the network; plain SMTP) and a sender
    /// address.
    pub fn new(url: &str, from: &str) -> Result<Mailer, String> {
        let rest = url
            .strip_prefix("smtp://")
            .ok_or_else(|| format!("{url:?}: give smtp://host:port"))?;
        let (host, port) = match rest.trim_end_matches('/').rsplit_once(':') {
            Some((h, p)) => (
                h.to_string(),
                p.parse::<u16>()
                    .map_err(|_| format!("{url:?}: the port is not a number"))?,
            ),
            None => (rest.trim_end_matches('/').to_string(), 25),
        };
        let from: Mailbox = from
            .parse()
            .map_err(|_| format!("{from:?} is not an email address"))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(port)
            .timeout(Some(Duration::from_secs(20)))
            .build();
        Ok(Mailer { transport, from })
    }
}

/// Sends an email in the background, retrying; records how it went. Without a mailer the
/// email is recorded as not sent.
pub fn send(state: &Arc<AppState>, to: &str, subject: String, body: String) {
    let state = state.clone();
    let to = to.to_string();
    tokio::spawn(async move {
        let outcome = match &state.mailer {
            None => Err((0, "no SMTP server configured (smtp_url)".to_string())),
            Some(m) => deliver(m, &to, &subject, &body).await,
        };
        let (status, attempts, error) = match outcome {
            Ok(n) => ("delivered", n, String::new()),
            Err((n, e)) => ("failed", n, e),
        };
        if status == "failed" {
            tracing::warn!(%to, attempts, error = %error, "email not delivered");
        }
        let _ = state
            .store
            .record_delivery("email", &to, &subject, status, i64::from(attempts), &error)
            .await;
    });
}

async fn deliver(m: &Mailer, to: &str, subject: &str, body: &str) -> Result<u32, (u32, String)> {
    let to: Mailbox = to
        .parse()
        .map_err(|_| (0, format!("{to:?} is not an email address")))?;
    let message = Message::builder()
        .from(m.from.clone())
        .to(to)
        .subject(subject)
        .body(body.to_string())
        .map_err(|e| (0, e.to_string()))?;
    let mut last = String::new();
    for attempt in 1..=ATTEMPTS {
        match m.transport.send(message.clone()).await {
            Ok(_) => return Ok(attempt),
            Err(e) => {
                last = e.to_string();
                if attempt < ATTEMPTS {
                    tokio::time::sleep(BACKOFF * attempt).await;
                }
            }
        }
    }
    Err((ATTEMPTS, last))
}

/// Tells an organisation's IT support of a new report, if it has an address.
pub async fn new_incident(
    state: &Arc<AppState>,
    org: &knownline_store::Org,
    incident: &knownline_store::people::Incident,
    reporter: &str,
) {
    let Ok(Some(to)) = state.store.notify_email(&org.id).await else {
        return;
    };
    let subject = format!(
        "[knownline] {} reported a {} ({})",
        reporter,
        incident.channel,
        incident.verdict.replace('_', " ")
    );
    let body = format!(
        "{reporter} at {} reported a {} that knownline assessed as: {}.\n\nReference: {}\nOpen it in knownline under Incidents to see the contact, the reasons and to reply.\n",
        org.name,
        incident.channel,
        incident.verdict.replace('_', " "),
        incident.id
    );
    send(state, &to, subject, body);
}

/// Emails each warned organisation's IT support.
pub async fn campaign_warnings(
    state: &Arc<AppState>,
    warnings: &[knownline_store::campaigns::Warning],
) {
    for w in warnings {
        if let Ok(Some(to)) = state.store.notify_email(&w.org_id).await {
            send(
                state,
                &to,
                "[knownline] Warning: a scam campaign reached your organisation".into(),
                format!(
                    "{}\n\nFrom {} (campaign {}).\n",
                    w.message, w.created_by, w.campaign
                ),
            );
        }
    }
}
