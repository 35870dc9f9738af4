//! Issue 11's audit findings, each as an attacker would try it against `knownline serve` on
//! loopback: the sign-in limiter's memory, webhook addresses, slow clients, what a check-link
//! visitor's name becomes, sign-in timing and lockout, paging far past the end. Clients pick
//! their source address in 127.0.0.0/8 to stand for many addresses.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use sqlx::Connection;

use crate::serve::{
    csrf_of, free_port, get, http, people, poll, post, receiver, reference, start_with, urlencode,
    Browser, Server,
};
use crate::store::{backends, kl, ok, Db};

/// A TCP connection to the server from `src` (any 127.x.y.z).
fn connect_from(src: Ipv4Addr, port: u16) -> TcpStream {
    let s = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    s.bind(&SocketAddr::from((src, 0)).into()).unwrap();
    s.connect(&SocketAddr::from((Ipv4Addr::LOCALHOST, port)).into())
        .unwrap();
    let s: TcpStream = s.into();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    s
}

/// The source address `n` stands for.
fn addr(n: u32) -> Ipv4Addr {
    Ipv4Addr::from(u32::from(Ipv4Addr::new(127, 0, 0, 0)) + n)
}

/// A sign-in from `src`: the status and the body.
fn sign_in_from(
    src: Ipv4Addr,
    port: u16,
    csrf: &str,
    email: &str,
    password: &str,
) -> (u16, String) {
    let body = format!(
        "csrf={csrf}&email={}&password={}",
        urlencode(email),
        urlencode(password)
    );
    let mut s = connect_from(src, port);
    let req = format!(
        "POST /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: kl_csrf={csrf}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    s.write_all(req.as_bytes()).unwrap();
    // A server may answer (413) before reading it all.
    let _ = s.write_all(body.as_bytes());
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, text)
}

/// A sign-in form's CSRF token (its double-submit cookie holds the same value).
fn login_csrf(port: u16) -> String {
    let mut b = Browser::new(port);
    let (_, _, page) = b.go("GET", "/login", &[]);
    csrf_of(&page)
}

fn rss_kib(srv: &Server) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", srv.child.id())).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Issue 11, finding 4: failed sign-ins with huge emails from many addresses kept every email
/// in the limiter (872 MB to 2,026 MB). Now an email over 254 bytes is refused before the
/// limiter and keys are hashes: memory stays flat and the refusals do not count.
#[test]
fn issue_11_huge_emails_never_reach_the_sign_in_limiter() {
    let db = backends().remove(0);
    let _ = people(&db);
    let srv = start_with(&db, &[]);
    let csrf = login_csrf(srv.port);
    // Warm up: the first sign-ins allocate what every later one reuses.
    for n in 0..3 {
        sign_in_from(
            addr(200 + n),
            srv.port,
            &csrf,
            "x@acme.example",
            "wrong wrong wrong",
        );
    }
    let before = rss_kib(&srv);
    let started = Instant::now();
    for n in 0..40u32 {
        let email = format!("{n}{}@acme.example", "a".repeat(2 << 20));
        let (s, _) = sign_in_from(addr(100 + n / 5), srv.port, &csrf, &email, "wrong");
        assert!(matches!(s, 400 | 413), "a 2 MiB email: {s}");
    }
    let grown_mib = rss_kib(&srv).saturating_sub(before) / 1024;
    eprintln!(
        "40 sign-ins with 2 MiB emails from 8 addresses: RSS {before} KiB, grew {grown_mib} MiB, {:?}",
        started.elapsed()
    );
    assert!(grown_mib < 40, "the server kept {grown_mib} MiB");

    // Just over the limit: refused, not counted; the address still signs in.
    let long = format!("{}@acme.example", "a".repeat(255));
    for _ in 0..6 {
        let (s, page) = sign_in_from(addr(120), srv.port, &csrf, &long, "wrong wrong");
        assert_eq!(s, 400, "{page}");
        assert!(page.contains("too long"), "{page}");
    }
    let (s, _) = sign_in_from(
        addr(120),
        srv.port,
        &csrf,
        "ann@acme.example",
        "correct horse battery staple",
    );
    assert_eq!(s, 303);
}

