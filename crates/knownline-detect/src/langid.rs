//! Which language a contact is written in, decided cheaply.
//!
//! whatlang's trigram reading costs 40–70 µs on a short contact, more than the rest of the
//! assessment. Most contacts settle far sooner: the script tells Cyrillic and Japanese apart,
//! and in Latin script a handful of function words ("the", "und", "vous", "het") and letters
//! ("ß", "ñ", "ã", "ł") name the language. whatlang reads only the contacts these leave
//! undecided.

/// The languages told apart here (ISO 639-1): those knownline writes in and a few whose
/// scams it sees often.
const LATIN: &[&str] = &["en", "es", "fr", "de", "it", "pt", "nl", "pl", "tr"];

/// Frequent short words of each language. A word several languages share counts for each;
/// the words only one of them uses decide.
const WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "you", "your", "to", "of", "is", "are", "for", "this", "that", "with",
            "have", "has", "be", "will", "please", "we", "our", "on", "it", "not", "from", "at",
            "by", "or", "was", "can", "if", "an", "all", "been", "my", "me", "i", "what", "call",
            "now", "they", "do", "just", "here", "there", "would", "who", "been", "get",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "que", "de", "y", "en", "es", "por", "para", "con", "una",
            "un", "su", "sus", "no", "se", "del", "al", "usted", "ha", "sido", "favor", "hoy",
            "esta", "este", "ya", "lo", "le", "tu", "si", "como", "pero", "más", "muy", "está",
            "hay", "nos", "mi", "me", "ser", "son", "fue", "sea", "cuenta",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "des", "et", "est", "pour", "vous", "votre", "vos", "une", "un",
            "du", "de", "en", "que", "qui", "pas", "sur", "avec", "dans", "au", "aux", "sont",
            "nous", "il", "ce", "cette", "été", "ne", "ou", "par", "plus", "je", "mon", "ma",
            "mes", "sont", "êtes", "avez", "être", "fait", "très", "où", "ces", "compte",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "sie", "ihr", "ihre", "ihren", "ihrem", "nicht",
            "zu", "mit", "von", "den", "dem", "ein", "eine", "einen", "wir", "auf", "für", "bitte",
            "sind", "wurde", "werden", "auch", "im", "des", "es", "ich", "haben", "hat", "wird",
            "oder", "aus", "bei", "nach", "uns", "noch", "können", "kann", "dass", "mein", "zum",
            "zur", "sich", "wie",
        ],
    ),
    (
        "it",
        &[
            "il", "lo", "la", "gli", "le", "di", "che", "è", "per", "non", "una", "un", "del",
            "della", "dei", "con", "sono", "su", "al", "ha", "suo", "sua", "tuo", "tua", "questo",
            "questa", "ti", "vi", "ci", "stato", "stata", "nel", "nella", "alla", "da", "ed",
            "anche", "come", "mio", "mia", "essere", "sul", "se", "si", "più", "conto", "ciao",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "as", "que", "de", "e", "em", "um", "uma", "do", "da", "dos", "das", "não",
            "para", "com", "seu", "sua", "por", "foi", "você", "no", "na", "é", "está", "ao",
            "são", "se", "mais", "nos", "nas", "pelo", "pela", "meu", "minha", "ser", "tem", "já",
            "isso", "este", "esta", "aqui", "olá", "conta", "sr", "favor",
        ],
    ),
    (
        "nl",
        &[
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "dat",
            "niet",
            "op",
            "te",
            "voor",
            "met",
            "zijn",
            "u",
            "uw",
            "je",
            "jouw",
            "wij",
            "we",
            "er",
            "maar",
            "bij",
            "ook",
            "naar",
            "deze",
            "dit",
            "wordt",
            "worden",
            "heeft",
            "hebben",
            "kunt",
            "kan",
            "als",
            "om",
            "aan",
            "uit",
            "nog",
            "wel",
            "geen",
            "mijn",
            "ik",
            "wat",
            "graag",
            "alstublieft",
        ],
    ),
    (
        "pl",
        &[
            "i", "w", "nie", "na", "się", "z", "że", "jest", "do", "to", "jak", "o", "są", "dla",
            "pan", "pani", "twoje", "twój", "konto", "prosimy", "oraz", "przez", "od", "po", "tak",
            "ale", "czy", "może", "jeśli", "który", "która", "tego", "tym",
        ],
    ),
    (
        "tr",
        &[
            "ve",
            "bir",
            "bu",
            "için",
            "ile",
            "de",
            "da",
            "mı",
            "mi",
            "lütfen",
            "size",
            "sizin",
            "olarak",
            "olan",
            "daha",
            "çok",
            "ama",
            "gibi",
            "kadar",
            "değil",
            "var",
            "yok",
            "hesabınız",
            "şimdi",
            "sayın",
        ],
    ),
];

