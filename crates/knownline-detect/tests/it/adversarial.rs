//! Issue 11: hostile inputs as large as a contact may be (25 MiB) are analysed in seconds on
//! every channel. The bounds are generous (a release test build on a slow, shared machine):
//! the point is linear against quadratic time, where such inputs took minutes or hours.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use knownline_detect::{Assessment, Channel, Contact, Directory, MAX_CONTACT_BYTES};

use crate::engine;

/// Far above what linear time needs here, far below what quadratic time took.
const BOUND: Duration = Duration::from_secs(20);

/// One at a time: a 25 MiB contact is a few hundred MB while it is analysed, and timings of
/// two at once on two cores say little.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Assesses `content`, asserting it took less than [`BOUND`].
#[track_caller]
fn assess_in_time(channel: Option<Channel>, content: &str) -> Assessment {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let t = Instant::now();
    let contact = Contact::parse(channel, content);
    let assessment = engine().assess(&contact, &Directory::empty());
    let took = t.elapsed();
    assert!(
        took < BOUND,
        "{} bytes as {channel:?}: {took:?}",
        content.len()
    );
    assert!((0.0..=1.0).contains(&assessment.score));
    assessment
}

/// Issue 11 (medium): a transcript repeating a claim ("this is Microsoft support") looked at
/// every claim cue for every name: 17 MB took 67 s. Verdicts stay: each name is claimed.
#[test]
fn issue_11_a_transcript_of_claims_is_linear() {
    let mut text = String::with_capacity(MAX_CONTACT_BYTES);
    let mut n = 0;
    while text.len() + 64 < MAX_CONTACT_BYTES {
        text.push_str("Caller: this is microsoft support press one ");
        text.push_str(&(n % 10).to_string());
        text.push_str("\nMe: ok\n");
        n += 1;
    }
    let a = assess_in_time(Some(Channel::Call), &text);
    let microsoft = a
        .entities
        .organisations
        .iter()
        .find(|o| o.id == "microsoft");
    assert!(microsoft.is_some_and(|o| o.claimed), "{:?}", a.entities);
}

/// A name is claimed when a cue ends at most 24 bytes before it, as before the claim cues
/// were searched instead of scanned.
#[test]
fn a_claim_cue_reaches_24_bytes() {
    let claimed = |gap: usize| {
        let text = format!("Caller: this is{}microsoft", " ".repeat(gap));
        let a = assess_in_time(Some(Channel::Call), &text);
        let microsoft = a
            .entities
            .organisations
            .iter()
            .find(|o| o.id == "microsoft");
        microsoft.map(|o| o.claimed)
    };
    assert_eq!(claimed(24), Some(true));
    assert_eq!(claimed(25), Some(false));
}
