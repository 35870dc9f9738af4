//! Integration tests of the core against the repository's own rule pack, knowledge and model.

mod analysis;
mod golden;
mod hostile;
mod pack;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use knownline_detect::{Engine, Options, PackSources, SourceFile};

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read_dir(dir: &Path, ext: &str) -> Vec<SourceFile> {
    let mut out: Vec<SourceFile> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| {
            SourceFile::new(
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

pub fn sources(trained: bool) -> PackSources {
    let root = repo();
    let k = |f: &str| std::fs::read_to_string(root.join("knowledge").join(f)).unwrap();
    PackSources {
        rules: read_dir(&root.join("rules"), "toml"),
        lists: read_dir(&root.join("rules/lists"), "txt"),
        organisations: k("organisations.toml"),
        remote_tools: k("remote_tools.toml"),
        payments: k("payments.toml"),
        policies: k("policies.yaml"),
        playbooks: k("playbooks.toml"),
        model: trained
            .then(|| std::fs::read_to_string(root.join("model/model.toml")).ok())
            .flatten(),
        text_model: trained
            .then(|| std::fs::read(root.join("model/text.bin")).ok())
            .flatten(),
    }
}

/// The pack as shipped, trained model included.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        Engine::new(&sources(true), Options::default()).expect("the repository's pack loads")
    })
}
