//! Dates: finding date expressions in all three languages, resolving them against the
//! publication date, and finding that publication date.

mod dateline;
mod lexicon;
mod resolve;
mod scan;
mod scan_zh;
mod tokens;
mod url_date;

pub use dateline::{issue_month, publication_date, publication_date_in, reference_date, related_block_start, related_block_start_in};
pub use resolve::{days_in_month, resolve, Day, Resolved};
pub use scan::{scan, DateMention, DateValue, Ymd};
pub use url_date::{date_in_url, UrlDate};

#[cfg(test)]
mod tests;
