//! The event builder's rules on short texts: each test names the rule it guards.

use super::extract_document;
use crate::model::{Kind, Status};

/// (kind, status, start date, ru regions, cn regions) of every event of `text`.
fn events(text: &str) -> Vec<(Kind, Status, Option<String>, Vec<String>, Vec<String>)> {
    let (_, evs) = extract_document("t", "t.txt", text).expect("extracts");
    evs.into_iter().map(|e| (e.kind, e.status, e.when.start, e.ru_regions, e.cn_regions)).collect()
}

fn kinds(text: &str) -> Vec<(Kind, Status)> {
    events(text).into_iter().map(|e| (e.0, e.1)).collect()
}

#[test]
fn terms_of_a_document_are_not_events() {
    let t = "Title line of the news\n12.05.2019\n\nOn May 10, Harbin and Khabarovsk signed a memorandum on cooperation. \
             The memorandum foresees holding the days of Harbin in Khabarovsk every year.\n";
    assert_eq!(kinds(t), vec![(Kind::Agreement, Status::Happened)]);
}

#[test]
fn a_standing_body_is_no_congress() {
    let t = "Title line of the news\n20.06.2019\n\nYesterday the Governor of the Irkutsk Region held a meeting with the delegation \
             of the Standing Committee of the People's Congress of Jiangxi Province.\n";
    assert_eq!(kinds(t), vec![(Kind::Meeting, Status::Happened)]);
}

#[test]
fn two_regions_of_one_side_alone_are_a_domestic_exchange() {
    let t = "Title line of the news\n12.04.2018\n\nA Heilongjiang delegation visited Liaoning from April 9 to 11.\n\n\
             Heilongjiang is the frontier of China's opening-up to Russia.\n";
    assert!(events(t).is_empty());
    // With the other side in the same paragraph, the sentence still counts.
    let t = "Title line of the news\n15.10.2019\n\nIrkutsk Region already works with Chinese regions. The agreement with Jilin \
             and Shandong has been in force since 2014.\n";
    assert_eq!(kinds(t), vec![(Kind::Agreement, Status::Happened)]);
}

#[test]
fn the_next_of_a_series_keeps_its_parties() {
    let t = "Title line of the news\n27.02.2019\n\nOn February 25, a delegation of Fuyuan visited Khabarovsk.\n\n\
             The next round of consultations will be held in Fuyuan in April.\n";
    let e = events(t);
    assert_eq!(e.len(), 2);
    assert_eq!((e[1].0, e[1].1, e[1].2.as_deref()), (Kind::Negotiation, Status::Planned, Some("2019-04-01")));
    // "Following the meeting the sides agreed to hold the next session ... in the first quarter of the next year."
    let t = "Title line of the news\n21.12.2017\n\nOn December 19, the Amur Region met the delegation of Heilongjiang. \
             Following the meeting the sides agreed to hold the next session of the working group in Harbin in the first \
             quarter of the next year.\n";
    let e = events(t);
    assert_eq!(e.len(), 2);
    assert_eq!((e[1].1, e[1].2.as_deref()), (Status::Planned, Some("2018-01-01")));
}

#[test]
fn a_definite_activity_at_another_time_is_another_occasion() {
    let t = "Russian goods fair opens in Harbin\n2018-12-05\n\nA fair of goods from Amur Region opened in Harbin on Dec. 5.\n\n\
             Last year's fair attracted about 90 Russian companies.\n";
    let e = events(t);
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!(e[0].2.as_deref(), Some("2018-12-05"));
    assert_eq!(e[1].2.as_deref(), Some("2017-01-01"));
    let t = "Title line of the news\n16.11.2020\n\nOn November 13, Krasnoyarsk Krai held a videoconference with Heilongjiang.\n\n\
             The visit of the Heilongjiang delegation to Krasnoyarsk has been postponed to next year.\n";
    assert_eq!(kinds(t), vec![(Kind::Meeting, Status::Happened), (Kind::Visit, Status::Planned)]);
}

