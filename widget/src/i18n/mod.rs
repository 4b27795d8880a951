//! The widget's own words in English, Russian and Chinese. Document text is never translated.

pub mod date_label;
pub mod months;
pub mod panels;

use exchange_atlas::{Kind, Lang, Status};

pub struct Texts {
    pub title: &'static str,
    pub events_table: &'static str,
    pub col_date: &'static str,
    pub col_ru: &'static str,
    pub col_cn: &'static str,
    pub col_kind: &'static str,
    pub col_status: &'static str,
    pub col_doc: &'static str,
    pub date_unknown: &'static str,
    pub not_before: &'static str,
    pub not_after: &'static str,
    pub count: &'static str,
    /// After the number of documents in the header.
    pub docs: &'static str,
    pub attribution: &'static str,
    pub language: &'static str,
    pub map_label: &'static str,
    pub map_help: &'static str,
    pub legend_regions: &'static str,
    pub legend_none: &'static str,
    pub legend_arcs: &'static str,
    pub legend_planned: &'static str,
    pub legend_place: &'static str,
    /// Before the count of pairs drawn faintly: "faint: 23 weaker pairs (hover a region for all of its lines)".
    pub legend_faint: (&'static str, &'static str),
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_reset: &'static str,
    pub planned: &'static str,
    pub involving: &'static str,
    pub between: &'static str,
    pub and: &'static str,
    pub show_all: &'static str,
    pub not_counted: &'static str,
    /// The map key of events that name a side without a region, its tooltip, and the list's caption.
    pub legend_national: &'static str,
    pub national_help: &'static str,
    pub national_caption: &'static str,
    /// A side named without a region: "Russia (no region named)".
    pub ru_no_region: &'static str,
    pub cn_no_region: &'static str,
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
        Lang::Zh => &ZH,
    }
}

const ATTRIBUTION: &str = "Boundaries: Natural Earth (public domain). Cities: GeoNames (CC BY 4.0)";

static EN: Texts = Texts {
    title: "Russia–China regional exchanges",
    events_table: "Events",
    col_date: "Date",
    col_ru: "Russian regions",
    col_cn: "Chinese regions",
    col_kind: "Kind",
    col_status: "Status",
    col_doc: "Document",
    date_unknown: "date unknown",
    not_before: "not before",
    not_after: "on or before",
    count: "events",
    docs: "docs",
    attribution: ATTRIBUTION,
    language: "Language",
    map_label: "Map of Russian and Chinese regions and the exchanges between them",
    map_help: "Drag to move, scroll or + − to zoom, click a region or a line to list its events, Esc to show all.",
    legend_regions: "Events involving the region",
    legend_none: "none",
    legend_arcs: "Line width: events between the two regions",
    legend_planned: "dashed: planned only",
    legend_place: "event place",
    legend_faint: ("faint:", "weaker pairs (hover or select a region for all of its lines)"),
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_reset: "Reset view",
    planned: "planned",
    involving: "involving",
    between: "between",
    and: "and",
    show_all: "Show all",
    not_counted: "disputed, not counted",
    legend_national: "country level",
    national_help: "Events that name Russia or China but none of its regions. Select to list them.",
    national_caption: "Country-level events (a side named without a region)",
    ru_no_region: "Russia (no region named)",
    cn_no_region: "China (no region named)",
};

static RU: Texts = Texts {
    title: "Межрегиональные связи России и Китая",
    events_table: "События",
    col_date: "Дата",
    col_ru: "Регионы России",
    col_cn: "Регионы Китая",
    col_kind: "Тип",
    col_status: "Статус",
    col_doc: "Документ",
    date_unknown: "дата неизвестна",
    not_before: "не ранее",
    not_after: "не позднее",
    count: "событий",
    docs: "док.",
    attribution: "Границы: Natural Earth (общественное достояние). Города: GeoNames (CC BY 4.0)",
    language: "Язык",
    map_label: "Карта регионов России и Китая и связей между ними",
    map_help: "Перетаскивайте карту, колесо или + − меняют масштаб, щелчок по региону или линии показывает его события, Esc — все события.",
    legend_regions: "События с участием региона",
    legend_none: "нет",
    legend_arcs: "Толщина линии: события между двумя регионами",
    legend_planned: "пунктир: только планируемые",
    legend_place: "место события",
    legend_faint: ("бледные:", "пар с меньшим числом событий (наведите на регион или выберите его, чтобы увидеть все его линии)"),
    zoom_in: "Крупнее",
    zoom_out: "Мельче",
    zoom_reset: "Исходный вид",
    planned: "планируется",
    involving: "с участием",
    between: "между",
    and: "и",
    show_all: "Показать все",
    not_counted: "спорная территория, не учитывается",
    legend_national: "уровень стран",
    national_help: "События, где названы Россия или Китай, но не их регионы. Выберите, чтобы показать их.",
    national_caption: "События на уровне стран (сторона без региона)",
    ru_no_region: "Россия (регион не назван)",
    cn_no_region: "Китай (регион не назван)",
};

