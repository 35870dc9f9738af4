//! The callback procedure as a function: who a contact claimed to be, the number it called
//! from or gave and the address it wrote from, checked against the organisation's directory,
//! the built-in knowledge of impersonated organisations and the reputation of numbers and
//! domains. The answer always ends in a call back on a number the person already knows:
//! caller ID and display names can be forged, so even a match is no proof.

use std::collections::HashMap;

use serde::Serialize;

use crate::directory::{display_phone, name_key, normalise_domain, normalise_phone, Directory};
use crate::directory::{DirectoryEntry, Seen};
use crate::knowledge::Knowledge;
use crate::playbook::sentence;
use crate::Region;

/// Claims longer than this are cut: a claim is a name, not a transcript.
pub const MAX_CLAIM: usize = 500;
/// Longest phrase, in words, looked up in a claim.
const MAX_PHRASE_WORDS: usize = 6;

/// What the contact claimed.
#[derive(Debug, Clone, Default)]
pub struct VerifyRequest {
    pub claims: String,
    /// The number they called from or gave, as written.
    pub number: Option<String>,
    /// The sender address or domain.
    pub from: Option<String>,
    /// The language the answer is written in (English when None or not one of ours).
    pub lang: Option<String>,
}

/// What the store is asked for: the directory entries that could be the party claimed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lookup {
    /// Every phrase of the claim (1 to 6 words), as name keys.
    pub name_keys: Vec<String>,
    pub phone: Option<String>,
    pub domain: Option<String>,
    /// Roles the claim names (`it_support` always: the answer names the real IT support).
    pub roles: Vec<String>,
}

/// Word phrases of built-in organisations and of roles, by name key.
#[derive(Debug, Default)]
pub struct ClaimIndex {
    orgs: HashMap<String, usize>,
    roles: HashMap<String, usize>,
}

impl ClaimIndex {
    pub fn new(knowledge: &Knowledge) -> ClaimIndex {
        let mut orgs = HashMap::new();
        for (i, o) in knowledge.organisations.iter().enumerate() {
            let names = std::iter::once(&o.name)
                .chain(&o.aliases)
                .chain(&o.brand_words);
            for n in names {
                let k = name_key(n);
                if !k.is_empty() {
                    orgs.entry(k).or_insert(i);
                }
            }
        }
        let mut roles = HashMap::new();
        for (i, r) in knowledge.roles.iter().enumerate() {
            for p in &r.phrases {
                let k = name_key(p);
                if !k.is_empty() {
                    roles.entry(k).or_insert(i);
                }
            }
        }
        ClaimIndex { orgs, roles }
    }
}

/// Every run of 1 to 6 words of a name key, longest first at each start.
fn phrases(key: &str) -> Vec<(usize, String)> {
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out = Vec::new();
    for start in 0..words.len() {
        for len in (1..=MAX_PHRASE_WORDS.min(words.len() - start)).rev() {
            out.push((len, words[start..start + len].join(" ")));
        }
    }
    out
}

fn claim_key(claims: &str) -> String {
    name_key(crate::text::truncate_at_char(claims, MAX_CLAIM))
}

/// The directory lookups a request needs.
pub fn lookup(
    index: &ClaimIndex,
    knowledge: &Knowledge,
    req: &VerifyRequest,
    region: Region,
) -> Lookup {
    let key = claim_key(&req.claims);
    let ph = phrases(&key);
    let mut roles = vec!["it_support".to_string()];
    for (_, p) in &ph {
        if let Some(&r) = index.roles.get(p) {
            let id = &knowledge.roles[r].id;
            if !roles.contains(id) {
                roles.push(id.clone());
            }
        }
    }
    Lookup {
        name_keys: ph.into_iter().map(|(_, p)| p).collect(),
        phone: req
            .number
            .as_deref()
            .and_then(|n| normalise_phone(n, region).ok()),
        domain: req.from.as_deref().and_then(|d| normalise_domain(d).ok()),
        roles,
    }
}

/// The party a claim names.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Party {
    pub name: String,
    /// `directory`, `built_in`, `role` or `unknown`.
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Whether the claim is one of technical support.
    pub tech_support: bool,
}

/// The contact to call instead.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CallBack {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub how: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PolicyNote {
    pub organisation: String,
    pub statement: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where the organisation asks scams in its name to be reported.
    pub report_to: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Flag {
    pub id: String,
    pub text: String,
}

