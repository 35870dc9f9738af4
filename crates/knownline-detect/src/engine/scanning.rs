//! Scanning: every phrase, alias and cue of the pack in one pass of its automaton over the
//! document; the organisations, remote tools and payment methods the phrases name; then the
//! rules, each reading atoms computed on first use.

use std::collections::{HashMap, HashSet};

use aho_corasick::automaton::Automaton;
use aho_corasick::Anchored;

use crate::assessment::{Entities, NamedEntity, OrgEntity, PaymentEntity};
use crate::contact::{Channel, Field};
use crate::pack::{Pack, Target};
use crate::rules::{AtomKind, Cond};
use crate::text::is_word_byte;

use super::facts::Facts;
use super::reading::{Doc, Ev, Found, Span};

/// Where each phrase of the pack matched, by what it stands for.
pub(super) struct Hits {
    lists: Vec<Vec<Span>>,
    inline: Vec<Vec<Span>>,
    orgs: Vec<(usize, bool, Span)>,
    tools: Vec<(usize, Span)>,
    pays: Vec<(usize, Span)>,
    claim_cues: Vec<Span>,
}

/// An organisation's name in the document: (organisation, span, whether a brand word).
pub(super) type OrgSpan = (usize, Span, bool);

/// One pass of the pack's automaton over the document.
pub(super) fn scan(pack: &Pack, text: &str) -> Hits {
    let mut hits = Hits::new(pack);
    hits.scan(pack, text, 0);
    hits
}

impl Hits {
    pub(super) fn new(pack: &Pack) -> Hits {
        Hits {
            lists: vec![Vec::new(); pack.list_names.len()],
            inline: vec![Vec::new(); pack.n_inline],
            orgs: Vec::new(),
            tools: Vec::new(),
            pays: Vec::new(),
            claim_cues: Vec::new(),
        }
    }

    /// Adds the hits of `text`, which starts at `offset` of the document and ends a part (a
    /// phrase never runs from one part into the next).
    pub(super) fn scan(&mut self, pack: &Pack, text: &str, offset: usize) {
        scan_into(pack, text, offset, self);
    }
}

fn scan_into(pack: &Pack, text: &str, offset: usize, hits: &mut Hits) {
    let bytes = text.as_bytes();
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
            start: (s + offset) as u32,
            end: (end + offset) as u32,
        };
        for t in &pack.targets[pid] {
            match *t {
                Target::List(l) => push_capped(&mut hits.lists[l], span),
                Target::Inline(i) => push_capped(&mut hits.inline[i], span),
                Target::Org { org, brand_word } => hits.orgs.push((org, brand_word, span)),
                Target::Tool(i) => hits.tools.push((i, span)),
                Target::Pay(i) => hits.pays.push((i, span)),
                Target::Claim => hits.claim_cues.push(span),
            }
        }
    });
}

/// Most places of one pattern an atom reads.
const PATTERN_PLACES: usize = 16;

/// Adds every pattern's places in `text` (starting at `offset` of the document) to
/// `places`, one list per pattern, each at most [`PATTERN_PLACES`]: a call read as it
/// happens runs them on each utterance once, not on the whole call at every turn.
pub(super) fn pattern_places(pack: &Pack, text: &str, offset: usize, places: &mut Vec<Vec<Span>>) {
    places.resize(pack.regexes.len(), Vec::new());
    for (re, found) in pack.regexes.iter().zip(places.iter_mut()) {
        let room = PATTERN_PLACES - found.len().min(PATTERN_PLACES);
        found.extend(re.find_iter(text).take(room).map(|m| Span {
            start: (m.start() + offset) as u32,
            end: (m.end() + offset) as u32,
        }));
    }
}

/// Whether an organisation's name at `span` is claimed: it opens a text as senders sign one,
/// stands in a From, subject or title, or follows a claim cue ("this is …").
struct Claims<'a> {
    doc: &'a Doc,
    /// Where each claim cue ends, sorted: a name is claimed when a cue ends at most 24 bytes
    /// before it, found by a binary search rather than a scan of every cue per name (a
    /// transcript repeating "this is Microsoft" was quadratic).
    cue_ends: Vec<u32>,
}

