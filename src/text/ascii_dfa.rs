//! Every occurrence of a set of ASCII patterns (an overlapping Aho–Corasick search), by a dense
//! DFA small enough to stay in cache, for texts in which the set's other patterns cannot match.
//!
//! Why not the `aho-corasick` crate here: its overlapping search over English text cost about 25
//! instructions a byte with its DFA and 50 with its contiguous NFA (the Cyrillic and Han patterns
//! of the same sets make the DFA megabytes); this loop is a table lookup and a compare per byte.
//! A pattern with a non-ASCII character cannot match a text that lacks its first non-ASCII byte (a
//! UTF-8 lead byte), so [`AsciiSubset::usable`] tells when the ASCII patterns alone find everything.

/// The most transitions a DFA may have: more than twice what the cue vocabulary needs (1 652
/// states of 29 classes). A set with more is never used ([`AsciiSubset::usable`]); the cue
/// tests check that the vocabulary's fits.
const TRANS_LEN: usize = 1 << 17;
const TRANS_MASK: usize = TRANS_LEN - 1;

/// A DFA over the ASCII patterns of a set.
pub struct AsciiSubset {
    /// Byte → class: each byte that occurs in a pattern has its own, every other byte is class 0
    /// (from any state it leads where a byte of no pattern leads: back to the root).
    classes: [u8; 256],
    stride: usize,
    /// `state * stride + class` → next state, premultiplied by `stride`. States at or past
    /// `first_match` end at least one pattern. Of a fixed size that any index masked by
    /// [`TRANS_MASK`] is in, so that the search loop needs no bounds check (a tenth of its
    /// instructions); only the first `states * stride` entries are ever written or read.
    trans: Box<[u32; TRANS_LEN]>,
    first_match: u32,
    /// Per match state (counted from `first_match`): its slice of `outputs`.
    output_at: Vec<u32>,
    /// (index in the whole set, length) of the patterns that end at a state.
    outputs: Vec<(u32, u32)>,
    /// The lead bytes that some non-ASCII pattern of the set needs.
    leads: [bool; 256],
    /// The DFA fits `trans`: else it is never used.
    pub fits: bool,
}

