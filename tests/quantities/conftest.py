import pytest


@pytest.fixture
def run_newsquant(run):
    """Process a text, then read its numbers again on NewsQuant's conventions (configs/newsquant.cfg)."""
    from pipeline.quantities.component import NewsQuantities

    newsquant = NewsQuantities(None, conventions="newsquant")

    def _run(text: str, published: str | None = None):
        return newsquant(run(text, published))

    return _run
