//! People who sign in, their API tokens and the contacts they report (incidents), and who may
//! see what: an admin everything, an analyst the organisations assigned to them, a member
//! only their own reports.

use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::{audit, new_id, now, Org, Result, Store, StoreError};

pub const USER_ROLES: &[&str] = &["admin", "analyst", "member"];
pub const INCIDENT_STATUSES: &[&str] = &["new", "confirmed_scam", "benign", "closed"];

/// Shortest password accepted.
pub const MIN_PASSWORD: usize = 12;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct User {
    pub id: String,
    pub email: String,
    pub role: String,
    /// The organisations the user acts for (all of them, for an admin, is implied).
    pub org_ids: Vec<String>,
}

impl User {
    pub fn is_admin(&self) -> bool {
        self.role == "admin"
    }

    /// Whether the user may see an incident of `org` reported by `reporter`.
    pub fn may_see(&self, org: &str, reporter: Option<&str>) -> bool {
        match self.role.as_str() {
            "admin" => true,
            "analyst" => self.org_ids.iter().any(|o| o == org),
            _ => self.org_ids.iter().any(|o| o == org) && reporter == Some(self.id.as_str()),
        }
    }

    /// Whether the user acts for `org` (checks, reports, verifications).
    pub fn acts_for(&self, org: &str) -> bool {
        self.is_admin() || self.org_ids.iter().any(|o| o == org)
    }

    /// Whether the user is IT support of `org`: an admin, or one of its analysts. They triage
    /// its incidents, read its notes and write the shared scam list.
    pub fn supports(&self, org: &str) -> bool {
        self.is_admin() || (self.role == "analyst" && self.org_ids.iter().any(|o| o == org))
    }

    /// Whether the user is IT support for something of `org`, or of no organisation (an
    /// analyst's own verification made without one).
    pub fn supports_any(&self, org: Option<&str>) -> bool {
        match org {
            Some(o) => self.supports(o),
            None => self.is_admin() || self.role == "analyst",
        }
    }

    /// Whoever runs the command line on the store's own machine: they can open the database,
    /// so they act as an admin. Named for the audit log.
    pub fn local(name: &str) -> User {
        User {
            id: String::new(),
            email: name.to_string(),
            role: "admin".into(),
            org_ids: Vec::new(),
        }
    }
}

/// What each role may do, in the words the Users page shows where a role is chosen.
pub const ROLE_HELP: &[(&str, &str)] = &[
    (
        "member",
        "checks contacts, verifies callers and reports them; sees only their own reports, their status and IT support's replies",
    ),
    (
        "analyst",
        "IT support of the organisations chosen: triages their reports, reads and writes private notes, edits their directories and settings, and confirms entries of the shared scam list",
    ),
    (
        "admin",
        "everything, for every organisation: people and roles, organisations, imports and the whole shared scam list",
    ),
];

/// How long an invitation link works.
pub const INVITATION_HOURS: i64 = 72;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Incident {
    pub id: String,
    pub org_id: String,
    pub reporter_id: Option<String>,
    /// Who reported it: their account's email, or the name and address they gave through the
    /// organisation's check link (possibly empty).
    pub reporter: String,
    pub channel: String,
    pub content: String,
    /// The assessment as JSON.
    pub assessment: serde_json::Value,
    pub verdict: String,
    pub status: String,
    /// What the reporter wrote with the report.
    pub report_note: String,
    /// IT support's private notes: only IT support of the organisation reads them (absent
    /// for the reporter).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// IT support's answers to the reporter, oldest first: the reporter sees these.
    pub replies: Vec<Reply>,
    /// What confirming it as a scam adds to the shared list (shown to IT support only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<knownline_detect::ScamValue>,
    pub created_at: String,
    pub updated_at: String,
}

/// IT support's answer to whoever reported an incident.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Reply {
    pub author: String,
    pub body: String,
    pub created_at: String,
}

/// An invitation as the admin who made it sees it (the link itself is shown once).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Invitation {
    pub email: String,
    pub role: String,
    pub org_ids: Vec<String>,
    pub created_by: String,
    pub created_at: String,
    pub expires_at: String,
}

/// Which incidents to list. Every field narrows; `None` is any.
#[derive(Debug, Clone, Default)]
pub struct IncidentFilter {
    pub org_id: Option<String>,
    pub status: Option<String>,
    pub channel: Option<String>,
    pub verdict: Option<String>,
    /// RFC 3339 times or dates, inclusive.
    pub since: Option<String>,
    pub until: Option<String>,
}

/// An incident in a list: everything but the contact and the assessment.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct IncidentSummary {
    pub id: String,
    pub org_id: String,
    pub reporter_id: Option<String>,
    pub channel: String,
    pub verdict: String,
    pub status: String,
    pub created_at: String,
    pub updated_at: String,
}

/// An API token as its owner sees it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TokenInfo {
    pub id: String,
    pub name: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

/// Largest page of a list.
pub const MAX_PAGE: i64 = 200;

/// A hash of no one's password, made like every other (same algorithm and cost): what an
/// unknown address is checked against.
fn stand_in_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| password_auth::generate_hash(new_token()))
}

