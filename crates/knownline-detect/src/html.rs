//! HTML reading: the text a person sees, the links with their shown text, and the behaviours
//! scareware pages use to hold a screen.
//!
//! A forgiving single-pass scanner rather than a full HTML5 tree builder: scam pages and
//! HTML mail are broken on purpose, we only need visible text, links and a few tags, and a
//! scanner reads megabytes per millisecond where a tree builder allocates a node per tag.
//! Limits: at most [`MAX_DEPTH`] open elements are tracked; deeper nesting is read as flat.

use std::borrow::Cow;

use crate::text::is_invisible;

/// Open elements tracked for hidden-text handling.
pub const MAX_DEPTH: usize = 512;
/// Links kept per document.
pub const MAX_LINKS: usize = 500;

/// What a page or an HTML mail part shows and does.
#[derive(Debug, Clone, Default)]
pub struct HtmlView {
    /// Visible text, blocks separated by line breaks, entities decoded.
    pub text: String,
    pub title: String,
    pub links: Vec<HtmlLink>,
    /// Inline scripts and event-handler attributes, for behaviour checks.
    pub script: String,
    pub behaviours: Behaviours,
    pub has_password_input: bool,
    /// More than [`MAX_LINKS`] links: the rest were not judged.
    pub links_capped: bool,
}

#[derive(Debug, Clone)]
pub struct HtmlLink {
    pub href: String,
    /// The text shown for the link, as the person reads it.
    pub text: String,
}

/// Scareware behaviours found in a page's markup and scripts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Behaviours {
    pub fullscreen: bool,
    pub beforeunload: bool,
    pub alert_loop: bool,
    pub autoplay: bool,
    pub history_flood: bool,
    pub input_capture: bool,
    pub print_loop: bool,
    pub tel_link: bool,
    pub meta_refresh: bool,
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
const SKIP_CONTENT: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head",
];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "td",
    "th",
    "dt",
    "dd",
    "form",
    "title",
    "button",
    "center",
];

struct Open<'a> {
    name: Cow<'a, str>,
    hidden: bool,
    /// An explicit font size: `Some(true)` for zero. Mail layouts zero the size on a table
    /// cell and set it again inside, so only the innermost explicit size counts.
    font_zero: Option<bool>,
}

/// Reads an HTML document or fragment. Never fails: broken markup reads as text.
pub fn read_html(html: &str) -> HtmlView {
    read_html_with(html, false)
}