/// The answer.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Verification {
    pub claims: String,
    pub party: Party,
    /// `known_scam`, `mismatch`, `matches` or `unknown`.
    pub status: String,
    pub summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number_problem: Option<String>,
    pub number_matches: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_domain: Option<String>,
    pub domain_matches: Option<bool>,
    pub call_back: CallBack,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy: Option<PolicyNote>,
    pub reputation: Vec<Seen>,
    pub flags: Vec<Flag>,
    pub steps: Vec<String>,
}

/// Runs the callback procedure. `dir` holds the entries [`lookup`] found (or all of them)
/// and the reputation of the number and domain.
pub fn verify(
    index: &ClaimIndex,
    knowledge: &Knowledge,
    locales: &crate::locale::Locales,
    dir: &Directory,
    req: &VerifyRequest,
    region: Region,
) -> Verification {
    let lang = req
        .lang
        .as_deref()
        .and_then(crate::locale::supported)
        .unwrap_or(crate::locale::LANGUAGES[0]);
    let t = |id: &str, args: &[(&str, &str)]| locales.text(lang, id, args).unwrap_or_default();
    // The knowledge files' own wording (how to reach a party, a role's number) is English:
    // other languages get the general advice of their locale file instead.
    let english = lang == crate::locale::LANGUAGES[0];
    let unknown_how = t("verify-how-unknown", &[]);
    let key = claim_key(&req.claims);
    let ph = phrases(&key);

    // The number and the domain.
    let (number, number_problem) = match req.number.as_deref().map(str::trim) {
        None | Some("") => (None, None),
        Some(n) => match normalise_phone(n, region) {
            Ok(e) => (Some(e), None),
            Err(e) => (None, Some(e)),
        },
    };
    let from_domain = req.from.as_deref().and_then(|d| normalise_domain(d).ok());

    // Who is claimed: a directory entry by name, else a built-in organisation, else a role.
    let mut best: Option<(usize, usize)> = None; // (words, entry)
    for (i, e) in dir.entries.iter().enumerate() {
        for n in std::iter::once(&e.name).chain(&e.aliases) {
            let k = name_key(n);
            if k.is_empty() {
                continue;
            }
            if let Some((len, _)) = ph.iter().find(|(_, p)| *p == k) {
                if best.is_none_or(|(l, _)| *len > l) {
                    best = Some((*len, i));
                }
            }
        }
    }
    let mut org: Option<(usize, usize)> = None;
    let mut role: Option<usize> = None;
    for (len, p) in &ph {
        if let Some(&o) = index.orgs.get(p) {
            if org.is_none_or(|(l, _)| *len > l) {
                org = Some((*len, o));
            }
        }
        if role.is_none() {
            role = index.roles.get(p).copied();
        }
    }
    let org = org.map(|(_, o)| &knowledge.organisations[o]);
    let role = role.map(|r| &knowledge.roles[r]);
    let tech = role.is_some_and(|r| r.tech)
        || org.is_some_and(|o| o.category == "tech" || o.category == "security");
    let it_support = dir.it_support();

    let mut entry: Option<&DirectoryEntry> = best.map(|(_, i)| &dir.entries[i]);
    // "Your bank", "our IT support": the directory's party of that role, when it has one.
    if entry.is_none() && org.is_none() {
        if let Some(r) = role {
            entry = dir.entries.iter().find(|e| e.role == r.id);
        }
    }
    let party = match (entry, org, role) {
        (Some(e), _, _) => Party {
            name: e.name.clone(),
            kind: "directory".into(),
            role: Some(e.role.clone()),
            tech_support: tech || e.role == "it_support",
        },
        (None, Some(o), _) => Party {
            name: o.name.clone(),
            kind: "built_in".into(),
            role: None,
            tech_support: tech,
        },
        (None, None, Some(r)) => Party {
            name: t(&format!("verify-role-{}", r.id), &[]),
            kind: "role".into(),
            role: Some(r.id.clone()),
            tech_support: tech,
        },
        (None, None, None) => Party {
            name: crate::text::truncate_at_char(req.claims.trim(), 120).to_string(),
            kind: "unknown".into(),
            role: None,
            tech_support: false,
        },
    };
    let is_own_it = entry.is_some_and(|e| e.role == "it_support");

    // Does the number belong to them?
    let owner = number.as_deref().and_then(|n| dir.entry_with_phone(n));
    let number_matches = match (&number, entry) {
        (None, _) => None,
        (Some(n), Some(e)) if !e.phones.is_empty() => Some(e.phones.contains(n)),
        // Nobody's number in the directory is theirs when it is someone else's.
        (Some(_), _) if owner.is_some() && owner != entry => Some(false),
        (Some(n), _) if dir.reputation.contains_key(n) => Some(false),
        _ => None,
    };
    let domain_matches = match (&from_domain, entry, org) {
        (None, _, _) => None,
        (Some(d), Some(e), _) if !e.domains.is_empty() => Some(e.domains.contains(d)),
        (Some(d), None, Some(o)) if !o.domains.is_empty() => Some(o.domains.contains(d)),
        (Some(d), _, _) if dir.entry_with_domain(d).is_some_and(|o| Some(o) != entry) => {
            Some(false)
        }
        _ => None,
    };
    let mut reputation: Vec<Seen> = Vec::new();
    for v in number.iter().chain(from_domain.iter()) {
        if let Some(s) = dir.reputation.get(v) {
            reputation.push(s.clone());
        }
    }

    // Whom to call instead. Technical support is always the organisation's own IT support.
    let call_back = if party.tech_support && !is_own_it {
        match it_support {
            Some(it) => callback_of(it),
            None => CallBack {
                name: t("verify-your-own-it", &[]),
                phone: None,
                how: if english {
                    knowledge.role("it_support").map(|r| r.call_back.clone())
                } else {
                    Some(unknown_how.clone())
                },
            },
        }
    } else if let Some(e) = entry.filter(|e| !e.phones.is_empty()) {
        callback_of(e)
    } else if let Some(o) = org {
        CallBack {
            name: o.name.clone(),
            phone: None,
            how: Some(
                o.how_to_reach
                    .clone()
                    .filter(|_| english)
                    .unwrap_or_else(|| t("verify-how-website", &[("org", &o.name)])),
            ),
        }
    } else if let Some(e) = entry {
        CallBack {
            name: e.name.clone(),
            phone: None,
            how: knowledge
                .role(&e.role)
                .filter(|_| english)
                .map(|r| r.call_back.clone())
                .or_else(|| Some(unknown_how.clone())),
        }
    } else if let Some(r) = role {
        CallBack {
            name: t(&format!("verify-role-{}", r.id), &[]),
            phone: None,
            how: Some(if english {
                r.call_back.clone()
            } else {
                unknown_how.clone()
            }),
        }
    } else {
        CallBack {
            name: party.name.clone(),
            phone: None,
            how: Some(unknown_how.clone()),
        }
    };

    let policy = org.and_then(|o| {
        let p = knowledge.policy(o.policy.as_deref()?)?;
        Some(PolicyNote {
            organisation: o.name.clone(),
            statement: sentence(p.firm_never_about(&["call", "phone", "contact", "email", "ask"])?),
            source: p.sources.first().cloned(),
            // Only places to report; the notes on what the sources did not confirm stay out.
            report_to: p
                .report_to
                .iter()
                .filter(|r| !r.contains("NOT confirmed") && !r.starts_with('('))
                .cloned()
                .collect(),
        })
    });

    // Flags, strongest first.
    let mut flags = Vec::new();
    if !reputation.is_empty() {
        let s = &reputation[0];
        flags.push(Flag {
            id: "known_scam".into(),
            text: t(
                "verify-flag-known",
                &[
                    ("value", &show(&s.value)),
                    ("count", &s.count.to_string()),
                    ("date", s.last_seen.get(..10).unwrap_or(&s.last_seen)),
                ],
            ),
        });
    }
    let own_it = t("verify-your-own-it", &[]);
    let it_name = it_support.map_or(own_it.as_str(), |e| e.name.as_str());
    let number_is_it = number
        .as_deref()
        .zip(it_support)
        .is_some_and(|(n, it)| it.phones.iter().any(|p| p == n));
    if party.tech_support && !is_own_it {
        flags.push(Flag {
            id: "not_your_it_support".into(),
            text: match it_support {
                Some(it) => t(
                    "verify-flag-not-it",
                    &[("it", &it.name), ("party", &party.name)],
                ),
                None => t("verify-flag-not-it-unnamed", &[("party", &party.name)]),
            },
        });
    } else if is_own_it && number.is_some() && !number_is_it {
        flags.push(Flag {
            id: "not_your_it_support".into(),
            text: t(
                "verify-flag-not-it-number",
                &[
                    ("it", it_name),
                    ("number", &show(number.as_deref().unwrap_or_default())),
                ],
            ),
        });
    }
    if number_matches == Some(false) && !flags.iter().any(|f| f.id == "not_your_it_support") {
        let n = show(number.as_deref().unwrap_or_default());
        let text = match owner.filter(|o| Some(*o) != entry) {
            Some(o) => t(
                "verify-flag-someone-elses",
                &[("number", &n), ("owner", &o.name), ("party", &party.name)],
            ),
            None => t(
                "verify-flag-not-theirs",
                &[("number", &n), ("party", &party.name)],
            ),
        };
        flags.push(Flag {
            id: "number_not_theirs".into(),
            text,
        });
    }
    if domain_matches == Some(false) {
        flags.push(Flag {
            id: "domain_not_theirs".into(),
            text: t(
                "verify-flag-domain",
                &[
                    ("domain", from_domain.as_deref().unwrap_or_default()),
                    ("party", &party.name),
                ],
            ),
        });
    }

    let matches =
        number_matches == Some(true) || (number.is_none() && domain_matches == Some(true));
    let status = if !reputation.is_empty() {
        "known_scam"
    } else if !flags.is_empty() {
        "mismatch"
    } else if matches {
        "matches"
    } else {
        "unknown"
    };
    let call_line_text = callback_text(&call_back, &t, &unknown_how, english);
    let callback = [("callback", call_line_text.as_str())];
    let summary = match status {
        "known_scam" => t("verify-summary-known", &[("flag", &flags[0].text)]),
        "mismatch" => t(
            "verify-summary-mismatch",
            &[
                ("flag", flags.first().map_or("", |f| f.text.as_str())),
                callback[0],
            ],
        ),
        "matches" if number_matches == Some(true) => t(
            "verify-summary-number-matches",
            &[("party", &party.name), callback[0]],
        ),
        "matches" => t(
            "verify-summary-domain-matches",
            &[("party", &party.name), callback[0]],
        ),
        _ => t(
            "verify-summary-unknown",
            &[("party", &party.name), callback[0]],
        ),
    };

    let mut steps = Vec::new();
    match status {
        "matches" => steps.push(t("verify-step-even-if-matches", &callback)),
        _ => steps.push(t("verify-step-hang-up", &[])),
    }
    if status != "matches" {
        steps.push(capitalise(&t("verify-step-call-back", &callback)));
    }
    if let Some(n) = number.as_deref().filter(|_| number_matches != Some(true)) {
        steps.push(t("verify-step-not-that-number", &[("number", &show(n))]));
    }
    if let Some(p) = &policy {
        steps.push(t(
            "verify-step-policy",
            &[("org", &p.organisation), ("statement", &p.statement)],
        ));
    }
    if party.tech_support && !is_own_it {
        steps.push(t("verify-step-no-remote", &[]));
    }
    if let Some(r) = policy
        .as_ref()
        .filter(|_| status == "known_scam" || status == "mismatch")
        .and_then(|p| p.report_to.first())
    {
        steps.push(t("verify-step-report", &[("where", r)]));
    }
    if status == "known_scam" || status == "mismatch" {
        let it = it_support.map_or_else(|| t("verify-your-it", &[]), |e| e.name.clone());
        steps.push(t("verify-step-tell-it", &[("it", &it)]));
    }

    Verification {
        claims: req.claims.trim().to_string(),
        party,
        status: status.into(),
        summary,
        number,
        number_problem,
        number_matches,
        from_domain,
        domain_matches,
        call_back,
        policy,
        reputation,
        flags,
        steps,
    }
}

