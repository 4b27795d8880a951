//! The widget's own words in English, Russian and Chinese. Document text is never translated.

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
    pub no_region: &'static str,
    pub count: &'static str,
    pub attribution: &'static str,
    pub language: &'static str,
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
    no_region: "—",
    count: "events",
    attribution: ATTRIBUTION,
    language: "Language",
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
    no_region: "—",
    count: "событий",
    attribution: "Границы: Natural Earth (общественное достояние). Города: GeoNames (CC BY 4.0)",
    language: "Язык",
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
    no_region: "—",
    count: "个事件",
    attribution: "边界：Natural Earth（公有领域）。城市：GeoNames（CC BY 4.0）",
    language: "语言",
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
