//! Where the time goes: reads every file of a folder as email and times reading alone, then
//! the whole assessment, single-threaded. `cargo run --release --example stages -- DIR`.

#[path = "../tests/support/repo_pack.rs"]
mod repo_pack;

use std::path::Path;
use std::time::Instant;

use knownline_detect::{Channel, Contact, Directory};

fn main() {
    let dir = std::env::args().nth(1).expect("a folder of .eml files");
    let t = Instant::now();
    let engine = repo_pack::trained_engine();
    eprintln!("pack compiled in {:?}", t.elapsed());
    let mut files: Vec<Vec<u8>> = Vec::new();
    for entry in walk(Path::new(&dir)) {
        files.push(std::fs::read(entry).unwrap());
    }
    let bytes: usize = files.iter().map(|f| f.len()).sum();
    let mb = bytes as f64 / 1e6;
    let t = Instant::now();
    let contacts: Vec<Contact> = files
        .iter()
        .map(|f| Contact::parse_bytes(Some(Channel::Email), f))
        .collect();
    let parse = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let dir = Directory::empty();
    let mut n_flagged = 0;
    for c in &contacts {
        if engine.assess(c, &dir).verdict != knownline_detect::Verdict::NoSigns {
            n_flagged += 1;
        }
    }
    let assess = t.elapsed().as_secs_f64();
    println!("{} messages, {mb:.1} MB", files.len());
    println!("reading (MIME, HTML): {parse:.3} s, {:.0} MB/s", mb / parse);
    println!(
        "assessing:            {assess:.3} s, {:.0} MB/s ({n_flagged} flagged)",
        mb / assess
    );
    println!(
        "together:             {:.0} MB/s per core",
        mb / (parse + assess)
    );
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "eml") {
            out.push(p);
        }
    }
    out.sort();
    out
}
