//! Entities found by code rather than by phrase lists: phone numbers, URLs and domains,
//! email addresses and money amounts.

use std::sync::OnceLock;

use regex::Regex;
use rlibphonenumber::enums::Region;
use rlibphonenumber::phonenumber_matcher::{FindNumberExt, Leniency};
use rlibphonenumber::{PhoneNumberType, PHONE_NUMBER_UTIL};

/// Phone-number candidates examined per contact (all its parts together): a page of digits
/// is not a page of numbers, and a transcript of thousands of turns is not thousands of pages.
pub const MAX_PHONE_CANDIDATES: usize = 200;

/// A phone number found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundPhone {
    pub e164: String,
    /// `toll_free`, `premium_rate`, `mobile`, `fixed_line`, `voip`, … or `unknown`.
    pub kind: &'static str,
    /// Byte range in the text searched.
    pub start: usize,
    pub end: usize,
}

pub fn region_from_code(code: &str) -> Option<Region> {
    code.trim().to_ascii_uppercase().parse::<Region>().ok()
}

/// Finds phone numbers in `text`, however they are written: the text is first scanned for
/// digit clusters (cheap), and libphonenumber's matcher runs only on those windows.
pub fn find_phones(text: &str, region: Region) -> Vec<FoundPhone> {
    find_phones_cached(text, region, &mut PhoneCache::default())
}

/// Windows already examined in one contact, with what they held (offsets in the window): the
/// same number is often written several times, in a text part and its HTML twin. It also
/// counts the contact's candidates against [`MAX_PHONE_CANDIDATES`].
#[derive(Default)]
pub struct PhoneCache {
    seen: Vec<(String, Vec<FoundPhone>)>,
    n_candidates: usize,
    capped: bool,
}

impl PhoneCache {
    /// Whether candidates were left unexamined because of [`MAX_PHONE_CANDIDATES`].
    pub fn capped(&self) -> bool {
        self.capped
    }
}

/// As [`find_phones`], reusing the results for windows seen before in the same contact.
pub fn find_phones_cached(text: &str, region: Region, cache: &mut PhoneCache) -> Vec<FoundPhone> {
    let mut out = Vec::new();
    // One more than may be examined is looked for, to know whether any were left.
    let room = MAX_PHONE_CANDIDATES - cache.n_candidates;
    let mut windows = digit_windows(text, room + 1);
    if windows.len() > room {
        windows.truncate(room);
        cache.capped = true;
    }
    cache.n_candidates += windows.len();
    for (start, end) in windows {
        let window = &text[start..end];
        if not_a_phone(window) {
            continue;
        }
        if let Some((_, found)) = cache.seen.iter().find(|(w, _)| w == window) {
            for phone in found {
                let phone = FoundPhone {
                    start: phone.start + start,
                    end: phone.end + start,
                    ..phone.clone()
                };
                if !out.iter().any(|p: &FoundPhone| p.start == phone.start) {
                    out.push(phone);
                }
            }
            continue;
        }
        let key = window.to_string();
        let fixed = letters_for_digits(window);
        let window = fixed.as_deref().unwrap_or(window);
        let found = matches_in(window, region);
        if cache.seen.len() < 64 {
            cache.seen.push((key, found.clone()));
        }
        for mut phone in found {
            phone.start += start;
            phone.end += start;
            if !out.iter().any(|p: &FoundPhone| p.start == phone.start) {
                out.push(phone);
            }
        }
    }
    out
}

/// Digit runs that are never phone numbers: dates, times and time zones, IP and version
/// numbers, decimals, paths and serial numbers. Checked on every window before the (much
/// slower) parse, so it reads the bytes once and allocates nothing.
fn not_a_phone(window: &str) -> bool {
    let w = window.trim().as_bytes();
    // Group lengths (first eight) and the separators between them.
    let mut lens = [0usize; 8];
    let mut n_groups = 0;
    let mut digits = 0;
    let (mut dashes, mut slashes, mut dots, mut others) = (0, 0, 0, 0);
    let mut in_group = false;
    let mut decimal = false;
    for (i, &b) in w.iter().enumerate() {
        if b.is_ascii_digit() {
            digits += 1;
            if !in_group {
                n_groups += 1;
                in_group = true;
            }
            if n_groups <= lens.len() {
                lens[n_groups - 1] += 1;
            }
            continue;
        }
        // A lone 0 before a dot starts a decimal (0.545), never a number's group.
        if b == b'.'
            && in_group
            && n_groups <= lens.len()
            && lens[n_groups - 1] == 1
            && w[i - 1] == b'0'
            && (i < 2 || !w[i - 2].is_ascii_digit())
        {
            decimal = true;
        }
        in_group = false;
        match b {
            b'-' => dashes += 1,
            b'/' => slashes += 1,
            b'.' => dots += 1,
            b' ' | b'\t' | b'\r' | b'\n' => {}
            _ => others += 1,
        }
    }
    let lens = &lens[..n_groups.min(lens.len())];
    // Country codes never start with 0: +0100 is a time zone.
    if w.windows(2).any(|p| p == b"+0") {
        return true;
    }
    if w.first() == Some(&b'+') {
        return false;
    }
    // 2002-08-22, 22/08/2002, 22.08.2002: two of one separator and nothing else.
    let date = lens.len() == 3
        && ((lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2)
            || (lens[0] <= 2 && lens[1] <= 2 && lens[2] == 4))
        && others == 0
        && [dashes, slashes, dots].contains(&2)
        && dashes + slashes + dots == 2;
    // 192.168.10.254, 1.2.3.4567: dotted groups of up to three digits.
    let dotted = dots >= 3 && dashes + others == 0 && lens.iter().take(3).all(|&l| l <= 3);
    // 02/10/08/1835219, 9/18/02: paths and dates; a phone has at most one slash (030/1234567).
    let path = slashes >= 2;
    // 43.5368043088, 1030460647.7351, 89.00: fractions, timestamps and prices. A dotted
    // phone's groups have at most four digits, and its first group is not followed by two.
    let fraction = dots > 0 && (long_beside_dot(w) || price_first(w));
    // 64548299056172016: longer than any number in the world (15 digits).
    let too_long = n_groups == 1 && digits > 15;
    // 0000015, 0106954: a bare serial. National numbers written without a single separator
    // and starting with the trunk 0 have at least nine digits.
    let serial = n_groups == 1 && w.first() == Some(&b'0') && digits < 9;
    // 000 123: no country or trunk prefix is 000.
    let zeros = w.starts_with(b"000");
    date || dotted || path || serial || zeros || decimal || fraction || too_long
}

