//! Text utilities shared by every extraction step: the offset-preserving matching copy, word
//! boundaries and sentence segmentation.

pub mod fnv;
pub mod normalize;
pub mod segment;

pub use normalize::{fold, has_han, is_alphabetic, is_cyrillic, is_han, is_letter, is_word_char, on_word_boundaries};
pub use segment::{sentences, Sentence};
