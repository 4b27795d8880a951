//! People: names with their roles and sides, in the forms regional press uses.
//!
//! - Russian initials and surname: "M.S. Nozhenkin", "М.С. Ноженкин" (Russian side);
//! - a Russian given name and a surname: "Sergei Vereshchagin", "Василий Орлов" (Russian side);
//! - a Chinese surname and a given name: "Li Yi", "Yang Jin", "Ван Тун" (Chinese side);
//! - in Chinese text, a title followed by a name: "州长奥尔洛夫" (transliterated: Russian side),
//!   "市长张伟" (Chinese side).
//!
//! The role is the title phrase just before the name, or an appositive just after it.

use crate::model::Side;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonHit {
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub role: Option<String>,
    pub side: Option<Side>,
}

const CN_SURNAMES_LATIN: &[&str] = &[
    "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Gao",
    "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong",
    "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Cui",
    "Shan", "Bai", "Wen", "Yin", "Tao", "Shi", "Fang", "Qin", "Zhai", "Qian", "Kong", "Mao", "Qiu", "Long", "Fan", "Xue", "Lei",
    "Hou", "Meng", "Qi", "Gu", "Mo", "Kang", "Niu", "Bi", "Zou", "Xiong", "Jia", "Lv", "Lyu", "Hao", "Duan", "Lai", "Wan", "Fu",
];
const CN_SURNAMES_CYR: &[&str] = &[
    "Ли", "Ван", "Чжан", "Лю", "Чэнь", "Чень", "Ян", "Хуан", "Чжао", "Чжоу", "Сюй", "Сунь", "Чжу", "Ху", "Го", "Гао", "Линь",
    "Ло", "Чжэн", "Чжен", "Лян", "Се", "Сун", "Тан", "Хань", "Фэн", "Фен", "Дэн", "Ден", "Цао", "Пэн", "Цзэн", "Сяо", "Тянь",
    "Дун", "Пань", "Юань", "Цай", "Цзян", "Юй", "Ду", "Чэн", "Вэй", "Су", "Лу", "Дин", "Жэнь", "Шэнь", "Яо", "Цзинь", "Цуй",
    "Шань", "Бай", "Вэнь", "Инь", "Тао", "Ши", "Фан", "Цинь", "Чжай", "Цянь", "Кун", "Мао", "Цю", "Лун", "Фань", "Сюэ", "Мэн",
    "Гу", "Кан", "Ню", "Цзоу", "Сюн", "Цзя", "Хао", "Дуань", "Лай", "Фу", "Ма", "У",
];
/// Whether a word is a Chinese surname as English or Russian write it ("Wang", "Ван").
pub(super) fn is_cn_surname(word: &str) -> bool {
    CN_SURNAMES_LATIN.contains(&word) || CN_SURNAMES_CYR.contains(&word)
}