/// Issue 11, finding 9: an unknown email answered in ~1 ms, a known one in ~23 ms (argon2),
/// which told who has an account. Medians of five tries each, every try from its own
/// address so that no limit takes part.
#[test]
fn issue_11_sign_in_takes_as_long_for_an_unknown_email() {
    let db = backends().remove(0);
    let _ = people(&db);
    let srv = start_with(&db, &[]);
    let csrf = login_csrf(srv.port);
    let time = |n: u32, email: &str| {
        let t = Instant::now();
        let (s, _) = sign_in_from(addr(10 + n), srv.port, &csrf, email, "not the password");
        assert_eq!(s, 401);
        t.elapsed()
    };
    // Warm up: the first try of each kind pays for what later ones reuse.
    time(0, "ida@acme.example");
    time(1, "nobody-0@acme.example");
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for n in 0..5 {
        known.push(time(2 + 2 * n, "ann@acme.example"));
        unknown.push(time(3 + 2 * n, &format!("nobody-{}@acme.example", n + 1)));
    }
    let (k, u) = (median(known), median(unknown));
    eprintln!("sign-in medians: known email {k:?}, unknown email {u:?}");
    let ratio = k.as_secs_f64().max(u.as_secs_f64()) / k.as_secs_f64().min(u.as_secs_f64());
    assert!(ratio < 3.0, "known {k:?}, unknown {u:?}");
}

/// Issue 11, finding 9: five failures from five addresses locked the real user out for 15
/// minutes, even from a fresh address. Now an email's failures slow its tries down; an
/// address's failures still block that address.
#[test]
fn issue_11_failures_from_others_do_not_lock_the_real_user_out() {
    let db = backends().remove(0);
    let _ = people(&db);
    let srv = start_with(&db, &[]);
    let csrf = login_csrf(srv.port);
    for n in 0..5 {
        let (s, _) = sign_in_from(
            addr(30 + n),
            srv.port,
            &csrf,
            "abe@acme.example",
            "guess guess",
        );
        assert_eq!(s, 401);
    }
    let t = Instant::now();
    let (s, page) = sign_in_from(
        addr(36),
        srv.port,
        &csrf,
        "abe@acme.example",
        "correct horse battery staple",
    );
    assert_eq!(s, 303, "{page}");
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    // Further guesses are slowed down: one try every couple of seconds, whatever the address.
    let t = Instant::now();
    for n in 0..2 {
        let (s, _) = sign_in_from(addr(40 + n), srv.port, &csrf, "abe@acme.example", "guess");
        assert_eq!(s, 401);
    }
    assert!(
        t.elapsed() >= Duration::from_millis(1500),
        "{:?}",
        t.elapsed()
    );

    // One address failing five times is blocked, even with the right password.
    for n in 0..5 {
        let email = format!("nobody-{n}@acme.example");
        let (s, _) = sign_in_from(addr(50), srv.port, &csrf, &email, "guess guess");
        assert_eq!(s, 401);
    }
    let (s, page) = sign_in_from(
        addr(50),
        srv.port,
        &csrf,
        "ann@acme.example",
        "correct horse battery staple",
    );
    assert_eq!(s, 429);
    assert!(page.contains("Too many failed attempts"));
}

