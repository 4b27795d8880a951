//! Extraction of one document: front matter, language, publication date, sentences, events.

mod analysis;
mod context;
mod counts;
mod cues;
mod discussion;
mod events;
mod headline_fold;
mod trip_meeting;
mod events_zh;
pub mod frontmatter;
pub mod lang;
pub mod lexicon;
mod orgs;
pub mod people;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_real;
#[cfg(test)]
mod tests_ru;
#[cfg(test)]
mod tests_zh;

use crate::dates::{date_in_url, issue_month, publication_date, publication_date_in, reference_date, Day};
use crate::gazetteer::{Entity, Gazetteer};
use crate::model::*;
use crate::text::{fold, sentences};
use analysis::SentenceInfo;
use events::{Builder, Draft};

/// A document that could not be read: the file, the line where that applies, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocError {
    pub line: Option<usize>,
    pub message: String,
}

/// A document as read: its front matter, text and dates, and the analysis of every sentence.
struct Reading {
    fm: frontmatter::FrontMatter,
    warnings: Vec<Warning>,
    text: String,
    folded: String,
    lang: Lang,
    published: Option<Day>,
    /// Without a publication date, the month the issue is dated by (see [`issue_month`]).
    issue: Option<(Day, Day)>,
    /// Dates resolved against the publication date rest on the source URL's date, not the text's.
    anchor_from_url: bool,
    infos: Vec<SentenceInfo>,
}

fn read(raw: &str) -> Result<Reading, DocError> {
    let (fm, body_at, mut warnings) = frontmatter::split(raw).map_err(|e| DocError { line: Some(e.line), message: e.message })?;
    // A mirror that glosses characters with pinyin ("會(huì)見(jiàn)") is read without the glosses: the
    // document's text is the page as its own site printed it, and every offset is into that text.
    let text = match crate::text::gloss::strip_pinyin_glosses(&raw[body_at..]) {
        Some((plain, n)) => {
            warnings.push(Warning { line: None, message: format!("{n} pinyin glosses after Chinese characters were left out of the text") });
            plain
        }
        None => raw[body_at..].to_string(),
    };
    let lang = fm.lang.unwrap_or_else(|| lang::detect(&text));
    let folded = fold(&text);
    let dateline = publication_date_in(&text, &folded);
    let stated = fm.published.as_deref().and_then(Day::parse_iso).or(dateline.map(|(d, _)| d));
    // Many pages date themselves only in their address; the text's own date wins over it.
    let url_date = fm.source.as_deref().and_then(date_in_url);
    let published = stated.or(url_date.filter(|u| !u.month_only).map(|u| u.day));
    // Without a publication date, a dated heading ("Digest of 3–9 June 2019") still tells the year
    // that dates without one are in; it is not taken for the publication date. Nor is a month in
    // the URL ("/2012-08/"), which tells the year all the same.
    let heading = if published.is_none() { reference_date(&text) } else { None };
    let reference = published.or(heading).or(url_date.map(|u| u.day));
    let anchor_from_url = stated.is_none() && heading.is_none() && url_date.is_some();
    let sents = sentences(&text);
    let infos = analysis::analyse(&text, &folded, &sents, reference, published.or(url_date.map(|u| u.day)), dateline.map(|(_, line)| line));
    let issue = if published.is_none() { issue_month(&text) } else { None };
    Ok(Reading { fm, warnings, text, folded, lang, published, issue, anchor_from_url, infos })
}

/// Extracts one document. `id` is the file stem, `path` as given; `raw` is the whole file.
pub fn extract_document(id: &str, path: &str, raw: &str) -> Result<(Document, Vec<Event>), DocError> {
    let Reading { fm, mut warnings, text, folded, lang, published, issue, anchor_from_url, infos } = read(raw)?;
    if text.trim().is_empty() {
        warnings.push(Warning { line: None, message: "the document is empty: no events".to_string() });
    }
    let drafts = Builder::new(&text, &folded, &infos, published, issue).run();
    let title = fm.title.clone().or_else(|| headline(&text));
    let events = finish(id, &text, &infos, drafts, published, anchor_from_url);
    let mentions = mentions(&infos);
    let doc = Document {
        id: id.to_string(),
        path: path.to_string(),
        title,
        source: fm.source,
        lang,
        published: published.map(Day::iso),
        text,
        warnings,
        mentions,
    };
    Ok((doc, events))
}

