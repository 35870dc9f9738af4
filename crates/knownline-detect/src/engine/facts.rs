//! Facts: what is true of a contact beyond its words — its email's authentication and sender,
//! attachments, look-alike and homoglyph domains, links that lie about where they go or lead
//! to an IP or free hosting, password forms, and what a page does. Rules read them as
//! `fact:NAME` atoms.

use std::collections::{HashMap, HashSet};

use crate::contact::{Channel, Contact, Field};
use crate::email::EmailView;
use crate::entities;
use crate::pack::Pack;
use crate::text::fold;

use super::reading::{Doc, Ev};
use super::scanning::OrgSpan;

/// Each fact that holds, by name, with its evidence.
pub(super) type Facts = Vec<(&'static str, Vec<Ev>)>;

pub(crate) const FREEMAIL: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.co.uk",
    "yahoo.fr",
    "yahoo.es",
    "yahoo.de",
    "ymail.com",
    "hotmail.com",
    "hotmail.co.uk",
    "hotmail.fr",
    "hotmail.es",
    "outlook.com",
    "outlook.fr",
    "outlook.es",
    "outlook.de",
    "live.com",
    "msn.com",
    "aol.com",
    "icloud.com",
    "me.com",
    "mail.com",
    "gmx.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "protonmail.com",
    "proton.me",
    "yandex.com",
    "yandex.ru",
    "mail.ru",
    "zoho.com",
    "laposte.net",
    "orange.fr",
    "free.fr",
    "wanadoo.fr",
    "libero.it",
    "t-online.de",
];

const RISKY_EXT: &[&str] = &[
    "exe", "scr", "js", "jse", "vbs", "vbe", "wsf", "hta", "bat", "cmd", "ps1", "msi", "lnk",
    "iso", "img", "vhd", "htm", "html", "shtml", "svg", "one", "jar", "cab", "apk",
];

/// Every fact of a contact. `hosts` are its links' hosts.
pub(super) fn facts(
    pack: &Pack,
    contact: &Contact,
    doc: &Doc,
    org_spans: &[OrgSpan],
    claimed: &dyn Fn(usize) -> bool,
    hosts: &[String],
) -> Facts {
    let mut facts = Facts::new();
    if let Some(email) = &contact.email {
        email_facts(pack, email, doc, org_spans, &mut facts);
    }
    domain_facts(pack, contact, hosts, &mut facts);
    brand_link_facts(pack, contact, doc, org_spans, claimed, hosts, &mut facts);
    link_facts(contact, hosts, &mut facts);
    page_facts(contact, &mut facts);
    facts
}

fn email_facts(
    pack: &Pack,
    email: &EmailView,
    doc: &Doc,
    org_spans: &[OrgSpan],
    facts: &mut Facts,
) {
    if email.auth.any_fail() {
        let a = &email.auth;
        let mut quote = Vec::new();
        for (k, v) in [("spf", &a.spf), ("dkim", &a.dkim), ("dmarc", &a.dmarc)] {
            if let Some(v) = v {
                quote.push(format!("{k}={v}"));
            }
        }
        facts.push(("auth_fail", vec![Ev::Note(Field::From, quote.join(" "))]));
    }
    let from_domain =
        entities::domain_of_address(&email.from_addr).and_then(entities::registrable_domain);
    if let (Some(reply), Some(from_d)) = (&email.reply_to, &from_domain) {
        let reply_d = entities::domain_of_address(reply).and_then(entities::registrable_domain);
        if reply_d.as_ref().is_some_and(|r| r != from_d) {
            facts.push((
                "reply_to_differs",
                vec![Ev::Note(Field::From, format!("Reply-To: {reply}"))],
            ));
        }
    }
    // The receiving server vouches (DMARC) that the mail comes from the domain in its From,
    // and that domain is a known organisation's own: its receipts and renewal notices with a
    // support line in the footer are what they look like.
    let dmarc_pass = email.auth.dmarc.as_deref() == Some("pass");
    if let Some(d) = from_domain
        .as_deref()
        .filter(|d| dmarc_pass && pack.org_domains.contains_key(*d))
    {
        facts.push((
            "sender_authenticated_own",
            vec![Ev::Finding(
                Field::From,
                format!("authenticated mail from {d}"),
            )],
        ));
    }
    if let Some(d) = &from_domain {
        if FREEMAIL.contains(&d.as_str()) {
            facts.push((
                "freemail_sender",
                vec![Ev::Note(Field::From, email.from_addr.clone())],
            ));
        }
        if let Some(span) = display_name_not_theirs(pack, email, d, doc, org_spans) {
            facts.push(("display_name_brand_mismatch", vec![Ev::Doc(span)]));
        }
    }
    if !email.attachments.is_empty() {
        facts.push((
            "has_attachment",
            vec![Ev::Note(
                Field::Attachment,
                email.attachments[0].name.clone(),
            )],
        ));
    }
    for a in &email.attachments {
        let ext = a.name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        if a.name.contains('.') && RISKY_EXT.contains(&ext.as_str()) {
            facts.push((
                "risky_attachment",
                vec![Ev::Note(Field::Attachment, a.name.clone())],
            ));
            break;
        }
    }
}

