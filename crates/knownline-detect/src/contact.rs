//! Contacts: what reached the person, on one channel, read into parts.

use std::fmt;
use std::sync::OnceLock;

use regex::Regex;

use crate::email::{read_email, EmailView};
use crate::html::{looks_like_html, read_html_with, Behaviours, HtmlLink};
use crate::text::truncate_at_char;

/// Bytes of one contact that are read; the rest is ignored with a note. Edges refuse larger
/// inputs before they get here.
pub const MAX_CONTACT_BYTES: usize = 25 * 1024 * 1024;
/// Turns of a call transcript kept as separate parts.
pub const MAX_TURNS: usize = 5_000;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Call,
    Email,
    Sms,
    Popup,
}

impl Channel {
    pub const ALL: [Channel; 4] = [Channel::Call, Channel::Email, Channel::Sms, Channel::Popup];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Call => "call",
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Popup => "popup",
        }
    }

    pub fn parse(s: &str) -> Option<Channel> {
        Channel::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which part of a contact a piece of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Subject,
    /// The sender as shown: an email's From display name and address, an SMS sender.
    From,
    Body,
    /// A turn spoken by the other party of a call (or a speaker whose role is unknown).
    Caller,
    /// A turn spoken by the person we protect.
    Callee,
    /// Free notes about a call, written by the person.
    Notes,
    Title,
    Attachment,
}

impl Field {
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Subject => "subject",
            Field::From => "from",
            Field::Body => "body",
            Field::Caller => "caller",
            Field::Callee => "callee",
            Field::Notes => "notes",
            Field::Title => "title",
            Field::Attachment => "attachment",
        }
    }
}

/// One piece of text of a contact.
#[derive(Debug, Clone)]
pub struct Part {
    pub field: Field,
    pub text: String,
    /// Byte offset of `text` in the contact's content when it is a verbatim slice of it.
    pub origin: Option<usize>,
}

/// What a scareware or web page shows and does.
#[derive(Debug, Clone, Default)]
pub struct PageInfo {
    pub url: Option<String>,
    pub title: String,
    pub behaviours: Behaviours,
    pub has_password_input: bool,
}

/// A contact read into parts. Reading never fails; oddities become `notes`.
#[derive(Debug, Clone)]
pub struct Contact {
    pub channel: Channel,
    pub parts: Vec<Part>,
    pub email: Option<EmailView>,
    pub page: Option<PageInfo>,
    pub links: Vec<HtmlLink>,
    /// Whether a call transcript had speaker labels.
    pub labelled: bool,
    /// Whether the channel was guessed from the content (none was given).
    pub channel_guessed: bool,
    pub notes: Vec<String>,
    /// Limits that stopped the reading (size, parts, links): what is past them was not
    /// checked, and the assessment says so.
    pub limits: Vec<String>,
}

impl Contact {
    /// Reads `content` as a contact of `channel`, or of the detected channel when `None`.
    pub fn parse(channel: Option<Channel>, content: &str) -> Contact {
        Contact::parse_with_url(channel, content, None)
    }

    /// As [`Contact::parse`], with the address a pop-up was shown at.
    pub fn parse_with_url(channel: Option<Channel>, content: &str, url: Option<&str>) -> Contact {
        let mut limits = Vec::new();
        let content = if content.len() > MAX_CONTACT_BYTES {
            limits.push(size_limit());
            truncate_at_char(content, MAX_CONTACT_BYTES)
        } else {
            content
        };
        let guessed = channel.is_none();
        let channel = channel.unwrap_or_else(|| detect_channel(content));
        let mut contact = match channel {
            Channel::Email => read_email_contact(content),
            Channel::Call => read_call(content),
            Channel::Sms => read_sms(content),
            Channel::Popup => read_popup(content, url),
        };
        limits.append(&mut contact.limits);
        contact.limits = limits;
        contact.channel_guessed = guessed;
        contact
    }

