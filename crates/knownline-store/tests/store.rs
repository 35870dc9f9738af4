//! The store against both of its databases: every test runs on a fresh SQLite file and on a
//! fresh PostgreSQL database (from `KNOWNLINE_TEST_POSTGRES_URL`, which `scripts/test.sh`
//! sets when it can start a server; without it the PostgreSQL half says it was skipped, and
//! fails when `KNOWNLINE_CI=1`, as in CI).

use std::future::Future;

use knownline_detect::{DirectoryEntry, EntryInput, Lookup, Region, Seen};
use knownline_store::{Indicator, Store, StoreError};
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

#[test]
fn a_scam_outcome_feeds_the_reputation_once() {
    both(|s| async move {
        let org = s.add_org("Acme", "tester").await.unwrap();
        let id = s
            .record_verification(
                Some(&org),
                "sam",
                "Microsoft",
                Some("+18885550142"),
                Some("help@ms-support.example"),
                "mismatch",
                "{}",
            )
            .await
            .unwrap();
        let r = s.verification(&id).await.unwrap();
        assert_eq!(
            (r.claims.as_str(), r.outcome.as_deref()),
            ("Microsoft", None)
        );
        assert!(matches!(
            s.set_outcome(&id, "maybe", "sam").await,
            Err(StoreError::Invalid(_))
        ));
        let r = s.set_outcome(&id, "scam", "sam").await.unwrap();
        assert_eq!(r.outcome.as_deref(), Some("scam"));
        s.set_outcome(&id, "scam", "sam").await.unwrap();
        let rep = s
            .reputation_of(&["+18885550142", "ms-support.example"])
            .await
            .unwrap();
        assert_eq!(
            rep["+18885550142"].count, 1,
            "the same verification counts once"
        );
        assert_eq!(rep["ms-support.example"].kind, "domain");
        // A second verification of the same number adds to it.
        let id2 = s
            .record_verification(
                Some(&org),
                "kim",
                "Windows",
                Some("+18885550142"),
                None,
                "mismatch",
                "{}",
            )
            .await
            .unwrap();
        s.set_outcome(&id2, "scam", "kim").await.unwrap();
        assert_eq!(
            s.reputation_of(&["+18885550142"]).await.unwrap()["+18885550142"].count,
            2
        );
        assert!(matches!(
            s.verification("nope").await,
            Err(StoreError::NotFound(_))
        ));
    });
}

#[test]
fn imported_indicators_merge_counts_and_dates() {
    both(|s| async move {
        let ind = |count, first: &str, last: &str| Indicator {
            seen: Seen {
                kind: "phone".into(),
                value: "+18885550142".into(),
                count,
                first_seen: first.into(),
                last_seen: last.into(),
            },
            source: "imported".into(),
            note: String::new(),
        };
        let a = s
            .import_indicators(
                vec![ind(
                    2,
                    "2026-10-02T00:00:00.000000Z",
                    "2026-10-05T00:00:00.000000Z",
                )],
                "t",
            )
            .await
            .unwrap();
        assert_eq!((a.added, a.updated), (1, 0));
        let b = s
            .import_indicators(
                vec![ind(
                    3,
                    "2026-09-01T00:00:00.000000Z",
                    "2026-10-03T00:00:00.000000Z",
                )],
                "t",
            )
            .await
            .unwrap();
        assert_eq!((b.added, b.updated), (0, 1));
        let all = s.indicators().await.unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].seen.count, 5);
        assert_eq!(all[0].seen.first_seen, "2026-09-01T00:00:00.000000Z");
        assert_eq!(all[0].seen.last_seen, "2026-10-05T00:00:00.000000Z");
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
        s.set_outcome(&id, "confirmed", "sam").await.unwrap();
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
