//! Reading: a contact's parts folded into one document that the automata scan, with the map
//! back to the original words for evidence; the entities code finds (phone numbers, links,
//! addresses, money, the sender, domains); the words the text model reads.

use std::collections::HashSet;

use rlibphonenumber::enums::Region;

use crate::assessment::{Entities, Evidence, LinkEntity, PhoneEntity};
use crate::contact::{Channel, Contact, Field, Part};
use crate::entities::{self, FoundPhone};
use crate::features;
use crate::text::{fold_into, is_word_byte, squash_spaces, Folded};

/// A span of the analysis document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    pub start: u32,
    pub end: u32,
}

/// A piece of evidence of an atom: a span of text, or a finding that is not in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Ev {
    Doc(Span),
    /// A value found outside the text: an address, a header, a link target.
    Note(Field, String),
    /// A finding described in words: what a page does.
    Finding(Field, String),
}

pub(super) struct DocPart {
    pub start: usize,
    pub end: usize,
    /// Where the first character that is not white space is (`end` when there is none).
    pub first_text: usize,
    pub field: Field,
    pub part: usize,
    pub folded: Folded,
}

/// The folded text of every part, one after another, separated by blank lines.
pub(super) struct Doc {
    pub text: String,
    pub parts: Vec<DocPart>,
}

impl Doc {
    pub fn build(contact: &Contact) -> Doc {
        let total: usize = contact.parts.iter().map(|p| p.text.len() + 2).sum();
        let mut doc = Doc {
            text: String::with_capacity(total),
            parts: Vec::with_capacity(contact.parts.len()),
        };
        for (i, part) in contact.parts.iter().enumerate() {
            doc.push_part(contact.channel, part, i);
        }
        doc
    }

    /// Folds part `i` of a contact onto the end of the document; returns where it starts.
    pub fn push_part(&mut self, channel: Channel, part: &Part, i: usize) -> usize {
        let text = &mut self.text;
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        // Line breaks inside a part are spaces, so phrases match across wrapped lines.
        let mut map = fold_into(&part.text, text, true);
        if channel == Channel::Call && part.field == Field::Notes {
            map = second_person(text, start, map);
        }
        let folded = Folded::from_map(map);
        let first_text = text.len() - text[start..].trim_start().len();
        self.parts.push(DocPart {
            start,
            end: text.len(),
            first_text,
            field: part.field,
            part: i,
            folded,
        });
        start
    }

    pub fn part_at(&self, offset: usize) -> Option<&DocPart> {
        let idx = self.parts.partition_point(|p| p.start <= offset);
        let p = self.parts.get(idx.checked_sub(1)?)?;
        (offset <= p.end).then_some(p)
    }

    pub fn field_at(&self, offset: usize) -> Option<Field> {
        self.part_at(offset).map(|p| p.field)
    }

    /// Evidence for a document span, quoting the original words.
    pub fn evidence(&self, contact: &Contact, span: Span) -> Option<Evidence> {
        let p = self.part_at(span.start as usize)?;
        let original = &contact.parts[p.part];
        let len = original.text.len();
        let s = p.folded.original_offset(span.start as usize - p.start, len);
        let e = p
            .folded
            .original_offset((span.end as usize).min(p.end) - p.start, len)
            .max(s);
        let mut e = e.min(len);
        while e < len && !original.text.is_char_boundary(e) {
            e += 1;
        }
        let mut s = s.min(e);
        while s > 0 && !original.text.is_char_boundary(s) {
            s -= 1;
        }
        let quote = squash_spaces(&original.text[s..e]);
        let context = crate::text::sentence_around(&original.text, s, e)
            .map(squash_spaces)
            .filter(|c| c.len() > quote.len());
        Some(Evidence {
            field: p.field,
            quote,
            start: original.origin.map(|o| o + s),
            end: original.origin.map(|o| o + e),
            finding: false,
            context,
        })
    }

    /// Maps an offset of a part's original text to the document.
    pub fn doc_offset(&self, part: usize, original: usize) -> Option<usize> {
        // Parts are pushed in order, so part `i` is usually the `i`th.
        let p = match self.parts.get(part) {
            Some(p) if p.part == part => p,
            _ => self.parts.iter().find(|p| p.part == part)?,
        };
        Some(p.start + p.folded.folded_offset(original).min(p.end - p.start))
    }
}

