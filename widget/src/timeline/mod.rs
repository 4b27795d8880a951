//! The timeline's pure parts: the time scale with its calendar ticks, and lane packing. The
//! component that draws them is `components::timeline`.

pub mod lanes;
pub mod scale;
