//! The compiled rule pack: every phrase of every list, alias and cue in one Aho-Corasick
//! automaton, every pattern compiled once, every rule's condition over atom ids.

use std::collections::HashMap;

use aho_corasick::nfa::contiguous;
use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use crate::contact::{Channel, Field};
use crate::error::LoadError;
use crate::knowledge::Knowledge;
use crate::rules::{
    check_rule, compile_cond, parse_atom, parse_list, parse_rule_file, Atom, AtomKind, AtomTable,
    Cond, Phrase, RuleCase, Scope, ENTITY_ATOMS, FACTS,
};

/// One source file of a pack: its path (for messages) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> SourceFile {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }
}

/// Everything a pack is built from, as text: the engine does no I/O.
#[derive(Debug, Clone, Default)]
pub struct PackSources {
    /// `rules/*.toml`.
    pub rules: Vec<SourceFile>,
    /// `rules/lists/*.txt`; the list's name is the file stem.
    pub lists: Vec<SourceFile>,
    pub organisations: String,
    pub remote_tools: String,
    pub payments: String,
    pub policies: String,
    pub playbooks: String,
    /// `knowledge/roles.toml`.
    pub roles: String,
    /// `knowledge/families.toml`.
    pub families: String,
    /// `knowledge/countries.toml`.
    pub countries: String,
    /// `knowledge/locales/*.ftl`: the words of steps, reasons and titles, per language.
    pub locales: Vec<SourceFile>,
    /// `model/model.toml`, when trained.
    pub model: Option<String>,
    /// `model/text.bin`, when trained.
    pub text_model: Option<Vec<u8>>,
}

/// What a phrase of the automaton stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    List(usize),
    Inline(usize),
    Org {
        org: usize,
        brand_word: bool,
    },
    Tool(usize),
    Pay(usize),
    /// Words that introduce a claimed identity: "this is", "calling from".
    Claim,
}

#[derive(Debug, Clone)]
pub struct CompiledRule {
    pub id: String,
    pub title: String,
    pub explain: String,
    pub tactic: String,
    pub channels: Vec<Channel>,
    /// The author's weight: the prior the trainer starts from and shrinks towards.
    pub prior_weight: f32,
    pub path: String,
    pub(crate) cond: Cond,
    /// Whether the condition runs a pattern: such rules check their cheap conditions first.
    pub(crate) has_pattern: bool,
    pub cases: Vec<RuleCase>,
}

impl CompiledRule {
    pub fn applies_to(&self, channel: Channel) -> bool {
        self.channels.contains(&channel)
    }
}

/// The compiled pack.
#[derive(Debug)]
pub struct Pack {
    pub rules: Vec<CompiledRule>,
    pub(crate) atoms: Vec<Atom>,
    pub(crate) list_names: Vec<String>,
    pub(crate) n_inline: usize,
    pub(crate) regexes: Vec<Regex>,
    /// Every phrase, walked from each place a word may start (see `engine::for_each_phrase`).
    pub(crate) automaton: contiguous::NFA,
    /// Per automaton pattern: what it stands for, and whether it matches a word prefix.
    pub(crate) targets: Vec<Vec<Target>>,
    pub(crate) prefix: Vec<bool>,
    pub knowledge: Knowledge,
    /// The words of steps, reasons and titles, per language.
    pub locales: crate::locale::Locales,
    /// Registrable domain → organisation index.
    pub(crate) org_domains: HashMap<String, usize>,
    /// Distinctive first labels of organisations' domains (`paypal`), for look-alike checks.
    pub(crate) brand_labels: Vec<(String, usize)>,
    /// The same labels in one automaton, so a host's labels are searched once, not per brand.
    pub(crate) brand_automaton: AhoCorasick,
    /// Indices into `brand_labels` by label length, for the swapped-letters check.
    pub(crate) brand_labels_by_len: Vec<Vec<u32>>,
}

