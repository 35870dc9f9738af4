//! Text folding: the one normal form every phrase, pattern and word is matched in.
//!
//! Folding lower-cases, applies compatibility forms (full-width letters, ligatures), maps
//! Cyrillic and Greek look-alikes to Latin and drops invisible characters, so that
//! `Ｍісrоsоft` written to dodge filters reads as `microsoft`. It keeps a map from each folded
//! byte back to the original byte, so evidence can quote the contact as it was written.

use unicode_normalization::char::decompose_compatible;

/// A folded text with the way back to the original.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    /// For each byte of `text`, the byte offset in the original it came from. Empty when the
    /// original was plain ASCII, in which case offsets are identical.
    map: Vec<u32>,
}

impl Folded {
    /// A folded text kept elsewhere (in a document), by its map alone.
    pub(crate) fn from_map(map: Vec<u32>) -> Folded {
        Folded {
            text: String::new(),
            map,
        }
    }

    /// The folded→original byte map, or `None` when offsets are identical.
    pub(crate) fn map_slice(&self) -> Option<&[u32]> {
        (!self.map.is_empty()).then_some(self.map.as_slice())
    }

    /// Maps a folded byte offset back to an offset in the original text.
    pub fn original_offset(&self, folded: usize, original_len: usize) -> usize {
        if self.map.is_empty() {
            return folded.min(original_len);
        }
        match self.map.get(folded) {
            Some(&o) => o as usize,
            None => original_len,
        }
    }
}

/// Folds `s` (see the module docs).
pub fn fold(s: &str) -> Folded {
    let mut text = String::with_capacity(s.len());
    let map = fold_into(s, &mut text, false);
    Folded { text, map }
}

/// An ASCII byte folded: lower-cased; control characters other than line breaks and tabs
/// carry no words and become spaces, and with `flat` line breaks and tabs do too.
#[inline]
fn fold_ascii(b: u8, flat: bool) -> u8 {
    match b {
        b'\n' | b'\t' | b'\r' if !flat => b,
        0..=0x1f | 0x7f => b' ',
        _ => b.to_ascii_lowercase(),
    }
}

/// Folds `s` onto the end of `out` and returns the map from each byte appended to its offset
/// in `s` (empty when `s` is ASCII: the offsets are the same). With `flat`, line breaks and
/// tabs become spaces, so phrases match across wrapped lines; every offset is kept.
pub(crate) fn fold_into(s: &str, out: &mut String, flat: bool) -> Vec<u32> {
    let bytes = s.as_bytes();
    if s.is_ascii() {
        let folded: Vec<u8> = bytes.iter().map(|&b| fold_ascii(b, flat)).collect();
        out.push_str(std::str::from_utf8(&folded).unwrap_or_default());
        return Vec::new();
    }
    let base = out.len();
    let mut map = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        // Runs of ASCII are folded a byte at a time, without decoding characters.
        let run = bytes[i..].iter().take_while(|b| b.is_ascii()).count();
        if run > 0 {
            for (k, &b) in bytes[i..i + run].iter().enumerate() {
                out.push(fold_ascii(b, flat) as char);
                map.push((i + k) as u32);
            }
            i += run;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let offset = i as u32;
        i += c.len_utf8();
        if is_invisible(c) {
            continue;
        }
        fold_char(c, out);
        map.resize(out.len() - base, offset);
    }
    map
}