#[test]
fn an_unmarked_headline_takes_the_status_of_the_body() {
    let t = "AmurInfo\n26.06.2019\n\nChina sends largest delegation to Amur Economic Forum\n\n\
             The Amur Economic Forum will be held in Blagoveshchensk on 27-29 June. More than 1,800 participants have \
             registered for the forum, a third of them from China.\n";
    let e = events(t);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((e[0].1, e[0].2.as_deref()), (Status::Planned, Some("2019-06-27")));
}

#[test]
fn a_marker_of_a_later_clause_does_not_decide() {
    let t = "标题新闻\n2021-11-30 16:42:05\n\n近日，威海某公司与萨哈林州渔业公司签署合作协议，双方将在萨哈林州建设加工厂。\n";
    assert_eq!(kinds(t), vec![(Kind::Agreement, Status::Happened)]);
}

#[test]
fn an_agency_dateline_is_no_heading() {
    // "Чита. 3 марта." opens the text on the line of the article: it does not date what follows.
    let t = "Интерфакс\n03 марта 2015 11:42\n\nЧита. 3 марта. ИНТЕРФАКС - Забайкальский край и Внутренняя Монголия намерены \
             подписать соглашение о сотрудничестве.\n";
    let e = events(t);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((e[0].1, e[0].2.as_deref()), (Status::Planned, Some("2015-03-03")), "undated plan: on or after publication");
}

#[test]
fn a_celebrated_twinning_is_no_new_agreement() {
    let t = "Заголовок новости\n15.12.2017\n\nНапомним, в сентябре этого года Благовещенск и Хэйхэ отметили 25-летие установления \
             побратимских связей: в обоих городах прошли концерты.\n";
    assert_eq!(kinds(t), vec![(Kind::Cultural, Status::Happened)]);
}

#[test]
fn a_reference_back_is_to_the_news_not_to_a_recalled_visit() {
    let t = "Заголовок новости\n22 мая 2019\n\nГубернатор Приморского края провел встречу с губернатором провинции Цзилинь.\n\n\
             Он напомнил, что в октябре прошлого года делегация Приморского края посетила Чанчунь.\n\n\
             По итогам переговоров главы регионов подписали план совместных мероприятий.\n";
    let e = events(t);
    assert_eq!(e.len(), 3, "{e:?}");
    assert_eq!((e[2].0, e[2].2.as_deref()), (Kind::Agreement, None), "not dated with the recalled visit");
}

#[test]
fn what_is_done_at_a_forum_takes_its_date() {
    let t = "Заголовок новости\n12.03.2019\n\nГубернатор Амурской области пригласил губернатора провинции Хэйлунцзян на форум. \
             Форум пройдёт в сентябре этого года в Благовещенске.\n\n\
             В ходе форума стороны намерены подписать соглашение о сотрудничестве.\n\n\
             Напомним, в январе губернатор Амурской области побывал в Харбине.\n";
    let e = events(t);
    assert_eq!(e.len(), 3, "{e:?}");
    assert_eq!((e[1].0, e[1].2.as_deref()), (Kind::Agreement, Some("2019-09-01")));
    assert_eq!((e[2].0, e[2].1), (Kind::Visit, Status::Happened), "побывал is a visit");
}

#[test]
fn the_document_refers_to_the_agreement() {
    // "The document was signed ... who arrived on Sunday": no second agreement, and a visit under way
    // that "will last three days" is one visit, not a planned one.
    let t = "TASS\n14 OCT 2019, 15:42\n\nThe Republic of Tatarstan and Jiangsu Province on Monday signed a cooperation agreement. \n\n\
             The document was signed in Kazan by the Deputy Premier of Tatarstan and the Jiangsu Vice Governor, who arrived in the \
             city with a delegation on Sunday. The Jiangsu visit will last three days.\n";
    assert_eq!(kinds(t), vec![(Kind::Agreement, Status::Happened), (Kind::Visit, Status::Happened)]);
    // The reference back dates an agreement first told without a date.
    let t = "Новости\n14 ноя 2024\n\nКомпания из Владивостока и корпорация из провинции Гуандун подписали соглашение о создании \
             предприятия. Документ был подписан на прошлой неделе в Шэньчжэне.\n";
    let e = events(t);
    assert_eq!((e.len(), e[0].2.as_deref()), (1, Some("2024-11-04")));
}

