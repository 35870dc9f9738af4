//! Email over SMTP: an email goes into the store's outbox and the notifier sends it (with
//! retries, see `notify`). What is sent and to whom is `notify`'s business.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::AppState;

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

impl Mailer {
    /// Sends one email. On failure: why, and whether it may pass later (a relay that is down
    /// or says "try later", not one that refuses the address).
    pub(crate) async fn send(
        &self,
        to: &str,
        subject: &str,
        body: &str,
    ) -> Result<(), (String, bool)> {
        let to: Mailbox = to
            .parse()
            .map_err(|_| (format!("{to:?} is not an email address"), false))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .body(body.to_string())
            .map_err(|e| (e.to_string(), false))?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) => Err((e.to_string(), !e.is_permanent())),
        }
    }
}

/// An email in the outbox: its address and text (the subject is the row's own).
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct Payload {
    pub to: String,
    pub body: String,
}

/// Puts an email in the outbox; the notifier sends it.
pub async fn queue(
    state: &Arc<AppState>,
    org_id: Option<&str>,
    to: &str,
    subject: String,
    body: String,
) {
    let payload = serde_json::to_string(&Payload {
        to: to.to_string(),
        body,
    })
    .unwrap_or_default();
    match state
        .store
        .enqueue(org_id, "email", "email", to, None, &subject, &payload)
        .await
    {
        Ok(_) => state.notifications.wake(),
        Err(e) => tracing::error!(error = %e, "queueing an email"),
    }
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
