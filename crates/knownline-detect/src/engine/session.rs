//! A call read while it happens, one utterance at a time.
//!
//! Each utterance is folded onto the end of the call's document and only it is read: the
//! automaton, the patterns, the entities, the text model's words and the families' words
//! run over the new words, and what they find is added to what the call found so far. The
//! rules then run over those findings (their cost grows with what was found, not with the
//! text) and the call is judged. The explanation — reasons, the kind of scam, the steps in
//! the person's language — is written from the alert on, and again only when the signals or
//! the verdict change.
//!
//! A call pushed utterance by utterance ends with the assessment [`Engine::assess_for`]
//! gives the same utterances as one contact: the stages are the same, fed part by part.

use std::collections::HashSet;

use crate::assessment::{Assessment, Signal, Verdict};
use crate::contact::{Channel, Contact, Field, Part};
use crate::directory::Directory;
use crate::entities::PhoneCache;
use crate::features::Buckets;

use super::judging::{self, Named, Seen};
use super::reading::{self, Doc, Found, Mask, Span};
use super::scanning::{self, Hits};
use super::{explaining, facts, Engine, Reader};

/// Longest utterance read, in bytes: a minute of fast speech is about 1,500.
pub const MAX_UTTERANCE_BYTES: usize = 8 * 1024;
/// Most utterances of one call: hours of short turns.
pub const MAX_UTTERANCES: usize = 2000;
/// Most text of one call, in bytes.
pub const MAX_CALL_BYTES: usize = 512 * 1024;

/// Why an utterance was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError {
    /// The utterance is longer than [`MAX_UTTERANCE_BYTES`].
    UtteranceTooLong(usize),
    /// The call already holds [`MAX_UTTERANCES`] utterances or [`MAX_CALL_BYTES`] bytes.
    CallTooLong,
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallError::UtteranceTooLong(n) => write!(
                f,
                "an utterance of {n} bytes: at most {MAX_UTTERANCE_BYTES} are read at once"
            ),
            CallError::CallTooLong => write!(
                f,
                "the call is past {MAX_UTTERANCES} utterances or {} KiB: start a new one",
                MAX_CALL_BYTES / 1024
            ),
        }
    }
}

impl std::error::Error for CallError {}

/// The running assessment after one utterance.
#[derive(Debug, Clone)]
pub struct Turn {
    /// The utterance's number in the call, from 1.
    pub turn: usize,
    /// How many of the utterances so far were the caller's (or nobody's: a person typing
    /// only what the caller says).
    pub caller_turns: usize,
    pub verdict: Verdict,
    pub score: f32,
    /// True on the one utterance where the call was first flagged.
    pub alert: bool,
    /// The alert's reason in one sentence, in the person's language: on the alert's turn.
    pub reason: Option<String>,
    /// The signals so far, strongest first.
    pub signals: Vec<Signal>,
}

/// One call being read. Holds no reference to the engine: push each utterance with the
/// engine and the organisation's directory (the same one for the whole call).
pub struct CallSession {
    reader: Reader,
    contact: Contact,
    doc: Doc,
    hits: Hits,
    found: Found,
    phones: PhoneCache,
    patterns: Vec<Vec<Span>>,
    masks: Vec<Mask>,
    part_masks: Vec<Mask>,
    tokens: Buckets,
    features: HashSet<u32>,
    /// The text model's weights of `features`, summed as they are first seen.
    feature_sum: f64,
    family_words: Vec<usize>,
    named: Option<(usize, usize, usize)>,
    bytes: usize,
    caller_turns: usize,
    alert_turn: Option<usize>,
    /// The explanation written last, and the signals and verdict it was written for.
    explained: Option<(Vec<String>, Verdict, Assessment)>,
}

