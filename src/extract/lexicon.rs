//! The event vocabulary of all three languages: what names an activity (and of which kind), what
//! marks it as planned or as done, what refers back to an activity already named, and topics.
//!
//! Entries are folded (lower case, simplified Chinese). In English and Russian an entry matches a
//! whole word, or a word beginning when it ends in `*`; Chinese entries match anywhere.

use crate::model::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// Names an activity of this kind. Strong cues start an event; weak ones only support one.
    Activity(Kind, Strength),
    /// The activity is to come ("will be held", "состоится", "将于").
    Planned,
    /// The activity took place ("was held", "состоялась", "举行了").
    Happened,
    /// Refers back to an activity already named ("during the visit", "в ходе визита", "期间").
    Anaphor,
    /// A topic from the fixed vocabulary ([`TOPICS`]).
    Topic(&'static str),
    /// National-level business (governments, heads of state): not a regional exchange by itself.
    National,
    /// Neither planned nor done: "at the invitation of" can introduce either.
    Neutral,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Weak,
    Strong,
}

use Kind::*;
use Strength::*;

/// The topics an event can carry, the same in every language.
pub const TOPICS: &[&str] = &[
    "trade", "investment", "industry", "energy", "agriculture", "timber", "transport", "tourism", "culture",
    "education", "science", "health", "sport", "youth", "environment", "media",
];

