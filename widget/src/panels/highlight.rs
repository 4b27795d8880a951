//! The source document as HTML with its evidence highlighted and every recognised name and date
//! marked: `<mark class="evidence">` around evidence, `<span class="m m-region" data-region=…>`
//! around mentions. Offsets are UTF-8 byte offsets into the text; spans that do not fall on
//! character boundaries or run past the end are skipped, never trusted.

use crate::html::push_escaped;
use exchange_atlas::{Mention, MentionKind, Span};

fn kind_class(k: MentionKind) -> &'static str {
    match k {
        MentionKind::Region => "m-region",
        MentionKind::Place => "m-place",
        MentionKind::Person => "m-person",
        MentionKind::Date => "m-date",
        MentionKind::Org => "m-org",
    }
}

fn valid(text: &str, s: usize, e: usize) -> bool {
    s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
}

/// The text as escaped HTML with evidence and mentions marked. Each maximal run of evidence is one
/// `mark` element; mentions inside it are nested spans. Overlapping mentions: the earlier one wins.
pub fn highlight_html(text: &str, evidence: &[Span], mentions: &[Mention]) -> String {
    let ev: Vec<(usize, usize)> = evidence.iter().filter(|s| valid(text, s.start, s.end)).map(|s| (s.start, s.end)).collect();
    let mut ms: Vec<&Mention> = mentions.iter().filter(|m| valid(text, m.start, m.end)).collect();
    ms.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    // Drop mentions that overlap an earlier one, so spans nest properly.
    let mut kept: Vec<&Mention> = Vec::with_capacity(ms.len());
    for m in ms {
        if kept.last().is_none_or(|k| m.start >= k.end) {
            kept.push(m);
        }
    }
    let in_ev = |i: usize| ev.iter().any(|&(s, e)| s <= i && i < e);
    // Cut points: every boundary of evidence and mentions.
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for &(s, e) in &ev {
        cuts.extend([s, e]);
    }
    for m in &kept {
        cuts.extend([m.start, m.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::with_capacity(text.len() + 64 * (kept.len() + ev.len()));
    let mut open_ev = false;
    let mut mi = 0;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let ev_here = in_ev(a);
        while mi < kept.len() && kept[mi].end <= a {
            mi += 1;
        }
        let mention = kept.get(mi).filter(|m| m.start <= a && a < m.end);
        if ev_here != open_ev {
            out.push_str(if ev_here { "<mark class=\"evidence\">" } else { "</mark>" });
            open_ev = ev_here;
        }
        match mention {
            Some(m) => {
                out.push_str("<span class=\"m ");
                out.push_str(kind_class(m.kind));
                out.push('"');
                if let Some(r) = &m.region {
                    out.push_str(" data-region=\"");
                    push_escaped(&mut out, r);
                    out.push('"');
                }
                out.push('>');
                push_escaped(&mut out, &text[a..b]);
                out.push_str("</span>");
            }
            None => push_escaped(&mut out, &text[a..b]),
        }
    }
    if open_ev {
        out.push_str("</mark>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(start: usize, end: usize, kind: MentionKind) -> Mention {
        Mention { start, end, kind, region: None }
    }

    #[test]
    fn evidence_is_one_mark_with_mentions_inside() {
        let text = "Intro. On 15 December, 2017 Amur met Heilongjiang. End.";
        let s = text.find("On").unwrap();
        let e = text.find(" End").unwrap();
        let d = text.find("15").unwrap();
        let html = highlight_html(text, &[Span { start: s, end: e }], &[m(d, d + 17, MentionKind::Date)]);
        assert_eq!(html.matches("<mark").count(), 1);
        assert!(html.contains("<mark class=\"evidence\">On <span class=\"m m-date\">15 December, 2017</span> Amur met Heilongjiang.</mark>"), "{html}");
    }

    #[test]
    fn multibyte_offsets_and_bad_spans() {
        let text = "黑龙江省与阿穆尔州签署协议。<script>";
        let hl = text.find("阿穆尔州").unwrap();
        let html = highlight_html(
            text,
            &[Span { start: 0, end: text.find('。').unwrap() + '。'.len_utf8() }, Span { start: 1, end: 2 }, Span { start: 0, end: 999 }],
            &[Mention { start: hl, end: hl + "阿穆尔州".len(), kind: MentionKind::Region, region: Some("RU-AMU".into()) }, m(hl + 1, hl + 4, MentionKind::Place)],
        );
        assert!(html.contains("<span class=\"m m-region\" data-region=\"RU-AMU\">阿穆尔州</span>"), "{html}");
        assert!(html.ends_with("</mark>&lt;script&gt;"), "{html}");
        assert_eq!(html.matches("<span").count(), 1, "an overlapping mention is dropped");
    }

    #[test]
    fn plain_text_is_escaped_only() {
        assert_eq!(highlight_html("a < b & \"c\"", &[], &[]), "a &lt; b &amp; &quot;c&quot;");
    }
}
