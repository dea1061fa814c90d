//! Temporal expressions: find and normalise dates in news text.
//!
//! Three pieces:
//! - [`Date`]: a calendar date at a [`Precision`] (decade, year, quarter, season, month, ISO week,
//!   weekend, day), printed in the ISO/TimeML form (`2016-09-23`, `2016-09`, `2016-W38`,
//!   `2016-W38-WE`, `1998-Q3`, `1997-FA`, `199`).
//! - [`parse_date_line`]: reads stand-alone date lines and page stamps
//!   (`September 27, 2015, 6:35 am`, `00:44 GMT19 May 2021`).
//! - [`Tagger`]: finds temporal expressions in running text and resolves them against an anchor
//!   (the article's publication date).
//!
//! How the tagger decides: a handful of regular expressions find the written forms (month–day–year
//! in both orders, month–year, bare month, year, decade, weekday, `today`/`yesterday`, `last month`,
//! `earlier this week`, `two days ago`, `one day after`, quarters). Overlaps keep the longest match.
//! Each match is then resolved: absolute forms need nothing; a month–day without a year takes the
//! year that puts it closest to the anchor; a weekday is resolved by the *tense* of its clause —
//! the nearest tense cue within the clause (`will`, `would`, `is expected to` → future; past forms
//! such as `said`, `-ed` words, `was`, `ago` → past; `is`/`are` → present). Past resolves to the
//! latest such weekday on or before the anchor, future to the first on or after it, present to the
//! anchor's own day when it matches (else the next). Without a cue news text is taken as past.
//! `N days after/before` is resolved against the date written next to it in the same sentence:
//! `On October 4, one day after X` dates X to October 3. Seasons follow TimeML: `fall 1997` is
//! `1997-FA`, `this summer` the anchor year's, `last spring` the year before's, `this past spring`
//! the latest begun by the anchor, a bare `the summer` (after a preposition only: not `the fall of
//! the regime`) by tense. `the weekend` is the anchor week's weekend for the future and the present,
//! the one before for the past (the weekend itself when the anchor falls on it).
//!
//! The civil-calendar arithmetic (days since 1970, weekday, ISO week) is the small closed-form
//! algorithm of H. Hinnant (`days_from_civil`); it is written here rather than pulling a date crate
//! because nothing else (time zones, parsing) is needed and it is twenty lines.

use std::fmt;

use serde::{Deserialize, Serialize};

mod lexicon;
mod tagger;

pub use tagger::{Form, Lead, Mention, Tagger, TaggerConfig, Tense};

use crate::Span;

/// How precise a date is (coarse to fine).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Precision {
    /// A decade (`the 1990s`); the date holds its first year.
    Decade,
    /// A year only.
    Year,
    /// A quarter of a year; the date holds its first month.
    Quarter,
    /// A season (`fall 1997`, `this summer`): spring March–May, summer June–August, fall
    /// September–November, winter December–February; the date holds its first month, so the
    /// winter of a year is the one that starts in its December.
    Season,
    /// A month of a year.
    Month,
    /// An ISO week; the date holds its Monday.
    Week,
    /// The weekend of an ISO week (`over the weekend`); the date holds its Saturday.
    Weekend,
    /// A calendar day.
    Day,
}

/// A calendar date with a precision; fields finer than the precision are 1 (or the period start).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
    /// How much of the date is known.
    pub precision: Precision,
}

/// Day of the week, Monday first (as ISO 8601).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    const ALL: [Self; 7] = [
        Self::Monday,
        Self::Tuesday,
        Self::Wednesday,
        Self::Thursday,
        Self::Friday,
        Self::Saturday,
        Self::Sunday,
    ];

    /// 0 for Monday … 6 for Sunday.
    pub const fn index(self) -> u8 {
        self as u8
    }

    /// The weekday a full English name stands for (`Friday`, `friday`), case-insensitive.
    pub fn from_name(word: &str) -> Option<Self> {
        lexicon::weekday(word)
    }

    /// The weekday with index `i % 7` (0 = Monday).
    pub fn from_index(i: i64) -> Self {
        Self::ALL[i.rem_euclid(7) as usize]
    }

    /// English name.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Monday => "Monday",
            Self::Tuesday => "Tuesday",
            Self::Wednesday => "Wednesday",
            Self::Thursday => "Thursday",
            Self::Friday => "Friday",
            Self::Saturday => "Saturday",
            Self::Sunday => "Sunday",
        }
    }
}

/// Days in `month` of `year` (0 for an invalid month).
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a valid civil date (Hinnant's `days_from_civil`).
const fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = year as i64 - if month <= 2 { 1 } else { 0 };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number (inverse of [`days_from_civil`]).
const fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    ((y + if m <= 2 { 1 } else { 0 }) as i32, m as u8, d as u8)
}

