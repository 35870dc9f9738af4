//! An organisation's settings page, for its analysts and admins: the check link, where its IT
//! support is told of reports and warnings (an email address, webhooks), and what became of
//! the latest notifications. Secrets (a new link, a webhook's signing secret) are shown once.

use std::sync::Arc;

use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use knownline_store::notify::WEBHOOK_FORMATS;
use knownline_store::{Org, StoreError};
use maud::{html, Markup};
use serde::Deserialize;

use crate::web::{self, SignedIn};
use crate::AppState;

pub async fn list(State(state): State<Arc<AppState>>, s: SignedIn) -> Response {
    let orgs: Vec<Org> = state
        .store
        .orgs()
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|o| s.user.supports(&o.id))
        .collect();
    list_page(&state.engine, &s, &orgs, None)
}

fn list_page(
    engine: &knownline_detect::Engine,
    s: &SignedIn,
    orgs: &[Org],
    error: Option<&str>,
) -> Response {
    let ui = s.ui(engine);
    let w = |id: &str| ui.w(id);
    let body = html! {
        h1 { (w("web-nav-orgs")) }
        @if let Some(e) = error { p.error role="alert" { (e) } }
        @if orgs.is_empty() { p { (w("web-orgs-none")) } }
        ul { @for o in orgs { li { a href=(format!("/orgs/{}", o.id)) { (o.name) } } } }
        @if s.user.is_admin() {
            h2 { (w("web-orgs-add")) }
            form method="post" action="/orgs" {
                input type="hidden" name="csrf" value=(s.csrf);
                label for="name" { (w("web-col-name")) }
                input id="name" name="name" type="text" required maxlength="200";
                button type="submit" { (w("web-orgs-add-button")) }
            }
        }
    };
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    (status, s.page(engine, &w("web-nav-orgs"), body)).into_response()
}

#[derive(Deserialize)]
pub struct OrgForm {
    csrf: String,
    name: String,
}

