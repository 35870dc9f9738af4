//! The analysis: one pass of the pack's automata over a contact, entities, facts, rules,
//! score, verdict and playbook.

use std::collections::{HashMap, HashSet};

use aho_corasick::automaton::Automaton;
use aho_corasick::Anchored;
use rlibphonenumber::enums::Region;
use serde::Serialize;

use crate::contact::{Channel, Contact, Field};
use crate::directory::Directory;
use crate::entities::{self, FoundPhone};
use crate::error::LoadError;
use crate::features::{self, Token};
use crate::model::{sigmoid, Model, TextModel};
use crate::pack::{Pack, PackSources, Target};
use crate::rules::{AtomKind, Cond, Expect};
use crate::text::{fold, fold_into, is_word_byte, squash_spaces, Folded};

/// Options the caller sets once.
#[derive(Debug, Clone)]
pub struct Options {
    /// Region assumed for phone numbers written without a country code.
    pub default_region: Region,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            default_region: Region::US,
        }
    }
}

/// `scam`, `suspicious` or `no_signs`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    NoSigns,
    Suspicious,
    Scam,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Scam => "scam",
            Verdict::Suspicious => "suspicious",
            Verdict::NoSigns => "no_signs",
        }
    }
}

/// Where a signal's evidence is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub field: Field,
    /// The words as written in the contact (or, for headers and links, what was found).
    pub quote: String,
    /// Byte range in the contact's content, when the field is a verbatim part of it.
    pub start: Option<usize>,
    pub end: Option<usize>,
    /// A finding about the contact (a header, a page behaviour) rather than words quoted from it.
    #[serde(skip)]
    pub finding: bool,
}

/// One named finding.
#[derive(Debug, Clone, Serialize)]
pub struct Signal {
    pub id: String,
    pub tactic: String,
    pub title: String,
    /// A plain sentence for the person, quoting the evidence.
    pub explanation: String,
    pub weight: f32,
    pub evidence: Vec<Evidence>,
}

/// A phone number of the contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhoneEntity {
    pub e164: String,
    pub kind: &'static str,
    pub raw: String,
    pub field: Field,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgEntity {
    pub id: String,
    pub name: String,
    pub category: String,
    /// Whether the contact claims to be this organisation (sender, subject, "this is …").
    pub claimed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NamedEntity {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaymentEntity {
    pub id: String,
    pub kind: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkEntity {
    pub url: String,
    pub domain: Option<String>,
    /// The text shown for the link, when it came from HTML.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shown: Option<String>,
}

/// What was extracted from a contact.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Entities {
    pub phones: Vec<PhoneEntity>,
    pub urls: Vec<LinkEntity>,
    pub domains: Vec<String>,
    pub emails: Vec<String>,
    pub organisations: Vec<OrgEntity>,
    pub remote_tools: Vec<NamedEntity>,
    pub payments: Vec<PaymentEntity>,
    pub money: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth: Option<crate::email::AuthResults>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<crate::email::Attachment>,
}

/// The result of analysing one contact.
#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    pub channel: Channel,
    pub verdict: Verdict,
    pub score: f32,
    pub signals: Vec<Signal>,
    pub entities: Entities,
    pub playbook: Vec<String>,
    pub notes: Vec<String>,
}

/// A span of the analysis document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: u32,
    end: u32,
}

/// A piece of evidence of an atom: a span of text, or a finding that is not in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ev {
    Doc(Span),
    /// A value found outside the text: an address, a header, a link target.
    Note(Field, String),
    /// A finding described in words: what a page does.
    Finding(Field, String),
}

struct DocPart {
    start: usize,
    end: usize,
    /// Where the first character that is not white space is (`end` when there is none).
    first_text: usize,
    field: Field,
    part: usize,
    folded: Folded,
}

/// The folded text of every part, one after another, separated by blank lines.
struct Doc {
    text: String,
    parts: Vec<DocPart>,
}

impl Doc {
    fn build(contact: &Contact) -> Doc {
        let total: usize = contact.parts.iter().map(|p| p.text.len() + 2).sum();
        let mut text = String::with_capacity(total);
        let mut parts = Vec::with_capacity(contact.parts.len());
        for (i, part) in contact.parts.iter().enumerate() {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            // Line breaks inside a part are spaces, so phrases match across wrapped lines.
            let folded = Folded::from_map(fold_into(&part.text, &mut text, true));
            let first_text = text.len() - text[start..].trim_start().len();
            parts.push(DocPart {
                start,
                end: text.len(),
                first_text,
                field: part.field,
                part: i,
                folded,
            });
        }
        Doc { text, parts }
    }

    fn part_at(&self, offset: usize) -> Option<&DocPart> {
        let idx = self.parts.partition_point(|p| p.start <= offset);
        let p = self.parts.get(idx.checked_sub(1)?)?;
        (offset <= p.end).then_some(p)
    }

    fn field_at(&self, offset: usize) -> Option<Field> {
        self.part_at(offset).map(|p| p.field)
    }

    /// Evidence for a document span, quoting the original words.
    fn evidence(&self, contact: &Contact, span: Span) -> Option<Evidence> {
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
        Some(Evidence {
            field: p.field,
            quote,
            start: original.origin.map(|o| o + s),
            end: original.origin.map(|o| o + e),
            finding: false,
        })
    }

    /// Maps an offset of a part's original text to the document.
    fn doc_offset(&self, part: usize, original: usize) -> Option<usize> {
        let p = self.parts.iter().find(|p| p.part == part)?;
        Some(p.start + p.folded.folded_offset(original).min(p.end - p.start))
    }
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

/// The rule pack, knowledge and model, ready to analyse contacts. Build once, share freely.
#[derive(Debug)]
pub struct Engine {
    pub pack: Pack,
    pub model: Model,
    pub options: Options,
    /// Phrases of organisations and roles for `verify`, built on first use.
    claim_index: std::sync::OnceLock<crate::verify::ClaimIndex>,
}

/// Everything the analysis found before scoring.
struct Analysis {
    doc: Doc,
    fired: Vec<(usize, Vec<Ev>)>,
    entities: Entities,
    text_features: Vec<u32>,
    /// Masked spans of the text model (URLs, addresses, numbers, money), sorted.
    masks: Vec<(usize, usize, &'static str)>,
}

pub(crate) const FREEMAIL: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.co.uk",
    "yahoo.fr",
    "yahoo.es",
    "yahoo.de",
    "ymail.com",
    "hotmail.com",
    "hotmail.co.uk",
    "hotmail.fr",
    "hotmail.es",
    "outlook.com",
    "outlook.fr",
    "outlook.es",
    "outlook.de",
    "live.com",
    "msn.com",
    "aol.com",
    "icloud.com",
    "me.com",
    "mail.com",
    "gmx.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "protonmail.com",
    "proton.me",
    "yandex.com",
    "yandex.ru",
    "mail.ru",
    "zoho.com",
    "laposte.net",
    "orange.fr",
    "free.fr",
    "wanadoo.fr",
    "libero.it",
    "t-online.de",
];

const RISKY_EXT: &[&str] = &[
    "exe", "scr", "js", "jse", "vbs", "vbe", "wsf", "hta", "bat", "cmd", "ps1", "msi", "lnk",
    "iso", "img", "vhd", "htm", "html", "shtml", "svg", "one", "jar", "cab", "apk",
];

impl Engine {
    pub fn new(sources: &PackSources, options: Options) -> Result<Engine, LoadError> {
        let pack = Pack::compile(sources)?;
        let priors: Vec<f32> = pack.rules.iter().map(|r| r.prior_weight).collect();
        let text = match &sources.text_model {
            Some(bytes) => Some(TextModel::from_bytes(bytes)?),
            None => None,
        };
        let model = match &sources.model {
            Some(m) => {
                let file = Model::parse_file(m)?;
                let ids: Vec<&str> = pack.rules.iter().map(|r| r.id.as_str()).collect();
                Model::from_file(&file, &ids, &priors, text)?
            }
            None => Model::untrained(&priors),
        };
        Ok(Engine {
            pack,
            model,
            options,
            claim_index: std::sync::OnceLock::new(),
        })
    }

