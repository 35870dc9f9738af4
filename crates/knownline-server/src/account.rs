//! People's own account (changing one's password ends one's other sessions) and an admin's
//! page for one user: role, organisations, and ending their access.

use std::sync::Arc;

use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use knownline_store::people::{User, USER_ROLES};
use knownline_store::{Org, StoreError};
use maud::html;

use crate::web::{self, SignedIn};
use crate::AppState;

/// A message on the account page: whether it says something went right, and its words.
type Said<'a> = Option<(bool, &'a str)>;

async fn account_page(state: &AppState, s: &SignedIn, message: Said<'_>) -> Response {
    let ui = s.ui(&state.engine);
    let w = |id: &str| ui.w(id);
    let own = state.store.user_language(&s.user.id).await.ok().flatten();
    let body = html! {
        h1 { (w("web-nav-account")) }
        p { (ui.with("web-signed-in-as", &[("email", &s.user.email), ("role", &ui.code(&s.user.role))])) }
        @match message {
            Some((true, m)) => p.fresh role="status" { (m) },
            Some((false, m)) => p.error role="alert" { (m) },
            None => {},
        }
        h2 { (w("web-language")) }
        form method="post" action="/account/language" {
            input type="hidden" name="csrf" value=(s.csrf);
            label for="language" { (w("web-language-choose")) }
            select id="language" name="language" aria-describedby="language-help" {
                option value="" selected[own.is_none()] { (w("web-language-default")) }
                // Each language named in itself, as its speakers look for it.
                @for l in knownline_detect::locale::LANGUAGES {
                    option value=(l) lang=(l) selected[own.as_deref() == Some(*l)] { (state.engine.word(l, "language-name")) }
                }
            }
            p id="language-help" { (w("web-language-auto-help")) }
            button type="submit" { (w("web-save")) }
        }
        h2 { (w("web-password-change")) }
        form method="post" action="/account" {
            input type="hidden" name="csrf" value=(s.csrf);
            label for="current" { (w("web-password-current")) }
            input id="current" name="current" type="password" autocomplete="current-password" required;
            label for="new" { (w("web-new-password")) }
            input id="new" name="new" type="password" autocomplete="new-password" minlength="12" required;
            button type="submit" { (w("web-password-change")) }
        }
    };
    let status = match message {
        Some((false, _)) => StatusCode::BAD_REQUEST,
        _ => StatusCode::OK,
    };
    (status, s.page(&state.engine, &w("web-nav-account"), body)).into_response()
}

pub async fn account(State(state): State<Arc<AppState>>, s: SignedIn) -> Response {
    account_page(&state, &s, None).await
}

#[derive(serde::Deserialize)]
pub struct LanguageForm {
    csrf: String,
    #[serde(default)]
    language: String,
}

