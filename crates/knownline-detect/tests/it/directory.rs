//! The directory at work: the callback check (`verify`) and the signals a check gets from an
//! organisation's directory and from the reputation of numbers and domains.

use std::collections::HashMap;

use knownline_detect::{
    Channel, Contact, Directory, DirectoryEntry, EntryInput, Region, Seen, Verdict, VerifyRequest,
};

use crate::engine;

fn entry(name: &str, role: &str, phones: &[&str], domains: &[&str]) -> DirectoryEntry {
    EntryInput {
        name: name.into(),
        role: role.into(),
        phones: phones.iter().map(|s| s.to_string()).collect(),
        domains: domains.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
    .validate(Region::US, "typed")
    .unwrap()
}

fn acme(reputation: HashMap<String, Seen>) -> Directory {
    Directory::new(
        Some("Acme".into()),
        vec![
            entry(
                "Acme IT",
                "it_support",
                &["+1 617 555 0100"],
                &["acme-it.com"],
            ),
            entry("Chase", "bank", &["+1 800 935 9935"], &["chase.com"]),
            entry(
                "First Harbor Bank",
                "bank",
                &["+1 212 555 0111"],
                &["firstharbor.com"],
            ),
        ],
        reputation,
    )
}

fn seen(kind: &str, value: &str, count: u64) -> (String, Seen) {
    (
        value.to_string(),
        Seen {
            kind: kind.into(),
            value: value.into(),
            count,
            first_seen: "2026-10-02T09:00:00Z".into(),
            last_seen: "2026-11-20T16:30:00Z".into(),
        },
    )
}

fn verify(
    dir: &Directory,
    claims: &str,
    number: Option<&str>,
    from: Option<&str>,
) -> knownline_detect::Verification {
    engine().verify(
        dir,
        &VerifyRequest {
            claims: claims.into(),
            number: number.map(Into::into),
            from: from.map(Into::into),
            lang: None,
        },
    )
}

fn flags(v: &knownline_detect::Verification) -> Vec<&str> {
    v.flags.iter().map(|f| f.id.as_str()).collect()
}

#[test]
fn a_tech_company_calling_is_not_your_it_support() {
    let v = verify(
        &acme(HashMap::new()),
        "Microsoft Windows support",
        Some("+1 888 555 0142"),
        None,
    );
    assert_eq!(v.party.name, "Microsoft");
    assert!(v.party.tech_support);
    assert!(flags(&v).contains(&"not_your_it_support"), "{v:#?}");
    assert_eq!(v.call_back.name, "Acme IT");
    assert_eq!(v.call_back.phone.as_deref(), Some("+16175550100"));
    assert_eq!(v.number_matches, None);
    assert_eq!(v.status, "mismatch");
    let policy = v.policy.as_ref().expect("Microsoft's policy");
    assert!(
        policy.statement.to_lowercase().contains("phone"),
        "{policy:?}"
    );
    assert!(
        v.steps
            .iter()
            .any(|s| s.contains("Don't call back +1 888-555-0142")),
        "{:#?}",
        v.steps
    );
}

#[test]
fn the_answer_is_written_in_the_persons_language() {
    let ask = |lang: &str, claims: &str| {
        engine().verify(
            &acme(HashMap::new()),
            &VerifyRequest {
                claims: claims.into(),
                number: Some("+1 888 555 0142".into()),
                from: None,
                lang: Some(lang.into()),
            },
        )
    };
    let en = ask("en", "Microsoft Windows support");
    for lang in ["es", "fr", "de", "it", "pt", "nl"] {
        let v = ask(lang, "Microsoft Windows support");
        assert_eq!(v.status, en.status, "{lang}: the same finding");
        let written = std::iter::once(&v.summary)
            .chain(v.flags.iter().map(|f| &f.text))
            .chain(&v.steps)
            .filter(|t| !t.contains("says so itself") && !t.starts_with("Report it"))
            .cloned()
            .collect::<Vec<_>>();
        for t in &written {
            assert!(!t.is_empty(), "{lang}: no message is missing");
            for english in [
                "Hang up",
                "Don't call back",
                "your own IT support",
                " is not ",
            ] {
                assert!(!t.contains(english), "{lang}: {t:?} is English");
            }
        }
        assert!(
            v.steps.iter().any(|s| s.contains("+1 888-555-0142")),
            "{lang}: the number not to call back is named: {:#?}",
            v.steps
        );
        assert!(
            v.steps
                .iter()
                .any(|s| s.contains("Acme IT") && s.contains("+1 617-555-0100")),
            "{lang}: whom to call instead, with the number: {:#?}",
            v.steps
        );
    }
    // A bank named as a role, with no bank in the directory: in English the knowledge file's
    // advice, in German the locale's, never the English.
    let bank = |lang: &str| {
        engine().verify(
            &Directory::new(None, Vec::new(), HashMap::new()),
            &VerifyRequest {
                claims: "your bank".into(),
                lang: Some(lang.into()),
                ..Default::default()
            },
        )
    };
    let en = bank("en");
    assert!(
        en.steps
            .iter()
            .any(|s| s.contains("the number on the back of your card")),
        "{:#?}",
        en.steps
    );
    let de = bank("de");
    assert!(
        de.steps.iter().all(|s| !s.contains("the number on")) && de.steps.len() == en.steps.len(),
        "{:#?}",
        de.steps
    );
}

#[test]
fn a_matching_number_still_ends_in_a_call_back() {
    let v = verify(
        &acme(HashMap::new()),
        "Chase fraud department",
        Some("(800) 935-9935"),
        None,
    );
    assert_eq!(v.party.kind, "directory");
    assert_eq!(v.number_matches, Some(true));
    assert_eq!(v.status, "matches");
    assert!(
        v.steps[0].contains("call Chase on +1 800-935-9935"),
        "{:#?}",
        v.steps
    );
    assert!(v.steps[0].contains("can be faked"));
}

#[test]
fn another_number_for_a_directory_party_is_flagged() {
    let v = verify(
        &acme(HashMap::new()),
        "Chase fraud department",
        Some("+1 302 555 0187"),
        None,
    );
    assert_eq!(v.number_matches, Some(false));
    assert_eq!(v.status, "mismatch");
    assert!(flags(&v).contains(&"number_not_theirs"));
    assert_eq!(v.call_back.phone.as_deref(), Some("+18009359935"));
}

#[test]
fn a_number_of_another_party_is_named() {
    let v = verify(
        &acme(HashMap::new()),
        "First Harbor Bank",
        Some("+1 617 555 0100"),
        None,
    );
    assert_eq!(v.number_matches, Some(false));
    let f = v
        .flags
        .iter()
        .find(|f| f.id == "number_not_theirs")
        .unwrap();
    assert!(f.text.contains("Acme IT's number"), "{}", f.text);
}

#[test]
fn our_it_support_is_checked_against_its_number() {
    let dir = acme(HashMap::new());
    let v = verify(&dir, "our IT support", Some("+1 415 555 0199"), None);
    assert_eq!(v.party.name, "Acme IT");
    assert!(flags(&v).contains(&"not_your_it_support"), "{v:#?}");
    assert_eq!(v.number_matches, Some(false));
    let v = verify(&dir, "our IT support", Some("617-555-0100"), None);
    assert_eq!(v.number_matches, Some(true));
    assert_eq!(v.status, "matches");
    assert!(v.flags.is_empty(), "{:?}", v.flags);
}

#[test]
fn a_tax_office_without_directory_entry_gets_the_official_way() {
    let v = verify(
        &Directory::empty(),
        "IRS agent",
        Some("+1 202 555 0123"),
        None,
    );
    assert_eq!(v.party.kind, "built_in");
    assert!(v.call_back.phone.is_none());
    assert!(
        v.call_back
            .how
            .as_deref()
            .is_some_and(|h| h.to_lowercase().contains("irs.gov")),
        "{:?}",
        v.call_back
    );
    let policy = v.policy.as_ref().unwrap();
    assert!(
        policy
            .report_to
            .iter()
            .any(|r| r.contains("phishing@irs.gov")),
        "{policy:?}"
    );
    assert!(policy
        .report_to
        .iter()
        .all(|r| !r.contains("NOT confirmed")));
}

#[test]
fn a_role_without_entry_says_where_to_find_a_number() {
    let v = verify(&Directory::empty(), "your bank's fraud team", None, None);
    assert_eq!(v.party.kind, "role");
    assert!(v
        .call_back
        .how
        .as_deref()
        .unwrap()
        .contains("back of your card"));
    assert_eq!(v.number_matches, None);
    assert_eq!(v.status, "unknown");
}

#[test]
fn a_known_scam_number_is_said_so() {
    let dir = acme(HashMap::from([seen("phone", "+18885550142", 3)]));
    let v = verify(&dir, "Amazon refunds", Some("1-888-555-0142"), None);
    assert_eq!(v.status, "known_scam");
    assert_eq!(v.number_matches, Some(false));
    assert!(v.summary.contains("3 times"), "{}", v.summary);
}

#[test]
fn a_sender_domain_that_is_not_the_brands_is_flagged() {
    let v = verify(
        &Directory::empty(),
        "PayPal",
        None,
        Some("service@paypal-resolution-center.com"),
    );
    assert_eq!(v.domain_matches, Some(false));
    assert!(flags(&v).contains(&"domain_not_theirs"));
    let v = verify(
        &Directory::empty(),
        "PayPal",
        None,
        Some("service@paypal.com"),
    );
    assert_eq!(v.domain_matches, Some(true));
}

#[test]
fn a_broken_number_is_reported_not_guessed() {
    let v = verify(&Directory::empty(), "Chase", Some("12ab"), None);
    assert!(v.number.is_none());
    assert!(v.number_problem.is_some());
    assert_eq!(v.number_matches, None);
}

#[test]
fn the_lookup_names_the_claim_phrases_and_roles() {
    let l = engine().verify_lookup(&VerifyRequest {
        claims: "Chase Fraud Department".into(),
        number: Some("800.935.9935".into()),
        from: Some("alerts@Chase.com".into()),
        lang: None,
    });
    assert!(l.name_keys.contains(&"chase".to_string()));
    assert!(l.name_keys.contains(&"chase fraud department".to_string()));
    assert_eq!(l.phone.as_deref(), Some("+18009359935"));
    assert_eq!(l.domain.as_deref(), Some("chase.com"));
    assert!(l.roles.contains(&"it_support".to_string()));
    assert!(l.roles.contains(&"bank".to_string()));
}

fn signal_ids(a: &knownline_detect::Assessment) -> Vec<&str> {
    a.signals.iter().map(|s| s.id.as_str()).collect()
}

#[test]
fn a_caller_naming_a_directory_party_from_another_number_gets_a_signal() {
    let c = Contact::parse(
        Some(Channel::Call),
        "Caller: Hello, this is the fraud team at First Harbor Bank. Please call us back on 1-302-555-0187 about a payment.",
    );
    let a = engine().assess(&c, &acme(HashMap::new()));
    assert!(
        signal_ids(&a).contains(&"directory.number_not_theirs"),
        "{:?}",
        signal_ids(&a)
    );
    assert_ne!(a.verdict, Verdict::NoSigns);
    assert!(
        a.playbook
            .iter()
            .any(|s| s.contains("First Harbor Bank on +1 212-555-0111")),
        "{:#?}",
        a.playbook
    );
}

#[test]
fn the_real_it_support_calling_is_not_a_stranger_claiming_support() {
    let text = "Caller: Hi, this is Acme IT. We detected that your computer has a virus, we need to run an update tonight.";
    let dir = acme(HashMap::new());
    let from_it = Contact::parse(Some(Channel::Call), text).with_sender("+1 617 555 0100");
    let a = engine().assess(&from_it, &dir);
    assert!(
        !a.signals.iter().any(|s| s.tactic == "unsolicited_support"),
        "{:?}",
        signal_ids(&a)
    );
    assert!(
        a.playbook
            .iter()
            .any(|s| s.contains("can be faked") && s.contains("Acme IT on +1 617-555-0100")),
        "{:#?}",
        a.playbook
    );
    let stranger = Contact::parse(Some(Channel::Call), text).with_sender("+1 415 555 0199");
    let b = engine().assess(&stranger, &dir);
    assert!(
        signal_ids(&b).contains(&"directory.number_not_theirs"),
        "{:?}",
        signal_ids(&b)
    );
}

#[test]
fn a_known_scam_number_makes_a_contact_a_scam() {
    let dir = acme(HashMap::from([seen("phone", "+18885550142", 2)]));
    let c = Contact::parse(
        Some(Channel::Sms),
        "Your order has shipped. Questions? Call 888-555-0142.",
    );
    let a = engine().assess(&c, &dir);
    assert_eq!(a.verdict, Verdict::Scam);
    let s = a
        .signals
        .iter()
        .find(|s| s.id == "reputation.known_scam")
        .unwrap();
    assert!(s.explanation.contains("twice"), "{}", s.explanation);
    assert!(s.explanation.contains("2026-11-20"));
    let clean = engine().assess(&c, &acme(HashMap::new()));
    assert!(!signal_ids(&clean).contains(&"reputation.known_scam"));
}

#[test]
fn an_email_in_a_directory_partys_name_from_another_domain_is_flagged() {
    let mail = "From: First Harbor Bank <alerts@firstharbor-secure.com>\r\nTo: you@acme.com\r\nSubject: Your statement\r\n\r\nYour statement is ready.\r\n";
    let a = engine().assess(
        &Contact::parse(Some(Channel::Email), mail),
        &acme(HashMap::new()),
    );
    assert!(
        signal_ids(&a).contains(&"directory.sender_not_theirs"),
        "{:?}",
        signal_ids(&a)
    );
    let real = mail.replace("firstharbor-secure.com", "firstharbor.com");
    let b = engine().assess(
        &Contact::parse(Some(Channel::Email), &real),
        &acme(HashMap::new()),
    );
    assert!(!signal_ids(&b).contains(&"directory.sender_not_theirs"));
}

/// A number typed in alone is looked up like the number someone called from: the directory's
/// own party is named (with "caller ID can be faked"), a confirmed scam number is a scam.
#[test]
fn a_bare_number_is_looked_up_in_the_directory() {
    let dir = acme(HashMap::from([seen("phone", "+18885550142", 2)]));
    let a = engine().assess(&Contact::parse(Some(Channel::Call), "617 555 0100"), &dir);
    assert_eq!(a.verdict, Verdict::NoSigns);
    assert!(
        a.playbook[0].contains("Your directory has this number as Acme IT's"),
        "{:?}",
        a.playbook
    );
    let a = engine().assess(
        &Contact::parse(Some(Channel::Call), "+1 888 555 0142"),
        &dir,
    );
    assert_eq!(a.verdict, Verdict::Scam);
    assert!(signal_ids(&a).contains(&"reputation.known_scam"));
    assert!(!a
        .playbook
        .iter()
        .any(|s| s.starts_with("Nothing knownline knows")));
}
