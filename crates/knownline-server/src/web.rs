//! The pages: server-rendered HTML that works without JavaScript. Every value from a contact
//! or a person goes through maud's escaping; every form carries a CSRF token (the session's,
//! or before sign-in a double-submit cookie); sessions live in HttpOnly, SameSite=Strict
//! cookies whose value the store keeps only as a hash.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Form, FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use knownline_detect::Channel;
use knownline_store::people::{new_token, User};
use maud::{html, Markup, DOCTYPE};
use serde::Deserialize;
use serde_json::Value;

use crate::AppState;

const SESSION_COOKIE: &str = "kl_session";
const LOGIN_CSRF_COOKIE: &str = "kl_csrf";
const SESSION_HOURS: i64 = 12;
/// Failed sign-ins allowed per address in a window; after as many for one email, its tries
/// are slowed down ([`EMAIL_SPACING`]) rather than refused.
const LOGIN_FAILURES: usize = 5;
const LOGIN_WINDOW: Duration = Duration::from_secs(15 * 60);
/// Time between two sign-in tries for an email that failed [`LOGIN_FAILURES`] times: about
/// 450 guesses in a window whatever the number of addresses, and a short wait for its owner.
const EMAIL_SPACING: Duration = Duration::from_secs(2);
/// Longest wait for a turn; beyond it (many tries queued) the try is refused for now.
const EMAIL_MAX_WAIT: Duration = Duration::from_secs(10);
/// Longest email address (RFC 5321's path limit less its brackets).
pub const MAX_EMAIL: usize = 254;
/// Largest sign-in form: an email, a password and a token fit many times over.
pub const LOGIN_BODY: usize = 16 << 10;

pub const CSS: &str = include_str!("app.css");

/// A page's words in one language, from the pack's message catalogues (`web-*`, `ui-*`).
#[derive(Clone, Copy)]
pub(crate) struct Ui<'a> {
    pub engine: &'a knownline_detect::Engine,
    pub lang: &'static str,
}

impl Ui<'_> {
    pub fn w(&self, id: &str) -> String {
        self.engine.word(self.lang, id)
    }

    pub fn with(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.engine.word_with(self.lang, id, args)
    }

    /// A stored code in words ("confirmed_scam" → "Confirmed scam"): its `code-*` message,
    /// else the code itself made readable.
    pub fn code(&self, code: &str) -> String {
        let id = format!("code-{code}");
        let said = self.engine.word(self.lang, &id);
        if said == id {
            words(code)
        } else {
            said
        }
    }

    /// A message choosing its plural form by `count` ("1 organisation", "2 organisations").
    pub fn count(&self, id: &str, count: usize) -> String {
        self.engine
            .word_with(self.lang, id, &[("count", &count.to_string())])
    }
}

/// A table's header row, one column per message id.
pub(crate) fn head_row(ui: Ui<'_>, ids: &[&str]) -> Markup {
    html! { thead { tr { @for id in ids { th scope="col" { (ui.w(id)) } } } } }
}

/// A page in `ui`'s language; with `user`, the site's navigation.
pub(crate) fn page_in(
    ui: Ui<'_>,
    title: &str,
    user: Option<&User>,
    csrf: Option<&str>,
    body: Markup,
) -> Markup {
    let w = |id: &str| ui.w(id);
    // On a phone the links would fill the first screen: there the header keeps the name and a
    // "Menu" link to the same links at the foot of the page (no script needed).
    let links = |u: &User| {
        html! {
            a href="/check" { (w("web-nav-check")) }
            a href="/verify" { (w("web-nav-verify")) }
            a href="/incidents" { (w("web-nav-incidents")) }
            a href="/directory" { (w("web-nav-directory")) }
            @if u.role != "member" { a href="/campaigns" { (w("web-nav-campaigns")) } }
            @if u.role != "member" { a href="/indicators" { (w("web-nav-scam-list")) } }
            @if u.role != "member" { a href="/orgs" { (w("web-nav-orgs")) } }
            a href="/tokens" { (w("web-nav-tokens")) }
            @if u.is_admin() { a href="/users" { (w("web-nav-users")) } }
            @if u.role != "member" { a href="/audit" { (w("web-nav-audit")) } }
            a href="/account" { (w("web-nav-account")) }
            form.inline method="post" action="/logout" {
                input type="hidden" name="csrf" value=(csrf.unwrap_or_default());
                button type="submit" { (ui.with("web-sign-out", &[("email", &u.email)])) }
            }
        }
    };
    html! {
        (DOCTYPE)
        html lang=(ui.lang) {
            (head(title))
            body {
                a.skip href="#main" { (w("web-skip")) }
                header {
                    nav aria-label=(w("web-nav-main")) {
                        a.brand href="/" { "knownline" }
                        @if let Some(u) = user {
                            a.menu href="#site-menu" { (w("web-menu")) }
                            span.links { (links(u)) }
                        }
                    }
                }
                main id="main" { (body) }
                footer {
                    @if let Some(u) = user {
                        nav.site-menu id="site-menu" aria-label=(w("web-menu")) { (links(u)) }
                    }
                    p { (w("web-rule")) }
                }
            }
        }
    }
}

/// Every page's `<head>`.
fn head(title: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (title) " — knownline" }
            link rel="stylesheet" href="/static/app.css";
        }
    }
}

/// A page with no engine at hand (a refused form, a missing page): English, no navigation.
fn bare_page(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            (head(title))
            body {
                main id="main" { (body) }
                footer { p { "Hang up. Call back on a number you already know." } }
            }
        }
    }
}

pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

pub(crate) fn set_cookie(name: &str, value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The session cookie of a request.
pub(crate) fn session_cookie(headers: &HeaderMap) -> Option<&str> {
    cookie(headers, SESSION_COOKIE)
}

/// Whether the request came over TLS (directly or through a proxy that says so).
pub(crate) fn over_tls(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("https"))
}

/// The signed-in user of a page request, with the session's CSRF token.
pub struct SignedIn {
    pub user: User,
    pub csrf: String,
    /// The language the person reads pages in: their own choice, else their
    /// organisation's, else their browser's, else English.
    pub lang: &'static str,
    /// Whether someone chose `lang` (else a contact is answered in its own language).
    pub lang_chosen: bool,
}

impl SignedIn {
    /// The person's words.
    pub(crate) fn ui<'a>(&self, engine: &'a knownline_detect::Engine) -> Ui<'a> {
        Ui {
            engine,
            lang: self.lang,
        }
    }

    /// A page of the signed-in site in the person's language, as an HTML response body.
    pub(crate) fn page(
        &self,
        engine: &knownline_detect::Engine,
        title: &str,
        body: Markup,
    ) -> Html<String> {
        Html(
            page_in(
                self.ui(engine),
                title,
                Some(&self.user),
                Some(&self.csrf),
                body,
            )
            .into_string(),
        )
    }
}

/// The language of a person's pages (see [`SignedIn::lang`]), when someone chose one.
pub(crate) async fn person_language(
    state: &AppState,
    user: &User,
    headers: &HeaderMap,
) -> Option<&'static str> {
    let own = state
        .store
        .user_language(&user.id)
        .await
        .unwrap_or_else(|e| {
            tracing::warn!(error = %e, "reading a person's language");
            None
        });
    if let Some(l) = own.as_deref().and_then(knownline_detect::locale::supported) {
        return Some(l);
    }
    let org = page_org(state, user).await;
    chosen_language(state, org.as_ref(), headers).await
}

/// The organisation's language, else the browser's, when one is set that we write.
async fn chosen_language(
    state: &AppState,
    org: Option<&knownline_store::Org>,
    headers: &HeaderMap,
) -> Option<&'static str> {
    crate::org_reader(state, org, accept_language(headers))
        .await
        .lang
        .as_deref()
        .and_then(knownline_detect::locale::supported)
}

/// The browser's language when we write it, else English: for pages before sign-in.
pub(crate) fn browser_language(headers: &HeaderMap) -> &'static str {
    accept_language(headers)
        .and_then(knownline_detect::locale::negotiate)
        .unwrap_or(knownline_detect::locale::LANGUAGES[0])
}

impl FromRequestParts<Arc<AppState>> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let to_login = || Redirect::to("/login").into_response();
        let Some(c) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(to_login());
        };
        match state.store.session(c).await {
            Ok(Some((user, csrf))) => {
                let chosen = person_language(state, &user, &parts.headers).await;
                Ok(SignedIn {
                    user,
                    csrf,
                    lang: chosen.unwrap_or(knownline_detect::locale::LANGUAGES[0]),
                    lang_chosen: chosen.is_some(),
                })
            }
            Ok(None) => Err(to_login()),
            Err(e) => {
                tracing::error!(error = %e, "reading a session");
                Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
            }
        }
    }
}

/// A form was posted without the right CSRF token.
pub(crate) fn forbidden() -> Response {
    (
        StatusCode::FORBIDDEN,
        Html(
            bare_page(
                "Refused",
                html! { h1 { "This form has expired" } p { "Go back, reload the page and try again." } },
            )
            .into_string(),
        ),
    )
        .into_response()
}

