//! Who may write what others trust: the shared scam list (the Indicators page and its API,
//! a verification's outcome) and invitations (a person sets their own password from a
//! one-time link).
//!
//! Members suggest; IT support (analysts, admins) confirms and removes. The store enforces
//! it; these handlers only say it in words.

use std::sync::Arc;

use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use knownline_store::indicators::{Listed, Query as IndicatorQuery, STATUSES};
use knownline_store::people::User;
use knownline_store::StoreError;
use maud::{html, Markup};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::web::{self, SignedIn};
use crate::{ApiError, ApiUser, AppState};

// ───────────────────────────── the shared scam list ─────────────────────────────

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    conflicts: Option<String>,
}

impl ListQuery {
    fn query(&self) -> IndicatorQuery {
        let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        IndicatorQuery {
            status: some(&self.status),
            kind: some(&self.kind),
            text: some(&self.q),
            conflicts: self
                .conflicts
                .as_deref()
                .is_some_and(|c| matches!(c, "1" | "true" | "on")),
        }
    }
}

pub async fn api_list(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Query(q): Query<ListQuery>,
) -> Result<Json<Value>, ApiError> {
    let list = state.store.indicators_for(&user, &q.query()).await?;
    Ok(Json(json!({ "indicators": list })))
}

pub async fn api_confirm(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let i = state.store.confirm_indicator(&user, &id).await?;
    tracing::info!(indicator = %i.id, "indicator confirmed");
    Ok(Json(serde_json::to_value(i).unwrap_or_default()))
}

