//! Hostile input: random and mutated bytes on every channel never panic, never hang, and
//! always give a score in [0, 1].

use knownline_detect::{Channel, Contact, Directory};
use proptest::prelude::*;

use crate::engine;

const SEEDS: &[&str] = &[
    "From: \"Microsoft\" <a@b.example>\r\nSubject: Invoice\r\nContent-Type: multipart/alternative; boundary=x\r\n\r\n--x\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\nPGI+Q2FsbCAxLTg4OC01NTUtMDE0MjwvYj4=\r\n--x--\r\n",
    "Caller: This is Windows support, install AnyDesk and buy Google Play gift cards\nCallee: ok",
    "<html><script>for(;;){alert('virus')}</script><body onbeforeunload='x'>Call +1 (844) 555-0142</body>",
    "From: +15550142\nYour parcel is held: pay $1.99 at usps-redelivery.top",
];

fn check_all(bytes: &[u8]) {
    for channel in [
        None,
        Some(Channel::Call),
        Some(Channel::Email),
        Some(Channel::Sms),
        Some(Channel::Popup),
    ] {
        let contact = Contact::parse_bytes(channel, bytes);
        let a = engine().assess(&contact, &Directory::empty());
        assert!((0.0..=1.0).contains(&a.score), "score {}", a.score);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        check_all(&bytes);
    }

    #[test]
    fn mutated_contacts_never_panic(seed in 0..SEEDS.len(), edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..40), cut in any::<usize>()) {
        let mut bytes = SEEDS[seed].as_bytes().to_vec();
        for (at, b) in edits {
            let i = at % (bytes.len() + 1);
            match b % 3 {
                0 if i < bytes.len() => bytes[i] = b,
                1 => bytes.insert(i, b),
                _ if i < bytes.len() => { bytes.remove(i); }
                _ => {}
            }
        }
        let cut = cut % (bytes.len() + 1);
        check_all(&bytes[..cut]);
        check_all(&bytes);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,2000}") {
        check_all(text.as_bytes());
    }
}

#[test]
fn deeply_nested_and_huge_inputs_finish() {
    let nested = "<div>".repeat(100_000) + "Call +1 888 555 0142" + &"</div>".repeat(100_000);
    check_all(nested.as_bytes());
    let digits = "1234567 ".repeat(200_000);
    check_all(digits.as_bytes());
    let mime = "Content-Type: multipart/mixed; boundary=a\r\n\r\n".to_string()
        + &"--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n".repeat(5_000);
    check_all(mime.as_bytes());
}
