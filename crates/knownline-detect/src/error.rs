//! Errors of loading a rule pack, its knowledge and its model. Analysing a contact never fails.

/// Why a rule pack, a knowledge file or a model could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A rule file is not valid TOML or does not follow the rule schema.
    #[error("{path}: {message}")]
    RuleSyntax { path: String, message: String },
    /// A rule is well-formed TOML but says something the engine cannot do.
    #[error("{path}: rule {rule_id}: {message}")]
    Rule {
        path: String,
        rule_id: String,
        message: String,
    },
    /// Two rule files use the same id.
    #[error("{path}: rule {rule_id}: id already used by {other}")]
    DuplicateRule {
        path: String,
        rule_id: String,
        other: String,
    },
    /// A phrase list is malformed.
    #[error("list {list}: line {line}: {message}")]
    List {
        list: String,
        line: usize,
        message: String,
    },
    /// A knowledge file is malformed.
    #[error("knowledge/{file}: {message}")]
    Knowledge { file: String, message: String },
    /// A locale file is malformed or lacks a message another language has.
    #[error("knowledge/locales/{file}: {message}")]
    Locale { file: String, message: String },
    /// The model file is malformed or does not fit the rule pack.
    #[error("model: {message}")]
    Model { message: String },
    /// The automata could not be built (too many or too large patterns).
    #[error("compiling the rule pack: {message}")]
    Compile { message: String },
}