pub async fn api_remove(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let i = state.store.remove_indicator(&user, &id).await?;
    tracing::info!(indicator = %i.id, "indicator removed");
    Ok(Json(serde_json::to_value(i).unwrap_or_default()))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeBody {
    outcome: String,
}

/// Records how a callback went (the one who ran it, or IT support of its organisation).
pub async fn api_outcome(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    Json(body): Json<OutcomeBody>,
) -> Result<Json<Value>, ApiError> {
    let (record, held) = record_outcome(&state, &user, &id, &body.outcome).await?;
    Ok(Json(json!({
        "id": record.id,
        "outcome": record.outcome,
        "outcome_at": record.outcome_at,
        "status": record.status,
        "shared_list": shared_list_words(&user, &record, &body.outcome, &held),
        "kept_off_the_list": held,
    })))
}

/// The outcome recorded, with the values the engine finds to be the scam's own.
pub(crate) async fn record_outcome(
    state: &AppState,
    user: &User,
    id: &str,
    outcome: &str,
) -> Result<(knownline_store::VerificationRecord, Vec<String>), StoreError> {
    let record = state.store.verification_for(user, id).await?;
    let values = state.engine.verification_indicators(
        record.number.as_deref(),
        record.sender.as_deref(),
        state.engine.options.default_region,
    );
    state.store.set_outcome(user, id, outcome, &values).await
}

/// What recording the outcome did to the shared scam list, in words for the person.
pub(crate) fn shared_list_words(
    user: &User,
    record: &knownline_store::VerificationRecord,
    outcome: &str,
    held: &[String],
) -> String {
    if outcome != "scam" {
        return "Recorded: the callback confirmed it was genuine. Nothing is added to the shared scam list.".into();
    }
    let it_support = user.supports_any(record.org_id.as_deref());
    if !held.is_empty() {
        return "Recorded as a scam. The number or address is in a trusted directory, so it is not flagged: your IT support has been shown the conflict and will check the directory entry.".into();
    }
    if it_support {
        "Recorded as a scam: its number and sender are on the shared scam list and flagged in every later check.".into()
    } else {
        "Recorded as a scam and passed to your IT support, who decide whether its number goes on the shared scam list. Tell them what happened.".into()
    }
}

pub async fn page(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Query(q): Query<ListQuery>,
) -> Response {
    list_page(&state, &s, &q, None).await
}

async fn list_page(state: &AppState, s: &SignedIn, q: &ListQuery, error: Option<&str>) -> Response {
    let list = match state.store.indicators_for(&s.user, &q.query()).await {
        Ok(l) => l,
        Err(StoreError::Forbidden(_)) => return web::not_found(),
        Err(e) => {
            tracing::error!(error = %e, "listing indicators");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let conflicts: Vec<&Listed> = list.iter().filter(|i| i.conflict.is_some()).collect();
    let select = |name: &str, label: &str, options: &[&str], current: &str| {
        html! {
            label for=(name) { (label) }
            select id=(name) name=(name) {
                option value="" { "Any" }
                @for o in options { option value=(o) selected[*o == current] { (web::words(o)) } }
            }
        }
    };
    let body = html! {
        h1 { "Shared scam list" }
        p { "Numbers, domains and links confirmed in scams. Checks of every organisation flag the " strong { "active" } " ones. A member's \"it was a scam\" is a " strong { "suggestion" } " until IT support confirms it; a value in a trusted directory is never flagged." }
        @if let Some(e) = error { p.error role="alert" { (e) } }
        @if !conflicts.is_empty() {
            section.conflicts aria-labelledby="conflicts" {
                h2 id="conflicts" { "Conflicts with a directory" }
                ul { @for c in &conflicts { li { (c.conflict.as_deref().unwrap_or_default()) } } }
            }
        }
        form.filters method="get" action="/indicators" {
            (select("status", "Status", STATUSES, &q.status))
            (select("kind", "Kind", &["phone", "domain", "url"], &q.kind))
            label for="q" { "Contains" }
            input id="q" name="q" type="search" value=(q.q) maxlength="200";
            button type="submit" { "Filter" }
        }
        p { (list.len()) " on the list" }
        table tabindex="0" {
            thead { tr {
                th scope="col" { "Value" } th scope="col" { "Status" } th scope="col" { "Confirmed" }
                th scope="col" { "Suggested" } th scope="col" { "Contacts marked" } th scope="col" { "Where from" } th scope="col" { "Change" }
            } }
            tbody {
                @for i in &list { (row(i, &s.csrf)) }
            }
        }
    };
    let status = if error.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    (
        status,
        s.page(
            &state.engine,
            &s.ui(&state.engine).w("web-nav-scam-list"),
            body,
        ),
    )
        .into_response()
}

fn row(i: &Listed, csrf: &str) -> Markup {
    let shown = if i.kind == "phone" {
        knownline_detect::display_phone(&i.value)
    } else {
        i.value.clone()
    };
    html! {
        tr {
            td { code { (shown) } " " small { (i.kind) } }
            td { (web::words(&i.status)) @if i.conflict.is_some() { " (conflict)" } }
            td { (i.count) " time" @if i.count != 1 { "s" } }
            td { (i.suggestions) }
            td { (i.hits) }
            td {
                ul.sources { @for src in &i.sources {
                    li { (src.origin) " · " (src.actor) " · " (web::day(&src.at)) @if !src.confirmed { " · suggested" } }
                } }
            }
            td {
                @if i.status != "active" && i.conflict.is_none() {
                    form.inline method="post" action=(format!("/indicators/{}/confirm", i.id)) {
                        input type="hidden" name="csrf" value=(csrf);
                        button type="submit" aria-label=(format!("Confirm {shown}")) { "Confirm" }
                    }
                }
                @if i.status != "removed" {
                    form.inline method="post" action=(format!("/indicators/{}/remove", i.id)) {
                        input type="hidden" name="csrf" value=(csrf);
                        button.report type="submit" aria-label=(format!("Remove {shown}")) { "Remove" }
                    }
                }
            }
        }
    }
}

/// Confirm or remove, from the page.
pub async fn change(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path((id, action)): Path<(String, String)>,
    Form(f): Form<web::CsrfForm>,
) -> Response {
    if !web::same(&f.csrf, &s.csrf) {
        return web::forbidden();
    }
    let done = match action.as_str() {
        "confirm" => state.store.confirm_indicator(&s.user, &id).await,
        "remove" => state.store.remove_indicator(&s.user, &id).await,
        _ => return web::not_found(),
    };
    match done {
        Ok(_) => Redirect::to("/indicators").into_response(),
        Err(StoreError::Conflict(m) | StoreError::Forbidden(m)) => {
            list_page(&state, &s, &ListQuery::default(), Some(&m)).await
        }
        Err(_) => web::not_found(),
    }
}

// ───────────────────────────── invitations ─────────────────────────────

fn invite_page(
    ui: web::Ui<'_>,
    token: &str,
    email: &str,
    csrf: &str,
    error: Option<&str>,
) -> Markup {
    let w = |id: &str| ui.w(id);
    web::page_in(
        ui,
        &w("web-invite-title"),
        None,
        None,
        html! {
            h1 { (w("web-invite-welcome")) }
            p { (ui.with("web-invite-intro", &[("email", email)])) }
            @if let Some(e) = error { p.error role="alert" { (e) } }
            form method="post" action=(format!("/invite/{token}")) {
                input type="hidden" name="csrf" value=(csrf);
                input type="hidden" name="email" value=(email) autocomplete="username";
                label for="password" { (w("web-new-password")) }
                input id="password" name="password" type="password" autocomplete="new-password" minlength="12" required;
                label for="again" { (w("web-password-again")) }
                input id="again" name="again" type="password" autocomplete="new-password" minlength="12" required;
                button type="submit" { (w("web-invite-create")) }
            }
        },
    )
}

/// An invitee's words: their browser's language.
fn invite_ui<'a>(state: &'a AppState, headers: &HeaderMap) -> web::Ui<'a> {
    web::Ui {
        engine: &state.engine,
        lang: web::browser_language(headers),
    }
}

pub async fn invite_form(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    match state.store.invitation(&token).await {
        Ok(Some(inv)) => {
            let ui = invite_ui(&state, &headers);
            web::with_login_csrf(&headers, |c| invite_page(ui, &token, &inv.email, c, None))
        }
        _ => web::not_found(),
    }
}

#[derive(Deserialize)]
pub struct InviteForm {
    csrf: String,
    #[serde(default)]
    email: String,
    password: String,
    again: String,
}

pub async fn accept(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
    headers: HeaderMap,
    Form(f): Form<InviteForm>,
) -> Response {
    if !web::login_csrf_ok(&headers, &f.csrf) {
        return web::forbidden();
    }
    let ui = invite_ui(&state, &headers);
    let again = |m: &str| {
        let mut r =
            web::with_login_csrf(&headers, |c| invite_page(ui, &token, &f.email, c, Some(m)));
        *r.status_mut() = StatusCode::BAD_REQUEST;
        r
    };
    if f.password != f.again {
        return again(&ui.w("web-passwords-differ"));
    }
    match state.store.accept_invitation(&token, &f.password).await {
        Ok(user) => {
            tracing::info!(user = %user.id, "invitation accepted");
            Redirect::to("/login").into_response()
        }
        Err(StoreError::Invalid(m)) => again(&m),
        Err(_) => web::not_found(),
    }
}
