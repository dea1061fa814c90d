//! The Porter stemmer as NLTK applies it (NLTK_EXTENSIONS mode). (Stub.)

use std::borrow::Cow;

/// Stems one lower-cased word.
pub fn stem(word: &str) -> Cow<'_, str> {
    Cow::Borrowed(word)
}