    /// Reads raw bytes: invalid UTF-8 is replaced, with a note.
    pub fn parse_bytes(channel: Option<Channel>, bytes: &[u8]) -> Contact {
        match std::str::from_utf8(bytes) {
            Ok(s) => Contact::parse(channel, s),
            Err(_) => {
                // Email keeps its bytes: MIME decoding knows the charset.
                let channel_guessed = channel.is_none();
                let channel =
                    channel.unwrap_or_else(|| detect_channel(&String::from_utf8_lossy(bytes)));
                let mut contact = if channel == Channel::Email {
                    let mut c = empty(Channel::Email);
                    if bytes.len() > MAX_CONTACT_BYTES {
                        c.limits.push(size_limit());
                    }
                    let bytes = &bytes[..bytes.len().min(MAX_CONTACT_BYTES)];
                    fill_from_email(&mut c, read_email(bytes));
                    c.channel_guessed = channel_guessed;
                    c
                } else {
                    let mut c = Contact::parse(Some(channel), &String::from_utf8_lossy(bytes));
                    c.channel_guessed = channel_guessed;
                    c
                };
                contact
                    .notes
                    .push("input is not valid UTF-8: bad bytes replaced".into());
                contact
            }
        }
    }

    /// The sender shown for the contact, if any.
    /// The contact as it came from `sender` — the caller ID shown, or a text's sender — when
    /// the content itself does not say. An email's sender is its From header: left alone.
    pub fn with_sender(mut self, sender: &str) -> Contact {
        let sender = sender.trim();
        if sender.is_empty() || self.channel == Channel::Email || self.sender().is_some() {
            return self;
        }
        self.parts.insert(
            0,
            Part {
                field: Field::From,
                text: crate::text::truncate_at_char(sender, 200).to_string(),
                origin: None,
            },
        );
        self
    }

    pub fn sender(&self) -> Option<&str> {
        self.parts
            .iter()
            .find(|p| p.field == Field::From)
            .map(|p| p.text.as_str())
    }
}

fn empty(channel: Channel) -> Contact {
    Contact {
        channel,
        parts: Vec::new(),
        email: None,
        page: None,
        links: Vec::new(),
        labelled: false,
        channel_guessed: false,
        notes: Vec::new(),
        limits: Vec::new(),
    }
}

/// The limit on a contact's size, as a reason it was only partly checked.
fn size_limit() -> String {
    format!("longer than {MAX_CONTACT_BYTES} bytes: the rest not checked")
}

/// Guesses the channel of a text given without one: headers make an email, markup a page;
/// speaker lines, or an account of a call in the words people use for one (in several
/// languages), make a call; a short text or one opening with a sender line is a text message.
pub fn detect_channel(content: &str) -> Channel {
    if crate::email::looks_like_email(content) {
        return Channel::Email;
    }
    if looks_like_html(content) {
        return Channel::Popup;
    }
    let head = truncate_at_char(content, 8192);
    let first = head.trim_start().lines().next().unwrap_or("");
    let sender_line = sender_prefix(first).is_some();
    if subject_line(first) {
        return Channel::Email;
    }
    let (labels, roles) = speaker_lines(head);
    if labels >= 2 || roles >= 1 || quoted_turns(head) >= 3 {
        return Channel::Call;
    }
    // A short text needs more than a passing "he said" to be an account of a call.
    let needed = if head.len() <= 200 { 3 } else { 2 };
    if !sender_line && call_cue_points(&head.to_lowercase()) >= needed {
        return Channel::Call;
    }
    if content.len() <= 640 || sender_line {
        return Channel::Sms;
    }
    Channel::Email
}

