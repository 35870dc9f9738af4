//! What a scam contributes to the shared scam list: only what is the scam's own.
//!
//! A confirmed scam's sender, call-back numbers and links' hosts mark the next contact that
//! uses them. The well-known domains of the organisations it imitates (from the brand
//! knowledge), free mailbox providers, remote-access tools' sites and link shorteners are
//! everyone's: a scam that links `paypal.com` to look real must not make every PayPal
//! receipt a scam. A shortened link is kept whole instead of its shortener's domain.

use serde::{Deserialize, Serialize};

use crate::assessment::Assessment;
use crate::directory::normalise_phone;
use crate::engine::{Engine, FREEMAIL};
use crate::entities::{domain_of_address, host_of, registrable_domain};
use crate::Region;

/// A value offered to the shared scam list: `phone` (E.164), `domain` (registrable) or `url`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ScamValue {
    pub kind: String,
    pub value: String,
}

/// Most values one contact offers.
pub const MAX_OFFERED: usize = 20;

/// Link shorteners and message links: their domain is everyone's, the whole link is the
/// scam's.
pub(crate) const SHORTENERS: &[&str] = &[
    "bit.ly",
    "tinyurl.com",
    "t.co",
    "goo.gl",
    "ow.ly",
    "is.gd",
    "buff.ly",
    "cutt.ly",
    "rebrand.ly",
    "shorturl.at",
    "rb.gy",
    "t.ly",
    "s.id",
    "tiny.cc",
    "lnkd.in",
    "qrco.de",
    "wa.me",
    "t.me",
    "forms.gle",
    "linktr.ee",
    "bitly.com",
    "shorturl.com",
    "v.gd",
];

impl Engine {
    /// Why a domain is everyone's and never a scam indicator, or `None`: a well-known domain
    /// of an organisation in the brand knowledge, a free mailbox provider, a remote-access
    /// tool's site, a link shortener.
    pub fn shared_domain(&self, domain: &str) -> Option<String> {
        let d = domain.trim().trim_end_matches('.').to_ascii_lowercase();
        let d = registrable_domain(&d).unwrap_or(d);
        let k = &self.pack.knowledge;
        if let Some(o) = k
            .organisations
            .iter()
            .find(|o| o.domains.iter().any(|od| od.eq_ignore_ascii_case(&d)))
        {
            return Some(format!("{d} is {}'s own domain", o.name));
        }
        if FREEMAIL.contains(&d.as_str()) {
            return Some(format!("{d} is a free mailbox provider anyone can use"));
        }
        if let Some(t) = k
            .remote_tools
            .iter()
            .find(|t| t.aliases.iter().any(|a| a.eq_ignore_ascii_case(&d)))
        {
            return Some(format!("{d} is the site of {}", t.name));
        }
        if SHORTENERS.contains(&d.as_str()) {
            return Some(format!("{d} is a link shortener anyone can use"));
        }
        None
    }

    /// Why a value may never be a scam indicator, or `None` (see [`Engine::shared_domain`]).
    pub fn shared_value(&self, kind: &str, value: &str) -> Option<String> {
        match kind {
            "phone" => None,
            "url" => {
                let host = host_of(value);
                let d = registrable_domain(&host)?;
                // A whole shortened link is the scam's own.
                if SHORTENERS.contains(&d.as_str()) {
                    return None;
                }
                self.shared_domain(&d)
            }
            _ => self.shared_domain(value),
        }
    }

    /// The values of an assessed contact that are the scam's own: its numbers (the one it
    /// came from and the ones it asks you to call), its sender's domain and its links' hosts,
    /// leaving out what is everyone's. At most [`MAX_OFFERED`].
    pub fn own_indicators(&self, a: &Assessment) -> Vec<ScamValue> {
        let mut out: Vec<ScamValue> = Vec::new();
        let mut push = |kind: &str, value: String| {
            if out.len() < MAX_OFFERED && !out.iter().any(|v| v.kind == kind && v.value == value) {
                out.push(ScamValue {
                    kind: kind.into(),
                    value,
                });
            }
        };
        let e = &a.entities;
        if let Some(p) = e
            .sender
            .as_deref()
            .filter(|s| !s.contains('@'))
            .and_then(|s| normalise_phone(s, self.options.default_region).ok())
        {
            push("phone", p);
        }
        for p in &e.phones {
            push("phone", p.e164.clone());
        }
        let sender_domain = e
            .sender
            .as_deref()
            .and_then(domain_of_address)
            .and_then(registrable_domain);
        if let Some(d) = sender_domain.filter(|d| self.shared_domain(d).is_none()) {
            push("domain", d);
        }
        for u in &e.urls {
            let host = host_of(&u.url);
            let Some(d) = registrable_domain(&host) else {
                continue;
            };
            if SHORTENERS.contains(&d.as_str()) {
                push("url", u.url.clone());
            } else if self.shared_domain(&d).is_none() {
                push("domain", d);
            }
        }
        out
    }

    /// The values a callback check that turned out a scam offers: the number the caller gave
    /// and the sender's domain, leaving out what is everyone's.
    pub fn verification_indicators(
        &self,
        number: Option<&str>,
        sender: Option<&str>,
        region: Region,
    ) -> Vec<ScamValue> {
        let mut out = Vec::new();
        if let Some(n) = number.and_then(|n| normalise_phone(n, region).ok()) {
            out.push(ScamValue {
                kind: "phone".into(),
                value: n,
            });
        }
        if let Some(s) = sender.map(str::trim).filter(|s| !s.is_empty()) {
            let host = domain_of_address(s).unwrap_or(s);
            let host = host_of(host);
            if let Some(d) = registrable_domain(&host).filter(|d| self.shared_domain(d).is_none()) {
                out.push(ScamValue {
                    kind: "domain".into(),
                    value: d,
                });
            } else if !s.contains('@') && !s.contains('.') {
                // A caller ID typed as the sender.
                if let Ok(n) = normalise_phone(s, region) {
                    if !out.iter().any(|v: &ScamValue| v.value == n) {
                        out.push(ScamValue {
                            kind: "phone".into(),
                            value: n,
                        });
                    }
                }
            }
        }
        out
    }
}
