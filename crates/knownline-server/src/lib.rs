//! `knownline serve`: the JSON API (and, later, the pages) over the engine and the store.
//!
//! Contacts are analysed on the blocking pool (a 25 MB page must not stall the runtime);
//! every request that reads data is scoped to what the signed-in user may see, and anything
//! they may not see answers exactly like something that does not exist (404).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use knownline_detect::{Channel, Contact, Directory, Engine};
use knownline_store::people::{IncidentFilter, User};
use knownline_store::{Org, Store, StoreError};
use serde::Deserialize;
use serde_json::{json, Value};
use tower_http::set_header::SetResponseHeaderLayer;

pub mod account;
pub mod link;
pub mod mail;
pub mod manage;
pub mod notify;
pub mod orgs;
pub mod trust;
pub mod web;

/// Largest request body: a contact of 25 MiB (the engine's own limit) plus JSON framing.
pub const MAX_BODY: usize = 26 << 20;

pub struct AppState {
    pub store: Store,
    pub engine: Arc<Engine>,
    /// Directories with the shared scam list, by organisation, at the store's revision of
    /// what checks see: a change made anywhere (the CLI, another server) moves the revision
    /// on, and the next check reloads.
    directories: Mutex<HashMap<String, (i64, Arc<Directory>)>>,
    logins: Mutex<web::Limiter>,
    /// Reports through check links, per address and per link: anyone can reach those pages.
    link_reports: Mutex<web::Limiter>,
    pub(crate) notifications: notify::Notifications,
}

impl AppState {
    pub fn new(
        store: Store,
        engine: Arc<Engine>,
        notifications: notify::Notifications,
    ) -> Arc<AppState> {
        Arc::new(AppState {
            store,
            engine,
            directories: Mutex::new(HashMap::new()),
            logins: Mutex::new(web::Limiter::logins()),
            link_reports: Mutex::new(link::limiter()),
            notifications,
        })
    }

    /// An organisation's directory with the shared scam list as checks see it.
    pub(crate) async fn directory(&self, org: &Org) -> Result<Arc<Directory>, ApiError> {
        self.checked_against(Some(org)).await
    }

    /// The shared scam list alone, for a check made for no organisation.
    pub(crate) async fn reputation_only(&self) -> Result<Arc<Directory>, ApiError> {
        self.checked_against(None).await
    }