pub const ACTIVITY: &[(&str, Kind, Strength)] = &[
    // Agreements.
    ("agreement*", Agreement, Strong), ("memorand*", Agreement, Strong), ("accord", Agreement, Strong),
    ("signed", Agreement, Strong), ("signing", Agreement, Strong), ("sign", Agreement, Strong), ("contract*", Agreement, Strong),
    ("sister cit*", Agreement, Strong), ("twin cit*", Agreement, Strong), ("twinned", Agreement, Strong), ("sister-cit*", Agreement, Strong), ("twinning", Agreement, Strong), ("partner cit*", Agreement, Strong), ("города-партнер*", Agreement, Strong), ("городами-партнер*", Agreement, Strong),
    ("建立友好", Agreement, Strong), ("友好省州", Agreement, Strong), ("protocol*", Agreement, Weak),
    ("соглашени*", Agreement, Strong), ("меморандум*", Agreement, Strong), ("подписа*", Agreement, Strong),
    ("договор", Agreement, Strong), ("договора", Agreement, Strong), ("договору", Agreement, Strong),
    ("договором", Agreement, Strong), ("договоре", Agreement, Strong), ("договоры", Agreement, Strong), ("договоров", Agreement, Strong),
    ("договоренност*", Agreement, Weak), ("договорённост*", Agreement, Weak), ("контракт*", Agreement, Strong), ("побратим*", Agreement, Strong), ("протокол*", Agreement, Weak),
    ("协议", Agreement, Strong), ("协定", Agreement, Strong), ("备忘录", Agreement, Strong), ("签署", Agreement, Strong),
    ("签订", Agreement, Strong), ("签约", Agreement, Strong), ("合同", Agreement, Strong), ("友好城市", Agreement, Strong),
    ("结好", Agreement, Strong), ("友城", Agreement, Weak),
    // Forums, fairs, exhibitions, conferences.
    ("forum*", ForumOrFair, Strong), ("fair", ForumOrFair, Strong), ("fairs", ForumOrFair, Strong), ("exhibition*", ForumOrFair, Strong),
    ("expo", ForumOrFair, Strong), ("expos", ForumOrFair, Strong), ("exposition*", ForumOrFair, Strong), ("conference*", ForumOrFair, Strong), ("summit*", ForumOrFair, Strong), ("congress*", ForumOrFair, Strong),
    ("trade show*", ForumOrFair, Strong), ("roadshow*", ForumOrFair, Strong), ("symposium*", ForumOrFair, Strong),
    ("форум*", ForumOrFair, Strong), ("выставк*", ForumOrFair, Strong), ("ярмарк*", ForumOrFair, Strong), ("экспо", ForumOrFair, Strong),
    ("конференци*", ForumOrFair, Strong), ("саммит*", ForumOrFair, Strong), ("конгресс*", ForumOrFair, Strong), ("салон*", ForumOrFair, Weak),
    ("论坛", ForumOrFair, Strong), ("博览会", ForumOrFair, Strong), ("展览会", ForumOrFair, Strong), ("展会", ForumOrFair, Strong),
    ("交易会", ForumOrFair, Strong), ("洽谈会", ForumOrFair, Strong), ("展销会", ForumOrFair, Strong), ("峰会", ForumOrFair, Strong),
    ("推介会", ForumOrFair, Strong), ("对接会", ForumOrFair, Strong), ("交流周", ForumOrFair, Strong), ("推介活动", ForumOrFair, Strong),
    ("招商会", ForumOrFair, Strong), ("交流会", ForumOrFair, Strong), ("合作周", ForumOrFair, Strong), ("展览", ForumOrFair, Strong),
    ("展销", ForumOrFair, Strong), ("年会", ForumOrFair, Strong), ("经贸洽谈", ForumOrFair, Strong), ("大会", ForumOrFair, Weak),
    ("matchmaking", ForumOrFair, Strong), ("b2b", ForumOrFair, Strong), ("business mission*", Visit, Strong), ("trade mission*", Visit, Strong),
    ("presentation*", ForumOrFair, Weak), ("биржа деловых контактов", ForumOrFair, Strong), ("биржи деловых контактов", ForumOrFair, Strong),
    ("бизнес-мисси*", Visit, Strong), ("презентаци*", ForumOrFair, Weak), ("бизнес-форум*", ForumOrFair, Strong), ("研讨会", ForumOrFair, Strong), ("博览", ForumOrFair, Strong), ("商品展", ForumOrFair, Strong),
    // The short names fairs go by: 哈洽会 (a 洽谈会), 厦洽会, 进博会 / 东博会 (a 博览会), 广交会.
    ("洽会", ForumOrFair, Strong), ("博会", ForumOrFair, Strong), ("广交会", ForumOrFair, Strong),
    // Negotiations.
    ("negotiat*", Negotiation, Strong), ("talks", Negotiation, Strong), ("consultation*", Negotiation, Strong),
    ("переговор*", Negotiation, Strong), ("консультаци*", Negotiation, Strong),
    ("会谈", Negotiation, Strong), ("谈判", Negotiation, Strong), ("洽谈", Negotiation, Strong), ("磋商", Negotiation, Strong),
    // Meetings.
    ("meeting*", Meeting, Strong), ("session", Meeting, Weak), ("sessions", Meeting, Weak), ("met", Meeting, Strong), ("meet", Meeting, Strong), ("video conference*", Meeting, Strong),
    ("videoconference*", Meeting, Strong), ("round table", Meeting, Strong), ("received", Meeting, Weak), ("discussed", Meeting, Weak),
    ("встреч*", Meeting, Strong), ("встрети*", Meeting, Strong), ("совещани*", Meeting, Strong), ("заседани*", Meeting, Strong),
    ("видеоконференц*", Meeting, Strong), ("круглый стол", Meeting, Strong), ("круглого стола", Meeting, Strong), ("обсудил*", Meeting, Weak),
    ("принял", Meeting, Weak), ("приняла", Meeting, Weak), ("приняли", Meeting, Weak), ("принимал*", Meeting, Weak),
    ("会见", Meeting, Strong), ("会晤", Meeting, Strong), ("见面", Meeting, Strong), ("座谈", Meeting, Strong), ("视频会议", Meeting, Strong),
    ("接见", Meeting, Strong), ("拜会", Meeting, Strong), ("拜访", Meeting, Strong), ("会面", Meeting, Strong), ("paid a courtesy call", Meeting, Strong), ("会议", Meeting, Weak), ("交流", Meeting, Weak), ("举行会议", Meeting, Strong),
    // Visits.
    ("visit*", Visit, Strong), ("trip", Visit, Strong),
    // "Governor X led a delegation to Qingdao": the trip itself, though "delegation" alone is only a party.
    ("led a delegation", Visit, Strong), ("headed a delegation", Visit, Strong), ("led the delegation", Visit, Strong), ("headed the delegation", Visit, Strong), ("arrived", Visit, Strong), ("delegation*", Visit, Weak), ("toured", Visit, Weak),
    ("визит*", Visit, Strong), ("посетил*", Visit, Strong), ("посетит", Visit, Strong), ("посетить", Visit, Strong), ("посетив*", Visit, Strong), ("посетим", Visit, Strong), ("посещени*", Visit, Strong), ("поездк*", Visit, Strong), ("прибыл*", Visit, Strong), ("побывал*", Visit, Strong),
    ("делегаци*", Visit, Weak),
    // Arriving, present and future: "в Тверь прибывает делегация", "мэр приедет в пятницу", "завод посетят гости".
    // (Forms of "посетить" one by one: "посетители", visitors of a stand, are no visit.)
    ("прибывает", Visit, Strong), ("прибывают", Visit, Strong), ("прибудет", Visit, Strong), ("прибудут", Visit, Strong),
    ("приедет", Visit, Strong), ("приедут", Visit, Strong), ("посетят", Visit, Strong),
    ("访问", Visit, Strong), ("考察", Visit, Strong), ("来访", Visit, Strong), ("回访", Visit, Strong), ("出访", Visit, Strong), ("到访", Visit, Strong),
    ("访华", Visit, Strong), ("访俄", Visit, Strong), ("代表团", Visit, Weak), ("一行", Visit, Weak), ("参观", Visit, Weak),
    // Culture and anniversaries.
    ("anniversary", Cultural, Strong), ("festival*", Cultural, Strong), ("concert*", Cultural, Strong), ("photo exhibition*", Cultural, Strong),
    ("art exhibition*", Cultural, Strong), ("tournament*", Cultural, Strong), ("competition*", Cultural, Weak), ("performance*", Cultural, Weak),
    ("film week*", Cultural, Strong), ("film festival*", Cultural, Strong), ("film days", Cultural, Strong), ("кинофестивал*", Cultural, Strong),
    ("неделя кино", Cultural, Strong), ("недели кино", Cultural, Strong), ("дни кино", Cultural, Strong), ("电影周", Cultural, Strong), ("电影节", Cultural, Strong), ("展映", Cultural, Strong),
    ("on tour", Cultural, Strong), ("concert tour*", Cultural, Strong), ("巡演", Cultural, Strong), ("годовщин*", Cultural, Strong), ("юбиле*", Cultural, Strong), ("фестивал*", Cultural, Strong), ("концерт*", Cultural, Strong),
    ("фотовыставк*", Cultural, Strong), ("гастрол*", Cultural, Strong), ("турнир*", Cultural, Strong), ("конкурс*", Cultural, Strong), ("contest*", Cultural, Strong), ("大赛", Cultural, Strong), ("соревновани*", Cultural, Weak),
    ("дни культуры", Cultural, Strong), ("дней культуры", Cultural, Strong),
    // sport between the sides: cross-border rallies, marathons, championships, friendly matches
    ("championship*", Cultural, Strong), ("marathon*", Cultural, Strong), ("friendly match*", Cultural, Strong),
    ("чемпионат*", Cultural, Strong), ("марафон*", Cultural, Strong), ("спартакиад*", Cultural, Strong),
    ("拉力赛", Cultural, Strong), ("马拉松", Cultural, Strong), ("锦标赛", Cultural, Strong), ("友谊赛", Cultural, Strong), ("邀请赛", Cultural, Strong), ("运动会", Cultural, Strong),
    ("周年", Cultural, Strong), ("文化节", Cultural, Strong), ("艺术节", Cultural, Strong), ("音乐会", Cultural, Strong),
    ("旅游节", Cultural, Strong), ("冰雪节", Cultural, Strong), ("美食节", Cultural, Strong), ("啤酒节", Cultural, Strong),
    ("音乐节", Cultural, Strong), ("狂欢节", Cultural, Strong), ("嘉年华", Cultural, Strong), ("carnival*", Cultural, Strong),
    ("演出", Cultural, Strong), ("图片展", Cultural, Strong), ("摄影展", Cultural, Strong), ("画展", Cultural, Strong),
    ("文化周", Cultural, Strong), ("艺术团", Cultural, Strong), ("展演", Cultural, Strong), ("联谊", Cultural, Strong),
    ("days of culture", Cultural, Strong), ("days of chinese culture", Cultural, Strong), ("days of russian culture", Cultural, Strong),
    ("chinese culture days", Cultural, Strong), ("russian culture days", Cultural, Strong), ("year of culture", Cultural, Strong), ("culture days", Cultural, Strong), ("cultural days", Cultural, Strong), ("exhibition of paintings", Cultural, Strong),
    ("выставка картин", Cultural, Strong), ("выставку картин", Cultural, Strong), ("выставке картин", Cultural, Strong),
    ("спектакл*", Cultural, Strong), ("гала-концерт*", Cultural, Strong), ("дня культуры", Cultural, Strong), ("дней китайской культуры", Cultural, Strong), ("比赛", Cultural, Weak), ("运动会", Cultural, Strong), ("联欢", Cultural, Strong),
    // Other exchanges.
    ("launched", Other, Weak), ("opened", Other, Weak), ("запуст*", Other, Weak), ("открыт*", Other, Weak), ("开通", Other, Weak), ("启动", Other, Weak),
];

