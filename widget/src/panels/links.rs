//! Links from user data. A corpus loaded with `data-src` is untrusted: a document's `source` may be
//! `javascript:alert(1)` or `data:text/html,...`, which must never become a clickable `href`.

/// The URL to use as an `href`, if it is a plain http(s) URL with a host; `None` means "show the
/// text, not a link". Leading and trailing whitespace is ignored; whitespace or control characters
/// inside are refused, because browsers drop tabs and newlines from URLs and so could read a
/// different URL than the one checked here.
pub fn safe_href(url: &str) -> Option<&str> {
    let url = url.trim();
    let rest = strip_prefix_ignore_case(url, "https://")
        .or_else(|| strip_prefix_ignore_case(url, "http://"))?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..host_end];
    let host = authority.rsplit('@').next().unwrap_or("");
    let clean = url.chars().all(|c| !c.is_whitespace() && !c.is_control());
    (clean && !host.is_empty() && !host.starts_with(':')).then_some(url)
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::safe_href;

    #[test]
    fn http_and_https_pass_through() {
        assert_eq!(
            safe_href("https://example.org/news/1?a=b#c"),
            Some("https://example.org/news/1?a=b#c")
        );
        assert_eq!(safe_href("http://example.org"), Some("http://example.org"));
        assert_eq!(safe_href("HTTPS://Example.org/"), Some("HTTPS://Example.org/"));
        assert_eq!(safe_href("  https://example.org/x \n"), Some("https://example.org/x"));
        assert_eq!(safe_href("https://user@example.org:8080/"), Some("https://user@example.org:8080/"));
    }

    #[test]
    fn script_and_other_schemes_are_text() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(document.cookie)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "//example.org/protocol-relative",
            "/relative/path",
            "example.org",
            "https://",
            "https:///no-host",
            "https://:80/",
            "https://exa mple.org/",
            "https://example.org/\u{0}",
            "http:\\\\example.org",
            "",
            "ftp://example.org/",
        ] {
            assert_eq!(safe_href(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn non_ascii_prefix_does_not_panic() {
        assert_eq!(safe_href("htt\u{444}://x"), None);
        assert_eq!(safe_href("€"), None);
        assert_eq!(safe_href("https://пример.рф/путь"), Some("https://пример.рф/путь"));
    }
}