/// Whether a dot has five digits or more right before or after it.
fn long_beside_dot(w: &[u8]) -> bool {
    w.iter().enumerate().any(|(i, &b)| {
        b == b'.'
            && (w[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count() >= 5
                || w[..i]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_digit())
                    .count()
                    >= 5)
    })
}

/// Whether the window opens with an amount: digits, a dot, two digits, then no more digits
/// or dots (`89.00 23 - 1382625`).
fn price_first(w: &[u8]) -> bool {
    let lead = w.iter().take_while(|c| c.is_ascii_digit()).count();
    lead > 0
        && w.get(lead) == Some(&b'.')
        && w[lead + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
            == 2
        && !w
            .get(lead + 3)
            .is_some_and(|c| c.is_ascii_digit() || *c == b'.')
}

/// Regions worth trying for a national-format number after the default region.
fn other_regions(window: &str) -> &'static [Region] {
    let digits: String = window.chars().filter(|c| c.is_ascii_digit()).collect();
    const TRUNK_ZERO: &[Region] = &[
        Region::GB,
        Region::DE,
        Region::FR,
        Region::NL,
        Region::BE,
        Region::AT,
        Region::CH,
        Region::IE,
        Region::IT,
        Region::AU,
        Region::BR,
        Region::IN,
    ];
    // Spain's numbers start with 6-9, Portugal's with 2 or 9.
    const SPAIN: &[Region] = &[Region::ES];
    const PORTUGAL: &[Region] = &[Region::PT];
    const IBERIA: &[Region] = &[Region::ES, Region::PT];
    // North American numbers parse the same from any region of +1, so none is tried twice.
    // 06 12 34 56 78: France writes its ten digits in pairs.
    const PAIRS: &[Region] = &[Region::FR, Region::BE, Region::CH];
    let pairs = digits.len() == 10
        && window
            .split(|c: char| !c.is_ascii_digit())
            .filter(|g| !g.is_empty())
            .all(|g| g.len() == 2);
    if pairs && digits.starts_with('0') {
        PAIRS
    } else if digits.starts_with('0') {
        TRUNK_ZERO
    } else if digits.len() == 9 {
        match digits.as_bytes()[0] {
            b'6' | b'7' | b'8' => SPAIN,
            b'9' => IBERIA,
            b'2' => PORTUGAL,
            _ => &[],
        }
    } else {
        &[]
    }
}

/// The window as one number, when it is a valid one.
fn parse_one(window: &str, region: Option<Region>) -> Option<FoundPhone> {
    // The parser's patterns run over every byte it is given: give it only what tells
    // (digits, the plus, the brackets of a `(0)`), not the spacing.
    let compact: String = window
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '+' | '(' | ')'))
        .collect();
    let (e164, kind) = guarded(|| {
        let n = PHONE_NUMBER_UTIL.parse(&compact, region).ok()?;
        if !n.is_valid() {
            return None;
        }
        let e164 = n.to_string();
        let kind = nanp_kind(&e164).unwrap_or_else(|| kind_name(n.get_type()));
        Some((e164, kind))
    })??;
    Some(FoundPhone {
        e164,
        kind,
        start: 0,
        end: window.len(),
    })
}

/// Written with `+` or North America's `011`: no other country's national number. (`00` is
/// the international prefix of most of those countries themselves.)
fn dialled_internationally(window: &str) -> bool {
    let t = window.trim_start();
    t.starts_with('+') || t.starts_with("011")
}

/// The piece as one number of the default region or, written without `+`, of a region whose
/// national numbers look like it (so a long identifier is not tried against every country).
fn parse_any(piece: &str, region: Region) -> Option<FoundPhone> {
    match nanp_number(piece, region) {
        Some(Some(found)) => return Some(found),
        Some(None) => {}
        None => {
            if let Some(p) = parse_one(piece, Some(region)) {
                return Some(p);
            }
        }
    }
    if dialled_internationally(piece) {
        return None;
    }
    other_regions(piece)
        .iter()
        .filter(|&&r| r != region)
        .find_map(|&r| parse_one(piece, Some(r)))
}

