//! Organisations, directories, `verify`, indicators and the audit log through the command,
//! on SQLite and on PostgreSQL (when `KNOWNLINE_TEST_POSTGRES_URL` names a server).

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use sqlx::Connection;

use crate::{stderr, stdout};

/// A store for one test: an SQLite file, or a fresh PostgreSQL database.
pub struct Db {
    pub url: String,
    pub _dir: tempfile::TempDir,
}

fn sqlite() -> Db {
    let dir = tempfile::tempdir().unwrap();
    Db {
        url: dir.path().join("k.db").display().to_string(),
        _dir: dir,
    }
}

fn postgres() -> Option<Db> {
    let Ok(admin) = std::env::var("KNOWNLINE_TEST_POSTGRES_URL") else {
        if std::env::var("KNOWNLINE_CI").as_deref() == Ok("1") {
            panic!("KNOWNLINE_CI=1 but KNOWNLINE_TEST_POSTGRES_URL is not set");
        }
        eprintln!("PostgreSQL tests skipped: KNOWNLINE_TEST_POSTGRES_URL is not set");
        return None;
    };
    let name = format!("klcli_{}_{}", std::process::id(), unique());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut c = sqlx::PgConnection::connect(&admin).await.unwrap();
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut c)
            .await
            .unwrap();
    });
    Some(Db {
        url: format!("{}/{name}", admin.rsplit_once('/').unwrap().0),
        _dir: tempfile::tempdir().unwrap(),
    })
}

fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

pub fn backends() -> Vec<Db> {
    let mut v = vec![sqlite()];
    v.extend(postgres());
    v
}

pub fn kl(db: &Db, args: &[&str]) -> Output {
    let mut all = vec!["--db", db.url.as_str(), "--as", "tester"];
    all.extend_from_slice(args);
    crate::knownline(&all)
}

pub fn ok(o: Output) -> String {
    assert!(o.status.success(), "failed: {}\n{}", stderr(&o), stdout(&o));
    stdout(&o)
}

fn json(o: Output) -> Value {
    serde_json::from_str(&ok(o)).unwrap()
}

fn entries(db: &Db, org: &str) -> Vec<Value> {
    json(kl(
        db,
        &["directory", "list", "--org", org, "--format", "json"],
    ))
    .as_array()
    .unwrap()
    .clone()
}

/// `knownline directory add --org "Acme Dental" ARGS…`.
fn add(db: &Db, args: &[&str]) -> Output {
    let mut all = vec!["directory", "add", "--org", "Acme Dental"];
    all.extend_from_slice(args);
    kl(db, &all)
}

fn setup(db: &Db) {
    ok(kl(db, &["org", "add", "Acme Dental"]));
    ok(add(
        db,
        &[
            "--name",
            "Acme IT",
            "--role",
            "it_support",
            "--phone",
            "+1 617 555 0100",
            "--domain",
            "acme-it.com",
            "--verified-by",
            "Dana",
            "--verified-at",
            "2026-11-01",
        ],
    ));
    ok(add(
        db,
        &[
            "--name",
            "First Harbor Bank",
            "--role",
            "bank",
            "--phone",
            "(212) 555-0111",
            "--domain",
            "firstharbor.com",
            "--alias",
            "First Harbor",
        ],
    ));
}

