//! Loading the rule pack: the copy embedded at build time, or a folder laid out like the
//! repository (`rules/`, `rules/lists/`, `knowledge/`, `model/`).

use std::path::Path;

use anyhow::{bail, Context, Result};
use knownline_detect::{Engine, Options, PackSources, SourceFile};

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
include!("../pack_layout.rs");

/// The pack compiled into this binary.
pub fn embedded_sources() -> Result<PackSources> {
    let files = EMBEDDED
        .iter()
        .map(|(path, bytes)| (path.to_string(), bytes.to_vec()));
    sources_from(files)
}

/// A pack read from a folder.
pub fn dir_sources(root: &Path) -> Result<PackSources> {
    let mut files = Vec::new();
    for dir in PACK_DIRS {
        let path = root.join(dir);
        if !path.is_dir() {
            if dir == "model" || dir == "knowledge/locales" {
                continue;
            }
            bail!(
                "{} is not a folder: a pack has rules/, rules/lists/ and knowledge/",
                path.display()
            );
        }
        for entry in
            std::fs::read_dir(&path).with_context(|| format!("reading {}", path.display()))?
        {
            let p = entry?.path();
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            if p.is_file() && PACK_EXTS.contains(&ext) {
                let bytes =
                    std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                files.push((format!("{dir}/{name}"), bytes));
            }
        }
    }
    sources_from(files.into_iter())
}

fn sources_from(files: impl Iterator<Item = (String, Vec<u8>)>) -> Result<PackSources> {
    let mut s = PackSources::default();
    let mut seen = Vec::new();
    let text = |path: &str, bytes: Vec<u8>| {
        String::from_utf8(bytes).with_context(|| format!("{path} is not valid UTF-8"))
    };
    for (path, bytes) in files {
        let (dir, name) = path.rsplit_once('/').unwrap_or(("", path.as_str()));
        seen.push(path.clone());
        match (dir, name) {
            ("rules", n) if n.ends_with(".toml") => {
                s.rules.push(SourceFile::new(&path, text(&path, bytes)?))
            }
            ("rules/lists", n) if n.ends_with(".txt") => {
                s.lists.push(SourceFile::new(&path, text(&path, bytes)?))
            }
            ("knowledge", "organisations.toml") => s.organisations = text(&path, bytes)?,
            ("knowledge", "remote_tools.toml") => s.remote_tools = text(&path, bytes)?,
            ("knowledge", "payments.toml") => s.payments = text(&path, bytes)?,
            ("knowledge", "policies.yaml") => s.policies = text(&path, bytes)?,
            ("knowledge", "playbooks.toml") => s.playbooks = text(&path, bytes)?,
            ("knowledge", "roles.toml") => s.roles = text(&path, bytes)?,
            ("knowledge", "families.toml") => s.families = text(&path, bytes)?,
            ("knowledge", "countries.toml") => s.countries = text(&path, bytes)?,
            ("knowledge/locales", n) if n.ends_with(".ftl") => {
                s.locales.push(SourceFile::new(&path, text(&path, bytes)?))
            }
            ("model", "model.toml") => s.model = Some(text(&path, bytes)?),
            ("model", "text.bin") => s.text_model = Some(bytes),
            _ => {}
        }
    }
    // An absent file would otherwise surface as a puzzling parse error of empty text.
    if let Some(missing) = REQUIRED_KNOWLEDGE
        .iter()
        .find(|f| !seen.iter().any(|p| p == &format!("knowledge/{f}")))
    {
        bail!(
            "knowledge/{missing} is missing: a pack needs {}",
            REQUIRED_KNOWLEDGE.join(", ")
        );
    }
    Ok(s)
}

const REQUIRED_KNOWLEDGE: [&str; 7] = [
    "organisations.toml",
    "remote_tools.toml",
    "payments.toml",
    "policies.yaml",
    "playbooks.toml",
    "families.toml",
    "countries.toml",
];

/// Builds the engine from a pack folder, or from the embedded pack.
pub fn engine(pack: Option<&Path>, options: Options, untrained: bool) -> Result<Engine> {
    let mut sources = match pack {
        Some(dir) => dir_sources(dir)?,
        None => embedded_sources()?,
    };
    if untrained {
        sources.model = None;
        sources.text_model = None;
    }
    let what = pack.map_or("the built-in rule pack".to_string(), |p| {
        format!("the rule pack in {}", p.display())
    });
    Engine::new(&sources, options).with_context(|| format!("loading {what}"))
}