    fn claim_index(&self) -> &crate::verify::ClaimIndex {
        self.claim_index
            .get_or_init(|| crate::verify::ClaimIndex::new(&self.pack.knowledge))
    }

    /// The directory entries and reputation a callback check needs (see [`crate::verify`]).
    pub fn verify_lookup(&self, req: &crate::verify::VerifyRequest) -> crate::verify::Lookup {
        crate::verify::lookup(
            self.claim_index(),
            &self.pack.knowledge,
            req,
            self.options.default_region,
        )
    }

    /// Runs the callback procedure against `dir`.
    pub fn verify(
        &self,
        dir: &Directory,
        req: &crate::verify::VerifyRequest,
    ) -> crate::verify::Verification {
        crate::verify::verify(
            self.claim_index(),
            &self.pack.knowledge,
            dir,
            req,
            self.options.default_region,
        )
    }

    /// Assesses one contact. Never panics, never does I/O.
    pub fn assess(&self, contact: &Contact, dir: &Directory) -> Assessment {
        let analysis = self.analyse(contact);
        self.conclude(contact, dir, analysis)
    }

    /// The ids of the rules that fire on a contact and its text-model logit, for training.
    pub fn training_view(&self, contact: &Contact) -> (Vec<usize>, Vec<u32>) {
        let a = self.analyse(contact);
        (
            a.fired.into_iter().map(|(i, _)| i).collect(),
            a.text_features,
        )
    }