impl Date {
    /// A day-precision date, when valid.
    pub const fn ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        if month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self {
            year,
            month,
            day,
            precision: Precision::Day,
        })
    }

    /// A month-precision date, when valid.
    pub const fn ym(year: i32, month: u8) -> Option<Self> {
        if month < 1 || month > 12 {
            return None;
        }
        Some(Self {
            year,
            month,
            day: 1,
            precision: Precision::Month,
        })
    }

    /// A year-precision date.
    pub const fn y(year: i32) -> Self {
        Self {
            year,
            month: 1,
            day: 1,
            precision: Precision::Year,
        }
    }

    /// The date of a day number (days since 1970-01-01), at day precision.
    pub const fn from_days(days: i64) -> Self {
        let (year, month, day) = civil_from_days(days);
        Self {
            year,
            month,
            day,
            precision: Precision::Day,
        }
    }

    /// Days since 1970-01-01 of the first day of the period.
    pub const fn days(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// Day of the week of the first day of the period.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::from_index(self.days() + 3)
    }

    /// This day moved by `n` days (day precision).
    #[must_use]
    pub const fn add_days(self, n: i64) -> Self {
        Self::from_days(self.days() + n)
    }

    /// The first day of the month `n` months away, at month precision.
    #[must_use]
    pub const fn add_months(self, n: i32) -> Self {
        let total = self.year * 12 + (self.month as i32 - 1) + n;
        Self {
            year: total.div_euclid(12),
            month: (total.rem_euclid(12) + 1) as u8,
            day: 1,
            precision: Precision::Month,
        }
    }

    /// The same date at a coarser precision (finer fields reset to the period start).
    #[must_use]
    pub fn truncate(self, precision: Precision) -> Self {
        match precision {
            Precision::Day => self,
            Precision::Week => {
                let monday = self.add_days(-i64::from(self.weekday().index()));
                Self {
                    precision: Precision::Week,
                    ..monday
                }
            }
            Precision::Weekend => {
                let saturday = self.add_days(5 - i64::from(self.weekday().index()));
                Self {
                    precision: Precision::Weekend,
                    ..saturday
                }
            }
            Precision::Season => {
                // December opens the winter of its own year; January and February close the
                // winter of the year before.
                let (year, month) = match self.month {
                    1 | 2 => (self.year - 1, 12),
                    m => (self.year, m / 3 * 3),
                };
                Self {
                    year,
                    month,
                    day: 1,
                    precision,
                }
            }
            Precision::Month => Self {
                day: 1,
                precision,
                ..self
            },
            Precision::Quarter => Self {
                month: (self.month - 1) / 3 * 3 + 1,
                day: 1,
                precision,
                ..self
            },
            Precision::Year => Self::y(self.year),
            Precision::Decade => Self {
                year: self.year.div_euclid(10) * 10,
                month: 1,
                day: 1,
                precision,
            },
        }
    }

    /// The ISO 8601 week-numbering year and week of the date.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.days() - i64::from(self.weekday().index()) + 3;
        let year = Self::from_days(thursday).year;
        let week = (thursday - days_from_civil(year, 1, 1)) / 7 + 1;
        (year, week as u32)
    }

    /// The last day of the period.
    #[must_use]
    pub fn last_day(self) -> Self {
        let d = Self {
            precision: Precision::Day,
            ..self
        };
        match self.precision {
            Precision::Day => d,
            Precision::Week => d.add_days(6),
            Precision::Weekend => d.add_days(1),
            Precision::Month => d.add_months(1).day_start().add_days(-1),
            Precision::Quarter | Precision::Season => d.add_months(3).day_start().add_days(-1),
            Precision::Year => Self::from_days(days_from_civil(self.year + 1, 1, 1) - 1),
            Precision::Decade => Self::from_days(days_from_civil(self.year + 10, 1, 1) - 1),
        }
    }

    const fn day_start(self) -> Self {
        Self {
            precision: Precision::Day,
            ..self
        }
    }

    /// Parses an ISO date or date-time prefix (`2015-09-27`, `2015-09-27T06:35:00Z`, `2015-09`,
    /// `2015`), or falls back to [`parse_date_line`] for other written forms (RFC 2822 included).
    pub fn parse(s: &str) -> Option<Self> {
        let t = s.trim();
        let b = t.as_bytes();
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = t.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        if b.len() >= 4 && num(0..4).is_some() && (b.len() == 4 || b[4] == b'-') {
            let year = num(0..4)? as i32;
            if b.len() == 4 {
                return Some(Self::y(year));
            }
            let month = num(5..7)? as u8;
            if b.len() == 7 {
                return Self::ym(year, month);
            }
            if b.get(7) == Some(&b'-') {
                let day = num(8..10)? as u8;
                if b.len() == 10 || matches!(b[10], b'T' | b't' | b' ') {
                    return Self::ymd(year, month, day);
                }
            }
            return None;
        }
        parse_date_line(t)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Decade => write!(f, "{:03}", self.year.div_euclid(10)),
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Quarter => write!(f, "{:04}-Q{}", self.year, (self.month - 1) / 3 + 1),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Season => {
                let code = match self.month {
                    3..=5 => "SP",
                    6..=8 => "SU",
                    9..=11 => "FA",
                    _ => "WI",
                };
                write!(f, "{:04}-{code}", self.year)
            }
            Precision::Week => {
                let (y, w) = self.iso_week();
                write!(f, "{y:04}-W{w:02}")
            }
            Precision::Weekend => {
                let (y, w) = self.iso_week();
                write!(f, "{y:04}-W{w:02}-WE")
            }
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

/// A temporal expression found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    /// Where it is.
    pub span: Span,
    /// What it means, resolved against the anchor when relative.
    pub value: Date,
    /// True when it needed the anchor date (weekday, "last month", ...).
    pub relative: bool,
}

