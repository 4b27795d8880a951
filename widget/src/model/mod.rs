//! The corpus indexed for the views: loading, the atlas and its indices, per-event lists, time
//! order, region ids, calendar days. Pure Rust, tested natively.

pub mod atlas;
pub mod atlas_check;
pub mod dating;
pub mod days;
pub(crate) mod lists;
pub(crate) mod load;
pub mod region_id;
pub mod tally;
#[cfg(test)]
pub(crate) mod test_corpus;
pub(crate) mod time_order;
