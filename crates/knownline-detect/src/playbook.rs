//! The playbook: the ordered steps this person should take now, chosen from
//! `knowledge/playbooks.toml` by channel, verdict and tactics, and filled in with the
//! organisation claimed, the numbers the contact gave and the person's own IT support.

use std::collections::HashMap;

use crate::assessment::{Entities, Signal, Verdict};
use crate::contact::Channel;
use crate::directory::Directory;
use crate::knowledge::Knowledge;

/// What the directory said of the contact, for the steps that name it.
#[derive(Debug, Clone, Default)]
pub struct DirectoryFacts {
    /// The directory party the contact names.
    pub dir_claimed: Option<String>,
    /// How to reach it: "First Bank on +1 800-…".
    pub dir_claimed_line: Option<String>,
    /// The directory party whose number the contact came from.
    pub sender_known: Option<String>,
    pub sender_known_line: Option<String>,
    /// The number, as people write it, when the contact is nothing but one number.
    pub bare_number: Option<String>,
}

/// Builds the steps. Steps whose placeholders have no value are left out.
pub fn build(
    knowledge: &Knowledge,
    channel: Channel,
    verdict: Verdict,
    signals: &[Signal],
    entities: &Entities,
    dir: &Directory,
    facts: &DirectoryFacts,
) -> Vec<String> {
    let mut values = placeholders(knowledge, channel, entities, dir);
    for (key, value) in [
        ("dir_claimed", &facts.dir_claimed),
        ("dir_claimed_line", &facts.dir_claimed_line),
        ("sender_known", &facts.sender_known),
        ("sender_known_line", &facts.sender_known_line),
        ("bare_number", &facts.bare_number),
    ] {
        if let Some(v) = value {
            values.insert(key, v.clone());
        }
    }
    let tactics: Vec<&str> = signals.iter().map(|s| s.tactic.as_str()).collect();
    let mut steps = Vec::new();
    for step in &knowledge.playbook {
        if !step.channels.is_empty() && !step.channels.contains(&channel) {
            continue;
        }
        if !step.verdicts.is_empty() && !step.verdicts.contains(&verdict) {
            continue;
        }
        if !step.tactics_any.is_empty()
            && !step
                .tactics_any
                .iter()
                .any(|t| tactics.contains(&t.as_str()))
        {
            continue;
        }
        if step
            .tactics_none
            .iter()
            .any(|t| tactics.contains(&t.as_str()))
        {
            continue;
        }
        if step.needs.iter().any(|n| !values.contains_key(n.as_str())) {
            continue;
        }
        if step.unless.iter().any(|n| values.contains_key(n.as_str())) {
            continue;
        }
        let text = fill(&step.text, &values);
        if !steps.contains(&text) {
            steps.push(text);
        }
    }
    steps
}

fn placeholders(
    knowledge: &Knowledge,
    channel: Channel,
    entities: &Entities,
    dir: &Directory,
) -> HashMap<&'static str, String> {
    let mut v = HashMap::new();
    let claimed = entities
        .organisations
        .iter()
        .find(|o| o.claimed)
        .or_else(|| entities.organisations.first());
    let them = match channel {
        Channel::Call => "the caller",
        Channel::Email | Channel::Sms => "the sender",
        Channel::Popup => "the page",
    };
    v.insert("them", them.to_string());
    if let Some(org) = claimed {
        v.insert("claimed", org.name.clone());
        if let Some(o) = knowledge.organisation(&org.id) {
            if let Some(how) = &o.how_to_reach {
                v.insert("how_to_reach", how.clone());
            }
            if let Some(p) = o.policy.as_deref().and_then(|id| knowledge.policy(id)) {
                if let Some(never) = p.firm_never() {
                    v.insert("claimed_never", sentence(never));
                }
            }
        }
        if org.category == "tech" || org.category == "security" {
            v.insert("claimed_tech", org.name.clone());
        }
    }
    if !entities.phones.is_empty() {
        let numbers: Vec<String> = entities
            .phones
            .iter()
            .take(3)
            .map(|p| format!("“{}”", p.raw.trim()))
            .collect();
        v.insert("numbers_suffix", format!(" ({})", numbers.join(", ")));
        v.insert("numbers", numbers.join(", "));
    } else {
        v.insert("numbers_suffix", String::new());
    }
    match dir.it_support() {
        Some(it) => {
            v.insert("it_support", it.name.clone());
            v.insert("it_support_line", call_line(it));
        }
        None => {
            v.insert("it_support", "your own IT support".to_string());
            v.insert(
                "it_support_line",
                "your own IT support on a number you already know".to_string(),
            );
        }
    }
    v
}

/// Capitalises a policy statement and ends it with a full stop.
pub(crate) fn sentence(s: &str) -> String {
    let s = s.trim().trim_end_matches('.');
    let mut c = s.chars();
    match c.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), c.as_str()),
        None => String::new(),
    }
}

fn fill(template: &str, values: &HashMap<&'static str, String>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match values.get(key) {
                    Some(val) => out.push_str(val),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// "Acme IT on +1 617-555-0100", or the name alone.
pub(crate) fn call_line(e: &crate::directory::DirectoryEntry) -> String {
    match e.phones.first() {
        Some(p) => format!("{} on {}", e.name, crate::directory::display_phone(p)),
        None => e.name.clone(),
    }
}

pub(crate) fn times(n: u64) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}
