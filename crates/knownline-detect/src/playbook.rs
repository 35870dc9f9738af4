//! The playbook: the ordered steps this person should take now, chosen from
//! `knowledge/playbooks.toml` by channel, verdict, scam family and tactics, written from the
//! person's locale file and filled in with the organisation claimed, the numbers the contact
//! gave, the person's own IT support and their country's services.

use std::collections::HashMap;

use crate::assessment::{Entities, Signal, Step, Verdict};
use crate::contact::Channel;
use crate::directory::Directory;
use crate::knowledge::{Country, Knowledge};
use crate::locale::Locales;

/// What the directory said of the contact, for the steps that name it.
#[derive(Debug, Clone, Default)]
pub struct DirectoryFacts {
    /// The directory party the contact names, and its number as people write it.
    pub dir_claimed: Option<String>,
    pub dir_claimed_number: Option<String>,
    /// The directory party whose number the contact came from, and its number.
    pub sender_known: Option<String>,
    pub sender_known_number: Option<String>,
    /// The number, as people write it, when the contact is nothing but one number.
    pub bare_number: Option<String>,
}

/// Whom the steps are for: the language they are written in and the person's country.
#[derive(Debug, Clone, Copy)]
pub struct Audience<'a> {
    pub lang: &'a str,
    pub country: Option<&'a Country>,
}

/// Each family word found adds this much to its family's score, up to [`WORDS_AT_MOST`]
/// words: words tell the family apart when no rule of one fired, yet never outweigh a rule.
const WORD_WEIGHT: f32 = 0.35;
const WORDS_AT_MOST: usize = 3;

/// The scam family of a contact (`families.toml`): the family whose rules weighed most, with
/// a claimed organisation's category and the family's words counted too (`words`: how many
/// different words of each family the folded text holds, [`crate::knowledge::FamilyWords::count`]).
/// None when nothing points to one.
pub fn family<'k>(
    knowledge: &'k Knowledge,
    signals: &[Signal],
    entities: &Entities,
    words: &[usize],
) -> Option<&'k str> {
    let mut best: Option<(f32, &str)> = None;
    // Families one of whose rules fired, for `wins_over`.
    let mut by_rule: Vec<&crate::knowledge::Family> = Vec::new();
    for (i, f) in knowledge.families.iter().enumerate() {
        let mut score: f32 = signals
            .iter()
            .filter(|s| f.rules.iter().any(|p| s.id.starts_with(p.as_str())))
            .map(|s| s.weight.max(0.1))
            .sum();
        if score > 0.0 {
            by_rule.push(f);
        }
        let claimed = entities.organisations.iter().find(|o| o.claimed);
        if let Some(o) = claimed {
            if f.org_categories.contains(&o.category) {
                score += 1.0;
            }
        } else if entities
            .organisations
            .iter()
            .any(|o| f.org_categories.contains(&o.category))
        {
            score += WORD_WEIGHT;
        }
        let found = words.get(i).copied().unwrap_or(0).min(WORDS_AT_MOST);
        score += WORD_WEIGHT * found as f32;
        if score > 0.0 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, f.id.as_str()));
        }
    }
    let best = best.map(|(_, id)| id)?;
    // "Read us the code" inside a bank scam: the code is what to guard first.
    Some(
        by_rule
            .iter()
            .find(|f| f.wins_over.iter().any(|w| w == best))
            .map_or(best, |f| f.id.as_str()),
    )
}

