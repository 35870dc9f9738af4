//! Golden files: each sample in `samples/<channel>/` beside its `.expected.json` (verdict,
//! signal ids in sorted order, entities, family, language, steps, reasons and their quotes). A mismatch writes `.actual.json`; `UPDATE_EXPECT=1`
//! rewrites the expectations, and the diff is the review.

use std::path::Path;

use knownline_detect::{Channel, Contact, Directory};

use crate::{engine, repo};

fn expectation(path: &Path, channel: Channel) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let a = engine().assess(&Contact::parse(Some(channel), &text), &Directory::empty());
    // Signals come rules first, strongest first, the text model's last. Which of two close
    // weights is the larger changes with each retraining, so the file lists them sorted.
    let text_last = a
        .signals
        .windows(2)
        .all(|w| w[0].tactic != "text_model" || w[1].tactic == "text_model");
    let strongest_first = a
        .signals
        .windows(2)
        .all(|w| w[1].tactic == "text_model" || w[0].weight >= w[1].weight);
    assert!(
        text_last && strongest_first,
        "{}: signals out of order",
        path.display()
    );
    let mut ids: Vec<&str> = a.signals.iter().map(|s| s.id.as_str()).collect();
    ids.sort_unstable();
    let view = serde_json::json!({
        "verdict": a.verdict,
        "signals": ids,
        "entities": a.entities,
        "family": a.family,
        "language": a.language,
        "steps": a.steps,
        "reasons": a.reasons.iter().map(|r| serde_json::json!({"tactic": r.tactic, "quotes": r.quotes})).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&view).unwrap() + "\n"
}

#[test]
fn samples_match_their_expected_output() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    let mut n = 0;
    for channel in Channel::ALL {
        let dir = repo().join("samples").join(channel.as_str());
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if name.contains(".expected.") || name.contains(".actual.") {
                continue;
            }
            n += 1;
            let stem = path.with_extension("");
            let expected_path = stem.with_extension("expected.json");
            let actual = expectation(&path, channel);
            if update {
                std::fs::write(&expected_path, &actual).unwrap();
                continue;
            }
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            let actual_path = stem.with_extension("actual.json");
            if expected != actual {
                std::fs::write(&actual_path, &actual).unwrap();
                failures.push(format!(
                    "{} (see {})",
                    path.display(),
                    actual_path.display()
                ));
            } else {
                let _ = std::fs::remove_file(&actual_path);
            }
        }
    }
    assert!(n >= 8, "expected the shipped samples, found {n}");
    assert!(
        failures.is_empty(),
        "golden mismatches (UPDATE_EXPECT=1 to accept):\n{}",
        failures.join("\n")
    );
}