/// North American area codes where libphonenumber takes every exchange (2-9xx) as valid, as
/// read from its metadata (the test `nanp_tables_match_the_metadata` keeps them in step).
/// Numbers under these codes are read without the parser.
const NANP_AREA_CODES: [u16; 445] = [
    201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 212, 213, 214, 215, 216, 217, 218, 219, 220,
    223, 224, 225, 226, 227, 228, 229, 231, 234, 235, 236, 239, 240, 248, 249, 250, 251, 252, 253,
    254, 256, 257, 260, 262, 263, 267, 269, 270, 272, 273, 274, 276, 279, 281, 283, 289, 301, 302,
    303, 304, 305, 306, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 323,
    324, 325, 326, 327, 329, 330, 331, 332, 334, 336, 337, 339, 341, 343, 346, 347, 350, 351, 352,
    353, 354, 360, 361, 363, 364, 365, 367, 368, 369, 380, 382, 385, 386, 401, 402, 403, 404, 405,
    406, 407, 408, 409, 410, 412, 413, 414, 415, 416, 417, 418, 419, 423, 424, 425, 428, 430, 431,
    432, 434, 435, 437, 438, 440, 442, 443, 445, 447, 448, 450, 458, 463, 464, 468, 469, 470, 472,
    474, 475, 478, 479, 480, 484, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 512, 513,
    514, 515, 516, 517, 518, 519, 520, 521, 522, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534,
    539, 540, 541, 544, 548, 551, 557, 559, 561, 562, 563, 564, 566, 567, 570, 571, 572, 573, 574,
    575, 577, 579, 580, 581, 582, 584, 585, 586, 587, 588, 600, 601, 602, 603, 604, 605, 606, 607,
    608, 609, 610, 612, 613, 614, 615, 616, 617, 618, 619, 620, 622, 623, 626, 628, 629, 630, 631,
    633, 636, 639, 640, 641, 645, 646, 647, 650, 651, 656, 657, 658, 659, 660, 661, 662, 667, 669,
    672, 678, 680, 681, 682, 683, 686, 689, 701, 702, 703, 704, 705, 706, 707, 708, 709, 712, 713,
    714, 715, 716, 717, 718, 719, 720, 724, 725, 726, 727, 728, 730, 731, 732, 734, 737, 738, 740,
    742, 743, 747, 748, 753, 754, 757, 760, 762, 763, 765, 769, 770, 771, 772, 773, 774, 775, 778,
    779, 780, 781, 782, 785, 786, 787, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 812,
    813, 814, 815, 816, 817, 818, 819, 820, 821, 825, 826, 828, 829, 830, 831, 832, 833, 835, 838,
    839, 840, 843, 844, 845, 847, 848, 849, 850, 854, 855, 856, 857, 858, 859, 860, 862, 863, 864,
    865, 866, 867, 870, 872, 873, 877, 878, 879, 888, 900, 901, 902, 903, 904, 905, 906, 907, 908,
    909, 910, 912, 913, 914, 915, 916, 917, 918, 919, 920, 925, 928, 929, 930, 931, 934, 936, 937,
    938, 939, 940, 941, 942, 943, 945, 947, 948, 949, 951, 952, 954, 956, 959, 970, 971, 972, 973,
    975, 978, 979, 980, 984, 985, 986, 989,
];

/// Area codes where only some exchanges are valid (mostly Caribbean): the parser decides.
const NANP_PARTIAL: [u16; 24] = [
    242, 246, 264, 268, 284, 340, 345, 441, 473, 523, 524, 649, 664, 670, 671, 684, 721, 758, 767,
    784, 868, 869, 876, 983,
];

/// A North American number read without the parser, which spends some fifteen microseconds
/// on a number running its patterns: `Some(Some(number))` when the piece is one (ten digits,
/// or eleven after a 1, with the default region in North America or a `+1`), `Some(None)`
/// when it cannot be one (a national number of another length, an area code or exchange no
/// number has), and `None` when the parser must decide (not North American, twelve digits
/// or more, or an area code with only some exchanges).
fn nanp_number(piece: &str, region: Region) -> Option<Option<FoundPhone>> {
    let t = piece.trim();
    let plus = t.starts_with('+');
    if !plus && !matches!(region, Region::US | Region::CA) {
        return None;
    }
    let mut d = [0u8; 11];
    let mut n = 0;
    for b in t.bytes() {
        if b.is_ascii_digit() {
            if n == d.len() {
                return None;
            }
            d[n] = b - b'0';
            n += 1;
        } else if !matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'+' | b'/') {
            return None;
        }
    }
    let national = match (n, plus) {
        (10, false) => &d[..10],
        (11, _) if d[0] == 1 => &d[1..],
        (_, false) => return Some(None),
        (_, true) => return None,
    };
    let npa = u16::from(national[0]) * 100 + u16::from(national[1]) * 10 + u16::from(national[2]);
    if NANP_PARTIAL.binary_search(&npa).is_ok() {
        return None;
    }
    if national[3] < 2 || NANP_AREA_CODES.binary_search(&npa).is_err() {
        return Some(None);
    }
    let mut e164 = String::with_capacity(12);
    e164.push_str("+1");
    e164.extend(national.iter().map(|&x| char::from(b'0' + x)));
    let kind = nanp_kind(&e164).unwrap_or("fixed_line_or_mobile");
    Some(Some(FoundPhone {
        e164,
        kind,
        start: 0,
        end: piece.len(),
    }))
}

