//! The analysis pipeline. A contact goes through, in order:
//!
//! 1. **reading** (`reading`): its parts folded into one document, and the entities code
//!    finds (phone numbers, links, addresses, money, the sender, domains);
//! 2. **scanning** (`scanning`): one pass of the pack's automaton, the organisations, tools
//!    and payments named, and the rules, each reading atoms made on first use, with the
//!    **facts** (`facts`) of headers, domains, links and page behaviours;
//! 3. **judging** (`judging`): score and verdict from the rules, the directory and the text
//!    model;
//! 4. **explaining** (`explaining`): each signal's sentence with the quoted words;
//! 5. **advising** (`crate::playbook`): the steps the person is told to take.
//!
//! Stages depend only on earlier ones; none of them imports this module but for the
//! [`Engine`] judging reads.

mod explaining;
mod facts;
mod judging;
mod reading;
mod scanning;
mod session;

use rlibphonenumber::enums::Region;

use crate::assessment::{Assessment, Entities};
use crate::contact::Contact;
use crate::directory::Directory;
use crate::error::LoadError;
use crate::model::{Model, TextModel};
use crate::pack::{Pack, PackSources};
use crate::rules::Expect;

pub(crate) use facts::FREEMAIL;
use reading::{Doc, Ev, Found, Mask};
pub use session::{
    CallError, CallSession, Turn, MAX_CALL_BYTES, MAX_UTTERANCES, MAX_UTTERANCE_BYTES,
};

/// Options the caller sets once.
#[derive(Debug, Clone)]
pub struct Options {
    /// Region assumed for phone numbers written without a country code.
    pub default_region: Region,
}

/// Whom an assessment is written for: their language and country. Both may be unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reader {
    /// The person's language (a tag such as `de` or `pt-BR`). None, or one we don't write:
    /// the contact's own language when we write it, else English.
    pub lang: Option<String>,
    /// The person's country (ISO 3166 code, one of `countries.toml`): where the steps say to
    /// report and whom to call. None: steps that name no country's services.
    pub country: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            default_region: Region::US,
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
    /// Limits the reading hit (the contact's and the engine's own).
    limits: Vec<String>,
    fired: Vec<(usize, Vec<Ev>)>,
    entities: Entities,
    text_features: Vec<u32>,
    /// The text model's logit, when there is a model and enough features.
    text_logit: Option<f32>,
    /// Masked spans of the text model (URLs, addresses, numbers, money), sorted.
    masks: Vec<Mask>,
}

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
            &self.pack.locales,
            dir,
            req,
            self.options.default_region,
        )
    }

    /// Assesses one contact, in the contact's language. Never panics, never does I/O.
    pub fn assess(&self, contact: &Contact, dir: &Directory) -> Assessment {
        self.assess_for(contact, dir, &Reader::default())
    }

    /// Assesses one contact for a reader: the steps and reasons in their language, naming
    /// their country's services.
    pub fn assess_for(&self, contact: &Contact, dir: &Directory, reader: &Reader) -> Assessment {
        let analysis = self.analyse(contact);
        judging::conclude(self, contact, dir, reader, analysis)
    }

    /// A word of the locale files (a verdict, a heading, a family) in `lang`, or English.
    pub fn word(&self, lang: &str, id: &str) -> String {
        self.pack.locales.word(lang, id)
    }

    /// The same, with its variables filled.
    pub fn word_with(&self, lang: &str, id: &str, args: &[(&str, &str)]) -> String {
        self.pack
            .locales
            .text(lang, id, args)
            .unwrap_or_else(|| id.to_string())
    }

    /// The countries the playbook knows, by ISO code.
    pub fn countries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pack
            .knowledge
            .countries
            .iter()
            .map(|c| (c.code.as_str(), c.name.as_str()))
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
        let hits = scanning::scan(pack, &doc.text);
        let mut found = Found::read(contact, &doc, self.options.default_region);
        let org_spans = scanning::name_entities(pack, &doc, &hits, &mut found.entities);
        let claimed = |org: usize| {
            let id = &pack.knowledge.organisations[org].id;
            found
                .entities
                .organisations
                .iter()
                .any(|o| &o.id == id && o.claimed)
        };
        let facts = facts::facts(pack, contact, &doc, &org_spans, &claimed, &found.hosts);
        let sources = scanning::Sources {
            pack,
            doc: &doc,
            hits: &hits,
            found: &found,
            org_spans: &org_spans,
            facts: &facts,
            patterns: None,
        };
        let fired = scanning::fire_rules(&sources, contact.channel);
        let masks = found.masks();
        let text_features = reading::text_features(&doc, &masks);
        let text_logit = self
            .model
            .text
            .as_ref()
            .filter(|_| text_features.len() >= crate::model::MIN_TEXT_FEATURES)
            .map(|t| t.logit(&text_features));
        let mut limits = contact.limits.clone();
        limits.append(&mut found.limits);
        Analysis {
            doc,
            limits,
            fired,
            entities: found.entities,
            text_features,
            text_logit,
            masks,
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
