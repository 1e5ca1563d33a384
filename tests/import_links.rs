//! Links through `newsbrief import`, against a server this test starts on 127.0.0.1 (never the
//! internet): pages, gzip, redirects, a 404, a slow answer, an oversized body and a refused
//! connection each end the way they should, and the pages that could be fetched are imported.

mod import_support;

use std::io::Read;
use std::net::TcpListener;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use import_support::{article_count, import};
use newsbrief::brief::load_brief;
use tiny_http::{Header, Response, Server, StatusCode};

fn page(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/pages")
            .join(name),
    )
    .unwrap()
}

fn header(k: &str, v: &str) -> Header {
    Header::from_bytes(k.as_bytes(), v.as_bytes()).unwrap()
}

/// Serves the test pages; returns the base URL and the User-Agent headers seen.
fn serve() -> (String, Arc<Mutex<Vec<String>>>) {
    let server = Arc::new(Server::http("127.0.0.1:0").unwrap());
    let port = server.server_addr().to_ip().unwrap().port();
    let agents = Arc::new(Mutex::new(Vec::new()));
    let seen = agents.clone();
    std::thread::spawn(move || {
        for req in server.incoming_requests() {
            let seen = seen.clone();
            std::thread::spawn(move || {
                if let Some(ua) = req.headers().iter().find(|h| h.field.equiv("User-Agent")) {
                    seen.lock().unwrap().push(ua.value.to_string());
                }
                let html = header("Content-Type", "text/html; charset=utf-8");
                let url = req.url().to_string();
                let _ = match url.as_str() {
                    "/a" => {
                        req.respond(Response::from_data(page("harbour.html")).with_header(html))
                    }
                    "/gz" => {
                        let mut gz = flate2::write::GzEncoder::new(
                            Vec::new(),
                            flate2::Compression::default(),
                        );
                        std::io::Write::write_all(&mut gz, &page("council.html")).unwrap();
                        req.respond(
                            Response::from_data(gz.finish().unwrap())
                                .with_header(html)
                                .with_header(header("Content-Encoding", "gzip")),
                        )
                    }
                    "/latin" => req
                        .respond(Response::from_data(page("lyon-cp1252.html")).with_header(
                            header("Content-Type", "text/html; charset=windows-1252"),
                        )),
                    "/moved" => req.respond(
                        Response::empty(StatusCode(301)).with_header(header("Location", "/b")),
                    ),
                    "/b" => {
                        req.respond(Response::from_data(page("election.html")).with_header(html))
                    }
                    "/loop" => req.respond(
                        Response::empty(StatusCode(302)).with_header(header("Location", "/loop")),
                    ),
                    "/slow" => {
                        std::thread::sleep(Duration::from_secs(3));
                        req.respond(Response::from_data(page("minimal.html")))
                    }
                    "/big" => {
                        let body = std::io::repeat(b'x').take(21 * 1024 * 1024);
                        req.respond(Response::new(StatusCode(200), vec![html], body, None, None))
                    }
                    _ => req.respond(Response::from_string("not here").with_status_code(404)),
                };
            });
        }
    });
    (format!("http://127.0.0.1:{port}"), agents)
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn links_import_and_each_failure_is_one_line_naming_the_link() {
    let (base, agents) = serve();
    let dir = tempfile::tempdir().unwrap();
    let refused = format!("http://127.0.0.1:{}/x", closed_port());
    let links: Vec<String> = [
        "/a", "/gz", "/latin", "/moved", "/missing", "/loop", "/slow", "/big",
    ]
    .iter()
    .map(|p| format!("{base}{p}"))
    .chain([refused.clone(), "ftp://127.0.0.1/a".to_string()])
    .collect();
    let mut args: Vec<&str> = links.iter().map(String::as_str).collect();
    args.extend(["--timeout", "1", "-o", "s.json", "--keep-pages", "kept"]);
    let out = import(&args, dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    let line = |link: &str, what: &str| {
        let want = format!("newsbrief: {link}: {what}");
        assert!(
            err.lines().any(|l| l.starts_with(&want)),
            "no line {want:?} in:\n{err}"
        );
    };
    line(&format!("{base}/missing"), "HTTP 404");
    line(&format!("{base}/loop"), "more than 10 redirects");
    line(&format!("{base}/slow"), "timed out");
    line(
        &format!("{base}/big"),
        "larger than the 20971520 byte limit",
    );
    line(&refused, "connection refused");
    line(
        "ftp://127.0.0.1/a",
        "only http and https links can be imported",
    );
    assert!(
        err.contains("(4 articles from 10 inputs, 6 failed;"),
        "{err}"
    );

    let b = load_brief(&dir.path().join("s.json")).unwrap();
    let outlets: Vec<&str> = b.articles.iter().map(|a| a.outlet.as_str()).collect();
    assert_eq!(
        outlets,
        [
            "Harbour Gazette",
            "The Valley Courier",
            "Le Rhône Matin",
            "Northern Wire"
        ]
    );
    assert!(
        b.articles[1].text.contains("£4.2 million"),
        "gzip body decoded"
    );
    assert!(
        b.articles[2].text.contains("grève"),
        "charset from the server"
    );
    assert_eq!(
        b.articles[3].url.as_deref(),
        Some("https://northernwire.example/politics/governor-race"),
        "canonical URL of the page the redirect led to"
    );
    assert_eq!(
        b.articles[2].url.as_deref(),
        Some(format!("{base}/latin").as_str()),
        "a page without a canonical link keeps the URL it was fetched from"
    );
    assert!(
        agents
            .lock()
            .unwrap()
            .iter()
            .all(|a| a.starts_with("newsbrief/"))
    );

    // The kept pages import again without the server.
    let kept: Vec<String> = std::fs::read_dir(dir.path().join("kept"))
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    assert_eq!(kept.len(), 4, "{kept:?}");
    let mut args: Vec<&str> = kept.iter().map(String::as_str).collect();
    args.extend(["-o", "offline.json"]);
    let out = import(&args, dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(article_count(&dir.path().join("offline.json")), 4);
}

#[test]
fn a_links_file_is_read_one_link_a_line() {
    let (base, _) = serve();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("links.txt"),
        format!("# coverage\n{base}/a\n\n{base}/b\n{base}/a\n"),
    )
    .unwrap();
    let out = import(&["--links", "links.txt", "-o", "s.json"], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("the same article as"),
        "the repeated link is imported once: {err}"
    );
    assert_eq!(article_count(&dir.path().join("s.json")), 2);
}

#[test]
fn nothing_imported_exits_1_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let refused = format!("http://127.0.0.1:{}/x", closed_port());
    let out = import(&[&refused, "-o", "s.json"], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(!dir.path().join("s.json").exists());
}
