//! Article → Document: clean, segment, and read title, outlet and publication date.

use storyline_text::clean::{BlockKind, Cleaner};
use storyline_text::segment::Segmenter;

use crate::dates::{FoundDates, publication_date_found};
use crate::model::{Article, Document, Sentence};

/// Cleans and segments one article and extracts its metadata.
pub fn prepare(article: Article, cleaner: &Cleaner, segmenter: &Segmenter) -> Document {
    prepare_found(article, cleaner, segmenter).0
}

/// [`prepare`], also returning the date mentions found while dating the article, for
/// [`crate::dates::refine_with_found`].
pub fn prepare_found(
    article: Article,
    cleaner: &Cleaner,
    segmenter: &Segmenter,
) -> (Document, FoundDates) {
    let cleaned = cleaner.clean(&article.text);
    let straight_marks = storyline_text::marks::straight_quotes(&article.text);
    let marked = straight_marks.as_deref().unwrap_or(&article.text);
    let mut sentences = Vec::new();
    for (b, block) in cleaned.blocks.iter().enumerate() {
        if block.kind != BlockKind::Content {
            continue;
        }
        for mut span in segmenter.split(marked, block.span) {
            if straight_marks.is_some() {
                span.end = storyline_text::marks::end_past_closing_pair(&article.text, span.end);
            }
            let position = sentences.len() as u32;
            sentences.push(Sentence {
                span,
                block: b as u32,
                position,
            });
        }
    }
    let title = article.supplied.title.clone().or_else(|| {
        cleaned
            .meta
            .title
            .map(|s| s.slice(&article.text).trim().to_string())
    });
    let outlet = article
        .supplied
        .outlet
        .clone()
        .or_else(|| article.origin.url.as_deref().and_then(outlet_from_url))
        .or_else(|| cleaned.meta.outlets.first().map(|o| o.name.clone()));
    let (published, anchor, found) = publication_date_found(&article, &cleaned);
    let doc = Document {
        article,
        cleaned,
        sentences,
        title,
        outlet,
        published,
        anchor,
        straight_marks,
    };
    (doc, found)
}

/// The host of a URL without `www.`, as an outlet name (`https://www.bbc.co.uk/x` → `bbc.co.uk`).
pub fn outlet_from_url(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .split('@')
        .next_back()?
        .split(':')
        .next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty() && host.contains('.')).then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_from_url_strips_www_and_path() {
        assert_eq!(
            outlet_from_url("https://www.Sputniknews.com/x/y").as_deref(),
            Some("sputniknews.com")
        );
        assert_eq!(outlet_from_url("not a url"), None);
    }
}
