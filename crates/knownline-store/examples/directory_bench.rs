//! How fast the directory is at the sizes the issue names: imports 100,000 entries into a
//! fresh store, then times the callback check (`verify`) against it.
//! `cargo run --release -p knownline-store --example directory_bench [-- --db URL]`
//! (default: a fresh SQLite file in a temporary folder).

#[path = "../../knownline-detect/tests/support/repo_pack.rs"]
mod repo_pack;

use std::time::Instant;

use knownline_detect::{EntryInput, Region, VerifyRequest};
use knownline_store::Store;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let db = args
        .iter()
        .position(|a| a == "--db")
        .and_then(|i| args.get(i + 1).cloned());
    let tmp = tempfile::tempdir().unwrap();
    let url = knownline_store::url_for(
        &db.unwrap_or_else(|| tmp.path().join("bench.db").display().to_string()),
    )
    .unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(run(&url));
}

async fn run(url: &str) {
    let engine = repo_pack::trained_engine();
    let store = Store::open(url).await.unwrap();
    let org = store
        .add_org(&format!("Bench {}", knownline_store::new_id()), "bench")
        .await
        .unwrap();

    let n = 100_000;
    let t = Instant::now();
    let mut entries: Vec<_> = (0..n)
        .map(|i| {
            EntryInput {
                name: format!("Vendor {i}"),
                role: if i % 50 == 0 { "bank" } else { "vendor" }.into(),
                phones: vec![format!(
                    "+1 617 {:03} {:04}",
                    200 + (i / 10_000) % 800,
                    i % 10_000
                )],
                domains: vec![format!("vendor{i}.example")],
                aliases: vec![format!("V{i} Supplies")],
                ..Default::default()
            }
            .validate(Region::US, "imported")
            .unwrap()
        })
        .collect();
    for (name, role, phone) in [
        ("Acme IT", "it_support", "+1 415 555 0100"),
        ("Chase", "bank", "+1 800 935 9935"),
    ] {
        entries.push(
            EntryInput {
                name: name.into(),
                role: role.into(),
                phones: vec![phone.into()],
                ..Default::default()
            }
            .validate(Region::US, "typed")
            .unwrap(),
        );
    }
    let validated = t.elapsed();
    let t = Instant::now();
    store
        .import_entries(&org, entries, "bench", |_| {})
        .await
        .unwrap();
    let imported = t.elapsed();
    println!(
        "import of {} entries: validated in {:.2} s, written in {:.2} s ({:.2} s together)",
        n + 2,
        validated.as_secs_f64(),
        imported.as_secs_f64(),
        (validated + imported).as_secs_f64()
    );

    let claims = [
        ("Microsoft technical support", Some("+1 888 555 0142")),
        ("Chase fraud department", Some("800-935-9935")),
        ("our IT support", Some("+1 415 555 0199")),
        ("Vendor 4242 accounts", Some("+1 617 200 4242")),
        ("V777 Supplies", None),
        ("IRS agent", Some("202 555 0123")),
        ("your bank", Some("+1 617 555 0000")),
    ];
    let mut answer = Vec::new();
    let mut recorded = Vec::new();
    let mut parts: [Vec<f64>; 3] = Default::default();
    for round in 0..2_000 {
        let (c, num) = claims[round % claims.len()];
        let req = VerifyRequest {
            claims: c.into(),
            number: num.map(Into::into),
            from: None,
            lang: None,
        };
        let t = Instant::now();
        let lookup = engine.verify_lookup(&req);
        let t1 = Instant::now();
        let dir = store.candidates(Some(&org), &lookup).await.unwrap();
        let t2 = Instant::now();
        let v = engine.verify(&dir, &req);
        answer.push(t.elapsed().as_secs_f64() * 1e3);
        parts[0].push((t1 - t).as_secs_f64() * 1e3);
        parts[1].push((t2 - t1).as_secs_f64() * 1e3);
        parts[2].push(t2.elapsed().as_secs_f64() * 1e3);
        if round < 200 {
            let t = Instant::now();
            let json = serde_json::to_string(&v).unwrap();
            store
                .record_verification(
                    Some(&org),
                    "bench",
                    &v.claims,
                    v.number.as_deref(),
                    None,
                    &v.status,
                    &json,
                )
                .await
                .unwrap();
            recorded.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    report("verify, answer (claim keys + store + check)", &mut answer);
    report("verify, recording the answer", &mut recorded);
    report("  of which claim keys", &mut parts[0]);
    report("  of which store lookups", &mut parts[1]);
    report("  of which the check", &mut parts[2]);
}

fn report(what: &str, ms: &mut [f64]) {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "{what}: median {:.3} ms, p99 {:.3} ms, max {:.3} ms over {} runs",
        at(0.5),
        at(0.99),
        ms[ms.len() - 1],
        ms.len()
    );
}