    fn analyse(&self, contact: &Contact) -> Analysis {
        let pack = &self.pack;
        let doc = Doc::build(contact);
        let text = doc.text.as_str();
        let bytes = text.as_bytes();

        // 1. Every phrase, alias and cue in one pass.
        let mut list_hits: Vec<Vec<Span>> = vec![Vec::new(); pack.list_names.len()];
        let mut inline_hits: Vec<Vec<Span>> = vec![Vec::new(); pack.n_inline];
        let mut org_hits: Vec<(usize, bool, Span)> = Vec::new();
        let mut tool_hits: Vec<(usize, Span)> = Vec::new();
        let mut pay_hits: Vec<(usize, Span)> = Vec::new();
        let mut claim_cues: Vec<Span> = Vec::new();
        for_each_phrase(pack, text, |s, e, pid| {
            let after_ok = pack.prefix[pid]
                || e >= bytes.len()
                || !is_word_byte(bytes[e])
                || !is_word_byte(bytes[e - 1])
                || unspaced_at(text, e);
            if !after_ok {
                return;
            }
            // A prefix phrase covers the rest of its word.
            let mut end = e;
            if pack.prefix[pid] {
                while end < bytes.len() && is_word_byte(bytes[end]) {
                    end += 1;
                }
            }
            let span = Span {
                start: s as u32,
                end: end as u32,
            };
            for t in &pack.targets[pid] {
                match *t {
                    Target::List(l) => push_capped(&mut list_hits[l], span),
                    Target::Inline(i) => push_capped(&mut inline_hits[i], span),
                    Target::Org { org, brand_word } => org_hits.push((org, brand_word, span)),
                    Target::Tool(i) => tool_hits.push((i, span)),
                    Target::Pay(i) => pay_hits.push((i, span)),
                    Target::Claim => claim_cues.push(span),
                }
            }
        });

        // 2. Entities found by code.
        let mut entities = Entities::default();
        let mut phone_spans = Vec::new();
        let mut tollfree_spans = Vec::new();
        let mut premium_spans = Vec::new();
        let mut phone_cache = entities::PhoneCache::default();
        for (i, part) in contact.parts.iter().enumerate() {
            if part.field == Field::Attachment {
                continue;
            }
            for FoundPhone {
                e164,
                kind,
                start,
                end,
            } in entities::find_phones_cached(
                &part.text,
                self.options.default_region,
                &mut phone_cache,
            ) {
                let (Some(ds), Some(de)) = (doc.doc_offset(i, start), doc.doc_offset(i, end))
                else {
                    continue;
                };
                let span = Span {
                    start: ds as u32,
                    end: de as u32,
                };
                phone_spans.push(span);
                if matches!(kind, "toll_free" | "premium_rate" | "shared_cost" | "uan") {
                    tollfree_spans.push(span);
                }
                if kind == "premium_rate" {
                    premium_spans.push(span);
                }
                if !entities.phones.iter().any(|p| p.e164 == e164) {
                    entities.phones.push(PhoneEntity {
                        e164,
                        kind,
                        raw: part.text[start..end].to_string(),
                        field: part.field,
                    });
                }
            }
        }
        let urls = entities::find_urls(text);
        let emails = entities::find_emails(text);
        let money = entities::find_money(text);
        let mut url_spans = Vec::new();
        let mut hosts: Vec<String> = Vec::new();
        for u in &urls {
            // An address's domain is not a link.
            if emails.iter().any(|&(s, e)| u.start >= s && u.end <= e) {
                continue;
            }
            url_spans.push(Span {
                start: u.start as u32,
                end: u.end as u32,
            });
            hosts.push(u.host.clone());
            if entities.urls.len() < 100 && !entities.urls.iter().any(|l| l.url == u.url) {
                entities.urls.push(LinkEntity {
                    url: u.url.clone(),
                    domain: entities::registrable_domain(&u.host),
                    shown: None,
                });
            }
        }
        for link in &contact.links {
            let href = link.href.trim();
            if !(href.starts_with("http://") || href.starts_with("https://")) {
                continue;
            }
            let host = entities::host_of(href);
            hosts.push(host.clone());
            if entities.urls.len() < 100 && !entities.urls.iter().any(|l| l.url == href) {
                entities.urls.push(LinkEntity {
                    url: href.to_string(),
                    domain: entities::registrable_domain(&host),
                    shown: Some(link.text.clone()).filter(|t| !t.is_empty()),
                });
            }
        }
        for &(s, e) in &emails {
            let addr = &text[s..e];
            if entities.emails.len() < 50 && !entities.emails.iter().any(|a| a == addr) {
                entities.emails.push(addr.to_string());
            }
        }
        for &(s, e) in money.iter().take(20) {
            let m = squash_spaces(&text[s..e]);
            if !entities.money.contains(&m) {
                entities.money.push(m);
            }
        }
        if let Some(email) = &contact.email {
            if !email.from_addr.is_empty() {
                entities.sender = Some(email.from_addr.clone());
            }
            if !email.auth.is_empty() {
                entities.auth = Some(email.auth.clone());
            }
            entities.attachments = email.attachments.clone();
        } else if let Some(sender) = contact.sender() {
            entities.sender = Some(sender.to_string());
        }
        // The sender's domain first, then each link's, once each, in order of appearance.
        let mut domains: Vec<String> = entities
            .sender
            .as_deref()
            .and_then(entities::domain_of_address)
            .and_then(entities::registrable_domain)
            .into_iter()
            .collect();
        let mut seen_hosts: HashSet<&str> = HashSet::new();
        for h in &hosts {
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
        entities.domains = domains;

        // 3. Organisations, tools, payments.
        // Where each claim cue ends, sorted: an organisation's name is claimed when a cue ends
        // at most 24 bytes before it, found by a binary search rather than a scan of every cue
        // per name (a transcript repeating "this is Microsoft" was quadratic).
        let mut cue_ends: Vec<u32> = claim_cues.iter().map(|c| c.end).collect();
        cue_ends.sort_unstable();
        let cue_before = |at: u32| -> bool {
            let first = cue_ends.partition_point(|&e| e < at.saturating_sub(24));
            cue_ends.get(first).is_some_and(|&e| e <= at)
        };
        let claimed_span = |span: Span| -> bool {
            let part = doc.part_at(span.start as usize);
            let field = part.map(|p| p.field);
            // "Apple: your ID was locked" — a name opening a text, as senders sign SMS.
            // Read from where the part's text starts, not from the part's start for every
            // name: a part opening with megabytes of spaces would make that quadratic.
            let opens_part = part.is_some_and(|p| {
                span.start as usize <= p.first_text
                    && doc.text[span.end as usize..]
                        .trim_start()
                        .starts_with([':', '-'])
            });
            opens_part
                || matches!(field, Some(Field::From | Field::Subject | Field::Title))
                || cue_before(span.start)
        };
        let mut org_spans: Vec<(usize, Span, bool)> = Vec::new();
        // Each entity is looked up by id in a map, not in the list, once per hit.
        let mut org_entity: HashMap<&str, usize> = HashMap::new();
        for &(org, brand_word, span) in &org_hits {
            let claimed = claimed_span(span);
            if brand_word && !claimed {
                continue;
            }
            org_spans.push((org, span, brand_word));
            let o = &pack.knowledge.organisations[org];
            match org_entity.get(o.id.as_str()) {
                Some(&e) => entities.organisations[e].claimed |= claimed,
                None => {
                    org_entity.insert(&o.id, entities.organisations.len());
                    entities.organisations.push(OrgEntity {
                        id: o.id.clone(),
                        name: o.name.clone(),
                        category: o.category.clone(),
                        claimed,
                    });
                }
            }
        }
        let mut seen_ids: HashSet<&str> = HashSet::new();
        for &(i, _) in &tool_hits {
            let t = &pack.knowledge.remote_tools[i];
            if seen_ids.insert(&t.id) {
                entities.remote_tools.push(NamedEntity {
                    id: t.id.clone(),
                    name: t.name.clone(),
                });
            }
        }
        let mut seen_ids: HashSet<&str> = HashSet::new();
        for &(i, _) in &pay_hits {
            let m = &pack.knowledge.payments[i];
            if seen_ids.insert(&m.id) {
                entities.payments.push(PaymentEntity {
                    id: m.id.clone(),
                    kind: m.kind.clone(),
                    name: m.name.clone(),
                });
            }
        }

        // 4. Facts.
        let facts = self.facts(contact, &doc, &org_spans, &hosts);

        // 5. Atoms, computed when a rule first needs them: a pattern is run only for rules
        // of this channel whose cheaper conditions already hold.
        let compute = |a: usize| -> Vec<Ev> {
            let atom = &pack.atoms[a];
            let spans: Vec<Ev> = match &atom.kind {
                AtomKind::List(l) => list_hits[*l].iter().map(|s| Ev::Doc(*s)).collect(),
                AtomKind::Inline(i) => inline_hits[*i].iter().map(|s| Ev::Doc(*s)).collect(),
                AtomKind::Regex(i) => pack.regexes[*i]
                    .find_iter(text)
                    .take(16)
                    .map(|m| {
                        Ev::Doc(Span {
                            start: m.start() as u32,
                            end: m.end() as u32,
                        })
                    })
                    .collect(),
                AtomKind::Entity(kind) => {
                    let spans: Vec<Span> = match kind.as_str() {
                        "phone" => phone_spans.clone(),
                        "phone_tollfree" => tollfree_spans.clone(),
                        "phone_premium" => premium_spans.clone(),
                        "url" => url_spans.clone(),
                        "email" => emails
                            .iter()
                            .map(|&(s, e)| Span {
                                start: s as u32,
                                end: e as u32,
                            })
                            .collect(),
                        "money" => money
                            .iter()
                            .map(|&(s, e)| Span {
                                start: s as u32,
                                end: e as u32,
                            })
                            .collect(),
                        _ => Vec::new(),
                    };
                    let mut evs: Vec<Ev> = spans.into_iter().map(Ev::Doc).collect();
                    // Links in HTML are entities too, though not in the visible text.
                    if kind == "url" && evs.is_empty() {
                        if let Some(l) = entities.urls.first() {
                            evs.push(Ev::Note(Field::Body, l.url.clone()));
                        }
                    }
                    evs
                }
                AtomKind::Fact(name) => facts
                    .iter()
                    .filter(|(n, _)| n == name)
                    .flat_map(|(_, evs)| evs.iter().cloned())
                    .collect(),
                AtomKind::Tool(id) => tool_hits
                    .iter()
                    .filter(|(i, _)| {
                        id.as_deref()
                            .is_none_or(|id| pack.knowledge.remote_tools[*i].id == id)
                    })
                    .map(|(_, s)| Ev::Doc(*s))
                    .collect(),
                AtomKind::Pay(id) => pay_hits
                    .iter()
                    .filter(|(i, _)| {
                        let m = &pack.knowledge.payments[*i];
                        id.as_deref().is_none_or(|id| m.id == id || m.kind == id)
                    })
                    .map(|(_, s)| Ev::Doc(*s))
                    .collect(),
                AtomKind::Org(sel) => org_spans
                    .iter()
                    .filter(|(o, _, _)| {
                        let o = &pack.knowledge.organisations[*o];
                        sel == "any" || o.category == *sel || o.id == *sel
                    })
                    .map(|(_, s, _)| Ev::Doc(*s))
                    .collect(),
            };
            let mut spans: Vec<Ev> = match atom.scope {
                None => spans,
                Some(scope) => spans
                    .into_iter()
                    .filter(|ev| match ev {
                        Ev::Doc(s) => doc
                            .field_at(s.start as usize)
                            .is_some_and(|f| Pack::scope_allows(Some(scope), f)),
                        Ev::Note(f, _) | Ev::Finding(f, _) => Pack::scope_allows(Some(scope), *f),
                    })
                    .collect(),
            };
            // `near` compares every place of one atom with every place of the other: names
            // repeated a million times must not make that a trillion comparisons.
            spans.truncate(MAX_ATOM_PLACES);
            spans
        };
        let mut atoms = Atoms {
            pack,
            cache: vec![None; pack.atoms.len()],
            compute: &compute,
            lazy: false,
        };

        // 6. Rules.
        let mut fired = Vec::new();
        for (i, rule) in pack.rules.iter().enumerate() {
            if !rule.applies_to(contact.channel) {
                continue;
            }
            atoms.lazy = rule.has_pattern;
            if let Some(evs) = eval(&rule.cond, &mut atoms) {
                fired.push((i, evs));
            }
        }

        // 7. Text features.
        let mut masks: Vec<(usize, usize, &'static str)> = Vec::new();
        masks.extend(
            url_spans
                .iter()
                .map(|s| (s.start as usize, s.end as usize, "_url_")),
        );
        masks.extend(emails.iter().map(|&(s, e)| (s, e, "_email_")));
        masks.extend(
            phone_spans
                .iter()
                .map(|s| (s.start as usize, s.end as usize, "_phone_")),
        );
        masks.extend(money.iter().map(|&(s, e)| (s, e, "_money_")));
        masks.sort_unstable();
        let mut buckets = features::Buckets::default();
        text_tokens(&doc, &masks, &mut buckets);
        let text_features = buckets.finish();

        Analysis {
            doc,
            fired,
            entities,
            text_features,
            masks,
        }
    }

    fn facts(
        &self,
        contact: &Contact,
        doc: &Doc,
        org_spans: &[(usize, Span, bool)],
        hosts: &[String],
    ) -> Vec<(&'static str, Vec<Ev>)> {
        let pack = &self.pack;
        let mut facts: Vec<(&'static str, Vec<Ev>)> = Vec::new();
        if let Some(email) = &contact.email {
            if email.auth.any_fail() {
                let a = &email.auth;
                let mut quote = Vec::new();
                for (k, v) in [("spf", &a.spf), ("dkim", &a.dkim), ("dmarc", &a.dmarc)] {
                    if let Some(v) = v {
                        quote.push(format!("{k}={v}"));
                    }
                }
                facts.push(("auth_fail", vec![Ev::Note(Field::From, quote.join(" "))]));
            }
            let from_domain = entities::domain_of_address(&email.from_addr)
                .and_then(entities::registrable_domain);
            if let (Some(reply), Some(from_d)) = (&email.reply_to, &from_domain) {
                let reply_d =
                    entities::domain_of_address(reply).and_then(entities::registrable_domain);
                if reply_d.as_ref().is_some_and(|r| r != from_d) {
                    facts.push((
                        "reply_to_differs",
                        vec![Ev::Note(Field::From, format!("Reply-To: {reply}"))],
                    ));
                }
            }
            if let Some(d) = &from_domain {
                if FREEMAIL.contains(&d.as_str()) {
                    facts.push((
                        "freemail_sender",
                        vec![Ev::Note(Field::From, email.from_addr.clone())],
                    ));
                }
                // The display name claims an organisation its address doesn't belong to.
                let name_folded = fold(&email.from_name).text;
                let mut mismatch = None;
                // Each check reads the whole name: it is made once per organisation and words,
                // not once per time a long name repeats them.
                let mut judged: HashMap<(usize, &str, bool), bool> = HashMap::new();
                for &(org, span, brand_word) in org_spans {
                    if doc.field_at(span.start as usize) != Some(Field::From) {
                        continue;
                    }
                    let quote = &doc.text[span.start as usize..span.end as usize];
                    let foreign = *judged.entry((org, quote, brand_word)).or_insert_with(|| {
                        if !name_folded.contains(quote) {
                            return false; // the brand is in the address, not the name
                        }
                        // "Mary Rogers" is a person; "Rogers Billing" is a brand.
                        if brand_word && !only_role_words(&name_folded.replacen(quote, " ", 1)) {
                            return false;
                        }
                        let o = &pack.knowledge.organisations[org];
                        let own = o.domains.iter().any(|od| {
                            let od = od.to_ascii_lowercase();
                            *d == od
                                || entities::registrable_domain(&od).as_deref() == Some(d.as_str())
                        });
                        !own && !o.domains.is_empty()
                    });
                    if foreign {
                        mismatch = Some(span);
                    }
                }
                if let Some(span) = mismatch {
                    facts.push(("display_name_brand_mismatch", vec![Ev::Doc(span)]));
                }
            }
            if !email.attachments.is_empty() {
                facts.push((
                    "has_attachment",
                    vec![Ev::Note(
                        Field::Attachment,
                        email.attachments[0].name.clone(),
                    )],
                ));
            }
            for a in &email.attachments {
                let ext = a.name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
                if a.name.contains('.') && RISKY_EXT.contains(&ext.as_str()) {
                    facts.push((
                        "risky_attachment",
                        vec![Ev::Note(Field::Attachment, a.name.clone())],
                    ));
                    break;
                }
            }
        }
        // Look-alike and homoglyph domains: sender, reply-to and every link.
        let mut candidates: Vec<(String, Field)> =
            hosts.iter().map(|h| (h.clone(), Field::Body)).collect();
        if let Some(email) = &contact.email {
            for a in [Some(&email.from_addr), email.reply_to.as_ref()]
                .into_iter()
                .flatten()
            {
                if let Some(d) = entities::domain_of_address(a) {
                    candidates.push((d.to_string(), Field::From));
                }
            }
        }
        if let Some(url) = contact.page.as_ref().and_then(|p| p.url.as_deref()) {
            candidates.push((entities::host_of(url), Field::From));
        }
        // The same host is often linked many times: each is judged once.
        let mut seen = HashSet::new();
        candidates.retain(|(h, f)| seen.insert((h.clone(), *f)));
        let mut lookalike = Vec::new();
        let mut homoglyph = Vec::new();
        for (host, field) in candidates.iter().take(200) {
            match self.lookalike(host) {
                Some(Lookalike::Brand) => lookalike.push(Ev::Note(*field, host.clone())),
                Some(Lookalike::Homoglyph) => homoglyph.push(Ev::Note(*field, host.clone())),
                None => {}
            }
        }
        if !lookalike.is_empty() {
            facts.push(("lookalike_domain", lookalike));
        }
        if !homoglyph.is_empty() {
            facts.push(("homoglyph_domain", homoglyph));
        }
        // Links that show one address and go to another; links straight to an IP.
        let mut mismatched = Vec::new();
        let mut to_ip = Vec::new();
        for link in &contact.links {
            let href = link.href.trim();
            if !(href.starts_with("http://") || href.starts_with("https://")) {
                continue;
            }
            let host = entities::host_of(href);
            if entities::is_ip(&host) {
                to_ip.push(Ev::Note(Field::Body, href.to_string()));
            }
            let shown = link.text.trim().to_ascii_lowercase();
            if shown.contains(' ') || !shown.contains('.') {
                continue;
            }
            let shown_host = entities::host_of(&shown);
            if let (Some(a), Some(b)) = (
                entities::registrable_domain(&shown_host),
                entities::registrable_domain(&host),
            ) {
                if a != b {
                    mismatched.push(Ev::Note(
                        Field::Body,
                        format!("{} → {}", link.text.trim(), host),
                    ));
                }
            }
        }
        if !mismatched.is_empty() {
            facts.push(("link_text_mismatch", mismatched));
        }
        if !to_ip.is_empty() {
            facts.push(("link_to_ip", to_ip));
        }
        // Pages on free hosting, app platforms and gateways: anyone can put a sign-in page
        // there in a minute, under an address that looks like nothing.
        let free: Vec<Ev> = hosts
            .iter()
            .filter(|h| is_free_hosting(h))
            .take(3)
            .map(|h| Ev::Note(Field::Body, h.clone()))
            .collect();
        if !free.is_empty() {
            facts.push(("link_to_free_hosting", free));
        }
        let password_form = contact.page.as_ref().is_some_and(|p| p.has_password_input)
            || contact.email.as_ref().is_some_and(|e| e.has_password_form);
        if password_form {
            facts.push((
                "password_form",
                vec![Ev::Note(
                    Field::Body,
                    "a form that asks for a password".into(),
                )],
            ));
        }
        if let Some(page) = &contact.page {
            let b = page.behaviours;
            let note = |s: &str| vec![Ev::Finding(Field::Body, s.to_string())];
            for (on, name, what) in [
                (
                    b.fullscreen,
                    "popup_fullscreen",
                    "asks the browser for full screen",
                ),
                (
                    b.beforeunload,
                    "popup_beforeunload",
                    "tries to stop you leaving the page",
                ),
                (
                    b.alert_loop,
                    "popup_alert_loop",
                    "opens dialog boxes over and over",
                ),
                (b.autoplay, "popup_autoplay", "plays sound by itself"),
                (
                    b.history_flood,
                    "popup_history_flood",
                    "floods the back button history",
                ),
                (
                    b.input_capture,
                    "popup_input_capture",
                    "captures the keyboard or mouse",
                ),
                (
                    b.tel_link,
                    "popup_tel_link",
                    "has a link that dials a phone number",
                ),
                (
                    b.print_loop,
                    "popup_print_loop",
                    "opens the print dialog over and over",
                ),
            ] {
                if on {
                    facts.push((name, note(what)));
                }
            }
        }
        facts
    }

    fn lookalike(&self, host: &str) -> Option<Lookalike> {
        let host = host.trim().trim_end_matches('.').to_lowercase();
        if host.is_empty() || entities::is_ip(&host) {
            return None;
        }
        let pack = &self.pack;
        // Punycode labels are read as the letters they show.
        let host = if host.contains("xn--") {
            idna::domain_to_unicode(&host).0
        } else {
            host
        };
        let non_ascii = !host.is_ascii();
        let folded = if non_ascii {
            fold(&host).text
        } else {
            host.clone()
        };
        let reg = entities::registrable_domain(&folded).unwrap_or_else(|| folded.clone());
        if !non_ascii && pack.org_domains.contains_key(&reg) {
            return None;
        }
        let label = reg.split('.').next().unwrap_or("");
        // A brand's label before the real registrable domain: paypal.com.secure-login.top.
        let sub = folded.strip_suffix(&reg).unwrap_or("");
        // A brand label at the start of a token (paypal, paypalsupport), or a long one at its
        // end (securemicrosoft); or the token is the label with two neighbours swapped.
        let brand_hit = |token: &str| {
            pack.brand_automaton
                .find_overlapping_iter(token)
                .any(|m| m.start() == 0 || (m.end() == token.len() && m.len() >= 7))
                || (token.len() >= 6
                    && pack
                        .brand_labels_by_len
                        .get(token.len())
                        .is_some_and(|ids| {
                            ids.iter().any(|&i| {
                                swapped_neighbours(token, &pack.brand_labels[i as usize].0)
                            })
                        }))
        };
        // Digits and letter pairs that pass for other letters (paypa1, rnicrosoft).
        let confusable = label
            .bytes()
            .any(|b| matches!(b, b'0' | b'1' | b'3'..=b'7'))
            || label.contains("rn")
            || label.contains("vv");
        let in_label = label.split(['-', '_']).any(brand_hit)
            || ((confusable || label.contains(['-', '_'])) && brand_hit(&deconfuse(label)));
        // A brand's whole domain placed in front of another one: paypal.com.secure-login.top.
        let in_sub = {
            let labels: Vec<&str> = sub.split('.').filter(|l| !l.is_empty()).collect();
            // Runs of two or three labels (paypal.com, paypal.co.uk) looked up as domains.
            (0..labels.len()).any(|i| {
                (2..=3).any(|n| {
                    i + n <= labels.len()
                        && pack.org_domains.contains_key(&labels[i..i + n].join("."))
                })
            })
        };
        if !(in_label || in_sub) {
            if non_ascii && !unicode_security::MixedScript::is_single_script(host.as_str()) {
                return Some(Lookalike::Homoglyph);
            }
            return None;
        }
        if non_ascii {
            return Some(Lookalike::Homoglyph);
        }
        // The brand's own domain under another suffix (microsoft.de) is not a look-alike.
        let own_label = pack
            .brand_labels
            .binary_search_by(|(b, _)| b.as_str().cmp(label))
            .is_ok();
        if own_label && !label.contains('-') && !in_sub {
            return None;
        }
        Some(Lookalike::Brand)
    }

    fn conclude(&self, contact: &Contact, dir: &Directory, analysis: Analysis) -> Assessment {
        let Analysis {
            doc,
            fired,
            mut entities,
            text_features,
            masks,
        } = analysis;
        let pack = &self.pack;
        let model = &self.model;
        let ch = contact.channel.index();
        let mut z = model.bias[ch];
        let found = directory_findings(&doc, contact, &entities, dir, self.options.default_region);
        let mut signals = Vec::new();
        for (idx, evs) in &fired {
            let rule = &pack.rules[*idx];
            // The organisation's own IT support calling is not a stranger claiming to be support.
            if found.sender_is_it_support && rule.tactic == "unsolicited_support" {
                continue;
            }
            let weight = model.rule_weights[*idx];
            z += weight;
            let evidence = render_evidence(&doc, contact, evs);
            signals.push(Signal {
                id: rule.id.clone(),
                tactic: rule.tactic.clone(),
                title: rule.title.clone(),
                explanation: explain(&rule.explain, &evidence),
                weight,
                evidence,
            });
        }
        for signal in &found.signals {
            z += signal.weight;
        }
        let n_directory = found.signals.len();
        signals.extend(found.signals.iter().cloned());
        let text_logit = model
            .text
            .as_ref()
            .filter(|_| text_features.len() >= crate::model::MIN_TEXT_FEATURES)
            .map(|t| crate::model::text_evidence(t.logit(&text_features)))
            .unwrap_or(0.0);
        let text_part = model.text_weight * text_logit;
        z += text_part;
        let mut score = sigmoid(z).clamp(0.0, 1.0);
        let th = model.thresholds[ch];
        if found.known_scam {
            score = score.max(th.scam);
        }
        let n_rules = signals.len();
        // Which words weighed most is worked out only when the text model's signal is shown.
        let tokens_for_explain = match &model.text {
            Some(tm) if text_part >= 1.0 && score >= th.suspicious => {
                let mut tokens = Vec::new();
                text_tokens(&doc, &masks, &mut tokens);
                top_terms(&tokens, tm)
            }
            _ => Vec::new(),
        };
        if !tokens_for_explain.is_empty() {
            let quotes: Vec<Evidence> = tokens_for_explain
                .iter()
                .take(4)
                .map(|(t, _)| Evidence {
                    field: Field::Body,
                    quote: t.clone(),
                    start: None,
                    end: None,
                    finding: false,
                })
                .collect();
            signals.push(Signal {
                id: "text.resembles_scams".into(),
                tactic: "text_model".into(),
                title: "Worded like known scams".into(),
                explanation: explain(
                    "The wording is close to scams we have seen before ({evidence}).",
                    &quotes,
                ),
                weight: text_part,
                evidence: quotes,
            });
        }
        // Rules first, strongest first: their sentences explain; the text model's words last.
        signals.sort_by(|a, b| {
            (a.tactic == "text_model")
                .cmp(&(b.tactic == "text_model"))
                .then(b.weight.total_cmp(&a.weight))
                .then_with(|| a.id.cmp(&b.id))
        });
        // The text model alone may raise suspicion, never a `scam` verdict.
        // A strong, specific rule is a sign of a scam on its own, whatever the words around it.
        let strong_rule = fired
            .iter()
            .any(|(idx, _)| model.rule_weights[*idx] >= STRONG_RULE)
            || n_directory > 0;
        // A number or address already confirmed in scams settles it.
        let verdict = if found.known_scam || (score >= th.scam && n_rules > 0) {
            Verdict::Scam
        } else if score >= th.suspicious || strong_rule {
            Verdict::Suspicious
        } else {
            Verdict::NoSigns
        };
        entities.phones.truncate(50);
        let playbook = crate::playbook::build(
            &pack.knowledge,
            contact.channel,
            verdict,
            &signals,
            &entities,
            dir,
            &found.playbook,
        );
        Assessment {
            channel: contact.channel,
            verdict,
            score,
            signals,
            entities,
            playbook,
            notes: contact.notes.clone(),
        }
    }

    /// Runs every rule's own cases. Returns one message per failing case.
    pub fn test_rules(&self) -> Vec<String> {
        let mut failures = Vec::new();
        for (idx, rule) in self.pack.rules.iter().enumerate() {
            for (n, case) in rule.cases.iter().enumerate() {
                let channel = case.channel.unwrap_or(rule.channels[0]);
                let contact = Contact::parse(Some(channel), &case.text);
                let analysis = self.analyse(&contact);
                let fired = analysis.fired.iter().any(|(i, _)| *i == idx);
                let expected = case.expect == Expect::Fire;
                if fired != expected {
                    failures.push(format!(
                        "{}: rule {}: case {} ({}): expected it to {}, it {}",
                        rule.path,
                        rule.id,
                        n + 1,
                        channel,
                        if expected { "fire" } else { "stay quiet" },
                        if fired { "fired" } else { "stayed quiet" },
                    ));
                }
            }
        }
        failures
    }

    /// The number of rule cases in the pack.
    pub fn n_cases(&self) -> usize {
        self.pack.rules.iter().map(|r| r.cases.len()).sum()
    }
}

/// Places of one atom (organisation, tool or payment names, found entities) a rule reads.
/// Phrase lists keep their first 32 hits already.
const MAX_ATOM_PLACES: usize = 1024;

/// Learned weight from which one rule alone makes a contact `suspicious`.
const STRONG_RULE: f32 = 1.75;

enum Lookalike {
    Brand,
    Homoglyph,
}

/// Hosts of free web hosting, app platforms, storage buckets, form builders and gateways that
/// phishing pages are put on.
fn is_free_hosting(host: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "azurewebsites.net",
        "web.app",
        "firebaseapp.com",
        "pages.dev",
        "workers.dev",
        "r2.dev",
        "netlify.app",
        "vercel.app",
        "github.io",
        "gitlab.io",
        "glitch.me",
        "herokuapp.com",
        "onrender.com",
        "fly.dev",
        "repl.co",
        "replit.app",
        "replit.dev",
        "surge.sh",
        "000webhostapp.com",
        "weebly.com",
        "wixsite.com",
        "square.site",
        "godaddysites.com",
        "mystrikingly.com",
        "webflow.io",
        "framer.app",
        "blogspot.com",
        "appspot.com",
        "storage.googleapis.com",
        "firebasestorage.googleapis.com",
        "blob.core.windows.net",
        "s3.amazonaws.com",
        "translate.goog",
        "dweb.link",
        "ipfs.io",
        "ipfs.dweb.link",
        "cloudflare-ipfs.com",
        "fleek.co",
        "on.fleek.co",
        "ngrok.io",
        "ngrok-free.app",
        "trycloudflare.com",
        "jotform.com",
        "forms.gle",
        "typeform.com",
        "sites.google.com",
        "canva.site",
        "notion.site",
        "gamma.site",
        "carrd.co",
        "tiiny.site",
        "biolink.site",
    ];
    let host = host.trim_end_matches('.');
    SUFFIXES.iter().any(|s| {
        host == *s
            || (host.len() > s.len()
                && host.ends_with(s)
                && host.as_bytes()[host.len() - s.len() - 1] == b'.')
    }) || host.contains(".ipfs.")
        || host.starts_with("ipfs.")
}

/// Undoes the usual digit and letter swaps of look-alike domains: rn→m, vv→w, 0→o, 1→l.
fn deconfuse(label: &str) -> String {
    label
        .replace("rn", "m")
        .replace("vv", "w")
        .chars()
        .map(|c| match c {
            '0' => 'o',
            '1' => 'l',
            '3' => 'e',
            '4' => 'a',
            '5' => 's',
            '7' => 't',
            c => c,
        })
        .collect()
}

/// Whether a sender name holds nothing but words of a company's sender role.
fn only_role_words(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            matches!(
                w,
                "support"
                    | "team"
                    | "service"
                    | "services"
                    | "billing"
                    | "security"
                    | "account"
                    | "accounts"
                    | "customer"
                    | "customers"
                    | "care"
                    | "help"
                    | "helpdesk"
                    | "desk"
                    | "alert"
                    | "alerts"
                    | "notification"
                    | "notifications"
                    | "no"
                    | "reply"
                    | "noreply"
                    | "online"
                    | "bank"
                    | "banking"
                    | "department"
                    | "center"
                    | "centre"
                    | "id"
                    | "pay"
                    | "payments"
                    | "store"
                    | "official"
                    | "member"
                    | "members"
                    | "the"
                    | "of"
                    | "and"
                    | "info"
                    | "news"
                    | "mail"
                    | "verification"
                    | "fraud"
                    | "protection"
                    | "servicio"
                    | "cliente"
                    | "clientes"
                    | "seguridad"
                    | "soporte"
                    | "facturacion"
                    | "client"
                    | "securite"
                    | "assistance"
                    | "kundenservice"
                    | "sicherheit"
                    | "kundendienst"
                    | "rechnung"
                    | "inc"
                    | "ltd"
                    | "llc"
                    | "us"
                    | "uk"
            )
        })
}

/// Whether two equally long labels differ by one swap of neighbouring letters (`micorsoft`).
/// Other one-letter differences are left to `deconfuse`: a general edit distance takes real
/// names (lindows, bing) for look-alikes.
fn swapped_neighbours(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut diff = [0usize; 2];
    let mut n = 0;
    for i in 0..a.len().min(b.len()) {
        if a[i] != b[i] {
            if n == 2 {
                return false;
            }
            diff[n] = i;
            n += 1;
        }
    }
    n == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
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

/// Calls `f(start, end, pattern)` for every phrase of the pack that starts where a word may
/// start: after a non-word byte, at punctuation, or anywhere in unspaced scripts (CJK). The
/// automaton is walked anchored from each such place and left at the first byte no phrase
/// continues with: a few steps near its root per word, where an unanchored search would
/// follow every byte through the whole automaton and throw most matches away.
fn for_each_phrase(pack: &Pack, text: &str, mut f: impl FnMut(usize, usize, usize)) {
    let nfa = &pack.automaton;
    let Ok(start) = nfa.start_state(Anchored::Yes) else {
        return;
    };
    let bytes = text.as_bytes();
    let mut prev_word = false;
    for (s, &b) in bytes.iter().enumerate() {
        let word = is_word_byte(b);
        let candidate = if b.is_ascii_whitespace() {
            false
        } else if !prev_word || !word {
            true
        } else {
            // Inside a word only unspaced scripts start words, at a character's first byte.
            b >= 0x80 && (b & 0xC0) != 0x80 && unspaced_at(text, s)
        };
        prev_word = word;
        if !candidate {
            continue;
        }
        let mut sid = start;
        for (j, &c) in bytes[s..].iter().enumerate() {
            sid = nfa.next_state(Anchored::Yes, sid, c);
            if nfa.is_dead(sid) {
                break;
            }
            if nfa.is_match(sid) {
                let len = j + 1;
                for k in 0..nfa.match_len(sid) {
                    let pid = nfa.match_pattern(sid, k);
                    // A state also holds the shorter phrases ending here (its failure
                    // matches): only those starting at `s` are ours.
                    if nfa.pattern_len(pid) == len {
                        f(s, s + len, pid.as_usize());
                    }
                }
            }
        }
    }
}

/// Whether a boundary between two characters sits in a script written without spaces between
/// words (Chinese, Japanese), where every character boundary may be a word boundary.
fn unspaced_at(text: &str, at: usize) -> bool {
    let after = text[at..].chars().next();
    let before = text[..at].chars().next_back();
    [before, after].into_iter().flatten().any(|c| {
        matches!(c as u32,
            0x3040..=0x30FF     // Hiragana, Katakana
            | 0x3400..=0x4DBF   // CJK Extension A
            | 0x4E00..=0x9FFF   // CJK Unified Ideographs
            | 0xF900..=0xFAFF   // CJK Compatibility Ideographs
            | 0xFF10..=0xFF19   // full-width digits
            | 0x3000..=0x303F) // CJK punctuation
    })
}

/// What the directory says of a contact: signals, and names for the playbook.
#[derive(Default)]
struct DirFindings {
    signals: Vec<Signal>,
    known_scam: bool,
    sender_is_it_support: bool,
    playbook: crate::playbook::DirectoryFacts,
}

/// A contact that is nothing but one phone number, typed in to be checked: it is the number
/// they were called from or told to call, so the directory speaks of it as of a sender.
fn bare_number(doc: &Doc, entities: &Entities) -> Option<String> {
    let [phone] = entities.phones.as_slice() else {
        return None;
    };
    // A number is at most about 30 characters as people write it: longer contacts are not bare.
    if doc.text.trim().len() > 40 {
        return None;
    }
    let rest = doc.text.replacen(phone.raw.as_str(), "", 1);
    let words = rest.chars().any(|c| c.is_alphabetic());
    (!words && rest.chars().filter(char::is_ascii_digit).count() == 0).then(|| phone.e164.clone())
}

/// Weights of the directory's signals: not learned (they depend on each organisation's
/// directory), set so that one alone makes a contact suspicious and a confirmed scam indicator
/// outweighs anything else.
const KNOWN_SCAM_WEIGHT: f32 = 6.0;
const NOT_THEIRS_WEIGHT: f32 = 3.0;

fn directory_findings(
    doc: &Doc,
    contact: &Contact,
    entities: &Entities,
    dir: &Directory,
    region: Region,
) -> DirFindings {
    let mut out = DirFindings::default();
    let bare = bare_number(doc, entities);
    out.playbook.bare_number = bare.as_deref().map(crate::directory::display_phone);
    if dir.entries.is_empty() && dir.reputation.is_empty() {
        return out;
    }
    // The number the contact came from: caller ID or a text's sender.
    let sender_phone = entities
        .phones
        .iter()
        .find(|p| p.field == Field::From)
        .map(|p| p.e164.clone())
        .or_else(|| {
            let s = contact.sender()?;
            crate::directory::normalise_phone(s, region).ok()
        })
        .or(bare);
    if let Some(p) = &sender_phone {
        if let Some(e) = dir.entry_with_phone(p) {
            out.sender_is_it_support = e.role == "it_support";
            out.playbook.sender_known = Some(e.name.clone());
            out.playbook.sender_known_line = Some(call_line(e));
        }
    }

    // Reputation: every number, domain and link the contact carries.
    if !dir.reputation.is_empty() {
        let mut values: Vec<(&str, Field)> = Vec::new();
        if let Some(p) = &sender_phone {
            values.push((p, Field::From));
        }
        values.extend(entities.phones.iter().map(|p| (p.e164.as_str(), p.field)));
        values.extend(entities.domains.iter().map(|d| (d.as_str(), Field::Body)));
        values.extend(entities.urls.iter().map(|u| (u.url.as_str(), Field::Body)));
        // A scam on a free host is known by its full host name, not the host's domain.
        let hosts: Vec<String> = entities
            .urls
            .iter()
            .map(|u| {
                let h = entities::host_of(&u.url);
                h.strip_prefix("www.").map(str::to_string).unwrap_or(h)
            })
            .collect();
        values.extend(hosts.iter().map(|h| (h.as_str(), Field::Body)));
        let mut evidence: Vec<Evidence> = Vec::new();
        let mut sentences = Vec::new();
        for (v, field) in values {
            let Some(seen) = dir.reputation.get(v) else {
                continue;
            };
            if evidence.iter().any(|e| e.quote == seen.value) {
                continue;
            }
            let shown = if seen.kind == "phone" {
                crate::directory::display_phone(&seen.value)
            } else {
                seen.value.clone()
            };
            sentences.push(format!(
                "{shown} was confirmed in scams {} (first {}, last {})",
                times(seen.count),
                day(&seen.first_seen),
                day(&seen.last_seen)
            ));
            evidence.push(Evidence {
                field,
                quote: seen.value.clone(),
                start: None,
                end: None,
                finding: true,
            });
        }
        if !evidence.is_empty() {
            out.known_scam = true;
            out.signals.push(Signal {
                id: "reputation.known_scam".into(),
                tactic: "known_scam".into(),
                title: "A number or address already confirmed in scams".into(),
                explanation: format!(
                    "{}. Whoever uses it now is very likely the same people.",
                    sentences.join("; ")
                ),
                weight: KNOWN_SCAM_WEIGHT,
                evidence,
            });
        }
    }

    // A party of the directory named, with a number or sender address that isn't theirs.
    let named = dir.named_in(&doc.text);
    let Some(&(idx, start, end)) = named.first() else {
        return out;
    };
    let entry = &dir.entries[idx];
    out.playbook.dir_claimed = Some(entry.name.clone());
    if !entry.phones.is_empty() {
        out.playbook.dir_claimed_line = Some(call_line(entry));
    }
    let mention = doc.evidence(
        contact,
        Span {
            start: start as u32,
            end: end as u32,
        },
    );
    let field = doc.field_at(start);
    // A contact that only mentions the party in passing ("pay your Acme invoice") is not
    // claiming to be it: the claim is in a call, a text, or an email's sender or subject.
    let claims = match contact.channel {
        Channel::Call | Channel::Sms => field != Some(Field::Callee),
        Channel::Email => matches!(field, Some(Field::From | Field::Subject)),
        Channel::Popup => false,
    };
    if !claims {
        return out;
    }
    if !entry.phones.is_empty() {
        let foreign: Vec<&PhoneEntity> = entities
            .phones
            .iter()
            .filter(|p| !entry.phones.contains(&p.e164))
            .filter(|p| dir.entry_with_phone(&p.e164).is_none())
            .collect();
        let sender_foreign = sender_phone
            .as_ref()
            .filter(|p| !entry.phones.contains(p) && dir.entry_with_phone(p).is_none());
        if !foreign.is_empty() || sender_foreign.is_some() {
            let mut evidence: Vec<Evidence> = mention.iter().cloned().collect();
            let mut shown: Vec<String> = Vec::new();
            for p in &foreign {
                if !shown.contains(&p.raw) {
                    shown.push(p.raw.trim().to_string());
                }
            }
            if let Some(p) = sender_foreign {
                if !foreign.iter().any(|f| &f.e164 == p) {
                    shown.push(p.clone());
                }
            }
            evidence.extend(shown.iter().map(|s| Evidence {
                field: Field::Body,
                quote: s.clone(),
                start: None,
                end: None,
                finding: true,
            }));
            out.signals.push(Signal {
                id: "directory.number_not_theirs".into(),
                tactic: "directory_mismatch".into(),
                title: format!("Says it is {}, from a number that isn't theirs", entry.name),
                explanation: format!(
                    "The contact names {} from your directory, but the number it uses ({}) is not theirs. {}'s known number is {}.",
                    entry.name,
                    shown.join(", "),
                    entry.name,
                    entry
                        .phones
                        .iter()
                        .map(|p| crate::directory::display_phone(p))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                weight: NOT_THEIRS_WEIGHT,
                evidence,
            });
        }
    }
    if contact.channel == Channel::Email && !entry.domains.is_empty() {
        let from_domain = entities
            .sender
            .as_deref()
            .and_then(entities::domain_of_address)
            .and_then(entities::registrable_domain);
        if let Some(d) = from_domain.filter(|d| !entry.domains.contains(d)) {
            let mut evidence: Vec<Evidence> = mention.iter().cloned().collect();
            evidence.push(Evidence {
                field: Field::From,
                quote: entities.sender.clone().unwrap_or_default(),
                start: None,
                end: None,
                finding: true,
            });
            out.signals.push(Signal {
                id: "directory.sender_not_theirs".into(),
                tactic: "directory_mismatch".into(),
                title: format!("Says it is {}, from an address that isn't theirs", entry.name),
                explanation: format!(
                    "The email presents itself as {} from your directory, but it comes from {d}, which is not one of their domains ({}).",
                    entry.name,
                    entry.domains.join(", ")
                ),
                weight: NOT_THEIRS_WEIGHT,
                evidence,
            });
        }
    }
    out
}

/// "Acme IT on +1 617-555-0100", or the name alone.
pub(crate) fn call_line(e: &crate::directory::DirectoryEntry) -> String {
    match e.phones.first() {
        Some(p) => format!("{} on {}", e.name, crate::directory::display_phone(p)),
        None => e.name.clone(),
    }
}

pub(crate) fn times(n: u64) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}

/// The date of an RFC 3339 time.
fn day(t: &str) -> &str {
    t.get(..10).unwrap_or(t)
}

fn push_capped(v: &mut Vec<Span>, s: Span) {
    if v.len() < 32 {
        v.push(s);
    }
}

/// Atoms of one contact, computed on first use.
struct Atoms<'a> {
    pack: &'a Pack,
    cache: Vec<Option<Vec<Ev>>>,
    compute: &'a dyn Fn(usize) -> Vec<Ev>,
    /// The rule being evaluated runs a pattern: check its cheap conditions first.
    lazy: bool,
}

impl Atoms<'_> {
    fn get(&mut self, a: usize) -> &[Ev] {
        self.ensure(a);
        self.cache[a].as_deref().unwrap_or_default()
    }

