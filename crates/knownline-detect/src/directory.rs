//! An organisation's trusted directory and the reputation of numbers and domains, as the
//! engine and the callback check read them: entries are validated and normalised here, stored
//! elsewhere (the store crate), and handed in by the caller.

use std::collections::HashMap;

use rlibphonenumber::enums::{PhoneNumberFormat, Region};
use rlibphonenumber::PHONE_NUMBER_UTIL;
use serde::{Deserialize, Serialize};

use crate::text::fold;

/// What a directory entry is to the organisation.
pub const ROLES: &[&str] = &[
    "it_support",
    "bank",
    "card_issuer",
    "vendor",
    "government",
    "utility",
    "colleague",
    "other",
];

/// Where an entry came from.
pub const ENTRY_SOURCES: &[&str] = &["typed", "imported", "built_in"];

/// Limits of one entry, so a directory file cannot carry a page of text per field.
pub const MAX_NAME: usize = 200;
pub const MAX_NOTE: usize = 2_000;
pub const MAX_VALUES: usize = 50;

/// One trusted contact of an organisation. Phones are E.164, domains registrable and
/// lower-case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryEntry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub role: String,
    #[serde(default)]
    pub phones: Vec<String>,
    #[serde(default)]
    pub domains: Vec<String>,
    #[serde(default)]
    pub websites: Vec<String>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub verified_by: Option<String>,
    #[serde(default)]
    pub verified_at: Option<String>,
    #[serde(default)]
    pub source: String,
}

/// An entry as a person or a file gives it, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryInput {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub role: String,
    #[serde(default)]
    pub phones: Vec<String>,
    #[serde(default)]
    pub domains: Vec<String>,
    #[serde(default)]
    pub websites: Vec<String>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub verified_by: Option<String>,
    #[serde(default)]
    pub verified_at: Option<String>,
}

impl EntryInput {
    /// Validates and normalises every field; the error names each problem.
    pub fn validate(&self, region: Region, source: &str) -> Result<DirectoryEntry, String> {
        let mut problems = Vec::new();
        let name = clean_text(&self.name);
        if name.is_empty() {
            problems.push("name is empty".to_string());
        } else if name.chars().count() > MAX_NAME {
            problems.push(format!("name is longer than {MAX_NAME} characters"));
        }
        let role = self
            .role
            .trim()
            .to_ascii_lowercase()
            .replace(['-', ' '], "_");
        if !ROLES.contains(&role.as_str()) {
            problems.push(format!(
                "role {:?} is not one of {}",
                self.role.trim(),
                ROLES.join(", ")
            ));
        }
        for (field, n) in [
            ("aliases", self.aliases.len()),
            ("phones", self.phones.len()),
            ("domains", self.domains.len()),
            ("websites", self.websites.len()),
        ] {
            if n > MAX_VALUES {
                problems.push(format!("more than {MAX_VALUES} {field}"));
            }
        }
        let mut aliases = Vec::new();
        for a in &self.aliases {
            let a = clean_text(a);
            if a.is_empty() {
                continue;
            }
            if a.chars().count() > MAX_NAME {
                problems.push(format!("alias longer than {MAX_NAME} characters"));
            } else if !aliases.contains(&a) && a != name {
                aliases.push(a);
            }
        }
        let mut phones = Vec::new();
        for p in self.phones.iter().filter(|p| !p.trim().is_empty()) {
            match normalise_phone(p, region) {
                Ok(e164) if !phones.contains(&e164) => phones.push(e164),
                Ok(_) => {}
                Err(e) => problems.push(e),
            }
        }
        let mut domains = Vec::new();
        for d in self.domains.iter().filter(|d| !d.trim().is_empty()) {
            match normalise_domain(d) {
                Ok(d) if !domains.contains(&d) => domains.push(d),
                Ok(_) => {}
                Err(e) => problems.push(e),
            }
        }
        let mut websites = Vec::new();
        for w in self.websites.iter().filter(|w| !w.trim().is_empty()) {
            match normalise_website(w) {
                Ok(w) if !websites.contains(&w) => websites.push(w),
                Ok(_) => {}
                Err(e) => problems.push(e),
            }
        }
        let note = clean_text(&self.note);
        if note.chars().count() > MAX_NOTE {
            problems.push(format!("note is longer than {MAX_NOTE} characters"));
        }
        let verified_by = self
            .verified_by
            .as_deref()
            .map(clean_text)
            .filter(|v| !v.is_empty());
        let verified_at = match self.verified_at.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(d) if is_date(d) => Some(d.to_string()),
            Some(d) => {
                problems.push(format!(
                    "verified_at {d:?} is not a date (YYYY-MM-DD or an RFC 3339 time)"
                ));
                None
            }
        };
        if !problems.is_empty() {
            return Err(problems.join("; "));
        }
        Ok(DirectoryEntry {
            name,
            aliases,
            role,
            phones,
            domains,
            websites,
            note,
            verified_by,
            verified_at,
            source: source.to_string(),
        })
    }
}

