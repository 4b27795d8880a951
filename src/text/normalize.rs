//! A matching copy of a text with the same byte offsets as the original: lower case, `ё` as `е`,
//! and traditional Chinese characters folded to simplified ones. Every replacement keeps the
//! character's UTF-8 length, so a match in the copy is the same span in the original.

/// Traditional → simplified pairs for the characters that occur in place names, country names and
/// the event vocabulary. Each pair is of equal UTF-8 length (three bytes).
const TRAD_SIMP: &[(char, char)] = &[
    ('龍', '龙'), ('遼', '辽'), ('寧', '宁'), ('內', '内'), ('濱', '滨'), ('邊', '边'), ('疆', '疆'),
    ('區', '区'), ('爾', '尔'), ('濱', '滨'), ('陽', '阳'), ('東', '东'), ('華', '华'), ('會', '会'),
    ('議', '议'), ('協', '协'), ('貿', '贸'), ('羅', '罗'), ('斯', '斯'), ('貝', '贝'), ('蘇', '苏'),
    ('廣', '广'), ('門', '门'), ('關', '关'), ('灣', '湾'), ('臺', '台'), ('兒', '儿'), ('莊', '庄'),
    ('漢', '汉'), ('陝', '陕'), ('雲', '云'), ('貴', '贵'), ('慶', '庆'), ('萬', '万'), ('鄉', '乡'),
    ('開', '开'), ('發', '发'), ('業', '业'), ('產', '产'), ('經', '经'), ('濟', '济'), ('與', '与'),
    ('國', '国'), ('際', '际'), ('對', '对'), ('來', '来'), ('訪', '访'), ('問', '问'), ('團', '团'),
    ('書', '书'), ('記', '记'), ('長', '长'), ('將', '将'), ('舉', '举'), ('辦', '办'), ('屆', '届'),
    ('覽', '览'), ('簽', '签'), ('署', '署'), ('約', '约'), ('錄', '录'), ('備', '备'), ('諒', '谅'),
    ('談', '谈'), ('節', '节'), ('藝', '艺'), ('術', '术'), ('週', '周'), ('紀', '纪'), ('慶', '庆'),
    ('歲', '岁'), ('運', '运'), ('輸', '输'), ('鐵', '铁'), ('路', '路'), ('橋', '桥'), ('岸', '岸'),
    ('學', '学'), ('習', '习'), ('醫', '医'), ('療', '疗'), ('農', '农'), ('區', '区'), ('市', '市'),
    ('縣', '县'), ('島', '岛'), ('灣', '湾'), ('圖', '图'), ('們', '们'), ('時', '时'), ('間', '间'),
    ('後', '后'), ('進', '进'), ('體', '体'), ('電', '电'), ('話', '话'), ('資', '资'), ('源', '源'),
    ('畫', '画'), ('達', '达'), ('蒙', '蒙'), ('爾', '尔'), ('齊', '齐'), ('魯', '鲁'), ('烏', '乌'),
    ('綏', '绥'), ('芬', '芬'), ('琿', '珲'), ('滿', '满'), ('洲', '洲'), ('裡', '里'), ('瀋', '沈'),
    ('連', '连'), ('黑', '黑'), ('河', '河'), ('車', '车'), ('哈', '哈'), ('薩', '萨'), ('維', '维'),
    ('諾', '诺'), ('夫', '夫'), ('娃', '娃'), ('亞', '亚'), ('歐', '欧'), ('強', '强'), ('術', '术'),
    ('館', '馆'), ('員', '员'), ('廳', '厅'), ('處', '处'), ('總', '总'), ('統', '统'), ('領', '领'),
    ('導', '导'), ('稱', '称'), ('說', '说'), ('表', '表'), ('示', '示'), ('參', '参'), ('觀', '观'),
    ('項', '项'), ('目', '目'), ('預', '预'), ('計', '计'), ('劃', '划'), ('擬', '拟'), ('這', '这'),
    ('啟', '启'), ('動', '动'), ('邀', '邀'), ('請', '请'), ('雙', '双'), ('邊', '边'), ('構', '构'),
    ('極', '极'), ('隊', '队'), ('賽', '赛'), ('樂', '乐'), ('節', '节'), ('鄰', '邻'), ('聯', '联'),
    ('盟', '盟'), ('興', '兴'), ('嶺', '岭'), ('園', '园'), ('場', '场'), ('貨', '货'), ('線', '线'),
    ('買', '买'), ('賣', '卖'), ('額', '额'), ('億', '亿'), ('氣', '气'), ('煤', '煤'), ('糧', '粮'),
    ('豐', '丰'), ('遠', '远'), ('隻', '只'), ('師', '师'), ('專', '专'), ('傳', '传'), ('統', '统'),
    ('歷', '历'), ('史', '史'), ('舊', '旧'), ('況', '况'), ('論', '论'), ('壇', '坛'), ('屬', '属'),
    ('黨', '党'), ('員', '员'), ('組', '组'), ('織', '织'), ('設', '设'), ('駐', '驻'), ('館', '馆'),
    ('領', '领'), ('事', '事'), ('撫', '抚'), ('順', '顺'), ('錦', '锦'), ('營', '营'), ('鞍', '鞍'),
    ('遜', '逊'), ('紹', '绍'), ('興', '兴'), ('瀾', '澜'), ('鄭', '郑'), ('張', '张'), ('劉', '刘'),
    ('陳', '陈'), ('楊', '杨'), ('趙', '赵'), ('孫', '孙'), ('馬', '马'), ('黃', '黄'), ('吳', '吴'),
    ('許', '许'), ('鄧', '邓'), ('馮', '冯'), ('蕭', '萧'), ('葉', '叶'), ('韓', '韩'), ('龐', '庞'),
    ('遊', '游'), ('歡', '欢'), ('覺', '觉'), ('築', '筑'), ('護', '护'), ('環', '环'), ('獎', '奖'),
];

