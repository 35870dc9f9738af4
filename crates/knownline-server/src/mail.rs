//! Email over SMTP: sent in the background with retries; every email's outcome is recorded in
//! the store. What is sent and to whom is `notify`'s business.

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
    /// From an SMTP URL and a sender address. `smtp://host:port` is plain SMTP (a relay on the
    /// machine or the local network); `smtp://host:587?tls=required` upgrades with STARTTLS
    /// and fails rather than send in clear; `smtps://host:465` is TLS from the first byte.
    /// `user:password@` in the URL signs in. Certificates are checked against the system's
    /// roots (`SSL_CERT_FILE` adds a private CA).
    pub fn new(url: &str, from: &str) -> Result<Mailer, String> {
        let shown = redact_password(url);
        if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
            return Err(format!(
                "{shown:?}: give smtp://host:port, smtp://host:587?tls=required or smtps://host:465"
            ));
        }
        let from: Mailbox = from
            .parse()
            .map_err(|_| format!("{from:?} is not an email address"))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("{shown:?}: {e}"))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        Ok(Mailer { transport, from })
    }
}

/// An SMTP URL fit for an error message: the password replaced.
fn redact_password(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let userinfo = &url[s + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}{user}:…{}", &url[..s + 3], &url[at..])
        }
        _ => url.to_string(),
    }
}

/// Sends an email in the background, retrying; records how it went. Without a mailer the
/// email is recorded as not sent.
pub fn send(state: &Arc<AppState>, org_id: Option<&str>, to: &str, subject: String, body: String) {
    let state = state.clone();
    let org_id = org_id.map(str::to_string);
    let to = to.to_string();
    tokio::spawn(async move {
        let outcome = match &state.notifications.mailer {
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
            .record_delivery(
                org_id.as_deref(),
                "email",
                &to,
                &subject,
                status,
                i64::from(attempts),
                &error,
            )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_are_checked_and_passwords_never_shown() {
        assert!(Mailer::new("smtp://127.0.0.1:2525", "knownline@example.net").is_ok());
        assert!(Mailer::new("smtp://mail.example.net?tls=required", "k@example.net").is_ok());
        assert!(Mailer::new("smtps://u:p@mail.example.net", "k@example.net").is_ok());
        let e = Mailer::new("http://u:secret@mail.example.net", "k@example.net")
            .err()
            .unwrap();
        assert!(!e.contains("secret") && e.contains("smtps://"), "{e}");
        let e = Mailer::new(
            "smtp://u:secret@mail.example.net?tls=maybe",
            "k@example.net",
        )
        .err()
        .unwrap();
        assert!(!e.contains("secret"), "{e}");
        assert!(Mailer::new("smtp://127.0.0.1", "not an address").is_err());
    }
}
