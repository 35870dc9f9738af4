//! Words and word pairs for the text model, hashed into a fixed feature space.
//!
//! Only words are used: numbers, dates, month and day names, addresses, URLs, phone numbers
//! and money amounts are replaced by a placeholder for their kind, so the model cannot learn
//! when a corpus was collected or how its addresses were obfuscated.

use crate::model::TEXT_BITS;

/// Words longer than this are not words (base64, hashes).
const MAX_WORD: usize = 24;
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

impl Buckets {
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
        if word.len() < 2 || word.len() > MAX_WORD || (word.len() <= 10 && is_calendar(word)) {
            continue;
        }
        // Non-letter symbols in the non-ASCII range (emoji, punctuation) are not words.
        if seen & 0x80 != 0 && !word.chars().all(|c| c.is_alphabetic() || c == '\'') {
            continue;
        }
        out.push(Token::Word(word));
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
        assert_eq!(b.len(), 4, "gift, card, gift card, card gift");
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