/// True for a month's name or abbreviation (`Sept.`, `oct`, `October`) or a weekday's name
/// (`friday`), case-insensitive.
pub fn is_month_or_weekday(word: &str) -> bool {
    lexicon::month(word).is_some() || lexicon::weekday(word).is_some()
}

/// The number (1–12) of a month's name or abbreviation (`Sept.`, `oct`, `October`),
/// case-insensitive.
pub fn month_number(word: &str) -> Option<u8> {
    lexicon::month(word)
}

/// True for a US time zone or `gmt` as a time stamp writes it, lower case (`et`, `edt`, `gmt`,
/// `pst`, …).
pub fn is_time_zone(lower: &str) -> bool {
    matches!(
        lower,
        "et" | "edt" | "est" | "gmt" | "pt" | "pdt" | "pst" | "ct" | "cdt" | "cst"
    )
}

/// The longest line, in bytes once trimmed of whitespace (`str::trim`), that
/// [`parse_date_line`] reads: a longer one is a sentence, not a date line, and gets `None`.
pub const DATE_LINE_MAX_BYTES: usize = 120;

/// Parses a stand-alone date line or stamp (`September 27, 2015, 6:35 am`, `00:44 GMT19 May 2021`,
/// `04:44 GMT +320 February 2017`, `Sun, 27 Sep 2015 06:35:00 +0000`).
///
/// The line must hold a full date (day, month and year) and little else: clock times, time zones,
/// weekdays and words such as `Updated` or `Published` are allowed, but a sentence that merely
/// contains a date is rejected (more than four other words). A day glued to a preceding clock or
/// offset (`GMT19 May`, `+320 February`: offset `+3`, day 20) is read from its last two digits.
pub fn parse_date_line(line: &str) -> Option<Date> {
    tagger::parse_line(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_and_weekday() {
        let d = Date::ymd(2016, 9, 23).unwrap();
        assert_eq!(d.weekday(), Weekday::Friday);
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(
            Date::ymd(2000, 2, 29).unwrap().add_days(1).to_string(),
            "2000-03-01"
        );
        assert_eq!(Date::ymd(1970, 1, 1).unwrap().days(), 0);
        assert!(Date::ymd(2015, 2, 29).is_none());
    }

    #[test]
    fn iso_week_and_display() {
        let d = Date::ymd(2016, 9, 21).unwrap();
        assert_eq!(d.truncate(Precision::Week).to_string(), "2016-W38");
        assert_eq!(Date::ymd(2021, 1, 1).unwrap().iso_week(), (2020, 53));
        assert_eq!(d.truncate(Precision::Quarter).to_string(), "2016-Q3");
        assert_eq!(d.truncate(Precision::Decade).to_string(), "201");
        assert_eq!(d.truncate(Precision::Weekend).to_string(), "2016-W38-WE");
        assert_eq!(
            d.truncate(Precision::Weekend).last_day().to_string(),
            "2016-09-25"
        );
        assert_eq!(d.truncate(Precision::Season).to_string(), "2016-FA");
        let jan = Date::ymd(2017, 1, 20).unwrap().truncate(Precision::Season);
        assert_eq!(jan.to_string(), "2016-WI");
        assert_eq!(jan.last_day().to_string(), "2017-02-28");
        assert_eq!(
            Date::ym(2016, 2).unwrap().last_day().to_string(),
            "2016-02-29"
        );
    }

    #[test]
    fn parse_iso_and_rfc() {
        assert_eq!(
            Date::parse("2015-09-27T06:35:00+03:00")
                .unwrap()
                .to_string(),
            "2015-09-27"
        );
        assert_eq!(Date::parse("2016-09").unwrap().to_string(), "2016-09");
        assert_eq!(
            Date::parse("Sun, 27 Sep 2015 06:35:00 +0000")
                .unwrap()
                .to_string(),
            "2015-09-27"
        );
        assert_eq!(Date::parse("yesterday"), None);
    }
}
