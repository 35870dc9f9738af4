//! Telling an organisation's IT support: when someone reports a contact and when a campaign
//! warning reaches the organisation, by email and through each of its webhooks. Notifications
//! never carry the reported contact, only its reference, verdict, channel and reporter, and a
//! link to it here: the contact stays behind sign-in.
//!
//! Every notification goes into the store's outbox first, then a worker sends it: at once, and
//! after a failure that may pass later (no connection, a timeout, 408, 429, 5xx, an SMTP "try
//! later") again on the retry schedule ([`DEFAULT_RETRY`]), until it is delivered or given
//! up. The outbox is in the store, so a restart loses nothing, and several servers share it
//! (each claims a row for a while before sending it). Webhook redirects are not followed (the
//! body must not land elsewhere).

use std::sync::Arc;
use std::time::Duration;

use hmac::{Hmac, Mac};
use knownline_store::campaigns::Warning;
use knownline_store::notify::{Outgoing, Tried, Webhook};
use knownline_store::people::Incident;
use knownline_store::Org;
use serde_json::{json, Value};
use sha2::Sha256;

use crate::mail::{self, Mailer};
use crate::AppState;

/// Waits before each retry: six tries over about seven and a half hours, long enough to ride
/// out a chat service's or a mail relay's outage.
pub const DEFAULT_RETRY: &str = "30s,2m,10m,1h,6h";
/// How long one webhook call may take, connecting included.
const WEBHOOK_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a server holds a claimed notification before others may take it.
const LEASE: Duration = Duration::from_secs(120);
/// How often the outbox is looked at when nothing wakes the worker.
const POLL: Duration = Duration::from_secs(1);

/// Reads a retry schedule: waits like `30s`, `2m`, `1h` or `500ms`, separated by commas.
pub fn parse_schedule(text: &str) -> Result<Vec<Duration>, String> {
    text.split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(|w| {
            let (n, unit) = w.split_at(w.find(|c: char| !c.is_ascii_digit()).unwrap_or(w.len()));
            let n: u64 = n
                .parse()
                .map_err(|_| format!("retry schedule: {w:?} is not a number and a unit"))?;
            let d = match unit {
                "ms" => Duration::from_millis(n),
                "s" => Duration::from_secs(n),
                "m" => Duration::from_secs(n * 60),
                "h" => Duration::from_secs(n * 3600),
                _ => return Err(format!("retry schedule: {w:?}: use ms, s, m or h")),
            };
            if d > Duration::from_secs(7 * 24 * 3600) {
                return Err(format!("retry schedule: {w:?} is longer than a week"));
            }
            Ok(d)
        })
        .collect()
}

/// Where notifications go out, and the address links in them point at.
pub struct Notifications {
    pub(crate) mailer: Option<Mailer>,
    /// This server as people reach it, e.g. `https://knownline.example.net` (no trailing `/`);
    /// when not given, the address it listens on, once known.
    public_url: std::sync::OnceLock<String>,
    http: reqwest::Client,
    /// Waits before each retry; tries in all: one more than its length.
    retry: Vec<Duration>,
    /// Wakes the worker when something is queued.
    queued: tokio::sync::Notify,
}

