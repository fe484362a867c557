"""The renderer's pure rules: a due document becomes a legible PDF in its centre's language."""

from renderer.domain.heading import Addressee
from renderer.domain.render import RenderedPdf, render_document

__all__ = ["Addressee", "RenderedPdf", "render_document"]
