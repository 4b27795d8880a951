//! Thin views over the [`crate::atlas::Atlas`] model.

pub mod table;