impl Notifications {
    pub fn new(
        mailer: Option<Mailer>,
        public_url: Option<&str>,
        retry: Option<&str>,
    ) -> Result<Notifications, String> {
        let retry = parse_schedule(retry.unwrap_or(DEFAULT_RETRY))?;
        let given = std::sync::OnceLock::new();
        if let Some(url) = public_url {
            let url = url.trim().trim_end_matches('/');
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(format!(
                    "public_url {url:?}: give the address people open, e.g. https://knownline.example.net"
                ));
            }
            let _ = given.set(url.to_string());
        }
        // No HTTP(S)_PROXY: through a proxy the proxy resolves the host, and the check of
        // where a webhook may connect would be skipped.
        let http = reqwest::Client::builder()
            .no_proxy()
            .dns_resolver(Arc::new(NoLinkLocal))
            .timeout(WEBHOOK_TIMEOUT)
            .connect_timeout(WEBHOOK_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("knownline/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("setting up the HTTPS client: {e}"))?;
        Ok(Notifications {
            mailer,
            public_url: given,
            http,
            retry,
            queued: tokio::sync::Notify::new(),
        })
    }

    pub(crate) fn wake(&self) {
        self.queued.notify_one();
    }

    /// The address links point at.
    pub fn public_url(&self) -> &str {
        self.public_url
            .get()
            .map_or("http://127.0.0.1:8080", String::as_str)
    }

    /// Uses the address the server listens on, unless one was given.
    pub(crate) fn listening_on(&self, address: std::net::SocketAddr) {
        let _ = self.public_url.set(format!("http://{address}"));
    }
}

/// Resolves webhook hosts, leaving out link-local addresses: a webhook must not become a way
/// to read a cloud machine's metadata service (169.254.169.254) from the server. Loopback and
/// private addresses stay allowed: receivers inside the provider's own network are common.
struct NoLinkLocal;

impl reqwest::dns::Resolve for NoLinkLocal {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let found: Vec<std::net::SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|a| !knownline_store::notify::forbidden_ip(a.ip()))
                .collect();
            if found.is_empty() {
                return Err(format!("{host} has no address a webhook may reach").into());
            }
            let addrs: reqwest::dns::Addrs = Box::new(found.into_iter());
            Ok(addrs)
        })
    }
}

/// One thing that happened, as a webhook's receiver reads it.
pub struct Event {
    /// `incident.reported` or `campaign.warning`.
    pub kind: &'static str,
    /// One line for a human: the email's subject and the chat message's title.
    pub title: String,
    /// A few lines for a human.
    pub text: String,
    /// Where to act on it.
    pub url: String,
    /// Name and value pairs for a chat card.
    pub facts: Vec<(&'static str, String)>,
    /// knownline's own JSON body.
    pub data: Value,
}

impl Event {
    pub fn incident_reported(
        public_url: &str,
        org: &Org,
        incident: &Incident,
        reporter: &str,
    ) -> Event {
        let verdict = incident.verdict.replace('_', " ");
        let url = format!("{public_url}/incidents/{}", incident.id);
        Event {
            kind: "incident.reported",
            title: format!("{reporter} reported a {} ({verdict})", incident.channel),
            text: format!(
                "{reporter} at {} reported a {} that knownline assessed as: {verdict}.",
                org.name, incident.channel
            ),
            facts: vec![
                ("Organisation", org.name.clone()),
                ("Verdict", verdict),
                ("Channel", incident.channel.clone()),
                ("Reporter", reporter.to_string()),
                ("Reference", incident.id.clone()),
            ],
            data: json!({
                "event": "incident.reported",
                "organisation": { "id": org.id, "name": org.name },
                "incident": {
                    "id": incident.id,
                    "channel": incident.channel,
                    "verdict": incident.verdict,
                    "status": incident.status,
                    "reporter": reporter,
                    "created_at": incident.created_at,
                    "url": url,
                },
            }),
            url,
        }
    }

    pub fn campaign_warning(public_url: &str, org_name: &str, warning: &Warning) -> Event {
        let url = format!("{public_url}/check");
        Event {
            kind: "campaign.warning",
            title: "Warning: a scam campaign reached your organisation".into(),
            text: warning.message.clone(),
            facts: vec![
                ("Organisation", org_name.to_string()),
                ("From", warning.created_by.clone()),
                ("Campaign", warning.campaign.clone()),
            ],
            data: json!({
                "event": "campaign.warning",
                "organisation": { "id": warning.org_id, "name": org_name },
                "warning": {
                    "id": warning.id,
                    "campaign": warning.campaign,
                    "message": warning.message,
                    "created_by": warning.created_by,
                    "created_at": warning.created_at,
                },
            }),
            url,
        }
    }

