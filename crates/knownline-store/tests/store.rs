//! The store against both of its databases: every test runs on a fresh SQLite file and on a
//! fresh PostgreSQL database (from `KNOWNLINE_TEST_POSTGRES_URL`, which `scripts/test.sh`
//! sets when it can start a server; without it the PostgreSQL half says it was skipped, and
//! fails when `KNOWNLINE_CI=1`, as in CI).

use std::future::Future;

use knownline_detect::{DirectoryEntry, EntryInput, Lookup, Region, ScamValue, Seen};
use knownline_store::people::{Reporter, User};
use knownline_store::{Indicator, Org, Store, StoreError};
use sqlx::Connection;

async fn sqlite() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = knownline_store::url_for(dir.path().join("k.db").to_str().unwrap()).unwrap();
    (Store::open(&url).await.unwrap(), dir)
}

/// A fresh database on the test server, or `None` when there is none.
async fn postgres() -> Option<Store> {
    let Ok(admin) = std::env::var("KNOWNLINE_TEST_POSTGRES_URL") else {
        if std::env::var("KNOWNLINE_CI").as_deref() == Ok("1") {
            panic!("KNOWNLINE_CI=1 but KNOWNLINE_TEST_POSTGRES_URL is not set");
        }
        eprintln!("PostgreSQL tests skipped: KNOWNLINE_TEST_POSTGRES_URL is not set");
        return None;
    };
    let name = format!("kl_{}", knownline_store::new_id());
    let mut conn = sqlx::PgConnection::connect(&admin).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    let base = admin.rsplit_once('/').unwrap().0;
    Some(Store::open(&format!("{base}/{name}")).await.unwrap())
}

/// Runs a test body on SQLite, then on PostgreSQL.
fn both<F, Fut>(body: F)
where
    F: Fn(Store) -> Fut,
    Fut: Future<Output = ()>,
{
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let (store, _dir) = sqlite().await;
        body(store).await;
        if let Some(store) = postgres().await {
            body(store).await;
        }
    });
}

/// [`both`], also giving each body its database's URL (to change rows as time would).
fn both_with_url<F, Fut>(body: F)
where
    F: Fn(Store, String) -> Fut,
    Fut: Future<Output = ()>,
{
    sqlx::any::install_default_drivers();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let url = knownline_store::url_for(dir.path().join("k.db").to_str().unwrap()).unwrap();
        body(Store::open(&url).await.unwrap(), url).await;
        if let Ok(admin) = std::env::var("KNOWNLINE_TEST_POSTGRES_URL") {
            let name = format!("kl_{}", knownline_store::new_id());
            let mut conn = sqlx::PgConnection::connect(&admin).await.unwrap();
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .await
                .unwrap();
            conn.close().await.unwrap();
            let url = format!("{}/{name}", admin.rsplit_once('/').unwrap().0);
            body(Store::open(&url).await.unwrap(), url).await;
        } else if std::env::var("KNOWNLINE_CI").as_deref() == Ok("1") {
            panic!("KNOWNLINE_CI=1 but KNOWNLINE_TEST_POSTGRES_URL is not set");
        }
    });
}

fn entry(name: &str, role: &str, phones: &[&str], domains: &[&str]) -> DirectoryEntry {
    EntryInput {
        name: name.into(),
        role: role.into(),
        phones: phones.iter().map(|s| s.to_string()).collect(),
        domains: domains.iter().map(|s| s.to_string()).collect(),
        aliases: vec![format!("{name} desk")],
        ..Default::default()
    }
    .validate(Region::US, "typed")
    .unwrap()
}

#[test]
fn organisations_are_unique_by_name() {
    both(|s| async move {
        let a = s.add_org("Acme Dental", "tester").await.unwrap();
        assert!(matches!(
            s.add_org("acme  dental", "tester").await,
            Err(StoreError::Conflict(_))
        ));
        assert_eq!(s.org("ACME DENTAL").await.unwrap(), a);
        assert_eq!(s.org(&a.id).await.unwrap(), a);
        assert!(matches!(
            s.org("Nobody").await,
            Err(StoreError::NotFound(_))
        ));
        assert!(matches!(
            s.add_org("  ", "tester").await,
            Err(StoreError::Invalid(_))
        ));
        assert_eq!(s.orgs().await.unwrap().len(), 1);
    });
}