fn trad_table() -> &'static [(char, char)] {
    static TABLE: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Vec<(char, char)> = TRAD_SIMP.iter().copied().filter(|(a, b)| a != b).collect();
        t.sort_unstable();
        t.dedup_by_key(|p| p.0);
        t
    })
}

/// One bit per character of the Basic Multilingual Plane: set where [`trad_table`] has an entry
/// (which are all in it). Most Han characters are not traditional forms; one bit test spares them
/// the binary search.
fn trad_bits() -> &'static [u64; 1024] {
    static BITS: std::sync::OnceLock<Box<[u64; 1024]>> = std::sync::OnceLock::new();
    BITS.get_or_init(|| {
        let mut b = Box::new([0u64; 1024]);
        for &(t, _) in trad_table() {
            let i = t as usize;
            assert!(i < 0x10000, "traditional forms are in the BMP");
            b[i >> 6] |= 1 << (i & 63);
        }
        b
    })
}

fn fold_char(c: char) -> char {
    if c == 'ё' || c == 'Ё' {
        return 'е';
    }
    // Cyrillic without the general Unicode tables: А–Я → а–я, Ѐ–Џ → ѐ–џ.
    match c as u32 {
        0x410..=0x42F => return char::from_u32(c as u32 + 0x20).unwrap_or(c),
        0x400..=0x40F => return char::from_u32(c as u32 + 0x50).unwrap_or(c),
        0x430..=0x45F => return c,
        _ => {}
    }
    if (c as u32) >= 0x3400 {
        let i = c as usize;
        if i >= 0x10000 || trad_bits()[i >> 6] & (1 << (i & 63)) == 0 {
            return c;
        }
        let table = trad_table();
        return match table.binary_search_by_key(&c, |&(t, _)| t) {
            Ok(i) => table[i].1,
            Err(_) => c,
        };
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// The matching copy of `text`: same length, same char boundaries.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    // Built as bytes: ASCII bytes lowered in place, other characters re-encoded only when folding
    // changes them (pushing every char into a String was most of the time).
    let mut out = text.as_bytes().to_vec();
    let mut i = 0;
    while i < out.len() {
        let b = out[i];
        if b < 0x80 {
            out[i] = b.to_ascii_lowercase();
            i += 1;
            continue;
        }
        let len = if b >= 0xF0 { 4 } else if b >= 0xE0 { 3 } else { 2 };
        let c = text[i..i + len].chars().next().expect("a char starts here");
        let f = fold_char(c);
        if f != c && f.len_utf8() == len {
            f.encode_utf8(&mut out[i..i + len]);
        }
        i += len;
    }
    String::from_utf8(out).expect("folding keeps UTF-8")
}

/// True for a letter of any script, with fast paths for ASCII, Cyrillic and Han (the general
/// Unicode lookup is slow, and this runs on every character).
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    is_cyrillic(c) && (c as u32) != 0x482 && !(0x483..=0x489).contains(&(c as u32)) || is_han(c) || c.is_alphabetic()
}