    /// The body a webhook of `format` takes.
    pub fn body(&self, format: &str) -> Value {
        match format {
            "slack" => {
                let facts: Vec<String> = self
                    .facts
                    .iter()
                    .map(|(k, v)| format!("*{k}:* {}", slack_escape(&inert(v))))
                    .collect();
                let text = format!(
                    "*{}*\n{}\n{}\n<{}|Open in knownline>",
                    slack_escape(&inert(&self.title)),
                    slack_escape(&inert(&self.text)),
                    facts.join("\n"),
                    self.url
                );
                // `text` alone is what Slack, Mattermost and Rocket.Chat all show.
                json!({ "text": text })
            }
            "teams" => {
                let facts: Vec<Value> = self
                    .facts
                    .iter()
                    .map(|(k, v)| json!({ "title": k, "value": inert(v) }))
                    .collect();
                json!({
                    "type": "message",
                    "attachments": [{
                        "contentType": "application/vnd.microsoft.card.adaptive",
                        "contentUrl": null,
                        "content": {
                            "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                            "type": "AdaptiveCard",
                            "version": "1.4",
                            "body": [
                                { "type": "TextBlock", "text": inert(&self.title), "weight": "Bolder", "size": "Medium", "wrap": true },
                                { "type": "TextBlock", "text": inert(&self.text), "wrap": true },
                                { "type": "FactSet", "facts": facts },
                            ],
                            "actions": [
                                { "type": "Action.OpenUrl", "title": "Open in knownline", "url": self.url },
                            ],
                        },
                    }],
                })
            }
            _ => {
                let mut data = self.data.clone();
                data["title"] = self.title.clone().into();
                data["text"] = self.text.clone().into();
                data["url"] = self.url.clone().into();
                data
            }
        }
    }
}

/// Slack reads `&`, `<` and `>` as markup: a reporter's or a warning's words must not make
/// links or mentions.
fn slack_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Words from people (a visitor's name, an organisation's name, a warning) as a chat shows
/// them: on one line (no forged lines, headings or quotes), and unable to make a link, an
/// image or a mention in any dialect the bodies meet (Slack's mrkdwn; the Markdown of
/// Mattermost, Rocket.Chat and Adaptive Cards). Slack has no escape but `&<>` and the others
/// differ in theirs, so a zero-width space splits the sequences instead: `](`, `![`, `://`,
/// `www.` and an `@` that starts a word. What people read is unchanged.
fn inert(s: &str) -> String {
    const BREAK: char = '\u{200B}';
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev: Option<char> = None;
    for c in s.chars() {
        let c = if c.is_control() || c.is_whitespace() {
            ' '
        } else {
            c
        };
        if c == ' ' && prev == Some(' ') {
            continue;
        }
        let split = matches!(
            (prev, c),
            (Some(']'), '(') | (Some('!'), '[') | (Some(':'), '/')
        ) || (c == '.'
            && out.len() >= 3
            && out.as_bytes()[out.len() - 3..].eq_ignore_ascii_case(b"www"));
        if split {
            out.push(BREAK);
        }
        out.push(c);
        if c == '@' && !prev.is_some_and(char::is_alphanumeric) {
            out.push(BREAK);
        }
        prev = Some(c);
    }
    out.trim().to_string()
}

/// `sha256=` and the hex HMAC-SHA256 of `timestamp.body` under the hook's secret: the receiver
/// recomputes it to know the call came from here and was not replayed long after.
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256>>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes a key of any length"));
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

/// Tells an organisation's IT support of a new report.
pub async fn incident_reported(
    state: &Arc<AppState>,
    org: &Org,
    incident: &Incident,
    reporter: &str,
) {
    let event = Event::incident_reported(state.notifications.public_url(), org, incident, reporter);
    tell(state, &org.id, &event).await;
}

/// Tells each warned organisation's IT support.
pub async fn campaign_warned(state: &Arc<AppState>, warnings: &[Warning]) {
    for w in warnings {
        let name = match state.store.org(&w.org_id).await {
            Ok(o) => o.name,
            _ => w.org_id.clone(),
        };
        let event = Event::campaign_warning(state.notifications.public_url(), &name, w);
        tell(state, &w.org_id, &event).await;
    }
}

async fn tell(state: &Arc<AppState>, org_id: &str, event: &Event) {
    if let Ok(Some(to)) = state.store.notify_email(org_id).await {
        mail::queue(
            state,
            Some(org_id),
            &to,
            format!("[knownline] {}", event.title),
            format!("{}\n\nOpen it: {}\n", event.text, event.url),
        )
        .await;
    }
    match state.store.webhooks(org_id).await {
        Ok(hooks) => {
            for hook in hooks {
                let body = event.body(&hook.format).to_string();
                let queued = state
                    .store
                    .enqueue(
                        Some(org_id),
                        "webhook",
                        event.kind,
                        &hook.redacted(),
                        Some(&hook.id),
                        &event.title,
                        &body,
                    )
                    .await;
                if let Err(e) = queued {
                    tracing::error!(error = %e, "queueing a webhook call");
                }
            }
            state.notifications.wake();
        }
        Err(e) => tracing::warn!(org = %org_id, error = %e, "reading webhooks"),
    }
}

/// Sends what the outbox holds, for as long as the server runs.
pub fn spawn_worker(state: Arc<AppState>) {
    tokio::spawn(async move {
        loop {
            let due = match state.store.claim_due(16, LEASE).await {
                Ok(d) => d,
                Err(e) => {
                    tracing::warn!(error = %e, "reading the outbox");
                    Vec::new()
                }
            };
            if due.is_empty() {
                tokio::select! {
                    _ = state.notifications.queued.notified() => {},
                    _ = tokio::time::sleep(POLL) => {},
                }
                continue;
            }
            let tries: Vec<_> = due
                .into_iter()
                .map(|out| tokio::spawn(send_one(state.clone(), out)))
                .collect();
            for t in tries {
                let _ = t.await;
            }
        }
    });
}

/// One try of one notification, and its record.
async fn send_one(state: Arc<AppState>, out: Outgoing) {
    let n = &state.notifications;
    let outcome = match out.kind.as_str() {
        "email" => match (
            &n.mailer,
            serde_json::from_str::<mail::Payload>(&out.payload),
        ) {
            (None, _) => Err(("no SMTP server configured (smtp_url)".to_string(), false)),
            (_, Err(_)) => Err(("the queued email is unreadable".to_string(), false)),
            (Some(m), Ok(p)) => m.send(&p.to, &out.subject, &p.body).await,
        },
        "webhook" => {
            let hook = match &out.webhook_id {
                Some(id) => state.store.webhook(id).await.ok().flatten(),
                None => None,
            };
            match hook {
                None => Err(("the webhook was removed".to_string(), false)),
                Some(h) => post(&n.http, &h, &out.event, &out.id, out.payload.as_bytes()).await,
            }
        }
        other => Err((format!("unknown kind {other:?}"), false)),
    };
    // Tries made, this one included.
    let tries = out.attempts + 1;
    let tried = match outcome {
        Ok(()) => Tried::Delivered,
        Err((e, true)) if (tries as usize) <= n.retry.len() => {
            Tried::Again(e, n.retry[tries as usize - 1])
        }
        Err((e, _)) => {
            tracing::warn!(delivery = %out.id, kind = %out.kind, tries, error = %e, "notification given up");
            Tried::GivenUp(e)
        }
    };
    if let Err(e) = state.store.record_try(&out.id, &tried).await {
        tracing::error!(delivery = %out.id, error = %e, "recording a notification's try");
    }
}

/// Posts one body once. On failure: why, and whether it may pass later.
async fn post(
    http: &reqwest::Client,
    hook: &Webhook,
    kind: &str,
    delivery: &str,
    body: &[u8],
) -> Result<(), (String, bool)> {
    // Checked again as the URL reads now: a hook stored before a check, or by hand, must not
    // call an address no hook may reach (host names are checked as they resolve).
    let url = knownline_store::notify::check_webhook_url(&hook.url)
        .map_err(|e| (e.to_string(), false))?;
    let timestamp = time_now();
    let sent = http
        .post(&url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header("X-Knownline-Event", kind)
        // The same id on every try, so a receiver that saw a try we took for failed can drop
        // the repeat.
        .header("X-Knownline-Delivery", delivery)
        .header("X-Knownline-Timestamp", timestamp.to_string())
        .header(
            "X-Knownline-Signature",
            signature(&hook.secret, timestamp, body),
        )
        .body(body.to_vec())
        .send()
        .await;
    match sent {
        Ok(r) if r.status().is_success() => Ok(()),
        Ok(r) => {
            let code = r.status();
            let again = code.is_server_error()
                || code == reqwest::StatusCode::TOO_MANY_REQUESTS
                || code == reqwest::StatusCode::REQUEST_TIMEOUT;
            Err((format!("HTTP {}", code.as_u16()), again))
        }
        Err(e) => {
            // The error names the URL, whose path may be the hook's secret: keep the kind only.
            let mut why = if e.is_timeout() {
                "timed out".to_string()
            } else if e.is_connect() {
                "could not connect".to_string()
            } else {
                "the request failed".to_string()
            };
            if let Some(source) = std::error::Error::source(&e) {
                why = format!("{why}: {}", source_chain(source));
            }
            Err((why, true))
        }
    }
}

/// The causes of an error, innermost last, without the URL reqwest puts in its own message.
fn source_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![e.to_string()];
    let mut next = e.source();
    while let Some(s) = next {
        parts.push(s.to_string());
        next = s.source();
    }
    parts.join(": ")
}

fn time_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incident() -> (Org, Incident) {
        let org = Org {
            id: "o1".into(),
            name: "Acme & Sons".into(),
            created_at: "2026-11-25T08:00:00Z".into(),
        };
        let incident = Incident {
            id: "i1".into(),
            org_id: "o1".into(),
            reporter_id: Some("u1".into()),
            reporter: "ann@acme.example".into(),
            channel: "call".into(),
            content: "secret words of the contact".into(),
            assessment: json!({"verdict": "likely_scam"}),
            verdict: "likely_scam".into(),
            status: "new".into(),
            report_note: String::new(),
            note: Some(String::new()),
            replies: Vec::new(),
            indicators: Vec::new(),
            created_at: "2026-11-25T08:00:00Z".into(),
            updated_at: "2026-11-25T08:00:00Z".into(),
        };
        (org, incident)
    }

