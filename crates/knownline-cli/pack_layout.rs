// The folders of a rule pack and the files read from them: shared by `build.rs`, which embeds
// the repository's pack, and `src/pack.rs`, which reads a pack folder, so both read the same.
/// Folders of a pack, relative to its root; `model` and `knowledge/locales` may be absent.
pub const PACK_DIRS: [&str; 5] = [
    "rules",
    "rules/lists",
    "knowledge",
    "knowledge/locales",
    "model",
];

/// Extensions of the files a pack's folders hold.
pub const PACK_EXTS: [&str; 5] = ["toml", "txt", "yaml", "bin", "ftl"];