/// Whether a line is an email's subject line (`Subject:`, `Objet :`, `Betreff:`, …): texts
/// have none, so a message pasted from its subject on is an email.
fn subject_line(line: &str) -> bool {
    const SUBJECT: &[&str] = &[
        "subject",
        "objet",
        "asunto",
        "betreff",
        "oggetto",
        "assunto",
        "onderwerp",
        "temat",
        "тема",
        "件名",
    ];
    let lower = line.to_lowercase();
    SUBJECT.iter().any(|w| {
        lower.strip_prefix(w).is_some_and(|rest| {
            let rest = rest.trim_start_matches([' ', '\u{a0}']);
            rest.starts_with(':') || rest.starts_with('：')
        })
    })
}

/// Lines that open with a quotation mark or a dash: a dialogue written down without
/// speakers' names (“Pronto?” / “Sì” / — Bonjour…).
fn quoted_turns(text: &str) -> usize {
    text.lines()
        .take(200)
        .filter(|l| {
            l.trim_start()
                .starts_with(['“', '”', '"', '«', '»', '„', '「', '—', '–'])
        })
        .count()
}

/// Words that open a text message's sender line (`From: +1 555…`, `De : BBVA`, `Von: DHL`).
const SENDER_WORDS: &[&str] = &[
    "from",
    "de",
    "von",
    "van",
    "da",
    "od",
    "от",
    "sender",
    "expéditeur",
    "expediteur",
    "remitente",
    "absender",
    "mittente",
    "remetente",
    "afzender",
    "nadawca",
    "отправитель",
    "差出人",
    "送信者",
];

/// The length in bytes of a sender line's prefix (`From:`, `De :`) at the start of a line.
fn sender_prefix(line: &str) -> Option<usize> {
    SENDER_WORDS.iter().find_map(|w| {
        let head = line.get(..w.len())?;
        if head.to_lowercase() != *w {
            return None;
        }
        let rest = &line[w.len()..];
        let after = rest.trim_start_matches([' ', '\u{a0}']);
        let after = after
            .strip_prefix(':')
            .or_else(|| after.strip_prefix('：'))?;
        Some(line.len() - after.len())
    })
}