/// A new API token: `kl_` and 64 hex digits (244 random bits). Only its hash is stored.
pub fn new_token() -> String {
    format!(
        "kl_{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

/// Tokens are long and random: a fast hash is enough (unlike passwords).
pub fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.trim().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Who reports a contact: someone signed in, or anyone through the organisation's check link
/// (with the name and address they chose to give, for IT support's answer).
#[derive(Debug, Clone, Copy)]
pub enum Reporter<'a> {
    User(&'a User),
    Link { contact: &'a str },
}

/// Longest name and address a reporter gives through a check link, as kept: a name of 120
/// characters and an address of 254, as "name <address>".
pub const MAX_REPORTER_CONTACT: usize = 120 + 254 + 3;

fn clip_contact(contact: &str) -> String {
    // On one line: it reaches email subjects and chat titles.
    contact
        .trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_REPORTER_CONTACT)
        .collect()
}

impl Reporter<'_> {
    fn id(&self) -> Option<&str> {
        match self {
            Reporter::User(u) => Some(&u.id),
            Reporter::Link { .. } => None,
        }
    }
    /// How the reporter is named in the incident, the audit log and notifications.
    pub fn shown(&self) -> String {
        match self {
            Reporter::User(u) => u.email.clone(),
            Reporter::Link { contact } if !contact.trim().is_empty() => {
                format!("{} (check link)", clip_contact(contact))
            }
            Reporter::Link { .. } => "someone (check link)".into(),
        }
    }
}

/// An argon2id hash of `password`, made on the blocking pool: tens of milliseconds of CPU
/// that would otherwise stall every request on the runtime's thread.
async fn hash_password(password: &str) -> String {
    let password = password.to_string();
    match tokio::task::spawn_blocking({
        let password = password.clone();
        move || password_auth::generate_hash(password)
    })
    .await
    {
        Ok(hash) => hash,
        // The pool is shutting down: hash here rather than fail the request.
        Err(_) => password_auth::generate_hash(password),
    }
}

impl Store {
    /// Adds a user with an argon2id password hash, acting for `orgs`. For the first admin
    /// and the command line; on the pages and the API people are invited and choose their own
    /// password.
    pub async fn add_user(
        &self,
        email: &str,
        password: &str,
        role: &str,
        orgs: &[Org],
        actor: &str,
    ) -> Result<User> {
        let email = valid_person(email, role, orgs)?;
        valid_password(password)?;
        let hash = hash_password(password).await;
        let mut tx = self.begin().await?;
        let user = insert_user(&mut tx, &email, &hash, role, orgs, actor).await?;
        tx.commit().await?;
        Ok(user)
    }

    /// An admin invites a person: returns the link's token (shown once, kept as a hash) and
    /// the invitation. The link works once, for [`INVITATION_HOURS`]; the person chooses
    /// their own password. A newer invitation for the same address replaces the older.
    pub async fn invite(
        &self,
        admin: &User,
        email: &str,
        role: &str,
        orgs: &[Org],
    ) -> Result<(String, Invitation)> {
        if !admin.is_admin() {
            return Err(StoreError::Forbidden("only an admin invites people".into()));
        }
        let email = valid_person(email, role, orgs)?;
        let token = new_token();
        let invitation = Invitation {
            email,
            role: role.to_string(),
            org_ids: orgs.iter().map(|o| o.id.clone()).collect(),
            created_by: admin.email.clone(),
            created_at: now(),
            expires_at: crate::later(std::time::Duration::from_secs(
                INVITATION_HOURS as u64 * 3600,
            )),
        };
        let mut tx = self.begin().await?;
        let exists = sqlx::query("SELECT id FROM users WHERE email = $1")
            .bind(&invitation.email)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_some() {
            return Err(StoreError::Conflict(format!(
                "a user {} already exists",
                invitation.email
            )));
        }
        sqlx::query("DELETE FROM invitations WHERE email = $1 AND used_at IS NULL")
            .bind(&invitation.email)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO invitations (token_hash, email, role, org_ids, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(token_hash(&token))
        .bind(&invitation.email)
        .bind(&invitation.role)
        .bind(invitation.org_ids.join(" "))
        .bind(&invitation.created_by)
        .bind(&invitation.created_at)
        .bind(&invitation.expires_at)
        .execute(&mut *tx)
        .await?;
        for o in orgs
            .iter()
            .map(|o| Some(o.id.as_str()))
            .chain(orgs.is_empty().then_some(None))
        {
            audit(
                &mut tx,
                &admin.email,
                o,
                "user.invite",
                &invitation.email,
                role,
            )
            .await?;
        }
        tx.commit().await?;
        Ok((token, invitation))
    }

    /// The invitation of a link, while it is unused and unexpired.
    pub async fn invitation(&self, token: &str) -> Result<Option<Invitation>> {
        if token.len() > 200 {
            return Ok(None);
        }
        let row = sqlx::query(
            "SELECT email, role, org_ids, created_by, created_at, expires_at FROM invitations WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash(token))
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| invitation_of(&r)).transpose()
    }

    /// Invitations not yet used, newest first (for the Users page).
    pub async fn pending_invitations(&self) -> Result<Vec<Invitation>> {
        let rows = sqlx::query(
            "SELECT email, role, org_ids, created_by, created_at, expires_at FROM invitations WHERE used_at IS NULL AND expires_at > $1 ORDER BY created_at DESC",
        )
        .bind(now())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(invitation_of).collect()
    }

    /// The invited person chooses their password: the account is made and the link is used
    /// up, in one transaction (a second use, or an expired link, is "not found").
    pub async fn accept_invitation(&self, token: &str, password: &str) -> Result<User> {
        valid_password(password)?;
        let not_valid = || {
            StoreError::NotFound(
                "this invitation is not valid (any more): ask for a new one".into(),
            )
        };
        let hash = hash_password(password).await;
        let mut tx = self.begin().await?;
        let row = sqlx::query(
            "SELECT email, role, org_ids, created_by, created_at, expires_at FROM invitations WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash(token))
        .bind(now())
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(not_valid)?;
        let invitation = invitation_of(&row)?;
        let used = sqlx::query(
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
        )
        .bind(now())
        .bind(token_hash(token))
        .execute(&mut *tx)
        .await?;
        if used.rows_affected() != 1 {
            return Err(not_valid());
        }
        // Organisations removed since the invitation are left out.
        let mut orgs = Vec::new();
        for id in &invitation.org_ids {
            if let Some(r) =
                sqlx::query("SELECT id, name, created_at FROM organisations WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?
            {
                orgs.push(Org {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    created_at: r.try_get("created_at")?,
                });
            }
        }
        let user = insert_user(
            &mut tx,
            &invitation.email,
            &hash,
            &invitation.role,
            &orgs,
            &invitation.email,
        )
        .await?;
        tx.commit().await?;
        Ok(user)
    }

    async fn user_where(&self, column: &str, value: &str) -> Result<Option<(User, String)>> {
        let sql = format!(
            "SELECT id, email, role, password_hash FROM users WHERE {column} = $1 AND disabled = 0"
        );
        let Some(row) = sqlx::query(&sql)
            .bind(value)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let id: String = row.try_get("id")?;
        let orgs = sqlx::query("SELECT org_id FROM user_orgs WHERE user_id = $1 ORDER BY org_id")
            .bind(&id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| r.try_get("org_id"))
            .collect::<Result<Vec<String>, _>>()?;
        Ok(Some((
            User {
                id,
                email: row.try_get("email")?,
                role: row.try_get("role")?,
                org_ids: orgs,
            },
            row.try_get("password_hash")?,
        )))
    }

    /// A user who may sign in, by id.
    pub async fn user(&self, id: &str) -> Result<Option<User>> {
        Ok(self.user_where("id", id.trim()).await?.map(|(u, _)| u))
    }

    /// The email address of a user, by id.
    pub async fn user_email(&self, id: &str) -> Result<Option<String>> {
        Ok(self.user(id).await?.map(|u| u.email))
    }

    pub async fn user_by_email(&self, email: &str) -> Result<User> {
        self.user_where("email", &email.trim().to_ascii_lowercase())
            .await?
            .map(|(u, _)| u)
            .ok_or_else(|| StoreError::NotFound(format!("no user {:?}", email.trim())))
    }

    /// The user whose password this is, or `None` (same answer for an unknown address).
    pub async fn check_password(&self, email: &str, password: &str) -> Result<Option<User>> {
        let found = self
            .user_where("email", &email.trim().to_ascii_lowercase())
            .await?;
        let (user, hash) = match found {
            Some((u, hash)) => (Some(u), Some(hash)),
            None => (None, None),
        };
        let password = password.to_string();
        // argon2 takes tens of milliseconds of CPU: the blocking pool's, not the runtime's. An
        // unknown (or disabled) address is checked against a stand-in hash, so the answer
        // takes as long as for a real account and does not tell who has one.
        let matches = tokio::task::spawn_blocking(move || {
            let hash: &str = match &hash {
                Some(h) => h,
                None => stand_in_hash(),
            };
            password_auth::verify_password(password, hash).is_ok()
        })
        .await
        .unwrap_or(false);
        Ok(user.filter(|_| matches))
    }

    /// Creates an API token for a user; returns it (shown once, never stored).
    pub async fn create_token(&self, user: &User, name: &str, actor: &str) -> Result<String> {
        let token = new_token();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO api_tokens (id, user_id, token_hash, name, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(new_id())
        .bind(&user.id)
        .bind(token_hash(&token))
        .bind(name)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, actor, None, "token.create", &user.email, name).await?;
        tx.commit().await?;
        Ok(token)
    }

    /// The user a bearer token belongs to, when it is valid and not revoked.
    pub async fn user_for_token(&self, token: &str) -> Result<Option<User>> {
        let row = sqlx::query(
            "SELECT user_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL",
        )
        .bind(token_hash(token))
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let id: String = row.try_get("user_id")?;
        Ok(self.user_where("id", &id).await?.map(|(u, _)| u))
    }

    /// Records a reported contact. Committed (fully synced on SQLite) before it returns, so an
    /// acknowledged report survives a crash.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_incident(
        &self,
        org: &str,
        reporter: Reporter<'_>,
        channel: &str,
        content: &str,
        assessment: &serde_json::Value,
        note: &str,
        offered: &[knownline_detect::ScamValue],
    ) -> Result<Incident> {
        let at = now();
        let contact = match reporter {
            Reporter::Link { contact } => clip_contact(contact),
            Reporter::User(_) => String::new(),
        };
        // The audit row names the reporter as kept, not as sent.
        let shown = match reporter {
            Reporter::Link { .. } => Reporter::Link { contact: &contact }.shown(),
            Reporter::User(_) => reporter.shown(),
        };
        let incident = Incident {
            id: new_id(),
            org_id: org.to_string(),
            reporter_id: reporter.id().map(str::to_string),
            reporter: match reporter {
                Reporter::User(u) => u.email.clone(),
                Reporter::Link { .. } => contact.clone(),
            },
            channel: channel.to_string(),
            content: content.to_string(),
            verdict: assessment["verdict"]
                .as_str()
                .unwrap_or("no_signs")
                .to_string(),
            assessment: assessment.clone(),
            status: "new".into(),
            report_note: note.to_string(),
            note: Some(String::new()),
            replies: Vec::new(),
            indicators: offered.to_vec(),
            created_at: at.clone(),
            updated_at: at,
        };
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO incidents (id, org_id, reporter_id, channel, content, assessment, verdict, status, note, created_at, updated_at, reporter_contact, indicators, report_note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        )
        .bind(&incident.id)
        .bind(&incident.org_id)
        .bind(&incident.reporter_id)
        .bind(&incident.channel)
        .bind(&incident.content)
        .bind(serde_json::to_string(&incident.assessment).unwrap_or_default())
        .bind(&incident.verdict)
        .bind(&incident.status)
        .bind("")
        .bind(&incident.created_at)
        .bind(&incident.updated_at)
        .bind(&contact)
        .bind(serde_json::to_string(offered).unwrap_or_default())
        .bind(note)
        .execute(&mut *tx)
        .await?;
        // A report suggests its values to IT support; it changes no check until triaged.
        crate::indicators::offer(
            &mut tx,
            &pairs(offered),
            &crate::indicators::Offer {
                origin: "incident",
                reference: &incident.id,
                org_id: Some(org),
                actor: &reporter.shown(),
                confirmed: false,
            },
        )
        .await?;
        audit(
            &mut tx,
            &shown,
            Some(org),
            "incident.report",
            &incident.id,
            &incident.verdict,
        )
        .await?;
        tx.commit().await?;
        Ok(incident)
    }

    /// An incident, if `user` may see it. Another organisation's incident is "not found",
    /// exactly like one that does not exist. Its notes are IT support's: the reporter gets
    /// the status and the replies, never the notes.
    pub async fn incident_for(&self, user: &User, id: &str) -> Result<Incident> {
        let not_found = || StoreError::NotFound(format!("no incident {:?}", id.trim()));
        let row = sqlx::query(
            "SELECT i.id, i.org_id, i.reporter_id, i.reporter_contact, u.email, i.channel, i.content, i.assessment, i.verdict, i.status, i.note, i.report_note, i.indicators, i.created_at, i.updated_at FROM incidents i LEFT JOIN users u ON u.id = i.reporter_id WHERE i.id = $1",
        )
        .bind(id.trim())
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(not_found)?;
        let org: String = row.try_get("org_id")?;
        let reporter: Option<String> = row.try_get("reporter_id")?;
        if !user.may_see(&org, reporter.as_deref()) {
            return Err(not_found());
        }
        let it_support = user.supports(&org);
        let assessment: String = row.try_get("assessment")?;
        let email: Option<String> = row.try_get("email")?;
        let offered: String = row.try_get("indicators")?;
        let incident_id: String = row.try_get("id")?;
        let replies = sqlx::query(
            "SELECT author, body, created_at FROM incident_replies WHERE incident_id = $1 ORDER BY created_at, id",
        )
        .bind(&incident_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(Reply {
                author: r.try_get("author")?,
                body: r.try_get("body")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let assessment: serde_json::Value = serde_json::from_str(&assessment).unwrap_or_default();
        Ok(Incident {
            id: incident_id,
            org_id: org,
            reporter_id: reporter,
            reporter: email.unwrap_or(row.try_get("reporter_contact")?),
            channel: row.try_get("channel")?,
            content: row.try_get("content")?,
            indicators: if it_support {
                offered_of(&offered, &assessment)
            } else {
                Vec::new()
            },
            assessment,
            verdict: row.try_get("verdict")?,
            status: row.try_get("status")?,
            report_note: row.try_get("report_note")?,
            note: if it_support {
                Some(row.try_get("note")?)
            } else {
                None
            },
            replies,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
        })
    }

    /// The incidents `user` may see that pass `filter`, newest first, and how many there are.
    pub async fn incidents_for(
        &self,
        user: &User,
        filter: &IncidentFilter,
        page: i64,
        per_page: i64,
    ) -> Result<(Vec<IncidentSummary>, i64)> {
        let mut clauses: Vec<String> = Vec::new();
        let mut binds: Vec<String> = Vec::new();
        fn push(clauses: &mut Vec<String>, binds: &mut Vec<String>, clause: &str, value: String) {
            binds.push(value);
            clauses.push(clause.replace('?', &format!("${}", binds.len())));
        }
        match user.role.as_str() {
            "admin" => {}
            "analyst" => {
                if user.org_ids.is_empty() {
                    return Ok((Vec::new(), 0));
                }
                let mut ors = Vec::new();
                for o in &user.org_ids {
                    binds.push(o.clone());
                    ors.push(format!("org_id = ${}", binds.len()));
                }
                clauses.push(format!("({})", ors.join(" OR ")));
            }
            _ => push(&mut clauses, &mut binds, "reporter_id = ?", user.id.clone()),
        }
        if let Some(v) = &filter.org_id {
            push(&mut clauses, &mut binds, "org_id = ?", v.clone());
        }
        if let Some(v) = &filter.status {
            push(&mut clauses, &mut binds, "status = ?", v.clone());
        }
        if let Some(v) = &filter.channel {
            push(&mut clauses, &mut binds, "channel = ?", v.clone());
        }
        if let Some(v) = &filter.verdict {
            push(&mut clauses, &mut binds, "verdict = ?", v.clone());
        }
        if let Some(v) = &filter.since {
            push(&mut clauses, &mut binds, "created_at >= ?", v.clone());
        }
        if let Some(v) = &filter.until {
            // A bare date includes its whole day.
            let end = if v.len() == 10 {
                format!("{v}T99")
            } else {
                v.clone()
            };
            push(&mut clauses, &mut binds, "created_at <= ?", end);
        }
        let wher = if clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", clauses.join(" AND "))
        };
        let count_sql = self
            .backend
            .sql(&format!("SELECT COUNT(*) AS n FROM incidents{wher}"));
        let mut q = sqlx::query(&count_sql);
        for b in &binds {
            q = q.bind(b.as_str());
        }
        let total: i64 = q.fetch_one(&self.pool).await?.try_get("n")?;
        let per_page = per_page.clamp(1, MAX_PAGE);
        // Saturating: a page far past the end is an empty page, never an overflow.
        let offset = (page.max(1) - 1).saturating_mul(per_page);
        let list_sql = self.backend.sql(&format!(
            "SELECT id, org_id, reporter_id, channel, verdict, status, created_at, updated_at FROM incidents{wher} ORDER BY created_at DESC, id LIMIT {per_page} OFFSET {offset}"
        ));
        let mut q = sqlx::query(&list_sql);
        for b in &binds {
            q = q.bind(b.as_str());
        }
        let rows = q.fetch_all(&self.pool).await?;
        let list = rows.iter().map(summary_of).collect::<Result<Vec<_>>>()?;
        Ok((list, total))
    }

    /// Moves an incident on (`confirmed_scam`, `benign`, `closed`; `new` keeps its status)
    /// and adds to its notes. Only IT support of its organisation may. Confirming a scam makes
    /// the values that are the scam's own active on the shared list (never a directory's);
    /// calling it benign takes back what it offered. Returns the incident and the values a
    /// directory holds.
    pub async fn triage_incident(
        &self,
        user: &User,
        id: &str,
        status: Option<&str>,
        note: Option<&str>,
    ) -> Result<Incident> {
        Ok(self.triage(user, id, status, note).await?.0)
    }

    /// [`Store::triage_incident`], also returning the values a directory holds.
    pub async fn triage(
        &self,
        user: &User,
        id: &str,
        status: Option<&str>,
        note: Option<&str>,
    ) -> Result<(Incident, Vec<String>)> {
        let incident = self.incident_for(user, id).await?;
        if !user.supports(&incident.org_id) {
            return Err(StoreError::Forbidden(
                "only IT support (an analyst of this organisation, or an admin) triages incidents"
                    .into(),
            ));
        }
        let status = status.filter(|s| *s != "new" || incident.status == "new");
        if let Some(s) = status {
            if !INCIDENT_STATUSES.contains(&s) || s == "new" && incident.status != "new" {
                return Err(StoreError::Invalid(format!(
                    "status {s:?}: use confirmed_scam, benign or closed"
                )));
            }
        }
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        if note.is_some_and(|n| n.chars().count() > 5_000) {
            return Err(StoreError::Invalid(
                "a note is at most 5,000 characters".into(),
            ));
        }
        let at = now();
        let new_status = status.unwrap_or(&incident.status).to_string();
        let old_note = incident.note.clone().unwrap_or_default();
        let new_note = match note {
            Some(n) if old_note.is_empty() => format!("[{}] {}: {n}", &at[..16], user.email),
            Some(n) => format!("{old_note}\n[{}] {}: {n}", &at[..16], user.email),
            None => old_note,
        };
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE incidents SET status = $1, note = $2, updated_at = $3 WHERE id = $4")
            .bind(&new_status)
            .bind(&new_note)
            .bind(&at)
            .bind(&incident.id)
            .execute(&mut *tx)
            .await?;
        let mut held = Vec::new();
        if new_status == "confirmed_scam" && incident.status != "confirmed_scam" {
            held = crate::indicators::offer(
                &mut tx,
                &pairs(&incident.indicators),
                &crate::indicators::Offer {
                    origin: "incident",
                    reference: &incident.id,
                    org_id: Some(&incident.org_id),
                    actor: &user.email,
                    confirmed: true,
                },
            )
            .await?;
        } else if new_status == "benign" && incident.status != "benign" {
            crate::indicators::withdraw(&mut tx, "incident", &incident.id).await?;
        }
        crate::audit(
            &mut tx,
            &user.email,
            Some(&incident.org_id),
            "incident.triage",
            &incident.id,
            &new_status,
        )
        .await?;
        tx.commit().await?;
        Ok((self.incident_for(user, &incident.id).await?, held))
    }

    /// IT support answers the person who reported an incident: kept with the incident, where
    /// the reporter reads it (and sent by email where an address is known).
    pub async fn add_reply(&self, user: &User, id: &str, body: &str) -> Result<Incident> {
        let incident = self.incident_for(user, id).await?;
        if !user.supports(&incident.org_id) {
            return Err(StoreError::Forbidden(
                "only IT support of this organisation replies to its reports".into(),
            ));
        }
        let body = body.trim();
        if body.is_empty() || body.chars().count() > 5_000 {
            return Err(StoreError::Invalid(
                "a reply has words and is at most 5,000 characters".into(),
            ));
        }
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO incident_replies (id, incident_id, author, body, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(new_id())
        .bind(&incident.id)
        .bind(&user.email)
        .bind(body)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE incidents SET updated_at = $1 WHERE id = $2")
            .bind(now())
            .bind(&incident.id)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            &user.email,
            Some(&incident.org_id),
            "incident.reply",
            &incident.id,
            "",
        )
        .await?;
        tx.commit().await?;
        self.incident_for(user, &incident.id).await
    }

    pub async fn count_users(&self) -> Result<i64> {
        let r = sqlx::query("SELECT COUNT(*) AS n FROM users")
            .fetch_one(&self.pool)
            .await?;
        Ok(r.try_get("n")?)
    }

    /// A new one-time link token for creating the first admin (any older one stops working).
    pub async fn create_setup_token(&self) -> Result<String> {
        let token = new_token();
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM setup_tokens")
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO setup_tokens (token_hash, created_at) VALUES ($1, $2)")
            .bind(token_hash(&token))
            .bind(now())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(token)
    }

    /// Whether a setup token is the current one (without using it up).
    pub async fn setup_token_valid(&self, token: &str) -> Result<bool> {
        Ok(
            sqlx::query("SELECT token_hash FROM setup_tokens WHERE token_hash = $1")
                .bind(token_hash(token))
                .fetch_optional(&self.pool)
                .await?
                .is_some(),
        )
    }

    /// Creates the first admin with a setup token, which is used up. Refused once any user
    /// exists.
    pub async fn setup_first_admin(
        &self,
        token: &str,
        email: &str,
        password: &str,
    ) -> Result<User> {
        if !self.setup_token_valid(token).await? || self.count_users().await? > 0 {
            return Err(StoreError::NotFound(
                "this setup link is not valid (any more)".into(),
            ));
        }
        let user = self
            .add_user(email, password, "admin", &[], "setup")
            .await?;
        sqlx::query("DELETE FROM setup_tokens")
            .execute(&self.pool)
            .await?;
        Ok(user)
    }

    /// Starts a session: returns the cookie value and the session's CSRF token.
    pub async fn create_session(&self, user: &User, hours: i64) -> Result<(String, String)> {
        let cookie = new_token();
        let csrf = new_token();
        let expires =
            crate::format_time(time::OffsetDateTime::now_utc() + time::Duration::hours(hours));
        sqlx::query(
            "INSERT INTO sessions (id_hash, user_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash(&cookie))
        .bind(&user.id)
        .bind(&csrf)
        .bind(now())
        .bind(expires)
        .execute(&self.pool)
        .await?;
        Ok((cookie, csrf))
    }

    /// The user and CSRF token of a live session.
    pub async fn session(&self, cookie: &str) -> Result<Option<(User, String)>> {
        let row = sqlx::query(
            "SELECT user_id, csrf FROM sessions WHERE id_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash(cookie))
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let id: String = row.try_get("user_id")?;
        let csrf: String = row.try_get("csrf")?;
        Ok(self.user_where("id", &id).await?.map(|(u, _)| (u, csrf)))
    }

    pub async fn end_session(&self, cookie: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(token_hash(cookie))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Every user, by email.
    pub async fn users(&self) -> Result<Vec<User>> {
        let rows = sqlx::query("SELECT email FROM users WHERE disabled = 0 ORDER BY email")
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::new();
        for r in rows {
            let email: String = r.try_get("email")?;
            if let Some((u, _)) = self.user_where("email", &email).await? {
                out.push(u);
            }
        }
        Ok(out)
    }

    /// A user's API tokens (never the tokens themselves).
    pub async fn tokens_of(&self, user: &User) -> Result<Vec<TokenInfo>> {
        let rows = sqlx::query(
            "SELECT id, name, created_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC",
        )
        .bind(&user.id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(TokenInfo {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    created_at: r.try_get("created_at")?,
                    revoked_at: r.try_get("revoked_at")?,
                })
            })
            .collect()
    }

    /// Revokes one of the user's own tokens.
    pub async fn revoke_token(&self, user: &User, id: &str) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL",
        )
        .bind(now())
        .bind(id)
        .bind(&user.id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("no token {id:?}")));
        }
        audit(&mut tx, &user.email, None, "token.revoke", id, "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether the store answers (for `/readyz`).
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").fetch_one(&self.pool).await?;
        Ok(())
    }
}

/// An incident's summary from a row holding its summary columns.
pub(crate) fn summary_of(r: &sqlx::any::AnyRow) -> Result<IncidentSummary> {
    Ok(IncidentSummary {
        id: r.try_get("id")?,
        org_id: r.try_get("org_id")?,
        reporter_id: r.try_get("reporter_id")?,
        channel: r.try_get("channel")?,
        verdict: r.try_get("verdict")?,
        status: r.try_get("status")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}

/// The strings of a JSON array, or of one field of each of its objects.
pub(crate) fn strings(v: &serde_json::Value, key: Option<&str>) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| match key {
                    Some(k) => x[k].as_str(),
                    None => x.as_str(),
                })
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

/// A person's address, role and organisations, checked; the address as stored.
fn valid_person(email: &str, role: &str, orgs: &[Org]) -> Result<String> {
    let email = email.trim().to_ascii_lowercase();
    if !email.contains('@') || email.len() > 254 || email.chars().any(char::is_whitespace) {
        return Err(StoreError::Invalid(format!(
            "{:?} is not an email address",
            email.chars().take(100).collect::<String>()
        )));
    }
    valid_role(role, orgs, "give --org")?;
    Ok(email)
}

/// A role and the organisations it acts for; `choose` says how to name one.
fn valid_role(role: &str, orgs: &[Org], choose: &str) -> Result<()> {
    if !USER_ROLES.contains(&role) {
        return Err(StoreError::Invalid(format!(
            "role {role:?}: use {}",
            USER_ROLES.join(", ")
        )));
    }
    if role != "admin" && orgs.is_empty() {
        return Err(StoreError::Invalid(format!(
            "an analyst or member acts for an organisation: {choose}"
        )));
    }
    Ok(())
}

fn valid_password(password: &str) -> Result<()> {
    if password.chars().count() < MIN_PASSWORD {
        return Err(StoreError::Invalid(format!(
            "the password must have at least {MIN_PASSWORD} characters"
        )));
    }
    if password.len() > 1_024 {
        return Err(StoreError::Invalid(
            "the password is longer than 1,024 bytes".into(),
        ));
    }
    Ok(())
}

/// Writes a new user (refused when the address is taken) with their organisations.
async fn insert_user(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    email: &str,
    hash: &str,
    role: &str,
    orgs: &[Org],
    actor: &str,
) -> Result<User> {
    let user = User {
        id: new_id(),
        email: email.to_string(),
        role: role.to_string(),
        org_ids: orgs.iter().map(|o| o.id.clone()).collect(),
    };
    let exists = sqlx::query("SELECT id FROM users WHERE email = $1")
        .bind(&user.email)
        .fetch_optional(&mut **tx)
        .await?;
    if exists.is_some() {
        return Err(StoreError::Conflict(format!(
            "a user {} already exists",
            user.email
        )));
    }
    sqlx::query(
        "INSERT INTO users (id, email, password_hash, role, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&user.id)
    .bind(&user.email)
    .bind(hash)
    .bind(&user.role)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    for o in orgs {
        sqlx::query("INSERT INTO user_orgs (user_id, org_id) VALUES ($1, $2)")
            .bind(&user.id)
            .bind(&o.id)
            .execute(&mut **tx)
            .await?;
        audit(tx, actor, Some(&o.id), "user.add", &user.email, &user.role).await?;
    }
    if orgs.is_empty() {
        audit(tx, actor, None, "user.add", &user.email, &user.role).await?;
    }
    Ok(user)
}

fn invitation_of(r: &sqlx::any::AnyRow) -> Result<Invitation> {
    let orgs: String = r.try_get("org_ids")?;
    Ok(Invitation {
        email: r.try_get("email")?,
        role: r.try_get("role")?,
        org_ids: orgs.split_whitespace().map(str::to_string).collect(),
        created_by: r.try_get("created_by")?,
        created_at: r.try_get("created_at")?,
        expires_at: r.try_get("expires_at")?,
    })
}

/// Values as the shared list's functions take them.
fn pairs(values: &[knownline_detect::ScamValue]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|v| (v.kind.clone(), v.value.clone()))
        .collect()
}

/// What an incident offers the shared list: as the engine worked it out when it was
/// reported; for incidents reported before that, only their numbers (their domains may be
/// the brands they imitate).
fn offered_of(stored: &str, assessment: &serde_json::Value) -> Vec<knownline_detect::ScamValue> {
    if let Ok(v) = serde_json::from_str::<Vec<knownline_detect::ScamValue>>(stored) {
        return v;
    }
    let mut out: Vec<knownline_detect::ScamValue> =
        strings(&assessment["entities"]["phones"], Some("e164"))
            .into_iter()
            .map(|value| knownline_detect::ScamValue {
                kind: "phone".into(),
                value,
            })
            .collect();
    out.sort();
    out.dedup();
    out.truncate(knownline_detect::MAX_OFFERED);
    out
}

impl Store {
    /// Makes a new check link for an organisation (the old one stops working) and returns its
    /// token, which is kept only as a hash: shown once, like an API token.
    pub async fn create_check_link(&self, org: &Org, actor: &str) -> Result<String> {
        let token = new_token();
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE organisations SET check_link_hash = $1 WHERE id = $2")
            .bind(token_hash(&token))
            .bind(&org.id)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, actor, Some(&org.id), "org.check_link", "new", "").await?;
        tx.commit().await?;
        Ok(token)
    }

    /// Turns an organisation's check link off.
    pub async fn remove_check_link(&self, org: &Org, actor: &str) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE organisations SET check_link_hash = NULL WHERE id = $1")
            .bind(&org.id)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, actor, Some(&org.id), "org.check_link", "off", "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether an organisation has a check link.
    pub async fn has_check_link(&self, org_id: &str) -> Result<bool> {
        let row = sqlx::query("SELECT check_link_hash FROM organisations WHERE id = $1")
            .bind(org_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(r) => r.try_get::<Option<String>, _>("check_link_hash")?.is_some(),
            None => false,
        })
    }

    /// The organisation a check link belongs to.
    pub async fn org_by_check_link(&self, token: &str) -> Result<Option<Org>> {
        if token.len() > 200 {
            return Ok(None);
        }
        let row = sqlx::query(
            "SELECT id, name, created_at FROM organisations WHERE check_link_hash = $1",
        )
        .bind(token_hash(token))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(Org {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .transpose()
    }
}

/// Managing people: their own password, and an admin changing a role, organisations, or
/// access. There is always one admin left.
impl Store {
    /// Changes a user's own password after checking the current one; every other session of
    /// theirs ends (`keep` is the session cookie to keep).
    pub async fn change_password(
        &self,
        user: &User,
        current: &str,
        new: &str,
        keep: Option<&str>,
    ) -> Result<()> {
        if self.check_password(&user.email, current).await?.is_none() {
            return Err(StoreError::Invalid(
                "the current password is not right".into(),
            ));
        }
        valid_password(new)?;
        let hash = hash_password(new).await;
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(&hash)
            .bind(&user.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
            .bind(&user.id)
            .bind(keep.map(token_hash).unwrap_or_default())
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, &user.email, None, "user.password", &user.email, "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sets the language `user` reads in (None: their organisation's or browser's); audited.
    pub async fn set_user_language(&self, user: &User, language: Option<&str>) -> Result<()> {
        let language = crate::valid_language(language)?;
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
            .bind(language)
            .bind(&user.id)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            &user.email,
            None,
            "user.language",
            &user.email,
            language.unwrap_or("none"),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The language `user_id` chose to read in, when they chose one.
    pub async fn user_language(&self, user_id: &str) -> Result<Option<String>> {
        let row = sqlx::query("SELECT language FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(r) => r.try_get("language")?,
            None => None,
        })
    }

    async fn admins_left_without(
        &self,
        tx: &mut sqlx::Transaction<'static, sqlx::Any>,
        id: &str,
    ) -> Result<i64> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled = 0 AND id <> $1",
        )
        .bind(id)
        .fetch_one(&mut **tx)
        .await?;
        Ok(row.try_get("n")?)
    }

    /// An admin sets a user's role and organisations. Their sessions see it at their next
    /// request.
    pub async fn update_user(
        &self,
        admin: &User,
        id: &str,
        role: &str,
        orgs: &[Org],
    ) -> Result<User> {
        if !admin.is_admin() {
            return Err(StoreError::Forbidden("only an admin changes roles".into()));
        }
        let target = self
            .user(id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("no user {:?}", id.trim())))?;
        valid_role(role, orgs, "choose one")?;
        let mut tx = self.begin().await?;
        if target.is_admin()
            && role != "admin"
            && self.admins_left_without(&mut tx, &target.id).await? == 0
        {
            return Err(StoreError::Invalid(
                "this is the last admin: make another admin first".into(),
            ));
        }
        sqlx::query("UPDATE users SET role = $1 WHERE id = $2")
            .bind(role)
            .bind(&target.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM user_orgs WHERE user_id = $1")
            .bind(&target.id)
            .execute(&mut *tx)
            .await?;
        for o in orgs {
            sqlx::query("INSERT INTO user_orgs (user_id, org_id) VALUES ($1, $2)")
                .bind(&target.id)
                .bind(&o.id)
                .execute(&mut *tx)
                .await?;
        }
        let names: Vec<&str> = orgs.iter().map(|o| o.name.as_str()).collect();
        audit(
            &mut tx,
            &admin.email,
            None,
            "user.update",
            &target.email,
            &format!("{role} {}", names.join(", ")),
        )
        .await?;
        tx.commit().await?;
        Ok(User {
            role: role.to_string(),
            org_ids: orgs.iter().map(|o| o.id.clone()).collect(),
            ..target
        })
    }

    /// An admin ends a user's access: they cannot sign in, their sessions end and their tokens
    /// are revoked. Their reports stay.
    pub async fn disable_user(&self, admin: &User, id: &str) -> Result<()> {
        if !admin.is_admin() {
            return Err(StoreError::Forbidden("only an admin removes access".into()));
        }
        let target = self
            .user(id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("no user {:?}", id.trim())))?;
        let mut tx = self.begin().await?;
        if target.is_admin() && self.admins_left_without(&mut tx, &target.id).await? == 0 {
            return Err(StoreError::Invalid(
                "this is the last admin: make another admin first".into(),
            ));
        }
        sqlx::query("UPDATE users SET disabled = 1 WHERE id = $1")
            .bind(&target.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(&target.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
        )
        .bind(now())
        .bind(&target.id)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            &admin.email,
            None,
            "user.disable",
            &target.email,
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: &str, orgs: &[&str]) -> User {
        User {
            id: "u1".into(),
            email: "a@b.example".into(),
            role: role.into(),
            org_ids: orgs.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn who_sees_what() {
        assert!(user("admin", &[]).may_see("o2", Some("u9")));
        assert!(user("analyst", &["o1"]).may_see("o1", Some("u9")));
        assert!(!user("analyst", &["o1"]).may_see("o2", Some("u1")));
        assert!(user("member", &["o1"]).may_see("o1", Some("u1")));
        assert!(!user("member", &["o1"]).may_see("o1", Some("u9")));
        assert!(!user("member", &["o1"]).may_see("o2", Some("u1")));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 67);
        assert_eq!(token_hash(&a).len(), 64);
        assert_eq!(token_hash(&a), token_hash(&format!(" {a}\n")));
    }
}
