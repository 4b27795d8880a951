//! One instance's state: the live signals every view reads and writes (`controls`), what they hold
//! (filters, the map selection), and the shareable part's text form in the URL hash.

pub mod controls;
pub mod filters;
pub mod selection;
pub mod url_hash;
