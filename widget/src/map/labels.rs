//! The map's labels: a short name per region and language, and the label plan (which labels
//! show from which zoom tier on, so that they never overlap).

use crate::map::geometry::{geometry, sorted_by_key};
use crate::model::region_id::RegionId;
use exchange_atlas::Lang;

/// A short map label for a region: the name without its administrative kind where that is clear
/// ("Amur", "Inner Mongolia", "内蒙古"). Tooltips and the table use the full names.
pub fn short_name(id: RegionId, lang: Lang) -> String {
    let (code, name) = (id.code(), id.region().name(lang));
    match lang {
        Lang::En => {
            let n = name.replace("Autonomous Okrug – Yugra", "AO").replace("Autonomous Okrug", "AO").replace("Autonomous Oblast", "AO");
            let n = n.strip_prefix("Republic of ").unwrap_or(&n).to_string();
            let n = n.strip_suffix(" Oblast").or_else(|| n.strip_suffix(" Republic")).unwrap_or(&n).to_string();
            match n.as_str() {
                "Sakha Republic (Yakutia)" => "Yakutia".to_string(),
                "Chechen" => "Chechnya".to_string(),
                "Autonomous Republic of Crimea" => "Crimea".to_string(),
                _ => n.replace(" Republic (Yakutia)", ""),
            }
        }
        Lang::Ru => {
            if code.starts_with("CN-") {
                if let Some((head, _)) = name.split_once('-') {
                    return head.to_string();
                }
                if name == "Тибетский автономный район" {
                    return "Тибет".to_string();
                }
                return name.to_string();
            }
            let n = name.replace(" автономный округ — Югра", " АО").replace(" автономный округ", " АО").replace(" автономная область", " АО");
            let n = n.replace(" область", " обл.");
            let n = n.strip_prefix("Республика ").unwrap_or(&n).to_string();
            match n.as_str() {
                "Автономная Республика Крым" => "Крым".to_string(),
                _ => n,
            }
        }
        Lang::Zh => {
            if code.starts_with("CN-") {
                for suffix in ["特别行政区", "维吾尔自治区", "回族自治区", "壮族自治区", "自治区", "省", "市"] {
                    if let Some(n) = name.strip_suffix(suffix) {
                        return n.to_string();
                    }
                }
            }
            match name {
                "克里米亚自治共和国" => "克里米亚".to_string(),
                _ => name.to_string(),
            }
        }
    }
}

/// Label size on screen, CSS px.
pub const LABEL_PX: f64 = 11.0;
/// Zoom tiers: tier `t` starts at scale `TIER_K0 * 2^(t/4)` screen px per map unit.
pub const TIER_K0: f64 = 0.2;
pub const TIERS: u8 = 48;
/// A label that never shows.
pub const NEVER: u8 = u8::MAX;

/// The zoom tier of a scale (px per map unit).
pub fn tier_of(k: f64) -> u8 {
    ((k / TIER_K0).log2() * 4.0).floor().clamp(0.0, TIERS as f64) as u8
}

/// The scale at which a tier starts.
pub fn tier_scale(t: u8) -> f64 {
    TIER_K0 * 2f64.powf(t as f64 / 4.0)
}

/// Estimated width of a label in px at `LABEL_PX` (no DOM needed; CJK are one em, others about half).
pub fn label_width(text: &str) -> f64 {
    text.chars()
        .map(|c| match c as u32 {
            0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF => 1.0,
            _ if c.is_uppercase() => 0.66,
            _ if c == ' ' || c == '.' || c == '-' => 0.3,
            _ => 0.55,
        })
        .sum::<f64>()
        * LABEL_PX
}

/// One label of the plan: a region (index into `regions`) or a context country.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedLabel {
    pub text: String,
    pub x: f64,
    pub y: f64,
    /// The lowest zoom tier at which the label shows (it shows at every tier above), or `NEVER`.
    pub min_tier: u8,
    pub context: bool,
    /// Map region index, for regions.
    pub region: Option<usize>,
}