/// `char::is_alphabetic`, with fast paths for ASCII and the Russian alphabet (the general Unicode
/// lookup is slow for Cyrillic).
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё') || c.is_alphabetic()
}

/// True for a character that belongs inside a word of an alphabetic script.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !is_han(c) && (is_cyrillic(c) || c.is_alphanumeric())
}

/// Whether `s` has a Han character. Han characters are encoded with a lead byte of 0xE3 or more, so
/// a byte scan (which vectorises) rules out most alphabetic texts before any decoding.
pub fn has_han(s: &str) -> bool {
    s.bytes().any(|b| b >= 0xE3) && s.chars().any(is_han)
}

pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

pub fn is_cyrillic(c: char) -> bool {
    matches!(c as u32, 0x0400..=0x04FF)
}

/// Whether `[start, end)` of `text` stands on word boundaries (always true beside Han characters).
pub fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let ok_before = match (before, first) {
        (Some(b), Some(f)) => !(is_word_char(b) && is_word_char(f)),
        _ => true,
    };
    let ok_after = match (last, after) {
        (Some(l), Some(a)) => !(is_word_char(l) && is_word_char(a)),
        _ => true,
    };
    ok_before && ok_after
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-wise fold is the char-wise one: every traditional form, and letters of other scripts.
    #[test]
    fn fold_is_fold_char_per_char() {
        let text: String = TRAD_SIMP.iter().map(|p| p.0).chain("Амурской ЁЖ ÀÉ İ ß ǅ Ωmega 𠀀 Ѐ Ꙁ".chars()).collect();
        let want: String = text.chars().map(fold_char).collect();
        assert_eq!(fold(&text), want);
    }

    #[test]
    fn fast_alphabetic_is_alphabetic() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn fold_keeps_offsets() {
        for s in ["Амурской Области", "黑龍江省哈爾濱市", "Heilongjiang İstanbul ß", "Ёлки ё"] {
            let f = fold(s);
            assert_eq!(f.len(), s.len());
            for (a, b) in s.char_indices().zip(f.char_indices()) {
                assert_eq!(a.0, b.0);
            }
        }
        assert_eq!(fold("Амурской ОБЛАСТИ"), "амурской области");
        assert_eq!(fold("黑龍江省"), "黑龙江省");
        assert_eq!(fold("Ёж"), "еж");
    }

    #[test]
    fn word_boundaries() {
        let t = "in Amurskaya, Amur-region и Харбине 黑河市";
        let i = t.find("Amur-").unwrap();
        assert!(on_word_boundaries(t, i, i + 4));
        let i = t.find("Amurskaya").unwrap();
        assert!(!on_word_boundaries(t, i, i + 4));
        let i = t.find("黑河").unwrap();
        assert!(on_word_boundaries(t, i, i + "黑河".len()));
    }
}