#[test]
fn an_organisations_country_and_language_are_checked_kept_and_audited() {
    both(|s| async move {
        let a = s.add_org("Acme", "tester").await.unwrap();
        let b = s.add_org("Bravo", "tester").await.unwrap();
        assert_eq!(s.reader(&a.id).await.unwrap(), (None, None));
        s.set_reader(&a, Some("gb"), Some("pt-BR"), "ida")
            .await
            .unwrap();
        assert_eq!(
            s.reader(&a.id).await.unwrap(),
            (Some("GB".into()), Some("pt".into()))
        );
        assert_eq!(s.reader(&b.id).await.unwrap(), (None, None), "only Acme's");
        for (country, language) in [(Some("GBR"), None), (Some("g1"), None), (None, Some("ja"))] {
            assert!(matches!(
                s.set_reader(&a, country, language, "ida").await,
                Err(StoreError::Invalid(_))
            ));
        }
        assert_eq!(
            s.reader(&a.id).await.unwrap().0.as_deref(),
            Some("GB"),
            "a refused change changes nothing"
        );
        s.set_reader(&a, None, Some(""), "ida").await.unwrap();
        assert_eq!(s.reader(&a.id).await.unwrap(), (None, None));
        let log = s.audit_log(Some(&a), 10).await.unwrap();
        assert_eq!(log.iter().filter(|r| r.action == "org.reader").count(), 2);
    });
}

#[test]
fn a_persons_own_language_is_checked_kept_apart_and_audited() {
    both(|s| async move {
        let a = s.add_org("Acme", "tester").await.unwrap();
        let ann = person(&s, "ann@acme.example", "member", &[&a]).await;
        let bob = person(&s, "bob@acme.example", "member", &[&a]).await;
        assert_eq!(s.user_language(&ann.id).await.unwrap(), None);
        s.set_user_language(&ann, Some("de-AT")).await.unwrap();
        assert_eq!(
            s.user_language(&ann.id).await.unwrap().as_deref(),
            Some("de")
        );
        assert_eq!(s.user_language(&bob.id).await.unwrap(), None, "only Ann's");
        assert!(matches!(
            s.set_user_language(&ann, Some("ja")).await,
            Err(StoreError::Invalid(_))
        ));
        assert_eq!(
            s.user_language(&ann.id).await.unwrap().as_deref(),
            Some("de"),
            "a refused change changes nothing"
        );
        s.set_user_language(&ann, Some("")).await.unwrap();
        assert_eq!(s.user_language(&ann.id).await.unwrap(), None);
        let log = s.audit_log(None, 20).await.unwrap();
        assert_eq!(
            log.iter().filter(|r| r.action == "user.language").count(),
            2
        );
    });
}

#[test]
fn entries_round_trip_and_replace() {
    both(|s| async move {
        let org = s.add_org("Acme", "tester").await.unwrap();
        let e = entry(
            "Acme IT",
            "it_support",
            &["+1 617 555 0100", "+1 617 555 0101"],
            &["acme-it.com"],
        );
        let stored = s.add_entry(&org, e.clone(), "tester", false).await.unwrap();
        assert_eq!(stored.entry, e);
        let back = s.entry(&org, "acme it").await.unwrap();
        assert_eq!(back.entry, e);
        assert_eq!(back.entry.phones, ["+16175550100", "+16175550101"]);
        assert!(matches!(
            s.add_entry(&org, e.clone(), "tester", false).await,
            Err(StoreError::Conflict(_))
        ));
        let changed = entry("Acme IT", "it_support", &["+1 617 555 0199"], &[]);
        let replaced = s
            .add_entry(&org, changed.clone(), "tester", true)
            .await
            .unwrap();
        assert_eq!(replaced.id, stored.id, "a replaced entry keeps its id");
        assert_eq!(s.entry(&org, "Acme IT").await.unwrap().entry, changed);
        assert_eq!(s.count_entries(&org).await.unwrap(), 1);
        s.remove_entry(&org, "Acme IT", "tester").await.unwrap();
        assert!(matches!(
            s.entry(&org, "Acme IT").await,
            Err(StoreError::NotFound(_))
        ));
        assert_eq!(s.count_entries(&org).await.unwrap(), 0);
    });
}