    /// What a check is made against, reused while the store's revision stays the same (one
    /// small read per check); keyed by organisation id, "" for none.
    async fn checked_against(&self, org: Option<&Org>) -> Result<Arc<Directory>, ApiError> {
        let key = org.map_or("", |o| o.id.as_str());
        let revision = self.store.checks_revision().await?;
        if let Ok(cache) = self.directories.lock() {
            if let Some((r, d)) = cache.get(key) {
                if *r == revision {
                    return Ok(d.clone());
                }
            }
        }
        let d = Arc::new(match org {
            Some(o) => self.store.directory(o).await?,
            None => Directory::new(None, Vec::new(), self.store.reputation(None).await?),
        });
        if let Ok(mut cache) = self.directories.lock() {
            cache.retain(|_, (r, _)| *r == revision);
            cache.insert(key.to_string(), (revision, d.clone()));
        }
        Ok(d)
    }
}

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(web::home))
        .route("/static/app.css", get(web::css))
        .route(
            "/login",
            get(web::login_form)
                .post(web::login)
                .layer(DefaultBodyLimit::max(web::LOGIN_BODY)),
        )
        .route("/logout", post(web::logout))
        .route("/setup/{token}", get(web::setup_form).post(web::setup))
        .route(
            "/invite/{token}",
            get(trust::invite_form).post(trust::accept),
        )
        .route("/indicators", get(trust::page))
        .route("/indicators/{id}/{action}", post(trust::change))
        .route("/check", get(web::check_form).post(web::check))
        .route("/check/upload", post(web::check_upload))
        .route("/report", post(web::report))
        .route("/verify", get(web::verify_form).post(web::verify))
        .route("/verify/{id}/outcome", post(web::verify_outcome))
        .route("/directory", get(web::directories))
        .route(
            "/directory/{org}",
            get(web::directory).post(web::directory_add),
        )
        .route("/directory/{org}/remove", post(web::directory_remove))
        .route("/tokens", get(web::tokens).post(web::token_create))
        .route("/tokens/{id}/revoke", post(web::token_revoke))
        .route("/users", get(web::users).post(web::user_add))
        .route("/users/{id}", get(account::user).post(account::update))
        .route("/users/{id}/disable", post(account::disable))
        .route(
            "/account",
            get(account::account).post(account::change_password),
        )
        .route("/account/language", post(account::set_language))
        .route("/audit", get(web::audit))
        .route("/campaigns", get(web::campaigns))
        .route("/campaigns/{id}/warn", post(web::campaign_warn))
        .route("/incidents", get(web::incidents))
        .route("/incidents/{id}", get(web::incident).post(web::triage))
        .route("/orgs", get(orgs::list).post(orgs::add))
        .route("/orgs/{org}", get(orgs::settings))
        .route("/orgs/{org}/{*action}", post(orgs::change))
        .route("/c/{token}", get(link::check_form).post(link::check))
        .route("/c/{token}/upload", post(link::upload))
        .route("/c/{token}/report", post(link::report))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(readyz))
        .route("/api/v1/check", post(api_check))
        .route("/api/v1/incidents", post(api_report).get(api_incidents))
        .route(
            "/api/v1/incidents/{id}",
            get(api_incident).patch(api_triage),
        )
        .route("/api/v1/verify", post(api_verify))
        .route("/api/v1/verify/{id}/outcome", post(trust::api_outcome))
        .route("/api/v1/indicators", get(trust::api_list))
        .route(
            "/api/v1/indicators/{id}",
            axum::routing::delete(trust::api_remove),
        )
        .route("/api/v1/indicators/{id}/confirm", post(trust::api_confirm))
        .route("/api/v1/campaigns", get(api_campaigns))
        .route("/api/v1/campaigns/{id}/warn", post(api_warn))
        .route("/api/v1/warnings", get(api_warnings))
        .route("/api/v1/orgs", get(manage::orgs).post(manage::org_add))
        .route(
            "/api/v1/orgs/{org}/directory",
            get(manage::directory).post(manage::directory_add),
        )
        .route(
            "/api/v1/orgs/{org}/directory/{name}",
            axum::routing::delete(manage::directory_remove),
        )
        .route(
            "/api/v1/tokens",
            get(manage::tokens).post(manage::token_create),
        )
        .route(
            "/api/v1/tokens/{id}",
            axum::routing::delete(manage::token_revoke),
        )
        .route("/api/v1/users", get(manage::users).post(manage::user_add))
        .route(
            "/api/v1/users/{id}",
            axum::routing::patch(manage::user_update).delete(manage::user_disable),
        )
        .route("/api/v1/account/password", post(manage::password))
        .route("/api/v1/audit", get(manage::audit))
        .route("/api/v1/deliveries", get(api_deliveries))
        .route("/api/v1/deliveries/{id}/retry", post(api_delivery_retry))
        .route(
            "/api/v1/orgs/{org}/webhooks",
            get(api_webhooks).post(api_webhook_add),
        )
        .route(
            "/api/v1/orgs/{org}/webhooks/{id}",
            axum::routing::delete(api_webhook_remove),
        )
        .route(
            "/api/v1/orgs/{org}/check-link",
            post(api_check_link).delete(api_check_link_off),
        )
        .route("/api/openapi.json", get(openapi))
        .layer(axum::middleware::map_response_with_state(
            state.clone(),
            secure_cookies,
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
            ),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .with_state(state)
}

/// Marks every cookie Secure when people reach the server over HTTPS (`public_url`), even
/// when the proxy in front does not say so with X-Forwarded-Proto.
async fn secure_cookies(State(state): State<Arc<AppState>>, mut res: Response) -> Response {
    if !state.notifications.public_url().starts_with("https://") {
        return res;
    }
    let cookies: Vec<HeaderValue> = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .cloned()
        .collect();
    res.headers_mut().remove(header::SET_COOKIE);
    for c in cookies {
        let v = c.to_str().unwrap_or_default();
        let v = if v.contains("; Secure") {
            c.clone()
        } else {
            HeaderValue::from_str(&format!("{v}; Secure")).unwrap_or(c.clone())
        };
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

/// How the server treats its connections: deadlines for slow clients, and a cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServeLimits {
    /// A request's head must have arrived within it: a new connection's first request and a
    /// kept-alive connection's next (the clock starts when a connection waits for a request,
    /// so it is also how long an idle connection stays open).
    pub header_timeout: Duration,
    /// A request's body must have arrived within it, counted from its head: 60 s carries
    /// the largest upload at 3.5 Mbit/s.
    pub body_timeout: Duration,
    /// Connections served at once; past it a new one is answered 503 and closed. Lowered at
    /// start to fit the open-file limit.
    pub max_connections: usize,
}

impl Default for ServeLimits {
    fn default() -> ServeLimits {
        ServeLimits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(60),
            max_connections: 1024,
        }
    }
}