impl Claims<'_> {
    fn new<'a>(doc: &'a Doc, hits: &Hits) -> Claims<'a> {
        let mut cue_ends: Vec<u32> = hits.claim_cues.iter().map(|c| c.end).collect();
        cue_ends.sort_unstable();
        Claims { doc, cue_ends }
    }

    fn cue_before(&self, at: u32) -> bool {
        let first = self
            .cue_ends
            .partition_point(|&e| e < at.saturating_sub(24));
        self.cue_ends.get(first).is_some_and(|&e| e <= at)
    }

    fn claimed(&self, span: Span) -> bool {
        let part = self.doc.part_at(span.start as usize);
        let field = part.map(|p| p.field);
        // "Apple: your ID was locked" — a name opening a text, as senders sign SMS.
        // Read from where the part's text starts, not from the part's start for every
        // name: a part opening with megabytes of spaces would make that quadratic.
        let opens_part = part.is_some_and(|p| {
            span.start as usize <= p.first_text
                && self.doc.text[span.end as usize..]
                    .trim_start()
                    .starts_with([':', '-'])
        });
        opens_part
            || matches!(field, Some(Field::From | Field::Subject | Field::Title))
            || self.cue_before(span.start)
    }
}

/// The organisations, remote tools and payment methods named, into `entities`; returns the
/// places of the organisations' names that count (a brand word only where claimed).
pub(super) fn name_entities(
    pack: &Pack,
    doc: &Doc,
    hits: &Hits,
    entities: &mut Entities,
) -> Vec<OrgSpan> {
    let claims = Claims::new(doc, hits);
    let mut org_spans: Vec<OrgSpan> = Vec::new();
    // Each entity is looked up by id in a map, not in the list, once per hit.
    let mut org_entity: HashMap<&str, usize> = HashMap::new();
    for &(org, brand_word, span) in &hits.orgs {
        let claimed = claims.claimed(span);
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
    for &(i, _) in &hits.tools {
        let t = &pack.knowledge.remote_tools[i];
        if seen_ids.insert(&t.id) {
            entities.remote_tools.push(NamedEntity {
                id: t.id.clone(),
                name: t.name.clone(),
            });
        }
    }
    let mut seen_ids: HashSet<&str> = HashSet::new();
    for &(i, _) in &hits.pays {
        let m = &pack.knowledge.payments[i];
        if seen_ids.insert(&m.id) {
            entities.payments.push(PaymentEntity {
                id: m.id.clone(),
                kind: m.kind.clone(),
                name: m.name.clone(),
            });
        }
    }
    org_spans
}

/// What the rules of one contact read: the phrase hits, what code found, and the facts.
pub(super) struct Sources<'a> {
    pub pack: &'a Pack,
    pub doc: &'a Doc,
    pub hits: &'a Hits,
    pub found: &'a Found,
    pub org_spans: &'a [OrgSpan],
    pub facts: &'a Facts,
    /// Each pattern's places when found already (part by part); else they are searched for
    /// in the document when a rule first needs them.
    pub patterns: Option<&'a [Vec<Span>]>,
}