/// Standing bodies whose names end in an activity word: "the People's Congress of Jiangxi" is a
/// legislature, not a congress being held. Folded; matched as the end of the cue.
pub const BODIES: &[&str] = &[
    "people's congress", "people’s congress", "consultative conference", "人民代表大会", "政治协商会议",
];

pub const PLANNED: &[&str] = &[
    "will be held", "be held", "will take place", "to take place", "will be signed", "be signed", "will", "would", "shall", "plan", "plans", "planned", "planning", "scheduled", "to be held", "to be signed", "is to", "are to",
    "upcoming", "forthcoming", "next", "invited", "invite", "invites", "inviting", "invitation", "intend*", "expected to", "could be",
    "can be", "going to", "agreed to hold", "initiative to", "proposal to", "proposed to", "offered to", "proposed", "propose", "prepare", "preparing", "in the future", "future", "hope to",
    "будет", "будут", "прибудет", "прибудут", "состоится", "состоятся", "пройдет", "пройдут", "пройдёт", "планиру*", "намерен*", "намеч*", "предстоящ*",
    "пригласил*", "приглаш*", "запланирован*", "предполага*", "собираются", "готовится", "подготовк*", "следующ*", "планах",
    "план", "плана", "плане", "活动安排", "решено", "решили провести", "договорились провести", "условились провести",
    "может быть", "могут быть", "состоятся", "откроется", "примут участие", "примет участие",
    "прибудет", "прибудут", "приедет", "приедут", "посетит", "посетят",
    "将", "将于", "计划", "拟", "预计", "即将", "准备", "邀请", "届时", "有望", "打算", "下一届", "下届", "筹备", "拟于",
];