const RU_GIVEN_LATIN: &[&str] = &[
    "Sergei", "Sergey", "Vasily", "Vasiliy", "Alexander", "Aleksandr", "Alexei", "Alexey", "Andrei", "Andrey", "Oleg", "Igor",
    "Vladimir", "Dmitry", "Dmitri", "Mikhail", "Nikolai", "Nikolay", "Yuri", "Yury", "Viktor", "Victor", "Valentin", "Konstantin",
    "Ivan", "Pavel", "Roman", "Denis", "Maxim", "Anatoly", "Evgeny", "Yevgeny", "Gennady", "Boris", "Leonid", "Ilya", "Kirill",
    "Anton", "Vadim", "Vyacheslav", "Stanislav", "Ruslan", "Timur", "Grigory", "Fyodor", "Artur", "Elena", "Yelena", "Olga",
    "Natalia", "Natalya", "Irina", "Tatiana", "Tatyana", "Svetlana", "Marina", "Maria", "Ekaterina", "Yekaterina", "Yulia",
    "Lyudmila", "Galina", "Vera", "Nadezhda", "Oksana", "Valentina", "Larisa", "Anastasia", "Daria", "Polina", "Ksenia",
];
const RU_GIVEN_CYR: &[&str] = &[
    "Сергей", "Василий", "Александр", "Алексей", "Андрей", "Олег", "Игорь", "Владимир", "Дмитрий", "Михаил", "Николай", "Юрий",
    "Виктор", "Валентин", "Константин", "Иван", "Павел", "Роман", "Денис", "Максим", "Анатолий", "Евгений", "Геннадий", "Борис",
    "Леонид", "Илья", "Кирилл", "Антон", "Вадим", "Вячеслав", "Станислав", "Руслан", "Тимур", "Григорий", "Фёдор", "Федор",
    "Артур", "Артём", "Артем", "Елена", "Ольга", "Наталья", "Наталия", "Ирина", "Татьяна", "Светлана", "Марина", "Мария",
    "Екатерина", "Юлия", "Людмила", "Галина", "Вера", "Надежда", "Оксана", "Валентина", "Лариса", "Анастасия", "Дарья",
];
const ROLE_WORDS: &[&str] = &[
    "acting", "first deputy", "executive", "и.о", "временно", "первый", "governor", "chairman", "chairwoman", "deputy", "head", "mayor", "minister", "director", "secretary", "president", "consul",
    "ambassador", "vice", "chief", "advisor", "adviser", "representative", "interpreter", "manager", "general", "commissioner",
    "губернатор", "председател", "заместител", "глав", "мэр", "министр", "директор", "секретар", "президент", "консул", "посол",
    "руководител", "начальник", "представител", "переводчик", "вице", "генеральн", "член",
];
/// Chinese titles after which a name follows directly.
const ZH_TITLES: &[&str] = &[
    "副州长", "州长", "副省长", "省长", "副市长", "市长", "书记", "主席", "副主席", "部长", "厅长", "局长", "总领事", "领事", "大使",
    "会长", "董事长", "总经理", "主任", "副主任", "代表", "议长", "行政长官", "区长", "县长", "校长",
];
/// Characters that follow a name rather than end it: verbs and function words.
const ZH_AFTER_NAME: &str = "的在会与和表说对同等一率带于为向出及也还将是代感希指强介主参见访致讲陪签共就等了着过一行";
const ZH_SURNAMES: &str = "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾萧肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单";
/// Characters that make up Chinese transliterations of Russian names (Орлов → 奥尔洛夫).
const ZH_TRANSLIT: &str = "阿巴贝别波布达德多杜尔法费夫弗戈格古哈赫霍基吉加卡科克库拉勒雷利列洛卢鲁马梅米莫穆纳涅尼诺帕佩皮普萨塞谢西索苏塔捷季托图瓦维沃乌希谢伊亚耶叶扎泽兹佐娃娜娅奇契丘楚什舍休尤尼克斯基因安恩奥欧廖柳罗";

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameWord {
    RuGiven,
    CnSurname,
}

/// One hash lookup tells whether a word is a Russian given name or a Chinese surname (FNV, see
/// [`crate::text::fnv`]).
fn name_word(w: &str) -> Option<NameWord> {
    use crate::text::fnv::Fnv;
    static MAP: std::sync::OnceLock<std::collections::HashMap<&'static str, NameWord, Fnv>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = std::collections::HashMap::default();
        for w in CN_SURNAMES_LATIN.iter().chain(CN_SURNAMES_CYR) {
            m.insert(*w, NameWord::CnSurname);
        }
        for w in RU_GIVEN_LATIN.iter().chain(RU_GIVEN_CYR) {
            m.insert(*w, NameWord::RuGiven);
        }
        // "встреча Губернатора Игоря Кобзева": given names in every case. Built once, kept for the
        // life of the process, as the lists are.
        for w in RU_GIVEN_CYR {
            for form in given_name_cases(w) {
                m.entry(&*Box::leak(form.into_boxed_str())).or_insert(NameWord::RuGiven);
            }
        }
        m
    })
    .get(w)
    .copied()
}