#[test]
fn the_article_and_one_word_make_a_reference() {
    let t = "News\n10.07.2024\n\nThe International Industrial Exhibition, held in Yekaterinburg from 8 to 11 July, brought Sverdlovsk \
             Region and China together. This year the Chinese exposition occupied 8,000 square metres.\n";
    assert_eq!(kinds(t), vec![(Kind::ForumOrFair, Status::Happened)]);
}

#[test]
fn an_event_held_at_a_forum_named_only_as_venue_is_the_event() {
    // The Eastern Economic Forum is only the venue; the promotion held during it is the exchange.
    let t = "吉林省商务厅\n时间：2016-08-24\n\n8月22日，俄罗斯滨海边疆区代表团访问珲春市。\n\n\
             据悉，吉林省将于9月在海参崴举办的第二届东方经济论坛期间举办吉林省—滨海边疆区经贸合作推介会。\n";
    let e = events(t);
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!((e[1].0, e[1].1, e[1].2.as_deref()), (Kind::ForumOrFair, Status::Planned, Some("2016-09-01")));
    // What is held during an exchange week already found is part of it.
    let t = "新华网\n2020-01-01 17:52:31\n\n中俄冰雪文化交流周1日在哈尔滨启幕，由黑龙江省与滨海边疆区共同主办。\n\n\
             交流周期间，双方还将举办冰雕技艺研讨会等系列活动，活动将持续至1月7日。\n";
    assert_eq!(events(t).len(), 1);
}

#[test]
fn rows_of_a_plan_stand_alone() {
    // Each row is its own item: a domestic contest takes no party from the rows above it; a row
    // naming one side takes the other from the plan's title; "IV квартал" dates a row.
    let t = "Министерство экономического развития Иркутской области\nПлан международных мероприятий на 2022 год\n\
             Опубликовано: 28.01.2022\n\n\
             Срок | Мероприятие | Место проведения\n\
             6–10 июня | Харбинская международная ярмарка | г. Харбин, провинция Хэйлунцзян\n\
             IV квартал | Визит делегации Народного правительства провинции Цзилинь | г. Иркутск\n\
             в течение года | Областной конкурс «Экспортёр года» | г. Иркутск\n";
    let e = events(t);
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!((e[1].0, e[1].1, e[1].2.as_deref()), (Kind::Visit, Status::Planned, Some("2022-10-01")));
    // Numbered rows ("1 3月 …") likewise; a weak cue of the next row does not join the one above.
    let t = "湖北省人民政府外事办公室\n湖北省2025年对俄地方合作重点活动安排\n发布日期：2025-01-15\n\n\
             序号 时间 活动名称 地点\n1 3月 鞑靼斯坦共和国政府代表团访问湖北 武汉\n2 4月 长江中游城市群省会城市合作会议 长沙 湖南省、江西省\n\
             3 5月 青年论坛 乌里扬诺夫斯克州\n";
    let e = events(t);
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!(e[1].3, vec!["RU-ULY".to_string()]);
    assert_eq!(e[1].4, vec!["CN-HB".to_string()]);
}

#[test]
fn what_is_said_in_a_quotation_does_not_date_the_cue() {
    let t = "Chita and Manzhouli celebrated the anniversary\n19.08.2019\n\nA gala concert of artists of Chita and Manzhouli took \
             place on Saturday. \"Twenty-five years ago our cities were small settlements. Today we are real partners,\" the \
             mayor of Chita said at the concert.\n";
    let e = events(t);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].2.as_deref(), Some("2019-08-17"));
}