fn matches_in(window: &str, region: Region) -> Vec<FoundPhone> {
    // Most windows hold one number and nothing else: parsing the whole window is several
    // times cheaper than the matcher. So is a number with its international prefix.
    let digits = window.bytes().filter(u8::is_ascii_digit).count();
    let international = dialled_internationally(window) || window.trim_start().starts_with("00");
    if digits <= 12 || (international && digits <= 16) {
        if let Some(found) = parse_any(window, region) {
            return vec![found];
        }
        if digits <= 12 {
            return Vec::new();
        }
    }
    // Several numbers side by side are mostly set apart by a slash, a line break or a
    // wider gap: each piece is parsed alone.
    let mut found = Vec::new();
    let bytes = window.as_bytes();
    let mut piece_start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        let gap = if i == bytes.len() || matches!(bytes[i], b'/' | b'\n' | b'\t') {
            1
        } else if bytes[i] == b' ' && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace) {
            2
        } else {
            0
        };
        if gap > 0 {
            let piece = &window[piece_start..i];
            let n = piece.bytes().filter(u8::is_ascii_digit).count();
            if (7..=15).contains(&n) {
                let lead = piece.len() - piece.trim_start().len();
                if let Some(mut p) = parse_any(piece.trim(), region) {
                    p.start = piece_start + lead;
                    p.end = p.start + piece.trim().len();
                    found.push(p);
                }
            }
            i += gap;
            piece_start = i;
        } else {
            i += 1;
        }
    }
    if !found.is_empty() {
        return found;
    }
    // Numbers of other countries written without + are tried only in regions whose national
    // numbers can look like this window.
    let others: &[Region] = if dialled_internationally(window) {
        &[]
    } else {
        other_regions(window)
    };
    let others = others.iter().copied().filter(|&r| r != region);
    for r in std::iter::once(region).chain(others) {
        let found = match_all(window, r);
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

/// Runs a call into libphonenumber, taking a panic as no answer. Its matcher has counted its
/// tries below zero (issue 11, finding 10); overflow checks are on for it in release builds
/// too, so such a bug ends here, as a window without a number, in every build.
pub(crate) fn guarded<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> Option<T> {
    std::panic::catch_unwind(f).ok()
}

/// libphonenumber's matcher: every valid number in a window holding several.
fn match_all(window: &str, region: Region) -> Vec<FoundPhone> {
    guarded(|| match_all_unguarded(window, region)).unwrap_or_default()
}

fn match_all_unguarded(window: &str, region: Region) -> Vec<FoundPhone> {
    window
        .phone_number_matcher_builder()
        .leniency(Leniency::Valid)
        .preferred_region(Some(region))
        .max_tries(8)
        .build()
        .map(|m| {
            let e164 = m.number.to_string();
            let kind = nanp_kind(&e164).unwrap_or_else(|| kind_name(m.number.get_type()));
            FoundPhone {
                e164,
                kind,
                start: m.start,
                end: m.end(),
            }
        })
        .collect()
}

/// The kind of a valid North American number from its area code alone: toll-free and
/// premium codes are fixed by the numbering plan, and the rest cannot be told apart (fixed
/// and mobile share area codes), so the full type check is skipped.
fn nanp_kind(e164: &str) -> Option<&'static str> {
    let area = e164.strip_prefix("+1")?.get(..3)?;
    Some(match area {
        "800" | "833" | "844" | "855" | "866" | "877" | "888" => "toll_free",
        "900" => "premium_rate",
        _ => "fixed_line_or_mobile",
    })
}

fn kind_name(t: PhoneNumberType) -> &'static str {
    match t {
        PhoneNumberType::TollFree => "toll_free",
        PhoneNumberType::PremiumRate => "premium_rate",
        PhoneNumberType::Mobile => "mobile",
        PhoneNumberType::FixedLine => "fixed_line",
        PhoneNumberType::FixedLineOrMobile => "fixed_line_or_mobile",
        PhoneNumberType::VoIP => "voip",
        PhoneNumberType::SharedCost => "shared_cost",
        PhoneNumberType::PersonalNumber => "personal",
        PhoneNumberType::UAN => "uan",
        _ => "unknown",
    }
}

/// Digits and what people put between them; line breaks too, as mail wraps long lines
/// inside numbers ("1 863\r\n337-1462").
fn is_phone_char(b: u8) -> bool {
    b.is_ascii_digit()
        || matches!(
            b,
            b' ' | b'-' | b'.' | b'(' | b')' | b'+' | b'/' | b'\r' | b'\n' | b'\t'
        )
}

/// Letters typed for digits inside a number: `1-8OO-555-O142`.
fn is_digit_like(b: u8) -> bool {
    matches!(b, b'O' | b'o' | b'l' | b'I')
}

/// Byte ranges of runs that could be phone numbers: 7 to 20 digits with phone punctuation;
/// the first `max` of them.
fn digit_windows(text: &str, max: usize) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() && out.len() < max {
        if !bytes[i].is_ascii_digit() && bytes[i] != b'+' && bytes[i] != b'(' {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = 0;
        let mut end = i;
        let mut j = i;
        while j < bytes.len() {
            let b = bytes[j];
            let prev = if j > 0 { bytes[j - 1] } else { b' ' };
            let next = bytes.get(j + 1).copied().unwrap_or(b' ');
            let digitish = |x: u8| x.is_ascii_digit() || is_digit_like(x);
            let letter_digit = is_digit_like(b)
                && (prev.is_ascii_digit()
                    || next.is_ascii_digit()
                    || (digitish(prev) && digitish(next))
                    || (matches!(prev, b'-' | b' ' | b'.') && digitish(next))
                    || (digitish(prev) && matches!(next, b'-' | b' ' | b'.' | b')')));
            if b.is_ascii_digit() || letter_digit {
                digits += 1;
                end = j + 1;
            } else if b == 0xC2 && bytes.get(j + 1) == Some(&0xA0) {
                // A no-break space between digit groups.
                j += 1;
            } else if !is_phone_char(b) {
                break;
            }
            j += 1;
            if j - start > 40 {
                break;
            }
        }
        if (7..=20).contains(&digits) {
            // A word character right before means part of an identifier, not a number; so
            // does a word joined by a hyphen or hash (INV-2026-118833, REF#20261188).
            let word_before = |k: usize| bytes[k].is_ascii_alphabetic() || bytes[k] == b'_';
            let glued = start > 0
                && (word_before(start - 1)
                    || (start > 1
                        && matches!(bytes[start - 1], b'-' | b'#')
                        && word_before(start - 2)));
            if !glued {
                out.push((start, end));
            }
        }
        i = j.max(i + 1);
    }
    out
}

/// The window as the parser should read it: letters typed for digits made digits, line breaks
/// and no-break spaces made spaces. Byte offsets are kept (a no-break space is two bytes and
/// becomes two spaces). `None` when the window needs no change.
fn letters_for_digits(window: &str) -> Option<String> {
    let needs = window
        .bytes()
        .any(|b| is_digit_like(b) || matches!(b, b'\r' | b'\n' | b'\t' | 0xC2));
    if !needs {
        return None;
    }
    let mut out = String::with_capacity(window.len());
    for c in window.chars() {
        match c {
            'O' | 'o' => out.push('0'),
            'l' | 'I' => out.push('1'),
            '\r' | '\n' | '\t' => out.push(' '),
            '\u{a0}' => out.push_str("  "),
            c => out.push(c),
        }
    }
    Some(out)
}

/// A URL or bare domain found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundUrl {
    pub url: String,
    /// The host, lower-case.
    pub host: String,
    pub start: usize,
    pub end: usize,
}