/// First-person possessives and the words the caller would have used: an account of a call
/// ("he said my computer was infected") reads as the caller's line ("your computer …"), so
/// the rules hear reported speech as they hear the caller. Words that are something else in
/// another language are left out: Italian "mi" (me), Italian and Polish "ma" (but, has).
const SECOND_PERSON: &[(&str, &str)] = &[
    ("my", "your"),
    ("mine", "yours"),
    ("myself", "yourself"),
    ("our", "your"),
    ("mein", "ihr"),
    ("meine", "ihre"),
    ("meinen", "ihren"),
    ("meinem", "ihrem"),
    ("meiner", "ihrer"),
    ("meines", "ihres"),
    ("mon", "votre"),
    ("mes", "vos"),
    ("mis", "sus"),
    ("mio", "suo"),
    ("mia", "sua"),
    ("miei", "suoi"),
    ("mie", "sue"),
    ("meu", "seu"),
    ("minha", "sua"),
    ("meus", "seus"),
    ("minhas", "suas"),
    ("mijn", "uw"),
];

/// Rewrites the first-person possessives of `text[start..]` (folded, with `map` to the
/// original, empty when identical) as second person; returns the new map.
fn second_person(text: &mut String, start: usize, map: Vec<u32>) -> Vec<u32> {
    let part = &text[start..];
    let bytes = part.as_bytes();
    let original = |i: usize| -> u32 {
        if map.is_empty() {
            i as u32
        } else {
            map.get(i).copied().unwrap_or(u32::MAX)
        }
    };
    let mut out = String::with_capacity(part.len() + part.len() / 8);
    let mut out_map: Vec<u32> = Vec::with_capacity(part.len() + part.len() / 8);
    let mut changed = false;
    let mut i = 0;
    while i < bytes.len() {
        let word_len = bytes[i..].iter().take_while(|&&b| is_word_byte(b)).count();
        if word_len == 0 {
            // One character at a time keeps `out` on character boundaries.
            let c = part[i..].chars().next().unwrap_or(' ');
            for k in 0..c.len_utf8() {
                out_map.push(original(i + k));
            }
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        let word = &part[i..i + word_len];
        match SECOND_PERSON.iter().find(|(first, _)| *first == word) {
            Some((_, second)) => {
                changed = true;
                out.push_str(second);
                out_map.extend(std::iter::repeat_n(original(i), second.len()));
            }
            None => {
                out.push_str(word);
                out_map.extend((i..i + word_len).map(original));
            }
        }
        i += word_len;
    }
    if !changed {
        return map;
    }
    text.truncate(start);
    text.push_str(&out);
    out_map
}

impl Folded {
    /// The folded offset of an original offset (the first folded byte at or after it).
    fn folded_offset(&self, original: usize) -> usize {
        match self.map_slice() {
            None => original,
            Some(map) => map.partition_point(|&o| (o as usize) < original),
        }
    }
}

/// What code found in a contact, with the document spans rules read.
#[derive(Default)]
pub(super) struct Found {
    pub entities: Entities,
    pub phones: Vec<Span>,
    pub tollfree: Vec<Span>,
    pub premium: Vec<Span>,
    pub urls: Vec<Span>,
    /// Every link's host, visible or not, in order of appearance (repeats kept).
    pub hosts: Vec<String>,
    pub emails: Vec<(usize, usize)>,
    pub money: Vec<(usize, usize)>,
    /// Limits reading hit, beyond the contact's own (see [`Contact::limits`]).
    pub limits: Vec<String>,
}

impl Found {
    /// Finds the entities of a contact whose parts are `doc`.
    pub fn read(contact: &Contact, doc: &Doc, region: Region) -> Found {
        let mut found = Found::default();
        found.phones_of(contact, doc, region);
        found.links_of(contact, &doc.text);
        found.addresses_and_money(&doc.text);
        found.sender_of(contact);
        found.domains();
        found
    }

    /// Adds the entities of part `i`, the last pushed onto `doc`: a call read as it happens.
    /// Links, addresses and money never span two parts, so part by part finds what the
    /// whole document would.
    pub fn read_part(
        &mut self,
        contact: &Contact,
        doc: &Doc,
        i: usize,
        region: Region,
        cache: &mut entities::PhoneCache,
    ) {
        let (Some(part), Some(dp)) = (contact.parts.get(i), doc.parts.last()) else {
            return;
        };
        let capped = cache.capped();
        self.phones_in(part, i, doc, region, cache);
        if cache.capped() && !capped {
            self.limits.push(phone_limit());
        }
        let emails_before = self.emails.len();
        self.links_in(&doc.text[dp.start..dp.end], dp.start);
        self.addresses_in(&doc.text, emails_before, dp.start, dp.end);
        self.domains();
    }

    fn phones_of(&mut self, contact: &Contact, doc: &Doc, region: Region) {
        let mut cache = entities::PhoneCache::default();
        for (i, part) in contact.parts.iter().enumerate() {
            self.phones_in(part, i, doc, region, &mut cache);
        }
        if cache.capped() {
            self.limits.push(phone_limit());
        }
    }

    fn phones_in(
        &mut self,
        part: &Part,
        i: usize,
        doc: &Doc,
        region: Region,
        cache: &mut entities::PhoneCache,
    ) {
        if part.field == Field::Attachment {
            return;
        }
        for FoundPhone {
            e164,
            kind,
            start,
            end,
        } in entities::find_phones_cached(&part.text, region, cache)
        {
            let (Some(ds), Some(de)) = (doc.doc_offset(i, start), doc.doc_offset(i, end)) else {
                continue;
            };
            let span = Span {
                start: ds as u32,
                end: de as u32,
            };
            self.phones.push(span);
            if matches!(kind, "toll_free" | "premium_rate" | "shared_cost" | "uan") {
                self.tollfree.push(span);
            }
            if kind == "premium_rate" {
                self.premium.push(span);
            }
            if !self.entities.phones.iter().any(|p| p.e164 == e164) {
                self.entities.phones.push(PhoneEntity {
                    e164,
                    kind,
                    raw: part.text[start..end].to_string(),
                    field: part.field,
                });
            }
        }
    }

    fn links_of(&mut self, contact: &Contact, text: &str) {
        self.links_in(text, 0);
        let urls = &mut self.entities.urls;
        for link in &contact.links {
            let href = link.href.trim();
            if !(href.starts_with("http://") || href.starts_with("https://")) {
                continue;
            }
            let host = entities::host_of(href);
            if urls.len() < 100 && !urls.iter().any(|l| l.url == href) {
                urls.push(LinkEntity {
                    url: href.to_string(),
                    domain: entities::registrable_domain(&host),
                    shown: Some(link.text.clone()).filter(|t| !t.is_empty()),
                });
            }
            self.hosts.push(host);
        }
    }

    /// The addresses and links of `text`, which starts at `offset` of the document.
    fn links_in(&mut self, text: &str, offset: usize) {
        let first = self.emails.len();
        self.emails.extend(
            entities::find_emails(text)
                .into_iter()
                .map(|(s, e)| (s + offset, e + offset)),
        );
        let emails = &self.emails[first..];
        let urls = &mut self.entities.urls;
        for u in entities::find_urls(text) {
            let (start, end) = (u.start + offset, u.end + offset);
            // An address's domain is not a link.
            if emails.iter().any(|&(s, e)| start >= s && end <= e) {
                continue;
            }
            self.urls.push(Span {
                start: start as u32,
                end: end as u32,
            });
            if urls.len() < 100 && !urls.iter().any(|l| l.url == u.url) {
                urls.push(LinkEntity {
                    url: u.url.clone(),
                    domain: entities::registrable_domain(&u.host),
                    shown: None,
                });
            }
            self.hosts.push(u.host);
        }
    }

    fn addresses_and_money(&mut self, text: &str) {
        self.addresses_in(text, 0, 0, text.len());
    }

    /// The addresses from the `first_email`th on, and the money of `text[start..end]`.
    fn addresses_in(&mut self, text: &str, first_email: usize, start: usize, end: usize) {
        let e = &mut self.entities;
        for &(s, end) in &self.emails[first_email..] {
            let addr = &text[s..end];
            if e.emails.len() < 50 && !e.emails.iter().any(|a| a == addr) {
                e.emails.push(addr.to_string());
            }
        }
        let first_money = self.money.len();
        self.money.extend(
            entities::find_money(&text[start..end])
                .into_iter()
                .map(|(s, e)| (s + start, e + start)),
        );
        for &(s, end) in self
            .money
            .iter()
            .skip(first_money)
            .take(20 - first_money.min(20))
        {
            let m = squash_spaces(&text[s..end]);
            if !e.money.contains(&m) {
                e.money.push(m);
            }
        }
    }

    fn sender_of(&mut self, contact: &Contact) {
        let e = &mut self.entities;
        if let Some(email) = &contact.email {
            if !email.from_addr.is_empty() {
                e.sender = Some(email.from_addr.clone());
            }
            if !email.auth.is_empty() {
                e.auth = Some(email.auth.clone());
            }
            e.attachments = email.attachments.clone();
        } else if let Some(sender) = contact.sender() {
            e.sender = Some(sender.to_string());
        }
    }

    /// The sender's domain first, then each link's, once each, in order of appearance.
    fn domains(&mut self) {
        let mut domains: Vec<String> = self
            .entities
            .sender
            .as_deref()
            .and_then(entities::domain_of_address)
            .and_then(entities::registrable_domain)
            .into_iter()
            .collect();
        let mut seen_hosts: HashSet<&str> = HashSet::new();
        for h in &self.hosts {
            if domains.len() >= 100 {
                break;
            }
            if !seen_hosts.insert(h.as_str()) {
                continue;
            }
            if let Some(d) = entities::registrable_domain(h) {
                if !domains.contains(&d) {
                    domains.push(d);
                }
            }
        }
        self.entities.domains = domains;
    }

    /// Spans the text model sees as placeholders (links, addresses, numbers, money), sorted.
    pub fn masks(&self) -> Vec<Mask> {
        let doc = |s: &Span| (s.start as usize, s.end as usize);
        let mut masks: Vec<Mask> = Vec::new();
        masks.extend(self.urls.iter().map(|s| (doc(s).0, doc(s).1, "_url_")));
        masks.extend(self.emails.iter().map(|&(s, e)| (s, e, "_email_")));
        masks.extend(self.phones.iter().map(|s| (doc(s).0, doc(s).1, "_phone_")));
        masks.extend(self.money.iter().map(|&(s, e)| (s, e, "_money_")));
        masks.sort_unstable();
        masks
    }
}

fn phone_limit() -> String {
    format!(
        "more than {} possible phone numbers: the rest not checked",
        entities::MAX_PHONE_CANDIDATES
    )
}

/// A span of the document the text model reads as a placeholder word.
pub(super) type Mask = (usize, usize, &'static str);

/// The text model's hashed features of a document.
pub(super) fn text_features(doc: &Doc, masks: &[Mask]) -> Vec<u32> {
    let mut buckets = features::Buckets::default();
    text_tokens(doc, masks, &mut buckets);
    buckets.finish()
}
/// The text model's tokens of a document, into `tokens`: the parts a person reads as the
/// message.
pub(super) fn text_tokens<'a>(
    doc: &'a Doc,
    masks: &[Mask],
    tokens: &mut impl features::TokenSink<'a>,
) {
    let mut part_masks = Vec::new();
    for p in &doc.parts {
        part_tokens(doc, p, masks, &mut part_masks, tokens);
    }
}

/// The text model's tokens of one part of the document (none for a sender or attachment).
/// `part_masks` is room for the part's own masks.
pub(super) fn part_tokens<'a>(
    doc: &'a Doc,
    p: &DocPart,
    masks: &[Mask],
    part_masks: &mut Vec<Mask>,
    tokens: &mut impl features::TokenSink<'a>,
) {
    if !matches!(
        p.field,
        Field::Body | Field::Caller | Field::Callee | Field::Notes | Field::Subject | Field::Title
    ) {
        return;
    }
    let mut part_text = &doc.text[p.start..p.end];
    let mut offset = p.start;
    // Mailing-list tags in subjects name the list, not the message.
    if p.field == Field::Subject {
        let stripped = strip_list_tags(part_text);
        offset += part_text.len() - stripped.len();
        part_text = stripped;
    }
    part_masks.clear();
    part_masks.extend(
        masks
            .iter()
            .filter(|m| m.0 >= offset && m.1 <= p.end)
            .map(|&(s, e, n)| (s - offset, e - offset, n)),
    );
    features::tokens(part_text, part_masks, tokens);
}

fn strip_list_tags(s: &str) -> &str {
    let mut s = s.trim_start();
    loop {
        let lower_re = s.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("re:"));
        if lower_re {
            s = s[3..].trim_start();
        } else if s.starts_with('[') {
            match s.find(']') {
                Some(p) if p < 40 => s = s[p + 1..].trim_start(),
                _ => break,
            }
        } else {
            break;
        }
    }
    s
}
