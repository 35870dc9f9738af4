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

/// `s` with its first letter a capital ("read as a phone call" → "Read as a phone call").
pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The longest a quoted sentence gets: past it, the words around the quote.
pub const MAX_SENTENCE: usize = 160;

/// The sentence of `text` holding bytes `start..end` (char boundaries): from the end of the
/// previous sentence (`.`, `!`, `?` before a space, or a line break) to the end of this one,
/// at most [`MAX_SENTENCE`] bytes around the quote, cut at spaces. None for an empty text.
pub fn sentence_around(text: &str, start: usize, end: usize) -> Option<&str> {
    if text.is_empty() || start > end || end > text.len() {
        return None;
    }
    let b = text.as_bytes();
    // `i` is the last byte of a full stop, a line break, or a CJK full stop (。！？).
    let ends_sentence = |i: usize| {
        b[i] == b'\n'
            || (matches!(b[i], b'.' | b'!' | b'?')
                && b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()))
            || (i >= 2
                && matches!(
                    &b[i - 2..=i],
                    [0xE3, 0x80, 0x82] | [0xEF, 0xBC, 0x81 | 0x9F]
                ))
    };
    let mut s = start;
    while s > 0 && !ends_sentence(s - 1) && start - s < MAX_SENTENCE / 2 {
        s -= 1;
    }
    // What the walk back did not use, the walk forward may.
    let budget = MAX_SENTENCE.saturating_sub(end - s).max(MAX_SENTENCE / 2);
    let mut e = end;
    while e < b.len() && !(e > start && ends_sentence(e - 1)) && e - end < budget {
        e += 1;
    }
    // The byte walk may stop inside a character: move in to the nearest boundary (start and
    // end are boundaries, so this never passes them).
    while !text.is_char_boundary(s) {
        s += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    // Cut a window that stopped mid-sentence at a space, so no word is broken.
    if s > 0 && !ends_sentence(s - 1) {
        if let Some(sp) = text[s..start].find(' ') {
            s += sp + 1;
        }
    }
    if e < b.len() && !ends_sentence(e - 1) {
        if let Some(sp) = text[end..e].rfind(' ') {
            e = end + sp;
        }
    }
    let out = text[s.min(e)..e].trim();
    (!out.is_empty()).then_some(out)
}

/// Whether a quote says something alone: two content words or more, a number, an address or
/// a link. A name or a single content word is better shown in its sentence.
pub fn is_strong_quote(quote: &str) -> bool {
    let q = quote.trim_matches(|c: char| !c.is_alphanumeric());
    if has_number_or_address(q) {
        return true;
    }
    if q.contains('.') && !q.contains(' ') && !q.ends_with('.') {
        return true;
    }
    q.split_whitespace()
        .filter(|w| is_content_word(w))
        .nth(1)
        .is_some()
}

/// Content words: four letters or more and not a grammatical word. "pay with" and "he was"
/// say nothing alone; "said he was from" and "gift cards" do.
fn is_content_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    // Most words are settled by their length, before any lowercasing.
    if w.chars().nth(3).is_none() {
        return false;
    }
    if w.len() > 16 {
        return true;
    }
    let mut buf = [0u8; 64];
    let mut n = 0;
    for c in w.chars().flat_map(char::to_lowercase) {
        if n + c.len_utf8() > buf.len() {
            return true;
        }
        n += c.encode_utf8(&mut buf[n..]).len();
    }
    let lower = std::str::from_utf8(&buf[..n]).unwrap_or_default();
    !FUNCTION_WORDS.contains(&lower)
}

/// A digit, an address, a path or an amount.
fn has_number_or_address(q: &str) -> bool {
    q.chars().any(|c| c.is_ascii_digit()) || q.contains(['@', '/', '$', '€', '£'])
}

/// Whether a quote means something on its own: several words, or a number, a link, an
/// address, an amount or a name (a word with a capital past its first letter, or one
/// written with a capital that is no common word). "please", "has", "call" do not.
pub fn carries_meaning(quote: &str) -> bool {
    let q = quote.trim_matches(|c: char| !c.is_alphanumeric());
    if q.is_empty() {
        return false;
    }
    // Scripts written without spaces: a few characters already make a phrase.
    if q.chars().filter(|&c| is_unspaced_script(c)).count() >= 4 {
        return true;
    }
    let (mut words, mut content) = (0usize, 0usize);
    for w in q
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
    {
        words += 1;
        content += usize::from(is_content_word(w));
        if content >= 2 || (content >= 1 && words >= 3) {
            return true;
        }
    }
    if words >= 2 && content == 0 && !q.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if has_number_or_address(q) {
        return true;
    }
    // "paypal.com", "AnyDesk", "McAfee".
    if q.contains('.') && !q.ends_with('.') {
        return true;
    }
    let mut chars = q.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let inner_upper = chars.any(char::is_uppercase);
    // A capitalised word alone counts as a name only when long enough not to be a sentence's
    // first word ("Please", "Call").
    inner_upper
        || (first_upper
            && q.chars().count() >= 5
            && !COMMON_CAPITALISED.contains(&q.to_lowercase().as_str()))
}

/// Han, kana and Hangul: scripts whose words are not separated by spaces.
fn is_unspaced_script(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}

