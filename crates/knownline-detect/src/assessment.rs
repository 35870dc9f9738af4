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
    /// The sentence the quote sits in, for quotes too short to mean anything alone.
    #[serde(skip)]
    pub context: Option<String>,
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

/// One reason the person is shown: a tactic in their language, with what the contact said
/// that shows it. Signals of one tactic merge into one reason, named by the strongest.
#[derive(Debug, Clone, Serialize)]
pub struct Reason {
    pub tactic: String,
    pub title: String,
    /// Words of the contact (a phrase, the sentence it sits in, a number, a link, a name),
    /// or a finding about it; never a lone everyday word.
    pub quotes: Vec<String>,
    /// The ids of the signals merged into it, strongest first.
    pub signals: Vec<String>,
    /// The strongest signal's weight.
    pub weight: f32,
}

/// One step of the playbook: what to do, in the person's language, and the number it tells
/// them to call, for a `tel:` link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The step's id in `knowledge/playbooks.toml` (`call.hang_up_it`).
    pub id: String,
    pub text: String,
    /// A number the person already knows to call (their IT support, their bank's line):
    /// digits and a leading `+` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dial: Option<String>,
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
    /// The signals as the person reads them: one per tactic, strongest first. The first
    /// three are shown up front, the rest behind "More reasons".
    pub reasons: Vec<Reason>,
    /// The kind of scam (`families.toml`), when the signals point to one.
    pub family: Option<String>,
    /// The language of `playbook` and `reasons` (ISO 639-1).
    pub language: String,
    /// The language the contact is written in, when it could be told.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_language: Option<String>,
    /// The country whose services the steps name (ISO code): the reader's, or the one the
    /// contact's internationally written numbers all point to (`country_guessed`).
    pub country: Option<String>,
    pub country_guessed: bool,
    pub entities: Entities,
    pub playbook: Vec<String>,
    /// The playbook's steps with their ids and numbers to call, in the same order.
    pub steps: Vec<Step>,
    pub notes: Vec<String>,
    /// False when a limit (size, parts, links, numbers) stopped the analysis: what is past
    /// it was not checked. The reasons are in `incomplete_reasons`.
    pub complete: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub incomplete_reasons: Vec<String>,
}
