//! Compact SVG path data for rings on the 0.1-unit grid, and a decoder to check it.
//!
//! Each ring is `M x y` (the first ring) or `m dx dy` (later rings, relative to the previous
//! ring's start, which is the current point after `z`), then `l dx dy dx dy …` and `z`.
//! Numbers have at most one decimal, no leading zero (`.5`, `-.5`) and no separator where the
//! SVG grammar does not need one (before `-`, or before `.` when the previous number already has a
//! decimal point), as svgo does.

use crate::quantise::{Pt, Ring};

/// A number in tenths, written for SVG: "12", "12.5", ".5", "-.5".
pub fn svg_num(t: i32) -> String {
    let s = json_num(t);
    if let Some(rest) = s.strip_prefix("0.") {
        format!(".{rest}")
    } else if let Some(rest) = s.strip_prefix("-0.") {
        format!("-.{rest}")
    } else {
        s
    }
}

/// A number in tenths, written as a JSON number: "12", "12.5", "0.5", "-0.5".
pub fn json_num(t: i32) -> String {
    let sign = if t < 0 { "-" } else { "" };
    let (int, frac) = (t.unsigned_abs() / 10, t.unsigned_abs() % 10);
    if frac == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

struct Writer {
    out: String,
    /// The last thing written was a number with a decimal point.
    dotted: bool,
    /// The last thing written was a command letter.
    after_cmd: bool,
}

impl Writer {
    fn cmd(&mut self, c: char) {
        self.out.push(c);
        self.after_cmd = true;
    }

    fn num(&mut self, t: i32) {
        let s = svg_num(t);
        let glued = self.after_cmd || s.starts_with('-') || (s.starts_with('.') && self.dotted);
        if !glued {
            self.out.push(' ');
        }
        self.dotted = s.contains('.');
        self.after_cmd = false;
        self.out.push_str(&s);
    }
}

/// Encodes rings (each without its closing point) as one path.
pub fn encode<'a>(rings: impl IntoIterator<Item = &'a Ring>) -> String {
    let mut w = Writer { out: String::new(), dotted: false, after_cmd: false };
    let mut start: Option<Pt> = None;
    for ring in rings {
        let Some(&first) = ring.first() else { continue };
        match start {
            None => {
                w.cmd('M');
                w.num(first.0);
                w.num(first.1);
            }
            Some(s) => {
                w.cmd('m');
                w.num(first.0 - s.0);
                w.num(first.1 - s.1);
            }
        }
        if ring.len() > 1 {
            w.cmd('l');
            for pair in ring.windows(2) {
                w.num(pair[1].0 - pair[0].0);
                w.num(pair[1].1 - pair[0].1);
            }
        }
        w.cmd('z');
        start = Some(first);
    }
    w.out
}

/// Decodes path data using M/m/L/l/Z/z back to absolute rings on the 0.1 grid.
pub fn decode(d: &str) -> Result<Vec<Ring>, String> {
    let b = d.as_bytes();
    let (mut i, mut cmd) = (0usize, None::<u8>);
    let (mut cur, mut start): (Pt, Pt) = ((0, 0), (0, 0));
    let mut rings: Vec<Ring> = Vec::new();
    let num = |i: &mut usize| -> Result<i32, String> {
        while *i < b.len() && (b[*i] == b' ' || b[*i] == b',') {
            *i += 1;
        }
        let s = *i;
        if *i < b.len() && (b[*i] == b'-' || b[*i] == b'+') {
            *i += 1;
        }
        let mut dot = false;
        while *i < b.len() && (b[*i].is_ascii_digit() || (b[*i] == b'.' && !dot)) {
            dot |= b[*i] == b'.';
            *i += 1;
        }
        let v: f64 = d[s..*i].parse().map_err(|_| format!("bad number at byte {s} in path"))?;
        Ok((v * 10.0).round() as i32)
    };
    while i < b.len() {
        let c = b[i];
        if c == b' ' || c == b',' {
            i += 1;
            continue;
        }
        if c.is_ascii_alphabetic() {
            i += 1;
            if c == b'z' || c == b'Z' {
                cur = start;
                cmd = None;
                continue;
            }
            cmd = Some(c);
        }
        let (x, y) = (num(&mut i)?, num(&mut i)?);
        match cmd {
            Some(b'M') | Some(b'm') => {
                cur = if cmd == Some(b'M') { (x, y) } else { (cur.0 + x, cur.1 + y) };
                start = cur;
                rings.push(vec![cur]);
                cmd = Some(if cmd == Some(b'M') { b'L' } else { b'l' });
            }
            Some(b'L') | Some(b'l') => {
                cur = if cmd == Some(b'L') { (x, y) } else { (cur.0 + x, cur.1 + y) };
                rings.last_mut().ok_or("line before move")?.push(cur);
            }
            other => return Err(format!("unsupported path command {:?}", other.map(char::from))),
        }
    }
    Ok(rings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(svg_num(5), ".5");
        assert_eq!(svg_num(-5), "-.5");
        assert_eq!(svg_num(120), "12");
        assert_eq!(svg_num(-1234), "-123.4");
        assert_eq!(svg_num(0), "0");
        assert_eq!(json_num(5), "0.5");
        assert_eq!(json_num(-5), "-0.5");
    }

    #[test]
    fn round_trip() {
        let rings: Vec<Ring> = vec![
            vec![(5712, 1234), (5717, 1239), (5700, 1239), (5700, 1200), (5715, 1201)],
            vec![(10, 10), (15, 10), (15, 15)],
            vec![(9990, 9350), (1, 9350), (1, 2)],
        ];
        let d = encode(&rings);
        assert!(d.starts_with("M571.2 123.4l.5.5-1.7 0"), "{d}");
        assert!(d.contains("zm-570.2-122.4l"), "{d}");
        assert_eq!(decode(&d).unwrap(), rings);
    }

    #[test]
    fn round_trip_many_shapes() {
        // A deterministic pseudo-random walk, covering signs, zeros and tenths.
        let mut seed = 12345u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) % 41) as i32 - 20
        };
        let rings: Vec<Ring> = (0..20)
            .map(|_| {
                let mut p = (next() * 100, next() * 100);
                (0..30)
                    .map(|_| {
                        p = (p.0 + next(), p.1 + next());
                        p
                    })
                    .collect()
            })
            .collect();
        assert_eq!(decode(&encode(&rings)).unwrap(), rings);
    }

    #[test]
    fn decodes_other_writers_syntax() {
        let rings = decode("M 1,2 L 3 4 l 0.5 -0.5 Z m 1 1 l 1 0 z").unwrap();
        assert_eq!(rings, vec![vec![(10, 20), (30, 40), (35, 35)], vec![(20, 30), (30, 30)]]);
    }
}
