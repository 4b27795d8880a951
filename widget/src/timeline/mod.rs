//! The timeline feature: the pure time scale with its calendar ticks, the layout (lane packing,
//! bins, the density strip), the canvas painter, input handling, and the component.

pub mod component;
mod density;
mod frame;
pub(crate) mod input;
pub mod lanes;
pub mod layout;
pub mod painter;
mod play;
pub mod scale;
mod tooltip;
mod unknown_lane;