pub async fn add(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Form(f): Form<OrgForm>,
) -> Response {
    if !web::same(&f.csrf, &s.csrf) {
        return web::forbidden();
    }
    if !s.user.is_admin() {
        return web::not_found();
    }
    match state.store.add_org(&f.name, &s.user.email).await {
        Ok(o) => Redirect::to(&format!("/orgs/{}", o.id)).into_response(),
        Err(StoreError::Invalid(m) | StoreError::Conflict(m)) => {
            let orgs = state.store.orgs().await.unwrap_or_default();
            list_page(&state.engine, &s, &orgs, Some(&m))
        }
        Err(e) => {
            tracing::error!(error = %e, "adding an organisation");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// What to show once at the top of the page.
enum Fresh {
    None,
    Link(String),
    Secret(String),
    Error(String),
}

async fn settings_page(state: &AppState, s: &SignedIn, org: &Org, fresh: Fresh) -> Response {
    let (Ok(email), Ok(hooks), Ok(link), Ok(deliveries), Ok((country, language))) = (
        state.store.notify_email(&org.id).await,
        state.store.webhooks(&org.id).await,
        state.store.has_check_link(&org.id).await,
        state
            .store
            .deliveries_for(&s.user, Some(&org.id), false, 50)
            .await,
        state.store.reader(&org.id).await,
    ) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let action = |what: &str| format!("/orgs/{}/{what}", org.id);
    let csrf = |s: &SignedIn| -> Markup {
        html! { input type="hidden" name="csrf" value=(s.csrf); }
    };
    let status = if matches!(fresh, Fresh::Error(_)) {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let ui = s.ui(&state.engine);
    let w = |id: &str| ui.w(id);
    let tries = |n: i64| ui.count("web-org-attempts", n.max(0) as usize);
    let body = html! {
        h1 { (org.name) }
        @match &fresh {
            Fresh::Link(url) => p.fresh role="status" { (ui.with("web-org-link-new", &[("org", &org.name)])) " " code { (url) } },
            Fresh::Secret(secret) => p.fresh role="status" { (w("web-org-secret-new")) " " code { (secret) } },
            Fresh::Error(e) => p.error role="alert" { (e) },
            Fresh::None => {},
        }
        h2 { (w("web-org-link")) }
        p { (ui.with("web-org-link-intro", &[("org", &org.name)])) }
        p { @if link { (w("web-org-link-on")) } @else { (w("web-org-link-off")) } }
        form.inline method="post" action=(action("check-link")) { (csrf(s)) button type="submit" { (w("web-org-link-make")) } }
        @if link { form.inline method="post" action=(action("check-link/off")) { (csrf(s)) button type="submit" { (w("web-org-link-stop")) } } }

        h2 { (w("web-org-reader")) }
        p { (w("web-org-reader-intro")) }
        form method="post" action=(action("reader")) {
            (csrf(s))
            label for="country" { (w("web-org-country")) }
            select id="country" name="country" {
                option value="" selected[country.is_none()] { (w("web-org-not-set")) }
                @for (code, name) in state.engine.countries() {
                    option value=(code) selected[country.as_deref() == Some(code)] { (name) }
                }
            }
            label for="language" { (w("web-org-language")) }
            select id="language" name="language" {
                option value="" selected[language.is_none()] { (w("web-org-language-each")) }
                @for l in knownline_detect::locale::LANGUAGES {
                    option value=(l) lang=(l) selected[language.as_deref() == Some(*l)] { (state.engine.word(l, "language-name")) }
                }
            }
            button type="submit" { (w("web-org-reader-save")) }
        }

        h2 { (w("web-org-email")) }
        form method="post" action=(action("notify")) {
            (csrf(s))
            label for="email" { (w("web-org-email-label")) }
            input id="email" name="email" type="email" maxlength="254" value=(email.unwrap_or_default());
            button type="submit" { (w("web-org-email-save")) }
        }

        h2 { (w("web-org-webhooks")) }
        @if hooks.is_empty() { p { (w("web-none")) } } @else {
            table tabindex="0" {
                thead { tr {
                    th scope="col" { (w("web-org-col-format")) }
                    th scope="col" { (w("web-org-col-where")) }
                    th scope="col" { (w("web-org-col-added")) }
                    th scope="col" { span.sr { (w("web-remove")) } }
                } }
                tbody {
                    @for h in &hooks {
                        tr {
                            td { (h.format) }
                            td { (h.redacted()) }
                            td { (web::day(&h.created_at)) }
                            td {
                                form method="post" action=(action(&format!("webhooks/{}/remove", h.id))) {
                                    (csrf(s))
                                    button type="submit" aria-label=(ui.with("web-org-webhook-remove", &[("id", &h.id)])) { (w("web-remove")) }
                                }
                            }
                        }
                    }
                }
            }
        }
        form method="post" action=(action("webhooks")) {
            (csrf(s))
            label for="url" { (w("web-org-webhook-url")) }
            input id="url" name="url" type="url" required maxlength="2048" placeholder="https://…";
            label for="format" { (w("web-org-webhook-body")) }
            select id="format" name="format" {
                option value="json" { "knownline JSON" }
                option value="slack" { "Slack (Mattermost, Rocket.Chat)" }
                option value="teams" { "Microsoft Teams (Workflows)" }
            }
            button type="submit" { (w("web-org-webhook-add")) }
        }

        h2 { (w("web-org-deliveries")) }
        @if deliveries.is_empty() { p { (w("web-none-yet")) } } @else {
            table tabindex="0" {
                (web::head_row(ui, &["web-col-when", "web-org-col-how", "web-org-col-to", "web-col-what", "web-org-col-outcome"]))
                tbody {
                    @for d in &deliveries {
                        tr.(if d.status == "failed" { "failed" } else { "delivered" }) {
                            td { (web::day(&d.created_at)) }
                            td { (ui.code(&d.kind)) }
                            td { (d.target) }
                            td { (d.subject) }
                            td {
                                @match d.status.as_str() {
                                    "failed" => {
                                        strong { (w("web-org-failed")) } " " (tries(d.attempts)) ": " (d.last_error)
                                        form method="post" action=(action(&format!("deliveries/{}/retry", d.id))) {
                                            (csrf(s))
                                            button type="submit" aria-label=(ui.with("web-org-retry-named", &[("id", &d.id)])) { (w("web-org-retry")) }
                                        }
                                    },
                                    "pending" => {
                                        (w("web-org-waiting"))
                                        @if d.attempts > 0 { " " (tries(d.attempts)) " (" (d.last_error) ")" }
                                        @if let Some(at) = &d.next_attempt_at { "; " (ui.with("web-org-next-try", &[("when", &web::day(at))])) }
                                    },
                                    _ => { (w("web-org-delivered")) " (" (tries(d.attempts)) ")" },
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    (status, s.page(&state.engine, &org.name, body)).into_response()
}

pub async fn settings(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path(org_id): Path<String>,
) -> Response {
    match web::it_supported_org(&state, &s, &org_id).await {
        Ok(org) => settings_page(&state, &s, &org, Fresh::None).await,
        Err(r) => r,
    }
}

#[derive(Deserialize)]
pub struct SettingsForm {
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    url: String,
    #[serde(default)]
    format: String,
}

/// The page again after a change, or with the error that stopped it.
async fn after(
    state: &AppState,
    s: &SignedIn,
    org: &Org,
    done: Result<Fresh, StoreError>,
) -> Response {
    match done {
        Ok(Fresh::None) => Redirect::to(&format!("/orgs/{}", org.id)).into_response(),
        Ok(fresh) => settings_page(state, s, org, fresh).await,
        Err(StoreError::Invalid(m)) => settings_page(state, s, org, Fresh::Error(m)).await,
        Err(StoreError::NotFound(_)) => web::not_found(),
        Err(e) => {
            tracing::error!(error = %e, "changing an organisation's settings");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Every change posted from the settings page: `reader`, `notify`, `webhooks`, `webhooks/{id}/remove`,
/// `check-link`, `check-link/off`, `deliveries/{id}/retry`. CSRF and rights first, then the one
/// change, then the page again (with a secret shown once, or the error).
pub async fn change(
    State(state): State<Arc<AppState>>,
    s: SignedIn,
    Path((org_id, action)): Path<(String, String)>,
    Form(f): Form<SettingsForm>,
) -> Response {
    let org = match web::editable_org(&state, &s, &org_id, &f.csrf).await {
        Ok(o) => o,
        Err(r) => return r,
    };
    let store = &state.store;
    let actor = s.user.email.as_str();
    let parts: Vec<&str> = action.split('/').collect();
    let done = match parts.as_slice() {
        ["notify"] => {
            let email = Some(f.email.trim()).filter(|e| !e.is_empty());
            store
                .set_notify_email(&org, email, actor)
                .await
                .map(|_| Fresh::None)
        }
        ["reader"] => {
            let country = Some(f.country.trim()).filter(|c| !c.is_empty());
            if let Some(c) = country.filter(|c| !state.engine.countries().any(|(k, _)| k == *c)) {
                Err(StoreError::Invalid(format!(
                    "{c:?} is not a country we know the services of"
                )))
            } else {
                let language = Some(f.language.trim()).filter(|l| !l.is_empty());
                store
                    .set_reader(&org, country, language, actor)
                    .await
                    .map(|_| Fresh::None)
            }
        }
        ["webhooks"] => {
            let format = if WEBHOOK_FORMATS.contains(&f.format.as_str()) {
                f.format.as_str()
            } else {
                "json"
            };
            store
                .add_webhook(&org, &f.url, format, actor)
                .await
                .map(|h| Fresh::Secret(h.secret))
        }
        ["webhooks", id, "remove"] => store
            .remove_webhook(&org, id, actor)
            .await
            .map(|_| Fresh::None),
        ["check-link"] => store
            .create_check_link(&org, actor)
            .await
            .map(|t| Fresh::Link(format!("{}/c/{t}", state.notifications.public_url()))),
        ["check-link", "off"] => store
            .remove_check_link(&org, actor)
            .await
            .map(|_| Fresh::None),
        ["deliveries", id, "retry"] => {
            let done = store.retry_delivery(&s.user, id).await.map(|_| Fresh::None);
            state.notifications.wake();
            done
        }
        _ => return web::not_found(),
    };
    after(&state, &s, &org, done).await
}