#[test]
fn one_organisation_never_sees_anothers_entries() {
    both(|s| async move {
        let a = s.add_org("Acme", "tester").await.unwrap();
        let b = s.add_org("Bravo", "tester").await.unwrap();
        s.add_entry(
            &a,
            entry("Acme IT", "it_support", &["+1 617 555 0100"], &[]),
            "t",
            false,
        )
        .await
        .unwrap();
        assert!(matches!(
            s.entry(&b, "Acme IT").await,
            Err(StoreError::NotFound(_))
        ));
        assert!(s.entries(&b).await.unwrap().is_empty());
        let lookup = Lookup {
            name_keys: vec!["acme it".into()],
            phone: Some("+16175550100".into()),
            domain: None,
            roles: vec!["it_support".into()],
        };
        assert!(s
            .candidates(Some(&b), &lookup)
            .await
            .unwrap()
            .entries
            .is_empty());
        assert_eq!(
            s.candidates(Some(&a), &lookup).await.unwrap().entries.len(),
            1
        );
        assert!(matches!(
            s.remove_entry(&b, "Acme IT", "t").await,
            Err(StoreError::NotFound(_))
        ));
    });
}

#[test]
fn imports_add_and_replace_in_one_go() {
    both(|s| async move {
        let org = s.add_org("Acme", "tester").await.unwrap();
        let many: Vec<DirectoryEntry> = (0..2_500)
            .map(|i| {
                entry(
                    &format!("Vendor {i}"),
                    "vendor",
                    &[&format!("+1 617 555 {:04}", i)],
                    &[],
                )
            })
            .collect();
        let mut batches = 0;
        let sum = s
            .import_entries(&org, many.clone(), "tester", |_| batches += 1)
            .await
            .unwrap();
        assert_eq!((sum.added, sum.updated), (2_500, 0));
        assert!(batches >= 2);
        let again = s
            .import_entries(&org, many[..10].to_vec(), "tester", |_| {})
            .await
            .unwrap();
        assert_eq!((again.added, again.updated), (0, 10));
        assert_eq!(s.count_entries(&org).await.unwrap(), 2_500);
        let all = s.entries(&org).await.unwrap();
        assert_eq!(all.len(), 2_500);
        assert!(all
            .iter()
            .all(|e| e.entry.phones.len() == 1 && e.entry.aliases.len() == 1));
        // The same name twice is refused before anything is written.
        let twice = vec![many[0].clone(), many[0].clone()];
        assert!(matches!(
            s.import_entries(&org, twice, "t", |_| {}).await,
            Err(StoreError::Invalid(_))
        ));
    });
}