#[test]
fn a_troupe_on_tour_is_a_cultural_exchange() {
    let t = "Buryat Opera will go on tour to Inner Mongolia\n03.08.2018\n\nThe Buryat State Opera and Ballet Theatre will go on tour \
             to the Inner Mongolia Autonomous Region of China in September.\n";
    let e = events(t);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((e[0].0, e[0].1, e[0].3.clone()), (Kind::Cultural, Status::Planned, vec!["RU-BU".to_string()]));
}

#[test]
fn concerts_of_days_of_culture_are_their_programme() {
    let t = "Дни культуры Бурятии прошли во Внутренней Монголии\nУлан-Удэ, 3 октября 2018 г.\n\n\
             С 25 по 30 сентября в Автономном районе Внутренняя Монголия прошли Дни культуры Республики Бурятия. \
             Концерты, выставки и мастер-классы состоялись в Хух-Хото и Хайларе.\n";
    assert_eq!(kinds(t), vec![(Kind::Cultural, Status::Happened)]);
}

#[test]
fn what_the_sides_sign_after_talks_is_an_agreement_of_its_own() {
    let t = "新闻\n2015年06月11日 09時30分\n\n俄罗斯哈巴罗夫斯克边疆区州长率领的政府代表团10日抵达哈尔滨，与黑龙江省政府举行工作会谈。\n\n\
             会谈后，双方签署了《黑龙江省与哈巴罗夫斯克边疆区地方合作工作组第七次会议纪要》。\n";
    assert_eq!(kinds(t), vec![(Kind::Negotiation, Status::Happened), (Kind::Agreement, Status::Happened)]);
}

#[test]
fn the_delegation_also_toured_is_more_of_the_visit_but_its_talks_are_a_meeting() {
    let t = "浙江省外办\n发布时间：2019-09-05\n\n9月3日，副省长在杭州会见了巴什科尔托斯坦共和国政府总理率领的代表团。\n\n\
             访浙期间，代表团还将赴义乌国际商贸城参观考察。\n";
    assert_eq!(kinds(t), vec![(Kind::Meeting, Status::Happened)]);
    let t = "新闻\n2019-09-05\n\n大连市代表团4日至5日赴俄罗斯符拉迪沃斯托克参加第五届东方经济论坛。\n\n\
             代表团还与滨海边疆区经济发展部负责人举行了工作会谈。\n";
    assert_eq!(kinds(t), vec![(Kind::ForumOrFair, Status::Happened), (Kind::Negotiation, Status::Happened)]);
}

#[test]
fn a_chinese_commitment_after_its_object_is_a_plan() {
    let t = "辽宁省人民政府\n发布时间：2019-10-16\n\n10月10日至12日，辽宁省代表团访问俄罗斯新西伯利亚州。\n\n\
             双方还就在沈阳举办新西伯利亚州特色商品展的可能性进行了探讨，初步商定于明年举办。\n";
    let e = events(t);
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!((e[1].0, e[1].1, e[1].2.as_deref()), (Kind::ForumOrFair, Status::Planned, Some("2020-01-01")));
}

#[test]
fn a_calendar_heading_gives_its_place_to_the_items_under_it() {
    let t = "EVENTS CALENDAR\nLast updated: 22 May 2023\n\n\
             • 20–25 June — Novosibirsk\nChinese Film Week at the Pobeda cinema. Programme prepared with Xi'an Film Studio (Shaanxi Province).\n\n\
             • 5–8 September — Vladivostok\nEastern Economic Forum. Our Russian-Chinese network co-organises a session there.\n";
    let e = events(t);
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!((e[0].0, e[0].2.as_deref(), e[0].3.clone()), (Kind::Cultural, Some("2023-06-20"), vec!["RU-NVS".to_string()]));
    assert_eq!(e[0].4, vec!["CN-SN".to_string()], "the next sentence gives the Chinese party");
    assert_eq!((e[1].0, e[1].3.clone()), (Kind::ForumOrFair, vec!["RU-PRI".to_string()]));
}

