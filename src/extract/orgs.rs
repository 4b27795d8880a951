//! Organisations, as written: capitalised names built around an organisation noun ("China Council
//! for the Promotion of International Trade", "Municipal Center of International Cooperation"),
//! quoted company names in Russian (ООО «Амурлес»), and Chinese names ending in an organisation
//! word (哈尔滨市商务局).

const ORG_NOUNS: &[&str] = &[
    "Council", "Center", "Centre", "Committee", "Ministry", "Government", "Chamber", "Association", "University", "Company",
    "Corporation", "Bank", "Administration", "Department", "Commission", "Agency", "Institute", "Fund", "Bureau", "Group",
    "Sub-council", "Office", "Consulate", "Port", "Railway", "Railways", "Holding", "Enterprise", "Union", "Federation",
];
const RU_ORG_PREFIXES: &[&str] = &["ООО", "АО", "ПАО", "ОАО", "ЗАО", "ГК", "АНО", "ФГУП", "МУП", "ГУП"];
const ZH_ORG_SUFFIXES: &[&str] = &["有限公司", "集团", "公司", "商会", "协会", "委员会", "贸促会", "商务厅", "商务局", "外事办", "大学", "银行", "政府"];
const JOINERS: &[&str] = &["of", "for", "the", "and", "on", "in", "&"];

/// Whether `w` is one of [`ORG_NOUNS`]. Most capitalised words are turned away by their first byte
/// and length (a bit per length in a table by first byte) before comparing with the thirty nouns.
fn is_org_noun(w: &str) -> bool {
    static LENGTHS: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let lengths = LENGTHS.get_or_init(|| {
        let mut t = [0u32; 256];
        for n in ORG_NOUNS {
            assert!(n.len() < 32, "a noun's length fits the table");
            t[n.as_bytes()[0] as usize] |= 1 << n.len();
        }
        t
    });
    let Some(&first) = w.as_bytes().first() else { return false };
    w.len() < 32 && lengths[first as usize] & (1 << w.len()) != 0 && ORG_NOUNS.contains(&w)
}

fn capitalised(w: &str) -> bool {
    w.chars().next().map(|c| c.is_uppercase()).unwrap_or(false)
}

/// Punctuation trimmed off a name's words: a `match`, not a search in a string of them per char.
fn name_edge(c: char) -> bool {
    matches!(c, ',' | '.' | ';' | ':' | '(' | ')' | '"' | '\'' | '«' | '»')
}

/// Organisation names in one sentence.
pub fn find(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let words: Vec<&str> = crate::text::split_words(s);
    let mut i = 0;
    while i < words.len() {
        if !capitalised(words[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut has_noun = false;
        while j < words.len() {
            let w = words[j].trim_matches(name_edge);
            if capitalised(w) {
                has_noun |= is_org_noun(w);
            } else {
                // Joining words count only when a capitalised word follows them.
                let next_cap = words[j..].iter().find(|x| !JOINERS.contains(x)).map(|x| capitalised(x)).unwrap_or(false);
                if !(JOINERS.contains(&w) && next_cap) {
                    break;
                }
            }
            let ends = words[j].ends_with([',', '.', ';', ':', ')']);
            j += 1;
            if ends {
                break;
            }
        }
        if has_noun && j - i >= 2 {
            let mut name = words[i..j].join(" ").trim_matches(name_edge).trim_start_matches("The ").to_string();
            // A name right after the organisation belongs to a person: "... Sub-council Li Yi".
            for p in super::people::find(&name) {
                if p.end == name.len() && p.start > 0 {
                    name.truncate(p.start);
                    name = name.trim_end().to_string();
                }
            }
            if !out.contains(&name) {
                out.push(name);
            }
        }
        i = j.max(i + 1);
    }
    let quoted = s.contains('«');
    for p in RU_ORG_PREFIXES.iter().filter(|_| quoted) {
        let lead = format!("{p} «");
        let mut from = 0;
        while let Some(pos) = s[from..].find(&lead) {
            let at = from + pos;
            if let Some(close) = s[at..].find('»') {
                out.push(s[at..at + close + '»'.len_utf8()].to_string());
                from = at + close;
            } else {
                break;
            }
        }
    }
    if !crate::text::has_han(s) {
        return out;
    }
    // Every suffix's occurrences from one search, visited as a search per suffix would find them:
    // by suffix, then by place, each from the end of the last (13 substring searches per Chinese
    // sentence cost more than the rest of this function).
    static SUFFIXES: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let suffixes = SUFFIXES.get_or_init(|| aho_corasick::AhoCorasick::new(ZH_ORG_SUFFIXES).expect("suffixes build"));
    let mut found: Vec<(usize, usize)> = suffixes.find_overlapping_iter(s).map(|m| (m.pattern().as_usize(), m.start())).collect();
    found.sort_unstable();
    let mut next = (usize::MAX, 0); // (suffix, where its search goes on)
    for (k, at) in found {
        let suffix = ZH_ORG_SUFFIXES[k];
        if next.0 != k {
            next = (k, 0);
        }
        if at < next.1 {
            continue;
        }
        let end = at + suffix.len();
        next.1 = end;
        let before: Vec<char> = s[..at].chars().rev().take_while(|c| crate::text::is_han(*c) && !"在于的了和与及由同向对是为".contains(*c)).take(12).collect();
        if before.len() >= 2 {
            let name: String = before.into_iter().rev().collect::<String>() + suffix;
            if !out.iter().any(|o| o.contains(&name)) {
                out.push(name);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_nouns_by_table() {
        for w in ORG_NOUNS.iter().copied().chain(["", "C", "Councils", "council", "Centre.", "Fund", "Funds", "Group", "Gov", "Ministry", "Мinistry"]) {
            assert_eq!(is_org_noun(w), ORG_NOUNS.contains(&w), "{w}");
        }
    }

    #[test]
    fn finds_orgs() {
        let s = "the secretary of China Council for the Promotion of International Trade Shenyang Sub-council Li Yi";
        assert_eq!(find(s), vec!["China Council for the Promotion of International Trade Shenyang Sub-council"]);
        assert_eq!(find("договор с ООО «Амурлес» подписан"), vec!["ООО «Амурлес»"]);
        assert_eq!(find("哈尔滨市商务局与阿穆尔州政府签署协议"), vec!["哈尔滨市商务局", "阿穆尔州政府"]);
    }
}