    #[test]
    fn bodies_fit_each_receiver_and_never_carry_the_contact() {
        let (org, i) = incident();
        let e = Event::incident_reported("https://kl.example.net", &org, &i, "<!channel> ann");
        let json = e.body("json");
        assert_eq!(json["event"], "incident.reported");
        assert_eq!(
            json["incident"]["url"],
            "https://kl.example.net/incidents/i1"
        );
        assert_eq!(json["organisation"]["name"], "Acme & Sons");
        let slack = e.body("slack");
        let text = slack["text"].as_str().unwrap();
        assert!(
            text.contains("&lt;!channel&gt;") && !text.contains("<!channel>"),
            "{text}"
        );
        assert!(text.contains("Acme &amp; Sons"));
        assert!(text.contains("<https://kl.example.net/incidents/i1|Open in knownline>"));
        let teams = e.body("teams");
        let card = &teams["attachments"][0];
        assert_eq!(
            card["contentType"],
            "application/vnd.microsoft.card.adaptive"
        );
        assert_eq!(card["content"]["type"], "AdaptiveCard");
        assert_eq!(
            card["content"]["actions"][0]["url"],
            "https://kl.example.net/incidents/i1"
        );
        for f in ["json", "slack", "teams"] {
            let s = e.body(f).to_string();
            assert!(!s.contains("secret words"), "{f}: {s}");
        }
    }