/// Letters one language uses and the others here rarely do.
const LETTERS: &[(char, &str)] = &[
    ('ß', "de"),
    ('ñ', "es"),
    ('¿', "es"),
    ('¡', "es"),
    ('ã', "pt"),
    ('õ', "pt"),
    ('ł', "pl"),
    ('ą', "pl"),
    ('ę', "pl"),
    ('ś', "pl"),
    ('ż', "pl"),
    ('ź', "pl"),
    ('ć', "pl"),
    ('ğ', "tr"),
    ('ş', "tr"),
    ('ı', "tr"),
];

/// Words read before deciding; the first few hundred settle it.
const MAX_WORDS: usize = 400;

/// The language of `text` (ISO 639-1) among Latin-script ones above, Russian, Ukrainian and
/// Japanese; None when it is too short or too mixed to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    let sample = crate::text::truncate_at_char(text, 4000);
    let (mut latin, mut cyrillic, mut kana, mut letters) = (0usize, 0usize, 0usize, 0usize);
    let mut ukrainian = false;
    for c in sample.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        match c {
            'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' => latin += 1,
            '\u{400}'..='\u{4ff}' => {
                cyrillic += 1;
                ukrainian |= matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ');
            }
            '\u{3040}'..='\u{30ff}' => kana += 1,
            _ => {}
        }
    }
    if letters < 12 {
        return None;
    }
    // Japanese mixes kana with Han; any real share of kana says Japanese, not Chinese.
    if kana * 10 >= letters {
        return Some("ja");
    }
    if cyrillic * 2 > letters {
        return Some(if ukrainian { "uk" } else { "ru" });
    }
    if latin * 2 <= letters {
        return None;
    }
    by_words(sample).or_else(|| by_trigrams(sample))
}

/// Each function word with the languages (bits of [`LATIN`]) it belongs to, built once.
fn word_languages() -> &'static std::collections::HashMap<&'static str, u16> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<&'static str, u16>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = std::collections::HashMap::new();
        for (lang, words) in WORDS {
            let bit = 1u16 << index(lang);
            for w in *words {
                *map.entry(*w).or_insert(0) |= bit;
            }
        }
        map
    })
}

fn index(lang: &str) -> usize {
    LATIN.iter().position(|l| *l == lang).unwrap_or(0)
}

/// Function words and telling letters; None when no language clearly leads.
fn by_words(sample: &str) -> Option<&'static str> {
    let mut score = [0u32; LATIN.len()];
    for c in sample.chars().filter(|c| !c.is_ascii()) {
        if let Some((_, lang)) = LETTERS.iter().find(|(l, _)| *l == c) {
            score[index(lang)] = 3;
        }
    }
    let map = word_languages();
    let mut buf = String::new();
    let words = sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && w.len() <= 16)
        .take(MAX_WORDS);
    for (n, word) in words.enumerate() {
        buf.clear();
        buf.extend(word.chars().flat_map(char::to_lowercase));
        if let Some(mask) = map.get(buf.as_str()) {
            for (i, s) in score.iter_mut().enumerate() {
                *s += u32::from(mask >> i & 1);
            }
        }
        // A long text is usually settled within its first lines.
        if n % 64 == 63 {
            if let Some(lang) = leader(&score).filter(|_| score.iter().max() >= Some(&20)) {
                return Some(lang);
            }
        }
    }
    leader(&score)
}

