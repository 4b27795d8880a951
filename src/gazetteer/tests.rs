use super::*;
use crate::text::fold;

fn codes(text: &str) -> Vec<String> {
    let g = Gazetteer::get();
    g.find(text, &fold(text))
        .into_iter()
        .map(|h| match h.entity {
            Entity::Side(Side::Ru) => "side:ru".to_string(),
            Entity::Side(Side::Cn) => "side:cn".to_string(),
            Entity::BothSides => "side:both".to_string(),
            Entity::Other => "other".to_string(),
            e => g.place_region(e).unwrap().0.to_string(),
        })
        .collect()
}

#[test]
fn english_regions_and_aliases() {
    assert_eq!(codes("a delegation from the Inner Mongolia Autonomous Region (PRC)"), vec!["CN-NM", "side:cn"]);
    assert_eq!(codes("the IMAR and the Krasnoyarsk Region"), vec!["CN-NM", "RU-KYA"]);
    assert_eq!(codes("Amur region, Amur Oblast, Primorye, Maritime Territory"), vec!["RU-AMU", "RU-AMU", "RU-PRI", "RU-PRI"]);
    assert_eq!(codes("Transbaikal and Heilongjiang Province"), vec!["RU-ZAB", "CN-HL"]);
    assert_eq!(codes("the next Amur Economic Forum"), vec!["RU-AMU"]);
}

#[test]
fn english_cities_map_to_regions() {
    assert_eq!(codes("Blagoveshchensk, Shenyang, Changchun city and Heihe"), vec!["RU-AMU", "CN-LN", "CN-JL", "CN-HL"]);
    assert_eq!(codes("the Hailar meat plant"), vec!["CN-NM"]);
    assert_eq!(codes("the South Ural Chamber of Commerce"), vec!["RU-CHE"]);
}

#[test]
fn not_places() {
    assert!(codes("the Amur tiger and the Amur River").is_empty());
    assert!(codes("high water on the Amur near the city").is_empty());
    assert_eq!(codes("the Amur Economic Forum"), vec!["RU-AMU"]);
    assert_eq!(codes("the visit of the Heilongjiang delegation, the Dalian side"), vec!["CN-HL", "CN-LN"]);
    assert!(codes("Anna said the amur region").is_empty(), "lower-case and denied names do not match");
    assert_eq!(codes("China-Russia friendship"), vec!["side:both"]);
}

#[test]
fn russian_declined() {
    assert_eq!(codes("в Амурской области и Приморского края"), vec!["RU-AMU", "RU-PRI"]);
    assert_eq!(codes("в Приморье, из Харбина, в Благовещенске"), vec!["RU-PRI", "CN-HL", "RU-AMU"]);
    assert_eq!(codes("провинции Хэйлунцзян и АРВМ, Внутренней Монголии"), vec!["side:cn", "CN-HL", "CN-NM", "CN-NM"]);
    assert_eq!(codes("Россия и Китай, китайской стороной"), vec!["side:ru", "side:cn", "side:cn"]);
    assert_eq!(codes("между Читинской областью и Внутренней Монголией"), vec!["RU-ZAB", "CN-NM"]);
    assert_eq!(codes("президент ТПП Владимир Бреганов, Владимирская область"), vec!["RU-VLA"], "the first name is no city");
}

#[test]
fn chinese_without_boundaries() {
    assert_eq!(codes("黑龙江省与阿穆尔州在布拉戈维申斯克"), vec!["CN-HL", "RU-AMU", "RU-AMU"]);
    assert_eq!(codes("内蒙古自治区和外贝加尔边疆区，哈尔滨"), vec!["CN-NM", "RU-ZAB", "CN-HL"]);
    assert_eq!(codes("黑龍江省哈爾濱市"), vec!["CN-HL", "CN-HL"]);
    assert_eq!(codes("中俄双方"), vec!["side:both"]);
    assert_eq!(codes("珲春市与哈桑区政府，扎鲁比诺港"), vec!["CN-JL", "RU-PRI", "RU-PRI"]);
}

/// `place_region_index` gives what looking the code up gave: the region codes are unique.
#[test]
fn region_index_without_lookup() {
    let g = Gazetteer::get();
    for e in (0..g.regions.len() as u16).map(Entity::Region).chain((0..g.cities.len() as u16).map(Entity::City)) {
        let (code, side) = g.place_region(e).unwrap();
        assert_eq!(g.place_region_index(e), Some((g.region_index(code).unwrap() as u16, side)));
    }
}

/// Side adjectives in every case name the side ("российских производителей", "с китайскими
/// импортёрами"), though the same words are denied as adjectives of places; a language switch
/// ("Русский | English") names none.
#[test]
fn russian_side_adjectives() {
    assert_eq!(codes("Российские производители провели переговоры с китайскими импортёрами"), vec!["side:ru", "side:cn"]);
    assert_eq!(codes("миссия российских компаний, китайского бизнеса"), vec!["side:ru", "side:cn"]);
    assert!(codes("Русский | English | 中文版").is_empty());
    assert_eq!(codes("🇷🇺🇨🇳 Сегодня в Хэйхэ"), vec!["side:ru", "side:cn", "CN-HL"], "flags name their countries");
}

/// Walking the ASCII names from word starts finds what the automaton of all names finds, over the
/// English documents of the repository and texts with names inside words and non-ASCII letters.
#[test]
fn word_starts_find_what_the_automaton_finds() {
    let g = Gazetteer::get();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<String> = [
        "the Amur and Ussuri, on the Amur near Heihe, AmurHarbin xHarbin Harbin's IMAR imar Imar",
        "Krasnoyarsk Regional Government, Inner Mongolia Autonomous Region (PRC) café Harbin–Heihe «Harbin»",
        "Sino-Russian Russia-China PRC the PRC in krai and oblast, Amur River, Amur tiger 2019Harbin é Heihe",
    ]
    .iter()
    .map(|t| t.to_string())
    .collect();
    for dir in ["seeds", "tests/corpus/dev1/en", "tests/corpus/dev2/en"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
    }
    let mut walked = 0;
    for t in &texts {
        let f = fold(t);
        walked += g.word_starts.usable(&f) as usize;
        assert_eq!(g.find(t, &f), g.find_by_automaton(t, &f), "{t}");
    }
    assert!(walked > texts.len() / 2, "most English texts are walked ({walked} of {})", texts.len());
}

/// City names written with marks in the gazetteer ("Ürümqi", "E’zhou") are found as the press
/// types them.
#[test]
fn cities_without_their_diacritics() {
    assert_eq!(codes("a stand in Urumqi and a plant in Ezhou"), vec!["CN-XJ", "CN-HB"]);
    assert_eq!(codes("E'zhou"), vec!["CN-HB"]);
}

#[test]
fn the_region_table_is_the_gazetteers_without_aliases() {
    let (table, g) = (region_table(), &Gazetteer::get().regions);
    assert_eq!(table.len(), g.len());
    assert!(table.len() > 100 && g.iter().filter(|r| !r.aliases.is_empty()).count() > 100);
    for (t, r) in table.iter().zip(g) {
        assert_eq!((&t.code, t.side, &t.name_en, &t.name_ru, &t.name_zh), (&r.code, r.side, &r.name_en, &r.name_ru, &r.name_zh));
        assert!(t.aliases.is_empty());
    }
}
