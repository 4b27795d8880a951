//! Turns the gazetteer tables into match patterns: every name in its matching (folded) form,
//! Russian names in all their case forms, English region names with their usual generic words
//! ("Region", "Territory", "Krai", "Province"), Chinese names with and without their suffix.

use super::tables::{City, Region, EXTRA_TSV};
use super::{russian, Entity, PatternRule};
use crate::model::Side;
use crate::text::{fold, is_cyrillic, is_han};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Han,
}

fn script(name: &str) -> Script {
    if name.chars().any(is_han) {
        Script::Han
    } else if name.chars().any(is_cyrillic) {
        Script::Cyrillic
    } else {
        Script::Latin
    }
}

fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase())
}

/// English generic words for a Russian region's kind; a name ending in one also gets the others.
const RU_GENERIC_EN: &[&str] = &["Oblast", "Region", "Krai", "Kray", "Territory", "Province"];
const ZH_SUFFIXES: &[&str] = &["自治区", "边疆区", "共和国", "自治州", "省", "州", "市"];

struct Builder {
    patterns: Vec<String>,
    rules: Vec<PatternRule>,
    seen: HashMap<String, usize>,
    deny: HashSet<String>,
}

impl Builder {
    fn add_form(&mut self, form: String, entity: Entity, capital: bool, exact_case: bool) {
        // The deny list stops place names and their adjectives that misfire ("российский" as the
        // adjective of some town); a curated side word ("Российские", "китайскими") is not one.
        let side = matches!(entity, Entity::Side(_) | Entity::BothSides);
        if form.is_empty() || (!side && self.deny.contains(&form)) || self.seen.contains_key(&form) {
            return;
        }
        self.seen.insert(form.clone(), self.patterns.len());
        self.patterns.push(form);
        self.rules.push(PatternRule { entity, capital, exact_case });
    }

    /// Adds an adjective in all its forms, matched in any letter case.
    fn add_adjective(&mut self, adj: &str, entity: Entity) {
        for form in russian::word_forms(adj) {
            self.add_form(fold(&form), entity, false, false);
        }
    }

    /// Adds a name in every form its script calls for.
    fn add(&mut self, name: &str, entity: Entity) {
        let name = name.trim();
        let chars = name.chars().count();
        if name.is_empty() {
            return;
        }
        // A parenthesised part is a name of its own: "Республика Саха (Якутия)".
        if let (Some(open), Some(close)) = (name.find(['(', '（']), name.rfind([')', '）'])) {
            if open < close {
                let inner = &name[open + name[open..].chars().next().unwrap().len_utf8()..close];
                let outer = format!("{}{}", &name[..open], &name[close + name[close..].chars().next().unwrap().len_utf8()..]);
                self.add(inner, entity);
                self.add(outer.trim(), entity);
                return;
            }
        }
        // A flag (two regional indicator symbols, "🇷🇺", "🇨🇳") names its country in posts and headlines.
        if name.chars().all(|c| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)) {
            self.add_form(name.to_string(), entity, false, false);
            return;
        }
        let acronym = is_acronym(name);
        // Side words are adjectives and common nouns in Russian ("российская сторона", "края"):
        // they are written in lower case.
        let proper = matches!(entity, Entity::Region(_) | Entity::City(_));
        match script(name) {
            Script::Han => {
                if chars >= 2 || matches!(entity, Entity::Side(_)) {
                    self.add_form(fold(name), entity, false, false);
                }
            }
            Script::Cyrillic => {
                if acronym {
                    self.add_form(fold(name), entity, false, true);
                } else if chars >= 3 {
                    for form in russian::name_forms(name) {
                        self.add_form(fold(&form), entity, proper, false);
                    }
                }
            }
            Script::Latin => {
                if !name.is_ascii() {
                    return; // pinyin with tone marks, exonyms with diacritics: not how press writes
                }
                if acronym {
                    self.add_form(fold(name), entity, false, true);
                } else if chars >= 3 {
                    self.add_form(fold(name), entity, proper || name.chars().next().map(char::is_uppercase).unwrap_or(false), false);
                }
            }
        }
    }
}

/// The folded deny list: every form of every denied name.
fn deny_list() -> HashSet<String> {
    let mut deny = HashSet::new();
    for (entity, _lang, name) in extra_rows() {
        if entity == "deny" {
            deny.insert(fold(name));
            if script(name) == Script::Cyrillic {
                deny.extend(russian::name_forms(name).iter().map(|f| fold(f)));
            }
        }
    }
    deny
}

fn extra_rows() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    EXTRA_TSV.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).filter_map(|l| {
        let mut f = l.split('\t');
        Some((f.next()?, f.next()?, f.next()?))
    })
}