/// The From display name claims an organisation whose domains don't include the sender's
/// domain `d`: the place of that name.
fn display_name_not_theirs(
    pack: &Pack,
    email: &EmailView,
    d: &str,
    doc: &Doc,
    org_spans: &[OrgSpan],
) -> Option<super::reading::Span> {
    let name_folded = fold(&email.from_name).text;
    let mut mismatch = None;
    // Each check reads the whole name: it is made once per organisation and words, not once
    // per time a long name repeats them.
    let mut judged: HashMap<(usize, &str, bool), bool> = HashMap::new();
    for &(org, span, brand_word) in org_spans {
        if doc.field_at(span.start as usize) != Some(Field::From) {
            continue;
        }
        let quote = &doc.text[span.start as usize..span.end as usize];
        let foreign = *judged.entry((org, quote, brand_word)).or_insert_with(|| {
            if !name_folded.contains(quote) {
                return false; // the brand is in the address, not the name
            }
            // "Mary Rogers" is a person; "Rogers Billing" is a brand.
            if brand_word && !only_role_words(&name_folded.replacen(quote, " ", 1)) {
                return false;
            }
            let o = &pack.knowledge.organisations[org];
            let own = o.domains.iter().any(|od| {
                let od = od.to_ascii_lowercase();
                d == od || entities::registrable_domain(&od).as_deref() == Some(d)
            });
            !own && !o.domains.is_empty()
        });
        if foreign {
            mismatch = Some(span);
        }
    }
    mismatch
}

/// A text message that speaks as an organisation with a link to somewhere that is not one of
/// its domains, nor any other organisation's we know. Banks, posts and tax offices send people
/// to their own address; whatever the language, a name and a link elsewhere is the commonest
/// smishing there is.
fn brand_link_facts(
    pack: &Pack,
    contact: &Contact,
    doc: &Doc,
    org_spans: &[OrgSpan],
    claimed: &dyn Fn(usize) -> bool,
    hosts: &[String],
    facts: &mut Facts,
) {
    // In email the From name is checked against the sender's domain instead
    // (`display_name_brand_mismatch`): a mailing list naming a company links everywhere.
    if contact.channel != Channel::Sms || hosts.is_empty() {
        return;
    }
    let sender_domain = contact
        .email
        .as_ref()
        .and_then(|e| entities::domain_of_address(&e.from_addr))
        .and_then(entities::registrable_domain);
    // A domain is theirs when it is one of theirs, or their name under another country's
    // suffix (amazon.co.jp), as the look-alike check allows.
    let label = |d: &str| d.split('.').next().unwrap_or("").to_ascii_lowercase();
    let owns = |org: usize, domain: &str| {
        pack.knowledge.organisations[org].domains.iter().any(|d| {
            d.eq_ignore_ascii_case(domain)
                || entities::registrable_domain(d).as_deref() == Some(domain)
                || label(d) == label(domain)
        })
    };
    // An email whose From has no name names nobody: "gmail" in a gmail.com address is not
    // Google speaking.
    let nameless_sender = contact
        .email
        .as_ref()
        .is_some_and(|e| e.from_name.is_empty());
    for &(org, span, _) in org_spans {
        if pack.knowledge.organisations[org].domains.is_empty() {
            continue;
        }
        let field = doc.field_at(span.start as usize);
        if nameless_sender && field == Some(Field::From) {
            continue;
        }
        let speaks_as = match contact.channel {
            Channel::Sms => field != Some(Field::From) || claimed(org),
            _ => claimed(org),
        };
        if !speaks_as || sender_domain.as_deref().is_some_and(|d| owns(org, d)) {
            continue;
        }
        let elsewhere = hosts.iter().take(50).find_map(|h| {
            let d = entities::registrable_domain(h)?;
            // A shortener hides where it leads: that is a signal of its own, not this one.
            let known = owns(org, &d)
                || pack.org_domains.contains_key(&d)
                || crate::indicators::SHORTENERS.contains(&d.as_str());
            (!known).then(|| h.clone())
        });
        if let Some(host) = elsewhere {
            facts.push((
                "brand_link_not_theirs",
                vec![Ev::Doc(span), Ev::Note(Field::Body, host)],
            ));
            return;
        }
    }
}

