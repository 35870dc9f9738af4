//! Every reader: bytes as an SMS, an email, a pop-up page, a call or a contact of unknown
//! channel (the first byte chooses), through the whole assessment.
#![no_main]

use knownline_detect::{Channel, Contact};
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    common::init();
    let Some((&which, bytes)) = data.split_first() else {
        return;
    };
    let channel = match which % 5 {
        0 => None,
        1 => Some(Channel::Sms),
        2 => Some(Channel::Email),
        3 => Some(Channel::Popup),
        _ => Some(Channel::Call),
    };
    let contact = Contact::parse_bytes(channel, bytes);
    let a = common::engine().assess(&contact, common::directory());
    assert!((0.0..=1.0).contains(&a.score), "score {}", a.score);
    if let Some(c) = channel {
        assert_eq!(a.channel, c);
    }
    // What reaches pages and the API must serialise.
    serde_json::to_string(&a).expect("an assessment serialises");
});
