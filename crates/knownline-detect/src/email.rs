//! Reading a raw RFC 822 message into the parts a person sees and the headers that tell who
//! really sent it.

use std::sync::OnceLock;

use mail_parser::{HeaderName, MessageParser, MimeHeaders, PartType};

use crate::html::{read_html, HtmlLink};

/// Body text kept per message; the rest is cut with a note.
pub const MAX_BODY_TEXT: usize = 2 * 1024 * 1024;
/// MIME parts read per message.
pub const MAX_PARTS: usize = 200;

/// What an email shows and claims.
#[derive(Debug, Clone, Default)]
pub struct EmailView {
    pub subject: String,
    pub from_name: String,
    pub from_addr: String,
    pub reply_to: Option<String>,
    pub return_path: Option<String>,
    pub auth: AuthResults,
    /// Visible text of the body parts, in order.
    pub body: String,
    pub links: Vec<HtmlLink>,
    pub attachments: Vec<Attachment>,
    pub has_html: bool,
    /// An HTML part asks for a password.
    pub has_password_form: bool,
    pub notes: Vec<String>,
    /// Limits that stopped the reading: what is past them was not checked.
    pub limits: Vec<String>,
    links_capped: bool,
}

/// The verdicts of `Authentication-Results` headers, as written by the receiving server.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct AuthResults {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spf: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dkim: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dmarc: Option<String>,
}

