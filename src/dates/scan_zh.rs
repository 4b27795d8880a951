//! The Chinese date rules of the scanner: 2017年12月15日, 6月27日至29日, 今年9月, 明年, 上周五,
//! 上半年, 四季度, 自2019年以来, 次日. Digits and Han characters are tokens of their own.

use super::scan::{DateValue, Scanner, Ymd};
use super::tokens::Tok;

impl<'a> Scanner<'a> {
    /// 2017年12月15日, 12月15日, 6月27日至29日, 2017年, 今年9月, 明年, 16日, 自2019年以来.
    pub(super) fn chinese(&self, i: usize) -> Option<(DateValue, usize)> {
        // Relative: 今年 / 明年 / 去年 (+ month), 上月 / 本月 / 下月, 昨天 / 今天 / 明天.
        let rel_year = if self.han(i + 1, &['年']) {
            if self.han(i, &['今', '本']) {
                Some(0)
            } else if self.han(i, &['明', '来']) {
                Some(1)
            } else if self.han(i, &['去']) {
                Some(-1)
            } else {
                None
            }
        } else {
            None
        };
        if let Some(offset) = rel_year {
            if let Some((DateValue::Period { m1, m2, .. }, end)) = self.chinese_period(i + 2) {
                return Some((DateValue::Period { y: None, rel: Some(offset), m1, m2 }, end));
            }
            if let (Some((m, _)), true) = (self.num(i + 2), self.han(i + 3, &['月'])) {
                if (1..=12).contains(&m) {
                    return Some((DateValue::RelYear { offset, month: Some(m as u8) }, i + 4));
                }
            }
            return Some((DateValue::RelYear { offset, month: None }, i + 2));
        }
        if self.han(i + 1, &['月']) {
            let off = if self.han(i, &['上']) { Some(-1) } else if self.han(i, &['本']) { Some(0) } else if self.han(i, &['下']) { Some(1) } else { None };
            if let Some(off) = off {
                return Some((DateValue::RelMonth(off), i + 2));
            }
        }
        // 上周五 / 本周三 / 下周二 / 周五 / 星期五
        let (dir, k) = if self.han(i, &['上']) && self.han(i + 1, &['周']) {
            (-1, i + 2)
        } else if self.han(i, &['下']) && self.han(i + 1, &['周']) {
            (1, i + 2)
        } else if self.han(i, &['本']) && self.han(i + 1, &['周']) {
            (0, i + 2)
        } else if self.han(i, &['周']) {
            (-1, i + 1)
        } else if self.han(i, &['星']) && self.han(i + 1, &['期']) {
            (-1, i + 2)
        } else {
            (9, i)
        };
        if dir != 9 && self.han(i + 1, &['周']) && !matches!(self.tok(k), Some(Tok::Han('一' | '二' | '三' | '四' | '五' | '六' | '日' | '天' | '年'))) {
            return Some((DateValue::RelWeek(dir as i32), k));
        }
        if dir != 9 {
            let day = match self.tok(k) {
                Some(Tok::Han('一')) => Some(0),
                Some(Tok::Han('二')) => Some(1),
                Some(Tok::Han('三')) => Some(2),
                Some(Tok::Han('四')) => Some(3),
                Some(Tok::Han('五')) => Some(4),
                Some(Tok::Han('六')) => Some(5),
                Some(Tok::Han('日' | '天')) => Some(6),
                _ => None,
            };
            if let Some(day) = day {
                return Some((DateValue::Weekday { day, dir: if dir == 0 { -1 } else { dir } }, k + 1));
            }
        }
        if self.han(i + 1, &['天', '日']) {
            let off = if self.han(i, &['昨']) { Some(-1) } else if self.han(i, &['今']) { Some(0) } else if self.han(i, &['明']) { Some(1) } else { None };
            if let Some(off) = off {
                return Some((DateValue::RelDay(off), i + 2));
            }
        }
        if let Some(p) = self.chinese_period(i) {
            // A bare season is a date after 在 / 于 ("于夏季举行"); before a noun it names the kind of
            // thing ("两市市长冬季会晤", the mayors' winter meeting), as "in summer" wants its "in".
            let season = self.han(i, &['春', '夏', '秋', '冬']) && self.han(i + 1, &['季', '天']);
            if !season || (i > 0 && self.han(i - 1, &['在', '于', '至', '到', '今', '本'])) {
                return Some(p);
            }
        }
        if self.han(i, &['同', '当']) && self.han(i + 1, &['日', '天']) {
            return Some((DateValue::DayAfter(0), i + 2));
        }
        if (self.han(i, &['次', '翌']) && self.han(i + 1, &['日'])) || (self.han(i, &['第']) && self.han(i + 1, &['二']) && self.han(i + 2, &['天'])) {
            let end = if self.han(i, &['第']) { i + 3 } else { i + 2 };
            return Some((DateValue::DayAfter(1), end));
        }
        // Absolute: [Y年][M月][D日|号] with an optional range after it.
        let mut j = i;
        let mut y = None;
        if let Some(v) = self.year(j) {
            if self.han(j + 1, &['年']) {
                y = Some(v);
                j += 2;
            } else {
                return None;
            }
        }
        let mut m = None;
        if let Some((v, _)) = self.num(j) {
            if self.han(j + 1, &['月']) && (1..=12).contains(&v) {
                m = Some(v as u8);
                j += 2;
            }
        }
        let mut d = None;
        // "黑政发〔2019〕12号", "第12号": a number after a bracketed year or 第 numbers a document.
        let numbered = m.is_none() && y.is_none() && i > 0 && (self.punct(i - 1, &['〕', ']', '】', ')', '）']) || self.han(i - 1, &['第']));
        if let Some(v) = self.day(j).filter(|_| !numbered) {
            if self.han(j + 1, &['日', '号']) && (m.is_some() || y.is_none()) {
                d = Some(v);
                j += 2;
            }
        }
        if y.is_none() && m.is_none() && d.is_none() {
            return None;
        }
        if let (Some(yv), None) = (y, m) {
            if let Some((DateValue::Period { m1, m2, .. }, end)) = self.chinese_period(j) {
                return Some((DateValue::Period { y: Some(yv), rel: None, m1, m2 }, end));
            }
        }
        if y.is_some() && m.is_none() {
            // "2019年以来", "自2019年起"
            let since = (i > 0 && self.han(i - 1, &['自', '从'])) || (self.han(j, &['以']) && self.han(j + 1, &['来']));
            if since {
                let end = if self.han(j, &['以']) { j + 2 } else if self.han(j, &['起']) { j + 1 } else { j };
                return Some((DateValue::Since(y.unwrap()), end));
            }
        }
        let start = Ymd::ymd(y, m, d);
        // Range: 至 / 到 / - / — followed by [M月]D日
        if d.is_some() && (self.han(j, &['至', '到']) || self.punct(j, &['-', '—', '–', '~', '～'])) {
            let mut k = j + 1;
            let mut m2 = m;
            if let Some((v, _)) = self.num(k) {
                if self.han(k + 1, &['月']) && (1..=12).contains(&v) {
                    m2 = Some(v as u8);
                    k += 2;
                }
            }
            if let Some(d2) = self.day(k) {
                if self.han(k + 1, &['日', '号']) {
                    return Some((DateValue::Range(start, Ymd::ymd(y, m2, Some(d2))), k + 2));
                }
            }
        }
        if d.is_none() && m.is_none() && y.is_none() {
            return None;
        }
        Some((DateValue::Point(start), j))
    }
    /// 上半年 / 下半年 / 一季度 / 第四季度 / 夏季 / 夏天, and 2019年上半年 through the caller.
    pub(super) fn chinese_period(&self, i: usize) -> Option<(DateValue, usize)> {
        let p = |m1: u8, m2: u8, end: usize| Some((DateValue::Period { y: None, rel: None, m1, m2 }, end));
        if self.han(i + 1, &['半']) && self.han(i + 2, &['年']) {
            if self.han(i, &['上']) {
                return p(1, 6, i + 3);
            }
            if self.han(i, &['下']) {
                return p(7, 12, i + 3);
            }
        }
        let k = if self.han(i, &['第']) { i + 1 } else { i };
        if self.han(k + 1, &['季']) && self.han(k + 2, &['度']) {
            let n = match self.tok(k) {
                Some(Tok::Han('一')) => 1,
                Some(Tok::Han('二')) => 2,
                Some(Tok::Han('三')) => 3,
                Some(Tok::Han('四')) => 4,
                _ => return None,
            };
            return p(n * 3 - 2, n * 3, k + 3);
        }
        if self.han(i + 1, &['季', '天']) {
            return match self.tok(i) {
                Some(Tok::Han('春')) => p(3, 5, i + 2),
                Some(Tok::Han('夏')) => p(6, 8, i + 2),
                Some(Tok::Han('秋')) => p(9, 11, i + 2),
                Some(Tok::Han('冬')) => p(12, 2, i + 2),
                _ => None,
            };
        }
        None
    }
}