/// Issue 11, finding 12: `(page - 1) * per_page` overflowed. A page far past the end is an
/// empty page or a 400, never a 500 or another page's incidents.
#[test]
fn issue_11_paging_far_past_the_end_is_empty_or_refused() {
    for db in backends() {
        let [ann, .., root] = people(&db);
        let srv = start_with(&db, &[]);
        let (s, _) = post(
            srv.port,
            "/api/v1/incidents",
            &ann,
            &json!({"content": "Microsoft support: your computer has a virus, call 1-888-555-0190"}),
        );
        assert_eq!(s, 201);
        let (s, first) = get(srv.port, "/api/v1/incidents?page=1&per_page=200", &root);
        assert_eq!((s, first["incidents"].as_array().unwrap().len()), (200, 1));
        for q in [
            "page=9223372036854775807&per_page=200",
            "page=4611686018427387905&per_page=2",
            "page=46116860184273880&per_page=200",
            "page=1000000&per_page=200",
        ] {
            let (s, r) = get(srv.port, &format!("/api/v1/incidents?{q}"), &root);
            match s {
                200 => assert_eq!(r["incidents"], json!([]), "{q}: {r}"),
                400 => assert!(r["error"].is_string(), "{q}: {r}"),
                _ => panic!("{q}: {s} {r}"),
            }
        }
        let (s, _) = get(srv.port, "/api/v1/incidents?page=1000000", &root);
        assert_eq!(s, 200, "a page in range is an empty page");
        let (s, _) = get(srv.port, "/api/v1/incidents?page=1000001", &root);
        assert_eq!(s, 400, "a page out of range is refused");
        let (s, _) = get(srv.port, "/incidents?page=9223372036854775807", &root);
        assert_ne!(s, 500);
    }
}

/// Every form issue 11 found accepted for 169.254.169.254, and other unreachable addresses.
const REFUSED_URLS: &[&str] = &[
    "http://169.254.169.254./latest/meta-data/",
    "http://2852039166/",
    "http://0xa9fea9fe/",
    "http://0xa9.0xfe.0xa9.0xfe/",
    "http://0251.0376.0251.0376/",
    "http://169.254.43518/",
    "http://169.16689662/",
    "http://%31%36%39.254.169.254/",
    "http://169.254.169.254%2e/",
    "http://169\u{3002}254\u{3002}169\u{3002}254/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://0/",
    "http://0x0:8080/",
    "http://[fd00:ec2::254]/",
];

/// Issue 11, finding 5: webhook URLs were checked as strings, so other spellings of the
/// metadata address passed and were called. Every spelling is refused when a hook is added
/// (API and command); hooks already stored (written straight into the store here) are not
/// called either. The unspecified address, which reaches the machine itself, stands in for
/// the metadata service: calls to it land on a receiver on loopback if made at all.
#[test]
fn issue_11_webhooks_never_reach_metadata_or_unspecified_addresses() {
    for db in backends() {
        let [ann, _abe, _bob, ida, _root] = people(&db);
        let srv = start_with(&db, &[("KNOWNLINE_RETRY_SCHEDULE", "200ms")]);
        for url in REFUSED_URLS {
            let (s, r) = post(
                srv.port,
                "/api/v1/orgs/Acme/webhooks",
                &ida,
                &json!({ "url": url }),
            );
            assert_eq!(s, 400, "{url}: {r}");
            let o = kl(
                &db,
                &["org", "webhook", "add", "--org", "Acme", "--url", url],
            );
            assert!(!o.status.success(), "{url}");
            assert!(
                crate::stderr(&o).contains("link-local"),
                "{url}: {}",
                crate::stderr(&o)
            );
        }
        let port = free_port();
        // Loopback and private receivers stay allowed.
        ok(kl(
            &db,
            &[
                "org",
                "webhook",
                "add",
                "--org",
                "Acme",
                "--url",
                &format!("http://127.0.0.1:{port}/ok"),
            ],
        ));
        let (s, _) = post(
            srv.port,
            "/api/v1/orgs/Acme/webhooks",
            &ida,
            &json!({ "url": "http://10.0.0.5/hook" }),
        );
        assert_eq!(s, 201);
        let (_, hooks) = get(srv.port, "/api/v1/orgs/Acme/webhooks", &ida);
        let private_id = hooks["webhooks"][1]["id"].as_str().unwrap().to_string();
        let (s, _) = http(
            srv.port,
            "DELETE",
            &format!("/api/v1/orgs/Acme/webhooks/{private_id}"),
            Some(&ida),
            None,
        );
        assert_eq!(s, 204);

        // Hooks stored before the check, as they are in the store.
        let stored = [
            format!("http://0:{port}/zero"),
            format!("http://0x0:{port}/hex"),
            format!("http://0.0.0.0.:{port}/dot"),
            format!("http://%30:{port}/escaped"),
            format!("http://0.0.0.0:{port}/plain"),
        ];
        insert_webhooks(&db, &stored);
        let log = db._dir.path().join("calls.jsonl");
        let mut rx = receiver(port, &log, &json!({}), &json!({}), None);
        let (s, _) = post(
            srv.port,
            "/api/v1/incidents",
            &ann,
            &json!({"content": "Microsoft support: your computer has a virus, call 1-888-555-0190"}),
        );
        assert_eq!(s, 201);
        let settled = poll(20, 6, || {
            let (_, d) = get(srv.port, "/api/v1/deliveries?limit=50", &ida);
            d["deliveries"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["kind"] == "webhook" && d["status"] != "pending")
                .cloned()
                .collect()
        });
        assert_eq!(settled.len(), 6, "{settled:?}");
        let calls: Vec<Value> = std::fs::read_to_string(&log)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let paths: Vec<&str> = calls.iter().map(|c| c["path"].as_str().unwrap()).collect();
        assert_eq!(paths, ["/ok"], "only the loopback receiver is called");
        for d in &settled {
            if d["status"] == "delivered" {
                continue;
            }
            assert_eq!(d["status"], "failed", "{d}");
            assert_eq!(d["attempts"], 1, "refused at once, not retried: {d}");
            assert!(
                d["last_error"].as_str().unwrap().contains("link-local"),
                "{d}"
            );
        }
        let _ = rx.kill();
        let _ = rx.wait();
    }
}

