//! Generated corpora for tests that compare an index against a plain algorithm: many events on few
//! days, repeated and misordered ids, undated and open-ended events, unknown and repeated region
//! codes, empty sides, topics and documents out of order.

use exchange_atlas::{Corpus, Kind, Status};

/// A small deterministic generator (xorshift).
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
    pub(crate) fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
    /// Up to `max` values of `from`, repeats possible.
    pub(crate) fn some(&mut self, from: &[&str], max: usize) -> Vec<String> {
        (0..self.below(max + 1)).map(|_| self.pick(from).to_string()).collect()
    }
}

pub(crate) const RU: &[&str] = &["RU-AMU", "RU-PRI", "RU-KHA", "RU-ZAB", "RU-MOW", "UA-43", "RU-XX"];
pub(crate) const CN: &[&str] = &["CN-HL", "CN-JL", "CN-NM", "CN-BJ", "UA-43", "CN-XX"];
pub(crate) const TOPICS: &[&str] = &["trade", "tourism", "energy", "culture", "sport"];
pub(crate) const DOCS: &[&str] = &["d3", "d1", "d2", "d10"];

/// `n` events made from the embedded corpus's first event.
pub(crate) fn generated(n: usize, seed: u64) -> Corpus {
    let mut corpus = crate::embedded_atlas().corpus.clone();
    let model = corpus.events[0].clone();
    // Every document the events name exists (events of an unknown one are left out at load).
    let doc = corpus.documents.iter().find(|d| d.id == model.doc).cloned().expect("the model's document");
    corpus.documents.extend(DOCS.iter().map(|id| exchange_atlas::Document { id: id.to_string(), ..doc.clone() }));
    let mut r = Rng(seed | 1);
    let days = ["2020-01-01", "2020-01-01", "2020-03-15", "2019-12-31", "2021-06-01"];
    corpus.events = (0..n)
        .map(|i| {
            let mut e = model.clone();
            e.id = format!("{}#{}", r.pick(DOCS), r.below(n / 2 + 1));
            if r.below(4) == 0 {
                // long ids that share more than eight bytes past the common prefix, some with NUL
                e.id.push_str(["/a long suffix", "/a long suffix\0", "/a long suffiy"][r.below(3)]);
            }
            e.doc = if i % 7 == 0 { r.pick(DOCS).to_string() } else { DOCS[(i * 4 / n.max(1)).min(3)].to_string() };
            let (start, end) = (r.pick(&days).to_string(), r.pick(&days).to_string());
            (e.when.start, e.when.end) = match r.below(6) {
                0 => (None, None),
                1 => (None, Some(end)),
                2 => (Some(start), None),
                _ => (Some(start), Some(end)),
            };
            e.when.approximate = r.below(2) == 0;
            e.kind = Kind::ALL[r.below(Kind::ALL.len())];
            e.status = if r.below(4) == 0 { Status::Planned } else { Status::Happened };
            e.ru_regions = r.some(RU, 3);
            e.cn_regions = r.some(CN, 3);
            e.topics = r.some(TOPICS, 3);
            e.summary = format!("event {i} about {}", r.pick(TOPICS));
            e
        })
        .collect();
    corpus
}
