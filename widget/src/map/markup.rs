//! The map's static markup, written as one piece each: the regions with the look of the first
//! counts, and the label layer for a language. A call per element and attribute from the Wasm
//! costs more than the browser's parser; what changes later is written per attribute by the map's
//! effects, starting from the looks given here (so their first run writes nothing).

use crate::html::push_escaped;
use crate::model::atlas::{Classes, Tally};
use crate::model::region_id::RegionId;
use crate::map::geometry::{geometry, label_plan, push_fixed, MapSide, PlannedLabel, NEVER};
use crate::i18n::events_n;
use crate::state::selection::Selection;
use exchange_atlas::Lang;

/// The choropleth's classes for the counted regions' counts.
pub(super) fn region_classes(t: &Tally) -> Classes {
    let g = geometry();
    let counts: Vec<u32> = g.regions.iter().filter(|r| r.side != MapSide::Disputed).filter_map(|r| r.table).map(|i| t.region(i)).collect();
    Classes::new(&counts)
}

/// Map region `mi`'s region, class and accessible name (empty without events) under the
/// counts, in a language; `None` for what is not counted (disputed areas, codes the model lacks).
pub(super) fn region_look(mi: usize, t: &Tally, classes: &Classes, l: Lang) -> Option<(RegionId, String, String)> {
    let r = &geometry().regions[mi];
    let (Some(ti), false) = (r.table, r.side == MapSide::Disputed) else { return None };
    let n = t.region(ti);
    let class = format!("region {} q{}", r.side.code(), classes.step(n));
    let name = ti.region().name(l);
    let label = if n > 0 { format!("{name}: {}", events_n(n, l)) } else { String::new() };
    Some((ti, class, label))
}

/// Every region path under the counts, a language and a selection, and per region the class and
/// name written (empty for regions that are not counted): what the counts effect compares with.
pub(super) fn regions_markup(t: &Tally, l: Lang, sel: Selection) -> (String, Vec<(String, String)>) {
    let g = geometry();
    let classes = region_classes(t);
    let mut html = String::new();
    let mut state = Vec::with_capacity(g.regions.len());
    for (mi, r) in g.regions.iter().enumerate() {
        html.push_str("<path d=\"");
        html.push_str(&r.d);
        html.push_str("\" data-region=\"");
        push_escaped(&mut html, &r.id);
        html.push_str("\" data-i=\"");
        html.push_str(&mi.to_string());
        match region_look(mi, t, &classes, l) {
            Some((ti, class, label)) => {
                html.push_str("\" class=\"");
                html.push_str(&class);
                if !label.is_empty() {
                    html.push_str("\" tabindex=\"0\" role=\"button\" aria-label=\"");
                    push_escaped(&mut html, &label);
                    html.push_str("\" aria-pressed=\"");
                    html.push_str(if sel == Selection::Region(ti) { "true" } else { "false" });
                }
                state.push((class, label));
            }
            None => {
                html.push_str("\" class=\"region ");
                html.push_str(r.side.code());
                state.push((String::new(), String::new()));
            }
        }
        html.push_str("\"/>");
    }
    (html, state)
}

/// What the label layer shows: the plan for a language and set of regions with events, its
/// `text` elements, and the zoom tier they were last shown for.
pub(super) struct LabelLayer {
    pub key: (Lang, Vec<bool>),
    pub labels: Vec<(web_sys::Element, u8)>,
    pub tier: u8,
}

impl LabelLayer {
    /// The labels planned for `key` (a language, and per map region whether it has events),
    /// written into `group`, shown at no tier yet.
    pub fn planned(group: &web_sys::Element, key: (Lang, Vec<bool>)) -> LabelLayer {
        let plan: Vec<PlannedLabel> = label_plan(key.0, &key.1);
        let shown: Vec<&PlannedLabel> = plan.iter().filter(|p| p.min_tier != NEVER).collect();
        group.set_inner_html(&labels_markup(&shown, &key.1));
        let mut labels = Vec::with_capacity(shown.len());
        let mut next = group.first_element_child();
        for p in shown {
            let Some(el) = next.take() else { break };
            next = el.next_element_sibling();
            labels.push((el, p.min_tier));
        }
        LabelLayer { key, labels, tier: NEVER }
    }
}

/// The labels' `text` elements, each with its base class in `data-class` (the tier adds `off`).
fn labels_markup(shown: &[&PlannedLabel], hot: &[bool]) -> String {
    let g = geometry();
    let mut html = String::new();
    for p in shown {
        html.push_str("<text x=\"");
        push_fixed(&mut html, p.x, 1);
        html.push_str("\" y=\"");
        push_fixed(&mut html, p.y, 1);
        html.push_str("\" data-class=\"label");
        match p.region {
            None => html.push_str(" ctx"),
            Some(mi) if g.regions[mi].side == MapSide::Disputed => html.push_str(" disputed"),
            Some(mi) if hot[mi] => html.push_str(" hot"),
            _ => {}
        }
        html.push_str("\">");
        push_escaped(&mut html, &p.text);
        html.push_str("</text>");
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stay_text() {
        let mut s = String::new();
        push_escaped(&mut s, "A & B <i>Хэйхэ</i> 黑河");
        assert_eq!(s, "A &amp; B &lt;i&gt;Хэйхэ&lt;/i&gt; 黑河");
        s.clear();
        push_escaped(&mut s, "say \"hi\"");
        assert_eq!(s, "say &quot;hi&quot;");
    }

    #[test]
    fn regions_markup_names_the_regions_with_events_and_only_those() {
        let atlas = crate::embedded_atlas();
        let t = atlas.tally_all();
        let amur = atlas.region_id("RU-AMU").unwrap();
        let (html, state) = regions_markup(&t, Lang::Ru, Selection::Region(amur));
        let g = geometry();
        assert_eq!(html.matches("<path ").count(), g.regions.len());
        assert_eq!(state.len(), g.regions.len());
        let with_events = state.iter().filter(|(_, label)| !label.is_empty()).count();
        assert!(with_events > 0);
        assert_eq!(html.matches("tabindex=\"0\"").count(), with_events, "only regions with events are focusable");
        assert_eq!(html.matches("aria-pressed=\"true\"").count(), 1, "the selected region");
        assert!(html.contains("aria-label=\"Амурская область: "), "names in the language asked for");
        assert!(html.contains("data-region=\"CN-TW\" data-i=") && html.contains("class=\"region disputed\""));
    }

    #[test]
    fn labels_markup_marks_the_regions_with_events() {
        let g = geometry();
        let hot: Vec<bool> = g.regions.iter().map(|r| r.id == "RU-AMU").collect();
        let plan = label_plan(Lang::Zh, &hot);
        let shown: Vec<&PlannedLabel> = plan.iter().filter(|p| p.min_tier != NEVER).collect();
        let html = labels_markup(&shown, &hot);
        assert_eq!(html.matches("<text ").count(), shown.len());
        assert_eq!(html.matches("data-class=\"label hot\"").count(), 1);
        assert!(html.contains("阿穆尔"), "Chinese names");
    }
}
