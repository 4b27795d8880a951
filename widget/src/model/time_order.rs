//! The events in time order (the table's and the timeline's order): by day, then by id, cheaply at
//! 10,000 events: days counted into buckets, and ids compared only within a day, mostly as integers.

use crate::map::geometry::sorted_by_key;
use crate::model::days::DayNumber;
use exchange_atlas::Event;

/// Event indices in time order: by start day, else end day (the days in `keys`), undated last,
/// then by id, then in corpus order. If some date did not parse (`unparsed`), the dates are
/// compared as written.
pub(crate) fn time_order(events: &[Event], keys: &[Option<DayNumber>], unparsed: bool) -> Vec<usize> {
    let n = events.len();
    if unparsed {
        let by_id = |a: &usize, b: &usize| events[*a].id.cmp(&events[*b].id);
        let mut by_time: Vec<usize> = (0..n).collect();
        by_time.sort_by(|a, b| {
            let (ea, eb) = (&events[*a], &events[*b]);
            let ka = ea.when.start.as_ref().or(ea.when.end.as_ref());
            let kb = eb.when.start.as_ref().or(eb.when.end.as_ref());
            match (ka, kb) {
                (Some(x), Some(y)) => x.cmp(y).then_with(|| by_id(a, b)),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => by_id(a, b),
            }
        });
        return by_time;
    }
    // By day (undated last), ties in corpus order; then each run of one day by id, stably: the
    // order of a stable sort by (day, id), with ids compared only within a day. Ids are compared
    // past the prefix they all share ("bench-00"), first as the integer of their next eight bytes.
    let first = events.first().map_or(&b""[..], |e| e.id.as_bytes());
    let shared = events.iter().fold(first.len(), |m, e| first[..m].iter().zip(e.id.as_bytes()).take_while(|(x, y)| x == y).count());
    let rest = |i: usize| &events[i].id.as_bytes()[shared..];
    let id_keys: Vec<u64> = (0..n)
        .map(|i| {
            let mut k = [0u8; 8];
            k.iter_mut().zip(rest(i)).for_each(|(k, b)| *k = *b);
            u64::from_be_bytes(k)
        })
        .collect();
    let mut by_time = by_day(keys);
    let mut a = 0;
    while a < n {
        let k = keys[by_time[a]];
        let b = a + by_time[a..].iter().take_while(|&&i| keys[i] == k).count();
        if b - a > 1 {
            by_time[a..b].sort_by(|&x, &y| id_keys[x].cmp(&id_keys[y]).then_with(|| rest(x).cmp(rest(y))));
        }
        a = b;
    }
    by_time
}

/// Indices of `keys` by day, undated last, ties in index order: counted into buckets when the days
/// span no more than a few times as many days as there are events (they do in any real corpus),
/// else sorted.
fn by_day(keys: &[Option<DayNumber>]) -> Vec<usize> {
    let (lo, hi) = keys.iter().flatten().fold((i32::MAX, i32::MIN), |(lo, hi), &d| (lo.min(d.0), hi.max(d.0)));
    let span = (hi as i64 - lo as i64 + 2).max(1) as usize;
    if span > 4 * keys.len() + 1024 {
        return sorted_by_key(keys.iter().map(|k| k.map_or(i64::MAX, |d| i64::from(d.0))));
    }
    // Bucket of a day (the last one: undated), then each bucket's start, then the indices in place.
    let bucket = |k: &Option<DayNumber>| k.map_or(span - 1, |d| (d.0 - lo) as usize);
    let mut starts = vec![0u32; span + 1];
    for k in keys {
        starts[bucket(k) + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let mut out = vec![0; keys.len()];
    for (i, k) in keys.iter().enumerate() {
        let at = &mut starts[bucket(k)];
        out[*at as usize] = i;
        *at += 1;
    }
    out
}
