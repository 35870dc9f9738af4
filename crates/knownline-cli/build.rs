//! Embeds the rule pack, knowledge and model in the binary, so `knownline` runs anywhere with
//! no files beside it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

include!("pack_layout.rs");

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap())
        .join("../..")
        .canonicalize()
        .unwrap();
    let mut out = String::new();
    let mut files = Vec::new();
    println!("cargo:rerun-if-changed=pack_layout.rs");
    for dir in PACK_DIRS {
        let path = root.join(dir);
        println!("cargo:rerun-if-changed={}", path.display());
        let Ok(entries) = std::fs::read_dir(&path) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            if p.is_file() && PACK_EXTS.contains(&ext) {
                println!("cargo:rerun-if-changed={}", p.display());
                files.push((
                    format!("{dir}/{}", p.file_name().unwrap().to_str().unwrap()),
                    p,
                ));
            }
        }
    }
    files.sort();
    out.push_str("/// Every pack file, by path relative to the repository root.\n");
    out.push_str("pub static EMBEDDED: &[(&str, &[u8])] = &[\n");
    for (rel, p) in &files {
        writeln!(out, "    ({rel:?}, include_bytes!({:?})),", abs(p)).unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded.rs");
    std::fs::write(dest, out).unwrap();
}

fn abs(p: &Path) -> String {
    p.display().to_string()
}