/// Refused connections being closed at once: each holds a file for up to a second.
const REFUSING: usize = 64;

/// Serves until SIGTERM or Ctrl-C, then lets requests in flight finish.
pub async fn serve(
    listen: SocketAddr,
    state: Arc<AppState>,
    limits: ServeLimits,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(listen).await?;
    let address = listener.local_addr()?;
    state.notifications.listening_on(address);
    notify::spawn_worker(state.clone());
    // No one can sign in yet: a one-time link creates the first admin.
    if state
        .store
        .count_users()
        .await
        .map_err(std::io::Error::other)?
        == 0
    {
        let token = state
            .store
            .create_setup_token()
            .await
            .map_err(std::io::Error::other)?;
        eprintln!(
            "\nNo users yet. Create the first admin (this link works once):\n  {}/setup/{token}\n",
            state.notifications.public_url()
        );
    }
    let max = fit_file_limit(limits.max_connections);
    tracing::info!(%address, max_connections = max, "knownline is serving");
    let app = router(state);
    let slots = Arc::new(tokio::sync::Semaphore::new(max));
    let refusing = Arc::new(tokio::sync::Semaphore::new(REFUSING));
    let (stop, stopping) = tokio::sync::watch::channel(false);
    let mut connections = tokio::task::JoinSet::new();
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of files or memory for a moment: wait rather than spin.
                    tracing::warn!(error = %e, "accept error");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        while connections.try_join_next().is_some() {}
        match slots.clone().try_acquire_owned() {
            Ok(slot) => {
                let (app, stopping) = (app.clone(), stopping.clone());
                connections.spawn(async move {
                    connection(app, stream, peer, limits, stopping).await;
                    drop(slot);
                });
            }
            Err(_) => {
                if let Ok(turn) = refusing.clone().try_acquire_owned() {
                    tokio::spawn(async move {
                        refuse(stream).await;
                        drop(turn);
                    });
                }
            }
        }
    }
    let _ = stop.send(true);
    while connections.join_next().await.is_some() {}
    Ok(())
}

/// Serves one connection (HTTP/1.1) until it closes, its deadlines pass or the server stops.
async fn connection(
    app: Router,
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    limits: ServeLimits,
    mut stopping: tokio::sync::watch::Receiver<bool>,
) {
    let service =
        hyper::service::service_fn(move |req: axum::http::Request<hyper::body::Incoming>| {
            let mut req =
                req.map(|body| axum::body::Body::new(Deadline::new(body, limits.body_timeout)));
            req.extensions_mut()
                .insert(axum::extract::ConnectInfo(peer));
            tower::ServiceExt::oneshot(app.clone(), req)
        });
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
    tokio::pin!(conn);
    tokio::select! {
        done = conn.as_mut() => {
            if let Err(e) = done {
                tracing::debug!(error = %e, "connection closed");
            }
        }
        _ = stopping.changed() => {
            // Finish the request in flight, then close.
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}

/// Answers a connection past the cap with a 503 and closes it, reading what it sent for a
/// moment so that the close does not reset the connection before the answer is read.
async fn refuse(mut stream: tokio::net::TcpStream) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let answer = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 13\r\nRetry-After: 1\r\nConnection: close\r\n\r\nserver busy\r\n";
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        stream.write_all(answer).await?;
        stream.shutdown().await?;
        let mut sink = [0u8; 4096];
        while stream.read(&mut sink).await? > 0 {}
        std::io::Result::Ok(())
    })
    .await;
}

/// Raises the soft limit on open files to the hard one, and lowers the connection cap to fit
/// under it with room for the store, the log and outgoing calls: accept must never run out of
/// files.
fn fit_file_limit(wanted: usize) -> usize {
    #[cfg(unix)]
    {
        let mut lim = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit and setrlimit only read and write the struct they are given.
        let files = unsafe {
            if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) != 0 {
                return wanted;
            }
            if lim.rlim_cur < lim.rlim_max {
                let raised = libc::rlimit {
                    rlim_cur: lim.rlim_max,
                    rlim_max: lim.rlim_max,
                };
                if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                    lim.rlim_cur = lim.rlim_max;
                }
            }
            lim.rlim_cur
        };
        let files = usize::try_from(files).unwrap_or(usize::MAX);
        let fits = files.saturating_sub(128).max(files / 2).max(1);
        if wanted > fits {
            tracing::warn!(
                wanted,
                open_files = files,
                max_connections = fits,
                "max_connections lowered to fit the open-file limit"
            );
            return fits;
        }
    }
    wanted.max(1)
}