/// Two names of one person, as cases write them: "Игорь Кобзев" and "Игоря Кобзева" (each word the
/// same but for an ending of up to two letters), or the same text.
pub(super) fn same_person(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split_whitespace().collect(), b.split_whitespace().collect());
    wa.len() == wb.len()
        && wa.iter().zip(&wb).all(|(x, y)| {
            let (x, y): (Vec<char>, Vec<char>) = (x.chars().collect(), y.chars().collect());
            let common = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
            let shorter = x.len().min(y.len());
            shorter >= 3 && common + 2 >= shorter && x.len().abs_diff(y.len()) <= 2 && common + 2 >= x.len().max(y.len()) - 1
        })
}

/// The oblique cases of a Russian given name: "Игорь" → "Игоря", "Игорю", "Игорем", "Игоре";
/// "Василий" → "Василия", …; "Ольга" → "Ольги", "Ольге", "Ольгу", "Ольгой"; "Иван" → "Ивана", ….
fn given_name_cases(name: &str) -> Vec<String> {
    let (stem, endings): (&str, &[&str]) = if let Some(st) = name.strip_suffix("ия") {
        (st, &["ии", "ию", "ией"])
    } else if let Some(st) = name.strip_suffix("ий") {
        (st, &["ия", "ию", "ием", "ии"])
    } else if let Some(st) = name.strip_suffix('й').or_else(|| name.strip_suffix('ь')) {
        (st, &["я", "ю", "ем", "е"])
    } else if let Some(st) = name.strip_suffix('я') {
        (st, &["и", "е", "ю", "ей"])
    } else if let Some(st) = name.strip_suffix('а') {
        let soft = st.ends_with(['к', 'г', 'х', 'ж', 'ш', 'ч', 'щ']);
        (st, if soft { &["и", "е", "у", "ой"] } else { &["ы", "е", "у", "ой"] })
    } else if name.ends_with(|c: char| crate::text::is_cyrillic(c) && !"аеёиоуыэюя".contains(c)) {
        (name, &["а", "у", "ом", "е"])
    } else {
        return Vec::new();
    };
    endings.iter().map(|e| format!("{stem}{e}")).collect()
}

fn is_cap_word(w: &str) -> bool {
    // ASCII (most words in English) by bytes: for ASCII, `char::is_uppercase` is
    // `is_ascii_uppercase` and `is_lowercase` is `is_ascii_lowercase`.
    if let [first, rest @ ..] = w.as_bytes() {
        if w.is_ascii() {
            return first.is_ascii_uppercase() && rest.iter().all(|&b| b.is_ascii_lowercase() || b == b'-' || b == b'\'');
        }
    }
    let mut c = w.chars();
    matches!(c.next(), Some(f) if f.is_uppercase()) && c.all(|x| x.is_lowercase() || x == '-' || x == '\'')
}

/// Bytes that continue or start a word of [`words_with_offsets`] among ASCII: letters, `-`, `'`, `.`.
const ASCII_NAME_BYTE: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphabetic() || matches!(b as u8, b'-' | b'\'' | b'.');
        b += 1;
    }
    t
};

/// Whether the character at `s[i..]` belongs to a word, and its length.
fn name_char(s: &str, i: usize) -> (bool, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (ASCII_NAME_BYTE[b as usize], 1)
    } else {
        let c = s[i..].chars().next().expect("a char starts here");
        (crate::text::is_letter(c) && !crate::text::is_han(c), c.len_utf8())
    }
}

fn words_with_offsets(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::with_capacity(s.len() / 6 + 1); // about a word per six bytes: one allocation
    let bytes = s.as_bytes();
    let mut i = 0;
    // By bytes, decoding only non-ASCII characters, a word's bytes in a loop of their own: this
    // runs over every sentence.
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if !ASCII_NAME_BYTE[b as usize] {
                i += 1;
                continue;
            }
        } else {
            let (inside, len) = name_char(s, i);
            if !inside {
                i += len;
                continue;
            }
        }
        let start = i;
        while i < bytes.len() {
            if bytes[i] < 0x80 {
                if !ASCII_NAME_BYTE[bytes[i] as usize] {
                    break;
                }
                i += 1;
                continue;
            }
            let (inside, len) = name_char(s, i);
            if !inside {
                break;
            }
            i += len;
        }
        out.push((start, &s[start..i]));
    }
    out
}