/// The language the person reads in; the page answers in the new one.
pub async fn set_language(
    State(state): State<Arc<AppState>>,
    mut s: SignedIn,
    headers: HeaderMap,
    Form(f): Form<LanguageForm>,
) -> Response {
    if !web::same(&f.csrf, &s.csrf) {
        return web::forbidden();
    }
    match state
        .store
        .set_user_language(&s.user, Some(f.language.as_str()))
        .await
    {
        Ok(()) => {
            let chosen = web::person_language(&state, &s.user, &headers).await;
            s.lang = chosen.unwrap_or(knownline_detect::locale::LANGUAGES[0]);
            s.lang_chosen = chosen.is_some();
            let said = s.ui(&state.engine).w("web-language-saved");
            account_page(&state, &s, Some((true, &said))).await
        }
        Err(StoreError::Invalid(m)) => account_page(&state, &s, Some((false, &m))).await,
        Err(e) => {
            tracing::error!(error = %e, "setting a person's language");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(serde::Deserialize)]
pub struct PasswordForm {
    csrf: String,
    current: String,
    new: String,
}

pub async fn change_password(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    headers: HeaderMap,
    Form(f): Form<PasswordForm>,
) -> Response {
    if !web::same(&f.csrf, &s.csrf) {
        return web::forbidden();
    }
    let keep = web::session_cookie(&headers);
    match state
        .store
        .change_password(&s.user, &f.current, &f.new, keep)
        .await
    {
        Ok(()) => {
            let said = s.ui(&state.engine).w("web-password-changed");
            account_page(&state, &s, Some((true, &said))).await
        }
        Err(StoreError::Invalid(m)) => account_page(&state, &s, Some((false, &m))).await,
        Err(e) => {
            tracing::error!(error = %e, "changing a password");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn target(state: &AppState, s: &SignedIn, id: &str) -> Result<(User, Vec<Org>), Response> {
    if !s.user.is_admin() {
        return Err(web::not_found());
    }
    let Ok(Some(u)) = state.store.user(id).await else {
        return Err(web::not_found());
    };
    let orgs = state.store.orgs().await.unwrap_or_default();
    Ok((u, orgs))
}

fn user_page(
    engine: &knownline_detect::Engine,
    s: &SignedIn,
    u: &User,
    orgs: &[Org],
    error: Option<&str>,
) -> Response {
    let body = html! {
        h1 { (u.email) }
        @if let Some(e) = error { p.error role="alert" { (e) } }
        form method="post" action=(format!("/users/{}", u.id)) {
            input type="hidden" name="csrf" value=(s.csrf);
            label for="role" { "Role" }
            select id="role" name="role" {
                @for r in USER_ROLES { option value=(r) selected[*r == u.role] { (s.ui(engine).code(r)) } }
            }
            fieldset {
                legend { "Organisations they act for (admins act for all)" }
                @for o in orgs {
                    label.check {
                        input type="checkbox" name="org" value=(o.id) checked[u.org_ids.contains(&o.id)];
                        " " (o.name)
                    }
                }
            }
            button type="submit" { "Save" }
        }
        h2 { "End their access" }
        p { "They can no longer sign in, their sessions end and their API tokens are revoked. Their reports stay." }
        form method="post" action=(format!("/users/{}/disable", u.id)) {
            input type="hidden" name="csrf" value=(s.csrf);
            button.danger type="submit" { "End access for " (u.email) }
        }
    };
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    (status, s.page(engine, &u.email, body)).into_response()
}

pub async fn user(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(id): Path<String>,
) -> Response {
    match target(&state, &s, &id).await {
        Ok((u, orgs)) => user_page(&state.engine, &s, &u, &orgs, None),
        Err(r) => r,
    }
}

/// The user form: `csrf`, `role` and any number of `org`, hence pairs.
pub async fn update(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let value = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    };
    if !web::same(value("csrf"), &s.csrf) {
        return web::forbidden();
    }
    let (u, orgs) = match target(&state, &s, &id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let chosen: Vec<Org> = orgs
        .iter()
        .filter(|o| pairs.iter().any(|(k, v)| k == "org" && *v == o.id))
        .cloned()
        .collect();
    match state
        .store
        .update_user(&s.user, &u.id, value("role"), &chosen)
        .await
    {
        Ok(_) => Redirect::to("/users").into_response(),
        Err(StoreError::Invalid(m)) => user_page(&state.engine, &s, &u, &orgs, Some(&m)),
        Err(e) => {
            tracing::error!(error = %e, "updating a user");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

pub async fn disable(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(id): Path<String>,
    Form(f): Form<web::CsrfForm>,
) -> Response {
    if !web::same(&f.csrf, &s.csrf) {
        return web::forbidden();
    }
    let (u, orgs) = match target(&state, &s, &id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    match state.store.disable_user(&s.user, &u.id).await {
        Ok(()) => Redirect::to("/users").into_response(),
        Err(StoreError::Invalid(m)) => user_page(&state.engine, &s, &u, &orgs, Some(&m)),
        Err(e) => {
            tracing::error!(error = %e, "ending a user's access");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