#[test]
fn relations_established_years_ago_are_background_agreements() {
    let t = "Moscow and Beijing\n19.07.2018\n\nMoscow and Beijing have been partner cities since 1995.\n";
    assert_eq!(events(t).iter().map(|e| (e.0, e.2.clone())).collect::<Vec<_>>(), vec![(Kind::Agreement, Some("1995-01-01".to_string()))]);
    // Discussed, but dated to its own year: "обсудили ход выполнения соглашения, подписанного в 2012 году".
    let t = "Новости\n\nГубернатор Хабаровского края встретился с делегацией провинции Хэйлунцзян. Стороны обсудили ход выполнения \
             соглашения о сотрудничестве между Хабаровским краем и провинцией Хэйлунцзян, подписанного в 2012 году.\n";
    let e = events(t);
    assert!(e.iter().any(|e| e.0 == Kind::Agreement && e.2.as_deref() == Some("2012-01-01")), "{e:?}");
    // An agreement signed after today's meeting does not join the one recalled from 2018.
    let t = "四川省商务厅\n发布时间：2023-09-22\n\n21日，副省长会见伊尔库茨克州代表团一行。\n\n\
             双方回顾了两省州自2018年建立友好省州关系以来取得的成果。会见后，双方签署了四川省与伊尔库茨克州经贸合作备忘录。\n";
    let e = events(t);
    assert_eq!(e.iter().filter(|e| e.0 == Kind::Agreement).count(), 2, "{e:?}");
}

#[test]
fn what_was_decided_is_planned() {
    let t = "Благовещенск\n14.03.2019\n\nМэр Благовещенска провел встречу с делегацией китайского города Хэйхэ. По итогам встречи \
             решено провести в июне совместный фестиваль «Амурские волны».\n";
    let e = events(t);
    assert_eq!(e.iter().map(|e| (e.0, e.1)).collect::<Vec<_>>(), vec![(Kind::Meeting, Status::Happened), (Kind::Cultural, Status::Planned)]);
}

#[test]
fn a_frame_with_one_word_before_the_cue_still_refers_back() {
    // "По итогам нынешней встречи": the meeting is the visit under way, the memorandum a plan.
    let t = "Новости\n17.10.2018\n\n16 октября мэр Екатеринбурга встретился с делегацией города Ханчжоу.\n\n\
             По итогам нынешней встречи стороны договорились подписать в следующем году меморандум о побратимских связях.\n";
    let e = events(t);
    assert_eq!(e.iter().map(|e| (e.0, e.1)).collect::<Vec<_>>(), vec![(Kind::Meeting, Status::Happened), (Kind::Agreement, Status::Planned)], "{e:?}");
}

#[test]
fn a_list_of_regions_of_one_side_with_the_other_side_next_is_no_domestic_exchange() {
    let t = "Новости\n12 июля 2019 г.\n\n11 июля в Казани состоялось заседание Совета «Волга – Янцзы».\n\n\
             В заседании приняли участие делегации Республики Татарстан, Республики Башкортостан, Самарской и Ульяновской областей. \
             С китайской стороны в Казань прибыли представители провинций Хубэй и Хунань.\n";
    let e = events(t);
    assert_eq!(e[0].0, Kind::Meeting, "{e:?}");
    assert!(e[0].3.contains(&"RU-BA".to_string()), "{e:?}");
    // The Chinese provinces' trip to Kazan is the other event, not an exchange among Russian regions.
    assert_eq!(e.iter().map(|e| e.0).collect::<Vec<_>>(), vec![Kind::Meeting, Kind::Visit], "{e:?}");
}