/// The language well ahead of the others, with enough words to say so.
fn leader(score: &[u32; LATIN.len()]) -> Option<&'static str> {
    let (mut best, mut second, mut at) = (0, 0, 0);
    for (i, &s) in score.iter().enumerate() {
        if s > best {
            (second, best, at) = (best, s, i);
        } else if s > second {
            second = s;
        }
    }
    (best >= 3 && best * 2 >= second * 3 && best >= second + 2).then(|| LATIN[at])
}

fn by_trigrams(sample: &str) -> Option<&'static str> {
    use whatlang::Lang;
    const KNOWN: &[(Lang, &str)] = &[
        (Lang::Eng, "en"),
        (Lang::Spa, "es"),
        (Lang::Fra, "fr"),
        (Lang::Deu, "de"),
        (Lang::Ita, "it"),
        (Lang::Por, "pt"),
        (Lang::Nld, "nl"),
        (Lang::Pol, "pl"),
        (Lang::Tur, "tr"),
    ];
    let detector =
        whatlang::Detector::with_allowlist(KNOWN.iter().map(|(l, _)| *l).collect::<Vec<_>>());
    let info = detector.detect(sample)?;
    KNOWN
        .iter()
        .find(|(l, _)| *l == info.lang())
        .map(|(_, code)| *code)
}

/// whatlang alone, for measuring the quick reading against it.
pub fn detect_by_trigrams(text: &str) -> Option<&'static str> {
    let sample = crate::text::truncate_at_char(text, 4000);
    if sample.chars().filter(|c| c.is_alphabetic()).count() < 12 {
        return None;
    }
    if let Some(lang) = detect(sample).filter(|l| matches!(*l, "ja" | "ru" | "uk")) {
        return Some(lang);
    }
    by_trigrams(sample)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_language_from_a_short_message() {
        let cases = [
            (
                "en",
                "Your account has been locked, please call us now to restore it",
            ),
            (
                "es",
                "Su cuenta ha sido bloqueada, por favor llame hoy para desbloquearla",
            ),
            (
                "fr",
                "Votre compte est bloqué, veuillez nous appeler pour le rétablir",
            ),
            (
                "de",
                "Ihr Konto wurde gesperrt, bitte rufen Sie uns an, um es freizugeben",
            ),
            (
                "it",
                "Il suo conto è stato bloccato, la preghiamo di chiamarci per sbloccarlo",
            ),
            (
                "pt",
                "A sua conta foi bloqueada, por favor ligue para nós para a desbloquear",
            ),
            (
                "nl",
                "Uw rekening is geblokkeerd, bel ons alstublieft om deze te deblokkeren",
            ),
            (
                "pl",
                "Twoje konto zostało zablokowane, prosimy o kontakt w celu odblokowania",
            ),
            (
                "ru",
                "Ваш счёт заблокирован, позвоните нам, чтобы его разблокировать",
            ),
            (
                "uk",
                "Ваш рахунок заблоковано, зателефонуйте нам і підтвердіть свої дані",
            ),
            (
                "ja",
                "お客様のアカウントはロックされました。至急お電話ください",
            ),
        ];
        for (want, text) in cases {
            assert_eq!(detect(text), Some(want), "{text}");
        }
    }

    #[test]
    fn too_little_or_another_script_is_no_answer() {
        assert_eq!(detect("ok"), None);
        assert_eq!(detect("12345 67890 !!!"), None);
        assert_eq!(detect("您的账户已被锁定请立即致电我们"), None);
        assert_eq!(detect("Ο λογαριασμός σας έχει κλειδωθεί"), None);
    }

    #[test]
    fn undecided_words_fall_to_the_trigrams() {
        // Shared words only ("de", "la"); the trigrams settle it.
        let text = "Confirmación de entrega pendiente: actualización necesaria";
        assert_eq!(by_words(text), None);
        assert_eq!(detect(text), Some("es"));
    }
}
