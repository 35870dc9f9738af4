//! `knownline serve` over real HTTP on loopback, on SQLite and on PostgreSQL: the API
//! contract, tenancy (another organisation's incident is a 404), bad requests, and
//! acknowledged reports surviving `kill -9`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use sqlx::Connection;

use crate::store::{backends, kl, ok, Db};

/// A running server and its port.
pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) port: u16,
    /// What it printed before it was serving (the first-admin link, when there are no users).
    pub(crate) banner: String,
    /// Everything it logged after that.
    pub(crate) log: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(db: &Db) -> Server {
    start_with(db, &[])
}

pub(crate) fn start_with(db: &Db, env: &[(&str, &str)]) -> Server {
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_knownline"))
        .args([
            "--db",
            &db.url,
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .envs(env.iter().copied())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Ready when it says so.
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    let mut banner = String::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !line.contains("serving") && Instant::now() < deadline {
        line.clear();
        if err.read_line(&mut line).unwrap() == 0 {
            panic!("the server stopped before serving");
        }
        banner.push_str(&line);
    }
    // Keep draining its log so it never blocks on a full pipe.
    let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let sink = log.clone();
    std::thread::spawn(move || {
        let mut line = String::new();
        while err.read_line(&mut line).is_ok_and(|n| n > 0) {
            sink.lock().unwrap().push_str(&line);
            line.clear();
        }
    });
    Server {
        child,
        port,
        banner,
        log,
    }
}

/// One HTTP/1.1 request; returns the status and the body.
pub(crate) fn http(
    port: u16,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&[u8]>,
) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
    if let Some(t) = token {
        req.push_str(&format!("Authorization: Bearer {t}\r\n"));
    }
    if let Some(b) = body {
        req.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            b.len()
        ));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    if let Some(b) = body {
        // A server may answer (413) before reading it all.
        let _ = s.write_all(b);
    }
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    // Bodies of unknown length come chunked: take the JSON inside.
    let body = match (body.find('{'), body.rfind('}')) {
        (Some(a), Some(z)) if !body.starts_with('{') => body[a..=z].to_string(),
        _ => body,
    };
    (status, body)
}

pub(crate) fn post(port: u16, path: &str, token: &str, v: &Value) -> (u16, Value) {
    let (s, b) = http(
        port,
        "POST",
        path,
        Some(token),
        Some(v.to_string().as_bytes()),
    );
    (s, serde_json::from_str(&b).unwrap_or(Value::Null))
}

pub(crate) fn get(port: u16, path: &str, token: &str) -> (u16, Value) {
    let (s, b) = http(port, "GET", path, Some(token), None);
    (s, serde_json::from_str(&b).unwrap_or(Value::Null))
}

/// Two organisations, with a member each, an analyst of the first, and an admin; their tokens.
pub(crate) fn people(db: &Db) -> [String; 5] {
    ok(kl(db, &["org", "add", "Acme"]));
    ok(kl(db, &["org", "add", "Bravo"]));
    let add = |email: &str, role: &str, org: Option<&str>| {
        let mut args = vec![
            "--db",
            db.url.as_str(),
            "user",
            "add",
            "--email",
            email,
            "--role",
            role,
        ];
        if let Some(o) = org {
            args.extend(["--org", o]);
        }
        let o = crate::knownline_stdin(&args, b"correct horse battery staple\n");
        assert!(o.status.success(), "{}", crate::stderr(&o));
        let t = ok(kl(db, &["token", "create", "--email", email]));
        t.trim().to_string()
    };
    [
        add("ann@acme.example", "member", Some("Acme")),
        add("abe@acme.example", "member", Some("Acme")),
        add("bob@bravo.example", "member", Some("Bravo")),
        add("ida@acme.example", "analyst", Some("Acme")),
        add("root@msp.example", "admin", None),
    ]
}

#[test]
fn the_api_checks_reports_and_keeps_organisations_apart() {
    for db in backends() {
        let [ann, abe, bob, ida, root] = people(&db);
        let srv = start(&db);
        let p = srv.port;
        assert_eq!(http(p, "GET", "/healthz", None, None).0, 200);
        assert_eq!(http(p, "GET", "/readyz", None, None).0, 200);

        // Checking needs a token; the answer is the assessment contract.
        let body = json!({"channel": "sms", "content": "Your parcel is held. Pay the fee at http://parcel-fee.example/pay within 24 hours"});
        assert_eq!(post(p, "/api/v1/check", "kl_not_a_token", &body).0, 401);
        assert_eq!(
            http(
                p,
                "POST",
                "/api/v1/check",
                None,
                Some(body.to_string().as_bytes())
            )
            .0,
            401
        );
        let (s, a) = post(p, "/api/v1/check", &ann, &body);
        assert_eq!(s, 200, "{a}");
        for field in [
            "channel", "verdict", "score", "signals", "entities", "playbook",
        ] {
            assert!(a.get(field).is_some(), "{field} missing from {a}");
        }
        assert_ne!(a["verdict"], "no_signs");

        // The reader's language and country may be given per request.
        let (_, doc) = http(p, "GET", "/api/openapi.json", None, None);
        let doc: Value = serde_json::from_str(&doc).unwrap();
        let ask = json!({"channel": "sms", "lang": "es", "country": "gb", "content": "Your parcel is held. Pay the £1.99 fee at http://parcel-fee.example/pay within 24 hours"});
        let (s, a) = post(p, "/api/v1/check", &ann, &ask);
        assert_eq!(s, 200, "{a}");
        documented(&doc, "/api/v1/check", "post", 200, &a);
        assert_eq!(a["language"], "es");
        assert_eq!(a["country"], "GB");
        assert_eq!(a["steps"][0]["id"], "sms.dont_act");
        assert!(
            a["playbook"].to_string().contains("7726"),
            "the UK's spam number: {a}"
        );
        for bad in [
            json!({"content": "x", "lang": "ja"}),
            json!({"content": "x", "country": "ZZ"}),
        ] {
            let (s, e) = post(p, "/api/v1/check", &ann, &bad);
            assert_eq!(s, 400, "{e}");
        }

        // A report is acknowledged with 201 and an id.
        let report = json!({"channel": "call", "content": "Caller: This is Microsoft support, your computer has a virus. Install AnyDesk.", "note": "called at 10am"});
        let (s, r) = post(p, "/api/v1/incidents", &ann, &report);
        assert_eq!(s, 201, "{r}");
        let id = r["id"].as_str().unwrap().to_string();
        assert_eq!(r["status"], "new");
        assert_eq!(r["verdict"], "scam");
        let path = format!("/api/v1/incidents/{id}");

        // Who sees it: the reporter, their organisation's analyst, the admin. Not another
        // member, not another organisation, and a 404 exactly like an unknown id.
        assert_eq!(get(p, &path, &ann).0, 200);
        assert_eq!(get(p, &path, &ida).0, 200);
        assert_eq!(get(p, &path, &root).0, 200);
        assert_eq!(get(p, &path, &abe).0, 404);
        let (s, other) = get(p, &path, &bob);
        assert_eq!(s, 404);
        let (_, unknown) = get(p, "/api/v1/incidents/0000000000000000", &bob);
        assert_eq!(
            other["error"].as_str().unwrap().replace(&id, "X"),
            unknown["error"]
                .as_str()
                .unwrap()
                .replace("0000000000000000", "X")
        );
        let (s, seen) = get(p, &path, &ida);
        assert_eq!(s, 200);
        assert_eq!(seen["report_note"], "called at 10am");
        assert_eq!(seen["assessment"]["verdict"], "scam");

        // Reporting into another organisation is refused like a missing one.
        let into_bravo = json!({"content": "hello", "org": "Bravo"});
        assert_eq!(post(p, "/api/v1/incidents", &ann, &into_bravo).0, 404);
        // An admin of no single organisation must say which.
        assert_eq!(
            post(p, "/api/v1/incidents", &root, &json!({"content": "hello"})).0,
            400
        );
        assert_eq!(post(p, "/api/v1/incidents", &root, &into_bravo).0, 201);
    }
}

#[test]
fn bad_requests_get_clear_errors() {
    let db = crate::store::backends().remove(0);
    let [ann, ..] = people(&db);
    let srv = start(&db);
    let p = srv.port;
    let (s, e) = post(p, "/api/v1/check", &ann, &json!({"content": "  "}));
    assert_eq!(s, 400);
    assert!(e["error"].as_str().unwrap().contains("empty"));
    let (s, e) = post(
        p,
        "/api/v1/check",
        &ann,
        &json!({"content": "x", "channel": "fax"}),
    );
    assert_eq!(s, 400);
    assert!(e["error"].as_str().unwrap().contains("fax"));
    assert!(post(p, "/api/v1/check", &ann, &json!({"text": "x"})).0 >= 400);
    let (s, _) = http(p, "POST", "/api/v1/check", Some(&ann), Some(b"{not json"));
    assert!((400..500).contains(&s), "{s}");
    let (s, _) = http(
        p,
        "POST",
        "/api/v1/check",
        Some(&ann),
        Some(&[0xff, 0xfe, 0x00]),
    );
    assert!((400..500).contains(&s), "{s}");
    // Over the request limit.
    let big = format!("{{\"content\": \"{}\"}}", "a".repeat(27 << 20));
    assert_eq!(
        http(p, "POST", "/api/v1/check", Some(&ann), Some(big.as_bytes())).0,
        413
    );
    // Still serving.
    assert_eq!(http(p, "GET", "/healthz", None, None).0, 200);
}

#[test]
fn acknowledged_reports_survive_kill_9() {
    for db in backends() {
        let [ann, ..] = people(&db);
        let mut srv = start(&db);
        let port = srv.port;
        // Four clients report as fast as they can; the server is killed under them.
        let acked = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
        let mut clients = Vec::new();
        for c in 0..4 {
            let (acked, ann) = (acked.clone(), ann.clone());
            clients.push(std::thread::spawn(move || {
                for i in 0.. {
                    let body = json!({"channel": "sms", "content": format!("client {c} report {i}: your account is locked, verify at http://x{i}.example")});
                    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else { break };
                    let b = body.to_string();
                    let req = format!(
                        "POST /api/v1/incidents HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer {ann}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{b}",
                        b.len()
                    );
                    if s.write_all(req.as_bytes()).is_err() {
                        break;
                    }
                    let mut raw = String::new();
                    if s.read_to_string(&mut raw).is_err() || !raw.starts_with("HTTP/1.1 201") {
                        break;
                    }
                    if let Some(j) = raw.find('{').and_then(|a| serde_json::from_str::<Value>(&raw[a..raw.rfind('}').unwrap() + 1]).ok()) {
                        acked.lock().unwrap().push(j["id"].as_str().unwrap().to_string());
                    }
                }
            }));
        }
        std::thread::sleep(Duration::from_millis(1_500));
        srv.child.kill().unwrap(); // SIGKILL
        srv.child.wait().unwrap();
        for c in clients {
            c.join().unwrap();
        }
        let acked = acked.lock().unwrap().clone();
        assert!(
            acked.len() > 20,
            "only {} reports acknowledged before the kill",
            acked.len()
        );
        let again = start(&db);
        for id in &acked {
            let (s, _) = get(again.port, &format!("/api/v1/incidents/{id}"), &ann);
            assert_eq!(
                s, 200,
                "acknowledged report {id} lost after kill -9 ({})",
                db.url
            );
        }
    }
}

/// Checks a value against a schema of the OpenAPI document: `$ref`, `type` (one or a list),
/// `enum`, `required`, `properties`, `items`, `additionalProperties: false`. Returns the
/// first mismatch, with its path.
fn conforms(doc: &Value, schema: &Value, v: &Value, path: &str) -> Result<(), String> {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.rsplit('/').next().unwrap();
        return conforms(doc, &doc["components"]["schemas"][name], v, path);
    }
    let kind = |v: &Value| match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let k = kind(v);
    let allowed =
        types.is_empty() || types.contains(&k) || (k == "integer" && types.contains(&"number"));
    if !allowed {
        return Err(format!("{path}: {k} where the document says {types:?}"));
    }
    if let Some(e) = schema["enum"].as_array() {
        if !e.contains(v) {
            return Err(format!("{path}: {v} is not one of {e:?}"));
        }
    }
    if let Value::Object(map) = v {
        for r in schema["required"].as_array().into_iter().flatten() {
            let r = r.as_str().unwrap();
            if !map.contains_key(r) {
                return Err(format!("{path}: required {r:?} missing"));
            }
        }
        let props = schema["properties"].as_object();
        for (key, value) in map {
            match props.and_then(|p| p.get(key)) {
                Some(s) => conforms(doc, s, value, &format!("{path}.{key}"))?,
                None if schema["additionalProperties"] == Value::Bool(false) => {
                    return Err(format!("{path}: {key:?} is not in the document"))
                }
                None => {}
            }
        }
    }
    if let (Value::Array(items), Some(s)) = (v, schema.get("items")) {
        for (i, item) in items.iter().enumerate() {
            conforms(doc, s, item, &format!("{path}[{i}]"))?;
        }
    }
    Ok(())
}

/// The schema of a response in the document.
fn response_schema<'a>(doc: &'a Value, path: &str, method: &str, status: u16) -> &'a Value {
    let r = &doc["paths"][path][method]["responses"][status.to_string()];
    let r = match r["$ref"].as_str() {
        Some(name) => &doc["components"]["responses"][name.rsplit('/').next().unwrap()],
        None => r,
    };
    &r["content"]["application/json"]["schema"]
}