/// A form posted before sign-in carries the token of its double-submit cookie.
pub(crate) fn login_csrf_ok(headers: &HeaderMap, form: &str) -> bool {
    cookie(headers, LOGIN_CSRF_COOKIE).is_some_and(|c| same(c, form))
}

pub(crate) fn same(a: &str, b: &str) -> bool {
    // Constant time: the comparison must not tell how much of a token was right.
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

pub async fn css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        CSS,
    )
        .into_response()
}

pub async fn home(headers: HeaderMap) -> Redirect {
    if cookie(&headers, SESSION_COOKIE).is_some() {
        Redirect::to("/check")
    } else {
        Redirect::to("/login")
    }
}

// ───────────────────────────── sign-in ─────────────────────────────

/// The sign-in page in the browser's language; `error` is a message id.
fn login_page(ui: Ui<'_>, csrf: &str, error: Option<&str>) -> Markup {
    let w = |id: &str| ui.w(id);
    page_in(
        ui,
        &w("web-sign-in"),
        None,
        None,
        html! {
            h1 { (w("web-sign-in")) }
            @if let Some(e) = error { p.error role="alert" { (w(e)) } }
            form method="post" action="/login" {
                input type="hidden" name="csrf" value=(csrf);
                label for="email" { (w("web-email")) }
                input id="email" name="email" type="email" autocomplete="username" required;
                label for="password" { (w("web-password")) }
                input id="password" name="password" type="password" autocomplete="current-password" required;
                button type="submit" { (w("web-sign-in")) }
            }
        },
    )
}

/// The words of a page before sign-in: the browser's language.
fn browser_ui<'a>(state: &'a AppState, headers: &HeaderMap) -> Ui<'a> {
    Ui {
        engine: &state.engine,
        lang: browser_language(headers),
    }
}

/// A page with a fresh double-submit CSRF cookie.
pub(crate) fn with_login_csrf(
    headers: &HeaderMap,
    render: impl FnOnce(&str) -> Markup,
) -> Response {
    let token = new_token();
    let mut r = Html(render(&token).into_string()).into_response();
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(LOGIN_CSRF_COOKIE, &token, 3600, over_tls(headers)),
    );
    r
}

pub async fn login_form(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let ui = browser_ui(&state, &headers);
    with_login_csrf(&headers, |t| login_page(ui, t, None))
}

#[derive(Deserialize)]
pub struct LoginForm {
    csrf: String,
    email: String,
    password: String,
}

/// A limiter's key: a hash of what is counted (an address, an email), so what a visitor
/// sends never decides how much memory a key takes.
pub(crate) type Key = [u8; 16];

pub(crate) fn key(kind: &str, value: &str) -> Key {
    use sha2::Digest;
    let digest = sha2::Sha256::new()
        .chain_update(kind.as_bytes())
        .chain_update([0])
        .chain_update(value.as_bytes())
        .finalize();
    let mut k = [0; 16];
    k.copy_from_slice(&digest[..16]);
    k
}

/// An address as limits count it: IPv6 by its /64, since one subscriber gets a whole /64 and
/// could otherwise take a fresh address for every try; IPv4-mapped IPv6 as the IPv4 address.
pub(crate) fn address_key(ip: std::net::IpAddr) -> Key {
    match ip {
        std::net::IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => key("ip", &v4.to_string()),
            None => {
                let s = v6.segments();
                key(
                    "ip6/64",
                    &format!("{:x}:{:x}:{:x}:{:x}", s[0], s[1], s[2], s[3]),
                )
            }
        },
        std::net::IpAddr::V4(v4) => key("ip", &v4.to_string()),
    }
}

/// Most keys a limiter holds: beyond it the oldest are forgotten, so a flood of addresses
/// costs a bounded table (a few MB) rather than the server's memory.
pub const LIMITER_KEYS: usize = 50_000;

/// One key's recent events (newest last, at most `max` of them) and, once it reached `max`,
/// when its next try may run ([`Limiter::reserve`]).
struct Record {
    hits: std::collections::VecDeque<Instant>,
    next_slot: Option<Instant>,
}

/// Counts events by key (an address, an email) in a sliding window: failed sign-ins, reports
/// through a check link. Expired keys are dropped on every call (in amortised constant time,
/// oldest first), and the table never holds more than its cap.
pub struct Limiter {
    max: usize,
    window: Duration,
    cap: usize,
    records: HashMap<Key, Record>,
    /// Every event in the order it happened, to find expired keys without a scan.
    order: std::collections::VecDeque<(Instant, Key)>,
}

impl Limiter {
    pub fn new(max: usize, window: Duration) -> Limiter {
        Limiter::with_cap(max, window, LIMITER_KEYS)
    }

    pub fn with_cap(max: usize, window: Duration, cap: usize) -> Limiter {
        Limiter {
            max: max.max(1),
            window,
            cap: cap.max(1),
            records: HashMap::new(),
            order: std::collections::VecDeque::new(),
        }
    }

    /// Failed sign-ins: per address and per email.
    pub fn logins() -> Limiter {
        Limiter::new(LOGIN_FAILURES, LOGIN_WINDOW)
    }

    /// Keys held now.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Forgets events older than the window, and keys left without any; past its bound the
    /// queue of events also lets its oldest go.
    fn prune(&mut self, now: Instant) {
        while let Some(&(at, k)) = self.order.front() {
            let expired = now.duration_since(at) >= self.window;
            if !expired && self.order.len() <= self.cap.saturating_mul(self.max) {
                break;
            }
            self.order.pop_front();
            if let Some(r) = self.records.get_mut(&k) {
                while r
                    .hits
                    .front()
                    .is_some_and(|t| *t <= at || now.duration_since(*t) >= self.window)
                {
                    r.hits.pop_front();
                }
                if r.hits.is_empty() {
                    self.records.remove(&k);
                }
            }
        }
    }

    fn count(&self, k: &Key) -> usize {
        self.records.get(k).map_or(0, |r| r.hits.len())
    }

    /// Whether any of `keys` had `max` events in the window.
    pub(crate) fn blocked(&mut self, keys: &[Key]) -> bool {
        self.prune(Instant::now());
        keys.iter().any(|k| self.count(k) >= self.max)
    }

    pub(crate) fn hit(&mut self, keys: &[Key]) {
        let now = Instant::now();
        self.prune(now);
        for k in keys {
            if !self.records.contains_key(k) {
                // Full: forget the key seen longest ago.
                while self.records.len() >= self.cap {
                    match self.order.pop_front() {
                        Some((_, old)) => {
                            self.records.remove(&old);
                        }
                        None => break,
                    }
                }
            }
            let r = self.records.entry(*k).or_insert_with(|| Record {
                hits: std::collections::VecDeque::new(),
                next_slot: None,
            });
            if r.hits.len() >= self.max {
                r.hits.pop_front();
            }
            r.hits.push_back(now);
            self.order.push_back((now, *k));
        }
    }

    /// Slows a key down instead of blocking it: under `max` events it goes at once; at `max`
    /// its tries run one at a time, `spacing` apart. The wait, or `None` when it would be
    /// longer than `max_wait` (many tries queued at once).
    pub(crate) fn reserve(
        &mut self,
        k: &Key,
        spacing: Duration,
        max_wait: Duration,
    ) -> Option<Duration> {
        let now = Instant::now();
        self.prune(now);
        let max = self.max;
        let Some(r) = self.records.get_mut(k).filter(|r| r.hits.len() >= max) else {
            return Some(Duration::ZERO);
        };
        let slot = r.next_slot.map_or(now, |s| s.max(now));
        let wait = slot - now;
        if wait > max_wait {
            return None;
        }
        r.next_slot = Some(slot + spacing);
        Some(wait)
    }
}

#[cfg(test)]
mod limiter_tests {
    use super::*;

    #[test]
    fn keys_are_small_whatever_is_counted() {
        let huge = "a".repeat(4 << 20);
        assert_eq!(key("email", &huge).len(), 16);
        assert_ne!(key("email", "a@x.example"), key("email", "b@x.example"));
        assert_ne!(key("email", "a"), key("ip", "a"));
        // One IPv6 /64 is one address; IPv4-mapped is IPv4.
        let a = address_key("2001:db8:1:2::1".parse().unwrap());
        assert_eq!(a, address_key("2001:db8:1:2:ffff::9".parse().unwrap()));
        assert_ne!(a, address_key("2001:db8:1:3::1".parse().unwrap()));
        assert_eq!(
            address_key("::ffff:192.0.2.7".parse().unwrap()),
            address_key("192.0.2.7".parse().unwrap())
        );
    }

    #[test]
    fn limits_block_expire_and_stay_bounded() {
        let mut l = Limiter::new(2, Duration::from_millis(200));
        let k = key("ip", "192.0.2.1");
        l.hit(&[k]);
        assert!(!l.blocked(&[k]));
        l.hit(&[k]);
        assert!(l.blocked(&[k]));
        assert!(!l.blocked(&[key("ip", "192.0.2.2")]));
        std::thread::sleep(Duration::from_millis(250));
        // Expired keys go at the next check, not when the table is full.
        assert!(!l.blocked(&[k]));
        assert!(l.is_empty());

        let mut l = Limiter::with_cap(5, Duration::from_secs(60), 100);
        for n in 0..1_000 {
            l.hit(&[key("email", &n.to_string())]);
            assert!(l.len() <= 100);
        }
        assert_eq!(l.len(), 100);
        // The newest are the ones kept.
        assert_eq!(l.count(&key("email", "999")), 1);
        assert_eq!(l.count(&key("email", "0")), 0);
        // One key hit again and again keeps at most `max` events.
        for _ in 0..1_000 {
            l.hit(&[key("email", "999")]);
        }
        assert!(l.order.len() <= 100 * 5 + 1, "{}", l.order.len());
        assert_eq!(l.count(&key("email", "999")), 5);
    }

