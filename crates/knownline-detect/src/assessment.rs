//! What an analysis gives back: the verdict, its signals and evidence, the entities found
//! and the playbook. This is the contract of `PRODUCT.md`; the pipeline fills it.

use serde::Serialize;

use crate::contact::{Channel, Field};

/// `scam`, `suspicious` or `no_signs`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    NoSigns,
    Suspicious,
    Scam,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Scam => "scam",
            Verdict::Suspicious => "suspicious",
            Verdict::NoSigns => "no_signs",
        }
    }
}

/// Where a signal's evidence is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub field: Field,
    /// The words as written in the contact (or, for headers and links, what was found).
    pub quote: String,
    /// Byte range in the contact's content, when the field is a verbatim part of it.
    pub start: Option<usize>,
    pub end: Option<usize>,
    /// A finding about the contact (a header, a page behaviour) rather than words quoted from it.
    #[serde(skip)]
    pub finding: bool,
}

/// One named finding.
#[derive(Debug, Clone, Serialize)]
pub struct Signal {
    pub id: String,
    pub tactic: String,
    pub title: String,
    /// A plain sentence for the person, quoting the evidence.
    pub explanation: String,
    pub weight: f32,
    pub evidence: Vec<Evidence>,
}

/// A phone number of the contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhoneEntity {
    pub e164: String,
    pub kind: &'static str,
    pub raw: String,
    pub field: Field,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgEntity {
    pub id: String,
    pub name: String,
    pub category: String,
    /// Whether the contact claims to be this organisation (sender, subject, "this is …").
    pub claimed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NamedEntity {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaymentEntity {
    pub id: String,
    pub kind: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkEntity {
    pub url: String,
    pub domain: Option<String>,
    /// The text shown for the link, when it came from HTML.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shown: Option<String>,
}

/// What was extracted from a contact.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Entities {
    pub phones: Vec<PhoneEntity>,
    pub urls: Vec<LinkEntity>,
    pub domains: Vec<String>,
    pub emails: Vec<String>,
    pub organisations: Vec<OrgEntity>,
    pub remote_tools: Vec<NamedEntity>,
    pub payments: Vec<PaymentEntity>,
    pub money: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth: Option<crate::email::AuthResults>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<crate::email::Attachment>,
}

/// The result of analysing one contact.
#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    pub channel: Channel,
    /// The channel was guessed from the content: none was given.
    pub channel_guessed: bool,
    pub verdict: Verdict,
    pub score: f32,
    pub signals: Vec<Signal>,
    pub entities: Entities,
    pub playbook: Vec<String>,
    pub notes: Vec<String>,
    /// False when a limit (size, parts, links, numbers) stopped the analysis: what is past
    /// it was not checked. The reasons are in `incomplete_reasons`.
    pub complete: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub incomplete_reasons: Vec<String>,
}