/// A request body that must have arrived by a deadline: a client trickling its body holds a
/// connection for that long at most.
struct Deadline {
    body: hyper::body::Incoming,
    by: Option<std::pin::Pin<Box<tokio::time::Sleep>>>,
}

impl Deadline {
    fn new(body: hyper::body::Incoming, within: Duration) -> Deadline {
        use hyper::body::Body as _;
        // No timer for requests without a body (most of them).
        let by = (!body.is_end_stream()).then(|| Box::pin(tokio::time::sleep(within)));
        Deadline { body, by }
    }
}

impl hyper::body::Body for Deadline {
    type Data = hyper::body::Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Self::Data>, Self::Error>>> {
        use std::future::Future as _;
        let this = self.get_mut();
        if let std::task::Poll::Ready(frame) = std::pin::Pin::new(&mut this.body).poll_frame(cx) {
            return std::task::Poll::Ready(frame.map(|f| f.map_err(Into::into)));
        }
        if let Some(by) = this.by.as_mut() {
            if by.as_mut().poll(cx).is_ready() {
                return std::task::Poll::Ready(Some(Err("the request body took too long".into())));
            }
        }
        std::task::Poll::Pending
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.body.size_hint()
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ready\n").into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "store not ready");
            (StatusCode::SERVICE_UNAVAILABLE, "store unavailable\n").into_response()
        }
    }
}

/// An error as the API answers it: a status and `{"error": "…"}`. Database details are
/// logged, not shown.
#[derive(Debug)]
pub enum ApiError {
    Status(StatusCode, String),
    Store(StoreError),
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError::Store(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            ApiError::Status(s, m) => (s, m),
            ApiError::Store(StoreError::NotFound(m)) => (StatusCode::NOT_FOUND, m),
            ApiError::Store(StoreError::Invalid(m)) => (StatusCode::BAD_REQUEST, m),
            ApiError::Store(StoreError::Conflict(m)) => (StatusCode::CONFLICT, m),
            ApiError::Store(StoreError::Forbidden(m)) => (StatusCode::FORBIDDEN, m),
            ApiError::Store(e) => {
                tracing::error!(error = %e, "store error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the store failed; see the server's log".to_string(),
                )
            }
        };
        (status, Json(json!({ "error": message }))).into_response()
    }
}

pub(crate) fn bad_request(m: impl Into<String>) -> ApiError {
    ApiError::Status(StatusCode::BAD_REQUEST, m.into())
}

/// The user of a bearer token.
pub struct ApiUser(pub User);