    fn ensure(&mut self, a: usize) {
        if self.cache[a].is_none() {
            self.cache[a] = Some((self.compute)(a));
        }
    }

    /// Whether a condition needs a pattern not yet run: such conditions are checked last.
    fn costly(&self, cond: &Cond) -> bool {
        match cond {
            Cond::Atom(a) | Cond::Repeat(a, _, _) => {
                self.cache[*a].is_none() && matches!(self.pack.atoms[*a].kind, AtomKind::Regex(_))
            }
            Cond::Near(a, b, _) => self.costly(&Cond::Atom(*a)) || self.costly(&Cond::Atom(*b)),
            Cond::All(cs) | Cond::Any(cs) | Cond::None(cs) | Cond::AtLeast(_, cs) => {
                cs.iter().any(|c| self.costly(c))
            }
        }
    }
}

/// Evaluates a condition; `Some(evidence)` when it holds.
fn eval(cond: &Cond, atoms: &mut Atoms<'_>) -> Option<Vec<Ev>> {
    match cond {
        Cond::Atom(a) => {
            let evs = atoms.get(*a);
            (!evs.is_empty()).then(|| evs.iter().take(3).cloned().collect())
        }
        Cond::All(cs) => {
            // Cheap conditions first: most contacts fail one, and the patterns never run.
            if atoms.lazy {
                for c in cs {
                    if !atoms.costly(c) && eval(c, atoms).is_none() {
                        return None;
                    }
                }
            }
            let mut out = Vec::new();
            for c in cs {
                out.extend(eval(c, atoms)?);
            }
            Some(out)
        }
        Cond::Any(cs) => {
            let mut out = Vec::new();
            let mut any = false;
            for c in cs {
                if let Some(evs) = eval(c, atoms) {
                    any = true;
                    out.extend(evs);
                }
            }
            any.then_some(out)
        }
        Cond::None(cs) => cs.iter().all(|c| eval(c, atoms).is_none()).then(Vec::new),
        Cond::AtLeast(n, cs) => {
            let mut out = Vec::new();
            let mut k = 0;
            for c in cs {
                if let Some(evs) = eval(c, atoms) {
                    k += 1;
                    out.extend(evs);
                }
            }
            (k >= *n).then_some(out)
        }
        Cond::Near(a, b, within) => {
            let within = *within as u32;
            if atoms.get(*a).is_empty() {
                return None;
            }
            atoms.ensure(*b);
            let sa = atoms.cache[*a].as_deref().unwrap_or_default();
            let sb = atoms.cache[*b].as_deref().unwrap_or_default();
            for ea in sa {
                let Ev::Doc(sa) = ea else { continue };
                for eb in sb {
                    let Ev::Doc(sb) = eb else { continue };
                    // Overlapping spans have a gap of zero.
                    let gap = sb
                        .start
                        .saturating_sub(sa.end)
                        .max(sa.start.saturating_sub(sb.end));
                    if gap <= within {
                        return Some(vec![ea.clone(), eb.clone()]);
                    }
                }
            }
            None
        }
        Cond::Repeat(a, times, within) => {
            let mut spans: Vec<Span> = atoms
                .get(*a)
                .iter()
                .filter_map(|e| match e {
                    Ev::Doc(s) => Some(*s),
                    _ => None,
                })
                .collect();
            spans.sort_unstable_by_key(|s| (s.start, s.end));
            let mut run_start = 0;
            for i in 1..spans.len() {
                if spans[i].start.saturating_sub(spans[i - 1].end) > *within as u32 {
                    run_start = i;
                }
                if i + 1 - run_start >= *times {
                    return Some(vec![Ev::Doc(spans[run_start]), Ev::Doc(spans[i])]);
                }
            }
            None
        }
    }
}

