//! Russian case forms of place names from a small suffix table.
//!
//! Region and city names are declined in running text ("Амурская область", "в Амурской области",
//! "из Благовещенска"). Rather than a morphology dictionary, each word of a name is classed by its
//! ending and given that class's case endings; a multi-word name takes every combination. The
//! forms are matched on word boundaries, so a stem never matches inside another word.

/// Endings by word class: (lemma ending, replacement endings). The first matching class wins.
const CLASSES: &[(&str, &[&str])] = &[
    // Adjectives: feminine, masculine, neuter, plural.
    ("ская", &["ская", "ской", "скую", "скою"]),
    ("ая", &["ая", "ой", "ую", "ою", "ей"]),
    ("яя", &["яя", "ей", "юю", "ею"]),
    ("ский", &["ский", "ского", "скому", "ским", "ском", "ские", "ских", "скими", "ская", "ской", "скую", "ское"]),
    ("ий", &["ий", "ого", "ому", "им", "ом", "его", "ему", "ем"]),
    ("ый", &["ый", "ого", "ому", "ым", "ом"]),
    ("ое", &["ое", "ого", "ому", "ым", "ом"]),
    // Nouns.
    ("ье", &["ье", "ья", "ью", "ьем", "ьи"]),
    ("ия", &["ия", "ии", "ию", "ией"]),
    ("ь", &["ь", "и", "ью", "ей", "я", "ю", "ем", "е"]),
    ("й", &["й", "я", "ю", "ем", "е"]),
    ("ка", &["ка", "ки", "ке", "ку", "кой"]),
    ("га", &["га", "ги", "ге", "гу", "гой"]),
    ("ха", &["ха", "хи", "хе", "ху", "хой"]),
    ("а", &["а", "ы", "е", "у", "ой"]),
    ("я", &["я", "и", "е", "ю", "ей"]),
];

/// Indeclinable endings: foreign names in -о, -е, -и, -у, -ю, -э stay as they are.
const INDECLINABLE: &[char] = &['о', 'е', 'и', 'у', 'ю', 'э', 'ы'];

/// Consonant-final nouns: Хабаровск, Харбин, округ, Хэйлунцзян.
const CONSONANT_ENDINGS: &[&str] = &["", "а", "у", "ом", "е"];

/// Lower-case forms of one word.
pub fn word_forms(word: &str) -> Vec<String> {
    let lower = word.to_lowercase();
    // Hyphenated: "Южно-Сахалинск" declines its last part; "Комсомольск-на-Амуре" its first.
    if let Some(pos) = lower.find("-на-") {
        let (head, tail) = lower.split_at(pos);
        return word_forms(head).into_iter().map(|f| format!("{f}{tail}")).collect();
    }
    if let Some(pos) = lower.rfind('-') {
        let (head, tail) = lower.split_at(pos + 1);
        return word_forms(tail).into_iter().map(|f| format!("{head}{f}")).collect();
    }
    for (ending, endings) in CLASSES {
        if let Some(stem) = lower.strip_suffix(ending) {
            if stem.chars().count() >= 2 {
                return endings.iter().map(|e| format!("{stem}{e}")).collect();
            }
        }
    }
    match lower.chars().last() {
        Some(c) if INDECLINABLE.contains(&c) => vec![lower],
        Some(c) if super::super::text::is_cyrillic(c) && !"аяьйео".contains(c) => {
            CONSONANT_ENDINGS.iter().map(|e| format!("{lower}{e}")).collect()
        }
        _ => vec![lower],
    }
}

/// Lower-case forms of a (possibly multi-word) name: every combination of its words' forms.
/// Words in parentheses are dropped (the caller adds them as names of their own).
pub fn name_forms(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return vec![name.to_lowercase()];
    }
    let mut acc: Vec<String> = vec![String::new()];
    for (i, w) in words.iter().enumerate() {
        let forms = word_forms(w);
        let mut next = Vec::with_capacity(acc.len() * forms.len());
        for a in &acc {
            for f in &forms {
                next.push(if i == 0 { f.clone() } else { format!("{a} {f}") });
            }
        }
        acc = next;
    }
    acc.sort();
    acc.dedup();
    acc
}

/// The relational adjective of a one-word place name ("Харбин" → "харбинский", "Бурятия" →
/// "бурятский", "Приморье" → "приморский"), or none where the word does not take the regular one.
/// "харбинские мастера", "амурская делегация" name the place as surely as the noun.
pub fn adjective(name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    if lower.contains([' ', '-']) || lower.chars().count() < 4 {
        return None;
    }
    let stem = if let Some(s) = lower.strip_suffix("ия") {
        s.to_string()
    } else if let Some(s) = lower.strip_suffix("ье") {
        s.to_string()
    } else if let Some(s) = lower.strip_suffix("ск") {
        s.to_string()
    } else if lower.ends_with(['н', 'р', 'т', 'м', 'л']) {
        lower.clone()
    } else {
        return None;
    };
    let adj = format!("{stem}ский");
    (adj.chars().count() >= 8).then_some(adj)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(name: &str, form: &str) -> bool {
        name_forms(name).iter().any(|f| f == form)
    }

    #[test]
    fn regions_decline() {
        assert!(has("Амурская область", "амурской области"));
        assert!(has("Амурская область", "амурскую область"));
        assert!(has("Приморский край", "приморского края"));
        assert!(has("Приморский край", "приморском крае"));
        assert!(has("Приморье", "приморья"));
        assert!(has("Приморье", "приморьем"));
        assert!(has("Забайкальский край", "забайкальским краем"));
        assert!(has("Внутренняя Монголия", "внутренней монголии"));
        assert!(has("Еврейская автономная область", "еврейской автономной области"));
        assert!(has("Республика Бурятия", "республики бурятии"));
        assert!(has("Чукотский автономный округ", "чукотского автономного округа"));
    }

    #[test]
    fn cities_decline() {
        assert!(has("Благовещенск", "благовещенска"));
        assert!(has("Благовещенск", "благовещенске"));
        assert!(has("Харбин", "харбине"));
        assert!(has("Чита", "читы"));
        assert!(has("Москва", "москве"));
        assert!(has("Южно-Сахалинск", "южно-сахалинска"));
        assert!(has("Комсомольск-на-Амуре", "комсомольске-на-амуре"));
        assert!(has("Хэйлунцзян", "хэйлунцзяне"));
        assert!(has("Ярославль", "ярославле"));
    }

    #[test]
    fn adjectives() {
        assert_eq!(adjective("Харбин").as_deref(), Some("харбинский"));
        assert_eq!(adjective("Бурятия").as_deref(), Some("бурятский"));
        assert_eq!(adjective("Приморье").as_deref(), Some("приморский"));
        assert_eq!(adjective("Иркутск").as_deref(), Some("иркутский"));
        assert!(has("харбинский", "харбинские") || word_forms("харбинский").iter().any(|f| f == "харбинского"));
        assert_eq!(adjective("Чита"), None);
        assert_eq!(adjective("Южно-Сахалинск"), None);
    }

    #[test]
    fn indeclinable_stay() {
        assert_eq!(name_forms("Баку"), vec!["баку"]);
        assert_eq!(name_forms("Сочи"), vec!["сочи"]);
    }
}