/// Trims, squashes runs of white space and drops control characters.
fn clean_text(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `YYYY-MM-DD`, optionally followed by a time (`T…`).
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
        && (b.len() == 10 || (b[10] == b'T' && s.len() <= 40))
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}

/// A phone number as typed (`+1 (617) 555-0100`, `0800 123 4567` in the default region) in
/// E.164. A number whose length cannot be a number of its country is refused.
pub fn normalise_phone(raw: &str, region: Region) -> Result<String, String> {
    let t = raw.trim();
    if t.len() > 40 {
        return Err(format!(
            "phone {:?}… is too long",
            crate::text::truncate_at_char(t, 20)
        ));
    }
    let junk = t
        .chars()
        .find(|c| !(c.is_ascii_digit() || " +-().\u{a0}/".contains(*c)));
    if let Some(c) = junk {
        return Err(format!(
            "phone {t:?} has {c:?} in it: only digits, spaces, + - ( ) . /"
        ));
    }
    let not_a_number = || format!("phone {t:?} is not a phone number");
    let parsed = crate::entities::guarded(|| {
        PHONE_NUMBER_UTIL.parse(t, Some(region)).ok().map(|n| {
            let possible = n.is_possible_with_reason().is_ok();
            (possible, n.format_as(PhoneNumberFormat::E164).into_owned())
        })
    });
    match parsed.flatten() {
        None => Err(not_a_number()),
        Some((false, _)) => Err(format!(
            "phone {t:?} has the wrong number of digits for its country"
        )),
        Some((true, e164)) => Ok(e164),
    }
}

/// An E.164 number written for people: `+1 617-555-0100`.
pub fn display_phone(e164: &str) -> String {
    PHONE_NUMBER_UTIL
        .parse(e164, None)
        .map(|n| n.format_as(PhoneNumberFormat::International).into_owned())
        .unwrap_or_else(|_| e164.to_string())
}

/// A domain or an address's domain (`it@Acme.example`, `https://www.acme.com/x`) as its
/// registrable domain, lower-case, internationalised names in their ASCII form.
pub fn normalise_domain(raw: &str) -> Result<String, String> {
    let t = raw.trim();
    let host = t.rsplit_once('@').map_or(t, |(_, d)| d);
    let host = host
        .split_once("://")
        .map_or(host, |(_, rest)| rest)
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    if host.is_empty() {
        return Err(format!("domain {t:?} is empty"));
    }
    let ascii = idna::domain_to_ascii(host).map_err(|_| format!("domain {t:?} is not a domain"))?;
    let labels_ok = ascii.len() <= 253
        && ascii.contains('.')
        && ascii.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    if !labels_ok || crate::entities::is_ip(&ascii) {
        return Err(format!("domain {t:?} is not a domain"));
    }
    crate::entities::registrable_domain(&ascii)
        .ok_or_else(|| format!("domain {t:?} has no registrable part (is it a public suffix?)"))
}