#[test]
fn a_directory_is_kept_listed_exported_and_imported() {
    for db in backends() {
        setup(&db);
        let list = entries(&db, "acme dental");
        assert_eq!(list.len(), 2);
        assert_eq!(list[0]["name"], "Acme IT");
        assert_eq!(list[0]["phones"][0], "+16175550100");
        assert_eq!(list[0]["verified_by"], "Dana");
        assert_eq!(list[1]["aliases"][0], "First Harbor");
        let shown = ok(kl(
            &db,
            &[
                "directory",
                "show",
                "--org",
                "Acme Dental",
                "first harbor bank",
            ],
        ));
        assert!(shown.contains("+1 212-555-0111"), "{shown}");
        // Export, import into another organisation, and get the same entries back.
        for format in ["csv", "yaml"] {
            let file = db._dir.path().join(format!("dir.{format}"));
            ok(kl(
                &db,
                &[
                    "directory",
                    "export",
                    "--org",
                    "Acme Dental",
                    "--format",
                    format,
                    "-o",
                    file.to_str().unwrap(),
                ],
            ));
            let other = format!("Copy {format}");
            ok(kl(&db, &["org", "add", &other]));
            let out = ok(kl(
                &db,
                &[
                    "directory",
                    "import",
                    "--org",
                    &other,
                    file.to_str().unwrap(),
                ],
            ));
            assert!(out.contains("2 added"), "{out}");
            let strip = |v: Vec<Value>| -> Vec<Value> {
                v.into_iter()
                    .map(|mut e| {
                        for k in ["id", "created_at", "updated_at", "source"] {
                            e.as_object_mut().unwrap().remove(k);
                        }
                        e
                    })
                    .collect()
            };
            assert_eq!(
                strip(entries(&db, &other)),
                strip(entries(&db, "Acme Dental")),
                "{format}"
            );
        }
        ok(kl(
            &db,
            &["directory", "remove", "--org", "Acme Dental", "Acme IT"],
        ));
        assert_eq!(entries(&db, "Acme Dental").len(), 1);
        let o = kl(
            &db,
            &["directory", "remove", "--org", "Acme Dental", "Acme IT"],
        );
        assert_eq!(o.status.code(), Some(2));
        assert!(
            stderr(&o).contains("no directory entry named"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn bad_rows_stop_an_import_unless_skipped() {
    let db = sqlite();
    setup(&db);
    let file = db._dir.path().join("bad.csv");
    std::fs::write(
        &file,
        "name,role,phones,domains\nGood Vendor,vendor,+1 617 555 0142,\nNo Role,,,\nBad Phone,bank,555,\nBad Domain,vendor,,not_a_domain\n",
    )
    .unwrap();
    let o = import(&db, &file, &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    for needle in [
        "bad.csv:3: role",
        "bad.csv:4: phone \"555\"",
        "bad.csv:5: domain",
        "nothing imported",
    ] {
        assert!(err.contains(needle), "{needle} missing from\n{err}");
    }
    assert_eq!(entries(&db, "Acme Dental").len(), 2, "nothing was imported");
    let out = ok(import(&db, &file, &["--skip-invalid"]));
    assert!(
        out.contains("1 added") && out.contains("3 bad rows skipped"),
        "{out}"
    );
    assert_eq!(entries(&db, "Acme Dental").len(), 3);
    // Whole-file problems: YAML syntax, binary data, an unknown column.
    let yaml = db._dir.path().join("bad.yaml");
    std::fs::write(&yaml, "- name: Acme\n  role: [it_support\n").unwrap();
    let o = import(&db, &yaml, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("line "), "{}", stderr(&o));
    let bin = db._dir.path().join("bin.csv");
    std::fs::write(&bin, b"name,role\n\xff\xfe\x00\x01,bank\n").unwrap();
    let o = import(&db, &bin, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("line 2: not valid UTF-8"),
        "{}",
        stderr(&o)
    );
    let o = add(
        &db,
        &["--name", "X", "--role", "bank", "--phone", "call me maybe"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("phone \"call me maybe\""),
        "{}",
        stderr(&o)
    );
}

/// `knownline directory import --org "Acme Dental" [EXTRA] FILE`, run to the end.
fn import(db: &Db, file: &std::path::Path, extra: &[&str]) -> Output {
    let mut args = vec!["directory", "import", "--org", "Acme Dental"];
    args.extend_from_slice(extra);
    args.push(file.to_str().unwrap());
    kl(db, &args)
}

/// `knownline --db … directory import --org "Acme Dental" FILE`, running.
fn spawn_import(db: &Db, file: &std::path::Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_knownline"))
        .args([
            "--db",
            &db.url,
            "directory",
            "import",
            "--org",
            "Acme Dental",
        ])
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// A CSV of `n` valid entries.
fn big_csv(path: &std::path::Path, n: usize, prefix: &str) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(f, "name,role,phones,domains,aliases,note").unwrap();
    for i in 0..n {
        writeln!(
            f,
            "{prefix} Vendor {i},vendor,+1 617 {:03} {:04},vendor{i}.example,{prefix} V{i},Account {i}",
            200 + (i / 10_000) % 800,
            i % 10_000
        )
        .unwrap();
    }
}

#[test]
fn an_import_killed_halfway_leaves_the_store_as_it_was() {
    for db in backends() {
        setup(&db);
        let file = db._dir.path().join("big.csv");
        big_csv(&file, 100_000, "Big");
        let mut child = spawn_import(&db, &file);
        // Wait until it has checked the rows and is writing, then let it write a while.
        let mut err = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        while !line.contains("writing") && Instant::now() < deadline {
            line.clear();
            if err.read_line(&mut line).unwrap() == 0 {
                break;
            }
        }
        assert!(
            line.contains("writing"),
            "the import never started writing: {line:?}"
        );
        std::thread::sleep(Duration::from_millis(400));
        assert!(
            child.try_wait().unwrap().is_none(),
            "the import finished before it could be killed"
        );
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let after = entries(&db, "Acme Dental");
        assert_eq!(
            after.len(),
            2,
            "{} after the kill: a partial import",
            db.url
        );
        // The same import, let run, lands whole.
        let out = ok(import(&db, &file, &[]));
        assert!(out.contains("100000 added"), "{out}");
        assert_eq!(entries(&db, "Acme Dental").len(), 100_002);
    }
}

#[test]
fn two_processes_writing_at_once_both_land() {
    for db in backends() {
        setup(&db);
        let a = db._dir.path().join("a.csv");
        let b = db._dir.path().join("b.csv");
        big_csv(&a, 3_000, "Alpha");
        big_csv(&b, 3_000, "Beta");
        let (pa, pb) = (spawn_import(&db, &a), spawn_import(&db, &b));
        // And single adds in between.
        for i in 0..5 {
            ok(add(
                &db,
                &["--name", &format!("Solo {i}"), "--role", "vendor"],
            ));
        }
        for p in [pa, pb] {
            let o = p.wait_with_output().unwrap();
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        }
        assert_eq!(entries(&db, "Acme Dental").len(), 2 + 6_000 + 5);
        if !db.url.starts_with("postgres") {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            let check: String = rt.block_on(async {
                let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.url))
                    .await
                    .unwrap();
                sqlx::query_scalar("PRAGMA integrity_check")
                    .fetch_one(&mut c)
                    .await
                    .unwrap()
            });
            assert_eq!(check, "ok");
        }
    }
}

#[test]
fn verify_answers_with_the_known_number_and_records_the_outcome() {
    for db in backends() {
        setup(&db);
        let v = json(kl(
            &db,
            &[
                "verify",
                "--org",
                "Acme Dental",
                "--claims",
                "Microsoft technical support",
                "--number",
                "+1 888 555 0142",
                "--format",
                "json",
            ],
        ));
        assert_eq!(v["call_back"]["name"], "Acme IT");
        assert_eq!(v["call_back"]["phone"], "+16175550100");
        assert_eq!(v["number_matches"], Value::Null);
        assert!(v["steps"].as_array().unwrap().len() >= 3);
        assert!(v["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["id"] == "not_your_it_support"));
        let matched = json(kl(
            &db,
            &[
                "verify",
                "--org",
                "Acme Dental",
                "--claims",
                "First Harbor fraud team",
                "--number",
                "212.555.0111",
                "--format",
                "json",
            ],
        ));
        assert_eq!(matched["number_matches"], true);
        assert!(matched["steps"][0]
            .as_str()
            .unwrap()
            .contains("can be faked"));
        // Text for people names the number to call and how to record the outcome.
        let text = ok(kl(
            &db,
            &[
                "verify",
                "--org",
                "Acme Dental",
                "--claims",
                "our IT support",
                "--number",
                "415 555 0199",
            ],
        ));
        assert!(text.contains("call Acme IT on +1 617-555-0100"), "{text}");
        assert!(text.contains("knownline verify outcome"), "{text}");
        // In German, the answer and its labels.
        let de = ok(kl(
            &db,
            &[
                "verify",
                "--lang",
                "de",
                "--org",
                "Acme Dental",
                "--claims",
                "our IT support",
                "--number",
                "415 555 0199",
            ],
        ));
        assert!(
            de.contains("Was Sie jetzt tun sollten")
                && de.contains("+1 617-555-0100")
                && !de.contains("What to do now")
                && !de.contains("Hang up"),
            "{de}"
        );
        // The scam outcome feeds the reputation: a later check carrying the number is a scam.
        let id = v["id"].as_str().unwrap();
        ok(kl(&db, &["verify", "outcome", id, "scam"]));
        let o = crate::knownline_stdin(
            &[
                "--db",
                &db.url,
                "check",
                "--org",
                "Acme Dental",
                "--channel",
                "sms",
                "--format",
                "json",
                "-",
            ],
            b"Your Amazon order is on hold. Call 888-555-0142 to release it.",
        );
        let a: Value = serde_json::from_str(&ok(o)).unwrap();
        assert_eq!(a["verdict"], "scam");
        assert!(a["signals"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == "reputation.known_scam"));
        let o = kl(&db, &["verify", "outcome", "0000000000000000", "scam"]);
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains("no verification"));
        let o = kl(&db, &["verify", "outcome", id, "perhaps"]);
        assert_eq!(o.status.code(), Some(2));
        let audit = json(kl(
            &db,
            &["audit", "--org", "Acme Dental", "--format", "json"],
        ));
        let actions: Vec<&str> = audit
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["action"].as_str().unwrap())
            .collect();
        assert!(
            actions.contains(&"verify.outcome") && actions.contains(&"directory.add"),
            "{actions:?}"
        );
        assert!(audit
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["actor"] == "tester"));
    }
}

#[test]
fn check_with_an_org_names_its_it_support_and_spots_wrong_numbers() {
    let db = sqlite();
    setup(&db);
    let run = |from: &str| -> Value {
        let o = crate::knownline_stdin(
            &["--db", &db.url, "check", "--org", "Acme Dental", "--channel", "call", "--from", from, "--format", "json", "-"],
            b"Caller: Hi, this is Acme IT. We detected that your computer has a virus and need to fix it tonight.\nCallee: ok",
        );
        serde_json::from_str(&ok(o)).unwrap()
    };
    let real = run("+1 617 555 0100");
    let ids: Vec<&str> = real["signals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(!ids.iter().any(|i| i.starts_with("support.")), "{ids:?}");
    assert!(real["playbook"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s.as_str().unwrap().contains("can be faked")));
    let fake = run("+1 415 555 0199");
    let ids: Vec<&str> = fake["signals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"directory.number_not_theirs"), "{ids:?}");
    assert_ne!(fake["verdict"], "no_signs");
}

#[test]
fn indicators_import_and_export_as_stix() {
    let db = sqlite();
    let file = db._dir.path().join("ind.csv");
    std::fs::write(
        &file,
        "value,kind,count,first_seen,last_seen,note\n+1 888 555 0142,phone,3,2026-10-02,2026-11-20,Fake Microsoft line\nsecure-paypal-help.com,,1,,,\nhttps://evil.example.net/login,url,,,,\n",
    )
    .unwrap();
    let out = ok(kl(&db, &["indicators", "import", file.to_str().unwrap()]));
    assert!(out.contains("3 added"), "{out}");
    let bad = db._dir.path().join("bad.csv");
    std::fs::write(&bad, "value,kind\n12,phone\n").unwrap();
    let o = kl(&db, &["indicators", "import", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("bad.csv:2: phone \"12\""),
        "{}",
        stderr(&o)
    );
    let stix = db._dir.path().join("bundle.json");
    ok(kl(
        &db,
        &[
            "indicators",
            "export",
            "--format",
            "stix",
            "-o",
            stix.to_str().unwrap(),
        ],
    ));
    let bundle: Value = serde_json::from_str(&std::fs::read_to_string(&stix).unwrap()).unwrap();
    assert_eq!(bundle["type"], "bundle");
    assert!(bundle["id"].as_str().unwrap().starts_with("bundle--"));
    let objects = bundle["objects"].as_array().unwrap();
    assert_eq!(objects.len(), 3);
    let patterns: Vec<&str> = objects
        .iter()
        .map(|o| o["pattern"].as_str().unwrap())
        .collect();
    assert!(
        patterns.contains(&"[phone-number:value = '+18885550142']"),
        "{patterns:?}"
    );
    assert!(patterns.contains(&"[domain-name:value = 'secure-paypal-help.com']"));
    assert!(patterns.contains(&"[url:value = 'https://evil.example.net/login']"));
    for o in objects {
        for field in [
            "id",
            "created",
            "modified",
            "valid_from",
            "pattern_type",
            "spec_version",
        ] {
            assert!(o.get(field).is_some(), "{field} missing");
        }
        assert_eq!(o["spec_version"], "2.1");
    }
    // Validated by the OASIS validator when it is installed (CI installs it).
    let validator = Command::new("stix2_validator").arg("--help").output();
    if validator.is_ok_and(|o| o.status.success()) {
        // Strict: its warnings (ids, custom content) fail the test too.
        let v = Command::new("stix2_validator")
            .args(["--strict", "--version", "2.1"])
            .arg(&stix)
            .output()
            .unwrap();
        let text =
            String::from_utf8_lossy(&v.stdout).into_owned() + &String::from_utf8_lossy(&v.stderr);
        assert!(v.status.success(), "STIX validation failed:\n{text}");
    } else if std::env::var("KNOWNLINE_CI").as_deref() == Ok("1") {
        panic!("stix2_validator is not installed (CI installs it)");
    }
}

#[test]
fn broken_stores_and_orgs_get_clear_errors() {
    let db = sqlite();
    let o = kl(&db, &["directory", "list", "--org", "Nobody"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no organisation named \"Nobody\""),
        "{}",
        stderr(&o)
    );
    let garbage = db._dir.path().join("garbage.db");
    std::fs::write(&garbage, vec![0x42u8; 8192]).unwrap();
    let o = crate::knownline(&["--db", garbage.to_str().unwrap(), "org", "list"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("opening the store"), "{}", stderr(&o));
    let o = crate::knownline(&["--db", "postgres://nobody@127.0.0.1:1/none", "org", "list"]);
    assert_eq!(o.status.code(), Some(2));
}