/// Look-alike and homoglyph domains: sender, reply-to, the page's own address and every link.
fn domain_facts(pack: &Pack, contact: &Contact, hosts: &[String], facts: &mut Facts) {
    let mut candidates: Vec<(String, Field)> =
        hosts.iter().map(|h| (h.clone(), Field::Body)).collect();
    if let Some(email) = &contact.email {
        for a in [Some(&email.from_addr), email.reply_to.as_ref()]
            .into_iter()
            .flatten()
        {
            if let Some(d) = entities::domain_of_address(a) {
                candidates.push((d.to_string(), Field::From));
            }
        }
    }
    if let Some(url) = contact.page.as_ref().and_then(|p| p.url.as_deref()) {
        candidates.push((entities::host_of(url), Field::From));
    }
    // The same host is often linked many times: each is judged once.
    let mut seen = HashSet::new();
    candidates.retain(|(h, f)| seen.insert((h.clone(), *f)));
    let mut lookalikes = Vec::new();
    let mut homoglyph = Vec::new();
    for (host, field) in candidates.iter().take(200) {
        match lookalike(pack, host) {
            Some(Lookalike::Brand) => lookalikes.push(Ev::Note(*field, host.clone())),
            Some(Lookalike::Homoglyph) => homoglyph.push(Ev::Note(*field, host.clone())),
            None => {}
        }
    }
    if !lookalikes.is_empty() {
        facts.push(("lookalike_domain", lookalikes));
    }
    if !homoglyph.is_empty() {
        facts.push(("homoglyph_domain", homoglyph));
    }
}

/// Links that show one address and go to another; links straight to an IP; links to pages
/// on free hosting, app platforms and gateways, where anyone can put a sign-in page in a
/// minute under an address that looks like nothing.
fn link_facts(contact: &Contact, hosts: &[String], facts: &mut Facts) {
    let mut mismatched = Vec::new();
    let mut to_ip = Vec::new();
    for link in &contact.links {
        let href = link.href.trim();
        if !(href.starts_with("http://") || href.starts_with("https://")) {
            continue;
        }
        let host = entities::host_of(href);
        if entities::is_ip(&host) {
            to_ip.push(Ev::Note(Field::Body, href.to_string()));
        }
        let shown = link.text.trim().to_ascii_lowercase();
        if shown.contains(' ') || !shown.contains('.') {
            continue;
        }
        let shown_host = entities::host_of(&shown);
        if let (Some(a), Some(b)) = (
            entities::registrable_domain(&shown_host),
            entities::registrable_domain(&host),
        ) {
            if a != b {
                mismatched.push(Ev::Note(
                    Field::Body,
                    format!("{} → {}", link.text.trim(), host),
                ));
            }
        }
    }
    if !mismatched.is_empty() {
        facts.push(("link_text_mismatch", mismatched));
    }
    if !to_ip.is_empty() {
        facts.push(("link_to_ip", to_ip));
    }
    let free: Vec<Ev> = hosts
        .iter()
        .filter(|h| is_free_hosting(h))
        .take(3)
        .map(|h| Ev::Note(Field::Body, h.clone()))
        .collect();
    if !free.is_empty() {
        facts.push(("link_to_free_hosting", free));
    }
}

