//! The gazetteer's ASCII names found by walking a trie from each word start, for texts in which no
//! other name can match (English).
//!
//! Why: a name only counts on word boundaries ([`crate::text::on_word_boundaries`]), and every
//! ASCII name begins with a letter or digit, so a match that does not start a word is always
//! dropped. The automaton reads every byte at about 40 instructions each; most words leave the
//! trie after a letter or two.

/// ASCII letters and digits: the ASCII characters of words ([`crate::text::is_word_char`]).
const ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// A trie of the ASCII patterns of a set.
pub(super) struct WordStarts {
    /// Per node: the first of its edges, how many, and the pattern ending there (index + 1, or 0).
    nodes: Vec<(u32, u32, u32)>,
    /// (byte, child) sorted by byte within a node. The root's are in `root` instead, and those of
    /// the nodes a letter from it in `second` (they have dozens of children each).
    edges: Vec<(u8, u32)>,
    root: [u32; 128],
    second: Vec<(u32, [u32; 128])>, // (the first letter's node, its children)
    /// The lead bytes that some non-ASCII pattern needs.
    leads: [bool; 256],
    /// Some ASCII pattern starts with a character that is not a word's: then walking from word
    /// starts would miss it, and this is never used.
    unusable: bool,
}

impl WordStarts {
    pub(super) fn new(patterns: &[String]) -> WordStarts {
        let mut leads = [false; 256];
        let mut unusable = false;
        // Built with sorted child maps, then flattened.
        let mut tree: Vec<(std::collections::BTreeMap<u8, u32>, u32)> = vec![Default::default()];
        for (i, p) in patterns.iter().enumerate() {
            if let Some(&lead) = p.as_bytes().iter().find(|b| !b.is_ascii()) {
                leads[lead as usize] = true;
                continue;
            }
            unusable |= !p.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric);
            let mut n = 0usize;
            for &b in p.as_bytes() {
                let next = tree.len() as u32;
                n = *tree[n].0.entry(b).or_insert(next) as usize;
                if n == next as usize {
                    tree.push(Default::default());
                }
            }
            // Patterns are distinct, so at most one ends at a node.
            tree[n].1 = i as u32 + 1;
        }
        let mut root = [0u32; 128];
        let mut second = Vec::new();
        for (&b, &c) in &tree[0].0 {
            root[b as usize] = second.len() as u32 + 1;
            let mut table = [0u32; 128];
            for (&b2, &c2) in &tree[c as usize].0 {
                table[b2 as usize] = c2;
            }
            second.push((c, table));
        }
        let mut nodes = Vec::with_capacity(tree.len());
        let mut edges = Vec::new();
        for (children, end) in &tree {
            nodes.push((edges.len() as u32, children.len() as u32, *end));
            edges.extend(children.iter().map(|(&b, &c)| (b, c)));
        }
        WordStarts { nodes, edges, root, second, leads, unusable }
    }

    /// Whether [`Self::for_each_match`] finds in `hay` every match on word boundaries that an
    /// automaton of all the patterns would.
    pub(super) fn usable(&self, hay: &str) -> bool {
        !self.unusable && (hay.is_ascii() || !hay.bytes().any(|b| self.leads[b as usize]))
    }

    /// Calls `f(pattern, start, end)` for every ASCII pattern that `hay` has at a word start, by
    /// start, then by length.
    pub(super) fn for_each_match(&self, hay: &str, mut f: impl FnMut(usize, usize, usize)) {
        let bytes = hay.as_bytes();
        let mut prev_word = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b >= 0x80 {
                let c = hay[i..].chars().next().expect("a char starts here");
                prev_word = crate::text::is_word_char(c);
                i += c.len_utf8();
                continue;
            }
            if !ASCII_WORD[b as usize] {
                prev_word = false;
                i += 1;
                continue;
            }
            if !prev_word {
                self.walk(bytes, i, &mut f);
            }
            // The rest of the word starts nothing.
            i += 1;
            while i < bytes.len() && ASCII_WORD[bytes[i] as usize] {
                i += 1;
            }
            prev_word = true;
        }
    }

    fn walk(&self, bytes: &[u8], start: usize, f: &mut impl FnMut(usize, usize, usize)) {
        let (first_node, table) = match self.root[bytes[start] as usize] {
            0 => return,
            t => &self.second[t as usize - 1],
        };
        let end = self.nodes[*first_node as usize].2;
        if end != 0 {
            f(end as usize - 1, start, start + 1);
        }
        let Some(&b) = bytes.get(start + 1).filter(|b| b.is_ascii()) else { return };
        let mut n = table[b as usize] as usize;
        let mut at = start + 2;
        while n != 0 {
            let (first, len, end) = self.nodes[n];
            if end != 0 {
                f(end as usize - 1, start, at);
            }
            let Some(&b) = bytes.get(at) else { return };
            let edges = &self.edges[first as usize..(first + len) as usize];
            n = match edges.iter().find(|e| e.0 >= b) {
                Some(&(eb, child)) if eb == b => child as usize,
                _ => return,
            };
            at += 1;
        }
    }
}
