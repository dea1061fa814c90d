//! storyline evaluation. (Stub: ROUGE, datasets and baselines come here.)
