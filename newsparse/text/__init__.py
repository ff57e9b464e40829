"""The plain-text reading: line classifiers, datelines, callouts, language and segmentation.

Modules, in the order a block meets them: `markdown` (Markdown to plain blocks), `lines`
and `names` (what one line or word is), `datelines`, `callouts` (pull quotes flattened into
the text), `language`, and `segment`, which sorts blocks into the article's parts.
"""
