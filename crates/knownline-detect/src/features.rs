//! Words, word pairs and character 4-grams for the text model, hashed into a fixed feature
//! space.
//!
//! Numbers, dates, month and day names, addresses, URLs, phone numbers and money amounts are
//! replaced by a placeholder for their kind, so the model cannot learn when a corpus was
//! collected or how its addresses were obfuscated. Scripts written without spaces (Chinese,
//! Japanese, Thai) are read as overlapping pairs of characters, and every word also gives its
//! character 4-grams, so inflected and compound forms (`microsoftu`, `Sicherheitsverfahren`)
//! share features with the forms the model was trained on.

use crate::model::TEXT_BITS;

/// Words of more characters than this are not words (base64, hashes).
const MAX_WORD: usize = 24;
/// Seed of character 4-gram hashes, so a gram never shares a hash with a word.
const CHAR_SEED: u64 = 0x9e37_79b9_7f4a_7c15;
/// Features kept per document: long documents are read up to this many tokens.
pub const MAX_TOKENS: usize = 20_000;

/// Whether a word names a month, a day or a time zone, in a language we cover. A `match`
/// compiles to comparisons by length and bytes: no hashing on the hot path.
fn is_calendar(word: &str) -> bool {
    matches!(
        word,
        "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "wed"
            | "thu"
            | "fri"
            | "sat"
            | "sun"
            | "enero"
            | "febrero"
            | "marzo"
            | "abril"
            | "mayo"
            | "junio"
            | "julio"
            | "agosto"
            | "septiembre"
            | "octubre"
            | "noviembre"
            | "diciembre"
            | "janvier"
            | "février"
            | "mars"
            | "avril"
            | "juin"
            | "juillet"
            | "août"
            | "septembre"
            | "octobre"
            | "novembre"
            | "décembre"
            | "januar"
            | "februar"
            | "märz"
            | "juni"
            | "juli"
            | "oktober"
            | "dezember"
            | "lunes"
            | "martes"
            | "miércoles"
            | "jueves"
            | "viernes"
            | "sábado"
            | "domingo"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "montag"
            | "dienstag"
            | "mittwoch"
            | "donnerstag"
            | "freitag"
            | "samstag"
            | "sonntag"
            | "am"
            | "pm"
            | "gmt"
            | "utc"
            | "est"
            | "pst"
            | "edt"
            | "pdt"
            | "cet"
    )
}

#[inline]
fn fx(h: u64, b: u64) -> u64 {
    (h.rotate_left(5) ^ b).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

fn hash_word(w: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let mut chunks = w.chunks_exact(8);
    for chunk in &mut chunks {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(chunk);
        h = fx(h, u64::from_le_bytes(buf));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // The last bytes, zero-padded: the same hash as eight at a time.
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = fx(h, u64::from_le_bytes(buf));
    }
    fx(h, w.len() as u64)
}

fn bucket(h: u64) -> u32 {
    (h >> (64 - TEXT_BITS)) as u32
}

/// A token of the text model: a word, or a placeholder for masked spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    Word(&'a str),
    Mask(&'static str),
}

/// Byte classes of the tokenizer: a word starts with a letter, a digit or a non-ASCII byte,
/// and goes on through apostrophes.
const START: u8 = 1;
const IN_WORD: u8 = 2;
const DIGIT: u8 = 4;
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphabetic() || c >= 0x80 {
            t[b] = START | IN_WORD;
        } else if c.is_ascii_digit() {
            t[b] = START | IN_WORD | DIGIT;
        } else if c == b'\'' {
            t[b] = IN_WORD;
        }
        b += 1;
    }
    t
};

/// Where the tokenizer puts tokens: a list (to explain which words weighed most), or straight
/// into feature buckets (to score, without keeping the tokens).
pub(crate) trait TokenSink<'a> {
    fn push(&mut self, t: Token<'a>);
    fn len(&self) -> usize;
    fn last_is_number(&self) -> bool;
}

