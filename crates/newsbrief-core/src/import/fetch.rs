//! Fetching a link: the only network use of newsbrief, and only for links the user gives.

use std::time::Duration;

use super::ImportError;

/// How links are fetched.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    pub connect_timeout: Duration,
    /// For the whole exchange, body included: a server that trickles cannot hold the import.
    pub total_timeout: Duration,
    pub max_redirects: u32,
    pub max_bytes: u64,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(30),
            max_redirects: 10,
            max_bytes: 20 * 1024 * 1024,
        }
    }
}

/// Said to every server, so a site can tell what is asking.
pub const USER_AGENT: &str = concat!(
    "newsbrief/",
    env!("CARGO_PKG_VERSION"),
    " (article import; one request per link given)"
);

/// A link newsbrief may fetch: http or https only.
pub fn is_link(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// What a fetch brought back.
#[derive(Debug)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// The URL after redirects.
    pub url: String,
    /// The charset the server declared, if any.
    pub charset: Option<String>,
}

/// Fetches one link (gzip accepted, redirects followed up to the limit, body capped).
pub fn fetch(link: &str, cfg: &FetchConfig) -> Result<Fetched, ImportError> {
    if !is_link(link) {
        return Err(ImportError::Scheme {
            input: link.to_string(),
        });
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(cfg.connect_timeout))
        .timeout_global(Some(cfg.total_timeout))
        .max_redirects(cfg.max_redirects)
        .http_status_as_error(false)
        .https_only(false)
        .user_agent(USER_AGENT)
        .build()
        .into();
    let fail = |e: ureq::Error| ImportError::Fetch {
        input: link.to_string(),
        message: describe(&e, cfg),
    };
    let mut resp = agent.get(link).call().map_err(fail)?;
    let status = resp.status().as_u16();
    if !(200..300).contains(&status) {
        return Err(ImportError::Http {
            input: link.to_string(),
            status,
        });
    }
    use ureq::ResponseExt;
    let url = resp.get_uri().to_string();
    let charset = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .and_then(|ct| {
            ct.split(';')
                .filter_map(|p| p.trim().strip_prefix("charset="))
                .next()
                .map(|c| c.trim_matches('"').to_string())
        });
    let bytes = resp
        .body_mut()
        .with_config()
        .limit(cfg.max_bytes)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => ImportError::TooLarge {
                input: link.to_string(),
                limit: cfg.max_bytes,
            },
            other => fail(other),
        })?;
    Ok(Fetched {
        bytes,
        url,
        charset,
    })
}

/// ureq's errors in a user's words.
fn describe(e: &ureq::Error, cfg: &FetchConfig) -> String {
    match e {
        ureq::Error::Timeout(_) => format!(
            "timed out (connect {} s, whole fetch {} s)",
            cfg.connect_timeout.as_secs_f32(),
            cfg.total_timeout.as_secs_f32()
        ),
        ureq::Error::HostNotFound => "host not found".into(),
        ureq::Error::ConnectionFailed => "connection refused or failed".into(),
        ureq::Error::TooManyRedirects => format!("more than {} redirects", cfg.max_redirects),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            "connection refused".into()
        }
        other => other.to_string(),
    }
}