#[test]
fn candidates_are_found_by_name_number_domain_and_role() {
    both(|s| async move {
        let org = s.add_org("Acme", "tester").await.unwrap();
        s.add_entry(
            &org,
            entry("Acme IT", "it_support", &["+1 617 555 0100"], &[]),
            "t",
            false,
        )
        .await
        .unwrap();
        s.add_entry(
            &org,
            entry("Chase", "bank", &["+1 800 935 9935"], &["chase.com"]),
            "t",
            false,
        )
        .await
        .unwrap();
        s.add_entry(
            &org,
            entry(
                "Paper Co",
                "vendor",
                &["+1 617 555 0123"],
                &["paper.example"],
            ),
            "t",
            false,
        )
        .await
        .unwrap();
        let names = |d: knownline_detect::Directory| {
            let mut n: Vec<String> = d.entries.into_iter().map(|e| e.name).collect();
            n.sort();
            n
        };
        let by_name = Lookup {
            name_keys: vec!["chase".into(), "chase fraud".into()],
            ..Default::default()
        };
        assert_eq!(
            names(s.candidates(Some(&org), &by_name).await.unwrap()),
            ["Chase"]
        );
        let by_alias = Lookup {
            name_keys: vec!["paper co desk".into()],
            ..Default::default()
        };
        assert_eq!(
            names(s.candidates(Some(&org), &by_alias).await.unwrap()),
            ["Paper Co"]
        );
        let by_phone = Lookup {
            phone: Some("+16175550123".into()),
            ..Default::default()
        };
        assert_eq!(
            names(s.candidates(Some(&org), &by_phone).await.unwrap()),
            ["Paper Co"]
        );
        let by_domain = Lookup {
            domain: Some("chase.com".into()),
            ..Default::default()
        };
        assert_eq!(
            names(s.candidates(Some(&org), &by_domain).await.unwrap()),
            ["Chase"]
        );
        let by_role = Lookup {
            roles: vec!["it_support".into()],
            ..Default::default()
        };
        assert_eq!(
            names(s.candidates(Some(&org), &by_role).await.unwrap()),
            ["Acme IT"]
        );
    });
}

fn value(kind: &str, value: &str) -> ScamValue {
    ScamValue {
        kind: kind.into(),
        value: value.into(),
    }
}

async fn person(s: &Store, email: &str, role: &str, orgs: &[&Org]) -> User {
    let orgs: Vec<Org> = orgs.iter().map(|o| (*o).clone()).collect();
    s.add_user(email, "a long enough password", role, &orgs, "setup")
        .await
        .unwrap()
}

async fn verification(s: &Store, org: &Org, by: &User, number: &str) -> String {
    s.record_verification(
        Some(org),
        &by.email,
        "Microsoft",
        Some(number),
        Some("help@ms-support.example"),
        "mismatch",
        "{}",
    )
    .await
    .unwrap()
}

fn offered(number: &str) -> Vec<ScamValue> {
    vec![
        value("phone", number),
        value("domain", "ms-support.example"),
    ]
}

