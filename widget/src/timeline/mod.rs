//! The timeline feature: the pure time scale with its calendar ticks, lane packing, the canvas
//! painter, input handling, and the component.

pub mod component;
mod frame;
pub(crate) mod input;
pub mod lanes;
pub mod painter;
mod play;
pub mod scale;
mod tooltip;
mod unknown_lane;
