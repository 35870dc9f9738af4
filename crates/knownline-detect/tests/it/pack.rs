//! The rule pack carries its own tests, and a broken pack is refused with a clear error.

use knownline_detect::{Engine, LoadError, Options, SourceFile};

use crate::{engine, sources};

#[test]
fn every_rule_case_holds() {
    let failures = engine().test_rules();
    assert!(
        failures.is_empty(),
        "{} rule cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(engine().n_cases() >= 2 * engine().pack.rules.len());
}

#[test]
fn every_tactic_of_the_issue_has_a_rule() {
    let tactics: Vec<&str> = engine()
        .pack
        .rules
        .iter()
        .map(|r| r.tactic.as_str())
        .collect();
    // Signals of these three come from the store and the model, not from rule files.
    let from_elsewhere = ["reputation", "directory_mismatch", "text_model"];
    for t in knownline_detect::TACTICS
        .iter()
        .filter(|t| !from_elsewhere.contains(t))
    {
        assert!(tactics.contains(t), "no rule for tactic {t}");
    }
}

#[test]
fn weights_never_lower_the_score() {
    // A signal that fires can only raise the score: every learned weight is at least zero.
    let model = &engine().model;
    assert!(model.rule_weights.iter().all(|w| *w >= 0.0));
    assert!(model.text_weight >= 0.0);
}

fn load_with_rule(rule: &str) -> Result<Engine, LoadError> {
    let mut s = sources(false);
    s.rules.push(SourceFile::new("rules/broken.toml", rule));
    Engine::new(&s, Options::default())
}

#[test]
fn broken_rule_files_name_the_file_rule_and_problem() {
    let e = load_with_rule("id = \"x\"\ntitle = ")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("rules/broken.toml:"), "{e}");

    let rule = r#"
id = "test.unknown_list"
title = "t"
explain = "e"
tactic = "secrecy"
when = { all = ["@no_such_list"] }
[[case]]
expect = "fire"
text = "a"
[[case]]
expect = "quiet"
text = "b"
"#;
    let e = load_with_rule(rule).unwrap_err().to_string();
    assert_eq!(
        e,
        "rules/broken.toml: rule test.unknown_list: unknown list @no_such_list"
    );

    let e = load_with_rule(&rule.replace("@no_such_list", "re:(unclosed"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("rule test.unknown_list: pattern"), "{e}");

    let e = load_with_rule(&rule.replace("secrecy", "mind_control"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("unknown tactic"), "{e}");

    let no_quiet = rule.replace("expect = \"quiet\"", "expect = \"fire\"");
    let e = load_with_rule(&no_quiet).unwrap_err().to_string();
    assert!(e.contains("quiet"), "{e}");
}

#[test]
fn broken_knowledge_and_model_are_refused() {
    let mut s = sources(false);
    s.organisations
        .push_str("\n[[org]]\nid = \"x\"\nname = \"X\"\ncategory = \"wizardry\"\n");
    let e = Engine::new(&s, Options::default()).unwrap_err().to_string();
    assert!(
        e.contains("organisations.toml") && e.contains("wizardry"),
        "{e}"
    );

    let mut s = sources(false);
    s.text_model = Some(b"not a model".to_vec());
    s.model = Some("version = 1\ntext_weight = 1.0\n[bias]\n[thresholds]\n[rules]\n".into());
    let e = Engine::new(&s, Options::default()).unwrap_err().to_string();
    assert!(e.contains("text model"), "{e}");
}

#[test]
fn a_message_missing_in_any_language_is_refused() {
    let base = sources(false);
    let ids: Vec<String> = [
        "step-call-hang_up_it",
        "family-parcel",
        "tactic-secrecy",
        "verdict-scam",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for file in &base.locales {
        for id in &ids {
            let mut s = base.clone();
            let f = s.locales.iter_mut().find(|f| f.path == file.path).unwrap();
            let kept: Vec<&str> = f
                .text
                .lines()
                .filter(|l| !l.starts_with(&format!("{id} =")))
                .collect();
            assert!(
                kept.len() < f.text.lines().count(),
                "{} has no {id}",
                file.path
            );
            f.text = kept.join("\n");
            match Engine::new(&s, Options::default()) {
                Err(LoadError::Locale {
                    file: named,
                    message,
                }) => {
                    assert!(message.contains(id.as_str()), "{message}");
                    assert!(!named.is_empty());
                }
                Err(e) => panic!("{}: removing {id}: unexpected {e}", file.path),
                Ok(_) => panic!("{}: {id} removed, yet the pack loaded", file.path),
            }
        }
    }
    // A language file missing altogether is refused too.
    let mut s = base.clone();
    s.locales.retain(|f| !f.path.ends_with("/nl.ftl"));
    assert!(matches!(
        Engine::new(&s, Options::default()),
        Err(LoadError::Locale { .. })
    ));
    // So is a file that is not Fluent.
    let mut s = base;
    s.locales[0].text.push_str("\nthis is { not fluent\n");
    assert!(matches!(
        Engine::new(&s, Options::default()),
        Err(LoadError::Locale { .. })
    ));
}