/// Phrases that introduce who is calling or writing, in the languages we cover.
const CLAIM_CUES: &[&str] = &[
    "this is",
    "calling from",
    "calling you from",
    "call from",
    "i am from",
    "i'm from",
    "we are from",
    "here from",
    "on behalf of",
    "from the",
    "representing",
    "department of",
    "team at",
    "le llamo de",
    "le llamamos de",
    "llamo de",
    "llamamos de",
    "soy de",
    "somos de",
    "de parte de",
    "je vous appelle de",
    "nous vous appelons de",
    "je suis de",
    "de la part de",
    "service client",
    "ich rufe von",
    "ich bin von",
    "wir sind von",
    "hier ist",
    "im auftrag von",
    "namens",
    // How people write down who called them.
    "said he was from",
    "said she was from",
    "said they were from",
    "said it was",
    "claimed to be from",
    "claiming to be from",
    "claimed to be",
    "claiming to be",
    "pretending to be",
    "posing as",
    "se présente comme",
    "se présentant comme",
    "prétend être de",
    "dice ser de",
    "dijo que era de",
    "dijo ser de",
    "haciéndose pasar por",
    "gab sich als",
    "sagte, er sei von",
    "sagte er sei von",
    "angeblich von",
    "dizendo ser da",
    "dizendo ser do",
    "si è presentato come",
    "zogenaamd van",
    "saying he was from",
    "saying she was from",
    "saying they were from",
    "saying it was",
    "identified himself as",
    "introduced himself as",
    "introduced herself as",
    "supposedly from",
    "allegedly from",
    "someone from",
    "a man from",
    "a woman from",
    "a guy from",
    "se faisant passer pour",
    "prétendant être",
    "soi-disant",
    "spacciandosi per",
    "fingendosi",
    "dicendo di essere",
    "sedicente",
    "se passando por",
    "dizendo ser",
    "deed zich voor als",
    "zich voordeed als",
    "podając się za",
    "podszywając się pod",
    "представился",
    "якобы из",
    "を名乗る",
    "と名乗る",
];

struct Builder<'a> {
    atoms: Vec<Atom>,
    atom_ids: HashMap<Atom, usize>,
    list_ids: &'a HashMap<String, usize>,
    inline: Vec<String>,
    regex_src: Vec<String>,
    /// Compiled as they are met, once: the error names the rule.
    regexes: Vec<Regex>,
    knowledge: &'a Knowledge,
}

impl AtomTable for Builder<'_> {
    fn atom(&mut self, text: &str) -> Result<usize, String> {
        let (scope, body) = parse_atom(text)?;
        let kind = if let Some(name) = body.strip_prefix('@') {
            let name = name.strip_prefix("lists/").unwrap_or(name);
            let id = self
                .list_ids
                .get(name)
                .ok_or_else(|| format!("unknown list @{name}"))?;
            AtomKind::List(*id)
        } else if let Some(phrase) = body.strip_prefix("text:") {
            let folded = crate::rules::normalise_phrase(phrase);
            if folded.len() < 2 {
                return Err(format!("inline phrase {phrase:?} is too short"));
            }
            let idx = match self.inline.iter().position(|p| *p == folded) {
                Some(i) => i,
                None => {
                    self.inline.push(folded);
                    self.inline.len() - 1
                }
            };
            AtomKind::Inline(idx)
        } else if let Some(pattern) = body.strip_prefix("re:") {
            // Text is folded before matching, so ASCII word boundaries suffice, and they keep
            // the pattern on its fast DFA path where Unicode ones would not.
            let pattern = &pattern.replace("\\b", "(?-u:\\b)");
            let idx = match self.regex_src.iter().position(|p| p == pattern) {
                Some(i) => i,
                None => {
                    let compiled =
                        Regex::new(pattern).map_err(|e| format!("pattern {pattern:?}: {e}"))?;
                    self.regex_src.push(pattern.to_string());
                    self.regexes.push(compiled);
                    self.regex_src.len() - 1
                }
            };
            AtomKind::Regex(idx)
        } else if let Some(name) = body.strip_prefix("entity:") {
            if !ENTITY_ATOMS.contains(&name) {
                return Err(format!("unknown entity kind {name:?}"));
            }
            AtomKind::Entity(name.to_string())
        } else if let Some(name) = body.strip_prefix("fact:") {
            if !FACTS.contains(&name) {
                return Err(format!("unknown fact {name:?}"));
            }
            AtomKind::Fact(name.to_string())
        } else if let Some(name) = body.strip_prefix("tool:") {
            if name == "any" {
                AtomKind::Tool(None)
            } else if self.knowledge.remote_tools.iter().any(|t| t.id == name) {
                AtomKind::Tool(Some(name.to_string()))
            } else {
                return Err(format!("unknown remote tool {name:?}"));
            }
        } else if let Some(name) = body.strip_prefix("pay:") {
            let known = name == "any"
                || crate::knowledge::PAYMENT_KINDS.contains(&name)
                || self.knowledge.payments.iter().any(|m| m.id == name);
            if !known {
                return Err(format!("unknown payment kind or method {name:?}"));
            }
            AtomKind::Pay((name != "any").then(|| name.to_string()))
        } else if let Some(name) = body.strip_prefix("org:") {
            let known = name == "any"
                || crate::knowledge::ORG_CATEGORIES.contains(&name)
                || self.knowledge.organisations.iter().any(|o| o.id == name);
            if !known {
                return Err(format!("unknown organisation or category {name:?}"));
            }
            AtomKind::Org(name.to_string())
        } else {
            return Err(format!(
                "atom {body:?} must start with @, text:, re:, entity:, fact:, tool:, pay: or org:"
            ));
        };
        let atom = Atom { kind, scope };
        if let Some(&id) = self.atom_ids.get(&atom) {
            return Ok(id);
        }
        self.atoms.push(atom.clone());
        self.atom_ids.insert(atom, self.atoms.len() - 1);
        Ok(self.atoms.len() - 1)
    }
}