/// Writes webhooks for Acme straight into the store, as an older version could have.
fn insert_webhooks(db: &Db, urls: &[String]) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut sql = Vec::new();
        for (n, url) in urls.iter().enumerate() {
            sql.push(format!(
                "INSERT INTO webhooks (id, org_id, url, format, secret, created_at) SELECT 'old-{n}', id, '{url}', 'json', 'k', '2026-01-01T00:00:00Z' FROM organisations WHERE name = 'Acme'"
            ));
        }
        if db.url.starts_with("postgres") {
            let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
            for q in &sql {
                sqlx::query(q).execute(&mut c).await.unwrap();
            }
        } else {
            let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.url))
                .await
                .unwrap();
            for q in &sql {
                sqlx::query(q).execute(&mut c).await.unwrap();
            }
        }
    });
}

/// Issue 11, findings 7 and 8: a visitor's 2 MB name became 6 MB webhook bodies, a 4 MB email
/// subject and a 2 MB audit row, and its Markdown reached IT's chat as a link. Now the name
/// is cut to 120 characters and the address to 254 before they go anywhere, chat bodies hold
/// no link, image or mention made from them, and no line break reaches an email header.
#[test]
fn issue_11_a_visitors_name_is_cut_and_inert_everywhere_it_goes() {
    for db in backends() {
        let [_ann, _abe, _bob, ida, root] = people(&db);
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
        let port = free_port();
        for format in ["json", "slack", "teams"] {
            ok(kl(
                &db,
                &[
                    "org",
                    "webhook",
                    "add",
                    "--org",
                    "Acme",
                    "--format",
                    format,
                    "--url",
                    &format!("http://127.0.0.1:{port}/{format}"),
                ],
            ));
        }
        let log = db._dir.path().join("calls.jsonl");
        let mut rx = receiver(port, &log, &json!({}), &json!({}), None);
        let srv = start_with(&db, &[]);
        let (s, r) = http(
            srv.port,
            "POST",
            "/api/v1/orgs/Acme/check-link",
            Some(&ida),
            None,
        );
        assert_eq!(s, 201);
        let r: Value = serde_json::from_str(&r).unwrap();
        let url = r["url"].as_str().unwrap();
        let link = url[url.find("/c/").unwrap()..].to_string();
        let mut vic = Browser::new(srv.port);
        let (_, _, page) = vic.go("GET", &link, &[]);
        let csrf = csrf_of(&page);
        let name = format!(
            "[Re-authenticate now](https://evil.example/login) @channel\r\nBcc: spy@evil.example\r\n{}",
            "x".repeat(2 << 20)
        );
        let email = format!("vic@example.net{}", "y".repeat(1 << 20));
        let (s, _, done) = vic.go(
            "POST",
            &format!("{link}/report"),
            &[
                ("csrf", &csrf),
                ("channel", "call"),
                (
                    "content",
                    "Microsoft support: your computer has a virus, call 1-888-555-0190",
                ),
                ("name", &name),
                ("email", &email),
            ],
        );
        assert_eq!(s, 201);
        let id = reference(&done);
        let (_, inc) = get(srv.port, &format!("/api/v1/incidents/{id}"), &ida);
        let reporter = inc["reporter"].as_str().unwrap();
        assert!(
            reporter.chars().count() <= 120 + 254 + 3,
            "{}",
            reporter.len()
        );
        assert!(
            reporter.starts_with("[Re-authenticate now](https://evil.example/login) @channel Bcc:")
        );
        assert!(!reporter.contains(['\r', '\n']));

        let calls = poll(20, 3, || {
            std::fs::read_to_string(&log)
                .unwrap_or_default()
                .lines()
                .map(|l| serde_json::from_str::<Value>(l).unwrap())
                .collect()
        });
        assert_eq!(calls.len(), 3);
        for c in &calls {
            let body = c["body"].to_string();
            assert!(body.len() < 8_000, "{}: {} bytes", c["path"], body.len());
            if c["path"] != "/json" {
                for bad in ["](", "https://evil", "@channel"] {
                    assert!(!body.contains(bad), "{} holds {bad:?}: {body}", c["path"]);
                }
                assert!(body.contains("Re-authenticate now"), "{body}");
            }
        }
        let (_, audit) = get(srv.port, "/api/v1/audit", &root);
        let longest = audit.to_string().len();
        assert!(longest < 100_000, "the audit log holds {longest} bytes");
        let (_, deliveries) = get(srv.port, "/api/v1/deliveries?limit=50", &ida);
        let mail = deliveries["deliveries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["kind"] == "email")
            .expect("an email to IT support")
            .clone();
        let subject = mail["subject"].as_str().unwrap();
        assert!(
            subject.len() < 1_000 && !subject.contains(['\r', '\n']),
            "{subject:?}"
        );
        let _ = rx.kill();
        let _ = rx.wait();
    }
}

/// A server started under a file limit of `nofile` (soft and hard), with `env`.
fn start_limited(db: &Db, nofile: u32, env: &[(&str, &str)]) -> Server {
    let port = free_port();
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -n {nofile} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_knownline"))
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
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut banner = String::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !banner.contains("serving") && Instant::now() < deadline {
        let mut line = String::new();
        if err.read_line(&mut line).unwrap() == 0 {
            panic!("the server stopped before serving: {banner}");
        }
        banner.push_str(&line);
    }
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

/// How long until the server closes `s` while `trickle` is sent one byte every 500 ms; gives
/// up after `limit`.
fn closed_after(mut s: TcpStream, trickle: &[u8], limit: Duration) -> Option<Duration> {
    let t = Instant::now();
    s.set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    let mut buf = [0u8; 4096];
    let mut i = 0;
    while t.elapsed() < limit {
        match s.read(&mut buf) {
            Ok(0) => return Some(t.elapsed()),
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return Some(t.elapsed()),
        }
        if s.write_all(&trickle[i % trickle.len()..][..1]).is_err() {
            return Some(t.elapsed());
        }
        i += 1;
    }
    None
}

/// The status a fresh connection gets for `GET /healthz`, 0 when none comes.
fn healthz(port: u16) -> u16 {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let _ = s.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    String::from_utf8_lossy(&raw)
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

/// Issue 11, finding 6: a header trickled in, a body trickled 1 byte every 3 s and idle
/// connections stayed open as long as the client liked, and 2 × 9,990 of them ran the server
/// out of files (`accept error: Too many open files`, `/healthz` silent). Now the head and the
/// body have deadlines, idle connections close, and past a cap new connections get a clean
/// 503 until others close.
#[test]
fn issue_11_slow_clients_are_cut_and_connections_are_capped() {
    let db = backends().remove(0);
    let srv = start_with(
        &db,
        &[
            ("KNOWNLINE_HEADER_TIMEOUT", "2s"),
            ("KNOWNLINE_BODY_TIMEOUT", "3s"),
        ],
    );
    let p = srv.port;
    let limit = Duration::from_secs(15);
    // A head that never ends.
    let s = TcpStream::connect(("127.0.0.1", p)).unwrap();
    let cut = closed_after(
        s,
        b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaaaaaaa",
        limit,
    );
    eprintln!("slow head cut after {cut:?}");
    assert!(
        cut.is_some_and(|t| t >= Duration::from_millis(1500) && t < Duration::from_secs(6)),
        "{cut:?}"
    );
    // A body that never ends.
    let mut s = TcpStream::connect(("127.0.0.1", p)).unwrap();
    s.write_all(b"POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n").unwrap();
    let cut = closed_after(s, b"csrf=aaaaaaaa", limit);
    eprintln!("slow body cut after {cut:?}");
    assert!(
        cut.is_some_and(|t| t >= Duration::from_millis(2500) && t < Duration::from_secs(7)),
        "{cut:?}"
    );
    // A kept-alive connection that goes quiet.
    let mut s = TcpStream::connect(("127.0.0.1", p)).unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let t = Instant::now();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let idle = t.elapsed();
    eprintln!("idle kept-alive connection closed after {idle:?}");
    assert!(String::from_utf8_lossy(&raw).starts_with("HTTP/1.1 200"));
    assert!(idle < Duration::from_secs(6), "{idle:?}");
    drop(srv);

    // A cap of 40: the 41st connection and later get a 503 and are closed; once some close,
    // /healthz answers again.
    let srv = start_with(
        &db,
        &[
            ("KNOWNLINE_HEADER_TIMEOUT", "30s"),
            ("KNOWNLINE_MAX_CONNECTIONS", "40"),
        ],
    );
    let p = srv.port;
    let mut held: Vec<TcpStream> = (0..40)
        .map(|_| TcpStream::connect(("127.0.0.1", p)).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    for _ in 0..5 {
        assert_eq!(healthz(p), 503, "past the cap");
    }
    held.truncate(30);
    let back = poll(5, 1, || if healthz(p) == 200 { vec![()] } else { vec![] });
    assert_eq!(back.len(), 1, "/healthz answers once others close");
    drop(held);
    drop(srv);

    // Under a file limit of 256, the cap is lowered to fit and 400 connections never run the
    // server out of files.
    let srv = start_limited(&db, 256, &[("KNOWNLINE_HEADER_TIMEOUT", "30s")]);
    let p = srv.port;
    let held: Vec<TcpStream> = (0..400)
        .map(|_| TcpStream::connect(("127.0.0.1", p)).unwrap())
        .collect();
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(healthz(p), 503, "past the cap");
    drop(held);
    let back = poll(5, 1, || if healthz(p) == 200 { vec![()] } else { vec![] });
    assert_eq!(back.len(), 1, "/healthz answers once others close");
    let log = srv.log.lock().unwrap().clone();
    assert!(!log.contains("Too many open files"), "{log}");
    assert!(
        srv.banner.contains("connections") || log.contains("connections"),
        "the lowered cap is logged: {}",
        srv.banner
    );
}
