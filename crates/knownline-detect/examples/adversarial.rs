//! Looks for super-linear time: every shape of hostile input in `SHAPES`, on every channel, at
//! two sizes; the ratio of their times is about 4 when the analysis is linear and 16 when it
//! is quadratic. `cargo run --release --example adversarial -- [KB] [FILTER]` (default 50 KB;
//! the larger size is four times it). A case slower than 2 s at the small size is not run at
//! the large one.

#[path = "../tests/support/repo_pack.rs"]
mod repo_pack;

use std::time::{Duration, Instant};

use knownline_detect::{Channel, Contact, Directory, Engine};

/// (name, what comes before, the unit repeated).
type Shape = (&'static str, &'static str, &'static str);

const SHAPES: &[Shape] = &[
    ("dots a.", "", "a."),
    ("dots 1.", "", "1."),
    ("dots A.", "", "A."),
    ("dots a-", "", "a-."),
    ("dots only", "", "."),
    ("domain chain", "", "ab.c"),
    ("tld chain", "", "a.com."),
    ("at signs", "", "@"),
    ("address chain", "", "a@b."),
    ("addresses", "", "a@b.cc "),
    ("addresses glued", "", "a@b.cc"),
    ("address digits", "", "a@b.1."),
    ("http", "", "http"),
    ("http://", "", "http://"),
    ("http://a", "", "http://a "),
    ("www.", "", "www."),
    ("www.a", "", "www.a"),
    ("long word", "", "abcdefghij"),
    ("spaces", "x", " "),
    ("newlines", "x", "\n"),
    ("digits", "", "1"),
    ("digit groups", "", "12 "),
    ("digit dashes", "", "1-"),
    ("phones", "", "+1 888 555 0142 "),
    ("phone lines", "", "(888) 555-0142\n"),
    ("phones distinct", "", "PHONE"),
    (
        "phones per turn",
        "",
        "Caller: call 888 555 01PP and 877 555 01PP\n",
    ),
    ("brackets", "", "( 00 5555 "),
    ("money", "", "$1 "),
    ("money usd", "", "1.00 usd "),
    ("commas", "", "1,"),
    (
        "claim cues",
        "",
        "Caller: this is microsoft support press one 1\nMe: ok\n",
    ),
    ("org names", "", "microsoft "),
    ("phrase", "", "gift card "),
    ("speaker lines", "", "Caller: hi\n"),
    ("colon lines", "", "a:\n"),
    ("no-break spaces", "1", "\u{a0}"),
    ("accents", "", "é"),
    ("cyrillic", "", "м"),
    ("invisibles", "a", "\u{200b}"),
    ("cjk", "", "微软客服"),
    ("html divs", "<html>", "<div>"),
    ("html closes", "<html>", "</div>"),
    ("html open a", "<html>", "<a href=x>y"),
    ("html unclosed tags", "<html>", "<p"),
    ("html lt", "<html>", "<"),
    ("html quotes", "<html>", "<a title=\""),
    ("html comments", "<html>", "<!--"),
    ("html scripts", "<html>", "<script>"),
    ("html styles", "<html>", "<b style=\"font-size:0\">x"),
    ("html attrs", "<html><a ", "x=1 "),
    ("html entities", "<html>", "&amp;"),
    ("html bare entity", "<html>", "&"),
    ("html alerts", "<html><script>", "alert("),
    (
        "mime parts",
        "Content-Type: multipart/mixed; boundary=a\r\nFrom: a@b.com\r\nSubject: x\r\n\r\n",
        "--a\r\nContent-Type: text/plain\r\n\r\nx\r\n",
    ),
    (
        "mime nested",
        "Content-Type: multipart/mixed; boundary=a\r\nFrom: a@b.com\r\nSubject: x\r\n\r\n",
        "--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n",
    ),
    (
        "mime html parts",
        "Content-Type: multipart/mixed; boundary=a\r\nFrom: a@b.com\r\nSubject: x\r\n\r\n",
        "--a\r\nContent-Type: text/html\r\n\r\n<p>microsoft</p>\r\n",
    ),
    ("headers", "From: a@b.com\r\nSubject: x\r\n", "X-A: b\r\n"),
    (
        "auth headers",
        "From: a@b.com\r\nSubject: x\r\n",
        "Authentication-Results: spf=pass\r\n",
    ),
    (
        "from brands",
        "Subject: x\r\nFrom: \"",
        "microsoft support ",
    ),
    ("folded header", "From: a@b.com\r\nSubject: x", "\r\n y"),
];

/// What closes a shape, when it needs closing to be read at all.
const SUFFIXES: &[(&str, &str)] = &[("from brands", "\" <a@evil.example>\r\n\r\nbody")];

const CHANNELS: [Option<Channel>; 5] = [
    None,
    Some(Channel::Sms),
    Some(Channel::Email),
    Some(Channel::Popup),
    Some(Channel::Call),
];

/// `prefix` and `unit` repeated to about `size` bytes; `PHONE` and `PP` become numbers that
/// differ from one repetition to the next.
pub fn build(prefix: &str, unit: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + 64);
    s.push_str(prefix);
    let mut n = 0u64;
    while s.len() < size {
        if unit.contains("PHONE") || unit.contains("PP") {
            let phone = format!("(888) {:03}-{:04} ", 200 + n % 700, n % 10_000);
            s.push_str(
                &unit
                    .replace("PHONE", &phone)
                    .replace("PP", &format!("{:02}", n % 100)),
            );
        } else {
            s.push_str(unit);
        }
        n += 1;
    }
    s
}

fn time(engine: &Engine, channel: Option<Channel>, text: &str) -> (Duration, Duration) {
    let t = Instant::now();
    let contact = Contact::parse(channel, text);
    let parse = t.elapsed();
    let t = Instant::now();
    let a = engine.assess(&contact, &Directory::empty());
    std::hint::black_box(a);
    (parse, t.elapsed())
}

fn main() {
    let mut args = std::env::args().skip(1);
    let kb: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(50);
    let filter = args.next().unwrap_or_default();
    let engine = repo_pack::trained_engine();
    println!(
        "{:<22} {:<6} {:>10} {:>10} {:>6}",
        "shape", "chan", "small", "large", "ratio"
    );
    for &(name, prefix, unit) in SHAPES {
        if !name.contains(&filter) {
            continue;
        }
        for channel in CHANNELS {
            let ch = channel.map_or("auto", Channel::as_str);
            let suffix = SUFFIXES
                .iter()
                .find(|(n, _)| *n == name)
                .map_or("", |s| s.1);
            let small = build(prefix, unit, kb * 1024) + suffix;
            let (p1, a1) = time(&engine, channel, &small);
            let t1 = p1 + a1;
            let (t4, ratio) = if t1 > Duration::from_secs(2) {
                (None, f64::NAN)
            } else {
                let large = build(prefix, unit, 4 * kb * 1024) + suffix;
                let (p4, a4) = time(&engine, channel, &large);
                let t4 = p4 + a4;
                (Some(t4), t4.as_secs_f64() / t1.as_secs_f64().max(1e-6))
            };
            // Times of a few milliseconds are noise: only a slow large case is flagged.
            let slow = t4.is_none_or(|t| t > Duration::from_millis(30));
            let flag = if ratio.is_nan() || (ratio > 8.0 && slow) {
                " <<<"
            } else {
                ""
            };
            println!(
                "{name:<22} {ch:<6} {:>9.1?} {:>10} {ratio:>6.1}{flag}",
                t1,
                t4.map_or("-".into(), |t| format!("{:.1?}", t)),
            );
        }
    }
}