    #[test]
    fn chat_bodies_make_no_links_images_or_mentions_from_what_people_type() {
        let (org, i) = incident();
        let visitor = "[Re-authenticate now](https://evil.example/login) ![x](http://evil.example/p.png) @channel @here\n*Verdict:* benign www.evil.example <!channel> ann@acme.example";
        let e = Event::incident_reported("https://kl.example.net", &org, &i, visitor);
        let slack = e.body("slack")["text"].as_str().unwrap().to_string();
        let teams = e.body("teams").to_string();
        for (f, body) in [("slack", &slack), ("teams", &teams)] {
            for bad in [
                "](",
                "![",
                "https://evil",
                "http://evil",
                "www.evil",
                "@channel",
                "@here",
                "\n*Verdict:* benign",
                "\\n*Verdict:* benign",
            ] {
                assert!(!body.contains(bad), "{f} holds {bad:?}: {body}");
            }
            // What people read is the same, an address included.
            assert!(body.contains("Re-authenticate now"), "{f}: {body}");
            assert!(body.contains("ann@acme.example"), "{f}: {body}");
        }
        // Slack's own mention syntax (plain text to the others).
        assert!(!slack.contains("<!channel>"), "{slack}");
        // knownline's own links still work.
        assert!(slack.contains("<https://kl.example.net/incidents/i1|Open in knownline>"));
        assert!(teams.contains("\"url\":\"https://kl.example.net/incidents/i1\""));
        assert_eq!(inert(" a \r\n b "), "a b");
    }