/// A website: an `http(s)` address (the scheme is added when missing), lower-case host.
pub fn normalise_website(raw: &str) -> Result<String, String> {
    let t = raw.trim();
    let (scheme, rest) = match t.split_once("://") {
        Some((s, r)) => (s.to_ascii_lowercase(), r),
        None => ("https".to_string(), t),
    };
    if scheme != "http" && scheme != "https" {
        return Err(format!("website {t:?} is not an http or https address"));
    }
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    normalise_domain(host).map_err(|_| format!("website {t:?} has no valid host"))?;
    if rest.chars().any(|c| c.is_whitespace() || c.is_control()) || t.len() > 2_000 {
        return Err(format!("website {t:?} is not an address"));
    }
    Ok(format!(
        "{scheme}://{}{}",
        host.to_ascii_lowercase(),
        &rest[host_end..]
    ))
}

/// A name as a lookup key: folded (case, accents kept, look-alike letters), words only.
pub fn name_key(s: &str) -> String {
    let folded = fold(s).text;
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What is known of a number, domain or address confirmed in scams.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    /// `phone`, `domain` or `url`.
    pub kind: String,
    pub value: String,
    pub count: u64,
    pub first_seen: String,
    pub last_seen: String,
}

/// The directory an assessment is made against: one organisation's entries, and the
/// reputation of numbers and domains. Build with [`Directory::new`].
#[derive(Debug, Default)]
pub struct Directory {
    pub organisation: Option<String>,
    pub entries: Vec<DirectoryEntry>,
    /// Keyed by value: E.164 phone, registrable domain or URL.
    pub reputation: HashMap<String, Seen>,
    /// Entry names and aliases as name keys, for finding them in a contact by their words.
    names: NameIndex,
    /// Phones and domains to the first entry that holds them.
    by_value: HashMap<String, usize>,
}

/// Name keys (words joined by one space) to the entry they name, and the first words of every
/// key: a contact's words are looked up one at a time, and only a first word starts a longer
/// probe. Builds in linear time, unlike an automaton of 200,000 names.
#[derive(Debug, Default)]
struct NameIndex {
    keys: HashMap<String, usize>,
    first_words: std::collections::HashSet<String>,
    max_words: usize,
}

impl Clone for Directory {
    fn clone(&self) -> Self {
        Directory::new(
            self.organisation.clone(),
            self.entries.clone(),
            self.reputation.clone(),
        )
    }
}

impl Directory {
    pub fn empty() -> Directory {
        Directory::default()
    }