/// As [`read_html`]; with `styled_hidden_visible`, text hidden by inline styles or the
/// `hidden` attribute is read too (a scareware page reveals it by script once it holds the
/// screen). Script, style and template contents are never text.
pub fn read_html_with(html: &str, styled_hidden_visible: bool) -> HtmlView {
    let mut view = HtmlView::default();
    let bytes = html.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    let mut hidden_depth = 0usize;
    let mut link: Option<(String, usize)> = None; // href and start of its text in view.text
    let mut in_title = false;
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        let Some(lt) = memchr::memchr(b'<', &bytes[i..]) else {
            break;
        };
        let lt = i + lt;
        // A '<' not followed by a tag start is text.
        let next = bytes.get(lt + 1).copied().unwrap_or(b' ');
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
            i = lt + 1;
            continue;
        }
        let tiny =
            !styled_hidden_visible && stack.iter().rev().find_map(|o| o.font_zero) == Some(true);
        push_text(
            &mut view,
            &html[text_start..lt],
            hidden_depth > 0 || tiny,
            in_title,
        );
        if html[lt..].starts_with("<!--") {
            let end = find(bytes, lt + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            i = end;
            text_start = end;
            continue;
        }
        let Some(gt) = tag_end(bytes, lt + 1) else {
            // An unclosed tag at the end: drop the rest as markup.
            i = bytes.len();
            text_start = i;
            break;
        };
        let tag = parse_tag(&html[lt + 1..gt]);
        i = gt + 1;
        text_start = i;
        let Some(tag) = tag else { continue };
        if tag.closing {
            if tag.name == "a" {
                if let Some((href, start)) = link.take() {
                    add_link(&mut view, href, start);
                }
            }
            if tag.name == "title" {
                in_title = false;
            }
            if let Some(pos) = stack.iter().rposition(|o| o.name == tag.name) {
                for open in stack.drain(pos..) {
                    if open.hidden {
                        hidden_depth = hidden_depth.saturating_sub(1);
                    }
                }
            }
            if BLOCK.contains(&&*tag.name) {
                view.text.push('\n');
            }
            continue;
        }
        // Attributes and behaviours.
        for &(name, value) in &tag.attrs {
            if name.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("on")) {
                view.script.push_str(name);
                view.script.push('=');
                view.script.push_str(value);
                view.script.push('\n');
            }
            let target = name.eq_ignore_ascii_case("href") || name.eq_ignore_ascii_case("action");
            if target && value.trim_start().starts_with("tel:") {
                view.behaviours.tel_link = true;
            }
        }
        match &*tag.name {
            "audio" | "video" if tag.has("autoplay") => view.behaviours.autoplay = true,
            "meta"
                if tag
                    .get("http-equiv")
                    .is_some_and(|v| v.eq_ignore_ascii_case("refresh")) =>
            {
                view.behaviours.meta_refresh = true
            }
            "input"
                if tag
                    .get("type")
                    .is_some_and(|v| v.eq_ignore_ascii_case("password")) =>
            {
                view.has_password_input = true
            }
            "a" => {
                if let Some((href, start)) = link.take() {
                    add_link(&mut view, href, start);
                }
                if let Some(href) = tag.get("href") {
                    link = Some((decode(href).into_owned(), view.text.len()));
                }
            }
            "form" => {
                // Where a form sends what is typed into it counts as a link.
                if let Some(action) = tag.get("action") {
                    view.links_capped |= view.links.len() >= MAX_LINKS;
                    if view.links.len() < MAX_LINKS {
                        view.links.push(HtmlLink {
                            href: decode(action).into_owned(),
                            text: String::new(),
                        });
                    }
                }
            }
            "title" => in_title = true,
            "script" | "style" => {
                // Raw text up to the matching end tag, whatever it contains.
                let close = if tag.name == "script" {
                    "</script"
                } else {
                    "</style"
                };
                let end = find_ci(bytes, i, close.as_bytes()).unwrap_or(bytes.len());
                if tag.name == "script" {
                    view.script.push_str(&html[i..end]);
                    view.script.push('\n');
                }
                let after = tag_end(bytes, end + 1).map_or(bytes.len(), |g| g + 1);
                i = after.min(bytes.len());
                text_start = i;
                continue;
            }
            "img" => {
                if let Some(alt) = tag.get("alt") {
                    if hidden_depth == 0 && !alt.trim().is_empty() {
                        view.text.push(' ');
                        view.text.push_str(&decode(alt));
                        view.text.push(' ');
                    }
                }
            }
            _ => {}
        }
        if BLOCK.contains(&&*tag.name) {
            view.text.push('\n');
        }
        if VOID.contains(&&*tag.name) || tag.self_closing {
            continue;
        }
        let hidden = SKIP_CONTENT.contains(&&*tag.name) && tag.name != "head"
            || !styled_hidden_visible && (tag.has("hidden") || tag.get("style").is_some_and(hides));
        if stack.len() < MAX_DEPTH {
            if hidden {
                hidden_depth += 1;
            }
            let font_zero = tag.get("style").and_then(font_size_zero);
            stack.push(Open {
                name: tag.name,
                hidden,
                font_zero,
            });
        }
    }
    push_text(
        &mut view,
        &html[text_start.min(html.len())..],
        hidden_depth > 0,
        in_title,
    );
    if let Some((href, start)) = link.take() {
        add_link(&mut view, href, start);
    }
    view.behaviours = detect_behaviours(&view.script, view.behaviours);
    view.title = crate::text::squash_spaces(&view.title);
    view
}

fn add_link(view: &mut HtmlView, href: String, start: usize) {
    if view.links.len() >= MAX_LINKS {
        view.links_capped = true;
        return;
    }
    let text = crate::text::squash_spaces(view.text.get(start..).unwrap_or(""));
    view.links.push(HtmlLink { href, text });
}

fn push_text(view: &mut HtmlView, raw: &str, hidden: bool, in_title: bool) {
    if raw.is_empty() {
        return;
    }
    if in_title {
        view.title.push_str(&decode(raw));
        return;
    }
    if hidden {
        return;
    }
    let decoded = decode(raw);
    // Collapse HTML whitespace: newlines in source are spaces on screen. Runs of plain ASCII
    // are copied whole; other characters one by one, dropping invisible ones.
    let text = &mut view.text;
    let mut space = text.ends_with([' ', '\n']);
    let mut rest: &str = &decoded;
    while !rest.is_empty() {
        let plain = rest.bytes().take_while(|b| b.is_ascii_graphic()).count();
        if plain > 0 {
            text.push_str(&rest[..plain]);
            space = false;
            rest = &rest[plain..];
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        rest = &rest[c.len_utf8()..];
        if c.is_whitespace() || c == '\u{00A0}' {
            if !space {
                text.push(' ');
                space = true;
            }
        } else if !is_invisible(c) && !c.is_ascii_control() {
            text.push(c);
            space = false;
        }
    }
}

fn decode(s: &str) -> Cow<'_, str> {
    if s.contains('&') {
        html_escape::decode_html_entities(s)
    } else {
        Cow::Borrowed(s)
    }
}

