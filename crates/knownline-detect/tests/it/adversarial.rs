//! Issue 11: hostile inputs as large as a contact may be (25 MiB) are analysed in seconds on
//! every channel. The bounds are generous (a release test build on a slow, shared machine):
//! the point is linear against quadratic time, where such inputs took minutes or hours.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use knownline_detect::{Assessment, Channel, Contact, Directory, MAX_CONTACT_BYTES};

use crate::engine;

/// Far above what linear time needs here (under 2 s each on this machine), below what the
/// slowest shape took before its fix (a call of distinct numbers in many turns: 12.7 s), far
/// below what quadratic time took (minutes to hours).
const BOUND: Duration = Duration::from_secs(8);

/// One at a time: a 25 MiB contact is a few hundred MB while it is analysed, and timings of
/// two at once on two cores say little.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Shapes that were quadratic or could be: runs of dots between labels without a suffix,
/// links inside links, addresses without end, names repeated, distinct phone numbers in many
/// turns, markup. They take turns in blocks of 64 KiB after `lead`, so that any part a reader
/// keeps (an email's body text is cut at 2 MiB) holds every shape.
fn hostile(lead: &str) -> String {
    const SHAPES: &[&str] = &[
        "PHONES",
        "a.",
        "1.",
        "A.",
        "http://",
        "a@b.",
        "this is microsoft support ",
        "<div><a href=x>www.a",
    ];
    const BLOCK: usize = 64 * 1024;
    let mut text = String::with_capacity(MAX_CONTACT_BYTES);
    text.push_str(lead);
    let mut n = 0u32;
    'fill: for shape in SHAPES.iter().cycle() {
        let end = text.len() + BLOCK;
        if end > MAX_CONTACT_BYTES {
            break 'fill;
        }
        if *shape == "PHONES" {
            // Turns of 200 numbers each, all different, that only the parser reads.
            while text.len() + 4096 < end {
                text.push_str("\nCaller: call");
                for _ in 0..200 {
                    text.push_str(&format!(" +44 20 7946 {:04} or", n % 10_000));
                    n += 1;
                }
            }
            text.push('\n');
        } else {
            while text.len() + shape.len() < end {
                text.push_str(shape);
            }
        }
    }
    assert!(text.len() > MAX_CONTACT_BYTES - 2 * BLOCK && text.len() <= MAX_CONTACT_BYTES);
    text
}

fn claimed(a: &Assessment, id: &str) -> bool {
    a.entities
        .organisations
        .iter()
        .any(|o| o.id == id && o.claimed)
}

#[test]
fn issue_11_hostile_sms_is_linear() {
    let a = assess_in_time(Some(Channel::Sms), &hostile("From: +15550142\n"));
    assert_eq!(a.channel, Channel::Sms);
    assert!(!a.entities.urls.is_empty(), "{:?}", a.entities.urls);
    assert!(claimed(&a, "microsoft"));
}

#[test]
fn issue_11_hostile_email_is_linear() {
    let lead = "From: \"Microsoft\" <a@b.example>\r\nSubject: Your account\r\n\r\n";
    let a = assess_in_time(Some(Channel::Email), &hostile(lead));
    assert_eq!(a.entities.sender.as_deref(), Some("a@b.example"));
    assert!(!a.entities.urls.is_empty(), "{:?}", a.entities.urls);
    assert!(!a.entities.phones.is_empty());
}

#[test]
fn issue_11_hostile_popup_is_linear() {
    let a = assess_in_time(Some(Channel::Popup), &hostile("<html><body>"));
    assert!(claimed(&a, "microsoft"));
    assert!(!a.entities.phones.is_empty());
}

#[test]
fn issue_11_hostile_call_is_linear() {
    let a = assess_in_time(Some(Channel::Call), &hostile("Caller: hello\nMe: hi\n"));
    assert!(!a.entities.phones.is_empty());
    assert!(claimed(&a, "microsoft"));
}

#[test]
fn issue_11_hostile_contact_of_unknown_channel_is_linear() {
    let a = assess_in_time(None, &hostile(""));
    assert_eq!(a.channel, Channel::Call, "the turns come first");
    assert!(!a.entities.phones.is_empty());
}

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
