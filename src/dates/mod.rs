//! Dates: finding date expressions in all three languages, resolving them against the
//! publication date, and finding that publication date.

mod dateline;
mod lexicon;
mod resolve;
mod scan;
mod scan_zh;
mod tokens;

pub use dateline::{issue_month, publication_date, publication_date_in, reference_date, related_block_start, related_block_start_in};
pub use resolve::{days_in_month, resolve, Day, Resolved};
pub use scan::{scan, DateMention, DateValue, Ymd};

#[cfg(test)]
mod tests;