/// Issue 11: one member's click made a number a "known scam" for every organisation.
#[test]
fn a_members_scam_is_only_a_suggestion_until_it_support_confirms_it() {
    both(|s| async move {
        let acme = s.add_org("Acme", "t").await.unwrap();
        let other = s.add_org("Other", "t").await.unwrap();
        let mia = person(&s, "mia@acme.example", "member", &[&acme]).await;
        let ana = person(&s, "ana@acme.example", "analyst", &[&acme]).await;
        let oli = person(&s, "oli@other.example", "analyst", &[&other]).await;
        let number = "+18885550142";
        let id = verification(&s, &acme, &mia, number).await;
        assert!(matches!(
            s.set_outcome(&mia, &id, "maybe", &offered(number)).await,
            Err(StoreError::Invalid(_))
        ));
        // Nobody else records how someone's callback went.
        assert!(matches!(
            s.set_outcome(&oli, &id, "scam", &offered(number)).await,
            Err(StoreError::NotFound(_))
        ));
        let rev = s.checks_revision().await.unwrap();
        let (r, held) = s
            .set_outcome(&mia, &id, "scam", &offered(number))
            .await
            .unwrap();
        assert_eq!((r.outcome.as_deref(), held.len()), (Some("scam"), 0));
        s.set_outcome(&mia, &id, "scam", &offered(number))
            .await
            .unwrap();
        // A member's "scam" changes no check.
        assert!(s.reputation(None).await.unwrap().is_empty());
        let all = s.all_indicators().await.unwrap();
        assert_eq!(all.len(), 2);
        let phone = all.iter().find(|i| i.kind == "phone").unwrap().clone();
        assert_eq!(
            (phone.status.as_str(), phone.count, phone.suggestions),
            ("suggested", 0, 1)
        );
        assert_eq!(phone.sources[0].origin, "verification");
        assert_eq!(phone.sources[0].reference.as_deref(), Some(id.as_str()));
        assert_eq!(phone.sources[0].actor, "mia@acme.example");
        // Members do not see the list; another organisation's analyst does not see Acme's
        // suggestion, and cannot confirm it.
        assert!(matches!(
            s.indicators_for(&mia, &Default::default()).await,
            Err(StoreError::Forbidden(_))
        ));
        assert!(s
            .indicators_for(&oli, &Default::default())
            .await
            .unwrap()
            .is_empty());
        assert!(matches!(
            s.confirm_indicator(&oli, &phone.id).await,
            Err(StoreError::NotFound(_))
        ));
        // "It was genuine" after all takes the suggestion back.
        s.set_outcome(&mia, &id, "confirmed", &[]).await.unwrap();
        assert!(s.all_indicators().await.unwrap().is_empty());
        s.set_outcome(&mia, &id, "scam", &offered(number))
            .await
            .unwrap();
        let phone = s
            .all_indicators()
            .await
            .unwrap()
            .into_iter()
            .find(|i| i.kind == "phone")
            .unwrap();
        // IT support confirms: every check sees it, once.
        let done = s.confirm_indicator(&ana, &phone.id).await.unwrap();
        assert_eq!(
            (
                done.status.as_str(),
                done.count,
                done.confirmed_by.as_deref()
            ),
            ("active", 1, Some("ana@acme.example"))
        );
        assert_eq!(s.reputation(None).await.unwrap()[number].count, 1);
        assert!(s.checks_revision().await.unwrap() > rev);
        // Another organisation's analyst sees the active value, not who reported it.
        let seen = s.indicators_for(&oli, &Default::default()).await.unwrap();
        let theirs = seen.iter().find(|i| i.value == number).unwrap();
        assert_eq!(theirs.sources[0].actor, "another organisation");
        assert_eq!(theirs.sources[0].reference, None);
        // IT support's own "scam" is active at once and adds one; toggling counts once.
        let id2 = verification(&s, &acme, &ana, number).await;
        s.set_outcome(&ana, &id2, "scam", &offered(number))
            .await
            .unwrap();
        s.set_outcome(&ana, &id2, "confirmed", &[]).await.unwrap();
        s.set_outcome(&ana, &id2, "scam", &offered(number))
            .await
            .unwrap();
        assert_eq!(
            s.reputation(Some(&[number])).await.unwrap()[number].count,
            2
        );
        // An export carries it; removing it stops checks at once and the next export revokes
        // it, once.
        let (active, revoked) = s.stix_export().await.unwrap();
        assert!(active.iter().any(|i| i.seen.value == number) && revoked.is_empty());
        s.mark_exported(&active, &revoked).await.unwrap();
        assert!(matches!(
            s.remove_indicator(&oli, &phone.id).await,
            Err(StoreError::Forbidden(_))
        ));
        let gone = s.remove_indicator(&ana, &phone.id).await.unwrap();
        assert_eq!(gone.status, "removed");
        assert!(!s.reputation(None).await.unwrap().contains_key(number));
        let (active, revoked) = s.stix_export().await.unwrap();
        assert!(!active.iter().any(|i| i.seen.value == number));
        assert_eq!(
            revoked
                .iter()
                .map(|i| i.seen.value.as_str())
                .collect::<Vec<_>>(),
            [number]
        );
        s.mark_exported(&active, &revoked).await.unwrap();
        assert!(s.stix_export().await.unwrap().1.is_empty());
        let log = s.audit_log(None, 200).await.unwrap();
        for a in ["indicator.confirm", "indicator.remove", "verify.outcome"] {
            assert!(log.iter().any(|r| r.action == a), "{a} not audited");
        }
    });
}

