//! What a person is told, per family, channel, language and country: the cases of
//! `tests/cases/advice.toml`, and the reasons' shape for every one of them.

use knownline_detect::{carries_meaning, Channel, Contact, Directory, Reader, Verdict};
use serde::Deserialize;

use crate::{engine, repo};

#[derive(Deserialize)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    channel: String,
    text: String,
    lang: Option<String>,
    country: Option<String>,
    family: String,
    language: Option<String>,
    first: String,
    #[serde(default)]
    has: Vec<String>,
    #[serde(default)]
    not_has: Vec<String>,
    #[serde(default)]
    never: Vec<String>,
    dial: Option<String>,
}

fn check(c: &Case) -> Vec<String> {
    let channel = Channel::parse(&c.channel).expect("a channel");
    let reader = Reader {
        lang: c.lang.clone(),
        country: c.country.clone(),
    };
    let a = engine().assess_for(
        &Contact::parse(Some(channel), &c.text),
        &Directory::empty(),
        &reader,
    );
    let mut wrong = Vec::new();
    let ids: Vec<&str> = a.steps.iter().map(|s| s.id.as_str()).collect();
    let family = a.family.as_deref().unwrap_or("none");
    if family != c.family {
        wrong.push(format!("family {family}, not {}", c.family));
    }
    if let Some(l) = &c.language {
        if &a.language != l {
            wrong.push(format!("language {}, not {l}", a.language));
        }
    }
    if ids.first() != Some(&c.first.as_str()) {
        wrong.push(format!("first step {:?}, not {}", ids.first(), c.first));
    }
    for id in &c.has {
        if !ids.contains(&id.as_str()) {
            wrong.push(format!("no step {id}"));
        }
    }
    for id in &c.not_has {
        if ids.contains(&id.as_str()) {
            wrong.push(format!("step {id} given"));
        }
    }
    for s in &a.steps {
        for w in &c.never {
            if s.text.contains(w.as_str()) {
                wrong.push(format!("step {} says {w:?}", s.id));
            }
        }
    }
    if let Some(d) = &c.dial {
        let first = a.steps.first().and_then(|s| s.dial.as_deref());
        if first != Some(d.as_str()) {
            wrong.push(format!("first step dials {first:?}, not {d}"));
        }
    }
    // Reasons: one per tactic, each quote saying something alone; flagged contacts have one.
    let mut tactics: Vec<&str> = a.reasons.iter().map(|r| r.tactic.as_str()).collect();
    let n = tactics.len();
    tactics.sort_unstable();
    tactics.dedup();
    if tactics.len() != n {
        wrong.push("two reasons for one tactic".into());
    }
    if (a.verdict == Verdict::NoSigns) != a.reasons.is_empty() {
        wrong.push(format!(
            "verdict {:?} with {} reasons",
            a.verdict,
            a.reasons.len()
        ));
    }
    for q in a.reasons.iter().flat_map(|r| &r.quotes) {
        if !carries_meaning(q) {
            wrong.push(format!("quote {q:?} says nothing alone"));
        }
    }
    if !wrong.is_empty() {
        wrong.insert(0, format!("{}: steps {ids:?}", c.name));
    }
    wrong
}

#[test]
fn each_family_channel_and_language_gets_its_own_advice() {
    let text =
        std::fs::read_to_string(repo().join("crates/knownline-detect/tests/cases/advice.toml"))
            .unwrap();
    let file: CaseFile = toml::from_str(&text).unwrap();
    assert!(file.case.len() >= 20);
    let failures: Vec<String> = file.case.iter().flat_map(check).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Coverage: every channel and at least the families and languages named here.
    for ch in ["call", "sms", "email", "popup"] {
        assert!(file.case.iter().any(|c| c.channel == ch), "{ch}");
    }
    let families: std::collections::BTreeSet<&str> =
        file.case.iter().map(|c| c.family.as_str()).collect();
    assert!(families.len() >= 11, "{families:?}");
}
