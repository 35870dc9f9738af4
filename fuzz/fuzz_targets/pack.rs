//! The rule pack loader: one of the pack's files (the first byte chooses which) replaced by
//! the input, the rest as shipped. A broken file is an error, never a panic.
#![no_main]

use std::sync::OnceLock;

use knownline_detect::{Engine, Options, PackSources, SourceFile};
use libfuzzer_sys::fuzz_target;

mod common;

fn shipped() -> &'static PackSources {
    static SOURCES: OnceLock<PackSources> = OnceLock::new();
    SOURCES.get_or_init(|| common::repo_pack::sources(false))
}

fuzz_target!(|data: &[u8]| {
    common::init();
    let Some((&which, bytes)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(bytes).into_owned();
    let mut s = shipped().clone();
    match which % 12 {
        0 => {
            let i = usize::from(which / 12) % s.rules.len();
            s.rules[i].text = text;
        }
        1 => s.rules.push(SourceFile::new("rules/fuzz.toml", text)),
        2 => {
            let i = usize::from(which / 12) % s.lists.len();
            s.lists[i].text = text;
        }
        3 => s.organisations = text,
        4 => s.remote_tools = text,
        5 => s.payments = text,
        6 => s.policies = text,
        7 => s.playbooks = text,
        8 => s.families = text,
        9 => s.countries = text,
        10 => {
            let i = usize::from(which / 12) % s.locales.len();
            s.locales[i].text = text;
        }
        _ => s.roles = text,
    }
    let _ = Engine::new(&s, Options::default());
});
