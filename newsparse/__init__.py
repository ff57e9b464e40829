"""newsparse: news articles (URL, HTML or plain text) to structured JSON."""

from .errors import NewsparseError, TimeoutExceeded
from .model import Article
from .pipeline import parse_bytes, parse_html, parse_text

__version__ = "0.1.0"
__all__ = ["Article", "NewsparseError", "TimeoutExceeded", "parse_bytes", "parse_html",
           "parse_text", "__version__"]
