//! The map feature: the static geometry and labels (written at build time), the choropleth, the
//! view's arithmetic, the arcs, the markup, input handling, tooltip, legend, and the component.

pub mod arcs;
pub mod choropleth;
pub mod component;
pub mod geometry;
pub(crate) mod geometry_json;
pub(crate) mod input;
pub(crate) mod labels;
mod layers;
pub(crate) mod legend;
pub(crate) mod markup;
pub(crate) mod tooltip;
pub mod view;