static ZH: Texts = Texts {
    title: "中俄地方交流",
    events_table: "事件",
    col_date: "日期",
    col_ru: "俄方地区",
    col_cn: "中方地区",
    col_kind: "类型",
    col_status: "状态",
    col_doc: "文件",
    date_unknown: "日期不详",
    not_before: "不早于",
    not_after: "不晚于",
    count: "个事件",
    docs: "篇文档",
    attribution: "边界：Natural Earth（公有领域）。城市：GeoNames（CC BY 4.0）",
    language: "语言",
    map_label: "中俄地区及其交流地图",
    map_help: "拖动平移，滚轮或 + − 缩放，点击地区或连线列出相关事件，Esc 显示全部。",
    legend_regions: "涉及该地区的事件",
    legend_none: "无",
    legend_arcs: "连线粗细：两地区之间的事件数",
    legend_planned: "虚线：仅计划中",
    legend_place: "事件地点",
    legend_faint: ("浅色：", "对事件较少的地区（悬停或选择地区可显示其全部连线）"),
    zoom_in: "放大",
    zoom_out: "缩小",
    zoom_reset: "重置视图",
    planned: "计划中",
    involving: "涉及",
    between: "之间",
    and: "与",
    show_all: "显示全部",
    not_counted: "争议地区，不计入",
    legend_national: "国家层面",
    national_help: "提到俄罗斯或中国但未指明其地区的活动。选择以列出这些活动。",
    national_caption: "国家层面的活动（一方未指明地区）",
    ru_no_region: "俄罗斯（未指明地区）",
    cn_no_region: "中国（未指明地区）",
};

pub fn kind_name(k: Kind, lang: Lang) -> &'static str {
    let i = match lang {
        Lang::En => 0,
        Lang::Ru => 1,
        Lang::Zh => 2,
    };
    let names: [&str; 3] = match k {
        Kind::Meeting => ["meeting", "встреча", "会见"],
        Kind::Visit => ["visit", "визит", "访问"],
        Kind::Negotiation => ["negotiation", "переговоры", "会谈"],
        Kind::ForumOrFair => ["forum or fair", "форум или выставка", "论坛/展会"],
        Kind::Agreement => ["agreement", "соглашение", "协议"],
        Kind::Cultural => ["cultural", "культура", "文化"],
        Kind::Other => ["other", "другое", "其他"],
    };
    names[i]
}

pub fn status_name(s: Status, lang: Lang) -> &'static str {
    match (s, lang) {
        (Status::Happened, Lang::En) => "happened",
        (Status::Planned, Lang::En) => "planned",
        (Status::Happened, Lang::Ru) => "состоялось",
        (Status::Planned, Lang::Ru) => "планируется",
        (Status::Happened, Lang::Zh) => "已举行",
        (Status::Planned, Lang::Zh) => "计划中",
    }
}

/// "1 event", "3 events"; "1 событие", "3 события", "5 событий"; "3 个事件".
pub fn events_n(n: u32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{n} event{}", if n == 1 { "" } else { "s" }),
        Lang::Ru => {
            let word = match (n % 10, n % 100) {
                (1, r) if r != 11 => "событие",
                (2..=4, r) if !(12..=14).contains(&r) => "события",
                _ => "событий",
            };
            format!("{n} {word}")
        }
        Lang::Zh => format!("{n} 个事件"),
    }
}

/// The events of a region, for a caption: "involving Amur Oblast", "с участием: Амурская область",
/// "涉及阿穆尔州".
/// The names of one side's regions, or the side's country where the event names none.
pub fn side_names(codes: &[String], russian: bool, lang: Lang, name: impl Fn(&str) -> String) -> String {
    if codes.is_empty() {
        let t = texts(lang);
        (if russian { t.ru_no_region } else { t.cn_no_region }).to_string()
    } else {
        codes.iter().map(|c| name(c)).collect::<Vec<_>>().join(", ")
    }
}

pub fn involving(region: &str, lang: Lang) -> String {
    let t = texts(lang);
    match lang {
        Lang::En => format!("{} {region}", t.involving),
        Lang::Ru => format!("{}: {region}", t.involving),
        Lang::Zh => format!("{}{region}", t.involving),
    }
}

/// The events of a pair: "between A and B", "между: A и B", "A与B之间".
pub fn between(a: &str, b: &str, lang: Lang) -> String {
    let t = texts(lang);
    match lang {
        Lang::En => format!("{} {a} {} {b}", t.between, t.and),
        Lang::Ru => format!("{}: {a} {} {b}", t.between, t.and),
        Lang::Zh => format!("{a}{}{b}{}", t.and, t.between),
    }
}
