//! Temporal expressions: find and normalise dates in news text. (Stub.)

use serde::{Deserialize, Serialize};

use crate::Span;

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Precision {
    /// A year only.
    Year,
    /// A month of a year.
    Month,
    /// A calendar day.
    Day,
}

/// A calendar date with a precision; `month`/`day` are 1 when not known.
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

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.precision {
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
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

/// Parses a stand-alone date line or stamp (`September 27, 2015, 6:35 am`, `00:44 GMT19 May 2021`).
pub fn parse_date_line(_line: &str) -> Option<Date> {
    None
}