    #[test]
    fn a_slowed_key_takes_turns() {
        let mut l = Limiter::new(2, Duration::from_secs(60));
        let k = key("email", "ann@acme.example");
        let (spacing, max_wait) = (Duration::from_secs(2), Duration::from_secs(5));
        assert_eq!(l.reserve(&k, spacing, max_wait), Some(Duration::ZERO));
        l.hit(&[k]);
        l.hit(&[k]);
        // At the limit: the first goes at once, the next wait their turn, then none.
        assert_eq!(l.reserve(&k, spacing, max_wait), Some(Duration::ZERO));
        let second = l.reserve(&k, spacing, max_wait).unwrap();
        assert!(second > Duration::from_millis(1900) && second <= spacing);
        let third = l.reserve(&k, spacing, max_wait).unwrap();
        assert!(third > Duration::from_millis(3900));
        assert_eq!(l.reserve(&k, spacing, max_wait), None);
    }
}

pub async fn login(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> Response {
    if !login_csrf_ok(&headers, &f.csrf) {
        return forbidden();
    }
    let ui = browser_ui(&state, &headers);
    let email = f.email.trim().to_ascii_lowercase();
    // No address is longer: refused before it reaches the limiter or the store.
    if email.len() > MAX_EMAIL {
        let mut r = with_login_csrf(&headers, |t| {
            login_page(ui, t, Some("web-login-email-too-long"))
        });
        *r.status_mut() = StatusCode::BAD_REQUEST;
        return r;
    }
    let by_address = address_key(peer.ip());
    let by_email = key("email", &email);
    // An address that failed too often is blocked; an email is only slowed down, so that
    // failures from other addresses never lock its owner out.
    let wait = state
        .logins
        .lock()
        .map(|mut l| {
            if l.blocked(&[by_address]) {
                Err("web-login-blocked")
            } else {
                l.reserve(&by_email, EMAIL_SPACING, EMAIL_MAX_WAIT)
                    .ok_or("web-login-slowed")
            }
        })
        .unwrap_or(Err("web-try-later"));
    let wait = match wait {
        Ok(w) => w,
        Err(why) => {
            tracing::warn!(peer = %peer.ip(), "sign-in refused: too many failures");
            let mut r = with_login_csrf(&headers, |t| login_page(ui, t, Some(why)));
            *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            return r;
        }
    };
    if !wait.is_zero() {
        tokio::time::sleep(wait).await;
    }
    match state.store.check_password(&email, &f.password).await {
        Ok(Some(user)) => match state.store.create_session(&user, SESSION_HOURS).await {
            Ok((value, _)) => {
                tracing::info!(user = %user.id, "signed in");
                let mut r = Redirect::to("/check").into_response();
                r.headers_mut().append(
                    header::SET_COOKIE,
                    set_cookie(
                        SESSION_COOKIE,
                        &value,
                        SESSION_HOURS * 3600,
                        over_tls(&headers),
                    ),
                );
                r
            }
            Err(e) => {
                tracing::error!(error = %e, "creating a session");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        },
        Ok(None) => {
            if let Ok(mut l) = state.logins.lock() {
                l.hit(&[by_address, by_email]);
            }
            let mut r =
                with_login_csrf(&headers, |t| login_page(ui, t, Some("web-login-no-match")));
            *r.status_mut() = StatusCode::UNAUTHORIZED;
            r
        }
        Err(e) => {
            tracing::error!(error = %e, "checking a password");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    pub(crate) csrf: String,
}

pub async fn logout(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    s: SignedIn,
    Form(f): Form<CsrfForm>,
) -> Response {
    if !same(&f.csrf, &s.csrf) {
        return forbidden();
    }
    if let Some(c) = cookie(&headers, SESSION_COOKIE) {
        let _ = state.store.end_session(c).await;
    }
    let mut r = Redirect::to("/login").into_response();
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, "", 0, over_tls(&headers)),
    );
    r
}

// ───────────────────────────── first admin ─────────────────────────────

fn setup_page(ui: Ui<'_>, token: &str, csrf: &str, error: Option<&str>) -> Markup {
    let w = |id: &str| ui.w(id);
    page_in(
        ui,
        &w("web-setup-title"),
        None,
        None,
        html! {
            h1 { (w("web-setup-title")) }
            p { (w("web-setup-intro")) }
            @if let Some(e) = error { p.error role="alert" { (e) } }
            form method="post" action=(format!("/setup/{token}")) {
                input type="hidden" name="csrf" value=(csrf);
                label for="email" { (w("web-email")) }
                input id="email" name="email" type="email" autocomplete="username" required;
                label for="password" { (w("web-new-password")) }
                input id="password" name="password" type="password" autocomplete="new-password" minlength="12" required;
                button type="submit" { (w("web-setup-create")) }
            }
        },
    )
}

pub async fn setup_form(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    match state.store.setup_token_valid(&token).await {
        Ok(true) => with_login_csrf(&headers, |c| {
            setup_page(browser_ui(&state, &headers), &token, c, None)
        }),
        _ => not_found(),
    }
}

pub async fn setup(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> Response {
    if !login_csrf_ok(&headers, &f.csrf) {
        return forbidden();
    }
    match state
        .store
        .setup_first_admin(&token, &f.email, &f.password)
        .await
    {
        Ok(user) => {
            tracing::info!(user = %user.id, "first admin created");
            Redirect::to("/login").into_response()
        }
        Err(knownline_store::StoreError::Invalid(m)) => {
            let ui = browser_ui(&state, &headers);
            let mut r = with_login_csrf(&headers, |c| setup_page(ui, &token, c, Some(&m)));
            *r.status_mut() = StatusCode::BAD_REQUEST;
            r
        }
        Err(_) => not_found(),
    }
}

pub(crate) fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        Html(bare_page("Not found", html! { h1 { "Not found" } }).into_string()),
    )
        .into_response()
}

// ───────────────────────────── check and report ─────────────────────────────

/// The channels a person can choose, "" for "let knownline tell"; their names are the
/// locale files' `ui-channel-*`.
pub(crate) const CHANNELS: &[&str] = &["", "call", "email", "sms", "popup"];

/// Where a check page's forms post: the signed-in pages, or an organisation's check link.
pub(crate) struct Paths {
    pub check: String,
    pub upload: String,
    pub report: String,
}

impl Paths {
    fn signed_in() -> Paths {
        Paths {
            check: "/check".into(),
            upload: "/check/upload".into(),
            report: "/report".into(),
        }
    }
}

/// The Check page's body: IT support's latest warnings, then the two ways in.
/// The Check page's form, in `lang`. A warning from IT support is shown as they wrote it.
pub(crate) fn check_body(
    engine: &knownline_detect::Engine,
    lang: &str,
    paths: &Paths,
    csrf: &str,
    warnings: &[knownline_store::campaigns::Warning],
    org: Option<&str>,
) -> Markup {
    let w = |id: &str| engine.word(lang, id);
    html! {
        @for warning in warnings {
            aside.warning role="note" {
                strong { (engine.word_with(lang, "ui-warning-from-it", &[("when", &day(&warning.created_at))])) " " }
                (warning.message)
            }
        }
        h1 { (w("ui-check-title")) }
        @if let Some(o) = org { p { (engine.word_with(lang, "ui-check-for-org", &[("org", o)])) } }
        form method="post" action=(paths.check) {
            input type="hidden" name="csrf" value=(csrf);
            label for="channel" { (w("ui-what-was-it")) }
            select id="channel" name="channel" {
                @for v in CHANNELS {
                    option value=(v) { (w(&format!("ui-channel-{}", if v.is_empty() { "any" } else { v }))) }
                }
            }
            label for="content" { (w("ui-paste")) }
            textarea id="content" name="content" rows="12" required {}
            label for="from" { (w("ui-from")) }
            input id="from" name="from" type="text" autocomplete="off";
            button type="submit" { (w("ui-check")) }
        }
        h2 { (w("ui-or-upload")) }
        form method="post" action=(paths.upload) enctype="multipart/form-data" {
            input type="hidden" name="csrf" value=(csrf);
            label for="file" { (w("ui-eml")) }
            input id="file" name="file" type="file" accept=".eml,message/rfc822" required;
            button type="submit" { (w("ui-check-email")) }
        }
    }
}

/// The language a page's own words are written in before any contact is read: the
/// organisation's, else the browser's when we write it, else English.
pub(crate) async fn page_language(
    state: &AppState,
    org: Option<&knownline_store::Org>,
    headers: &HeaderMap,
) -> &'static str {
    chosen_language(state, org, headers)
        .await
        .unwrap_or(knownline_detect::locale::LANGUAGES[0])
}