/// A password form, and what a page does to keep a person on it.
fn page_facts(contact: &Contact, facts: &mut Facts) {
    let password_form = contact.page.as_ref().is_some_and(|p| p.has_password_input)
        || contact.email.as_ref().is_some_and(|e| e.has_password_form);
    if password_form {
        facts.push((
            "password_form",
            vec![Ev::Note(
                Field::Body,
                "a form that asks for a password".into(),
            )],
        ));
    }
    let Some(page) = &contact.page else {
        return;
    };
    let b = page.behaviours;
    for (on, name, what) in [
        (
            b.fullscreen,
            "popup_fullscreen",
            "asks the browser for full screen",
        ),
        (
            b.beforeunload,
            "popup_beforeunload",
            "tries to stop you leaving the page",
        ),
        (
            b.alert_loop,
            "popup_alert_loop",
            "opens dialog boxes over and over",
        ),
        (b.autoplay, "popup_autoplay", "plays sound by itself"),
        (
            b.history_flood,
            "popup_history_flood",
            "floods the back button history",
        ),
        (
            b.input_capture,
            "popup_input_capture",
            "captures the keyboard or mouse",
        ),
        (
            b.tel_link,
            "popup_tel_link",
            "has a link that dials a phone number",
        ),
        (
            b.print_loop,
            "popup_print_loop",
            "opens the print dialog over and over",
        ),
    ] {
        if on {
            facts.push((name, vec![Ev::Finding(Field::Body, what.to_string())]));
        }
    }
}

pub(super) fn lookalike(pack: &Pack, host: &str) -> Option<Lookalike> {
    let host = host.trim().trim_end_matches('.').to_lowercase();
    if host.is_empty() || entities::is_ip(&host) {
        return None;
    }
    // Punycode labels are read as the letters they show.
    let host = if host.contains("xn--") {
        idna::domain_to_unicode(&host).0
    } else {
        host
    };
    let non_ascii = !host.is_ascii();
    let folded = if non_ascii {
        fold(&host).text
    } else {
        host.clone()
    };
    let reg = entities::registrable_domain(&folded).unwrap_or_else(|| folded.clone());
    if !non_ascii && pack.org_domains.contains_key(&reg) {
        return None;
    }
    let label = reg.split('.').next().unwrap_or("");
    // A brand's label before the real registrable domain: paypal.com.secure-login.top.
    let sub = folded.strip_suffix(&reg).unwrap_or("");
    // A brand label at the start of a token (paypal, paypalsupport), or a long one at its
    // end (securemicrosoft); or the token is the label with two neighbours swapped.
    let brand_hit = |token: &str| {
        pack.brand_automaton
            .find_overlapping_iter(token)
            .any(|m| m.start() == 0 || (m.end() == token.len() && m.len() >= 7))
            || (token.len() >= 6
                && pack
                    .brand_labels_by_len
                    .get(token.len())
                    .is_some_and(|ids| {
                        ids.iter()
                            .any(|&i| swapped_neighbours(token, &pack.brand_labels[i as usize].0))
                    }))
    };
    // Digits and letter pairs that pass for other letters (paypa1, rnicrosoft).
    let confusable = label
        .bytes()
        .any(|b| matches!(b, b'0' | b'1' | b'3'..=b'7'))
        || label.contains("rn")
        || label.contains("vv");
    let in_label = label.split(['-', '_']).any(brand_hit)
        || ((confusable || label.contains(['-', '_'])) && brand_hit(&deconfuse(label)));
    // A brand's whole domain placed in front of another one: paypal.com.secure-login.top.
    let in_sub = {
        let labels: Vec<&str> = sub.split('.').filter(|l| !l.is_empty()).collect();
        // Runs of two or three labels (paypal.com, paypal.co.uk) looked up as domains.
        (0..labels.len()).any(|i| {
            (2..=3).any(|n| {
                i + n <= labels.len() && pack.org_domains.contains_key(&labels[i..i + n].join("."))
            })
        })
    };
    if !(in_label || in_sub) {
        if non_ascii && !unicode_security::MixedScript::is_single_script(host.as_str()) {
            return Some(Lookalike::Homoglyph);
        }
        return None;
    }
    if non_ascii {
        return Some(Lookalike::Homoglyph);
    }
    // The brand's own domain under another suffix (microsoft.de) is not a look-alike.
    let own_label = pack
        .brand_labels
        .binary_search_by(|(b, _)| b.as_str().cmp(label))
        .is_ok();
    if own_label && !label.contains('-') && !in_sub {
        return None;
    }
    Some(Lookalike::Brand)
}