/// Issue 11: a directory's number was made a scam by a member, and by a confirmed incident.
#[test]
fn a_directory_value_never_becomes_active_by_any_path() {
    both(|s| async move {
        let acme = s.add_org("Acme", "t").await.unwrap();
        let harbor = s.add_org("Harbor Clinic", "t").await.unwrap();
        let bank_number = "+16175550188";
        s.add_entry(
            &harbor,
            entry(
                "First Harbor Bank",
                "bank",
                &[bank_number],
                &["firstharbor.example"],
            ),
            "t",
            false,
        )
        .await
        .unwrap();
        let mia = person(&s, "mia@acme.example", "member", &[&acme]).await;
        let ana = person(&s, "ana@acme.example", "analyst", &[&acme]).await;
        let hal = person(&s, "hal@harbor.example", "analyst", &[&harbor]).await;
        let root = person(&s, "root@it.example", "admin", &[]).await;
        // Outcome: a member's suggestion cannot be confirmed, and shows as a conflict.
        let id = verification(&s, &acme, &mia, bank_number).await;
        s.set_outcome(&mia, &id, "scam", &[value("phone", bank_number)])
            .await
            .unwrap();
        let listed = s.indicators_for(&ana, &Default::default()).await.unwrap();
        let p = listed
            .iter()
            .find(|i| i.value == bank_number)
            .unwrap()
            .clone();
        let conflict = p.conflict.clone().unwrap();
        assert!(
            conflict.contains("another organisation's trusted directory"),
            "{conflict}"
        );
        assert!(
            !conflict.contains("First Harbor"),
            "Acme's analyst must not read Harbor's directory: {conflict}"
        );
        let for_admin = s.indicators_for(&root, &Default::default()).await.unwrap();
        let words = for_admin
            .iter()
            .find(|i| i.value == bank_number)
            .unwrap()
            .conflict
            .clone()
            .unwrap();
        assert_eq!(
            words,
            "mia@acme.example reported the directory's number for First Harbor Bank (Harbor Clinic) as a scam: check the directory entry"
        );
        for who in [&ana, &root] {
            match s.confirm_indicator(who, &p.id).await {
                Err(StoreError::Conflict(m)) => {
                    assert!(m.contains("cannot be marked as a scam"), "{m}")
                }
                other => panic!("confirming a directory's number: {other:?}"),
            }
        }
        // Outcome by IT support: kept off the list and said so.
        let id2 = verification(&s, &acme, &ana, bank_number).await;
        let (_, held) = s
            .set_outcome(&ana, &id2, "scam", &[value("phone", bank_number)])
            .await
            .unwrap();
        assert_eq!(held, [bank_number]);
        // Triage: the scam's own link becomes active, the directory's number does not.
        let incident = s
            .add_incident(
                &acme.id,
                Reporter::User(&mia),
                "sms",
                "text",
                &serde_json::json!({"verdict": "scam"}),
                "",
                &[
                    value("phone", bank_number),
                    value("domain", "evil.example"),
                    value("url", "https://pay.firstharbor.example/x"),
                ],
            )
            .await
            .unwrap();
        assert!(
            s.reputation(None).await.unwrap().is_empty(),
            "a report changes no check"
        );
        let (_, held) = s
            .triage(&ana, &incident.id, Some("confirmed_scam"), None)
            .await
            .unwrap();
        assert_eq!(held, [bank_number, "https://pay.firstharbor.example/x"]);
        let rep = s.reputation(None).await.unwrap();
        assert_eq!(rep.keys().collect::<Vec<_>>(), ["evil.example"]);
        // Import: refused unless the rows are left out.
        let row = |v: &str, kind: &str| Indicator {
            seen: Seen {
                kind: kind.into(),
                value: v.into(),
                count: 1,
                first_seen: "2026-10-02T00:00:00.000000Z".into(),
                last_seen: "2026-10-02T00:00:00.000000Z".into(),
            },
            source: "imported".into(),
            note: String::new(),
        };
        let rows = vec![
            row(bank_number, "phone"),
            row("firstharbor.example", "domain"),
            row("other-scam.example", "domain"),
        ];
        match s.import_indicators(rows.clone(), "root", false).await {
            Err(StoreError::Invalid(m)) => {
                assert!(m.starts_with("2 values of a trusted directory"), "{m}")
            }
            other => panic!("importing a directory's values: {other:?}"),
        }
        assert!(!s
            .reputation(None)
            .await
            .unwrap()
            .contains_key("other-scam.example"));
        let done = s.import_indicators(rows, "root", true).await.unwrap();
        assert_eq!((done.added, done.refused), (1, 2));
        let rep = s.reputation(None).await.unwrap();
        assert!(rep.contains_key("other-scam.example") && !rep.contains_key(bank_number));
        // A value already active that a directory takes in later is off the list at once.
        s.add_entry(
            &harbor,
            entry("Other Scam Ltd", "vendor", &[], &["other-scam.example"]),
            "hal",
            false,
        )
        .await
        .unwrap();
        assert!(!s
            .reputation(None)
            .await
            .unwrap()
            .contains_key("other-scam.example"));
        let _ = hal;
    });
}