pub async fn check_form(State(state): State<Arc<AppState>>, s: SignedIn) -> Html<String> {
    let warnings = state
        .store
        .warnings_for(&s.user, 3)
        .await
        .unwrap_or_default();
    let lang = s.lang;
    let body = check_body(
        &state.engine,
        lang,
        &Paths::signed_in(),
        &s.csrf,
        &warnings,
        None,
    );
    s.page(
        &state.engine,
        &state.engine.word(lang, "web-nav-check"),
        body,
    )
}

#[derive(Deserialize)]
pub struct CheckForm {
    pub(crate) csrf: String,
    #[serde(default)]
    pub(crate) channel: String,
    pub(crate) content: String,
    #[serde(default)]
    pub(crate) from: String,
    #[serde(default)]
    pub(crate) note: String,
    /// Through a check link: who is reporting, if they say.
    #[serde(default)]
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) email: String,
}

/// The org a page user acts for: their only one (or none).
async fn page_org(state: &AppState, user: &User) -> Option<knownline_store::Org> {
    if user.org_ids.len() == 1 {
        state.store.org(&user.org_ids[0]).await.ok()
    } else {
        None
    }
}

/// Assesses a page's contact against the organisation's directory, written for its country
/// and the person's language (when they, their organisation or their browser chose one;
/// else the contact's own).
async fn assess_form(
    state: &Arc<AppState>,
    org: Option<&knownline_store::Org>,
    f: &CheckForm,
    report: bool,
    s: &SignedIn,
) -> Option<crate::Assessed> {
    let channel = Channel::parse(&f.channel);
    let dir = match org {
        Some(o) => state.directory(o).await.ok()?,
        None => state.reputation_only().await.ok()?,
    };
    let mut reader = crate::org_reader(state, org, None).await;
    reader.lang = s.lang_chosen.then(|| s.lang.to_string());
    crate::assess_contact(
        state,
        channel,
        f.content.clone(),
        Some(f.from.clone()),
        dir,
        report,
        reader,
    )
    .await
}

/// The browser's `Accept-Language`, when it sent one.
pub(crate) fn accept_language(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
}

/// The contact with the evidence spans marked.
pub(crate) fn highlighted(content: &str, assessment: &Value) -> Markup {
    let mut spans: Vec<(usize, usize)> = assessment["signals"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["evidence"].as_array().into_iter().flatten())
        .filter_map(|e| match (e["start"].as_u64(), e["end"].as_u64()) {
            (Some(s), Some(e)) => Some((s as usize, e as usize)),
            // Words of a page's visible text have no offsets in its HTML: find them there.
            _ => {
                let q = e["quote"].as_str().filter(|q| q.len() >= 3)?;
                let at = content.find(q)?;
                Some((at, at + q.len()))
            }
        })
        .filter(|&(s, e)| s < e && e <= content.len())
        .filter(|&(s, e)| content.is_char_boundary(s) && content.is_char_boundary(e))
        .collect();
    spans.sort();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    // Long contacts are shown up to 200,000 bytes (at a character boundary).
    let mut cut = content.len().min(200_000);
    while !content.is_char_boundary(cut) {
        cut -= 1;
    }
    let shown = &content[..cut];
    let mut pieces: Vec<(bool, &str)> = Vec::new();
    let mut at = 0;
    for &(s, e) in merged.iter().filter(|&&(_, e)| e <= shown.len()) {
        pieces.push((false, &shown[at..s]));
        pieces.push((true, &shown[s..e]));
        at = e;
    }
    pieces.push((false, &shown[at..]));
    html! {
        pre.contact {
            @for (marked, text) in pieces {
                @if marked { mark { (text) } } @else { (text) }
            }
        }
    }
}

pub(crate) fn verdict_class(v: &str) -> &'static str {
    match v {
        "scam" => "scam",
        "suspicious" => "suspicious",
        _ => "no-signs",
    }
}

pub async fn check(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Form(f): Form<CheckForm>,
) -> Response {
    if !same(&f.csrf, &s.csrf) {
        return forbidden();
    }
    result_page(&state, &s, f).await
}

/// Largest upload: the engine's contact limit.
const MAX_UPLOAD: usize = knownline_detect::MAX_CONTACT_BYTES;

/// The CSRF token and the file of an upload form; an answer instead when it is bad.
pub(crate) async fn read_upload(
    mut form: axum::extract::Multipart,
) -> Result<(String, Vec<u8>), Response> {
    let mut csrf = String::new();
    let mut content: Option<Vec<u8>> = None;
    loop {
        let field = match form.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => return Err(StatusCode::BAD_REQUEST.into_response()),
        };
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("file") => match field.bytes().await {
                Ok(b) if b.len() <= MAX_UPLOAD => content = Some(b.to_vec()),
                Ok(_) => return Err(StatusCode::PAYLOAD_TOO_LARGE.into_response()),
                Err(_) => return Err(StatusCode::BAD_REQUEST.into_response()),
            },
            _ => {}
        }
    }
    Ok((csrf, content.unwrap_or_default()))
}

/// The form an uploaded email is checked as; `Err` with the page to show when it is binary.
pub(crate) fn uploaded_email(ui: Ui<'_>, csrf: String, bytes: &[u8]) -> Result<CheckForm, Markup> {
    if bytes.contains(&0) {
        return Err(html! { h1 { (ui.w("web-not-email")) } p { (ui.w("web-not-email-binary")) } });
    }
    // Raw mail may carry 8-bit bodies in other charsets: shown as best we can.
    Ok(CheckForm {
        csrf,
        channel: "email".into(),
        content: String::from_utf8_lossy(bytes).into_owned(),
        from: String::new(),
        note: String::new(),
        name: String::new(),
        email: String::new(),
    })
}

/// An `.eml` file uploaded from the Check page.
pub async fn check_upload(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    form: axum::extract::Multipart,
) -> Response {
    let (csrf, bytes) = match read_upload(form).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    if !same(&csrf, &s.csrf) {
        return forbidden();
    }
    if bytes.is_empty() {
        return Redirect::to("/check").into_response();
    }
    let ui = s.ui(&state.engine);
    match uploaded_email(ui, csrf, &bytes) {
        Ok(f) => result_page(&state, &s, f).await,
        Err(body) => (
            StatusCode::BAD_REQUEST,
            s.page(&state.engine, &ui.w("web-nav-check"), body),
        )
            .into_response(),
    }
}