pub const HAPPENED: &[&str] = &[
    "was held", "were held", "took place", "has been held", "have been held", "held", "signed", "visited", "met", "arrived",
    "took part", "participated", "attended", "announced",
    "состоял*", "прош*", "провел*", "провёл*", "подписали", "подписал", "подписано", "подписана", "подписаны", "посетил*", "встретил*", "прибыл*", "побывал*", "принял*", "прибывает", "прибывают",
    "举行了", "举办了", "签署了", "会见了", "访问了", "日前", "近日", "已经", "已",
];

/// "The visit will last three days": how long an activity under way runs says nothing of its status.
pub const NEUTRAL: &[&str] = &["о намерениях", "о намерении", "of intent", "at the invitation of", "on the invitation of", "по приглашению", "应邀", "应", "will last", "продлится", "продлятся"];

pub const ANAPHOR: &[&str] = &[
    "during the visit", "during the meeting", "during the talks", "during the negotiations", "during the trip",
    "in the course of the", "within the framework of the", "at the meeting", "at the talks", "at the negotiations",
    "this event", "the event", "the guests", "the delegation also", "the sides", "both sides", "the parties", "also visited",
    "the two universities", "the two cities", "the two regions", "both universities", "both cities", "both regions",
    "двух вузов", "двух университетов", "двух городов", "двух регионов", "оба вуза", "оба университета", "оба города",
    "оба региона", "两校", "两市",
    // The purpose or outcome of the visit under way: "цель визита — ...".
    "цель визита", "целью визита", "цели визита", "задачи визита", "задач визита", "результатом визита", "результаты визита",
    "the purpose of the visit", "the aim of the visit",
    "в ходе визита", "в ходе встречи", "в ходе переговоров", "в ходе поездки", "в рамках визита", "в рамках встречи",
    "во время визита", "во время встречи", "на встрече", "на переговорах", "гости", "стороны", "делегация также",
    "期间", "会上", "会谈中", "双方", "此次", "此行", "访问期间", "会见时", "会谈时", "会晤时", "座谈时", "访问时", "代表团还", "一行还",
    "the document", "this document", "документ", "данный документ", "该文件", "该协议",
    "following the", "after the", "at the end of the", "in the end of the", "as a result of the", "on the sidelines of the",
    "result of the", "results of the", "outcome of the", "outcomes of the",
    "по итогам", "по результатам", "в завершение", "на полях", "после", "会后", "会谈后", "会见后", "访问结束",
    // What is held within days, a festival or a fair already told ("В рамках этих дней ... бизнес
    // проведёт переговоры"): the occasion frames it and dates it.
    "в рамках этих дней", "в рамках дней", "в дни", "в рамках фестиваля", "в рамках выставки", "в рамках ярмарки", "в рамках форума",
    "during the days of", "within the festival",
];

