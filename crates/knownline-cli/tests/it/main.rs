//! The `knownline` command as a person and a script use it.

mod eval_floors;
mod hardening;
mod serve;
mod store;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn knownline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_knownline"))
        .args(args)
        .current_dir(repo())
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .expect("knownline runs")
}

fn knownline_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_knownline"))
        .args(args)
        .current_dir(repo())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn check_json_follows_the_contract() {
    let o = knownline(&[
        "check",
        "--format",
        "json",
        "samples/email/norton_renewal_callback.eml",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["channel"], "email");
    assert_eq!(v["verdict"], "scam");
    let score = v["score"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&score));
    let signals = v["signals"].as_array().unwrap();
    assert!(!signals.is_empty());
    for s in signals {
        for key in ["id", "tactic", "title", "evidence"] {
            assert!(!s[key].is_null(), "signal without {key}: {s}");
        }
    }
    assert!(v["entities"]["phones"]
        .as_array()
        .is_some_and(|p| !p.is_empty()));
    assert!(v["playbook"].as_array().is_some_and(|p| p.len() >= 3));
}

#[test]
fn check_jsonl_walks_folders_in_order_with_paths() {
    let dir = std::env::temp_dir().join(format!("knownline-walk-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    for name in ["bank_safe_account.txt", "otp_notice.txt"] {
        std::fs::copy(
            repo().join("samples/sms").join(name),
            dir.join("sub").join(name),
        )
        .unwrap();
    }
    std::fs::write(
        dir.join("a.txt"),
        "Your parcel is held, pay the fee at usps-redelivery.top",
    )
    .unwrap();
    let o = knownline(&[
        "check",
        "--format",
        "jsonl",
        "--channel",
        "sms",
        dir.to_str().unwrap(),
    ]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    let paths: Vec<&str> = lines.iter().map(|l| l["path"].as_str().unwrap()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert!(lines.iter().all(|l| l["channel"] == "sms"));
}

#[test]
fn text_output_is_for_a_person_and_plain_when_piped() {
    let o = knownline(&["check", "samples/call/microsoft_support_call.txt"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.starts_with("SCAM") || out.starts_with("SUSPICIOUS"),
        "{out}"
    );
    assert!(out.contains("What to do now\n  1. Hang up"), "{out}");
    // Action first: the steps come before the reasons, and at most three reasons up front.
    let steps = out.find("What to do now").unwrap();
    let why = out.find("\nWhy\n").expect("a Why heading");
    assert!(steps < why, "{out}");
    let up_front = out[why..]
        .split("More reasons")
        .next()
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("  - "))
        .count();
    assert!((1..=3).contains(&up_front), "{out}");
    assert!(!out.contains('\x1b'), "colour codes in piped output");
}

#[test]
fn fail_on_sets_the_exit_code_for_scripts() {
    let scam = knownline(&[
        "check",
        "--fail-on",
        "suspicious",
        "samples/popup/defender_alert.html",
    ]);
    assert_eq!(scam.status.code(), Some(1));
    let fine = knownline(&["check", "--fail-on", "scam", "samples/sms/otp_notice.txt"]);
    assert_eq!(fine.status.code(), Some(0), "{}", stdout(&fine));
}

#[test]
fn stdin_and_channel_detection() {
    let o = knownline_stdin(
        &["check", "--format", "json", "-"],
        b"Caller: this is Microsoft, your computer has a virus. Install AnyDesk now.\nCallee: ok",
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["channel"], "call");
    assert_ne!(v["verdict"], "no_signs");
}

#[test]
fn bad_input_gets_a_clear_error_and_a_non_zero_exit() {
    let dir = std::env::temp_dir().join(format!("knownline-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("garbage.bin");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 1, 2, 3, 255].repeat(100)).unwrap();
    let o = knownline(&["check", binary.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("binary data"), "{}", stderr(&o));

    let latin1 = dir.join("sms.txt");
    std::fs::write(&latin1, b"Votre colis est bloqu\xe9, payez 1,99 \x80").unwrap();
    let o = knownline(&["check", "--channel", "sms", latin1.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not valid UTF-8"), "{}", stderr(&o));

    let big = dir.join("big.html");
    let page = "<p>Virus detected! Call +1 888 555 0142</p>\n".repeat(26 * 1024 * 1024 / 40);
    std::fs::write(&big, page).unwrap();
    let o = knownline(&["check", big.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("25 MiB limit"), "{}", stderr(&o));

    let o = knownline(&["check", "no/such/file.eml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/file.eml"));

    let o = knownline(&["check", "--channel", "fax", "samples/sms/otp_notice.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--channel"));

    // One bad file among good ones: the good ones are still checked.
    let o = knownline(&[
        "check",
        "--format",
        "jsonl",
        "samples/sms/otp_notice.txt",
        binary.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o).lines().count(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn broken_rule_pack_is_refused_with_the_file_named() {
    let dir = std::env::temp_dir().join(format!("knownline-pack-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["rules/lists", "knowledge/locales"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    let mut files: Vec<String> = [
        "organisations.toml",
        "remote_tools.toml",
        "payments.toml",
        "policies.yaml",
        "playbooks.toml",
        "families.toml",
    ]
    .iter()
    .map(|f| f.to_string())
    .collect();
    for entry in std::fs::read_dir(repo().join("knowledge/locales")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        files.push(format!("locales/{name}"));
    }
    // countries.toml left out first: the error names the missing file.
    let o = knownline(&["--pack", dir.to_str().unwrap(), "rules", "test"]);
    assert_eq!(o.status.code(), Some(2));
    for f in &files {
        std::fs::copy(
            repo().join("knowledge").join(f),
            dir.join("knowledge").join(f),
        )
        .unwrap();
    }
    let o = knownline(&["--pack", dir.to_str().unwrap(), "rules", "test"]);
    assert!(
        stderr(&o).contains("knowledge/countries.toml is missing"),
        "{}",
        stderr(&o)
    );
    std::fs::copy(
        repo().join("knowledge/countries.toml"),
        dir.join("knowledge/countries.toml"),
    )
    .unwrap();
    std::fs::write(dir.join("rules/lists/x.txt"), "gift card\n").unwrap();
    std::fs::write(dir.join("rules/bad.toml"), "id = \"a.b\"\ntitle = \"t\"\nexplain = \"e\"\ntactic = \"secrecy\"\nwhen = { all = [\"@y\"] }\n").unwrap();
    let o = knownline(&["--pack", dir.to_str().unwrap(), "rules", "test"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("rules/bad.toml") && err.contains("a.b"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn rules_test_passes_on_the_shipped_pack() {
    let o = knownline(&["rules", "test"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains(" passed, 0 failed"));
}

#[test]
fn training_is_deterministic() {
    let base = std::env::temp_dir().join(format!("knownline-train-{}", std::process::id()));
    let mut outputs = Vec::new();
    for run in ["a", "b"] {
        let out = base.join(run);
        let o = knownline(&[
            "train",
            "--out",
            out.to_str().unwrap(),
            "samples/cases/sms.jsonl",
            "samples/cases/call.jsonl",
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        outputs.push((
            std::fs::read(out.join("model.toml")).unwrap(),
            std::fs::read(out.join("text.bin")).unwrap(),
        ));
    }
    assert!(
        outputs[0] == outputs[1],
        "two trainings on the same data differ"
    );
    std::fs::remove_dir_all(&base).unwrap();
}

#[test]
fn issue_12_folders_follow_links_report_loops_and_refuse_emptiness() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("inbox")).unwrap();
    std::fs::create_dir_all(root.join("empty")).unwrap();
    std::fs::copy(
        repo().join("samples/email/norton_renewal_callback.eml"),
        root.join("inbox/renewal.eml"),
    )
    .unwrap();
    // A linked folder is followed; a link back to a folder being walked is a loop.
    std::os::unix::fs::symlink(repo().join("samples/email"), root.join("inbox/linked")).unwrap();
    let samples = std::fs::read_dir(repo().join("samples/email"))
        .unwrap()
        .count();
    let o = knownline(&[
        "check",
        "--format",
        "jsonl",
        root.join("inbox").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 1 + samples);
    assert!(stdout(&o).contains("/linked/"));

    std::os::unix::fs::symlink(root.join("inbox"), root.join("inbox/again")).unwrap();
    let o = knownline(&[
        "check",
        "--format",
        "jsonl",
        root.join("inbox").to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a loop is reported in the exit code"
    );
    assert!(stderr(&o).contains("loop, not followed"), "{}", stderr(&o));
    assert_eq!(
        stdout(&o).lines().count(),
        1 + samples,
        "the rest is still checked"
    );

    let o = knownline(&["check", root.join("empty").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("holds nothing to check"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn issue_12_a_contact_cut_short_says_so_and_is_never_called_clean() {
    // 300 numbers in a row: past the phone-number limit, with a scam's words before them.
    let mut text = String::from(
        "URGENT: your Microsoft licence expired. Your computer is infected. Call +1 888 555 0142 now.\n",
    );
    for i in 0..300 {
        text.push_str(&format!("ref 4155550{:03}\n", i));
    }
    let o = knownline_stdin(
        &["check", "--channel", "sms", "--format", "json", "-"],
        text.as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["complete"], false);
    assert!(v["incomplete_reasons"][0]
        .as_str()
        .unwrap()
        .contains("possible phone numbers"));
    assert_ne!(v["verdict"], "no_signs");
    assert_eq!(v["channel_guessed"], false);
    let o = knownline_stdin(&["check", "--channel", "sms", "-"], text.as_bytes());
    assert!(stdout(&o).contains("Only partly checked"), "{}", stdout(&o));

    let o = knownline_stdin(
        &["check", "--format", "json", "-"],
        b"Hi, are we still on for lunch tomorrow?",
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["complete"], true);
    assert_eq!(v["channel_guessed"], true);
    assert!(v.get("incomplete_reasons").is_none());
}
