//! Integration tests of the core against the repository's own rule pack, knowledge and model.

mod adversarial;
mod advice;
mod analysis;
mod directory;
mod golden;
mod hostile;
mod pack;
mod session;

#[path = "../support/repo_pack.rs"]
mod repo_pack;

use std::sync::OnceLock;

use knownline_detect::Engine;

pub use repo_pack::{repo, sources};

/// The pack as shipped, trained model included.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(repo_pack::trained_engine)
}
