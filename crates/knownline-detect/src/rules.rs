//! Rule files: their schema, and their conditions compiled to atom ids.

use serde::Deserialize;

use crate::contact::{Channel, Field};
use crate::error::LoadError;

pub const TACTICS: &[&str] = &[
    "unsolicited_support",
    "authority_impersonation",
    "remote_access",
    "unusual_payment",
    "urgency_threat",
    "secrecy",
    "credential_request",
    "callback_lure",
    "refund_overpayment",
    "too_good_offer",
    "sender_spoofing",
    "lookalike_domain",
    "scareware",
    "phone_on_warning",
    "reputation",
    "directory_mismatch",
    "text_model",
];

pub const FACTS: &[&str] = &[
    "auth_fail",
    "reply_to_differs",
    "display_name_brand_mismatch",
    "freemail_sender",
    "lookalike_domain",
    "homoglyph_domain",
    "link_text_mismatch",
    "link_to_ip",
    "link_to_free_hosting",
    "brand_link_not_theirs",
    "sender_authenticated_own",
    "popup_fullscreen",
    "popup_beforeunload",
    "popup_alert_loop",
    "popup_autoplay",
    "popup_history_flood",
    "popup_input_capture",
    "popup_tel_link",
    "popup_print_loop",
    "password_form",
    "has_attachment",
    "risky_attachment",
];

pub const ENTITY_ATOMS: &[&str] = &[
    "phone",
    "phone_tollfree",
    "phone_premium",
    "url",
    "email",
    "money",
];

/// A rule file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    pub id: String,
    pub title: String,
    pub explain: String,
    pub tactic: String,
    #[serde(default)]
    pub channels: Vec<Channel>,
    #[serde(default = "default_weight")]
    pub weight: f32,
    pub when: CondSpec,
    #[serde(default, rename = "case")]
    pub cases: Vec<RuleCase>,
}