pub const NATIONAL: &[&str] = &[
    "intergovernmental", "inter-governmental", "prime minister", "deputy prime minister", "vice premier", "head of state",
    "heads of state", "president putin", "president xi", "xi jinping", "vladimir putin", "li keqiang", "межправительствен*",
    "премьер-министр*", "вице-премьер*", "председатель правительства рф", "путин*", "си цзиньпин*", "глав государств",
    "国务院", "副总理", "国家主席", "习近平", "普京", "政府间", "两国元首", "中央政府",
    "vice minister", "subcommission", "sub-commission", "heads of government", "ministry of commerce of the prc", "mofcom",
    "federal ministry",
    "подкомисси*", "межправкомисси*", "глав правительств", "商务部", "外交部", "国家发展改革委", "国家发改委",
    "副部长", "分委会",
    // Foreign ministers and their ministries speak for the countries ("министр иностранных дел КНР").
    "мид", "министр иностранных дел", "министра иностранных дел", "министром иностранных дел", "foreign minister*",
    "ministry of foreign affairs", "外交部长",
];

pub const TOPIC_WORDS: &[(&str, &str)] = &[
    ("trade*", "trade"), ("export*", "trade"), ("import*", "trade"), ("commerc*", "trade"), ("торгов*", "trade"), ("экспорт*", "trade"),
    ("импорт*", "trade"), ("товарооборот*", "trade"), ("贸易", "trade"), ("经贸", "trade"), ("商贸", "trade"), ("进出口", "trade"),
    ("invest*", "investment"), ("инвест*", "investment"), ("投资", "investment"),
    ("industr*", "industry"), ("manufactur*", "industry"), ("enterprise*", "industry"), ("промышлен*", "industry"), ("производств*", "industry"),
    ("предприяти*", "industry"), ("工业", "industry"), ("制造", "industry"), ("企业", "industry"),
    ("energy", "energy"), ("gas", "energy"), ("oil", "energy"), ("electric*", "energy"), ("coal", "energy"), ("энерг*", "energy"),
    ("газ*", "energy"), ("нефт*", "energy"), ("электроэнерг*", "energy"), ("уголь", "energy"), ("能源", "energy"), ("天然气", "energy"),
    ("石油", "energy"), ("电力", "energy"),
    ("agricult*", "agriculture"), ("soybean*", "agriculture"), ("farm*", "agriculture"), ("grain", "agriculture"), ("сельск*", "agriculture"),
    ("аграр*", "agriculture"), ("соя", "agriculture"), ("сои", "agriculture"), ("зерн*", "agriculture"), ("农业", "agriculture"),
    ("大豆", "agriculture"), ("粮食", "agriculture"),
    ("timber", "timber"), ("wood*", "timber"), ("forest*", "timber"), ("лес*", "timber"), ("древесин*", "timber"), ("木材", "timber"),
    ("林业", "timber"),
    ("transport*", "transport"), ("logistic*", "transport"), ("railway*", "transport"), ("bridge*", "transport"), ("port", "transport"),
    ("border crossing*", "transport"), ("checkpoint*", "transport"), ("транспорт*", "transport"), ("логистик*", "transport"),
    ("мост*", "transport"), ("пункт* пропуска", "transport"), ("железнодорож*", "transport"), ("交通", "transport"), ("物流", "transport"),
    ("口岸", "transport"), ("铁路", "transport"), ("大桥", "transport"), ("运输", "transport"),
    ("touris*", "tourism"), ("туризм*", "tourism"), ("турист*", "tourism"), ("旅游", "tourism"),
    ("cultur*", "culture"), ("art", "culture"), ("museum*", "culture"), ("культур*", "culture"), ("искусств*", "culture"),
    ("文化", "culture"), ("艺术", "culture"),
    ("educat*", "education"), ("universit*", "education"), ("student*", "education"), ("образован*", "education"),
    ("университет*", "education"), ("студент*", "education"), ("教育", "education"), ("大学", "education"), ("留学", "education"),
    ("scien*", "science"), ("research*", "science"), ("technolog*", "science"), ("наук*", "science"), ("научн*", "science"),
    ("технолог*", "science"), ("科技", "science"), ("科学", "science"), ("技术", "science"),
    ("health*", "health"), ("medic*", "health"), ("здравоохранен*", "health"), ("медицин*", "health"), ("医疗", "health"), ("卫生", "health"),
    ("sport*", "sport"), ("спорт*", "sport"), ("体育", "sport"),
    ("youth", "youth"), ("молодеж*", "youth"), ("молодёж*", "youth"), ("青年", "youth"), ("青少年", "youth"),
    ("ecolog*", "environment"), ("environment*", "environment"), ("эколог*", "environment"), ("环保", "environment"), ("生态", "environment"),
    ("media", "media"), ("journalist*", "media"), ("сми", "media"), ("журналист*", "media"), ("媒体", "media"),
];
