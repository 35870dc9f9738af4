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
        let message = message(&self.from, to, subject, body)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) => Err((e.to_string(), !e.is_permanent())),
        }
    }
}

/// One email. The subject is put on one line whatever it holds (a reporter's name is in it):
/// a line break in a header would start a header of the sender's choosing.
fn message(from: &Mailbox, to: &str, subject: &str, body: &str) -> Result<Message, (String, bool)> {
    let to: Mailbox = to
        .parse()
        .map_err(|_| (format!("{to:?} is not an email address"), false))?;
    let subject: String = subject
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(subject)
        .body(body.to_string())
        .map_err(|e| (e.to_string(), false))
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
    fn headers_never_carry_a_line_break_from_input() {
        let from: Mailbox = "knownline@example.net".parse().unwrap();
        let m = message(
            &from,
            "it@acme.example",
            "[knownline] Ann\r\nBcc: spy@evil.example\r\n\r\nforged body\n reported a call",
            "text",
        )
        .unwrap();
        let raw = String::from_utf8(m.formatted()).unwrap();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap();
        assert!(!head.to_ascii_lowercase().contains("\nbcc:"), "{raw}");
        assert!(!raw.contains("\r\nforged body"), "{raw}");
        assert_eq!(body.trim(), "text");
        for to in [
            "ann@acme.example\r\nBcc: spy@evil.example",
            "ann@acme.example\nX: y",
        ] {
            assert!(message(&from, to, "s", "b").is_err(), "{to:?}");
        }
    }

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
