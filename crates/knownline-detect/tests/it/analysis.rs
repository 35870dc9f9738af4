//! Properties of the analysis itself: evidence points into the contact, folding matches what
//! people and phishers write, entities come out normalised.

use knownline_detect::{Channel, Contact, Directory};

use crate::engine;

fn assess(channel: Channel, text: &str) -> knownline_detect::Assessment {
    engine().assess(&Contact::parse(Some(channel), text), &Directory::empty())
}

#[test]
fn evidence_offsets_slice_the_contact() {
    let text = "Agent: Hello, this is the Microsoft security department.\nMe: ok?\nAgent: Your computer has a virus. Please download AnyDesk and give me the code on your screen. Then buy Google Play gift cards.";
    let a = assess(Channel::Call, text);
    let mut checked = 0;
    for s in &a.signals {
        for e in &s.evidence {
            if let (Some(start), Some(end)) = (e.start, e.end) {
                let slice: String = text[start..end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                assert_eq!(slice, e.quote, "signal {}", s.id);
                checked += 1;
            }
        }
    }
    assert!(checked >= 3, "{checked} spans checked: {:#?}", a.signals);
    assert_eq!(a.verdict, knownline_detect::Verdict::Scam);
}

#[test]
fn lookalike_letters_accents_and_invisible_characters_are_seen_through() {
    // Cyrillic letters, a zero-width space and a missing accent.
    let a = assess(Channel::Sms, "Міcrosoft Sеcurity: votre ordinateur est infecté. Appelez le sup\u{200B}port au 01 99 00 47 12, ne redemarrez pas.");
    let orgs: Vec<&str> = a
        .entities
        .organisations
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    assert!(orgs.contains(&"microsoft"), "{orgs:?}");
    assert_ne!(a.verdict, knownline_detect::Verdict::NoSigns);
}

#[test]
fn phones_come_out_in_e164_with_their_kind() {
    let a = assess(
        Channel::Email,
        "Subject: Invoice\n\nQuestions? Call 1-888-555-0142 or +44 20 7946 0958.",
    );
    let phones: Vec<(&str, &str)> = a
        .entities
        .phones
        .iter()
        .map(|p| (p.e164.as_str(), p.kind))
        .collect();
    assert!(
        phones.contains(&("+18885550142", "toll_free")),
        "{phones:?}"
    );
    assert!(
        phones.iter().any(|(e, _)| *e == "+442079460958"),
        "{phones:?}"
    );
}

#[test]
fn chinese_phrases_match_without_spaces() {
    let a = assess(
        Channel::Call,
        "Caller: 国际快递最后一次通知您，您有一个快件无人签收，中文请按2",
    );
    assert!(
        a.signals.iter().any(|s| s.id == "callback.press_one"),
        "{:#?}",
        a.signals
    );
}

#[test]
fn a_helpdesk_callback_the_person_asked_for_is_not_flagged() {
    let text = "Agent: Hi Priya, it's Tom from the Acme service desk, calling back about ticket INC0042 you opened this morning about Outlook.\nMe: Oh great, thanks.\nAgent: I won't need your password. If you want to check it's me, hang up and call the service desk on the number on the intranet.";
    let a = assess(Channel::Call, text);
    assert_eq!(
        a.verdict,
        knownline_detect::Verdict::NoSigns,
        "{:#?}",
        a.signals
    );
}

#[test]
fn playbook_names_the_organisations_own_it_support() {
    let dir = Directory::new(
        Some("Acme".into()),
        vec![knownline_detect::DirectoryEntry {
            name: "Acme IT".into(),
            role: "it_support".into(),
            phones: vec!["+16175550100".into()],
            ..Default::default()
        }],
        Default::default(),
    );
    let c = Contact::parse(Some(Channel::Call), "Caller: This is Windows technical support, your computer is sending errors. Install AnyDesk now.");
    let a = engine().assess(&c, &dir);
    assert!(
        a.playbook
            .iter()
            .any(|s| s.contains("Acme IT on +1 617-555-0100")),
        "{:#?}",
        a.playbook
    );
    assert!(a.playbook[0].starts_with("Hang up"));
}

/// Someone types just a number or a link to check it: its wording says nothing, so the text
/// model stays out and nothing is flagged without a reason; a lookalike link still is, by its
/// rule, and three words are enough for the text model to speak.
#[test]
fn a_bare_number_or_link_is_not_flagged_for_its_wording() {
    for bare in ["+1 212 555 0111", "020 7946 0958", "https://www.chase.com/"] {
        let a = assess(Channel::Sms, bare);
        assert_eq!(
            a.verdict,
            knownline_detect::Verdict::NoSigns,
            "{bare}: {a:?}"
        );
        assert!(a.signals.is_empty(), "{bare}");
    }
    let a = assess(
        Channel::Sms,
        "http://microsoft-support-alert.example.com/fix",
    );
    assert_ne!(a.verdict, knownline_detect::Verdict::NoSigns);
    assert!(!a.signals.is_empty());
    let a = assess(Channel::Sms, "Urgent: call 1-888-555-0142 now");
    assert_ne!(a.verdict, knownline_detect::Verdict::NoSigns);
}

#[test]
fn issue_12_a_genuine_authenticated_invoice_with_a_support_line_stays_quiet() {
    let invoice = "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=norton.com; dkim=pass header.d=norton.com; dmarc=pass header.from=norton.com\r\n\
From: Norton <billing@norton.com>\r\n\
Subject: Your Norton invoice INV-2026-118833\r\n\r\n\
Your Norton 360 Deluxe subscription was automatically renewed. Amount charged: $149.90 to Visa ending 4242.\r\n\
You can view all invoices at https://my.norton.com/billing.\r\n\
Questions about your bill? Our billing team is available Monday to Friday at +1 888 799 9666.\r\n";
    let a = assess(knownline_detect::Channel::Email, invoice);
    assert_eq!(
        a.verdict,
        knownline_detect::Verdict::NoSigns,
        "{:?}",
        a.signals
    );
    assert!(a.signals.is_empty(), "{:?}", a.signals);
    // The invoice number is not a phone number; the support line is.
    assert_eq!(a.entities.phones.len(), 1, "{:?}", a.entities.phones);
    // The same words from a look-alike domain, unauthenticated, are a callback lure.
    let fake = invoice
        .replace("dmarc=pass header.from=norton.com", "dmarc=none")
        .replace("billing@norton.com", "billing@norton-renewals-center.com");
    let a = assess(knownline_detect::Channel::Email, &fake);
    assert!(
        a.verdict >= knownline_detect::Verdict::Suspicious,
        "{:?}",
        a
    );
}