impl FromRequestParts<Arc<AppState>> for ApiUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let unauthorised = || {
            ApiError::Status(
                StatusCode::UNAUTHORIZED,
                "a valid API token is needed: Authorization: Bearer kl_…".into(),
            )
        };
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or_else(unauthorised)?;
        match state.store.user_for_token(token).await? {
            Some(u) => Ok(ApiUser(u)),
            None => Err(unauthorised()),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckBody {
    #[serde(default)]
    channel: Option<String>,
    content: String,
    #[serde(default)]
    org: Option<String>,
    /// The caller ID or sender the person saw.
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    note: Option<String>,
    /// The reader's language and country, over the organisation's.
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    country: Option<String>,
}

/// The reader of an API check: the request's language and country, else the organisation's.
async fn api_reader(
    state: &AppState,
    org: Option<&knownline_store::Org>,
    body: &CheckBody,
) -> Result<knownline_detect::Reader, ApiError> {
    let mut reader = org_reader(state, org, None).await;
    if let Some(l) = body.lang.as_deref() {
        if knownline_detect::locale::supported(l).is_none() {
            return Err(bad_request(format!(
                "lang {l:?}: the steps are written in {}",
                knownline_detect::locale::LANGUAGES.join(", ")
            )));
        }
        reader.lang = Some(l.to_string());
    }
    if let Some(c) = body.country.as_deref() {
        let known = state
            .engine
            .countries()
            .find(|(code, _)| code.eq_ignore_ascii_case(c));
        let Some((code, _)) = known else {
            return Err(bad_request(format!(
                "country {c:?}: one of {}",
                state
                    .engine
                    .countries()
                    .map(|(c, _)| c)
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        };
        reader.country = Some(code.to_string());
    }
    Ok(reader)
}

/// The organisation a request acts for: the one named (if the user acts for it), else the
/// user's only one. `required`: an incident must belong to one.
pub(crate) async fn org_for(
    state: &AppState,
    user: &User,
    named: Option<&str>,
    required: bool,
) -> Result<Option<Org>, ApiError> {
    let org = match named {
        Some(n) => Some(state.store.org(n).await?),
        None if user.org_ids.len() == 1 => Some(state.store.org(&user.org_ids[0]).await?),
        None if required => {
            return Err(bad_request(
                "say which organisation this is for: \"org\": \"NAME\"",
            ))
        }
        None => None,
    };
    if let Some(o) = &org {
        if !user.acts_for(&o.id) {
            // Not yours: the same answer as an organisation that does not exist.
            return Err(ApiError::Store(StoreError::NotFound(format!(
                "no organisation named {:?}",
                named.unwrap_or_default()
            ))));
        }
    }
    Ok(org)
}

/// Assesses a contact on the blocking pool.
async fn assess(
    state: &Arc<AppState>,
    body: &CheckBody,
    dir: Arc<Directory>,
    report: bool,
    reader: knownline_detect::Reader,
) -> Result<Assessed, ApiError> {
    if body.content.trim().is_empty() {
        return Err(bad_request("\"content\" is empty: paste the contact"));
    }
    let channel =
        match body.channel.as_deref() {
            Some(c) => Some(Channel::parse(c).ok_or_else(|| {
                bad_request(format!("channel {c:?}: use call, email, sms or popup"))
            })?),
            None => None,
        };
    assess_contact(
        state,
        channel,
        body.content.clone(),
        body.from.clone(),
        dir,
        report,
        reader,
    )
    .await
    .ok_or_else(|| {
        ApiError::Status(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the analysis failed".into(),
        )
    })
}

/// Whom an organisation's checks are written for: its country, and its language when set,
/// else the browser's (`accept_language`) when we write it, else the contact's own.
pub(crate) async fn org_reader(
    state: &AppState,
    org: Option<&knownline_store::Org>,
    accept_language: Option<&str>,
) -> knownline_detect::Reader {
    let (country, language) = match org {
        Some(o) => state.store.reader(&o.id).await.unwrap_or_else(|e| {
            tracing::warn!(error = %e, "reading an organisation's country and language");
            (None, None)
        }),
        None => (None, None),
    };
    let browser = accept_language
        .and_then(knownline_detect::locale::negotiate)
        .map(str::to_string);
    knownline_detect::Reader {
        lang: language.or(browser),
        country,
    }
}

/// A contact as assessed: its channel, the assessment as JSON, and the values that are the
/// scam's own (what a report offers the shared scam list).
pub(crate) struct Assessed {
    pub channel: Channel,
    pub assessment: Value,
    pub offered: Vec<knownline_detect::ScamValue>,
}

/// Assesses a contact on the blocking pool (a 25 MB page must not stall the runtime), as
/// seen from `from` when given; with `report`, also what it offers the shared scam list. A
/// scam marked by the shared list counts as a hit of the values that marked it.
pub(crate) async fn assess_contact(
    state: &Arc<AppState>,
    channel: Option<Channel>,
    content: String,
    from: Option<String>,
    dir: Arc<Directory>,
    report: bool,
    reader: knownline_detect::Reader,
) -> Option<Assessed> {
    let engine = state.engine.clone();
    let (assessed, hits) = tokio::task::spawn_blocking(move || {
        let mut contact = Contact::parse(channel, &content);
        if let Some(f) = from.as_deref().filter(|f| !f.trim().is_empty()) {
            contact = contact.with_sender(f);
        }
        let a = engine.assess_for(&contact, &dir, &reader);
        let hits: Vec<String> = a
            .signals
            .iter()
            .filter(|s| s.id == "reputation.known_scam")
            .flat_map(|s| s.evidence.iter().map(|e| e.quote.clone()))
            .collect();
        let assessed = Assessed {
            channel: a.channel,
            offered: if report {
                engine.own_indicators(&a)
            } else {
                Vec::new()
            },
            assessment: serde_json::to_value(&a).unwrap_or_default(),
        };
        (assessed, hits)
    })
    .await
    .ok()?;
    if !hits.is_empty() {
        let state = state.clone();
        tokio::spawn(async move {
            if let Err(e) = state.store.count_hits(&hits).await {
                tracing::warn!(error = %e, "counting indicator hits");
            }
        });
    }
    Some(assessed)
}

async fn api_check(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Json(body): Json<CheckBody>,
) -> Result<Json<Value>, ApiError> {
    let org = org_for(&state, &user, body.org.as_deref(), false).await?;
    let dir = match &org {
        Some(o) => state.directory(o).await?,
        None => state.reputation_only().await?,
    };
    let reader = api_reader(&state, org.as_ref(), &body).await?;
    Ok(Json(
        assess(&state, &body, dir, false, reader).await?.assessment,
    ))
}

async fn api_report(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Json(body): Json<CheckBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let org = org_for(&state, &user, body.org.as_deref(), true)
        .await?
        .ok_or_else(|| bad_request("an incident belongs to an organisation"))?;
    let dir = state.directory(&org).await?;
    let Assessed {
        channel,
        assessment,
        offered,
    } = assess(
        &state,
        &body,
        dir,
        true,
        api_reader(&state, Some(&org), &body).await?,
    )
    .await?;
    let note = body.note.as_deref().unwrap_or_default();
    if note.chars().count() > 5_000 {
        return Err(bad_request("\"note\" is longer than 5,000 characters"));
    }
    let incident = state
        .store
        .add_incident(
            &org.id,
            knownline_store::people::Reporter::User(&user),
            channel.as_str(),
            &body.content,
            &assessment,
            note,
            &offered,
        )
        .await?;
    // The log names the incident, never its contents.
    tracing::info!(incident = %incident.id, org = %org.id, verdict = %incident.verdict, "incident reported");
    notify::incident_reported(&state, &org, &incident, &user.email).await;
    Ok((
        StatusCode::CREATED,
        Json(json!({
            "id": incident.id,
            "org": org.name,
            "status": incident.status,
            "verdict": incident.verdict,
            "assessment": assessment,
            "created_at": incident.created_at,
        })),
    ))
}

async fn api_incident(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let incident = state.store.incident_for(&user, &id).await?;
    Ok(Json(serde_json::to_value(incident).unwrap_or_default()))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListQuery {
    org: Option<String>,
    status: Option<String>,
    channel: Option<String>,
    verdict: Option<String>,
    since: Option<String>,
    until: Option<String>,
    page: Option<i64>,
    per_page: Option<i64>,
}

/// Highest page asked for: 200 million incidents at the largest pages.
const MAX_PAGE_NUMBER: i64 = 1_000_000;

async fn api_incidents(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Query(q): Query<ListQuery>,
) -> Result<Json<Value>, ApiError> {
    let org_id = match q.org.as_deref() {
        Some(n) => org_for(&state, &user, Some(n), false).await?.map(|o| o.id),
        None => None,
    };
    let filter = IncidentFilter {
        org_id,
        status: q.status,
        channel: q.channel,
        verdict: q.verdict,
        since: q.since,
        until: q.until,
    };
    let page = q.page.unwrap_or(1).max(1);
    if page > MAX_PAGE_NUMBER {
        return Err(bad_request(format!(
            "\"page\" is at most {MAX_PAGE_NUMBER}"
        )));
    }
    let per_page = q
        .per_page
        .unwrap_or(50)
        .clamp(1, knownline_store::people::MAX_PAGE);
    let (list, total) = state
        .store
        .incidents_for(&user, &filter, page, per_page)
        .await?;
    Ok(Json(json!({
        "incidents": list,
        "total": total,
        "page": page,
        "per_page": per_page,
    })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TriageBody {
    status: Option<String>,
    note: Option<String>,
    /// Sent to the reporter by email.
    reply: Option<String>,
}

async fn api_triage(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    Json(body): Json<TriageBody>,
) -> Result<Json<Value>, ApiError> {
    let reply = body
        .reply
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if reply.is_some_and(|r| r.chars().count() > 5_000) {
        return Err(bad_request("a reply is at most 5,000 characters"));
    }
    let (mut incident, held) = state
        .store
        .triage(&user, &id, body.status.as_deref(), body.note.as_deref())
        .await?;
    tracing::info!(incident = %incident.id, status = %incident.status, "incident triaged");
    if let Some(r) = reply {
        incident = reply_to_reporter(&state, &user, &incident, r).await?;
    }
    let mut v = serde_json::to_value(incident).unwrap_or_default();
    if !held.is_empty() {
        v["kept_off_the_list"] = json!(held);
    }
    Ok(Json(v))
}

/// Keeps IT support's reply with the incident, where the reporter reads it, and emails it to
/// them when an address is known (a check link's address is whatever the visitor typed).
pub(crate) async fn reply_to_reporter(
    state: &Arc<AppState>,
    user: &User,
    incident: &knownline_store::people::Incident,
    reply: &str,
) -> Result<knownline_store::people::Incident, ApiError> {
    if reply.chars().count() > 5_000 {
        return Err(bad_request("a reply is at most 5,000 characters"));
    }
    let updated = state.store.add_reply(user, &incident.id, reply).await?;
    let email = match &incident.reporter_id {
        Some(reporter) => state.store.user_email(reporter).await?,
        // Through the check link: the address they gave, if any.
        None => address_in(&incident.reporter),
    };
    let Some(email) = email else {
        return Ok(updated);
    };
    let subject = format!("About the {} you reported", incident.channel);
    let body = format!(
        "{reply}\n\nReference: {} (reported {}).\nThank you for checking before acting.\n",
        incident.id,
        incident
            .created_at
            .get(..10)
            .unwrap_or(&incident.created_at)
    );
    mail::queue(state, Some(&incident.org_id), &email, subject, body).await;
    Ok(updated)
}

/// The email address in what someone typed as their contact ("Ann Lee <ann@example.net>").
fn address_in(contact: &str) -> Option<String> {
    contact
        .split([' ', ',', ';'])
        .map(|w| w.trim_matches(['<', '>', '(', ')', '"', '\'']))
        .find(|w| {
            w.split_once('@')
                .is_some_and(|(l, d)| !l.is_empty() && d.contains('.') && !d.ends_with('.'))
        })
        .map(str::to_string)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerifyBody {
    claims: String,
    number: Option<String>,
    from: Option<String>,
    org: Option<String>,
    /// The answer's language; else the organisation's; else English.
    #[serde(default)]
    lang: Option<String>,
}

async fn api_verify(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Json(body): Json<VerifyBody>,
) -> Result<Json<Value>, ApiError> {
    if body.claims.trim().is_empty() {
        return Err(bad_request(
            "\"claims\" is empty: who did they say they were?",
        ));
    }
    let org = org_for(&state, &user, body.org.as_deref(), false).await?;
    let req = knownline_detect::VerifyRequest {
        claims: body.claims.clone(),
        number: body.number.clone(),
        from: body.from.clone(),
        lang: match body.lang.as_deref() {
            Some(l) if knownline_detect::locale::supported(l).is_none() => {
                return Err(bad_request(format!(
                    "lang {l:?}: knownline writes in {}",
                    knownline_detect::locale::LANGUAGES.join(", ")
                )))
            }
            Some(l) => Some(l.to_string()),
            None => org_reader(&state, org.as_ref(), None).await.lang,
        },
    };
    let (v, id) = state
        .store
        .run_verification(&state.engine, org.as_ref(), &user.email, &req)
        .await?;
    let mut value = serde_json::to_value(&v).unwrap_or_default();
    value["id"] = id.into();
    value["org"] = org.map(|o| o.name).into();
    Ok(Json(value))
}

/// The OpenAPI 3.1 description of this API (`openapi.json`, kept beside the code; a test
/// checks it names every route and no other).
pub const OPENAPI: &str = include_str!("openapi.json");

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// The routes of the API, as `METHOD /path`, for checking the OpenAPI document against.
pub const API_ROUTES: &[&str] = &[
    "GET /healthz",
    "GET /readyz",
    "POST /api/v1/check",
    "POST /api/v1/incidents",
    "GET /api/v1/incidents",
    "GET /api/v1/incidents/{id}",
    "PATCH /api/v1/incidents/{id}",
    "POST /api/v1/verify",
    "POST /api/v1/verify/{id}/outcome",
    "GET /api/v1/indicators",
    "POST /api/v1/indicators/{id}/confirm",
    "DELETE /api/v1/indicators/{id}",
    "GET /api/v1/campaigns",
    "POST /api/v1/campaigns/{id}/warn",
    "GET /api/v1/warnings",
    "GET /api/v1/orgs",
    "POST /api/v1/orgs",
    "GET /api/v1/orgs/{org}/directory",
    "POST /api/v1/orgs/{org}/directory",
    "DELETE /api/v1/orgs/{org}/directory/{name}",
    "GET /api/v1/tokens",
    "POST /api/v1/tokens",
    "DELETE /api/v1/tokens/{id}",
    "GET /api/v1/users",
    "POST /api/v1/users",
    "PATCH /api/v1/users/{id}",
    "DELETE /api/v1/users/{id}",
    "POST /api/v1/account/password",
    "GET /api/v1/audit",
    "GET /api/v1/deliveries",
    "POST /api/v1/deliveries/{id}/retry",
    "GET /api/v1/orgs/{org}/webhooks",
    "POST /api/v1/orgs/{org}/webhooks",
    "DELETE /api/v1/orgs/{org}/webhooks/{id}",
    "POST /api/v1/orgs/{org}/check-link",
    "DELETE /api/v1/orgs/{org}/check-link",
    "GET /api/openapi.json",
];

async fn api_campaigns(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
) -> Result<Json<Value>, ApiError> {
    let campaigns = state.store.campaigns(&user).await?;
    Ok(Json(json!({ "campaigns": campaigns })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WarnBody {
    message: String,
}

async fn api_warn(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    Json(body): Json<WarnBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let warnings = state.store.warn(&user, &id, &body.message).await?;
    tracing::info!(campaign = %id, organisations = warnings.len(), "campaign warning sent");
    notify::campaign_warned(&state, &warnings).await;
    Ok((StatusCode::CREATED, Json(json!({ "warnings": warnings }))))
}

async fn api_warnings(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
) -> Result<Json<Value>, ApiError> {
    let warnings = state.store.warnings_for(&user, 50).await?;
    Ok(Json(json!({ "warnings": warnings })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeliveriesQuery {
    org: Option<String>,
    #[serde(default)]
    failed: bool,
    limit: Option<i64>,
}

async fn api_deliveries(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Query(q): Query<DeliveriesQuery>,
) -> Result<Json<Value>, ApiError> {
    let org = org_for(&state, &user, q.org.as_deref(), false).await?;
    let limit = q
        .limit
        .unwrap_or(50)
        .clamp(1, knownline_store::people::MAX_PAGE);
    let deliveries = state
        .store
        .deliveries_for(&user, org.as_ref().map(|o| o.id.as_str()), q.failed, limit)
        .await?;
    Ok(Json(json!({ "deliveries": deliveries })))
}

async fn api_delivery_retry(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.store.retry_delivery(&user, &id).await?;
    state.notifications.wake();
    Ok(StatusCode::ACCEPTED)
}

/// An organisation whose settings the user may change: its analysts and admins. Another
/// organisation's is "not found"; a member of this one is refused.
pub(crate) async fn settings_org(
    state: &AppState,
    user: &User,
    named: &str,
) -> Result<Org, ApiError> {
    let org = org_for(state, user, Some(named), true)
        .await?
        .ok_or_else(|| bad_request("which organisation?"))?;
    if !(user.is_admin() || user.role == "analyst") {
        return Err(ApiError::Status(
            StatusCode::FORBIDDEN,
            "only IT support (analysts and admins) change an organisation's settings".into(),
        ));
    }
    Ok(org)
}

fn webhook_json(h: &knownline_store::notify::Webhook) -> Value {
    json!({
        "id": h.id,
        "org_id": h.org_id,
        "format": h.format,
        "target": h.redacted(),
        "created_at": h.created_at,
    })
}

async fn api_webhooks(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(org): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let org = settings_org(&state, &user, &org).await?;
    let hooks: Vec<Value> = state
        .store
        .webhooks(&org.id)
        .await?
        .iter()
        .map(webhook_json)
        .collect();
    Ok(Json(json!({ "webhooks": hooks })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WebhookBody {
    url: String,
    format: Option<String>,
}

async fn api_webhook_add(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(org): Path<String>,
    Json(body): Json<WebhookBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let org = settings_org(&state, &user, &org).await?;
    let hook = state
        .store
        .add_webhook(
            &org,
            &body.url,
            body.format.as_deref().unwrap_or("json"),
            &user.email,
        )
        .await?;
    let mut v = webhook_json(&hook);
    v["secret"] = hook.secret.clone().into();
    Ok((StatusCode::CREATED, Json(v)))
}

async fn api_webhook_remove(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path((org, id)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let org = settings_org(&state, &user, &org).await?;
    state.store.remove_webhook(&org, &id, &user.email).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn api_check_link(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(org): Path<String>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let org = settings_org(&state, &user, &org).await?;
    let token = state.store.create_check_link(&org, &user.email).await?;
    let url = format!("{}/c/{token}", state.notifications.public_url());
    Ok((
        StatusCode::CREATED,
        Json(json!({ "org": org.name, "url": url })),
    ))
}

async fn api_check_link_off(
    State(state): State<Arc<AppState>>,
    ApiUser(user): ApiUser,
    Path(org): Path<String>,
) -> Result<StatusCode, ApiError> {
    let org = settings_org(&state, &user, &org).await?;
    state.store.remove_check_link(&org, &user.email).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_is_found_in_what_people_type() {
        let cases = [
            ("Ann Lee <ann@example.net>", Some("ann@example.net")),
            ("ann@example.net", Some("ann@example.net")),
            (
                "Ann (ann.lee@mail.example.co.uk), desk 4",
                Some("ann.lee@mail.example.co.uk"),
            ),
            ("Ann Lee, front desk", None),
            ("@handle or ann@localhost", None),
            ("", None),
        ];
        for (typed, want) in cases {
            assert_eq!(address_in(typed).as_deref(), want, "{typed}");
        }
    }
}
