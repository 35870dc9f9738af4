//! `knownline serve` over real HTTP on loopback, on SQLite and on PostgreSQL: the API
//! contract, tenancy (another organisation's incident is a 404), bad requests, and
//! acknowledged reports surviving `kill -9`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::store::{backends, kl, ok, Db};

/// A running server and its port.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(db: &Db) -> Server {
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_knownline"))
        .args([
            "--db",
            &db.url,
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Ready when it says so.
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !line.contains("serving") && Instant::now() < deadline {
        line.clear();
        if err.read_line(&mut line).unwrap() == 0 {
            panic!("the server stopped before serving");
        }
    }
    // Keep draining its log so it never blocks on a full pipe.
    std::thread::spawn(move || {
        let mut sink = String::new();
        let _ = err.read_to_string(&mut sink);
    });
    Server { child, port }
}

/// One HTTP/1.1 request; returns the status and the body.
fn http(
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

fn post(port: u16, path: &str, token: &str, v: &Value) -> (u16, Value) {
    let (s, b) = http(
        port,
        "POST",
        path,
        Some(token),
        Some(v.to_string().as_bytes()),
    );
    (s, serde_json::from_str(&b).unwrap_or(Value::Null))
}

fn get(port: u16, path: &str, token: &str) -> (u16, Value) {
    let (s, b) = http(port, "GET", path, Some(token), None);
    (s, serde_json::from_str(&b).unwrap_or(Value::Null))
}

/// Two organisations, with a member each, an analyst of the first, and an admin; their tokens.
fn people(db: &Db) -> [String; 5] {
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
        assert_eq!(seen["note"], "called at 10am");
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