/// Inline styles that hide an element's text from the reader.
fn hides(style: &str) -> bool {
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    s.contains("display:none")
        || s.contains("visibility:hidden")
        || s.contains("opacity:0;")
        || s.ends_with("opacity:0")
        || s.contains("max-height:0")
        || s.contains("height:0;overflow:hidden")
}

/// Whether an inline style sets the font size, and to zero.
fn font_size_zero(style: &str) -> Option<bool> {
    let s = style.to_ascii_lowercase();
    let at = s.find("font-size")?;
    let value = s[at + "font-size".len()..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    let number: String = value
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let n: f32 = number.parse().ok()?;
    Some(n == 0.0)
}

fn detect_behaviours(script: &str, mut b: Behaviours) -> Behaviours {
    if script.is_empty() {
        return b;
    }
    let s = script.to_ascii_lowercase();
    let looped = s.contains("while(")
        || s.contains("while (")
        || s.contains("for(")
        || s.contains("for (")
        || s.contains("setinterval");
    let count = |needle: &str| s.matches(needle).count();
    b.fullscreen |= s.contains("requestfullscreen");
    b.beforeunload |= s.contains("beforeunload");
    let dialogs = count("alert(") + count("confirm(") + count("prompt(");
    b.alert_loop |= dialogs >= 3 || (dialogs >= 1 && looped);
    b.autoplay |= s.contains(".play()") && (s.contains("audio") || s.contains(".mp3"));
    let pushes = count("pushstate(") + count("replacestate(");
    b.history_flood |= pushes >= 3 || (pushes >= 1 && looped);
    b.input_capture |= s.contains("pointerlock")
        || s.contains("keyboard.lock")
        || ((s.contains("keydown") || s.contains("keyup") || s.contains("keypress"))
            && (s.contains("preventdefault") || s.contains("return false")))
        || s.contains("contextmenu") && s.contains("preventdefault");
    b.print_loop |= count("print()") >= 3 || (s.contains("print()") && looped);
    b
}

/// A tag as written, borrowing from the page: nothing is copied until it is kept.
struct Tag<'a> {
    /// Lower-cased when written in capitals, which is rare.
    name: Cow<'a, str>,
    closing: bool,
    self_closing: bool,
    attrs: Vec<(&'a str, &'a str)>,
}

impl Tag<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }
    fn has(&self, name: &str) -> bool {
        self.attrs.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
    }
}

/// The index of the `>` closing a tag that starts at `from`, honouring quoted attributes.
fn tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    // A runaway quote must not swallow a whole document: give up on quotes after 4 KiB.
    let limit = from + 4096;
    let mut i = from;
    loop {
        i += memchr::memchr3(b'>', b'"', b'\'', bytes.get(i..)?)?;
        let quote = bytes[i];
        if quote == b'>' {
            return Some(i);
        }
        // Inside quotes a `>` is text; the quote ends at its match, or just past the limit.
        let end = limit.min(bytes.len().saturating_sub(1));
        i = match bytes
            .get(i + 1..=end)
            .and_then(|r| memchr::memchr(quote, r))
        {
            Some(p) => i + 1 + p + 1,
            None => limit.max(i) + 2,
        };
    }
}

fn parse_tag(inner: &str) -> Option<Tag<'_>> {
    let mut s = inner;
    if s.starts_with('!') || s.starts_with('?') {
        return None;
    }
    let closing = s.starts_with('/');
    if closing {
        s = &s[1..];
    }
    let self_closing = s.ends_with('/');
    let name_end = s
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(s.len());
    let name = &s[..name_end];
    if name.is_empty() {
        return None;
    }
    let name = if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    };
    let mut attrs = Vec::new();
    if !closing {
        // Every boundary below is an ASCII byte, so each slice is on character boundaries.
        let text = &s[name_end..];
        let rest = text.as_bytes();
        let mut i = 0;
        while i < rest.len() && attrs.len() < 64 {
            while i < rest.len() && (rest[i].is_ascii_whitespace() || rest[i] == b'/') {
                i += 1;
            }
            let start = i;
            while i < rest.len()
                && !rest[i].is_ascii_whitespace()
                && rest[i] != b'='
                && rest[i] != b'/'
            {
                i += 1;
            }
            if start == i {
                i += 1;
                continue;
            }
            let key = &text[start..i];
            while i < rest.len() && rest[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = "";
            if i < rest.len() && rest[i] == b'=' {
                i += 1;
                while i < rest.len() && rest[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i < rest.len() && (rest[i] == b'"' || rest[i] == b'\'') {
                    let q = rest[i];
                    let vstart = i + 1;
                    let vend = rest[vstart..]
                        .iter()
                        .position(|&b| b == q)
                        .map_or(rest.len(), |p| vstart + p);
                    value = &text[vstart..vend];
                    i = vend + 1;
                } else {
                    let vstart = i;
                    while i < rest.len() && !rest[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    value = &text[vstart..i];
                }
            }
            attrs.push((key, value));
        }
    }
    Some(Tag {
        name,
        closing,
        self_closing,
        attrs,
    })
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay.get(from..)?, needle).map(|p| from + p)
}

fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = hay.get(from..)?;
    let first = needle[0];
    let mut i = 0;
    while let Some(p) = memchr::memchr(first, &hay[i..]) {
        let at = i + p;
        if hay.len() >= at + needle.len() && hay[at..at + needle.len()].eq_ignore_ascii_case(needle)
        {
            return Some(from + at);
        }
        i = at + 1;
    }
    None
}