impl<'a> TokenSink<'a> for Vec<Token<'a>> {
    fn push(&mut self, t: Token<'a>) {
        Vec::push(self, t);
    }
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn last_is_number(&self) -> bool {
        matches!(self.last(), Some(Token::Mask("_num_")))
    }
}

/// Feature buckets of a token stream as it is read: words and adjacent pairs.
#[derive(Default)]
pub(crate) struct Buckets {
    out: Vec<u32>,
    prev: Option<u64>,
    n: usize,
    last_number: bool,
}

impl TokenSink<'_> for Buckets {
    fn push(&mut self, t: Token<'_>) {
        let h = token_hash(t);
        self.out.push(bucket(h));
        if let Token::Word(w) = t {
            char_grams(w, &mut self.out);
        }
        if let Some(p) = self.prev {
            self.out.push(bucket(fx(p.wrapping_mul(31), h)));
        }
        self.prev = Some(h);
        self.n += 1;
        self.last_number = t == Token::Mask("_num_");
    }
    fn len(&self) -> usize {
        self.n
    }
    fn last_is_number(&self) -> bool {
        self.last_number
    }
}

/// The buckets of a word's character 4-grams, the word marked `<` and `>` at its ends.
/// Words under four characters (and the character pairs of unspaced scripts) have none:
/// their word feature says all they can.
fn char_grams(w: &str, out: &mut Vec<u32>) {
    if w.len() < 4 || w.chars().nth(3).is_none() {
        return;
    }
    let mut window = [u32::from('<'); 4];
    for (k, c) in w
        .chars()
        .map(u32::from)
        .chain(std::iter::once(u32::from('>')))
        .enumerate()
    {
        window = [window[1], window[2], window[3], c];
        if k >= 2 {
            let h = window.iter().fold(CHAR_SEED, |h, &c| fx(h, u64::from(c)));
            out.push(bucket(h));
        }
    }
}

impl Buckets {
    /// The buckets pushed since the last call, in order, with repeats: the stream goes on
    /// (its last token still pairs with the next one).
    pub(crate) fn take_new(&mut self) -> Vec<u32> {
        std::mem::take(&mut self.out)
    }

    /// The sorted, distinct buckets.
    pub(crate) fn finish(mut self) -> Vec<u32> {
        sort_buckets(&mut self.out);
        self.out.dedup();
        self.out
    }
}

/// Splits folded text into tokens, skipping the masked byte ranges (sorted by start) and
/// putting their placeholder in their place.
pub(crate) fn tokens<'a>(
    text: &'a str,
    masks: &[(usize, usize, &'static str)],
    out: &mut impl TokenSink<'a>,
) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut mask_idx = 0;
    while i < bytes.len() && out.len() < MAX_TOKENS {
        while mask_idx < masks.len() && masks[mask_idx].1 <= i {
            mask_idx += 1;
        }
        let next_mask = masks.get(mask_idx).map_or(usize::MAX, |m| m.0);
        if next_mask <= i {
            let (_, end, name) = masks[mask_idx];
            out.push(Token::Mask(name));
            i = end.max(i + 1);
            mask_idx += 1;
            continue;
        }
        let limit = bytes.len().min(next_mask);
        while i < limit && CLASS[bytes[i] as usize] & START == 0 {
            i += 1;
        }
        if i >= limit {
            continue;
        }
        let start = i;
        let mut seen = 0u8;
        while i < limit && CLASS[bytes[i] as usize] & IN_WORD != 0 {
            seen |= CLASS[bytes[i] as usize] | (bytes[i] & 0x80);
            i += 1;
        }
        // Never cut inside a character.
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
        if seen & 0x80 != 0 {
            push_mixed(&text[start..i], out);
            continue;
        }
        if seen & DIGIT != 0 {
            // Numbers, codes and dates carry the corpus's era, not the scam.
            if !out.last_is_number() {
                out.push(Token::Mask("_num_"));
            }
            continue;
        }
        let mut word = &text[start..i];
        if word.ends_with('\'') {
            word = word.trim_end_matches('\'');
        }
        push_word(word, word.len(), out);
    }
}