/// Bytes a URL runs on until: white space, quotes, angle and square brackets, `)`.
fn url_byte(b: u8) -> bool {
    !(b.is_ascii_whitespace() || matches!(b, b'<' | b'>' | b'"' | b'\'' | b'[' | b']' | b')'))
}

fn domain_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'
}

/// Whether a match may start at `i`: after a byte that is not an ASCII word character.
fn word_start(b: &[u8], i: usize) -> bool {
    i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')
}

/// `http://…`, `https://…` and `www.…` links: their byte ranges, in order, none nested.
fn explicit_urls(b: &[u8]) -> Vec<(usize, usize)> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // A link ends where its run of URL bytes ends, and a link starting inside that run ends
    // there too: the run is read once, not once per `http://` in it (`http://http://…`).
    // Occurrences come in order, so the last run read is the only one to remember.
    let run = |found: &mut Vec<(usize, usize)>, run_end: &mut usize, start: usize, body: usize| {
        if body > *run_end {
            *run_end = body + b[body..].iter().take_while(|&&c| url_byte(c)).count();
        }
        let end = (*run_end).max(body);
        if end > body && word_start(b, start) {
            found.push((start, end));
        }
    };
    let mut run_end = 0;
    for i in memchr::memmem::find_iter(b, b"http") {
        let rest = &b[i + 4..];
        if rest.starts_with(b"://") {
            run(&mut found, &mut run_end, i, i + 7);
        } else if rest.starts_with(b"s://") {
            run(&mut found, &mut run_end, i, i + 8);
        }
    }
    let mut run_end = 0;
    for i in memchr::memmem::find_iter(b, b"www.") {
        // Inside a longer host (`x.www.example.com`) it is a label like any other.
        if i == 0 || !domain_byte(b[i - 1]) {
            run(&mut found, &mut run_end, i, i + 4);
        }
    }
    found.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(found.len());
    for r in found {
        if out.last().is_none_or(|l| r.0 >= l.1) {
            out.push(r);
        }
    }
    out
}

/// A bare domain starting at `start` (`name.tld`, `a.b.co.uk`, with a `/path`): `Ok(end)`.
/// Labels are letters, digits and inner hyphens; the last is the first two to eighteen
/// letters after the final dot. `Err(stop)` when there is none: `stop` is where the labels
/// ended, and no label starting before it, after `start`, begins a domain either (its scan
/// would read the same labels and dots), so the caller goes on from there: the scan of a run
/// like `a.a.a.…` is done once, not once per dot.
fn bare_domain_at(b: &[u8], start: usize) -> Result<usize, usize> {
    let mut i = start;
    let mut host_end = None;
    loop {
        // A label, then a dot. Longer labels than 63 bytes are not read to their end.
        let len = b[i..]
            .iter()
            .take(64)
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || **c == b'-')
            .count();
        if len == 0 || len > 63 || b[i] == b'-' || b[i + len - 1] == b'-' {
            break;
        }
        if b.get(i + len) != Some(&b'.') {
            break;
        }
        let next = i + len + 1;
        let tld = b[next..]
            .iter()
            .take(18)
            .take_while(|c| c.is_ascii_lowercase())
            .count();
        if tld >= 2 {
            host_end = Some(next + tld);
        }
        i = next;
        if i >= b.len() {
            break;
        }
    }
    let end = host_end.ok_or(i)?;
    if b.get(end) == Some(&b'/') {
        return Ok(end + b[end..].iter().take_while(|&&c| url_byte(c)).count());
    }
    Ok(end)
}

/// Finds URLs and bare domains in folded text. A bare `name.tld` counts only when its suffix
/// is a known public suffix and it is not a file name. A scanner rather than a regex: a
/// domain needs a dot, so it starts from each dot and reads the few bytes around it, where a
/// regex would try every word of the text as a domain's start.
pub fn find_urls(text: &str) -> Vec<FoundUrl> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for (start, end) in url_spans(b) {
        if out.len() >= 500 {
            break;
        }
        let raw = text[start..end].trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"', '>']);
        let explicit =
            raw.starts_with("https://") || raw.starts_with("http://") || raw.starts_with("www.");
        // An address is not a URL: `name@example.com`.
        if start > 0 && b[start - 1] == b'@' {
            continue;
        }
        let host = host_of(raw);
        if host.is_empty() {
            continue;
        }
        let has_path = raw.len() > host.len() && raw.as_bytes().get(host.len()) == Some(&b'/');
        if !explicit && !plausible_bare_domain(&host, has_path) {
            continue;
        }
        out.push(FoundUrl {
            url: raw.to_string(),
            host,
            start,
            end: start + raw.len(),
        });
    }
    out
}

/// Byte ranges of the links and bare domains of folded text, sorted: what [`find_urls`]
/// reads. Linear: each byte is read a bounded number of times, however the dots fall.
fn url_spans(b: &[u8]) -> Vec<(usize, usize)> {
    let mut spans = explicit_urls(b);
    let n_explicit = spans.len();
    let mut covered = 0;
    let mut explicit = spans.iter().take(n_explicit).peekable();
    let mut bare = Vec::new();
    for dot in memchr::memchr_iter(b'.', b) {
        if dot < covered {
            continue;
        }
        while explicit.peek().is_some_and(|r| r.1 <= dot) {
            explicit.next();
        }
        if let Some(&&(s, e)) = explicit.peek() {
            if s <= dot {
                covered = e;
                continue;
            }
        }
        let mut start = dot;
        while start > covered && domain_byte(b[start - 1]) {
            start -= 1;
        }
        while start < dot && matches!(b[start], b'-' | b'.') {
            start += 1;
        }
        if !word_start(b, start) {
            covered = dot + 1;
            continue;
        }
        match bare_domain_at(b, start) {
            Ok(end) => {
                // An explicit link starting inside wins from there on (the links are sorted:
                // the first starting after `start` is the one).
                let first_after = spans[..n_explicit].partition_point(|r| r.0 <= start);
                let end = spans[..n_explicit]
                    .get(first_after)
                    .filter(|r| r.0 < end)
                    .map_or(end, |r| r.0);
                // An address's domain is read whole, and is not a link.
                if start == 0 || b[start - 1] != b'@' {
                    bare.push((start, end));
                }
                covered = end;
            }
            Err(stop) => covered = stop.max(dot + 1),
        }
    }
    spans.extend(bare);
    spans.sort_unstable();
    spans
}