/// Issue 11: confirming an incident twice, or toggling it, counted again; benign never took it back.
#[test]
fn triage_counts_an_incident_once_and_benign_takes_it_back() {
    both(|s| async move {
        let acme = s.add_org("Acme", "t").await.unwrap();
        let mia = person(&s, "mia@acme.example", "member", &[&acme]).await;
        let ana = person(&s, "ana@acme.example", "analyst", &[&acme]).await;
        let incident = s
            .add_incident(
                &acme.id,
                Reporter::User(&mia),
                "call",
                "Caller: this is Microsoft",
                &serde_json::json!({"verdict": "scam"}),
                "",
                &[value("phone", "+18885550142")],
            )
            .await
            .unwrap();
        // Members do not triage.
        assert!(matches!(
            s.triage(&mia, &incident.id, Some("confirmed_scam"), None)
                .await,
            Err(StoreError::Forbidden(_))
        ));
        for status in ["confirmed_scam", "closed", "confirmed_scam"] {
            s.triage(&ana, &incident.id, Some(status), None)
                .await
                .unwrap();
        }
        assert_eq!(s.reputation(None).await.unwrap()["+18885550142"].count, 1);
        s.triage(&ana, &incident.id, Some("benign"), None)
            .await
            .unwrap();
        assert!(s.reputation(None).await.unwrap().is_empty());
        s.triage(&ana, &incident.id, Some("confirmed_scam"), None)
            .await
            .unwrap();
        assert_eq!(s.reputation(None).await.unwrap()["+18885550142"].count, 1);
    });
}

/// Issue 11: the reporter saw IT support's private note.
#[test]
fn notes_stay_with_it_support_and_replies_reach_the_reporter() {
    both(|s| async move {
        let acme = s.add_org("Acme", "t").await.unwrap();
        let mia = person(&s, "mia@acme.example", "member", &[&acme]).await;
        let ana = person(&s, "ana@acme.example", "analyst", &[&acme]).await;
        let incident = s
            .add_incident(
                &acme.id,
                Reporter::User(&mia),
                "email",
                "From: x",
                &serde_json::json!({"verdict": "suspicious"}),
                "my own words",
                &[value("domain", "evil.example")],
            )
            .await
            .unwrap();
        s.triage(
            &ana,
            &incident.id,
            Some("benign"),
            Some("private: she clicks everything"),
        )
        .await
        .unwrap();
        s.add_reply(&ana, &incident.id, "This one was genuine. Thank you!")
            .await
            .unwrap();
        assert!(matches!(
            s.add_reply(&mia, &incident.id, "me too").await,
            Err(StoreError::Forbidden(_))
        ));
        let theirs = s.incident_for(&mia, &incident.id).await.unwrap();
        assert_eq!(theirs.note, None);
        assert!(theirs.indicators.is_empty());
        assert_eq!(theirs.status, "benign");
        assert_eq!(theirs.replies.len(), 1);
        assert_eq!(theirs.replies[0].body, "This one was genuine. Thank you!");
        let json = serde_json::to_string(&theirs).unwrap();
        assert!(!json.contains("private"), "{json}");
        assert_eq!(theirs.report_note, "my own words");
        let it = s.incident_for(&ana, &incident.id).await.unwrap();
        assert!(it.note.unwrap().contains("private: she clicks everything"));
        // New stays new: the status box's first choice changes nothing.
        let other = s
            .add_incident(
                &acme.id,
                Reporter::User(&mia),
                "sms",
                "x",
                &serde_json::json!({}),
                "",
                &[],
            )
            .await
            .unwrap();
        let (kept, _) = s
            .triage(&ana, &other.id, Some("new"), Some("looking"))
            .await
            .unwrap();
        assert_eq!(kept.status, "new");
    });
}