/// A human-readable account of how a document was read: each sentence with its places, sides,
/// cues, dates and people, and the events that came out. For `exchange-atlas explain`.
pub fn explain(raw: &str) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let r = match read(raw) {
        Ok(r) => r,
        Err(e) => return format!("line {:?}: {}\n", e.line, e.message),
    };
    let (text, infos) = (&r.text, &r.infos);
    let g = Gazetteer::get();
    let _ = writeln!(out, "lang {:?}, published {:?}", r.lang, r.published.map(Day::iso));
    for (i, info) in infos.iter().enumerate() {
        let s = &text[info.sentence.span.start..info.sentence.span.end];
        let _ = writeln!(out, "[{i}] p{} l{}: {}", info.sentence.paragraph, info.sentence.line, s.chars().take(140).collect::<String>());
        let codes = |v: &[u16]| v.iter().map(|r| g.regions[*r as usize].code.clone()).collect::<Vec<_>>().join(",");
        let _ = writeln!(
            out,
            "     ru[{}]{} cn[{}]{}{} cues: {}",
            codes(&info.ru),
            if info.side_ru { "+side" } else { "" },
            codes(&info.cn),
            if info.side_cn { "+side" } else { "" },
            if info.other_country { " +other" } else { "" },
            info.cues.iter().map(|c| format!("{:?}={:?}", c.cue, &text[c.start..c.end])).collect::<Vec<_>>().join(" ")
        );
        for (m, r) in &info.dates {
            let _ = writeln!(out, "     date {:?} -> {:?}", &text[m.start..m.end], r.map(|r| (r.start.iso(), r.end.iso(), r.basis)));
        }
        if let Some((r, t)) = &info.section_date {
            let _ = writeln!(out, "     under the heading date {:?} ({})", t, r.start.iso());
        }
        for p in &info.people {
            let _ = writeln!(out, "     person {:?} {:?} {:?}", p.name, p.role, p.side);
        }
    }
    let drafts = Builder::new(text, &r.folded, infos, r.published, r.issue).run();
    for (n, d) in drafts.iter().enumerate() {
        let _ = writeln!(out, "event {}: {:?} {:?} sentences {:?} date {:?} name {:?}", n + 1, d.kind, d.status, d.sentences, d.date.as_ref().map(|x| &x.1), d.name);
    }
    out
}

/// The headline: the first line that reads like one (not a breadcrumb, a menu of sections split by
/// bars such as "HOME | EXCLUSIVE | NEWS", a date or a widget).
fn headline(text: &str) -> Option<String> {
    for line in text.lines().take(8) {
        let l = line.trim();
        let han = l.chars().filter(|c| crate::text::is_han(*c)).count();
        let words = l.split_whitespace().count();
        if l.is_empty() || l.contains(" > ") || l.contains(" / ") || l.contains(" » ") || l.contains('>') && han > 0 || l.matches(" | ").count() >= 2 {
            continue;
        }
        // A date line is passed over; the question matters only for a line that would otherwise
        // be taken (a line of three words or fewer is passed over anyway), and it costs a scan.
        if words <= 6 && (words >= 4 || han >= 8) && publication_date(l).is_some() {
            continue;
        }
        if words >= 4 || han >= 8 {
            return Some(crate::text::prefix_chars(l, 300).to_string());
        }
    }
    None
}