fn default_weight() -> f32 {
    1.0
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleCase {
    pub expect: Expect,
    #[serde(default)]
    pub channel: Option<Channel>,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Expect {
    Fire,
    Quiet,
}

/// A condition as written: an atom or a table of combinators.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum CondSpec {
    Atom(String),
    Table(Box<CondTable>),
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CondTable {
    #[serde(default)]
    pub all: Vec<CondSpec>,
    #[serde(default)]
    pub any: Vec<CondSpec>,
    #[serde(default)]
    pub none: Vec<CondSpec>,
    #[serde(default)]
    pub at_least: Option<usize>,
    #[serde(default)]
    pub of: Vec<CondSpec>,
    #[serde(default)]
    pub near: Vec<String>,
    #[serde(default)]
    pub within: Option<usize>,
    #[serde(default)]
    pub repeat: Option<String>,
    #[serde(default)]
    pub times: Option<usize>,
}

/// What an atom refers to, before scoping.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AtomKind {
    /// A phrase list, by index into the pack's lists.
    List(usize),
    /// An inline phrase, by index into the pack's inline phrases (matched as a one-phrase list).
    Inline(usize),
    Regex(usize),
    Entity(String),
    Fact(String),
    Tool(Option<String>),
    Pay(Option<String>),
    Org(String),
}

/// The part of a contact an atom is restricted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    Field(Field),
    /// Everything except what the person we protect said on a call: a victim repeating a
    /// warning must not silence the rule.
    NotCallee,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Atom {
    pub kind: AtomKind,
    pub scope: Option<Scope>,
}

/// A compiled condition over atom ids.
#[derive(Debug, Clone)]
pub enum Cond {
    Atom(usize),
    All(Vec<Cond>),
    Any(Vec<Cond>),
    None(Vec<Cond>),
    AtLeast(usize, Vec<Cond>),
    Near(usize, usize, usize),
    /// An atom matching `times` times in a run, each match within `within` bytes of the last.
    Repeat(usize, usize, usize),
}

impl Cond {
    /// Calls `f` with every atom the condition reads.
    pub(crate) fn each_atom(&self, f: &mut dyn FnMut(usize)) {
        match self {
            Cond::Atom(a) | Cond::Repeat(a, _, _) => f(*a),
            Cond::Near(a, b, _) => {
                f(*a);
                f(*b);
            }
            Cond::All(cs) | Cond::Any(cs) | Cond::None(cs) | Cond::AtLeast(_, cs) => {
                cs.iter().for_each(|c| c.each_atom(f))
            }
        }
    }
}

pub(crate) const DEFAULT_NEAR: usize = 150;

/// Resolves atom text to atoms; implemented by the pack builder, which owns the tables.
pub(crate) trait AtomTable {
    fn atom(&mut self, text: &str) -> Result<usize, String>;
}

pub(crate) fn compile_cond(spec: &CondSpec, table: &mut dyn AtomTable) -> Result<Cond, String> {
    match spec {
        CondSpec::Atom(text) => Ok(Cond::Atom(table.atom(text)?)),
        CondSpec::Table(t) => {
            let mut parts = Vec::new();
            let list = |items: &[CondSpec], table: &mut dyn AtomTable| {
                items
                    .iter()
                    .map(|c| compile_cond(c, table))
                    .collect::<Result<Vec<_>, _>>()
            };
            if !t.all.is_empty() {
                parts.push(Cond::All(list(&t.all, table)?));
            }
            if !t.any.is_empty() {
                parts.push(Cond::Any(list(&t.any, table)?));
            }
            if !t.none.is_empty() {
                parts.push(Cond::None(list(&t.none, table)?));
            }
            match (t.at_least, t.of.is_empty()) {
                (Some(n), false) => {
                    if n == 0 || n > t.of.len() {
                        return Err(format!(
                            "at_least = {n} must be between 1 and the {} conditions of `of`",
                            t.of.len()
                        ));
                    }
                    parts.push(Cond::AtLeast(n, list(&t.of, table)?));
                }
                (None, true) => {}
                _ => return Err("`at_least` and `of` go together".into()),
            }
            if !t.near.is_empty() && t.repeat.is_some() {
                return Err("`near` and `repeat` go in separate tables".into());
            }
            if !t.near.is_empty() {
                if t.near.len() != 2 {
                    return Err("`near` takes exactly two atoms".into());
                }
                let a = table.atom(&t.near[0])?;
                let b = table.atom(&t.near[1])?;
                parts.push(Cond::Near(a, b, t.within.unwrap_or(DEFAULT_NEAR)));
            } else if let Some(atom) = &t.repeat {
                let times = t.times.ok_or("`repeat` needs `times`")?;
                if !(2..=16).contains(&times) {
                    return Err(format!("times = {times} must be between 2 and 16"));
                }
                let a = table.atom(atom)?;
                parts.push(Cond::Repeat(a, times, t.within.unwrap_or(DEFAULT_NEAR)));
            } else if t.within.is_some() {
                return Err("`within` needs `near` or `repeat`".into());
            }
            if t.times.is_some() && t.repeat.is_none() {
                return Err("`times` needs `repeat`".into());
            }
            match parts.len() {
                0 => Err("empty condition".into()),
                1 => Ok(parts.pop().expect("one part")),
                _ => Ok(Cond::All(parts)),
            }
        }
    }
}

/// Parses an atom's text into its kind and scope; list and regex indices are resolved by the
/// caller through `resolve`.
pub(crate) fn parse_atom(text: &str) -> Result<(Option<Scope>, &str), String> {
    let text = text.trim();
    const SCOPES: &[(&str, Field)] = &[
        ("subject:", Field::Subject),
        ("from:", Field::From),
        ("body:", Field::Body),
        ("caller:", Field::Caller),
        ("callee:", Field::Callee),
        ("title:", Field::Title),
    ];
    if let Some(rest) = text.strip_prefix("them:") {
        return Ok((Some(Scope::NotCallee), rest.trim()));
    }
    for (prefix, field) in SCOPES {
        if let Some(rest) = text.strip_prefix(prefix) {
            return Ok((Some(Scope::Field(*field)), rest.trim()));
        }
    }
    if text.is_empty() {
        return Err("empty atom".into());
    }
    Ok((None, text))
}

pub(crate) fn check_rule(file: &RuleFile) -> Result<(), String> {
    let id_ok = !file.id.is_empty()
        && file
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.');
    if !id_ok {
        return Err("id must be dotted snake_case (a-z, 0-9, _ and .)".into());
    }
    if !TACTICS.contains(&file.tactic.as_str()) {
        return Err(format!("unknown tactic {:?}", file.tactic));
    }
    if !(0.0..=10.0).contains(&file.weight) || file.weight.is_nan() {
        return Err(format!(
            "weight {} must be between 0 and 10 (a signal never lowers the score)",
            file.weight
        ));
    }
    if file.title.trim().is_empty() || file.explain.trim().is_empty() {
        return Err("title and explain must not be empty".into());
    }
    let fires = file.cases.iter().any(|c| c.expect == Expect::Fire);
    let quiet = file.cases.iter().any(|c| c.expect == Expect::Quiet);
    if !fires || !quiet {
        return Err("needs at least one `fire` case and one `quiet` case".into());
    }
    Ok(())
}

pub(crate) fn parse_rule_file(path: &str, text: &str) -> Result<RuleFile, LoadError> {
    toml::from_str::<RuleFile>(text).map_err(|e| LoadError::RuleSyntax {
        path: path.to_string(),
        message: e.to_string().trim().replace('\n', " "),
    })
}

/// A phrase of a list, folded, with whether it matches as a word prefix.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phrase {
    pub folded: String,
    pub prefix: bool,
}

/// Parses a list file: one phrase per line, `#` comments.
pub(crate) fn parse_list(name: &str, text: &str) -> Result<Vec<Phrase>, LoadError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = match line.find('#') {
            Some(p) => &line[..p],
            None => line,
        };
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (body, prefix) = match line.strip_suffix('*') {
            Some(b) => (b.trim_end(), true),
            None => (line, false),
        };
        let folded = normalise_phrase(body);
        if folded.len() < 2 {
            return Err(LoadError::List {
                list: name.to_string(),
                line: i + 1,
                message: format!("phrase {line:?} is too short to match safely"),
            });
        }
        if folded.contains('*') {
            return Err(LoadError::List {
                list: name.to_string(),
                line: i + 1,
                message: "`*` is allowed only at the end of a phrase".into(),
            });
        }
        out.push(Phrase { folded, prefix });
    }
    if out.is_empty() {
        return Err(LoadError::List {
            list: name.to_string(),
            line: 0,
            message: "the list has no phrases".into(),
        });
    }
    Ok(out)
}

/// Folds a phrase the way contact text is folded, with single spaces between words.
pub fn normalise_phrase(s: &str) -> String {
    let folded = crate::text::fold(s).text;
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}
