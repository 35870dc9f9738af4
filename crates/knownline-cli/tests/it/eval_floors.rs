//! Evaluation floors on the test split of the shared corpora and of our own samples: not the
//! targets themselves (the evaluation command prints those), but a guard that a change
//! does not quietly lose detection or raise false alarms.

use std::path::PathBuf;

use crate::{knownline, repo};

fn shared_cases() -> PathBuf {
    repo().join("../shared/data/cases")
}

/// Parses `knownline eval` output: group → (scams, flag%, scam%, legit, flag%, scam%).
fn eval_rows(args: &[&str]) -> std::collections::HashMap<String, [f64; 6]> {
    let o = knownline(args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let mut rows = std::collections::HashMap::new();
    for line in String::from_utf8_lossy(&o.stdout).lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.len() < 10 {
            continue;
        }
        let nums: Vec<f64> = cols[cols.len() - 9..cols.len() - 3]
            .iter()
            .map(|c| c.parse().unwrap_or(f64::NAN))
            .collect();
        if nums[0].is_nan() {
            continue;
        }
        // Category rows are named "CHANNEL SOURCE/CATEGORY": looked up by SOURCE/CATEGORY.
        let mut name = cols[..cols.len() - 9].join(" ");
        if name.contains('/') {
            if let Some((_, rest)) = name.split_once(' ') {
                name = rest.to_string();
            }
        }
        rows.insert(name, [nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]]);
    }
    rows
}

#[test]
fn shared_corpora_test_split_floors() {
    let dir = shared_cases();
    assert!(
        dir.is_dir(),
        "{} is missing: CI runs with ../shared beside the project",
        dir.display()
    );
    // The smishing corpus's labels are shifted by one row; scripts/realign-smishing.py
    // rebuilds it with each label on its own text.
    let realigned = std::env::temp_dir()
        .join(format!("knownline-cases-{}", std::process::id()))
        .join("sms-smishing.jsonl.gz");
    let status = std::process::Command::new("python3")
        .arg(repo().join("scripts/realign-smishing.py"))
        .arg(&realigned)
        .status()
        .expect("python3 runs");
    assert!(status.success());
    let mut files: Vec<String> = [
        "call-synthetic",
        "call-scambait-real",
        "call-robocalls",
        "email-spamassassin",
        "email-phishing-pot",
        "email-nazario",
        "sms-uci",
    ]
    .iter()
    .map(|f| dir.join(format!("{f}.jsonl.gz")).display().to_string())
    .collect();
    files.push(realigned.display().to_string());
    let mut args = vec!["eval", "--split", "test"];
    args.extend(files.iter().map(String::as_str));
    let rows = eval_rows(&args);
    let get = |name: &str| {
        *rows
            .get(name)
            .unwrap_or_else(|| panic!("no row {name} in {rows:?}"))
    };
    // [scams, flag%, scam%, legit, flag%, scam%]
    let synthetic_legit = [
        get("call-synthetic/appointment"),
        get("call-synthetic/delivery"),
        get("call-synthetic/insurance"),
        get("call-synthetic/wrong"),
    ];
    for row in synthetic_legit {
        assert!(
            row[5] <= FLOOR.call_legit_scam,
            "synthetic legit calls called scam: {row:?}"
        );
    }
    assert!(get("email-spamassassin/easy-ham-1")[5] <= FLOOR.ham_scam);
    assert!(get("email-spamassassin/hard-ham-1")[4] <= FLOOR.hard_ham_flag);
    assert!(get("email-phishing-pot/toad")[1] >= FLOOR.toad);
    assert!(get("email-nazario/credential-phishing")[1] >= FLOOR.phishing);
    assert!(get("sms-smishing/smishing")[1] >= FLOOR.smishing);
    assert!(get("sms-uci/ham")[4] <= FLOOR.sms_ham_flag);
    assert!(get("call-robocalls/robocall")[1] >= FLOOR.robocall);
    // Real scam calls together: robocalls and scam-baiting recordings.
    let real: Vec<[f64; 6]> = rows
        .iter()
        .filter(|(k, _)| k.starts_with("call-robocalls/") || k.starts_with("call-scambait-real/"))
        .map(|(_, v)| *v)
        .collect();
    let n: f64 = real.iter().map(|r| r[0]).sum();
    let flagged: f64 = real.iter().map(|r| r[0] * r[1] / 100.0).sum();
    assert!(
        100.0 * flagged / n >= FLOOR.real_calls,
        "real scam calls flagged {flagged}/{n}"
    );
    let _ = std::fs::remove_dir_all(realigned.parent().unwrap());
}

struct Floors {
    call_legit_scam: f64,
    ham_scam: f64,
    hard_ham_flag: f64,
    toad: f64,
    phishing: f64,
    smishing: f64,
    sms_ham_flag: f64,
    robocall: f64,
    real_calls: f64,
}

/// Set a little below the figures measured when they were last raised (see the issue notes).
/// The Nazario and phishing_pot floors are on corpora the shipped model may not learn from
/// (evaluation only): they measure unseen mail, hence lower than the others.
const FLOOR: Floors = Floors {
    call_legit_scam: 0.5,
    ham_scam: 0.5,
    hard_ham_flag: 5.0,
    toad: 80.0,
    phishing: 75.0,
    smishing: 89.0,
    sms_ham_flag: 0.5,
    robocall: 96.0,
    real_calls: 95.0,
};

/// `eval --streaming` reads each call a line at a time: a tech-support caller is flagged on
/// the turn that gives it away, never before; a dentist's reminder never alerts.
#[test]
fn streaming_eval_finds_the_turn_of_the_first_alert() {
    let dir = std::env::temp_dir().join(format!("kl-streaming-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("calls.jsonl");
    let scam = "Caller: Good morning, am I speaking with the main user of this computer?\nCallee: Yes, who is this?\nCaller: I am calling from Microsoft technical support. Your computer is infected with a virus and hackers are stealing your bank details.\nCallee: Oh no.\nCaller: Please go to anydesk.com and install AnyDesk so I can fix it remotely. The fee is $299 in Google Play gift cards.";
    let legit = "Caller: Hi, this is the dental practice on Main Street calling to confirm your check-up on Tuesday at 3pm.\nCallee: Yes, I'll be there.\nCaller: Great, see you then. Call the practice if you need to move it.";
    let line = |id: &str, label: &str, content: &str| {
        serde_json::json!({"id": id, "channel": "call", "label": label, "content": content, "split": "test"})
            .to_string()
    };
    std::fs::write(
        &file,
        format!(
            "{}\n{}\n",
            line("s1", "scam", scam),
            line("l1", "legit", legit)
        ),
    )
    .unwrap();
    let o = knownline(&["eval", "--streaming", file.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8_lossy(&o.stdout);
    let row = out
        .lines()
        .find(|l| l.starts_with("all calls"))
        .unwrap_or_else(|| panic!("{out}"));
    let cols: Vec<&str> = row.split_whitespace().collect();
    // all calls: scams, median, ≤1, ≤2, ≤3, never, legit, legit%
    assert_eq!(cols[2], "1", "one scam call: {row}");
    let median: usize = cols[3].parse().unwrap();
    assert!(
        (2..=3).contains(&median),
        "flagged when Microsoft is named, not before: {row}"
    );
    assert_eq!(cols[7], "0", "the scam alerted: {row}");
    assert_eq!(cols[9], "0.0", "the dentist never alerted: {row}");
    let _ = std::fs::remove_dir_all(&dir);
}