pub(super) enum Lookalike {
    Brand,
    Homoglyph,
}

/// Hosts of free web hosting, app platforms, storage buckets, form builders and gateways that
/// phishing pages are put on.
fn is_free_hosting(host: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "azurewebsites.net",
        "web.app",
        "firebaseapp.com",
        "pages.dev",
        "workers.dev",
        "r2.dev",
        "netlify.app",
        "vercel.app",
        "github.io",
        "gitlab.io",
        "glitch.me",
        "herokuapp.com",
        "onrender.com",
        "fly.dev",
        "repl.co",
        "replit.app",
        "replit.dev",
        "surge.sh",
        "000webhostapp.com",
        "weebly.com",
        "wixsite.com",
        "square.site",
        "godaddysites.com",
        "mystrikingly.com",
        "webflow.io",
        "framer.app",
        "blogspot.com",
        "appspot.com",
        "storage.googleapis.com",
        "firebasestorage.googleapis.com",
        "blob.core.windows.net",
        "s3.amazonaws.com",
        "translate.goog",
        "dweb.link",
        "ipfs.io",
        "ipfs.dweb.link",
        "cloudflare-ipfs.com",
        "fleek.co",
        "on.fleek.co",
        "ngrok.io",
        "ngrok-free.app",
        "trycloudflare.com",
        "jotform.com",
        "forms.gle",
        "typeform.com",
        "sites.google.com",
        "canva.site",
        "notion.site",
        "gamma.site",
        "carrd.co",
        "tiiny.site",
        "biolink.site",
    ];
    let host = host.trim_end_matches('.');
    SUFFIXES.iter().any(|s| {
        host == *s
            || (host.len() > s.len()
                && host.ends_with(s)
                && host.as_bytes()[host.len() - s.len() - 1] == b'.')
    }) || host.contains(".ipfs.")
        || host.starts_with("ipfs.")
}

/// Undoes the usual digit and letter swaps of look-alike domains: rn→m, vv→w, 0→o, 1→l.
fn deconfuse(label: &str) -> String {
    label
        .replace("rn", "m")
        .replace("vv", "w")
        .chars()
        .map(|c| match c {
            '0' => 'o',
            '1' => 'l',
            '3' => 'e',
            '4' => 'a',
            '5' => 's',
            '7' => 't',
            c => c,
        })
        .collect()
}

/// Whether a sender name holds nothing but words of a company's sender role.
fn only_role_words(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            matches!(
                w,
                "support"
                    | "team"
                    | "service"
                    | "services"
                    | "billing"
                    | "security"
                    | "account"
                    | "accounts"
                    | "customer"
                    | "customers"
                    | "care"
                    | "help"
                    | "helpdesk"
                    | "desk"
                    | "alert"
                    | "alerts"
                    | "notification"
                    | "notifications"
                    | "no"
                    | "reply"
                    | "noreply"
                    | "online"
                    | "bank"
                    | "banking"
                    | "department"
                    | "center"
                    | "centre"
                    | "id"
                    | "pay"
                    | "payments"
                    | "store"
                    | "official"
                    | "member"
                    | "members"
                    | "the"
                    | "of"
                    | "and"
                    | "info"
                    | "news"
                    | "mail"
                    | "verification"
                    | "fraud"
                    | "protection"
                    | "servicio"
                    | "cliente"
                    | "clientes"
                    | "seguridad"
                    | "soporte"
                    | "facturacion"
                    | "client"
                    | "securite"
                    | "assistance"
                    | "kundenservice"
                    | "sicherheit"
                    | "kundendienst"
                    | "rechnung"
                    | "inc"
                    | "ltd"
                    | "llc"
                    | "us"
                    | "uk"
            )
        })
}

/// Whether two equally long labels differ by one swap of neighbouring letters (`micorsoft`).
/// Other one-letter differences are left to `deconfuse`: a general edit distance takes real
/// names (lindows, bing) for look-alikes.
fn swapped_neighbours(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut diff = [0usize; 2];
    let mut n = 0;
    for i in 0..a.len().min(b.len()) {
        if a[i] != b[i] {
            if n == 2 {
                return false;
            }
            diff[n] = i;
            n += 1;
        }
    }
    n == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
}