impl AsciiSubset {
    /// The DFA of the ASCII patterns among `patterns`; matches are reported by their index there.
    pub fn new<P: AsRef<[u8]>>(patterns: &[P]) -> AsciiSubset {
        let mut leads = [false; 256];
        let mut classes = [0u8; 256];
        let mut stride = 1usize;
        let ascii: Vec<(u32, &[u8])> = patterns
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let p = p.as_ref();
                match p.iter().find(|b| !b.is_ascii()) {
                    Some(&lead) => {
                        leads[lead as usize] = true;
                        None
                    }
                    None => Some((i as u32, p)),
                }
            })
            .collect();
        for (_, p) in &ascii {
            assert!(!p.is_empty(), "an empty pattern would match everywhere");
            for &b in p.iter() {
                if classes[b as usize] == 0 {
                    classes[b as usize] = stride as u8;
                    stride += 1;
                }
            }
        }
        // The trie, dense over the classes (0 = no child: the root is never a child).
        let mut goto: Vec<u32> = vec![0; stride];
        let mut ends: Vec<Vec<(u32, u32)>> = vec![Vec::new()];
        for &(i, p) in &ascii {
            let mut s = 0usize;
            for &b in p {
                let k = classes[b as usize] as usize;
                if goto[s * stride + k] == 0 {
                    goto[s * stride + k] = ends.len() as u32;
                    goto.extend(std::iter::repeat_n(0, stride));
                    ends.push(Vec::new());
                }
                s = goto[s * stride + k] as usize;
            }
            ends[s].push((i, p.len() as u32));
        }
        // Failure links in breadth-first order turn the trie into the DFA; a state's outputs gain
        // those of its failure state (the patterns that end it as a suffix).
        let n = ends.len();
        let mut trans = vec![0u32; n * stride];
        let mut fail = vec![0usize; n];
        let mut queue = std::collections::VecDeque::new();
        for k in 0..stride {
            let c = goto[k] as usize;
            trans[k] = c as u32;
            if c != 0 {
                queue.push_back(c);
            }
        }
        while let Some(u) = queue.pop_front() {
            let inherited = ends[fail[u]].clone();
            ends[u].extend(inherited);
            for k in 0..stride {
                let c = goto[u * stride + k] as usize;
                if c != 0 {
                    fail[c] = trans[fail[u] * stride + k] as usize;
                    trans[u * stride + k] = c as u32;
                    queue.push_back(c);
                } else {
                    trans[u * stride + k] = trans[fail[u] * stride + k];
                }
            }
        }
        // Renumber: states without output first, so that one compare per byte tells a match.
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&s| (!ends[s].is_empty(), s != 0));
        let mut new_id = vec![0u32; n];
        for (new, &old) in order.iter().enumerate() {
            new_id[old] = new as u32;
        }
        let first_match = order.iter().position(|&s| !ends[s].is_empty()).unwrap_or(n);
        let fits = n * stride <= TRANS_LEN;
        let mut dense: Box<[u32; TRANS_LEN]> = vec![0u32; TRANS_LEN].into_boxed_slice().try_into().expect("the table's length");
        for (new, &old) in order.iter().enumerate().filter(|_| fits) {
            for k in 0..stride {
                dense[new * stride + k] = new_id[trans[old * stride + k] as usize] * stride as u32;
            }
        }
        let mut output_at = vec![0u32];
        let mut outputs = Vec::new();
        for &old in &order[first_match..] {
            outputs.extend(ends[old].iter().copied());
            output_at.push(outputs.len() as u32);
        }
        AsciiSubset { classes, stride, trans: dense, first_match: (first_match * stride) as u32, output_at, outputs, leads, fits }
    }

    /// Whether [`Self::for_each_match`] finds in `hay` every match the whole set would.
    pub fn usable(&self, hay: &str) -> bool {
        self.fits && (hay.is_ascii() || !hay.bytes().any(|b| self.leads[b as usize]))
    }

    /// Calls `f(pattern, start, end)` for every occurrence of every ASCII pattern in `hay`, in the
    /// order of their ends.
    pub fn for_each_match(&self, hay: &[u8], mut f: impl FnMut(u32, usize, usize)) {
        let mut s = 0u32;
        for (i, &b) in hay.iter().enumerate() {
            s = self.trans[(s as usize + self.classes[b as usize] as usize) & TRANS_MASK];
            if s >= self.first_match {
                let m = (s - self.first_match) as usize / self.stride;
                for &(p, len) in &self.outputs[self.output_at[m] as usize..self.output_at[m + 1] as usize] {
                    f(p, i + 1 - len as usize, i + 1);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::AsciiSubset;

    fn sorted(mut v: Vec<(u32, usize, usize)>) -> Vec<(u32, usize, usize)> {
        v.sort_unstable();
        v
    }

    /// The same occurrences as the `aho-corasick` crate's overlapping search of the ASCII patterns.
    #[test]
    fn finds_what_aho_corasick_finds() {
        let patterns = ["he", "she", "his", "hers", "a", "ab", "bab", "b c", "c", "the event", "event", "ev", "x-y", "y", "год", "会见", "z"];
        let dfa = AsciiSubset::new(&patterns);
        let ascii: Vec<(u32, &str)> = patterns.iter().enumerate().filter(|(_, p)| p.is_ascii()).map(|(i, p)| (i as u32, *p)).collect();
        let ac = aho_corasick::AhoCorasick::new(ascii.iter().map(|p| p.1)).unwrap();
        for hay in ["", "ushers", "abababab c", "bathe events, the event", "x-y-y z", "год 会见 he", "hhhhhe sshe", "\u{e9}he\u{2019}s"] {
            let mut got = Vec::new();
            dfa.for_each_match(hay.as_bytes(), |p, s, e| got.push((p, s, e)));
            let want: Vec<_> = ac.find_overlapping_iter(hay).map(|m| (ascii[m.pattern().as_usize()].0, m.start(), m.end())).collect();
            assert_eq!(sorted(got), sorted(want), "{hay:?}");
        }
        assert!(dfa.usable("the event, he said"));
        assert!(dfa.usable("\u{2019}s \u{e9}"), "non-ASCII bytes that no pattern starts with");
        assert!(!dfa.usable("a год"));
        // Too many transitions for the table: never used.
        let many: Vec<String> = (0..5000).map(|i| format!("{i:x}z{}", i * 7919)).collect();
        assert!(!AsciiSubset::new(&many).usable("abc"));
        assert!(!dfa.usable("会见"));
    }

    /// Over the English documents of the repository, with the cue vocabulary: what the crate finds.
    #[test]
    fn finds_what_aho_corasick_finds_in_english() {
        use crate::extract::lexicon::*;
        let mut patterns: Vec<&str> = ACTIVITY.iter().map(|x| x.0).chain(ANAPHOR.iter().copied()).chain(NATIONAL.iter().copied()).collect();
        patterns.extend(PLANNED.iter().chain(HAPPENED).chain(NEUTRAL).copied());
        patterns.extend(TOPIC_WORDS.iter().map(|x| x.0));
        let patterns: Vec<&str> = patterns.iter().map(|p| p.trim_end_matches('*')).collect();
        let dfa = AsciiSubset::new(&patterns);
        let ascii: Vec<(u32, &str)> = patterns.iter().enumerate().filter(|(_, p)| p.is_ascii()).map(|(i, p)| (i as u32, *p)).collect();
        let ac = aho_corasick::AhoCorasick::new(ascii.iter().map(|p| p.1)).unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut hay = String::from("held during the visit; maybe held, bathe events, the sides' people's trade-offs\n");
        for dir in ["seeds", "tests/corpus/dev1/en", "tests/corpus/dev2/en"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                hay.push_str(&crate::text::fold(&std::fs::read_to_string(entry.unwrap().path()).unwrap()));
            }
        }
        let mut got = Vec::new();
        dfa.for_each_match(hay.as_bytes(), |p, s, e| got.push((p, s, e)));
        let want: Vec<_> = ac.find_overlapping_iter(&hay).map(|m| (ascii[m.pattern().as_usize()].0, m.start(), m.end())).collect();
        assert!(want.len() > 1000, "{}", want.len());
        assert_eq!(sorted(got), sorted(want));
    }
}