impl Sources<'_> {
    /// The places of atom `a`, at most [`MAX_ATOM_PLACES`].
    fn atom(&self, a: usize) -> Vec<Ev> {
        let atom = &self.pack.atoms[a];
        let evs = self.places(&atom.kind);
        let mut evs: Vec<Ev> = match atom.scope {
            None => evs,
            Some(scope) => evs
                .into_iter()
                .filter(|ev| match ev {
                    Ev::Doc(s) => self
                        .doc
                        .field_at(s.start as usize)
                        .is_some_and(|f| Pack::scope_allows(Some(scope), f)),
                    Ev::Note(f, _) | Ev::Finding(f, _) => Pack::scope_allows(Some(scope), *f),
                })
                .collect(),
        };
        // `near` compares every place of one atom with every place of the other: names
        // repeated a million times must not make that a trillion comparisons.
        evs.truncate(MAX_ATOM_PLACES);
        evs
    }

    fn places(&self, kind: &AtomKind) -> Vec<Ev> {
        let (pack, hits) = (self.pack, self.hits);
        let doc_spans = |spans: &[Span]| spans.iter().map(|s| Ev::Doc(*s)).collect();
        match kind {
            AtomKind::List(l) => doc_spans(&hits.lists[*l]),
            AtomKind::Inline(i) => doc_spans(&hits.inline[*i]),
            AtomKind::Regex(i) if self.patterns.is_some() => self
                .patterns
                .and_then(|p| p.get(*i))
                .map_or_else(Vec::new, |spans| doc_spans(spans)),
            AtomKind::Regex(i) => pack.regexes[*i]
                .find_iter(&self.doc.text)
                .take(PATTERN_PLACES)
                .map(|m| {
                    Ev::Doc(Span {
                        start: m.start() as u32,
                        end: m.end() as u32,
                    })
                })
                .collect(),
            AtomKind::Entity(kind) => self.entity_places(kind),
            AtomKind::Fact(name) => self
                .facts
                .iter()
                .filter(|(n, _)| n == name)
                .flat_map(|(_, evs)| evs.iter().cloned())
                .collect(),
            AtomKind::Tool(id) => hits
                .tools
                .iter()
                .filter(|(i, _)| {
                    id.as_deref()
                        .is_none_or(|id| pack.knowledge.remote_tools[*i].id == id)
                })
                .map(|(_, s)| Ev::Doc(*s))
                .collect(),
            AtomKind::Pay(id) => hits
                .pays
                .iter()
                .filter(|(i, _)| {
                    let m = &pack.knowledge.payments[*i];
                    id.as_deref().is_none_or(|id| m.id == id || m.kind == id)
                })
                .map(|(_, s)| Ev::Doc(*s))
                .collect(),
            AtomKind::Org(sel) => self
                .org_spans
                .iter()
                .filter(|(o, _, _)| {
                    let o = &pack.knowledge.organisations[*o];
                    sel == "any" || o.category == *sel || o.id == *sel
                })
                .map(|(_, s, _)| Ev::Doc(*s))
                .collect(),
        }
    }

    fn entity_places(&self, kind: &str) -> Vec<Ev> {
        let f = self.found;
        let pairs = |v: &[(usize, usize)]| -> Vec<Span> {
            v.iter()
                .map(|&(s, e)| Span {
                    start: s as u32,
                    end: e as u32,
                })
                .collect()
        };
        let spans: Vec<Span> = match kind {
            "phone" => f.phones.clone(),
            "phone_tollfree" => f.tollfree.clone(),
            "phone_premium" => f.premium.clone(),
            "url" => f.urls.clone(),
            "email" => pairs(&f.emails),
            "money" => pairs(&f.money),
            _ => Vec::new(),
        };
        let mut evs: Vec<Ev> = spans.into_iter().map(Ev::Doc).collect();
        // Links in HTML are entities too, though not in the visible text.
        if kind == "url" && evs.is_empty() {
            if let Some(l) = f.entities.urls.first() {
                evs.push(Ev::Note(Field::Body, l.url.clone()));
            }
        }
        evs
    }
}

/// The rules of `channel` that fire, with their evidence. Atoms are computed when a rule
/// first needs them: a pattern runs only for rules whose cheaper conditions already hold.
pub(super) fn fire_rules(sources: &Sources<'_>, channel: Channel) -> Vec<(usize, Vec<Ev>)> {
    let pack = sources.pack;
    let compute = |a: usize| sources.atom(a);
    let mut atoms = Atoms {
        pack,
        cache: vec![None; pack.atoms.len()],
        compute: &compute,
        lazy: false,
    };
    let mut fired = Vec::new();
    for (i, rule) in pack.rules.iter().enumerate() {
        if !rule.applies_to(channel) {
            continue;
        }
        atoms.lazy = rule.has_pattern;
        if let Some(evs) = eval(&rule.cond, &mut atoms) {
            fired.push((i, evs));
        }
    }
    fired
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

/// Places of one atom (organisation, tool or payment names, found entities) a rule reads.
/// Phrase lists keep their first 32 hits already.
const MAX_ATOM_PLACES: usize = 1024;