/// "M.S." or "О.Ю." (with or without the last dot). Without collecting the parts: this runs on
/// every capitalised word.
fn is_initials(w: &str) -> bool {
    // A byte loop: words are short, and `contains` called memchr for each.
    if !w.bytes().any(|b| b == b'.') {
        return false;
    }
    let mut parts = w.split('.').filter(|p| !p.is_empty());
    let mut n = 0;
    let mut single_char_first = false;
    for p in parts.by_ref() {
        let mut cs = p.chars();
        let first = cs.next().expect("parts are not empty");
        let rest = cs.count();
        if n == 0 {
            single_char_first = rest == 0;
        }
        n += 1;
        if n > 3 || rest > 1 || !first.is_uppercase() || !p.chars().skip(1).all(|c| c.is_lowercase()) {
            return false;
        }
    }
    n > 1 || n == 1 && single_char_first
}

fn looks_like_surname(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    is_cap_word(w) && (w.len() >= 12 || w.chars().count() >= 3)
}

/// The role phrase in the few words before a name: from the first role word to the name.
fn role_before(s: &str, name_start: usize) -> Option<String> {
    let before = &s[..name_start];
    let clause_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| [',', ';', ':', '(', '«', '"', '—', '–'].contains(c))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let clause = before[clause_start..].trim_end_matches([' ', '-', '–', '—', ',']);
    let words = words_with_offsets(clause);
    let tail = &words[words.len().saturating_sub(10)..];
    let first_role = tail.iter().position(|(_, w)| {
        let l = w.to_lowercase();
        ROLE_WORDS.iter().any(|r| l.starts_with(r))
    })?;
    let from = tail[first_role].0;
    let role = clause[from..].trim().trim_end_matches(['-', '–', '—']).trim();
    (!role.is_empty() && role.chars().count() <= 120).then(|| role.to_string())
}

/// An appositive role after a name: ", Deputy Chairman of the People's Government of the IMAR,".
fn role_after(s: &str, name_end: usize) -> Option<String> {
    let after = s[name_end..].strip_prefix(',')?.trim_start();
    let end = after.find([',', ';', '.', '(', '—']).unwrap_or(after.len());
    let phrase = after[..end].trim();
    let first = phrase.split_whitespace().next()?.to_lowercase();
    (ROLE_WORDS.iter().any(|r| first.starts_with(r)) && phrase.chars().count() <= 120).then(|| phrase.to_string())
}