/// Whether a bare `name.tld` is a domain. Top-level domains that are also short words or file
/// extensions (`it`, `me`, `pdf`) count only with a path after them (`enel-rimborsi.it/c`).
fn plausible_bare_domain(host: &str, has_path: bool) -> bool {
    let Some(tld) = host.rsplit('.').next() else {
        return false;
    };
    const FILE_EXT: &[&str] = &[
        "pdf", "doc", "docx", "xls", "xlsx", "exe", "zip", "rar", "txt", "jpg", "jpeg", "png",
        "gif", "htm", "html", "php", "asp", "aspx", "js", "css", "mov", "mp3", "mp4", "msi", "dll",
        "py", "rs", "sh", "pl", "cgi", "jsp", "eml", "cfg", "conf", "ini", "log", "tar", "gz",
        "rpm", "deb", "src", "tmp", "bak", "c", "h", "so", "am", "pm", "me", "in", "it", "is",
        "at", "to", "be", "no", "us", "so", "do", "go", "my", "an", "as", "or", "id", "im", "st",
        "nd", "rd", "th", "ok", "dr", "mr", "ms", "jr", "sr", "vs", "etc", "inc", "ltd",
    ];
    if host.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return false;
    }
    if FILE_EXT.contains(&tld) && !has_path {
        return false;
    }
    psl::suffix(host.as_bytes()).is_some_and(|s| s.is_known())
}

/// The host part of a URL, lower-case, without port or credentials.
pub fn host_of(url: &str) -> String {
    let rest = match url.find("://") {
        Some(p) => &url[p + 3..],
        None => url,
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host);
    host.trim_end_matches('.').to_ascii_lowercase()
}

/// The registrable domain (`paypal.com` for `www.paypal.com`), when the suffix is known.
pub fn registrable_domain(host: &str) -> Option<String> {
    let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
    if host.is_empty() || is_ip(&host) {
        return None;
    }
    psl::domain_str(&host).map(str::to_string)
}

pub fn is_ip(host: &str) -> bool {
    host.parse::<std::net::IpAddr>().is_ok()
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::Ipv6Addr>()
            .is_ok()
}

/// The domain of an email address.
pub fn domain_of_address(addr: &str) -> Option<&str> {
    addr.rsplit_once('@').map(|(_, d)| d.trim_end_matches('>'))
}

fn email_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,18}")
            .expect("email pattern compiles")
    })
}

/// Email addresses in folded text, with their byte ranges.
pub fn find_emails(text: &str) -> Vec<(usize, usize)> {
    if memchr::memchr(b'@', text.as_bytes()).is_none() {
        return Vec::new();
    }
    email_re()
        .find_iter(text)
        .take(200)
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// Amounts with the currency first (`$399.99`, `eur 45`) or after (`1.299,00 €`).
const MONEY: &str = r"(?:[$€£¥₹]|(?-u:\b)(?:usd|eur|gbp|cad|aud|chf|inr|rs\.?|us\$|ca\$|au\$|r\$))\s?\d{1,3}(?:[,.\s]?\d{3})*(?:[.,]\d{1,2})?(?-u:\b)|(?-u:\b)\d{1,3}(?:[,.\s]?\d{3})*(?:[.,]\d{1,2})?\s?(?:[$€£]|usd(?-u:\b)|eur(?-u:\b)|gbp(?-u:\b)|euros?(?-u:\b)|dollars?(?-u:\b)|pounds?(?-u:\b)|dólares(?-u:\b)|dolares(?-u:\b))";

fn money_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(MONEY).expect("money pattern compiles"))
}

/// Money amounts in folded text, with their byte ranges.
pub fn find_money(text: &str) -> Vec<(usize, usize)> {
    money_re()
        .find_iter(text)
        .take(200)
        .map(|m| (m.start(), m.end()))
        .collect()
}

#[cfg(test)]
mod tests {
    /// Issue 11, finding 10: these 19 bytes were reported to make libphonenumber's matcher
    /// count its tries below zero (a panic with overflow checks, a lost limit without). Every
    /// region, through knownline's path and the matcher's own (Niue's numbers have four
    /// digits: `5555` is one there).
    #[test]
    fn issue_11_the_matcher_text_that_underflowed_reads_sanely_everywhere() {
        for text in ["00 555 01 ( 00 5555", "call 00 555 01 ( 00 5555 now"] {
            for region in PHONE_NUMBER_UTIL.get_supported_regions() {
                for found in [find_phones(text, region), match_all(text, region)] {
                    let sane = |p: &FoundPhone| {
                        p.e164.starts_with('+') && p.start < p.end && p.end <= text.len()
                    };
                    assert!(found.iter().all(sane), "{text} {region:?}: {found:?}");
                    assert!(found.len() <= 1, "{text} {region:?}: {found:?}");
                }
            }
        }
    }

    /// A panic inside libphonenumber is a window with no number, not a failed contact.
    #[test]
    fn a_panic_in_the_phone_library_is_no_number() {
        assert_eq!(guarded(|| 7), Some(7));
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let caught = guarded(|| -> u8 { panic!("subtract with overflow") });
        std::panic::set_hook(quiet);
        assert_eq!(caught, None);
    }

