//! People's own account (changing one's password ends one's other sessions) and an admin's
//! page for one user: role, organisations, and ending their access.

use std::sync::Arc;

use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use knownline_store::people::{User, USER_ROLES};
use knownline_store::{Org, StoreError};
use maud::html;

use crate::web::{self, SignedIn};
use crate::AppState;

fn account_page(s: &SignedIn, message: Option<(bool, &str)>) -> Response {
    let body = html! {
        h1 { "Your account" }
        p { "Signed in as " strong { (s.user.email) } " (" (s.user.role) ")." }
        @match message {
            Some((true, m)) => p.fresh role="status" { (m) },
            Some((false, m)) => p.error role="alert" { (m) },
            None => {},
        }
        h2 { "Change your password" }
        form method="post" action="/account" {
            input type="hidden" name="csrf" value=(s.csrf);
            label for="current" { "Current password" }
            input id="current" name="current" type="password" autocomplete="current-password" required;
            label for="new" { "New password (at least 12 characters)" }
            input id="new" name="new" type="password" autocomplete="new-password" minlength="12" required;
            button type="submit" { "Change password" }
        }
    };
    let status = match message {
        Some((false, _)) => StatusCode::BAD_REQUEST,
        _ => StatusCode::OK,
    };
    (
        status,
        Html(web::page("Your account", Some(&s.user), Some(&s.csrf), body).into_string()),
    )
        .into_response()
}

pub async fn account(s: SignedIn) -> Response {
    account_page(&s, None)
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
        Ok(()) => account_page(
            &s,
            Some((
                true,
                "Your password is changed; your other sessions have ended.",
            )),
        ),
        Err(StoreError::Invalid(m)) => account_page(&s, Some((false, &m))),
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

fn user_page(s: &SignedIn, u: &User, orgs: &[Org], error: Option<&str>) -> Response {
    let body = html! {
        h1 { (u.email) }
        @if let Some(e) = error { p.error role="alert" { (e) } }
        form method="post" action=(format!("/users/{}", u.id)) {
            input type="hidden" name="csrf" value=(s.csrf);
            label for="role" { "Role" }
            select id="role" name="role" {
                @for r in USER_ROLES { option value=(r) selected[*r == u.role] { (crate::web::words(r)) } }
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
    (
        status,
        Html(web::page("User", Some(&s.user), Some(&s.csrf), body).into_string()),
    )
        .into_response()
}

pub async fn user(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(id): Path<String>,
) -> Response {
    match target(&state, &s, &id).await {
        Ok((u, orgs)) => user_page(&s, &u, &orgs, None),
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
        Err(StoreError::Invalid(m)) => user_page(&s, &u, &orgs, Some(&m)),
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
        Err(StoreError::Invalid(m)) => user_page(&s, &u, &orgs, Some(&m)),
        Err(e) => {
            tracing::error!(error = %e, "ending a user's access");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