/// Words of an account of a call: two points each for words that name a call, one for the
/// reported speech of one ("he said", "they wanted me to").
fn call_cue_points(lower: &str) -> usize {
    const CALL: &[&str] = &[
        "called me",
        "rang me",
        "phoned me",
        "phone call",
        "the caller",
        "hung up",
        "voicemail",
        "voice mail",
        "left a message",
        "got a call",
        "received a call",
        "answered the phone",
        "on the phone with",
        "cold call",
        "cold-call",
        "me llamó",
        "me llamo un",
        "me llamaron",
        "me han llamado",
        "colgué",
        "buzón de voz",
        "llamada de un",
        "m'a appelé",
        "m'a appelée",
        "m'ont appelé",
        "appel téléphonique",
        "j'ai raccroché",
        "messagerie vocale",
        "hat mich angerufen",
        "rief mich an",
        "angerufen",
        "anruf von",
        "anruf eines",
        "am telefon",
        "aufgelegt",
        "mi ha chiamato",
        "mi hanno chiamato",
        "telefonata",
        "ho riattaccato",
        "segreteria telefonica",
        "me ligou",
        "me ligaram",
        "ligação de",
        "recebi uma ligação",
        "recebi uma chamada",
        "desliguei",
        "caixa postal",
        "belde me",
        "werd gebeld",
        "ben gebeld",
        "telefoontje",
        "opgehangen",
        "ingesproken",
        "zadzwonił",
        "zadzwoniła",
        "rozmowa telefoniczna",
        "позвонил",
        "позвонили",
        "звонок",
        "電話がかかって",
        "電話があり",
        "留守電",
        "電話し",
        "電話をかけ",
        "電話に出",
        "オペレーター",
        "un appel",
        "l'appel",
        "au téléphone",
        "au bout du fil",
        "una llamada",
        "la llamada",
        "al teléfono",
        "una telefonata",
        "la telefonata",
        "una chiamata",
        "la chiamata",
        "al telefono",
        "einen anruf",
        "der anruf",
        "am apparat",
        "telefonat",
        "uma ligação",
        "a ligação",
        "telefonema",
        "ao telefone",
        "gebeld",
        "belde",
        "aan de lijn",
        "aan de telefoon",
        "звонил",
        "звонили",
        "по телефону",
        "dzwonił",
        "zadzwonił",
        "przez telefon",
        "the call",
        "a call from",
        "the phone",
        // Recorded messages: an automated call's voicemail.
        "listen to this message",
        "this message is for",
        "press one",
        "press \"one\"",
        "press 1 to",
        "press 9",
        "appuyez sur la touche",
        "tapez 1",
        "pulse 1",
        "pulse la tecla",
        "drücken sie die",
        "drücken sie 1",
        "premi 1",
        "premere il tasto",
        "pressione 1",
        "digite 1",
        "druk op 1",
        "naciśnij 1",
        "нажмите 1",
        "1を押",
    ];
    const SPEECH: &[&str] = &[
        "he said",
        "she said",
        "they said",
        "told me",
        "asked me to",
        "wanted me to",
        "claimed to be",
        "said he was",
        "said she was",
        "said they were",
        "pretending to be",
        "me dijo",
        "me dijeron",
        "m'a dit",
        "m'ont dit",
        "hat gesagt",
        "sagte mir",
        "dizendo que",
        "diciendo que",
        "en disant que",
        "pediram para",
        "me pidieron",
        "me pidió",
        "m'a demandé",
        "wollte, dass ich",
        "wollten, dass ich",
        "voleva che",
        "mi ha chiesto",
        "vroeg me",
        "vroegen me",
        "wanted me",
        "asked for my",
        "er sagte",
        "sie sagte",
        "dijo que",
        "a dit que",
        "ha detto che",
        "mi ha detto",
        "mi hanno detto",
        "me disse",
        "disse que",
        "zei dat",
        "zeiden dat",
        "powiedział",
        "сказал",
        "と言われ",
        "téléphone",
        "teléfono",
        "telefon",
        "telefono",
        "telefone",
        "telefoon",
        "phone",
    ];
    let count = |words: &[&str]| words.iter().filter(|w| lower.contains(*w)).count();
    2 * count(CALL) + count(SPEECH)
}

fn speaker_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // A label is a short name at the start of a line followed by a colon: `Caller:`,
        // `Speaker 1:`, `Agent (Bob):`, `[00:12] Me:`, `Mary Smith:`.
        Regex::new(
            r"^[ \t]*(?:\[[0-9:.]+\][ \t]*)?(?:\*\*)?([\p{L}][\p{L}\p{N} .'()_-]{0,28}?)(?:\*\*)?[ \t]*:[ \t]*",
        )
        .expect("speaker pattern compiles")
    })
}

/// Lines of `text` that open with a speaker's label, and how many of those labels are roles
/// (`Caller:`, `Me:`) rather than names.
fn speaker_lines(text: &str) -> (usize, usize) {
    let mut labels = 0;
    let mut roles = 0;
    for l in text.lines().take(200) {
        if !l.bytes().take(48).any(|b| b == b':') {
            continue;
        }
        let Some(label) = speaker_re().captures(l).and_then(|c| c.get(1)) else {
            continue;
        };
        if is_label(label.as_str()) {
            labels += 1;
            roles += role_of(label.as_str()).is_some() as usize;
        }
    }
    (labels, roles)
}

/// Whether a captured label is a speaker and not the start of a sentence such as `Note: …`.
fn is_label(label: &str) -> bool {
    let l = label.trim().to_lowercase();
    if role_of(&l).is_some() {
        return true;
    }
    // A name: one to three capitalised words.
    let words: Vec<&str> = label.split_whitespace().collect();
    !words.is_empty()
        && !SENDER_WORDS.contains(&l.as_str())
        && words.len() <= 3
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        && !matches!(
            l.as_str(),
            "note"
                | "notes"
                | "subject"
                | "from"
                | "to"
                | "date"
                | "re"
                | "ps"
                | "p.s"
                | "tel"
                | "phone"
                | "http"
                | "https"
                | "www"
                | "warning"
                | "error"
                | "total"
        )
}