impl CallSession {
    /// A call with nothing said yet, for `reader` (their language and country).
    pub fn new(engine: &Engine, reader: Reader) -> CallSession {
        CallSession {
            reader,
            contact: Contact {
                channel: Channel::Call,
                parts: Vec::new(),
                email: None,
                page: None,
                links: Vec::new(),
                labelled: false,
                channel_guessed: false,
                notes: Vec::new(),
                limits: Vec::new(),
            },
            doc: Doc {
                text: String::new(),
                parts: Vec::new(),
            },
            hits: Hits::new(&engine.pack),
            found: Found::default(),
            phones: PhoneCache::default(),
            patterns: Vec::new(),
            masks: Vec::new(),
            part_masks: Vec::new(),
            tokens: Buckets::default(),
            features: HashSet::new(),
            feature_sum: 0.0,
            family_words: Vec::new(),
            named: None,
            bytes: 0,
            caller_turns: 0,
            alert_turn: None,
            explained: None,
        }
    }

    /// The utterances so far.
    pub fn turns(&self) -> usize {
        self.contact.parts.len()
    }

    /// The utterance the call was first flagged on.
    pub fn alert_turn(&self) -> Option<usize> {
        self.alert_turn
    }

    /// The call so far as one contact (for a report, or to check it whole).
    pub fn contact(&self) -> &Contact {
        &self.contact
    }

    /// The explanation from the alert on: reasons, kind of scam, the steps.
    pub fn assessment(&self) -> Option<&Assessment> {
        self.explained.as_ref().map(|(_, _, a)| a)
    }

    /// Reads a line as typed or transcribed: a speaker label (`Caller:`, `Me:`) says who
    /// spoke; a line without one goes on from the last speaker, or is nobody's (the caller's
    /// words, typed by the person called) when no line had one.
    pub fn push_line(
        &mut self,
        engine: &Engine,
        dir: &Directory,
        line: &str,
    ) -> Result<Turn, CallError> {
        let (speaker, text) = crate::contact::utterance(line);
        let speaker = speaker.or_else(|| {
            self.contact
                .labelled
                .then(|| self.contact.parts.last().map(|p| p.field))
                .flatten()
        });
        self.push(engine, dir, speaker, text)
    }

    /// Reads one utterance: `speaker` is `Field::Caller` or `Field::Callee`, or None when
    /// unknown (read as the caller's words, as a person typing them would write them).
    pub fn push(
        &mut self,
        engine: &Engine,
        dir: &Directory,
        speaker: Option<Field>,
        text: &str,
    ) -> Result<Turn, CallError> {
        if text.len() > MAX_UTTERANCE_BYTES {
            return Err(CallError::UtteranceTooLong(text.len()));
        }
        if self.contact.parts.len() >= MAX_UTTERANCES || self.bytes + text.len() > MAX_CALL_BYTES {
            return Err(CallError::CallTooLong);
        }
        self.bytes += text.len();
        let field = match speaker {
            Some(f @ (Field::Caller | Field::Callee)) => {
                self.contact.labelled = true;
                f
            }
            _ => Field::Notes,
        };
        if field != Field::Callee {
            self.caller_turns += 1;
        }
        let i = self.contact.parts.len();
        self.contact.parts.push(Part {
            field,
            text: text.to_string(),
            origin: None,
        });
        self.read_new_part(engine, dir, i);
        Ok(self.judge(engine, dir))
    }

    /// Everything read from the words of part `i` alone.
    fn read_new_part(&mut self, engine: &Engine, dir: &Directory, i: usize) {
        let pack = &engine.pack;
        let start = self.doc.push_part(Channel::Call, &self.contact.parts[i], i);
        let end = self.doc.text.len();
        let new_text = &self.doc.text[start..end];
        self.hits.scan(pack, new_text, start);
        scanning::pattern_places(pack, new_text, start, &mut self.patterns);
        pack.knowledge
            .family_words
            .words_in(new_text, &mut self.family_words);
        if self.named.is_none() {
            self.named = dir
                .named_in(new_text)
                .first()
                .map(|&(e, s, end)| (e, s + start, end + start));
        }
        self.found.read_part(
            &self.contact,
            &self.doc,
            i,
            engine.options.default_region,
            &mut self.phones,
        );
        // The new part's placeholders: every masked span of the found entities in it.
        let masks_before = self.masks.len();
        self.masks.extend(
            self.found
                .masks()
                .into_iter()
                .filter(|m| m.0 >= start && m.1 <= end),
        );
        if let (Some(dp), Some(tm)) = (self.doc.parts.last(), &engine.model.text) {
            reading::part_tokens(
                &self.doc,
                dp,
                &self.masks[masks_before..],
                &mut self.part_masks,
                &mut self.tokens,
            );
            for b in self.tokens.take_new() {
                if self.features.insert(b) {
                    self.feature_sum +=
                        f64::from(tm.weights.get(b as usize).copied().unwrap_or(0.0));
                }
            }
        }
    }