fn callback_of(e: &DirectoryEntry) -> CallBack {
    CallBack {
        name: e.name.clone(),
        phone: e.phones.first().cloned(),
        how: None,
    }
}

/// What to do instead, as a verb phrase: "call Acme IT on +1 617-555-0100", "call your bank
/// on the number on the back of your card", "reach the IRS yourself: type irs.gov …".
/// `where_to_find` is the locale's "a number you find yourself …", a place like the
/// knowledge files' English ones (told apart by their first word, in English only).
fn callback_text(
    c: &CallBack,
    t: &impl Fn(&str, &[(&str, &str)]) -> String,
    where_to_find: &str,
    english: bool,
) -> String {
    let name = ("name", c.name.as_str());
    match (&c.phone, &c.how) {
        (Some(p), _) => t(
            "verify-callback-phone",
            &[name, ("number", &display_phone(p))],
        ),
        // A place to find the number ("the number on the back of your card"), or a way.
        (None, Some(how))
            if how == where_to_find
                || (english && ["a ", "the ", "your "].iter().any(|p| how.starts_with(p))) =>
        {
            t("verify-callback-on", &[name, ("how", how)])
        }
        (None, Some(how)) => t(
            "verify-callback-reach",
            &[name, ("how", how.trim_end_matches('.'))],
        ),
        (None, None) => t("verify-callback-known", &[name]),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A number shown for people; other values as they are.
fn show(v: &str) -> String {
    if v.starts_with('+') {
        display_phone(v)
    } else {
        v.to_string()
    }
}