fn role_of(label: &str) -> Option<Field> {
    let l = label.trim().to_lowercase();
    let l = l.trim_matches(|c: char| !c.is_alphanumeric());
    const CALLER: &[&str] = &[
        "caller",
        "agent",
        "suspect",
        "scammer",
        "them",
        "they",
        "he",
        "she",
        "rep",
        "representative",
        "operator",
        "robocall",
        "voicemail",
        "recording",
        "voice",
        "technician",
        "tech",
        "officer",
        "unknown",
        "llamante",
        "appelant",
        "anrufer",
        "interlocutor",
    ];
    const CALLEE: &[&str] = &[
        "callee",
        "me",
        "i",
        "victim",
        "innocent",
        "customer",
        "user",
        "yo",
        "moi",
        "ich",
        "receiver",
        "recipient",
    ];
    if CALLER.contains(&l) || l.starts_with("caller") || l.starts_with("agent") {
        Some(Field::Caller)
    } else if CALLEE.contains(&l) || l.starts_with("callee") {
        Some(Field::Callee)
    } else if l.starts_with("speaker") {
        Some(Field::Caller)
    } else {
        None
    }
}

/// One line of a call as it happens: who spoke, when its speaker label says so, and what
/// was said. A label that names no role (`Mary:`) is the caller's, as in a transcript.
pub fn utterance(line: &str) -> (Option<Field>, &str) {
    let line = line.trim_end_matches(['\r', '\n']);
    if !line.bytes().take(48).any(|b| b == b':') {
        return (None, line);
    }
    let Some(c) = speaker_re().captures(line) else {
        return (None, line);
    };
    match (c.get(1), c.get(0)) {
        (Some(label), Some(all)) if is_label(label.as_str()) => (
            Some(role_of(label.as_str()).unwrap_or(Field::Caller)),
            &line[all.end()..],
        ),
        _ => (None, line),
    }
}

fn read_call(content: &str) -> Contact {
    let mut contact = empty(Channel::Call);
    let mut offset = 0;
    let mut current: Option<(Field, usize, usize)> = None; // field, start, end in content
    let mut any_label = false;
    let mut parts: Vec<Part> = Vec::new();
    let flush = |cur: &mut Option<(Field, usize, usize)>, parts: &mut Vec<Part>| {
        if let Some((field, start, end)) = cur.take() {
            let text = &content[start..end];
            if !text.trim().is_empty() {
                parts.push(Part {
                    field,
                    text: text.to_string(),
                    origin: Some(start),
                });
            }
        }
    };
    for line in content.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        // A label ends with a colon near the start of the line; most lines have none, and the
        // pattern (with captures) is only run on those that do.
        let colon_early = line.bytes().take(48).any(|b| b == b':');
        let labelled = colon_early
            .then(|| speaker_re().captures(line))
            .flatten()
            .and_then(|c| {
                let label = c.get(1)?;
                is_label(label.as_str()).then(|| (label.as_str(), c.get(0).map_or(0, |m| m.end())))
            });
        match labelled {
            Some((label, body_at)) if parts.len() < MAX_TURNS => {
                any_label = true;
                flush(&mut current, &mut parts);
                let field = role_of(label).unwrap_or(Field::Caller);
                current = Some((field, line_start + body_at, offset));
            }
            _ => match &mut current {
                Some((_, _, end)) => *end = offset,
                None => current = Some((Field::Notes, line_start, offset)),
            },
        }
    }
    flush(&mut current, &mut parts);
    // Named speakers: the one who introduces themselves as calling from somewhere is the caller;
    // everyone else in a named transcript keeps the default role, `Caller`, unless labelled.
    contact.labelled = any_label;
    contact.parts = parts;
    contact
}

