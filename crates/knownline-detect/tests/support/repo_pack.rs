//! The repository's own pack, read from disk: shared by the integration tests, the benchmark
//! the stages example and the fuzz targets (included with `#[path]`, as each is its own
//! crate).

use std::path::{Path, PathBuf};

use knownline_detect::{Engine, Options, PackSources, SourceFile};

/// The repository's root: the nearest folder above the including crate that holds the
/// knowledge (the fuzz targets include this file too, from another depth).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|p| p.join("knowledge/organisations.toml").is_file())
        .expect("the repository holds knowledge/")
        .to_path_buf()
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

/// The pack's sources; with `trained`, the model files too.
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
        roles: k("roles.toml"),
        families: k("families.toml"),
        countries: k("countries.toml"),
        locales: read_dir(&root.join("knowledge/locales"), "ftl"),
        model: trained
            .then(|| std::fs::read_to_string(root.join("model/model.toml")).ok())
            .flatten(),
        text_model: trained
            .then(|| std::fs::read(root.join("model/text.bin")).ok())
            .flatten(),
    }
}

/// The engine as shipped, trained model included.
pub fn trained_engine() -> Engine {
    Engine::new(&sources(true), Options::default()).expect("the repository's pack loads")
}