/// Folds one non-ASCII character into `out`.
fn fold_char(c: char, out: &mut String) {
    if let Some(latin) = confusable(c) {
        out.push(latin);
        return;
    }
    if is_space(c) {
        out.push(' ');
        return;
    }
    // Compatibility decomposition maps full-width and styled letters (𝐦, ｍ) to plain ones.
    let mut decomposed = [char::REPLACEMENT_CHARACTER; 4];
    let mut n = 0;
    decompose_compatible(c, |d| {
        if n < decomposed.len() {
            decomposed[n] = d;
        }
        n += 1;
    });
    let styled = n >= 1 && decomposed[0] != c && decomposed[0].is_ascii_alphanumeric();
    if styled && n == 1 {
        out.push(decomposed[0].to_ascii_lowercase());
        return;
    }
    if styled && n > 1 && c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase() {
        // A ligature such as `ﬁ`: keep every part.
        for d in decomposed.iter().take(n.min(4)) {
            out.extend(d.to_lowercase());
        }
        return;
    }
    // Accents are dropped: people type "securite" for "sécurité", and phishers write
    // "Bítčoin" to dodge filters. Phrases are folded the same way, so both match.
    let mut base = None;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if base.is_none() && !is_combining_mark(d) {
            base = Some(d);
        }
    });
    match base {
        Some(b) if b != c && b.is_ascii() => out.push(b.to_ascii_lowercase()),
        _ if is_combining_mark(c) => {}
        _ => out.extend(c.to_lowercase()),
    }
}

/// Combining diacritical marks (accents written as a separate character).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}')
}

/// Look-alike letters from other scripts that phishers put in brand names.
fn confusable(c: char) -> Option<char> {
    Some(match c {
        'а' | 'А' | 'α' | 'Α' => 'a',
        'в' | 'В' | 'β' | 'Β' => 'b',
        'с' | 'С' | 'ϲ' => 'c',
        'ԁ' => 'd',
        'е' | 'Е' | 'ε' | 'Ε' => 'e',
        'һ' | 'Н' | 'Η' => 'h',
        'і' | 'І' | 'ι' | 'Ι' | 'ӏ' => 'i',
        'ј' | 'Ј' => 'j',
        'к' | 'К' | 'κ' | 'Κ' => 'k',
        'м' | 'М' | 'Μ' => 'm',
        'ո' | 'η' | 'Ν' => 'n',
        'о' | 'О' | 'ο' | 'Ο' | 'օ' => 'o',
        'р' | 'Р' | 'ρ' | 'Ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' | 'Ѕ' => 's',
        'т' | 'Т' | 'τ' | 'Τ' => 't',
        'υ' | 'ս' => 'u',
        'ν' | 'ѵ' => 'v',
        'ԝ' | 'ѡ' => 'w',
        'х' | 'Х' | 'χ' | 'Χ' => 'x',
        'у' | 'У' | 'γ' | 'Υ' => 'y',
        'ᴢ' | 'Ζ' => 'z',
        '\u{2018}' | '\u{2019}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        _ => return None,
    })
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{00A0}'
}

/// Characters that render as nothing: phishers scatter them inside words.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{E0000}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Whether a byte of folded text belongs to a word (for word-boundary checks).
#[inline]
pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Cuts `s` to at most `max` bytes on a character boundary.
pub fn truncate_at_char(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Collapses runs of whitespace into single spaces and trims, for quoting evidence.
pub fn squash_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_lookalikes_and_invisibles() {
        let f = fold("Ｍісrо\u{200B}soft Support");
        assert_eq!(f.text, "microsoft support");
        let f = fold("Sécurité ÉLEVÉE, Überweisung, Bítčoin");
        assert_eq!(f.text, "securite elevee, uberweisung, bitcoin");
        assert_eq!(fold("M\u{E0139}ic\u{E0139}rosoft").text, "microsoft");
    }

    #[test]
    fn maps_offsets_back() {
        let original = "ab\u{200B}Ｍc";
        let f = fold(original);
        assert_eq!(f.text, "abmc");
        let m = f.text.find('m').unwrap();
        assert_eq!(&original[f.original_offset(m, original.len())..][..3], "Ｍ");
    }

    #[test]
    fn folding_is_idempotent() {
        for s in [
            "Ｍісrоsоft",
            "Überweisung ß",
            "ﬁle",
            "İstanbul",
            "plain text",
        ] {
            let once = fold(s).text;
            assert_eq!(fold(&once).text, once, "{s}");
        }
    }
}
