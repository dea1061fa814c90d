//! Sparse term vectors for sentence similarity. (Stub.)