impl AuthResults {
    pub fn is_empty(&self) -> bool {
        self.spf.is_none() && self.dkim.is_none() && self.dmarc.is_none()
    }
    /// Whether any mechanism failed outright.
    pub fn any_fail(&self) -> bool {
        [&self.spf, &self.dkim, &self.dmarc]
            .into_iter()
            .flatten()
            .any(|v| matches!(v.as_str(), "fail" | "softfail" | "permerror"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Attachment {
    pub name: String,
    pub mime: String,
}

/// A parser that decodes only the headers we read; the rest (Received chains above all) are
/// skipped, which is most of the parsing time of a relayed message. Skipped headers keep
/// their place in the message, so `Authentication-Results` is still read raw.
fn parser() -> &'static MessageParser {
    static PARSER: OnceLock<MessageParser> = OnceLock::new();
    PARSER.get_or_init(|| {
        MessageParser::new()
            .with_mime_headers()
            .header_text(HeaderName::Subject)
            .header_address(HeaderName::From)
            .header_address(HeaderName::ReplyTo)
            .header_id(HeaderName::ReturnPath)
            .default_header_ignore()
    })
}

/// Reads a raw message. Never fails: what cannot be parsed is read as plain text, with a note.
pub fn read_email(raw: &[u8]) -> EmailView {
    let mut view = EmailView::default();
    let Some(message) = parser().parse(raw) else {
        view.notes
            .push("not a MIME message: read as plain text".into());
        view.body = String::from_utf8_lossy(raw).into_owned();
        return view;
    };
    if message.headers().is_empty() {
        view.notes.push("no headers: read as a bare body".into());
    }
    view.subject = message.subject().unwrap_or_default().to_string();
    if let Some(from) = message.from().and_then(|a| a.first()) {
        view.from_name = from.name().unwrap_or_default().trim().to_string();
        view.from_addr = from
            .address()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
    }
    view.reply_to = message
        .reply_to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .map(|a| a.trim().to_ascii_lowercase());
    view.return_path = message
        .return_address()
        .map(|a| a.trim().trim_matches(['<', '>']).to_ascii_lowercase())
        .filter(|a| !a.is_empty());
    for (name, value) in message.headers_raw() {
        if name.eq_ignore_ascii_case("Authentication-Results") {
            read_auth(value, &mut view.auth);
        }
    }

    let mut n_parts = 0;
    for part in message.html_bodies() {
        n_parts += 1;
        if n_parts > MAX_PARTS {
            view.limits.push(format!(
                "more than {MAX_PARTS} body parts: the rest not checked"
            ));
            break;
        }
        if part.is_encoding_problem {
            view.notes.push("a body part is badly encoded".into());
        }
        match &part.body {
            PartType::Html(html) => {
                view.has_html = true;
                let page = read_html(html);
                view.has_password_form |= page.has_password_input;
                view.links_capped |= page.links_capped;
                push_body(&mut view.body, &page.text);
                view.links.extend(page.links);
            }
            PartType::Text(text) => {
                // Plain-text parts of HTML mail sometimes carry markup: read it as a page.
                if crate::html::looks_like_html(text) {
                    let page = read_html(text);
                    view.links_capped |= page.links_capped;
                    push_body(&mut view.body, &page.text);
                    view.links.extend(page.links);
                } else {
                    push_body(&mut view.body, text);
                }
            }
            _ => {}
        }
    }
    for part in message.attachments() {
        if view.attachments.len() >= MAX_PARTS {
            break;
        }
        let mime = part
            .content_type()
            .map(|ct| match ct.subtype() {
                Some(sub) => format!("{}/{}", ct.ctype(), sub),
                None => ct.ctype().to_string(),
            })
            .unwrap_or_default()
            .to_ascii_lowercase();
        let name = part.attachment_name().unwrap_or_default().to_string();
        if name.is_empty() && mime.starts_with("text/") {
            continue;
        }
        view.attachments.push(Attachment { name, mime });
    }
    if view.links_capped {
        view.limits.push(links_limit());
    }
    if view.body.trim().is_empty() {
        view.notes.push("no readable body text".into());
    }
    if view.body.len() > MAX_BODY_TEXT {
        let cut = crate::text::truncate_at_char(&view.body, MAX_BODY_TEXT).len();
        view.body.truncate(cut);
        view.limits.push(format!(
            "body text longer than {MAX_BODY_TEXT} bytes: the rest not checked"
        ));
    }
    view
}

/// The limit on links, as a reason a contact was only partly checked.
pub(crate) fn links_limit() -> String {
    format!(
        "more than {} links: the rest not checked",
        crate::html::MAX_LINKS
    )
}

fn push_body(body: &mut String, text: &str) {
    if body.len() >= MAX_BODY_TEXT {
        return;
    }
    if !body.is_empty() {
        body.push_str("\n\n");
    }
    body.push_str(text.trim());
}

/// Reads `spf=pass dkim=fail …` results; the first verdict of each mechanism wins.
fn read_auth(value: &str, auth: &mut AuthResults) {
    let lower = value.to_ascii_lowercase();
    for (key, slot) in [
        ("spf=", &mut auth.spf),
        ("dkim=", &mut auth.dkim),
        ("dmarc=", &mut auth.dmarc),
    ] {
        if slot.is_some() {
            continue;
        }
        let mut from = 0;
        while let Some(p) = lower[from..].find(key) {
            let at = from + p;
            let boundary = at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric();
            if boundary {
                let verdict: String = lower[at + key.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .collect();
                if !verdict.is_empty() {
                    *slot = Some(verdict);
                }
                break;
            }
            from = at + key.len();
        }
    }
}

/// Whether a text looks like a raw email: it opens with header lines.
pub fn looks_like_email(s: &str) -> bool {
    let head = crate::text::truncate_at_char(s, 2048);
    let mut n_headers = 0;
    for line in head.lines().take(30) {
        if line.is_empty() {
            break;
        }
        let Some((name, _)) = line.split_once(':') else {
            continue;
        };
        let name = name.to_ascii_lowercase();
        if matches!(
            name.as_str(),
            "from"
                | "to"
                | "subject"
                | "date"
                | "message-id"
                | "received"
                | "return-path"
                | "mime-version"
                | "content-type"
                | "delivered-to"
                | "reply-to"
                | "x-mailer"
                | "authentication-results"
        ) {
            n_headers += 1;
        }
    }
    n_headers >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_headers_auth_and_html_body() {
        let raw = "From: \"PayPal Billing\" <billing.dept@gmail.com>\r\n\
Reply-To: refunds@payp4l-help.com\r\n\
Subject: Your invoice\r\n\
Authentication-Results: mx.example; spf=softfail smtp.mailfrom=gmail.com; dkim=none; dmarc=fail\r\n\
Content-Type: text/html; charset=utf-8\r\n\r\n\
<p>Call <b>+1 888 555 0142</b></p><a href=\"http://1.2.3.4/x\">paypal.com</a>";
        let v = read_email(raw.as_bytes());
        assert_eq!(v.from_name, "PayPal Billing");
        assert_eq!(v.from_addr, "billing.dept@gmail.com");
        assert_eq!(v.reply_to.as_deref(), Some("refunds@payp4l-help.com"));
        assert_eq!(v.auth.spf.as_deref(), Some("softfail"));
        assert_eq!(v.auth.dmarc.as_deref(), Some("fail"));
        assert!(v.auth.any_fail());
        assert!(v.body.contains("Call +1 888 555 0142"), "{}", v.body);
        assert_eq!(v.links[0].text, "paypal.com");
    }

    #[test]
    fn garbage_is_read_as_text() {
        let v = read_email(b"\xff\xfe garbage \x00 bytes");
        assert!(!v.body.is_empty() || !v.notes.is_empty());
    }
}
