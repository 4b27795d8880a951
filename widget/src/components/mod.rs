//! Thin views over the [`crate::atlas::Atlas`] model.

pub mod map;
pub mod map_view;
pub mod table;