    #[test]
    fn issue_11_the_matcher_underflow_is_out_of_reach() {
        for text in [
            "00 555 01 ( 00 5555",
            "call 00 555 01 ( 00 5555 now",
            "+00 555 01 ( 00 5555",
        ] {
            for region in PHONE_NUMBER_UTIL
                .get_supported_regions()
                .collect::<Vec<_>>()
            {
                let found = find_phones(text, region);
                let _ = match_all(text, region);
                for tries in 1..=12u64 {
                    for len in [
                        Leniency::Possible,
                        Leniency::Valid,
                        Leniency::StrictGrouping,
                        Leniency::ExactGrouping,
                    ] {
                        let r = std::panic::catch_unwind(|| {
                            text.phone_number_matcher_builder()
                                .leniency(len)
                                .preferred_region(Some(region))
                                .max_tries(tries)
                                .build()
                                .count()
                        });
                        if r.is_err() {
                            eprintln!("PANIC {text:?} {region:?} {tries}");
                        }
                    }
                }
                assert!(
                    found.iter().all(|p| p.e164.starts_with('+')),
                    "{text} {region:?}: {found:?}"
                );
            }
        }
    }

    use super::*;

    fn e164(text: &str) -> Vec<String> {
        find_phones(text, Region::US)
            .into_iter()
            .map(|p| p.e164)
            .collect()
    }

    #[test]
    fn phones_in_many_writings() {
        assert_eq!(e164("Call +1 (888) 555-0142 now"), ["+18885550142"]);
        assert_eq!(e164("dial 1-888-555-0142."), ["+18885550142"]);
        assert_eq!(e164("ring 888.555.0142 today"), ["+18885550142"]);
        assert_eq!(e164("call 1-8OO-642-7676"), ["+18006427676"]);
        assert_eq!(
            e164("call 1-844-762-99Z1 or (844) 762-992l"),
            ["+18447629921"]
        );
        assert_eq!(e164("UK: +44 20 7946 0958"), ["+442079460958"]);
        assert_eq!(e164("Freephone 0800 123 4567"), ["+448001234567"]);
        assert!(e164("order 123456789 placed 2024-01-12 at 10:30").is_empty());
        assert!(e164("ticket INC0012345678").is_empty());
        assert_eq!(
            e164("Support Services Desk: 1 863  \r\n337-1462Automatic"),
            ["+18633371462"]
        );
        assert_eq!(e164("Ligue 0800\u{a0}123\u{a0}4567"), ["+448001234567"]);
        assert_eq!(e164("Berlin 030/1234567"), ["+49301234567"]);
        assert_eq!(e164("Tel +44 (0)1483 561657"), ["+441483561657"]);
        assert_eq!(e164("Tel +353-87-240-6691"), ["+353872406691"]);
        assert_eq!(
            e164("Austin, TX 78701\t\t+1 512 374 0500"),
            ["+15123740500"]
        );
        assert_eq!(
            e164("Tél. 01 56 77 01 20 / 06 81 57 85 47"),
            ["+33156770120", "+33681578547"]
        );
        assert_eq!(e164("dial 011 44 20 7946 0958"), ["+442079460958"]);
        assert_eq!(e164("from Europe 0048 22 123 4567"), ["+48221234567"]);
        assert!(e164("ref 011-506-267-7139").is_empty());
        assert_eq!(e164("Tel. 06 12 34 56 78"), ["+33612345678"]);
    }

    #[test]
    fn digit_runs_that_are_not_numbers() {
        for junk in [
            "scores 0.545  0.473 and 0.921852",
            "see /articles/02/10/08/1835219.shtml",
            "on 9/18/02 -0400",
            "Date: 22 Aug 2002 0020 +0100",
            "id 0000015 and 0106954",
            "copyright 1997-2002",
            "server 192.168.10.254",
            "released 2002-08-22",
            "000 123 4567",
            "ratio 970 43.5368043088",
            "serial 64548299056172016",
            "from 209.203.162.20/8230",
            "id 1030460647.7351",
            "total 89.00 23 - 1382625",
            "invoice INV-2026-118833",
            "order REF#2026118833",
        ] {
            assert!(e164(junk).is_empty(), "{junk}: {:?}", e164(junk));
        }
    }

    #[test]
    fn nanp_tables_match_the_metadata() {
        let valid = |npa: u16, nxx: u16| {
            PHONE_NUMBER_UTIL
                .parse(format!("+1{npa}{nxx}4567"), Some(Region::US))
                .is_ok_and(|n| n.is_valid())
        };
        assert!(NANP_AREA_CODES.windows(2).all(|w| w[0] < w[1]));
        assert!(NANP_PARTIAL.windows(2).all(|w| w[0] < w[1]));
        for npa in 200..=999u16 {
            let oks = (200..=999u16)
                .step_by(41)
                .filter(|&nxx| valid(npa, nxx))
                .count();
            let all = (200..=999u16).step_by(41).count();
            let listed = NANP_AREA_CODES.contains(&npa);
            let partial = NANP_PARTIAL.contains(&npa);
            assert_eq!(
                listed,
                oks == all && !partial,
                "area code {npa}: {oks}/{all} valid"
            );
            assert!(
                partial || listed || oks == 0,
                "area code {npa}: {oks}/{all} valid"
            );
        }
        // The fast path and the parser agree on what they both read.
        for text in [
            "(212) 555-0142",
            "1-888-555-0142",
            "+1 876 555 0142",
            "200-209-2116",
        ] {
            let fast = nanp_number(text, Region::US).flatten().map(|p| p.e164);
            let lib = parse_one(text, Some(Region::US)).map(|p| p.e164);
            if nanp_number(text, Region::US).is_some() {
                assert_eq!(fast, lib, "{text}");
            }
        }
    }

    #[test]
    fn toll_free_kind() {
        let p = find_phones("call 1-888-555-0142", Region::US);
        assert_eq!(p[0].kind, "toll_free");
    }