fn mentions(infos: &[SentenceInfo]) -> Vec<Mention> {
    let g = Gazetteer::get();
    // Sized once: growing from empty reallocated a few times per document.
    let mut out = Vec::with_capacity(infos.iter().map(|i| i.places.len() + i.dates.len() + i.people.len()).sum());
    for i in infos {
        for h in &i.places {
            let kind = if matches!(h.entity, Entity::City(_)) { MentionKind::Place } else { MentionKind::Region };
            let region = g.place_region(h.entity).map(|(c, _)| c.to_string());
            out.push(Mention { start: h.span.start, end: h.span.end, kind, region });
        }
        for (m, _) in &i.dates {
            out.push(Mention { start: m.start, end: m.end, kind: MentionKind::Date, region: None });
        }
        for p in &i.people {
            out.push(Mention { start: p.start, end: p.end, kind: MentionKind::Person, region: None });
        }
    }
    out.sort_by_key(|m| (m.start, m.end));
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// The region most named on a side in the whole document (ties: the first named).
fn dominant(infos: &[SentenceInfo], side: Side) -> Option<u16> {
    let mut counts: Vec<(u16, usize, usize)> = Vec::new(); // (region, count, first position)
    for (pos, i) in infos.iter().enumerate() {
        for r in if side == Side::Ru { &i.ru } else { &i.cn } {
            match counts.iter_mut().find(|c| c.0 == *r) {
                Some(c) => c.1 += 1,
                None => counts.push((*r, 1, pos)),
            }
        }
    }
    counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2))).map(|c| c.0)
}

/// The latest year the document states as past ("Since 2020 ...", "in 2019"): events it reports
/// happened no earlier. Used only when nothing else dates them.
fn not_before(infos: &[SentenceInfo], text: &str) -> Option<(i32, String)> {
    infos
        .iter()
        .flat_map(|i| i.dates.iter())
        .filter_map(|(m, r)| r.filter(|r| r.basis == Basis::Explicit).map(|r| (r.start.y, text[m.start..m.end].to_string())))
        .max_by_key(|(y, _)| *y)
}

fn when_of(draft: &Draft, published: Option<Day>, bound: Option<&(i32, String)>, anchor_from_url: bool) -> When {
    if let Some((r, written)) = &draft.date {
        return When {
            start: Some(r.start.iso()),
            end: Some(r.end.iso()),
            precision: r.precision,
            approximate: false,
            basis: if anchor_from_url && r.basis == Basis::Relative { Basis::Url } else { r.basis },
            text: Some(written.clone()),
        };
    }
    let mut w = When::unknown();
    if let Some(p) = published {
        // Reported in an article of that date: it happened before it, or is planned after it.
        w.basis = Basis::Inferred;
        w.approximate = true;
        match draft.status {
            Status::Happened => w.end = Some(p.iso()),
            Status::Planned => w.start = Some(p.iso()),
        }
    } else if let Some((y, written)) = bound {
        w.basis = Basis::Inferred;
        w.approximate = true;
        w.precision = Precision::Year;
        w.start = Some(format!("{y:04}-01-01"));
        w.text = Some(written.clone());
    }
    w
}