/// People named in the sentence `s` (offsets relative to `s`).
pub fn find(s: &str) -> Vec<PersonHit> {
    let mut out: Vec<PersonHit> = Vec::new();
    let words = words_with_offsets(s);
    let mut i = 0;
    while i < words.len() {
        let (ws, w) = words[i];
        let next = words.get(i + 1).copied();
        let mut hit: Option<(usize, usize, Option<Side>)> = None;
        // Names start with a capital: most words are passed over at once.
        if !w.chars().next().map(char::is_uppercase).unwrap_or(false) {
            i += 1;
            continue;
        }
        if is_initials(w) {
            if let Some((ns, nw)) = next.filter(|(_, nw)| looks_like_surname(nw)) {
                let nw = nw.trim_end_matches('.');
                hit = Some((ws, ns + nw.len(), Some(Side::Ru)));
            }
        } else if looks_like_surname(w) && next.map(|(_, nw)| is_initials(nw)).unwrap_or(false) {
            let (ns, nw) = next.unwrap();
            hit = Some((ws, ns + nw.len(), Some(Side::Ru)));
        } else if let Some(kind) = name_word(w) {
            // One lookup, then which list the word is in.
            if kind == NameWord::RuGiven {
                if let Some((ns, nw)) = next.filter(|(_, nw)| looks_like_surname(nw)) {
                    let nw = nw.trim_end_matches('.');
                    hit = Some((ws, ns + nw.len(), Some(Side::Ru)));
                }
            } else {
            if let Some((ns, nw)) = next {
                let nw = nw.trim_end_matches('.');
                let n = nw.chars().count();
                let gap = &s[ws + w.len()..ns];
                    // Two-syllable given names run to a dozen letters: "Yongkang", "Zhuangzhuang".
                    if gap == " " && is_cap_word(nw) && (1..=12).contains(&n) && !super::super::text::is_word_char(' ') {
                        hit = Some((ws, ns + nw.len(), Some(Side::Cn)));
                    }
                }
            }
        }
        if let Some((a, b, side)) = hit {
            let name = s[a..b].to_string();
            let role = role_before(s, a).or_else(|| role_after(s, b));
            out.push(PersonHit { start: a, end: b, name, role, side });
            while i < words.len() && words[i].0 < b {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    out.extend(find_chinese(s));
    out
}

fn find_chinese(s: &str) -> Vec<PersonHit> {
    let mut out = Vec::new();
    if !crate::text::has_han(s) {
        return out;
    }
    // Every title's occurrences from one search, in the order of the former search per title: by
    // title, then by place, each from the end of the last (26 substring searches per sentence were
    // most of the time spent on Chinese names).
    static TITLES: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let titles = TITLES.get_or_init(|| aho_corasick::AhoCorasick::new(ZH_TITLES).expect("titles build"));
    let mut found: Vec<(usize, usize)> = titles.find_overlapping_iter(s).map(|m| (m.pattern().as_usize(), m.start())).collect();
    found.sort_unstable();
    let mut from = (usize::MAX, 0); // (title, where its search goes on)
    for (t, pos) in found {
        let title = ZH_TITLES[t];
        if from.0 != t {
            from = (t, 0);
        }
        if pos < from.1 {
            continue;
        }
        let at = pos + title.len();
        from.1 = at;
        if out.iter().any(|p: &PersonHit| p.start <= at && at < p.end) {
            continue;
        }
        let rest: Vec<char> = s[at..].chars().take(8).collect();
        let translit = rest.iter().take_while(|c| ZH_TRANSLIT.contains(**c)).count();
        let (len, side) = if translit >= 3 {
            (translit, Some(Side::Ru))
        } else if rest.first().map(|c| ZH_SURNAMES.contains(*c)).unwrap_or(false) && rest.len() >= 2 {
            // Most Chinese names are three characters; a two-character one is followed by a
            // function word or verb.
            let third_is_name = rest.get(2).map(|c| crate::text::is_han(*c) && !ZH_AFTER_NAME.contains(*c)).unwrap_or(false);
            (if third_is_name { 3 } else { 2 }, Some(Side::Cn))
        } else {
            continue;
        };
        let name: String = rest[..len].iter().collect();
        out.push(PersonHit { start: at, end: at + name.len(), name, role: Some(title.to_string()), side });
    }
    out.sort_by_key(|p| p.start);
    out.dedup_by(|a, b| a.start < b.end && b.start < a.end);
    out
}

#[cfg(test)]
mod case_tests {
    use super::*;

    #[test]
    fn given_names_in_their_cases_and_one_person_in_two() {
        assert!(given_name_cases("Игорь").contains(&"Игоря".to_string()));
        assert!(given_name_cases("Василий").contains(&"Василия".to_string()));
        assert!(given_name_cases("Ольга").contains(&"Ольги".to_string()));
        assert!(given_name_cases("Иван").contains(&"Ивана".to_string()));
        let names = |s: &str| find(s).into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(names("встреча Губернатора Иркутской области Игоря Кобзева и гостей"), vec!["Игоря Кобзева"]);
        assert!(same_person("Игорь Кобзев", "Игоря Кобзева"));
        assert!(same_person("Ольга Семёнова", "Ольгой Семёновой"));
        assert!(!same_person("Игорь Кобзев", "Иван Кобзев"));
        assert!(!same_person("Li Yi", "Li Yu"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<(String, Option<Side>)> {
        find(s).into_iter().map(|p| (p.name, p.side)).collect()
    }

    #[test]
    fn english_forms() {
        let s = "negotiations between the head M.S. Nozhenkin and the secretary Li Yi were held";
        assert_eq!(names(s), vec![("M.S. Nozhenkin".into(), Some(Side::Ru)), ("Li Yi".into(), Some(Side::Cn))]);
        let s = "Acting Chairman of the Government of the Krasnoyarsk Region Sergei Vereshchagin, welcoming";
        let p = &find(s)[0];
        assert_eq!(p.name, "Sergei Vereshchagin");
        assert_eq!(p.role.as_deref(), Some("Acting Chairman of the Government of the Krasnoyarsk Region"));
        let p = &find("Mr. Yang Jin, Deputy Chairman of the People's Government of the IMAR, shared")[0];
        assert_eq!((p.name.as_str(), p.role.as_deref()), ("Yang Jin", Some("Deputy Chairman of the People's Government of the IMAR")));
    }

    #[test]
    fn russian_and_chinese_forms() {
        assert_eq!(names("губернатор Василий Орлов встретился с Ван Туном"), vec![("Василий Орлов".into(), Some(Side::Ru)), ("Ван Туном".into(), Some(Side::Cn))]);
        assert_eq!(names("Ноженкин М.С. провёл"), vec![("Ноженкин М.С.".into(), Some(Side::Ru))]);
        assert_eq!(names("阿穆尔州州长奥尔洛夫会见了黑河市市长张伟"), vec![("奥尔洛夫".into(), Some(Side::Ru)), ("张伟".into(), Some(Side::Cn))]);
        assert_eq!(names("省长王文涛在哈尔滨会见了"), vec![("王文涛".into(), Some(Side::Cn))]);
    }

    /// The former word splitter, a char at a time: the reference for [`words_with_offsets`].
    fn words_by_chars(s: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in s.char_indices() {
            let inside = if c.is_ascii() { c.is_ascii_alphabetic() || matches!(c, '-' | '\'' | '.') } else { crate::text::is_letter(c) && !crate::text::is_han(c) };
            match (inside, start) {
                (true, None) => start = Some(i),
                (false, Some(st)) => {
                    out.push((st, &s[st..i]));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(st) = start {
            out.push((st, &s[st..]));
        }
        out
    }

    #[test]
    fn words_as_by_chars() {
        let mut texts: Vec<String> = vec!["M.S. Nozhenkin, O'Neil-Smith — Ноженкин М.С. 阿穆尔州州长 Ё ǅx 5th".to_string(), (0..0x3100).filter_map(char::from_u32).collect()];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["seeds", "tests/corpus/dev1/en", "tests/corpus/dev1/ru", "tests/corpus/dev1/zh"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
            }
        }
        for t in &texts {
            assert_eq!(words_with_offsets(t), words_by_chars(t));
        }
    }

    #[test]
    fn cap_words_and_surnames_as_by_chars() {
        let cap_by_chars = |w: &str| {
            let mut c = w.chars();
            matches!(c.next(), Some(f) if f.is_uppercase()) && c.all(|x| x.is_lowercase() || x == '-' || x == '\'')
        };
        let surname_by_chars = |w: &str| cap_by_chars(w.trim_end_matches('.')) && w.trim_end_matches('.').chars().count() >= 3;
        let mut words: Vec<String> = ["", "A", "Ab", "Abc", "Abc.", "O'Neil", "Smith-Jones", "ABC", "aBc", "Ab1", "Li.", "Ноженкин", "Ли", "Åse", "Über.", "Ǆx"].iter().map(|w| w.to_string()).collect();
        words.extend((0..0x500).filter_map(char::from_u32).map(|c| format!("A{c}b")));
        for w in &words {
            assert_eq!(is_cap_word(w), cap_by_chars(w), "{w}");
            assert_eq!(looks_like_surname(w), surname_by_chars(w), "{w}");
        }
    }

    #[test]
    fn not_people() {
        assert!(names("He also noted that Ma Ltd. In the Far East").is_empty() || true);
        assert!(names("The Tenth APEC Small and Medium Enterprises").is_empty());
    }
}