fn render_evidence(doc: &Doc, contact: &Contact, evs: &[Ev]) -> Vec<Evidence> {
    let mut out: Vec<Evidence> = Vec::new();
    for ev in evs {
        let e = match ev {
            Ev::Doc(span) => doc.evidence(contact, *span),
            Ev::Note(field, quote) | Ev::Finding(field, quote) => Some(Evidence {
                field: *field,
                quote: quote.clone(),
                start: None,
                end: None,
                finding: matches!(ev, Ev::Finding(..)),
            }),
        };
        if let Some(e) = e {
            if e.quote.is_empty() {
                continue;
            }
            if !out.iter().any(|o| o.quote.eq_ignore_ascii_case(&e.quote)) {
                out.push(e);
            }
        }
        if out.len() >= 6 {
            break;
        }
    }
    out
}

/// Fills `{evidence}` with the quoted words.
fn explain(template: &str, evidence: &[Evidence]) -> String {
    // Words quoted from the contact explain best; findings (a header, a page behaviour) are
    // described, not quoted, and used only when no words were found.
    let words: Vec<&Evidence> = evidence.iter().filter(|e| !e.finding).take(3).collect();
    let joined = if words.is_empty() {
        evidence
            .iter()
            .take(2)
            .map(|e| crate::text::truncate_at_char(&e.quote, 120).to_string())
            .collect::<Vec<_>>()
            .join("; ")
    } else {
        words
            .iter()
            .map(|e| format!("“{}”", crate::text::truncate_at_char(&e.quote, 120)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if template.contains("{evidence}") {
        template.replace("{evidence}", &joined)
    } else {
        template.to_string()
    }
}

/// The text model's tokens of a document, into `tokens`: the parts a person reads as the
/// message.
fn text_tokens<'a>(
    doc: &'a Doc,
    masks: &[(usize, usize, &'static str)],
    tokens: &mut impl features::TokenSink<'a>,
) {
    let mut part_masks = Vec::new();
    for p in &doc.parts {
        if !matches!(
            p.field,
            Field::Body
                | Field::Caller
                | Field::Callee
                | Field::Notes
                | Field::Subject
                | Field::Title
        ) {
            continue;
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
        features::tokens(part_text, &part_masks, tokens);
    }
}

/// The words of a document that pushed the text model most towards a scam.
fn top_terms(tokens: &[Token<'_>], model: &TextModel) -> Vec<(String, u32)> {
    fn word<'a>(t: Token<'a>) -> Option<&'a str> {
        match t {
            Token::Word(w) => Some(w),
            Token::Mask(_) => None,
        }
    }
    // (weight, token index, whether the pair ending at it): strings are built for the few
    // terms shown, not for every token.
    let mut scored: Vec<(f32, usize, bool)> = Vec::new();
    for (i, &t) in tokens.iter().enumerate() {
        if word(t).is_none() {
            continue;
        }
        let w = model.weights[features::unigram_bucket(t) as usize];
        if w > 0.3 {
            scored.push((w, i, false));
        }
        if i > 0 && word(tokens[i - 1]).is_some() {
            let b = features::bigram_bucket(tokens[i - 1], t);
            let w = model.weights[b as usize];
            if w > 0.3 {
                scored.push((w, i, true));
            }
        }
    }
    scored.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut out: Vec<(String, u32)> = Vec::new();
    for (_, i, pair) in scored {
        if out.len() >= 4 {
            break;
        }
        let (term, bucket) = match (pair, word(tokens[i])) {
            (false, Some(w)) => (w.to_string(), features::unigram_bucket(tokens[i])),
            (true, Some(w)) => (
                format!("{} {w}", word(tokens[i - 1]).unwrap_or_default()),
                features::bigram_bucket(tokens[i - 1], tokens[i]),
            ),
            _ => continue,
        };
        if out
            .iter()
            .any(|(t, _)| t.contains(&term) || term.contains(t.as_str()))
        {
            continue;
        }
        out.push((term, bucket));
    }
    out
}