    #[test]
    fn signatures_depend_on_secret_time_and_body() {
        let a = signature("k1", 1_700_000_000, b"{}");
        assert!(a.starts_with("sha256=") && a.len() == 7 + 64);
        assert_ne!(a, signature("k2", 1_700_000_000, b"{}"));
        assert_ne!(a, signature("k1", 1_700_000_001, b"{}"));
        assert_ne!(a, signature("k1", 1_700_000_000, b"{ }"));
        assert_eq!(a, signature("k1", 1_700_000_000, b"{}"));
        // What a receiver computes (here Python's `hmac.new(b"k1", b"1700000000.{}", sha256)`).
        assert_eq!(
            a,
            "sha256=785007fcdfc0a1ff84024b971255b4ed6d6252a8ab40f7c5a4ea4f4da336a83b"
        );
    }

    #[test]
    fn retry_schedules_are_read_and_checked() {
        assert_eq!(
            parse_schedule(DEFAULT_RETRY).unwrap(),
            [30, 120, 600, 3600, 21600].map(Duration::from_secs)
        );
        assert_eq!(
            parse_schedule(" 250ms, 1s ").unwrap(),
            [Duration::from_millis(250), Duration::from_secs(1)]
        );
        assert!(parse_schedule("").unwrap().is_empty());
        for bad in ["5", "1d", "m", "-1s", "200h"] {
            assert!(parse_schedule(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn public_url_must_be_an_address() {
        let given = Notifications::new(None, Some("https://kl.example.net/"), None).unwrap();
        given.listening_on("127.0.0.1:9999".parse().unwrap());
        assert_eq!(given.public_url(), "https://kl.example.net");
        let derived = Notifications::new(None, None, None).unwrap();
        derived.listening_on("127.0.0.1:9999".parse().unwrap());
        assert_eq!(derived.public_url(), "http://127.0.0.1:9999");
        assert!(Notifications::new(None, Some("kl.example.net"), None).is_err());
    }
}