/// Greedy label placement for one language. Priority: regions in `first` (the regions with
/// events), then the other regions, biggest first, then the neighbouring countries. At each zoom
/// tier, from the lowest up, the labels placed at the tier below stay (boxes only shrink in map
/// units as the zoom grows, so they still fit); the others are tried in priority order and skipped
/// when their box would overlap a placed one or when the region is too small on screen for its
/// label. O(tiers × labels²), about a millisecond.
pub fn label_plan(lang: Lang, first: &[bool]) -> Vec<PlannedLabel> {
    let g = geometry();
    let li = match lang {
        Lang::En => 0,
        Lang::Ru => 1,
        Lang::Zh => 2,
    };
    let mut labels: Vec<(PlannedLabel, f64, f64)> = Vec::new(); // label, area, width px
    for (i, r) in g.regions.iter().enumerate() {
        let text = r.table.map_or_else(|| r.id.clone(), |id| short_name(id, lang));
        let w = label_width(&text);
        labels.push((PlannedLabel { text, x: r.label.0, y: r.label.1, min_tier: NEVER, context: false, region: Some(i) }, r.area, w));
    }
    for c in &g.context {
        let text = c.names[li].clone();
        let w = label_width(&text);
        labels.push((PlannedLabel { text, x: c.label.0, y: c.label.1, min_tier: NEVER, context: true, region: None }, c.area, w));
    }
    let rank = |i: usize| -> i64 {
        match labels[i].0.region {
        Some(mi) if first.get(mi).copied().unwrap_or(false) => 0,
        Some(_) => 1,
        None => 2,
        }
    };
    // Sort keys: rank, then area descending (to 0.001 unit²).
    let order: Vec<usize> = sorted_by_key((0..labels.len()).map(|i| rank(i) * 1_000_000_000_000 - (labels[i].1 * 1000.0) as i64));
    let h_px = LABEL_PX * 1.25;
    for t in 0..=TIERS {
        let k = tier_scale(t);
        // Boxes (half sizes in map units) of the labels placed so far.
        let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
        let half = |l: &(PlannedLabel, f64, f64)| ((l.2 + 6.0) / k / 2.0, (h_px + 2.0) / k / 2.0);
        for &i in &order {
            if labels[i].0.min_tier <= t {
                let (hw, hh) = half(&labels[i]);
                placed.push((labels[i].0.x, labels[i].0.y, hw, hh));
            }
        }
        for &i in &order {
            let l = &labels[i];
            if l.0.min_tier <= t {
                continue;
            }
            // Big enough on screen: the region's size (√area) at least about half the label's width.
            let size_px = l.1.sqrt() * k;
            if size_px < (l.2 * 0.5).max(h_px * 1.4) {
                continue;
            }
            let (hw, hh) = half(l);
            let (x, y) = (l.0.x, l.0.y);
            if placed.iter().any(|&(px, py, phw, phh)| (x - px).abs() < hw + phw && (y - py).abs() < hh + phh) {
                continue;
            }
            placed.push((x, y, hw, hh));
            labels[i].0.min_tier = t;
        }
    }
    labels.into_iter().map(|l| l.0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_never_overlap_and_stay_once_shown() {
        let g = geometry();
        let hot: Vec<bool> = g.regions.iter().map(|r| r.id == "RU-AMU" || r.id == "CN-HL").collect();
        for lang in [Lang::En, Lang::Ru, Lang::Zh] {
            let plan = label_plan(lang, &hot);
            let amur = plan.iter().find(|p| p.region.is_some_and(|i| g.regions[i].id == "RU-AMU")).unwrap();
            let shown = |t: u8| plan.iter().filter(|p| p.min_tier <= t).count();
            assert!(shown(4) < shown(20), "more labels when zoomed in ({lang:?})");
            assert!(amur.min_tier <= 12, "regions with events are labelled early");
            for t in 0..=TIERS {
                let k = tier_scale(t);
                let boxes: Vec<(f64, f64, f64, f64)> = plan
                    .iter()
                    .filter(|p| p.min_tier <= t)
                    .map(|p| (p.x, p.y, (label_width(&p.text) + 6.0) / k / 2.0, (LABEL_PX * 1.25 + 2.0) / k / 2.0))
                    .collect();
                for (i, a) in boxes.iter().enumerate() {
                    for b in &boxes[i + 1..] {
                        let overlap = (a.0 - b.0).abs() < a.2 + b.2 && (a.1 - b.1).abs() < a.3 + b.3;
                        assert!(!overlap, "labels overlap at tier {t} ({lang:?})");
                    }
                }
            }
        }
    }

    #[test]
    fn short_labels() {
        let codes = crate::model::region_id::RegionCodes::new();
        let id = |code: &str| codes.get(code).unwrap();
        assert_eq!(short_name(id("RU-AMU"), Lang::En), "Amur");
        assert_eq!(short_name(id("RU-KYA"), Lang::En), "Krasnoyarsk Krai");
        assert_eq!(short_name(id("RU-AMU"), Lang::Ru), "Амурская обл.");
        assert_eq!(short_name(id("CN-NM"), Lang::Zh), "内蒙古");
        assert_eq!(short_name(id("CN-XJ"), Lang::Ru), "Синьцзян");
    }
}
