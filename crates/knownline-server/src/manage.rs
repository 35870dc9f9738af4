//! The API's management routes, the same capabilities as the pages: organisations, their
//! directories, API tokens, users and the audit log. Who may do what is the pages' rule: an
//! admin everything, an analyst their organisations' directories and the audit rows of their
//! organisations, everyone their own tokens; another organisation's data is "not found".

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use knownline_detect::EntryInput;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::{org_for, ApiError, ApiUser, AppState};

fn admins_only(user: &knownline_store::people::User) -> Result<(), ApiError> {
    if user.is_admin() {
        Ok(())
    } else {
        Err(ApiError::Status(
            StatusCode::FORBIDDEN,
            "only an admin does this".into(),
        ))
    }
}

/// The organisations the user acts for (all, for an admin).
pub async fn orgs(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
) -> Result<Json<Value>, ApiError> {
    let orgs: Vec<_> = state
        .store
        .orgs()
        .await?
        .into_iter()
        .filter(|o| user.acts_for(&o.id))
        .collect();
    Ok(Json(json!({ "orgs": orgs })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgBody {
    name: String,
}

pub async fn org_add(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Json(body): Json<OrgBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    admins_only(&user)?;
    let org = state.store.add_org(&body.name, &user.email).await?;
    Ok((StatusCode::CREATED, Json(json!(org))))
}

/// An organisation's directory: anyone acting for it reads it (they call back on it).
pub async fn directory(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(org): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let org = org_for(&state, &user, Some(&org), true)
        .await?
        .ok_or_else(|| crate::bad_request("which organisation?"))?;
    let entries = state.store.entries(&org).await?;
    Ok(Json(json!({ "org": org.name, "entries": entries })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplaceQuery {
    /// Replace an entry of the same name instead of refusing.
    #[serde(default)]
    replace: bool,
}

pub async fn directory_add(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(org): Path<String>,
    Query(q): Query<ReplaceQuery>,
    Json(mut input): Json<EntryInput>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let org = crate::settings_org(&state, &user, &org).await?;
    input.verified_by = input.verified_by.or_else(|| Some(user.email.clone()));
    let entry = input
        .validate(state.engine.options.default_region, "body")
        .map_err(crate::bad_request)?;
    let stored = state
        .store
        .add_entry(&org, entry, &user.email, q.replace)
        .await?;
    Ok((StatusCode::CREATED, Json(json!(stored))))
}

pub async fn directory_remove(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path((org, name)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let org = crate::settings_org(&state, &user, &org).await?;
    state.store.remove_entry(&org, &name, &user.email).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The user's own tokens (never their values).
pub async fn tokens(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
) -> Result<Json<Value>, ApiError> {
    let tokens = state.store.tokens_of(&user).await?;
    Ok(Json(json!({ "tokens": tokens })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenBody {
    #[serde(default)]
    name: String,
}

pub async fn token_create(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Json(body): Json<TokenBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let name: String = body.name.trim().chars().take(100).collect();
    let token = state.store.create_token(&user, &name, &user.email).await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "name": name, "token": token })),
    ))
}

pub async fn token_revoke(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.store.revoke_token(&user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn users(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
) -> Result<Json<Value>, ApiError> {
    admins_only(&user)?;
    let users = state.store.users().await?;
    Ok(Json(json!({ "users": users })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserBody {
    email: String,
    /// Refused: people choose their own password from the invitation.
    #[serde(default)]
    password: Option<String>,
    /// `member` unless said.
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    orgs: Vec<String>,
}

pub async fn user_add(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Json(body): Json<UserBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    admins_only(&user)?;
    if body.password.is_some() {
        return Err(crate::bad_request(
            "people choose their own password: leave \"password\" out and send them the invitation's link",
        ));
    }
    let mut orgs = Vec::new();
    for o in &body.orgs {
        orgs.push(state.store.org(o).await?);
    }
    let role = body.role.as_deref().unwrap_or("member");
    let (token, invitation) = state.store.invite(&user, &body.email, role, &orgs).await?;
    let mut v = json!(invitation);
    v["url"] = format!("{}/invite/{token}", state.notifications.public_url()).into();
    Ok((StatusCode::CREATED, Json(v)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    limit: Option<i64>,
}

pub async fn audit(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Query(q): Query<AuditQuery>,
) -> Result<Json<Value>, ApiError> {
    if user.role == "member" {
        return Err(ApiError::Status(
            StatusCode::FORBIDDEN,
            "the audit log is for IT support".into(),
        ));
    }
    let limit = q
        .limit
        .unwrap_or(200)
        .clamp(1, knownline_store::people::MAX_PAGE);
    let rows = state.store.audit_for(&user, limit).await?;
    Ok(Json(json!({ "audit": rows })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserChange {
    role: String,
    #[serde(default)]
    orgs: Vec<String>,
}

pub async fn user_update(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    Json(body): Json<UserChange>,
) -> Result<Json<Value>, ApiError> {
    admins_only(&user)?;
    let mut orgs = Vec::new();
    for o in &body.orgs {
        orgs.push(state.store.org(o).await?);
    }
    let changed = state
        .store
        .update_user(&user, &id, &body.role, &orgs)
        .await?;
    Ok(Json(json!(changed)))
}

pub async fn user_disable(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    admins_only(&user)?;
    state.store.disable_user(&user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    current: String,
    new: String,
}

/// Changes the token owner's password; all their sessions end (their tokens stay).
pub async fn password(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Json(body): Json<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    state
        .store
        .change_password(&user, &body.current, &body.new, None)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