    pub fn new(
        organisation: Option<String>,
        entries: Vec<DirectoryEntry>,
        reputation: HashMap<String, Seen>,
    ) -> Directory {
        let mut names = NameIndex::default();
        let mut by_value = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            for v in e.phones.iter().chain(&e.domains) {
                by_value.entry(v.clone()).or_insert(i);
            }
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                let key = name_key(n);
                // One- and two-letter names would match inside everyday text.
                if key.chars().count() < 3 {
                    continue;
                }
                let words = key.split(' ').count();
                names.max_words = names.max_words.max(words);
                if let Some(first) = key.split(' ').next() {
                    names.first_words.insert(first.to_string());
                }
                names.keys.entry(key).or_insert(i);
            }
        }
        Directory {
            organisation,
            entries,
            reputation,
            names,
            by_value,
        }
    }

    /// The organisation's own IT support, when the directory names one.
    pub fn it_support(&self) -> Option<&DirectoryEntry> {
        self.entries.iter().find(|e| e.role == "it_support")
    }

    /// The entry a number belongs to.
    pub fn entry_with_phone(&self, e164: &str) -> Option<&DirectoryEntry> {
        self.by_value
            .get(e164)
            .map(|&i| &self.entries[i])
            .filter(|e| e.phones.iter().any(|p| p == e164))
    }

    /// The entry a registrable domain belongs to.
    pub fn entry_with_domain(&self, domain: &str) -> Option<&DirectoryEntry> {
        self.by_value
            .get(domain)
            .map(|&i| &self.entries[i])
            .filter(|e| e.domains.iter().any(|d| d == domain))
    }

    /// Entries named in folded text, with the byte range of each first mention, at word
    /// boundaries.
    pub(crate) fn named_in(&self, folded: &str) -> Vec<(usize, usize, usize)> {
        let names = &self.names;
        if names.keys.is_empty() {
            return Vec::new();
        }
        let words: Vec<(usize, usize)> = word_spans(folded);
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        let mut key = String::new();
        let mut i = 0;
        while i < words.len() {
            let (s, e) = words[i];
            if !names.first_words.contains(&folded[s..e]) {
                i += 1;
                continue;
            }
            // The longest name starting here.
            let mut best: Option<(usize, usize)> = None;
            key.clear();
            for (j, &(ws, we)) in words[i..].iter().take(names.max_words).enumerate() {
                if j > 0 {
                    key.push(' ');
                }
                key.push_str(&folded[ws..we]);
                if let Some(&entry) = names.keys.get(&key) {
                    best = Some((entry, j));
                }
            }
            match best {
                Some((entry, j)) => {
                    if !out.iter().any(|&(e, _, _)| e == entry) {
                        out.push((entry, s, words[i + j].1));
                    }
                    i += j + 1;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Byte ranges of the runs of letters and digits (the words of [`name_key`]).
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, role: &str, phones: &[&str], domains: &[&str]) -> EntryInput {
        EntryInput {
            name: name.into(),
            role: role.into(),
            phones: phones.iter().map(|s| s.to_string()).collect(),
            domains: domains.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn entries_are_normalised() {
        let e = input(
            "  Acme   IT ",
            "IT support",
            &["+1 (617) 555-0100", "617.555.0100", "+44 20 7946 0958"],
            &["HelpDesk@IT.Acme.com", "https://www.acme.co.uk/x"],
        )
        .validate(Region::US, "typed")
        .unwrap();
        assert_eq!(e.name, "Acme IT");
        assert_eq!(e.role, "it_support");
        assert_eq!(e.phones, ["+16175550100", "+442079460958"]);
        assert_eq!(e.domains, ["acme.com", "acme.co.uk"]);
        assert_eq!(e.source, "typed");
    }

    #[test]
    fn bad_fields_are_named() {
        let err = input(
            "",
            "janitor",
            &["12", "call me"],
            &["co.uk", "not a domain"],
        )
        .validate(Region::US, "typed")
        .unwrap_err();
        for part in [
            "name is empty",
            "role \"janitor\"",
            "phone \"12\"",
            "phone \"call me\"",
            "domain \"co.uk\"",
            "domain \"not a domain\"",
        ] {
            assert!(err.contains(part), "{part} missing from {err}");
        }
    }

    #[test]
    fn dates_are_checked() {
        let mut e = input("Bank", "bank", &[], &[]);
        e.verified_at = Some("2026-13-01".into());
        assert!(e.validate(Region::US, "typed").is_err());
        e.verified_at = Some("2026-11-25".into());
        assert!(e.validate(Region::US, "typed").is_ok());
    }

    #[test]
    fn names_are_found_at_word_boundaries() {
        let entries = vec![
            input("Acme IT", "it_support", &[], &[])
                .validate(Region::US, "typed")
                .unwrap(),
            input("First Bank", "bank", &[], &[])
                .validate(Region::US, "typed")
                .unwrap(),
        ];
        let dir = Directory::new(None, entries, HashMap::new());
        let found = dir.named_in("this is acme it calling about first bankers");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 0);
    }

    #[test]
    fn name_keys_ignore_case_and_punctuation() {
        assert_eq!(name_key("  Chase — Fraud Dept. "), "chase fraud dept");
    }
}
