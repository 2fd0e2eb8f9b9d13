"""The article core: reading files and pages, paragraphs, sentences, tokens and quotation marks."""
