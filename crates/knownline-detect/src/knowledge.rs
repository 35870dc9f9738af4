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
        // A verbatim source quote in brackets after the statement is provenance for us, not
        // a second sentence for the reader.
        self.never_does
            .iter()
            .map(|s| without_source_quote(s))
            .filter(move |s| {
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

/// A verbatim source quote in brackets after a statement is provenance for us, not a second
/// sentence for the reader.
fn without_source_quote(s: &str) -> &str {
    let s = s.trim();
    match s.rfind(" (\"") {
        Some(i) if s.ends_with("\")") => s[..i].trim_end(),
        _ => s,
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

/// Where a person in one country reports a scam and whom they call: the advice's local
/// numbers, chosen with `--country` (or an organisation's country), never guessed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: String,
    pub name: String,
    /// The emergency number for the police.
    pub emergency: String,
    /// The police's non-emergency number, where there is one nationwide.
    #[serde(default)]
    pub police: Option<String>,
    /// Where to report fraud, as a phrase that follows "Report it to".
    pub fraud_report: String,
    /// The number scam texts are forwarded to, where the country has one.
    #[serde(default)]
    pub spam_text: Option<String>,
    /// A number that puts the caller through to their own bank (the UK's 159).
    #[serde(default)]
    pub bank_line: Option<String>,
    /// The country calling code, when it is the country's alone (not +1, shared by the US
    /// and Canada): a contact whose numbers all carry it is taken to be from that country.
    #[serde(default)]
    pub calling_code: Option<String>,
}

/// A scam family and what tells it: see `knowledge/families.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Family {
    pub id: String,
    /// Prefixes of the ids of the rules that are signs of this family.
    pub rules: Vec<String>,
    /// Organisation categories whose claim is a sign of it.
    #[serde(default)]
    pub org_categories: Vec<String>,
    /// Words, and word beginnings ending in `*`, that speak of it in any language ("colis",
    /// "paket*").
    #[serde(default)]
    pub words: Vec<String>,
    /// Families whose advice this one's replaces when one of its rules fired.
    #[serde(default)]
    pub wins_over: Vec<String>,
}

/// Every family's words in one automaton over folded text: pattern `i` is `owner[i]`'s.
#[derive(Debug, Clone, Default)]
pub struct FamilyWords {
    automaton: Option<aho_corasick::AhoCorasick>,
    owner: Vec<usize>,
    /// Whether a pattern must start a word: not for scripts written without spaces.
    starts_word: Vec<bool>,
    /// Whether a pattern must end a word: not for word beginnings (`paket*`).
    ends_word: Vec<bool>,
}

impl FamilyWords {
    fn build(families: &[Family]) -> Result<FamilyWords, String> {
        let mut patterns = Vec::new();
        let mut owner = Vec::new();
        let mut starts_word = Vec::new();
        let mut ends_word = Vec::new();
        for (i, f) in families.iter().enumerate() {
            for w in &f.words {
                let (w, stem) = match w.strip_suffix('*') {
                    Some(stem) => (stem, true),
                    None => (w.as_str(), false),
                };
                let folded = crate::text::fold(w).text;
                let folded = folded.trim();
                let cjk = folded.starts_with(|c: char| c >= '\u{3000}');
                if folded.chars().count() < if cjk { 1 } else { 2 } {
                    return Err(format!("family {}: word {w:?} is too short", f.id));
                }
                starts_word.push(!cjk);
                ends_word.push(!cjk && !stem);
                patterns.push(folded.to_string());
                owner.push(i);
            }
        }
        if patterns.is_empty() {
            return Ok(FamilyWords::default());
        }
        let automaton = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&patterns)
            .map_err(|e| e.to_string())?;
        Ok(FamilyWords {
            automaton: Some(automaton),
            owner,
            starts_word,
            ends_word,
        })
    }

    /// How many different words of each family (by index) the folded text holds.
    pub fn count(&self, folded: &str) -> Vec<usize> {
        let mut seen: Vec<usize> = Vec::new();
        self.words_in(folded, &mut seen);
        self.counts(&seen)
    }

    /// Adds the words (by pattern) of `folded` not in `seen` yet: a text read piece by piece,
    /// each piece ending where a word does.
    pub fn words_in(&self, folded: &str, seen: &mut Vec<usize>) {
        let Some(ac) = &self.automaton else {
            return;
        };
        for m in ac.find_iter(folded) {
            let p = m.pattern().as_usize();
            let at_word_start = folded[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let at_word_end = folded[m.end()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            let whole =
                (at_word_start || !self.starts_word[p]) && (at_word_end || !self.ends_word[p]);
            if whole && !seen.contains(&p) {
                seen.push(p);
            }
        }
    }

    /// How many of the words `seen` each family has.
    pub fn counts(&self, seen: &[usize]) -> Vec<usize> {
        if self.automaton.is_none() {
            return Vec::new();
        }
        let families = self.owner.iter().max().map_or(0, |m| m + 1);
        let mut out = vec![0; families];
        for &p in seen {
            out[self.owner[p]] += 1;
        }
        out
    }
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
    /// The scam families (`none`: no family) the step fits (empty: any).
    #[serde(default)]
    pub families: Vec<String>,
    /// Families the step never fits.
    #[serde(default)]
    pub families_none: Vec<String>,
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
    /// The placeholder holding the number the step tells the person to call (one of
    /// [`DIAL_PLACEHOLDERS`]), for a `tel:` link.
    #[serde(default)]
    pub dial: Option<String>,
}

/// Placeholders holding a known number to call, digits only.
pub const DIAL_PLACEHOLDERS: [&str; 5] = [
    "it_support_number",
    "dir_claimed_number",
    "sender_known_number",
    "bank_line",
    "police",
];

impl StepTemplate {
    /// The step's message in the locale files: `step-` and the id, dots as dashes.
    pub fn message_id(&self) -> String {
        format!("step-{}", self.id.replace('.', "-"))
    }
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
#[derive(Deserialize)]
struct CountryFile {
    country: Vec<Country>,
}
#[derive(Deserialize)]
struct FamilyFile {
    family: Vec<Family>,
}

/// All knowledge, parsed.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    pub organisations: Vec<Organisation>,
    pub remote_tools: Vec<RemoteTool>,
    pub payments: Vec<PaymentMethod>,
    pub policies: Vec<Policy>,
    pub playbook: Vec<StepTemplate>,
    pub countries: Vec<Country>,
    pub families: Vec<Family>,
    pub family_words: FamilyWords,
    pub roles: Vec<RoleWords>,
}

/// The knowledge files, as text.
#[derive(Debug, Clone, Copy, Default)]
pub struct KnowledgeText<'a> {
    pub organisations: &'a str,
    pub remote_tools: &'a str,
    pub payments: &'a str,
    pub policies: &'a str,
    pub playbooks: &'a str,
    pub roles: &'a str,
    pub families: &'a str,
    pub countries: &'a str,
}

impl Knowledge {
    pub fn parse(files: KnowledgeText<'_>) -> Result<Knowledge, LoadError> {
        let KnowledgeText {
            organisations,
            remote_tools,
            payments,
            policies,
            playbooks,
            roles,
            families,
            countries,
        } = files;
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
        let countries: CountryFile =
            toml::from_str(countries).map_err(|e| toml_err("countries.toml", e))?;
        let families: FamilyFile =
            toml::from_str(families).map_err(|e| toml_err("families.toml", e))?;
        let family_ids: Vec<&str> = families.family.iter().map(|f| f.id.as_str()).collect();
        for f in &families.family {
            if let Some(bad) = f
                .wins_over
                .iter()
                .find(|w| !family_ids.contains(&w.as_str()))
            {
                return Err(LoadError::Knowledge {
                    file: "families.toml".into(),
                    message: format!("family {}: wins_over {bad:?} is not a family", f.id),
                });
            }
        }
        for step in &steps.step {
            if let Some(d) = step
                .dial
                .as_deref()
                .filter(|d| !DIAL_PLACEHOLDERS.contains(d))
            {
                return Err(LoadError::Knowledge {
                    file: "playbooks.toml".into(),
                    message: format!(
                        "step {}: dial {d:?} is not one of {}",
                        step.id,
                        DIAL_PLACEHOLDERS.join(", ")
                    ),
                });
            }
            if let Some(bad) = step
                .families
                .iter()
                .chain(&step.families_none)
                .find(|f| *f != "none" && !family_ids.contains(&f.as_str()))
            {
                return Err(LoadError::Knowledge {
                    file: "playbooks.toml".into(),
                    message: format!("step {}: family {bad:?} is not in families.toml", step.id),
                });
            }
        }
        for r in &roles.role {
            if !crate::directory::ROLES.contains(&r.id.as_str()) {
                return Err(LoadError::Knowledge {
                    file: "roles.toml".into(),
                    message: format!("role {:?} is not a directory role", r.id),
                });
            }
        }
        for (i, c) in countries.country.iter().enumerate() {
            let valid = c.code.len() == 2 && c.code.bytes().all(|b| b.is_ascii_uppercase());
            if !valid || countries.country[..i].iter().any(|o| o.code == c.code) {
                return Err(LoadError::Knowledge {
                    file: "countries.toml".into(),
                    message: format!(
                        "country {:?}: not an upper-case ISO code, or given twice",
                        c.code
                    ),
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
            countries: countries.country,
            family_words: FamilyWords::build(&families.family).map_err(|message| {
                LoadError::Knowledge {
                    file: "families.toml".into(),
                    message,
                }
            })?,
            families: families.family,
            roles: roles.role,
        })
    }

    /// The country whose calling code every number of `e164` carries, when there is one
    /// such country and at least one number.
    pub fn country_of_numbers<'a>(&self, e164: impl Iterator<Item = &'a str>) -> Option<&Country> {
        let mut found: Option<&Country> = None;
        for n in e164 {
            let digits = n.trim_start_matches('+');
            let c = self
                .countries
                .iter()
                .filter(|c| {
                    c.calling_code
                        .as_deref()
                        .is_some_and(|cc| digits.starts_with(cc))
                })
                .max_by_key(|c| c.calling_code.as_deref().map_or(0, str::len))?;
            if found.is_some_and(|f| f.code != c.code) {
                return None;
            }
            found = Some(c);
        }
        found
    }

    /// The country of this ISO code (any case), when the playbook knows it.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries
            .iter()
            .find(|c| c.code.eq_ignore_ascii_case(code))
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
