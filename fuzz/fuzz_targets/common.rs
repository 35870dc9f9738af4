//! What every target shares: the repository's own pack, read once, and a panic hook that
//! lets knownline's guards work.

// Each target uses part of this module.
#![allow(dead_code)]

use std::sync::OnceLock;

use knownline_detect::{Directory, Engine, EntryInput, Region};

#[path = "../../crates/knownline-detect/tests/support/repo_pack.rs"]
pub mod repo_pack;

/// Called first in every input. libfuzzer-sys aborts on every panic, caught or not; knownline
/// catches a panic inside libphonenumber on purpose (issue 11, finding 10), so the default
/// hook is put back. A panic knownline does not catch still reaches libfuzzer-sys, which
/// aborts on it: it is still a crash.
pub fn init() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| drop(std::panic::take_hook()));
}

/// The engine as shipped, trained model included.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(repo_pack::trained_engine)
}

/// A small directory: the organisation's IT support and its bank.
pub fn directory() -> &'static Directory {
    static DIR: OnceLock<Directory> = OnceLock::new();
    DIR.get_or_init(|| {
        let entry = |name: &str, role: &str, phone: &str, domain: &str| {
            EntryInput {
                name: name.into(),
                role: role.into(),
                phones: vec![phone.into()],
                domains: vec![domain.into()],
                ..Default::default()
            }
            .validate(Region::US, "fuzz")
            .unwrap()
        };
        let entries = vec![
            entry(
                "Acme IT",
                "it_support",
                "+1 617 555 0100",
                "acme-it.example",
            ),
            entry(
                "First Harbor Bank",
                "bank",
                "+1 617 555 0199",
                "firstharbor.example",
            ),
        ];
        Directory::new(Some("Acme Dental".into()), entries, Default::default())
    })
}
