//! The panels beside and below the map: the details of one event (with its document highlighted and
//! only safe links), the filter bar, the event table.

pub mod details;
pub mod filter_bar;
pub mod highlight;
pub mod links;
pub mod table;