#[test]
fn triage_listing_verify_and_the_openapi_document_agree() {
    for db in backends() {
        let [ann, _abe, bob, ida, root] = people(&db);
        let srv = start(&db);
        let p = srv.port;
        let (s, doc) = http(p, "GET", "/api/openapi.json", None, None);
        assert_eq!(s, 200);
        let doc: Value = serde_json::from_str(&doc).unwrap();
        assert_eq!(doc["openapi"], "3.1.0");
        // Every route is documented, and nothing else is.
        let mut documented: Vec<String> = Vec::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for m in ["get", "post", "patch", "put", "delete"] {
                if item.get(m).is_some() {
                    documented.push(format!("{} {path}", m.to_uppercase()));
                }
            }
        }
        let mut routes: Vec<String> = knownline_server::API_ROUTES
            .iter()
            .map(|r| r.to_string())
            .collect();
        documented.sort();
        routes.sort();
        assert_eq!(documented, routes);

        let check = |path: &str, method: &str, status: u16, v: &Value| {
            let schema = response_schema(&doc, path, method, status);
            assert!(
                !schema.is_null(),
                "{method} {path} {status} is not documented"
            );
            if let Err(e) = conforms(&doc, schema, v, "$") {
                panic!("{method} {path} {status}: {e}\n{v:#}");
            }
        };

        // Reports from a member, listed and filtered.
        let mut ids = Vec::new();
        for (channel, content) in [
            ("sms", "Your account is locked. Verify at http://bank-verify.example/login or call 1-888-555-0123"),
            ("call", "Caller: This is Microsoft, your computer has a virus. Call back on 888-555-0177."),
            ("sms", "See you at dinner tonight at 8?"),
        ] {
            let (s, r) = post(p, "/api/v1/incidents", &ann, &json!({"channel": channel, "content": content}));
            assert_eq!(s, 201);
            check("/api/v1/incidents", "post", 201, &r);
            ids.push(r["id"].as_str().unwrap().to_string());
        }
        let (s, list) = get(p, "/api/v1/incidents?per_page=2", &ida);
        assert_eq!(s, 200);
        check("/api/v1/incidents", "get", 200, &list);
        assert_eq!(list["total"], 3);
        assert_eq!(list["incidents"].as_array().unwrap().len(), 2);
        let (_, page2) = get(p, "/api/v1/incidents?per_page=2&page=2", &ida);
        assert_eq!(page2["incidents"].as_array().unwrap().len(), 1);
        let (_, calls) = get(p, "/api/v1/incidents?channel=call", &ida);
        assert_eq!(calls["total"], 1);
        let (_, none) = get(p, "/api/v1/incidents", &bob);
        assert_eq!(
            none["total"], 0,
            "another organisation's member sees nothing"
        );
        assert_eq!(get(p, "/api/v1/incidents?org=Acme", &bob).0, 404);

        // Triage: a member may not; an analyst of the organisation may; confirming a scam
        // makes its numbers known to every later check.
        let call_path = format!("/api/v1/incidents/{}", ids[1]);
        assert_eq!(
            http(
                p,
                "PATCH",
                &call_path,
                Some(&ann),
                Some(br#"{"status":"confirmed_scam"}"#)
            )
            .0,
            403
        );
        assert_eq!(
            http(
                p,
                "PATCH",
                &call_path,
                Some(&bob),
                Some(br#"{"status":"confirmed_scam"}"#)
            )
            .0,
            404
        );
        // "new" keeps a new incident new (the status box starts at the current status).
        let (s, kept) = http(
            p,
            "PATCH",
            &call_path,
            Some(&ida),
            Some(br#"{"status":"new"}"#),
        );
        assert_eq!(s, 200, "{kept}");
        assert!(kept.contains("\"status\":\"new\""), "{kept}");
        let (s, t) = http(
            p,
            "PATCH",
            &call_path,
            Some(&ida),
            Some(br#"{"status":"confirmed_scam","note":"Known fake Microsoft line"}"#),
        );
        assert_eq!(s, 200, "{t}");
        let t: Value = serde_json::from_str(&t).unwrap();
        check("/api/v1/incidents/{id}", "patch", 200, &t);
        assert_eq!(t["status"], "confirmed_scam");
        assert!(t["note"]
            .as_str()
            .unwrap()
            .contains("ida@acme.example: Known fake Microsoft line"));
        let (s, a) = post(
            p,
            "/api/v1/check",
            &bob,
            &json!({"channel": "sms", "content": "Missed delivery, call 888 555 0177 to rebook."}),
        );
        assert_eq!(s, 200);
        check("/api/v1/check", "post", 200, &a);
        assert_eq!(a["verdict"], "scam", "{a:#}");
        assert!(a["signals"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == "reputation.known_scam"));
        let (_, confirmed) = get(p, "/api/v1/incidents?status=confirmed_scam", &root);
        assert_eq!(confirmed["total"], 1);
        let (s, one) = get(p, &call_path, &ann);
        assert_eq!(s, 200);
        check("/api/v1/incidents/{id}", "get", 200, &one);

        // The callback check through the API.
        let (s, v) = post(
            p,
            "/api/v1/verify",
            &ann,
            &json!({"claims": "Microsoft support", "number": "+1 888 555 0142"}),
        );
        assert_eq!(s, 200, "{v}");
        check("/api/v1/verify", "post", 200, &v);
        assert!(v["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["id"] == "not_your_it_support"));
        let (s, e) = post(p, "/api/v1/verify", &ann, &json!({"claims": " "}));
        assert_eq!(s, 400);
        check("/api/v1/verify", "post", 400, &e);
        let (s, e) = get(p, "/api/v1/incidents/nope", &ann);
        assert_eq!(s, 404);
        check("/api/v1/incidents/{id}", "get", 404, &e);
    }
}

/// A browser-like exchange: a form post or a get, with cookies kept between calls.
pub(crate) struct Browser {
    port: u16,
    cookies: std::collections::BTreeMap<String, String>,
    /// The browser's Accept-Language, when it sends one.
    language: Option<String>,
}

impl Browser {
    pub(crate) fn new(port: u16) -> Browser {
        Browser {
            port,
            cookies: Default::default(),
            language: None,
        }
    }

    /// A browser that asks for pages in `accept_language`.
    pub(crate) fn speaking(port: u16, accept_language: &str) -> Browser {
        Browser {
            language: Some(accept_language.to_string()),
            ..Browser::new(port)
        }
    }

    /// Returns the status, the headers (lower-cased names) and the body.
    pub(crate) fn go(
        &mut self,
        method: &str,
        path: &str,
        form: &[(&str, &str)],
    ) -> (u16, String, String) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        let body: String = form
            .iter()
            .map(|(k, v)| format!("{k}={}", urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let cookie: Vec<String> = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let mut req =
            format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        if !cookie.is_empty() {
            req.push_str(&format!("Cookie: {}\r\n", cookie.join("; ")));
        }
        if let Some(l) = &self.language {
            req.push_str(&format!("Accept-Language: {l}\r\n"));
        }
        if method == "POST" {
            req.push_str(&format!(
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        req.push_str("\r\n");
        req.push_str(&body);
        s.write_all(req.as_bytes()).unwrap();
        let mut raw = String::new();
        s.read_to_string(&mut raw).unwrap();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        for line in head.lines() {
            if let Some(v) = line.strip_prefix("set-cookie: ") {
                let (kv, _) = v.split_once(';').unwrap_or((v, ""));
                if let Some((k, v)) = kv.split_once('=') {
                    if v.is_empty() {
                        self.cookies.remove(k);
                    } else {
                        self.cookies.insert(k.to_string(), v.to_string());
                    }
                }
            }
        }
        (status, head.to_ascii_lowercase(), body.to_string())
    }
}

pub(crate) fn urlencode(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The CSRF token of the first form of a page.
pub(crate) fn csrf_of(html: &str) -> String {
    let at = html
        .find("name=\"csrf\" value=\"")
        .expect("a form with a CSRF token")
        + 19;
    html[at..].split('"').next().unwrap().to_string()
}

#[test]
fn pages_set_up_sign_in_check_escape_and_report() {
    let db = crate::store::backends().remove(0);
    let srv = start(&db);
    let link = srv
        .banner
        .split_whitespace()
        .find(|w| w.contains("/setup/"))
        .expect("a first-admin link on first start")
        .to_string();
    let setup_path = &link[link.find("/setup/").unwrap()..];
    let mut b = Browser::new(srv.port);

    // The one-time link creates the first admin, then stops working.
    let (s, _, page) = b.go("GET", setup_path, &[]);
    assert_eq!(s, 200);
    let csrf = csrf_of(&page);
    let (s, _, _) = b.go(
        "POST",
        setup_path,
        &[
            ("csrf", "wrong"),
            ("email", "root@msp.example"),
            ("password", "a very long password"),
        ],
    );
    assert_eq!(s, 403, "a form without its CSRF token is refused");
    let (s, _, page) = b.go(
        "POST",
        setup_path,
        &[
            ("csrf", &csrf),
            ("email", "root@msp.example"),
            ("password", "short"),
        ],
    );
    assert_eq!(s, 400);
    assert!(page.contains("at least 12 characters"));
    let csrf = csrf_of(&page);
    let (s, head, _) = b.go(
        "POST",
        setup_path,
        &[
            ("csrf", &csrf),
            ("email", "root@msp.example"),
            ("password", "a very long password"),
        ],
    );
    assert_eq!(s, 303, "{head}");
    assert_eq!(b.go("GET", setup_path, &[]).0, 404);

    // Pages need a session.
    let (s, head, _) = b.go("GET", "/check", &[]);
    assert_eq!(s, 303);
    assert!(head.contains("location: /login"));

    // Sign in: a wrong password, then the right one; the session cookie is HttpOnly and strict.
    let (_, _, page) = b.go("GET", "/login", &[]);
    let (s, _, page) = b.go(
        "POST",
        "/login",
        &[
            ("csrf", &csrf_of(&page)),
            ("email", "root@msp.example"),
            ("password", "not the password"),
        ],
    );
    assert_eq!(s, 401);
    let (s, head, _) = b.go(
        "POST",
        "/login",
        &[
            ("csrf", &csrf_of(&page)),
            ("email", "root@msp.example"),
            ("password", "a very long password"),
        ],
    );
    assert_eq!(s, 303);
    assert!(
        head.contains("kl_session=")
            && head.contains("httponly")
            && head.contains("samesite=strict"),
        "{head}"
    );

    // Check a hostile pop-up: the verdict in words, the page's script shown as text only.
    let (s, head, page) = b.go("GET", "/check", &[]);
    assert_eq!(s, 200);
    assert!(head.contains("content-security-policy: default-src 'self'"));
    assert!(head.contains("x-frame-options: deny"));
    let csrf = csrf_of(&page);
    let hostile = "<html><title>Windows Defender</title><script>alert('x')</script><body onload=\"steal()\">Your PC is infected! Call Microsoft support +1 (888) 555-0142 now</body></html>";
    let (s, _, result) = b.go(
        "POST",
        "/check",
        &[("csrf", &csrf), ("channel", "popup"), ("content", hostile)],
    );
    assert_eq!(s, 200);
    assert!(result.contains("This is very likely a scam."), "{result}");
    assert!(
        !result.contains("<script>alert"),
        "contact markup must be escaped"
    );
    assert!(
        !result.contains("onload=\"steal"),
        "contact markup must be escaped"
    );
    assert!(result.contains("&lt;script&gt;"));
    assert!(result.contains("<mark>"), "evidence is highlighted");
    assert!(result.contains("Report to IT support"));

    // Reporting needs an organisation: the admin of none is told so.
    let (s, _, _) = b.go(
        "POST",
        "/report",
        &[("csrf", &csrf), ("channel", "popup"), ("content", hostile)],
    );
    assert_eq!(s, 400);

    // Sign out ends the session.
    assert_eq!(b.go("POST", "/logout", &[("csrf", &csrf)]).0, 303);
    assert_eq!(b.go("GET", "/check", &[]).0, 303);
}

#[test]
fn a_member_reports_from_the_page_and_sign_in_is_rate_limited() {
    let db = crate::store::backends().remove(0);
    let [ann, ..] = people(&db);
    let srv = start(&db);
    let mut b = Browser::new(srv.port);
    let (_, _, page) = b.go("GET", "/login", &[]);
    let (s, _, _) = b.go(
        "POST",
        "/login",
        &[
            ("csrf", &csrf_of(&page)),
            ("email", "ann@acme.example"),
            ("password", "correct horse battery staple"),
        ],
    );
    assert_eq!(s, 303);
    let (_, _, page) = b.go("GET", "/check", &[]);
    let csrf = csrf_of(&page);
    let (s, _, page) = b.go(
        "POST",
        "/report",
        &[
            ("csrf", &csrf),
            ("channel", "call"),
            (
                "content",
                "Caller: This is Windows support, your computer has a virus, install AnyDesk",
            ),
            ("note", "called my desk phone"),
        ],
    );
    assert_eq!(s, 201);
    let id = reference(&page);
    let (s, incident) = get(srv.port, &format!("/api/v1/incidents/{id}"), &ann);
    assert_eq!(s, 200);
    assert_eq!(incident["report_note"], "called my desk phone");
    assert!(
        incident.get("note").is_none(),
        "IT support's notes are not the reporter's: {incident}"
    );
    assert_eq!(incident["verdict"], "scam");

    // Five wrong passwords, then even the right one waits.
    let mut other = Browser::new(srv.port);
    for _ in 0..5 {
        let (_, _, page) = other.go("GET", "/login", &[]);
        let (s, _, _) = other.go(
            "POST",
            "/login",
            &[
                ("csrf", &csrf_of(&page)),
                ("email", "abe@acme.example"),
                ("password", "guess guess guess"),
            ],
        );
        assert_eq!(s, 401);
    }
    let (_, _, page) = other.go("GET", "/login", &[]);
    let (s, _, page) = other.go(
        "POST",
        "/login",
        &[
            ("csrf", &csrf_of(&page)),
            ("email", "abe@acme.example"),
            ("password", "correct horse battery staple"),
        ],
    );
    assert_eq!(s, 429);
    assert!(page.contains("Too many failed attempts"));
}

/// The id of the first token listed on the tokens page.
fn first_token_id(page: &str) -> String {
    let at = page.find("action=\"/tokens/").expect("a token to revoke") + 16;
    page[at..].split('/').next().unwrap().to_string()
}

/// A server on a fresh SQLite store with [`people`] in it.
fn sqlite_server_with_people() -> (Db, Server) {
    let db = crate::store::backends().remove(0);
    let _ = people(&db);
    let srv = start(&db);
    (db, srv)
}

/// The reference a "Reported" page gives.
pub(crate) fn reference(page: &str) -> String {
    let at = page.find("<code>").expect("a reference") + 6;
    page[at..].split("</code>").next().unwrap().to_string()
}

/// Opens an invitation's link and chooses a password; a second use is "not found".
fn accept_invitation(port: u16, url: &str, password: &str) {
    let path = &url[url.find("/invite/").expect("an invitation link")..];
    let mut b = Browser::new(port);
    let (s, _, page) = b.go("GET", path, &[]);
    assert_eq!(s, 200, "{page}");
    let csrf = csrf_of(&page);
    let (s, _, page) = b.go(
        "POST",
        path,
        &[
            ("csrf", &csrf),
            ("password", password),
            ("again", "not the same password"),
        ],
    );
    assert_eq!(s, 400, "the two passwords must agree: {page}");
    let csrf = csrf_of(&page);
    let (s, _, _) = b.go(
        "POST",
        path,
        &[("csrf", &csrf), ("password", password), ("again", password)],
    );
    assert_eq!(s, 303);
    assert_eq!(b.go("GET", path, &[]).0, 404, "an invitation works once");
}

fn sign_in(port: u16, email: &str) -> (Browser, String) {
    sign_in_with(port, email, "correct horse battery staple")
}

fn sign_in_with(port: u16, email: &str, password: &str) -> (Browser, String) {
    let mut b = Browser::new(port);
    let (_, _, page) = b.go("GET", "/login", &[]);
    let (s, _, _) = b.go(
        "POST",
        "/login",
        &[
            ("csrf", &csrf_of(&page)),
            ("email", email),
            ("password", password),
        ],
    );
    assert_eq!(s, 303, "{email} signs in");
    let (_, _, page) = b.go("GET", "/check", &[]);
    let csrf = csrf_of(&page);
    (b, csrf)
}

#[test]
fn pages_speak_the_persons_language_and_count_in_words() {
    let db = crate::store::backends().remove(0);
    let [.., root] = people(&db);
    let srv = start(&db);
    let p = srv.port;
    // Before sign-in: the browser's language.
    let (s, _, login) = Browser::speaking(p, "de-AT,de;q=0.9,en;q=0.5").go("GET", "/login", &[]);
    assert_eq!(s, 200);
    assert!(login.contains("<html lang=\"de\""), "{login}");
    assert!(!login.contains(">Sign in<"), "no English left: {login}");
    let (_, _, login) = Browser::speaking(p, "ja").go("GET", "/login", &[]);
    assert!(login.contains("<html lang=\"en\"") && login.contains(">Sign in<"));

    // Signed in: the person's own choice goes first, and is kept for every page.
    let (mut ann, csrf) = sign_in(p, "ann@acme.example");
    let (_, _, page) = ann.go("GET", "/account", &[]);
    assert!(page.contains("<html lang=\"en\"") && page.contains("Your account"));
    let (s, _, _) = ann.go(
        "POST",
        "/account/language",
        &[("csrf", &csrf), ("language", "ja")],
    );
    assert_eq!(s, 400, "a language knownline does not write is refused");
    let (s, _, page) = ann.go(
        "POST",
        "/account/language",
        &[("csrf", &csrf), ("language", "nl")],
    );
    assert_eq!(s, 200, "{page}");
    assert!(
        page.contains("<html lang=\"nl\""),
        "the answer is already in Dutch"
    );
    assert!(
        page.contains("<option value=\"nl\" lang=\"nl\" selected>Nederlands</option>"),
        "{page}"
    );
    for path in ["/check", "/incidents", "/verify", "/tokens"] {
        let (_, _, page) = ann.go("GET", path, &[]);
        assert!(page.contains("<html lang=\"nl\""), "{path}: {page}");
        assert!(
            !page.contains(">Your account<"),
            "{path}: the navigation too"
        );
    }
    // A report, then the list counts it in words ("1 incident", never "1 incidents").
    let (s, _, _) = ann.go(
        "POST",
        "/report",
        &[
            ("csrf", &csrf),
            ("channel", "sms"),
            (
                "content",
                "Your parcel is held. Pay the 1.99 fee at http://parcel-fee.example/pay today",
            ),
        ],
    );
    assert_eq!(s, 201);
    let (s, _, _) = ann.go(
        "POST",
        "/account/language",
        &[("csrf", &csrf), ("language", "")],
    );
    assert_eq!(s, 200, "unset again: the organisation's or the browser's");
    let (_, _, list) = ann.go("GET", "/incidents", &[]);
    assert!(list.contains("<html lang=\"en\""));
    assert!(
        list.contains("1 incident<") && !list.contains("1 incidents"),
        "{list}"
    );
    let (_, audit) = get(p, "/api/v1/audit", &root);
    assert_eq!(
        audit.to_string().matches("user.language").count(),
        2,
        "both changes are audited: {audit}"
    );
}

#[test]
fn it_support_triages_from_the_pages_and_callers_are_verified() {
    for db in backends() {
        let _ = people(&db);
        let srv = start(&db);
        let p = srv.port;
        let (mut ann, ann_csrf) = sign_in(p, "ann@acme.example");
        let (s, _, page) = ann.go(
            "POST",
            "/report",
            &[
                ("csrf", &ann_csrf),
                ("channel", "sms"),
                (
                    "content",
                    "Your bank account is locked. Call 1-888-555-0166 now to unlock it.",
                ),
            ],
        );
        assert_eq!(s, 201);
        let id = reference(&page);
        let path = format!("/incidents/{id}");

        // The analyst of Acme sees it in the queue, filtered, and triages it.
        let (mut ida, ida_csrf) = sign_in(p, "ida@acme.example");
        let (s, _, queue) = ida.go("GET", "/incidents?status=new&channel=sms", &[]);
        assert_eq!(s, 200);
        assert!(queue.contains(&path), "{queue}");
        let (_, _, calls) = ida.go("GET", "/incidents?channel=call", &[]);
        assert!(!calls.contains(&path));
        let (s, _, one) = ida.go("GET", &path, &[]);
        assert_eq!(s, 200);
        assert!(one.contains("Triage") && one.contains("1-888-555-0166"));
        let (s, head, _) = ida.go(
            "POST",
            &path,
            &[
                ("csrf", &ida_csrf),
                ("status", "confirmed_scam"),
                ("note", "Fake bank line"),
            ],
        );
        assert_eq!(s, 303, "{head}");
        let (_, _, one) = ida.go("GET", &path, &[]);
        assert!(one.contains("Status: Confirmed scam") && one.contains("Fake bank line"));

        // The member sees their report but may not triage; Bravo's member may not see it.
        let (s, _, mine) = ann.go("GET", &path, &[]);
        assert_eq!(s, 200);
        assert!(!mine.contains("Triage"));
        assert_eq!(
            ann.go("POST", &path, &[("csrf", &ann_csrf), ("status", "benign")])
                .0,
            403
        );
        let (mut bob, bob_csrf) = sign_in(p, "bob@bravo.example");
        assert_eq!(bob.go("GET", &path, &[]).0, 404);
        let (_, _, bob_queue) = bob.go("GET", "/incidents", &[]);
        assert!(!bob_queue.contains(&path));

        // Verify a caller from the page, and record that it was a scam.
        let (s, _, answer) = ann.go(
            "POST",
            "/verify",
            &[
                ("csrf", &ann_csrf),
                ("claims", "Microsoft technical support"),
                ("number", "+1 888 555 0142"),
            ],
        );
        assert_eq!(s, 200);
        assert!(answer.contains("your own IT support"), "{answer}");
        let outcome = answer
            .split("action=\"/verify/")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let (s, _, done) = ann.go(
            "POST",
            &format!("/verify/{outcome}"),
            &[("csrf", &ann_csrf), ("outcome", "scam")],
        );
        assert_eq!(s, 200);
        assert!(done.contains("Recorded as a scam"));
        // Someone else's verification is not theirs to record.
        assert_eq!(
            bob.go(
                "POST",
                &format!("/verify/{outcome}"),
                &[("csrf", &bob_csrf), ("outcome", "confirmed")]
            )
            .0,
            404
        );
    }
}

/// The flows of `tests/browser/flows.mjs` in Debian's Chromium through Playwright; screenshots
/// land in `target/browser-screenshots/`. Skipped (with a message) where Chromium or
/// playwright-core is missing, except in CI.
#[test]
fn pages_work_in_a_real_browser() {
    let dir = crate::repo().join("tests/browser");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let ready = dir.join("node_modules/playwright-core").exists()
        && std::path::Path::new(&chromium).exists();
    if !ready {
        assert_ne!(
            std::env::var("KNOWNLINE_CI").as_deref(),
            Ok("1"),
            "CI installs chromium and playwright-core (tests/browser)"
        );
        eprintln!("browser tests skipped: install chromium and run npm install in tests/browser");
        return;
    }
    let (_db, srv) = sqlite_server_with_people();
    let shots = crate::repo().join("target/browser-screenshots");
    let out = Command::new("node")
        .arg("flows.mjs")
        .current_dir(&dir)
        .env("BASE_URL", format!("http://127.0.0.1:{}", srv.port))
        .env("SHOTS", &shots)
        .env("CHROMIUM", &chromium)
        .output()
        .expect("node runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "browser flows failed:\n{text}");
    assert!(
        text.contains("ok: another organisation's member gets 404"),
        "{text}"
    );
    assert!(shots.join("07-verify.png").exists());
}

#[test]
fn directories_are_edited_by_it_support_and_seen_only_by_their_organisation() {
    let db = crate::store::backends().remove(0);
    let _ = people(&db);
    let acme = ok(kl(&db, &["org", "list", "--format", "json"]));
    let orgs: Value = serde_json::from_str(&acme).unwrap();
    let acme_id = orgs
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "Acme")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let path = format!("/directory/{acme_id}");
    let srv = start(&db);
    let p = srv.port;

    let (mut ida, csrf) = sign_in(p, "ida@acme.example");
    let (s, _, page) = ida.go("GET", "/directory", &[]);
    assert_eq!(
        s, 303,
        "one organisation: straight to its directory\n{page}"
    );
    let (s, _, page) = ida.go(
        "POST",
        &path,
        &[
            ("csrf", &csrf),
            ("name", "Acme IT"),
            ("role", "it_support"),
            ("phones", "+1 617 555 0100; 617-555-0101"),
            ("domains", "acme-it.com"),
        ],
    );
    assert_eq!(s, 303, "{page}");
    let (_, _, page) = ida.go("GET", &path, &[]);
    assert!(
        page.contains("Acme IT") && page.contains("+1 617-555-0101"),
        "{page}"
    );
    let (s, _, page) = ida.go(
        "POST",
        &path,
        &[
            ("csrf", &csrf),
            ("name", "Bad Bank"),
            ("role", "bank"),
            ("phones", "12"),
        ],
    );
    assert_eq!(s, 400);
    assert!(
        page.contains("phone &quot;12&quot;") || page.contains("phone \"12\""),
        "{page}"
    );
    let (s, _, page) = ida.go(
        "POST",
        &path,
        &[("csrf", &csrf), ("name", "Acme IT"), ("role", "it_support")],
    );
    assert_eq!(s, 400, "an existing name needs 'replace'");
    assert!(page.contains("already has an entry"));

    // The entry is used at once: a check names the real IT support.
    let (_, _, result) = ida.go(
        "POST",
        "/check",
        &[
            ("csrf", &csrf),
            ("channel", "call"),
            (
                "content",
                "Caller: Microsoft here, your computer has a virus, install AnyDesk",
            ),
        ],
    );
    assert!(result.contains("Acme IT on +1 617-555-0100"), "{result}");

    // A member sees it but may not change it; another organisation cannot see it.
    let (mut ann, ann_csrf) = sign_in(p, "ann@acme.example");
    let (s, _, page) = ann.go("GET", &path, &[]);
    assert_eq!(s, 200);
    assert!(page.contains("Acme IT") && !page.contains("Save entry"));
    assert_eq!(
        ann.go(
            "POST",
            &path,
            &[("csrf", &ann_csrf), ("name", "X"), ("role", "bank")]
        )
        .0,
        403
    );
    let (mut bob, bob_csrf) = sign_in(p, "bob@bravo.example");
    assert_eq!(bob.go("GET", &path, &[]).0, 404);
    assert_eq!(
        bob.go(
            "POST",
            &format!("{path}/remove"),
            &[("csrf", &bob_csrf), ("name", "Acme IT")]
        )
        .0,
        404
    );

    let (s, _, _) = ida.go(
        "POST",
        &format!("{path}/remove"),
        &[("csrf", &csrf), ("name", "Acme IT")],
    );
    assert_eq!(s, 303);
    let (_, _, page) = ida.go("GET", &path, &[]);
    assert!(!page.contains("617-555-0100"));
}

#[test]
fn tokens_users_and_the_audit_log_from_the_pages() {
    let (_db, srv) = sqlite_server_with_people();
    let p = srv.port;

    // A member creates a token, uses it, revokes it.
    let (mut ann, csrf) = sign_in(p, "ann@acme.example");
    let (s, _, page) = ann.go(
        "POST",
        "/tokens",
        &[("csrf", &csrf), ("name", "mail script")],
    );
    assert_eq!(s, 200);
    let token = reference(&page);
    assert!(token.starts_with("kl_"));
    let body = json!({"content": "hello"});
    assert_eq!(post(p, "/api/v1/check", &token, &body).0, 200);
    let (_, _, page) = ann.go("GET", "/tokens", &[]);
    assert!(!page.contains(&token), "a token is shown once");
    let id = first_token_id(&page);
    assert_eq!(
        ann.go("POST", &format!("/tokens/{id}/revoke"), &[("csrf", &csrf)])
            .0,
        303
    );
    assert_eq!(
        post(p, "/api/v1/check", &token, &body).0,
        401,
        "a revoked token no longer works"
    );
    // Nobody else's token can be revoked.
    let (mut bob, bob_csrf) = sign_in(p, "bob@bravo.example");
    let (_, _, bob_page) = bob.go("POST", "/tokens", &[("csrf", &bob_csrf), ("name", "bob's")]);
    let bob_token = reference(&bob_page);
    let (_, _, bob_page) = bob.go("GET", "/tokens", &[]);
    let bob_id = first_token_id(&bob_page);
    assert_eq!(
        ann.go(
            "POST",
            &format!("/tokens/{bob_id}/revoke"),
            &[("csrf", &csrf)]
        )
        .0,
        404
    );
    assert_eq!(post(p, "/api/v1/check", &bob_token, &body).0, 200);

    // Users: only the admin sees and adds them.
    assert_eq!(ann.go("GET", "/users", &[]).0, 404);
    assert_eq!(ann.go("GET", "/audit", &[]).0, 404);
    let (mut root, root_csrf) = sign_in(p, "root@msp.example");
    let (s, _, page) = root.go("GET", "/users", &[]);
    assert_eq!(s, 200);
    assert!(page.contains("ann@acme.example") && page.contains("bob@bravo.example"));
    // Roles are explained where they are chosen, and a new person is a member unless said.
    assert!(page.contains("IT support of the organisations chosen"));
    let member = page.find("value=\"member\"").unwrap();
    assert!(
        page[member..member + 40].contains("checked"),
        "member is the default"
    );
    let (s, _, page) = root.go(
        "POST",
        "/users",
        &[
            ("csrf", &root_csrf),
            ("email", "new@acme.example"),
            ("role", "member"),
            ("org", ""),
        ],
    );
    assert_eq!(s, 400, "a member needs an organisation");
    assert!(page.contains("give --org") || page.contains("organisation"));
    let (_, _, page) = root.go("GET", "/users", &[]);
    let acme = page
        .split("<option value=\"")
        .filter_map(|o| o.split_once("\">Acme<"))
        .map(|(id, _)| id.to_string())
        .next()
        .unwrap();
    let (s, _, page) = root.go(
        "POST",
        "/users",
        &[
            ("csrf", &root_csrf),
            ("email", "new@acme.example"),
            ("org", &acme),
        ],
    );
    assert_eq!(s, 201);
    let link = page
        .split("/invite/")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .map(|token| format!("http://127.0.0.1:{p}/invite/{token}"))
        .expect("the invitation's link is shown once");
    let (_, _, again) = root.go("GET", "/users", &[]);
    assert!(!again.contains("/invite/"), "the link is shown only once");
    assert!(again.contains("new@acme.example") && again.contains("Invited, not yet joined"));
    accept_invitation(p, &link, "my own long password");
    let (_, _, page) = root.go("GET", "/users", &[]);
    assert!(!page.contains("Invited, not yet joined"));
    let (_, session) = sign_in_with(p, "new@acme.example", "my own long password");
    assert!(!session.is_empty());

    // The audit log: the admin sees everything; an analyst their organisation's rows only.
    let (s, _, log) = root.go("GET", "/audit", &[]);
    assert_eq!(s, 200);
    assert!(log.contains("token.revoke") && log.contains("user.add"));
    let (mut ida, _) = sign_in(p, "ida@acme.example");
    let (s, _, log) = ida.go("GET", "/audit", &[]);
    assert_eq!(s, 200);
    assert!(log.contains("new@acme.example"));
    assert!(
        !log.contains("bob@bravo.example"),
        "another organisation's rows stay out"
    );
}

/// Posts a multipart form with one file, as a browser does.
fn upload(b: &Browser, path: &str, csrf: &str, file: &[u8]) -> (u16, String) {
    let boundary = "----knownlinetest7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n")
            .as_bytes(),
    );
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.eml\"\r\nContent-Type: message/rfc822\r\n\r\n").as_bytes());
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let cookie: Vec<String> = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let mut s = TcpStream::connect(("127.0.0.1", b.port)).unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: {}\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {}\r\n\r\n",
        cookie.join("; "),
        body.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(&body).unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let status = raw
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, raw)
}

#[test]
fn an_uploaded_email_is_checked() {
    let (_db, srv) = sqlite_server_with_people();
    let (ann, csrf) = sign_in(srv.port, "ann@acme.example");
    let eml =
        std::fs::read(crate::repo().join("samples/email/norton_renewal_callback.eml")).unwrap();
    let (s, page) = upload(&ann, "/check/upload", &csrf, &eml);
    assert_eq!(s, 200);
    assert!(
        page.contains("This is very likely a scam.") || page.contains("This looks suspicious."),
        "{page}"
    );
    assert!(page.contains("Report to IT support"));
    let (s, _) = upload(&ann, "/check/upload", "wrong", &eml);
    assert_eq!(s, 403);
    let (s, page) = upload(&ann, "/check/upload", &csrf, b"\x00\x01binary\x00");
    assert_eq!(s, 400);
    assert!(page.contains("binary data"));
}

#[test]
fn campaigns_group_reports_across_organisations_and_one_warning_reaches_them_all() {
    for db in backends() {
        let [ann, _abe, bob, ida, root] = people(&db);
        let srv = start(&db);
        let p = srv.port;
        let report = |token: &str, content: &str| {
            let (s, r) = post(
                p,
                "/api/v1/incidents",
                token,
                &json!({"channel": "sms", "content": content}),
            );
            assert_eq!(s, 201, "{r}");
            r["id"].as_str().unwrap().to_string()
        };
        // The same number in two organisations; the same script with other amounts; a stray.
        let a1 = report(
            &ann,
            "Your card was charged 499 USD. If this was not you call 1-888-555-0190 now.",
        );
        let b1 = report(
            &bob,
            "Amazon: a charge of 899 USD was made. Not you? Call 888-555-0190 today.",
        );
        let s1 = "Hello this is the delivery service, your parcel could not be delivered because the address is incomplete, pay 2.99 to reschedule at the link";
        let s2 = "Hello this is the delivery service, your parcel could not be delivered because the address is incomplete, pay 3.49 to reschedule at the link";
        let a2 = report(&ann, s1);
        let b2 = report(&bob, s2);
        let _alone = report(&ann, "Dinner at 8?");

        let (s, all) = get(p, "/api/v1/campaigns", &root);
        assert_eq!(s, 200);
        let campaigns = all["campaigns"].as_array().unwrap();
        assert_eq!(campaigns.len(), 2, "{all:#}");
        let by_number = campaigns
            .iter()
            .find(|c| c["phones"][0] == "+18885550190")
            .expect("a campaign by number");
        let ids: Vec<&str> = by_number["incidents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap())
            .collect();
        assert!(ids.contains(&a1.as_str()) && ids.contains(&b1.as_str()));
        assert_eq!(by_number["org_ids"].as_array().unwrap().len(), 2);
        let by_words = campaigns
            .iter()
            .find(|c| c["near_duplicates"] == true)
            .expect("a campaign by words");
        let ids: Vec<&str> = by_words["incidents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap())
            .collect();
        assert!(ids.contains(&a2.as_str()) && ids.contains(&b2.as_str()));

        // An analyst sees their organisation's reports and a count of the others; a member none.
        let (_, mine) = get(p, "/api/v1/campaigns", &ida);
        let c = mine["campaigns"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == by_number["id"])
            .unwrap();
        assert_eq!(c["incidents"].as_array().unwrap().len(), 1);
        assert_eq!(c["other_orgs"], 1);
        assert!(
            !c.to_string().contains(&b1),
            "another organisation's report stays hidden"
        );
        let (_, none) = get(p, "/api/v1/campaigns", &ann);
        assert_eq!(none["campaigns"].as_array().unwrap().len(), 0);

        // One warning reaches every organisation; only the admin sends it.
        let path = format!(
            "/api/v1/campaigns/{}/warn",
            by_number["id"].as_str().unwrap()
        );
        assert_eq!(post(p, &path, &ida, &json!({"message": "x"})).0, 403);
        let (s, w) = post(
            p,
            &path,
            &root,
            &json!({"message": "Fake card-charge texts with 888-555-0190 are going round: don't call, delete them."}),
        );
        assert_eq!(s, 201, "{w}");
        assert_eq!(w["warnings"].as_array().unwrap().len(), 2);
        for token in [&ann, &bob] {
            let (_, w) = get(p, "/api/v1/warnings", token);
            assert_eq!(w["warnings"].as_array().unwrap().len(), 1);
            assert!(w["warnings"][0]["message"]
                .as_str()
                .unwrap()
                .contains("888-555-0190"));
        }
        // People see it on the Check page.
        let (mut page, _) = sign_in(p, "bob@bravo.example");
        let (_, _, check) = page.go("GET", "/check", &[]);
        assert!(check.contains("Warning from IT support") && check.contains("888-555-0190"));
        let (mut admin, _) = sign_in(p, "root@msp.example");
        let (s, _, list) = admin.go("GET", "/campaigns", &[]);
        assert_eq!(s, 200);
        assert!(list.contains("Warn them all"));
    }
}

/// The fields of a posted form.
type FormFields<'a> = Vec<(&'a str, &'a str)>;

/// Every route that names an organisation's data, tried by a member of another organisation:
/// each answers 404, as for something that does not exist.
#[test]
fn another_organisations_data_is_not_found_on_every_route() {
    for db in backends() {
        let [ann, _abe, bob, _ida, _root] = people(&db);
        let orgs: Value =
            serde_json::from_str(&ok(kl(&db, &["org", "list", "--format", "json"]))).unwrap();
        let acme = orgs
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["name"] == "Acme")
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        let srv = start(&db);
        let p = srv.port;
        let (_, r) = post(
            p,
            "/api/v1/incidents",
            &ann,
            &json!({"content": "Call 888-555-0101 about your refund"}),
        );
        let incident = r["id"].as_str().unwrap().to_string();
        let (_, v) = post(
            p,
            "/api/v1/verify",
            &ann,
            &json!({"claims": "Microsoft", "number": "888 555 0101"}),
        );
        let verification = v["id"].as_str().unwrap().to_string();
        ok(kl(
            &db,
            &[
                "org",
                "webhook",
                "add",
                "--org",
                "Acme",
                "--url",
                "https://hooks.example.net/acme",
            ],
        ));
        let listed = ok(kl(&db, &["org", "webhook", "list", "--org", "Acme"]));
        let hook = listed.split('\t').next().unwrap().to_string();
        assert!(!hook.is_empty());

        // The API, with Bravo's member's token.
        let api: Vec<(&str, String, Option<Value>)> = vec![
            ("GET", format!("/api/v1/incidents/{incident}"), None),
            (
                "PATCH",
                format!("/api/v1/incidents/{incident}"),
                Some(json!({"status": "benign"})),
            ),
            ("GET", "/api/v1/incidents?org=Acme".into(), None),
            (
                "POST",
                "/api/v1/incidents".into(),
                Some(json!({"content": "x", "org": "Acme"})),
            ),
            (
                "POST",
                "/api/v1/check".into(),
                Some(json!({"content": "x", "org": "Acme"})),
            ),
            (
                "POST",
                "/api/v1/verify".into(),
                Some(json!({"claims": "x", "org": "Acme"})),
            ),
            ("GET", "/api/v1/deliveries?org=Acme".into(), None),
            ("GET", "/api/v1/orgs/Acme/webhooks".into(), None),
            (
                "POST",
                "/api/v1/orgs/Acme/webhooks".into(),
                Some(json!({"url": "https://hooks.example.net/x"})),
            ),
            (
                "DELETE",
                format!("/api/v1/orgs/{acme}/webhooks/{hook}"),
                None,
            ),
            ("POST", "/api/v1/orgs/Acme/check-link".into(), None),
            ("DELETE", "/api/v1/orgs/Acme/check-link".into(), None),
            ("GET", "/api/v1/orgs/Acme/directory".into(), None),
            (
                "POST",
                "/api/v1/orgs/Acme/directory".into(),
                Some(json!({"name": "X", "role": "bank"})),
            ),
            ("DELETE", "/api/v1/orgs/Acme/directory/X".into(), None),
        ];
        for (method, path, body) in &api {
            let b = body.as_ref().map(|b| b.to_string());
            let (s, text) = http(p, method, path, Some(&bob), b.as_deref().map(str::as_bytes));
            assert_eq!(s, 404, "{method} {path}: {text}");
        }
        let (_, list) = get(p, "/api/v1/incidents", &bob);
        assert_eq!(list["total"], 0);
        // Lists hold only Bravo's; what is for IT support or admins is refused outright.
        let (_, orgs) = get(p, "/api/v1/orgs", &bob);
        assert!(!orgs.to_string().contains("Acme"), "{orgs}");
        let (_, d) = get(p, "/api/v1/deliveries", &bob);
        assert_eq!(d["deliveries"], json!([]));
        for path in ["/api/v1/audit", "/api/v1/users"] {
            assert_eq!(get(p, path, &bob).0, 403, "{path}");
        }

        // The pages, signed in as Bravo's member.
        let (mut page, csrf) = sign_in(p, "bob@bravo.example");
        let pages: Vec<(&str, String, FormFields)> = vec![
            ("GET", format!("/incidents/{incident}"), vec![]),
            (
                "POST",
                format!("/incidents/{incident}"),
                vec![("csrf", &csrf), ("status", "benign")],
            ),
            ("GET", format!("/directory/{acme}"), vec![]),
            (
                "POST",
                format!("/directory/{acme}"),
                vec![("csrf", &csrf), ("name", "X"), ("role", "bank")],
            ),
            (
                "POST",
                format!("/directory/{acme}/remove"),
                vec![("csrf", &csrf), ("name", "X")],
            ),
            (
                "POST",
                format!("/verify/{verification}/outcome"),
                vec![("csrf", &csrf), ("outcome", "scam")],
            ),
            ("GET", "/campaigns".into(), vec![]),
            ("GET", "/users".into(), vec![]),
            ("GET", "/audit".into(), vec![]),
            ("GET", format!("/orgs/{acme}"), vec![]),
            (
                "POST",
                format!("/orgs/{acme}/notify"),
                vec![("csrf", &csrf), ("email", "x@bravo.example")],
            ),
            (
                "POST",
                format!("/orgs/{acme}/webhooks"),
                vec![("csrf", &csrf), ("url", "https://hooks.example.net/b")],
            ),
            (
                "POST",
                format!("/orgs/{acme}/webhooks/{hook}/remove"),
                vec![("csrf", &csrf)],
            ),
            (
                "POST",
                format!("/orgs/{acme}/check-link"),
                vec![("csrf", &csrf)],
            ),
            (
                "POST",
                format!("/orgs/{acme}/check-link/off"),
                vec![("csrf", &csrf)],
            ),
        ];
        for (method, path, form) in &pages {
            let (s, _, _) = page.go(method, path, form);
            assert_eq!(s, 404, "{method} {path}");
        }
        let (_, _, queue) = page.go("GET", "/incidents", &[]);
        assert!(!queue.contains(&incident));
        let (_, _, orgs) = page.go("GET", "/orgs", &[]);
        assert!(!orgs.contains(&acme));
        let listed = ok(kl(&db, &["org", "webhook", "list", "--org", "Acme"]));
        assert_eq!(listed.lines().count(), 1, "Acme's webhook is untouched");
    }
}

/// Whether Python's aiosmtpd is here (the SMTP sink, and Python for the webhook receiver);
/// under CI it must be.
fn have_aiosmtpd() -> bool {
    let here = Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .status()
        .is_ok_and(|s| s.success());
    if !here {
        assert_ne!(
            std::env::var("KNOWNLINE_CI").as_deref(),
            Ok("1"),
            "CI installs aiosmtpd"
        );
        eprintln!("mail and webhook tests skipped: pip install aiosmtpd");
    }
    here
}

/// An SMTP sink on loopback writing to the Maildir `mail`, with STARTTLS (required) when given
/// a certificate and key; returned once it accepts connections.
fn smtp_sink(mail: &std::path::Path, port: u16, tls: Option<(&str, &str)>) -> Child {
    let mut c = Command::new("python3");
    c.args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")]);
    if let Some((cert, key)) = tls {
        c.args(["--tlscert", cert, "--tlskey", key]);
    }
    let child = c
        .args(["-c", "aiosmtpd.handlers.Mailbox"])
        .arg(mail)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_port(port);
    child
}

/// What `read` finds once it holds `n` things, or after `secs` seconds.
pub(crate) fn poll<T>(secs: u64, n: usize, mut read: impl FnMut() -> Vec<T>) -> Vec<T> {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        let found = read();
        if found.len() >= n || Instant::now() > deadline {
            return found;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Messages an SMTP sink wrote to its Maildir, waiting up to 15 s for `n` of them.
fn maildir(dir: &std::path::Path, n: usize) -> Vec<String> {
    let mut found = poll(15, n, || {
        std::fs::read_dir(dir.join("new"))
            .map(|d| {
                d.flatten()
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                    .collect()
            })
            .unwrap_or_default()
    });
    found.sort();
    found
}

/// New reports email the organisation's IT support and IT support's reply reaches the
/// reporter, through a real SMTP server on loopback (aiosmtpd); a relay that is down is
/// retried and recorded as failed.
#[test]
fn reports_and_replies_are_emailed_through_a_real_smtp_server() {
    if !have_aiosmtpd() {
        return;
    }
    let db = crate::store::backends().remove(0);
    let [ann, _abe, _bob, ida, _root] = people(&db);
    ok(kl(
        &db,
        &[
            "org",
            "notify",
            "--org",
            "Acme",
            "--email",
            "it@acme.example",
        ],
    ));
    let mail = db._dir.path().join("mail");
    let smtp_port = free_port();
    let mut sink = smtp_sink(&mail, smtp_port, None);
    let url = format!("smtp://127.0.0.1:{smtp_port}");
    let srv = start_with(
        &db,
        &[
            ("KNOWNLINE_SMTP_URL", url.as_str()),
            ("KNOWNLINE_MAIL_FROM", "knownline@msp.example"),
        ],
    );
    let p = srv.port;
    let secret = "Caller: this is Windows support, your PIN is 4711, install AnyDesk now";
    let (s, r) = post(
        p,
        "/api/v1/incidents",
        &ann,
        &json!({"channel": "call", "content": secret}),
    );
    assert_eq!(s, 201);
    let id = r["id"].as_str().unwrap().to_string();
    let got = maildir(&mail, 1);
    assert_eq!(got.len(), 1, "IT support is emailed about the report");
    assert!(got[0].contains("To: it@acme.example"), "{}", got[0]);
    assert!(got[0].contains("From: knownline@msp.example"));
    assert!(got[0].contains(&id), "the email gives the reference");
    assert!(
        !got[0].contains("4711"),
        "the email never carries the contact"
    );

    let reply = "This was a scam - you did exactly the right thing by reporting it.";
    let (s, _) = http(
        p,
        "PATCH",
        &format!("/api/v1/incidents/{id}"),
        Some(&ida),
        Some(
            json!({"status": "confirmed_scam", "reply": reply})
                .to_string()
                .as_bytes(),
        ),
    );
    assert_eq!(s, 200);
    let got = maildir(&mail, 2);
    let to_ann = got
        .iter()
        .find(|m| m.contains("To: ann@acme.example"))
        .expect("the reply reaches the reporter");
    assert!(
        to_ann.contains("you did exactly the right thing"),
        "{to_ann}"
    );
    drop(srv);
    let _ = sink.kill();
    let _ = sink.wait();

    // A relay that is down: tried three times, recorded as failed.
    let dead = format!("smtp://127.0.0.1:{}", free_port());
    let srv = start_with(
        &db,
        &[
            ("KNOWNLINE_SMTP_URL", dead.as_str()),
            ("KNOWNLINE_RETRY_SCHEDULE", "200ms,400ms"),
        ],
    );
    let (s, _) = post(
        srv.port,
        "/api/v1/incidents",
        &ann,
        &json!({"content": "Call 888-555-0111 to claim your refund"}),
    );
    assert_eq!(
        s, 201,
        "a report is acknowledged whatever the mail relay does"
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let failed: Vec<(String, i64)> = rt.block_on(async {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.url))
                .await
                .unwrap();
            let rows: Vec<(String, i64)> =
                sqlx::query_as("SELECT target, attempts FROM deliveries WHERE status = 'failed'")
                    .fetch_all(&mut c)
                    .await
                    .unwrap();
            if !rows.is_empty() || Instant::now() > deadline {
                return rows;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    });
    assert_eq!(failed, [("it@acme.example".to_string(), 3)]);
}

/// A private CA and a server certificate it signed for 127.0.0.1 and localhost, made with the
/// openssl command: (CA certificate, server certificate, server key). The server trusts the CA
/// through `SSL_CERT_FILE`, as an installation with its own CA would.
fn private_ca(dir: &std::path::Path) -> (String, String, String) {
    let path = |f: &str| dir.join(f).display().to_string();
    let (ca, ca_key, cert, key, csr, ext) = (
        path("ca.pem"),
        path("ca-key.pem"),
        path("cert.pem"),
        path("key.pem"),
        path("cert.csr"),
        path("cert.ext"),
    );
    std::fs::write(&ext, "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n").unwrap();
    let steps: [Vec<&str>; 3] = [
        vec![
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=knownline test CA",
            "-keyout",
            &ca_key,
            "-out",
            &ca,
        ],
        vec![
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=localhost",
            "-keyout",
            &key,
            "-out",
            &csr,
        ],
        vec![
            "x509",
            "-req",
            "-in",
            &csr,
            "-CA",
            &ca,
            "-CAkey",
            &ca_key,
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            &ext,
            "-out",
            &cert,
        ],
    ];
    for args in steps {
        let made = Command::new("openssl")
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("openssl is installed (CI installs it)");
        assert!(made.success(), "openssl {args:?}");
    }
    (ca, cert, key)
}

pub(crate) fn wait_for_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while TcpStream::connect(("127.0.0.1", port)).is_err() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The `deliveries` rows once `n` are settled (delivered or given up), waiting up to 30 s: (kind, target, status,
/// attempts, last_error), sorted.
fn deliveries(db: &Db, n: usize) -> Vec<(String, String, String, i64, String)> {
    let mut rows = poll(30, n, || {
        ok(kl(db, &["deliveries", "--limit", "100"]))
            .lines()
            .filter(|l| !l.contains("\tpending\t"))
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                (
                    f[1].to_string(),
                    f[3].to_string(),
                    f[2].to_string(),
                    f[4].trim_end_matches(" attempt(s)").parse().unwrap(),
                    f[6].to_string(),
                )
            })
            .collect()
    });
    rows.sort();
    rows
}

/// New reports and campaign warnings reach each of an organisation's webhooks in the body its
/// receiver takes (knownline's JSON, Slack, Teams), signed; a receiver that fails for a while
/// gets the same delivery again until it takes it, one that refuses is not retried, one that
/// is down is retried and recorded as failed; HTTPS is checked against the trusted roots.
/// Mail goes through a relay that requires STARTTLS.
#[test]
fn webhooks_and_starttls_mail_reach_real_receivers() {
    if !have_aiosmtpd() {
        return;
    }
    let db = crate::store::backends().remove(0);
    let [ann, _abe, bob, _ida, root] = people(&db);
    let dir = db._dir.path().to_path_buf();
    let (ca, cert, key) = private_ca(&dir);
    let (plain, tls, dead) = (free_port(), free_port(), free_port());
    let add = |org: &str, url: String, format: &str| -> String {
        ok(kl(
            &db,
            &[
                "org", "webhook", "add", "--org", org, "--url", &url, "--format", format,
            ],
        ))
        .trim()
        .to_string()
    };
    let json_secret = add("Acme", format!("http://127.0.0.1:{plain}/json"), "json");
    let slack_secret = add(
        "Acme",
        // A host name, so the address is found by the resolver that leaves out link-local ones.
        format!("https://localhost:{tls}/slack?token=s3cr3t"),
        "slack",
    );
    let teams_secret = add("Acme", format!("http://127.0.0.1:{plain}/teams"), "teams");
    add("Acme", format!("http://127.0.0.1:{dead}/down"), "json");
    let bravo_secret = add("Bravo", format!("http://127.0.0.1:{plain}/bravo"), "json");
    let listed = ok(kl(&db, &["org", "webhook", "list", "--org", "Acme"]));
    assert_eq!(listed.lines().count(), 4);
    assert!(
        !listed.contains("s3cr3t"),
        "URLs are listed without their secrets: {listed}"
    );

    let log = dir.join("hooks.jsonl");
    let mut plain_rx = receiver(
        plain,
        &log,
        &json!({"/json": json_secret, "/teams": teams_secret, "/bravo": bravo_secret}),
        &json!({"/json": [500, 503, 200], "/teams": [404]}),
        None,
    );
    let mut tls_rx = receiver(
        tls,
        &log,
        &json!({"/slack?token=s3cr3t": slack_secret}),
        &json!({}),
        Some((&cert, &key)),
    );

    // An SMTP relay that insists on STARTTLS.
    let mail = dir.join("mail");
    let smtp_port = free_port();
    let mut sink = smtp_sink(&mail, smtp_port, Some((&cert, &key)));
    ok(kl(
        &db,
        &[
            "org",
            "notify",
            "--org",
            "Acme",
            "--email",
            "it@acme.example",
        ],
    ));
    let smtp = format!("smtp://127.0.0.1:{smtp_port}?tls=required");
    let srv = start_with(
        &db,
        &[
            ("KNOWNLINE_SMTP_URL", smtp.as_str()),
            ("KNOWNLINE_PUBLIC_URL", "https://knownline.msp.example"),
            ("KNOWNLINE_RETRY_SCHEDULE", "300ms,600ms,1s"),
            ("SSL_CERT_FILE", ca.as_str()),
        ],
    );
    let p = srv.port;
    let contact = "Microsoft support: your PC is infected, call 1-888-555-0190, PIN 4711";
    let (s, r) = post(
        p,
        "/api/v1/incidents",
        &ann,
        &json!({"channel": "call", "content": contact}),
    );
    assert_eq!(s, 201);
    let id = r["id"].as_str().unwrap().to_string();

    let rows = deliveries(&db, 5);
    let find = |what: &str| {
        rows.iter()
            .find(|r| r.1.contains(what) || r.0 == what)
            .unwrap_or_else(|| panic!("no delivery for {what}: {rows:#?}"))
            .clone()
    };
    assert_eq!(find(&format!(":{plain}/… (webhook")).0, "webhook");
    let mail_row = find("email");
    assert_eq!(
        (mail_row.2.as_str(), mail_row.3),
        ("delivered", 1),
        "{mail_row:?}"
    );
    let by_port = |port: u16, status: &str| {
        rows.iter()
            .filter(|r| r.1.contains(&format!(":{port}/")) && r.2 == status)
            .map(|r| (r.3, r.4.clone()))
            .collect::<Vec<_>>()
    };
    // /json took it on the third try; /teams refused (404) and was not tried again.
    let mut plain_delivered = by_port(plain, "delivered");
    plain_delivered.sort();
    assert_eq!(plain_delivered, [(3, String::new())], "{rows:#?}");
    assert_eq!(by_port(plain, "failed"), [(1, "HTTP 404".to_string())]);
    assert_eq!(by_port(tls, "delivered"), [(1, String::new())], "{rows:#?}");
    let down = by_port(dead, "failed");
    assert_eq!(down.len(), 1);
    assert_eq!(down[0].0, 4, "a receiver that is down is tried four times");
    assert!(down[0].1.contains("could not connect"), "{down:?}");
    assert!(
        rows.iter()
            .all(|r| !r.1.contains("s3cr3t") && !r.1.contains("/json")),
        "the record names hosts, not paths: {rows:#?}"
    );

    let calls: Vec<Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        calls.iter().all(|c| c["signed"] == true),
        "every call is signed: {calls:#?}"
    );
    assert!(calls
        .iter()
        .all(|c| c["content_type"] == "application/json"));
    assert!(
        calls
            .iter()
            .all(|c| !c["body"].to_string().contains("4711")),
        "no body carries the contact"
    );
    let json_calls: Vec<&Value> = calls.iter().filter(|c| c["path"] == "/json").collect();
    assert_eq!(json_calls.len(), 3);
    assert!(
        json_calls
            .iter()
            .all(|c| c["delivery"] == json_calls[0]["delivery"]),
        "retries carry the same delivery id"
    );
    let body = &json_calls[2]["body"];
    assert_eq!(body["event"], "incident.reported");
    assert_eq!(body["incident"]["id"], id.as_str());
    assert_eq!(body["incident"]["reporter"], "ann@acme.example");
    assert_eq!(
        body["url"],
        format!("https://knownline.msp.example/incidents/{id}").as_str()
    );
    let slack = calls
        .iter()
        .find(|c| c["path"] == "/slack?token=s3cr3t")
        .unwrap();
    let text = slack["body"]["text"].as_str().unwrap();
    assert!(
        text.contains(&format!(
            "<https://knownline.msp.example/incidents/{id}|Open in knownline>"
        )),
        "{text}"
    );
    let teams = calls.iter().find(|c| c["path"] == "/teams").unwrap();
    assert_eq!(
        teams["body"]["attachments"][0]["content"]["type"],
        "AdaptiveCard"
    );
    assert!(
        !calls.iter().any(|c| c["path"] == "/bravo"),
        "another organisation's hooks hear nothing of Acme's reports"
    );
    let got = maildir(&mail, 1);
    assert_eq!(
        got.len(),
        1,
        "IT support is emailed through the STARTTLS relay"
    );
    assert!(got[0].contains(&id) && got[0].contains("To: it@acme.example"));

    // A campaign across both organisations: one warning reaches both organisations' hooks.
    let (s, _) = post(
        p,
        "/api/v1/incidents",
        &bob,
        &json!({"channel": "sms", "content": "Your PC is infected. Call 888-555-0190 now."}),
    );
    assert_eq!(s, 201);
    let (_, all) = get(p, "/api/v1/campaigns", &root);
    let campaign = all["campaigns"][0]["id"]
        .as_str()
        .expect("a campaign")
        .to_string();
    let (s, _) = post(
        p,
        &format!("/api/v1/campaigns/{campaign}/warn"),
        &root,
        &json!({"message": "Fake Microsoft calls from 888-555-0190 this week: hang up."}),
    );
    assert_eq!(s, 201);
    let warned: Vec<Value> = poll(20, 3, || {
        std::fs::read_to_string(&log)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .filter(|c| c["event"] == "campaign.warning" && c["status"] == 200)
            .collect()
    });
    let mut paths: Vec<&str> = warned.iter().map(|c| c["path"].as_str().unwrap()).collect();
    paths.sort();
    assert_eq!(
        paths,
        ["/bravo", "/json", "/slack?token=s3cr3t"],
        "{warned:#?}"
    );
    let bravo = warned.iter().find(|c| c["path"] == "/bravo").unwrap();
    assert_eq!(bravo["body"]["organisation"]["name"], "Bravo");
    assert!(bravo["body"]["warning"]["message"]
        .as_str()
        .unwrap()
        .contains("hang up"));
    drop(srv);
    for c in [&mut plain_rx, &mut tls_rx, &mut sink] {
        let _ = c.kill();
        let _ = c.wait();
    }
}

/// Checks a response against the OpenAPI document's schema for it.
fn documented(doc: &Value, path: &str, method: &str, status: u16, v: &Value) {
    let schema = response_schema(doc, path, method, status);
    assert!(!schema.is_null(), "{method} {path} {status} is documented");
    if let Err(e) = conforms(doc, schema, v, "$") {
        panic!("{method} {path} {status}: {e}\n{v:#}");
    }
}

/// IT support makes an organisation's check link; anyone with it checks and reports without an
/// account (a hostile name is escaped, reports are limited per address), and the reporter's
/// address reaches IT support; a new link retires the old; the settings page and the API set
/// the email and the webhooks and show the latest notifications.
#[test]
fn check_links_and_organisation_settings() {
    for db in backends() {
        let [ann, _abe, _bob, ida, root] = people(&db);
        let srv = start(&db);
        let p = srv.port;
        let (_, doc) = http(p, "GET", "/api/openapi.json", None, None);
        let doc: Value = serde_json::from_str(&doc).unwrap();
        let link_path = "/api/v1/orgs/{org}/check-link";
        let (s, r) = post(p, "/api/v1/orgs/Acme/check-link", &ann, &json!({}));
        assert_eq!(s, 403, "a member makes no links: {r}");
        let (s, r) = http(p, "POST", "/api/v1/orgs/Acme/check-link", Some(&ida), None);
        assert_eq!(s, 201);
        let r: Value = serde_json::from_str(&r).unwrap();
        documented(&doc, link_path, "post", 201, &r);
        let url = r["url"].as_str().unwrap().to_string();
        let link = url[url.find("/c/").expect("a /c/ link")..].to_string();

        // A visitor: no account, no session.
        let mut vic = Browser::new(p);
        let (s, _, page) = vic.go("GET", &link, &[]);
        assert_eq!(s, 200);
        assert!(page.contains("Acme"), "the page names the organisation");
        let csrf = csrf_of(&page);
        let contact = "<script>alert(1)</script> This is Microsoft support. Your computer is infected, call 1-888-555-0190 now and install AnyDesk.";
        let (s, _, _) = Browser::new(p).go("POST", &link, &[("csrf", &csrf), ("content", contact)]);
        assert_eq!(s, 403, "a form without its cookie is refused");
        let (s, _, result) = vic.go(
            "POST",
            &link,
            &[("csrf", &csrf), ("channel", "call"), ("content", contact)],
        );
        assert_eq!(s, 200);
        assert!(result.contains("very likely a scam"), "{result}");
        assert!(result.contains("&lt;script&gt;") && !result.contains("<script>alert"));
        assert!(result.contains("Your email, for IT support"));
        let (s, _, done) = vic.go(
            "POST",
            &format!("{link}/report"),
            &[
                ("csrf", &csrf),
                ("channel", "call"),
                ("content", contact),
                ("name", "Vic <b>Visitor</b>"),
                ("email", "vic@example.net"),
            ],
        );
        assert_eq!(s, 201, "{done}");
        let id = reference(&done);
        let (s, inc) = get(p, &format!("/api/v1/incidents/{id}"), &ida);
        assert_eq!(s, 200);
        documented(&doc, "/api/v1/incidents/{id}", "get", 200, &inc);
        assert_eq!(inc["reporter_id"], Value::Null);
        assert_eq!(inc["reporter"], "Vic <b>Visitor</b> <vic@example.net>");
        let (s, _) = get(p, &format!("/api/v1/incidents/{id}"), &ann);
        assert_eq!(s, 404, "a member sees only their own reports");
        let (mut it, it_csrf) = sign_in(p, "ida@acme.example");
        let (_, _, page) = it.go("GET", &format!("/incidents/{id}"), &[]);
        assert!(
            page.contains("Vic &lt;b&gt;Visitor&lt;/b&gt; &lt;vic@example.net&gt;"),
            "{page}"
        );
        assert!(!page.contains("<b>Visitor"));

        // Reports through links are limited per address.
        let mut codes = Vec::new();
        for n in 0..10 {
            let content = format!("Refund department: call 1-888-555-01{n:02} for your refund");
            let (s, _, _) = vic.go(
                "POST",
                &format!("{link}/report"),
                &[("csrf", &csrf), ("content", &content)],
            );
            codes.push(s);
        }
        assert_eq!(codes[..9], [201; 9]);
        assert_eq!(codes[9], 429, "the 11th report in an hour is refused");

        // A new link retires the old one; a link turned off is gone.
        let (_, r) = http(p, "POST", "/api/v1/orgs/Acme/check-link", Some(&root), None);
        let new_url: Value = serde_json::from_str(&r).unwrap();
        let new_link = new_url["url"].as_str().unwrap();
        let new_link = new_link[new_link.find("/c/").unwrap()..].to_string();
        assert_ne!(new_link, link);
        assert_eq!(Browser::new(p).go("GET", &link, &[]).0, 404);
        assert_eq!(Browser::new(p).go("GET", &new_link, &[]).0, 200);
        let (s, _) = http(
            p,
            "DELETE",
            "/api/v1/orgs/Acme/check-link",
            Some(&ida),
            None,
        );
        assert_eq!(s, 204);
        assert_eq!(Browser::new(p).go("GET", &new_link, &[]).0, 404);

        // The settings page.
        let (_, _, orgs) = it.go("GET", "/orgs", &[]);
        assert!(orgs.contains("Acme") && !orgs.contains("Bravo"), "{orgs}");
        assert!(
            !orgs.contains("Add an organisation"),
            "only admins add organisations"
        );
        let (s, _, _) = it.go("POST", "/orgs", &[("csrf", &it_csrf), ("name", "Echo")]);
        assert_eq!(s, 404);
        let (mut admin, admin_csrf) = sign_in(p, "root@msp.example");
        let (s, head, _) = admin.go("POST", "/orgs", &[("csrf", &admin_csrf), ("name", "Echo")]);
        assert_eq!(s, 303, "{head}");
        let (s, _, page) = admin.go("POST", "/orgs", &[("csrf", &admin_csrf), ("name", "echo")]);
        assert_eq!(s, 400);
        assert!(
            page.contains("Echo") && page.contains("role=\"alert\""),
            "{page}"
        );
        let acme_path = orgs
            .split("href=\"/orgs/")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .map(|id| format!("/orgs/{id}"))
            .unwrap();
        let (s, _, page) = it.go(
            "POST",
            &format!("{acme_path}/webhooks"),
            &[
                ("csrf", &it_csrf),
                ("url", "https://hooks.example.net/services/T0/B0/SECRETPATH"),
                ("format", "slack"),
            ],
        );
        assert_eq!(s, 200);
        assert!(
            page.contains("signing secret"),
            "the secret is shown once: {page}"
        );
        let (_, _, page) = it.go("GET", &acme_path, &[]);
        assert!(page.contains("https://hooks.example.net/… (webhook"));
        assert!(
            !page.contains("SECRETPATH"),
            "the page never shows the URL's path"
        );

        // Country and language: what Acme's people are told, set on the settings page.
        let (s, _, page) = it.go(
            "POST",
            &format!("{acme_path}/reader"),
            &[("csrf", &it_csrf), ("country", "XX"), ("language", "fr")],
        );
        assert_eq!(s, 400, "an unknown country is refused");
        assert!(page.contains("role=\"alert\""), "{page}");
        let (s, _, _) = it.go(
            "POST",
            &format!("{acme_path}/reader"),
            &[("csrf", &it_csrf), ("country", "GB"), ("language", "ja")],
        );
        assert_eq!(s, 400, "a language the steps are not written in is refused");
        let (s, _, _) = it.go(
            "POST",
            &format!("{acme_path}/reader"),
            &[("csrf", &it_csrf), ("country", "GB"), ("language", "fr")],
        );
        assert_eq!(s, 303);
        let (_, _, page) = it.go("GET", &acme_path, &[]);
        assert!(page.contains("<option value=\"GB\" selected>"), "{page}");
        let (mut member, member_csrf) = sign_in(p, "ann@acme.example");
        let bank_call = "Caller: This is the fraud department of your bank. Someone is taking money from your account. Move all your money to the new safe account we opened for you today and don't tell the branch.";
        let (s, _, result) = member.go(
            "POST",
            "/check",
            &[
                ("csrf", &member_csrf),
                ("channel", "call"),
                ("content", bank_call),
            ],
        );
        assert_eq!(s, 200);
        assert!(
            result.contains("lang=\"fr\""),
            "the result is in French: {result}"
        );
        assert!(
            result.contains("Raccrochez"),
            "the first step hangs up, in French: {result}"
        );
        assert!(
            result.contains("href=\"tel:159\""),
            "the UK's bank line is a link to dial: {result}"
        );
        assert!(
            !result.contains("911"),
            "no other country's numbers: {result}"
        );
        let (_, audit) = get(p, "/api/v1/audit", &root);
        assert!(
            audit.to_string().contains("org.reader"),
            "the change is audited"
        );
        let (s, _, _) = it.go(
            "POST",
            &format!("{acme_path}/reader"),
            &[("csrf", &it_csrf), ("country", ""), ("language", "")],
        );
        assert_eq!(s, 303, "both can be unset again");
        let (s, _, page) = it.go(
            "POST",
            &format!("{acme_path}/webhooks"),
            &[("csrf", &it_csrf), ("url", "ftp://hooks.example.net/x")],
        );
        assert_eq!(s, 400);
        assert!(page.contains("http:// or https://"), "{page}");
        let (s, _, _) = it.go(
            "POST",
            &format!("{acme_path}/notify"),
            &[("csrf", &it_csrf), ("email", "helpdesk@acme.example")],
        );
        assert_eq!(s, 303);
        let (_, _, page) = it.go("GET", &acme_path, &[]);
        assert!(page.contains("value=\"helpdesk@acme.example\""));
        assert!(page.contains("Latest notifications"));
        assert!(page.contains("helpdesk@acme.example") || page.contains("None yet"));
        let (member, _) = sign_in(p, "ann@acme.example");
        let mut member = member;
        assert_eq!(
            member.go("GET", &acme_path, &[]).0,
            403,
            "members do not change settings"
        );

        // The same through the API.
        let (s, hooks) = get(p, "/api/v1/orgs/Acme/webhooks", &ida);
        assert_eq!(s, 200);
        documented(&doc, "/api/v1/orgs/{org}/webhooks", "get", 200, &hooks);
        assert_eq!(hooks["webhooks"].as_array().unwrap().len(), 1);
        assert!(!hooks.to_string().contains("SECRETPATH"));
        let (s, added) = post(
            p,
            "/api/v1/orgs/Acme/webhooks",
            &ida,
            &json!({"url": "https://example.net/teams-hook", "format": "teams"}),
        );
        assert_eq!(s, 201);
        documented(&doc, "/api/v1/orgs/{org}/webhooks", "post", 201, &added);
        assert_eq!(added["secret"].as_str().unwrap().len(), 67);
        let (s, _) = post(
            p,
            "/api/v1/orgs/Acme/webhooks",
            &ida,
            &json!({"url": "https://x.example", "format": "irc"}),
        );
        assert_eq!(s, 400);
        let hook_id = added["id"].as_str().unwrap();
        let (s, _) = http(
            p,
            "DELETE",
            &format!("/api/v1/orgs/Acme/webhooks/{hook_id}"),
            Some(&ida),
            None,
        );
        assert_eq!(s, 204);
        let (s, _) = http(
            p,
            "DELETE",
            &format!("/api/v1/orgs/Acme/webhooks/{hook_id}"),
            Some(&ida),
            None,
        );
        assert_eq!(s, 404);
        let (s, d) = get(p, "/api/v1/deliveries?failed=true", &ida);
        assert_eq!(s, 200);
        documented(&doc, "/api/v1/deliveries", "get", 200, &d);
        let (_, d) = get(p, "/api/v1/deliveries", &ann);
        assert_eq!(d["deliveries"], json!([]), "members see no notifications");
    }
}

/// The README's first command on a fresh machine: no config file, no database, no users.
/// `knownline serve` makes the SQLite store in the data directory, prints the first-admin
/// link, serves, and on SIGTERM finishes and exits cleanly.
#[test]
fn serve_starts_from_nothing_and_stops_on_sigterm() {
    let home = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_knownline"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("HOME", home.path())
        .env_remove("XDG_DATA_HOME")
        .env_remove("KNOWNLINE_DATABASE_URL")
        .env_remove("KNOWNLINE_PUBLIC_URL")
        .current_dir(home.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut banner = String::new();
    let mut line = String::new();
    while !line.contains("serving") {
        line.clear();
        assert!(err.read_line(&mut line).unwrap() > 0, "stopped: {banner}");
        banner.push_str(&line);
    }
    assert!(
        banner.contains(&format!("http://127.0.0.1:{port}/setup/")),
        "{banner}"
    );
    assert!(home
        .path()
        .join(".local/share/knownline/knownline.db")
        .is_file());
    assert_eq!(
        http(port, "GET", "/readyz", None, None),
        (200, "ready\n".into())
    );
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            Instant::now() < deadline,
            "still running 15 s after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
    let mut rest = String::new();
    let _ = err.read_to_string(&mut rest);
    assert!(rest.contains("shutting down"), "{rest}");
}

/// The server's log, even at `debug`, never holds a password, a token, a session, a contact's
/// words, a check link or a webhook's secret path, whatever happens to them.
#[test]
fn logs_hold_no_secrets_and_no_contact_contents() {
    let db = crate::store::backends().remove(0);
    let [ann, _abe, _bob, ida, _root] = people(&db);
    let dead = free_port();
    ok(kl(
        &db,
        &[
            "org",
            "webhook",
            "add",
            "--org",
            "Acme",
            "--url",
            &format!("http://127.0.0.1:{dead}/services/HOOKPATHSECRET"),
        ],
    ));
    let srv = start_with(
        &db,
        &[
            ("KNOWNLINE_LOG", "debug"),
            ("KNOWNLINE_RETRY_SCHEDULE", "100ms,100ms,100ms"),
        ],
    );
    let p = srv.port;
    let words = "Windows support here: read me the code 918273 and your PIN zebra-walrus-4711";
    let (s, r) = post(
        p,
        "/api/v1/incidents",
        &ann,
        &json!({"channel": "call", "content": words}),
    );
    assert_eq!(s, 201);
    let id = r["id"].as_str().unwrap().to_string();
    let (s, _) = http(
        p,
        "PATCH",
        &format!("/api/v1/incidents/{id}"),
        Some(&ida),
        Some(json!({"status": "confirmed_scam", "note": "note-kiwi-5512", "reply": "reply-mango-8841"}).to_string().as_bytes()),
    );
    assert_eq!(s, 200);
    let (_, link) = http(p, "POST", "/api/v1/orgs/Acme/check-link", Some(&ida), None);
    let link: Value = serde_json::from_str(&link).unwrap();
    let link = link["url"].as_str().unwrap().to_string();
    let token = link.rsplit('/').next().unwrap().to_string();
    let (mut b, csrf) = sign_in(p, "ann@acme.example");
    let (s, _, _) = b.go("POST", "/check", &[("csrf", &csrf), ("content", words)]);
    assert_eq!(s, 200);
    let (s, _, _) = Browser::new(p).go(
        "POST",
        "/login",
        &[
            ("csrf", "x"),
            ("email", "ann@acme.example"),
            ("password", "wrong-password-otter"),
        ],
    );
    assert_eq!(s, 403);
    let session = b.cookies.get("kl_session").cloned().unwrap();
    // The webhook to a closed port is given up after its four tries.
    let failed = poll(20, 1, || {
        ok(kl(&db, &["deliveries", "--failed"]))
            .lines()
            .filter(|l| l.contains("webhook"))
            .map(str::to_string)
            .collect()
    });
    assert_eq!(failed.len(), 1);
    let log = srv.log.lock().unwrap().clone();
    assert!(log.contains(&id), "the log names ids: {log}");
    for secret in [
        "918273",
        "zebra-walrus",
        "note-kiwi",
        "reply-mango",
        "correct horse",
        "wrong-password-otter",
        "HOOKPATHSECRET",
        token.as_str(),
        ann.as_str(),
        ida.as_str(),
        session.as_str(),
    ] {
        assert!(!log.contains(secret), "{secret:?} is in the log:\n{log}");
    }
}

/// Cookies are HttpOnly and SameSite=Strict always, and Secure when the request came over TLS
/// (a proxy in front says so with X-Forwarded-Proto).
#[test]
fn cookies_are_secure_behind_tls() {
    let db = crate::store::backends().remove(0);
    let srv = start(&db);
    let port = srv.port;
    let head = |proto: Option<&str>| {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        let extra = proto
            .map(|p| format!("X-Forwarded-Proto: {p}\r\n"))
            .unwrap_or_default();
        write!(
            s,
            "GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{extra}\r\n"
        )
        .unwrap();
        let mut raw = String::new();
        s.read_to_string(&mut raw).unwrap();
        raw.split("\r\n\r\n").next().unwrap().to_ascii_lowercase()
    };
    let cookie = |h: &str| {
        h.lines()
            .find(|l| l.starts_with("set-cookie:"))
            .unwrap_or_default()
            .to_string()
    };
    let plain = cookie(&head(None));
    assert!(
        plain.contains("httponly") && plain.contains("samesite=strict"),
        "{plain}"
    );
    assert!(!plain.contains("secure"), "{plain}");
    let tls = cookie(&head(Some("https")));
    assert!(tls.contains("; secure"), "{tls}");
    let h = head(None);
    assert!(h.contains("content-security-policy: default-src 'self'; frame-ancestors 'none'"));
    assert!(h.contains("x-content-type-options: nosniff"));
    drop(srv);
    // Served as https:// (public_url), every cookie is Secure whatever the proxy says.
    let srv = start_with(
        &db,
        &[("KNOWNLINE_PUBLIC_URL", "https://knownline.msp.example")],
    );
    let mut s = TcpStream::connect(("127.0.0.1", srv.port)).unwrap();
    write!(
        s,
        "GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let cookies: Vec<&str> = raw
        .lines()
        .filter(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
        .collect();
    assert_eq!(cookies.len(), 1, "{raw}");
    assert!(
        cookies[0].ends_with("; Secure") && cookies[0].matches("Secure").count() == 1,
        "{cookies:?}"
    );
}

/// A webhook receiver (the test script) on `port` writing to `log`: each path's secret and
/// answers as the script takes them, over HTTPS with `tls` (certificate, key); returned once it
/// accepts connections.
pub(crate) fn receiver(
    port: u16,
    log: &std::path::Path,
    secrets: &Value,
    plan: &Value,
    tls: Option<(&str, &str)>,
) -> Child {
    let script = env!("CARGO_MANIFEST_DIR").to_string() + "/tests/webhook_receiver.py";
    let mut c = Command::new("python3");
    c.arg(script)
        .arg(port.to_string())
        .arg(log)
        .arg(secrets.to_string())
        .arg(plan.to_string());
    if let Some((cert, key)) = tls {
        c.args([cert, key]);
    }
    let child = c
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_port(port);
    child
}

/// Notifications wait in the store's outbox: one whose receiver is down when the server is
/// killed (`kill -9`) is sent by the next server once the receiver is back; one given up is
/// tried again on request by IT support, not by a member.
#[test]
fn notifications_survive_a_crash_and_failed_ones_can_be_retried() {
    if !have_aiosmtpd() {
        return;
    }
    for db in backends() {
        let [ann, _abe, _bob, ida, _root] = people(&db);
        let (first, second) = (free_port(), free_port());
        for port in [first, second] {
            ok(kl(
                &db,
                &[
                    "org",
                    "webhook",
                    "add",
                    "--org",
                    "Acme",
                    "--url",
                    &format!("http://127.0.0.1:{port}/hook"),
                ],
            ));
        }
        let log = db._dir.path().join("calls.jsonl");
        let slow = [("KNOWNLINE_RETRY_SCHEDULE", "1s,1s,1s,1s,1s,1s,1s,1s")];
        let mut srv = start_with(&db, &slow);
        let (s, r) = post(
            srv.port,
            "/api/v1/incidents",
            &ann,
            &json!({"content": "Microsoft support: call 1-888-555-0190 now"}),
        );
        assert_eq!(s, 201);
        let id = r["id"].as_str().unwrap().to_string();
        // Both receivers are down: the first tries fail and the calls wait for their next.
        let waiting = poll(20, 2, || {
            ok(kl(&db, &["deliveries"]))
                .lines()
                .filter(|l| l.contains("\tpending\t") && l.contains("1 attempt(s)"))
                .map(str::to_string)
                .collect()
        });
        assert_eq!(waiting.len(), 2, "{waiting:?}");
        let _ = srv.child.kill();
        let _ = srv.child.wait();
        let mut rx = receiver(first, &log, &json!({}), &json!({}), None);
        // The next server, with a short schedule: the first hook gets its call, the second
        // (still down) is given up.
        let srv = start_with(&db, &[("KNOWNLINE_RETRY_SCHEDULE", "100ms")]);
        let settled = deliveries(&db, 2);
        let calls: Vec<Value> = std::fs::read_to_string(&log)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(calls.len(), 1, "{settled:?}");
        assert_eq!(calls[0]["body"]["incident"]["id"], id.as_str());
        let statuses: Vec<(String, i64)> = settled.iter().map(|r| (r.2.clone(), r.3)).collect();
        assert!(statuses.contains(&("delivered".into(), 2)), "{settled:?}");
        assert!(statuses.contains(&("failed".into(), 2)), "{settled:?}");

        // Try the given-up one again once its receiver is back.
        let (_, failed) = get(srv.port, "/api/v1/deliveries?failed=true", &ida);
        let failed_id = failed["deliveries"][0]["id"].as_str().unwrap().to_string();
        let retry = format!("/api/v1/deliveries/{failed_id}/retry");
        let (s, _) = http(srv.port, "POST", &retry, Some(&ann), None);
        assert_eq!(s, 404, "members do not touch notifications");
        let mut rx2 = receiver(second, &log, &json!({}), &json!({}), None);
        let (s, _) = http(srv.port, "POST", &retry, Some(&ida), None);
        assert_eq!(s, 202);
        let calls = poll(20, 2, || {
            std::fs::read_to_string(&log)
                .unwrap_or_default()
                .lines()
                .map(str::to_string)
                .collect()
        });
        assert_eq!(calls.len(), 2);
        let (_, failed) = get(srv.port, "/api/v1/deliveries?failed=true", &ida);
        assert_eq!(failed["deliveries"], json!([]));
        let (s, _) = http(srv.port, "POST", &retry, Some(&ida), None);
        assert_eq!(s, 404, "only a failed notification is tried again");
        drop(srv);
        for c in [&mut rx, &mut rx2] {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Everything the pages manage, the API does too, under the same rules: organisations (admins),
/// directories (IT support edits, members read, others get 404), one's own tokens, users
/// (admins) and the audit log (IT support, scoped); every answer matches the OpenAPI document.
#[test]
fn the_api_manages_what_the_pages_do() {
    for db in backends() {
        let [ann, _abe, bob, ida, root] = people(&db);
        let srv = start(&db);
        let p = srv.port;
        let (_, doc) = http(p, "GET", "/api/openapi.json", None, None);
        let doc: Value = serde_json::from_str(&doc).unwrap();

        let (s, org) = post(p, "/api/v1/orgs", &root, &json!({"name": "Charlie"}));
        assert_eq!(s, 201);
        documented(&doc, "/api/v1/orgs", "post", 201, &org);
        assert_eq!(
            post(p, "/api/v1/orgs", &root, &json!({"name": "charlie"})).0,
            409
        );
        assert_eq!(
            post(p, "/api/v1/orgs", &ida, &json!({"name": "Delta"})).0,
            403
        );
        let (s, orgs) = get(p, "/api/v1/orgs", &bob);
        assert_eq!(s, 200);
        documented(&doc, "/api/v1/orgs", "get", 200, &orgs);
        let names: Vec<&str> = orgs["orgs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["Bravo"]);

        // Nobody chooses another person's password: an admin invites, the person chooses.
        let with_password = json!({"email": "carl@charlie.example", "password": "a long enough password", "role": "analyst", "orgs": ["Charlie"]});
        let (s, refused) = post(p, "/api/v1/users", &root, &with_password);
        assert_eq!(s, 400);
        assert!(refused["error"]
            .as_str()
            .unwrap()
            .contains("choose their own password"));
        let carl = json!({"email": "carl@charlie.example", "role": "analyst", "orgs": ["Charlie"]});
        assert_eq!(post(p, "/api/v1/users", &ida, &carl).0, 403);
        let (s, invitation) = post(p, "/api/v1/users", &root, &carl);
        assert_eq!(s, 201, "{invitation}");
        documented(&doc, "/api/v1/users", "post", 201, &invitation);
        assert_eq!(invitation["org_ids"][0], org["id"]);
        let url = invitation["url"].as_str().unwrap();
        accept_invitation(p, url, "carl's very own password");
        let (_, carl_session) = sign_in_with(p, "carl@charlie.example", "carl's very own password");
        assert!(!carl_session.is_empty());
        let (s, users) = get(p, "/api/v1/users", &root);
        assert_eq!(s, 200);
        documented(&doc, "/api/v1/users", "get", 200, &users);
        assert_eq!(users["users"].as_array().unwrap().len(), 6);
        assert_eq!(get(p, "/api/v1/users", &ida).0, 403);

        // The directory.
        let bank = json!({"name": "First Harbor Bank", "role": "bank", "phones": ["+1 212 555 0111"], "domains": ["www.firstharbor.com"]});
        let path = "/api/v1/orgs/Acme/directory";
        assert_eq!(
            post(p, path, &ann, &bank).0,
            403,
            "members read the directory, not edit it"
        );
        assert_eq!(post(p, path, &bob, &bank).0, 404);
        let (s, entry) = post(p, path, &ida, &bank);
        assert_eq!(s, 201, "{entry}");
        documented(&doc, "/api/v1/orgs/{org}/directory", "post", 201, &entry);
        assert_eq!(entry["phones"][0], "+12125550111");
        assert_eq!(entry["domains"][0], "firstharbor.com");
        assert_eq!(entry["verified_by"], "ida@acme.example");
        assert_eq!(post(p, path, &ida, &bank).0, 409);
        assert_eq!(post(p, &format!("{path}?replace=true"), &ida, &bank).0, 201);
        let (s, e) = post(
            p,
            path,
            &ida,
            &json!({"name": "X", "role": "bank", "phones": ["12"]}),
        );
        assert_eq!(s, 400);
        assert!(e["error"].as_str().unwrap().contains("12"), "{e}");
        assert_eq!(
            post(
                p,
                path,
                &ida,
                &json!({"name": "X", "role": "bank", "colour": "red"})
            )
            .0,
            422
        );
        let (s, list) = get(p, path, &ann);
        assert_eq!(s, 200);
        documented(&doc, "/api/v1/orgs/{org}/directory", "get", 200, &list);
        assert_eq!(list["entries"].as_array().unwrap().len(), 1);
        assert_eq!(get(p, path, &bob).0, 404);
        // Checks see the change at once.
        let (_, a) = post(
            p,
            "/api/v1/check",
            &ann,
            &json!({"channel": "call", "content": "Caller: This is the fraud team of First Harbor Bank, call us back on 1-302-555-0187 right away."}),
        );
        assert!(a.to_string().contains("directory.number_not_theirs"), "{a}");
        let remove = format!("{path}/First%20Harbor%20Bank");
        assert_eq!(http(p, "DELETE", &remove, Some(&bob), None).0, 404);
        assert_eq!(http(p, "DELETE", &remove, Some(&ida), None).0, 204);
        assert_eq!(http(p, "DELETE", &remove, Some(&ida), None).0, 404);

        // One's own tokens.
        let (s, made) = post(p, "/api/v1/tokens", &ann, &json!({"name": "mail script"}));
        assert_eq!(s, 201);
        documented(&doc, "/api/v1/tokens", "post", 201, &made);
        let fresh = made["token"].as_str().unwrap().to_string();
        let (s, mine) = get(p, "/api/v1/tokens", &fresh);
        assert_eq!(s, 200);
        documented(&doc, "/api/v1/tokens", "get", 200, &mine);
        assert!(
            !mine.to_string().contains(&fresh),
            "token values never come back"
        );
        let id = mine["tokens"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["name"] == "mail script")
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(
            http(
                p,
                "DELETE",
                &format!("/api/v1/tokens/{id}"),
                Some(&bob),
                None
            )
            .0,
            404
        );
        assert_eq!(
            http(
                p,
                "DELETE",
                &format!("/api/v1/tokens/{id}"),
                Some(&ann),
                None
            )
            .0,
            204
        );
        assert_eq!(
            get(p, "/api/v1/tokens", &fresh).0,
            401,
            "a revoked token opens nothing"
        );

        // The audit log.
        let (s, audit) = get(p, "/api/v1/audit", &ida);
        assert_eq!(s, 200);
        documented(&doc, "/api/v1/audit", "get", 200, &audit);
        let rows = audit["audit"].as_array().unwrap();
        assert!(
            rows.iter().any(|r| r["action"] == "directory.add"),
            "{audit:#}"
        );
        let acme_id = ok(kl(&db, &["org", "list", "--format", "json"]));
        let acme_id: Value = serde_json::from_str(&acme_id).unwrap();
        let acme_id = acme_id
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["name"] == "Acme")
            .unwrap()["id"]
            .clone();
        assert!(
            rows.iter().all(|r| r["org_id"] == acme_id),
            "an analyst reads only their organisations' rows"
        );
        assert_eq!(get(p, "/api/v1/audit", &ann).0, 403);
        let (_, all) = get(p, "/api/v1/audit?limit=200", &root);
        assert!(all["audit"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["org_id"] == org["id"]));
    }
}

/// Admins change roles and organisations and end access (tokens and sessions stop at once,
/// the last admin stays); people change their own password, which ends their other sessions.
#[test]
fn admins_manage_roles_and_access_and_people_change_their_password() {
    for db in backends() {
        let [ann, abe, _bob, ida, root] = people(&db);
        let srv = start(&db);
        let p = srv.port;
        let (_, doc) = http(p, "GET", "/api/openapi.json", None, None);
        let doc: Value = serde_json::from_str(&doc).unwrap();
        let (_, users) = get(p, "/api/v1/users", &root);
        let id_of = |email: &str| {
            users["users"]
                .as_array()
                .unwrap()
                .iter()
                .find(|u| u["email"] == email)
                .unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        };
        let (ann_id, abe_id, root_id) = (
            id_of("ann@acme.example"),
            id_of("abe@acme.example"),
            id_of("root@msp.example"),
        );
        let patch = |token: &str, id: &str, body: Value| {
            let (s, b) = http(
                p,
                "PATCH",
                &format!("/api/v1/users/{id}"),
                Some(token),
                Some(body.to_string().as_bytes()),
            );
            (s, serde_json::from_str::<Value>(&b).unwrap_or(Value::Null))
        };
        // Ann becomes an analyst of both organisations, and sees Bravo's queue at once.
        assert_eq!(get(p, "/api/v1/incidents?org=Bravo", &ann).0, 404);
        let change = json!({"role": "analyst", "orgs": ["Acme", "Bravo"]});
        assert_eq!(patch(&ida, &ann_id, change.clone()).0, 403);
        let (s, changed) = patch(&root, &ann_id, change);
        assert_eq!(s, 200, "{changed}");
        documented(&doc, "/api/v1/users/{id}", "patch", 200, &changed);
        assert_eq!(changed["org_ids"].as_array().unwrap().len(), 2);
        assert_eq!(get(p, "/api/v1/incidents?org=Bravo", &ann).0, 200);
        let (s, e) = patch(&root, &ann_id, json!({"role": "member"}));
        assert_eq!(s, 400, "a member needs an organisation: {e}");
        // The last admin stays.
        let (s, e) = patch(&root, &root_id, json!({"role": "member", "orgs": ["Acme"]}));
        assert_eq!(s, 400);
        assert!(e["error"].as_str().unwrap().contains("last admin"));
        assert_eq!(
            http(
                p,
                "DELETE",
                &format!("/api/v1/users/{root_id}"),
                Some(&root),
                None
            )
            .0,
            400
        );

        // Abe's access ends: token, session and sign-in.
        let (mut abe_page, _) = sign_in(p, "abe@acme.example");
        assert_eq!(
            http(
                p,
                "DELETE",
                &format!("/api/v1/users/{abe_id}"),
                Some(&ida),
                None
            )
            .0,
            403
        );
        assert_eq!(
            http(
                p,
                "DELETE",
                &format!("/api/v1/users/{abe_id}"),
                Some(&root),
                None
            )
            .0,
            204
        );
        assert_eq!(get(p, "/api/v1/incidents", &abe).0, 401);
        assert_eq!(
            abe_page.go("GET", "/check", &[]).0,
            303,
            "the session has ended"
        );
        let mut again = Browser::new(p);
        let (_, _, login) = again.go("GET", "/login", &[]);
        let (s, _, _) = again.go(
            "POST",
            "/login",
            &[
                ("csrf", &csrf_of(&login)),
                ("email", "abe@acme.example"),
                ("password", "correct horse battery staple"),
            ],
        );
        assert_eq!(s, 401, "no sign-in after access ends");
        let (_, users) = get(p, "/api/v1/users", &root);
        assert!(!users.to_string().contains("abe@acme.example"));

        // Ida changes her password: her other sessions end, this one stays, the old one fails.
        let (mut other, _) = sign_in(p, "ida@acme.example");
        let (mut here, csrf) = sign_in(p, "ida@acme.example");
        let (s, _, page) = here.go(
            "POST",
            "/account",
            &[
                ("csrf", &csrf),
                ("current", "wrong"),
                ("new", "a brand new passphrase"),
            ],
        );
        assert_eq!(s, 400);
        assert!(page.contains("not right"));
        let (s, _, page) = here.go(
            "POST",
            "/account",
            &[
                ("csrf", &csrf),
                ("current", "correct horse battery staple"),
                ("new", "a brand new passphrase"),
            ],
        );
        assert_eq!(s, 200, "{page}");
        assert_eq!(here.go("GET", "/check", &[]).0, 200, "this session stays");
        assert_eq!(
            other.go("GET", "/check", &[]).0,
            303,
            "the other session ended"
        );
        let (s, _) = post(
            p,
            "/api/v1/account/password",
            &ida,
            &json!({"current": "correct horse battery staple", "new": "whatever else entirely"}),
        );
        assert_eq!(s, 400, "the old password no longer works");
        let (s, _) = post(
            p,
            "/api/v1/account/password",
            &ida,
            &json!({"current": "a brand new passphrase", "new": "short"}),
        );
        assert_eq!(s, 400);

        // The pages: only an admin edits a user.
        let (mut admin, admin_csrf) = sign_in(p, "root@msp.example");
        let (s, _, page) = admin.go("GET", &format!("/users/{ann_id}"), &[]);
        assert_eq!(s, 200);
        assert!(page.contains("End access for ann@acme.example"));
        assert_eq!(here.go("GET", &format!("/users/{ann_id}"), &[]).0, 404);
        let orgs: Value =
            serde_json::from_str(&ok(kl(&db, &["org", "list", "--format", "json"]))).unwrap();
        let acme = orgs
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["name"] == "Acme")
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        let (s, _, _) = admin.go(
            "POST",
            &format!("/users/{ann_id}"),
            &[("csrf", &admin_csrf), ("role", "member"), ("org", &acme)],
        );
        assert_eq!(s, 303);
        assert_eq!(
            get(p, "/api/v1/incidents?org=Bravo", &ann).0,
            404,
            "back to Acme only"
        );
        let (_, audit) = get(p, "/api/v1/audit", &root);
        let actions: Vec<&str> = audit["audit"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["action"].as_str().unwrap())
            .collect();
        for a in ["user.update", "user.disable", "user.password"] {
            assert!(actions.contains(&a), "{a} is audited: {actions:?}");
        }
        assert!(!audit.to_string().contains("brand new passphrase"));
    }
}

/// Issue 11: one member's "it was a scam" made a trusted bank's number a known scam for every
/// organisation, with no way back, and a reporter read IT support's private notes.
#[test]
fn only_it_support_writes_the_shared_scam_list_and_notes_stay_private() {
    for db in backends() {
        let [ann, _abe, bob, ida, root] = people(&db);
        // Bravo's own bank, in Bravo's directory.
        ok(kl(
            &db,
            &[
                "directory",
                "add",
                "--org",
                "Bravo",
                "--name",
                "First Harbor Bank",
                "--role",
                "bank",
                "--phone",
                "+1 617 555 0188",
            ],
        ));
        let srv = start(&db);
        let p = srv.port;
        let doc: Value = serde_json::from_str(knownline_server::OPENAPI).unwrap();
        let scam_text = |number: &str| json!({"channel": "sms", "content": format!("Your account is locked. Call {number} now to unlock it.")});
        let flagged_by_list = |token: &str, number: &str| -> bool {
            let (s, a) = post(p, "/api/v1/check", token, &scam_text(number));
            assert_eq!(s, 200);
            a["signals"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["id"] == "reputation.known_scam")
        };
        let outcome = |token: &str, id: &str, what: &str| {
            post(
                p,
                &format!("/api/v1/verify/{id}/outcome"),
                token,
                &json!({ "outcome": what }),
            )
        };
        // A member verifies a caller and says it was a scam: a suggestion, no check changes.
        let (_, v) = post(
            p,
            "/api/v1/verify",
            &ann,
            &json!({"claims": "Microsoft support", "number": "+1 888 555 0142"}),
        );
        let vid = v["id"].as_str().unwrap().to_string();
        assert_eq!(outcome(&bob, &vid, "scam").0, 404, "not theirs");
        let (s, r) = outcome(&ann, &vid, "scam");
        assert_eq!(s, 200, "{r}");
        documented(&doc, "/api/v1/verify/{id}/outcome", "post", 200, &r);
        assert!(r["shared_list"]
            .as_str()
            .unwrap()
            .contains("passed to your IT support"));
        assert!(
            !flagged_by_list(&bob, "+1 888 555 0142"),
            "a member's scam changes no check"
        );
        // Members have no say over the list.
        assert_eq!(get(p, "/api/v1/indicators", &ann).0, 403);
        let (s, list) = get(p, "/api/v1/indicators?status=suggested", &ida);
        assert_eq!(s, 200);
        documented(&doc, "/api/v1/indicators", "get", 200, &list);
        let phone = list["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["value"] == "+18885550142")
            .expect("the suggestion is shown to IT support")
            .clone();
        let id = phone["id"].as_str().unwrap();
        assert_eq!(phone["sources"][0]["actor"], "ann@acme.example");
        let confirm = format!("/api/v1/indicators/{id}/confirm");
        assert_eq!(post(p, &confirm, &ann, &json!({})).0, 403);
        let (s, confirmed) = post(p, &confirm, &ida, &json!({}));
        assert_eq!(s, 200, "{confirmed}");
        documented(
            &doc,
            "/api/v1/indicators/{id}/confirm",
            "post",
            200,
            &confirmed,
        );
        // At once, in another organisation's check.
        assert!(flagged_by_list(&bob, "+1 888 555 0142"));
        // Removed: the next check no longer flags it.
        let (s, removed) = http(
            p,
            "DELETE",
            &format!("/api/v1/indicators/{id}"),
            Some(&ann),
            None,
        );
        assert_eq!(s, 403, "{removed}");
        let (s, removed) = http(
            p,
            "DELETE",
            &format!("/api/v1/indicators/{id}"),
            Some(&ida),
            None,
        );
        assert_eq!(s, 200, "{removed}");
        documented(
            &doc,
            "/api/v1/indicators/{id}",
            "delete",
            200,
            &serde_json::from_str(&removed).unwrap(),
        );
        assert!(!flagged_by_list(&bob, "+1 888 555 0142"));

        // Bravo's bank number, reported by Acme's member, can never become active.
        let (_, v) = post(
            p,
            "/api/v1/verify",
            &ann,
            &json!({"claims": "First Harbor Bank", "number": "+1 617 555 0188"}),
        );
        let bank_vid = v["id"].as_str().unwrap().to_string();
        assert_eq!(outcome(&ann, &bank_vid, "scam").0, 200);
        let (_, list) = get(p, "/api/v1/indicators?conflicts=1", &root);
        let bank = list["indicators"].as_array().unwrap()[0].clone();
        assert_eq!(
            bank["conflict"],
            "ann@acme.example reported the directory's number for First Harbor Bank (Bravo) as a scam: check the directory entry"
        );
        let (s, refused) = post(
            p,
            &format!(
                "/api/v1/indicators/{}/confirm",
                bank["id"].as_str().unwrap()
            ),
            &root,
            &json!({}),
        );
        assert_eq!(s, 409, "{refused}");
        assert!(!flagged_by_list(&bob, "+1 617 555 0188"));
        // Nor by triage: the scam's own number becomes active, the directory's does not.
        let report = json!({"channel": "sms", "content": "First Harbor Bank: your card is blocked. Call +1 617 555 0188 or +1 888 555 0199 now.", "note": "reporter's words"});
        let (s, inc) = post(p, "/api/v1/incidents", &ann, &report);
        assert_eq!(s, 201, "{inc}");
        let inc_path = format!("/api/v1/incidents/{}", inc["id"].as_str().unwrap());
        let (s, t) = http(
            p,
            "PATCH",
            &inc_path,
            Some(&ida),
            Some(
                json!({"status": "confirmed_scam", "note": "private-walnut-7731", "reply": "reply-plum-2207: a scam, well spotted"})
                    .to_string()
                    .as_bytes(),
            ),
        );
        assert_eq!(s, 200, "{t}");
        let t: Value = serde_json::from_str(&t).unwrap();
        documented(&doc, "/api/v1/incidents/{id}", "patch", 200, &t);
        assert_eq!(t["kept_off_the_list"], json!(["+16175550188"]));
        assert!(flagged_by_list(&bob, "+1 888 555 0199"));
        assert!(!flagged_by_list(&bob, "+1 617 555 0188"));

        // The reporter reads the status and the reply, on the API and the page, never the note.
        let (_, mine) = get(p, &inc_path, &ann);
        documented(&doc, "/api/v1/incidents/{id}", "get", 200, &mine);
        assert_eq!(mine["status"], "confirmed_scam");
        assert!(mine.get("note").is_none());
        assert!(!mine.to_string().contains("private-walnut"));
        assert!(mine["replies"][0]["body"]
            .as_str()
            .unwrap()
            .starts_with("reply-plum-2207"));
        let (mut ann_b, _) = sign_in(p, "ann@acme.example");
        let (s, _, page) = ann_b.go(
            "GET",
            &format!("/incidents/{}", inc["id"].as_str().unwrap()),
            &[],
        );
        assert_eq!(s, 200);
        assert!(
            page.contains("reply-plum-2207") && page.contains("reporter&#39;s words")
                || page.contains("reporter's words")
        );
        assert!(
            !page.contains("private-walnut"),
            "the reporter's page shows no note"
        );
        assert!(!page.contains("name=\"status\""), "and no triage");
        assert_eq!(ann_b.go("GET", "/indicators", &[]).0, 404);
        // IT support sees the note, the scam list and the status box at the current status.
        let (mut ida_b, _) = sign_in(p, "ida@acme.example");
        let (_, _, page) = ida_b.go(
            "GET",
            &format!("/incidents/{}", inc["id"].as_str().unwrap()),
            &[],
        );
        assert!(page.contains("private-walnut-7731"));
        assert!(
            page.contains("<option value=\"confirmed_scam\" selected"),
            "{page}"
        );
        let (s, _, list_page) = ida_b.go("GET", "/indicators", &[]);
        assert_eq!(s, 200);
        assert!(
            list_page.contains("888-555-0199") || list_page.contains("888 555 0199"),
            "{list_page}"
        );
        assert!(
            list_page.contains("another organisation&#39;s trusted directory")
                || list_page.contains("another organisation's trusted directory")
        );
        let (_, _, new_inc_page) = {
            let (_, fresh) = post(
                p,
                "/api/v1/incidents",
                &ann,
                &json!({"channel": "sms", "content": "hello there"}),
            );
            ida_b.go(
                "GET",
                &format!("/incidents/{}", fresh["id"].as_str().unwrap()),
                &[],
            )
        };
        assert!(
            new_inc_page.contains("<option value=\"new\" selected"),
            "a new incident's box starts at new"
        );
    }
}