    #[test]
    fn urls_and_domains() {
        let found = find_urls("visit https://paypal.com.secure-login.top/x?a=1 or www.norton.com, see invoice.pdf and e.g. this");
        let hosts: Vec<&str> = found.iter().map(|u| u.host.as_str()).collect();
        assert_eq!(hosts, ["paypal.com.secure-login.top", "www.norton.com"]);
        let bare = find_urls("go to usps-redelivery.top/track now");
        assert_eq!(bare[0].host, "usps-redelivery.top");
        let italian = find_urls("rimborso: enel-rimborsi.it/c entro oggi, got it.ok");
        let hosts: Vec<&str> = italian.iter().map(|u| u.host.as_str()).collect();
        assert_eq!(hosts, ["enel-rimborsi.it"]);
        assert_eq!(
            registrable_domain("paypal.com.secure-login.top").as_deref(),
            Some("secure-login.top")
        );
        let hosts = |t: &str| -> Vec<String> { find_urls(t).into_iter().map(|u| u.host).collect() };
        // An address's domain is neither a link nor, in part, a bare domain.
        assert!(hosts("write to help@mail.example.co.uk today").is_empty());
        assert_eq!(hosts("a.b.www.example.com"), ["a.b.www.example.com"]);
        assert_eq!(hosts("«http://login.example.com/x»"), ["login.example.com"]);
        assert_eq!(
            hosts("files: setup.exe, notes.txt, report.pdf"),
            Vec::<String>::new()
        );
        assert_eq!(hosts("see https://a.example/p.html."), ["a.example"]);
        assert_eq!(
            hosts("go to -secure-paypal.com.verify.top/x"),
            ["secure-paypal.com.verify.top"]
        );
    }

    /// The scanner as it was before issue 11: every `http://` reads its run of URL bytes and
    /// every dot its chain of labels, to the end. Quadratic, and the reference for what the
    /// linear scanner must still find.
    fn url_spans_every_dot(b: &[u8]) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        let mut run = |start: usize, body: usize| {
            let end = body + b[body..].iter().take_while(|&&c| url_byte(c)).count();
            if end > body && word_start(b, start) {
                found.push((start, end));
            }
        };
        for i in memchr::memmem::find_iter(b, b"http") {
            if b[i + 4..].starts_with(b"://") {
                run(i, i + 7);
            } else if b[i + 4..].starts_with(b"s://") {
                run(i, i + 8);
            }
        }
        for i in memchr::memmem::find_iter(b, b"www.") {
            if i == 0 || !domain_byte(b[i - 1]) {
                run(i, i + 4);
            }
        }
        found.sort_unstable();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for r in found {
            if spans.last().is_none_or(|l| r.0 >= l.1) {
                spans.push(r);
            }
        }
        let domain_end = |start: usize| -> Option<usize> {
            let (mut i, mut host_end) = (start, None);
            loop {
                let len = b[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || **c == b'-')
                    .count();
                if len == 0 || len > 63 || b[i] == b'-' || b[i + len - 1] == b'-' {
                    break;
                }
                if b.get(i + len) != Some(&b'.') {
                    break;
                }
                i += len + 1;
                let tld = b[i..]
                    .iter()
                    .take(18)
                    .take_while(|c| c.is_ascii_lowercase());
                let tld = tld.count();
                if tld >= 2 {
                    host_end = Some(i + tld);
                }
                if i >= b.len() {
                    break;
                }
            }
            let end = host_end?;
            let path = b.get(end) == Some(&b'/');
            Some(
                end + if path {
                    b[end..].iter().take_while(|&&c| url_byte(c)).count()
                } else {
                    0
                },
            )
        };
        let explicit = spans.clone();
        let mut covered = 0;
        for dot in memchr::memchr_iter(b'.', b) {
            if dot < covered {
                continue;
            }
            if let Some(&(_, e)) = explicit.iter().find(|r| r.1 > dot && r.0 <= dot) {
                covered = e;
                continue;
            }
            let mut start = dot;
            while start > covered && domain_byte(b[start - 1]) {
                start -= 1;
            }
            while start < dot && matches!(b[start], b'-' | b'.') {
                start += 1;
            }
            if !word_start(b, start) {
                covered = dot + 1;
                continue;
            }
            match domain_end(start) {
                Some(end) => {
                    let end = explicit
                        .iter()
                        .find(|r| r.0 > start && r.0 < end)
                        .map_or(end, |r| r.0);
                    if start == 0 || b[start - 1] != b'@' {
                        spans.push((start, end));
                    }
                    covered = end;
                }
                None => covered = dot + 1,
            }
        }
        spans.sort_unstable();
        spans
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, .. Default::default() })]

        /// Issue 11: the linear scanner finds exactly what the quadratic one found.
        #[test]
        fn url_scan_matches_the_reference(text in "(a|b|1|A|-|\\.|\\.|\\.|/|@| |co|com|uk|www\\.|http://|https://|x{64}){0,60}") {
            proptest::prop_assert_eq!(url_spans(text.as_bytes()), url_spans_every_dot(text.as_bytes()), "{:?}", text);
        }
    }

    /// Issue 11: a run of dots between one-letter labels is read once, not once per dot
    /// (800 KB took 409 s).
    #[test]
    fn issue_11_dot_runs_are_read_once() {
        for unit in ["a.", "1.", "A.", "a.com.a.", "http://", "www.a", "a@b."] {
            let text = unit.repeat(4 << 20 >> unit.len().ilog2());
            let t = std::time::Instant::now();
            let found = find_urls(&text.to_ascii_lowercase());
            let took = t.elapsed();
            assert!(took.as_secs() < 5, "{unit:?} × {}: {took:?}", text.len());
            assert!(found.len() <= 500);
        }
        assert_eq!(
            find_urls("a.a.a.a.example.com")[0].host,
            "a.a.a.a.example.com"
        );
    }

    #[test]
    fn money_amounts() {
        let text = "you were charged $399.99 and 1.299,00 € and usd 45";
        assert_eq!(find_money(text).len(), 3);
        assert_eq!(find_money("you owe eur 45 by 12.30 today"), [(8, 14)]);
        assert!(find_money("in 2024, 1,299 people").is_empty());
    }
}