/// Builds the steps, in the audience's language. Steps whose placeholders have no value are
/// left out.
#[allow(clippy::too_many_arguments)]
pub fn build(
    knowledge: &Knowledge,
    locales: &Locales,
    audience: Audience<'_>,
    family: Option<&str>,
    channel: Channel,
    verdict: Verdict,
    signals: &[Signal],
    entities: &Entities,
    dir: &Directory,
    facts: &DirectoryFacts,
) -> Vec<Step> {
    let lang = audience.lang;
    let mut values = placeholders(knowledge, locales, lang, entities, dir);
    // The country's services: only when the person's country is known, never a guess.
    if let Some(c) = audience.country {
        values.insert("emergency", c.emergency.clone());
        values.insert("fraud_report", c.fraud_report.clone());
        for (k, v) in [
            ("police", &c.police),
            ("spam_text", &c.spam_text),
            ("bank_line", &c.bank_line),
        ] {
            if let Some(v) = v {
                values.insert(k, v.clone());
            }
        }
    }
    // "Acme IT on +1 617-555-0100": only a party with a number gives a line to call.
    let line = |name: &String, number: &String| {
        locales
            .text(lang, "call-line", &[("name", name), ("number", number)])
            .unwrap_or_else(|| format!("{name} {number}"))
    };
    if let Some(name) = &facts.dir_claimed {
        values.insert("dir_claimed", name.clone());
        if let Some(n) = &facts.dir_claimed_number {
            values.insert("dir_claimed_line", line(name, n));
            values.insert("dir_claimed_number", n.clone());
        }
    }
    if let Some(name) = &facts.sender_known {
        values.insert("sender_known", name.clone());
        if let Some(n) = &facts.sender_known_number {
            values.insert("sender_known_number", n.clone());
        }
        values.insert(
            "sender_known_line",
            facts
                .sender_known_number
                .as_ref()
                .map_or_else(|| name.clone(), |n| line(name, n)),
        );
    }
    if let Some(n) = &facts.bare_number {
        values.insert("bare_number", n.clone());
    }
    let family = family.unwrap_or("none");
    let tactics: Vec<&str> = signals.iter().map(|s| s.tactic.as_str()).collect();
    let mut steps = Vec::new();
    for step in &knowledge.playbook {
        if !step.channels.is_empty() && !step.channels.contains(&channel) {
            continue;
        }
        if !step.verdicts.is_empty() && !step.verdicts.contains(&verdict) {
            continue;
        }
        if !step.families.is_empty() && !step.families.iter().any(|f| f == family) {
            continue;
        }
        if step.families_none.iter().any(|f| f == family) {
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
        let args: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let Some(text) = locales.text(lang, &step.message_id(), &args) else {
            continue;
        };
        if steps.iter().any(|s: &Step| s.text == text) {
            continue;
        }
        let dial = step
            .dial
            .as_deref()
            .and_then(|d| values.get(d))
            .and_then(|n| dialable(n));
        steps.push(Step {
            id: step.id.clone(),
            text,
            dial,
        });
    }
    steps
}

/// A number as a `tel:` link dials it: digits and a leading `+`; None when the value is not
/// one number ("112 / 999").
fn dialable(n: &str) -> Option<String> {
    let kept: String = n
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    let only_number = n
        .chars()
        .all(|c| c.is_ascii_digit() || " +-.()".contains(c));
    (only_number && kept.chars().filter(char::is_ascii_digit).count() >= 3).then_some(kept)
}

fn placeholders(
    knowledge: &Knowledge,
    locales: &Locales,
    lang: &str,
    entities: &Entities,
    dir: &Directory,
) -> HashMap<&'static str, String> {
    let mut v = HashMap::new();
    let claimed = entities
        .organisations
        .iter()
        .find(|o| o.claimed)
        .or_else(|| entities.organisations.first());
    if let Some(org) = claimed {
        v.insert("claimed", org.name.clone());
        // What an organisation says of itself and how to reach it are written in English:
        // other languages' steps go without them rather than mix languages.
        if let (Some(o), "en") = (knowledge.organisation(&org.id), lang) {
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
            let line = match it.phones.first() {
                Some(p) => {
                    let n = crate::directory::display_phone(p);
                    v.insert("it_support_number", n.clone());
                    locales
                        .text(lang, "call-line", &[("name", &it.name), ("number", &n)])
                        .unwrap_or_else(|| format!("{} {n}", it.name))
                }
                None => it.name.clone(),
            };
            v.insert("it_support_line", line);
        }
        None => {
            v.insert("it_support", locales.word(lang, "it-support-default"));
            v.insert(
                "it_support_line",
                locales.word(lang, "it-support-line-default"),
            );
        }
    }
    v
}

/// Capitalises a policy statement and ends it with a full stop.
pub(crate) fn sentence(s: &str) -> String {
    let s = s.trim().trim_end_matches('.');
    if s.is_empty() {
        return String::new();
    }
    format!("{}.", crate::text::capitalised(s))
}

pub(crate) fn times(n: u64) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}