    fn judge(&mut self, engine: &Engine, dir: &Directory) -> Turn {
        let pack = &engine.pack;
        let mut entities = self.found.entities.clone();
        let org_spans = scanning::name_entities(pack, &self.doc, &self.hits, &mut entities);
        let claimed = |org: usize| {
            let id = &pack.knowledge.organisations[org].id;
            entities
                .organisations
                .iter()
                .any(|o| &o.id == id && o.claimed)
        };
        let facts = facts::facts(
            pack,
            &self.contact,
            &self.doc,
            &org_spans,
            &claimed,
            &self.found.hosts,
        );
        let sources = scanning::Sources {
            pack,
            doc: &self.doc,
            hits: &self.hits,
            found: &self.found,
            org_spans: &org_spans,
            facts: &facts,
            patterns: Some(&self.patterns),
        };
        let fired = scanning::fire_rules(&sources, Channel::Call);
        let n = self.features.len();
        let text_logit = engine
            .model
            .text
            .as_ref()
            .filter(|_| n >= crate::model::MIN_TEXT_FEATURES)
            .map(|t| t.bias + (self.feature_sum / (n as f64).sqrt()) as f32);
        let seen = Seen {
            doc: &self.doc,
            fired: &fired,
            entities: &entities,
            text_logit,
            limits: &self.found.limits,
            named: Named::Found(self.named),
        };
        let judged = judging::judge(engine, &self.contact, dir, &seen);
        let turn = self.contact.parts.len();
        let (verdict, score) = (judged.verdict, judged.score);
        let alert = verdict >= Verdict::Suspicious && self.alert_turn.is_none();
        if alert {
            self.alert_turn = Some(turn);
        }
        let mut signals = judged.signals.clone();
        explaining::order(&mut signals);
        let mut reason = None;
        if self.alert_turn.is_some() {
            let ids: Vec<String> = signals.iter().map(|s| s.id.clone()).collect();
            let stale = self
                .explained
                .as_ref()
                .is_none_or(|(was, v, _)| *was != ids || *v != verdict);
            if stale {
                let families = pack.knowledge.family_words.counts(&self.family_words);
                let a = judging::explain(
                    engine,
                    &self.contact,
                    dir,
                    &self.reader,
                    &seen,
                    &self.masks,
                    judged,
                    Some(&families),
                );
                self.explained = Some((ids, verdict, a));
            }
            if alert {
                reason = self.assessment().map(|a| {
                    // Flagged by the score alone: its words, though none weighed enough to
                    // be shown, are what scam calls say.
                    alert_reason(a).unwrap_or_else(|| engine.word(&a.language, "tactic-text_model"))
                });
            }
        }
        Turn {
            turn,
            caller_turns: self.caller_turns,
            verdict,
            score,
            alert,
            reason,
            signals,
        }
    }
}

/// The alert in one sentence: the strongest reason and the words that show it.
fn alert_reason(a: &Assessment) -> Option<String> {
    let r = a.reasons.first()?;
    Some(match r.quotes.first() {
        Some(q) => format!("{} — “{}”", r.title, crate::text::truncate_at_char(q, 160)),
        None => r.title.clone(),
    })
}

impl Engine {
    /// A call to read utterance by utterance, for `reader`.
    pub fn call_session(&self, reader: Reader) -> CallSession {
        CallSession::new(self, reader)
    }
}
