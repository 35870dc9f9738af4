//! Judging: the score, from the rules that fired, what the organisation's directory and the
//! shared scam list say, and the text model; then the verdict. A `scam` verdict needs a rule
//! that fired; the text model alone can make a contact `suspicious`, never `scam`.

use rlibphonenumber::enums::Region;

use crate::assessment::{Assessment, Entities, Evidence, PhoneEntity, Signal, Verdict};
use crate::contact::{Channel, Contact, Field};
use crate::directory::{display_phone, normalise_phone, Directory, DirectoryEntry};
use crate::entities;
use crate::model::sigmoid;
use crate::playbook::times;

use super::reading::{Doc, Span};
use super::{explaining, Analysis, Engine};

/// Learned weight from which one rule alone makes a contact `suspicious`.
const STRONG_RULE: f32 = 1.75;

/// Scores an analysed contact, decides its verdict and builds what the person is told.
pub(super) fn conclude(
    engine: &Engine,
    contact: &Contact,
    dir: &Directory,
    reader: &super::Reader,
    analysis: Analysis,
) -> Assessment {
    let Analysis {
        doc,
        limits,
        fired,
        entities,
        text_logit,
        masks,
        ..
    } = analysis;
    let seen = Seen {
        doc: &doc,
        fired: &fired,
        entities: &entities,
        text_logit,
        limits: &limits,
        named: Named::Search,
    };
    let judged = judge(engine, contact, dir, &seen);
    explain(engine, contact, dir, reader, &seen, &masks, judged, None)
}

/// The first party of the directory a contact names, when already looked for: (entry,
/// start, end) in the document.
pub(super) enum Named {
    Search,
    Found(Option<(usize, usize, usize)>),
}

/// What judging reads of an analysed contact.
pub(super) struct Seen<'a> {
    pub doc: &'a Doc,
    pub fired: &'a [(usize, Vec<super::reading::Ev>)],
    pub entities: &'a Entities,
    /// The text model's logit, when there is a model and enough words.
    pub text_logit: Option<f32>,
    pub limits: &'a [String],
    pub named: Named,
}

/// The score and verdict, with the signals of the rules and the directory.
pub(super) struct Judged {
    pub signals: Vec<Signal>,
    pub score: f32,
    pub verdict: Verdict,
    text_part: f32,
    found: DirFindings,
}

/// Scores a contact and decides its verdict: the work of every utterance of a live call, so
/// nothing here reads the whole text.
pub(super) fn judge(
    engine: &Engine,
    contact: &Contact,
    dir: &Directory,
    seen: &Seen<'_>,
) -> Judged {
    let (pack, model) = (&engine.pack, &engine.model);
    let ch = contact.channel.index();
    let found = directory_findings(seen, contact, dir, engine.options.default_region);
    // The organisation's own IT support calling is not a stranger claiming to be support.
    let mut signals = explaining::rule_signals(
        pack,
        model,
        seen.doc,
        contact,
        seen.fired,
        found.sender_is_it_support,
    );
    signals.extend(found.signals.iter().cloned());
    let mut z = model.bias[ch];
    for s in &signals {
        z += s.weight;
    }
    let text_logit = seen
        .text_logit
        .map(crate::model::text_evidence)
        .unwrap_or(0.0);
    let text_part = model.text_weight * text_logit;
    z += text_part;
    let mut score = sigmoid(z).clamp(0.0, 1.0);
    let th = model.thresholds[ch];
    if found.known_scam {
        score = score.max(th.scam);
    }
    let n_rules = signals.len();
    // A strong, specific rule is a sign of a scam on its own, whatever the words around it.
    let strong_rule = seen
        .fired
        .iter()
        .any(|(idx, _)| model.rule_weights[*idx] >= STRONG_RULE)
        || !found.signals.is_empty();
    // A number or address already confirmed in scams settles it.
    let verdict = if found.known_scam || (score >= th.scam && n_rules > 0) {
        Verdict::Scam
    } else if score >= th.suspicious || strong_rule || (!seen.limits.is_empty() && n_rules > 0) {
        // What was read is flagged and the rest was not checked: never "no signs".
        Verdict::Suspicious
    } else {
        Verdict::NoSigns
    };
    Judged {
        signals,
        score,
        verdict,
        text_part,
        found,
    }
}