/// A document that names only the countries ("Российские производители ... в Китай") yields
/// events with a side on each hand and no region, in every language; a national body does not.
#[test]
fn countries_alone_give_sides_without_regions() {
    let none = |t: &str| events(t).into_iter().map(|e| (e.0, e.1, e.2, e.3.is_empty() && e.4.is_empty())).collect::<Vec<_>>();
    let ru = "Новости отрасли\n11.04.2018\n\nС 2 по 6 апреля российские производители мёда провели переговоры с китайскими импортёрами.\n\n\
              Следующую бизнес-миссию в Китай планируется провести осенью.\n";
    assert_eq!(none(ru), vec![(Kind::Negotiation, Status::Happened, Some("2018-04-02".into()), true), (Kind::Visit, Status::Planned, Some("2018-09-01".into()), true)]);
    let en = "Industry news\nApril 11, 2018\n\nFrom April 2 to 6, Russian food producers held talks with Chinese importers.\n\n\
              The next business mission to China is planned for the autumn.\n";
    assert_eq!(none(en), vec![(Kind::Negotiation, Status::Happened, Some("2018-04-02".into()), true), (Kind::Visit, Status::Planned, Some("2018-09-01".into()), true)]);
    // The trip and the talks held on it, each an event (the conventions' segmentation).
    let zh = "行业动态\n2018年04月11日\n\n4月2日至6日，俄罗斯食品企业代表团访问中国，与中国进口商举行了洽谈。\n";
    assert_eq!(none(zh), vec![(Kind::Visit, Status::Happened, Some("2018-04-02".into()), true), (Kind::Negotiation, Status::Happened, Some("2018-04-02".into()), true)]);
}

/// "Провинция", "province", "krai" name a side only in a text that names one of its regions: a
/// Russian region's agreement with a Korean province is no Russia–China exchange.
#[test]
fn a_generic_province_is_chinese_only_beside_a_chinese_region() {
    let t = "Новости\n12.09.2019\n\nХабаровский край и провинция Канвондо продлили соглашение о дружбе ещё на пять лет.\n";
    assert!(events(t).is_empty(), "{:?}", events(t));
    let t = "Новости\n12.09.2019\n\nХабаровский край и провинция Хэйлунцзян продлили соглашение о дружбе. Губернатор края встретился с делегацией провинции.\n";
    assert_eq!(kinds(t), vec![(Kind::Agreement, Status::Happened), (Kind::Meeting, Status::Happened)]);
}

/// A forum named as the setting of something ("thanked them for the hospitality during the Expo
/// held last month") is an occasion of its own when it has its own date and no forum was found
/// then; a date in what someone said at a forum ("在推介会上表示，去年…") does not date the forum.
#[test]
fn a_dated_forum_named_as_a_setting_is_an_occasion() {
    let t = "News\n2019-09-05\n\nOn September 4, the Governor of Primorsky Krai met the Vice Governor of Jilin Province in Changchun. \
             She thanked Jilin Province for the hospitality during the Expo held in Changchun last month, in which the Primorsky Krai delegation had participated.\n";
    let got = events(t);
    assert_eq!(got.iter().map(|e| (e.0, e.2.clone())).collect::<Vec<_>>(), vec![(Kind::Meeting, Some("2019-09-04".into())), (Kind::ForumOrFair, Some("2019-08-01".into()))]);
    let t = "大公报\n2018-10-22\n\n本月19日，中俄跨境旅游推介会在珲春举行，滨海边疆区旅游局参加。\n\n滨海边疆区旅游局局长在推介会上表示，去年经珲春口岸入境滨海边疆区的中国游客超过12万人次。\n";
    assert_eq!(events(t).iter().map(|e| (e.0, e.2.clone())).collect::<Vec<_>>(), vec![(Kind::ForumOrFair, Some("2018-10-19".into()))]);
}

/// "Wang Yongkang" is a vice governor, not Yongkang District of Taiwan: a town's name right after
/// a Chinese surname is a given name, and two-syllable given names are people however long.
#[test]
fn a_given_name_is_no_town() {
    let t = "News\n2021-09-03\n\nOn September 2, Vice Governor of Heilongjiang Province Wang Yongkang held video talks with the Amur Region.\n";
    let (_, evs) = extract_document("t", "t.txt", t).expect("extracts");
    assert_eq!(evs.len(), 1);
    assert_eq!(evs[0].cn_regions, vec!["CN-HL".to_string()]);
    assert_eq!(evs[0].people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), vec!["Wang Yongkang"]);
}