/// The result of a check, action first and in the reader's language: the verdict in large
/// words and the kind of scam, at once what to do now (a number the person knows as a `tel:`
/// link), then up to three reasons with the words that show them and the rest behind "More
/// reasons", how it was read (one click reads it as another kind of contact), the contact with
/// its evidence marked, and the button that reports it (asking a check link's visitor who they
/// are, for IT support's answer).
pub(crate) fn result_body(
    engine: &knownline_detect::Engine,
    paths: &Paths,
    csrf: &str,
    f: &CheckForm,
    channel: Channel,
    a: &Value,
    visitor: bool,
) -> Markup {
    let lang = a["language"].as_str().unwrap_or("en");
    let w = |id: &str| engine.word(lang, id);
    let verdict = a["verdict"].as_str().unwrap_or("no_signs");
    let class = verdict_class(verdict);
    let limits: Vec<&str> = a["incomplete_reasons"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let family = a["family"]
        .as_str()
        .filter(|_| verdict != "no_signs")
        .map(|f| w(&format!("family-{f}")));
    let reasons: Vec<&Value> = a["reasons"].as_array().into_iter().flatten().collect();
    let (up_front, more) = reasons.split_at(reasons.len().min(REASONS_UP_FRONT));
    let reason = |r: &Value| {
        let quotes: Vec<String> = r["quotes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|q| engine.word_with(lang, "quoted", &[("text", q)]))
            .collect();
        html! {
            li {
                strong { (r["title"].as_str().unwrap_or_default()) }
                @if !quotes.is_empty() { " — " (quotes.join(", ")) }
            }
        }
    };
    let channel_word = |c: Channel| w(&format!("channel-{}", c.as_str()));
    html! {
        div.result lang=(lang) {
            h1.verdict.(class) { (w(&format!("summary-{verdict}"))) }
            @if let Some(f) = &family { p.family { strong { (f) } } }
            @if a["complete"] == false {
                p.partial role="status" {
                    strong { (w("partly-checked")) } " " (limits.join("; ")) ". " (w("ui-partly-rest"))
                }
            }
            h2 { (w("heading-steps")) }
            ol.playbook {
                @for step in a["steps"].as_array().into_iter().flatten() {
                    li {
                        (step["text"].as_str().unwrap_or_default())
                        @if let Some(n) = step["dial"].as_str() {
                            " " a.call href={ "tel:" (n) } { (engine.word_with(lang, "ui-call", &[("number", n)])) }
                        }
                    }
                }
            }
            @if !up_front.is_empty() {
                h2 { (w("heading-reasons")) }
                ul.reasons { @for r in up_front { (reason(r)) } }
            }
            @if !more.is_empty() {
                details.more {
                    summary { (w("heading-more-reasons")) }
                    ul.reasons { @for r in more { (reason(r)) } }
                }
            }
            @if a["channel_guessed"] == true {
                // One click reads it again as another kind of contact.
                form.read-as method="post" action=(paths.check) {
                    input type="hidden" name="csrf" value=(csrf);
                    input type="hidden" name="from" value=(f.from);
                    textarea hidden name="content" aria-hidden="true" { (f.content) }
                    span { (engine.word_with(lang, "ui-read-as", &[("channel", &channel_word(channel))])) }
                    @for v in CHANNELS.iter().filter(|v| !v.is_empty() && **v != channel.as_str()) {
                        button.link type="submit" name="channel" value=(v) { (channel_word(Channel::parse(v).unwrap_or(channel))) }
                        " "
                    }
                }
            }
            h2 { (w("ui-what-you-pasted")) }
            (highlighted(&f.content, a))
            form method="post" action=(paths.report) {
                input type="hidden" name="csrf" value=(csrf);
                input type="hidden" name="channel" value=(channel.as_str());
                input type="hidden" name="from" value=(f.from);
                textarea hidden name="content" aria-hidden="true" { (f.content) }
                @if visitor {
                    label for="name" { (w("ui-your-name")) }
                    input id="name" name="name" type="text" maxlength="120" autocomplete="name";
                    label for="email" { (w("ui-your-email")) }
                    input id="email" name="email" type="email" maxlength="254" autocomplete="email";
                }
                label for="note" { (w("ui-note")) }
                input id="note" name="note" type="text" maxlength="5000";
                button.report type="submit" { (w("ui-report")) }
            }
        }
    }
}

/// Reasons shown before "More reasons", as in the CLI's text report.
const REASONS_UP_FRONT: usize = 3;

async fn result_page(state: &Arc<AppState>, s: &SignedIn, f: CheckForm) -> Response {
    if f.content.trim().is_empty() {
        return Redirect::to("/check").into_response();
    }
    let org = page_org(state, &s.user).await;
    let Some(a) = assess_form(state, org.as_ref(), &f, false, s).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let body = result_body(
        &state.engine,
        &Paths::signed_in(),
        &s.csrf,
        &f,
        a.channel,
        &a.assessment,
        false,
    );
    let ui = Ui {
        engine: &state.engine,
        lang: a.assessment["language"]
            .as_str()
            .and_then(knownline_detect::locale::supported)
            .unwrap_or(s.lang),
    };
    Html(page_in(ui, &ui.w("web-result"), Some(&s.user), Some(&s.csrf), body).into_string())
        .into_response()
}

/// What a person sees once their report is in.
pub(crate) fn reported_body(ui: Ui<'_>, org: &str, reference: &str, back: &str) -> Markup {
    html! {
        h1 { (ui.w("web-reported")) }
        p { (ui.with("web-reported-next", &[("org", org)])) }
        p { (ui.w("web-reference")) " " code { (reference) } }
        p { a href=(back) { (ui.w("web-check-another")) } }
    }
}

pub async fn report(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Form(f): Form<CheckForm>,
) -> Response {
    if !same(&f.csrf, &s.csrf) {
        return forbidden();
    }
    let ui = s.ui(&state.engine);
    let Some(org) = page_org(&state, &s.user).await else {
        let body = html! { h1 { (ui.w("web-which-org")) } p { (ui.w("web-which-org-why")) } };
        return (
            StatusCode::BAD_REQUEST,
            s.page(&state.engine, &ui.w("web-report"), body),
        )
            .into_response();
    };
    let Some(a) = assess_form(&state, Some(&org), &f, true, &s).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let note: String = f.note.chars().take(5_000).collect();
    match state
        .store
        .add_incident(
            &org.id,
            knownline_store::people::Reporter::User(&s.user),
            a.channel.as_str(),
            &f.content,
            &a.assessment,
            &note,
            &a.offered,
        )
        .await
    {
        Ok(i) => {
            tracing::info!(incident = %i.id, org = %org.id, "incident reported (page)");
            crate::notify::incident_reported(&state, &org, &i, &s.user.email).await;
            let body = reported_body(ui, &org.name, &i.id, "/check");
            (
                StatusCode::CREATED,
                s.page(&state.engine, &ui.w("web-reported"), body),
            )
                .into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "recording an incident");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

// ───────────────────────────── verify a caller ─────────────────────────────

pub async fn verify_form(State(state): State<Arc<AppState>>, s: SignedIn) -> Html<String> {
    let ui = s.ui(&state.engine);
    let w = |id: &str| ui.w(id);
    s.page(
        &state.engine,
        &w("web-nav-verify"),
        html! {
            h1 { (w("web-nav-verify")) }
            p { (w("web-verify-intro")) }
            form method="post" action="/verify" {
                input type="hidden" name="csrf" value=(s.csrf);
                label for="claims" { (w("web-verify-claims")) }
                input id="claims" name="claims" type="text" required placeholder=(w("web-verify-claims-example"));
                label for="number" { (w("web-verify-number")) }
                input id="number" name="number" type="tel";
                label for="from" { (w("web-verify-from")) }
                input id="from" name="from" type="text";
                button type="submit" { (w("web-verify")) }
            }
        },
    )
}

#[derive(Deserialize)]
pub struct VerifyForm {
    csrf: String,
    claims: String,
    #[serde(default)]
    number: String,
    #[serde(default)]
    from: String,
}

fn non_empty(s: &str) -> Option<String> {
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

pub async fn verify(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Form(f): Form<VerifyForm>,
) -> Response {
    if !same(&f.csrf, &s.csrf) {
        return forbidden();
    }
    if f.claims.trim().is_empty() {
        return Redirect::to("/verify").into_response();
    }
    let org = page_org(&state, &s.user).await;
    let req = knownline_detect::VerifyRequest {
        claims: f.claims.clone(),
        number: non_empty(&f.number),
        from: non_empty(&f.from),
        lang: Some(s.lang.to_string()),
    };
    let (v, id) = match state
        .store
        .run_verification(&state.engine, org.as_ref(), &s.user.email, &req)
        .await
    {
        Ok(done) => done,
        Err(e) => {
            tracing::error!(error = %e, "running a verification");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let class = match v.status.as_str() {
        "known_scam" | "mismatch" => "scam",
        "matches" => "no-signs",
        _ => "suspicious",
    };
    let ui = s.ui(&state.engine);
    let call_back = match (&v.call_back.phone, &v.call_back.how) {
        (Some(p), _) => ui.with(
            "web-verify-call-on",
            &[
                ("name", &v.call_back.name),
                ("number", &knownline_detect::display_phone(p)),
            ],
        ),
        (None, Some(how)) => format!("{}: {how}", v.call_back.name),
        (None, None) => v.call_back.name.clone(),
    };
    let w = |id: &str| ui.w(id);
    let body = html! {
        h1.verdict.(class) { (v.summary) }
        h2 { (w("web-verify-call-back")) }
        p.callback { strong { (call_back) } }
        @if !v.flags.is_empty() {
            h2 { (w("heading-reasons")) }
            ul { @for f in &v.flags { li { (f.text) } } }
        }
        h2 { (w("heading-steps")) }
        ol.playbook { @for step in &v.steps { li { (step) } } }
        h2 { (w("web-verify-after")) }
        form method="post" action=(format!("/verify/{id}/outcome")) {
            input type="hidden" name="csrf" value=(s.csrf);
            button type="submit" name="outcome" value="confirmed" { (w("web-verify-genuine")) }
            " "
            button.report type="submit" name="outcome" value="scam" { (w("web-verify-scam")) }
        }
    };
    s.page(&state.engine, &w("web-nav-verify"), body)
        .into_response()
}

#[derive(Deserialize)]
pub struct OutcomeForm {
    csrf: String,
    outcome: String,
}

pub async fn verify_outcome(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(id): Path<String>,
    Form(f): Form<OutcomeForm>,
) -> Response {
    if !same(&f.csrf, &s.csrf) {
        return forbidden();
    }
    // The one who asked, or IT support of its organisation, records how it went.
    match crate::trust::record_outcome(&state, &s.user, &id, &f.outcome).await {
        Ok((record, held)) => {
            let ui = s.ui(&state.engine);
            let words = crate::trust::shared_list_words(ui, &s.user, &record, &f.outcome, &held);
            let body = html! {
                h1 { (ui.w("web-thank-you")) }
                p { (words) }
                p { a href="/verify" { (ui.w("web-verify-another")) } }
            };
            s.page(&state.engine, &ui.w("web-thank-you"), body)
                .into_response()
        }
        Err(knownline_store::StoreError::Invalid(_)) => StatusCode::BAD_REQUEST.into_response(),
        Err(_) => not_found(),
    }
}

// ───────────────────────────── incidents ─────────────────────────────

#[derive(Deserialize, Default)]
pub struct QueueQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    channel: String,
    #[serde(default)]
    verdict: String,
    #[serde(default)]
    page: Option<i64>,
}

const PER_PAGE: i64 = 25;

/// Organisation names by id, for showing lists.
async fn org_names(state: &AppState) -> HashMap<String, String> {
    state
        .store
        .orgs()
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect()
}

pub async fn incidents(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    axum::extract::Query(q): axum::extract::Query<QueueQuery>,
) -> Response {
    let filter = knownline_store::people::IncidentFilter {
        status: non_empty(&q.status),
        channel: non_empty(&q.channel),
        verdict: non_empty(&q.verdict),
        ..Default::default()
    };
    let page_no = q.page.unwrap_or(1).max(1);
    let Ok((list, total)) = state
        .store
        .incidents_for(&s.user, &filter, page_no, PER_PAGE)
        .await
    else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let names = org_names(&state).await;
    let pages = (total + PER_PAGE - 1) / PER_PAGE;
    let link = |p: i64| {
        format!(
            "/incidents?status={}&channel={}&verdict={}&page={p}",
            q.status, q.channel, q.verdict
        )
    };
    let ui = s.ui(&state.engine);
    let w = |id: &str| ui.w(id);
    let select = |name: &str, options: &[&str], current: &str| {
        html! {
            label for=(name) { (w(&format!("web-filter-{name}"))) }
            select id=(name) name=(name) {
                option value="" { (w("web-any")) }
                @for o in options {
                    option value=(o) selected[*o == current] { (ui.code(o)) }
                }
            }
        }
    };
    let body = html! {
        h1 { (w("web-nav-incidents")) }
        form.filters method="get" action="/incidents" {
            (select("status", knownline_store::people::INCIDENT_STATUSES, &q.status))
            (select("channel", &["call", "email", "sms", "popup"], &q.channel))
            (select("verdict", &["scam", "suspicious", "no_signs"], &q.verdict))
            button type="submit" { (w("web-filter")) }
        }
        p { (ui.count("web-incident-count", total.max(0) as usize)) }
        table tabindex="0" {
            (head_row(ui, &["web-col-reported", "web-col-org", "web-filter-channel", "web-filter-verdict", "web-filter-status"]))
            tbody {
                @for i in &list {
                    tr {
                        td { a href=(format!("/incidents/{}", i.id)) { (day(&i.created_at)) } }
                        td { (names.get(&i.org_id).map(String::as_str).unwrap_or("?")) }
                        td { (ui.code(&i.channel)) }
                        td { (ui.code(&i.verdict)) }
                        td { (ui.code(&i.status)) }
                    }
                }
            }
        }
        nav aria-label=(w("web-pages")) {
            @if page_no > 1 { a href=(link(page_no - 1)) { (w("web-newer")) } " " }
            (ui.with("web-page-of", &[("page", &page_no.to_string()), ("pages", &pages.max(1).to_string())]))
            @if page_no < pages { " " a href=(link(page_no + 1)) { (w("web-older")) } }
        }
    };
    s.page(&state.engine, &w("web-nav-incidents"), body)
        .into_response()
}

pub async fn incident(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(id): Path<String>,
) -> Response {
    let Ok(i) = state.store.incident_for(&s.user, &id).await else {
        return not_found();
    };
    let triage = s.user.supports(&i.org_id);
    let verdict = i.verdict.as_str();
    let ui = s.ui(&state.engine);
    let w = |id: &str| ui.w(id);
    let reply_to = if i.reporter_id.is_some() {
        w("web-reply-to-person")
    } else {
        w("web-reply-to-visitor")
    };
    let class = verdict_class(verdict);
    let reasons: Vec<&Value> = i.assessment["reasons"]
        .as_array()
        .map(|r| r.iter().collect())
        .unwrap_or_default();
    let reporter = if i.reporter.is_empty() {
        w("web-reporter-anonymous")
    } else if i.reporter_id.is_none() {
        ui.with("web-reporter-link", &[("name", &i.reporter)])
    } else {
        i.reporter.clone()
    };
    let body = html! {
        h1 { (w("web-incident")) " " code { (i.id) } }
        p.verdict.(class) { (w(&format!("summary-{verdict}"))) }
        p { (ui.code(&i.channel)) " · " (ui.with("web-status-is", &[("status", &ui.code(&i.status))])) " · " (ui.with("web-reported-on", &[("when", &day(&i.created_at))])) }
        p { (ui.with("web-reported-by", &[("name", &reporter)])) }
        // The reasons as the reporter read them (one per tactic, with their quotes); an
        // assessment stored before reasons existed shows its signals.
        @if !reasons.is_empty() {
            h2 { (w("heading-reasons")) }
            ul.reasons { @for r in &reasons { li {
                strong { (r["title"].as_str().unwrap_or_default()) }
                @for q in r["quotes"].as_array().into_iter().flatten() { " " q { (q.as_str().unwrap_or_default()) } }
            } } }
        } @else if let Some(signals) = i.assessment["signals"].as_array().filter(|s| !s.is_empty()) {
            h2 { (w("heading-reasons")) }
            ul.reasons { @for sig in signals { li { strong { (sig["title"].as_str().unwrap_or_default()) } ": " (sig["explanation"].as_str().unwrap_or_default()) } } }
        }
        h2 { (w("web-the-contact")) }
        (highlighted(&i.content, &i.assessment))
        @if !i.report_note.is_empty() { h2 { (w("web-reporter-wrote")) } p.report-note { (i.report_note) } }
        @if !i.replies.is_empty() {
            h2 { (w("web-replies")) }
            @for r in &i.replies {
                blockquote.reply { p { (r.body) } footer { (r.author) ", " (day(&r.created_at)) } }
            }
        }
        @if let Some(note) = i.note.as_deref().filter(|n| !n.is_empty()) { h2 { (w("web-notes")) } pre.notes { (note) } }
        @if triage {
            h2 { (w("web-triage")) }
            @if !i.indicators.is_empty() {
                p { (w("web-triage-list")) " "
                    @for (n, v) in i.indicators.iter().enumerate() { @if n > 0 { ", " } code { (v.value) } } }
            }
            form method="post" action=(format!("/incidents/{}", i.id)) {
                input type="hidden" name="csrf" value=(s.csrf);
                label for="status" { (w("web-filter-status")) }
                select id="status" name="status" {
                    @if i.status == "new" { option value="new" selected { (w("web-status-new")) } }
                    @for st in ["confirmed_scam", "benign", "closed"] { option value=(st) selected[st == i.status] { (ui.code(st)) } }
                }
                label for="note" { (w("web-private-note")) }
                textarea id="note" name="note" rows="3" {}
                label for="reply" { (reply_to) }
                textarea id="reply" name="reply" rows="3" placeholder=(w("web-reply-example")) {}
                button type="submit" { (w("web-save")) }
            }
        }
    };
    s.page(&state.engine, &w("web-incident"), body)
        .into_response()
}

#[derive(Deserialize)]
pub struct TriageForm {
    csrf: String,
    status: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    reply: String,
}

pub async fn triage(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(id): Path<String>,
    Form(f): Form<TriageForm>,
) -> Response {
    if !same(&f.csrf, &s.csrf) {
        return forbidden();
    }
    if f.reply.trim().chars().count() > 5_000 {
        return StatusCode::BAD_REQUEST.into_response();
    }
    match state
        .store
        .triage_incident(&s.user, &id, Some(&f.status), Some(&f.note))
        .await
    {
        Ok(i) => {
            if !f.reply.trim().is_empty()
                && crate::reply_to_reporter(&state, &s.user, &i, f.reply.trim())
                    .await
                    .is_err()
            {
                return StatusCode::BAD_REQUEST.into_response();
            }
            Redirect::to(&format!("/incidents/{}", i.id)).into_response()
        }
        Err(knownline_store::StoreError::Forbidden(_)) => StatusCode::FORBIDDEN.into_response(),
        Err(knownline_store::StoreError::Invalid(_)) => StatusCode::BAD_REQUEST.into_response(),
        Err(_) => not_found(),
    }
}

// ───────────────────────────── directories ─────────────────────────────

pub async fn directories(State(state): State<Arc<AppState>>, s: SignedIn) -> Response {
    let orgs: Vec<knownline_store::Org> = state
        .store
        .orgs()
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|o| s.user.acts_for(&o.id))
        .collect();
    if orgs.len() == 1 {
        return Redirect::to(&format!("/directory/{}", orgs[0].id)).into_response();
    }
    let ui = s.ui(&state.engine);
    let w = |id: &str| ui.w(id);
    let body = html! {
        h1 { (w("web-directories")) }
        @if orgs.is_empty() { p { (w("web-no-orgs")) " " code { "knownline org add NAME" } } }
        ul { @for o in &orgs { li { a href=(format!("/directory/{}", o.id)) { (o.name) } } } }
    };
    s.page(&state.engine, &w("web-directories"), body)
        .into_response()
}

pub async fn directory(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(org_id): Path<String>,
) -> Response {
    directory_page(&state, &s, &org_id, None).await
}

async fn directory_page(
    state: &AppState,
    s: &SignedIn,
    org_id: &str,
    error: Option<&str>,
) -> Response {
    let Ok(org) = state.store.org(org_id).await else {
        return not_found();
    };
    if !s.user.acts_for(&org.id) {
        return not_found();
    }
    let Ok(entries) = state.store.entries(&org).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let edit = s.user.supports(&org.id);
    let ui = s.ui(&state.engine);
    let w = |id: &str| ui.w(id);
    let body = html! {
        h1 { (ui.with("web-directory-of", &[("org", &org.name)])) }
        p { (w("web-directory-intro")) }
        @if let Some(e) = error { p.error role="alert" { (e) } }
        table tabindex="0" {
            thead { tr {
                th scope="col" { (w("web-col-name")) }
                th scope="col" { (w("web-col-role")) }
                th scope="col" { (w("web-col-phones")) }
                th scope="col" { (w("web-col-domains")) }
                th scope="col" { (w("web-col-verified")) }
                @if edit { th scope="col" { span.sr { (w("web-remove")) } } }
            } }
            tbody {
                @for e in entries.iter().take(1_000) {
                    tr {
                        td { (e.entry.name) }
                        td { (ui.code(&e.entry.role)) }
                        td { (e.entry.phones.iter().map(|p| knownline_detect::display_phone(p)).collect::<Vec<_>>().join(", ")) }
                        td { (e.entry.domains.join(", ")) }
                        td { (e.entry.verified_by.clone().unwrap_or_default()) " " (e.entry.verified_at.clone().unwrap_or_default()) }
                        @if edit {
                            td {
                                form method="post" action=(format!("/directory/{}/remove", org.id)) {
                                    input type="hidden" name="csrf" value=(s.csrf);
                                    input type="hidden" name="name" value=(e.entry.name);
                                    button type="submit" aria-label=(ui.with("web-remove-named", &[("name", &e.entry.name)])) { (w("web-remove")) }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if entries.len() > 1_000 { p { (ui.count("web-directory-more", entries.len())) " " code { "knownline directory export" } } }
        @if edit {
            h2 { (w("web-entry-add")) }
            form method="post" action=(format!("/directory/{}", org.id)) {
                input type="hidden" name="csrf" value=(s.csrf);
                label for="name" { (w("web-col-name")) }
                input id="name" name="name" type="text" required maxlength="200";
                label for="role" { (w("web-col-role")) }
                select id="role" name="role" { @for r in knownline_detect::ROLES { option value=(r) { (ui.code(r)) } } }
                label for="phones" { (w("web-entry-phones")) }
                input id="phones" name="phones" type="text";
                label for="domains" { (w("web-entry-domains")) }
                input id="domains" name="domains" type="text";
                label for="aliases" { (w("web-entry-aliases")) }
                input id="aliases" name="aliases" type="text";
                label for="note" { (w("web-entry-note")) }
                input id="note" name="note" type="text" maxlength="2000";
                label for="verified_at" { (w("web-entry-verified")) }
                input id="verified_at" name="verified_at" type="date";
                label { input type="checkbox" name="replace" value="1"; " " (w("web-entry-replace")) }
                button type="submit" { (w("web-entry-save")) }
            }
        }
    };
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    (status, s.page(&state.engine, &w("web-nav-directory"), body)).into_response()
}

#[derive(Deserialize)]
pub struct EntryForm {
    csrf: String,
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    phones: String,
    #[serde(default)]
    domains: String,
    #[serde(default)]
    aliases: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    verified_at: String,
    #[serde(default)]
    replace: String,
}

/// The organisation whose directory a form changes, if the form is genuine and the user may
/// change it: another organisation's is "not found", a member's own is forbidden.
/// An organisation whose directory and settings the user may change (its analysts and
/// admins): "not found" for one they do not act for, refused for a member of it.
pub(crate) async fn it_supported_org(
    state: &AppState,
    s: &SignedIn,
    org_id: &str,
) -> Result<knownline_store::Org, Response> {
    let org = match state.store.org(org_id).await {
        Ok(o) if s.user.acts_for(&o.id) => o,
        _ => return Err(not_found()),
    };
    if !s.user.supports(&org.id) {
        return Err(StatusCode::FORBIDDEN.into_response());
    }
    Ok(org)
}

/// The same for a posted form: its CSRF token first.
pub(crate) async fn editable_org(
    state: &AppState,
    s: &SignedIn,
    org_id: &str,
    csrf: &str,
) -> Result<knownline_store::Org, Response> {
    if !same(csrf, &s.csrf) {
        return Err(forbidden());
    }
    it_supported_org(state, s, org_id).await
}

fn list(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
        .collect()
}

pub async fn directory_add(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(org_id): Path<String>,
    Form(f): Form<EntryForm>,
) -> Response {
    let org = match editable_org(&state, &s, &org_id, &f.csrf).await {
        Ok(o) => o,
        Err(r) => return r,
    };
    let input = knownline_detect::EntryInput {
        name: f.name,
        aliases: list(&f.aliases),
        role: f.role,
        phones: list(&f.phones),
        domains: list(&f.domains),
        websites: Vec::new(),
        note: f.note,
        verified_by: Some(s.user.email.clone()),
        verified_at: non_empty(&f.verified_at),
    };
    let entry = match input.validate(state.engine.options.default_region, "typed") {
        Ok(e) => e,
        Err(e) => return directory_page(&state, &s, &org.id, Some(&e)).await,
    };
    match state
        .store
        .add_entry(&org, entry, &s.user.email, f.replace == "1")
        .await
    {
        Ok(_) => Redirect::to(&format!("/directory/{}", org.id)).into_response(),
        Err(knownline_store::StoreError::Conflict(m)) => {
            directory_page(&state, &s, &org.id, Some(&m)).await
        }
        Err(e) => {
            tracing::error!(error = %e, "adding a directory entry");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Deserialize)]
pub struct RemoveForm {
    csrf: String,
    name: String,
}

pub async fn directory_remove(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(org_id): Path<String>,
    Form(f): Form<RemoveForm>,
) -> Response {
    let org = match editable_org(&state, &s, &org_id, &f.csrf).await {
        Ok(o) => o,
        Err(r) => return r,
    };
    match state.store.remove_entry(&org, &f.name, &s.user.email).await {
        Ok(()) => Redirect::to(&format!("/directory/{}", org.id)).into_response(),
        Err(_) => not_found(),
    }
}

// ───────────────────────────── tokens, users, audit ─────────────────────────────

pub(crate) fn day(t: &str) -> String {
    format!("{} UTC", t.get(..16).unwrap_or(t).replace('T', " "))
}

/// The words a person reads for a stored code: "Confirmed scam", not `confirmed_scam`.
pub(crate) fn words(code: &str) -> String {
    let known = match code {
        "scam" => "Scam",
        "suspicious" => "Suspicious",
        "no_signs" => "No signs of a scam",
        "new" => "New",
        "confirmed_scam" => "Confirmed scam",
        "benign" => "Not a scam",
        "closed" => "Closed",
        "suggested" => "Suggested",
        "active" => "On the list",
        "removed" => "Removed",
        "call" => "Phone call",
        "email" => "Email",
        "sms" => "Text message",
        "popup" => "Pop-up or web page",
        "member" => "Member",
        "it_support" => "IT support",
        "admin" => "Admin",
        "webhook" => "Webhook",
        _ => "",
    };
    if !known.is_empty() {
        return known.to_string();
    }
    // Any other code reads as words: "after_hours" → "After hours".
    knownline_detect::capitalised(&code.replace('_', " "))
}

async fn tokens_page(state: &AppState, s: &SignedIn, fresh: Option<&str>) -> Response {
    let Ok(tokens) = state.store.tokens_of(&s.user).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let ui = s.ui(&state.engine);
    let w = |id: &str| ui.w(id);
    let body = html! {
        h1 { (w("web-nav-tokens")) }
        p { (w("web-tokens-intro")) }
        @if let Some(t) = fresh {
            p.fresh role="status" { (w("web-token-new")) " " code { (t) } }
        }
        table tabindex="0" {
            (head_row(ui, &["web-col-name", "web-col-created", "web-col-state"]))
            tbody {
                @for t in &tokens {
                    tr {
                        td { (t.name) }
                        td { (day(&t.created_at)) }
                        td {
                            @if let Some(r) = &t.revoked_at { (ui.with("web-token-revoked", &[("when", &day(r))])) } @else {
                                form method="post" action=(format!("/tokens/{}/revoke", t.id)) {
                                    input type="hidden" name="csrf" value=(s.csrf);
                                    button type="submit" aria-label=(ui.with("web-revoke-named", &[("name", &t.name)])) { (w("web-revoke")) }
                                }
                            }
                        }
                    }
                }
            }
        }
        h2 { (w("web-token-add")) }
        form method="post" action="/tokens" {
            input type="hidden" name="csrf" value=(s.csrf);
            label for="name" { (w("web-token-for")) }
            input id="name" name="name" type="text" required maxlength="100";
            button type="submit" { (w("web-token-create")) }
        }
    };
    s.page(&state.engine, &w("web-nav-tokens"), body)
        .into_response()
}

pub async fn tokens(State(state): State<Arc<AppState>>, s: SignedIn) -> Response {
    tokens_page(&state, &s, None).await
}

#[derive(Deserialize)]
pub struct NameForm {
    csrf: String,
    #[serde(default)]
    name: String,
}

pub async fn token_create(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Form(f): Form<NameForm>,
) -> Response {
    if !same(&f.csrf, &s.csrf) {
        return forbidden();
    }
    let name: String = f.name.trim().chars().take(100).collect();
    match state
        .store
        .create_token(&s.user, &name, &s.user.email)
        .await
    {
        Ok(t) => tokens_page(&state, &s, Some(&t)).await,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

pub async fn token_revoke(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(id): Path<String>,
    Form(f): Form<CsrfForm>,
) -> Response {
    if !same(&f.csrf, &s.csrf) {
        return forbidden();
    }
    match state.store.revoke_token(&s.user, &id).await {
        Ok(()) => Redirect::to("/tokens").into_response(),
        Err(_) => not_found(),
    }
}

pub async fn users(State(state): State<Arc<AppState>>, s: SignedIn) -> Response {
    users_page(&state, &s, None, None).await
}

/// A new invitation's link, shown once to the admin who made it.
struct Invited {
    email: String,
    url: String,
    expires_at: String,
}

async fn users_page(
    state: &AppState,
    s: &SignedIn,
    error: Option<&str>,
    invited: Option<Invited>,
) -> Response {
    if !s.user.is_admin() {
        return not_found();
    }
    let (Ok(users), Ok(orgs), Ok(pending)) = (
        state.store.users().await,
        state.store.orgs().await,
        state.store.pending_invitations().await,
    ) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let names: HashMap<&str, &str> = orgs
        .iter()
        .map(|o| (o.id.as_str(), o.name.as_str()))
        .collect();
    let org_list = |ids: &[String]| {
        ids.iter()
            .filter_map(|o| names.get(o.as_str()))
            .copied()
            .collect::<Vec<_>>()
            .join(", ")
    };
    let ui = s.ui(&state.engine);
    let w = |id: &str| ui.w(id);
    let body = html! {
        h1 { (w("web-users-title")) }
        @if let Some(e) = error { p.error role="alert" { (e) } }
        @if let Some(inv) = &invited {
            section.secret role="status" {
                h2 { (ui.with("web-invitation-for", &[("email", &inv.email)])) }
                p { (ui.with("web-invitation-send", &[("until", &day(&inv.expires_at))])) }
                p { code.long { (inv.url) } }
            }
        }
        table tabindex="0" {
            (head_row(ui, &["web-email", "web-col-role", "web-nav-orgs"]))
            tbody {
                @for u in &users {
                    tr {
                        td { a href=(format!("/users/{}", u.id)) { (u.email) } }
                        td { (ui.code(&u.role)) }
                        td { @if u.is_admin() { (w("web-all-orgs")) } @else { (org_list(&u.org_ids)) } }
                    }
                }
            }
        }
        @if !pending.is_empty() {
            h2 { (w("web-invited-pending")) }
            ul { @for p in &pending { li { (p.email) " · " (ui.code(&p.role)) " · " (org_list(&p.org_ids)) " · " (ui.with("web-until", &[("when", &day(&p.expires_at))])) } } }
        }
        h2 { (w("web-invite")) }
        form method="post" action="/users" {
            input type="hidden" name="csrf" value=(s.csrf);
            label for="email" { (w("web-email")) }
            input id="email" name="email" type="email" required maxlength="254";
            fieldset {
                legend { (w("web-col-role")) }
                @for (r, _) in knownline_store::people::ROLE_HELP {
                    div.choice {
                        input type="radio" id=(format!("role-{r}")) name="role" value=(r) checked[*r == "member"];
                        label for=(format!("role-{r}")) { strong { (ui.code(r)) } ": " (w(&format!("web-role-help-{r}"))) }
                    }
                }
            }
            label for="org" { (w("web-col-org")) }
            select id="org" name="org" { option value="" { (w("web-org-none")) } @for o in &orgs { option value=(o.id) { (o.name) } } }
            button type="submit" { (w("web-invite-make")) }
        }
    };
    s.page(&state.engine, &w("web-nav-users"), body)
        .into_response()
}

#[derive(Deserialize)]
pub struct UserForm {
    csrf: String,
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    org: String,
}

pub async fn user_add(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Form(f): Form<UserForm>,
) -> Response {
    if !same(&f.csrf, &s.csrf) {
        return forbidden();
    }
    if !s.user.is_admin() {
        return not_found();
    }
    let mut orgs = Vec::new();
    if !f.org.is_empty() {
        match state.store.org(&f.org).await {
            Ok(o) => orgs.push(o),
            Err(_) => return users_page(&state, &s, Some("no such organisation"), None).await,
        }
    }
    let role = if f.role.is_empty() { "member" } else { &f.role };
    match state.store.invite(&s.user, &f.email, role, &orgs).await {
        Ok((token, inv)) => {
            let invited = Invited {
                url: format!("{}/invite/{token}", state.notifications.public_url()),
                email: inv.email,
                expires_at: inv.expires_at,
            };
            let mut r = users_page(&state, &s, None, Some(invited)).await;
            *r.status_mut() = StatusCode::CREATED;
            r
        }
        Err(knownline_store::StoreError::Invalid(m) | knownline_store::StoreError::Conflict(m)) => {
            let mut r = users_page(&state, &s, Some(&m), None).await;
            *r.status_mut() = StatusCode::BAD_REQUEST;
            r
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

pub async fn audit(State(state): State<Arc<AppState>>, s: SignedIn) -> Response {
    // Admins read the whole log; analysts the rows of their organisations.
    if s.user.role == "member" {
        return not_found();
    }
    let rows = state
        .store
        .audit_for(&s.user, 200)
        .await
        .unwrap_or_default();
    let ui = s.ui(&state.engine);
    let w = |id: &str| ui.w(id);
    let body = html! {
        h1 { (w("web-nav-audit")) }
        p { (w("web-audit-intro")) }
        table tabindex="0" {
            (head_row(ui, &["web-col-when", "web-col-who", "web-col-what", "web-col-on", "web-col-detail"]))
            tbody {
                @for r in &rows {
                    tr { td { (day(&r.at)) } td { (r.actor) } td { (r.action) } td { (r.target) } td { (r.detail) } }
                }
            }
        }
    };
    s.page(&state.engine, &w("web-nav-audit"), body)
        .into_response()
}

// ───────────────────────────── campaigns ─────────────────────────────

pub async fn campaigns(State(state): State<Arc<AppState>>, s: SignedIn) -> Response {
    if s.user.role == "member" {
        return not_found();
    }
    let Ok(list) = state.store.campaigns(&s.user).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let names = org_names(&state).await;
    let ui = s.ui(&state.engine);
    let w = |id: &str| ui.w(id);
    let body = html! {
        h1 { (w("web-nav-campaigns")) }
        p { (w("web-campaigns-intro")) }
        @if list.is_empty() { p { (w("web-campaigns-none")) } }
        @for c in &list {
            section.campaign {
                h2 { (ui.count("web-campaign-reports", c.incidents.len())) ", " (ui.count("web-campaign-orgs", c.org_ids.len() + c.other_orgs)) }
                p {
                    @if !c.phones.is_empty() { (w("web-campaign-numbers")) " " strong { (c.phones.iter().map(|p| knownline_detect::display_phone(p)).collect::<Vec<_>>().join(", ")) } ". " }
                    @if !c.domains.is_empty() { (w("web-campaign-domains")) " " strong { (c.domains.join(", ")) } ". " }
                    @if c.near_duplicates { (w("web-campaign-same-words")) " " }
                    (ui.with("web-campaign-from-to", &[("from", &day(&c.first_seen)), ("to", &day(&c.last_seen))]))
                }
                p { (w("web-campaign-orgs-named")) " " (c.org_ids.iter().filter_map(|o| names.get(o)).cloned().collect::<Vec<_>>().join(", "))
                    @if c.other_orgs > 0 { " " (ui.count("web-campaign-other-orgs", c.other_orgs)) } }
                ul { @for i in &c.incidents { li { a href=(format!("/incidents/{}", i.id)) { (day(&i.created_at)) " · " (ui.code(&i.channel)) " · " (ui.code(&i.verdict)) } } } }
                @if s.user.is_admin() {
                    form method="post" action=(format!("/campaigns/{}/warn", c.id)) {
                        input type="hidden" name="csrf" value=(s.csrf);
                        label for=(format!("m-{}", c.id)) { (w("web-campaign-warning")) }
                        textarea id=(format!("m-{}", c.id)) name="message" rows="3" required maxlength="2000" {}
                        button type="submit" { (w("web-campaign-warn")) }
                    }
                }
            }
        }
    };
    s.page(&state.engine, &w("web-nav-campaigns"), body)
        .into_response()
}

#[derive(Deserialize)]
pub struct WarnForm {
    csrf: String,
    message: String,
}

pub async fn campaign_warn(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(id): Path<String>,
    Form(f): Form<WarnForm>,
) -> Response {
    if !same(&f.csrf, &s.csrf) {
        return forbidden();
    }
    match state.store.warn(&s.user, &id, &f.message).await {
        Ok(w) => {
            crate::notify::campaign_warned(&state, &w).await;
            let ui = s.ui(&state.engine);
            let body = html! {
                h1 { (ui.w("web-warned")) }
                p { (ui.count("web-warned-orgs", w.len())) }
                p { a href="/campaigns" { (ui.w("web-back-to-campaigns")) } }
            };
            s.page(&state.engine, &ui.w("web-warned"), body)
                .into_response()
        }
        Err(knownline_store::StoreError::Forbidden(_)) => StatusCode::FORBIDDEN.into_response(),
        Err(knownline_store::StoreError::Invalid(_)) => StatusCode::BAD_REQUEST.into_response(),
        Err(_) => not_found(),
    }
}