/// The assessment of a judged contact: the text model's words, the reasons, the kind of
/// scam and the steps, in the reader's language. `family_words` are the counts of each
/// family's words when already made (part by part), else the text is read for them.
#[allow(clippy::too_many_arguments)]
pub(super) fn explain(
    engine: &Engine,
    contact: &Contact,
    dir: &Directory,
    reader: &super::Reader,
    seen: &Seen<'_>,
    masks: &[super::reading::Mask],
    judged: Judged,
    family_words: Option<&[usize]>,
) -> Assessment {
    let (pack, model) = (&engine.pack, &engine.model);
    let doc = seen.doc;
    let Judged {
        mut signals,
        score,
        verdict,
        text_part,
        found,
    } = judged;
    let th = model.thresholds[contact.channel.index()];
    // Which words weighed most is worked out only when the text model's signal is shown.
    if text_part >= 1.0 && score >= th.suspicious {
        if let Some(tm) = &model.text {
            signals.extend(explaining::text_signal(contact, doc, masks, tm, text_part));
        }
    }
    explaining::order(&mut signals);
    let mut entities = seen.entities.clone();
    entities.phones.truncate(50);
    // The reader's country; else the one every number written with its calling code points
    // to (a number written without one says nothing: it was read in the default region).
    let country = match reader.country.as_deref() {
        Some(c) => pack.knowledge.country(c),
        None => pack.knowledge.country_of_numbers(
            entities
                .phones
                .iter()
                .filter(|p| {
                    let raw = p.raw.trim_start();
                    raw.starts_with('+') || raw.starts_with("00")
                })
                .map(|p| p.e164.as_str()),
        ),
    };
    let country_guessed = reader.country.is_none() && country.is_some();
    let contact_language = contact_language(contact);
    // The person's language; else the contact's, when we write it; else English.
    let language = reader
        .lang
        .as_deref()
        .and_then(crate::locale::supported)
        .or_else(|| contact_language.and_then(crate::locale::supported))
        .unwrap_or(crate::locale::LANGUAGES[0]);
    // A family names what kind of scam it is: nothing to name when there are no signs of one.
    let family = (verdict != Verdict::NoSigns)
        .then(|| {
            let counted;
            let words = match family_words {
                Some(w) => w,
                None => {
                    counted = pack.knowledge.family_words.count(&doc.text);
                    &counted
                }
            };
            crate::playbook::family(&pack.knowledge, &signals, &entities, words)
        })
        .flatten();
    let reasons = explaining::reasons(&signals, &pack.locales, language);
    let steps = crate::playbook::build(
        &pack.knowledge,
        &pack.locales,
        crate::playbook::Audience {
            lang: language,
            country,
        },
        family,
        contact.channel,
        verdict,
        &signals,
        &entities,
        dir,
        &found.playbook,
    );
    Assessment {
        channel: contact.channel,
        channel_guessed: contact.channel_guessed,
        verdict,
        score,
        signals,
        reasons,
        family: family.map(str::to_string),
        language: language.to_string(),
        country: country.map(|c| c.code.clone()),
        country_guessed,
        contact_language: contact_language.map(str::to_string),
        entities,
        playbook: steps.iter().map(|s| s.text.clone()).collect(),
        steps,
        notes: contact.notes.clone(),
        complete: seen.limits.is_empty(),
        incomplete_reasons: seen.limits.to_vec(),
    }
}

