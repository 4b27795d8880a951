//! The generated press releases the extraction bench and `throughput.rs` measure on:
//! deterministic, about 1 MB per language, from sentence templates with varied regions, cities,
//! dates and page furniture, so that rates are over realistic mixes, not one document.

const RU_REGIONS_EN: &[&str] = &["Amur Region", "Primorsky Krai", "Khabarovsk Territory", "Zabaykalsky Krai", "Irkutsk Oblast", "Krasnoyarsk Krai", "Novosibirsk Oblast", "Tatarstan"];
const CN_REGIONS_EN: &[&str] = &["Heilongjiang Province", "Jilin Province", "Liaoning", "Inner Mongolia", "Shandong", "Jiangsu"];
const RU_REGIONS_RU: &[&str] = &["Амурской области", "Приморского края", "Хабаровского края", "Забайкальского края", "Иркутской области", "Красноярского края"];
const CN_REGIONS_RU: &[&str] = &["провинции Хэйлунцзян", "провинции Цзилинь", "провинции Ляонин", "АРВМ", "провинции Шаньдун"];
const RU_REGIONS_ZH: &[&str] = &["阿穆尔州", "滨海边疆区", "哈巴罗夫斯克边疆区", "外贝加尔边疆区", "伊尔库茨克州"];
const CN_REGIONS_ZH: &[&str] = &["黑龙江省", "吉林省", "辽宁省", "内蒙古自治区", "山东省"];
const MONTHS_EN: &[&str] = &["January", "March", "May", "June", "September", "November"];
const MONTHS_RU: &[&str] = &["января", "марта", "мая", "июня", "сентября", "ноября"];

pub struct Rng(u64);
impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.next() % v.len()]
    }
}

pub fn doc_en(r: &mut Rng) -> String {
    let (ru, cn, m, d, y) = (r.pick(RU_REGIONS_EN), r.pick(CN_REGIONS_EN), r.pick(MONTHS_EN), 1 + r.next() % 28, 2010 + r.next() % 14);
    format!(
        "Home > News > International cooperation\n{m} {d}, {y}\n\nDelegation of {cn} visited {ru}\n\n\
         On {m} {d}, {y} the Governor of {ru} held a meeting with a delegation of {cn} headed by Vice Governor Mr. Li Wei. \
         The sides discussed cooperation in trade, agriculture and transport. During the visit the guests toured a timber plant. \
         Following the talks, the parties signed an agreement on cooperation for 2020-2022. \
         The next joint forum will be held on June 27 to 29 next year in Harbin. Since 2015 the regions have been partners.\n\n\
         Share | Print | Views: 1234\n\n"
    )
}

pub fn doc_ru(r: &mut Rng) -> String {
    let (ru, cn, m, d, y) = (r.pick(RU_REGIONS_RU), r.pick(CN_REGIONS_RU), r.pick(MONTHS_RU), 1 + r.next() % 28, 2010 + r.next() % 14);
    format!(
        "Главная / Новости\n{d} {m} {y} г.\n\nГубернатор {ru} встретился с делегацией {cn}\n\n\
         {d} {m} {y} года губернатор {ru} провёл переговоры с делегацией {cn} во главе с вице-губернатором Ван Туном. \
         Стороны обсудили сотрудничество в сфере торговли, сельского хозяйства и транспорта. В ходе визита гости посетили Благовещенск. \
         По итогам переговоров стороны подписали соглашение о сотрудничестве на 2020–2022 годы. \
         Совместная выставка состоится с 27 по 29 июня следующего года в Харбине.\n\nПоделиться | Просмотров: 1234\n\n"
    )
}

pub fn doc_zh(r: &mut Rng) -> String {
    let (ru, cn, m, d, y) = (r.pick(RU_REGIONS_ZH), r.pick(CN_REGIONS_ZH), 1 + r.next() % 12, 1 + r.next() % 28, 2010 + r.next() % 14);
    format!(
        "当前位置：首页 > 新闻\n发布时间：{y}年{m}月{d}日\n\n{cn}代表团访问{ru}\n\n\
         {m}月{d}日，{cn}副省长王文涛率代表团访问{ru}，与{ru}州长奥尔洛夫举行会谈。双方就经贸、农业、交通等领域合作交换了意见。\
         会谈后，双方签署了合作协议。双方商定明年6月27日至29日在哈尔滨举办中俄博览会。自2015年以来，两地合作不断深化。\n\n打印本页 关闭窗口\n\n"
    )
}

pub fn corpus(make: fn(&mut Rng) -> String, seed: u64) -> Vec<String> {
    let mut r = Rng(seed);
    let mut docs = Vec::new();
    let mut size = 0;
    while size < 1_000_000 {
        let d = make(&mut r);
        size += d.len();
        docs.push(d);
    }
    docs
}

/// The three corpora, named by language: (language, documents).
pub fn corpora() -> Vec<(&'static str, Vec<String>)> {
    vec![("en", corpus(doc_en, 42)), ("ru", corpus(doc_ru, 42)), ("zh", corpus(doc_zh, 42))]
}
