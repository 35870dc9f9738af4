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
        // The API speaks English, as its other messages do.
        "shared_list": shared_list_words(
            web::Ui { engine: &state.engine, lang: knownline_detect::locale::LANGUAGES[0] },
            &user,
            &record,
            &body.outcome,
            &held,
        ),
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
    ui: web::Ui<'_>,
    user: &User,
    record: &knownline_store::VerificationRecord,
    outcome: &str,
    held: &[String],
) -> String {
    let id = if outcome != "scam" {
        "web-outcome-genuine"
    } else if !held.is_empty() {
        "web-outcome-held"
    } else if user.supports_any(record.org_id.as_deref()) {
        "web-outcome-listed"
    } else {
        "web-outcome-suggested"
    };
    ui.w(id)
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
    let ui = s.ui(&state.engine);
    let w = |id: &str| ui.w(id);
    let select = |name: &str, label: &str, options: &[&str], current: &str| {
        html! {
            label for=(name) { (label) }
            select id=(name) name=(name) {
                option value="" { (w("web-any")) }
                @for o in options { option value=(o) selected[*o == current] { (ui.code(o)) } }
            }
        }
    };
    let body = html! {
        h1 { (w("web-list-title")) }
        p { (w("web-list-intro")) }
        @if let Some(e) = error { p.error role="alert" { (e) } }
        @if !conflicts.is_empty() {
            section.conflicts aria-labelledby="conflicts" {
                h2 id="conflicts" { (w("web-list-conflicts")) }
                ul { @for c in &conflicts { li { (c.conflict.as_deref().unwrap_or_default()) } } }
            }
        }
        form.filters method="get" action="/indicators" {
            (select("status", &w("web-filter-status"), STATUSES, &q.status))
            (select("kind", &w("web-list-kind"), &["phone", "domain", "url"], &q.kind))
            label for="q" { (w("web-list-contains")) }
            input id="q" name="q" type="search" value=(q.q) maxlength="200";
            button type="submit" { (w("web-filter")) }
        }
        p { (ui.count("web-list-count", list.len())) }
        table tabindex="0" {
            (web::head_row(ui, &[
                "web-list-col-value", "web-filter-status", "web-list-col-confirmed", "web-list-col-suggested",
                "web-list-col-hits", "web-list-col-sources", "web-list-col-change",
            ]))
            tbody {
                @for i in &list { (row(ui, i, &s.csrf)) }
            }
        }
    };
    let status = if error.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    (status, s.page(&state.engine, &w("web-list-title"), body)).into_response()
}

fn row(ui: web::Ui<'_>, i: &Listed, csrf: &str) -> Markup {
    let w = |id: &str| ui.w(id);
    let shown = if i.kind == "phone" {
        knownline_detect::display_phone(&i.value)
    } else {
        i.value.clone()
    };
    html! {
        tr {
            td { code { (shown) } " " small { (ui.code(&i.kind)) } }
            td { (ui.code(&i.status)) @if i.conflict.is_some() { " (" (w("web-list-conflict")) ")" } }
            td { (ui.count("web-list-times", i.count as usize)) }
            td { (i.suggestions) }
            td { (i.hits) }
            td {
                ul.sources { @for src in &i.sources {
                    li { (ui.code(&src.origin)) " · " (src.actor) " · " (web::day(&src.at)) @if !src.confirmed { " · " (w("web-list-suggested")) } }
                } }
            }
            td {
                @if i.status != "active" && i.conflict.is_none() {
                    form.inline method="post" action=(format!("/indicators/{}/confirm", i.id)) {
                        input type="hidden" name="csrf" value=(csrf);
                        button type="submit" aria-label=(ui.with("web-list-confirm-named", &[("value", &shown)])) { (w("web-list-confirm")) }
                    }
                }
                @if i.status != "removed" {
                    form.inline method="post" action=(format!("/indicators/{}/remove", i.id)) {
                        input type="hidden" name="csrf" value=(csrf);
                        button.report type="submit" aria-label=(ui.with("web-remove-named", &[("name", &shown)])) { (w("web-remove")) }
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
