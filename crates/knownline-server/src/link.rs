//! An organisation's check link: anyone who has it (people without an account, a new
//! starter, the receptionist) can check a contact against the organisation's directory and
//! report it to its IT support. The link's token is kept only as a hash; a new link replaces
//! the old. Visitors see nothing but the page itself and their own result; their reports are
//! limited per address ([`REPORTS_PER_HOUR`]).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, Form, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use knownline_detect::Channel;
use knownline_store::people::Reporter;
use knownline_store::Org;
use maud::html;

use crate::web::{self, CheckForm, Paths};
use crate::AppState;

/// Reports one address may make through check links in an hour.
pub const REPORTS_PER_HOUR: usize = 10;

/// Longest name a visitor gives, in characters, and longest address: enough to answer them,
/// and a bound on what a visitor makes the server copy into the incident, the audit log,
/// emails and every webhook body.
pub const MAX_NAME: usize = 120;
pub const MAX_ADDRESS: usize = 254;

/// What a visitor typed, on one line: control characters (line breaks among them) and runs
/// of spaces become one space, cut at `max` characters.
pub(crate) fn one_line(typed: &str, max: usize) -> String {
    let mut out = String::new();
    let (mut n, mut gap) = (0, false);
    for c in typed.chars() {
        if c.is_whitespace() || c.is_control() {
            gap = !out.is_empty();
            continue;
        }
        if n + usize::from(gap) >= max {
            break;
        }
        if gap {
            out.push(' ');
            n += 1;
            gap = false;
        }
        out.push(c);
        n += 1;
    }
    out
}

pub(crate) fn limiter() -> web::Limiter {
    web::Limiter::new(REPORTS_PER_HOUR, Duration::from_secs(3600))
}

fn paths(token: &str) -> Paths {
    Paths {
        check: format!("/c/{token}"),
        upload: format!("/c/{token}/upload"),
        report: format!("/c/{token}/report"),
    }
}

/// The organisation of a link; a link that is wrong or was replaced is "not found".
async fn org_of(state: &AppState, token: &str) -> Result<Org, Response> {
    match state.store.org_by_check_link(token).await {
        Ok(Some(o)) => Ok(o),
        Ok(None) => Err(web::not_found()),
        Err(e) => {
            tracing::error!(error = %e, "reading a check link");
            Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}

fn visitor_page(ui: web::Ui<'_>, title: &str, body: maud::Markup) -> String {
    web::page_in(ui, title, None, None, body).into_string()
}

/// A visitor's words: the organisation's language, else the browser's, else English.
async fn visitor_ui<'a>(state: &'a AppState, org: &Org, headers: &HeaderMap) -> web::Ui<'a> {
    web::Ui {
        engine: &state.engine,
        lang: web::page_language(state, Some(org), headers).await,
    }
}

pub async fn check_form(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let org = match org_of(&state, &token).await {
        Ok(o) => o,
        Err(r) => return r,
    };
    let warnings = state
        .store
        .warnings_of(std::slice::from_ref(&org.id), 3)
        .await
        .unwrap_or_default();
    let ui = visitor_ui(&state, &org, &headers).await;
    let lang = ui.lang;
    web::with_login_csrf(&headers, |csrf| {
        web::page_in(
            ui,
            &ui.w("web-nav-check"),
            None,
            None,
            web::check_body(
                &state.engine,
                lang,
                &paths(&token),
                csrf,
                &warnings,
                Some(&org.name),
            ),
        )
    })
}

async fn result(
    state: &Arc<AppState>,
    token: &str,
    org: &Org,
    f: CheckForm,
    headers: &HeaderMap,
) -> Response {
    if f.content.trim().is_empty() {
        return axum::response::Redirect::to(&format!("/c/{token}")).into_response();
    }
    let reader = crate::org_reader(state, Some(org), web::accept_language(headers)).await;
    let Some(a) = assess(state, org, &f, false, reader).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let body = web::result_body(
        &state.engine,
        &paths(token),
        &f.csrf,
        &f,
        a.channel,
        &a.assessment,
        true,
    );
    let ui = web::Ui {
        engine: &state.engine,
        lang: a.assessment["language"]
            .as_str()
            .and_then(knownline_detect::locale::supported)
            .unwrap_or(knownline_detect::locale::LANGUAGES[0]),
    };
    Html(web::page_in(ui, &ui.w("web-result"), None, None, body).into_string()).into_response()
}