/// "Discussed the preparations for the Days of Harbin, scheduled for September": what is being
/// prepared is coming, not merely talked about; a bare "discussed cooperation in tourism" is not.
#[test]
fn preparations_discussed_are_planned_events() {
    let t = "News\n12.05.2018\n\nOn May 10, the Mayor of Khabarovsk met a business delegation from Harbin. \
             The sides discussed the preparations for the Days of Harbin in Khabarovsk, scheduled for September.\n";
    assert_eq!(kinds(t), vec![(Kind::Meeting, Status::Happened), (Kind::Cultural, Status::Planned)]);
    let t = "News\n12.05.2018\n\nOn May 10, the Mayor of Khabarovsk met a business delegation from Harbin. \
             The sides discussed the Days of Harbin in Khabarovsk.\n";
    assert_eq!(kinds(t), vec![(Kind::Meeting, Status::Happened)]);
}

/// Where a consulate sits is no party: "the Consul General of the PRC in Khabarovsk" met in Amur
/// Oblast names Amur and China, not Khabarovsk Krai; "consultations in Fuyuan" are talks there.
#[test]
fn a_consulates_seat_is_no_party() {
    let t = "Amur Region Government\n27 February 2019\n\nGovernor of the Amur Region held a working meeting with the Consul General of the People's Republic of China in Khabarovsk on February 26. \
             Heilongjiang Province is the main partner of the Amur Region.\n";
    let got = events(t);
    assert_eq!(got.iter().map(|e| (e.0, e.3.clone())).collect::<Vec<_>>(), vec![(Kind::Meeting, vec!["RU-AMU".to_string()])]);
    let t = "News\n12.03.2019\n\nKhabarovsk Krai and Heilongjiang Province held talks on March 11. The next round of consultations will be held in Fuyuan in April.\n";
    assert!(events(t).iter().any(|e| e.1 == Status::Planned && e.4 == vec!["CN-HL".to_string()]));
}

/// A signing in the headline, told again "по итогам встречи" in the body, takes the meeting's date.
#[test]
fn a_headline_signing_is_dated_by_the_meeting_it_followed() {
    let t = "Иркутская область и провинция Шаньдун подписали меморандум о сотрудничестве\n\n15.09.2021 12:30\n\n\
             14 сентября состоялась встреча Губернатора Иркутской области и вице-губернатора провинции Шаньдун. \
             По итогам встречи стороны подписали меморандум о сотрудничестве.\n";
    let got = events(t);
    assert_eq!(got.iter().map(|e| (e.0, e.2.clone())).collect::<Vec<_>>(), vec![(Kind::Agreement, Some("2021-09-14".into())), (Kind::Meeting, Some("2021-09-14".into()))]);
}

/// "The rectors of the two universities signed an agreement": the two parties named by what they
/// are, in a document about a Russian and a Chinese one; of two provinces of one country, nothing.
#[test]
fn the_two_universities_are_the_parties_when_both_sides_are_near() {
    let t = "News\n12 October 2023\n\nLast week a delegation of Kuzbass State Technical University visited Qingdao, Shandong Province.\n\n\
             On Wednesday, October 4, the rectors of the two universities signed an agreement on a double-degree programme.\n";
    assert_eq!(kinds(t), vec![(Kind::Visit, Status::Happened), (Kind::Agreement, Status::Happened)]);
    let t = "News\n12 April 2018\n\nOfficials of Heilongjiang and Liaoning met in Shenyang on April 10.\n\n\
             The two cities also signed a framework agreement on port cooperation.\n";
    assert!(kinds(t).iter().all(|(k, _)| *k != Kind::Agreement), "{:?}", kinds(t));
}

/// A bulletin dated only by its month: an activity after that month is still to come, though
/// nothing in its sentence says so.
#[test]
fn after_the_month_of_an_undated_issue_is_planned() {
    let t = "CHAMBER OF COMMERCE\nMembers' Bulletin | Issue 7 | July 2019\n\n\
             On July 11, the Chamber hosted a delegation of companies from Harbin, Heilongjiang Province, in Tyumen.\n\n\
             The Chamber is forming a joint booth of Tyumen Region companies at the Western China Fair in Chengdu, Sichuan Province, on 19-23 September.\n";
    assert_eq!(events(t).into_iter().map(|e| (e.1, e.2)).collect::<Vec<_>>(), vec![
        (Status::Happened, Some("2019-07-11".into())),
        (Status::Planned, Some("2019-09-19".into())),
    ]);
}