/// Issue 11: the admin chose each person's password.
#[test]
fn invitations_work_once_and_expire() {
    both_with_url(|s, url| async move {
        let acme = s.add_org("Acme", "t").await.unwrap();
        let root = person(&s, "root@it.example", "admin", &[]).await;
        let mia = person(&s, "mia@acme.example", "member", &[&acme]).await;
        assert!(matches!(
            s.invite(
                &mia,
                "new@acme.example",
                "member",
                std::slice::from_ref(&acme)
            )
            .await,
            Err(StoreError::Forbidden(_))
        ));
        assert!(matches!(
            s.invite(
                &root,
                "mia@acme.example",
                "member",
                std::slice::from_ref(&acme)
            )
            .await,
            Err(StoreError::Conflict(_))
        ));
        let (token, inv) = s
            .invite(
                &root,
                "New@Acme.example",
                "member",
                std::slice::from_ref(&acme),
            )
            .await
            .unwrap();
        assert_eq!(inv.email, "new@acme.example");
        assert!(s.invitation(&token).await.unwrap().is_some());
        assert!(matches!(
            s.accept_invitation(&token, "short").await,
            Err(StoreError::Invalid(_))
        ));
        let user = s
            .accept_invitation(&token, "my own long password")
            .await
            .unwrap();
        assert_eq!(
            (user.role.as_str(), user.org_ids.clone()),
            ("member", vec![acme.id.clone()])
        );
        assert!(s
            .check_password("new@acme.example", "my own long password")
            .await
            .unwrap()
            .is_some());
        assert!(matches!(
            s.accept_invitation(&token, "another long password").await,
            Err(StoreError::NotFound(_))
        ));
        assert!(s.invitation(&token).await.unwrap().is_none());
        // An expired link does nothing.
        let (late, _) = s
            .invite(
                &root,
                "late@acme.example",
                "analyst",
                std::slice::from_ref(&acme),
            )
            .await
            .unwrap();
        let mut conn = sqlx::AnyConnection::connect(&url).await.unwrap();
        sqlx::query("UPDATE invitations SET expires_at = '2020-01-01T00:00:00.000000Z' WHERE email = 'late@acme.example'")
            .execute(&mut conn)
            .await
            .unwrap();
        assert!(s.invitation(&late).await.unwrap().is_none());
        assert!(matches!(
            s.accept_invitation(&late, "my own long password").await,
            Err(StoreError::NotFound(_))
        ));
        assert!(s.user_by_email("late@acme.example").await.is_err());
    });
}

#[test]
fn every_change_is_audited_without_contents() {
    both(|s| async move {
        let org = s.add_org("Acme", "alex").await.unwrap();
        s.add_entry(
            &org,
            entry("Acme IT", "it_support", &[], &[]),
            "alex",
            false,
        )
        .await
        .unwrap();
        let id = s
            .record_verification(
                Some(&org),
                "sam",
                "secret claim words",
                None,
                None,
                "unknown",
                "{}",
            )
            .await
            .unwrap();
        let sam = knownline_store::people::User::local("sam");
        s.set_outcome(&sam, &id, "confirmed", &[]).await.unwrap();
        s.remove_entry(&org, "Acme IT", "alex").await.unwrap();
        let log = s.audit_log(Some(&org), 100).await.unwrap();
        let actions: Vec<&str> = log.iter().map(|a| a.action.as_str()).collect();
        for a in [
            "org.add",
            "directory.add",
            "verify",
            "verify.outcome",
            "directory.remove",
        ] {
            assert!(actions.contains(&a), "{a} missing from {actions:?}");
        }
        assert!(log
            .iter()
            .all(|a| !a.detail.contains("secret") && !a.target.contains("secret")));
        assert_eq!(
            log.iter()
                .find(|a| a.action == "verify.outcome")
                .unwrap()
                .actor,
            "sam"
        );
    });
}
