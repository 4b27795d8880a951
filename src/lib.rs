//! exchange-atlas core: the `events@1` data model and the extraction of Russia–China regional
//! exchange events from press releases. Plain Rust with no web crates, for native and wasm32.
//!
//! ```
//! let (doc, events) = exchange_atlas::extract::extract_document(
//!     "note",
//!     "note.txt",
//!     "December 21, 2017\n\nOn 15 December 2017 the Amur Region and Heilongjiang Province signed an agreement.",
//! )
//! .unwrap();
//! assert_eq!(doc.published.as_deref(), Some("2017-12-21"));
//! assert_eq!(events[0].ru_regions, ["RU-AMU"]);
//! assert_eq!(events[0].cn_regions, ["CN-HL"]);
//! ```

pub mod corpus;
pub mod dates;
pub mod extract;
pub mod gazetteer;
pub mod model;
pub mod projection;
pub mod text;

pub use model::*;
