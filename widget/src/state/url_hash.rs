//! The state a user can share: language, selection, filters, time range and map view, and its
//! text form in the URL hash (`#l=ru&e=seed%231&k=visit,meeting&from=2018-01-01&to=2018-12-31`).
//!
//! The codec is pure so it is tested natively; [`crate::state::controls`] turns it into signals.

use crate::model::days;
use crate::state::filters::{Facet, Filters, TimeRange};
use crate::state::selection::{pair_code, split_pair_code};
use exchange_atlas::Lang;

/// The shareable state, by ids and codes (not indices), so a link outlives a rebuild.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ViewState {
    pub lang: Option<Lang>,
    /// The event whose details are open.
    pub event: Option<String>,
    /// A selected region code, or a selected pair (Russian code, Chinese code).
    pub region: Option<String>,
    pub pair: Option<(String, String)>,
    pub filters: Filters,
    pub range: Option<TimeRange>,
    /// The map view: centre x, centre y (map units) and zoom.
    pub map: Option<[f64; 3]>,
}

impl ViewState {
    /// The hash, with a leading `#`; `#` alone for the default state.
    pub fn to_hash(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut put = |k: &str, v: &str| parts.push(format!("{k}={}", encode(v)));
        if let Some(l) = self.lang {
            put("l", l.code());
        }
        if let Some(e) = &self.event {
            put("e", e);
        }
        if let Some(r) = &self.region {
            put("r", r);
        }
        if let Some((a, b)) = &self.pair {
            put("p", &pair_code(a, b));
        }
        for f in Facet::ALL {
            let v = self.filters.values(f);
            if !v.is_empty() {
                put(f.key(), &v.join(","));
            }
        }
        if !self.filters.text.trim().is_empty() {
            put("q", self.filters.text.trim());
        }
        if let Some(r) = self.range {
            put("from", &days::format(r.start));
            put("to", &days::format(r.end));
        }
        if let Some([x, y, k]) = self.map {
            put("v", &format!("{x:.1},{y:.1},{k:.3}"));
        }
        format!("#{}", parts.join("&"))
    }

    /// Reads a hash (with or without `#`). Unknown keys and unreadable values are skipped, so an
    /// old or hand-edited link still opens.
    pub fn from_hash(hash: &str) -> ViewState {
        let mut s = ViewState::default();
        let (mut from, mut to) = (None, None);
        for part in hash
            .trim_start_matches('#')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            let v = decode(v);
            match k {
                "l" => s.lang = Lang::parse(&v),
                "e" if !v.is_empty() => s.event = Some(v),
                "r" if !v.is_empty() => s.region = Some(v),
                "p" => {
                    s.pair = split_pair_code(&v).map(|(a, b)| (a.to_string(), b.to_string()))
                }
                "q" => s.filters.text = v,
                "from" => from = days::parse(&v),
                "to" => to = days::parse(&v),
                "v" => {
                    let n: Vec<f64> = v
                        .split(',')
                        .filter_map(|x| x.parse().ok())
                        .filter(|x: &f64| x.is_finite())
                        .collect();
                    if let [x, y, k] = n[..] {
                        s.map = Some([x, y, k]);
                    }
                }
                _ => {
                    if let Some(f) = Facet::from_key(k) {
                        let codes: Vec<String> = v
                            .split(',')
                            .filter(|c| !c.is_empty())
                            .map(String::from)
                            .collect();
                        s.filters.set_values(f, &codes);
                    }
                }
            }
        }
        if let (Some(a), Some(b)) = (from, to) {
            s.range = Some(TimeRange::new(a, b));
        }
        s
    }
}

/// Percent-encodes everything but unreserved characters and `|`, `,`, `-` (readable in links).
fn encode(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'|' | b',' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn decode(v: &str) -> String {
    let b = v.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use exchange_atlas::{Kind, Status};

    #[test]
    fn a_full_state_round_trips() {
        let mut f = Filters {
            kinds: vec![Kind::Visit, Kind::Meeting],
            statuses: vec![Status::Planned],
            ..Default::default()
        };
        f.topics = vec!["trade".into()];
        f.ru = vec!["RU-AMU".into()];
        f.cn = vec!["CN-HL".into()];
        f.docs = vec!["doc one".into()];
        f.text = "Харбин & 哈尔滨 100%".into();
        let s = ViewState {
            lang: Some(Lang::Zh),
            event: Some("seed#3".into()),
            region: None,
            pair: Some(("RU-KYA".into(), "CN-NM".into())),
            filters: f,
            range: Some(TimeRange::new(
                days::parse("2018-01-01").unwrap(),
                days::parse("2018-12-31").unwrap(),
            )),
            map: Some([512.5, 300.0, 2.5]),
        };
        let h = s.to_hash();
        assert!(
            h.contains("e=seed%233")
                && h.contains("p=RU-KYA|CN-NM")
                && h.contains("from=2018-01-01"),
            "{h}"
        );
        assert_eq!(ViewState::from_hash(&h), s);
    }

    #[test]
    fn junk_is_skipped_not_fatal() {
        assert_eq!(ViewState::from_hash(""), ViewState::default());
        assert_eq!(ViewState::default().to_hash(), "#");
        let s = ViewState::from_hash(
            "#x=1&l=xx&from=2018-99-01&to=2019-01-01&kind=visit,bogus&v=1,2&q=%ZZ%B&&=",
        );
        assert_eq!(s.lang, None);
        assert_eq!(s.range, None, "a range needs both ends");
        assert_eq!(s.filters.kinds, [Kind::Visit]);
        assert_eq!(s.map, None);
        assert_eq!(s.filters.text, "%ZZ%B", "a broken escape stays as written");
    }
}