fn finish(id: &str, text: &str, infos: &[SentenceInfo], drafts: Vec<Draft>, published: Option<Day>, anchor_from_url: bool) -> Vec<Event> {
    let g = Gazetteer::get();
    let dom_ru = dominant(infos, Side::Ru);
    let dom_cn = dominant(infos, Side::Cn);
    let bound = not_before(infos, text);
    let code = |r: &u16| g.regions[*r as usize].code.clone();
    // The organisations of each sentence, found once: a sentence is often evidence of more than one event.
    let mut orgs_of: Vec<Option<Vec<String>>> = vec![None; infos.len()];
    let mut out = Vec::with_capacity(drafts.len());
    for (n, d) in drafts.iter().enumerate() {
        let mut sents = d.sentences.clone();
        sents.sort_unstable();
        let ru = if d.ru.is_empty() { dom_ru.into_iter().collect() } else { d.ru.clone() };
        let cn = if d.cn.is_empty() { dom_cn.into_iter().collect() } else { d.cn.clone() };
        let mut places: Vec<Place> = Vec::new();
        let mut people: Vec<Person> = Vec::new();
        let mut topics: Vec<&str> = Vec::new();
        let mut orgs_found: Vec<String> = Vec::new();
        for &s in &sents {
            let info = &infos[s];
            for &c in &info.cities {
                let city = &g.cities[c as usize];
                if !places.iter().any(|p| p.name == city.name_en) {
                    places.push(Place { name: city.name_en.clone(), region: code(&city.region), lat: city.lat, lon: city.lon });
                }
            }
            for p in &info.people {
                if !people.iter().any(|q| people::same_person(&q.name, &p.name)) {
                    people.push(Person { name: p.name.clone(), role: p.role.clone(), side: p.side });
                }
            }
            for c in &info.cues {
                if let lexicon::Cue::Topic(t) = c.cue {
                    if !topics.contains(&t) {
                        topics.push(t);
                    }
                }
            }
            let in_sentence = orgs_of[s].get_or_insert_with(|| orgs::find(&text[info.sentence.span.start..info.sentence.span.end]));
            for o in in_sentence.iter() {
                if !orgs_found.contains(o) {
                    orgs_found.push(o.clone());
                }
            }
        }
        topics.sort_by_key(|t| lexicon::TOPICS.iter().position(|x| x == t));
        let evidence: Vec<Span> = sents.iter().map(|&s| infos[s].sentence.span).collect();
        let first = &text[evidence[0].start..evidence[0].end];
        let mut summary: String = crate::text::prefix_chars(first, 400).to_string();
        if summary.chars().count() < 80 {
            if let Some(second) = evidence.get(1) {
                summary.push(' ');
                summary.push_str(crate::text::prefix_chars(&text[second.start..second.end], 300));
            }
        }
        out.push(Event {
            id: format!("{id}#{}", n + 1),
            doc: id.to_string(),
            when: when_of(d, published, bound.as_ref(), anchor_from_url),
            status: d.status,
            kind: d.kind,
            ru_regions: ru.iter().map(code).collect(),
            cn_regions: cn.iter().map(code).collect(),
            places,
            people,
            orgs: orgs_found,
            topics: topics.into_iter().map(str::to_string).collect(),
            summary,
            evidence,
        });
    }
    out
}

#[cfg(test)]
mod headline_tests {
    /// The former test, which asked for a publication date of every line of six words or fewer.
    fn headline_asking_every_short_line(text: &str) -> Option<String> {
        for line in text.lines().take(8) {
            let l = line.trim();
            let han = l.chars().filter(|c| crate::text::is_han(*c)).count();
            let words = l.split_whitespace().count();
            if l.is_empty() || l.contains(" > ") || l.contains(" / ") || l.contains(" » ") || l.contains('>') && han > 0 || l.matches(" | ").count() >= 2 {
                continue;
            }
            if words <= 6 && super::publication_date(l).is_some() {
                continue;
            }
            if words >= 4 || han >= 8 {
                return Some(crate::text::prefix_chars(l, 300).to_string());
            }
        }
        None
    }

    #[test]
    fn headline_as_when_every_short_line_was_asked() {
        let mut texts: Vec<String> = ["June 5, 2015\nPublished: 5 June 2015\nTalks held in Harbin on 5 June 2015\nBody.", "2015年6月5日 发布\n黑龙江省代表团访问阿穆尔州\n正文"].iter().map(|t| t.to_string()).collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["seeds", "tests/corpus/dev1/en", "tests/corpus/dev2/en", "tests/corpus/dev1/ru", "tests/corpus/dev2/ru", "tests/corpus/dev1/zh", "tests/corpus/dev2/zh"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
            }
        }
        for t in &texts {
            assert_eq!(super::headline(t), headline_asking_every_short_line(t), "{t}");
        }
    }
}
