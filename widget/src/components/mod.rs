//! Thin views over the [`crate::atlas::Atlas`] model.

pub mod map;
pub mod map_view;
pub mod table;
pub mod timeline;
pub mod timeline_draw;
pub mod details;
pub mod filter_bar;
