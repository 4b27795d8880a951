//! Month names and relative-time words in English and Russian (folded forms).

/// The month a word names, in any form: English full and abbreviated; Russian nominative,
/// genitive, prepositional and abbreviated.
pub fn month(word: &str) -> Option<u8> {
    let m = match word {
        "january" | "jan" | "январь" | "января" | "январе" | "янв" => 1,
        "february" | "feb" | "февраль" | "февраля" | "феврале" | "фев" | "февр" => 2,
        "march" | "mar" | "март" | "марта" | "марте" | "мар" => 3,
        "april" | "apr" | "апрель" | "апреля" | "апреле" | "апр" => 4,
        "may" | "май" | "мая" | "мае" => 5,
        "june" | "jun" | "июнь" | "июня" | "июне" | "июн" => 6,
        "july" | "jul" | "июль" | "июля" | "июле" | "июл" => 7,
        "august" | "aug" | "август" | "августа" | "августе" | "авг" => 8,
        "september" | "sep" | "sept" | "сентябрь" | "сентября" | "сентябре" | "сен" | "сент" => 9,
        "october" | "oct" | "октябрь" | "октября" | "октябре" | "окт" => 10,
        "november" | "nov" | "ноябрь" | "ноября" | "ноябре" | "ноя" | "нояб" => 11,
        "december" | "dec" | "декабрь" | "декабря" | "декабре" | "дек" => 12,
        _ => return None,
    };
    Some(m)
}

/// Whether a month word is a bare abbreviation that is also an ordinary word ("may", "mar").
/// Such a word names a month only beside a number.
pub fn month_needs_number(word: &str) -> bool {
    matches!(word, "may" | "mar" | "jan" | "jun" | "jul" | "aug" | "sep" | "oct" | "nov" | "dec" | "feb" | "apr" | "sept" | "мар" | "май" | "сен")
}

/// A year offset named by a word before "year"/"году"/"года" ("next year", "в прошлом году").
pub fn year_offset(word: &str) -> Option<i32> {
    Some(match word {
        "this" | "current" | "этом" | "этого" | "этой" | "текущем" | "текущего" | "текущей" | "нынешнем" | "нынешнего" | "сего" => 0,
        "next" | "following" | "coming" | "следующем" | "следующего" | "следующей" | "будущем" | "будущего" | "будущей" | "наступающем" => 1,
        "last" | "past" | "previous" | "прошлом" | "прошлого" | "прошлой" | "минувшем" | "минувшего" | "минувшей" | "прошедшем" | "прошедшей" => -1,
        _ => return None,
    })
}

/// Words that introduce a "since" bound.
pub fn is_since(word: &str) -> bool {
    matches!(word, "since")
}

/// Words that make a bare four-digit number a year ("in 2019", "since 2020", "by 2025").
pub fn year_context(word: &str) -> bool {
    matches!(
        word,
        "in" | "since" | "of" | "by" | "until" | "till" | "from" | "for" | "during" | "early" | "late" | "mid" | "spring"
            | "summer" | "autumn" | "fall" | "winter" | "end" | "year" | "beginning" | "в" | "с" | "до" | "к" | "по"
            | "на" | "году" | "года" | "год" | "г" | "гг" | "годах" | "годов"
    )
}

/// The weekday a word names (Monday = 0), in English or Russian (accusative "в пятницу" included).
pub fn weekday(word: &str) -> Option<u8> {
    Some(match word {
        "monday" | "понедельник" => 0,
        "tuesday" | "вторник" => 1,
        "wednesday" | "среду" | "среда" => 2,
        "thursday" | "четверг" => 3,
        "friday" | "пятницу" | "пятница" => 4,
        "saturday" | "субботу" | "суббота" => 5,
        "sunday" | "воскресенье" => 6,
        _ => return None,
    })
}

/// A word before a weekday that points back ("last Friday", "в минувшую пятницу") or ahead.
pub fn weekday_direction(word: &str) -> Option<i8> {
    match word {
        "last" | "past" | "previous" | "минувшую" | "минувший" | "минувшее" | "прошлую" | "прошлый" | "прошлое" => Some(-1),
        "next" | "coming" | "this" | "следующую" | "следующий" | "ближайшую" | "ближайший" | "предстоящую" => Some(1),
        _ => None,
    }
}

/// Words that can begin a date expression; the scanner tries its word-led rules only at these.
pub const START_WORDS: &[&str] = &[
    "этой", "текущей", "прошлой", "минувшей", "прошедшей", "следующей", "будущей",
    "same", "тот",
    "apr", "april", "aug", "august", "autumn", "beginning", "by", "coming", "current", "dec",
    "december", "during", "early", "end", "fall", "feb", "february", "first", "following", "fourth",
    "friday", "from", "half", "i", "ii", "iii", "in", "iv", "jan", "january",
    "jul", "july", "jun", "june", "last", "late", "mar", "march", "may", "mid",
    "monday", "next", "nov", "november", "oct", "october", "on", "past", "previous", "quarter",
    "saturday", "second", "sep", "sept", "september", "since", "spring", "summer", "sunday", "third",
    "this", "thursday", "today", "tomorrow", "tuesday", "wednesday", "winter", "yesterday", "авг", "август",
    "августа", "августе", "апр", "апреле", "апрель", "апреля", "ближайший", "ближайшую", "будущего", "будущем",
    "весна", "весной", "весны", "воскресенье", "вторник", "второго", "второй", "втором", "вчера", "дек",
    "декабре", "декабрь", "декабря", "другой", "завтра", "зима", "зимой", "зимы", "июл", "июле",
    "июль", "июля", "июн", "июне", "июнь", "июня", "квартал", "квартала", "квартале", "лета",
    "лето", "летом", "мае", "май", "мар", "март", "марта", "марте", "мая", "месяца",
    "месяце", "минувшего", "минувшее", "минувшем", "минувший", "минувшую", "наступающем", "ноя", "нояб", "ноябре",
    "ноябрь", "ноября", "нынешнего", "нынешнем", "ой", "окт", "октябре", "октябрь", "октября", "ом",
    "осени", "осень", "осенью", "первого", "первом", "первый", "полугодие", "полугодии", "полугодия", "понедельник",
    "предстоящую", "прошедшем", "прошлого", "прошлое", "прошлом", "прошлую", "прошлый", "пятница", "пятницу", "с",
    "сего", "сегодня", "сен", "сент", "сентябре", "сентябрь", "сентября", "следующего", "следующем", "следующий",
    "следующую", "среда", "среду", "суббота", "субботу", "текущего", "текущем", "третий", "третьего", "третьем",
    "фев", "февр", "феврале", "февраль", "февраля", "четверг", "четвертого", "четвертом", "четвертый", "ью",
    "этого", "этом", "янв", "январе", "январь", "января",
];

/// Whether a word can begin a date expression. This runs on every word: most are turned away by
/// their first byte and length (a bit per length in a table by first byte) before one FNV hash
/// lookup.
pub fn starts_date(word: &str) -> bool {
    type Table = ([u64; 256], std::collections::HashSet<&'static str, crate::text::fnv::Fnv>);
    static SET: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    let (lengths, set) = SET.get_or_init(|| {
        let mut lengths = [0u64; 256];
        for w in START_WORDS {
            assert!(w.len() < 64, "a start word's length fits the table");
            lengths[w.as_bytes()[0] as usize] |= 1 << w.len();
        }
        (lengths, START_WORDS.iter().copied().collect())
    });
    let Some(&first) = word.as_bytes().first() else { return false };
    word.len() < 64 && lengths[first as usize] & (1 << word.len()) != 0 && set.contains(word)
}