/// A Latin name with diacritics and typographic apostrophes as the press types it in ASCII;
/// `None` when it is ASCII already or has a letter this does not know.
fn plain_latin(name: &str) -> Option<String> {
    if name.is_ascii() {
        return None;
    }
    name.chars()
        .map(|c| {
            Some(match c {
                'ā' | 'á' | 'à' | 'ã' | 'â' | 'ä' => 'a',
                'Ā' | 'Á' | 'À' => 'A',
                'ē' | 'é' | 'è' | 'ê' | 'ĕ' | 'ë' => 'e',
                'ī' | 'í' | 'ì' => 'i',
                'ō' | 'ó' | 'ò' | 'ô' | 'ö' => 'o',
                'ū' | 'ú' | 'ù' | 'ü' | 'ǖ' => 'u',
                'Ü' | 'Ú' => 'U',
                'ç' => 'c',
                '’' | '‘' => '\'',
                c if c.is_ascii() => c,
                _ => return None,
            })
        })
        .collect()
}

fn english_variants(r: &Region) -> Vec<String> {
    let mut out = vec![r.name_en.clone()];
    if r.code.starts_with("RU-") {
        for g in RU_GENERIC_EN {
            if let Some(base) = r.name_en.strip_suffix(&format!(" {g}")) {
                out.extend(RU_GENERIC_EN.iter().map(|h| format!("{base} {h}")));
            }
        }
        if let Some(base) = r.name_en.strip_prefix("Republic of ") {
            out.push(format!("{base} Republic"));
        }
    } else if r.code.starts_with("CN-") && !r.name_en.contains(' ') {
        out.push(format!("{} Province", r.name_en));
    }
    out
}

fn chinese_variants(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    for s in ZH_SUFFIXES {
        if let Some(base) = name.strip_suffix(s) {
            if base.chars().count() >= 3 {
                out.push(base.to_string());
            }
            break;
        }
    }
    out
}

/// All patterns with their rules. The curated names come first, then the regions, then cities, so
/// where one form could name two things the curated entry, else the region, wins.
pub(super) fn all(regions: &[Region], cities: &[City]) -> (Vec<String>, Vec<PatternRule>) {
    let mut b = Builder { patterns: Vec::new(), rules: Vec::new(), seen: HashMap::new(), deny: deny_list() };
    // The curated names first: where one overrides a source alias ("Leningrad" is the city, not
    // the oblast), it wins.
    for (entity, _lang, name) in extra_rows() {
        let e = match entity {
            "side:ru" => Entity::Side(Side::Ru),
            "side:cn" => Entity::Side(Side::Cn),
            "side:both" => Entity::BothSides,
            "other" => Entity::Other,
            code => match regions.iter().position(|r| r.code == code) {
                Some(i) => Entity::Region(i as u16),
                None => continue,
            },
        };
        b.add(name, e);
    }
    // Exact names of every region first, so that a shortened form of one ("莫斯科" from "莫斯科州")
    // never takes the name of another (Moscow city).
    for (i, r) in regions.iter().enumerate() {
        let e = Entity::Region(i as u16);
        for n in english_variants(r) {
            b.add(&n, e);
        }
        b.add(&r.name_ru, e);
        b.add(&r.name_zh, e);
        for a in &r.aliases {
            b.add(a, e);
        }
    }
    for (i, r) in regions.iter().enumerate() {
        let e = Entity::Region(i as u16);
        for a in std::iter::once(&r.name_zh).chain(r.aliases.iter()).filter(|a| script(a) == Script::Han) {
            for n in chinese_variants(a).into_iter().skip(1) {
                b.add(&n, e);
            }
        }
    }
    for (i, c) in cities.iter().enumerate() {
        let e = Entity::City(i as u16);
        b.add(&c.name_en, e);
        // "Ürümqi", "E’zhou": the press writes them without the marks ("Urumqi", "E'zhou", "Ezhou").
        if let Some(plain) = plain_latin(&c.name_en) {
            if plain.contains('\'') {
                b.add(&plain.replace('\'', ""), e);
            }
            b.add(&plain, e);
        }
        if !c.name_en.is_empty() {
            b.add(&format!("{} City", c.name_en), e);
        }
        b.add(&c.name_ru, e);
        if !c.name_zh.is_empty() {
            b.add(&c.name_zh, e);
            if !c.name_zh.ends_with('市') {
                b.add(&format!("{}市", c.name_zh), e);
            }
        }
    }
    // Relational adjectives of one-word Russian names, in lower case: "харбинские мастера".
    for (i, r) in regions.iter().enumerate() {
        for n in std::iter::once(&r.name_ru).chain(r.aliases.iter()).filter(|n| script(n) == Script::Cyrillic) {
            if let Some(adj) = russian::adjective(n) {
                b.add_adjective(&adj, Entity::Region(i as u16));
            }
        }
    }
    for (i, c) in cities.iter().enumerate() {
        if let Some(adj) = russian::adjective(&c.name_ru) {
            b.add_adjective(&adj, Entity::City(i as u16));
        }
    }
    (b.patterns, b.rules)
}
