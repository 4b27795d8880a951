//! Thin views over the [`crate::atlas::Atlas`] model.

pub mod map;
pub mod table;