/// Whether a text looks like HTML markup rather than plain text.
pub fn looks_like_html(s: &str) -> bool {
    let head = crate::text::truncate_at_char(s, 4096).to_ascii_lowercase();
    head.contains("<html")
        || head.contains("<!doctype html")
        || head.contains("<body")
        || head.contains("<div")
        || head.contains("<script")
        || head.contains("<p>")
        || head.contains("<br")
        || head.contains("<table")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_skips_scripts_styles_and_hidden() {
        let v = read_html(
            "<html><head><title>Alert &amp; Warning</title><style>p{}</style></head>\
             <body><p>Call&nbsp;now</p><div style=\"display: none\">hidden words</div>\
             <script>var x='<p>no</p>';</script><p>Done</p></body></html>",
        );
        assert_eq!(v.title, "Alert & Warning");
        assert!(v.text.contains("Call now"), "{:?}", v.text);
        assert!(v.text.contains("Done"));
        assert!(!v.text.contains("hidden"));
        assert!(!v.text.contains("no</p>"));
        assert!(v.script.contains("var x"));
    }

    #[test]
    fn zero_font_cells_with_sized_text_inside_are_visible() {
        let v = read_html(
            "<table><tr><td style=\"font-size:0;padding:0\"><div style=\"font-size: 14px\">Call 1 863 337-1462</div></td></tr></table>\
             <span style=\"font-size:0px\">hidden filler words</span>",
        );
        assert!(v.text.contains("Call 1 863 337-1462"), "{:?}", v.text);
        assert!(!v.text.contains("filler"), "{:?}", v.text);
    }

    #[test]
    fn links_keep_shown_text_and_target() {
        let v = read_html("<a href='https://evil.example/x'>www.paypal.com</a> and <a href=tel:+18885550142>call</a>");
        assert_eq!(v.links[0].href, "https://evil.example/x");
        assert_eq!(v.links[0].text, "www.paypal.com");
        assert!(v.behaviours.tel_link);
    }

    #[test]
    fn scareware_behaviours() {
        let v = read_html(
            "<body onbeforeunload=\"return 'stay'\"><audio src=a.mp3 autoplay></audio><script>\
             document.documentElement.requestFullscreen(); for(;;){alert('Virus!')}\
             for (var i=0;i<50;i++){history.pushState({}, '', '#'+i)}\
             document.addEventListener('keydown', e => e.preventDefault());</script></body>",
        );
        let b = v.behaviours;
        assert!(b.fullscreen && b.beforeunload && b.alert_loop && b.autoplay);
        assert!(b.history_flood && b.input_capture);
        assert!(!b.print_loop);
    }

    #[test]
    fn quoted_angle_brackets_stay_inside_tags() {
        let b = br#"<a title="1 > 0" href='x>y'>go</a>"#;
        assert_eq!(
            tag_end(b, 1),
            Some(b.iter().position(|&c| c == b'g').unwrap() - 1)
        );
        // A quote that never closes gives up after 4 KiB instead of eating the page.
        let mut runaway = b"<p title=\"".to_vec();
        runaway.extend(std::iter::repeat_n(b'x', 5000));
        runaway.extend(b">text");
        assert_eq!(tag_end(&runaway, 1), Some(runaway.len() - 5));
        assert_eq!(tag_end(b"<p title='x", 1), None);
    }

    #[test]
    fn broken_markup_never_panics() {
        for s in [
            "<",
            "<a href='",
            "<<<>>>",
            "<script>",
            "</div></div>",
            "<p \u{0}>x",
            "<!--",
        ] {
            let _ = read_html(s);
        }
    }
}