async fn assess(
    state: &Arc<AppState>,
    org: &Org,
    f: &CheckForm,
    report: bool,
    reader: knownline_detect::Reader,
) -> Option<crate::Assessed> {
    let dir = state.directory(org).await.ok()?;
    crate::assess_contact(
        state,
        Channel::parse(&f.channel),
        f.content.clone(),
        Some(f.from.clone()),
        dir,
        report,
        reader,
    )
    .await
}

pub async fn check(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
    headers: HeaderMap,
    Form(f): Form<CheckForm>,
) -> Response {
    let org = match org_of(&state, &token).await {
        Ok(o) => o,
        Err(r) => return r,
    };
    if !web::login_csrf_ok(&headers, &f.csrf) {
        return web::forbidden();
    }
    result(&state, &token, &org, f, &headers).await
}

pub async fn upload(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
    headers: HeaderMap,
    form: axum::extract::Multipart,
) -> Response {
    let org = match org_of(&state, &token).await {
        Ok(o) => o,
        Err(r) => return r,
    };
    let (csrf, bytes) = match web::read_upload(form).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    if !web::login_csrf_ok(&headers, &csrf) {
        return web::forbidden();
    }
    if bytes.is_empty() {
        return axum::response::Redirect::to(&format!("/c/{token}")).into_response();
    }
    let ui = visitor_ui(&state, &org, &headers).await;
    match web::uploaded_email(ui, csrf, &bytes) {
        Ok(f) => result(&state, &token, &org, f, &headers).await,
        Err(body) => (
            StatusCode::BAD_REQUEST,
            Html(visitor_page(ui, &ui.w("web-nav-check"), body)),
        )
            .into_response(),
    }
}

pub async fn report(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(f): Form<CheckForm>,
) -> Response {
    let org = match org_of(&state, &token).await {
        Ok(o) => o,
        Err(r) => return r,
    };
    if !web::login_csrf_ok(&headers, &f.csrf) {
        return web::forbidden();
    }
    if f.content.trim().is_empty() {
        return axum::response::Redirect::to(&format!("/c/{token}")).into_response();
    }
    let keys = [web::address_key(peer.ip())];
    let blocked = state
        .link_reports
        .lock()
        .map(|mut l| {
            let b = l.blocked(&keys);
            if !b {
                l.hit(&keys);
            }
            b
        })
        .unwrap_or(true);
    if blocked {
        tracing::warn!(peer = %peer.ip(), org = %org.id, "check-link report refused: too many");
        let ui = visitor_ui(&state, &org, &headers).await;
        let body = html! { h1 { (ui.w("web-too-many-reports")) } p { (ui.w("web-too-many-reports-why")) } };
        return (
            StatusCode::TOO_MANY_REQUESTS,
            Html(visitor_page(ui, &ui.w("web-report"), body)),
        )
            .into_response();
    }
    let Some(a) = assess(
        &state,
        &org,
        &f,
        true,
        crate::org_reader(&state, Some(&org), web::accept_language(&headers)).await,
    )
    .await
    else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let (name, email) = (one_line(&f.name, MAX_NAME), one_line(&f.email, MAX_ADDRESS));
    let contact = match (name.as_str(), email.as_str()) {
        ("", "") => String::new(),
        (n, "") => n.to_string(),
        ("", e) => e.to_string(),
        (n, e) => format!("{n} <{e}>"),
    };
    let reporter = Reporter::Link { contact: &contact };
    let note: String = f.note.chars().take(5_000).collect();
    match state
        .store
        .add_incident(
            &org.id,
            reporter,
            a.channel.as_str(),
            &f.content,
            &a.assessment,
            &note,
            &a.offered,
        )
        .await
    {
        Ok(i) => {
            tracing::info!(incident = %i.id, org = %org.id, "incident reported (check link)");
            crate::notify::incident_reported(&state, &org, &i, &reporter.shown()).await;
            let ui = visitor_ui(&state, &org, &headers).await;
            let body = web::reported_body(ui, &org.name, &i.id, &format!("/c/{token}"));
            (
                StatusCode::CREATED,
                Html(visitor_page(ui, &ui.w("web-reported"), body)),
            )
                .into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "recording an incident");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_visitors_type_is_one_short_line() {
        assert_eq!(one_line("  Ann \r\n Lee\t", 120), "Ann Lee");
        assert_eq!(
            one_line("Ann\r\nBcc: x@evil.example", 120),
            "Ann Bcc: x@evil.example"
        );
        assert_eq!(one_line(&"é".repeat(1_000), 120).chars().count(), 120);
        assert_eq!(one_line("ab cd", 3), "ab");
        assert_eq!(one_line("ab cd", 4), "ab c");
        assert_eq!(one_line("\u{0}\u{7f}", 10), "");
    }
}