fn read_sms(content: &str) -> Contact {
    let mut contact = empty(Channel::Sms);
    let trimmed = content.trim_start();
    let lead = content.len() - trimmed.len();
    let first_line = trimmed.lines().next().unwrap_or("");
    if let Some(p) = sender_prefix(first_line) {
        let sender = first_line[p..].trim();
        if !sender.is_empty() {
            contact.parts.push(Part {
                field: Field::From,
                text: sender.to_string(),
                origin: Some(
                    lead + p + (first_line[p..].len() - first_line[p..].trim_start().len()),
                ),
            });
        }
        let body_at = lead + first_line.len();
        let body = &content[body_at..];
        contact.parts.push(Part {
            field: Field::Body,
            text: body.to_string(),
            origin: Some(body_at),
        });
    } else {
        contact.parts.push(Part {
            field: Field::Body,
            text: content.to_string(),
            origin: Some(0),
        });
    }
    contact
}

fn read_popup(content: &str, url: Option<&str>) -> Contact {
    let mut contact = empty(Channel::Popup);
    let mut page = PageInfo {
        url: url.map(str::to_string),
        ..PageInfo::default()
    };
    if looks_like_html(content) || content.trim_start().starts_with('<') {
        let view = read_html_with(content, true);
        page.title = view.title.clone();
        page.behaviours = view.behaviours;
        page.has_password_input = view.has_password_input;
        if !view.title.is_empty() {
            contact.parts.push(Part {
                field: Field::Title,
                text: view.title,
                origin: None,
            });
        }
        contact.parts.push(Part {
            field: Field::Body,
            text: view.text,
            origin: None,
        });
        contact.links = view.links;
        if view.links_capped {
            contact.limits.push(crate::email::links_limit());
        }
    } else {
        contact.parts.push(Part {
            field: Field::Body,
            text: content.to_string(),
            origin: Some(0),
        });
    }
    if let Some(url) = url {
        contact.parts.push(Part {
            field: Field::From,
            text: url.to_string(),
            origin: None,
        });
    }
    contact.page = Some(page);
    contact
}

fn read_email_contact(content: &str) -> Contact {
    let mut contact = empty(Channel::Email);
    // A bare body (no headers) is a message with an empty header block.
    let view = if crate::email::looks_like_email(content) {
        read_email(content.as_bytes())
    } else {
        let mut raw = String::with_capacity(content.len() + 2);
        raw.push('\n');
        raw.push_str(content);
        read_email(raw.as_bytes())
    };
    fill_from_email(&mut contact, view);
    contact
}