/// Pushes a word unless it is too short, too long or a calendar word.
fn push_word<'a>(word: &'a str, chars: usize, out: &mut impl TokenSink<'a>) {
    if (2..=MAX_WORD).contains(&chars) && !(word.len() <= 10 && is_calendar(word)) {
        out.push(Token::Word(word));
    }
}

/// Whether a character belongs to a script written without spaces between words.
fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' // hiragana, katakana
        | '\u{31f0}'..='\u{31ff}'
        | '\u{3400}'..='\u{4dbf}' // CJK ideographs
        | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{ff66}'..='\u{ff9f}' // half-width katakana
        | '\u{0e00}'..='\u{0eff}' // Thai, Lao
        | '\u{1000}'..='\u{109f}' // Myanmar
        | '\u{1780}'..='\u{17ff}' // Khmer
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Run {
    Letters,
    Unspaced,
    Digits,
    Gap,
}

fn run_of(c: char) -> Run {
    if is_unspaced(c) {
        Run::Unspaced
    } else if c.is_alphabetic() || c == '\'' {
        Run::Letters
    } else if c.is_numeric() {
        Run::Digits
    } else {
        Run::Gap
    }
}

/// Splits a span holding non-ASCII characters into runs of one kind: words of a spaced
/// script, unspaced text (as overlapping character pairs), numbers (one placeholder), and
/// symbols, emoji and foreign punctuation between them (dropped).
fn push_mixed<'a>(span: &'a str, out: &mut impl TokenSink<'a>) {
    let mut chars = span.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        let kind = run_of(c);
        let mut end = start;
        let mut count = 0;
        while let Some(&(i, c)) = chars.peek() {
            if run_of(c) != kind {
                break;
            }
            end = i + c.len_utf8();
            count += 1;
            chars.next();
        }
        let run = &span[start..end];
        match kind {
            Run::Letters => {
                let word = run.trim_end_matches('\'');
                push_word(word, count - (run.len() - word.len()), out);
            }
            Run::Unspaced => push_pairs(run, out),
            Run::Digits => {
                if !out.last_is_number() {
                    out.push(Token::Mask("_num_"));
                }
            }
            Run::Gap => {}
        }
    }
}

/// Unspaced text as overlapping pairs of characters (a lone character as itself): the
/// commonest length of a Japanese or Chinese word, with no dictionary to segment by.
fn push_pairs<'a>(run: &'a str, out: &mut impl TokenSink<'a>) {
    let idx: Vec<usize> = run
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(run.len()))
        .collect();
    if idx.len() == 2 {
        out.push(Token::Word(run));
        return;
    }
    for w in idx.windows(3) {
        if out.len() >= MAX_TOKENS {
            return;
        }
        out.push(Token::Word(&run[w[0]..w[2]]));
    }
}

fn token_hash(t: Token<'_>) -> u64 {
    match t {
        Token::Word(w) => hash_word(w.as_bytes()),
        Token::Mask(m) => hash_word(m.as_bytes()) ^ 0x5bd1_e995,
    }
}

