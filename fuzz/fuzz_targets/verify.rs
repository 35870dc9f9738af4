//! The verify lookup: a claim, a number and a sender (lines of the input) through the lookup
//! and the callback procedure.
#![no_main]

use knownline_detect::VerifyRequest;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    common::init();
    let text = String::from_utf8_lossy(data);
    let mut lines = text.splitn(3, '\n');
    let req = VerifyRequest {
        claims: lines.next().unwrap_or_default().to_string(),
        number: lines.next().map(str::to_string),
        from: lines.next().map(str::to_string),
        // Each of the languages the answer is written in, chosen by the input.
        lang: data.first().map(|b| {
            let langs = knownline_detect::locale::LANGUAGES;
            langs[*b as usize % langs.len()].to_string()
        }),
    };
    let engine = common::engine();
    let lookup = engine.verify_lookup(&req);
    assert!(lookup.roles.iter().any(|r| r == "it_support"));
    let v = engine.verify(common::directory(), &req);
    assert!(["known_scam", "mismatch", "matches", "unknown"].contains(&v.status.as_str()));
    // The real IT support is always named: the answer is to call it.
    assert!(!v.steps.is_empty() && v.steps.iter().all(|s| !s.is_empty()));
    assert!(!v.summary.is_empty(), "every message is there in every language");
    serde_json::to_string(&v).expect("a verification serialises");
});