/// The language of a contact's own words: the original words, not the folded text (folding
/// writes Cyrillic look-alikes as Latin), the first 4,000 bytes or so.
pub(super) fn contact_language(contact: &Contact) -> Option<&'static str> {
    let mut words = String::new();
    for p in contact.parts.iter().filter(|p| p.field != Field::From) {
        if words.len() >= 4000 {
            break;
        }
        words.push_str(crate::text::truncate_at_char(&p.text, 4000));
        words.push('\n');
    }
    crate::locale::detect(&words)
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
    seen: &Seen<'_>,
    contact: &Contact,
    dir: &Directory,
    region: Region,
) -> DirFindings {
    let (doc, entities) = (seen.doc, seen.entities);
    let mut out = DirFindings::default();
    let bare = bare_number(doc, entities);
    out.playbook.bare_number = bare.as_deref().map(display_phone);
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
            normalise_phone(s, region).ok()
        })
        .or(bare);
    if let Some(p) = &sender_phone {
        if let Some(e) = dir.entry_with_phone(p) {
            out.sender_is_it_support = e.role == "it_support";
            out.playbook.sender_known = Some(e.name.clone());
            out.playbook.sender_known_number = e.phones.first().map(|p| display_phone(p));
        }
    }

    if !dir.reputation.is_empty() {
        reputation(entities, sender_phone.as_ref(), dir, &mut out);
    }
    let named = match seen.named {
        Named::Search => dir.named_in(&doc.text).first().copied(),
        Named::Found(n) => n,
    };
    claimed_party(
        named,
        doc,
        contact,
        entities,
        dir,
        sender_phone.as_ref(),
        &mut out,
    );
    out
}

/// The shared scam list: every number, domain and link the contact carries that IT support
/// confirmed in scams.
fn reputation(
    entities: &Entities,
    sender_phone: Option<&String>,
    dir: &Directory,
    out: &mut DirFindings,
) {
    let mut values: Vec<(&str, Field)> = Vec::new();
    if let Some(p) = sender_phone {
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
            display_phone(&seen.value)
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
            context: None,
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

/// A party of the directory named, with a number or sender address that isn't theirs.
fn claimed_party(
    named: Option<(usize, usize, usize)>,
    doc: &Doc,
    contact: &Contact,
    entities: &Entities,
    dir: &Directory,
    sender_phone: Option<&String>,
    out: &mut DirFindings,
) {
    let Some((idx, start, end)) = named else {
        return;
    };
    let entry = &dir.entries[idx];
    out.playbook.dir_claimed = Some(entry.name.clone());
    out.playbook.dir_claimed_number = entry.phones.first().map(|p| display_phone(p));
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
        return;
    }
    if !entry.phones.is_empty() {
        out.signals.extend(number_not_theirs(
            entry,
            entities,
            dir,
            sender_phone,
            mention.as_ref(),
        ));
    }
    if contact.channel == Channel::Email && !entry.domains.is_empty() {
        out.signals
            .extend(sender_not_theirs(entry, entities, mention.as_ref()));
    }
}

/// The party is named with a number that is neither theirs nor another entry's.
fn number_not_theirs(
    entry: &DirectoryEntry,
    entities: &Entities,
    dir: &Directory,
    sender_phone: Option<&String>,
    mention: Option<&Evidence>,
) -> Option<Signal> {
    let foreign: Vec<&PhoneEntity> = entities
        .phones
        .iter()
        .filter(|p| !entry.phones.contains(&p.e164))
        .filter(|p| dir.entry_with_phone(&p.e164).is_none())
        .collect();
    let sender_foreign =
        sender_phone.filter(|p| !entry.phones.contains(p) && dir.entry_with_phone(p).is_none());
    if !foreign.is_empty() || sender_foreign.is_some() {
        let mut evidence: Vec<Evidence> = mention.into_iter().cloned().collect();
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
            context: None,
        }));
        return Some(Signal {
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
                    .map(|p| display_phone(p))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            weight: NOT_THEIRS_WEIGHT,
            evidence,
        });
    }
    None
}

/// An email presents itself as the party from a domain that isn't one of theirs.
fn sender_not_theirs(
    entry: &DirectoryEntry,
    entities: &Entities,
    mention: Option<&Evidence>,
) -> Option<Signal> {
    let from_domain = entities
        .sender
        .as_deref()
        .and_then(entities::domain_of_address)
        .and_then(entities::registrable_domain);
    if let Some(d) = from_domain.filter(|d| !entry.domains.contains(d)) {
        let mut evidence: Vec<Evidence> = mention.into_iter().cloned().collect();
        evidence.push(Evidence {
            field: Field::From,
            quote: entities.sender.clone().unwrap_or_default(),
            start: None,
            end: None,
            finding: true,
            context: None,
        });
        return Some(Signal {
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
    None
}

/// The date of an RFC 3339 time.
fn day(t: &str) -> &str {
    t.get(..10).unwrap_or(t)
}