/// Sport between the sides is an exchange: a rally on the border river, a marathon, a championship.
#[test]
fn sport_events_are_cultural_exchanges() {
    let t = "新闻\n2023年06月19日\n\n据悉，黑河市与布拉戈维申斯克市计划今年冬季在黑龙江冰面上联合举办首届中俄界江冰雪汽车拉力赛。\n";
    assert_eq!(kinds(t), vec![(Kind::Cultural, Status::Planned)]);
    let t = "News\n19 June 2023\n\nOn June 17, runners from Blagoveshchensk and Heihe took part in a cross-border marathon.\n";
    assert_eq!(kinds(t), vec![(Kind::Cultural, Status::Happened)]);
}

/// Festivals by name, in simplified and traditional characters: 旅游节 / 旅遊節, 冰雪节, 嘉年华.
#[test]
fn festivals_by_name_in_both_scripts() {
    let t = "新聞\n2018-10-22\n\n琿春市與濱海邊疆區旅遊局表示，雙方計劃明年夏季聯合舉辦首屆「中俄圖們江國際旅遊節」。\n";
    assert_eq!(kinds(t), vec![(Kind::Cultural, Status::Planned)]);
    let t = "新闻\n2023-10-22\n\n黑河市与布拉戈维申斯克市将于12月联合举办中俄冰雪节。\n";
    assert_eq!(kinds(t), vec![(Kind::Cultural, Status::Planned)]);
}

/// Posts in a channel's feed, each under its own date: "сегодня" is the post's day.
#[test]
fn today_under_a_dated_post_is_that_post_day() {
    let t = "Глава Хакасии | Официально\n\n11.09.23 09:15\nПровели совещание по отопительному сезону.\n\n\
             12.09.23 18:42\nСегодня в Абакане глава республики провёл переговоры с делегацией провинции Ганьсу.\n";
    assert_eq!(events(t).into_iter().map(|e| (e.0, e.2)).collect::<Vec<_>>(), vec![(Kind::Negotiation, Some("2023-09-12".into()))]);
}

/// Items of a digest under headings in capitals: what one item tells does not continue into the
/// next ("JAPANESE TRADE MISSION ... visited" is not more of the St. Petersburg visit).
#[test]
fn a_capital_heading_opens_another_item() {
    let t = "Qingdao news\nUpdated: 2023-06-09\n\nJIAOZHOU WELCOMES ST. PETERSBURG DELEGATION\n\
             A delegation of St. Petersburg visited Jiaozhou on June 6 and held talks on a container line.\n\n\
             JAPANESE TRADE MISSION\nA trade mission from Shimonoseki, Japan, visited the Qingdao Free Trade Zone on June 7.\n";
    let (_, evs) = extract_document("t", "t.txt", t).expect("extracts");
    // The visit and the talks held on it (two events under the conventions), each from its sentence.
    assert_eq!(evs.iter().map(|e| e.kind).collect::<Vec<_>>(), vec![Kind::Visit, Kind::Negotiation]);
    assert!(evs.iter().all(|e| e.evidence.len() == 1), "{:?}", evs.iter().map(|e| &e.evidence).collect::<Vec<_>>());
}

/// A digest's list of contents names its items; it is no account of an expo or a festival.
#[test]
fn a_list_of_contents_is_no_event() {
    let t = "Qingdao news\nUpdated: 2023-06-09\n\nQingdao Weekly: St. Petersburg delegation, SCO expo, beer festival\n\n\
             A delegation of St. Petersburg visited Jiaozhou on June 6.\n";
    assert_eq!(kinds(t), vec![(Kind::Visit, Status::Happened)]);
}
