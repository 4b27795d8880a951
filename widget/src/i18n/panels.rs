//! The words of the timeline, the details panel and the filters in English, Russian and Chinese,
//! and the names of the topic vocabulary and date bases. (The map's and table's are in `i18n`.)

use crate::model::atlas::{date_label, Atlas};
use crate::i18n::{kind_name, status_name};
use exchange_atlas::{Basis, Lang};

pub struct Ui {
    pub timeline: &'static str,
    pub timeline_help: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub play_mode: &'static str,
    pub cumulative: &'static str,
    pub window: &'static str,
    pub window_size: &'static str,
    pub month: &'static str,
    pub quarter: &'static str,
    pub year: &'static str,
    pub five_years: &'static str,
    pub speed: &'static str,
    pub clear_range: &'static str,
    pub fit: &'static str,
    pub all_time: &'static str,
    pub date_unknown_lane: &'static str,
    /// After a kind and a count in the undated groups: "meeting: 3 events without a date".
    pub without_date: &'static str,
    /// After "+N" in an undated group's list.
    pub more_undated: &'static str,
    pub as_written: &'static str,
    pub not_written: &'static str,
    pub basis: &'static str,
    pub normalised: &'static str,
    pub details: &'static str,
    pub close: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub status: &'static str,
    pub kind: &'static str,
    pub places: &'static str,
    pub people: &'static str,
    pub orgs: &'static str,
    pub topics: &'static str,
    pub summary: &'static str,
    pub document: &'static str,
    pub source: &'static str,
    pub no_source: &'static str,
    pub evidence_help: &'static str,
    pub filters: &'static str,
    pub search: &'static str,
    pub reset_all: &'static str,
    pub doc_filter: &'static str,
    pub selected: &'static str,
    pub none_match: &'static str,
    pub pick_hint: &'static str,
}

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
        Lang::Zh => &ZH,
    }
}

static EN: Ui = Ui {
    timeline: "Timeline",
    timeline_help: "Timeline. Arrow keys step through events in time order, Enter opens details, + and − zoom, 0 fits. Drag along the axis to select a time range.",
    play: "▶ Play",
    pause: "⏸ Pause",
    play_mode: "Play mode",
    cumulative: "cumulative",
    window: "sliding window",
    window_size: "Window",
    month: "1 month",
    quarter: "3 months",
    year: "1 year",
    five_years: "5 years",
    speed: "Speed",
    clear_range: "Clear range",
    fit: "Fit",
    all_time: "all dates",
    date_unknown_lane: "Date unknown",
    without_date: "without a date",
    more_undated: "more: narrow them with the filters",
    as_written: "as written",
    not_written: "no date in the text",
    basis: "basis",
    normalised: "normalised",
    details: "Event details",
    close: "Close",
    prev: "← Previous",
    next: "Next →",
    status: "Status",
    kind: "Kind",
    places: "Places",
    people: "People",
    orgs: "Organisations",
    topics: "Topics",
    summary: "Summary",
    document: "Document",
    source: "Source",
    no_source: "no source link",
    evidence_help: "Evidence is highlighted; regions, places, people, organisations and dates are marked.",
    filters: "Filters",
    search: "Search summaries, people, organisations",
    reset_all: "Reset all",
    doc_filter: "Document",
    selected: "Selected",
    none_match: "No events match.",
    pick_hint: "Select an event on the timeline or in the list to see its details and the text it comes from.",
};

static RU: Ui = Ui {
    timeline: "Хронология",
    timeline_help: "Хронология. Стрелки — к соседнему событию, Enter — подробности, + и − — масштаб, 0 — всё. Протяните по оси, чтобы выбрать период.",
    play: "▶ Воспроизвести",
    pause: "⏸ Пауза",
    play_mode: "Режим",
    cumulative: "с накоплением",
    window: "скользящее окно",
    window_size: "Окно",
    month: "1 месяц",
    quarter: "3 месяца",
    year: "1 год",
    five_years: "5 лет",
    speed: "Скорость",
    clear_range: "Сбросить период",
    fit: "Всё",
    all_time: "все даты",
    date_unknown_lane: "Дата неизвестна",
    without_date: "без даты",
    more_undated: "ещё: сузьте список фильтрами",
    as_written: "в тексте",
    not_written: "дата в тексте не указана",
    basis: "основание",
    normalised: "нормализовано",
    details: "Подробности события",
    close: "Закрыть",
    prev: "← Предыдущее",
    next: "Следующее →",
    status: "Статус",
    kind: "Тип",
    places: "Места",
    people: "Участники",
    orgs: "Организации",
    topics: "Темы",
    summary: "Кратко",
    document: "Документ",
    source: "Источник",
    no_source: "ссылки на источник нет",
    evidence_help: "Подтверждающий текст выделен; регионы, места, люди, организации и даты отмечены.",
    filters: "Фильтры",
    search: "Поиск по описаниям, людям, организациям",
    reset_all: "Сбросить всё",
    doc_filter: "Документ",
    selected: "Выбрано",
    none_match: "Нет подходящих событий.",
    pick_hint: "Выберите событие на хронологии или в списке, чтобы увидеть подробности и исходный текст.",
};