/// Grammatical words of four letters or more, in the languages we cover.
const FUNCTION_WORDS: &[&str] = &[
    "with", "from", "have", "has", "this", "that", "your", "will", "been", "they", "were", "what",
    "when", "there", "their", "about", "them", "then", "than", "into", "would", "could", "should",
    "which", "also", "just", "very", "some", "only", "here", "please", "sind", "haben", "wird",
    "eine", "einen", "nicht", "oder", "aber", "dass", "ihre", "ihr", "sich", "avec", "pour",
    "dans", "vous", "votre", "nous", "sont", "cette", "mais", "para", "como", "esta", "este",
    "usted", "pero", "sobre", "della", "sono", "questo", "questa", "come", "anche", "voor", "niet",
    "maar", "deze", "zijn", "heeft", "worden", "você", "pelo", "pela", "está", "isso", "mais",
];

/// Everyday words that open sentences and are shown capitalised, in the languages we cover.
const COMMON_CAPITALISED: &[&str] = &[
    "please",
    "urgent",
    "hello",
    "dear",
    "thank",
    "thanks",
    "today",
    "click",
    "important",
    "warning",
    "notice",
    "attention",
    "account",
    "update",
    "confirm",
    "verify",
    "payment",
    "bitte",
    "achtung",
    "hallo",
    "sehr",
    "bonjour",
    "merci",
    "cher",
    "chère",
    "urgente",
    "hola",
    "estimado",
    "gracias",
    "atención",
    "gentile",
    "ciao",
    "grazie",
    "attenzione",
    "olá",
    "prezado",
    "obrigado",
    "atenção",
    "beste",
    "geachte",
    "dank",
    "hallo",
    "let",
];

/// The sentence of `texts` that holds most of `terms` (compared in lower case), trimmed to
/// [`MAX_SENTENCE`] bytes around its first term: what the text model weighed most, in the
/// contact's own words.
pub fn best_sentence(texts: &[&str], terms: &[String]) -> Option<String> {
    let terms: Vec<String> = terms.iter().map(|t| t.to_lowercase()).collect();
    let mut best: Option<(usize, &str, usize)> = None;
    for text in texts {
        let mut from = 0;
        let b = text.as_bytes();
        for i in 0..=b.len() {
            let end_here = i == b.len()
                || b[i] == b'\n'
                || (matches!(b[i], b'.' | b'!' | b'?')
                    && b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()));
            if !end_here {
                continue;
            }
            let stop = if i < b.len() && b[i] != b'\n' {
                i + 1
            } else {
                i
            };
            let sentence = &text[from..stop];
            from = (i + 1).min(b.len());
            if sentence.trim().is_empty() {
                continue;
            }
            let lower = sentence.to_lowercase();
            let hits = terms.iter().filter(|t| lower.contains(t.as_str())).count();
            if hits > 0 && best.is_none_or(|(h, _, _)| hits > h) {
                // Where the first term is, in the original (lower-casing may shift bytes; the
                // offset is only a hint for where to cut).
                let at = terms
                    .iter()
                    .filter_map(|t| lower.find(t.as_str()))
                    .min()
                    .unwrap_or(0)
                    .min(sentence.len());
                best = Some((hits, sentence, at));
            }
        }
    }
    let (_, sentence, at) = best?;
    let mut at = at;
    while !sentence.is_char_boundary(at) {
        at -= 1;
    }
    let out = sentence_around(sentence, at, at).unwrap_or(sentence);
    Some(squash_spaces(out.trim()))
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

    #[test]
    fn only_quotes_that_say_something_alone_carry_meaning() {
        for q in [
            "please",
            "Please",
            "has",
            "call",
            "information",
            "pay with",
            "he was",
            "Call",
        ] {
            assert!(!carries_meaning(q), "{q}");
        }
        for q in [
            "gift cards",
            "said he was from",
            "+1 888 555 0142",
            "paypal.com",
            "AnyDesk",
            "Microsoft",
            "£1,860.00",
            "自宅に役場職員を名乗る男性から電話があった。",
        ] {
            assert!(carries_meaning(q), "{q}");
        }
        assert!(is_strong_quote("Google Play gift card") && !is_strong_quote("Windows"));
    }

    #[test]
    fn sentences_are_cut_at_character_boundaries_in_any_script() {
        let texts = [
            "自宅に役場職員を名乗る男性から電話があった。「3年間分の医療費で1万7980円の還付金があります。手続きのため3月末に茶色の封筒で通知を送りましたが、まだ返信がないのでご連絡しました」",
            "Поздний звонок нарушил спокойствие. Звонила мама: «Юля, у нас несчастье. Борис звонил: он попал в аварию, его везут в областную больницу…» Сообщила, что нужны деньги.",
            "Ihre Legitimation endet heute. Bitte aktualisieren Sie Ihre Daten unter: https://example.test/ÄÖÜ",
        ];
        for text in texts {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (k, &start) in bounds.iter().enumerate() {
                for &end in bounds[k..].iter().take(8) {
                    let out = sentence_around(text, start, end).unwrap_or("");
                    assert!(out.len() <= 2 * MAX_SENTENCE, "{out}");
                    let quote = text[start..end].trim();
                    assert!(
                        out.contains(quote) || quote.is_empty() || out.is_empty(),
                        "{quote} / {out}"
                    );
                }
            }
        }
        let jp = texts[0];
        let at = jp.find("還付金").unwrap();
        let out = sentence_around(jp, at, at + "還付金".len()).unwrap();
        assert!(
            out.starts_with("「3年間分") && out.ends_with("あります。"),
            "{out}"
        );
    }
}