fn fill_from_email(contact: &mut Contact, mut view: EmailView) {
    if !view.subject.is_empty() {
        contact.parts.push(Part {
            field: Field::Subject,
            text: view.subject.clone(),
            origin: None,
        });
    }
    if !view.from_name.is_empty() || !view.from_addr.is_empty() {
        // The name a person sees; the address only when there is no name. Checks on the
        // address itself are facts (look-alike domain, free mail, brand mismatch).
        let from = if view.from_name.is_empty() {
            view.from_addr.clone()
        } else {
            view.from_name.clone()
        };
        contact.parts.push(Part {
            field: Field::From,
            text: from,
            origin: None,
        });
    }
    contact.parts.push(Part {
        field: Field::Body,
        text: std::mem::take(&mut view.body),
        origin: None,
    });
    let names: Vec<&str> = view
        .attachments
        .iter()
        .map(|a| a.name.as_str())
        .filter(|n| !n.is_empty())
        .collect();
    if !names.is_empty() {
        contact.parts.push(Part {
            field: Field::Attachment,
            text: names.join("\n"),
            origin: None,
        });
    }
    contact.links = std::mem::take(&mut view.links);
    contact.notes.append(&mut view.notes);
    contact.limits.append(&mut view.limits);
    contact.email = Some(view);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_12_sender_lines_are_texts_and_told_calls_are_calls() {
        for text in [
            "De: BBVA\nSu cuenta ha sido bloqueada. Acceda a bbva-clientes.info para reactivarla.",
            "Von: DHL\nIhr Paket wartet. Zollgebühr 1,99 EUR: dhl-zoll.top",
            "Van : ING\nUw betaalpas verloopt. Vernieuw via ing-pas.nl",
            "Od: InPost\nPaczka czeka na dopłatę 1,20 zł: inpost-pl.info",
        ] {
            assert_eq!(detect_channel(text), Channel::Sms, "{text}");
            assert!(read_sms(text).sender().is_some(), "{text}");
        }
        for text in [
            "A man called me this morning saying he was from Microsoft and that my computer had a virus. He wanted me to install AnyDesk so he could fix it. I hung up.",
            "Voicemail: This is the Social Security Administration. Your number has been suspended. Press 1 to speak with an officer.",
            "Gestern hat mich ein angeblicher Polizist angerufen. Er sagte, Einbrecher hätten unsere Adresse, und ich solle mein Geld abholen lassen.",
            "Me ligaram dizendo que eram do banco e que havia uma compra não reconhecida. Pediram para eu instalar um aplicativo.",
            "Ik werd gebeld door iemand van de bank die zei dat mijn rekening gehackt was. Ik moest mijn geld overmaken naar een veilige rekening.",
        ] {
            assert_eq!(detect_channel(text), Channel::Call, "{text}");
        }
        // A text that reports what someone said is still a text.
        assert_eq!(
            detect_channel("He said he'd be late, see you at 8"),
            Channel::Sms
        );
    }

    #[test]
    fn detects_channels() {
        assert_eq!(
            detect_channel("From: a@b.com\nSubject: hi\nTo: c@d.com\n\nbody"),
            Channel::Email
        );
        assert_eq!(
            detect_channel("<html><body>Virus!</body></html>"),
            Channel::Popup
        );
        assert_eq!(
            detect_channel("Caller: hello\nCallee: who is this\nCaller: Microsoft"),
            Channel::Call
        );
        assert_eq!(
            detect_channel("guy said he was from microsoft, I hung up"),
            Channel::Call
        );
        assert_eq!(
            detect_channel(
                "Please listen to this message in full. A lawsuit has been filed under your name. \
                 To speak to an officer press one now or call us back before the end of the day \
                 to avoid further legal action being taken against you and your family members."
            ),
            Channel::Call
        );
        assert_eq!(detect_channel("Your code is 123456"), Channel::Sms);
    }

    #[test]
    fn call_turns_keep_roles_and_offsets() {
        let content =
            "Agent: This is Windows support.\nMe: ok\nmore from me\nSpeaker 1: install anydesk";
        let c = Contact::parse(Some(Channel::Call), content);
        assert!(c.labelled);
        let fields: Vec<Field> = c.parts.iter().map(|p| p.field).collect();
        assert_eq!(fields, [Field::Caller, Field::Callee, Field::Caller]);
        for p in &c.parts {
            let o = p.origin.unwrap();
            assert_eq!(&content[o..o + p.text.len()], p.text);
        }
        assert!(c.parts[1].text.contains("more from me"));
    }

    #[test]
    fn free_notes_are_notes() {
        let c = Contact::parse(
            Some(Channel::Call),
            "guy said he was from Microsoft: wanted me to install anydesk",
        );
        assert!(!c.labelled);
        assert_eq!(c.parts[0].field, Field::Notes);
    }

    #[test]
    fn sms_sender_line() {
        let c = Contact::parse(Some(Channel::Sms), "From: +15550142\nYour parcel is held");
        assert_eq!(c.sender(), Some("+15550142"));
        assert!(c.parts[1].text.contains("parcel"));
    }
}