static ZH: Ui = Ui {
    timeline: "时间轴",
    timeline_help: "时间轴。方向键按时间顺序切换事件，回车打开详情，+ 和 − 缩放，0 显示全部。沿时间轴拖动以选择时间范围。",
    play: "▶ 播放",
    pause: "⏸ 暂停",
    play_mode: "播放方式",
    cumulative: "累积",
    window: "滑动窗口",
    window_size: "窗口",
    month: "1个月",
    quarter: "3个月",
    year: "1年",
    five_years: "5年",
    speed: "速度",
    clear_range: "清除范围",
    fit: "全部",
    all_time: "全部日期",
    date_unknown_lane: "日期不详",
    without_date: "无日期",
    more_undated: "条未列出：请用筛选缩小范围",
    as_written: "原文",
    not_written: "原文未提及日期",
    basis: "依据",
    normalised: "标准化",
    details: "事件详情",
    close: "关闭",
    prev: "← 上一个",
    next: "下一个 →",
    status: "状态",
    kind: "类型",
    places: "地点",
    people: "人物",
    orgs: "机构",
    topics: "主题",
    summary: "摘要",
    document: "文件",
    source: "来源",
    no_source: "无来源链接",
    evidence_help: "证据文字已高亮；地区、地点、人物、机构和日期已标注。",
    filters: "筛选",
    search: "搜索摘要、人物、机构",
    reset_all: "全部重置",
    doc_filter: "文件",
    selected: "已选",
    none_match: "没有符合条件的事件。",
    pick_hint: "在时间轴或列表中选择一个事件，查看详情及其原文。",
};

pub fn basis_name(b: Basis, lang: Lang) -> &'static str {
    let names: [&str; 3] = match b {
        Basis::Explicit => ["explicit", "указана явно", "明确"],
        Basis::Relative => ["relative to the publication date", "относительно даты публикации", "相对发布日期"],
        Basis::Url => ["relative to the date in the source URL", "относительно даты в адресе источника", "相对来源网址中的日期"],
        Basis::Inferred => ["inferred window", "выведенный интервал", "推断范围"],
        Basis::None => ["none", "нет", "无"],
    };
    names[lang_ix(lang)]
}

/// A topic of the fixed vocabulary in a language; unknown topics as written.
pub fn topic_name(topic: &str, lang: Lang) -> String {
    const NAMES: &[(&str, [&str; 3])] = &[
        ("trade", ["trade", "торговля", "贸易"]),
        ("investment", ["investment", "инвестиции", "投资"]),
        ("industry", ["industry", "промышленность", "工业"]),
        ("energy", ["energy", "энергетика", "能源"]),
        ("agriculture", ["agriculture", "сельское хозяйство", "农业"]),
        ("timber", ["timber", "лес", "林业"]),
        ("transport", ["transport", "транспорт", "交通"]),
        ("tourism", ["tourism", "туризм", "旅游"]),
        ("culture", ["culture", "культура", "文化"]),
        ("education", ["education", "образование", "教育"]),
        ("science", ["science", "наука", "科技"]),
        ("health", ["health", "здравоохранение", "卫生"]),
        ("sport", ["sport", "спорт", "体育"]),
        ("youth", ["youth", "молодёжь", "青年"]),
        ("environment", ["environment", "экология", "环境"]),
        ("media", ["media", "СМИ", "媒体"]),
    ];
    NAMES.iter().find(|(t, _)| *t == topic).map(|(_, n)| n[lang_ix(lang)].to_string()).unwrap_or_else(|| topic.to_string())
}

fn lang_ix(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Ru => 1,
        Lang::Zh => 2,
    }
}

/// What the timeline shows, in words: "12 events drawn, 30 in +N bins, 2 outside the view, 5 without a date".
pub fn timeline_summary(drawn: u32, binned: u32, outside: u32, undated: u32, lang: Lang) -> String {
    let n = |k: u32| crate::i18n::events_n(k, lang);
    match lang {
        Lang::En => format!("{} drawn, {binned} in +N bins, {outside} outside the view (◂ ▸), {undated} without a date.", n(drawn)),
        Lang::Ru => format!("Показано: {}; в счётчиках +N: {binned}; за краями (◂ ▸): {outside}; без даты: {undated}.", n(drawn)),
        Lang::Zh => format!("已绘制 {}，+N 计数中 {binned} 个，视图外（◂ ▸）{outside} 个，无日期 {undated} 个。", n(drawn)),
    }
}

/// One line for an event, for announcements and labels: "15 Dec 2017 · negotiation · happened ·
/// Amur Oblast – Heilongjiang".
pub fn describe_event(atlas: &Atlas, i: usize, lang: Lang) -> String {
    let e = atlas.event(i);
    let names = |codes: &[String], russian: bool| crate::i18n::side_names(codes, russian, lang, |c| atlas.region_name(c, lang));
    let sides = format!("{} – {}", names(&e.ru_regions, true), names(&e.cn_regions, false));
    format!("{} · {} · {} · {sides}", date_label(e, lang), kind_name(e.kind, lang), status_name(e.status, lang))
}