/// Sorted, distinct feature buckets of a token stream: words and adjacent pairs.
#[cfg(test)]
pub(crate) fn buckets(tokens: &[Token<'_>]) -> Vec<u32> {
    let mut b = Buckets::default();
    for &t in tokens {
        b.push(t);
    }
    b.finish()
}

/// Sorts feature buckets (below 2^TEXT_BITS): a two-pass radix sort past a few dozen, as
/// the sort is most of the cost of a document's features.
fn sort_buckets(v: &mut Vec<u32>) {
    const BITS: u32 = TEXT_BITS.div_ceil(2);
    const RADIX: usize = 1 << BITS;
    if v.len() <= 64 {
        v.sort_unstable();
        return;
    }
    let mut tmp = vec![0u32; v.len()];
    for pass in 0..2 {
        let shift = pass * BITS;
        let mut counts = [0usize; RADIX + 1];
        for &x in v.iter() {
            counts[((x >> shift) as usize & (RADIX - 1)) + 1] += 1;
        }
        for i in 1..=RADIX {
            counts[i] += counts[i - 1];
        }
        for &x in v.iter() {
            let d = (x >> shift) as usize & (RADIX - 1);
            tmp[counts[d]] = x;
            counts[d] += 1;
        }
        std::mem::swap(v, &mut tmp);
    }
}

/// The bucket of one word or one pair, for explaining which words weighed most.
pub(crate) fn unigram_bucket(t: Token<'_>) -> u32 {
    bucket(token_hash(t))
}

pub(crate) fn bigram_bucket(a: Token<'_>, b: Token<'_>) -> u32 {
    bucket(fx(token_hash(a).wrapping_mul(31), token_hash(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_dates_and_masks_are_not_words() {
        let text = "call 1-888-555-0142 on monday 12 march at http://x.example now";
        let at = text.find("http").unwrap();
        let masks = [(at, at + "http://x.example".len(), "_url_")];
        let mut out = Vec::new();
        tokens(text, &masks, &mut out);
        let words: Vec<String> = out
            .iter()
            .map(|t| match t {
                Token::Word(w) => w.to_string(),
                Token::Mask(m) => m.to_string(),
            })
            .collect();
        assert_eq!(
            words,
            ["call", "_num_", "on", "_num_", "at", "_url_", "now"]
        );
    }

    #[test]
    fn buckets_are_sorted_and_distinct() {
        let mut out = Vec::new();
        tokens("gift card gift card", &[], &mut out);
        let b = buckets(&out);
        assert!(b.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(
            b.len(),
            10,
            "gift, card, gift card, card gift, and <gif gift ift> <car card ard>"
        );
    }

    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokens(text, &[], &mut out);
        out.iter()
            .map(|t| match t {
                Token::Word(w) => w.to_string(),
                Token::Mask(m) => m.to_string(),
            })
            .collect()
    }

    #[test]
    fn unspaced_scripts_are_read_as_character_pairs() {
        assert_eq!(
            words("至急ご確認ください"),
            ["至急", "急ご", "ご確", "確認", "認く", "くだ", "ださ", "さい"]
        );
        // A Latin brand inside Japanese is its own word; digits are a number.
        assert_eq!(
            words("microsoftサポート3日"),
            ["microsoft", "サポ", "ポー", "ート", "_num_", "日"]
        );
    }

    #[test]
    fn foreign_punctuation_splits_words_instead_of_dropping_them() {
        assert_eq!(words("«срочно»—позвоните"), ["срочно", "позвоните"]);
        // Long words are counted in characters, not bytes: 14 Cyrillic letters are a word.
        assert_eq!(words("заблокированный"), ["заблокированный"]);
    }

    #[test]
    fn inflected_forms_share_character_grams() {
        let grams = |w: &str| {
            let mut v = Vec::new();
            char_grams(w, &mut v);
            v
        };
        let a = grams("microsoft");
        let b = grams("microsoftu");
        assert_eq!(a.len(), 8);
        assert_eq!(a.iter().filter(|g| b.contains(g)).count(), 7);
        assert!(grams("abc").is_empty());
        assert!(grams("日本").is_empty());
    }

    #[test]
    fn radix_sort_sorts_long_feature_lists() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut v: Vec<u32> = (0..5000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 40) as u32 & ((1 << TEXT_BITS) - 1)
            })
            .collect();
        let mut expected = v.clone();
        expected.sort_unstable();
        sort_buckets(&mut v);
        assert_eq!(v, expected);
    }
}