/// Every step, family and tactic a person may read has its words in the locale files
/// (which `Locales::parse` has already checked hold the same messages in every language).
fn check_messages(
    knowledge: &Knowledge,
    locales: &crate::locale::Locales,
    rules: &[CompiledRule],
) -> Result<(), LoadError> {
    let missing = |what: String| LoadError::Locale {
        file: "en.ftl".into(),
        message: format!("no message {what}"),
    };
    for step in &knowledge.playbook {
        if !locales.has(&step.message_id()) {
            return Err(missing(format!(
                "{:?} for the step {}",
                step.message_id(),
                step.id
            )));
        }
    }
    for f in &knowledge.families {
        if !locales.has(&format!("family-{}", f.id)) {
            return Err(missing(format!("\"family-{}\"", f.id)));
        }
    }
    // The tactics signals can carry: the rules', the text model's and the directory's.
    let fixed = ["text_model", "known_scam", "directory_mismatch"];
    for t in rules.iter().map(|r| r.tactic.as_str()).chain(fixed) {
        if !locales.has(&format!("tactic-{t}")) {
            return Err(missing(format!("\"tactic-{t}\"")));
        }
    }
    Ok(())
}

impl Pack {
    /// Compiles a pack. Any problem refuses the whole pack, naming the file and the rule.
    pub fn compile(sources: &PackSources) -> Result<Pack, LoadError> {
        let knowledge = Knowledge::parse(crate::knowledge::KnowledgeText {
            organisations: &sources.organisations,
            remote_tools: &sources.remote_tools,
            payments: &sources.payments,
            policies: &sources.policies,
            playbooks: &sources.playbooks,
            roles: &sources.roles,
            families: &sources.families,
            countries: &sources.countries,
        })?;
        let locales = crate::locale::Locales::parse(&sources.locales)?;

        // Lists.
        let mut list_ids = HashMap::new();
        let mut list_names = Vec::new();
        let mut list_phrases = Vec::new();
        let mut lists: Vec<&SourceFile> = sources.lists.iter().collect();
        lists.sort_by(|a, b| a.path.cmp(&b.path));
        for file in lists {
            let name = list_name(&file.path);
            if list_ids.contains_key(&name) {
                return Err(LoadError::List {
                    list: name,
                    line: 0,
                    message: "two list files have this name".into(),
                });
            }
            let phrases = parse_list(&name, &file.text)?;
            list_ids.insert(name.clone(), list_names.len());
            list_names.push(name);
            list_phrases.push(phrases);
        }

        // Rules, in a stable order.
        let mut files: Vec<&SourceFile> = sources.rules.iter().collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let mut builder = Builder {
            atoms: Vec::new(),
            atom_ids: HashMap::new(),
            list_ids: &list_ids,
            inline: Vec::new(),
            regex_src: Vec::new(),
            regexes: Vec::new(),
            knowledge: &knowledge,
        };
        let mut rules = Vec::new();
        let mut seen: HashMap<String, String> = HashMap::new();
        for file in files {
            let rule = parse_rule_file(&file.path, &file.text)?;
            let err = |message: String| LoadError::Rule {
                path: file.path.clone(),
                rule_id: rule.id.clone(),
                message,
            };
            check_rule(&rule).map_err(err)?;
            if let Some(other) = seen.insert(rule.id.clone(), file.path.clone()) {
                return Err(LoadError::DuplicateRule {
                    path: file.path.clone(),
                    rule_id: rule.id.clone(),
                    other,
                });
            }
            let cond = compile_cond(&rule.when, &mut builder).map_err(err)?;
            let channels = if rule.channels.is_empty() {
                Channel::ALL.to_vec()
            } else {
                rule.channels.clone()
            };
            rules.push(CompiledRule {
                id: rule.id,
                title: rule.title,
                explain: rule.explain,
                tactic: rule.tactic,
                channels,
                prior_weight: rule.weight,
                path: file.path.clone(),
                cond,
                has_pattern: false,
                cases: rule.cases,
            });
        }
        let Builder {
            atoms,
            inline,
            regex_src: _,
            regexes,
            ..
        } = builder;
        for rule in &mut rules {
            let mut has = false;
            rule.cond
                .each_atom(&mut |a| has |= matches!(atoms[a].kind, AtomKind::Regex(_)));
            rule.has_pattern = has;
        }

        // One automaton for every phrase: lists, inline phrases, aliases, cues.
        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        let mut prefix: Vec<bool> = Vec::new();
        let mut index: HashMap<(String, bool), usize> = HashMap::new();
        let mut add = |phrase: Phrase, target: Target| {
            let key = (phrase.folded.clone(), phrase.prefix);
            let id = *index.entry(key).or_insert_with(|| {
                patterns.push(phrase.folded);
                targets.push(Vec::new());
                prefix.push(phrase.prefix);
                patterns.len() - 1
            });
            if !targets[id].contains(&target) {
                targets[id].push(target);
            }
        };
        let plain = |s: &str| Phrase {
            folded: crate::rules::normalise_phrase(s),
            prefix: false,
        };
        for (list, phrases) in list_phrases.into_iter().enumerate() {
            for p in phrases {
                add(p, Target::List(list));
            }
        }
        for (i, p) in inline.iter().enumerate() {
            add(plain(p), Target::Inline(i));
        }
        for (org, o) in knowledge.organisations.iter().enumerate() {
            for a in o.aliases.iter().chain(o.domains.iter()) {
                add(
                    plain(a),
                    Target::Org {
                        org,
                        brand_word: false,
                    },
                );
            }
            for a in &o.brand_words {
                add(
                    plain(a),
                    Target::Org {
                        org,
                        brand_word: true,
                    },
                );
            }
        }
        for (i, t) in knowledge.remote_tools.iter().enumerate() {
            for a in &t.aliases {
                add(plain(a), Target::Tool(i));
            }
        }
        for (i, m) in knowledge.payments.iter().enumerate() {
            for a in &m.aliases {
                add(plain(a), Target::Pay(i));
            }
        }
        for cue in CLAIM_CUES {
            add(plain(cue), Target::Claim);
        }
        let automaton = contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .map_err(|e| LoadError::Compile {
                message: e.to_string(),
            })?;

        let mut org_domains = HashMap::new();
        let mut brand_labels = Vec::new();
        for (i, o) in knowledge.organisations.iter().enumerate() {
            for d in &o.domains {
                let d = d.trim().to_ascii_lowercase();
                let reg = crate::entities::registrable_domain(&d).unwrap_or(d.clone());
                org_domains.entry(reg.clone()).or_insert(i);
                let label = reg.split('.').next().unwrap_or("").to_string();
                // A brand whose name is an everyday word (orange, target) gives no evidence
                // inside another domain: orange-today.co is about oranges.
                let everyday = o.brand_words.iter().any(|w| w.eq_ignore_ascii_case(&label));
                if label.len() >= 5 && !everyday && !GENERIC_LABELS.contains(&label.as_str()) {
                    brand_labels.push((label, i));
                }
            }
        }
        brand_labels.sort();
        brand_labels.dedup_by(|a, b| a.0 == b.0);
        let mut brand_labels_by_len: Vec<Vec<u32>> = Vec::new();
        for (i, (label, _)) in brand_labels.iter().enumerate() {
            if brand_labels_by_len.len() <= label.len() {
                brand_labels_by_len.resize(label.len() + 1, Vec::new());
            }
            brand_labels_by_len[label.len()].push(i as u32);
        }
        let brand_automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(brand_labels.iter().map(|(l, _)| l))
            .map_err(|e| LoadError::Compile {
                message: e.to_string(),
            })?;

        check_messages(&knowledge, &locales, &rules)?;
        Ok(Pack {
            rules,
            atoms,
            list_names,
            n_inline: inline.len(),
            regexes,
            automaton,
            targets,
            prefix,
            knowledge,
            locales,
            org_domains,
            brand_labels,
            brand_automaton,
            brand_labels_by_len,
        })
    }

    pub fn rule_index(&self, id: &str) -> Option<usize> {
        self.rules.iter().position(|r| r.id == id)
    }

    /// Whether text of `field` is inside an atom's scope.
    pub(crate) fn scope_allows(scope: Option<Scope>, field: Field) -> bool {
        match scope {
            None => true,
            Some(Scope::NotCallee) => field != Field::Callee,
            Some(Scope::Field(Field::Body)) => matches!(
                field,
                Field::Body | Field::Caller | Field::Callee | Field::Notes
            ),
            Some(Scope::Field(Field::Caller)) => matches!(field, Field::Caller | Field::Notes),
            Some(Scope::Field(s)) => s == field,
        }
    }
}

/// Domain labels too common to signal a brand inside another domain.
const GENERIC_LABELS: &[&str] = &[
    "email", "login", "secure", "account", "online", "support", "service", "services", "mail",
    "group", "global", "store", "shop", "money", "world", "office", "direct", "media", "health",
];

fn list_name(path: &str) -> String {
    let file = path.rsplit(['/', '\\']).next().unwrap_or(path);
    file.strip_suffix(".txt").unwrap_or(file).to_string()
}
