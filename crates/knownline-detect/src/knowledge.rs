//! Knowledge shipped as data: impersonated organisations, remote-access tools, payment
//! methods, official policies and playbook steps. Parsed from text the caller passes in.

use serde::Deserialize;

use crate::error::LoadError;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub category: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub domains: Vec<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Brand names that are also everyday words: they count only where a sender or a claim
    /// is named (a From name, a subject, a page title, "this is … from").
    #[serde(default)]
    pub brand_words: Vec<String>,
    #[serde(default)]
    pub policy: Option<String>,
    #[serde(default)]
    pub how_to_reach: Option<String>,
}

pub const ORG_CATEGORIES: &[&str] = &[
    "tech",
    "security",
    "bank",
    "card",
    "payment",
    "government",
    "police",
    "utility",
    "retail",
    "delivery",
    "telecom",
];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RemoteTool {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentMethod {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub aliases: Vec<String>,
}

pub const PAYMENT_KINDS: &[&str] = &[
    "gift_card",
    "crypto",
    "crypto_atm",
    "wire",
    "p2p",
    "cash_courier",
    "prepaid",
];

/// What an impersonated organisation officially says it never does, and how to reach it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Policy {
    pub id: String,
    pub organisation: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub never_does: Vec<String>,
    #[serde(default)]
    pub official_advice: Vec<String>,
    #[serde(default)]
    pub report_to: Vec<String>,
    #[serde(default)]
    pub confidence: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Policy {
    /// The first statement of what the organisation never does that is firm enough to tell a
    /// person: not marked as a weaker source and not a record of a missing statement.
    pub fn firm_never(&self) -> Option<&str> {
        self.firm().next()
    }

    fn firm(&self) -> impl Iterator<Item = &str> {
        let usable = self.confidence != "low";
        self.never_does.iter().map(|s| s.trim()).filter(move |s| {
            usable && !s.starts_with('(') && !s.starts_with("NO ") && !s.is_empty()
        })
    }

    /// The first firm statement that speaks of one of `words` (how the organisation contacts
    /// people, for a caller's claim), else the first firm statement.
    pub fn firm_never_about(&self, words: &[&str]) -> Option<&str> {
        self.firm()
            .find(|s| {
                let lower = s.to_lowercase();
                words.iter().any(|w| lower.contains(w)) && !lower.contains("error")
            })
            .or_else(|| self.firm_never())
    }
}

/// A party a contact may claim to be without naming an organisation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleWords {
    pub id: String,
    /// Technical support: a claim a stranger should never make.
    #[serde(default)]
    pub tech: bool,
    pub phrases: Vec<String>,
    /// Where to find a number to trust when the directory has none.
    pub call_back: String,
}

/// One step a person may be told to take.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepTemplate {
    pub id: String,
    #[serde(default)]
    pub channels: Vec<crate::Channel>,
    #[serde(default)]
    pub verdicts: Vec<crate::Verdict>,
    /// The step applies when a signal of one of these tactics fired (empty: always).
    #[serde(default)]
    pub tactics_any: Vec<String>,
    /// The step is left out when a signal of one of these tactics fired.
    #[serde(default)]
    pub tactics_none: Vec<String>,
    /// Placeholders that must have a value, else the step is left out.
    #[serde(default)]
    pub needs: Vec<String>,
    /// The step is left out when one of these placeholders has a value.
    #[serde(default)]
    pub unless: Vec<String>,
    pub text: String,
}

#[derive(Deserialize)]
struct OrgFile {
    org: Vec<Organisation>,
}
#[derive(Deserialize)]
struct ToolFile {
    tool: Vec<RemoteTool>,
}
#[derive(Deserialize)]
struct PaymentFile {
    method: Vec<PaymentMethod>,
}
#[derive(Deserialize, Default)]
struct RoleFile {
    #[serde(default)]
    role: Vec<RoleWords>,
}
#[derive(Deserialize)]
struct PlaybookFile {
    step: Vec<StepTemplate>,
}

/// All knowledge, parsed.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    pub organisations: Vec<Organisation>,
    pub remote_tools: Vec<RemoteTool>,
    pub payments: Vec<PaymentMethod>,
    pub policies: Vec<Policy>,
    pub playbook: Vec<StepTemplate>,
    pub roles: Vec<RoleWords>,
}

impl Knowledge {
    pub fn parse(
        organisations: &str,
        remote_tools: &str,
        payments: &str,
        policies: &str,
        playbooks: &str,
        roles: &str,
    ) -> Result<Knowledge, LoadError> {
        let toml_err = |file: &str, e: toml::de::Error| LoadError::Knowledge {
            file: file.to_string(),
            message: e.to_string(),
        };
        let orgs: OrgFile =
            toml::from_str(organisations).map_err(|e| toml_err("organisations.toml", e))?;
        let tools: ToolFile =
            toml::from_str(remote_tools).map_err(|e| toml_err("remote_tools.toml", e))?;
        let pays: PaymentFile =
            toml::from_str(payments).map_err(|e| toml_err("payments.toml", e))?;
        let steps: PlaybookFile =
            toml::from_str(playbooks).map_err(|e| toml_err("playbooks.toml", e))?;
        let policies: Vec<Policy> =
            serde_norway::from_str(policies).map_err(|e| LoadError::Knowledge {
                file: "policies.yaml".into(),
                message: e.to_string(),
            })?;
        let roles: RoleFile = toml::from_str(roles).map_err(|e| toml_err("roles.toml", e))?;
        for r in &roles.role {
            if !crate::directory::ROLES.contains(&r.id.as_str()) {
                return Err(LoadError::Knowledge {
                    file: "roles.toml".into(),
                    message: format!("role {:?} is not a directory role", r.id),
                });
            }
        }
        for org in &orgs.org {
            if !ORG_CATEGORIES.contains(&org.category.as_str()) {
                return Err(LoadError::Knowledge {
                    file: "organisations.toml".into(),
                    message: format!("org {}: unknown category {:?}", org.id, org.category),
                });
            }
        }
        for m in &pays.method {
            if !PAYMENT_KINDS.contains(&m.kind.as_str()) {
                return Err(LoadError::Knowledge {
                    file: "payments.toml".into(),
                    message: format!("method {}: unknown kind {:?}", m.id, m.kind),
                });
            }
        }
        Ok(Knowledge {
            organisations: orgs.org,
            remote_tools: tools.tool,
            payments: pays.method,
            policies,
            playbook: steps.step,
            roles: roles.role,
        })
    }

    pub fn policy(&self, id: &str) -> Option<&Policy> {
        self.policies.iter().find(|p| p.id == id)
    }

    pub fn role(&self, id: &str) -> Option<&RoleWords> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }
}
