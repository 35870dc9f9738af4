//! A call read as it happens: pushed utterance by utterance, it ends where the whole call
//! assessed at once does, it alerts once, and its bounds hold.

use std::collections::HashMap;

use knownline_detect::{
    CallError, Contact, Directory, DirectoryEntry, EntryInput, Field, Reader, Region, Verdict,
    MAX_UTTERANCES, MAX_UTTERANCE_BYTES,
};
use proptest::prelude::*;

use crate::{engine, repo};

fn entry(name: &str, role: &str, phones: &[&str]) -> DirectoryEntry {
    EntryInput {
        name: name.into(),
        role: role.into(),
        phones: phones.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
    .validate(Region::US, "typed")
    .unwrap()
}

fn acme() -> Directory {
    Directory::new(
        Some("Acme".into()),
        vec![
            entry("Acme IT", "it_support", &["+1 617 555 0100"]),
            entry("Chase", "bank", &["+1 800 935 9935"]),
        ],
        HashMap::new(),
    )
}

/// Every call of the repository: the samples and the real accounts of `eval/real`.
fn calls() -> Vec<(String, String)> {
    let root = repo();
    let mut out = Vec::new();
    for e in std::fs::read_dir(root.join("samples/call"))
        .unwrap()
        .flatten()
    {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "txt") {
            out.push((
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            ));
        }
    }
    for e in std::fs::read_dir(root.join("eval/real/cases"))
        .unwrap()
        .flatten()
    {
        for line in std::fs::read_to_string(e.path()).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            if v["channel"] == "call" {
                out.push((
                    v["id"].as_str().unwrap().to_string(),
                    v["content"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    assert!(out.len() > 50, "only {} calls", out.len());
    out
}

/// Pushes `lines` one by one; checks the last turn against the whole call assessed at once.
fn check_same_as_whole(name: &str, lines: &[&str], dir: &Directory) {
    let e = engine();
    let reader = Reader::default();
    let mut s = e.call_session(reader.clone());
    let mut last = None;
    let mut alerts = 0;
    for l in lines.iter().filter(|l| !l.trim().is_empty()) {
        let t = s.push_line(e, dir, l).unwrap();
        alerts += usize::from(t.alert);
        if t.alert {
            assert!(
                t.verdict >= Verdict::Suspicious,
                "{name}: alert on {:?}",
                t.verdict
            );
            assert!(t.reason.as_deref().is_some_and(|r| !r.is_empty()), "{name}");
        }
        last = Some(t);
    }
    let Some(last) = last else { return };
    let whole = e.assess_for(s.contact(), dir, &reader);
    assert_eq!(last.verdict, whole.verdict, "{name}");
    assert!(
        (last.score - whole.score).abs() < 1e-4,
        "{name}: {} turn by turn, {} whole",
        last.score,
        whole.score
    );
    let ids = |v: &[knownline_detect::Signal]| -> Vec<String> {
        let mut ids: Vec<String> = v
            .iter()
            .map(|s| s.id.clone())
            .filter(|id| id != "text.resembles_scams")
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(&last.signals), ids(&whole.signals), "{name}");
    assert_eq!(alerts, usize::from(s.alert_turn().is_some()), "{name}");
    assert_eq!(s.alert_turn().is_some(), alerts == 1);
}

#[test]
fn a_call_read_turn_by_turn_ends_as_the_whole_call_does() {
    let dir = acme();
    for (name, content) in calls() {
        let lines: Vec<&str> = content.lines().collect();
        check_same_as_whole(&name, &lines, &Directory::empty());
        check_same_as_whole(&name, &lines, &dir);
        // An account of a call typed sentence by sentence.
        let sentences: Vec<&str> = content.split_inclusive(['.', '?', '!']).collect();
        check_same_as_whole(&name, &sentences, &Directory::empty());
    }
}

#[test]
fn a_labelled_transcript_pushed_line_by_line_is_the_transcript() {
    let e = engine();
    let text = "Caller: Hello, this is Microsoft Windows technical support.\n\
                Callee: Oh, what is the problem?\n\
                Caller: Your computer is sending us error messages, it has a virus.\n\
                Caller: Please install AnyDesk so our technician can fix it.\n\
                Callee: I don't know.\n\
                Caller: It costs $299, you can pay with Google Play gift cards.\n";
    let mut s = e.call_session(Reader::default());
    let mut turns = Vec::new();
    for l in text.lines() {
        turns.push(s.push_line(e, &Directory::empty(), l).unwrap());
    }
    let fields: Vec<Field> = s.contact().parts.iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        [
            Field::Caller,
            Field::Callee,
            Field::Caller,
            Field::Caller,
            Field::Callee,
            Field::Caller
        ]
    );
    let whole = e.assess(
        &Contact::parse(Some(knownline_detect::Channel::Call), text),
        &Directory::empty(),
    );
    let last = turns.last().unwrap();
    assert_eq!(last.verdict, whole.verdict);
    assert_eq!(last.verdict, Verdict::Scam);
    assert!((last.score - whole.score).abs() < 1e-4);
    // Flagged by the caller's third line, once.
    let first = turns.iter().position(|t| t.alert).unwrap();
    assert!(turns[first].caller_turns <= 3, "{:?}", turns[first]);
    assert_eq!(turns.iter().filter(|t| t.alert).count(), 1);
    assert_eq!(turns[4].caller_turns, 3);
    // From the alert on the steps are written; the first one says what to do now.
    let a = s.assessment().unwrap();
    assert!(!a.steps.is_empty());
    assert!(!a.reasons.is_empty());
}

#[test]
fn a_quiet_call_never_alerts_and_has_no_explanation() {
    let e = engine();
    let mut s = e.call_session(Reader::default());
    for l in [
        "Caller: Hi, it's Anna from the dentist's office.",
        "Caller: I'm calling to confirm your appointment on Thursday at ten.",
        "Me: Yes, that's fine, thank you.",
        "Caller: Great, see you then. Bye!",
    ] {
        let t = s.push_line(e, &Directory::empty(), l).unwrap();
        assert!(!t.alert, "{l}: {t:?}");
        assert_eq!(t.verdict, Verdict::NoSigns, "{l}");
    }
    assert!(s.assessment().is_none());
}

#[test]
fn the_reader_gets_the_steps_in_their_language() {
    let e = engine();
    let reader = Reader {
        lang: Some("de".into()),
        country: Some("DE".into()),
    };
    let mut s = e.call_session(reader);
    for l in [
        "Caller: This is Microsoft support, your computer has a virus.",
        "Caller: Install AnyDesk now and give me the code.",
    ] {
        s.push_line(e, &Directory::empty(), l).unwrap();
    }
    let a = s.assessment().expect("alerted");
    assert_eq!(a.language, "de");
}

#[test]
fn the_bounds_of_a_call_are_errors_not_panics() {
    let e = engine();
    let dir = Directory::empty();
    let mut s = e.call_session(Reader::default());
    let long = "a".repeat(MAX_UTTERANCE_BYTES + 1);
    assert_eq!(
        s.push(e, &dir, None, &long).unwrap_err(),
        CallError::UtteranceTooLong(long.len())
    );
    assert_eq!(s.turns(), 0);
    for _ in 0..MAX_UTTERANCES {
        s.push(e, &dir, Some(Field::Callee), "ok").unwrap();
    }
    assert_eq!(
        s.push(e, &dir, None, "one more").unwrap_err(),
        CallError::CallTooLong
    );
    assert_eq!(s.turns(), MAX_UTTERANCES);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// Any cut of a scam call into utterances, any speakers: the same end as the whole.
    #[test]
    fn any_split_ends_as_the_whole(cuts in proptest::collection::vec(0usize..400, 0..12), roles in proptest::collection::vec(0u8..3, 12)) {
        let text = "Hello this is Microsoft Windows support calling, your computer has a virus \
                    and is sending errors. Call us back at +1 (844) 555-0142 or visit \
                    https://ms-fix-support.top now. Please install AnyDesk and read me the \
                    code, then pay $199.99 with Google Play gift cards. Don't tell anyone.";
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(text.len())).collect();
        cuts.push(text.len());
        cuts.sort_unstable();
        cuts.dedup();
        let e = engine();
        let dir = acme();
        let reader = Reader::default();
        let mut s = e.call_session(reader.clone());
        let mut from = 0;
        let mut last = None;
        for (k, &c) in cuts.iter().enumerate() {
            let piece = &text[from..c];
            from = c;
            if piece.trim().is_empty() {
                continue;
            }
            let who = match roles[k % roles.len()] {
                0 => None,
                1 => Some(Field::Caller),
                _ => Some(Field::Callee),
            };
            last = Some(s.push(e, &dir, who, piece).unwrap());
        }
        let last = last.unwrap();
        let whole = e.assess_for(s.contact(), &dir, &reader);
        prop_assert_eq!(last.verdict, whole.verdict);
        prop_assert!((last.score - whole.score).abs() < 1e-4);
    }
}
